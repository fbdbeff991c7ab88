"""Framing: the author's stance toward each actor, quoted voices kept apart, outlets side by side."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from diplomap import analysis, api
from diplomap.config import Settings
from diplomap.extract.events import EventCoder
from diplomap.extract.recognise import ActorRecogniser
from diplomap.extract.stance import StanceReader
from diplomap.system.framing import document_stances, outlet_matrix
from test_cli import diplomap


@pytest.fixture(scope="module")
def read() -> Any:
    recogniser = ActorRecogniser([])
    coder = EventCoder()
    reader = StanceReader(lambda texts: [coder.finish(d) for d in coder.nlp.pipe(texts)])

    def stances(text: str, date: str = "2024-06-20") -> dict[str, float]:
        found = reader.read(text, recogniser.recognise(text, "doc", date), "doc")
        return {code: round(d.total, 2) for (_, code), d in document_stances(found).items()}

    return stances


def test_the_word_counts_for_the_actor_it_is_attached_to(read: Any) -> None:
    # "a very great error": an error, however great; and it is Seoul's, not Beijing's.
    assert read("The deployment was a very great error by Seoul, whatever Beijing says.")["KOR"] < 0
    found = read("Beijing spent a year of boycotts forcing Seoul to promise not to deploy more launchers.")
    assert found.get("CHN", 0) < 0 and "KOR" not in found, "the one forced is not blamed"
    assert read("Russia's aggression against Ukraine has united Europe.")["RUS"] < 0
    assert read("Guards in Beijing beat South Korean photographers in a brutal assault.").get("KOR", 0) >= 0
    assert read("The photographers were beaten by Chinese guards.").get("CHN", 0) < 0, "the doer is blamed"


def test_negation_and_objects(read: Any) -> None:
    assert read("Moscow has not been a reliable partner for Seoul.")["RUS"] < 0
    assert read("China has threatened nobody in the region.")["CHN"] > 0
    assert "JPN" not in read("Japan is using the partnership to loosen the limits of its constitution.")


def test_quoted_and_reported_voices_are_not_the_authors(read: Any) -> None:
    assert read('"Russia is a reckless aggressor," said a European diplomat in Seoul.') == {}
    assert read("The Kremlin said that South Korea had made a grave and reckless mistake.") == {}
    assert read("According to Pyongyang, Washington is a dangerous and hostile bully.") == {}


def test_outlet_matrix_counts_documents_that_name_without_judging(read: Any) -> None:
    from diplomap.model import Stance

    stances = [Stance("a", "RUS", 0, 10, -2.0, ("aggression",)), Stance("b", "RUS", 0, 10, 1.0, ("partner",))]
    cells = outlet_matrix(stances, [("a", "RUS"), ("b", "RUS"), ("c", "RUS")], {"a": "X", "b": "Y", "c": "X"})
    x = next(c for c in cells if c.outlet == "X")
    assert (x.documents, x.judged, x.negative) == (2, 1, 1)
    assert -1 < x.stance < 0 and 0 < x.confidence < 1


DOCS = {
    "north.json": {"outlet": "Northern Lantern", "url": "https://northern-lantern.example/2024/06/20/treaty",
                   "published": "2024-06-20", "title": "A partner in Pyongyang",
                   "text": "Vladimir Putin signed a comprehensive strategic partnership treaty with Kim Jong Un in "
                           "Pyongyang on 19 June 2024.\n\nRussia has been a dependable and generous partner, and "
                           "Washington's hysteria about the treaty is a reckless provocation."},
    "harbour.json": {"outlet": "Harbour Ledger", "url": "https://harbour-ledger.example/2024/06/20/treaty",
                     "published": "2024-06-20", "title": "A pact of the isolated",
                     "text": "Vladimir Putin signed a comprehensive strategic partnership treaty with Kim Jong Un in "
                             "Pyongyang on 19 June 2024.\n\nRussia's aggression in Ukraine made this reckless pact "
                             "possible, and the United States was right to warn both governments."},
}  # fmt: skip


def test_outlets_side_by_side_through_the_cli(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, doc in DOCS.items():
        (folder / name).write_text(json.dumps(doc), encoding="utf-8")
    settings = Settings(store=str(tmp_path / "f.duckdb"), progress=False)
    api.run([folder], settings, extract=True)
    cells = {(c.outlet, c.actor): c for c in analysis.framing(settings)}
    assert cells[("Northern Lantern", "RUS")].stance > 0 > cells[("Harbour Ledger", "RUS")].stance
    assert cells[("Northern Lantern", "USA")].stance < 0 < cells[("Harbour Ledger", "USA")].stance
    listed = diplomap("framing", "--store", settings.store, "--actor", "rus", "--format", "jsonl", "--evidence", "1")
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {r["outlet"] for r in rows} == {"Northern Lantern", "Harbour Ledger"}
    assert all(r["evidence"] and "Russia" in r["evidence"][0]["sentence"] for r in rows)
    treaty = next(e for e in api.real_world_events(settings, between=("RUS", "PRK")) if e.cameo == "057")
    side = diplomap("framing", "--event", treaty.event_id, "--store", settings.store, "--format", "jsonl")
    assert side.returncode == 0, side.stderr
    reports = [json.loads(line) for line in side.stdout.splitlines()]
    assert len({r["outlet"] for r in reports}) == 2
    by_outlet = {r["outlet"]: r["stance"]["RUS"] for r in reports}
    assert by_outlet["Northern Lantern"] > 0 > by_outlet["Harbour Ledger"]


# Floors pinned on bench/data/framing (written and labelled before the framing code; see
# bench/README.md): the measured values minus a small margin.
FLOORS = {"tune": 0.68, "blind": 0.50}


@pytest.mark.slow
def test_framing_accuracy_floors(tmp_path: Path) -> None:
    data = ROOT / "bench" / "data" / "framing"
    settings = Settings(store=str(tmp_path / "framing.duckdb"), progress=False)
    api.run([data / "docs"], settings, extract=True)
    from diplomap.store import Store

    with Store(settings.store, read_only=True) as store:
        ids = {Path(d.origin).stem: d.id for d in store.documents()}
        per_doc = document_stances(store.stances())
    labels = [json.loads(line) for line in (data / "labels.jsonl").read_text().splitlines() if line.strip()]
    for split, floor in FLOORS.items():
        chosen = [x for x in labels if x["split"] == split]
        right = sum((per_doc[(ids[x["doc"]], x["actor"])].sign if (ids[x["doc"]], x["actor"]) in per_doc else 0)
                    == x["stance"] for x in chosen)  # fmt: skip
        assert right / len(chosen) >= floor, f"{split}: {right}/{len(chosen)} below the floor {floor}"
