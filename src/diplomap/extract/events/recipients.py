"""To whom: the recipients of an act, from its objects, prepositions, hosts, places and threats."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ...model import ActorRef, EventReport, Mention
from ..event_lexicon import RuleTrace, Sense
from .context import _backer, _same_stem
from .grammar import (
    _acted_on,
    _agent_objects,
    _counted_head,
    _dedupe,
    _definite,
    _governed_by_prep,
    _group_lemma,
    _igo_codes,
    _in_reply,
    _is_condition,
    _others,
    _people_of_place,
    _phrase,
    _plural_antecedent,
    _shared_object,
    _with_objects,
)
from .parties import _Parties, _without_next_subject
from .party import _codes, _Party, _read_from
from .vocabulary import (
    _AGREEMENT_NOUNS,
    _ATTENDING,
    _BEHALF_NOUNS,
    _BODY_ACT_NOUNS,
    _CHARGES,
    _CONTEXT_CHARS,
    _COURT_CODES,
    _COURT_NOUNS,
    _DECISION_NOUNS,
    _DEED_LABELS,
    _DEED_NOUNS,
    _DEPARTING_VERBS,
    _DEPARTURE_NOUNS,
    _DOMESTIC_VOTERS,
    _FORCE_ROOTS,
    _HELP_NOUNS,
    _HOME_MEASURES,
    _HOME_SECTORS,
    _HOME_TARGETS,
    _INTERCEPTING,
    _MEMBERSHIP_NOUNS,
    _MERE_WORD_CODES,
    _MERE_WORD_ROOTS,
    _NOT_POLITICAL,
    _PLACE_KINDS,
    _PLACE_NOUNS,
    _PLACED_MEASURES,
    _PROTESTER_NOUNS,
    _RELATIVE_PRONOUNS,
    _SESSION_NOUNS,
    _SKIP_SUBTREE,
    _SPEECH_ROOTS,
    _STATE_PART_NOUNS,
    _TRIP_NOUNS,
    _TROOP_NOUNS,
    _TROOP_STEMS,
    _URGENT_WORDS,
    _VERDICT_CODES,
    _VERDICT_ROOTS,
    _VIOLENT_ROOTS,
    _VOTE_NOUNS,
)


class _Recipients(_Parties):
    """To whom: the recipients of an act, from its objects, prepositions, hosts, places and threats."""

    def _host_of_object(self, t: Any) -> list[_Party]:
        """"the G8 summit that Russia was due to host": the one a relative clause on the object
        makes its host or holder."""
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None:
            return []
        return [p for c in obj.children if c.dep_ == "relcl" for s in c.children if s.dep_ == "nsubj"
                for p in self._head_parties(s)]  # fmt: skip

    # -- events-14: parties (repression at home) -------------------------------------------------

    def _at_home(self, t: Any, report: EventReport) -> EventReport:
        """"Belarus arrested a dissident journalist", "police in Nairobi opened fire on protesters",
        "Ukraine imposed martial law": coercion or force aimed at the doer's own people (its
        protesters, journalists, dissidents, unnamed by any other party) is aimed at the doer's own
        state, which the gold codes X → X. Nothing when another party or place is named around the
        act ("detained Ukrainian sailors", "arrested activists in the West Bank"): then it is aimed
        at them. A measure at home by its nature (martial law, a curfew, a ban on a party, a
        crackdown: _HOME_MEASURES) needs no such target: "Yoon declared martial law" (events-16)."""
        codes = {a.code for a in report.actors}
        riot = report.cameo == "145"  # ("protesters who had stormed parliament": a riot at home, events-19)
        if report.joint or len(codes) != 1 or codes <= _igo_codes() or (report.cameo_root not in _FORCE_ROOTS
                                                                        and not riot):  # fmt: skip
            return report
        target = self._home_target(t, report.cameo)
        if target is None and riot:
            target = next((c for c in t.children if c.dep_ == "dobj"), t)
        if target is None and (report.cameo in _HOME_MEASURES or (
                report.cameo in _PLACED_MEASURES and self._placed_at_home(t, codes))):  # fmt: skip
            target = next((c for c in t.children if c.dep_ == "dobj"), t)  # (the measure itself names it)
        if target is None:
            return report
        (own,) = codes
        # (not the doer, nor another clause: "imposed martial law after Russia seized its boats")
        apart = {w.i for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "agent", "conj") or c.dep_ in
                 _SKIP_SUBTREE for w in c.subtree}  # fmt: skip
        named = {m.code for w in t.subtree if w.i not in apart for m in (self.party_at.get(w.i),) if m is not None}
        if named - {own, None}:
            return report
        # (the gold's convention for domestic acts: the state's code on both sides, sectors apart)
        sector = _HOME_SECTORS.get(_group_lemma(_counted_head(target)), "CVL")
        recipient = ActorRef(own, sector, None, _phrase(target))
        return replace(report, recipients=(recipient,), rule=f"{report.rule}+at-home")

    def _placed_at_home(self, t: Any, own: set[str]) -> bool:
        """"declared martial law in the department of Pando", "a curfew in Balochistan": a measure
        imposed in a part of the doer's own state (a place of its code, or a noun for a region)."""
        holders = [t, *(c for c in t.children if c.dep_ == "dobj")]
        for g in (g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                  for g in p.children if g.dep_ == "pobj"):  # fmt: skip
            places = [m for w in g.subtree for m in (self.party_at.get(w.i),) if m is not None]
            if places:
                return all(m.code in own for m in places)
            if g.lemma_.lower() in _STATE_PART_NOUNS:
                return True
        return False

    @staticmethod
    def _home_target(t: Any, cameo: str) -> Any:
        """The people at home a coercive or forceful act is aimed at (its object, or what it is
        done on or at: "opened fire on protesters", "cracked down on dissidents"), else None. Force
        (18-20) only at protesters: "strikes killed civilians" is mostly a war abroad."""
        targets = _acted_on([t, *(c for c in t.children if c.dep_ == "dobj")])
        people = _HOME_TARGETS if cameo[:2] == "17" else _PROTESTER_NOUNS
        return next((c for c in targets if _group_lemma(_counted_head(c)) in people), None)

    def _parties_of_prep_object(self, t: Any, sense: Sense) -> list[_Party]:
        """"withdrew from the agreement with South Korea": the parties that the object of the
        sense's preposition names as its other side (its own "with" or "between"), for a sense
        chosen by that object (events-17)."""
        return [p for o in _governed_by_prep(t, str(sense.prep)) for w in o.children
                if w.dep_ == "prep" and w.lower_ in ("with", "between") for g in w.children if g.dep_ == "pobj"
                for p in self._parties_in(g, business=True)]  # fmt: skip

    def _recipients(self, t: Any, sense: Sense, actors: Sequence[str] = ()) -> list[_Party]:
        help_noun, helping = self._helpers_of(t)
        helpers = _codes(helping)
        found = self._recipients_besides(t, sense, actors, set(actors) | helpers)  # (helpers are not done to)
        if found or help_noun is None:
            return found
        # (review 19b: a helper of the target's own state, "attacked Kurdish fighters in Syria with the
        # support of Syrian rebels", does not hide the territory struck; the helper stays out of the
        # doers instead)
        if sense.cameo[:2] not in _FORCE_ROOTS:
            return found
        named_in_help = {w.i for w in help_noun.subtree}
        return [p for p in self._place_targets(t) if p.mention.code in helpers and p.token_i not in named_in_help]

    def _recipients_besides(self, t: Any, sense: Sense, actors: Sequence[str], mine: set[str]) -> list[_Party]:
        if sense.recipient == ("none",) and sense.cameo[:2] < "15":
            return _others(self._meeting_attended(t, sense, actors), mine)
        found = _others(self._parties_at(t, sense.recipient) if sense.recipient != ("none",) else [], mine)
        if not found and sense.recipient != ("none",):
            found = _others(self._antecedent_object(t, places=sense.cameo[:2] >= "15" or sense.cameo == "042"), mine)
        if not found and sense.prep_objects:
            found = _others(self._parties_of_prep_object(t, sense), mine)
        if not found and t.dep_ == "acl" and t.head.pos_ == "NOUN" and sense.cameo[:2] == "04":
            found = _others(self._hosted_parties(t), mine)
        if not found and sense.recipient != ("none",):
            # "sent troops to Russia", "imposed sanctions on Pyongyang", "cut off trade with the North"
            # ("discuss … at the request of the US" is not to the US: "at" only for force, "fired at")
            fallback = ("prep:to", "prep:on", "prep:against", "prep:with")
            found = _others(self._parties_at(t, (*fallback, "prep:at") if sense.cameo[:2] >= "14" else fallback), mine)
        if not found and sense.recipient != ("none",) and _there(t):
            found = self._place_there(t, mine)
        if not found and sense.cameo[:2] in _VERDICT_ROOTS:
            found = _others(self._source_of_object(t), mine)
        if not found and sense.cameo[:2] in _VERDICT_ROOTS:
            found = _read_from(self._departure_judged(t, mine), "troops-before")  # "welcomed the departure"
        if not found and (sense.cameo[:2] >= "15" or sense.cameo == "042"):
            # force aimed at a territory ("fired missiles over Japan"), a visit to a capital named as a
            # place ("arrived in Pyongyang")
            found = _others(self._place_targets(t), mine)
        if not found and (sense.cameo[:2] == "07" or sense.cameo[:3] in ("086", "087")):
            # "flew medical supplies to Gaza", "pulled its troops out of Kherson", "allowed aid trucks
            # into Gaza": aid delivered to, or forces withdrawn from, a territory is for the state or
            # people it belongs to (events-18)
            preps = tuple(r.split(":", 1)[1] for r in sense.recipient if r.startswith("prep:"))
            found = _read_from(_others(self._places_of_transfer(t, preps), mine), "place")
        if not found and (sense.cameo == "042" or sense.cameo[:2] in _FORCE_ROOTS):
            found = self._place_named_before(t, mine)  # "to visit the city", "annexed the peninsula" (events-15)
        if not found and sense.cameo in ("050", "160"):
            found = _read_from(self._body_of_membership(t, mine), "body-before")  # "has not confirmed its membership"
        if not found and sense.cameo == "161":
            found = _read_from(self._host_of_trip(t, mine), "host-before")  # "cancelled his trip" (events-19)
        if not found and sense.cameo[:2] in ("02", "10"):
            found = _read_from(self._body_sitting_asked(t, mine), "body-before")  # "did not call for a vote"
        if not found and not sense.symmetric:
            # (a joint act makes its own object: "inked an agreement" signs no one else's earlier deal)
            found = _others(self._owner_of_object(t, sense.cameo, actors), mine)
        if not found and sense.cameo[:3] == "110":
            # "said London disagreed with it", "disagreed with the decision": disagreement whose
            # preposition names an act is aimed at whoever did it (events-19; not other verdicts'
            # prepositions, "support for the plan", which fold B disagreed with)
            judged = next((g for c in t.children if c.dep_ == "prep" and f"prep:{c.lower_}" in sense.recipient
                           for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
            if judged is not None:
                found = _others(self._owner_of_object(t, sense.cameo, actors, obj=judged), mine)
        if not found and sense.cameo[:2] == "13":
            found = _others(self._threatened(t), mine)
        if not found and sense.recipient != ("none",):
            # "suspended all imports of Japanese seafood", "signed agreements to establish relations
            # with the UAE": the party is deeper inside the object. Not for support and praise:
            # "supported the removal of Russian banks" supports an act against Russia.
            objects = [c for c in t.children if c.dep_ == "dobj"] or _shared_object(t)
            if sense.cameo[:3] in ("050", "051", "052", "053"):
                objects = [o for o in objects if o.lemma_.lower() in self.lex.nouns]
            if sense.symmetric and len(set(actors)) > 1:
                # "Beijing and Seoul reached an agreement on the US missiles": a joint act of the
                # two; the party inside the object is its topic, not its recipient
                objects = []
            found = _others([p for c in objects for p in self._deep_parties(c)], mine)
        if not found and "dobj" in sense.recipient:
            found = _others(self._late_subject(t), mine)
        if not found and "prep:between" in sense.recipient:
            # "shuttled between the two sides", "mediated between both sides": the parties of the last
            # joint act (events-14)
            found = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children
                     if g.dep_ == "pobj" for p in self._definite_parties(g)]  # fmt: skip
        if not found and sense.recipient != ("none",):
            # "Santos welcomed the rebels": the armed group named before, even of the doer's own state
            # (a government and its rebels are two sides; the gold codes them X -> X with sectors)
            found = self._armed_group_targets([t])
        if not found and sense.recipient != ("none",):
            found = _read_from(self._troops_named_before(t, mine), "troops-before")  # "saluted the departing troops"
        if found and sense.cameo[:2] in _VIOLENT_ROOTS:
            # "struck the camp of the FARC two kilometres inside Ecuador": the state whose territory
            # was entered is hit too (events-17b)
            found = found + _read_from(self._territory_entered(t, mine | _codes(found)), "territory")
        if not found and sense.cameo[:2] in _VIOLENT_ROOTS:
            # "shot down 21 drones and missiles fired by the group": force on weapons is aimed at
            # whoever fired them (events-17b)
            found = _read_from(_others(self._launcher_of_object(t) or self._launcher_of_antecedent(t), mine),
                               "launcher")  # fmt: skip
        if not found and sense.cameo[:2] >= "15":
            # "launched 300 drones, and almost all of them were shot down by Israel": at the interceptor (events-19)
            found = _read_from(_others(self._interceptor(t), mine), "interceptor")
        if not found and sense.cameo[:2] >= "10" and _in_reply(t):
            # "fired two missiles into the sea in response": at the one whose act it answers (events-17b)
            found = _read_from(_others(self._answered(t, actors), mine), "answered")
        if not found:
            # "Putin greeted him": the person named before
            pronoun = next((c for c in t.children if c.dep_ in ("dobj", "dative") and c.lower_ in (
                "him", "her", "them")), None)  # fmt: skip
            if pronoun is not None:
                found = self._pronoun(pronoun, exclude=actors)  # not the one who greets: "Putin greeted him"
        if found and t.dep_ == "advcl":
            found = self._without_next_clause_subject(t, sense, found, mine)
        return found

    def _without_next_clause_subject(self, t: Any, sense: Sense, found: list[_Party], mine: set[str]) -> list[
            _Party]:  # fmt: skip
        """Not the next clause's subject the parser joined to a place in a clause of time ("when China
        sent warships near Taiwan and Tokyo protested": Tokyo protested); the place itself is then
        the target (events-19)."""
        kept = _without_next_subject(t, found)
        if kept or not (sense.cameo[:2] >= "15" or sense.cameo == "042"):
            return kept
        return _without_next_subject(t, _others(self._place_targets(t), mine))

    def _meeting_attended(self, t: Any, sense: Sense, actors: Sequence[str]) -> list[_Party]:
        """"Zelensky, who attended the summit, met Biden": taking part in a meeting named as known
        (a definite meeting noun that names no party: not "the NATO summit", "a summit") is dealing
        with those who hold it: the parties of the meeting ``_meeting_named_before`` finds (events-17b)."""
        if t.lemma_.lower() not in _ATTENDING or sense.cameo[:2] != "04":
            return []
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        return _read_from(self._meeting_named_before(obj), "meeting-before") if obj is not None else []

    def _meeting_named_before(self, n: Any) -> list[_Party]:
        """The parties of the meeting a definite meeting noun that names no party ("the summit", "the
        talks") stands for, in the few sentences before it (events-17b)."""
        if not _definite(n) or any(w.i in self.party_at for w in n.subtree):
            return []
        if not any(s.cameo[:2] == "04" for s in self.lex.nouns.get(n.lemma_.lower(), ())):
            return []
        # the latest meeting that took place in the few sentences before, told by the same word ("the
        # meeting" after "met", "the talks" after "held talks") or held by an organisation ("leaders of
        # the African Union met … the summit"): not a two-party call or visit of another thread
        word = n.lemma_.lower()
        meetings = [r for r in self._recent_reports(n) if r.cameo_root == "04" and not r.neutral and
                    r.status == "occurred"]  # fmt: skip
        told = next((r for r in reversed(meetings) if _same_word(word, RuleTrace.parse(r.rule).lemma)
                     or any(a.code in _igo_codes() for a in (*r.actors, *r.recipients))), None)  # fmt: skip
        if told is None:
            # "NATO leaders meeting in Washington declared … Zelensky, who attended the summit": further
            # back, the summit the story is about, the document's first meeting of an organisation (events-19)
            told = next((r for r in self._reports_before(n) if r.cameo_root == "04" and not r.neutral and
                         r.status == "occurred" and any(a.code in _igo_codes() for a in (*r.actors, *r.recipients))),
                        None)  # fmt: skip
        if told is None:
            return []
        return [_Party.of(a) for a in (*told.actors, *told.recipients)]

    def _territory_entered(self, t: Any, named: set[str]) -> list[_Party]:
        """The states, other than the ``named``, whose territory an act of force is placed inside:
        an "inside" or "in" phrase on the verb, on a measure of distance on it ("two kilometres
        inside Ecuador") or on its object ("a US base in Qatar") (events-17b)."""
        holders = [t, *(c for c in t.children if c.dep_ in ("dobj", "npadvmod"))]
        holders += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against")
                    for g in c.children if g.dep_ == "pobj"]  # ("fired missiles at a US base in Qatar")
        places = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "inside", "within")
                  for g in c.children if g.dep_ == "pobj" for p in self._parties_in(g, places=True)]  # fmt: skip
        return [p for p in places if p.mention.kind in _PLACE_KINDS and p.mention.code and p.mention.code not in named]

    def _launcher_of_object(self, t: Any) -> list[_Party]:
        """The agent of a participle on the object ("drones fired by the group", "missiles launched
        by Iran"): named, or the armed group named before ("the group") (events-17b)."""
        # (also on the counted noun: "dozens of drones launched by Iran")
        objects = {w for o in t.children if o.dep_ == "dobj" for w in (o, _counted_head(o))}
        agents = [g for o in objects for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"
                  for g in _agent_objects(a)]  # fmt: skip
        return [p for g in agents for p in self._parties_in(g) or self._armed_group_named_before(g)]

    def _helpers_of(self, t: Any) -> tuple[Any, list[_Party]]:
        """The help noun on a verb and the helpers it names ("with the help of X", "with help from
        X", "with X's help", "with American help"); (None, []) where the verb has none (events-19)."""
        help_noun = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                          if g.dep_ == "pobj" and g.lemma_.lower() in _HELP_NOUNS), None)  # fmt: skip
        if help_noun is None:
            return None, []
        return help_noun, [p for c in help_noun.children for p in self._helpers_named(c)]

    def _helpers_named(self, c: Any) -> list[_Party]:
        """The helpers a word under a help noun names: "the help of X", "help from X", "X's help",
        "American help"."""
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            return [p for g in c.children if g.dep_ == "pobj" for p in self._parties_in(g)]
        if c.dep_ in ("poss", "amod"):
            return self._parties_in(c)
        return []

    def _launcher_of_antecedent(self, t: Any) -> list[_Party]:
        """"Iran launched 300 drones, and almost all of them were shot down by Israel": force on
        weapons told by "them" is aimed at the doer of the act coded on the weapons named before in
        the sentence (events-19)."""
        obj = next((o for o in t.children if o.dep_ in ("dobj", "nsubjpass")), None)
        things = _plural_antecedent(obj)
        if things is None or things.head.i == t.i:
            return []
        start = self.start + things.head.idx
        return [_Party.of(a) for r in self.current if r.trigger_start == start for a in r.actors]

    def _answered(self, t: Any, actors: Sequence[str]) -> list[_Party]:
        """"South Korean and US forces fired two missiles into the sea in response", "Israel answered
        with a limited strike": a hostile act done in reply, its target unnamed, is aimed at the one
        whose act it answers: the doer of the latest act of material conflict (quad class 4) aimed
        at the actor, else of the latest one by any other party. Not a diplomatic exchange in
        between: "Biden told Netanyahu the US would not take part" is no act Israel answers with
        force (events-17b)."""
        mine = set(actors)
        if not mine:
            return []
        # within the few sentences before (another thread further back answers nothing here)
        recent = self._recent_reports(t)
        force = [r for r in recent if r.quad_class == 4 and not r.neutral and r.status != "negated"
                 and r.actors and not {a.code for a in r.actors} & mine]  # fmt: skip
        aimed = [r for r in force if mine & {x.code for x in r.recipients}]
        if not aimed:
            # "Iran struck Israel … the G7 condemned the attack … the United States and Britain
            # imposed new sanctions on Iran. Israel answered with a limited strike": an answer
            # answers an act aimed at us, told further back, before a third party's measure in
            # between (events-19)
            aimed = [r for r in self._reports_before(t) if r.quad_class == 4 and not r.neutral and
                     r.status != "negated" and r.actors and not {a.code for a in r.actors} & mine and
                     mine & {x.code for x in r.recipients}]  # fmt: skip
        answered = (aimed or force)[-1:]
        if not answered:
            # "Seoul called the launch a barbaric act and vowed a stern response … fired two missiles
            # in response": the act answered is told further back, but our own hostile words just
            # before (quad class 3) say whom we answer (events-19)
            words = [r for r in recent if r.quad_class == 3 and not r.neutral and not r.joint and r.recipients and
                     {a.code for a in r.actors} & mine and not {x.code for x in r.recipients} & mine]  # fmt: skip
            return [_Party.of(x) for r in words[-1:] for x in r.recipients]
        return [_Party.of(a) for r in answered for a in r.actors]

    def _armed_group_targets(self, holders: Sequence[Any]) -> list[_Party]:
        """An act's target that is an armed group named before ("welcomed the rebels", "talks with the
        rebel commanders", "an offensive against the insurgents": ``_armed_group_named_before``)."""
        targets = _acted_on(holders) + [g for h in holders for g in _with_objects(h)]
        return [p for g in targets for p in self._armed_group_named_before(g)]

    def _place_named_before(self, t: Any, mine: set[str]) -> list[_Party]:
        """"the first sitting American president to visit the city", "annexed the peninsula": a visit
        to (or force on) a place named by a definite common noun goes to the place named last before
        it (in its sentence, else in the few sentences before), whose state is the one visited or
        hit; never the doer's own (events-15)."""
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None or obj.i in self.party_at or obj.lemma_.lower() not in _PLACE_NOUNS:
            return []
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children) or \
                any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):  # fmt: skip
            return []  # ("visited a city in the north", "the city of Aleppo" name no place known before)
        before = [m for i, m in sorted(self.party_at.items()) if i < obj.i]
        place = next((m for m in reversed([*self.earlier[-8:], *before]) if m.kind in _PLACE_KINDS - {"demonym"}
                      and m.code and m.code not in mine), None)  # fmt: skip
        return [_Party(place, -1)] if place is not None else []

    def _place_there(self, t: Any, mine: set[str]) -> list[_Party]:
        """"recognised Jerusalem as Israel's capital and ordered the embassy moved there", "sent troops
        there": the place "there" stands for is the one named last before it (in its sentence, else in
        the few sentences before), never the doer's own (events-19)."""
        before = [m for i, m in sorted(self.party_at.items()) if i < t.i]
        place = next((m for m in reversed([*self.earlier[-8:], *before]) if m.kind in _PLACE_KINDS - {"demonym"}
                      and m.code and m.code not in mine), None)  # fmt: skip
        return [_Party(place, -1)] if place is not None else []

    def _body_of_membership(self, t: Any, mine: set[str]) -> list[_Party]:
        """"Saudi Arabia, invited to join last year, has still not confirmed its membership": a
        membership whose organisation goes unnamed is one of the organisation named last before it
        (in its sentence, else among the last eight actor mentions before), by name or by its people ("NATO
        leaders"), never the member's own (events-17b)."""
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in _MEMBERSHIP_NOUNS:
            return []
        if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children):
            return []  # ("NATO confirmed Finland's membership": whose it is is named; no body to guess)
        return self._body_named_before(obj, mine)

    def _body_named_before(self, n: Any, mine: set[str], *, voting: bool = False) -> list[_Party]:
        """The organisation named last before the noun ``n`` (in its sentence, else among the last
        eight actor mentions before it), by name or by its people ("NATO leaders"), never one of
        ``mine``. ``voting``: only a body that may hold a vote, named as a body (not its secretary-
        general, not a court: events-19)."""
        before = [m for i, m in sorted(self.party_at.items()) if i < n.i]
        # (the last eight actor mentions before the sentence: about its few sentences before)
        body = next((m for m in reversed([*self.earlier[-8:], *before]) if m.code and m.code not in mine and (
            m.kind == "igo" or m.code in _igo_codes()) and (not voting or _votes(m))), None)  # fmt: skip
        return [_Party(body, -1)] if body is not None else []

    def _interceptor(self, t: Any) -> list[_Party]:
        """"Iran launched more than 300 drones and missiles, and almost all of them were shot down by
        Israel", "fired 50 rockets, most of which were intercepted by Israel": weapons fired at no one
        named were fired at whoever brought them down, the agent of a passive verb of interception in
        a clause joined to the act or hung on its weapons (events-19)."""
        weapons = [w for o in t.children if o.dep_ == "dobj" for w in (o, *o.conjuncts)]
        verbs = [c for c in t.children if c.dep_ == "conj"]
        verbs += [c for w in weapons for c in w.children if c.dep_ == "relcl"]
        agents = [g for v in verbs if _intercepting(v) for g in _agent_objects(v)]
        return [p for g in agents for p in self._parties_in(g)]

    def _troops_named_before(self, t: Any, mine: set[str]) -> list[_Party]:
        """"The last Syrian soldiers crossed back into Syria … Lebanese officers saluted the departing
        troops": a definite troop noun with no owner named ("the troops", "the departing soldiers") is
        the troops of the state named last before it with a troop noun ("Syrian soldiers", "Russia's
        forces"), in its sentence or among the last eight actor mentions before it; never the doer's
        own (events-19)."""
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in _TROOP_NOUNS:
            return []
        return self._troops_owner(obj, mine)

    def _departure_judged(self, t: Any, mine: set[str]) -> list[_Party]:
        """"The last Syrian soldiers crossed back into Syria … the United States and France welcomed the
        departure": a verdict on a departure of troops that no report tells (a definite "departure",
        "withdrawal", "pullout" with no owner named) judges the state whose troops were named last
        before it (events-19)."""
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in _DEPARTURE_NOUNS:
            return []
        if any(RuleTrace.parse(r.rule).lemma in _DEPARTING_VERBS for r in self._recent_reports(t)):
            # ("Britain left the European Union in 2020, and France regretted the departure": a
            # departure a report tells is that one, left to the context; events-19 review)
            return []
        # (the departure the story tells, however far back its troops were named: "Last Syrian troops leave")
        return self._troops_owner(obj, mine, reach=None)

    def _troops_owner(self, obj: Any, mine: set[str], reach: int | None = 8) -> list[_Party]:
        """The state whose troops a definite noun with no owner named stands for: the one named last
        before it with a troop noun, in its sentence or among the last ``reach`` actor mentions
        before it (all, for None); never one of ``mine`` (events-19)."""
        if not _definite(obj) or any(w.i in self.party_at for w in obj.subtree):
            return []
        before = [m for i, m in sorted(self.party_at.items()) if i < obj.i]
        earlier = self.earlier if reach is None else self.earlier[-reach:]
        owner = next((m for m in reversed([*earlier, *before]) if m.code and m.code not in mine and
                      self._names_troops(m)), None)  # fmt: skip
        return [_Party(owner, -1)] if owner is not None else []

    def _names_troops(self, m: Mention) -> bool:
        """Whether a mention names a state's troops ("Syrian soldiers", the recogniser's mention of a
        role) or is a state's name right before them ("Russia's forces", "Syrian army troops")."""
        if m.text.lower().split()[-1].rstrip("s") in _TROOP_STEMS:
            return True
        if m.kind not in ("state", "demonym"):
            return False
        words = [w.lower().strip(".,;:") for w in self.text[m.end : m.end + 40].split()[:3]]
        if words and words[0] in ("'s", "’s"):
            words = words[1:]
        return any(w.rstrip("s") in _TROOP_STEMS for w in words[:2])

    def _host_of_trip(self, t: Any, mine: set[str]) -> list[_Party]:
        """"Russia hosted the BRICS summit in Kazan … Brazil's president, who cancelled his trip after
        a fall, took part by video link": a trip or visit called off, going nowhere named, was to the
        host of the meeting told before it in the document (the latest 043 by another party) (events-19)."""
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in _TRIP_NOUNS for c in t.children):
            return []
        host = next((r for r in reversed(self._reports_before(t)) if r.cameo == "043" and not r.neutral and
                     r.actors and not {a.code for a in r.actors} & mine), None)  # fmt: skip
        return [_Party.of(a) for a in host.actors] if host is not None else []

    def _body_sitting_asked(self, t: Any, mine: set[str]) -> list[_Party]:
        """"The General Assembly debated the text. The United States did not call for a vote",
        "called for an urgent meeting of the Security Council", "members of the Security Council
        asked for an emergency meeting": a vote or a sitting of a body asked for is asked of the body
        that would hold it: the organisation its noun names ("a vote in the Council"), else the one
        named last before it (events-19). Not a vote of a people or a parliament: no organisation is
        named before, so none is guessed; not a plain "meeting", which may be with anyone."""
        asked = [c for c in t.children if c.dep_ == "dobj"] + _governed_by_prep(t, "for")
        sitting = next((v for v in asked if _body_sitting(v)), None)
        if sitting is None or any(c.dep_ == "poss" for c in sitting.children):
            return []  # ("called for Scotland's vote": whose vote it is is named)
        # (the parser may hang "in the Security Council" on the verb)
        words = [w for h in (sitting, *_governed_by_prep(t, "in")) for w in h.subtree if w.i != sitting.i]
        named = [_Party(m, w.i) for w in words for m in (self.party_at.get(w.i),) if m is not None and m.code and
                 m.code not in mine and _votes(m)]  # fmt: skip
        if named or _asked_at_home(self._subject_parties(t)):
            # ("Armenia's opposition called for a vote on the deal": a parliament or an opposition asks
            # for a vote at home, not in the organisation named last; events-19 review)
            return named[:1]
        return self._body_named_before(sitting, mine, voting=True)

    def _antecedent_object(self, t: Any, *, places: bool) -> list[_Party]:
        """"Crimea, which Moscow annexed in 2014", "the envoy whom Beijing expelled": the object of a
        relative clause is the noun the clause hangs on (a place too, for force and visits: the
        state it belongs to) (events-14)."""
        if t.dep_ != "relcl" or t.head.pos_ not in ("NOUN", "PROPN"):
            return []
        if not any(c.dep_ == "dobj" and c.lower_ in _RELATIVE_PRONOUNS for c in t.children):
            return []
        return self._parties_in(t.head, places=places)

    def _source_of_object(self, t: Any) -> list[_Party]:
        """"welcomed the statement from Beijing", "praised the assurances sent by Tokyo": a verdict
        on a message, a paper, an assurance (a thing the lexicon names no act by) is on whoever it
        came from: a "from" the parser hangs on the verb, or the agent of a participle on the
        object (events-14). ("welcomed the withdrawal from Syria" names an act: its doer is
        looked for elsewhere, and Syria is where it left.)"""
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() in self.lex.nouns or obj.i in self.party_at:
            return []
        sources = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "from"]
        sources += [a for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
                    if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "from")]  # fmt: skip
        return [p for c in sources for g in c.children if g.dep_ == "pobj" for p in self._parties_in(g)]

    def _threatened(self, t: Any) -> list[_Party]:
        """"warned that Moscow would act if South Korea supplied weapons": the one whose act is the
        condition, else the object of the warned-of act."""
        for clause in (c for c in t.children if c.dep_ == "ccomp"):
            if clause.lemma_.lower() in ("bear", "face", "suffer", "pay"):
                # "warned that Seoul would bear the consequences": the one who would bear them
                found = [p for g in clause.children if g.dep_ == "nsubj" for p in self._head_parties(g)]
                if found:
                    return found
            for sub in clause.subtree:
                if _is_condition(sub):
                    found = [p for g in sub.children if g.dep_ in ("nsubj", "nsubjpass") for p in self._head_parties(g)]
                    if found:
                        return found
            found = self._parties_at(clause, ("dobj", "prep:on", "prep:against", "prep:to"))
            if found:
                return found
        return []

    def _deep_parties(self, token: Any) -> list[_Party]:
        found: list[_Party] = []
        # not the doers of a clause inside the object: "a ceremony hosted by President Trump"
        excluded = {t.i for c in token.subtree if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                    for t in c.subtree}  # fmt: skip
        # (nor the subject of a relative clause on it: "visited Vladivostok, which Kim also visited", events-14)
        excluded |= {t.i for c in token.subtree if c.dep_ == "relcl" for s in c.children if s.dep_ == "nsubj"
                     for t in s.subtree}  # fmt: skip
        # (nor those it is done for: "vessels linked to Israel in solidarity with Palestinians", events-19)
        excluded |= {t.i for c in token.subtree for t in _on_behalf_of(c)}
        for tok in token.subtree:
            if tok.i in excluded:
                continue
            m = None if _backer(tok) else self.party_at.get(tok.i)  # (not the patron of an "X-backed" group)
            if m is not None and (m.kind != "place" or _people_of_place(tok)) and m.sector not in _NOT_POLITICAL \
                    and all(p.mention is not m for p in found):  # fmt: skip
                found.append(_Party(m, tok.i))
        return found

    def _places_of_transfer(self, t: Any, preps: Sequence[str]) -> list[_Party]:
        """The places named by the prepositions ``preps``, on the verb or on its object ("withdrew
        from the Gaza Strip", "pulled its troops out of Kherson", "aid trucks into Gaza")."""
        objects = [c for c in t.children if c.dep_ == "dobj"]
        heads = [*(g for p in preps for g in _governed_by_prep(t, p)),
                 *(g for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ in preps
                   for g in c.children if g.dep_ == "pobj")]  # fmt: skip
        return [p for g in heads for p in self._parties_in(g, places=True) if p.mention.kind in _PLACE_KINDS]

    def _place_targets(self, t: Any, preps: frozenset[str] | None = None) -> list[_Party]:
        out: list[_Party] = []
        holders = [t, *(c for c in t.children if c.dep_ in ("dobj", "nsubjpass"))]
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in (preps or ("over", "across", "into", "on", "at", "in", "toward",
                                                               "towards", "near", "off", "around", "along",
                                                               "to")):  # (a show of force near X)  # fmt: skip
                    out += [p for g in c.children if g.dep_ == "pobj" for p in self._parties_in(g, places=True)]
        return out or self._place_object(t)

    # -- events-13: recipients --------------------------------------------------------------------

    def _hosted_parties(self, t: Any) -> list[_Party]:
        """"talks between Erdogan, Niinistö and Andersson, hosted by NATO", "a truce between Israel and
        Hamas mediated by Egypt": the host or mediator of a meeting named by the noun it modifies
        deals with that meeting's parties (its between/with/among phrase, else the subject of the
        verb that holds it: "Israel and Hamas held talks mediated by Egypt")."""
        meeting = t.head
        found = [p for c in meeting.children if c.dep_ == "prep" and c.lower_ in ("between", "with", "among")
                 for g in c.children if g.dep_ == "pobj" for p in self._parties_in(g)]  # fmt: skip
        if not found and meeting.dep_ == "dobj" and meeting.head.pos_ == "VERB":
            found = self._subject_parties(meeting.head)
        if not found and meeting.dep_ == "pobj" and meeting.head.lower_ == "of":
            # "signed an agreement after ten days of talks mediated by the African Union": the
            # meeting of the clause's own subject, through its prepositions (events-14; "at a
            # summit hosted by France" is for the act done there, _guests)
            up = meeting
            while up.dep_ in ("pobj", "prep") and up.head.i != up.i:
                up = up.head
            found = self._subject_parties(up) if up.pos_ == "VERB" else []
        return found

    def _permitted(self, t: Any) -> list[_Party]:
        """"refused to let US troops cross its territory": the one not let is the one refused."""
        if t.lemma_.lower() not in ("let", "allow", "permit"):
            return []
        return [p for c in t.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
                if g.dep_ in ("nsubj", "nsubjpass") for p in self._head_parties(g)]  # fmt: skip

    def _late_subject(self, t: Any) -> list[_Party]:
        """"Kishida met US Vice President Kamala Harris, who reaffirmed …": before a relative clause
        the small parser may read the object as a second subject. A subject after the verb, when the
        verb has another one before it and no object, is the object."""
        if t.pos_ != "VERB" or any(c.dep_ in ("dobj", "attr") for c in t.children):
            return []
        subjects = [c for c in t.children if c.dep_ == "nsubj"]
        if not any(c.i < t.i for c in subjects):
            return []
        return [p for c in subjects if c.i > t.i for p in self._head_parties(c)]

    def _place_object(self, t: Any) -> list[_Party]:
        """"Israel pounded the Gaza Strip", "shelled Donetsk": a territory struck or visited as the
        direct object stands for the state or people it belongs to (only a place named by the
        object's head: "struck a camp near Gaza" is the preposition's business)."""
        out: list[_Party] = []
        for c in t.children:
            m = self.party_at.get(c.i) if c.dep_ == "dobj" else None
            if m is None and c.dep_ == "dobj" and c.lemma_.lower() in _PLACE_NOUNS:
                # "struck the port of Odesa", "shelled the town of Bakhmut": the place the noun names (events-15)
                m = next((self.party_at.get(g.i) for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"), None)  # fmt: skip
            if m is not None and m.kind == "place" and m.code is not None:
                out.append(_Party(m, c.i))
        return out

    def _owner_of_object(self, t: Any, code: str, actors: Sequence[str] = (), obj: Any = None) -> list[_Party]:
        """"condemned the attack", "called the release selfish", "condemned it": the recipient is
        whoever did what the object names: the last report before it in the document with the same
        kind of action, or, for a pronoun or a noun the lexicon does not know, the last report by
        someone else. ``obj``: another noun of ``t``'s clause that names the act judged (events-16:
        the subject of "said the law sent the wrong signal")."""
        obj = obj if obj is not None else next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None and t.dep_ == "relcl" and t.head.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in t.children):
            obj = t.head  # "a charge Moscow rejected"
        if obj is None or obj.i in self.party_at or any(c.dep_ == "poss" for c in obj.children):
            return []
        lemma = obj.lemma_.lower()
        plain = [s for s in self.lex.nouns.get(lemma, ()) if not s.objects]  # ("the strike": not a hunger strike)
        root = plain[0].cameo[:2] if plain else None
        if code == "016" and lemma in _CHARGES:
            root = "11"  # "a charge Pyongyang denied": the accuser is who last accused
        if root is None and obj.pos_ != "PRON" and code[:2] not in _VERDICT_ROOTS:
            return []  # "visited the factory": only verdicts take an unknown object's doer
        if root is None and code == "052":
            return []  # "Seoul defended the decision": one defends one's own act, not the last critic's
        earlier = self._reports_before(t)
        named = self._named_act(obj, earlier)
        if named:
            return named
        if root is None and lemma in _BODY_ACT_NOUNS:
            # a body's decision, or none: not an older act aimed at the judge, nor any act of the whole
            # document ("Russia criticised the vote" after a parliament's vote, events-18 review)
            return _body_act(self._recent_reports(t), actors)
        # ("condemned it as an aggression against Iraq": a pronoun labelled a deed is one, events-17b)
        deed = lemma in _DEED_NOUNS or (obj.pos_ == "PRON" and _labelled_a_deed(t))
        aimed = self._aimed_at_judge(earlier, actors, deed=deed) if root is None and code[:2] in (
            "11", "12") else []  # fmt: skip
        if aimed:
            return aimed
        if root is None and lemma in _AGREEMENT_NOUNS:
            # "the United States welcomed the accord": the parties of the last agreement signed or
            # reached, not whoever acted last (events-14)
            # (signed, 057, or agreed jointly: a one-sided pledge is no accord)
            signed = next((r for r in reversed(earlier) if not r.neutral and (r.cameo == "057" or (
                r.cameo_root == "03" and r.joint))), None)  # fmt: skip
            parties = [a for a in (*signed.actors, *signed.recipients) if a.code not in actors] if signed else []
            if parties:
                return [_Party.of(a) for a in _dedupe(parties)]
        decided = lemma in _DECISION_NOUNS
        definite = root is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
        # "condemned the attack": a definite noun names the document's first act of its kind, the
        # one the story is about, not a reply in kind told after it ("returned fire")
        fitting: list[EventReport] = []
        for report in earlier if definite else reversed(earlier):
            if report.neutral or (root is not None and report.cameo_root not in _kindred_roots(root, plain)):
                continue
            if root is None and deed and report.cameo_root in _SPEECH_ROOTS:
                continue  # ("the action": a deed, not words, events-16)
            if root is None and decided and _mere_words(report):
                continue  # ("the decision", "the move": what was decided or done, not what was said, events-18)
            if root is None and _doers(report) & set(actors):
                continue
            fitting.append(report)
            if root is not None or len(fitting) == 2:
                break
        if fitting and obj.pos_ == "PRON" and _third_verdict(fitting[0], actors):
            # "Saudi Arabia described the move as irresponsible. Macron called it regrettable": one
            # reaction after another judges the same act, the one the reaction before judged (events-18)
            return [_Party.of(a) for a in fitting[0].recipients]
        if not fitting or (len(fitting) == 2 and _tit_for_tat(*fitting)):
            return []
        return [_Party.of(a) for a in _doer_refs(fitting[0])]

    @staticmethod
    def _aimed_at_judge(earlier: Sequence[EventReport], actors: Sequence[str], *, deed: bool = False) -> list[_Party]:
        """"Algeria broke off relations with Morocco … Morocco regretted the decision and rejected
        the pretexts behind it": a party that deplores or rejects an act the lexicon does not name
        ("the decision", "the move", "it") deplores the latest hostile act (quad class 3 or 4) aimed
        at itself, if any, before the latest act of anyone else; not a visit it received (events-14).
        ``deed``: the noun names a deed ("the action"), which no threat or verdict is (events-16)."""
        mine = set(actors)
        for report in reversed(earlier):
            if report.neutral or report.joint or report.quad_class < 3 or _doers(report) & mine:
                continue
            if deed and report.cameo_root in _SPEECH_ROOTS:
                continue  # ("the action" is a deed, not a warning, events-16)
            if mine <= {x.code for x in report.recipients}:
                return [_Party.of(a) for a in _doer_refs(report)]
        return []

    def _named_act(self, obj: Any, earlier: Sequence[EventReport]) -> list[_Party]:
        """"Russia seized three boats … Haley called the seizure a violation": a definite noun that
        is the nominalisation of an earlier report's trigger ("seizure" of "seized", "decision" of
        "decided", "the assault" of "assault") names that act, whatever acts of its kind came between
        or before; its doers are the ones judged. The latest such report wins."""
        if obj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children):
            return []
        noun = obj.lemma_.lower()
        for report in reversed(earlier):
            if report.neutral:
                continue
            words = {self.text[report.trigger_start:report.trigger_end].lower().split(" ")[0],
                     RuleTrace.parse(report.rule).lemma}
            if any(_same_stem(noun, w) for w in words):
                return [_Party.of(a) for a in _doer_refs(report)]
        return []


