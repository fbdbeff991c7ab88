"""When: an event's date from its clause, the sentence or the document, and whether it is
historical."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date as Date
from datetime import timedelta
from functools import cached_property
from typing import Any

from ...model import EventReport
from ..dates import MONTHS, TextDate, find_dates
from .grammar import _ancestors, _present_tense
from .state import _SentenceState
from .vocabulary import _COUNTED_BACK, _COUNTS, _FUTURE_AUX, _HISTORICAL_MONTHS, _RELATIVE, _SPAN_UNITS, _WEEKDAYS

#: a year written in a date phrase ("June 2020", "2020-06"): the phrase's own year, not the context's
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d")

#: how far before the document a year-less month or day of an act still to come may lie and keep the
#: document's year; further back it is next year's ("visits China in January", in December)
_AHEAD_MONTHS = 6


class _Dating(_SentenceState):
    """When: an event's date from its clause, the sentence or the document, and whether it is historical."""

    def _dated_subjects(self, t: Any, report: EventReport) -> list[EventReport]:
        """"Egypt, in 1979, and Jordan, in 1994, signed peace treaties with Israel": coordinated
        subjects that each carry their own date acted separately, each at its own time: one report
        per subject, dated by the date written after it (before the next subject or the verb)."""
        if len(report.actors) < 2 or report.joint:
            return [report]
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > t.i:
            return [report]
        spans = sorted((m.start - self.start, m.end - self.start, m.code) for m in {
            id(m): m for i, m in self.party_at.items() if subject.left_edge.i <= i < t.i}.values())  # fmt: skip
        doc_date = self.published or self.estimate
        year = doc_date.value[:4] if doc_date else None
        dated: dict[str, str] = {}
        for k, (_, end, code) in enumerate(spans):
            stop = spans[k + 1][0] if k + 1 < len(spans) else t.idx
            found = list(find_dates(self.sentence[end:stop], year))
            if found and code:
                dated[code] = found[0].value
        if len(dated) < 2 or set(dated) != {a.code for a in report.actors}:
            return [report]
        out = []
        for actor in report.actors:
            date = dated[actor.code]
            precision = _precision(date)
            out.append(replace(report, actors=(actor,), date=date, date_precision=precision, date_source="text",
                               historical=self._historical(date, "text"), rule=f"{report.rule}+dated-subject",
                               id=hashlib.sha256(f"{report.id}:{actor.code}".encode()).hexdigest()[:16]))  # fmt: skip
        return out

    @cached_property
    def _stated_dates(self) -> list[TextDate]:
        """The dates the sentence states (a year-less one in the document's year), found once per
        sentence: each report's date, the base of "earlier" and the status's own dates all read them."""
        doc_date = self.published or self.estimate
        return list(find_dates(self.sentence, doc_date.value[:4] if doc_date else None))

    def _date(self, t: Any, status: str | None = None) -> tuple[str | None, str | None, str | None]:
        """(date, precision, source) of the event; ``status`` "planned" lets a year-less month turn
        into next year's (events-18 review)."""
        doc_date = self.published or self.estimate
        year = doc_date.value[:4] if doc_date else None
        found = self._stated_dates
        when = self._when_clause_month(t, found, year)
        if when is not None:
            value = self._year_around(t, when, status == "planned")
            return value, _precision(value), "text"
        own = self._counted_back(t, own=True) or self._span_apart(t)
        if own:
            return own  # ("which Tokyo had imposed six months earlier" below "protested in March 2021")
        stated = [d for d in found if not self.sentence[d.start : d.end].startswith("since")]
        stated = self._dates_of_clause(t, stated)
        if stated:
            nearest = min(stated, key=lambda d: abs(d.start - t.idx))
            value = self._year_around(t, nearest, status == "planned")
            precision = _precision(value)
            return value, precision, "text"
        relative = self._counted_back(t) or self._relative(t, ahead=status == "planned")
        if relative:
            return relative
        return self._document_date()

    def _when_clause_month(self, t: Any, found: list[Any], year: str | None) -> Any:
        """"The deal builds on August, when Libya agreed to compensate the families": a relative
        "when" clause on a month's name happened in that month (the date found there, or the bare
        month with the document's year when no preposition made it a date phrase)."""
        clause = next((a for a in [t, *_ancestors(t, 6)] if a.dep_ == "relcl"), None)
        if clause is None or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
            return None
        head = clause.head
        if head.text.lower() not in MONTHS or year is None:
            return None
        written = next((d for d in found if d.start <= head.idx < d.end), None)
        if written is None and not (head.text[:1].isupper() and head.pos_ == "PROPN"):
            return None  # "condemned the march, when …": a month is a capitalised proper noun (events-18 review)
        return written or TextDate(head.idx, head.idx + len(head.text), f"{year}-{MONTHS[head.text.lower()]:02d}")

    def _year_around(self, t: Any, d: Any, planned: bool = False) -> str:
        """A month or day written without its year ("in June", "on May 3") takes the document's year,
        but not across New Year: told of a past act ("imposed in December") in a piece of an earlier
        month (January) it is last year's; told of an act to come, planned, future or in the present
        ("will meet on January 10", "visits China in January") more than ``_AHEAD_MONTHS`` before the
        document (December) it is next year's (events-18 review)."""
        written = self.sentence[d.start : d.end]
        if _YEAR_WRITTEN.search(written) or written.split()[0].lower() in ("next", "this"):
            return d.value
        # (an event noun's tense is that of the verb it hangs on: "when Morocco expressed support in
        # July", "held talks in July"; a noun further down keeps its own time: "discussed the agenda
        # of NATO's summit in July" is this year's summit, events-19)
        told = t.head if t.pos_ in ("NOUN", "PROPN") and t.head.pos_ in ("VERB", "AUX") else t
        if self._after_document(d.value) and _past_tense(told):
            return f"{int(d.value[:4]) - 1:04d}{d.value[4:]}"
        if (planned or _ahead_tense(t)) and self._long_before_document(d.value):
            return f"{int(d.value[:4]) + 1:04d}{d.value[4:]}"
        return d.value

    def _long_before_document(self, date: str) -> bool:
        """Whether a date ends more than ``_AHEAD_MONTHS`` before the document's first day."""
        doc_date = self.published or self.estimate
        return doc_date is not None and _last_day(date) < _months_before(_first_day(doc_date.value), _AHEAD_MONTHS)

    def _date_governor(self, offset: int, t: Any = None) -> tuple[Any, Any]:
        """The word at a sentence offset (a date's or a span's first) and the verb that governs it, or
        ``t`` where ``t`` comes first; (None, None) where no word starts there."""
        word = next((w for w in self.doc if w.idx <= offset < w.idx + max(len(w.text), 1)), None)
        if word is None:
            return None, None
        return word, next((a for a in _ancestors(word, 8) if a.pos_ in ("VERB", "AUX") or
                           (t is not None and a.i == t.i)), None)  # fmt: skip

    def _dates_of_clause(self, t: Any, stated: list[Any]) -> list[Any]:
        """The dates that may date ``t``: not one inside a clause of another verb below it ("agreed
        to restore the channels, which Beijing cut after Pelosi visited Taiwan in August 2022": the
        date is the visit's); of the rest, those of ``t``'s own verb or a verb above it when any."""
        verb = _verb_of(t) or t
        above = {verb.i, t.i, *(a.i for a in _ancestors(verb, 6))}
        below = {w.i for w in verb.subtree}
        own, rest = [], []
        for d in stated:
            word, governor = self._date_governor(d.start, t)
            if word is None:
                rest.append(d)
                continue
            if governor is None or governor.i in above:
                own.append(d)
            elif governor.i not in below and not _in_relative_clause(governor, above):
                rest.append(d)  # (a date of another clause beside it: kept as before, by distance)
        return own or rest

    def _document_date(self) -> tuple[str | None, str | None, str | None]:
        if self.published:
            return self.published.value, self.published.precision, "published"
        if self.estimate:
            return self.estimate.value, self.estimate.precision, "estimate"
        return None, None, None

    def _after_document(self, date: str | None) -> bool:
        doc_date = self.published or self.estimate
        if date is None or doc_date is None:
            return False
        n = min(len(date), len(doc_date.value))  # compare at the coarser of the two precisions
        return date[:n] > doc_date.value[:n]

    def _counted_back(self, t: Any, own: bool = False) -> tuple[str, str, str] | None:
        """"expelled two years ago", "the decision, which Washington had announced six months
        earlier": a span counted from a date, when the phrase is of ``t``'s own clause or one above it
        (not "Putin, who annexed Crimea seven years ago, said on Tuesday"). "ago" counts back from the
        document's date; "earlier", "before" and "later" from the date the text states in a governing
        clause or, failing that, the sentence just before ("In 2015 France expelled … Britain had
        expelled … six months earlier" is not six months before the document: events-18 review), and
        where the text states no date there, from the document's date (a story told in its own
        present: "protested against the sanctions, which Tokyo had imposed six months earlier").
        Days keep the day; weeks and months give the month, years the year, each no finer than its
        base allows ("two years ago" in a piece dated March 2021: 2019).
        ``own``: only a span of ``t``'s own verb, which comes before a date stated above it."""
        if not _COUNTED_BACK.search(self.sentence):
            return None
        verb = _verb_of(t) or t
        above = {verb.i, t.i} if own else {verb.i, t.i, *(a.i for a in _ancestors(verb, 6))}
        for m in _COUNTED_BACK.finditer(self.sentence):
            _, governor = self._date_governor(m.start())
            if governor is None or governor.i not in above:
                continue
            direction = m["direction"].lower()
            base = self._document_base() if direction == "ago" else self._narrative_base(verb, m.start())
            if base is None:
                return None
            count = int(m["count"]) if m["count"].isdigit() else _COUNTS[m["count"].lower()]
            value = _counted(base, count if direction == "later" else -count, m["unit"].lower())
            # (source "text": the span is written, so the date is the text's and D1 decides "historical")
            return (value, _precision(value), "text") if value else None
        return None

    def _span_apart(self, t: Any) -> tuple[str, str, str] | None:
        """"annexed the peninsula on March 18, weeks after Russian forces seized control of it",
        "landed on Tuesday, nearly nine months after the Security Council authorised a mission": a
        clause of time that states no date of its own is dated by its span from the act it dates
        (a bare plural, "weeks", counts three; "nearly nine" eight), not by that act's date
        (events-19)."""
        verb = _verb_of(t) or t
        mark = next((c.lower_ for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        span = next((c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _SPAN_UNITS), None)
        if verb.dep_ != "advcl" or mark is None or span is None or verb.head.i == verb.i:
            return None
        if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in span.children):
            return None  # ("this week after both countries ordered out the envoys": a time, no span)
        if any(verb.i in self._governors_up(d.start) for d in self._stated_dates):
            return None  # ("weeks after Russia invaded Ukraine in February": its own date)
        base = self._date(verb.head)
        if base[2] not in ("text", "relative") or base[0] is None:
            return None
        number = next((c for c in span.children if c.dep_ == "nummod"), None)
        if number is None:
            count = 3 if span.tag_ == "NNS" else 1  # ("weeks after", "a day after")
        elif number.lower_.isdigit() or number.lower_ in _COUNTS:
            count = int(number.lower_) if number.lower_.isdigit() else _COUNTS[number.lower_]
        else:
            return None
        words = [w for h in (span, number) if h is not None for w in h.children]
        if count > 1 and any(w.dep_ == "advmod" and w.lower_ in ("nearly", "almost") for w in words):
            count -= 1
        value = _counted(base[0], count if mark == "before" else -count, span.lemma_.lower())
        return (value, _precision(value), "text") if value else None

    def _governors_up(self, offset: int) -> set[int]:
        """The words above the word at a sentence offset (a date's first), itself included."""
        word, _ = self._date_governor(offset)
        return {word.i, *(a.i for a in _ancestors(word, 8))} if word is not None else set()

    def _document_base(self) -> str | None:
        """The document's date, the base of "ago"."""
        return self.published.value if self.published else None  # (not an estimate: a guess counts nothing)

    def _narrative_base(self, verb: Any, span: int) -> str | None:
        """The base of "earlier" or "later": a date stated in a clause above ``verb`` (not the span's
        own), else the last date the sentence just before stated of one of its events, else the
        document's date (nothing stated: the story's time is its publication's)."""
        above = {a.i for a in _ancestors(verb, 6)}
        for d in self._stated_dates:
            _, governor = self._date_governor(d.start)
            if d.start != span and governor is not None and governor.i in above:
                return self._year_around(governor, d)
        stated = [r for r in self._previous_sentence_reports() if r.date_source == "text" and r.date]
        return max(stated, key=lambda r: r.trigger_start).date if stated else self._document_base()

    def _relative(self, t: Any, ahead: bool = False) -> tuple[str, str, str] | None:
        """A date told relative to the document's day ("on Friday", "yesterday", "next month"); a
        weekday is the last one before the document, or with ``ahead`` (a planned event: "would take
        place on Friday") the first one from the document's day on, the one nearest the trigger when
        the sentence names several, unless it dates a clause above the event's (events-19)."""
        if self.published is None or self.published.precision != "day":
            return None
        base = Date.fromisoformat(self.published.value)
        matches = list(_RELATIVE.finditer(self.sentence))
        if ahead:
            # ("said on Tuesday that Russia would hold talks": the saying's; an event noun's own verb,
            # "hold talks on Monday", "the talks would take place on Monday", is no clause above it)
            above = {a.i for a in _ancestors(_verb_of(t) or t, 6)}
            days = [m for m in matches if m.group("weekday") and (m.group("on") or "").lower() != "last"
                    and getattr(self._date_governor(m.start(), t)[1], "i", None) not in above]  # fmt: skip
            if days:
                m = min(days, key=lambda d: abs(d.start() - t.idx))
                forward = (_WEEKDAYS.index(m.group("weekday").lower()) - base.weekday()) % 7
                return (base + timedelta(days=forward)).isoformat(), "day", "relative"
        for m in matches:
            g = m.groupdict()
            if g["owner"]:
                # "Kyiv condemned Monday's attack": the weekday dates the act it owns, nothing else
                word, _ = self._date_governor(m.start())
                if word is None or word.head.i != t.i:
                    continue
                owner = _WEEKDAYS.index(g["owner"].lower())
                # (of a planned act the one ahead: "Monday's talks will take place in Istanbul", review)
                shift = (owner - base.weekday()) % 7 if ahead else -((base.weekday() - owner) % 7)
                return (base + timedelta(days=shift)).isoformat(), "day", "relative"
            if g["weekday"]:
                target = _WEEKDAYS.index(g["weekday"].lower())
                back = (base.weekday() - target) % 7
                if g["on"] and g["on"].lower() == "last":
                    back = back or 7
                day = base - timedelta(days=back)
                return day.isoformat(), "day", "relative"
            if g["yesterday"]:
                return (base - timedelta(days=1)).isoformat(), "day", "relative"
            if g["today"]:
                return base.isoformat(), "day", "relative"
            if g["unit"]:
                # "met Wang Yi ahead of next week's summit": the time dates the act it owns, nothing
                # else, as "Monday's attack" (review 19b)
                unit = self._date_governor(m.start("unit"))[0] if g["owned"] else None
                if g["owned"] and (unit is None or unit.head.i != t.i):
                    continue
                step = {"last": -1, "next": 1}.get(g["rel"].split()[0].lower(), 0)
                if g["unit"] == "week":
                    return (base + timedelta(days=7 * step)).isoformat()[:7], "month", "relative"
                if g["unit"] == "month":
                    month = base.month - 1 + step
                    return f"{base.year + month // 12}-{month % 12 + 1:02d}", "month", "relative"
                return str(base.year + step), "year", "relative"
        return None

    def _historical(self, date: str | None, source: str | None) -> bool:
        """Background history: an event the text dates wholly more than three calendar months before
        the document (the gold set's rule D1: a month counts by its last day, a year by 31 December;
        a document dated only to a month or year counts from its first day)."""
        doc_date = self.published or self.estimate
        if date is None or doc_date is None or source != "text":
            return False
        return _last_day(date) < _months_before(_first_day(doc_date.value), _HISTORICAL_MONTHS)


def _precision(value: str) -> str:
    """The precision of an ISO date of any length ("2024", "2024-06", "2024-06-20")."""
    return {4: "year", 7: "month", 10: "day"}[len(value)]


def _verb_of(t: Any) -> Any:
    """``t`` when it is a verb, else the verb above it (an event noun's: "talks" in "held talks"), or
    None within six steps."""
    if t.pos_ in ("VERB", "AUX"):
        return t
    return next((a for a in _ancestors(t, 6) if a.pos_ in ("VERB", "AUX")), None)


def _past_tense(t: Any) -> bool:
    """``t`` tells a past act: a verb in the past tense or a perfect, with no modal or "to"."""
    if t.pos_ not in ("VERB", "AUX") or any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to")
                                            for c in t.children):  # fmt: skip
        return False
    # (the parser tags many a relative clause's past "which the EU imposed" VBN; a participle with an
    # agent, "brokered by Qatar", tells a past act too)
    return t.tag_ == "VBD" or (t.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass", "nsubj", "agent")
                                                       for c in t.children))  # fmt: skip


