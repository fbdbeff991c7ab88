"""PLOVER event types of the event coder on the PLOVER gold-standard records (CAMEO manual sentences).

Data: ``../shared/data/plover/PLOVER_GSR_CAMEO.txt`` (a JSON array: one ``DOCUMENT`` record,
skipped, and 322 sentences, each with ``text``, ``event`` and ``source``/``target`` actors),
coded by the Open Event Data Alliance in 2016 with an early PLOVER (0.5b1). Skipped with a
message (exit 0) when absent.

Labels. The records use the old PLOVER types; they are mapped to PLOVER 0.8, whose types the
coder emits (``cameo.yaml``, from the 2021 CAMEO→PLOVER crosswalk):

* DEMAND → REQUEST (0.8 folds demands into REQUEST);
* DISAPPROVE → ACCUSE (criticise, denounce, accuse: ACCUSE in 0.8);
* INVESTIGATE → ACCUSE (0.8 files investigations under ACCUSE, mode "investigate");
* FIGHT → ASSAULT (0.8 has no FIGHT; conventional and other armed force is ASSAULT);
* AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REJECT, THREATEN, PROTEST,
  SANCTION, MOBILIZE, COERCE, ASSAULT: unchanged (0.8 types of the same name).

Any other label would be listed as unmapped in the output and its records could never be right.

Split: sha256 of the record ``id``, first byte even → tune, else blind (321 distinct ids: two
records share one and fall on the same side). The counts are written with the result.

Each record's ``text`` is one document: ``ActorRecogniser().recognise(text, date="2000-01")``,
then ``EventCoder().code(text, mentions, published=PartialDate("2000-01", "month"))``, each report
read as CAMEO codes it (``cameo_reading``: the records are the CAMEO manual's examples, where an
act of material cooperation announced for the future is an intent, 03x, so AGREE).

Metrics per split:

* type accuracy, any: the record is right when any report has the gold type;
* type accuracy, main: the record is right when its main report has the gold type; the main
  report is the first non-neutral report by trigger position;
* coverage: share of records with at least one non-neutral report;
* the same two accuracies with reports coded in CAMEO root 02 counted as REQUEST (appeals: the
  crosswalk gives them no PLOVER type; up to coder ``events-17`` the coder left ``plover`` null
  there, since ``events-18`` ``cameo.yaml`` types them REQUEST as the events gold set does, so the
  two pairs of columns agree; they stay for comparison with earlier results);
* per gold type: records, any, main, coverage.

The blind split is reported in aggregate only; ``--show-errors`` (each tune record not right by
the main rule, with its reports, and a count of error classes and a confusion of gold type
against the main report's type) works with ``--split tune`` only. Run:

    .venv/bin/python bench/plover_eval.py [--split tune|blind|all] [--show-errors]

The result is always written to ``bench/results/plover_eval_<split>.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from benchlib import shared_data, skip_if_absent, table, write_result
from events_eval import fingerprint

NAME = "plover_eval"
DATA = shared_data("plover") / "PLOVER_GSR_CAMEO.txt"
LABEL_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
PLOVER_08 = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
             "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DATE = "2000-01"


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    text: str
    old_label: str
    label: str
    split: str


@dataclass(frozen=True, slots=True)
class Outcome:
    record: Record
    types: tuple[str | None, ...]  # every report's PLOVER type, by trigger position
    types_02: tuple[str | None, ...]  # the same with root 02 counted as REQUEST
    neutral: tuple[bool, ...]
    reports: tuple[str, ...]  # short descriptions, for the error listing
    actors: tuple[str, ...]  # the coded actor mentions the coder was given (text=code)

    def main_type(self, with_02: bool = False) -> str | None:
        types = self.types_02 if with_02 else self.types
        return next((t for t, n in zip(types, self.neutral, strict=True) if not n), None)

    @property
    def covered(self) -> bool:
        return not all(self.neutral)

    def any_ok(self, with_02: bool = False) -> bool:
        return self.record.label in (self.types_02 if with_02 else self.types)

    def main_ok(self, with_02: bool = False) -> bool:
        return self.main_type(with_02) == self.record.label


def split_of(record_id: str) -> str:
    return "tune" if hashlib.sha256(record_id.encode("utf-8")).digest()[0] % 2 == 0 else "blind"


def load_records() -> tuple[list[Record], dict[str, int]]:
    """The records and the count of each old label."""
    rows = json.loads(DATA.read_text(encoding="utf-8"))
    records = []
    for r in rows:
        if r.get("event") == "DOCUMENT":
            continue
        label = LABEL_MAP.get(r["event"], r["event"])
        records.append(Record(r["id"], r["text"], r["event"], label, split_of(r["id"])))
    return records, dict(Counter(r.old_label for r in records).most_common())


def code_record(rec: Any, coder: Any, record: Record) -> Outcome:
    from diplomap.extract.cameo_reading import cameo_reading
    from diplomap.model import PartialDate

    mentions = rec.recognise(record.text, document_id=record.id, date=DATE, places=True)
    reports = sorted((cameo_reading(r, coder.lex) for r in coder.code(record.text, mentions, record.id,
                                                                       PartialDate(DATE, "month"), None)),
                     key=lambda r: (r.trigger_start, r.trigger_end))
    types = tuple(r.plover for r in reports)
    types_02 = tuple("REQUEST" if r.cameo[:2] == "02" and r.plover is None else r.plover for r in reports)
    desc = tuple(f"{record.text[r.trigger_start:r.trigger_end]!r} {r.cameo} {r.plover} {r.status}"
                 f"{' neutral' if r.neutral else ''} {'+'.join(a.code for a in r.actors)}→"
                 f"{'+'.join(a.code for a in r.recipients) or '-'} ({r.rule})" for r in reports)
    actors = tuple(f"{m.text}={m.code or '+'.join(m.members or ())}" for m in mentions
                   if (m.code is not None or m.members) and m.kind != "place")
    return Outcome(record, types, types_02, tuple(bool(r.neutral) for r in reports), desc, actors)


def summary(outcomes: list[Outcome]) -> dict[str, Any]:
    n = len(outcomes)

    def share(flags: list[bool]) -> float | None:
        return sum(flags) / n if n else None

    by_type: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_type[o.record.label].append(o)
    return {
        "records": n,
        "any": share([o.any_ok() for o in outcomes]),
        "main": share([o.main_ok() for o in outcomes]),
        "coverage": share([o.covered for o in outcomes]),
        "any_02_as_request": share([o.any_ok(True) for o in outcomes]),
        "main_02_as_request": share([o.main_ok(True) for o in outcomes]),
        "by_type": {
            t: {"records": len(os), "any": sum(o.any_ok() for o in os) / len(os),
                "main": sum(o.main_ok() for o in os) / len(os), "coverage": sum(o.covered for o in os) / len(os)}
            for t, os in sorted(by_type.items())
        },
    }  # fmt: skip


def error_class(o: Outcome) -> str:
    if not o.reports:
        return "no report (actors recognised)" if o.actors else "no report (no actor recognised)"
    if not o.covered:
        return "neutral statement only"
    main = o.main_type()
    if o.any_ok():
        return f"main report {main}, a later one right"
    return f"{o.record.label} coded {main}"


def errors(outcomes: list[Outcome]) -> list[dict[str, Any]]:
    return [{"id": o.record.id, "class": error_class(o), "gold": o.record.label, "old_label": o.record.old_label,
             "text": o.record.text, "reports": list(o.reports), "actors": list(o.actors)}
            for o in outcomes if not o.main_ok()]


def confusion(outcomes: list[Outcome]) -> dict[str, dict[str, int]]:
    c: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        c[o.record.label][o.main_type() or "-"] += 1
    return {g: dict(row.most_common()) for g, row in sorted(c.items())}


def show_errors(errs: list[dict[str, Any]], conf: dict[str, dict[str, int]]) -> None:
    print("\nRecords not right by the main rule (tune split):")
    for e in errs:
        print(f"\n  {e['id']}  {e['class']}  (gold {e['gold']}, old label {e['old_label']})\n  | {e['text']}")
        print(f"      actors: {', '.join(e['actors']) or '-'}")
        for r in e["reports"]:
            print(f"      {r}")
    print()
    print(table(["error class", "count"], Counter(e["class"] for e in errs).most_common(),
                title="Error classes (tune split)"))
    print("\nGold type → main report's type (tune split):")
    for g, row in conf.items():
        print(f"  {g:10s} " + ", ".join(f"{t} {k}" for t, k in row.items()))


def print_tables(sums: dict[str, dict[str, Any]]) -> None:
    print(table(["split", "records", "any", "main", "coverage", "any (02=REQUEST)", "main (02=REQUEST)"],
                [[k, s["records"], s["any"], s["main"], s["coverage"], s["any_02_as_request"],
                  s["main_02_as_request"]] for k, s in sums.items()],
                title="PLOVER type accuracy (any report / the first non-neutral report) and coverage"))
    types = sorted({t for s in sums.values() for t in s["by_type"]})
    print()
    print(table(["gold type", *[f"{k} {m}" for k in sums for m in ("n", "any", "main", "cov")]],
                [[t, *[v for s in sums.values() for v in _type_cells(s["by_type"].get(t))]] for t in types],
                title="Per gold type"))


def _type_cells(c: dict[str, Any] | None) -> list[Any]:
    return [None] * 4 if c is None else [c["records"], c["any"], c["main"], c["coverage"]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["tune", "blind", "all"], default="tune")
    ap.add_argument("--show-errors", action="store_true", help="list every wrong record (tune split only)")
    args = ap.parse_args(argv)
    if args.show_errors and args.split != "tune":
        print("--show-errors works with --split tune only: the blind split is reported in aggregate only")
        return 2
    skip_if_absent(DATA, f"{NAME}_{args.split}")
    fp = fingerprint()
    records, old_labels = load_records()
    unmapped = sorted({r.label for r in records} - PLOVER_08)
    counts = dict(Counter(r.split for r in records))
    chosen = [r for r in records if args.split in ("all", r.split)]
    from diplomap.extract.events import EventCoder
    from diplomap.extract.recognise import ActorRecogniser

    rec, coder = ActorRecogniser(), EventCoder()
    t0 = time.perf_counter()
    outcomes = [code_record(rec, coder, r) for r in chosen]
    elapsed = time.perf_counter() - t0
    sums = {sp: summary([o for o in outcomes if sp in ("all", o.record.split)])
            for sp in (["tune", "blind", "all"] if args.split == "all" else [args.split])}
    print(f"records: {len(records)} ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}); "
          f"old labels mapped: {LABEL_MAP}; unmapped: {unmapped or 'none'}\n")
    print_tables(sums)
    print(f"\n{len(chosen)} records in {elapsed:.1f} s ({len(chosen) / elapsed if elapsed else 0:.1f}/s); "
          f"code+data {fp}")
    data: dict[str, Any] = {"script": "bench/plover_eval.py",
                            "split": args.split, "split_counts": counts, "old_label_counts": old_labels,
                            "label_map": LABEL_MAP, "unmapped_labels": unmapped, "fingerprint": fp,
                            "coder_version": coder.version, "results": sums,
                            "timing": {"records": len(chosen), "seconds": elapsed}}
    if args.split == "tune":
        errs = errors(outcomes)
        conf = confusion(outcomes)
        data["error_classes"] = dict(Counter(e["class"] for e in errs).most_common())
        data["confusion_main"] = conf
        data["errors"] = errs
        if args.show_errors:
            show_errors(errs, conf)
    path = write_result(f"{NAME}_{args.split}", data)
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