def _on_behalf_of(prep: Any) -> list[Any]:
    """The words of an "in solidarity with", "in support of", "on behalf of" phrase that starts at
    ``prep`` (the small parser may hang its "with" on the same head as its "in"): those an act is
    done for, not those it is aimed at (events-19)."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "on"):
        return []
    cause = next((g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in _BEHALF_NOUNS), None)
    if cause is None:
        return []
    # (its "with" or "of", on the cause or on the same head: "in budget support to Ukraine" is aid, no cause)
    whom = [c for c in (*cause.children, *prep.head.children) if c.dep_ == "prep" and c.i == cause.i + 1 and
            c.lower_ in ("with", "of")]  # fmt: skip
    return [prep, cause, *(w for c in whom for w in c.subtree)] if whom else []


def _intercepting(v: Any) -> bool:
    """A passive verb of interception: "were intercepted", "were shot down", "was downed" (events-19)."""
    lemma = v.lemma_.lower()
    if not any(c.dep_ == "auxpass" for c in v.children):
        return False
    downed = lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children)
    return lemma in _INTERCEPTING or downed


def _body_sitting(n: Any) -> bool:
    """A vote or a body's sitting: "a vote", "a recorded vote", "a session", "an emergency meeting"
    (a plain "meeting" may be with anyone) (events-19)."""
    lemma = n.lemma_.lower()
    if lemma in _VOTE_NOUNS or lemma in _SESSION_NOUNS:
        return True
    return lemma == "meeting" and any(c.dep_ in ("amod", "compound") and c.lower_ in _URGENT_WORDS for c in n.children)


def _asked_at_home(askers: Sequence[_Party]) -> bool:
    """Whether those asking for a vote are a state's parliament or opposition (sectors LEG, OPP)."""
    return any(p.mention.sector in _DOMESTIC_VOTERS for p in askers)


