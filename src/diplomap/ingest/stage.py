"""The read stage: RawInput → Draft (one per article in the input) or Rejection."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from ..model import Draft, RawInput, Rejection, digest
from ..pipeline import BaseStage, RunContext
from .decode import Decoded, decode
from .detect import detect_format
from .feed import read_feed
from .records import article_from_object, looks_like_article, read_jsonl
from .sources import GZIP_MAGIC, gunzip, is_gzipped_warc
from .warc import read_warc
from .wordpress import is_wordpress_post, post_to_draft, recover_posts

Item = Draft | Rejection


class ReadStage(BaseStage):
    name: ClassVar[str] = "read"
    requires: ClassVar[frozenset[str]] = frozenset({"raw"})
    provides: ClassVar[frozenset[str]] = frozenset({"draft"})

    def process(self, record: RawInput, ctx: RunContext) -> Iterable[Item]:
        return read_input(record, ctx.settings.max_document_bytes, ctx)


def _too_large(origin: str, size: int, limit: int) -> Rejection:
    return Rejection(
        origin, "too-large", f"{size:,} bytes is over max_document_bytes={limit:,} (raise it with --max-document-bytes)"
    )


def read_input(raw: RawInput, limit: int, ctx: RunContext | None = None) -> Iterator[Item]:
    data = raw.data
    if data[:2] == GZIP_MAGIC and not is_gzipped_warc(data):
        try:
            data = gunzip(data)
        except (ValueError, zlib.error, EOFError) as exc:
            yield Rejection(raw.origin, "unreadable", f"broken gzip data: {exc}")
            return
    if data.startswith(b"WARC/") or data[:2] == GZIP_MAGIC:
        for record in read_warc(data, raw.origin):
            if isinstance(record, str):
                if ctx is not None:
                    ctx.stats.add(record)
            elif isinstance(record, RawInput):
                yield from read_input(record, limit, ctx)
            else:
                yield record
        return
    decoded = decode(data)
    if not isinstance(decoded, Decoded):
        yield Rejection(raw.origin, decoded.reason, decoded.detail)
        return
    text = decoded.text
    fmt = detect_format(text)
    drafts: Iterable[Item]
    if fmt == "jsonl":
        drafts = read_jsonl(text, raw.origin)
    elif fmt == "feed":
        drafts = read_feed(text, raw.origin)
    elif len(data) > limit:
        drafts = [_too_large(raw.origin, len(data), limit)]
    elif fmt == "json":
        drafts = _read_json(text, raw.origin, data)
    elif fmt == "wordpress-broken":
        drafts = list(recover_posts(text, raw.origin, data)) or [
            Rejection(raw.origin, "invalid-json", "WordPress JSON with no recoverable content")
        ]
    elif fmt == "xml-other":
        drafts = [Rejection(raw.origin, "unsupported-format", "XML that is neither RSS nor Atom nor XHTML")]
    else:
        kind = {"html": "html", "html-fragment": "fragment"}.get(fmt, "text")
        raw_format = {"html": "html", "html-fragment": "html-fragment"}.get(fmt, "text")
        drafts = [Draft(raw.origin, raw_format, text, kind, digest(data))]  # type: ignore[arg-type]
    for item in drafts:
        if isinstance(item, Draft):
            if len(item.body.encode()) > limit:
                yield _too_large(item.origin, len(item.body.encode()), limit)
                continue
            for key, value in raw.known.items():
                item.metadata.setdefault(key, value)
            if decoded.repaired:
                item.warnings.add("encoding-repaired")
        yield item


def _read_json(text: str, origin: str, data: bytes) -> Iterator[Item]:
    try:
        obj: Any = json.loads(text, strict=False)
    except (ValueError, RecursionError) as exc:
        yield Rejection(origin, "invalid-json", f"not valid JSON and no WordPress post to recover: {exc}")
        return
    items = obj if isinstance(obj, list) else [obj]
    many = isinstance(obj, list)
    found = False
    for index, item in enumerate(items, start=1):
        where = f"{origin}#item-{index}" if many else origin
        raw = json.dumps(item, sort_keys=True, ensure_ascii=False).encode() if many else data
        if is_wordpress_post(item):
            found = True
            yield post_to_draft(item, where, raw)
        elif looks_like_article(item):
            found = True
            yield article_from_object(item, where, raw, "json")
        elif many:
            yield Rejection(
                where, "not-wordpress", f"item {index} of the list is neither a WordPress post nor an article object"
            )
    if not found and not many:
        shape = (
            f"a list of {len(items)} items"
            if many
            else "an object with keys " + ", ".join(sorted(obj)[:8] if isinstance(obj, dict) else [type(obj).__name__])
        )
        yield Rejection(
            origin, "not-wordpress", f"JSON that is neither a WordPress post nor an article object ({shape})"
        )
