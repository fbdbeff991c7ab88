"""Questions about words and clauses of a parse that need no sentence state: conditions, counted
objects, group nouns, clause splitting, quotations."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

from ...model import ActorRef, EventReport, Mention
from ...yamldata import load_yaml
from ..actor_data import build_table
from ..event_lexicon import EventLexicon, Sense, noun_forms
from .party import _codes, _Party
from .vocabulary import (
    _AFFLICTIONS,
    _AGGRESSION_WORDS,
    _AID_KIND_CODES,
    _AID_NOUNS,
    _AIMING_NOUNS,
    _AMOUNT_WORDS,
    _APPROVING_IDIOMS,
    _ARMED_DRILL_KINDS,
    _ARMED_GROUP_NOUNS,
    _ASSERTING_AUX,
    _ATTACK_NOUNS,
    _BEHESTS,
    _BORDER_NOUNS,
    _CAUSING,
    _CHARGES,
    _CHOICES,
    _CIVILIAN_GROUP_NOUNS,
    _CLAIM_DENYING,
    _COMING_MODIFIERS,
    _COMING_TIME,
    _CONDITION_MARKS,
    _COOPERATION_KIND_CODES,
    _COPIED_ACTS,
    _COPYING,
    _CULPABLE,
    _DATELINE,
    _DENIED_CLAIMS,
    _DURATIONS,
    _EASED_VERBS,
    _ENDED_VERBS,
    _EQUATING,
    _FALSITY_WORDS,
    _FIGURATIVE,
    _FOLLOWING_SOON,
    _FOLLOWING_TIME,
    _FORCE_ACT_OBJECTS,
    _FORCE_RESPONSE_WORDS,
    _FUTURE_AUX,
    _GROUP_KINDS,
    _GROUP_NOUNS,
    _GROUP_SECTORS,
    _GROUP_WORDS,
    _HAPPENING,
    _HOSTILE_IDIOMS,
    _HOSTILE_WORDS,
    _HYPOTHETICAL_AUX,
    _IN_FORCE,
    _INITIATIVE_NOUNS,
    _INSTIGATING,
    _INTENDING,
    _INTENT_NOUNS,
    _JUSTIFYING_WORDS,
    _MEASURE_DOERS,
    _MEASURE_NOUNS,
    _MEDIATOR_NOUNS,
    _MEMBERSHIP_NOUNS,
    _NONSTATE_SECTORS,
    _ONLY_TIME_MARKS,
    _OPPOSING_VERBS,
    _ORGANISATION_OBJECT,
    _PEACE_WORDS,
    _PERSON_NOUNS,
    _PERSON_OBJECT,
    _PLAN_MAKING,
    _PLAN_OWNING,
    _PLOTTING,
    _POSSIBILITY_AUX,
    _PRAISE_WORDS,
    _PREPARING,
    _PRESENT_BE,
    _PRESSURE_NOUNS,
    _PROPOSING,
    _PROTESTER_NOUNS,
    _QUANTITY_WORDS,
    _REFINED_AID_CODES,
    _REFUSING_AUX,
    _RELATIVE_PRONOUNS,
    _REPEATING_ADVERBS,
    _REPLY_NOUNS,
    _RESPONDING,
    _RESPONSIBILITY_NOUNS,
    _RETALIATING,
    _SCHEDULING,
    _SERIES,
    _SETTLEMENT_NOUNS,
    _TARGET_LABELS,
    _TELEPHONE_WORDS,
    _TIME_MARKS,
    _TIME_WORDS,
    _TREATING,
    _TROOP_NOUNS,
    _TROUBLE_NOUNS,
    _UNDOING,
    _UNHESITATING,
    _UNRESTING,
    _UNSATISFIED,
    _VOID_WORDS,
    _WARM_WORDS,
    _WEEKDAYS,
    _WHEN_WORDS,
    _WORD,
)


def _home_side(r: ActorRef, actors: Sequence[ActorRef]) -> bool:
    """Whether a recipient of the actor's own code is the other side at home (events-14): rebels,
    the opposition, civilians acted upon by their state ("Abiy accused the TPLF", "the government
    banned the opposition party"), which the gold codes X → X with sectors apart."""
    return r.sector in _NONSTATE_SECTORS and all(a.sector not in _NONSTATE_SECTORS for a in actors)


def _others(found: list[_Party], mine: set[str]) -> list[_Party]:
    """The parties found that are not the actors themselves (events-14): "Chávez closed
    Venezuela's embassy in Bogotá", "Algeria recalled its ambassador from Rabat": the owner of the
    object is the doer, so the search for whom the act is aimed at goes on (to the place, the
    context) instead of stopping at a party the report would drop."""
    return [p for p in found if not _codes([p]) <= mine or p.mention.sector in _NONSTATE_SECTORS] if mine else found


@lru_cache(maxsize=1)
def _described_nouns() -> frozenset[str]:
    """The nouns the recogniser resolves as descriptions of an actor named before ("the alliance",
    "the group": the actor table's ``descriptions``, which user actor files do not extend). Where it
    declined one, no rule of the coder guesses again (events-17)."""
    return frozenset(build_table().descriptions)


@lru_cache(maxsize=1)
def _igo_codes() -> frozenset[str]:
    """The codes of international organisations and their organs (``data/actors/igos.yaml``)."""
    data = load_yaml(resources.files("diplomap.data.actors").joinpath("igos.yaml").read_text("utf-8"))
    codes = set()
    for igo in data.get("igos") or ():
        codes.add(str(igo["code"]))
        codes.update(str(o["code"]) for o in igo.get("organs") or () if o.get("code"))
    return frozenset(codes)


def _misparsed_object(verb: Any) -> Any:
    """"have imposed travel bans and asset freezes on …": the small parser reads "freezes" as a verb
    with "bans" its subject, and "imposed" keeps no object. The first noun right after the verb,
    inside a clause the parser hung on it, stands in for the object."""
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i), None)
    if clause is None:
        return None
    for tok in verb.doc[verb.i + 1 : clause.i + 1]:
        if tok.pos_ == "NOUN" and tok.dep_ != "compound":
            return tok
        if tok.pos_ in ("ADP", "PUNCT", "VERB", "AUX", "SCONJ"):
            return None
    return None


@lru_cache(maxsize=1)
def _group_forms() -> frozenset[str]:
    """The word forms of the group nouns, for the gate."""
    irregular = {"men", "women", "gunmen", "policemen", "militiamen", "people", "police"}
    # (and the unnamed doers a place may name, events-13: "an explosion in Kabul", "pirates off Somalia")
    nouns = _GROUP_NOUNS | _GROUP_WORDS | _ATTACK_NOUNS | _ARMED_GROUP_NOUNS | _CIVILIAN_GROUP_NOUNS
    return frozenset(f for lemma in nouns for f in noun_forms(lemma)) | irregular


def _group_placed(text: str, s: int, e: int, places: list[tuple[int, int]]) -> bool:
    """Whether a sentence names a place and a group noun that may be placed in it."""
    if not any(s <= a and b <= e for a, b in places):
        return False
    return bool({w.lower() for w in _WORD.findall(text[s:e])} & _group_forms())


def _counted_head(tok: Any) -> Any:
    """What a quantity counts: "thousands of students" → students; the noun itself otherwise
    ("opposition groups")."""
    while tok.lemma_.lower() in _QUANTITY_WORDS | {"ten", "tens"} or tok.pos_ == "NUM":
        of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
        if of is None:
            return tok
        tok = of
    return tok


def _group_lemma(tok: Any) -> str:
    """A noun's lemma; a capitalised plural the small model reads as a name ("Rebels in Chad …") singular."""
    lemma = str(tok.lemma_.lower())
    if tok.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in _GROUP_NOUNS:
        return lemma[:-1]
    return lemma