def _votes(m: Mention) -> bool:
    """An organisation named as a body that may hold a vote: not its officers ("Secretary-General
    Guterres"), nor a court or tribunal ("the International Court of Justice", "the court", "the
    ICC"), which rules and judges but holds no vote a party may call for (events-19)."""
    court = m.code in _COURT_CODES or any(w in _COURT_NOUNS for w in m.text.lower().split())
    return m.kind == "igo" and not court


def _kindred_roots(root: str, senses: Sequence[Sense]) -> frozenset[str]:
    """The roots of acts a noun of ``root`` (its plain ``senses``) may name: an act of violence any act
    of violence ("a suicide bombing … the attack", "struck … the raid"), a military exercise (062) a
    show of force too ("sent warships around Taiwan. Japan protested the drills"), else its own root
    only (events-18)."""
    if root in _VIOLENT_ROOTS:
        return _VIOLENT_ROOTS
    return frozenset({root, "15"}) if senses and senses[0].cameo == "062" else frozenset({root})


def _doers(report: EventReport) -> set[str]:
    """The codes of who did a report's act (both sides of a joint one)."""
    return {a.code for a in _doer_refs(report)}


def _doer_refs(report: EventReport) -> tuple[ActorRef, ...]:
    """Who did a report's act (both sides of a joint one): one helper for ``_doers`` and the
    recipients read from a report (events-18 review: no inline copies)."""
    return report.actors if not report.joint else report.actors + report.recipients


