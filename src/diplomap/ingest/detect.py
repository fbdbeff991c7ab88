"""Which reader a text needs, decided by its content (never by the file extension)."""

from __future__ import annotations

import json
import re
from typing import Literal

Format = Literal["warc", "json", "jsonl", "wordpress-broken", "feed", "xml-other", "html", "html-fragment", "text"]

_HTML_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_FEED = re.compile(r"<rss[\s>]|<feed[\s>][^>]*|<rdf:RDF[\s>]", re.I)
_TAG = re.compile(
    r"</?(?:p|div|br|span|a|h[1-6]|li|ul|ol|strong|em|b|i|blockquote|figure|figcaption|img|table|tr|td|section)\b[^>]*>",
    re.I,
)
_WORDPRESS_KEYS = re.compile(r'"(?:title|content)"\s*:\s*\{\s*"rendered"\s*:')


def looks_like_wordpress(text_head: str) -> bool:
    return bool(_WORDPRESS_KEYS.search(text_head))


def detect_format(text: str) -> Format:
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if head.startswith("WARC/1."):
        return "warc"
    if head[:1] in "{[":
        try:
            json.loads(text, strict=False)
            return "json"
        except (ValueError, RecursionError):
            pass
        # The first record of a JSONL file may be far longer than the head (a 700-word article).
        stripped = text.lstrip("\ufeff \t\r\n")
        first = stripped.split("\n", 1)[0].strip()
        if first.startswith("{"):
            try:
                json.loads(first)
                return "jsonl"
            except ValueError:
                pass
        if looks_like_wordpress(text[:20000]):
            return "wordpress-broken"
        return "json"  # broken JSON: the JSON reader says so with a clear reason
    lowered = head[:2048].lower()
    if lowered.startswith("<?xml") or _FEED.search(lowered):
        if _FEED.search(text[:4096]):
            return "feed"
        if not _HTML_PAGE.search(text[:4096]):
            return "xml-other"
    if _HTML_PAGE.search(text[:4096]):
        return "html"
    tags = len(_TAG.findall(text[:200_000]))
    if tags >= 3 and tags * 2000 >= min(len(text), 200_000):
        return "html-fragment"
    return "text"
