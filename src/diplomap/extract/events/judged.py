"""An act judged is aimed at its doer: "Hamas denounced the accord", "Tehran condemned the operation",
"Manila welcomed the decision". The object is a definite event noun that names no party; the
party it speaks of is whoever did the latest act the document told before. This pass runs after
the rule passes and before the nearest-party fallback, on reports still without a recipient.

Pre-registered (bench/README, "Coder events-21") and decided on texts the rules were not written
from."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from ...model import ActorRef, EventReport, Mention
from ..event_lexicon import EventLexicon
from .context import _same_stem
from .grammar import _trigger_token

#: kinds of report that judge or answer another's act
_JUDGING_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13", "16", "17"})
#: nouns that stand for an act besides the event lexicon's own
_ACT_NOUNS = frozenset({"decision", "ruling", "move", "step", "deal", "accord", "operation", "resolution", "award",
                        "verdict", "plan", "measure", "announcement"})  # fmt: skip
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})
_OBJECT_PREPOSITIONS = frozenset({"of", "at", "over", "against", "to", "on"})
#: how far back (characters before the report's sentence) the judged act may be told: the context
#: pass's window
_WINDOW = 600
MARK = "+act-judged"


def _judged_object(trigger: Any, lex: EventLexicon) -> Any:
    """The definite event noun the trigger takes as its object, or None."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPOSITIONS
                for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    for o in objects:
        lemma = o.lemma_.lower()
        if o.pos_ != "NOUN" or not (lemma in _ACT_NOUNS or lemma in lex.nouns):
            continue
        if any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in o.children):
            return o
    return None


def _names_a_party(o: Any, offset: int, mentions: Sequence[Mention]) -> bool:
    start = o.left_edge.idx + offset
    end = o.right_edge.idx + len(o.right_edge) + offset
    return any(start <= m.start < end for m in mentions)


def _parties(prior: EventReport) -> tuple[ActorRef, ...]:
    return prior.actors + prior.recipients if prior.joint else prior.actors


def _judged_doer(r: EventReport, noun: str, before: list[EventReport]) -> tuple[ActorRef, ...]:
    mine = {a.code for a in r.actors}
    others = [p for p in before if not mine & {a.code for a in _parties(p)} and _parties(p)]
    if not others:
        return ()
    # the act the noun names by its stem ("the decision": "decided"), else the latest
    named = next((p for p in others if _same_stem(noun, p.sentence[p.trigger_start - p.start:
                                                                    p.trigger_end - p.start].lower())), None)  # fmt: skip
    chosen = named or others[0]
    seen: set[str] = set()
    return tuple(a for a in _parties(chosen) if not (a.code in seen or seen.add(a.code)))  # type: ignore[func-returns-value]


def act_judged_recipients(reports: list[EventReport], mentions: Sequence[Mention],
                          parsed: Mapping[tuple[int, int], Any], lex: EventLexicon) -> list[EventReport]:  # fmt: skip
    """Reports that judge a definite act named by a noun get that act's doer as recipient."""
    out: list[EventReport] = []
    for r in reports:
        if r.recipients or r.joint or not r.actors or r.cameo_root not in _JUDGING_ROOTS:
            out.append(r)
            continue
        trigger = _trigger_token(r, parsed)
        o = _judged_object(trigger, lex) if trigger is not None else None
        clause = next((s for (s, e) in parsed if s <= r.trigger_start < e), None)
        if o is None or clause is None or _names_a_party(o, clause, mentions):
            out.append(r)
            continue
        before = sorted((p for p in out if p.trigger_start < r.trigger_start and p.start >= r.start - _WINDOW),
                        key=lambda p: p.trigger_start, reverse=True)  # fmt: skip
        doer = _judged_doer(r, o.lemma_.lower(), before)
        out.append(replace(r, recipients=doer, rule=r.rule + MARK) if doer else r)
    return out
