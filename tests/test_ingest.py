"""Readers: decoding, format detection by content, and every structured format."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from diplomap.ingest.decode import Decoded, NotText, decode
from diplomap.ingest.detect import detect_format
from diplomap.ingest.stage import read_input
from diplomap.model import Draft, RawInput, Rejection

ARTICLE = (
    "North Korea launched a Hwasong-17 missile on 24 March 2022, its first full intercontinental "
    "test since 2017. Japan said the missile fell inside its exclusive economic zone."
)


def read(data: bytes, origin: str = "mem") -> list[Draft | Rejection]:
    return list(read_input(RawInput(origin, data), 10_000_000))


# --- decoding ------------------------------------------------------------------------------------


def test_ingest_decode_cp1252_is_repaired() -> None:
    result = decode("Moon\u2019s visit \u2014 a caf\u00e9 summit".encode("cp1252"))
    assert isinstance(result, Decoded)
    assert result.text == "Moon\u2019s visit \u2014 a caf\u00e9 summit"
    assert result.repaired


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_ingest_decode_utf16_and_utf32(codec: str) -> None:
    result = decode(ARTICLE.encode(codec))
    assert isinstance(result, Decoded) and result.text == ARTICLE


def test_ingest_decode_mojibake_is_fixed() -> None:
    broken = "Moon\u2019s".encode().decode("cp1252").encode()  # UTF-8 read as cp1252, saved again
    result = decode(broken)
    assert isinstance(result, Decoded) and result.text == "Moon\u2019s" and result.repaired


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "binary"),
        (b"%PDF-1.7 ...", "unsupported-format"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_ingest_decode_not_text(data: bytes, reason: str) -> None:
    result = decode(data)
    assert isinstance(result, NotText) and result.reason == reason


# --- detection -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("<p>One.</p><p>Two.</p><div>Three <a href='#'>link</a></div>", "html-fragment"),
        ('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "feed"),
        ('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
        ('{"title": "x", "text": "y"}', "json"),
        ('{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ('{"title":{"rendered":"x"},"content":{"rendered":"<p>cut', "wordpress-broken"),
        ("WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
        ("Plain words about a summit. <not a tag> More words.", "text"),
    ],
)
def test_ingest_detect_format_by_content(text: str, fmt: str) -> None:
    assert detect_format(text) == fmt


# --- WordPress -----------------------------------------------------------------------------------

POST = {
    "id": 17,
    "date": "2024-06-19T21:30:00",
    "date_gmt": "2024-06-19T12:30:00",
    "slug": "putin-in-pyongyang",
    "link": "https://wire.example/2024/06/putin-in-pyongyang/",
    "title": {"rendered": "Putin and Kim sign a partnership treaty"},
    "content": {
        "rendered": "<p>Vladimir Putin and Kim Jong Un signed a treaty in Pyongyang on 19 June "
        "2024 that commits each side to help the other if attacked.</p>\n<p>Seoul "
        "called the pact a threat to its security and summoned the Russian "
        "ambassador.</p>"
    },
    "author": 3,
    "yoast_head_json": {"author": "Lena Park", "og_site_name": "Wire Example"},
}


def test_ingest_wordpress_single_post() -> None:
    [draft] = read(json.dumps(POST).encode())
    assert isinstance(draft, Draft)
    assert draft.raw_format == "wordpress-json" and draft.body_kind == "fragment"
    assert draft.metadata["title"].value == "Putin and Kim sign a partnership treaty"
    assert draft.metadata["published"].value == "2024-06-19T21:30:00"
    assert draft.metadata["author"].value == "Lena Park"
    assert not draft.warnings


def test_ingest_wordpress_list_gives_one_document_each() -> None:
    second = dict(POST, id=18, link="https://wire.example/2024/06/other/")
    drafts = read(json.dumps([POST, second]).encode(), origin="posts.json")
    assert [d.origin for d in drafts] == ["posts.json#item-1", "posts.json#item-2"]


def test_ingest_wordpress_truncated_with_raw_newlines_is_recovered() -> None:
    text = json.dumps(POST).replace("\\n", "\n")  # literal newlines inside strings
    cut = text[: text.index("Seoul called") + 5]
    [draft] = read(cut.encode())
    assert isinstance(draft, Draft)
    assert draft.warnings == {"recovered-json", "truncated"}
    assert draft.metadata["title"].value == "Putin and Kim sign a partnership treaty"
    assert draft.metadata["url"].value == POST["link"]
    assert draft.metadata["slug"].value == "putin-in-pyongyang"
    assert "commits each side" in draft.body


def test_ingest_json_that_is_not_an_article_is_rejected() -> None:
    [rejection] = read(b'{"name": "my-app", "version": "1.0", "dependencies": {}}')
    assert isinstance(rejection, Rejection) and rejection.reason == "not-wordpress"
    assert "neither a WordPress post nor an article" in rejection.detail


def test_ingest_broken_json_is_rejected_with_reason() -> None:
    [rejection] = read(b'{"name": "my-app", "version": ')
    assert isinstance(rejection, Rejection) and rejection.reason == "invalid-json"


# --- JSONL ---------------------------------------------------------------------------------------


def test_ingest_jsonl_mapping_and_bad_lines() -> None:
    lines = [
        json.dumps(
            {
                "headline": "Missile test",
                "content": ARTICLE,
                "link": "https://a.example/1",
                "date_publish": "2022-03-24",
                "authors": ["A One", "B Two"],
                "source": "A Example",
            }
        ),
        "{not json",
        json.dumps({"title": "No body here"}),
        json.dumps({"title": "HTML body", "html": "<p>" + ARTICLE + "</p>"}),
    ]
    items = read("\n".join(lines).encode(), origin="f.jsonl")
    first, bad, empty, html = items
    assert isinstance(first, Draft) and first.metadata["author"].value == "A One; B Two"
    assert first.metadata["published"].source == "jsonl:date_publish"
    assert isinstance(bad, Rejection) and bad.reason == "invalid-json" and bad.origin == "f.jsonl#line-2"
    assert isinstance(empty, Rejection) and empty.reason == "no-text"
    assert isinstance(html, Draft) and html.body_kind == "fragment"


def test_ingest_jsonl_whose_first_record_is_longer_than_the_sniffed_head() -> None:
    long_body = " ".join([ARTICLE] * 40)  # a long wire story: the first line runs past 4 KB
    assert len(long_body) > 5000
    lines = [json.dumps({"title": f"Story {i}", "text": long_body, "url": f"https://a.example/{i}"}) for i in range(3)]
    items = read("\n".join(lines).encode(), origin="long.jsonl")
    assert len(items) == 3 and all(isinstance(i, Draft) for i in items)


# --- feeds ---------------------------------------------------------------------------------------

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Feed Example</title><link>https://feed.example/</link>
<item><title>ICBM launch</title><link>https://feed.example/icbm</link>
<pubDate>Thu, 24 Mar 2022 18:00:00 +0900</pubDate><dc:creator>Jo Kim</dc:creator>
<description>Short.</description>
<content:encoded><![CDATA[<p>{ARTICLE}</p>]]></content:encoded></item>
<item><title>Only a summary</title><link>https://feed.example/summary</link>
<description>A summary sentence that is all this item carries.</description></item>
</channel></rss>"""


