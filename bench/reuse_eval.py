"""Text reuse (``diplomap.reuse.find_reuse``) on the labelled pairs in ``bench/data/reuse``.

All documents of ``bench/data/reuse/docs`` are compared at once, as a corpus (a pair's relation
can only be found among the others). Each labelled pair (``pairs.jsonl``: ``a``, ``b``,
``relation`` ∈ exact | near-duplicate | passage-reuse | paraphrase | none, ``passages``,
``split``) is then scored:

* per relation R: recall = labelled R pairs found as R / labelled R pairs; precision = labelled
  pairs found as R whose label is R / labelled pairs found as R. Pairs the detector relates but
  the set does not label are counted apart ("unlabelled"), not as errors: documents derived from
  one source may be related in ways the set does not list.
* passages (passage-reuse pairs found as such): the share of the gold passages' characters, in
  a and in b, covered by the predicted passages.
* the seed pair (000 copies passages of 001), when ``../shared`` is present: the raw seed texts
  are compared and the gold passages' coverage reported.

``paraphrase`` is found for synonym-swapped ("spun") copies, which keep enough words to become
candidates; human rewordings share too few word n-grams to be proposed at all yet.
``--cleaned`` first reads and cleans the documents as ``diplomap run`` does (site furniture
removed: syndicated copies that differed only in furniture then become exact copies). The
blind split is reported in aggregate only; ``--show-errors`` works on the tune split. Run:
``.venv/bin/python bench/reuse_eval.py [--split tune|blind|all] [--show-errors] [--cleaned]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from benchlib import BENCH, table, write_result
from diplomap.reuse import find_reuse

DATA = BENCH / "data" / "reuse"
RELATIONS = ("exact", "near-duplicate", "passage-reuse", "paraphrase")


def covered(spans: list[tuple[int, int]], by: list[tuple[int, int]]) -> tuple[int, int]:
    """(characters of ``spans`` inside ``by``, characters of ``spans``)."""
    total = inside = 0
    for s, e in spans:
        total += e - s
        inside += sum(max(0, min(e, b1) - max(s, b0)) for b0, b1 in by)
    return inside, total


def cleaned_texts() -> dict[str, str]:
    """The documents as a run stores them: read, cleaned (furniture removed), keyed by file."""
    import tempfile

    from diplomap.api import run
    from diplomap.config import load_settings
    from diplomap.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(overrides={"store": str(Path(tmp) / "reuse.duckdb"), "progress": False})
        run([DATA / "docs"], settings)
        with Store(settings.store, read_only=True) as store:
            out: dict[str, str] = {}
            for doc in store.documents():
                for origin in doc.origins:
                    out[f"docs/{Path(origin).name}"] = doc.text
            return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["tune", "blind", "all"], default="tune")
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--cleaned", action="store_true",
                    help="read and clean the documents with `diplomap ingest` first, as a run would (site "
                         "furniture gone); passage coverage is then not measured (offsets are the raw files')")
    args = ap.parse_args(argv)
    if args.show_errors and args.split != "tune":
        print("--show-errors works with --split tune only")
        return 2
    pairs_file = DATA / "pairs.jsonl"
    if not pairs_file.exists():
        print(f"skipped: {pairs_file} absent")
        return 0
    gold = [json.loads(line) for line in pairs_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = sorted((DATA / "docs").glob("*.txt"))
    texts = cleaned_texts() if args.cleaned else {f"docs/{p.name}": p.read_text(encoding="utf-8") for p in docs}
    t0 = time.perf_counter()
    found = find_reuse((doc, text, None) for doc, text in texts.items())
    seconds = time.perf_counter() - t0
    predicted = {(p.a, p.b): p for p in found}
    labelled = set()
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    span_in: Counter[str] = Counter()
    errors = []
    for g in gold:
        if g.get("raw_seed") or (args.split != "all" and g["split"] != args.split):
            continue
        a, b = sorted((g["a"], g["b"]))
        swapped = (a, b) != (g["a"], g["b"])
        labelled.add((a, b))
        p = predicted.get((a, b))
        got = p.relation if p else "none"
        tally[g["relation"]]["gold"] += 1
        tally[got]["predicted"] += 1
        if got == g["relation"]:
            tally[got]["right"] += 1
        elif args.show_errors:
            errors.append((g["kind"], g["a"], g["b"], g["relation"], got))
        if got == "passage-reuse" == g["relation"] and p is not None and not args.cleaned:
            gold_a = [(x["b_start"], x["b_end"]) if swapped else (x["a_start"], x["a_end"]) for x in g["passages"]]
            gold_b = [(x["a_start"], x["a_end"]) if swapped else (x["b_start"], x["b_end"]) for x in g["passages"]]
            for side, spans, by in (("a", gold_a, [(x.a_start, x.a_end) for x in p.passages]),
                                    ("b", gold_b, [(x.b_start, x.b_end) for x in p.passages])):  # fmt: skip
                inside, total = covered(spans, by)
                span_in[f"{side}_in"] += inside
                span_in[f"{side}_total"] += total
    unlabelled = Counter(p.relation for key, p in predicted.items() if key not in labelled)
    rows = []
    results: dict[str, Any] = {}
    for rel in (*RELATIONS, "none"):
        c = tally[rel]
        precision = c["right"] / c["predicted"] if c["predicted"] else None
        recall = c["right"] / c["gold"] if c["gold"] else None
        results[rel] = {"gold": c["gold"], "predicted": c["predicted"], "right": c["right"], "precision": precision,
                        "recall": recall}  # fmt: skip
        rows.append([rel, c["gold"], c["predicted"], c["right"], precision, recall])
    print(table(["relation", "gold", "predicted", "right", "P", "R"], rows,
                title=f"Reuse on labelled pairs ({args.split})"))  # fmt: skip
    spans = {side: span_in[f"{side}_in"] / span_in[f"{side}_total"] if span_in[f"{side}_total"] else None
             for side in ("a", "b")}  # fmt: skip
    print(f"\npassage characters covered: a {spans['a']}, b {spans['b']}")
    print(f"unlabelled related pairs: {dict(unlabelled)}; {len(texts)} documents compared in {seconds:.2f} s")
    for e in errors:
        print("  ", *e)
    name = f"reuse_eval_{args.split}{'_cleaned' if args.cleaned else ''}"
    write_result(name, {"split": args.split, "cleaned": args.cleaned, "results": results, "passage_coverage": spans,
                        "unlabelled": dict(unlabelled), "documents": len(texts), "seconds": seconds})
    return 0


if __name__ == "__main__":
    sys.exit(main())
