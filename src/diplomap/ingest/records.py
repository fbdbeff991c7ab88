"""Article objects in JSON and JSONL: the documented field mapping.

The first field present (and non-empty) wins:

| diplomap | JSON fields |
|---|---|
| text (plain) | text, content, body, article, maintext, article_text |
| text (HTML)  | html, content_html, body_html |
| title        | title, headline |
| url          | url, link, canonical_url, source_url |
| published    | published, date, date_publish, published_at, pubDate, datePublished |
| author       | author, authors (a list is joined with "; "), byline, creator |
| outlet       | outlet, source, site_name, publisher, source_domain |
| language     | language, lang |

A value that is an object with a ``name`` or ``rendered`` field uses that field.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..model import Draft, Rejection, Sourced, digest
from .stated import put

TEXT_FIELDS = ("text", "content", "body", "article", "maintext", "article_text")
HTML_FIELDS = ("html", "content_html", "body_html")
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url", "source_url"),
    "published": ("published", "date", "date_publish", "published_at", "pubDate", "datePublished"),
    "author": ("author", "authors", "byline", "creator"),
    "outlet": ("outlet", "source", "site_name", "publisher", "source_domain"),
    "language": ("language", "lang"),
}


def _scalar(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("rendered")
    if isinstance(value, list):
        names = [_scalar(v) for v in value]
        value = "; ".join(n for n in names if n)
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    return text or None


def looks_like_article(obj: Any) -> bool:
    return isinstance(obj, dict) and any(_scalar(obj.get(f)) for f in TEXT_FIELDS + HTML_FIELDS)


def article_from_object(obj: dict[str, Any], origin: str, raw: bytes, raw_format: str) -> Draft | Rejection:
    body_kind = "text"
    body = next((v for f in TEXT_FIELDS if (v := _scalar(obj.get(f)))), None)
    if body is None:
        body = next((v for f in HTML_FIELDS if (v := _scalar(obj.get(f)))), None)
        body_kind = "fragment"
    if body is None:
        fields = ", ".join(TEXT_FIELDS + HTML_FIELDS)
        return Rejection(origin, "no-text", f"no article text: none of the fields {fields} is present")
    metadata: dict[str, Sourced] = {}
    for name, candidates in FIELDS.items():
        for key in candidates:
            value = _scalar(obj.get(key))
            if value:
                put(metadata, name, value, f"{raw_format}:{key}")
                break
    return Draft(origin, raw_format, body, body_kind, digest(raw), metadata)  # type: ignore[arg-type]


def read_jsonl(text: str, origin: str) -> Iterator[Draft | Rejection]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}#line-{number}"
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield Rejection(where, "invalid-json", f"line {number} is not valid JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            yield Rejection(where, "not-wordpress", f"line {number} is a JSON {type(obj).__name__}, not an object")
            continue
        yield article_from_object(obj, where, line.encode(), "jsonl")