def _tit_for_tat(latest: EventReport, before: EventReport) -> bool:
    """"Russia expelled Polish diplomats and Poland expelled Russian diplomats. Germany criticised the
    decision": the two latest acts a word like "decision" may name are of one kind and close together
    but by different doers, so which one is judged the word does not say; no doer is guessed (events-18).
    A verdict is no such rival: it judges the act before it."""
    return latest.cameo_root == before.cameo_root and latest.cameo not in _VERDICT_CODES and \
        not _doers(latest) & _doers(before) and \
        latest.start - before.start <= _CONTEXT_CHARS  # fmt: skip


def _third_verdict(report: EventReport, actors: Sequence[str]) -> bool:
    """A verdict (praise, disapproval, criticism) on an act that neither did nor suffered ``actors``,
    by someone else than ``actors`` (events-18)."""
    involved = _doers(report) | {x.code for x in report.recipients}
    return report.cameo in _VERDICT_CODES and bool(report.recipients) and not report.joint and \
        not involved & set(actors)  # fmt: skip


def _body_act(earlier: Sequence[EventReport], actors: Sequence[str]) -> list[_Party]:
    """"The General Assembly adopted a resolution … the United States criticised the vote": a body's
    decision named by a noun ("the vote", "the ruling") is the latest act of an international
    organisation or court before it, not the judge's own (events-18); none when there is none.
    ``earlier`` are the reports of the last few sentences only (``_CONTEXT_CHARS``). An act decided
    or done by another party since ends the body's thread: "Armenia's parliament voted to ratify the
    treaty. Russia criticised the vote" names the parliament's vote, whose act is no report of its
    own, so none is guessed; words said since ("Israel rejected the ruling") and acts aimed at the
    body ("South Africa welcomed the order") do not (events-18 review)."""
    igos = _igo_codes()
    for report in reversed(earlier):
        doers = _doers(report)
        if report.neutral or not doers or doers & set(actors):
            continue
        if doers <= igos:
            return [_Party.of(a) for a in report.actors]
        if not _mere_words(report) and not {x.code for x in report.recipients} & igos:
            return []
    return []


