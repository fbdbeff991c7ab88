"""How many real-world events diplomap's consolidation makes of ICEWS's raw rows.

ICEWS codes every report of an event once per story and once per direction. In
``../shared/data/icews-raw-sample`` (two days, 1–2 June 2018) the Pompeo–Kim Yong-chol talks in
New York (30–31 May 2018) appear as some thirty rows from a dozen publishers; Kim Yong-chol's call
on Trump at the White House (1 June) as many more. This script turns each row into an event
report (actor = the side's country, document = the story, date = the row's date) and runs
``diplomap.consolidate`` on them. Goal (issue 5): the talks become one or two events.

Run: .venv/bin/python bench/icews_consolidation.py [--json]
"""

from __future__ import annotations

import argparse
import csv
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from benchlib import shared_data, skip_if_absent, write_result
from diplomap.consolidate import ConsolidatedEvent, consolidate
from diplomap.extract.actor_data import build_table
from diplomap.model import ActorRef, EventReport

SCRIPT = "icews_consolidation"
QUAD = {**dict.fromkeys(("01", "02", "03", "04", "05"), 1), **dict.fromkeys(("06", "07", "08"), 2),
        **dict.fromkeys(("09", "10", "11", "12", "13"), 3)}  # fmt: skip


def country_codes() -> Callable[[str], str | None]:
    """ICEWS country names → ISO alpha-3, from diplomap's own actor table (exact names only)."""
    table = build_table(())
    cache: dict[str, str | None] = {}

    def code(name: str) -> str | None:
        if name not in cache:
            states = [c for c in table.lookup(name) if c.kind == "state" and c.code]
            cache[name] = states[0].code if states else None
        return cache[name]

    return code


def load_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def person_name(name: str, code: Callable[[str], str | None]) -> str | None:
    """ICEWS names people, states and bodies alike; a person's name has no parenthesis, is no
    state and has no lower-case word ("Cabinet / Council of Ministers / Advisors (United States)")."""
    words = name.split()
    if "(" in name or code(name) or not 2 <= len(words) <= 4 or any(w[0].islower() for w in words):
        return None
    return name


def as_report(row: dict[str, str], code: Callable[[str], str | None]) -> EventReport:
    cameo = row["CAMEO Code"].zfill(3)
    side = lambda prefix: ActorRef(code(row[f"{prefix} Country"]) or row[f"{prefix} Country"], None,  # noqa: E731
                                   person_name(row[f"{prefix} Name"], code), row[f"{prefix} Name"])  # fmt: skip
    sentence = int(row["Sentence Number"] or 0)
    return EventReport(
        id=row["Event ID"], document_id=row["Story ID"], date=row["Event Date"], date_precision="day",
        actors=(side("Source"),), recipients=(side("Target"),), joint=False, cameo=cameo, cameo_root=cameo[:2],
        quad_class=QUAD.get(cameo[:2], 4), plover=None, plover_mode=None, goldstein=float(row["Intensity"] or 0),
        status="occurred", historical=False, attribution=None, sentence=row["Event Text"], start=sentence * 1000,
        end=sentence * 1000 + 999, rule="icews", coder_version="icews",
    )  # fmt: skip


def involves(row: dict[str, str], person: str, country: str) -> bool:
    """The row has ``person`` on one side and someone of ``country`` on the other."""
    return (row["Source Name"] == person and row["Target Country"] == country) or (
        row["Target Name"] == person and row["Source Country"] == country
    )


def describe(name: str, rows: list[dict[str, str]], events: list[ConsolidatedEvent]) -> dict[str, object]:
    meetings = [e for e in events if e.cameo[:2] == "04" and e.cameo != "045"]
    return {
        "case": name, "rows": len(rows), "publishers": len({r["Publisher"] for r in rows}),
        "stories": len({r["Story ID"] for r in rows}), "events": len(events), "meeting_events": len(meetings),
        "largest_event_reports": max((e.reports for e in events), default=0),
        "events_detail": [{"date": e.date, "cameo": e.cameo, "actors": e.actor_codes, "recipients": e.recipient_codes,
                           "reports": e.reports, "independent_sources": e.independent_sources} for e in events],
    }  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print the result as JSON too")
    args = ap.parse_args()
    path = shared_data("icews-raw-sample") / "events.2018.sample.tab"
    skip_if_absent(path, SCRIPT)
    rows = load_rows(path)
    code = country_codes()
    cases = {
        "Pompeo–Kim Yong-chol talks": [r for r in rows if involves(r, "Mike Pompeo", "North Korea")
                                        or (involves(r, "Kim Yong-chol", "United States") and "Pompeo" in (
                                            r["Source Name"] + r["Target Name"]))],
        "Kim Yong-chol at the White House": [r for r in rows if involves(r, "Donald Trump", "North Korea")
                                             and "Kim Yong-chol" in (r["Source Name"] + r["Target Name"])],
        "all rows with North or South Korea": [r for r in rows if {"North Korea", "South Korea"}
                                               & {r["Source Country"], r["Target Country"]}],
        "all rows": rows,
    }  # fmt: skip
    results = []
    for name, selected in cases.items():
        started = time.perf_counter()
        events = consolidate(as_report(r, code) for r in selected)
        elapsed = time.perf_counter() - started
        result = describe(name, selected, events)
        result["seconds"] = round(elapsed, 3)
        results.append(result)
        print(f"{name}: {result['rows']} rows from {result['publishers']} publishers ({result['stories']} stories)"
              f" → {result['events']} events ({result['meeting_events']} meetings), largest "
              f"{result['largest_event_reports']} reports; {elapsed * 1000:.0f} ms")  # fmt: skip
        if len(events) <= 6:
            for e in events:
                print(f"    {e.date} {'+'.join(e.actor_codes)} {e.cameo} {'+'.join(e.recipient_codes)}: "
                      f"{e.reports} reports, {e.independent_sources} independent sources")  # fmt: skip
    # The same question inside the whole Korean subset, where other USA–PRK events of those days
    # (the White House meeting, statements) could absorb or split the talks.
    korea = consolidate(as_report(r, code) for r in cases["all rows with North or South Korea"])
    for name in ("Pompeo–Kim Yong-chol talks", "Kim Yong-chol at the White House"):
        ids = {r["Event ID"] for r in cases[name] if r["CAMEO Code"].startswith("04")}
        holding = [e for e in korea if ids & set(e.report_ids)]
        results[0 if name.startswith("Pompeo") else 1]["meeting_rows_in_korea_events"] = [
            {"event_reports": e.reports, "of_these_rows": len(ids & set(e.report_ids))} for e in holding]
        print(f"within all Korean rows, the {len(ids)} meeting rows of '{name}' lie in {len(holding)} event(s): "
              + ", ".join(f"{len(ids & set(e.report_ids))} of {e.reports} reports" for e in holding))
    by_type = Counter(r["CAMEO Code"] for r in cases["Pompeo–Kim Yong-chol talks"])
    print("talks rows by CAMEO code:", dict(sorted(by_type.items())))
    write_result(SCRIPT, {"cases": [{k: v for k, v in r.items() if k != "events_detail"} for r in results],
                          "talks": results[0]["events_detail"]})  # fmt: skip
    if args.json:
        import json

        print(json.dumps(results[:2], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
