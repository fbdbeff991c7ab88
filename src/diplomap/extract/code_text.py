"""Code one text on the spot, with no store: its actors, its event reports and, per clause, why the
coder read it or passed it by (``diplomap code``; README "Trying a sentence").

A run reads a document's cleaned text this way (``ExtractStage.process``); here the text is taken
as given, so a user writing a lexicon entry or an actor file can see at once what a sentence
becomes, and why a sentence gives nothing: no recognised actor, no word of the lexicon, or a
parse that no sense fits (``--parse`` shows it)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import takewhile
from pathlib import Path
from typing import Any

from ..errors import DiplomapError
from ..model import DatePrecision, EventReport, Mention, PartialDate, digest, document_id
from .events import EventCoder
from .events.diagnose import UnreadWord, unread_words, usable_mentions
from .recognise import ActorRecogniser

# ASCII digits only: ``\d`` would take other scripts' digits, which no later step reads
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def partial_date(value: str | PartialDate) -> PartialDate:
    """``2024``, ``2024-06`` or ``2024-06-19`` as a date at that precision; anything else is refused."""
    if isinstance(value, PartialDate):
        return value
    m = _DATE.fullmatch(value.strip())
    try:
        if m is None:
            raise ValueError
        year, month, day = (int(g) if g is not None else None for g in m.groups())
        # (a month 0 or 13, a day 0 or a 30 February is refused here)
        date(year or 0, month if month is not None else 1, day if day is not None else 1)
    except ValueError:
        raise DiplomapError(f"not a date: {value!r} (give 2024, 2024-06 or 2024-06-19)") from None
    precision: DatePrecision = "day" if day is not None else "month" if month is not None else "year"
    return PartialDate(value.strip(), precision)


#: what a parsed clause with no report and no lexicon word left unread is told
NOTHING_READ = ("no word of it was read as a verb or noun of the lexicon (the gate saw a form of one; --parse shows "
                "how the parser tagged it)")


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a parsed clause, as the coder reads it."""

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int

    def to_json(self) -> dict[str, object]:
        return {"i": self.i, "text": self.text, "lemma": self.lemma, "pos": self.pos, "tag": self.tag,
                "dep": self.dep, "head": self.head}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Clause:
    """A span the coder reads on its own (a sentence, or part of a long one), and what came of it."""

    start: int
    end: int
    #: the recognised actors in it, as "text=CODE"
    actors: tuple[str, ...]
    #: the places named in it, as "text=CODE" (a place makes no party, but may place a group in it)
    places: tuple[str, ...]
    #: why the gate passed it by; None when it was parsed
    passed_by: str | None
    #: how many event reports it gave
    reports: int
    #: its parse, when the clause was parsed
    tokens: tuple[Token, ...] = ()
    #: the lexicon verbs in it that gave no report, each with the step that stopped it
    unread: tuple[UnreadWord, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "actors": list(self.actors), "places": list(self.places),
                "parsed": self.passed_by is None, "passed_by": self.passed_by, "report_count": self.reports,
                "unread": [w.to_json() for w in self.unread], "tokens": [t.to_json() for t in self.tokens]}  # fmt: skip


@dataclass(frozen=True, slots=True)
class CodedText:
    """A text's actors and event reports, with the clauses they came from."""

    text: str
    document_id: str
    mentions: tuple[Mention, ...]
    reports: tuple[EventReport, ...]
    clauses: tuple[Clause, ...]


class TextCoder:
    """The recogniser and the event coder of a run, loaded once, for texts given one at a time."""

    def __init__(self, actor_files: Sequence[Path] = (), lexicon_texts: Sequence[tuple[str, str]] = ()) -> None:
        self.recogniser = ActorRecogniser(actor_files)
        self.coder = EventCoder(lexicon_texts=lexicon_texts)

    def code(self, text: str, published: str | PartialDate | None = None, *, explain: bool = True) -> CodedText:
        """Code ``text`` as a run codes a document's cleaned text published on ``published``
        (``2024-06-19`` or a ``PartialDate``; relative dates such as "on Tuesday" need it, without it
        they stay unknown). The text is taken as it is: not cleaned, not split into a title and a
        body, its language not checked. ``explain``: the lexicon words that gave no report, each
        with why (``Clause.unread``); the clause is coded a second time for it."""
        if not text.strip():
            raise DiplomapError("no text to code")
        published = partial_date(published) if published is not None else None
        # the id a document of these bytes with no URL would have: report ids as stable as a run's
        doc_id = document_id(url=None, content_digest=digest(text.encode("utf-8")))
        mentions, _ = self.recogniser.recognise_with_warnings(text, doc_id, published.value if published else None,
                                                              places=True)  # fmt: skip
        reports = self.coder.code(text, mentions, doc_id, published)
        decisions = self.coder.gate_decisions(text, self.coder.clauses(text), mentions)
        usable = usable_mentions(mentions)
        named = sorted((m for m in mentions if m.code), key=lambda m: m.start)
        clauses = tuple(self._clause(text, span, passed_by, mentions, named, usable if explain else None, reports)
                        for span, passed_by in decisions)  # fmt: skip
        return CodedText(text, doc_id, tuple(mentions), tuple(reports), clauses)

    def _clause(self, text: str, span: tuple[int, int], passed_by: str | None, mentions: Sequence[Mention],
                named: Sequence[Mention], usable: Sequence[Mention] | None, reports: Sequence[EventReport]) -> Clause:
        s, e = span
        first = bisect_left(named, s, key=lambda m: m.start)  # (no list of starts built per clause)
        inside = [m for m in takewhile(lambda m: m.start < e, named[first:]) if m.end <= e]
        doc = self.coder.parsed.get(span)
        unread = unread_words(self.coder, text, span, mentions, reports, usable=usable) if usable is not None else []
        return Clause(s, e, tuple(f"{m.text}={m.code}" for m in inside if m.kind != "place"),
                      tuple(f"{m.text}={m.code}" for m in inside if m.kind == "place"), passed_by,
                      sum(s <= r.trigger_start < e for r in reports), _tokens(doc) if doc is not None else (),
                      tuple(unread))  # fmt: skip


def _tokens(doc: Any) -> tuple[Token, ...]:
    return tuple(Token(t.i, t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i) for t in doc if not t.is_space)
