"""The line filter, main text, and metadata read from text."""

from __future__ import annotations

import pytest

from conftest import PAGE_DUMP
from diplomap.clean.estimate import estimate_date
from diplomap.clean.html import fragment_to_text
from diplomap.clean.lines import article_paragraphs, classify_line, judge_lines
from diplomap.clean.stage import clean_draft
from diplomap.model import Document, Draft, Rejection, digest


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("[AD:SIDEBAR]", "ad"),
        ("Advertisement", "ad"),
        ("Read more: Why the summit failed", "crosslink"),
        ("Related: Seoul's new envoy", "crosslink"),
        ("Reading Time: 4 mins", "reading-time"),
        ("6 min read", "reading-time"),
        ("Share", "share"),
        ("Share this article", "share"),
        ("• A", "widget"),
        ("Comments are closed.", "comments"),
        ("Leave a Reply", "comments"),
        ("Article printed from Some Site (https://some.example)", "printed-from"),
        ("Copyright © 2023 Some Site. All rights reserved.", "copyright"),
        ("Skip to content", "nav"),
        ("Back to top", "nav"),
        ("The two leaders at the summit (Photo: A. Person/Pool)", "caption"),
        ("Photo: Ministry of Foreign Affairs", "caption"),
        ("Tags: North Korea, Russia", "tagline"),
        ("Korea, Russia, Ukraine War, Long Reads,", "tagline"),
        ("By Mina Kowalski", "byline"),
        ("Sign up for our weekly newsletter", "appeal"),
        ("Donate", "appeal"),
        ("Published 16 March 2023", "dateline"),
        ("March 16, 2023", "dateline"),
    ],
)
def test_lines_classify_furniture(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Absolutely not.",
        "Seoul summoned the Russian ambassador on Friday.",
        "The fund said donations from Japan rose, while the newsletter of the ministry was silent.",
        "Russia, China and North Korea held talks in Beijing.",
        "GREAT POWER POLITICS",
        "President Moon said the two countries would share a future.",
    ],
)
def test_lines_article_sentences_are_not_furniture(line: str) -> None:
    assert classify_line(line) is None


def test_lines_page_dump_header_footer_and_title() -> None:
    j = judge_lines(PAGE_DUMP)
    assert j.title_index is not None and j.lines[j.title_index] == "Seoul and Tokyo mend a frayed relationship"
    text = "\n\n".join(article_paragraphs(j))
    assert text.startswith("President Yoon Suk Yeol flew to Tokyo")
    assert text.endswith("compensation for forced labour.")
    for furniture in (
        "Skip to content",
        "Harbour Notes",
        "[AD:TOP]",
        "Reading Time",
        "Share",
        "Tweet",
        "Read more",
        "contributing editor",
        "Comments are closed",
        "donate",
        "Copyright",
    ):
        assert furniture not in text
    assert text.count("\n\n") == 4  # five paragraphs


def test_lines_repeated_line_keeps_first_copy() -> None:
    para = "The two governments agreed to resume their security dialogue after a long pause."
    j = judge_lines(f"{para}\nA second sentence follows here and ends the piece.\n{para}")
    assert article_paragraphs(j) == [para, "A second sentence follows here and ends the piece."]


def test_lines_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "The foreign ministers met in Seoul on Thursday and\nagreed to keep talking about the "
        "sanctions regime.\n\nA new paragraph starts here and it ends here."
    )
    assert article_paragraphs(judge_lines(text)) == [
        "The foreign ministers met in Seoul on Thursday and agreed to keep talking about the sanctions regime.",
        "A new paragraph starts here and it ends here.",
    ]


def test_lines_corpus_furniture_hashes_drop_lines() -> None:
    from diplomap.clean.lines import line_hash

    text = "A sentence of the article that is long enough to count.\nOur partners make this site possible."
    j = judge_lines(text, furniture_hashes={line_hash("our partners make this site possible")})
    assert article_paragraphs(j) == ["A sentence of the article that is long enough to count."]


