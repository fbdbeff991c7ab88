"""Relations and the network per month on ICEWS14 (about 90,000 events of 2014), timed.

``../shared/data/icews14-tkg`` holds (subject, relation, object, day) quadruples with entity names
such as ``Military_(Russia)`` or ``Barack_Obama`` and CAMEO descriptions as relations. This
script maps relations to CAMEO codes (through ``../shared/data/cameo-goldstein``'s code list) and
entities to countries (the country in parentheses, else diplomap's own actor table: states,
capitals and office-holders), turns each quadruple into one event (the dataset is already one row
per event), and times ``compute_relations`` per month and the signed network of every month.
Goal (issue 6): under 5 s on 2 cores. Then it prints the monthly trajectories of pairs one can
check against 2014's record (Russia–Ukraine after Crimea, the USA–Russia sanctions, China–Japan).

Run: .venv/bin/python bench/icews14_relations.py
"""

from __future__ import annotations

import csv
import re
import time
from datetime import date, timedelta
from pathlib import Path

from benchlib import shared_data, skip_if_absent, write_result
from diplomap.consolidate import ConsolidatedEvent
from diplomap.extract.actor_data import build_table
from diplomap.model import ActorRef
from diplomap.system.network import build_network, describe
from diplomap.system.periods import sort_key
from diplomap.system.relations import compute_relations, series

SCRIPT = "icews14_relations"
QUAD = {**dict.fromkeys(("01", "02", "03", "04", "05"), 1), **dict.fromkeys(("06", "07", "08"), 2),
        **dict.fromkeys(("09", "10", "11", "12", "13"), 3)}  # fmt: skip
START = date(2014, 1, 1)
CHECK = [("RUS", "UKR"), ("RUS", "USA"), ("CHN", "JPN"), ("PRK", "USA"), ("CHN", "KOR")]


def _norm(text: str) -> str:
    text = text.replace("_", " ").lower()
    text = re.sub(r",? not specified below|,? not specified", "", text)
    return re.sub(r"[^a-z ]+", " ", text).split("(")[0].strip()


def cameo_codes(folder: Path) -> dict[str, tuple[str, float]]:
    """CAMEO description (normalised) → (code, Goldstein)."""
    goldstein: dict[str, float] = {}
    with (folder / "CAMEO.goldsteinscale.txt").open(encoding="utf-8", errors="replace") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if row and row[0].isdigit():
                goldstein[row[0]] = float(row[1])
    found: dict[str, tuple[str, float]] = {}
    with (folder / "CAMEO.eventcodes.txt").open(encoding="utf-8", errors="replace") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if row and row[0].isdigit() and len(row[0]) >= 3 and row[0] in goldstein:
                found.setdefault(_norm(row[1]), (row[0], goldstein[row[0]]))
    return found


def entity_codes(names: list[str]) -> dict[str, str]:
    table = build_table(())
    found: dict[str, str] = {}
    for name in names:
        inside = re.search(r"\(([^)]+)\)$", name)
        surface = (inside.group(1) if inside else name).replace("_", " ")
        candidates = [c for c in table.lookup(surface) if c.code and c.kind in ("state", "person", "capital",
                                                                                 "abbreviation")]  # fmt: skip
        if candidates:
            found[name] = candidates[0].code or ""
    return found


def load(folder: Path, codes: dict[str, tuple[str, float]]) -> tuple[list[ConsolidatedEvent], dict[str, int]]:
    entities = {int(i): n for n, i in (line.rsplit("\t", 1) for line in
                                       (folder / "entity2id.txt").read_text().splitlines() if line)}  # fmt: skip
    relations = {int(i): n for n, i in (line.rsplit("\t", 1) for line in
                                        (folder / "relation2id.txt").read_text().splitlines() if line)}  # fmt: skip
    countries = entity_codes(list(entities.values()))
    cameo = {i: codes.get(_norm(n)) for i, n in relations.items()}
    stats = {"rows": 0, "relations": len(relations), "relations_coded": sum(1 for c in cameo.values() if c),
             "entities": len(entities), "entities_placed": len(countries), "events": 0}  # fmt: skip
    events = []
    for split in ("train.txt", "valid.txt", "test.txt"):
        for line in (folder / split).read_text().splitlines():
            parts = line.split()
            if len(parts) < 4:
                continue
            stats["rows"] += 1
            s, r, o, t = (int(x) for x in parts[:4])
            code = cameo.get(r)
            a, b = countries.get(entities[s]), countries.get(entities[o])
            if code is None or a is None or b is None or a == b:
                continue
            day = (START + timedelta(days=t)).isoformat()
            events.append(ConsolidatedEvent(
                event_id=f"icews14-{len(events)}", date=day, date_precision="day",
                actors=(ActorRef(a, None, None, entities[s]),), recipients=(ActorRef(b, None, None, entities[o]),),
                joint=False, cameo=code[0], cameo_root=code[0][:2], quad_class=QUAD.get(code[0][:2], 4), plover=None,
                goldstein=code[1], status="occurred", historical=False, neutral=code[0][:2] == "01", reports=1,
                independent_sources=1, documents=1, report_ids=(), document_ids=(), sentence=relations[r],
            ))  # fmt: skip
    stats["events"] = len(events)
    return events, stats


def main() -> int:
    folder = shared_data("icews14-tkg")
    skip_if_absent(folder, SCRIPT)
    skip_if_absent(shared_data("cameo-goldstein"), SCRIPT)
    started = time.perf_counter()
    events, stats = load(folder, cameo_codes(shared_data("cameo-goldstein")))
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    rows = compute_relations(events, "month")
    relations_s = time.perf_counter() - started
    started = time.perf_counter()
    months = sorted({r.period for r in rows}, key=sort_key)
    networks = [describe(build_network(rows, m)) for m in months]
    network_s = time.perf_counter() - started
    print(f"{stats['rows']:,} rows; {stats['relations_coded']}/{stats['relations']} relations coded, "
          f"{stats['entities_placed']:,}/{stats['entities']:,} entities placed in a country; "
          f"{stats['events']:,} events between two countries")  # fmt: skip
    print(f"load {loaded:.2f} s; relations per month {relations_s:.2f} s ({len(rows):,} rows); networks of "
          f"{len(months)} months {network_s:.2f} s; analysis total {relations_s + network_s:.2f} s "
          "(goal < 5 s)")  # fmt: skip
    trajectories = {}
    for a, b in CHECK:
        points = list(series(rows, a, b))
        trajectories[f"{a}-{b}"] = {r.period: round(r.index, 2) for r in points}
        print(f"{a}–{b}: " + " ".join(f"{r.period[5:]}:{r.index:+.2f}" for r in points))
    biggest = max(networks, key=lambda n: len(n["edges"]))  # type: ignore[arg-type]
    balance = biggest["balance"]
    print(f"largest monthly network {biggest['period']}: {len(biggest['nodes'])} actors, {len(biggest['edges'])} "
          f"ties, balanced triads {balance['balanced']}/{balance['triads']}, frustration index "  # type: ignore[index]
          f"{balance['frustration_index']}")  # type: ignore[index]
    write_result(SCRIPT, {**stats, "load_s": round(loaded, 2), "relations_s": round(relations_s, 2),
                          "networks_s": round(network_s, 2), "relation_rows": len(rows), "months": len(months),
                          "trajectories": trajectories})  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
