"""The ``machine-spun-suspected`` warning: spun text is flagged from its own words, human news is not."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES, PAGE_DUMP, shared_path
from diplomap import api
from diplomap.config import Settings
from diplomap.model import EXTRACTION_WARNINGS
from diplomap.reuse import spun
from diplomap.reuse.spun import SPUN_VERSION, judge_spun
from diplomap.store import Store

# Written for these tests: a report put through a thesaurus spinner by hand, with the tells of one
# (broken fixed phrases, rare synonyms of plain news words, an article left as it was).
SPUN = """\
The prime clergyman of Japan and the overseas minister of South Korea gripped discussions in Tokyo on
Tuesday, the condition media uttered. The two heads consented to reinstate their atomic parleys and voiced
concern about Northern Korea's projectile missile examinations.

The UN Safety Council is predicted to encounter next week. A emissary remarked that the tranquillity
talks would recommence once both capitals had autographed the shared declaration.
"""

# Written for these tests: the same news as a reporter writes it.
HUMAN = """\
Japan's prime minister and South Korea's foreign minister held talks in Tokyo on Tuesday, state media
said. The two leaders agreed to restore their nuclear dialogue and voiced concern about North Korea's
ballistic missile tests.

The UN Security Council is expected to meet next week. An envoy said peace talks could resume once both
capitals had signed the joint declaration, which officials described as a first step.
"""


def test_a_spun_text_is_flagged_with_its_evidence() -> None:
    verdict = judge_spun(SPUN)
    assert verdict.suspected
    kinds = {s.split(":", 1)[0] for s in verdict.signals}
    assert {"phrase", "rare", "grammar"} <= kinds
    assert "phrase:prime clergyman" in verdict.signals and "phrase:UN Safety Council" in verdict.signals
    assert "grammar:A emissary" in verdict.signals


def test_the_same_news_written_plainly_is_not() -> None:
    verdict = judge_spun(HUMAN)
    assert not verdict.suspected and verdict.signals == ()
    assert not judge_spun(PAGE_DUMP).suspected


def test_one_slip_or_an_anachronism_alone_flags_nothing() -> None:
    # A writer may coin one odd phrase; the recogniser's anachronism alone may be its own error.
    assert not judge_spun("Officials said the overseas minister would visit.\n" + HUMAN).suspected
    assert not judge_spun(HUMAN, anachronisms=1).suspected
    assert judge_spun("", anachronisms=0) == spun.SpunVerdict(0.0, False, ())


def test_labels_and_silent_letters_are_not_article_slips() -> None:
    text = "Take vitamin a every day, plan a or b. It took an hour, an honest man, a union, a European, a one-off."
    assert not [s for s in judge_spun(text).signals if s.startswith("grammar")]


def test_fixed_phrases_and_allowed_variants_are_never_evidence() -> None:
    # The collocations themselves and the variants listed as real phrases must not match.
    for name in ("spun_collocations.txt", "spun_allow.txt"):
        for line in spun._lines(spun._read(name)):
            if " " in line:
                hits = [s for s in judge_spun(f"We read that {line} was here.").signals if s.startswith("phrase")]
                assert not hits, (name, line, hits)


def test_version_follows_the_word_lists() -> None:
    assert SPUN_VERSION.startswith("spun-1.") and len(SPUN_VERSION) == len("spun-1.") + 8
    assert "machine-spun-suspected" in EXTRACTION_WARNINGS


def test_judging_an_800_word_article_is_fast() -> None:
    article = " ".join([HUMAN.replace("\n", " ")] * 9)  # ≈ 800 words
    judge_spun(article)  # the word lists load once
    t0 = time.perf_counter()
    for _ in range(20):
        judge_spun(article)
    # The budget in extraction is 5 ms; a slow shared CI machine gets room.
    assert (time.perf_counter() - t0) / 20 < 0.02


def test_the_examples_corpus_is_not_flagged(tmp_path: Path) -> None:
    settings = Settings(store=str(tmp_path / "ex.duckdb"), progress=False)
    api.run([EXAMPLES], settings)
    with Store(settings.store, read_only=True) as store:
        docs = [d for d in store.documents() if "non-english" not in d.warnings]
    assert len(docs) > 10
    flagged = {d.origin: judge_spun(d.text).signals for d in docs if judge_spun(d.text).suspected}
    assert not flagged


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    folder = shared_path("corpus", "seeds")
    store = tmp_path_factory.mktemp("spun-seeds") / "seeds.duckdb"
    api.run([folder], Settings(store=str(store), progress=False), extract=True)
    with Store(store, read_only=True) as s:
        return {Path(d.origin).name[:3]: d.warnings for d in s.documents()}


@pytest.mark.shared
def test_seed_004_the_spun_rewrite_is_flagged(seeds: dict[str, set[str]]) -> None:
    assert "machine-spun-suspected" in seeds["004"]


@pytest.mark.shared
@pytest.mark.parametrize("seed", ["000", "001", "002", "003"])
def test_the_human_seeds_are_not_flagged(seed: str, seeds: dict[str, set[str]]) -> None:
    assert "machine-spun-suspected" not in seeds[seed]


def test_diplomap_run_puts_the_warning_on_the_document(tmp_path: Path) -> None:
    from test_cli import diplomap

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "spun.txt").write_text("Published: 2024-06-20\n\n" + SPUN, encoding="utf-8")
    (tmp_path / "in" / "human.txt").write_text("Published: 2024-06-20\n\n" + HUMAN, encoding="utf-8")
    store = str(tmp_path / "s.duckdb")
    ran = diplomap("run", str(tmp_path / "in"), "--store", store)
    assert ran.returncode == 0, ran.stderr
    listed = diplomap("documents", "--store", store, "--format", "jsonl")
    warnings = {Path(d["origin"]).name: d["warnings"] for d in map(json.loads, listed.stdout.splitlines())}
    assert "machine-spun-suspected" in warnings["spun.txt"]
    assert "machine-spun-suspected" not in warnings["human.txt"]