def test_clean_fragment_with_lost_opening_tags() -> None:
    fragment = (
        "Kim Jong Un travelled <\\/span>by armoured train<\\/span><\\/a> to Vladivostok.<\\/p>\n"
        "He met Putin on 25 April 2019.<\\/p>"
    ).replace("\\/", "/")
    assert fragment_to_text(fragment).split("\n") == [
        "Kim Jong Un travelled by armoured train to Vladivostok.",
        "",
        "He met Putin on 25 April 2019.",
        "",
    ]


def _draft(body: str, kind: str = "text", **meta: str) -> Draft:
    from diplomap.model import Sourced

    return Draft(
        "t",
        "text" if kind == "text" else "html",
        body,
        kind,
        digest(body.encode()),  # type: ignore[arg-type]
        {k: Sourced(v, "test") for k, v in meta.items()},
    )


def test_clean_text_dump_metadata_with_provenance() -> None:
    doc = clean_draft(_draft(PAGE_DUMP))
    assert isinstance(doc, Document)
    assert doc.title == "Seoul and Tokyo mend a frayed relationship"
    assert doc.author == "Mina Kowalski" and doc.provenance["author"] == "text:byline"
    assert doc.published is not None and doc.published.value == "2023-03-16"
    assert doc.provenance["published"] == "text:dateline"
    assert doc.outlet == "Harbour Notes" and doc.provenance["outlet"] == "text:copyright"
    assert doc.language == "en" and not doc.warnings


def test_clean_html_page_through_trafilatura() -> None:
    paragraphs = "".join(
        f"<p>{s}</p>"
        for s in [
            "Moon Jae-in arrived in Beijing on 13 December 2017 for a four-day state visit to China.",
            "The visit followed months of Chinese economic pressure over the deployment of THAAD.",
            "Xi Jinping and Moon agreed that war must never again break out on the Korean peninsula.",
            "The two leaders also witnessed the signing of agreements on trade and the environment.",
        ]
    )
    page = (
        "<html><head><title>Moon in Beijing | Desk Example</title>"
        '<meta property="og:title" content="Moon in Beijing">'
        '<meta property="og:site_name" content="Desk Example">'
        '<meta property="article:published_time" content="2017-12-14T10:00:00+09:00">'
        '<meta name="author" content="Sam Rhee">'
        '<link rel="canonical" href="https://desk.example/moon-beijing"></head><body>'
        '<nav><a href="/">Home</a><a href="/world">World</a></nav>'
        f"<article><h1>Moon in Beijing</h1>{paragraphs}</article>"
        "<footer>Copyright 2017 Desk Example</footer></body></html>"
    )
    doc = clean_draft(_draft(page, kind="html"))
    assert isinstance(doc, Document)
    assert doc.title == "Moon in Beijing" and doc.outlet == "Desk Example" and doc.author == "Sam Rhee"
    assert doc.url == "https://desk.example/moon-beijing"
    assert doc.published is not None and doc.published.value == "2017-12-14"
    assert len(doc.paragraphs) == 4 and "Home" not in doc.text


def test_clean_html_without_article_is_rejected() -> None:
    page = "<html><body><nav><a href='/'>Home</a> <a href='/x'>News</a></nav><footer>(c) 2020</footer></body></html>"
    result = clean_draft(_draft(page, kind="html"))
    assert isinstance(result, Rejection) and result.reason == "no-article"


def test_clean_non_english_is_stored_with_language() -> None:
    text = (
        "Le président sud-coréen Moon Jae-in a rencontré Xi Jinping à Pékin le 14 décembre 2017. "
        "Les deux dirigeants ont promis de renforcer la coopération économique entre leurs pays."
    )
    doc = clean_draft(_draft(text))
    assert isinstance(doc, Document) and doc.language == "fr" and "non-english" in doc.warnings


