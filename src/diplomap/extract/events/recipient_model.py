"""A learned recipient chooser: which of the parties a report's sentence names does its act aim at.

The rule passes (``parties``, ``recipients``, ``context``) aim most reports; on the gold set's
paired reports they still get the recipient wrong or leave it out in about a third of them. This
pass looks at every party code the report's sentence names (and the one a rule took from the
context) and scores each with a logistic model over facts of the parse: the CAMEO root, where the
mention stands from the trigger and the dependency path between them, the preposition that
governs it, its kind, whether a rule chose it. The model's weights are data
(``data/events/recipient_model.json``), trained on the tune half of the gold set by
``bench/train_recipient_model.py``; nothing here learns at run time.

The pass only reads the report, the mentions and the clause parses the coder kept; it returns the
report with new recipients (``+model-recipient`` in its rule) or the report unchanged."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from ...model import ActorRef, EventReport, Mention
from .grammar import _trigger_token

#: where a report's recipients may come from for the model: every report not joint ("all"), or
#: only a report the rule passes left without one ("empty")
MODES = ("all", "empty")

_MODEL_FILE = "recipient_model.json"
_FALLBACK_MARK = "+fallback-recipient"
_MODEL_MARK = "+model-recipient"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A party code the report's sentence names, with the mention nearest its trigger."""

    code: str
    mention: Mention | None  # None: a code a rule took from the context, not named in the sentence
    features: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RecipientModel:
    weights: Mapping[str, float]
    bias: float
    threshold: float = 0.5

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RecipientModel:
        return cls(dict(data["weights"]), float(data["bias"]), float(data.get("threshold", 0.5)))


@cache
def load_recipient_model() -> RecipientModel:
    """The shipped model (``diplomap/data/events/recipient_model.json``)."""
    text = resources.files("diplomap.data.events").joinpath(_MODEL_FILE).read_text(encoding="utf-8")
    return RecipientModel.from_json(json.loads(text))


def _codes_of(m: Mention) -> tuple[str, ...]:
    if m.kind == "group" and m.members:
        return tuple(m.members)
    return (m.code,) if m.code else ()


def _bucket(n: int) -> str:
    for top, name in ((1, "1"), (2, "2"), (4, "3-4"), (8, "5-8"), (16, "9-16")):
        if n <= top:
            return name
    return "17+"