def test_ingest_rss_items_with_full_content() -> None:
    first, second = read(RSS.encode(), origin="feed.xml")
    assert isinstance(first, Draft) and first.raw_format == "rss"
    assert "Hwasong-17" in first.body
    assert first.metadata["outlet"].value == "Feed Example"
    assert first.metadata["author"].value == "Jo Kim"
    assert first.metadata["published"].value.startswith("Thu, 24 Mar 2022")
    assert isinstance(second, Draft) and "summary sentence" in second.body


def test_ingest_atom_entry() -> None:
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Example</title>
<entry><title>Entry</title><link href="https://atom.example/e1"/><id>urn:e1</id>
<updated>2022-03-25T09:00:00Z</updated><author><name>Ana Li</name></author>
<content type="html">&lt;p&gt;{ARTICLE}&lt;/p&gt;</content></entry></feed>"""
    [entry] = read(atom.encode())
    assert isinstance(entry, Draft) and entry.raw_format == "atom"
    assert entry.metadata["url"].value == "https://atom.example/e1"


# --- WARC and gzip -------------------------------------------------------------------------------


def _warc_record(kind: str, uri: str, payload: bytes, extra: str = "") -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri + kind))}>\r\n"
        f"WARC-Date: 2024-06-20T00:00:00Z\r\nWARC-Target-URI: {uri}\r\n{extra}"
        f"Content-Length: {len(payload)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + payload + b"\r\n\r\n")


def test_ingest_warc_response_records() -> None:
    page = f"<html><head><title>T</title></head><body><article><p>{ARTICLE}</p></article></body></html>".encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    data = _warc_record(
        "request",
        "https://w.example/a",
        b"GET /a HTTP/1.1\r\n\r\n",
        "Content-Type: application/http; msgtype=request\r\n",
    ) + _warc_record("response", "https://w.example/a", http, "Content-Type: application/http; msgtype=response\r\n")
    [draft] = read(data, origin="crawl.warc.gz")
    assert isinstance(draft, Draft) and draft.raw_format == "html"
    assert draft.metadata["url"].value == "https://w.example/a"
    assert "published" not in draft.metadata  # the crawl date is not a publication date
    assert draft.origin == "crawl.warc.gz#record-2"


def test_ingest_gzip_is_undone_whatever_the_name() -> None:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as f:
        f.write(ARTICLE.encode())
    [draft] = read(buf.getvalue(), origin="x.dat")
    assert isinstance(draft, Draft) and draft.body == ARTICLE


def test_ingest_too_large_single_document() -> None:
    [rejection] = list(read_input(RawInput("big.txt", ARTICLE.encode() * 100), 1000))
    assert isinstance(rejection, Rejection) and rejection.reason == "too-large"
    assert "max_document_bytes" in rejection.detail


def test_ingest_wordpress_list_reports_an_item_that_is_not_a_post() -> None:
    items = read(json.dumps([POST, {"id": 3, "title": "oops"}]).encode(), origin="list.json")
    assert isinstance(items[0], Draft)
    assert isinstance(items[1], Rejection) and items[1].origin == "list.json#item-2"
    assert items[1].reason == "not-wordpress"


def test_ingest_truncated_wordpress_list_keeps_every_post_it_holds() -> None:
    second = dict(POST, id=18, link="https://wire.example/2024/06/other/", title={"rendered": "Second post"})
    text = json.dumps([POST, second])
    cut = text[: text.index("Seoul called", text.index("Second post")) + 5]
    first, recovered = read(cut.encode(), origin="list.json")
    assert isinstance(first, Draft) and not first.warnings and first.origin == "list.json#item-1"
    assert isinstance(recovered, Draft) and recovered.metadata["title"].value == "Second post"
    assert recovered.warnings == {"recovered-json", "truncated"} and recovered.origin == "list.json#item-2"


def test_ingest_repair_skips_clean_lines_and_equals_ftfy_on_the_whole_text() -> None:
    import ftfy

    from diplomap.ingest.decode import _FTFY, _repair

    good = "Seoul’s envoy said talks will resume — after a pause…"
    broken = good.encode("utf-8").decode("cp1252")  # "Seoulâ€™s envoy …"
    text = "\r\n".join([good, broken, "plain “ASCII” line", "Café in Zürich", broken + "\r", "• last"]) + "\n"
    fixed, repaired = _repair(text)
    assert fixed == ftfy.fix_text(text, config=_FTFY)  # what ftfy alone makes of the whole text
    assert repaired and fixed.count(good) == 3 and "\r" not in fixed
    assert _repair(good + "\n" + good) == (good + "\n" + good, False)
