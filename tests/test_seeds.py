"""The five seed documents against the table in ../shared/corpus/README.md (skips without it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import shared_path
from diplomap import api
from diplomap.config import Settings
from diplomap.model import Document
from diplomap.store import Store

pytestmark = pytest.mark.shared

# The decided metadata of the corpus README (facts about the seeds, not their text).
EXPECTED = {
    "000": {
        "title_start": "Russia is planning to snatch South Korea",
        "published": None,
        "outlet": None,
        "url": None,
        "author": None,
        "estimate": "2021",
    },
    "001": {
        "title_start": "South Korea’s diplomatic balancing act with Russia",
        "published": None,
        "outlet": "East Asia Forum",
        "url": None,
        "author": "Anthony V Rinna",
        "estimate": "2021",
    },
    "002": {
        "title_start": "How South Korea can respond to warming North Korea-Russia relations",
        "published": "2023-10-11",
        "outlet": "Korea Pro",
        "url": "https://koreapro.org/2023/10/how-south-korea-can-respond-to-warming-north-korea-russia-relations/",
        "author": None,
        "estimate": None,
    },
    "003": {
        "title_start": "South Korea’s History Making Geo-Political Pivot Frightens US",
        "published": None,
        "outlet": "Popular Resistance",
        "url": None,
        "author": None,
        "estimate": "2017",
    },
    "004": {
        "title_start": None,
        "published": None,
        "outlet": None,
        "url": None,
        "author": "Scott Snyder",
        "estimate": None,
    },
}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Document]:
    folder = shared_path("corpus", "seeds")
    store = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    summary = api.run([folder], Settings(store=str(store), progress=False))
    assert summary.stored == 5
    with Store(store, read_only=True) as s:
        return {Path(d.origin).name[:3]: d for d in s.documents()}


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seeds_metadata_match_the_corpus_readme(seed: str, seeds: dict[str, Document]) -> None:
    doc, want = seeds[seed], EXPECTED[seed]
    if want["title_start"] is None:
        assert doc.title is None and "no-title" in doc.warnings
    else:
        assert doc.title is not None and doc.title.startswith(want["title_start"])
    assert (doc.published.value if doc.published else None) == want["published"]
    assert doc.outlet == want["outlet"]
    assert doc.url == want["url"]
    assert doc.author == want["author"]
    if want["estimate"]:
        assert doc.published_estimate is not None and doc.published_estimate.value == want["estimate"]
        assert doc.estimate_reason


def test_seeds_002_is_recovered_from_truncated_json(seeds: dict[str, Document]) -> None:
    assert {"recovered-json", "truncated"} <= seeds["002"].warnings
    assert seeds["002"].published_time == "2023-10-11T17:00:17"


def test_seeds_line_labels_hold(seeds: dict[str, Document]) -> None:
    """Every line hand-labelled `keep` in bench/data/seed_lines.json is in the text; every `drop`
    is not (labels by offsets into the seed files, written before the filter was tuned)."""
    import json

    labels = json.loads((Path(__file__).resolve().parent.parent / "bench" / "data" / "seed_lines.json").read_text())
    folder = shared_path("corpus", "seeds")
    problems = []
    for name, entries in labels.items():
        raw = (folder / name).read_text(encoding="utf-8")
        text = re.sub(r"\s+", " ", seeds[name[:3]].text)
        for e in entries:
            line = re.sub(r"\s+", " ", raw[e["start"] : e["end"]]).strip()
            if not line or e["label"] == "title":
                continue
            present = line in text
            if (e["label"] == "keep") != present:
                problems.append(
                    f"{name[:3]} line {e['line']}: labelled {e['label']}, {'kept' if present else 'dropped'}"
                )
    assert not problems, "\n".join(problems)
