"""Metadata read from the page text itself: bylines, datelines, bios, "printed from" footers,
and the outlet's name in its own appeals and copyright lines."""

from __future__ import annotations

import re

from ..ingest.stated import stated_date
from ..model import PartialDate
from .lines import LineJudgement
from .outlets import OutletRegistry

_BYLINE = re.compile(r"^(?:by|written by|words by|author:?)\s+(.+?)\s*(?:\||,\s*(?:\w+day|\d)|-\s|–|—|$)", re.I)
_BIO_NAME = re.compile(r"^([A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]*){1,4})\s+(?:is|was)\s")
_AUTHOR_OF = re.compile(r"^([A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]*){1,4})\s+is\s+(?:the\s+)?(?:co-)?author\s+of\b")
_PRINTED_FROM = re.compile(r"printed from\s+(.+?)\s*\((https?://[^)\s]+)\)", re.I)
_COPYRIGHT_NAME = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"([A-Z][\w&.'’ -]{2,60}?)[.,]?\s*(?:all rights reserved|$)",
    re.I,
)
_DATE_WORDS = re.compile(r"^(published|posted|updated|last updated|first published|date)\s*(on|at)?\s*:?\s*", re.I)


def author_from_lines(j: LineJudgement) -> tuple[str, str] | None:
    for line, kind in zip(j.lines, j.kinds, strict=True):
        if kind == "byline":
            m = _BYLINE.match(line)
            if m:
                return m.group(1).strip(" ,.|"), "text:byline"
    for line, kind in zip(j.lines, j.kinds, strict=True):
        if kind == "bio":
            m = _BIO_NAME.match(line)
            if m:
                return m.group(1), "text:author-bio"
    for line in reversed(j.lines[-8:]):
        m = _AUTHOR_OF.match(line)
        if m:
            return m.group(1), "text:author-of-line"
    return None


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: A wire-copy dateline opening the first paragraph: "GENEVA, March 3, 2023 — …", "SEOUL, 25 March 2021 (Yonhap) -"
_WIRE_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'’-]{{1,40}}(?:,\s*[A-Z][A-Za-z .'’-]{{1,30}})?,\s+"
    rf"((?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}})|(?:\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}))\s*(?:\([^)]{{1,40}}\))?\s*[—–-]"
)


def published_from_lines(j: LineJudgement) -> tuple[PartialDate, str | None, str] | None:
    """A dateline stated in the page header, or a wire dateline opening the first paragraph
    (never a date inside the article or a caption)."""
    limit = j.body_start if j.body_start is not None else min(len(j.lines), 12)
    for i in range(min(limit + 1, len(j.lines))):
        if j.kinds[i] == "dateline":
            parsed = stated_date(_DATE_WORDS.sub("", j.lines[i]))
            if parsed:
                return parsed[0], parsed[1], "text:dateline"
    first = next((line for line, kind in zip(j.lines, j.kinds, strict=True) if line and kind is None), "")
    if (m := _WIRE_DATELINE.match(first)) and (parsed := stated_date(m.group(1))):
        return parsed[0], None, "text:wire-dateline"
    return None


_SELF_NAMING_KINDS = frozenset({"appeal", "comments", "copyright", "footer", "printed-from", "nav", "header"})


def outlet_from_lines(j: LineJudgement, registry: OutletRegistry) -> tuple[str, str, str | None] | None:
    """(outlet name, source, site URL) from lines where a site names itself."""
    for line, kind in zip(j.lines, j.kinds, strict=True):
        if kind == "printed-from":
            m = _PRINTED_FROM.search(line)
            if m:
                return m.group(1).strip(), "text:printed-from", m.group(2)
    for line, kind in zip(j.lines, j.kinds, strict=True):
        if kind == "copyright":
            m = _COPYRIGHT_NAME.search(line)
            if m and len(m.group(1).split()) <= 6:
                return m.group(1).strip(), "text:copyright", None
    # A registry outlet named in the site's own appeals and footers (not in captions or credits,
    # which name the photo's or the piece's source, nor in the article, which cites others).
    for line, kind in zip(j.lines, j.kinds, strict=True):
        if kind in _SELF_NAMING_KINDS:
            outlet = registry.named_in(line)
            if outlet:
                return outlet.name, f"text:{kind}", None
    return None