@pytest.mark.parametrize(
    ("text", "year", "why"),
    [
        ("Under President Joe Biden, Washington kept its distance. Talks stalled in 2020.", "2021", "Joe Biden"),
        ("The deal was signed in 2017. It could be finalised in 2019.", "2017", "2017"),
        ("Nothing here is dated at all.", None, None),
    ],
)
def test_clean_estimate_is_a_marked_lower_bound(text: str, year: str | None, why: str | None) -> None:
    found = estimate_date(text)
    if year is None:
        assert found is None
    else:
        assert found is not None and found[0].value == year and why in found[1]


def test_clean_extraction_time_limit_interrupts_and_rejects() -> None:
    import time

    from diplomap.clean.html import time_limit
    from diplomap.errors import ExtractionTimeout

    with pytest.raises(ExtractionTimeout), time_limit(0.05):
        time.sleep(1)
    page = "<html><body>" + "<div><p>Seoul and Tokyo held talks on trade and security today.</p></div>" * 20000
    result = clean_draft(_draft(page + "</body></html>", kind="html"), timeout_s=0.001)
    assert isinstance(result, Rejection) and result.reason == "extraction-timeout"


def test_clean_fast_mode_reads_text_and_head_metadata() -> None:
    sentences = " ".join(f"Sentence {i} says that the envoys of both Koreas met again at Panmunjom." for i in range(12))
    page = (
        '<html lang="en"><head><meta property="og:title" content="Envoys meet again">'
        '<meta property="article:published_time" content="2018-06-01T09:00:00+09:00">'
        '<meta name="author" content="Kim Ara"><link rel="canonical" href="https://fast.example/envoys"></head>'
        f"<body><nav>Home | World</nav><article><p>{sentences}</p><p>{sentences}</p></article></body></html>"
    )
    doc = clean_draft(_draft(page, kind="html"), mode="fast")
    assert isinstance(doc, Document)
    assert doc.title == "Envoys meet again" and doc.author == "Kim Ara"
    assert doc.published is not None and doc.published.value == "2018-06-01"
    assert doc.url == "https://fast.example/envoys" and doc.language == "en"
    assert doc.provenance["language"] == "html:lang" and "Home | World" not in doc.text


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "GENEVA, March 3, 2023 — Foreign ministers of the two countries met on Friday to discuss the border.",
            "2023-03-03",
        ),
        ("SEOUL, 25 March 2021 (Yonhap) - South Korea and Russia held talks today in the capital city.", "2021-03-25"),
        ("Seoul said on March 3, 2023 that talks were held there with officials from Russia.", None),
    ],
)
def test_clean_wire_dateline_states_the_date(text: str, published: str | None) -> None:
    doc = clean_draft(_draft(text))
    assert isinstance(doc, Document)
    assert (doc.published.value if doc.published else None) == published
    if published:
        assert doc.provenance["published"] == "text:wire-dateline"


def test_lines_article_keeps_its_closing_list_and_last_short_sentence() -> None:
    para = (
        "The two foreign ministers agreed to meet every quarter and to open a hotline between "
        "their ministries before the end of the year, officials said on Friday."
    )
    dump = "\n".join([
        "Home", "World", "Politics", "", "Ministers agree on a hotline", "",
        para, "", para.replace("quarter", "month"), "", "The meetings planned so far:",
        "March 3 - Seoul, foreign ministry", "June 9 - Tokyo, Iikura House", "September 14 - Busan, APEC house",
        "", "“We will talk more,” Park said.", "", "Share", "Most read", "Ten things to do in Busan",
        "Copyright 2024 Example Wire",
    ])  # fmt: skip
    kept = article_paragraphs(judge_lines(dump))
    assert kept[0] == para and kept[-1] == "“We will talk more,” Park said."
    assert "June 9 - Tokyo, Iikura House" in kept
    assert not {"Home", "Share", "Most read", "Ten things to do in Busan"} & set(kept)
