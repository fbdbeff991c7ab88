"""Sentence-level cooperation/conflict class of the event coder on ConfliBERT's CAMEO classification set.

Data: ``../shared/data/conflibert-cameo/cameo_class_{test,train}.tsv`` (sentence TAB label, CRLF;
451 test and 1,349 train sentences). Skipped with a message (exit 0) when absent.

Labels. Five classes 0-4. The data's readme only names the source (Parolin et al., AIES 2022);
by reading the sentences (and the train distribution 0: 240, 1: 248, 2: 303, 3: 337, 4: 221)
this is the PentaClass of the Phoenix/PETRARCH data: 0 = neutral (CAMEO roots 01 statements and
02 appeals: "declined to comment", "urged", "called on", "asked ... for"; 30 of the 240 train
label-0 sentences say urge/call on/appeal/ask, against 2-8 in each other class), 1 = verbal
cooperation (03-05), 2 = material cooperation (06-08), 3 = verbal conflict (09-13 and 16,
reduce relations), 4 = material conflict (14, 15, 17-20). Root 16 is the one departure from the
CAMEO quad classes, and the data bear it out: of the train sentences where the coder finds
exactly one non-neutral report, those coded in root 16 have gold label 3 45 times and 4 twice
(sanctions, suspended aid, expulsions), those in 02 label 0 24 times and 1 twice. So two
predictions are scored:

* ``penta`` (the headline): a report's class is its PentaClass (01-02 → 0, 16 → 3, else the
  quad class);
* ``quad`` (01 alone is 0, everything else its CAMEO quad class): the rule as first specified in
  the issue.

A sentence's predicted class: among its reports that are not neutral and whose class is not 0,
the class of the most severe one (largest |Goldstein|); 0 when there is none (no event, only
statements, or, under ``penta``, only appeals). So a label-0 sentence coded as no event or as a
statement counts as right.

Each sentence is one document: ``ActorRecogniser().recognise(text)`` (no date: the sentences
are undated) and ``EventCoder().code(text, mentions)``, each report read as CAMEO codes it
(``cameo_reading``: the labels follow CAMEO, where "will provide aid" is an intent, 033).
Reported: accuracy overall and per gold label, a confusion matrix (gold rows, predicted
columns), and sentences/s of recognition plus coding in one process (model load excluded, after one warm-up sentence).

The test file is the blind set: aggregates only. ``--split train`` scores the train file, which
may be looked at: ``--show-errors`` (each wrong sentence with its reports) works there only.

    .venv/bin/python bench/conflibert_events.py [--split test|train] [--show-errors]

The result is always written to ``bench/results/events_conflibert_<split>.json``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from benchlib import shared_data, skip_if_absent, table, write_result
from events_eval import fingerprint

NAME = "events_conflibert"
DATA = shared_data("conflibert-cameo")
LABELS = (0, 1, 2, 3, 4)
#: CAMEO root -> PentaClass where it differs from the quad class
PENTA = {"01": 0, "02": 0, "16": 3}
SCHEMES = ("penta", "quad")


@dataclass(frozen=True, slots=True)
class Scored:
    text: str
    gold: int
    pred: dict[str, int]  # scheme -> predicted class
    reports: tuple[str, ...]


def load(split: str) -> list[tuple[str, int]]:
    rows = []
    for line in (DATA / f"cameo_class_{split}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        text, label = line.rsplit("\t", 1)
        rows.append((text.strip(), int(label)))
    return rows


def report_class(r: Any, scheme: str) -> int:
    root = r.cameo[:2]
    if r.neutral or root == "01":
        return 0
    return PENTA.get(root, int(r.quad_class)) if scheme == "penta" else int(r.quad_class)


def sentence_class(reports: list[Any], scheme: str) -> int:
    coded = [r for r in reports if report_class(r, scheme)]
    if not coded:
        return 0
    return report_class(max(coded, key=lambda r: abs(r.goldstein)), scheme)


def describe(text: str, r: Any) -> str:
    return (f"{text[r.trigger_start:r.trigger_end]!r} {r.cameo} q{r.quad_class} {r.status}"
            f"{' neutral' if r.neutral else ''} {'+'.join(a.code for a in r.actors)}→"
            f"{'+'.join(a.code for a in r.recipients) or '-'} ({r.rule})")


def score(rec: Any, coder: Any, rows: list[tuple[str, int]]) -> tuple[list[Scored], float]:
    from diplomap.extract.cameo_reading import cameo_reading

    out = []
    t0 = time.perf_counter()
    for text, gold in rows:
        reports = [cameo_reading(r, coder.lex) for r in coder.code(text, rec.recognise(text, places=True))]
        out.append(Scored(text, gold, {s: sentence_class(reports, s) for s in SCHEMES},
                          tuple(describe(text, r) for r in reports)))
    return out, time.perf_counter() - t0


def summary(scored: list[Scored], scheme: str) -> dict[str, Any]:
    n = len(scored)
    right = sum(s.pred[scheme] == s.gold for s in scored)
    per = {}
    for label in LABELS:
        rows = [s for s in scored if s.gold == label]
        per[str(label)] = {"n": len(rows), "accuracy": sum(s.pred[scheme] == label for s in rows) / len(rows)
                           if rows else None}
    conf = Counter((s.gold, s.pred[scheme]) for s in scored)
    coded = sum(s.pred[scheme] != 0 for s in scored)
    return {"accuracy": right / n if n else None, "per_label": per,
            "confusion": {str(g): {str(p): conf[(g, p)] for p in LABELS} for g in LABELS},
            "sentences_coded_nonzero": coded}


def show_errors(scored: list[Scored]) -> None:
    print("\nWrong sentences (train split, penta):")
    for s in scored:
        if s.pred["penta"] != s.gold:
            print(f"\n  gold {s.gold} coded {s.pred['penta']}  | {s.text}")
            for r in s.reports:
                print(f"      {r}")
    print()
    print(table(["gold → coded", "count"],
                Counter(f"{s.gold} → {s.pred['penta']}" for s in scored if s.pred["penta"] != s.gold).most_common(),
                title="Errors by class pair (train split, penta)"))


def print_tables(sums: dict[str, dict[str, Any]], split: str) -> None:
    print(table(["scheme", "accuracy", *[f"label {k} acc" for k in LABELS]],
                [[s, v["accuracy"], *[v["per_label"][str(k)]["accuracy"] for k in LABELS]] for s, v in sums.items()],
                title=f"ConfliBERT CAMEO class ({split}): accuracy overall and per gold label"))
    print()
    print("  n per label: " + ", ".join(f"{k}: {sums['penta']['per_label'][str(k)]['n']}" for k in LABELS))
    for s, v in sums.items():
        print()
        print(table(["gold \\ coded", *[str(k) for k in LABELS]],
                    [[str(g), *[v["confusion"][str(g)][str(p)] for p in LABELS]] for g in LABELS],
                    title=f"Confusion ({s})"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["test", "train"], default="test")
    ap.add_argument("--show-errors", action="store_true", help="list the wrong sentences (train split only)")
    args = ap.parse_args(argv)
    if args.show_errors and args.split != "train":
        print("--show-errors works with --split train only: the test file is reported in aggregate only")
        return 2
    skip_if_absent(DATA / f"cameo_class_{args.split}.tsv", f"{NAME}_{args.split}")
    fp = fingerprint()
    rows = load(args.split)
    from diplomap.extract.events import EventCoder
    from diplomap.extract.recognise import ActorRecogniser

    rec, coder = ActorRecogniser(), EventCoder()
    coder.code(rows[0][0], rec.recognise(rows[0][0]))  # load the parser before timing
    scored, elapsed = score(rec, coder, rows)
    sums = {s: summary(scored, s) for s in SCHEMES}
    print_tables(sums, args.split)
    speed = len(rows) / elapsed if elapsed else None
    print(f"\n{len(rows)} sentences in {elapsed:.1f} s: {speed or 0:.1f} sentences/s (recognise + code, "
          f"one process); code+data {fp}")
    data: dict[str, Any] = {"script": "bench/conflibert_events.py",
        "split": args.split, "sentences": len(rows), "label_counts": dict(sorted(
        Counter(g for _, g in rows).items())), "fingerprint": fp, "coder_version": coder.version, "results": sums,
        "timing": {"seconds": elapsed, "sentences_per_s": speed}}  # fmt: skip
    if args.split == "train":
        data["errors"] = [{"text": s.text, "gold": s.gold, "pred": s.pred, "reports": list(s.reports)}
                          for s in scored if s.pred["penta"] != s.gold]
        if args.show_errors:
            show_errors(scored)
    path = write_result(f"{NAME}_{args.split}", data)
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
