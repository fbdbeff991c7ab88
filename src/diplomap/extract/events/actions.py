"""What happened: events told by a verb, by a noun, by a governed complement, by a statement or a
refusal."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...model import EventReport
from ..event_lexicon import Sense
from .constructions import _Constructions
from .grammar import (
    _aimed_at_protesters,
    _ancestors,
    _announced_as_threat,
    _asking_clause,
    _calendar_clause,
    _calls_on,
    _clause_verdict,
    _condition,
    _coordinated_object,
    _counted_head,
    _dedupe,
    _definite,
    _denied_passive,
    _fights_affliction,
    _for_to,
    _group_lemma,
    _igo_codes,
    _in_reply,
    _measure_as_doer,
    _no_choice_but,
    _noun_sense,
    _others,
    _own_to,
    _peace_context,
    _prepared_act,
    _present_passive,
    _sent_to_border,
    _series_of,
    _solo_show_of_force,
    _subject_kind,
    _troops_sent,
    _will,
    _will_not,
)
from .party import _codes, _Party, _read_from
from .vocabulary import (
    _ARMED_GROUP_NOUNS,
    _ATTENDING,
    _BASING_VERBS,
    _BEHESTS,
    _BREAKING,
    _COMMENT_VERBS,
    _COMMITMENTS,
    _CONCRETE_PLANS,
    _COOPERATIVE_ROOTS,
    _DEPARTING,
    _DIPLOMAT_NOUNS,
    _DRAWING,
    _FIGURATIVE,
    _FORCE_ROOTS,
    _GROUNDS,
    _HELD_ROOTS,
    _HELPING,
    _HOME_MEASURES,
    _INSIDE_PREPS,
    _LEAVING_PLACE,
    _MODIFIER_FREE_ROOTS,
    _OFFERING,
    _ORDERING,
    _PERMITTING,
    _PLACED_MEASURES,
    _POLICE_NOUNS,
    _PROMISING,
    _PROPOSING,
    _PUBLIC_NOUNS,
    _RECEIVING,
    _REFUSING_AUX,
    _RELIEF_KINDS,
    _RESPONDING,
    _RIOTING_NOUNS,
    _STANDING_CONSULTING,
    _STATIVE_GOVERNORS,
    _TELLING,
    _TOPIC_PREPS,
    _TOWARD,
    _TROOP_NOUNS,
    _UNHESITATING,
    _VIOLATING,
    _WEAPON_NOUNS,
)


class _Actions(_Constructions):
    """What happened: events told by a verb, by a noun, by a governed complement, by a statement or a refusal."""

    def _verb_event(self, t: Any) -> EventReport | None:
        # (events-13: "found the journalist guilty", "received tanks from …", "allowed the WFP to deliver food")
        special = self._guilty_verdict(t) if t.lemma_.lower() == "find" else None
        special = special or (self._court_ruling(t) if t.lemma_.lower() in ("rule", "find") else None)
        special = special or (self._received_from(t) if t.lemma_.lower() in _RECEIVING else None)
        special = special or (self._aid_allowed(t) if t.lemma_.lower() in _PERMITTING else None)
        if special is not None:
            return special
        sense = self._sense(t, self.lex.verbs[t.lemma_.lower()]) or self._troops_moving(t)
        if sense is None or (sense.cameo[:2] in _FORCE_ROOTS and (_measure_as_doer(t) or _fights_affliction(t))):
            # ("a law that targets Americans", "sanctions hit Russian banks": no force, events-13;
            # "funds to fight the Ebola epidemic", "fighting extradition": no enemy, events-14)
            return None
        if sense.cameo[:2] == "13" and self._public_warned(t):
            return None  # "prompting the government to warn residents to take cover": an advisory
        if sense.cameo == "042" and _subject_kind(t) in _WEAPON_NOUNS:
            return None  # "a missile landed in Japan's waters": a weapon arriving makes no visit
        if t.lemma_.lower() in _BASING_VERBS and _present_passive(t):
            return None  # "the terms under which US troops are stationed in Iraq": a presence, no act (events-18)
        actors = self._subject_parties(t)
        if not actors and sense.symmetric and _denied_passive(t):
            # "Peskov said no agreements had been signed": not signed by the two who just met
            actors = self._last_joint_pair(t)
        if not actors:
            return None
        # (a group's members are the actors: "the two leaders condemned it" is not aimed at either)
        recipients = self._recipients(t, sense, [r.code for p in actors for r in p.ref()])
        if sense.needs_recipient and not _codes(recipients) - _codes(actors):
            return None  # ("stood by its decision": support of no one else)
        cameo, rule = sense.cameo, sense.rule
        supplied = self._supplied_with(t, sense)
        if supplied is not None:
            # "supplied Kyiv with fighter jets": what is supplied, the object of "with", picks the code
            cameo, rule = supplied.cameo, f"{sense.rule}+with:{supplied.rule}"
            recipients = recipients or self._parties_at(t, ("dobj",))
        if not recipients and cameo in ("043", "045", "039"):
            # the guests of a hosted occasion, the parties to a deal mediated ("brokered by Egypt")
            recipients = self._guests(t, {p.mention.code for p in actors})
        if cameo == "051" and t.lemma_.lower() in ("welcome", "greet") and self._welcomed_person(t):
            # "Xi welcomed Moon on his state visit", "Putin was welcomed in Pyongyang by Kim": a person
            # welcomed is a visitor hosted (043), a decision welcomed is praised (051)
            cameo, rule = "043", rule + "+visitor"
        asked = self._asked_for(t, cameo) if cameo in ("020", "100") else None
        if asked is not None:
            # "called for the release of the sailors", "urged restraint", "demanded a ceasefire": the
            # event asked for picks the appeal's (demand's) code, as a complement clause would
            cameo, rule = asked[0], f"{rule}+for:{asked[1]}"
        called = self._sanctions_called_for(t, cameo, recipients)
        if called is not None:
            cameo, recipients, rule = "1312", called, rule + "+for:sanctions"
        if cameo == "139" and _envoy_given_leave(t):
            # "gave the US ambassador 72 hours to leave": an expulsion with a deadline is the
            # expulsion (161), not an ultimatum (the gold set's rule D5)
            cameo, rule = "161", rule + "+envoy"
        if cameo == "141" and all(p.mention.sector == "GOV" for p in actors):
            # "South Korea's foreign ministry protested against …": a government's protest is a formal
            # complaint (114), not a street demonstration (141)
            cameo, rule = "114", rule + "+official"
        if cameo == "042" and self._troops(t):
            # "British peacekeepers arrived in Mali": troops arriving make no visit; peacekeepers are
            # protection given (074), other troops forces deployed (154)
            cameo, rule = ("074" if _peace_context(self.doc) else "154"), rule + "+troops"
        elif cameo == "042" and self._police(t):
            # "400 Kenyan police officers landed in Port-au-Prince": police sent abroad make no visit;
            # they are protection given (074), never a show of force (events-18)
            cameo, rule = "074", rule + "+police"
        elif cameo == "042" and self._relief_team(t):
            cameo, rule = "073", rule + "+relief"  # "sent medical teams to Italy": help, not a visit (events-13)
        elif cameo == "144" and _armed_doers(t):
            # "troops seized the airport and blocked the roads", "gangs blocked the port": armed men
            # barring the way impose a blockade (191), not a civilian obstruction (144; events-19)
            cameo, rule = "191", rule + "+armed"
        elif cameo[:2] in ("18", "19") and self._protesters(t):
            cameo, rule = "145", rule + "+protesters"  # "protesters stormed the parliament": a riot (events-13)
        elif cameo[:2] in ("18", "19") and _aimed_at_protesters(t):
            # "police opened fire on protesters", "troops shot at demonstrators to disperse them":
            # force against dissent is violent repression (175), not combat
            cameo, rule = "175", rule + "+at-protesters"
        elif cameo == "072" and _troops_sent(t) and (not recipients or _sent_to_border(t)):
            # "sent troops to the frontier", "soldiers would be sent to the Middle East": forces sent
            # to no partner, or to a border ("to its border with Ukraine" names the one faced, not a
            # partner), are forces deployed (154; peacekeepers' protection, 074), not military aid
            cameo, rule = ("074" if _peace_context(self.doc) else "154"), rule + (
                "+to-border" if _sent_to_border(t) else "+no-partner")  # (a border faces someone: _context_recipients)
        elif cameo == "160" and self._troops(t):
            cameo, rule = "0874", rule + "+troops"  # "Russian troops withdrew from Kherson" (events-13)
            # (from a territory: the state it belongs to, events-18)
            left = _others(self._places_of_transfer(t, ("from", "out")), _codes(actors))
            recipients = recipients or _read_from(left, "place")
        elif cameo == "154" and _peace_context(self.doc):
            # "deploying 300 troops to the UN peacekeeping mission", "to help deliver aid": protection
            # given, not forces massed against someone
            cameo, rule = "074", rule + "+peace"
        if t.lemma_.lower() in _ATTENDING and cameo[:2] == "04" and any(c.dep_ == "neg" for c in t.children):
            # "said they would not attend the G8 summit Russia was due to host": a boycott, which
            # reduces relations with the host (161, occurred), not a meeting that is negated
            recipients = self._host_of_object(t) or recipients
            report = self._report(t, "161", actors, recipients, rule + "+boycott")
            return replace(report, status="occurred") if report is not None else None
        refused = cameo[:2] in _COOPERATIVE_ROOTS and _will_not(t)
        if refused:
            # "will not accept refugees", "would not release the pilots": a cooperative act refused
            # is a rejection that occurred (the refusal column of the complements table)
            cameo, rule = self.lex.governed("refusal", cameo), rule + "+will-not"
        forsworn = (cameo[:2] == "15" or cameo[:2] in _FORCE_ROOTS) and _will_not(t)
        if forsworn:
            # "said it would not send troops to the border", "will not attack": force or mobilisation
            # forsworn is an intent to de-escalate that occurred (0356), not a negated act of force
            cameo, rule = "0356", rule + "+will-not"
        kept_open = t.lemma_.lower() == "rule" and sense.particle == "out" and any(c.dep_ == "neg" for c in t.children)
        if kept_open:
            # "did not rule out military-technical cooperation": the option is kept open, weighed (014)
            cameo, rule = "014", rule + "+not"
        if not recipients and self._parties_at(t, ("prep:without",)):
            rule += "+without"  # "would meet in Brussels without Russia": no counterpart from context either
        report = self._report(t, cameo, actors, recipients, rule, symmetric=sense.symmetric)
        conditioned = _condition(_no_choice_but(t) or t)  # ("would have no choice but to …" waits on its if)
        if report is not None and _will(t) and _condition(t) == "unless":
            # "will withdraw its force unless Chad holds elections": an act announced on a condition
            # the other side must meet is a threat, whatever the act
            threat = self._report(t, self.lex.governed("threat", cameo), actors, recipients, rule + "+unless",
                                  symmetric=sense.symmetric)  # fmt: skip
            report = replace(threat, status="occurred") if threat is not None else report
        elif report is not None and cameo[:2] >= "14" and (_announced_as_threat(cameo) or conditioned) \
                and _will(t) and (report.status == "planned" or conditioned) \
                and (recipients or cameo[:2] != "15" or conditioned):  # fmt: skip
            # "said they would blockade Paris", "will attack if …": force, coercion or protest announced
            # for the future is a threat that occurred (the complements table's threat); an announced
            # cut in relations or aid (16), or an administrative measure (172: "would close its border"),
            # is the decision itself, planned, unless it waits on what the other side does ("would close
            # the strait if it were attacked": a threat); forces to be sent facing no one named ("3,000
            # soldiers would be sent to the Middle East") are a deployment planned (events-16)
            threat = self._report(t, self.lex.governed("threat", cameo), actors,
                                  recipients or self._conditioned_party(t, actors), rule + "+will",
                                  symmetric=sense.symmetric)  # fmt: skip
            report = replace(threat, status="occurred") if threat is not None else report
        report = self._failed_agreement(t, self._proposal_rejected(t, self._pledged_act(t, report)))
        report = self._at_home(t, report) if report is not None and not report.recipients else report
        return replace(report, status="occurred") if report is not None and (kept_open or refused or forsworn) \
            else report

    @staticmethod
    def _troops(t: Any) -> bool:
        """Whether a verb's subject is troops: a noun for soldiers, or a count of them."""
        return _subject_kind(t) in _TROOP_NOUNS

    @staticmethod
    def _police(t: Any) -> bool:
        """Whether a verb's subject is police: "police", "gendarmes", "police officers" (an officer
        only with "police" before it: "a Russian officer arrived" may be a visitor)."""
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        head = _counted_head(subject)
        lemma = _group_lemma(head)
        return lemma in _POLICE_NOUNS - {"officer"} or (lemma == "officer" and any(
            c.lemma_.lower() == "police" for c in head.children if c.dep_ in ("compound", "amod")))  # fmt: skip

    def _welcomed_person(self, t: Any) -> bool:
        """Whether what is welcomed (the object, or the subject of the passive) is a person."""
        obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None:
            return False
        m = self.party_at.get(obj.i)
        return m is not None and m.kind in ("person", "title") and not any(
            c.dep_ == "case" for c in obj.children)  # ("welcomed Moon's remarks": a possessor)  # fmt: skip

    def _public_warned(self, t: Any) -> bool:
        """Whether a warning goes to the public ("warned residents", "cautioned its citizens"), not
        to another party: an advisory, no threat."""
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        return obj is not None and obj.lemma_.lower() in _PUBLIC_NOUNS and not any(
            w.i in self.party_at for w in obj.subtree)  # fmt: skip

    def _supplied_with(self, t: Any, sense: Sense) -> Sense | None:
        """The sense of a delivery verb whose objects list what "with" names ("provided Ukraine with
        air defence systems", "supplied Iran with fighter jets"), when the object is a party."""
        if sense.objects or t.lemma_.lower() not in ("supply", "provide", "equip", "arm"):
            return None
        what = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                if g.dep_ == "pobj"]  # fmt: skip
        if not what:
            return None
        heads = [what[0], *what[0].conjuncts]
        # ("missile systems", "air defence systems": the kind is often the compound's first word)
        lemmas = {w.lemma_.lower() for h in heads for w in (h, *(c for c in h.children if c.dep_ == "compound"))}
        return next((s for s in self.lex.verbs.get(t.lemma_.lower(), []) if s.objects & lemmas and not s.prep), None)

    def _guests(self, t: Any, hosts: set[str | None]) -> list[_Party]:
        """"Israel signed agreements with the UAE and Bahrain at a ceremony hosted by Trump": the
        guests of a hosted occasion are the parties of the act done at it (coded before it in the
        sentence), the host excepted."""
        occasion = t.head
        if t.dep_ != "acl":
            return []
        if occasion.dep_ == "pobj" and occasion.head.lower_ in ("at", "during", "in", "to", "on"):
            verb = occasion.head.head  # "at a ceremony hosted by …", "agreed to a ceasefire brokered by …"
        elif occasion.dep_ in ("dobj", "nsubjpass"):
            verb = occasion.head  # "signed a deal mediated by China"
        else:
            return []
        # (the parser may hang "at a ceremony" on a clause inside the act's object: "signed
        # agreements to establish relations … at a ceremony": the act is the nearest coded one above)
        heads = [verb, *_ancestors(verb, 3)]
        done = next((r for h in heads for r in self.current if r.trigger_start == self.start + h.idx), None)
        if done is None:
            return []
        return [_Party.of(a) for a in _dedupe((*done.actors, *done.recipients)) if a.code not in hosts]

    def _noun_event(self, n: Any) -> EventReport | None:
        sense = _noun_sense(n, self.lex.nouns[n.lemma_.lower()])
        if sense is None:
            return None
        if sense.cameo[:2] == "01" and n.dep_ == "pobj" and n.head.lower_ in _TOPIC_PREPS | {"on"}:
            return None  # "an agreement regarding China's concerns": a mood named as a topic is no statement
        if n.dep_ == "dobj" and n.head.lemma_.lower() in _VIOLATING:
            return None  # "violated the ceasefire": the truce broken is no truce declared (events-13)
        if n.dep_ == "compound" and n.head.pos_ in ("NOUN", "PROPN") and sense.cameo[:2] in _MODIFIER_FREE_ROOTS:
            return None  # "the withdrawal agreement", "attack helicopters": a kind of thing (events-13)
        if sense.cameo[:2] >= "14" and {c.lower_ for c in n.children if c.dep_ in ("amod", "compound")} & _FIGURATIVE:
            return None  # "a diplomatic offensive", "a charm offensive", "a trade war" are no assault
        head = n.head
        rule = sense.rule
        anchor = n  # the token whose modality decides the status
        actors: list[_Party] = []
        series = _series_of(n) or _coordinated_object(n)
        if series is not None:
            n_dep, head = series.dep_, series.head  # "began a new round of joint exercises": the round's verb
        else:
            n_dep = n.dep_
        light = n_dep in ("dobj", "nsubjpass") and head.lemma_.lower() in self.lex.light_verbs and head.pos_ == "VERB"
        if light and head.lemma_.lower() in ("hold", "have") and sense.cameo[:2] not in _HELD_ROOTS:
            return None  # "Russia holds a veto", "has sanctions in place": possession, not an act
        if light:
            # "held talks with", "paid a visit to"; but a meeting a relative clause puts on the calendar
            # ("welcomed talks between Armenia and Azerbaijan, which are due to open on Friday") is
            # held by its own parties, and is as future as that clause says (events-19)
            calendared = bool(_calendar_clause(n))
            actors = (self._noun_actors(n, sense) if calendared else []) or self._subject_parties(head)
            anchor = n if calendared else head
            rule += "+light:" + head.lemma_.lower()
        elif not sense.standalone and not (n.dep_ == "pobj" and n.head.lower_ == "with" and
                                           n.head.head.lemma_.lower() in _RESPONDING):  # fmt: skip
            return None  # "a partial lifting of UN sanctions": a measure named, not imposed here
            # ("retaliated with sanctions on Lithuania" does impose them)
        if not actors:
            actors = self._noun_actors(n, sense) or self._culprit_of(n)
        behest = self._behest_verb(n)
        if not actors and behest is not None:
            actors = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" for p in self._parties_in(g)]  # fmt: skip
        around: Any = None  # the verb whose clause the noun's event belongs to ("remains in Vietnam for a visit")
        if not actors:
            actors = self._actors_around_noun(n, sense)
            if actors and n.dep_ == "pobj" and n.head.head.pos_ in ("VERB", "AUX"):
                around = anchor = n.head.head  # "will join South Korean warships for exercises": planned
                rule += "+around:" + around.lemma_.lower()
                if sense.cameo[:2] == "04" and _calendar_clause(n):
                    # "members of the Council asked for a meeting, which diplomats said would take place
                    # on Friday": the meeting is as the clause on it says, and the body's (events-19)
                    anchor = n
                    actors = self._body_of_members(around) or actors
        if not actors and sense.symmetric and n.dep_ in ("nsubj", "nsubjpass") and _definite(n):
            # "The negotiations broke down within weeks", "the fighting resumed": a joint event named as
            # known, with no party in its sentence, is the one between the last pair that acted together
            actors = self._last_joint_pair(n)
            rule += "+last-pair" if actors else ""
        if not actors:
            return None
        recipients = self._parties_at(n, sense.recipient)
        if not recipients and sense.objects:
            # "a suspension of aid to Zambia": the parser hangs the recipient on the of-object
            recipients = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                          if g.dep_ == "pobj" for p in self._parties_at(g, sense.recipient)]  # fmt: skip
        if not recipients and sense.cameo[:2] >= "15":
            # (force only: "its condemnation by the UN" is the UN's verdict on whoever "its" was)
            recipients = self._possessed_patient(n, actors)
        if not recipients and sense.cameo[:2] >= "15":
            # "an attack by Russian soldiers in eastern Ukraine", "a raid inside Ecuador": force
            # named by a noun is aimed at the territory it hits, as a verb's is (events-14); events-17:
            # and at the territory it is "of" ("the annexation of Crimea", "the shelling of Kharkiv")
            # (not a place it was only near: "a US drone strike near Baghdad airport" killed an Iranian)
            aimed = self._place_targets(n, _INSIDE_PREPS | {"of"})
            recipients = _others(aimed, {c for p in actors for c in _codes([p])})
        if not recipients and behest is not None:
            # "visited Hiroshima at Japan's invitation": the one invited (asked) is who then acts
            own = {p.mention.code for p in actors}
            recipients = [p for p in self._subject_parties(behest) if p.mention.code not in own]
        if not recipients and anchor is not n and around is None:
            recipients = self._parties_at(head, sense.recipient)
        if not recipients and around is not None:
            if sense.cameo[:2] == "04":
                # "Kim remains in Vietnam for an official visit": the visit is to where he is
                recipients = [p for c in around.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "at")
                              for g in c.children if g.dep_ == "pobj" for p in self._parties_in(g, places=True)]
            elif sense.symmetric:
                # "will join South Korean warships for exercises": the one joined is the partner
                recipients = self._parties_at(around, ("dobj",))
        if not recipients and light and sense.cameo[:2] == "04" and len(_codes(actors)) == 1:
            # "Biden, who opened the summit": the one who opens or hosts the meeting the story is
            # about deals with those holding it (events-17b)
            recipients = _read_from(_others(self._meeting_named_before(n), _codes(actors)), "meeting-before")
        if not recipients and sense.cameo[:2] >= "10" and (_in_reply(n) or (light and _in_reply(head))):
            # "Israel answered with a limited strike", "launched air strikes in response": at the one
            # whose act it answers (events-17b)
            recipients = _read_from(self._answered(n, [p.mention.code for p in actors if p.mention.code]), "answered")
        judged = next((r for r in self.current if r.trigger_start == self.start + head.idx and r.cameo_root in (
            "05", "11")), None)  # ("condemned Myanmar's crackdown" was not aimed at the one who condemns)  # fmt: skip
        if not recipients and n.dep_ == "dobj" and head.lemma_.lower() in _DRAWING:
            # "Japan's decision drew protests from China": aimed at whoever did what drew them
            own = {p.mention.code for p in actors}
            recipients = [p for c in head.children if c.dep_ == "nsubj" for p in self._parties_in(c)
                          if p.mention.code not in own]  # fmt: skip
        if not recipients and self._owned(n) and n.dep_ == "dobj" and head.pos_ == "VERB" and judged is None:
            # "the Belarusian ministry rejected the EU's criticism": the criticism was aimed at Belarus
            own = {p.mention.code for p in actors}
            recipients = [p for p in self._subject_parties(head) if p.mention.code not in own]
        if not recipients and sense.recipient != ("none",):
            # "talks with the rebel commanders": the armed group named before (events-15)
            recipients = self._armed_group_targets([n] if anchor is n else [n, head])
        owned_by_pronoun = any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our")
                               for c in n.children)  # fmt: skip
        if sense.cameo[:2] in ("02", "10") and not light and owned_by_pronoun:
            # "only once its demands on food exports were met", "kept up their demands for reform": a
            # standing demand named by its owner, put to no one here (no context recipient) (events-17b)
            rule += "+standing"
        self.used_nouns.add(n.i)
        cameo = sense.cameo
        if cameo == "154" and _peace_context(self.doc):
            cameo, rule = "074", rule + "+peace"  # "the deployment of 230 troops on a peacekeeping mission"
        if cameo == "062" and sense.symmetric and around is None and _solo_show_of_force(
                n, [p.mention for p in actors], len(recipients)):  # fmt: skip
            # (not with doers borrowed from the clause around: "apologised during the alliance's exercises")
            # the lexicon's convention (verbs.yaml): one side's drill with no partner shows force
            cameo, rule = "150", rule + "+solo"
        report = self._report(n, cameo, actors, recipients, rule, symmetric=sense.symmetric, anchor=anchor)
        if report is not None and light and not report.recipients and report.cameo in _HOME_MEASURES | _PLACED_MEASURES:
            # "launched a crackdown", "imposed a curfew in the province" (events-16); not one only
            # named ("condemned Myanmar's crackdown"), whose parties are the judging report's business
            report = self._at_home(n, report)
        if report is not None and light and any(d.dep_ == "det" and d.lower_ == "no" for d in n.children):
            # "has made no commitment to give up its weapons", "held no talks": the light verb's "no"
            # object denies the event (events-14)
            report = replace(report, status="negated")
        return report

    def _behest_verb(self, n: Any) -> Any:
        """"discussed the launch at the request of the United States", "at Kim's invitation, stepped
        over into the North": a request or invitation named as the occasion of another act. Returns
        the verb of that act (its subject is the one asked or invited), or None."""
        if n.dep_ != "pobj" or n.head.lower_ not in ("at", "on", "upon") or n.lemma_.lower() not in _BEHESTS:
            return None
        verb = n.head.head
        return verb if verb.pos_ in ("VERB", "AUX") else None

    def _governed(self, g: Any) -> list[EventReport]:
        """"urged Pyongyang to return to talks", "is ready to send troops", "refused to meet",
        "vowed to retaliate": one report coded from the governor and its complement (the
        codebook's appeal, intent, demand, refusal and threat codes); an intended complement is
        also its own planned report ("agreed to hold a summit": the summit is planned)."""
        kinds = self.lex.governors[g.lemma_.lower()]
        if not _calls_on(g):
            return []  # "called Erdogan to apologise": a phone call, whose purpose is the caller's act
        comp = next((c for c in g.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
        # ("have sworn to fight": with no object, any governor's to-infinitive is its complement, not a purpose)
        objectless = not any(c.dep_ == "dobj" for c in g.children)
        if comp is None and ({"appeal", "demand", "refusal"} & set(kinds) or objectless):
            # the small parser often hangs the complement as an adverbial clause: "called on Seoul
            # to stop it", "ruled out sending troops"
            gerund = bool({"appeal", "demand", "refusal"} & set(kinds))
            comp = next((c for c in g.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i > g.i
                         and ((gerund and c.tag_ == "VBG") or _for_to(c) or _own_to(c))
                         and (_for_to(c) or not any(a.dep_ in ("nsubj", "mark") for a in c.children))),
                        None)  # fmt: skip  (events-13: "pushed for the US to support the plan")
        if comp is None and {"appeal", "demand"} & set(kinds) and not objectless:
            # "issued a statement urging North Korea to comply": the small parser may hang the
            # to-infinitive right after the asked party on a verb higher up (events-14)
            comp = next((w for w in self.tokens if w.dep_ == "advcl" and w.pos_ == "VERB"
                         and w.left_edge.i == g.right_edge.i + 1 and w.head.i != g.i
                         and _own_to(w)
                         and not any(a.dep_ in ("nsubj", "mark") for a in w.children)), None)  # fmt: skip
        if comp is None and "intent" in kinds:
            # "is committed to opening up its economy": a gerund after "to" is the commitment's complement
            comp = next((p for c in g.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                         if p.dep_ == "pcomp" and p.pos_ == "VERB"), None)  # fmt: skip
        if comp is not None and comp.lemma_.lower() in _UNHESITATING and any(c.dep_ == "neg" for c in comp.children):
            # "warned that it would not hesitate to impose new sanctions": the act not hesitated over
            comp = next((c for c in comp.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), comp)
        if comp is not None and comp.lemma_.lower() in _HELPING:
            # "asked NATO to help patrol its airspace", "pledged to help train": the act helped with (events-13)
            comp = next((c for c in comp.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), comp)
        if comp is None or (comp.dep_ == "ccomp" and g.lemma_.lower() in _TELLING):
            return []  # ("told reporters that he would meet Kim" reports; "told Putin to withdraw" demands)
        if comp.dep_ == "ccomp" and set(kinds) <= {"appeal", "demand"} and g.lemma_.lower() not in _PROPOSING and \
                not _asking_clause(comp):  # fmt: skip
            return []  # (events-13: "insisted that Kyiv had attacked the bridge" asserts, asks nothing)
        if g.lemma_.lower() == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in g.children):
            return []  # "the court ruled that …" refuses nothing; "ruled out sending troops" does
        actors = self._subject_parties(g)
        if not actors and g.lemma_.lower() in _STATIVE_GOVERNORS:
            # "Peru is committed to …", "is prepared to …": the passive form states the subject's own intent
            actors = [p for c in g.children if c.dep_ == "nsubjpass" for p in self._head_parties(c)]
        if not actors:
            return []
        if g.lemma_.lower() in _PROPOSING and comp.dep_ == "ccomp":
            # "Wang proposed that North Korea suspend …", "hoped the ROK will properly deal with the
            # issue": what one wishes another party to do is an appeal to that party
            own = _codes(actors)
            doers = [p for c in comp.children if c.dep_ in ("nsubj", "nsubjpass") for p in self._head_parties(c)]
            if not doers or _codes(doers) <= own:
                return []
            kinds = ("appeal",)
        if {"appeal", "demand"} & set(kinds) and g.lemma_.lower() in _ORDERING:
            ordered = self._ordered_own_act(g, comp, actors)
            if ordered is not None:
                return [ordered]
        expelled = self._diplomats_sent_away(g, comp, actors) if {"appeal", "demand"} & set(kinds) else []
        if expelled:
            # "ordered the US ambassador to leave the country", "told Bolivia's ambassador to leave": an
            # expulsion (161, the codebook's reduction of diplomatic relations), aimed at the envoy's
            # state, not a demand that the envoy withdraw (events-16)
            self.consumed.add(comp.i)
            report = self._report(g, "161", actors, expelled, f"expel/{g.lemma_.lower()}+{comp.lemma_.lower()}")
            return [report] if report is not None else []
        found = self._complement_code(comp)
        negated = any(c.dep_ == "neg" for c in comp.children)
        if negated and "intent" in kinds and g.lemma_.lower() in _COMMITMENTS:
            # "promised not to resume nuclear tests": a pledge to refrain, to de-escalate when the
            # act forgone is one of force (0356), else to yield (035); no threat
            found = ("087" if found and found[0][:2] >= "14" else "08", f"refrain/{comp.lemma_.lower()}")
            kinds = ("intent",)
        elif {"appeal", "demand"} & set(kinds) and negated:
            # "urged Beijing not to take steps", "urged Washington not to intervene militarily":
            # asked to refrain, an appeal (or demand) to yield, or to de-escalate force
            found = ("087" if found and found[0][:2] >= "14" else "08", f"refrain/{comp.lemma_.lower()}")
        if found is None and comp.lemma_.lower() in self.lex.yield_verbs and {"appeal", "demand"} & set(kinds):
            # "urged Seoul to halt it": asked to undo its own act, whatever the act
            found = ("08", f"yield/{comp.lemma_.lower()}")
        if found is None and kinds == ("appeal",) and g.lemma_.lower() in _PROPOSING:
            found = ("02", f"wish/{comp.lemma_.lower()}")  # "suggested that the two sides adhere to …"
        promised = found is None and "intent" in kinds and not negated and g.lemma_.lower() in _PROMISING and \
            comp.dep_ != "ccomp"  # ("promised that the vote would be fair" asserts; it promises no act)
        if promised:
            # "pledged to implement the agreement in full", "agreed to set up a working group": an act the
            # lexicon does not code, promised, is still the promise (the complements table's intent of an
            # unspecified cooperation, 030); the act itself is no planned report of its own
            found = ("057", f"promise/{comp.lemma_.lower()}")
        if found is None:
            return []
        code, comp_rule = found
        conflict = code[:2] >= "14"
        kind = "threat" if "threat" in kinds and conflict else next((k for k in kinds if k != "threat"), None)
        if kind is None:
            return []  # "warned that talks would resume" is a warning the lexicon codes by itself
        recipients = self._parties_at(g, ("dobj", "prep:on", "prep:upon", "prep:to")) if kind in (
            "appeal", "demand") else []  # fmt: skip
        if not recipients and kind in ("appeal", "demand"):
            # "demanded that Beijing lift the ban": the party asked is the complement's subject
            recipients = [p for c in comp.children if c.dep_ in ("nsubj", "nsubjpass") for p in self._head_parties(c)]
        if not recipients and kind in ("appeal", "demand"):
            # "demanded that the attacks stop", "called for the shelling to end": asked of whoever
            # does the act the complement's subject names (events-17b)
            acts = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.lex.nouns
                    and _definite(c)]  # fmt: skip
            own = _codes(actors)
            recipients = _others([p for c in acts for p in self._owner_of_object(comp, code, sorted(own), c)], own)
        if not recipients:
            sense = self._sense(comp, self.lex.verbs[comp.lemma_.lower()]) if comp.lemma_.lower() in self.lex.verbs \
                else None  # fmt: skip
            recipients = self._recipients(comp, sense) if sense else self._parties_at(comp, ("dobj", "prep:with",
                                                                                               "prep:to"))  # fmt: skip
        if not recipients and kind == "threat":
            # "warned it would cut gas supplies if Ukraine did not pay": at the one the condition names
            recipients = self._conditioned_party(comp, actors) or self._conditioned_party(g, actors)
        inviting = kind == "appeal" and g.lemma_.lower() == "invite" and code[:2] == "04"
        if inviting:
            # "invited Putin to visit Pyongyang": an invitation to meet is the host's intent to meet
            # (036, the codebook's invitation), aimed at the invitee; the visit it offers is planned
            # once the invitee accepts (_accepted_invitation)
            kind = "intent"
        cell = self.lex.governed(kind, code)
        out = []
        report = self._report(g, cell, actors, recipients, f"{kind}/{g.lemma_.lower()}+{comp_rule}")
        if report is not None:
            out.append(report)
            out.extend(self._joined_governed(g, comp, kind, cell, actors, recipients))
        self.consumed.add(comp.i)
        self.used_nouns.update(o.i for o in comp.children if o.dep_ == "dobj")
        self._hold_joined_complements(comp)
        if kind == "intent" and report is not None and not promised:
            planned = self._verb_event(comp) if comp.lemma_.lower() in self.lex.verbs else None
            if planned is None:
                obj = next((o for o in comp.children if o.dep_ == "dobj" and o.lemma_.lower() in self.lex.nouns), None)
                planned = self._noun_event(obj) if obj is not None else None
            if planned is not None:
                planned = replace(planned, status="planned" if planned.status == "occurred" else planned.status)
                if self._organ_decision(g, actors):
                    # "EU leaders agreed to ban Belarusian airlines": one body's members agreeing
                    # among themselves is its decision, not an agreement between parties; the
                    # decided act is the event, planned
                    return [replace(planned, rule=f"decision/{g.lemma_.lower()}+{planned.rule}")]
                if inviting:
                    self.coder.offered[report.id] = planned
                elif (planned.cameo_root == "04" or planned.cameo in _CONCRETE_PLANS) and \
                        g.lemma_.lower() not in _OFFERING and \
                        comp.lemma_.lower() not in _STANDING_CONSULTING:  # fmt: skip
                    # an agreement to a concrete event (a meeting, a visit, a signing, an exercise)
                    # plans it; general commitments ("resolved to collaborate", "agreed to
                    # normalise ties", "offered to dismantle", "pledged to consult one another in a
                    # crisis", events-19) and offers ("is willing to meet Zelensky", events-18) are
                    # the intent only
                    out.append(planned)
        return out

    def _ordered_own_act(self, g: Any, comp: Any, actors: list[_Party]) -> EventReport | None:
        """An order to the orderer's own services ("Trump ordered the State Department to begin
        preparing to move the embassy", "Putin ordered the defence ministry to withdraw troops"): no
        demand on anyone, but the orderer's own act to come, planned (events-19); None where the one
        ordered is someone else ("ordered Moscow to withdraw": a demand) or the act is not coded."""
        obj = next((c for c in g.children if c.dep_ == "dobj"), None)
        if obj is None or not self._own_service(obj, actors):
            return None
        act = _prepared_act(comp)  # ("to begin preparing to move the embassy": the move)
        report = self._verb_event(act) if act.lemma_.lower() in self.lex.verbs else None
        if report is None:
            noun = next((o for o in act.children if o.dep_ == "dobj" and o.lemma_.lower() in self.lex.nouns), None)
            report = self._noun_event(noun) if noun is not None else None
        if report is None:
            return None
        own = _dedupe(r for p in actors for r in p.ref())
        codes = {a.code for a in own}
        self.consumed.update({comp.i, act.i})
        return replace(report, actors=tuple(own), recipients=tuple(r for r in report.recipients if r.code not in codes),
                       status="planned", rule=f"{report.rule}+ordered:{g.lemma_.lower()}")  # fmt: skip

    def _diplomats_sent_away(self, g: Any, comp: Any, actors: list[_Party]) -> list[_Party]:
        """The parties of the diplomats a verb asks to go away ("told Bolivia's ambassador to leave":
        Bolivia), or nothing when the one asked is no diplomat or the act asked is no departure."""
        if comp.lemma_.lower() not in _DEPARTING or any(c.dep_ == "neg" for c in comp.children):
            return []
        obj = next((c for c in g.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in _DIPLOMAT_NOUNS:
            return []
        envoys = self._parties_at(g, ("dobj",))
        # ("told British diplomats to leave Moscow": one's own envoys called home, no expulsion)
        return [] if _codes(envoys) <= _codes(actors) else envoys

    def _organ_decision(self, g: Any, actors: list[_Party]) -> bool:
        """Whether "agreed/decided to …" is one organisation deciding: its one actor is an
        international body and nobody is agreed with; or any one party decides."""
        if g.lemma_.lower() not in ("agree", "decide", "resolve", "vote"):
            return False
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in g.children):
            return False
        refs = _dedupe(r for p in actors for r in p.ref())
        if len(refs) == 1 and g.lemma_.lower() == "decide":
            return True  # "Japan decided to ease sanctions": one party deciding decides the act itself
        return len(refs) == 1 and refs[0].code in _igo_codes()

    def _refusal(self, t: Any) -> EventReport | None:
        """"refused to meet", "declined the invitation": a REJECT that occurred."""
        actors = self._subject_parties(t)
        if not actors:
            return None
        refused = next((c for c in t.children if c.dep_ in ("xcomp", "ccomp")), None)
        recipients: list[_Party] = []
        if refused is not None:
            senses = self.lex.verbs.get(refused.lemma_.lower())
            sense = self._sense(refused, senses) if senses else None
            recipients = self._recipients(refused, sense) if sense else self._parties_at(refused, ("dobj",))
            recipients = recipients or self._permitted(refused)
            self.consumed.add(refused.i)
        else:
            recipients = self._parties_at(t, ("dobj", "prep:to"))
        code = self.lex.refusal_verbs[t.lemma_.lower()]
        if refused is not None and refused.lemma_.lower() in _COMMENT_VERBS:
            # "declined to comment": no rejection of anyone, the codebook's 011 (a neutral statement)
            return self._report(t, "011", actors, [], f"refusal/{t.lemma_.lower()}+{refused.lemma_.lower()}")
        return self._report(t, code, actors, recipients, f"refusal/{t.lemma_.lower()}")

    def _statement(self, t: Any, coded: set[int]) -> EventReport | None:
        # Only speech: a reported clause or quoted words ("claimed the gold medal" is no statement).
        if not any(c.dep_ in ("ccomp", "parataxis", "xcomp") for c in t.children) and '"' not in self.doc.text:
            return None
        # A statement that carries a more specific event ("said it would send troops") is the
        # attribution of that event, not an event of its own.
        speaker = {w.i for c in t.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree}
        if self._charge_said(t):
            # "told the ambassador that the cooperation violated UN resolutions (and urged …)": an
            # accusation, whatever else the words go on to do
            actors = self._subject_parties(t)
            recipients = self._parties_at(t, ("dative", "prep:to", "dobj")) or [
                p for c in t.children if c.dep_ == "ccomp" for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
                for p in self._parties_in(g)]  # ("said Pyongyang's launch breached …": the one charged)  # fmt: skip
            return self._report(t, "112", actors, recipients, f"statement/{t.lemma_.lower()}+charge") if actors \
                else None  # fmt: skip
        actors = self._subject_parties(t)
        if not actors:
            return None
        verdict = self._said_verdict(t, actors, coded) or self._said_refusal(t, actors, coded) or \
            self._blame_said(t, actors) or self._said_act(t, actors)  # fmt: skip
        if verdict is not None:
            # (read before the acts around it: "said NATO was spreading belligerent rhetoric and urged
            # …" judges NATO whatever the speaker goes on to do; "said Pakistan was behind the attack"
            # blames whatever the attack is reported as, events-16)
            return verdict
        if any(c.i in coded for c in t.subtree if c.i != t.i and c.i not in speaker):
            # ("Trump, who signed as a witness, said …": an act inside the speaker's phrase is no content)
            return None
        if self._own_act_explained(t, actors):
            # "said it had acted in self-defence", "said they had acted on a bomb threat": one's own
            # act explained is defended (052), the codebook's justification
            return self._report(t, "052", actors, self._wronged_here(t, actors), f"statement/{t.lemma_.lower()}+acted")
        recipients = self._told(t)
        if self._groundless(t):
            # "said there was no scientific basis for it": a verdict on someone's act, disapproval
            return self._report(t, "111", actors, recipients, f"statement/{t.lemma_.lower()}+groundless")
        if _will_not_comment(t):
            # "the White House would not say when they might be eased": declining to comment (011),
            # which occurred, as "declined to comment" does (events-19)
            declined = self._report(t, "011", actors, recipients, f"statement/{t.lemma_.lower()}+will-not")
            return replace(declined, status="occurred") if declined is not None else None
        code = "010"
        return self._report(t, code, actors, recipients, f"statement/{t.lemma_.lower()}", neutral=True)

    @staticmethod
    def _charge_said(t: Any) -> bool:
        """Whether what is said is that something broke a rule ("violated UN resolutions",
        "breached the ceasefire"): an accusation."""
        return any(c.dep_ == "ccomp" and c.lemma_.lower() in _BREAKING and not any(g.dep_ == "neg" for g in c.children)
                   and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in t.children)  # fmt: skip

    @staticmethod
    def _verdict_said(t: Any) -> bool:
        """Whether what is said passes a verdict (_clause_verdict: "were unacceptable", "was a
        provocation", "was spreading belligerent rhetoric"): what makes a reply a statement."""
        return any(c.dep_ == "ccomp" and _clause_verdict(c) is not None for c in t.children)

    @staticmethod
    def _groundless(t: Any) -> bool:
        """Whether what is said is that something has no basis: "there was no scientific basis for
        it", "there is no justification for the ban"."""
        for c in t.children:
            if c.dep_ != "ccomp" or c.lemma_.lower() != "be" or not any(g.dep_ == "expl" for g in c.children):
                continue
            for a in c.children:
                if a.dep_ == "attr" and a.lemma_.lower() in _GROUNDS and any(
                        d.dep_ in ("det", "neg") and d.lower_ == "no" for d in a.children):  # fmt: skip
                    return True
        return False

    def _troops_moving(self, t: Any) -> Sense | None:
        """"American troops began leaving Afghanistan": troops that leave a state withdraw from it
        (0874; the lexicon's leave, exit and quit senses name treaties and bodies); "Russian
        peacekeepers began deploying": troops deploy themselves (154, 074 for peace); "troops entered
        the city": occupation (192) (events-13)."""
        lemma = t.lemma_.lower()
        if lemma == "enter" and any(c.dep_ == "dobj" for c in t.children) and self._troops(t):
            return Sense(lemma, "192", "verb")  # "Ethiopian troops entered Mekelle": occupation by force
        leaving = lemma in _LEAVING_PLACE and any(c.dep_ == "dobj" and c.i in self.party_at for c in t.children)
        # (troops deploying: only for peace, or toward someone; "deployed to train the army" is neither)
        deploying = lemma == "deploy" and not any(c.dep_ in ("dobj", "nsubjpass") for c in t.children) and (
            _peace_context(self.doc) or any(c.dep_ == "prep" and c.lower_ in _TOWARD for c in t.children))
        if not (leaving or deploying):
            return None
        holder = t.head if t.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in t.children) else t
        if not self._troops(holder):
            return None
        return Sense(lemma, "0874", "verb") if leaving else Sense(lemma, "154", "verb", recipient=tuple(_TOWARD))

    @staticmethod
    def _relief_team(t: Any) -> bool:
        """Whether a verb's object is a team for relief ("medical teams", "rescue teams") (events-13)."""
        obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return obj is not None and obj.lemma_.lower() in ("team", "mission", "unit") and any(
            c.lemma_.lower() in _RELIEF_KINDS for c in obj.subtree if c.dep_ in ("amod", "compound"))  # fmt: skip

    @staticmethod
    def _protesters(t: Any) -> bool:
        """Whether a verb's subject is protesters or a crowd (events-13), or another crowd of civilians
        whose force is a riot: supporters, students, a mob (events-15)."""
        return _subject_kind(t) in _RIOTING_NOUNS


def _armed_doers(t: Any) -> bool:
    """Whether a verb's subject, or that of the verb it is joined to ("seized the airport and
    blocked the roads"), is troops or an armed group."""
    while t.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in t.children) and t.head.i != t.i:
        t = t.head
    return _subject_kind(t) in _TROOP_NOUNS | _ARMED_GROUP_NOUNS


def _envoy_given_leave(t: Any) -> bool:
    """Whether a verb gives a diplomat time to go ("gave the ambassador 72 hours to leave")."""
    given = any(c.dep_ in ("dative", "dobj") and c.lemma_.lower() in _DIPLOMAT_NOUNS for c in t.children)
    return given and any(w.lemma_.lower() in _DEPARTING and w.dep_ in ("xcomp", "advcl", "acl", "relcl")
                         for w in t.subtree)  # fmt: skip


def _will_not_comment(t: Any) -> bool:
    """Whether a verb of speech is refused: "would not say when …", "will not confirm whether …"
    (a refusing auxiliary and a negation on a verb of commenting)."""
    return t.lemma_.lower() in _COMMENT_VERBS and any(c.dep_ == "neg" for c in t.children) and any(
        c.dep_ == "aux" and c.lower_ in _REFUSING_AUX for c in t.children)  # fmt: skip