def _group_sector(tok: Any) -> str:
    """The sector of a group noun: its own ("rebels": REB), else its kind's ("opposition groups": OPP),
    else civilians."""
    for lemma in (_group_lemma(tok), *(c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound"))):
        if lemma in _GROUP_SECTORS:
            return _GROUP_SECTORS[lemma]
    return "CVL"


def _people_of_place(tok: Any) -> bool:
    """Whether a place names the people of a group placed in it: "backing protesters in Hong Kong",
    "aid for civilians in Tigray" (the people of the place, not the place) (events-14)."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("in", "of") and _is_group(prep.head)


def _is_group(tok: Any) -> bool:
    """Whether a noun names people acting together: "demonstrators", "leader", "a rebel group"."""
    lemma = _group_lemma(tok)
    if lemma in _GROUP_NOUNS:
        return True
    kinds = _GROUP_KINDS | _GROUP_NOUNS
    return lemma in _GROUP_WORDS and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in kinds
                                         for c in tok.children)  # fmt: skip


def _will(t: Any) -> bool:
    """Whether a verb is in the future: "will release", "would provide" (reported), "'ll send",
    "would not hesitate to strike" (events-16)."""
    carrier = _modal_carrier(t) or t
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "would") for c in carrier.children)


def _modal_carrier(t: Any) -> Any:
    """The verb whose auxiliaries give ``t`` its modality when ``t`` has none of its own: "have" in
    "would have no choice but to destroy", "hesitate" in "would not hesitate to strike"; else None."""
    return _no_choice_but(t) or _unhesitating(t)


def _unhesitating(t: Any) -> Any:
    """"said it would not hesitate to strike Iran": the negated verb of hesitating whose auxiliaries
    give the act its modality (an act announced, not done); None for any other verb (events-16)."""
    head = t.head
    if t.dep_ == "xcomp" and head.lemma_.lower() in _UNHESITATING and any(c.dep_ == "neg" for c in head.children):
        return head
    return None


def _no_choice_but(t: Any) -> Any:
    """"it would have no choice but to totally destroy North Korea": the verb ("have") whose
    auxiliaries give the act after "but to" its modality; None for any other verb."""
    if t.dep_ in ("pcomp", "xcomp", "advcl") and t.head.lower_ == "but":
        verb = t.head.head
        if verb.lemma_.lower() in _CHOICES:
            verb = verb.head  # ("but" read as a preposition on "choice")
    elif t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "but" for c in t.head.children) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.children):  # fmt: skip
        verb = t.head  # (the parser also reads "but to destroy" as a second verb of "have")
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in _CHOICES and any(d.lower_ == "no" for d in c.children)
            for c in verb.children):  # fmt: skip
        return None
    return verb


def _series_of(n: Any) -> Any:
    """The series noun an event noun is the of-object of ("a round of exercises"), else None."""
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in _SERIES | _DURATIONS:
        return n.head.head
    return None


def _names_what_is_undone(t: Any) -> bool:
    """"eased the curfew it had imposed", "lifted sanctions imposed on India", "released a ship it
    seized": a clause on the object of an undoing verb only says which measure or seizure is undone;
    the one event is the undoing (events-13)."""
    if t.dep_ not in ("relcl", "acl") or t.head.dep_ not in ("dobj", "nsubjpass", "npadvmod"):
        return False
    return t.head.head.lemma_.lower() in _UNDOING


def _measure_as_doer(t: Any) -> bool:
    """Whether a verb's doer is a measure or a calamity, not someone using force (events-13)."""
    subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS and t.dep_ == "relcl":
        subject = t.head  # "a law that targets Americans"
    return subject is not None and _group_lemma(_counted_head(subject)) in _MEASURE_DOERS


def _coordinated_object(n: Any) -> Any:
    """"launched air and artillery strikes on …": the parser makes the event noun a conjunct of the
    light verb's object ("air"); that first conjunct stands for it (its dep and head). Else None."""
    if n.dep_ == "conj" and n.head.dep_ in ("dobj", "nsubjpass") and n.head.pos_ in ("NOUN", "PROPN"):
        return n.head
    return None


def _definite(n: Any) -> bool:
    """Whether a noun is named as already known: "the talks", "their negotiations" (events-14)."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "their", "these", "those") for c in n.children)


def _verdict_heads(verdict: Any) -> set[str]:
    """The lemmas of a verdict's head words, its own and those coordinated with it ("a threat and an
    accomplice"), not of the words that modify them ("an enabler of the war": enabler only)."""
    return {verdict.lemma_.lower(), *(c.lemma_.lower() for c in verdict.conjuncts)}


def _gerund_verdict(t: Any) -> Any:
    """"called the killing a barbaric act": the small model reads a gerund object ("killing") as a
    verb and hangs the verdict ("a barbaric act") on it as that verb's object, not as the labelling
    verb's predicate; the verdict, an indefinite noun phrase, or None (events-14)."""
    obj = next((c for c in t.children if c.dep_ == "dobj" and c.tag_ == "VBG"), None)
    if obj is None:
        return None
    return next((n for n in obj.children if n.dep_ == "dobj" and n.pos_ == "NOUN" and n.i > obj.i
                 and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in n.children)), None)  # fmt: skip


def _stranded_subject(t: Any) -> Any:
    """"A US strike killed Soleimani, …, and Supreme Leader Khamenei warned that …", "when Morocco's
    envoy expressed support for the region and Algeria recalled its ambassador": the small model
    joins the second clause's subject to the first clause's object as a conjunct and leaves the
    second verb (a conjunct, a complement or the root) no subject, or makes that whole object its
    subject. The name just before such a verb, after "and", or None (events-17). Also a clause of
    time's second verb, hung on the main verb ("when China sent warships near Taiwan and Japan
    protested"), but not a subject read as the time word's object ("after Turkey and Armenia
    agreed": both agreed, ``_time_word_subject``; events-19)."""
    if t.dep_ not in ("conj", "ccomp", "ROOT", "advcl") or t.i == 0 or t.pos_ not in ("VERB", "AUX"):
        return None
    name = t.doc[t.i - 1]
    first = t.head.i if t.dep_ != "ROOT" else -1  # (or the second verb is made the root)
    fronted = next((c for c in t.children if c.dep_ == "advcl" and c.i < name.i and _time_clause(c)), None) \
        if t.dep_ in ("advcl", "ccomp") and first > t.i else None  # fmt: skip
    if fronted is not None:
        # ("When China sent warships near Taiwan and Japan protested, Washington urged …": before the
        # main clause the parser hangs the first verb of the clause of time on the second, itself an
        # adverbial clause or a complement of the main verb; events-19 review)
        first = fronted.i
    if name.dep_ != "conj" or name.pos_ not in ("PROPN", "NOUN") or not first < name.head.i < name.i:
        return None
    if t.dep_ == "advcl" and name.head.dep_ == "pobj" and name.head.head.lower_ in _TIME_MARKS:
        return None
    subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(name.i not in {w.i for w in c.subtree} for c in subjects) or (
            t.dep_ == "ccomp" and not subjects and fronted is None):  # fmt: skip
        return None  # (a subject of its own, or a reported clause without one)
    # ("Leaders of France and Germany met": one subject, not a first clause's object; a complement's
    # subject that swallowed the object starts after the first verb)
    if subjects and not (_inside_another_clause(name.head, t) or (
            t.dep_ == "ccomp" and all(c.left_edge.i > t.head.i for c in subjects))):  # fmt: skip
        return None
    before = name.left_edge.i - 1
    return name if before >= 0 and t.doc[before].text.lower() == "and" else None


def _time_clause(v: Any) -> bool:
    """Whether a verb heads a clause of time ("when China sent warships", "after Moscow expelled …")."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in v.children)


def _inside_another_clause(noun: Any, verb: Any) -> bool:
    """Whether a noun hangs, through nouns and prepositions, on a verb other than ``verb`` before it
    reaches ``verb`` (the object of a first clause that a second verb's subject swallowed)."""
    node = noun
    while node.head.i != node.i and node.i != verb.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.i != verb.i:
            return True
    return False


def _stopped_short(t: Any) -> Any:
    """"stopped short of inviting Kyiv to join", "fell short of recognising": the verb that holds
    an act back, whose subject would have done it and did not; None elsewhere (events-17)."""
    if t.dep_ != "pcomp" or t.head.lower_ != "of" or t.head.head.lower_ != "short":
        return None
    verb = t.head.head.head
    return verb if verb.lemma_.lower() in ("stop", "fall") and verb.pos_ in ("VERB", "AUX") else None


def _pressed_holder(t: Any) -> Any:
    """"Abe faces pressure to make a reciprocal visit", "Biden is under pressure to impose sanctions":
    the verb whose subject is pressed to do ``t`` (and has not done it), or None (events-17b)."""
    noun = t.head
    if t.dep_ != "acl" or noun.lemma_.lower() not in _PRESSURE_NOUNS:
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("face", "feel"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def _declared_unwelcome(verb: Any) -> Any:
    """"declared US Ambassador Philip Goldberg persona non grata": the small model reads the Latin
    as a clause ("persona" a verb or noun with "grata" its object) and hangs the one declared on it
    as its subject or compound, leaving the verb no object. The one declared, or None (events-17)."""
    for c in verb.children:
        if c.dep_ not in ("ccomp", "xcomp", "oprd", "dobj"):
            continue
        # ("persona" may head the phrase or modify "grata": "declared the diplomat persona non grata")
        persona = next((w for w in c.subtree if w.lower_ == "persona"), None)
        if persona is None or not any(w.lower_ == "grata" for w in c.subtree):
            continue
        return next((g for h in (persona, c) for g in h.children
                     if g.dep_ in ("nsubj", "compound", "dobj") and g.i < persona.i), None)  # fmt: skip
    return None


def _fused_verdict(t: Any) -> Any:
    """"called the strike retaliation for …": the small model reads two nouns in a row as one
    compound, the act named ("strike") modifying the verdict ("retaliation"), and makes the verdict
    the labelling verb's object. The verdict, when it is a word of justification and an act is
    fused to it, or None (events-17)."""
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in _JUSTIFYING_WORDS:
        return None
    return obj if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in obj.children) else None


def _fused_label(t: Any) -> Any:
    """"branded the seizure illegal", "called the decision groundless": the small model reads a
    definite act noun and the label after it as one compound, the act ("seizure") modifying the
    label ("illegal"), and makes the label the labelling verb's object. The label, when it is a
    hostile or warm word, an act noun is fused to it and the phrase opens with a determiner or a
    possessor ("the", "Moscow's"), or None (events-18; a justification is ``_fused_verdict``'s). The
    model may hang an adjective label as a clausal complement instead ("the seizure illegal")."""
    obj = next((c for c in t.children if c.dep_ == "dobj" or (c.dep_ in ("ccomp", "xcomp") and c.pos_ == "ADJ")),
               None)  # fmt: skip
    if obj is None or obj.lemma_.lower() not in _HOSTILE_WORDS | _WARM_WORDS | _PRAISE_WORDS:
        return None
    act = _fused_act(obj)
    if act is None or not any(w.dep_ in ("det", "poss") and w.i < act.i for w in obj.subtree):
        return None
    return obj


def _fused_act(verdict: Any) -> Any:
    """The act named in a fused verdict (``_fused_verdict``): its noun compound."""
    return next((c for c in verdict.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)


def _clause_core(c: Any) -> list[Any]:
    """A reported clause's own words: its verb and the subtrees of its dependents, not a clause
    conjoined to it ("said NATO was spreading lies and urged …": "urged" is the speaker's next act,
    whatever the parser hangs it on) nor its condition ("even if Washington proposed new talks")."""
    return [c, *(w for g in c.children if g.dep_ not in ("conj", "cc") and not _is_condition(g) for w in g.subtree)]


def _clause_verdict(c: Any) -> str | None:
    """The verdict a reported clause passes on its subject (events-16): "111" when what it says of
    it is hostile ("the law sent the wrong signal", "NATO was spreading belligerent rhetoric",
    "had crossed a red line"), "051" when it praises ("Russia was waging a sacred fight", "Ukraine
    deserved support"), "016" when it calls a charge false ("the allegations were baseless"), else
    None. The words judged are the predicate's (complement, attribute,
    object; a copula's prepositional phrases too: "was in violation of"); a verb's other phrases
    only in a stock idiom ("was playing with fire"). A negated clause passes none here."""
    if any(g.dep_ == "neg" for g in c.children) or not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
        return None
    if c.lemma_.lower() in _OPPOSING_VERBS:
        return None  # "would counter propaganda with facts": the hostile word is what the subject fights
    copula = c.lemma_.lower() in _EQUATING
    core: set[str] = set()
    phrases: set[str] = set()
    for g in c.children:
        if g.dep_ in ("acomp", "attr", "dobj", "oprd") or (copula and g.dep_ == "prep"):
            core |= {w.lemma_.lower() for w in g.subtree}
        elif g.dep_ in ("prep", "dative"):
            phrases |= {w.lemma_.lower() for w in g.subtree}
    idiom = {(c.lemma_.lower(), w) for w in core | phrases}
    subject = next(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
    if copula and subject.lemma_.lower() in _CHARGES and core & _FALSITY_WORDS:
        return "016"  # "the accusations were baseless": the charge denied
    if (core & _HOSTILE_WORDS) - {"act"} or idiom & _HOSTILE_IDIOMS:
        return "111"
    if core & _PRAISE_WORDS or idiom & _APPROVING_IDIOMS:
        return "051"
    return None


def _culpable_word(c: Any, event_nouns: Container[str]) -> Any:
    """The word of a reported clause that makes its subject the culprit of something, or None:
    "was responsible (guilty) for …" (the adjective), "was behind the attack" (the act, an event
    noun), "bore responsibility for the attack" (the noun, events-16). Not what is still to come:
    "the US would bear responsibility for the consequences" is a veiled threat."""
    lemma = c.lemma_.lower()
    if any(g.dep_ == "aux" and g.lower_ in _FUTURE_AUX | _HYPOTHETICAL_AUX for g in c.children):
        return None
    for g in c.children:
        if lemma == "be" and g.dep_ == "acomp" and g.lemma_.lower() in _CULPABLE:
            return g
        if lemma == "be" and _is_to_blame(g):
            return g  # "the United States was to blame for the tensions" (events-19)
        if lemma == "be" and g.dep_ == "prep" and g.lower_ == "behind":
            act = next((p for p in g.children if p.dep_ == "pobj" and (
                p.lemma_.lower() in event_nouns or p.lemma_.lower() in _ATTACK_NOUNS)), None)  # fmt: skip
            if act is not None:
                return act
        if lemma in ("bear", "carry") and g.dep_ == "dobj" and g.lemma_.lower() in _RESPONSIBILITY_NOUNS and \
                not any(d.lower_ == "no" for d in g.children):  # fmt: skip
            return g
    return None


def _clause_justifies(c: Any) -> bool:
    """Whether a reported clause gives an act its ground (events-16): a copula whose complement is a
    word of justification ("were legitimate self-defence", "was a necessary response") or a verb
    of acting with a justifying phrase ("had acted in self-defence"; not any verb's "on Tuesday")."""
    if any(g.dep_ == "neg" for g in c.children):
        return False
    if c.lemma_.lower() == "be":
        return any(g.dep_ in ("acomp", "attr") and {w.lemma_.lower() for w in g.subtree} & _JUSTIFYING_WORDS
                   for g in c.children)  # fmt: skip
    return c.lemma_.lower() == "act" and any(_justifying_prep(g) for g in c.children)


def _misparsed_main_verb(t: Any) -> bool:
    """"The Iraqi air force carried out three air strikes": with no finite verb left, the small
    parser makes the noun the root and the verb a participle on it. A participle with an object on
    a root noun is the sentence's verb."""
    return t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and t.head.dep_ == "ROOT" and \
        t.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "dobj" for c in t.children)  # fmt: skip


def _shared_object(t: Any) -> list[Any]:
    """"fired on and seized three Ukrainian vessels": a verb whose preposition is left without its
    object shares the object of the verb coordinated after it; else []."""
    stranded = any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "at", "upon") and not list(c.children)
                   and c.i == t.i + 1 for c in t.children)  # fmt: skip
    if not stranded:
        return []
    return [o for v in t.conjuncts if v.i > t.i and v.pos_ == "VERB" for o in v.children if o.dep_ == "dobj"]


def _circumstance_of(t: Any, verb: Any) -> bool:
    """Whether ``t`` hangs on ``verb`` (an ancestor) as a participle clause of circumstance ("…,
    meeting Milei in Paris, said"), not as what the verb says."""
    while t.head.i != verb.i and t.head.i != t.i:
        t = t.head
    return t.dep_ == "advcl" and t.tag_ == "VBG" and not any(c.dep_ == "mark" for c in t.children)


def _denied_subject(subject: Any) -> bool:
    """Whether a subject denies that anyone of it acted ("neither side", "no country")."""
    return any(g.dep_ == "det" and g.lower_ in ("neither", "no") for g in subject.children)


def _raised_object(t: Any) -> Any:
    """"has neither confirmed nor denied the strike", "condemned and denounced the attack": a verb
    with no object or complement of its own, coordinated with a next verb of the same subject,
    shares that verb's direct object (English raises the object out of both). Else None."""
    if any(c.dep_ in ("dobj", "nsubjpass", "attr", "prep", "ccomp", "xcomp", "dative", "prt") for c in t.children):
        return None
    then = next((c for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if then is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in then.children):
        return None
    return next((c for c in then.children if c.dep_ == "dobj"), None)


def _neither_nor(t: Any) -> bool:
    """Whether a verb is denied by "neither … nor" ("has neither confirmed nor denied the strike"):
    the first verb carries "neither", the second is its conjunct joined by "nor"."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in t.children):
        return True
    return t.dep_ == "conj" and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in t.head.children) and \
        any(c.dep_ == "cc" and c.lower_ == "nor" for c in t.head.children)  # fmt: skip


def _relative_object(t: Any, obj: Any) -> bool:
    """Whether a non-restrictive relative clause's object is its relative pronoun ("the
    communications, which Beijing had cut off", "the envoy, whom Canberra recalled"): then the noun
    the clause hangs on is what the verb acts on. Only after a comma: such a clause asserts
    something new, while a restrictive one ("lift the ban that they imposed") only says which
    thing is meant."""
    return t.dep_ == "relcl" and obj.dep_ == "dobj" and obj.lower_ in _RELATIVE_PRONOUNS and \
        obj.tag_ in ("WDT", "WP") and t.head.pos_ == "NOUN" and obj.i > 0 and obj.nbor(-1).text == ","  # fmt: skip


def _object_predicate(t: Any, obj: Any) -> Any:
    """"designated the Muslim Brotherhood a terrorist organisation", "Kabylie, which Algeria
    designated a terrorist organisation": a second object after the first is what the verb makes
    of the thing (the small parser reads the object predicate as an object too); that noun, else
    None (events-19)."""
    if obj is None or obj.dep_ != "dobj":
        return None
    return next((c for c in t.children if c.dep_ in ("dobj", "oprd") and c.i > obj.i and c.pos_ == "NOUN"), None)


def _from_both_sides(subject: Any) -> bool:
    """Whether a plural subject is people drawn "from both sides" ("officials from both sides",
    "commanders from the two sides"): they act for the two parties together."""
    if subject.tag_ not in ("NNS", "NNPS"):  # (a capitalised first word may be read as a proper plural)
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() == "side" and g.tag_ == "NNS" and
               {c.lower_ for c in g.children if c.dep_ in ("det", "nummod", "predet")} & {"both", "two"}
               for prep in subject.children if prep.dep_ == "prep" and prep.lower_ == "from"
               for g in prep.children)  # fmt: skip


def _solo_show_of_force(n: Any, actors: list[Any], recipients: int) -> bool:
    """Whether a drill noun is one state's show of force (150) rather than joint manoeuvres (062):
    one state, no partner, no "joint" on the noun and no civil kind ("the Chinese navy held drills
    near …"; not "NATO's exercises", an alliance's being joint, nor "an evacuation exercise")."""
    if len({a.code for a in actors}) != 1 or recipients or actors[0].kind == "igo":
        return False
    kinds = [c for c in n.children if c.dep_ in ("amod", "compound")]
    if any(c.lower_ in ("joint", "combined", "bilateral", "trilateral", "multinational") for c in kinds):
        return False
    return all(c.lower_ in _ARMED_DRILL_KINDS for c in kinds if c.pos_ in ("NOUN", "PROPN"))


def _peace_context(doc: Any) -> bool:
    """Whether a sentence deploys forces for peace or relief: peacekeeping, humanitarian aid."""
    return any(w.lower_.startswith(("peacekeep", "peace-keep")) or w.lemma_.lower() in _PEACE_WORDS for w in doc)


def _is_condition(c: Any, *, timed: bool = True) -> bool:
    """Whether a word heads a condition clause ("if South Korea supplied weapons", "unless Chad holds …"),
    or a time made one by "only" on an act to come ("would return to the deal only once its demands
    were met", "will free them only after Israel withdraws"; not "withdrew only after": events-19),
    unless ``timed`` is off."""
    if c.dep_ != "advcl":
        return False
    if any(g.dep_ == "mark" and g.lower_ in _CONDITION_MARKS for g in c.children):
        return True
    if not timed:
        return False
    times = [g for g in c.children if g.dep_ in ("mark", "advmod") and g.lower_ in _ONLY_TIME_MARKS]
    near = (*c.children, *(x for g in times for x in g.children))
    only = any(w.dep_ == "advmod" and w.lower_ == "only" for w in near)
    to_come = any(a.dep_ == "aux" and a.lower_ in _FUTURE_AUX | _HYPOTHETICAL_AUX for a in c.head.children)
    return bool(times) and only and to_come


def _condition_mark(c: Any) -> str:
    """The word that makes a clause a condition ("if", "unless", "once" of "only once")."""
    return str(next(g.lower_ for g in c.children if g.dep_ in ("mark", "advmod")
                    and g.lower_ in (*_CONDITION_MARKS, *_ONLY_TIME_MARKS)))  # fmt: skip


def _past_time_clause(c: Any) -> bool:
    """Whether a word heads a clause of time that tells a past act of its own subject ("after Russia
    invaded Ukraine", "before Iran had attacked"): the act happened, whatever the clause it dates
    (a request, a threat, a plan) says of its own act."""
    if c.dep_ != "advcl" or not any(g.dep_ == "mark" and g.lower_ in _TIME_MARKS for g in c.children):
        return False
    if not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
        return False
    return c.tag_ == "VBD" or any(g.dep_ == "aux" and g.lower_ == "had" for g in c.children)


def _time_word_subject(t: Any) -> Any:
    """"relations thawed after Turkey and Armenia agreed", "after Moscow detained a diplomat": the
    small parser may read the subject of a clause of time as the object of its conjunction, taken
    for a preposition; that noun, when it ends right before the clause's verb (only adverbs and
    auxiliaries between), else None (events-19)."""
    if t.dep_ != "advcl" or t.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in t.children):
        return None
    words = [c for c in t.children if c.dep_ in ("mark", "prep") and c.lower_ in _TIME_MARKS]
    words += [c for c in t.head.children if c.dep_ == "prep" and c.lower_ in _TIME_MARKS and c.i < t.i]
    for w in words:
        obj = next((g for g in w.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.i < t.i and all(
                b.dep_ in ("advmod", "aux", "neg") for b in obj.doc[obj.right_edge.i + 1 : t.i]):  # fmt: skip
            return obj
    return None


def _conditions(t: Any) -> list[Any]:
    """The condition clauses on a verb."""
    return [c for c in t.children if _is_condition(c)]


def _condition(t: Any) -> str | None:
    """The mark of a condition on a verb ("if", "unless"), else None."""
    conditions = _conditions(t)
    if not conditions:
        return None
    return _condition_mark(conditions[0])


def _yet_to(t: Any) -> bool:
    """"has yet to sign the treaty", "is yet to withdraw its troops": not done so far, the text
    says (negated, events-18; not "is to withdraw", a plan)."""
    head = t.head
    return t.dep_ == "xcomp" and head.lemma_.lower() in ("have", "be") and \
        any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)  # fmt: skip


def _calendar_clause(t: Any) -> tuple[Any, ...]:
    """The verbs of a relative clause on an event noun (or on its prepositions' objects, where the
    parser hangs it) that say the event
    happens: "an emergency meeting of the Council, which diplomats said would take place on Friday",
    "a session, which is expected to take place on Tuesday", "talks, which will be held in Istanbul"
    (events-19). The happening verb comes first, then those above it up to the clause's own verb;
    empty when there is no such clause."""
    nouns = [t, *(o for p in t.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
    for clause in (r for n in nouns for r in n.children if r.dep_ == "relcl"):
        below = [c for c in clause.children if c.dep_ in ("ccomp", "xcomp")]
        below += [x for a in clause.children if a.dep_ == "acomp" for x in a.children if x.dep_ == "xcomp"]
        if _happens(clause) and _relative_subject(clause):
            return (clause,)
        for verb in below:
            if _happens(verb) and (_relative_subject(verb) or _relative_subject(clause)):
                return (verb, *([verb.head] if verb.head.i != clause.i else []), clause)
    return ()


def _happens(v: Any) -> bool:
    """Whether a verb says its subject takes place: "take place", "be held", "open", "convene"."""
    lemma = v.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in v.children)
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in v.children):
        # ("talks with Russia, which started the war", "with Iran, which began enriching uranium": the
        # clause tells what its subject did, not that a meeting takes place; events-19 review)
        return False
    if lemma == "hold":
        return any(c.dep_ == "auxpass" for c in v.children)
    return lemma in _HAPPENING and lemma not in ("be", "come", "go")


def _relative_subject(v: Any) -> bool:
    """Whether a verb's subject is a relative pronoun ("which", "that")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE_PRONOUNS for c in v.children)


def _calendar_status(t: Any) -> str | None:
    """The status an event noun takes from a relative clause that says it happens (``_calendar_clause``):
    hypothetical with "could", "may"; planned with a future ("will", reported "would") or a verb of
    scheduling ("is expected to", "is due to") or a present tense with a time ahead ("which opens on
    Thursday"); None without such a clause or for one in the past
    ("which took place in Geneva": the noun as the rest of the sentence has it)."""
    chain = _calendar_clause(t)
    aux = {c.lower_ for v in chain for c in v.children if c.dep_ in ("aux", "auxpass")}
    if aux & _POSSIBILITY_AUX:
        return "hypothetical"
    if aux & (_FUTURE_AUX | {"would"}) or any(v.lemma_.lower() in _SCHEDULING or v.lower_ == "due" for v in chain):
        return "planned"
    if any(_present_tense(v) and _coming_time(v) for v in chain):
        return "planned"  # "the G20 meeting in Bali, which opens on Thursday"
    return None


def _awaited(t: Any) -> bool:
    """Whether an event noun is what the clause's own act comes before: "met Erdogan on the eve of
    the alliance's summit", "ahead of the summit", "in the run-up to the talks" (planned, events-19),
    or is owned by a time ahead: "next week's summit", "tomorrow's talks"."""
    if any(c.dep_ == "poss" and (c.lower_ in _COMING_TIME or any(
            m.lower_ in _COMING_MODIFIERS for m in c.children if m.dep_ == "amod")) for c in t.children):
        return True  # fmt: skip
    prep = t.head
    if t.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    frame = prep.head
    if prep.lower_ == "of":
        return frame.lower_ in ("ahead", "eve")
    # ("the run-up to the talks": the model makes "up" the head, with "run" its compound)
    return prep.lower_ == "to" and frame.lower_ == "up" and any(c.lower_ == "run" for c in frame.children)


def _complementiser_object(t: Any, obj: Any) -> bool:
    """Whether a that-clause's verb has its own mark "that" as its object, as the small model may
    parse it after a date ("told parliament on March 5 that his forces would withdraw"): the word
    comes before the clause's subject, so it is the clause's mark (events-19)."""
    return obj.lower_ == "that" and obj.dep_ == "dobj" and t.dep_ == "ccomp" and \
        any(c.dep_ in ("nsubj", "nsubjpass") and c.i > obj.i for c in t.children)  # fmt: skip


def _going_to(t: Any) -> bool:
    """"is going to visit Washington", "are about to sign": a future of its own (planned, events-18),
    not the aspect of "keep talking" or "went on to win"."""
    head = t.head
    return t.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and (
        (head.lemma_.lower() == "go" and head.tag_ == "VBG") or (head.lower_ == "about" and head.dep_ == "acomp"))


def _held_back(t: Any) -> bool:
    """"left the meeting without meeting Blinken", "refrained from condemning the invasion", "instead
    of attending": a gerund after "without", "instead of", "rather than", or after "from" on a verb,
    whose doer is the clause's (events-18). Not after
    "from" on a verb with an object ("barred Russia from attending the summit"): what the ban
    forbids is its content, no row (the gold's "contents are not rows")."""
    prep = t.head
    if t.dep_ != "pcomp" or t.tag_ != "VBG" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    if prep.lower_ in ("of", "than") and any(c.lower_ in ("instead", "rather") for c in prep.children):
        return True  # "sent his minister instead of attending the summit", "rather than meeting him"
    return prep.lower_ == "without" or (prep.lower_ == "from" and not any(c.dep_ == "dobj" for c in prep.head.children))


def _scheduled(t: Any) -> bool:
    """Whether an event noun is put on a calendar by a participle or relative clause on it: "talks
    slated for Friday", "the visit, which is scheduled for next week", "a summit set for June"
    (planned, events-18). Also a clause the model hangs on the place ("the visit to Israel, which
    is scheduled for next week"): a place is put on no calendar."""
    places = [g for p in t.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    for c in [c for w in (t, *places) for c in w.children]:
        if c.dep_ not in ("acl", "relcl"):
            continue
        if c.lemma_.lower() in _SCHEDULING or any(g.dep_ == "acomp" and g.lemma_.lower() in _SCHEDULING
                                                  for g in c.children):  # fmt: skip
            return True
    return False


def _in_case_of(t: Any) -> bool:
    """Whether an event noun is what "in case of" or "in the event of" provides for: "in case of a
    Russian attack on Lithuania" (hypothetical, events-18)."""
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "of":
        return False
    frame = prep.head
    return frame.lemma_.lower() in ("case", "event") and frame.dep_ == "pobj" and frame.head.lower_ == "in"


def _present_tense(verb: Any) -> bool:
    """Whether a verb is told in the present tense: "travels", "meet" after a plural subject, "is
    visiting", "are held" (not "was visiting", "will meet", "has met")."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not aux
    return verb.tag_ in ("VBG", "VBN") and bool(aux) and all(a in _PRESENT_BE for a in aux)


#: the links from a verb to the words of its own clause that can hold a time ("on Sunday", "next week")
_TIME_LINKS = frozenset({"prep", "pobj", "npadvmod", "advmod", "amod", "tmod", "det", "compound"})


def _denied_claim(t: Any) -> Any:
    """The verb that denies the claim whose "that" clause ``t`` heads: "denied" in "Russia denied
    reports that it had sent troops", "dismissed" in "dismissed claims that it attacked a hospital"
    (events-18: the denied act is negated, the denier its source); None otherwise."""
    claim = t.head
    if t.dep_ not in ("acl", "ccomp") or claim.lemma_.lower() not in _DENIED_CLAIMS or claim.dep_ != "dobj":
        return None
    return claim.head if claim.head.lemma_.lower() in _CLAIM_DENYING else None


def _with_no(t: Any) -> bool:
    """Whether an event noun, or a verb's object, has "no": "there were no talks", "held no talks
    with Kyiv", "sent no troops" (negated, events-18)."""
    nouns = [t] if t.pos_ in ("NOUN", "PROPN") else [c for c in t.children if c.dep_ == "dobj"]
    return any(c.dep_ == "det" and c.lower_ == "no" for n in nouns for c in n.children)


def _coming_time(verb: Any, weekdays: bool = True) -> bool:
    """Whether the verb's (or event noun's) own words, not a clause below it, name a time ahead:
    "next week", "later this month" (a modifier on a time noun), "tomorrow", "in the coming days",
    or a weekday ("travels to Beijing on Sunday": with a verb in the present, a day ahead). Read
    by the status for verbs in the present tense only: "met on Sunday" is past (events-18); for an
    event noun ("Blinken's trip to Beijing next week") without the weekdays."""
    # (and through its object: "are holding talks in the coming days")
    stack = [(c, 1) for c in verb.children if c.dep_ in _TIME_LINKS or c.dep_ == "dobj"]
    while stack:
        w, depth = stack.pop()
        if w.lower_ in _COMING_TIME or (weekdays and w.lower_ in _WEEKDAYS):
            return True
        if w.lower_ in _COMING_MODIFIERS and w.head.lemma_.lower() in _TIME_WORDS:
            return True
        if depth < 4:
            stack.extend((c, depth + 1) for c in w.children if c.dep_ in _TIME_LINKS)
    return False


def _will_not(t: Any) -> bool:
    """Whether a verb is negated with an auxiliary of will or ability ("will not accept"), or is an
    intention denied (events-16: "had no plans to retaliate", "has no intention of joining", "does
    not intend to invade")."""
    children = list(t.children)
    return (any(c.dep_ == "neg" for c in children) and any(c.dep_ == "aux" and c.lower_ in _REFUSING_AUX
                                                           for c in children)) or _intent_denied(t)  # fmt: skip


def _aimed_at(t: Any) -> bool:
    """Whether a verb is the infinitive of a noun of aiming ("Ukraine's bid to join the EU", "its
    quest to host the Games"): what the bid is for, not an act of its own (events-17)."""
    return t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in _AIMING_NOUNS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def _intended_by(t: Any) -> Any:
    """The noun or verb of intention whose act a verb is: "plans" in "no plans to retaliate",
    "intention" in "no intention of attacking", "intend" in "does not intend to invade"; else None."""
    head = t.head
    if t.dep_ == "pcomp" and head.lower_ == "of":
        head = head.head  # "no intention of attacking"
    elif t.dep_ not in ("acl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return None
    if (head.pos_ == "NOUN" and head.lemma_.lower() in _INTENT_NOUNS) or (
            head.pos_ == "VERB" and head.lemma_.lower() in _INTENDING):  # fmt: skip
        return head
    return None


def _intent_holder(t: Any) -> Any:
    """The verb whose subject holds the intention of a verb's act ("they had no plans to
    retaliate": "had"); None when the intention is no verb's object."""
    head = _intended_by(t)
    if head is not None and head.pos_ == "NOUN" and head.dep_ == "dobj":
        return head.head
    return None


def _plan_owned(t: Any) -> Any:
    """The verb whose subject makes a plan its own, when a verb is that plan's act: "announced plans
    to send a destroyer", "approved a plan to deploy troops" ("announced", "approved"); None for a
    plan with an owner of its own ("criticised US plans to deploy missiles") or under another verb
    (events-18)."""
    holder = _intent_holder(t)
    plan = t.head
    if holder is None or holder.lemma_.lower() not in _PLAN_OWNING or _intent_denied(t):
        return None
    if any(c.dep_ in ("poss", "compound", "amod") and c.pos_ in ("PROPN", "PRON", "ADJ") for c in plan.children):
        return None  # (the owner named on the noun: "Japan's plan", "US plans", "Russian plans")
    return holder


def _intent_denied(t: Any) -> bool:
    """Whether a verb is the act of an intention denied: "no plans to retaliate" (its noun has "no"),
    "no intention of attacking", "does not intend to invade"."""
    head = _intended_by(t)
    if head is None:
        return False
    if head.pos_ == "NOUN":
        return any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in head.children)
    return any(c.dep_ == "neg" for c in head.children)


def _scope_lemmas(t: Any, preps: frozenset[str] | None = None) -> set[str]:
    """The lemmas of what a verb or noun says (its object, complement clauses and prepositional
    phrases, or only those of ``preps``), leaving out its subject, its conditions ("if attacked"
    is the other side's act) and "against" phrases ("warned against war" asks, not threatens);
    for a relative clause also its antecedent ("the attack, which it blamed on Kyiv")."""
    out: set[str] = set()
    for c in t.children:
        if c.dep_ in ("nsubj", "nsubjpass", "punct", "aux", "neg") or _is_condition(c):
            continue
        if c.dep_ == "prep" and (c.lower_ == "against" or (preps is not None and c.lower_ not in preps)):
            continue
        if preps is not None and c.dep_ not in ("prep", "dobj"):
            continue
        out |= {w.lemma_.lower() for w in c.subtree if not _figurative_or_ongoing(w)}
    if t.dep_ == "relcl":
        out.add(t.head.lemma_.lower())
    return out


def _figurative_or_ongoing(w: Any) -> bool:
    """Whether a word of force names no force threatened: a figurative one ("a trade war") or a
    war already going on, as a topic ("warned that the war in Ukraine would hurt growth"), unlike
    "a cause for war", "all-out war"."""
    if any(g.lemma_.lower() in _FIGURATIVE for g in w.children if g.dep_ in ("amod", "compound")):
        return True
    return w.lemma_.lower() == "war" and any(
        g.dep_ == "poss" or (g.dep_ == "det" and g.lower_ in ("the", "this", "that")) for g in w.children)


def _specific_code(t: Any, cameo: str) -> str:
    """The codebook's sub-code where the words of an unspecified threat or charge name it: a
    threat of retaliation or war is one of force (138), a charge of hostilities one of aggression
    (1123). Whatever picked the general code (verb, noun or stock phrase) left the words unread."""
    if cameo == "130":
        objects = {c.lemma_.lower() for c in t.children if c.dep_ == "dobj"}
        if _scope_lemmas(t) & _FORCE_RESPONSE_WORDS or objects & _FORCE_ACT_OBJECTS:
            return "138"
    elif cameo == "112" and _scope_lemmas(t, frozenset({"of", "for", "on"})) & _AGGRESSION_WORDS:
        return "1123"
    elif cameo[:2] == "04" and any(g.lemma_.lower() in _TELEPHONE_WORDS for c in t.children
                                   if c.dep_ == "prep" and c.lower_ in ("by", "over", "via")
                                   for g in c.children if g.dep_ == "pobj"):  # fmt: skip
        return "041"  # "discussed the launch with Biden by telephone" (not "discussed a phone deal")
    return cameo


def _troops_sent(t: Any) -> bool:
    """Whether what a verb sends is troops: its object, or the subject of its passive ("3,000
    soldiers would be sent"), is a noun for soldiers or a count of them."""
    obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return obj is not None and _group_lemma(_counted_head(obj)) in _TROOP_NOUNS - {"peacekeeper"}


def _sent_to_border(t: Any) -> bool:
    """Whether a verb sends something to a border ("to the border", "toward its frontier with Ukraine")."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _BORDER_NOUNS for c in t.children
               if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "toward", "towards")
               for g in c.children)  # fmt: skip


def _subject_kind(t: Any) -> str | None:
    """What a verb's subject is, as a group noun's lemma ("troops", "a North Korean missile",
    "thousands of protesters": troop, missile, protester), or None without a subject."""
    subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subject is not None and t.dep_ == "relcl" and subject.lower_ in _RELATIVE_PRONOUNS and t.head.i != t.i:
        subject = t.head  # ("protesters who had stormed parliament": protesters, events-19)
    return _group_lemma(_counted_head(subject)) if subject is not None else None


def _acted_on(holders: Sequence[Any]) -> list[Any]:
    """What acts are done to: the objects (or passive subjects) of ``holders``, then the objects of
    their "on", "at" or "against" ("opened fire on protesters", "cracked down on dissidents")."""
    return [c for h in holders for c in h.children if c.dep_ in ("dobj", "nsubjpass")] + [
        g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against")
        for g in c.children if g.dep_ == "pobj"]  # fmt: skip


def _with_objects(t: Any) -> list[Any]:
    """Whom an act is done with or to, by preposition: "talks with the rebels", "amnesty to the
    fighters" (the objects of its "with" and "to")."""
    return [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip


def _aimed_at_protesters(t: Any) -> bool:
    """Whether an act of force is aimed at protesters: its object, the object of its "on" or "at",
    or the object of a purpose clause ("opened fire to disperse the demonstrators")."""
    targets = _acted_on([t])
    targets += [g for c in t.children if c.dep_ in ("advcl", "xcomp") for g in c.children if g.dep_ == "dobj"]
    return any(_group_lemma(_counted_head(g)) in _PROTESTER_NOUNS for g in targets)


def _fights_affliction(t: Any) -> bool:
    """Whether what a verb of force acts on (its object) is an affliction, not an enemy."""
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    return obj is not None and _counted_head(obj).lemma_.lower() in _AFFLICTIONS


def _announced_as_threat(cameo: str) -> bool:
    """Whether an act of root 14 or above announced for the future is a threat whatever its
    condition: not a cut in relations or aid (16) nor an unspecified administrative measure (172,
    "would close its border"), which are decisions; a curfew (1723) or martial law (1724) announced
    coerces the population it will bind, a threat."""
    return cameo[:2] != "16" and cameo != "172"


def _justifying_prep(p: Any) -> bool:
    """Whether a preposition on "acted" gives the act's ground: "on a bomb threat", "out of
    necessity", "in self-defence" (not "in solidarity with", which says whom it sided with)."""
    if p.dep_ != "prep" or p.lower_ not in ("in", "on", "out"):
        return False
    return p.lower_ != "in" or any(w.lemma_.lower() in _JUSTIFYING_WORDS for w in p.subtree)


def _counted(obj: Any) -> set[str]:
    """"released dozens of political activists", "freed three of the hostages": the object counts
    people; the lemmas of what it counts."""
    if obj is None:
        return set()
    out: set[str] = set()
    for o in (obj, *obj.conjuncts):  # ("vehicles and a team of paratroopers")
        if o.lemma_.lower() in _QUANTITY_WORDS or o.pos_ == "NUM":
            head = _counted_head(o)  # ("three of the dozens of hostages": hostages)
            out |= {g.lemma_.lower() for g in (head, *head.conjuncts)}
    return out


def _agent_objects(v: Any) -> list[Any]:
    """What the "by" phrase of a passive names: "Israel" in "were shot down by Israel"."""
    return [g for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def _plural_antecedent(obj: Any) -> Any:
    """"launched 300 drones and missiles, and almost all of them were shot down": an object that is
    "them" (or counts them) stands for the things named last before it in its sentence, a plural
    object or subject of a passive; that noun, else None (events-19)."""
    if obj is None:
        return None
    head = _counted_head(obj)
    if head.lower_ not in ("them", "they"):
        return None
    before = next((w for w in reversed(head.doc[: head.i]) if w.tag_ == "NNS" and w.dep_ in (
        "dobj", "nsubjpass", "pobj", "conj")), None)  # fmt: skip
    while before is not None and before.dep_ == "conj":
        before = before.head  # ("drones and missiles": the first of the things)
    return before


def _amount_named(t: Any, obj: Any) -> Any:
    """"pledged $2bn in reconstruction aid", "sent $300 million in military aid": an amount of money
    as the object says what it is through "in" (on the amount or, as the parser may attach it, on the
    verb); that noun, else None (events-18)."""
    if obj is None or not _is_amount(obj):
        return None
    return next((g for h in (obj, t) for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)  # fmt: skip


def _is_amount(tok: Any) -> bool:
    """Whether a noun is an amount of money: a number, a currency word, "$2bn"."""
    return tok.pos_ == "NUM" or tok.text[:1].isdigit() or tok.lemma_.lower() in _AMOUNT_WORDS or any(
        c.tag_ == "$" for c in tok.children)  # fmt: skip


def _aid_kind_code(code: str, nouns: Sequence[Any]) -> str:
    """The aid code the kind word of an aid noun picks: "military aid" is 072 (pledged 0332),
    "humanitarian assistance" 073, "reconstruction aid" 071; ``code`` otherwise. The codebook keeps
    these apart, and news names the kind on the noun more often than through what is sent (events-18)."""
    slot = _REFINED_AID_CODES.get(code)
    if slot is None:
        return code
    for n in nouns:
        if n is None or n.lemma_.lower() not in _AID_NOUNS:
            continue
        kinds = [_AID_KIND_CODES[k] for c in n.children if c.dep_ in ("amod", "compound")
                 for k in (c.lemma_.lower(),) if k in _AID_KIND_CODES]  # fmt: skip
        if kinds:
            return kinds[0][slot]
    return code


def _present_passive(t: Any) -> bool:
    """Whether a verb is a present passive with no perfect or future ("are stationed", "is based"),
    which tells a state, not the act that made it (events-18)."""
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    return any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in aux) and not any(
        c.dep_ == "aux" for c in aux)  # fmt: skip


def _person_object(obj: Any, party_at: dict[int, Mention]) -> set[str]:
    """The lexicon's person marker when the object is a person: a name ("released Mesale Tolu"), a
    recognised person, a noun for people ("released the detained leaders") or a pronoun that only a
    person can be ("Abe, who had accompanied him"; events-18)."""
    if obj is None:
        return set()
    m = party_at.get(obj.i)
    if (m is not None and m.kind in ("person", "title", "demonym")) or obj.lemma_.lower() in _PERSON_NOUNS or (
            m is None and obj.pos_ == "PROPN") or (obj.tag_ == "PRP" and obj.lower_ in ("him", "her")):  # fmt: skip
        return {_PERSON_OBJECT}
    return set()


def _governed_by_prep(t: Any, prep: str) -> list[Any]:
    """What a verb's preposition ``prep`` governs ("withdrew from the treaty" → treaty), with their
    conjuncts. The small model labels "out" a preposition (or a particle) before "of" ("pulled out
    of the deal": of/prep under out), so "out" governs what that "of" governs, and so does "of"."""
    heads = [c for c in t.children if c.dep_ == "prep" and c.lower_ == prep]
    if prep in ("out", "of"):
        heads += [g for c in t.children if c.dep_ in ("prep", "prt") and c.lower_ == "out"
                  for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]  # fmt: skip
    return [w for h in heads for o in h.children if o.dep_ == "pobj" for w in (o, *o.conjuncts)]


def _organisation_object(obj: Any, party_at: dict[int, Mention]) -> set[str]:
    """The lexicon's organisation marker when the object is a recognised international organisation
    ("joined NATO", "left the European Union": the name's head word is covered by an igo mention)."""
    m = party_at.get(obj.i) if obj is not None else None
    return {_ORGANISATION_OBJECT} if m is not None and m.kind == "igo" else set()


def _noun_sense(n: Any, senses: list[Sense]) -> Sense | None:
    """A noun's sense: the one whose modifier or governing verb the lexicon names ("hunger strike",
    "went on strike"), else its first sense without such a condition ("air strike"), else none
    ("a rescue operation" is no event where only "military operation" is one)."""
    words = {c.lemma_.lower() for c in n.children if c.dep_ in ("amod", "compound", "nmod")}
    # "air and ground strikes": a coordinated modifier modifies too
    words |= {g.lemma_.lower() for c in n.children if c.dep_ in ("amod", "compound", "nmod")
              for g in c.children if g.dep_ == "conj"}  # fmt: skip
    # "a suspension of aid": the of-object says what kind, as a modifier would ("an aid suspension")
    words |= {g.lemma_.lower() for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"}  # fmt: skip
    governor = n.head.head if n.dep_ == "pobj" else n.head
    if governor.pos_ in ("VERB", "AUX"):
        words.add(governor.lemma_.lower())
    found = next((s for s in senses if s.objects and s.objects & words), None) or next(
        (s for s in senses if not s.objects), None)  # fmt: skip
    if found is None:
        return None
    # "military-technical cooperation", "humanitarian aid": the kind word picks the sub-code (events-18)
    code = _cooperation_kind_code(_aid_kind_code(found.cameo, (n,)), n)
    return found if code == found.cameo else replace(found, cameo=code)


def _cooperation_kind_code(code: str, n: Any) -> str:
    """"military cooperation" 062, "trade cooperation" 061, "judicial cooperation" 063: the kind
    word before a cooperation noun (its modifiers, "military-technical" included) picks the 06
    sub-code the codebook keeps apart; ``code`` otherwise (events-18)."""
    if code != "060":
        return code
    kinds = [_COOPERATION_KIND_CODES[w.lemma_.lower()] for w in n.subtree
             if w.i < n.i and w.lemma_.lower() in _COOPERATION_KIND_CODES]  # fmt: skip
    return kinds[0] if kinds else code


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans between curly quotation marks, however many sentences and paragraphs they run over
    (an unclosed quotation runs to the end of its paragraph)."""
    spans = []
    for m in re.finditer("“", text):
        close = text.find("”", m.end())
        if close != -1 and close - m.end() <= 6000:
            end = close  # a quotation may run over several paragraphs before it closes
        else:
            para = text.find("\n\n", m.end())
            end = para if para != -1 else len(text)
        spans.append((m.start(), end))
    return spans


def clauses(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences cut at semicolons: "Roh urged calm; Tokyo insisted on …" are two claims, and the
    parser reads them better apart."""
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        start = s
        dateline = _DATELINE.match(text, s, e)
        if dateline:
            start = dateline.end()  # "SEOUL, Nov 24 — North Korea …": the place line is no subject
        for m in re.finditer(r";\s+", text[s:e]):
            out.append((start, s + m.start() + 1))
            start = s + m.end()
        out.append((start, e))
    return out


def _usable(m: Mention) -> bool:
    return (m.code is not None or bool(m.members)) and m.kind != "place"


def usable_mentions(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions the coder reads as parties or places, in text order."""
    return sorted((m for m in mentions if _usable(m) or (m.kind == "place" and m.code)), key=lambda m: m.start)


def _calls_on(t: Any) -> bool:
    """Whether a governor is an appeal: any but "call", and "call" with "on" or "upon", or with
    "for" and no direct object; "called Erdogan to apologise" is a phone call (the CAMEO verb
    dictionary's default for call)."""
    if t.lemma_.lower() != "call":
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and not _temporal(c) for c in t.children):
        return True
    if any(c.dep_ == "dobj" for c in t.children):
        return False  # ("called Erdogan to apologise for the incident": the one called, then why)
    return any((c.dep_ == "prep" and c.lower_ == "for" and not _temporal(c)) or (
        c.dep_ in ("advcl", "ccomp", "xcomp") and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children))
        for c in t.children)  # fmt: skip  ("called on Friday for Britain to stay": "for" as the parser's mark)


def _asking_clause(c: Any) -> bool:
    """Whether a that-clause asks for an act: the subjunctive or "should", "must" ("insisted that
    Seoul withdraw"), not an assertion ("insisted that Kyiv had attacked the bridge", "insists it
    is enforcing the sanctions", which it says was done)."""
    aux = {a.lower_ for a in c.children if a.dep_ in ("aux", "auxpass")}
    if aux & {"should", "must", "to", "be"}:
        return True  # ("that the ban be lifted": a bare "be")
    # a past, perfect or progressive clause asserts; a bare or present verb ("demanded that the
    # attacks stop", as the parser tags a plural subjunctive) or "will" asks
    return not (aux & _ASSERTING_AUX or (c.tag_ in ("VBD", "VBZ", "VBN") and not aux))


def _own_to(t: Any) -> bool:
    """Whether an infinitive has its own "to" ("to hold summits and to share data")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)


def _for_to(c: Any) -> bool:
    """Whether a clause is a for-to infinitive: "pushed for the US to support the plan" asks the US
    (also with its "to" dropped, a base verb after "for" and a subject)."""
    return any(a.dep_ == "mark" and a.lower_ == "for" for a in c.children) and (c.tag_ == "VB" or _own_to(c))


def _joined_acts(comp: Any) -> list[Any]:
    """The acts listed after a governed complement, each with its own "to", that share its governor:
    its conjuncts with no subject of their own, and the infinitives the parser lists under it as
    "dep" ("agreed to hold summits, to conduct exercises and to share data": "conduct" a dep, "share"
    its conjunct). "agreed to share information and cooperate" (one "to") is one commitment."""
    listed = [c for c in comp.children if c.dep_ == "dep" and c.pos_ == "VERB" and c.i > comp.i and _own_to(c)]
    joined = [c for c in comp.conjuncts if c.i > comp.i and _shared_complement(c) is not c and _own_to(c)]
    for c in listed:
        joined += [c, *(x for x in c.conjuncts if x.i > c.i and x.pos_ in ("VERB", "AUX") and _own_to(x)
                        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in x.children))]  # fmt: skip
    return joined


def _shared_complement(t: Any) -> Any:
    """"agreed to lift sanctions and provide guarantees": a verb joined to a complement without a
    subject of its own shares that complement's governor; the complement it joins, else itself."""
    if t.dep_ == "conj" and t.head.dep_ in ("xcomp", "ccomp") and t.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children):  # fmt: skip
        return t.head
    return t


def _refusal_condition(t: Any) -> bool:
    """"will not lift the ban until Kuwait accepts the conditions": what a refusal waits for is part
    of the refusal (as a threat's condition is of the threat), no event of its own. (An "if" or
    "unless" clause is coded, hypothetical: "would not change even if Washington proposed talks".)"""
    return t.dep_ == "advcl" and _will_not(t.head) and any(
        c.dep_ == "mark" and c.lower_ in ("until", "till") for c in t.children)  # fmt: skip


def _asking_words(lex: EventLexicon) -> frozenset[str]:
    """The lemmas ``_Sentence._requested`` can find a request on (it finds none on any other word)."""
    governing = {w for w, kinds in lex.governors.items() if {"appeal", "demand"} & set(kinds)}
    return frozenset(governing | _PROPOSING | _BEHESTS | {"call"})


def _only_when(opening: str) -> bool:
    """Whether the words before a sentence's first actor are nothing but a time phrase ("On Monday
    Kishida met …"): that actor then still opens the sentence as its subject. ("After meeting Biden,
    Kishida …" opens with an object.)"""
    words = re.findall(r"[\w’']+|[^\w\s,]", opening.lower())
    return all(w in _WHEN_WORDS or w in _TIME_WORDS or w.isdigit() for w in words)


def _elliptical(t: Any) -> bool:
    """"followed suit", "did the same", "did likewise": a verb phrase that stands for the last act."""
    return _act_reference(t) is not None


def _bare_follow(t: Any) -> bool:
    """"The Netherlands followed on Friday", "Japan is expected to follow": "follow" with nothing
    followed named and nothing but a time said of it (not "followed with airstrikes", "followed up",
    "followed the talks")."""
    if any(c.dep_ in ("dobj", "prt", "xcomp", "ccomp", "advcl", "dative", "agent", "nsubjpass") for c in t.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ not in _FOLLOWING_SOON for c in t.children):
        return False  # ("followed closely" watches)
    return all(c.lower_ in _FOLLOWING_TIME for c in t.children if c.dep_ == "prep")


def _act_reference(t: Any) -> str | None:
    """How a verb phrase points back at an act told before it, instead of naming one (events-18):
    "same" for one that repeats it with a new doer ("followed suit", "did the same", "so did
    France", "Canada did too", "would do so", "mirrored the move", "followed Washington's lead"),
    "in-kind" for one that answers it in kind ("responded in kind", "Tallinn reciprocated"),
    else None. An auxiliary ("did not sign") and a "do" with an object of its own are no reference."""
    lemma = t.lemma_.lower()
    if t.dep_ == "aux":
        return None
    objects = {c.lower_ for c in t.children if c.dep_ in ("dobj", "advmod", "npadvmod")}
    if (lemma == "follow" and "suit" in objects) or (lemma == "do" and bool(objects & {"same", "likewise"})):
        return "same"
    # ("would do so as well": the small parser may hang "so" on "well")
    adverbs = objects | {g.lower_ for c in t.children if c.dep_ == "advmod" for g in c.children if g.dep_ == "advmod"}
    if lemma == "do" and adverbs & {"so", "too"} and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp")
                                                             for c in t.children):  # fmt: skip
        return "same"  # ("did so to protect civilians" refers too, when an act comes before it)
    if lemma == "follow" and _bare_follow(t):
        return "same"
    moved = {c.lemma_.lower() for c in t.children if c.dep_ == "dobj"}
    if lemma in _COPYING and moved & _COPIED_ACTS:
        return "same"
    if lemma in _RETALIATING and ((lemma == "reciprocate" and not any(c.dep_ == "dobj" for c in t.children)) or any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "kind" for g in c.children)
            for c in t.children)):  # fmt: skip
        return "in-kind"
    return None


def _denied_passive(t: Any) -> bool:
    """"no agreements had been signed", "no deal was reached": a passive with no agent whose
    subject (or verb) is negated."""
    if any(c.dep_ == "agent" for c in t.children):
        return False
    subject = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    return any(c.dep_ == "neg" for c in t.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children)  # fmt: skip


def _temporal(prep: Any) -> bool:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.lower_ in _TIME_WORDS or obj.like_num)


def _trigger_token(r: EventReport, parsed: Mapping[tuple[int, int], Any]) -> Any:
    """The token of a report's trigger in the parse of its clause (``parsed``: the document's clause
    parses by span, the coder's), or None where that clause is not at hand (events-18 review)."""
    for (s, e), doc in parsed.items():
        if s <= r.trigger_start < e:
            span = doc.char_span(r.trigger_start - s, r.trigger_end - s, alignment_mode="expand")
            return span.root if span is not None and len(span) else None
    return None


def _repeating(t: Any) -> bool:
    """"Australia too recalled its envoy", "Poland also expelled", "did likewise", "recalled its envoy
    as well": the verb carries an adverb that says its act repeats another's (events-18 review)."""
    for c in t.children:
        if c.dep_ != "advmod":
            continue
        if c.lower_ in _REPEATING_ADVERBS:
            return True
        pair = {c.lower_, *(g.lower_ for g in c.children if g.dep_ in ("advmod", "cc", "prep"))}
        if {"as", "well"} <= pair:  # ("as well": the parser hangs either word on the other)
            return True
    return False


def _ancestors(t: Any, n: int) -> list[Any]:
    out = []
    while n > 0 and t.head.i != t.i:  # spaCy makes a new Token per access: compare positions
        t = t.head
        out.append(t)
        n -= 1
    return out


def _clause_ancestors(t: Any, n: int) -> list[Any]:
    """``_ancestors`` that stay inside a relative clause: "the proposal, which Japan rejected,
    failed" is no failed rejection; the clause asserts on its own, and only a failed document's
    clause takes the failure (``_in_failed_document``)."""
    out = []
    while n > 0 and t.head.i != t.i and not (t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX")):
        t = t.head
        out.append(t)
        n -= 1
    return out


def _phrase(token: Any) -> str:
    """The words of a short noun phrase as written ("South Korea's foreign ministry")."""
    words = sorted((w for w in token.subtree if w.dep_ not in ("relcl", "acl", "appos")), key=lambda w: w.i)
    while words and words[-1].is_punct:
        words.pop()
    if not words or len(words) > 8:
        return str(token.text)
    doc = token.doc
    return str(doc.text[words[0].idx : words[-1].idx + len(words[-1].text)])


def _dedupe(refs: Iterable[ActorRef]) -> list[ActorRef]:
    out: list[ActorRef] = []
    seen: set[str] = set()
    for r in refs:
        if r.code not in seen:
            seen.add(r.code)
            out.append(r)
    return out

def _in_reply(t: Any) -> bool:
    """"fired missiles in response", "expelled two diplomats in retaliation", "answered with a
    strike": an act named as a reply to another, which the phrase leaves unnamed (a "to" or "for"
    phrase, "in response to the launch", names it: other rules read that) (events-17b)."""
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "with" else None
    if verb is not None and verb.lemma_.lower() in _RESPONDING - {"hit"} and not any(
            c.dep_ == "dobj" for c in verb.children):  # fmt: skip
        return True  # ("hit Iran with sanctions" names its target: no reply to anyone's force)
    return any(c.dep_ == "prep" and c.lower_ == "in" and g.dep_ == "pobj" and g.lemma_.lower() in _REPLY_NOUNS
               and not any(p.dep_ == "prep" for p in g.children) for c in t.children for g in c.children)  # fmt: skip


# events-19: statements whose content is an act ---------------------------------------------------


def _is_to_blame(t: Any) -> bool:
    """Whether a verb is the predicate "(was) to blame": "the United States was to blame for the
    tensions" says who is guilty, its subject blames no one."""
    return t.lemma_.lower() == "blame" and t.dep_ == "xcomp" and t.head.lemma_.lower() == "be" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)  # fmt: skip


def _reported_clauses(t: Any) -> list[Any]:
    """The clauses a verb of speech reports: its complement clauses and the clauses joined to them
    ("said the move was overdue and that Washington remained committed …")."""
    out: list[Any] = []
    for c in t.children:
        if c.dep_ == "ccomp":
            out += [c, *(j for j in c.conjuncts if j.pos_ in ("VERB", "AUX") and j.i > c.i)]
    return out


def _whose(n: Any) -> Any:
    """The word naming whose a noun is: its possessive ("Kyiv's fault") or its "of" object ("the
    fault of Washington"), or None."""
    poss = next((c for c in n.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    return next((p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"), None)  # fmt: skip


def _culprit_named(c: Any) -> Any:
    """The word naming whose doing a reported clause says trouble was (events-19), or None: "the
    crisis was the fault of Washington", "was Kyiv's fault", "the treaty had collapsed at the
    initiative of the United States", "the tensions had been provoked by the United States", "the
    crisis had been caused by Britain". An initiative or a cause is blame only for trouble or for
    an agreement ended ("the meeting was held at the initiative of Japan" blames no one)."""
    if any(g.dep_ == "neg" for g in c.children):
        return None
    lemma = c.lemma_.lower()
    subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    troubled = subject is not None and subject.lemma_.lower() in _TROUBLE_NOUNS
    # (review 19b: trouble ended or eased at another's initiative, "the fighting had ended at the
    # initiative of Turkey", "the dispute had been resolved …", is to its credit; an agreement ended,
    # or trouble begun, is blame)
    trouble = not (lemma in _ENDED_VERBS or lemma in _EASED_VERBS) if troubled else lemma in _ENDED_VERBS
    for g in c.children:
        if lemma == "be" and g.dep_ == "attr" and g.lemma_.lower() == "fault":
            return _whose(g)
        if g.dep_ == "prep" and g.lower_ == "at" and trouble:
            initiative = next((p for p in g.children if p.dep_ == "pobj" and p.lemma_.lower() in _INITIATIVE_NOUNS),
                              None)  # fmt: skip
            if initiative is not None:
                return _whose(initiative)
        if g.dep_ == "agent" and (lemma in _INSTIGATING or (lemma in _CAUSING and trouble)):
            return next((p for p in g.children if p.dep_ == "pobj"), None)
    return None


def _no_longer(c: Any) -> bool:
    """Whether a clause is negated, "no longer" included ("could no longer act", "was not valid")."""
    return any(g.dep_ == "neg" for g in c.children) or any(
        g.dep_ == "advmod" and g.lower_ == "longer" and any(n.lower_ == "no" for n in g.children)
        for g in c.children)  # fmt: skip


def _said_void(c: Any) -> bool:
    """Whether a reported clause says its subject no longer holds: "was no longer valid", "was null
    and void", "had ceased to be valid" (events-19)."""
    lemma = c.lemma_.lower()
    if lemma == "cease":
        return any(x.dep_ == "xcomp" and x.lemma_.lower() in ("be", "exist", "apply") and (
            x.lemma_.lower() != "be" or any(a.dep_ == "acomp" and a.lemma_.lower() == "valid" for a in x.children))
            for x in c.children)  # fmt: skip
    if lemma not in ("be", "remain"):
        return False
    for a in c.children:
        if a.dep_ in ("acomp", "attr") and a.lemma_.lower() in _VOID_WORDS:
            return not any(g.dep_ == "neg" for g in c.children)
        if a.dep_ == "acomp" and a.lemma_.lower() == "valid":
            return _no_longer(c)
    return False


def _mediator_refused(c: Any) -> bool:
    """Whether a reported clause says its subject can no longer be a go-between: "could no longer
    act as a mediator", "was no longer an honest broker" (events-19)."""
    if not _no_longer(c):
        return False
    lemma = c.lemma_.lower()
    for g in c.children:
        if lemma == "be" and g.dep_ == "attr" and g.lemma_.lower() in _MEDIATOR_NOUNS:
            return True
        if lemma in ("act", "serve", "remain") and g.dep_ == "prep" and g.lower_ == "as" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in _MEDIATOR_NOUNS for p in g.children):  # fmt: skip
            return True
    return False


def _kept_in_force(c: Any) -> Any:
    """The penalty a reported clause says will stay in force ("sanctions on Libya would stay in
    force", "the tariffs would remain in place"; "no arms embargoes on Turkey remain in place"), or
    None (events-19)."""
    if c.lemma_.lower() not in ("stay", "remain") or any(g.dep_ == "neg" for g in c.children):
        return None
    subject = next((g for g in c.children if g.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in _MEASURE_NOUNS:
        return None
    held = any(g.dep_ == "prep" and g.lower_ == "in" and any(p.dep_ == "pobj" and p.lemma_.lower() in _IN_FORCE
                                                             for p in g.children) for g in c.children)  # fmt: skip
    return subject if held else None


def _peace_named(n: Any) -> bool:
    """Whether a noun names peace to be made: "peace", "a peace agreement", "a peaceful settlement",
    "a political solution" (events-19); not any agreement ("the trade deal")."""
    lemma = n.lemma_.lower()
    if lemma not in _SETTLEMENT_NOUNS:
        return False
    modifiers = {c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "amod")}
    if lemma == "peace":
        return True
    if lemma in ("settlement", "solution", "resolution"):
        return bool(modifiers & {"peaceful", "political", "negotiated", "diplomatic", "peace", "two-state"})
    return bool(modifiers & {"peace", "peaceful"})


def _bare_will_not(t: Any) -> Any:
    """The bare "would not" a verb of speech reports, standing for an act told before ("had said
    that he would not", "said it will not"), or None (events-19). The small parser may hang it
    under a stray "that" (the "that" its complement, "would" the aux of "that")."""
    for c in t.children:
        clause = c if c.dep_ == "ccomp" else None
        if c.dep_ in ("dep", "ccomp") and c.lower_ == "that":
            clause = next((g for g in c.children if g.dep_ == "aux"), None)
        if clause is not None and clause.lower_ in _REFUSING_AUX and any(g.dep_ == "neg" for g in clause.children) \
                and any(g.dep_ == "nsubj" for g in clause.children) and all(
                g.dep_ in ("nsubj", "neg", "mark", "punct", "advmod", "cc") for g in clause.children):  # fmt: skip
            return clause
    return None


def _attack_plotted(c: Any) -> bool:
    """Whether a reported clause says its subject plotted an attack: "was plotting attacks on
    American bases", "had been developing plans to attack American diplomats" (events-19)."""
    if any(g.dep_ == "neg" for g in c.children):
        return False
    lemma = c.lemma_.lower()
    if lemma in _PLOTTING:
        scope = _plotted(c)
    elif lemma in _PLAN_MAKING:
        plans = [g for g in c.children if g.dep_ == "dobj" and g.lemma_.lower() in ("plan", "plot")]
        scope = [w for g in plans for w in _plotted(g)]
    else:
        return False
    return any(w.lemma_.lower() in _ATTACK_NOUNS or w.lemma_.lower() in _AGGRESSION_WORDS for w in scope)


def _plotted(h: Any) -> list[Any]:
    """What a plot or a plan is for: its object or infinitive ("plotting attacks", "plans to attack"),
    or its "for" object ("plans for an attack"); not an attack named deeper ("plans to defend against
    an attack", review 19b)."""
    return [g for g in h.children if g.dep_ in ("dobj", "xcomp", "acl")] + [
        p for g in h.children if g.dep_ == "prep" and g.lower_ == "for" for p in g.children if p.dep_ == "pobj"]


def _until_demanded(c: Any) -> Any:
    """The clause a reported clause demands by refusing to be satisfied until it happens ("they would
    not be satisfied until Syrian troops had withdrawn", "would not rest until …"), or None (events-19)."""
    if not any(g.dep_ == "neg" for g in c.children):
        return None
    lemma = c.lemma_.lower()
    unsatisfied = lemma == "be" and any(g.dep_ == "acomp" and g.lemma_.lower() in _UNSATISFIED for g in c.children)
    if not (unsatisfied or lemma in _UNRESTING):
        return None
    return next((g for g in c.children if g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until"
                                                                    for m in g.children)), None)  # fmt: skip


def _on_its_way_to(c: Any) -> Any:
    """The destination a reported clause says its subject is on its way to ("the jets were already on
    their way to Ukraine"), or None (events-19)."""
    if c.lemma_.lower() != "be":
        return None
    way = next((p for g in c.children if g.dep_ == "prep" and g.lower_ == "on" for p in g.children
                if p.dep_ == "pobj" and p.lower_ == "way"), None)  # fmt: skip
    if way is None:
        return None
    return next((p for g in way.children if g.dep_ == "prep" and g.lower_ == "to" for p in g.children
                 if p.dep_ == "pobj"), None)  # fmt: skip


def _on_path_to_membership(c: Any) -> bool:
    """Whether a reported clause puts its subject on the way into an organisation: "Ukraine was on an
    irreversible path to membership", "Georgia is on the road to accession" (events-19)."""
    if c.lemma_.lower() != "be" or any(g.dep_ == "neg" for g in c.children):
        return False
    paths = [p for g in c.children if g.dep_ == "prep" and g.lower_ == "on" for p in g.children
             if p.dep_ == "pobj" and p.lemma_.lower() in ("path", "road", "track", "way", "course")]  # fmt: skip
    # ("to membership" hangs on the path or, for the small parser, on the verb)
    return bool(paths) and any(m.lemma_.lower() in _MEMBERSHIP_NOUNS for h in (*paths, c) for g in h.children
                               if g.dep_ == "prep" and g.lower_ == "to" for m in g.children
                               if m.dep_ == "pobj")  # fmt: skip


def _marked_as_target(c: Any) -> Any:
    """The object a reported clause announces it will treat as a military target ("would regard all
    vessels sailing to Ukraine's ports as potential carriers of military cargo", "would treat arms
    shipments as legitimate targets"), or None (events-19)."""
    if c.lemma_.lower() not in _TREATING or not any(g.dep_ == "aux" and g.lower_ in _FUTURE_AUX | {"would"}
                                                    for g in c.children):  # fmt: skip
        return None
    obj = next((g for g in c.children if g.dep_ == "dobj"), None)
    labels = [p for g in c.children if g.dep_ == "prep" and g.lower_ == "as" for p in g.children if p.dep_ == "pobj"]
    labels += [g for g in c.children if g.dep_ == "oprd"]
    if obj is not None:
        labels += [g for g in obj.children if g.dep_ == "oprd"]
    return obj if any(x.lemma_.lower() in _TARGET_LABELS for x in labels) else None


def _wanted_undone(c: Any) -> Any:
    """The penalty a reported clause says its subject wanted undone ("Kim had wanted all sanctions
    lifted", "sought the curbs removed"), or None (events-19): a demand for relief (1054)."""
    if c.lemma_.lower() not in ("want", "seek") or any(g.dep_ == "neg" for g in c.children):
        return None
    for g in c.children:
        if g.dep_ in ("ccomp", "oprd", "xcomp") and g.lemma_.lower() in _UNDOING:
            penalty = next((s for s in g.children if s.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
            if penalty is not None and penalty.lemma_.lower() in _MEASURE_NOUNS:
                return penalty
    return None


def _clause_subject(c: Any) -> Any:
    """A clause's subject (active or passive), or None."""
    return next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)


#: how many begin/prepare verbs may stand between an order and the act ordered
_PREPARING_DEPTH = 3


def _prepared_act(comp: Any) -> Any:
    """The act a chain of begin/prepare verbs leads down to ("to begin preparing to move the embassy":
    move), else ``comp`` itself; ``_preparing_top`` walks the same chain up (events-19, review 19b)."""
    act = comp
    for _ in range(_PREPARING_DEPTH):
        further = next((c for c in act.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if act.lemma_.lower() not in _PREPARING or further is None:
            break
        act = further
    return act


def _preparing_top(t: Any) -> Any:
    """The first verb of the chain of begin/prepare verbs above an act ("ordered the navy to prepare to
    hold drills": from hold, prepare), else ``t`` itself: ``_prepared_act`` walked up."""
    w = t
    for _ in range(_PREPARING_DEPTH):
        if w.dep_ != "xcomp" or w.pos_ != "VERB" or w.head.lemma_.lower() not in _PREPARING:
            break
        w = w.head
    return w
