"""RSS 2.0, RSS 1.0 and Atom feeds through feedparser: one document per item.

The full content (``content:encoded``, Atom ``content``) is used where present, else the
summary. The feed's own title names the outlet unless an item says otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import feedparser

from ..model import Draft, Rejection, Sourced, digest
from .stated import put


def _body(entry: Any) -> tuple[str, str] | None:
    best: tuple[int, str, str] | None = None
    for content in entry.get("content", []) or []:
        value = content.get("value") or ""
        kind = "fragment" if "html" in (content.get("type") or "html") else "text"
        if value.strip() and (best is None or len(value) > best[0]):
            best = (len(value), value, kind)
    if best is None:
        summary = entry.get("summary") or ""
        if summary.strip():
            detail = entry.get("summary_detail") or {}
            kind = "fragment" if "html" in (detail.get("type") or "html") else "text"
            best = (len(summary), summary, kind)
    return (best[1], best[2]) if best else None


def read_feed(text: str, origin: str) -> Iterator[Draft | Rejection]:
    parsed = feedparser.parse(text)
    kind = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        detail = f"no items ({problem})" if problem else "a feed with no items"
        yield Rejection(origin, "invalid-feed" if problem else "no-text", detail)
        return
    feed_title = (parsed.get("feed") or {}).get("title")
    for index, entry in enumerate(entries, start=1):
        where = f"{origin}#item-{index}"
        body = _body(entry)
        if body is None:
            yield Rejection(where, "no-text", "feed item without content or summary")
            continue
        metadata: dict[str, Sourced] = {}
        put(metadata, "title", entry.get("title"), f"{kind}:title")
        put(metadata, "url", entry.get("link"), f"{kind}:link")
        put(metadata, "published", entry.get("published") or entry.get("updated"), f"{kind}:published")
        put(metadata, "author", entry.get("author"), f"{kind}:author")
        put(metadata, "outlet", feed_title, f"{kind}:feed-title")
        # Items have no bytes of their own in a parsed feed: identify them by what they say.
        identity = json.dumps(
            [entry.get("id"), entry.get("link"), entry.get("title"), body[0]], ensure_ascii=False
        ).encode()
        yield Draft(where, kind, body[0], body[1], digest(identity), metadata)  # type: ignore[arg-type]
