"""WordPress REST API posts (``/wp-json/wp/v2/posts``): one object or a list, and their wrecks.

Metadata comes from the JSON fields; ``content.rendered`` is an HTML fragment cleaned later.
From invalid or truncated JSON (control characters inside strings, a response cut off in the
middle of the content) we recover the fields that are there, with the `recovered-json` warning
(and `truncated` when the content was cut).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from ..model import Draft, Rejection, Sourced, digest
from .stated import put

_STRING = r'"((?:[^"\\]|\\.)*)"'


def is_wordpress_post(obj: Any) -> bool:
    return (
        isinstance(obj, dict)
        and isinstance(obj.get("content"), dict)
        and "rendered" in obj["content"]
        and any(k in obj for k in ("slug", "link", "guid", "title"))
    )


def _author(obj: dict[str, Any]) -> str | None:
    # `author` is a numeric user id; names live in embedded or SEO fields when the API gave them.
    embedded = obj.get("_embedded", {}).get("author") if isinstance(obj.get("_embedded"), dict) else None
    if isinstance(embedded, list) and embedded and isinstance(embedded[0], dict) and embedded[0].get("name"):
        return str(embedded[0]["name"])
    yoast = obj.get("yoast_head_json")
    if isinstance(yoast, dict):
        if yoast.get("author"):
            return str(yoast["author"])
        twitter = yoast.get("twitter_misc")
        if isinstance(twitter, dict):
            for key, value in twitter.items():
                if key.lower().startswith("written by"):
                    return str(value)
    if isinstance(obj.get("author"), str) and not obj["author"].isdigit():
        return obj["author"]
    return None


def _site_name(obj: dict[str, Any]) -> str | None:
    yoast = obj.get("yoast_head_json")
    if isinstance(yoast, dict) and yoast.get("og_site_name"):
        return str(yoast["og_site_name"])
    return None


def _rendered(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("rendered")
    return str(value) if value else None


def _plain(value: str | None) -> str | None:
    """A rendered title as text: WordPress escapes quotes as entities (&#8216;) and may add tags."""
    return html.unescape(re.sub(r"<[^>]+>", "", value)) if value else None


def post_to_draft(obj: dict[str, Any], origin: str, raw: bytes) -> Draft:
    metadata: dict[str, Sourced] = {}
    put(metadata, "title", _plain(_rendered(obj.get("title"))), "json:title.rendered")
    put(metadata, "url", obj.get("link"), "json:link")
    put(metadata, "published", obj.get("date") or obj.get("date_gmt"), "json:date")
    put(metadata, "author", _author(obj), "json:author")
    put(metadata, "outlet", _site_name(obj), "json:yoast_head_json.og_site_name")
    put(metadata, "slug", obj.get("slug"), "json:slug")
    body = _rendered(obj.get("content")) or ""
    return Draft(origin, "wordpress-json", body, "fragment", digest(raw), metadata)


def _json_string(fragment: str) -> str:
    """Decode the inside of a JSON string leniently (literal newlines allowed, cut escapes dropped)."""
    fragment = re.sub(r"\\(u[0-9a-fA-F]{0,3})?$", "", fragment)  # an escape cut by truncation
    try:
        return json.loads(f'"{fragment}"', strict=False)
    except ValueError:
        return fragment.replace('\\"', '"').replace("\\/", "/")


def recover_post(text: str, origin: str, raw: bytes) -> Draft | None:
    """Salvage a WordPress post from JSON that does not parse. None if no content is there."""
    fields: dict[str, Any] = {}
    for key in ("date", "date_gmt", "link", "slug", "modified"):
        m = re.search(rf'"{key}"\s*:\s*{_STRING}', text)
        if m:
            fields[key] = _json_string(m.group(1))
    for key in ("title", "excerpt"):
        m = re.search(rf'"{key}"\s*:\s*\{{\s*"rendered"\s*:\s*{_STRING}', text, re.S)
        if m:
            fields[key] = {"rendered": _json_string(m.group(1))}
    truncated = False
    m = re.search(r'"content"\s*:\s*\{\s*"rendered"\s*:\s*"', text)
    if m:
        rest = text[m.end() :]
        end = re.search(r'(?<!\\)(?:\\\\)*"', rest)
        if end is None:
            truncated = True
            content = rest
        else:
            content = rest[: end.end() - 1]
        fields["content"] = {"rendered": _json_string(content)}
    elif "excerpt" in fields:
        truncated = True
        fields["content"] = fields["excerpt"]
    if not _rendered(fields.get("content")) and not fields.get("title"):
        return None
    fields.setdefault("content", {"rendered": ""})
    draft = post_to_draft(fields, origin, raw)
    draft.warnings.add("recovered-json")
    if truncated or not text.rstrip().endswith(("}", "]")):
        draft.warnings.add("truncated")
    return draft


def recover_posts(text: str, origin: str, raw: bytes) -> Iterator[Draft | Rejection]:
    """Salvage a broken WordPress response: one post, or a list whose complete posts parse and
    whose last (cut) post is recovered field by field."""
    start = len(text) - len(text.lstrip())
    if not text[start:].startswith("["):
        post = recover_post(text, origin, raw)
        if post is not None:
            yield post
        return
    decoder = json.JSONDecoder(strict=False)
    index, pos = 0, start + 1
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            return
        index += 1
        where = f"{origin}#item-{index}"
        try:
            obj, pos = decoder.raw_decode(text, pos)
        except ValueError:
            post = recover_post(text[pos:], where, text[pos:].encode())
            if post is not None:
                yield post
            else:
                yield Rejection(where, "invalid-json", f"item {index} of the list is cut before any content")
            return
        if is_wordpress_post(obj):
            # A whole post before the cut parses on its own: nothing about it was recovered.
            yield post_to_draft(obj, where, json.dumps(obj, sort_keys=True, ensure_ascii=False).encode())
        else:
            yield Rejection(where, "not-wordpress", f"item {index} of the list is not a WordPress post")
