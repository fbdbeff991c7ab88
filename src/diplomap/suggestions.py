"""Senses to add to a user's event lexicon, read off the gold events the coder missed.

``diplomap eval events GOLD.jsonl --suggest OUT.yaml``: for each gold event without a report whose
actor was recognised in its sentence, the trigger word in the parse is looked up in the lexicon.
Where no sense of its lemma fits the clause as the coder would read it (the lemma is not in the
lexicon, or none of its senses lists the object, particle or preposition the clause has), a sense
that would fit is suggested, with the gold's CAMEO code and the slot the gold's recipient stands in.
Suggestions are grouped (the same lemma, particle, preposition and object) and written as a user
lexicon file (README "Your own event lexicon") with, for each, how many missed events it came from
and where. They are suggestions: a sense that fits one missed sentence may code others wrongly, so
the file is meant to be read, pruned and then measured with ``--event-lexicon``.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extract.event_lexicon import EventLexicon, Sense, noun_forms, verb_forms

#: dependencies that carry a verb's object, and those that carry the party it is aimed at
_OBJECT_DEPS = ("dobj", "nsubjpass")
#: the lexicon's marker for any object (``data/events/verbs.yaml``)
_ANY_OBJECT = "@object"
#: prepositions that say when or where, not to whom (never a sense's preposition)
_SETTING_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "since", "until", "near", "within"})


@dataclass(frozen=True, slots=True)
class _Key:
    pos: str  # "verb" or "noun"
    lemma: str
    particle: str | None
    prep: str | None  # the sense's preposition, suggested only for a verb with no object
    obj: str | None
    #: every preposition of the clause's verb (a packaged sense with any of them may fit); not part
    #: of what groups suggestions
    preps: frozenset[str] = field(default=frozenset(), compare=False)


@dataclass(slots=True)
class SenseSuggestions:
    """Filled by ``evaluate_events(..., suggestions=…)``; ``write`` saves them as a lexicon file."""

    codes: dict[_Key, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    recipients: dict[_Key, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    where: dict[_Key, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: the trigger words seen, for the gate's ``forms`` (an irregular "overthrew" it would not guess)
    words: dict[_Key, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: missed events looked at, and those no lexicon entry would mend (the sense was there)
    looked_at: int = 0
    not_lexical: int = 0

    def add(self, lex: EventLexicon, clause: Any, trigger_offset: int, cameo: str, recipients: frozenset[str],
            party_at: dict[int, str], where: str) -> None:  # fmt: skip
        """One missed gold event: ``clause`` its parsed clause, ``trigger_offset`` the trigger's start
        in it, ``party_at`` token index → actor code of the clause's recognised mentions."""
        self.looked_at += 1
        token = next((t for t in clause if t.idx <= trigger_offset < t.idx + max(1, len(t))), None)
        if token is None or token.pos_ not in ("VERB", "NOUN") or not _lexical(lex, token):
            self.not_lexical += 1
            return
        key = _key(token, party_at)
        if _fits(lex, key):
            self.not_lexical += 1  # a sense fits: the miss lies elsewhere (actors, grammar)
            return
        self.codes[key][cameo] += 1
        self.where[key].append(where)
        self.words[key].add(token.lower_)
        slot = _recipient_slot(token, recipients, party_at)
        if slot is not None:
            self.recipients[key][slot] += 1

    def entries(self) -> dict[str, list[dict[str, Any]]]:
        """The suggested senses, most supported first, as ``verbs:`` and ``nouns:`` entries."""
        out: dict[str, list[dict[str, Any]]] = {"verbs": [], "nouns": []}
        for key in sorted(self.codes, key=lambda k: (-sum(self.codes[k].values()), k.lemma, str(k.obj))):
            (code, _n), *others = self.codes[key].most_common()
            entry: dict[str, Any] = {"lemma": key.lemma}
            if key.obj:
                entry["objects"] = [key.obj]
            if key.particle:
                entry["particle"] = key.particle
            if key.prep:
                entry["prep"] = key.prep
            if key.pos == "verb" and not key.obj and not key.prep and not key.particle:
                entry["intransitive"] = True
            guessed = verb_forms(key.lemma) if key.pos == "verb" else noun_forms(key.lemma)
            if self.words[key] - guessed:
                entry["forms"] = sorted(self.words[key] - guessed)
            entry["cameo"] = code
            if self.recipients[key]:
                entry["recipient"] = [self.recipients[key].most_common(1)[0][0]]
            total = sum(self.codes[key].values())
            shown = ", ".join(self.where[key][:3]) + (" …" if total > 3 else "")
            also = "; the gold also gives " + ", ".join(f"{c} ({k})" for c, k in others) if others else ""
            entry["note"] = f"{total} missed gold event{'s' if total > 1 else ''}: {shown}{also}"
            out["verbs" if key.pos == "verb" else "nouns"].append(entry)
        return out

    def write(self, path: Path, gold: Path) -> int:
        """Write the suggestions as a lexicon file; returns how many senses."""
        entries = self.entries()
        header = (f"Senses suggested by `diplomap eval events {gold.name} --suggest`: each would have let the coder "
                  "read a gold event it missed. Read them, keep those right for your corpus, then measure with "
                  "--event-lexicon.")  # fmt: skip
        # one entry a line, as the packaged file writes them (codes quoted: "0842" is no number)
        lines = [f"note: {json.dumps(header, ensure_ascii=False)}"]
        for section, items in entries.items():
            if items:
                lines.append(f"{section}:")
                lines += [f"  - {_flow(entry)}" for entry in items]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return sum(len(v) for v in entries.values())


