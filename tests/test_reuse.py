"""Text reuse: exact copies, near duplicates and copied passages (own texts, a real store)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import shared_path
from diplomap import api
from diplomap.config import Settings
from diplomap.errors import DiplomapError
from diplomap.reuse import find_reuse
from diplomap.store import Store
from test_cli import diplomap

WIRE = (
    "Russian Foreign Minister Sergei Lavrov held talks with South Korean Foreign Minister Chung Eui-yong in Seoul "
    "on Thursday, the first visit by a Russian foreign minister in eight years. The two men agreed that dialogue "
    "with North Korea should resume and that the two countries would deepen cooperation in energy, fisheries and "
    "public health. Lavrov said Moscow was ready to help connect the railways of the two Koreas to the "
    "Trans-Siberian line once sanctions allowed it, and invited his counterpart to visit Moscow next year."
)
OTHER = (
    "Japan and South Korea agreed on Monday to resume regular visits between their leaders after a gap of twelve "
    "years. Officials in Tokyo said the decision followed months of quiet talks between the two foreign "
    "ministries over wartime labour compensation, an issue that had frozen relations since 2018."
)
OPINION = (
    "Seoul has spent decades choosing between Washington and Beijing, and it has rarely looked north for "
    "partners. That habit may be changing. "
)


def _ids(pairs: list) -> dict[tuple[str, str], str]:
    return {(p.a, p.b): p.relation for p in pairs}


def test_exact_near_and_passage_are_told_apart() -> None:
    near = "MOSCOW DESK | Share this story\n" + WIRE.replace("deepen", "expand") + "\nSubscribe to our newsletter"
    passage = OPINION * 3 + WIRE.split(". ")[1] + ". " + OPINION * 4
    docs = [("a-wire", WIRE, "2021-03-25"), ("b-copy", WIRE, "2021-03-26"), ("c-near", near, None),
            ("d-opinion", passage, "2021-04-02"), ("e-other", OTHER, None)]  # fmt: skip
    found = find_reuse(docs)
    kinds = _ids(found)
    assert kinds[("a-wire", "b-copy")] == "exact"
    assert kinds[("a-wire", "c-near")] == "near-duplicate"
    assert kinds[("a-wire", "d-opinion")] == "passage-reuse"
    assert not any("e-other" in pair for pair in kinds), "a different story on a related topic is no copy"
    reused = next(p for p in found if (p.a, p.b) == ("a-wire", "d-opinion"))
    [span] = reused.passages
    assert WIRE[span.a_start : span.a_end] == passage[span.b_start : span.b_end]
    assert reused.share_a > reused.share_b, "containment: the copied sentence is most of neither, more of the source"
    assert reused.earlier == "a" and next(p for p in found if p.relation == "exact").earlier == "a"


def test_passages_survive_curly_quotes_and_case() -> None:
    source = "The minister said “we will not accept this” and left the room after an hour of tense talks in Seoul."
    copy = OPINION * 3 + "THE MINISTER SAID \"WE WILL NOT ACCEPT THIS\" AND LEFT THE ROOM AFTER AN HOUR. " + OTHER
    [pair] = find_reuse([("a", source, None), ("b", copy, None)])
    assert pair.relation == "passage-reuse" and pair.passages


def test_run_stores_reuse_once_and_forget_unlinks(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire.txt").write_text("Title: Lavrov in Seoul\nDate: 2021-03-25\n\n" + WIRE, encoding="utf-8")
    (folder / "op.txt").write_text("Title: Looking north\nDate: 2021-04-02\n\n" + OPINION * 3 + WIRE.split(". ")[1]
                                   + ". " + OPINION * 3, encoding="utf-8")  # fmt: skip
    first = api.run([folder], settings, extract=True)
    assert first.reuse_pairs == 1
    again = api.run([folder], settings, extract=True)
    assert again.reuse_pairs is None, "nothing changed: reuse is not recomputed"
    [pair] = api.reuse_pairs(settings)
    assert pair["relation"] == "passage-reuse" and pair["passages"]
    assert api.forget(pair["a"], settings)
    assert api.reuse_pairs(settings) == []
    listed = diplomap("reuse", "--store", settings.store, "--format", "jsonl")
    assert listed.returncode == 0 and listed.stdout == ""


@pytest.mark.shared
def test_seed_000_reuses_passages_of_001(tmp_path: Path, settings: Settings) -> None:
    seeds = shared_path("corpus", "seeds")
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name in ("000_8b1f4b9e27a1ab20.txt", "001_01e41315353b4520.txt"):
        (folder / name).write_bytes((seeds / name).read_bytes())
    api.run([folder], settings, extract=False)
    with Store(settings.store) as store:
        pairs = api.update_reuse(store)
        rows = store.reuse()
    assert pairs == 1 and rows[0]["relation"] == "passage-reuse"
    assert len(rows[0]["passages"]) >= 2
    assert json.dumps(rows[0])


def test_embed_without_the_extra_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from diplomap.reuse import embed

    monkeypatch.setattr(embed, "available", lambda: False)  # as on an install without the extra
    settings = Settings(store=str(tmp_path / "s.duckdb"), progress=False, embed=True)
    with pytest.raises(DiplomapError, match=r"\.\[embed\]"):
        api.run([tmp_path], settings, extract=True)
    assert not Path(settings.store).exists(), "it fails before anything is read or stored"


def test_sentence_table_is_each_sentences_set_of_content_words() -> None:
    import numpy as np

    from diplomap.reuse.detect import _SENTENCE, STOP_WORDS, shingled
    from diplomap.reuse.shingles import word_hashes, words

    text = ("Seoul and Tokyo agreed on Tuesday to resume their shuttle diplomacy. The talks, the first in years,\n"
            "ran late!  Officials said the leaders would meet again in Busan next spring, and again in Osaka.\n\n"
            "Short one. It was the talks' third round and the talks’ longest round of talks so far?")  # fmt: skip
    # The reference: each sentence's distinct content words as strings, sentences under four left out.
    sets = [frozenset(f for f in words(s).forms if f not in STOP_WORDS) for s in _SENTENCE.split(text)]
    sets = [s for s in sets if len(s) >= 4]
    pairs = sorted((int(h), i) for i, s in enumerate(sets) for h in word_hashes(sorted(s)))
    table = shingled("d", text).sentences
    assert table.sizes.tolist() == [len(s) for s in sets] and len(sets) == 3
    assert list(zip(table.ids.tolist(), table.rows.tolist(), strict=True)) == pairs
    assert table.ids.dtype == np.uint64 and table.rows.dtype == np.int64
    for bare in ("", "   ", "The and of it.", "!!!"):  # no content word: an empty table
        empty = shingled("d", bare).sentences
        assert len(empty) == 0 and len(empty.ids) == 0 and empty.ids.dtype == np.uint64
