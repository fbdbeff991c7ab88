"""The model of the system: relations, network, hedging, change, explanations, the report."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from conftest import EXAMPLES
from diplomap import analysis, api
from diplomap.config import Settings
from diplomap.consolidate import ConsolidatedEvent
from diplomap.model import ActorRef
from diplomap.system.changes import change_points, compare
from diplomap.system.network import Edge, Network, blocs, describe, hedging, triads, two_camps
from diplomap.system.periods import period_of, resolution_of, sort_key
from diplomap.system.relations import Relation, compute_relations, event_pairs
from test_cli import diplomap

_QUAD = {"04": 1, "05": 1, "06": 2, "11": 3, "17": 4, "19": 4, "01": 1}


def event(actors: str, recipients: str, cameo: str, goldstein: float, date: str | None = "2024-06-19", *,
          sources: int = 1, status: str = "occurred", joint: bool = False, neutral: bool = False,
          docs: tuple[str, ...] = ("d1",), eid: str | None = None) -> ConsolidatedEvent:  # fmt: skip
    refs = lambda codes: tuple(ActorRef(c, None, None, c) for c in codes.split("+") if c)  # noqa: E731
    precision = {4: "year", 7: "month", 10: "day"}[len(date)] if date else None
    return ConsolidatedEvent(
        event_id=eid or f"ev-{actors}-{recipients}-{cameo}-{date}", date=date, date_precision=precision,
        actors=refs(actors), recipients=refs(recipients), joint=joint, cameo=cameo, cameo_root=cameo[:2],
        quad_class=_QUAD[cameo[:2]], plover=None, goldstein=goldstein, status=status, historical=False,
        neutral=neutral, reports=sources, independent_sources=sources, documents=len(docs), report_ids=("r",),
        document_ids=docs, sentence=f"{actors} {cameo} {recipients}",
    )  # fmt: skip


def test_periods() -> None:
    assert period_of("2024-06-19", "day", "quarter") == "2024-Q2"
    assert period_of("2024-06", "month", "month") == "2024-06"
    assert period_of("2024", "year", "quarter") is None, "a year-only date has no quarter"
    assert resolution_of("2024-Q2") == "quarter" and resolution_of("2024") == "year"
    assert sorted(["2024-Q2", "2023-Q4", "2024-Q1"], key=sort_key) == ["2023-Q4", "2024-Q1", "2024-Q2"]
    with pytest.raises(ValueError):
        resolution_of("June 2024")


def test_joint_events_are_weighted_by_the_number_of_parties() -> None:
    treaty = event("PRK+RUS", "", "057", 8.0, joint=True)
    assert sorted(event_pairs(treaty)) == [("PRK", "RUS", 1.0), ("RUS", "PRK", 1.0)]
    summit = event("BRA+CHN+IND+RUS+ZAF", "", "057", 8.0, joint=True)
    assert {w for _, _, w in event_pairs(summit)} == {0.25}, "five parties: each pair 1/(n-1)"
    [row] = compute_relations([treaty], "year", directed=False)
    assert (row.actor, row.recipient, row.events, row.weight) == ("PRK", "RUS", 1, 1.0), "one undirected event"


def test_index_confidence_and_what_counts() -> None:
    events = [
        event("RUS", "KOR", "172", -5.0, "2024-06-20", sources=2),
        event("KOR", "RUS", "040", 1.0, "2024-05-02"),
        event("KOR", "RUS", "042", 1.9, "2024-07-01", status="planned"),  # planned: left out by default
        event("KOR", "RUS", "010", 0.0, "2024-06-21", neutral=True),  # a plain statement: left out
        event("KOR", "RUS", "040", 1.0, "2024", eid="year-only"),  # no quarter for a year-only date
    ]
    [q2] = [r for r in compute_relations(events, "quarter", directed=False) if r.period == "2024-Q2"]
    assert q2.events == 2 and q2.quad_counts == {"1": 1, "2": 0, "3": 0, "4": 1}
    assert q2.goldstein_sum == -4.0 and q2.goldstein_mean == -2.0
    assert q2.index == pytest.approx((1.0 - 5.0) / 6.0)
    assert q2.confidence == pytest.approx(1 - math.exp(-3 / 3))
    assert q2.independent_sources == 3
    [year] = compute_relations(events, "year", directed=False)
    assert year.events == 3, "the year-only event counts in its year"
    with_planned = compute_relations(events, "year", directed=False, statuses={"occurred", "planned"})
    assert with_planned[0].events == 4
    directed = compute_relations(events, "year", directed=True)
    assert {(r.actor, r.recipient) for r in directed} == {("RUS", "KOR"), ("KOR", "RUS")}
    spun = compute_relations([events[0]], "year", directed=False, spun_documents={"d1"})
    assert spun[0].weight == 0.5, "an event known only from spun text counts half"


def _net(edges: dict[tuple[str, str], float]) -> Network:
    ties = tuple(Edge(a, b, w, 1.0 if w > 0 else -1.0, abs(w), 1) for (a, b), w in sorted(edges.items()))
    return Network("2024", tuple(sorted({n for pair in edges for n in pair})), ties)


def test_balance_frustration_and_blocs() -> None:
    # Two camps: USA, KOR, JPN against RUS, PRK: every triad balanced.
    camps = _net({("KOR", "USA"): 1, ("JPN", "USA"): 1, ("JPN", "KOR"): 1, ("PRK", "RUS"): 1,
                  ("RUS", "USA"): -1, ("KOR", "PRK"): -1, ("JPN", "PRK"): -1})  # fmt: skip
    total, balanced = triads(camps)
    assert total == balanced > 0
    camp, frustrated = two_camps(camps)
    assert frustrated == 0 and camp["KOR"] == camp["USA"] == camp["JPN"] != camp["RUS"] == camp["PRK"]
    assert blocs(camps) == [["JPN", "KOR", "USA"], ["PRK", "RUS"]]
    # Three mutual enemies: no split satisfies all three ties; one edge is frustrated.
    enemies = _net({("A", "B"): -1, ("B", "C"): -1, ("A", "C"): -0.5})
    assert triads(enemies) == (1, 0)
    assert two_camps(enemies)[1] == pytest.approx(0.5)
    shown = describe(enemies)
    assert shown["balance"]["frustration_index"] == pytest.approx(0.2)  # type: ignore[index]
    assert len(shown["blocs"]) == 3, "enemies stay apart"  # type: ignore[arg-type]


def test_hedging_tilts_toward_the_closer_pole() -> None:
    rows = compute_relations([
        event("KOR", "USA", "040", 1.0, "2023-04-26"), event("CHN", "KOR", "112", -2.0, "2023-06-09"),
        event("KOR", "USA", "040", 1.0, "2024-04-26"), event("KOR", "CHN", "040", 1.0, "2024-05-26"),
    ], "year", directed=False)  # fmt: skip
    by_year = {h.period: h for h in hedging(rows, "KOR", "USA", "CHN")}
    assert by_year["2023"].tilt == 1.0 and by_year["2023"].hedging == 0.0
    assert by_year["2024"].tilt == 0.0 and by_year["2024"].hedging == 1.0


def test_change_points_and_period_comparison() -> None:
    events = [event("KOR", "RUS", "040", 1.0, f"{y}-0{m}-10", sources=3) for y in (2019, 2020, 2021) for m in (3, 6)]
    events += [event("RUS", "KOR", "112", -2.0, f"{y}-0{m}-10", sources=3) for y in (2022, 2023, 2024) for m in (3, 6)]
    rows = compute_relations(events, "year", directed=False)
    [turn] = change_points(rows)
    assert (turn.period, turn.before, turn.after) == ("2022", 1.0, -1.0)
    by_id = {e.event_id: e for e in events}
    [shift] = compare([r for r in rows if r.period == "2021"], [r for r in rows if r.period == "2024"], by_id)
    assert shift.shift < -1.5 and shift.drivers and all(e.goldstein < 0 for e in shift.drivers)


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = Settings(store=str(tmp_path_factory.mktemp("examples") / "ex.duckdb"), progress=False)
    api.run([EXAMPLES], settings, extract=True)
    return settings


def test_cli_on_the_examples(examples_store: Settings) -> None:
    store = examples_store.store
    rel = diplomap("relations", "--store", store, "--period", "quarter", "--actor", "rus", "--format", "jsonl")
    assert rel.returncode == 0, rel.stderr
    rows = [json.loads(line) for line in rel.stdout.splitlines()]
    contract = {"period", "actor", "recipient", "directed", "events", "quad_counts", "goldstein_sum",
                "goldstein_mean", "index", "confidence", "independent_sources"}  # fmt: skip
    assert rows and all(contract <= row.keys() and "RUS" in (row["actor"], row["recipient"]) for row in rows)
    assert all(row["actor"] < row["recipient"] for row in rows if not row["directed"])
    assert all(-1 <= row["index"] <= 1 and 0 <= row["confidence"] < 1 for row in rows)

    net = diplomap("network", "--period", "2024", "--store", store, "--format", "json")
    assert net.returncode == 0, net.stderr
    shown = json.loads(net.stdout)
    assert {"period", "nodes", "edges", "blocs", "balance"} <= shown.keys()
    assert diplomap("network", "--period", "June 2024", "--store", store).returncode == 2

    why = diplomap("explain", "PRK", "RUS", "--period", "2024", "--store", store, "--format", "json")
    assert why.returncode == 0, why.stderr
    found = json.loads(why.stdout)
    assert found["relation"]["events"] == len(found["events"]) > 0
    assert all(r["sentence"] and r["document_id"] for e in found["events"] for r in e["evidence"])

    moved = diplomap("changes", "--from", "2021", "--to", "2024", "--store", store, "--format", "jsonl")
    assert moved.returncode == 0, moved.stderr
    assert all({"actor", "recipient", "shift", "drivers"} <= json.loads(line).keys()
               for line in moved.stdout.splitlines())  # fmt: skip
    hedge = diplomap("hedging", "KOR", "USA", "CHN", "--store", store, "--format", "jsonl")
    assert hedge.returncode == 0, hedge.stderr


def test_report_is_one_offline_file(examples_store: Settings, tmp_path: Path) -> None:
    out = tmp_path / "r" / "report.html"
    made = diplomap("report", "--store", examples_store.store, "--out", str(out))
    assert made.returncode == 0, made.stderr
    text = out.read_text(encoding="utf-8")
    assert "Plotly" in text and text.count("<script") >= 2
    assert not re.search(r"<script[^>]+src=", text), "no script is fetched: the JavaScript is inlined"
    assert not re.search(r"<link[^>]+href=.https?:", text), "no stylesheet is fetched"
    for heading in ("Trajectories", "Network", "Framing", "Biggest changes", "Key events"):
        assert f"<h2>{heading}" in text
    assert "Putin" in text, "key events show their sentences"


def test_python_api(examples_store: Settings) -> None:
    import diplomap

    rows = diplomap.relations(examples_store, "year", actors=["PRK"])
    assert rows and all(isinstance(r, Relation) for r in rows)
    assert diplomap.network(examples_store, "2018")["period"] == "2018"
    assert analysis.explain(examples_store, "KOR", "PRK", "2018")["events"]
