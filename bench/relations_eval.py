"""Do the relations show what happened? The expected signs of bench/data/relations, end to end.

Reads ``bench/data/relations/corpus`` (50 articles written for the project about 2017–2024) with
``diplomap run`` into a throwaway store, computes the relations per quarter and per year, and
compares the sign of each asserted pair and period with ``expected.yaml`` (written before the
relations code). An assertion is met when the pair has counted events in that period and the
sign of its ``index`` is the expected one; a ``strong`` one also needs ``|index| ≥ 0.5``. Copy
groups are checked too: each group of syndicated copies must be one independent source.
Report on the blind split; the tune split is for development.

Run: .venv/bin/python bench/relations_eval.py [--split tune|blind|all] [--show]
(--show lists the assertions and values, tune split only.)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from benchlib import BENCH, write_result
from diplomap import api
from diplomap.config import Settings
from diplomap.store import Store
from diplomap.system.relations import Relation, compute_relations

DATA = BENCH / "data" / "relations"
SCRIPT = "relations_eval"
STRONG = 0.5


def build_store(folder: Path) -> Settings:
    settings = Settings(store=str(folder / "relations.duckdb"), progress=False, workers=2)
    api.run([DATA / "corpus"], settings, extract=True)
    return settings


def check(assertion: dict[str, Any], rows: dict[tuple[str, str, str], Relation]) -> tuple[bool, bool, Relation | None]:
    """(sign met, strength met, the relation)."""
    a, b = sorted(assertion["pair"])
    row = rows.get((str(assertion["period"]), a, b))
    if row is None or row.index == 0:
        return False, False, row
    sign = (row.index > 0) == (assertion["sign"] == "positive")
    strong = sign and (assertion.get("strength") != "strong" or abs(row.index) >= STRONG)
    return sign, strong, row


def copy_groups(settings: Settings, groups: list[list[str]]) -> tuple[int, int]:
    """(groups, groups whose documents are linked as copies by reuse) — copies are one source."""
    with Store(settings.store, read_only=True) as store:
        origin_of = {d.id: Path(d.origin).stem for d in store.documents()}
        linked = {(origin_of[p["a"]], origin_of[p["b"]]) for p in store.reuse()
                  if p["relation"] in ("exact", "near-duplicate", "paraphrase")}  # fmt: skip
    met = 0
    for group in groups:
        pairs = [(x, y) for i, x in enumerate(group) for y in group[i + 1:]]
        met += all((x, y) in linked or (y, x) in linked for x, y in pairs)
    return len(groups), met


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("tune", "blind", "all"), default="all")
    ap.add_argument("--show", action="store_true", help="list each assertion (tune split only)")
    args = ap.parse_args()
    expected = yaml.safe_load((DATA / "expected.yaml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        settings = build_store(Path(tmp))
        elapsed = time.perf_counter() - started
        with Store(settings.store, read_only=True) as store:
            events = list(store.consolidated_events())
        rows: dict[tuple[str, str, str], Relation] = {}
        for resolution in ("year", "quarter"):
            for r in compute_relations(events, resolution, directed=False):
                rows[(r.period, r.actor, r.recipient)] = r
        groups, linked = copy_groups(settings, [list(g) for g in expected.get("copies", [])])
    results: dict[str, Any] = {"documents_seconds": round(elapsed, 1), "copy_groups": groups,
                               "copy_groups_linked": linked}  # fmt: skip
    splits = ("tune", "blind") if args.split == "all" else (args.split,)
    for split in splits:
        chosen = [x for x in expected["assertions"] if x.get("split") == split]
        outcomes = [check(x, rows) for x in chosen]
        sign = sum(o[0] for o in outcomes)
        strong = sum(o[1] for o in outcomes)
        missing = sum(1 for o in outcomes if o[2] is None)
        results[split] = {"assertions": len(chosen), "sign_met": sign, "sign_accuracy": round(sign / len(chosen), 3),
                          "with_strength_met": strong, "no_events": missing}  # fmt: skip
        print(f"{split}: sign right {sign}/{len(chosen)} ({sign / len(chosen):.0%}); with strength {strong}; "
              f"pair-periods with no counted event {missing}")  # fmt: skip
        if args.show and split == "tune":
            for x, (ok, _, row) in zip(chosen, outcomes, strict=True):
                value = f"index {row.index:+.2f} conf {row.confidence:.2f} events {row.events}" if row else "no events"
                print(f"   {'ok ' if ok else 'NO '} {'-'.join(x['pair'])} {x['period']} {x['sign']:8} {value}")
    print(f"copy groups linked as copies: {linked}/{groups}; corpus read in {elapsed:.1f} s")
    if args.show and args.split != "tune":
        print("(--show lists the tune split only)", file=sys.stderr)
    write_result(SCRIPT, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
