"""Main text of HTML: whole pages through trafilatura (with a time limit), fragments through a
tolerant tag stripper whose lines then face the line filter (``clean.lines``)."""

from __future__ import annotations

import html as html_lib
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..errors import ExtractionTimeout

_DROP_ELEMENTS = re.compile(
    r"<(script|style|noscript|template|svg|iframe|form|button|select)\b.*?</\1\s*>", re.I | re.S
)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BLOCK = re.compile(
    r"</?(p|div|br|h[1-6]|li|ul|ol|blockquote|figure|figcaption|section|article|aside|header|"
    r"footer|nav|table|tr|pre|hr|dd|dt|dl)\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"<[^>]{0,2000}>")


def fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment, one block per line. Works on broken markup too (WordPress
    content whose opening tags were lost keeps its closing ``</p>``: each still ends a line)."""
    text = _COMMENT.sub(" ", fragment)
    text = _DROP_ELEMENTS.sub(" ", text)
    text = _BLOCK.sub("\n", text)
    text = _TAG.sub("", text)
    text = html_lib.unescape(text)
    return "\n".join(line.strip() for line in text.split("\n"))


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ExtractionTimeout after ``seconds``. Trafilatura's Python API has no timeout, so we
    use SIGALRM where we can (the main thread of a process: the local executor's workers); in
    other threads the extraction runs without a limit."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def _expired(signum: int, frame: object) -> None:
        raise ExtractionTimeout(f"main-text extraction took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(slots=True)
class PageExtraction:
    text: str  # one paragraph per line
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None
    url: str | None
    language: str | None


_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _trafilatura(page: str) -> PageExtraction | None:
    import trafilatura  # imported here: heavy, and only workers that see HTML need it

    result = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        date_extraction_params=_DATE_PARAMS,
        deduplicate=False,
    )
    if result is None:
        return None
    get = (lambda k: getattr(result, k, None)) if not isinstance(result, dict) else result.get
    text = get("text") or ""
    return PageExtraction(
        text,
        get("title"),
        get("author"),
        get("date"),
        get("sitename"),
        get("url"),
        get("language") or page_language(page),
    )


def _resiliparse_text(page: str) -> str | None:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse(page)
    text = extract_plain_text(
        tree,
        main_content=True,
        alt_texts=False,
        links=False,
        list_bullets=False,
        form_fields=False,
        noscript=False,
        comments=False,
    )
    return text or None


def extract_page(page: str, *, timeout_s: float, mode: str = "default") -> PageExtraction | None:
    """Main text and stated metadata of an HTML page; None when the page holds no article.

    ``fast`` mode takes resiliparse's main-content text (15× faster) and the metadata the page
    head states; trafilatura runs only where resiliparse found almost no text (< 80 words)."""
    with time_limit(timeout_s):
        if mode == "fast":
            text = _resiliparse_text(page)
            if text and _confident(text):
                return _head_metadata(page, text)
        return _trafilatura(page)


def _confident(text: str) -> bool:
    # Trafilatura costs ~20x resiliparse: call it only where resiliparse found almost nothing.
    return len(text.split()) >= 80


_META = re.compile(r"<meta\s[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_CANONICAL = re.compile(r"""<link\s[^>]*rel\s*=\s*["']canonical["'][^>]*>""", re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def _head_metadata(page: str, text: str) -> PageExtraction:
    """Stated metadata from the page head's <meta> tags (the fast path: no DOM, no heuristics)."""
    end = page.find("</head>", 0, 200_000)
    head = page[: end if end >= 0 else 60_000]
    found: dict[str, str] = {}
    for tag in _META.findall(head):
        attrs = {k.lower(): (a or b) for k, a, b in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and attrs.get("content") and key not in found:
            found[key] = html_lib.unescape(attrs["content"]).strip()
    title = found.get("og:title") or found.get("twitter:title")
    if not title and (m := _TITLE.search(head)):
        title = html_lib.unescape(re.sub(r"\s+", " ", m.group(1))).strip() or None
    url = found.get("og:url")
    if (m := _CANONICAL.search(head)) and (
        href := dict((k.lower(), a or b) for k, a, b in _ATTR.findall(m.group(0))).get("href")
    ):
        url = href
    date = next(
        (
            found[k]
            for k in (
                "article:published_time",
                "datepublished",
                "date",
                "dc.date",
                "pubdate",
                "publish-date",
                "sailthru.date",
            )
            if k in found
        ),
        None,
    )
    author = found.get("author") or found.get("article:author") or found.get("dc.creator")
    if author and author.startswith("http"):
        author = None
    return PageExtraction(text, title, author, date, found.get("og:site_name"), url, page_language(page))


_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)?", re.I)


def page_language(page: str) -> str | None:
    """The language a page states on its <html lang=…> element."""
    m = _HTML_LANG.search(page, 0, 20_000)
    return m.group(1).lower() if m else None