def _mere_words(report: EventReport) -> bool:
    """A report of words only (a statement, an appeal, praise, a demand, disapproval, a threat), which
    no decision or deed judged later ("the move", "it") names (events-18). An invitation is no mere
    words: "NATO invited Finland to join … Russia called the move a mistake"."""
    trace = RuleTrace.parse(report.rule)
    if trace.lemma == "invite":
        return False
    # (events-19: a refusal told by a statement's clause, "said the United States could no longer act
    # as a mediator", is words too, whatever its root)
    return report.cameo_root in _MERE_WORD_ROOTS or report.cameo[:3] in _MERE_WORD_CODES or trace.kind == "statement"


def _labelled_a_deed(t: Any) -> bool:
    """"condemned it as an aggression", "denounced it as a breach": a verdict whose "as" phrase names
    a deed, a hostile act done rather than words said (events-17b; a predicate, "called it …", is
    left alone: fold B disagreed)."""
    labels = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in _DEED_LABELS for g in labels)


def _same_word(noun: str, lemma: str) -> bool:
    """A meeting noun and the lemma of the verb or noun that told a meeting: "meeting"/"meet",
    "talk"/"talk", "summit"/"summit" (the noun made from the verb, or one stem)."""
    return noun == lemma or (len(lemma) >= 3 and noun.startswith(lemma)) or _same_stem(noun, lemma)


def _there(t: Any) -> bool:
    """Whether a verb's destination is "there", on the verb or, as the model may hang it, on its
    object ("to move the embassy there from Tel Aviv", events-19)."""
    words = [t, *(c for c in t.children if c.dep_ == "dobj")]
    return any(c.dep_ == "advmod" and c.lower_ == "there" for w in words for c in w.children)
