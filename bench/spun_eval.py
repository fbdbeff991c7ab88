"""``machine-spun-suspected`` (``diplomap.reuse.spun.judge_spun``): false positives on human news,
recall on spun text, speed.

Every text is read and cleaned as ``diplomap run`` stores it (``diplomap ingest`` into a temporary
store) and judged with the anachronism warning the actor recogniser gives it, as in a run.

Normal (human-written) groups, each with its false-positive rate:

* ``project``: the project's own texts (``bench/data/events/texts`` and ``offtopic``,
  ``bench/data/actors/texts``, ``bench/data/actors_blind2/texts``);
* ``examples``: ``examples/corpus`` (English documents);
* ``reuse-human``: ``bench/data/reuse/docs`` that are not spun (copies, near copies, passage
  reuse, human rewordings);
* ``aeb``: the gold main texts of the 181 pages of ``../shared/data/article-extraction-benchmark``
  (real news from many sites and topics; English ones only; skipped where ``../shared`` is absent).
  Their text is read at run time and never written anywhere; only aggregates are reported.

Spun groups, each with its recall:

* ``reuse-spun``: the 38 spun copies of ``bench/data/reuse`` (another helper's spinner and table);
* ``own-spun``: ``bench/data/spun`` (a second spinner with its own table, two rates; the detector's
  lexicon was not derived from it);
* seed 004 (a real spinner's output), reported alone.

Tune / blind: each document is assigned by a hash of its source (a spun copy goes with its
original). Thresholds were tuned on ``tune`` only; ``blind`` is reported in aggregate, and
``--show-errors`` works on tune only. Precision is computed on the pooled normal + spun documents
of a split (its base rate is that of this set, not of real feeds).

Run: ``.venv/bin/python bench/spun_eval.py [--split tune|blind|all] [--show-errors]`` (default: both halves).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchlib import BENCH, ROOT, shared_data, table, write_result
from diplomap.reuse.spun import SPUN_VERSION, judge_spun

NORMAL = ("project", "examples", "reuse-human", "aeb")
SPUN = ("reuse-spun", "own-spun")


@dataclass
class Item:
    group: str
    key: str  # what the split is drawn from: the source a document derives from
    name: str
    text: str
    date: str | None
    band: str = ""


def split_of(key: str) -> str:
    return "blind" if hashlib.sha256(key.encode("utf-8")).digest()[0] & 1 else "tune"


def ingest(files: list[tuple[str, bytes]]) -> dict[str, tuple[str, str | None, bool]]:
    """name → (cleaned text, date, English?) as a run stores them; files are written to a temporary
    folder under their names (nothing is kept)."""
    from diplomap.api import run
    from diplomap.config import load_settings
    from diplomap.store import Store

    out: dict[str, tuple[str, str | None, bool]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        for name, data in files:
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        settings = load_settings(overrides={"store": str(Path(tmp) / "s.duckdb"), "progress": False})
        run([folder], settings)
        with Store(settings.store, read_only=True) as store:
            for doc in store.documents():
                date = doc.published or doc.published_estimate
                for origin in doc.origins:
                    name = str(Path(origin).resolve().relative_to(folder.resolve())) if origin.startswith(
                        str(folder)) else origin  # fmt: skip
                    name = name.split("#", 1)[0]
                    out.setdefault(name, (doc.text, date.value if date else None, "non-english" not in doc.warnings))
    return out


def project_files(folders: list[str]) -> list[tuple[str, bytes]]:
    return [(str(p.relative_to(ROOT)), p.read_bytes()) for f in folders for p in sorted((ROOT / f).glob("*.txt"))]


def load() -> tuple[list[Item], dict[str, Any]]:
    items: list[Item] = []
    notes: dict[str, Any] = {}
    texts = ingest(project_files(["bench/data/events/texts", "bench/data/events/offtopic", "bench/data/actors/texts",
                                  "bench/data/actors_blind2/texts"]))  # fmt: skip
    items += [Item("project", name, name, t, d) for name, (t, d, en) in texts.items() if en]

    ex = ROOT / "examples" / "corpus"
    texts = ingest([(str(p.relative_to(ex)), p.read_bytes()) for p in sorted(ex.rglob("*")) if p.is_file()])
    items += [Item("examples", f"examples/{name}", name, t, d) for name, (t, d, en) in texts.items() if en]
    notes["examples_non_english"] = sum(1 for _, _, en in texts.values() if not en)

    reuse = BENCH / "data" / "reuse"
    manifest = [json.loads(line) for line in (reuse / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = ingest([(m["doc"], (reuse / m["doc"]).read_bytes()) for m in manifest])
    for m in manifest:
        if m["doc"] in texts:
            t, d, _ = texts[m["doc"]]
            group = "reuse-spun" if m["role"] == "spun" else "reuse-human"
            items.append(Item(group, m["source_paths"][0], m["doc"], t, d))
    notes["reuse_not_stored"] = sum(1 for m in manifest if m["doc"] not in texts)  # exact byte copies share an id

    spun = BENCH / "data" / "spun"
    manifest = [json.loads(line) for line in (spun / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = ingest([(m["doc"], (spun / m["doc"]).read_bytes()) for m in manifest])
    items += [Item("own-spun", m["source"], m["doc"], texts[m["doc"]][0], texts[m["doc"]][1], m["band"])
              for m in manifest if m["doc"] in texts]  # fmt: skip

    aeb = shared_data("article-extraction-benchmark") / "ground-truth.json"
    if aeb.exists():
        gold = json.loads(aeb.read_text(encoding="utf-8"))
        texts = ingest([(f"{page}.txt", v["articleBody"].encode("utf-8")) for page, v in gold.items()])
        items += [Item("aeb", f"aeb/{name}", name, t, d) for name, (t, d, en) in texts.items() if en]
        notes["aeb_pages"] = len(gold)
        notes["aeb_non_english_or_not_stored"] = len(gold) - sum(1 for it in items if it.group == "aeb")
    else:
        notes["aeb"] = f"skipped: {aeb} absent"

    seed = shared_data("").parent / "corpus" / "seeds" / "004_a4bbf854dd06bcc4.txt"
    if seed.exists():
        t, d, _ = ingest([(seed.name, seed.read_bytes())])[seed.name]
        items.append(Item("seed-004", "seed-004", seed.name, t, d))
    return items, notes


def anachronism_counter() -> Any:
    from diplomap.extract.recognise import ActorRecogniser

    rec = ActorRecogniser(use_ner=False)

    def count(text: str, date: str | None) -> int:
        return 1 if "anachronism" in rec.recognise_with_warnings(text, "", date)[1] else 0

    return count


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show-errors", action="store_true", help="false positives and misses of the tune split")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    items, notes = load()
    anachronisms = anachronism_counter()
    load_s = time.perf_counter() - t0

    judge_spun("")  # the word lists load on first use: not part of any document's time
    verdicts = []
    judge_ms: list[tuple[int, float]] = []
    for it in items:
        n = anachronisms(it.text, it.date)
        t1 = time.perf_counter()
        v = judge_spun(it.text, n)
        judge_ms.append((len(it.text.split()), 1000 * (time.perf_counter() - t1)))
        verdicts.append((it, v))

    results: dict[str, Any] = {"version": SPUN_VERSION, "notes": notes}
    splits = ("tune", "blind") if args.split == "all" else (args.split,)
    rows = []
    for split in splits:
        chosen = [(it, v) for it, v in verdicts if it.group != "seed-004" and split_of(it.key) == split]
        res: dict[str, Any] = {}
        for group in (*NORMAL, *SPUN):
            got = [v for it, v in chosen if it.group == group]
            flagged = sum(1 for v in got if v.suspected)
            rate = flagged / len(got) if got else None
            res[group] = {"documents": len(got), "flagged": flagged,
                          ("fp_rate" if group in NORMAL else "recall"): rate}  # fmt: skip
            rows.append([split, group, "normal" if group in NORMAL else "spun", len(got), flagged, rate])
        for band in ("light", "heavy"):
            got = [v for it, v in chosen if it.group == "own-spun" and it.band == band]
            if got:
                res[f"own-spun-{band}"] = {"documents": len(got), "flagged": sum(v.suspected for v in got),
                                           "recall": sum(v.suspected for v in got) / len(got)}  # fmt: skip
                rows.append([split, f"  own-spun {band}", "spun", len(got), res[f"own-spun-{band}"]["flagged"],
                             res[f"own-spun-{band}"]["recall"]])  # fmt: skip
        normal = [v for it, v in chosen if it.group in NORMAL]
        spun = [v for it, v in chosen if it.group in SPUN]
        tp = sum(v.suspected for v in spun)
        fp = sum(v.suspected for v in normal)
        res["pooled"] = {"normal": len(normal), "spun": len(spun), "tp": tp, "fp": fp,
                         "precision": tp / (tp + fp) if tp + fp else None, "recall": tp / len(spun) if spun else None,
                         "fp_rate": fp / len(normal) if normal else None}  # fmt: skip
        rows.append([split, "pooled: precision", "", len(normal) + len(spun), tp + fp, res["pooled"]["precision"]])
        rows.append([split, "pooled: recall / FP rate", "", "", "", f"{res['pooled']['recall']:.3f} / "
                     f"{res['pooled']['fp_rate']:.4f}"])  # fmt: skip
        results[split] = res
    seed = [v for it, v in verdicts if it.group == "seed-004"]
    if seed:
        results["seed_004"] = {"suspected": seed[0].suspected, "score": seed[0].score,
                               "signals": Counter(s.split(":", 1)[0] for s in seed[0].signals)}  # fmt: skip
        rows.append(["-", "seed 004", "spun", 1, int(seed[0].suspected), seed[0].score])
    print(table(["split", "group", "kind", "docs", "flagged", "FP rate / recall"], rows,
                title=f"machine-spun-suspected ({SPUN_VERSION})"))  # fmt: skip

    # Speed: the judge alone (the recogniser's anachronism check is part of actor recognition).
    per_k = [ms / max(1, w) * 1000 for w, ms in judge_ms if w >= 200]
    sample = next((it.text for it in items if it.group == "project" and 700 <= len(it.text.split()) <= 900), None)
    sample = sample or " ".join(it.text for it in items if it.group == "project")[:5200]
    reps = 200
    t1 = time.perf_counter()
    for _ in range(reps):
        judge_spun(sample)
    per_doc = 1000 * (time.perf_counter() - t1) / reps
    results["speed"] = {"ms_per_1000_words_median": statistics.median(per_k), "ms_per_1000_words_max": max(per_k),
                        "sample_words": len(sample.split()), "ms_per_sample": per_doc}  # fmt: skip
    print(f"\nspeed: {per_doc:.2f} ms for a {len(sample.split())}-word article; median "
          f"{statistics.median(per_k):.2f} ms per 1,000 words over {len(per_k)} documents (max {max(per_k):.2f})")
    print(f"notes: {notes}; loading and cleaning {load_s:.0f} s")

    if args.show_errors:
        kinds: Counter[str] = Counter()
        for it, v in verdicts:
            if split_of(it.key) != "tune" or it.group == "seed-004":
                continue
            kinds.update(f"{it.group}:{s.split(':', 1)[0]}" for s in v.signals)
            if it.group in NORMAL and (v.suspected or v.signals):
                flag = "FP " if v.suspected else "ok "
                print(flag, it.group, it.name[:40], v.score, v.signals[:8])
            if it.group in SPUN and not v.suspected:
                print("MISS", it.group, it.band, it.name[:50], v.score, v.signals[:8])
        print("signal kinds on tune:", dict(kinds))
    write_result("spun_eval", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
