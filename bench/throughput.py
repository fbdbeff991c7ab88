"""Throughput and peak memory of ``diplomap run`` on a synthetic mixed corpus.

``bench/synth.py`` writes a deterministic corpus of ``--docs`` article documents (default
10,000: plain-text page dumps from 30 fictional outlets, small HTML pages, JSONL files of 100
articles, an RSS feed of 200 items, WordPress posts, exact copies, broken files) to a temporary
folder. Then, for each ``--workers`` value, into a fresh DuckDB store::

    /usr/bin/time -v diplomap run FOLDER --store TMP.duckdb --json --workers W

and once more on the same store (every document already known: the re-run). Reported:
documents read (the summary's ``read``: articles, including copies), wall time, documents/s,
CPU time, and memory:

* ``max RSS (time -v)``: GNU time's "Maximum resident set size". Linux reports the largest
  single process among the command and its waited-for descendants (ru_maxrss), NOT the sum:
  with --workers 2 it is max(main process, worker 1, worker 2).
* ``peak tree RSS``: the sum of VmRSS over the command and all its descendant processes,
  sampled every 0.2 s from /proc (a lower bound of the true peak; counts shared pages twice).

No external data needed; nothing is downloaded. The corpus and stores go to a temporary folder
that is removed afterwards (keep it with --keep).

Run: .venv/bin/python bench/throughput.py [--docs 10000] [--workers 1,2] [--mode default]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchlib import ROOT, table, write_result
from synth import make_corpus

NAME = "throughput"
TIME_BIN = Path("/usr/bin/time")


def diplomap_bin() -> list[str]:
    exe = Path(sys.executable).parent / "diplomap"
    if exe.exists():
        return [str(exe)]
    venv = ROOT / ".venv" / "bin" / "diplomap"
    return [str(venv)] if venv.exists() else [sys.executable, "-m", "diplomap"]


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read().decode("ascii", "replace")
            ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreeSampler(threading.Thread):
    """Samples the summed RSS of a process and all its descendants."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_kb = 0
        self.peak_procs = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            kids = _children()
            tree, todo = [], [self.pid]
            while todo:
                p = todo.pop()
                tree.append(p)
                todo.extend(kids.get(p, []))
            total = sum(_rss_kb(p) for p in tree)
            if total > self.peak_kb:
                self.peak_kb, self.peak_procs = total, len(tree)
            self._stop_event.wait(self.every)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def run_once(folder: Path, store: Path, workers: int, mode: str) -> dict[str, Any]:
    cmd = [*diplomap_bin(), "run", str(folder), "--store", str(store), "--json", "--workers", str(workers),
           "--extraction-mode", mode]
    use_time = TIME_BIN.exists()
    if use_time:
        cmd = [str(TIME_BIN), "-v", *cmd]
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    sampler.stop()
    stdout, stderr = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    res: dict[str, Any] = {"workers": workers, "rc": proc.returncode, "wall_s": wall,
                           "peak_tree_rss_mb": sampler.peak_kb / 1024, "peak_tree_procs": sampler.peak_procs}
    if use_time:
        for key, pattern in (("max_rss_mb", r"Maximum resident set size \(kbytes\): (\d+)"),
                             ("user_s", r"User time \(seconds\): ([\d.]+)"),
                             ("sys_s", r"System time \(seconds\): ([\d.]+)"),
                             ("cpu_percent", r"Percent of CPU this job got: (\d+)%")):
            m = re.search(pattern, stderr)
            if m:
                res[key] = float(m[1]) / (1024 if key == "max_rss_mb" else 1)
        m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", stderr)
        if m:
            parts = [float(x) for x in m[1].split(":")]
            res["time_wall_s"] = sum(v * 60 ** i for i, v in enumerate(reversed(parts)))
    try:
        summary = json.loads(stdout[stdout.index("{"):])
    except ValueError:
        summary = None
    res["summary"] = summary
    if proc.returncode != 0 or summary is None:
        res["stdout_tail"] = stdout[-3000:]
        res["stderr_tail"] = stderr[-6000:]
    read = (summary or {}).get("read", 0)
    res["docs_per_s"] = read / wall if wall else None
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=10_000, help="article documents in the corpus")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--mode", default="default", choices=("default", "fast"), help="--extraction-mode")
    ap.add_argument("--no-rerun", action="store_true", help="skip the re-run on the same store")
    ap.add_argument("--keep", action="store_true", help="keep the corpus and stores")
    ap.add_argument("--tmp", default=None, help="parent folder for the temporary files")
    ap.add_argument("--append", action="store_true",
                    help="keep the runs of other worker counts from bench/results/throughput.json "
                         "(same --docs, --seed and --mode)")
    args = ap.parse_args(argv)
    if not TIME_BIN.exists():
        print("note: /usr/bin/time missing (apt-get install -y time); max RSS comes from the /proc sampler only")

    tmp = Path(tempfile.mkdtemp(prefix="diplomap-throughput-", dir=args.tmp))
    runs: list[dict[str, Any]] = []
    try:
        corpus = tmp / "corpus"
        t0 = time.perf_counter()
        manifest = make_corpus(corpus, args.docs, args.seed)
        gen_s = time.perf_counter() - t0
        print(f"corpus: {manifest['documents']:,} documents in {manifest['total_files']:,} files, "
              f"{manifest['bytes'] / 1e6:.1f} MB, written in {gen_s:.1f} s ({corpus})", flush=True)
        for w in [int(x) for x in args.workers.split(",")]:
            store = tmp / f"store-w{w}.duckdb"
            for label in ("first run", "re-run") if not args.no_rerun else ("first run",):
                print(f"  diplomap run --workers {w} ({label}) ...", file=sys.stderr, flush=True)
                r = run_once(corpus, store, w, args.mode)
                r["run"] = label
                if label == "re-run" and runs and runs[-1]["summary"]:
                    # the corpus's documents per second of re-run wall time (a re-run may skip
                    # unchanged inputs without reading them, so its own "read" can be 0)
                    r["docs_per_s"] = runs[-1]["summary"].get("read", 0) / r["wall_s"]
                r["store_mb"] = store.stat().st_size / 1e6 if store.exists() else None
                runs.append(r)
                if r["rc"] != 0 or r["summary"] is None:
                    print(f"\n!! diplomap run --workers {w} ({label}) exited {r['rc']}:\n{r.get('stderr_tail', '')}")
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    if args.append:
        from benchlib import RESULTS

        try:
            old = json.loads((RESULTS / f"{NAME}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            old = {}
        if (old.get("docs"), old.get("seed"), old.get("mode")) == (args.docs, args.seed, args.mode):
            mine = {r["workers"] for r in runs}
            runs = [r for r in old.get("runs", []) if r["workers"] not in mine] + runs
            runs.sort(key=lambda r: (r["workers"], r["run"] != "first run"))
    rows = []
    for r in runs:
        s = r["summary"] or {}
        rows.append([r["workers"], r["run"], s.get("inputs"), s.get("read"), s.get("stored"),
                     s.get("already_known"), s.get("unchanged_inputs", "-"), s.get("rejected"),
                     f"{r['wall_s']:.1f}", f"{r['docs_per_s'] or 0:.1f}",
                     f"{r.get('user_s', 0) + r.get('sys_s', 0):.1f}", round(r.get("max_rss_mb", 0)),
                     round(r["peak_tree_rss_mb"]), f"{r['store_mb']:.1f}" if r.get("store_mb") else "-"])
    print()
    print(table(["workers", "run", "inputs", "docs read", "stored", "known", "inputs unchanged", "rejected",
                 "wall s", "docs/s", "CPU s",
                 "max RSS MB (time -v)", "peak tree RSS MB", "store MB"], rows,
                title=f"diplomap run on {args.docs:,} synthetic documents (--extraction-mode {args.mode})"))
    print("\ndocs/s = documents of the corpus (the first run's docs read, copies included) per second of "
          "wall time, for the re-run too.")
    print("max RSS (time -v) = largest single process (main or one worker), not the sum; "
          "peak tree RSS = sampled sum over the process tree.")
    first = [r for r in runs if r["run"] == "first run" and r["summary"]]
    if first:
        print("summary of the first run:", json.dumps(first[0]["summary"]))
    path = write_result(NAME, {"docs": args.docs, "seed": args.seed, "mode": args.mode, "corpus": manifest,
                               "corpus_seconds": gen_s, "runs": runs})
    print(f"\nwrote {path}")
    return 0 if all(r["rc"] == 0 for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
