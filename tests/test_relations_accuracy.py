"""The relations show what happened: bench/data/relations (50 articles written for the project
about 2017–2024; expected signs fixed before the relations code; see bench/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from diplomap import api
from diplomap.config import Settings
from diplomap.store import Store
from diplomap.system.relations import Relation, compute_relations

DATA = ROOT / "bench" / "data" / "relations"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def store_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    settings = Settings(store=str(tmp_path_factory.mktemp("relations") / "r.duckdb"), progress=False)
    api.run([DATA / "corpus"], settings, extract=True)
    return settings.store


@pytest.fixture(scope="module")
def relations(store_file: str) -> dict[tuple[str, str, str], Relation]:
    with Store(store_file, read_only=True) as store:
        events = list(store.consolidated_events())
    rows = {}
    for resolution in ("year", "quarter"):
        for r in compute_relations(events, resolution, directed=False):  # type: ignore[arg-type]
            rows[(r.period, r.actor, r.recipient)] = r
    return rows


def index(rows: dict[tuple[str, str, str], Relation], a: str, b: str, period: str) -> float:
    pair = sorted((a, b))
    row = rows.get((period, pair[0], pair[1]))
    assert row is not None, f"no counted event between {a} and {b} in {period}"
    return row.index


@pytest.mark.parametrize(("a", "b", "period", "sign"), [
    ("CHN", "KOR", "2017-Q4", 1),   # the Moon–Xi summit of December 2017 and the October agreement
    ("PRK", "USA", "2017-Q3", -1),  # "fire and fury", ICBM tests, the sixth nuclear test
    ("PRK", "USA", "2018-Q2", 1),   # Pompeo's visits, Kim Yong-chol in New York, Singapore
    ("KOR", "RUS", "2021", 1),      # Lavrov in Seoul, the 30th anniversary
    ("KOR", "RUS", "2024-Q2", -1),  # Putin's warning, Seoul's sanctions, the summoned ambassador
    ("PRK", "RUS", "2023-Q3", 1),   # Shoigu in Pyongyang, the Vostochny summit
    ("PRK", "RUS", "2024-Q2", 1),   # Putin in Pyongyang, the partnership treaty
])  # fmt: skip
def test_the_story_of_each_pair(relations: dict[tuple[str, str, str], Relation], a: str, b: str, period: str,
                                sign: int) -> None:  # fmt: skip
    assert index(relations, a, b, period) * sign > 0


def test_thaad_retaliation_reads_negative(relations: dict[tuple[str, str, str], Relation]) -> None:
    assert index(relations, "CHN", "KOR", "2017-Q1") < 0


def test_floors_on_every_assertion(relations: dict[tuple[str, str, str], Relation]) -> None:
    expected = yaml.safe_load((DATA / "expected.yaml").read_text(encoding="utf-8"))["assertions"]
    right = {"tune": 0, "blind": 0}
    for x in expected:
        pair = sorted(x["pair"])
        row = relations.get((str(x["period"]), pair[0], pair[1]))
        right[x["split"]] += row is not None and row.index != 0 and (row.index > 0) == (x["sign"] == "positive")
    assert right["tune"] >= 9, right  # measured 9/12
    assert right["blind"] >= 11, right  # measured 12/12


def test_copies_are_one_source(store_file: str) -> None:
    """An event reported by a wire story and its syndicated copy has one source for the two."""
    groups = yaml.safe_load((DATA / "expected.yaml").read_text(encoding="utf-8"))["copies"]
    with Store(store_file, read_only=True) as store:
        file_of = {d.id: Path(d.origin).stem for d in store.documents()}
        events = list(store.consolidated_events())
    checked = 0
    for e in events:
        files = [file_of[d] for d in e.document_ids]
        for group in groups:
            copies = [f for f in files if f in group]
            if len(copies) >= 2:
                checked += 1
                assert e.independent_sources <= len(files) - len(copies) + 1, (e.event_id, files)
    assert checked >= 6, "the copies' events are merged into shared events"
