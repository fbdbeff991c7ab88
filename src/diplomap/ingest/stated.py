"""Metadata an input states outright (JSON fields, feed elements, WARC headers): how to read it."""

from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser as dateutil_parser

from ..model import PartialDate, Sourced

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)?.*)?)?)?\s*$")


def stated_date(value: object) -> tuple[PartialDate, str | None] | None:
    """A published date as stated, at the precision stated, in the publisher's own time zone
    (converting to UTC would move a Seoul morning to the previous day). Returns (date, time)."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    m = _ISO.match(text)
    if m:
        year, month, day, clock = m.groups()
        if not 1800 <= int(year) <= 2200:
            return None
        if day and month:
            try:
                datetime(int(year), int(month), int(day))
            except ValueError:
                return None
            time = f"{year}-{month}-{day}T{clock}" if clock else None
            return PartialDate(f"{year}-{month}-{day}", "day"), time
        if month:
            return (PartialDate(f"{year}-{month}", "month"), None) if 1 <= int(month) <= 12 else None
        return PartialDate(year, "year"), None
    try:
        # RFC 822 dates of feeds and e-mail-like headers ("Wed, 13 Dec 2017 09:00:00 +0900")
        parsed = dateutil_parser.parse(text, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    if not 1800 <= parsed.year <= 2200:
        return None
    return PartialDate(parsed.strftime("%Y-%m-%d"), "day"), parsed.strftime("%Y-%m-%dT%H:%M:%S")


def put(metadata: dict[str, Sourced], name: str, value: object, source: str) -> None:
    """Record a stated metadata value unless empty or already known from a better source."""
    if value is None or name in metadata:
        return
    text = re.sub(r"\s+", " ", str(value)).strip()
    if text:
        metadata[name] = Sourced(text, source)
