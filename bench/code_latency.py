"""How long a text takes to code on request, with no store (`diplomap code`, `api.text_coder`,
`/api/code` and the dashboard's "Try" page).

Three ways, on this project's own gold texts (bench/data/events/texts, tune half: about 210
words each) and on the first sentences of as many other tune texts (other texts, so that no
sentence's parse is remembered from a text coded before: the coder keeps its recent parses):

* the command, `diplomap code TEXT` as a new process each time (start-up and model loads
  included), wall time of ``--runs`` runs with /usr/bin/time's figure of peak memory;
* in one process, `api.text_coder(settings)` loaded once (its load timed apart), then `.code(text)`
  on every text and on every first sentence, without and with the explanation of the words that
  gave no report (`explain`, what `--why` and the server add): p50 / p95 / max per text;
* a server, `diplomap serve` in its own process on a fresh store: the first `/api/code` request
  (the server loads its text coder then) timed apart, then every sentence and text one request
  at a time over a kept-alive connection: p50 / p95.

Run: .venv/bin/python bench/code_latency.py [--texts 60] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from benchlib import ROOT, start_server, table, write_result

TEXTS = ROOT / "bench" / "data" / "events" / "texts"
DIPLOMAP = [sys.executable, "-m", "diplomap"]


def own_texts(n: int) -> list[tuple[str, str | None]]:
    """(body, published) of the first ``n`` tune texts: the headline and date line dropped."""
    from events_eval import load_gold

    tune = {doc for doc, rows in load_gold().items() if rows[0].split == "tune"}
    found = []
    for path in sorted(TEXTS.glob("*.txt"), key=lambda p: int(p.name.split("_")[0])):
        if f"texts/{path.name}" not in tune:
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        published = lines[0].removeprefix("Published:").strip() or None
        found.append(("\n".join(lines[4:]).strip(), published))
        if len(found) == n:
            break
    return found


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]


def spread(seconds: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in seconds)
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 1),
            "p95_ms": round(ms[min(len(ms) - 1, int(0.95 * len(ms)))], 1), "max_ms": round(ms[-1], 1)}  # fmt: skip


def command_runs(sentence: str, runs: int) -> dict[str, Any]:
    walls, peaks = [], []
    for _ in range(runs):
        done = subprocess.run(["/usr/bin/time", "-f", "%e %M", *DIPLOMAP, "code", sentence], capture_output=True,
                              text=True, check=True)  # fmt: skip
        wall, kb = done.stderr.strip().splitlines()[-1].split()
        walls.append(float(wall))
        peaks.append(int(kb) / 1024)
    return {"runs": runs, "wall_s": walls, "peak_mb": round(max(peaks), 1)}


def in_process(texts: list[tuple[str, str | None]], sentences: list[tuple[str, str | None]]) -> dict[str, Any]:
    from diplomap import api
    from diplomap.config import Settings
    from diplomap.extract.code_text import partial_date

    t0 = time.perf_counter()
    coder = api.text_coder(Settings(progress=False))
    coder.code("Japan's prime minister met Joe Biden.")  # (the parser's first call warms it)
    load = time.perf_counter() - t0
    found: dict[str, Any] = {"load_s": round(load, 2)}
    for explain in (False, True):
        # a coder of its own per pass: it remembers recent parses, which would spare the second pass
        coder = coder if not explain else api.text_coder(Settings(progress=False))
        per_text, per_sentence, reports = [], [], 0
        for (body, published), (other, _) in zip(texts, sentences, strict=True):
            date = partial_date(published) if published else None
            t = time.perf_counter()
            reports += len(coder.code(body, date, explain=explain).reports)
            per_text.append(time.perf_counter() - t)
            t = time.perf_counter()
            coder.code(first_sentence(other), date, explain=explain)
            per_sentence.append(time.perf_counter() - t)
        found["explained" if explain else "plain"] = {"text": spread(per_text), "sentence": spread(per_sentence),
                                                      "reports": reports}  # fmt: skip
    return found


def served(texts: list[tuple[str, str | None]], sentences: list[tuple[str, str | None]]) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="diplomap-code-latency-"))
    server = None
    try:
        server, base = start_server(folder / "s.duckdb", timeout_s=60, quiet=True)
        with httpx.Client(base_url=base, timeout=120) as client:
            t = time.perf_counter()
            client.get("/api/code", params={"text": "Japan's prime minister met Joe Biden."}).raise_for_status()
            cold = time.perf_counter() - t
            per_text, per_sentence = [], []
            for (body, published), (other, _) in zip(texts, sentences, strict=True):
                params = {"published": published} if published else {}
                t = time.perf_counter()
                client.get("/api/code", params={"text": first_sentence(other), **params}).raise_for_status()
                per_sentence.append(time.perf_counter() - t)
                t = time.perf_counter()
                client.get("/api/code", params={"text": body, **params}).raise_for_status()
                per_text.append(time.perf_counter() - t)
        return {"first_request_s": round(cold, 2), "text": spread(per_text), "sentence": spread(per_sentence)}
    finally:
        if server is not None:
            server.terminate()
            server.wait(30)
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--texts", type=int, default=60)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    both = own_texts(2 * args.texts)
    texts, sentences = both[: args.texts], both[args.texts :]
    if len(sentences) < len(texts):
        raise SystemExit(f"the gold's tune half has {len(both)} texts: ask for at most {len(both) // 2}")
    words = statistics.mean(len(b.split()) for b, _ in texts)
    print(f"{len(texts)} tune texts, {words:.0f} words on average", file=sys.stderr)
    command = command_runs(first_sentence(texts[0][0]), args.runs)
    local = in_process(texts, sentences)
    server = served(texts, sentences)
    rows = [
        ["diplomap code (new process)", f"{statistics.median(command['wall_s']):.2f} s", "", "",
         f"peak {command['peak_mb']} MB"],
        *(["text_coder, in process" + (", explained" if key == "explained" else ""), f"load {local['load_s']} s",
           f"{local[key]['sentence']['p50_ms']} / {local[key]['sentence']['p95_ms']}",
           f"{local[key]['text']['p50_ms']} / {local[key]['text']['p95_ms']}", ""] for key in ("plain", "explained")),
        ["/api/code, one at a time", f"first {server['first_request_s']} s", f"{server['sentence']['p50_ms']} / "
         f"{server['sentence']['p95_ms']}", f"{server['text']['p50_ms']} / {server['text']['p95_ms']}", ""],
    ]  # fmt: skip
    print(table(["way", "start", "sentence p50 / p95 ms", "text p50 / p95 ms", ""], rows))
    path = write_result("code_latency", {"texts": len(texts), "mean_words": round(words, 1), "command": command,
                                         "in_process": local, "server": server})  # fmt: skip
    print(f"wrote {path}")
    print(json.dumps({"in_process": local, "server": server}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
