"""Merging the reports of one real-world event (CONTRACTS.md counting rules)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from diplomap import api
from diplomap.config import Settings
from diplomap.consolidate import ReuseLink, consolidate, family
from diplomap.model import ActorRef, EventReport
from diplomap.store import Store
from test_cli import diplomap

_CAMEO_ROOT_QUAD = {"01": 1, "04": 1, "11": 3, "17": 4}


def report(doc: str, actors: str, cameo: str, recipients: str = "", date: str | None = "2018-05-31", *,
           status: str = "occurred", start: int = 0, joint: bool = False) -> EventReport:  # fmt: skip
    precision = {4: "year", 7: "month", 10: "day"}[len(date)] if date else None
    refs = lambda codes: tuple(ActorRef(c, None, None, c) for c in codes.split("+") if c)  # noqa: E731
    return EventReport(
        id=f"{doc}:{start}:{cameo}:{actors}>{recipients}", document_id=doc, date=date, date_precision=precision,
        actors=refs(actors), recipients=refs(recipients), joint=joint, cameo=cameo, cameo_root=cameo[:2],
        quad_class=_CAMEO_ROOT_QUAD.get(cameo[:2], 1), plover=None, plover_mode=None, goldstein=1.0, status=status,
        historical=False, attribution=None, sentence=f"sentence {doc} {start}", start=start, end=start + 50,
        rule="test", coder_version="test",
    )  # fmt: skip


def test_one_meeting_reported_both_ways_over_two_days_is_one_event() -> None:
    # The ICEWS pattern: talks coded A→B and B→A, as consult, negotiate, visit and host, and
    # dated by story over two days.
    reports = [
        report("d1", "USA", "040", "PRK", "2018-05-31"), report("d1", "PRK", "040", "USA", "2018-05-31", start=60),
        report("d2", "USA", "046", "PRK", "2018-06-01"), report("d3", "PRK", "042", "USA", "2018-05-30"),
        report("d4", "USA", "043", "PRK", "2018-05-31"), report("d5", "PRK+USA", "040", "", "2018-06-01", joint=True),
    ]  # fmt: skip
    [event] = consolidate(reports)
    assert event.reports == 6 and event.documents == 5 and event.independent_sources == 5
    assert event.cameo == "040" and event.date == "2018-05-31" and event.date_precision == "day"
    assert set(event.report_ids) == {r.id for r in reports}


def test_directed_acts_of_each_side_stay_apart() -> None:
    found = consolidate([report("d1", "CHN", "111", "KOR"), report("d2", "KOR", "111", "CHN"),
                         report("d3", "CHN", "112", "KOR")])  # fmt: skip
    assert sorted(e.reports for e in found) == [1, 2], "criticise and accuse of one side are one statement"


def test_status_type_and_time_keep_events_apart() -> None:
    found = consolidate([
        report("d1", "USA", "040", "PRK", "2018-05-31"),
        report("d2", "USA", "040", "PRK", "2018-05-31", status="planned"),  # a meeting announced is another claim
        report("d3", "USA", "172", "PRK", "2018-05-31"),  # sanctions the same day: another event
        report("d4", "USA", "040", "PRK", "2018-06-12"),  # a meeting twelve days later
        report("d5", "USA", "040", "JPN", "2018-05-31"),  # other participants
    ])  # fmt: skip
    assert len(found) == 5


def test_coarse_and_undated_reports_join_the_event_they_can_belong_to() -> None:
    found = consolidate([
        report("d1", "USA", "040", "PRK", "2018-05-31"),
        report("d2", "USA", "040", "PRK", "2018-05-30"),
        report("d3", "USA", "040", "PRK", "2018-05"),  # "in May": joins the event of that month
        report("d1", "PRK", "040", "USA", None, start=90),  # undated, same document: the same event
        report("d9", "USA", "040", "PRK", None),  # undated elsewhere: cannot tell, stands alone
        report("d4", "USA", "040", "PRK", "2019"),  # nothing that year: its own event, year precision
    ])  # fmt: skip
    by_size = sorted(found, key=lambda e: -e.reports)
    assert [e.reports for e in by_size] == [4, 1, 1]
    assert {e.date_precision for e in by_size[1:]} == {"year", None}


def test_copies_are_not_independent_sources() -> None:
    reports = [report("a", "RUS", "040", "PRK"), report("b", "RUS", "040", "PRK"), report("c", "RUS", "040", "PRK"),
               report("d", "RUS", "040", "PRK", start=500)]  # fmt: skip
    links = [
        ReuseLink("a", "b", "near-duplicate"),  # a syndicated copy: one source
        ReuseLink("c", "d", "passage-reuse", ((0, 100, 480, 580),)),  # d's sentence is inside the copied passage
    ]
    [event] = consolidate(reports, links)
    assert event.reports == 4 and event.independent_sources == 2
    elsewhere = [ReuseLink("c", "d", "passage-reuse", ((2000, 2100, 3000, 3100),))]  # copied another paragraph
    [event] = consolidate(reports, elsewhere)
    assert event.independent_sources == 4


def test_event_ids_do_not_depend_on_order() -> None:
    reports = [report(f"d{i}", "USA", "040", "PRK", f"2018-05-{30 + i % 2}") for i in range(8)]
    reports += [report(f"e{i}", "CHN", "111", "KOR", "2017-03-0" + str(1 + i)) for i in range(5)]
    first = consolidate(reports)
    random.Random(7).shuffle(reports)
    assert [e.to_json() for e in consolidate(reports)] == [e.to_json() for e in first]


def test_families() -> None:
    assert family("042") == family("043") == family("046") == ("meet", True)
    assert family("045")[1] is False, "mediation has a direction"
    assert family("112") == ("11", False)


WIRE = (
    "Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in Pyongyang on 1 July 2023. "
    "The two sides discussed military cooperation and the war in Ukraine, officials said.\n\n"
    "Lavrov praised the friendship between Moscow and Pyongyang.\n\n"
    "The visit was the first by a Russian foreign minister since 2018."
)
OTHER = (
    "Sergei Lavrov, Russia's foreign minister, held talks with Kim Jong Un in Pyongyang on 1 July 2023, "
    "according to diplomats in the North Korean capital.\n\n"
    "Analysts in Seoul said the meeting showed how far the two governments had drawn together since the invasion "
    "of Ukraine began."
)


def test_run_merges_syndicated_reports_and_counts_sources(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire.txt").write_text("Title: Lavrov in Pyongyang\nDate: 2023-07-01\n\n" + WIRE, encoding="utf-8")
    (folder / "copy.txt").write_text("Title: Russian minister visits the North\nDate: 2023-07-02\n\n" + WIRE,
                                     encoding="utf-8")  # fmt: skip
    (folder / "own.txt").write_text("Title: Lavrov and Kim\nDate: 2023-07-02\n\n" + OTHER, encoding="utf-8")
    summary = api.run([folder], settings, extract=True)
    assert summary.real_events is not None and summary.real_events >= 1
    meetings = [e for e in api.real_world_events(settings, between=("RUS", "PRK")) if e.cameo.startswith("04")]
    assert meetings, "the meeting is coded"
    [meeting] = [e for e in meetings if e.documents == 3]
    assert meeting.independent_sources == 2, "the syndicated copy is one source with its original"
    reports = api.event_reports(settings, between=("RUS", "PRK"))
    assert all(r.event_id for r in reports), "every report points at its event"
    assert {r.event_id for r in reports if r.id in meeting.report_ids} == {meeting.event_id}

    again = api.run([folder], settings, extract=True)
    assert again.real_events is None, "nothing changed: events are not recomputed"
    assert [e.to_json() for e in api.real_world_events(settings)] == [
        e.to_json() for e in api.real_world_events(settings)]  # fmt: skip

    listed = diplomap("events", "--consolidated", "--between", "rus", "prk", "--store", settings.store,
                      "--format", "jsonl")  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    contract = {"event_id", "date", "actors", "recipients", "joint", "cameo", "plover", "status", "reports",
                "independent_sources", "report_ids"}  # fmt: skip
    assert rows and all(contract <= row.keys() for row in rows)
    assert meeting.event_id in {row["event_id"] for row in rows}

    copy_id = meeting.document_ids[0]
    assert api.forget(copy_id, settings)
    with Store(settings.store, read_only=True) as store:
        left = list(store.consolidated_events(between=("RUS", "PRK")))
        orphans = store.db.execute(
            "SELECT count(*) FROM event_reports WHERE event_id IS NULL OR event_id NOT IN (SELECT event_id FROM events)"
        ).fetchone()
    assert all(copy_id not in e.document_ids for e in left)
    assert orphans == (0,), "after forget every remaining report still points at an event"