def _lexical(lex: EventLexicon, token: Any) -> bool:
    """Whether a sense entry is what the trigger lacks. Not for the words the coder reads through its
    own constructions (statements, refusals, plans, light verbs: the event is in what they say or
    govern), nor for a verb whose event is its clausal complement or a verdict ("urged Seoul to …",
    "said that …", "called the move a provocation"): a verb or noun sense would code every use of
    such a word."""
    lemma = token.lemma_.lower()
    constructions = lex.statement_verbs | lex.plan_verbs | lex.negation_verbs | lex.yield_verbs | set(lex.refusal_verbs)
    if lemma in constructions or lemma in ("be", "have", "do"):
        return False
    if lemma in lex.light_verbs and any(c.dep_ in _OBJECT_DEPS and c.lemma_.lower() in lex.nouns
                                        for c in token.children):  # fmt: skip
        return False  # ("ordered the closure": the event noun's sense, not the light verb's)
    return token.pos_ == "NOUN" or not any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in token.children)


def _flow(entry: dict[str, Any]) -> str:
    """A lexicon entry as a one-line YAML mapping (strings as JSON strings, which YAML reads alike)."""

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return json.dumps(str(v), ensure_ascii=False)

    return "{" + ", ".join(f"{k}: {value(v)}" for k, v in entry.items()) + "}"


def _key(token: Any, party_at: dict[int, str]) -> _Key:
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN":
        return _Key("noun", lemma, None, None, None)
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    preps = frozenset(c.lower_ for c in token.children if c.dep_ in ("prep", "agent", "dative"))
    obj = next((c for c in token.children if c.dep_ in _OBJECT_DEPS), None)
    if obj is None:
        prep = next((c.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ not in _SETTING_PREPS), None)
        return _Key("verb", lemma, particle, prep, None, preps)
    if obj.pos_ == "NOUN":
        return _Key("verb", lemma, particle, None, obj.lemma_.lower(), preps)  # ("the Peruvian ambassador")
    # ("paid Venezuela", "approved it": a name or a pronoun says nothing of the kind of thing acted
    # on; the lexicon's any-object marker, which the note asks the user to narrow)
    return _Key("verb", lemma, particle, None, _ANY_OBJECT, preps)


def _fits(lex: EventLexicon, key: _Key) -> bool:
    """Whether a sense of the lexicon already fits the clause's shape (then no entry is needed)."""
    senses: list[Sense] = (lex.nouns if key.pos == "noun" else lex.verbs).get(key.lemma, [])
    if key.pos == "noun":
        return bool(senses)
    for s in senses:
        if (s.particle or None) != key.particle:
            continue
        if s.prep and s.prep not in key.preps:
            continue
        if s.objects and key.obj not in s.objects and _ANY_OBJECT not in s.objects:
            continue
        if s.intransitive and key.obj:
            continue
        return True
    return False


def _recipient_slot(token: Any, recipients: frozenset[str], party_at: dict[int, str]) -> str | None:
    """Where the gold's recipient stands around the trigger: "dobj", "dative" or "prep:X"."""
    for child in token.children:
        if child.dep_ in ("dobj", "dative") and any(party_at.get(w.i) in recipients for w in child.subtree):
            return child.dep_
        if child.dep_ == "prep" and any(party_at.get(w.i) in recipients for w in child.subtree):
            return f"prep:{child.lower_}"
    return None
