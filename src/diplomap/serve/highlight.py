"""A document's text as HTML with its spans marked, built on the server.

Offsets in the store are Python string indices (code points, CONTRACTS.md); JavaScript strings
count UTF-16 units, so an emoji before a mention would shift every span drawn in the browser.
Slicing here, in Python, keeps the offsets exact. Every piece of text is escaped; the only markup
is the tags made below, with escaped attribute values.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from urllib.parse import quote, urlsplit

from ..model import EventReport, Mention

#: nesting order, outermost first: a copied passage holds event sentences, which hold mentions
LAYERS = ("reuse", "event", "trigger", "mention")


@dataclass(frozen=True, slots=True)
class Span:
    """One marked span: ``layer`` (see LAYERS), code-point offsets, the tag's attributes, and
    ``lead``: markup put once before the span opens (a link to the source of a copied passage)."""

    start: int
    end: int
    layer: str
    attrs: tuple[tuple[str, str], ...] = ()
    lead: str = ""
    #: an element id for the span's first piece (a target for links from the tables)
    anchor: str | None = None


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None (``javascript:``, ``data:``, relative junk are never
    rendered as links)."""
    if not url:
        return None
    text = url.strip()
    if any(ord(c) < 0x20 or c in "\x7f<>\"'`" for c in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text


def document_href(document_id: str) -> str:
    return "/document/" + quote(document_id, safe="")


def _open(span: Span, first: bool) -> str:
    attrs = [("class", span.layer), *span.attrs]
    if first and span.anchor:
        attrs.append(("id", span.anchor))
    return "<mark " + " ".join(f'{k}="{esc(v)}"' for k, v in attrs) + ">"


def render(text: str, spans: Iterable[Span]) -> str:
    """``text`` with every span wrapped in ``<mark class=LAYER …>`` (overlapping spans are cut at
    each other's boundaries so the HTML stays well formed)."""
    order = {name: i for i, name in enumerate(LAYERS)}
    n = len(text)
    valid = sorted(
        (s for s in spans if 0 <= s.start < s.end <= n),
        key=lambda s: (order.get(s.layer, len(order)), s.start, -s.end),
    )
    bounds = sorted({0, n, *(s.start for s in valid), *(s.end for s in valid)})
    out: list[str] = []
    started: set[int] = set()
    for x, y in pairwise(bounds):
        active = [i for i, s in enumerate(valid) if s.start <= x and s.end >= y]
        for i in active:
            if i not in started and valid[i].lead:
                out.append(valid[i].lead)
        out.extend(_open(valid[i], i not in started) for i in active)
        started.update(active)
        out.append(esc(text[x:y]))
        out.append("</mark>" * len(active))
    return "".join(out)


def document_spans(mentions: Sequence[Mention], events: Sequence[EventReport],
                   reuse: Sequence[SharedPassages]) -> list[Span]:  # fmt: skip
    """The spans of the document page: actor mentions, event sentences and their triggers, and
    passages shared with other documents."""
    spans: list[Span] = []
    for m in mentions:
        detail = " · ".join(x for x in (m.code or "unresolved", m.sector, m.person, m.role) if x)
        spans.append(Span(m.start, m.end, "mention", (("title", detail), ("data-code", m.code or ""))))
    for e in events:
        parties = "+".join(a.code or "?" for a in e.actors)
        to = "+".join(r.code or "?" for r in e.recipients)
        title = f"{e.cameo} {parties}{' → ' + to if to else ''} ({e.status}, {e.date or 'undated'})"
        spans.append(Span(e.start, e.end, "event", (("title", title),), anchor=f"r-{e.id}"))
        if e.trigger_start is not None and e.trigger_end is not None:
            spans.append(Span(e.trigger_start, e.trigger_end, "trigger"))
    for shared in reuse:
        title = f"{shared.relation}: {shared.label} {shared.other_title or shared.other}"
        for start, end, other_start, _ in shared.passages:
            href = f"{document_href(shared.other)}#p-{other_start}"
            lead = (f'<a class="reuse-link" href="{esc(href)}" title="{esc(title)}">'
                    f"[{esc(shared.label)} {esc(shared.other_title or shared.other[:12])}]</a>")  # fmt: skip
            spans.append(Span(start, end, "reuse", (("title", title),), lead=lead, anchor=f"p-{start}"))
    return spans


@dataclass(frozen=True, slots=True)
class SharedPassages:
    """A `reuse` row seen from one document: the other document, how they relate, and each
    passage as (start, end) here and (start, end) there."""

    other: str
    other_title: str | None
    relation: str
    #: "source" when the other document is the earlier one, "copy" when this one is, else "shared"
    role: str
    passages: tuple[tuple[int, int, int, int], ...]
    share_here: float
    share_other: float

    @property
    def label(self) -> str:
        return {"source": "copied from", "copy": "copied into"}.get(self.role, "shared with")
