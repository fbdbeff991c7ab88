"""Framing: does diplomap read each author's stance toward each actor right?

Reads ``bench/data/framing/docs`` (40 pieces from six fictional outlets with known slants,
written and labelled for the project before the framing code) with ``diplomap run`` into a
throwaway store, then compares:

* per (document, actor) label: the sign of the document stance (+1, 0, −1) with the author's
  stance labelled in ``labels.jsonl``: accuracy, and accuracy on the non-neutral labels;
* the evidence: the share of labelled evidence sentences where diplomap found a stance of the
  right sign toward that actor (recall), and the share of diplomap's judged sentences that are
  labelled evidence for that actor (precision; quoted voices never are);
* per outlet and actor: the sign of the outlet stance with ``outlet_labels.jsonl`` (over all
  documents, both splits: the outlet is the unit there).

Report on the blind split; tune on the tune split only.
Run: .venv/bin/python bench/framing_eval.py [--split tune|blind|all] [--show]  (--show: tune only)
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from benchlib import BENCH, write_result
from diplomap import api
from diplomap.config import Settings
from diplomap.store import Store
from diplomap.system.framing import SIGN_THRESHOLD, document_stances, outlet_matrix

DATA = BENCH / "data" / "framing"
SCRIPT = "framing_eval"


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("tune", "blind", "all"), default="all")
    ap.add_argument("--show", action="store_true", help="list every label with what was found (tune split only)")
    args = ap.parse_args()
    labels = load_jsonl(DATA / "labels.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(store=str(Path(tmp) / "framing.duckdb"), progress=False, workers=2)
        started = time.perf_counter()
        api.run([DATA / "docs"], settings, extract=True)
        elapsed = time.perf_counter() - started
        with Store(settings.store, read_only=True) as store:
            docs = {Path(d.origin).stem: d for d in store.documents()}
            stances = list(store.stances())
            mentioned = store.mentioned_actors()
    per_doc = document_stances(stances)
    by_doc_code: dict[tuple[str, str], list[Any]] = {}
    for s in stances:
        by_doc_code.setdefault((s.document_id, s.code), []).append(s)
    results: dict[str, Any] = {"seconds": round(elapsed, 1), "sign_threshold": SIGN_THRESHOLD}
    splits = ("tune", "blind") if args.split == "all" else (args.split,)
    for split in splits:
        chosen = [x for x in labels if x["split"] == split]
        right = polar = polar_right = 0
        gold_evidence = found_evidence = 0
        judged_sentences = judged_as_evidence = 0
        for x in chosen:
            doc = docs.get(x["doc"])
            if doc is None:
                continue
            d = per_doc.get((doc.id, x["actor"]))
            sign = d.sign if d else 0
            right += sign == x["stance"]
            if x["stance"]:
                polar += 1
                polar_right += sign == x["stance"]
            sentences = by_doc_code.get((doc.id, x["actor"]), [])
            for span in x["evidence"]:
                gold_evidence += 1
                found_evidence += any(overlaps((s.start, s.end), tuple(span)) and (s.score > 0) == (x["stance"] > 0)
                                      for s in sentences)  # fmt: skip
            for s in sentences:
                judged_sentences += 1
                judged_as_evidence += any(overlaps((s.start, s.end), tuple(span)) for span in x["evidence"])
            if args.show and split == "tune":
                words = "; ".join(f"{s.score:+.1f} {','.join(s.words)}" for s in sentences)
                print(f"  {'ok' if sign == x['stance'] else 'NO'} {x['doc']} {x['actor']} gold {x['stance']:+d} "
                      f"found {sign:+d} ({d.stance if d else 0:+.2f}) {words}")  # fmt: skip
        n = len(chosen)
        results[split] = {
            "labels": n, "sign_accuracy": round(right / n, 3), "polar_labels": polar,
            "polar_accuracy": round(polar_right / polar, 3) if polar else None,
            "evidence_recall": round(found_evidence / gold_evidence, 3) if gold_evidence else None,
            "evidence_precision": round(judged_as_evidence / judged_sentences, 3) if judged_sentences else None,
        }  # fmt: skip
        r = results[split]
        print(f"{split}: sign right {right}/{n} ({r['sign_accuracy']:.0%}); non-neutral {polar_right}/{polar} "
              f"({r['polar_accuracy']:.0%}); evidence recall {r['evidence_recall']}, precision "
              f"{r['evidence_precision']}")  # fmt: skip
    outlets = {d.id: d.outlet for d in docs.values()}
    cells = {(c.outlet, c.actor): c for c in outlet_matrix(stances, mentioned, outlets)}
    expected = load_jsonl(DATA / "outlet_labels.jsonl")
    agree = 0
    for x in expected:
        cell = cells.get((x["outlet"], x["actor"]))
        value = cell.stance if cell else 0.0
        sign = 0 if abs(value) < SIGN_THRESHOLD / 2 else (1 if value > 0 else -1)
        agree += sign == x["stance"]
    results["outlets"] = {"cells": len(expected), "sign_agreement": round(agree / len(expected), 3)}
    print(f"outlet × actor cells: sign agrees {agree}/{len(expected)} ({agree / len(expected):.0%}); "
          f"{len(docs)} documents read in {elapsed:.1f} s")  # fmt: skip
    write_result(SCRIPT, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