def _token_of(m: Mention, clause: tuple[int, int], doc: Any) -> Any:
    span = doc.char_span(m.start - clause[0], m.end - clause[0], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _path(trigger: Any, token: Any) -> tuple[str, int]:
    """The dependency path from the trigger up to the two tokens' common head and down to the
    mention ("^nsubj" up, "prep:to>pobj" down), and how many verbs it passes other than the two."""
    up = [trigger, *trigger.ancestors]
    down = [token, *token.ancestors]
    up_ids = [t.i for t in up]
    common = next((t for t in down if t.i in up_ids), None)
    if common is None:
        return "none", 0
    rise = up[: up_ids.index(common.i)]
    fall = list(reversed(down[: [t.i for t in down].index(common.i)]))
    if len(rise) + len(fall) > 4:
        return "long", sum(t.pos_ in ("VERB", "AUX") for t in (*rise[1:], *fall[:-1]))
    steps = [f"^{t.dep_}" for t in rise]
    steps += [f"{t.dep_}:{t.lower_}" if t.dep_ in ("prep", "agent") else t.dep_ for t in fall]
    verbs = sum(t.pos_ in ("VERB", "AUX") for t in (*rise[1:], *fall[:-1], *([common] if rise else [])))
    return ">".join(steps) or "self", verbs


def _governing_preposition(token: Any) -> str:
    head = token
    while head.dep_ in ("conj", "appos", "compound") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.dep_ in ("prep", "agent"):
        return head.head.lower_
    return "-"


def candidates(r: EventReport, mentions: Sequence[Mention], parsed: Mapping[tuple[int, int], Any]) -> list[
        Candidate]:  # fmt: skip
    """The party codes a report may be aimed at, each with its features."""
    clause, doc = next((((s, e), d) for (s, e), d in parsed.items() if s <= r.trigger_start < e), (None, None))
    trigger = _trigger_token(r, parsed) if clause is not None else None
    actors = {a.code for a in r.actors}
    rule = r.rule.split("+")
    fallback = _FALLBACK_MARK[1:] in rule
    chosen = {a.code for a in r.recipients}
    root = r.cameo_root
    by_code: dict[str, list[Mention]] = {}
    for m in mentions:
        if not (r.start <= m.start < r.end) or m.kind == "media":
            continue
        if r.attribution and m.text in r.attribution:
            continue
        for code in _codes_of(m):
            by_code.setdefault(code, []).append(m)
    nearest_after = min((m.start for ms in by_code.values() for m in ms if m.start >= r.trigger_end), default=None)
    nearest_before = max((m.start for ms in by_code.values() for m in ms if m.end <= r.trigger_start), default=None)
    out = []
    for code, ms in by_code.items():
        m = min(ms, key=lambda x: abs(x.start - r.trigger_start))
        after = m.start >= r.trigger_start
        f = [f"root={root}", f"quad={r.quad_class}", f"kind={m.kind}", f"pos={'after' if after else 'before'}",
             f"n={_bucket(len(by_code))}", f"root={root}|pos={'after' if after else 'before'}"]
        if code in chosen:
            f += ["fallback" if fallback else "rule", f"root={root}|{'fallback' if fallback else 'rule'}"]
        if code in actors:
            f.append("is-actor")
        if m.start in (nearest_after, nearest_before):
            f.append("nearest-" + ("after" if after else "before"))
        if len(ms) > 1:
            f.append("named-twice")
        token = _token_of(m, clause, doc) if clause is not None and clause[0] <= m.start < clause[1] else None
        if token is None or trigger is None:
            f.append("other-clause")
        else:
            distance = abs(token.i - trigger.i)
            path, verbs = _path(trigger, token)
            prep = _governing_preposition(token)
            f += [f"dist={_bucket(distance)}", f"path={path}", f"dep={token.dep_}", f"prep={prep}",
                  f"verbs={min(verbs, 2)}", f"root={root}|prep={prep}", f"root={root}|dep={token.dep_}",
                  f"lemma={trigger.lemma_.lower()}|prep={prep}"]
            if token.dep_ == "poss" or any(c.dep_ == "case" for c in token.children):
                f.append("possessor")
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.i != trigger.i:
                f.append("subject-elsewhere")
        out.append(Candidate(code, m, tuple(f)))
    for code in chosen - set(by_code):  # a recipient a rule took from another sentence
        out.append(Candidate(code, None, (f"root={root}", "from-context", f"root={root}|from-context")))
    return out


def _ref(c: Candidate, r: EventReport) -> ActorRef:
    held = next((a for a in r.recipients if a.code == c.code), None)
    if held is not None:
        return held
    m = c.mention
    assert m is not None
    if m.kind == "group" and m.members:
        return ActorRef(c.code, None, None, m.text)
    return ActorRef(c.code, m.sector, m.person, m.text)


def choose_recipients(reports: list[EventReport], mentions: Sequence[Mention],
                      parsed: Mapping[tuple[int, int], Any], model: RecipientModel,
                      mode: str = "all") -> list[EventReport]:  # fmt: skip
    """Reports with the recipients the model chooses (those it scores at or above its threshold)."""
    if mode not in MODES:
        raise ValueError(f"recipient mode must be one of {MODES}, not {mode!r}")
    out = []
    for r in reports:
        ruled = bool(r.recipients) and _FALLBACK_MARK not in r.rule
        if r.joint or not r.actors or (mode == "empty" and ruled):
            out.append(r)
            continue
        scored = [(model.probability(c.features), c) for c in candidates(r, mentions, parsed)]
        picked = sorted((c for p, c in scored if p >= model.threshold), key=lambda c: c.code)
        new = tuple(_ref(c, r) for c in picked)
        if {a.code for a in new} == {a.code for a in r.recipients}:
            out.append(r)
            continue
        rule = r.rule.replace(_FALLBACK_MARK, "") + _MODEL_MARK
        out.append(replace(r, recipients=new, rule=rule))
    return out
