"""Why a word of the event lexicon in a parsed clause gave no report (``diplomap code --why``).

A user who writes a sense for their own lexicon needs to know which step failed: no sense of the
verb fits its clause (then the sense to write is the one the clause needs), a sense fits but no
recognised actor does it (then the actor file is where to look), or both hold and a later step
left it out (a plan, a purpose, a condition, or another report that took the word). The checks
are the coder's own (``_Sentence._sense`` and ``_subject_parties``), asked again of a clause the
last ``EventCoder.code`` call parsed; they change nothing it stored."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import takewhile
from typing import TYPE_CHECKING, Any

from ...model import EventReport, Mention
from ..event_lexicon import Sense
from .grammar import _temporal, usable_mentions
from .sentence import _Sentence

if TYPE_CHECKING:
    from .coder import EventCoder

#: why a noun of the lexicon gave no report (its senses are not told apart here: see --parse)
_NOUN_REASON = ("a noun of the lexicon, read as no event here: a noun event needs an actor as its owner "
                "(\"Russia's invasion\", \"Russian strikes\", \"talks between Seoul and Tokyo\") or as the subject of "
                "the verb that governs it (\"Seoul held talks\"), and some need a verb at all (\"imposed sanctions\")")
#: how many of a lemma's senses a reason lists
_SENSES_SHOWN = 6
#: how many of a sense's objects a reason lists
_OBJECTS_SHOWN = 5


@dataclass(frozen=True, slots=True)
class UnreadWord:
    """A word of the lexicon that gave no report, and (for a verb) the step that stopped it."""

    start: int
    end: int
    word: str
    lemma: str
    #: ``no-sense``, ``no-actor`` or ``left-out`` (a verb), ``noun``
    step: str
    reason: str

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "word": self.word, "lemma": self.lemma, "step": self.step,
                "reason": self.reason}  # fmt: skip


def unread_words(coder: EventCoder, text: str, span: tuple[int, int], mentions: Sequence[Mention],
                 reports: Sequence[EventReport], *, usable: Sequence[Mention] | None = None) -> list[UnreadWord]:
    """The lexicon words of the clause at ``span`` (parsed by the coder's last ``code`` call on
    ``text``) that no report was read from, each with why: verbs by the step that stopped them,
    nouns with what a noun event needs."""
    doc = coder.parsed.get(span)
    if doc is None:
        return []
    s, e = span
    usable = usable if usable is not None else usable_mentions(mentions)  # (many clauses: sorted once)
    first = bisect_left(usable, s, key=lambda m: m.start)
    inside = [m for m in takewhile(lambda m: m.start < e, usable[first:]) if m.end <= e]
    earlier = [m for m in usable[:first] if m.end <= s]
    clause = _Sentence(coder, text, s, e, doc, inside, earlier, "", None, None, [])
    # The clause coded again, for the words its reports took besides their triggers: the verb a
    # governor reads as its content ("agreed to send tanks": the intent names the sending) and the
    # nouns read through a verb. (Its own reports are not kept: those of the document are.)
    clause.code()
    triggers = {r.trigger_start for r in reports}
    found = []
    for t in doc:
        lemma = t.lemma_.lower()
        if lemma in coder.lex.nouns and t.pos_ in ("NOUN", "PROPN") and s + t.idx not in triggers and \
                t.i not in clause.used_nouns:  # fmt: skip
            found.append(UnreadWord(s + t.idx, s + t.idx + len(t.text), t.text, lemma, "noun", _NOUN_REASON))
            continue
        if t.pos_ != "VERB" or lemma not in coder.lex.verbs or lemma in coder.lex.statement_verbs:
            continue
        if s + t.idx in triggers or t.i in clause.consumed or \
                any(c.dep_ == "dobj" and (s + c.idx in triggers or c.i in clause.used_nouns) for c in t.children):
            continue  # read, read as a governor's content, or a light verb whose object noun was ("held talks")
        senses = coder.lex.verbs[lemma]
        sense = clause._sense(t, senses)
        if sense is None:
            step, reason = "no-sense", (f"no sense of '{lemma}' fits this clause ({_clause_has(t)}); {_needs(senses)}; "
                                        f"an entry that would read it: {_entry(t, lemma)}")  # fmt: skip
        elif not clause._subject_parties(t):
            subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            said = f"its subject '{_phrase(subject)}' is not a recognised actor" if subject is not None else \
                "it has no subject, and the coder found no actor that does it"  # fmt: skip
            step, reason = "no-actor", f"sense {sense.cameo} ({sense.rule}) fits, but {said}"
        else:
            step, reason = "left-out", (f"sense {sense.cameo} ({sense.rule}) fits and an actor does it; a later step "
                                        "left it out: the construction around it makes it no act of its own (a "
                                        "purpose, a condition, a culprit named, a plan that another report carries), "
                                        "or another report took the word")  # fmt: skip
        found.append(UnreadWord(s + t.idx, s + t.idx + len(t.text), t.text, lemma, step, reason))
    return found


def _object_and_particle(t: Any) -> tuple[Any, str | None]:
    """A verb's object token (direct, passive subject or attribute, as the senses read it) and its particle."""
    obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "attr")), None)
    return obj, next((c.lower_ for c in t.children if c.dep_ == "prt"), None)


def _clause_has(t: Any) -> str:
    """What a verb's clause offers the senses: its object, particle and prepositions."""
    obj, particle = _object_and_particle(t)
    # (a preposition of time, "on Tuesday", says when: the senses do not read it)
    preps = sorted({c.lower_ for c in t.children if c.dep_ in ("prep", "agent", "dative") and not _temporal(c)})
    parts = [f"object '{obj.lemma_.lower()}'" if obj is not None else "no object"]
    if particle:
        parts.append(f"particle '{particle}'")
    if preps:
        parts.append("prepositions " + ", ".join(f"'{p}'" for p in preps))
    return ", ".join(parts)


def _entry(t: Any, lemma: str) -> str:
    """A lexicon line for ``--event-lexicon`` that would fit this verb's clause, its code left to the
    user (the words cannot say which act it is)."""
    obj, particle = _object_and_particle(t)
    keys = [f"lemma: {lemma}"]
    if particle:
        keys.append(f'particle: "{particle}"')
    keys.append(f"objects: [{obj.lemma_.lower()}]" if obj is not None else "intransitive: true")
    keys.append('cameo: "CODE"')
    return "{" + ", ".join(keys) + "} (CODE from data/events/cameo.yaml; recipient: [...] names who it is aimed at)"


def _needs(senses: Sequence[Sense]) -> str:
    """The senses of a lemma, each with what it needs of its clause."""
    shown = [f"{s.cameo} {_sense_needs(s)}" for s in senses[:_SENSES_SHOWN]]
    more = f"; and {len(senses) - _SENSES_SHOWN} more" if len(senses) > _SENSES_SHOWN else ""
    return "its senses: " + "; ".join(shown) + more


def _sense_needs(s: Sense) -> str:
    needs = []
    if s.particle:
        needs.append(f"particle '{s.particle}'")
    if s.prep:
        needs.append(f"preposition '{s.prep}'")
    if s.objects:
        objects = sorted(s.objects)
        needs.append("object " + "|".join(objects[:_OBJECTS_SHOWN]) + ("…" if len(objects) > _OBJECTS_SHOWN else ""))
    if s.intransitive:
        needs.append("no object")
    return "needs " + ", ".join(needs) if needs else "(any clause)"


def _phrase(t: Any) -> str:
    words = [w for w in t.subtree if not w.is_space]
    return t.doc[words[0].i : words[-1].i + 1].text.strip() if words else t.text
