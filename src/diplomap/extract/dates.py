"""Explicit dates written in a text: "27 August 2003", "December 2002", "in 2017", "since February".

The actor resolver uses them to know *when* a sentence speaks (the Russian foreign minister of
2003 is not the one of 2021); the event coder (issue 4) will add relative dates ("last week")
on top. Only what the text states is returned, at the precision it states it; a month without a
year takes its year from the context the caller passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ]
    )
    for name in names
}  # fmt: skip

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December" \
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"


def _month_group(name: str) -> str:
    return f"(?P<{name}>{_MONTHS})"


_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# Ordered: the most specific form first at each position.
_DATE = re.compile(
    rf"\b(?:(?P<iso>(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?)(?![\d-])"  # 2003-08-27, 2003-08
    rf"|{_DAY}\s+{_month_group('month')},?\s+{_YEAR}"  # 27 August 2003
    rf"|{_month_group('month2')}\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year2>(?:19|20)\d\d)"  # August 27, 2003
    rf"|{_month_group('month3')},?\s+(?P<year3>(?:19|20)\d\d)"  # August 2003
    rf"|(?P<year4>(?:19|20)\d\d)(?![-–/]\d)"  # 2003 (not 2003-04 or 2003/4 ranges)
    # a day and month without a year ("on 8 March", "On 22 August", "March 8"): the context's year
    rf"|{_DAY.replace('day', 'day6')}\s+{_month_group('month6')}(?!,?\s+\d)"
    rf"|(?:on|On|by|until|since)\s+{_month_group('month7')}\s+(?P<day7>[0-3]?\d)(?:st|nd|rd|th)?(?!,?\s*\d)"
    # a bare month needs a preposition: "May" alone may be a name; the verb "may" is lower case
    rf"|(?:in|In|since|until|by|from|last|next|this|early|mid|late|mid-)\s+{_month_group('month5')}(?!,?\s+\d))\b"
)

# A four-digit number that is no year: "1,500 troops", "the 2018 Winter Olympics" is a year.
_NOT_YEAR_BEFORE = re.compile(r"[\d,.$€£¥]$")


@dataclass(frozen=True, slots=True)
class TextDate:
    start: int
    end: int
    #: YYYY, YYYY-MM or YYYY-MM-DD; a month without a year takes ``context_year``
    value: str


def _month(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def find_dates(text: str, context_year: str | None = None) -> Iterator[TextDate]:
    """Explicit dates in ``text`` in order. A bare month ("since February") needs ``context_year``."""
    for m in _DATE.finditer(text):
        g = m.groupdict()
        if g["iso"]:
            value = g["iso"]
            if not 1 <= int(value[5:7]) <= 12:
                continue
        elif g["year"]:
            value = f"{g['year']}-{_month(g['month']):02d}-{int(g['day']):02d}"
        elif g["year2"]:
            value = f"{g['year2']}-{_month(g['month2']):02d}-{int(g['day2']):02d}"
        elif g["year3"]:
            value = f"{g['year3']}-{_month(g['month3']):02d}"
        elif g["year4"]:
            if _NOT_YEAR_BEFORE.search(text[max(0, m.start() - 1) : m.start()]):
                continue
            value = g["year4"]
        elif g["month6"] and context_year:
            value = f"{context_year}-{_month(g['month6']):02d}-{int(g['day6']):02d}"
        elif g["month7"] and context_year:
            value = f"{context_year}-{_month(g['month7']):02d}-{int(g['day7']):02d}"
        elif g["month5"] and context_year:
            value = f"{context_year}-{_month(g['month5']):02d}"
        else:
            continue
        if len(value) == 10 and not 1 <= int(value[8:]) <= 31:
            value = value[:7]
        yield TextDate(m.start(), m.end(), value)