def _ahead_tense(t: Any) -> bool:
    """``t`` (or the verb above it) tells an act to come or under way: a future ("will meet") or the
    present ("visits", "is visiting"), not a past or a perfect."""
    verb = _verb_of(t)
    if verb is None or _past_tense(verb):
        return False
    return _present_tense(verb) or any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children)


def _counted(base: str, count: int, unit: str) -> str | None:
    """A date of any precision moved by a signed count of units, as precise as both ends of its span agree
    and no finer than the unit: days keep the day, weeks and months the month, years the year
    ("2015" less six months is 2014-07 … 2015-06: no one year, None)."""
    ends = []
    for day in (_first_day(base), _last_day(base)):
        if unit in ("day", "week"):
            ends.append((day + timedelta(days=count * (7 if unit == "week" else 1))).isoformat())
        else:
            index = day.year * 12 + day.month - 1 + count * (12 if unit == "year" else 1)
            ends.append(f"{index // 12:04d}-{index % 12 + 1:02d}")
    finest = {"day": 10, "week": 7, "month": 7, "year": 4}[unit]
    for n in (10, 7, 4):
        if n <= finest and ends[0][:n] == ends[1][:n] and len(ends[0]) >= n:
            return ends[0][:n]
    return None


def _in_relative_clause(governor: Any, above: set[int]) -> bool:
    """A date in a relative clause of another word ("Erdogan, who brokered the deal in July 2022,
    said the two leaders would discuss it"; "backing the movement, which Algeria designated a
    terrorist group in May, and criticised Israel") dates that clause's act only."""
    for w in [governor, *_ancestors(governor, 8)]:
        if w.i in above:
            return False
        if w.dep_ in ("relcl", "acl"):
            return True
    return False


def _first_day(value: str) -> Date:
    """The first day of a date of any precision ("2024", "2024-06", "2024-06-20")."""
    if len(value) == 10:
        return _last_day(value)  # (a day is its own first and last)
    return Date(int(value[:4]), int(value[5:7]) if len(value) == 7 else 1, 1)


def _last_day(value: str) -> Date:
    """The last day of a date of any precision: a year's 31 December, a month's last day. A day
    the calendar does not have ("February 30", as a text may write it) counts as its month's last."""
    if len(value) == 4:
        return Date(int(value), 12, 31)
    year, month = int(value[:4]), int(value[5:7])
    last = Date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last if len(value) == 7 else last.replace(day=min(int(value[8:10]), last.day))


def _months_before(day: Date, months: int) -> Date:
    """``day`` moved back by calendar months, kept inside the shorter month (31 May → 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = _last_day(f"{year:04d}-{month + 1:02d}").day
    return Date(year, month + 1, min(day.day, last))
