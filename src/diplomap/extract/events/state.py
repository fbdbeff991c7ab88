"""What one sentence's coding works on: the parse, the actors inside and before it, the reports so
far, and the verb senses chosen once per sentence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ...model import EventReport, Mention, PartialDate
from ..event_lexicon import Sense
from .grammar import (
    _aid_kind_code,
    _amount_named,
    _complementiser_object,
    _counted,
    _counted_head,
    _declared_unwelcome,
    _dedupe,
    _governed_by_prep,
    _misparsed_object,
    _object_predicate,
    _only_when,
    _organisation_object,
    _person_object,
    _plural_antecedent,
    _raised_object,
    _relative_object,
    _temporal,
)
from .party import _Party
from .vocabulary import (
    _ANY_OBJECT,
    _CONTEXT_CHARS,
    _DURATIONS,
    _INTENSIFIED_VERBS,
    _SENSE_CHANGING_PARTICLES,
    _UNWELCOME_OBJECT,
    _VERB_PREPS,
)

if TYPE_CHECKING:  # the coder builds the sentences
    from .coder import EventCoder


class _SentenceState:
    """What one sentence's coding works on: the parse, the actors inside and before it, the reports so far, and the
    verb senses chosen once per sentence."""

    def __init__(self, coder: EventCoder, text: str, start: int, end: int, doc: Any, mentions: list[Mention],
                 earlier: list[Mention], document_id: str, published: PartialDate | None,
                 estimate: PartialDate | None, prior: Sequence[EventReport] = ()) -> None:  # fmt: skip
        self.coder = coder
        self.lex = coder.lex
        self.text = text
        self.start = start
        self.end = end
        self.doc = doc
        self.document_id = document_id
        self.published = published
        self.estimate = estimate
        self.earlier = earlier
        self.prior = list(prior)
        self.sentence = text[start:end]
        # token index → the actor mention covering it
        self.party_at: dict[int, Mention] = {}
        for m in mentions:
            span = doc.char_span(m.start - start, m.end - start, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.party_at.setdefault(t.i, m)
        self.used_nouns: set[int] = set()
        self.consumed: set[int] = set()
        self.current: list[EventReport] = []
        # The passes below each read every token: spaCy makes a new Token object per access and a
        # new string per ``lemma_``, so both are made once per sentence.
        self.tokens: list[Any] = list(doc)
        self.lemmas: list[str] = [t.lemma_.lower() for t in self.tokens]
        self._senses: dict[tuple[int, tuple[int, ...]], Sense | None] = {}

    # -- triggers ---------------------------------------------------------------------------------

    def _sense(self, t: Any, senses: list[Sense]) -> Sense | None:
        # Several passes ask for the same verb's sense; it depends only on the verb's parse
        key = (t.i, tuple(map(id, senses)))
        if key not in self._senses:
            self._senses[key] = self._choose_sense(t, senses)
        return self._senses[key]

    def _choose_sense(self, t: Any, senses: list[Sense]) -> Sense | None:
        # A "particle" inside a name is the name's ("Moon Jae-in": the parser reads "in" as one)
        particle = next((c.text.lower() for c in t.children if c.dep_ == "prt" and c.i not in self.party_at), None)
        if particle is None and any(c.dep_ == "advmod" and c.lower_ == "away" and c.i == t.i + 1 for c in t.children):
            particle = "away"  # "walked away from the talks": the small parser reads "away" as an adverb
        # "launched a missile on Tuesday": a preposition before a time says when, not to whom
        preps = {c.text.lower() for c in t.children if c.dep_ in ("prep", "agent", "dative") and not _temporal(c)}
        obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "attr")), None)
        predicate = _object_predicate(t, obj)
        if obj is not None and _relative_object(t, obj):
            obj = t.head  # "the ties which Seoul cut off": the relative pronoun stands for the noun
        if obj is not None and _complementiser_object(t, obj):
            obj = None  # "told parliament on March 5 that his forces would withdraw": "that" is no object
        unwelcome = _declared_unwelcome(t) if obj is None or obj.lower_ in ("persona", "grata") else None
        if unwelcome is not None:
            obj = unwelcome  # ("declared him persona non grata": an envoy's expulsion, whoever is named)
        if obj is None and t.pos_ == "VERB":
            obj = _misparsed_object(t)
        if obj is None and t.pos_ == "VERB":
            obj = _raised_object(t)  # "neither confirmed nor denied the strike": the next verb's object
        if obj is None and t.dep_ == "acl" and t.tag_ == "VBN":
            obj = t.head  # "a ceasefire brokered by Egypt": the noun is what was brokered
        if obj is None and t.dep_ == "amod" and any(c.dep_ == "nsubj" for c in t.children):
            # "South Korea scrambled fighter jets": the small parser reads the verb as the object's
            # adjective, with its subject still attached; the noun it hangs on is its object
            obj = t.head
        if obj is None and t.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in t.children) and \
                t.head.pos_ == "NOUN":  # fmt: skip
            obj = t.head  # "a charge Moscow rejected": an object relative clause's noun is its object
        obj_lemmas = {obj.lemma_.lower()} | {c.lemma_.lower() for c in obj.conjuncts} if obj is not None else set()
        obj_lemmas |= _counted(obj) | _person_object(obj, self.party_at) | _organisation_object(obj, self.party_at)
        things = _plural_antecedent(obj)
        obj_lemmas |= {w.lemma_.lower() for w in (things, *things.conjuncts)} if things is not None else set()
        named = _amount_named(t, obj)  # ("$2bn in reconstruction aid": the amount is aid; events-18)
        obj_lemmas |= {named.lemma_.lower()} if named is not None else set()
        obj_lemmas |= {_UNWELCOME_OBJECT} if unwelcome is not None else set()
        # "gave Saddam Hussein 48 hours to leave": the parser reads the second object, a counted span of
        # time, as an adverb of the verb; it names what is given as well ("last week" is only when) (events-14)
        obj_lemmas |= {c.lemma_.lower() for c in t.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _DURATIONS
                       and obj is not None and obj.i < c.i and any(n.dep_ == "nummod" for n in c.children)}  # fmt: skip
        # events-17: after an appositive name ("gave the US ambassador, Patrick Duddy, 72 hours to leave")
        # the parser hangs the span of time on the name as another appositive
        obj_lemmas |= {w.lemma_.lower() for w in (obj.subtree if obj is not None else ()) if w.dep_ == "appos"
                       and w.lemma_.lower() in _DURATIONS and any(n.dep_ == "nummod" for n in w.children)}  # fmt: skip
        if obj is not None:
            # "held hundreds of civilians as human shields": the parser may hang the verb's preposition
            # on its object (or on what the object counts)
            for holder in (obj, _counted_head(obj)):
                preps |= {c.text.lower() for c in holder.children if c.dep_ == "prep" and c.lower_ in _VERB_PREPS}
        # "ended mediation efforts", "suspended aid donations": the compound says what kind of object
        # (and an adjective that makes the noun a kind: "ended martial law", not any law; events-17)
        compounds = {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")} if obj is not None \
            else set()
        if particle == "out" and obj is None and any(c.dep_ == "prt" and c.lower_ == "out" and any(
                g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in t.children):  # fmt: skip
            # "pulled out of ECOWAS" with "out" read as a particle: with no object, the preposition
            # "out of", as the model reads it elsewhere (out/prep, of under it); "kicked the envoys
            # out of the country" keeps its particle (events-17)
            particle = None
            preps.add("out")
        governed: dict[str, set[str]] = {}  # what each preposition governs, read once for all senses
        if predicate is not None:
            # "(which) Algeria designated a terrorist organisation": what the verb makes of its object is
            # said as with "as" ("designated it as a terrorist organisation"), not a second thing acted on
            # ("designated a group of envoys to mediate" makes the group nothing; events-19 review)
            preps.add("as")
            governed["as"] = _prep_object_lemmas(t, "as", self.party_at) | {predicate.lemma_.lower()}
        best: tuple[int, Sense] | None = None
        for sense in senses:
            score = 0
            if sense.particle:
                if sense.particle != particle:
                    continue
                score += 2
            elif particle in _SENSE_CHANGING_PARTICLES and t.lemma_.lower() not in _INTENSIFIED_VERBS:
                continue  # "gave up its weapons" is no gift; "called off" no call
            if sense.intransitive:
                if obj is not None:
                    continue
                score += 1  # ("students protested": before the transitive "protested the move")
            if sense.prep:
                if sense.prep not in preps:
                    continue
                score += 1
            if sense.prep_objects:
                prep = str(sense.prep)
                if prep not in governed:
                    governed[prep] = _prep_object_lemmas(t, prep, self.party_at)
                if not governed[prep] & sense.prep_objects:
                    continue
                score += 3
            if sense.objects:
                if obj_lemmas & sense.objects:
                    score += 3
                elif compounds & sense.objects:
                    score += 2
                elif obj is not None and _ANY_OBJECT in sense.objects:
                    score += 1  # (any object at all: after every sense that names its object)
                else:
                    continue
            if best is None or score > best[0]:
                best = (score, sense)
        if best is None:
            return None
        # "sent military aid", "$2bn in reconstruction aid": the kind of aid picks the sub-code (events-18)
        code = _aid_kind_code(best[1].cameo, (obj, named))
        return best[1] if code == best[1].cameo else replace(best[1], cameo=code)

    def _owned(self, n: Any) -> bool:
        """Whether a noun event names its own doer ("rejected the EU's criticism"): then it is an
        event of its own beside the verb's."""
        return any(c.dep_ == "poss" and c.i in self.party_at for c in n.children)

    def _reports_before(self, t: Any, last: int | None = None) -> list[EventReport]:
        """The reports made before ``t``: those of the document's earlier sentences (only the
        ``last`` of them, if given), then this sentence's so far."""
        here = self.start + t.idx
        prior = self.prior if last is None else self.prior[-last:]
        return [*prior, *(r for r in self.current if r.trigger_start < here)]

    def _previous_sentence_reports(self) -> list[EventReport]:
        """The reports of the sentence right before this one (only white space between them): the
        base of "six months earlier" and whom a following "it" continues with."""
        return [r for r in self.prior if r.end <= self.start and not self.text[r.end : self.start].strip()]

    def _recent_reports(self, t: Any) -> list[EventReport]:
        """The reports before ``t`` whose sentence starts within the last few sentences
        (``_CONTEXT_CHARS``): further back, the story may have moved to another thread."""
        since = self.start + t.idx - _CONTEXT_CHARS
        return [r for r in self._reports_before(t) if r.start >= since]

    def _last_joint_pair(self, t: Any) -> list[_Party]:
        """The two parties of the last joint act before ``t`` (within about ten sentences)."""
        return self._last_joint_group(t, 2)

    def _last_joint_group(self, t: Any, size: int | None) -> list[_Party]:
        """The parties of the last joint act before ``t`` (within about ten sentences), when they are
        ``size`` ("the two sides", events-14: "the three agreed to hold summits every year"); with
        ``size`` None, however many they are, two or more (events-14: "They pledged …")."""
        here = self.start + t.idx
        earlier = self._reports_before(t)
        joint = next((r for r in reversed(earlier) if r.joint and here - r.trigger_start < 1500), None)
        parties = _dedupe((*joint.actors, *joint.recipients)) if joint is not None else []
        wanted = len(parties) == size if size is not None else len(parties) >= 2
        return [_Party.of(a) for a in parties] if wanted else []

    @staticmethod
    def _means_clause_head(t: Any) -> Any:
        """"Moscow retaliated by barring US lawmakers", "Seoul responded by recalling its envoy": a
        gerund after "by" (or "in", "after") says how or when the main clause's subject acted, so
        that subject does it. Returns the verb the phrase hangs on, or None."""
        if t.dep_ != "pcomp" or t.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return None
        prep = t.head
        if prep.lower_ not in ("by", "after", "before", "while", "in", "through") or prep.head.pos_ not in (
                "VERB", "AUX"):  # fmt: skip
            return None
        return prep.head

    def _previous_opener(self) -> Mention | None:
        """The actor the sentence before this one opens with, if it opens with one."""
        head = self.text[: self.start].rstrip()
        begin = max(head.rfind(". ", 0, len(head) - 1), head.rfind("\n", 0, len(head) - 1)) + 1
        first = next((m for m in self.earlier if m.start >= begin), None)
        if first is None or not _only_when(self.text[begin : first.start]):
            return None
        return first


def _prep_object_lemmas(t: Any, prep: str, party_at: dict[int, Mention]) -> set[str]:
    """The head lemmas of what the verb's preposition ``prep`` governs ("withdrew from the treaty"
    → treaty), and the organisation marker where one is an organisation ("withdrew from the ICC")."""
    objects = _governed_by_prep(t, prep)
    return {w.lemma_.lower() for w in objects} | {m for w in objects for m in _organisation_object(w, party_at)}
