"""Constructions with a meaning of their own: obligations, veiled and conditional threats, denials,
refusals of proposals, pledges, phone calls, verdicts, and the acts a reaction or a request
holds."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...model import ActorRef, EventReport
from ..event_lexicon import RuleTrace
from .grammar import (
    _act_reference,
    _agent_objects,
    _ancestors,
    _asking_clause,
    _attack_plotted,
    _bare_will_not,
    _calls_on,
    _clause_core,
    _clause_justifies,
    _clause_subject,
    _clause_verdict,
    _culpable_word,
    _culprit_named,
    _dedupe,
    _fights_affliction,
    _for_to,
    _fused_act,
    _fused_label,
    _fused_verdict,
    _gerund_verdict,
    _group_lemma,
    _is_condition,
    _joined_acts,
    _justifying_prep,
    _kept_in_force,
    _marked_as_target,
    _mediator_refused,
    _noun_sense,
    _on_its_way_to,
    _on_path_to_membership,
    _own_to,
    _past_time_clause,
    _peace_named,
    _phrase,
    _reported_clauses,
    _said_void,
    _shared_complement,
    _specific_code,
    _subject_kind,
    _trigger_token,
    _unhesitating,
    _until_demanded,
    _verdict_heads,
    _wanted_undone,
    _will,
    _will_not,
)
from .modality import _Modality
from .party import _codes, _Party
from .vocabulary import (
    _AGREEMENT_NOUNS,
    _AID_SENT,
    _ALLEGING_NOUNS,
    _ALLEGING_WORDS,
    _ANSWERED_ACTS,
    _ARMS_SENT,
    _ASKING_ROOTS,
    _BEHESTS,
    _BINDING,
    _CHARGES,
    _CONCRETE_PLANS,
    _CONTENT_DEPS,
    _CONTEXT_CHARS,
    _COUNTER_TRANSFERS,
    _CULPABLE,
    _CULPRIT_ROLES,
    _DEED_NOUNS,
    _DOUBTING,
    _FAILURE_VERBS,
    _FALSITY_WORDS,
    _FIRM_WORDS,
    _FORCE_ROOTS,
    _FUTURE_AUX,
    _GOING_FOR,
    _GROUP_NOUNS,
    _HELPED_ROOTS,
    _HOSTILE_WORDS,
    _HYPOTHETICAL_AUX,
    _JUDGING,
    _JUSTIFYING_WORDS,
    _OBJECT_CONTROL,
    _OPEN_TO,
    _OPTION_WORDS,
    _OUTCOMES,
    _PENALTIES_ABROAD,
    _PERSON_NOUNS,
    _PLEDGE_NOUNS,
    _PRAISE_WORDS,
    _PROPOSING,
    _RAISING,
    _REACTED_NOUNS,
    _REFERENCE_SENTENCES,
    _REQUEST_CHAIN,
    _RETALIATING,
    _SPEECH_ROOTS,
    _STANCE_NOUNS,
    _TELLING,
    _THREATENING,
    _UNLAWFUL,
    _VERDICT_ROOTS,
    _VIOLATING,
    _VOIDABLE,
    _WARM_WORDS,
    _YIELDING,
)


class _Constructions(_Modality):
    """Constructions with a meaning of their own: obligations, veiled and conditional threats, denials, refusals of
    proposals, pledges, phone calls, verdicts, and the acts a reaction or a request holds."""

    def _obligation(self, t: Any) -> EventReport | None:
        """"declared that China must drop its trade barriers", "said Libya must hand over the suspects":
        what a speaker says another party must do is a demand on that party ("should": an appeal),
        coded from the complement as the complements table says; the complement is no event of its own."""
        comp = next((c for c in t.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if comp is None:
            return None
        modals = {c.lower_ for c in comp.children if c.dep_ == "aux"}
        kind = "demand" if "must" in modals else "appeal" if "should" in modals else None
        if kind is None:
            return None
        actors = self._subject_parties(t)
        doers = [p for c in comp.children if c.dep_ in ("nsubj", "nsubjpass") for p in self._head_parties(c)]
        own = _codes(actors)
        if not actors or not doers or _codes(doers) <= own:
            return None  # ("Tokyo said it must act": its own obligation, no demand)
        found = self._complement_code(comp)
        if any(c.dep_ == "neg" for c in comp.children):
            found = ("087" if found and found[0][:2] >= "14" else "08", f"refrain/{comp.lemma_.lower()}")
        code, comp_rule = found or ("", comp.lemma_.lower())
        self.consumed.add(comp.i)
        self.used_nouns.update(o.i for o in comp.children if o.dep_ == "dobj")
        modal = "must" if kind == "demand" else "should"
        return self._report(t, self.lex.governed(kind, code), actors, doers, f"{kind}/{modal}+{comp_rule}")

    def _judged_act(self, n: Any, out: list[EventReport]) -> bool:
        """"deplored its invasion of Ukraine": the object of a verdict (praise, disapproval, rejection)
        that names an act of another kind is an event of its own, whose doer is judged."""
        head = next((r for r in out if r.trigger_start == self.start + n.head.idx), None)
        senses = self.lex.nouns.get(n.lemma_.lower()) or []
        if head is None or head.cameo_root not in _VERDICT_ROOTS or not senses:
            return False
        return senses[0].standalone and senses[0].cameo[:2] != head.cameo_root and any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in n.children)  # fmt: skip

    def _veiled_threat(self, t: Any) -> EventReport | None:
        """The stock phrases of a veiled threat (CAMEO 130): a speaker says another party "would
        bear the consequences" or "pay a price" (the speaker threatens that party), or that its own
        side "would take the necessary measures" or "resolute countermeasures", or would answer
        in kind (_retaliation)."""
        if t.lemma_.lower() in _RETALIATING:
            return self._retaliation(t)
        if any(c.dep_ == "neg" for c in t.children):
            return None
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        lemma, what = t.lemma_.lower(), obj.lemma_.lower()
        if lemma in ("bear", "face", "suffer", "pay") and what in ("consequence", "price", "cost"):
            speech = next((a for a in _ancestors(t, 4) if a.lemma_.lower() in self.lex.statement_verbs), None)
            if speech is None:
                return None
            actors = self._subject_parties(speech)
            own = _codes(actors)
            targets = self._subject_parties(t)  # ("would have to bear": the subject of "have")
            if not actors or not targets or _codes(targets) <= own:
                return None
            return self._report(t, "130", actors, targets, f"threat/{lemma}+{what}")
        if lemma in ("take", "direct") and what in ("measure", "countermeasure", "step", "action"):
            # ("would not hesitate to direct further measures": the unhesitating is the firmness, events-16)
            unhesitating = _unhesitating(t)
            modal = {c.lower_ for c in (unhesitating or t).children if c.dep_ == "aux"} & (_FUTURE_AUX | {"would"})
            firm = {c.lower_ for c in obj.subtree} | {c.lower_ for c in t.children if c.dep_ == "advmod"}
            if not modal or not (firm & _FIRM_WORDS or what == "countermeasure" or unhesitating is not None):
                return None
            actors = self._subject_parties(t)
            if not actors:
                return None
            return self._report(t, "130", actors, [], f"threat/{lemma}+{what}")
        return None

    def _retaliation(self, t: Any) -> EventReport | None:
        """"Peskov said Russia would respond", "Tehran vowed it would retaliate": a party announcing
        that it will answer in kind threatens, an unspecified threat (130, occurred), aimed at whom
        its "to"/"against" phrase names; "said they had no plans to retaliate", "would not react"
        forswears force, an intent to de-escalate (0356, occurred) (events-16). Not an answer to a
        thing that is no hostile act ("would respond to the letter next week"), nor a past one
        ("Iran retaliated with missile strikes": the strikes are the event)."""
        if any(c.dep_ == "dobj" for c in t.children) or not self._sole_answer(t):
            return None
        forsworn = _will_not(t)
        if not forsworn and (not _will(t) or any(c.dep_ == "neg" for c in t.children)):
            return None
        actors = self._subject_parties(t)
        if not actors:
            return None
        own = _codes(actors)
        # aimed at whom the phrase names, else at whoever last acted against the party (what it answers)
        recipients = [p for p in self._parties_at(t, ("prep:against", "prep:to")) if p.mention.code not in own] or \
            self._aimed_at_judge(self._reports_before(t), sorted(own))  # fmt: skip
        report = self._report(t, "0356" if forsworn else "130", actors, recipients,
                              f"threat/{t.lemma_.lower()}" + ("+will-not" if forsworn else "+will"))  # fmt: skip
        return replace(report, status="occurred") if report is not None else None

    @staticmethod
    def _sole_answer(t: Any) -> bool:
        """Whether an answering verb answers nothing but a hostile act: no "to" phrase, or one whose
        noun is an attack or a hostile word ("would respond to any aggression")."""
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                heads = [g.lemma_.lower() for g in c.children if g.dep_ == "pobj"]
                if not set(heads) & _ANSWERED_ACTS:
                    return False
        return True

    def _refused_part(self, t: Any) -> EventReport | None:
        """"said it will not join any three-way talks", "told Netanyahu that the United States would
        not take part in any counter-offensive": refusing to take part in an event is a rejection
        that occurred (the complements table's refusal of the event; taking part in fighting is
        military cooperation, 1212; staying away from a meeting is the boycott 161, as "would not
        attend"), aimed at the one told, else at the event's other party (events-16)."""
        lemma = t.lemma_.lower()
        if lemma == "take" and not any(c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in t.children):
            return None
        events = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        events += [c for c in t.children if c.dep_ == "dobj" and lemma == "join"]
        n = next((g for g in events if g.lemma_.lower() in self.lex.nouns), None)
        sense = _noun_sense(n, self.lex.nouns[n.lemma_.lower()]) if n is not None else None
        if n is None or sense is None:
            return None
        actors = self._subject_parties(t)
        if not actors:
            return None
        root = sense.cameo[:2]
        if root in _FORCE_ROOTS or root == "15":
            code = self.lex.governed("refusal", "062")  # (the fighting joined is military cooperation)
        elif root == "04" and sense.cameo != "046":
            code = "161"  # a meeting stayed away from: a boycott
        else:
            code = self.lex.governed("refusal", sense.cameo)
        if not code:
            return None
        own = _codes(actors)
        speech = self._speech_of(t)
        told = self._parties_at(speech, ("dative", "prep:to", "dobj")) if speech is not None else []
        recipients = [p for p in told if p.mention.sector != "MED"] or [
            p for p in self._parties_at(n, sense.recipient) if p.mention.code not in own]  # fmt: skip
        self.used_nouns.add(n.i)
        report = self._report(t, code, actors, recipients, f"refusal/{lemma}+part:{n.lemma_.lower()}")
        return replace(report, status="occurred") if report is not None else None

    def _denial(self, t: Any) -> EventReport | None:
        """"Moscow denied that it had sent troops": the denial is an event (016), aimed at whoever
        last accused the denier; the denied act, if coded, is negated and the denier's to vouch for."""
        if not any(c.dep_ == "ccomp" and c.i > t.i for c in t.children):
            return None  # (what is denied follows: "a charge Pyongyang denied" has its object before)
        actors = self._subject_parties(t)
        mine = _codes(actors)
        if not mine:
            return None
        earlier = self._reports_before(t, 12)
        charge = next((r for r in reversed(earlier) if r.cameo_root == "11" and mine & {x.code for x in r.recipients}),
                      None)  # fmt: skip
        accusers = [_Party.of(a) for a in charge.actors] if charge is not None else []
        return self._report(t, "016", actors, accusers, f"verb/{t.lemma_.lower()}+that")

    def _same_again(self, t: Any) -> EventReport | None:
        """"Seoul imposed sanctions on the North, and Tokyo followed suit": an elliptical event repeats
        the last act reported (in this sentence or the one before), done by the new subject, aimed
        where that act was; "Warsaw responded in kind" answers the last act aimed at its subject,
        with one of the same code aimed back at its doer (events-18). The new act has its own status
        ("would do so" planned, "has not followed suit" negated, "did so on Tuesday" occurred: a past
        verb, events-18 review), else the act's."""
        kind = _act_reference(t)
        actors = self._subject_parties(t)
        mine = _codes(actors)
        if not mine or kind is None:
            return None
        model = self._referenced_act(t, mine, kind)
        if model is None:
            return None
        if kind == "in-kind":
            targets = [_Party.of(a) for a in model.actors if a.code not in mine]
        else:
            targets = [_Party.of(a) for a in model.recipients if a.code not in mine]
        if kind == "in-kind" and _will_not(t):
            return self._retaliation(t)  # ("would not respond in kind" forswears force, events-16)
        report = self._report(t, model.cameo, actors, targets, f"ref/{kind}+{model.rule}")
        if kind == "in-kind" and report is not None and report.status == "planned":
            # "vowed to respond in kind", "would reciprocate": an answer announced threatens (130,
            # occurred), as "would retaliate" does (events-16), aimed at the act's doer
            threat = self._report(t, "130", actors, targets, f"threat/{t.lemma_.lower()}+in-kind")
            return replace(threat, status="occurred") if threat is not None else None
        if report is None or report.status != "occurred" or mine & {a.code for a in model.actors}:
            return report
        if t.tag_ == "VBD" and len(RuleTrace.parse(model.rule).senses) == 1:
            # "Russia will impose sanctions on Ukraine next month. Belarus did so on Tuesday": a past
            # verb tells its own act as done; only a governed act ("agreed to impose sanctions, and
            # Japan did the same": the intent) passes its status on (events-18 review)
            return report
        return replace(report, status=model.status)

    def _referenced_act(self, t: Any, mine: set[str], kind: str) -> EventReport | None:
        """The act a reference points back at: the latest report before it (in this sentence or the
        ``_REFERENCE_SENTENCES`` before, within ``_CONTEXT_CHARS``, the window the context pass reads)
        that is no plain statement and, for an answer in kind, is aimed at the answering party. A repeat
        is another party's act, or the party's own act told as not (yet) done ("has not yet approved
        it, but said it would do so"). An act named by a noun inside the clause of another
        ("condemned North Korea's launch") gives way to that clause's act (events-18). An appeal or
        demand made to the referring party is no act it repeats: "urged Turkey to release the pastor.
        Turkey said it would do so" does (or refuses) what was asked, when the coder knows that act,
        else nothing (events-18 review)."""
        here = self.start + t.idx
        earlier = [r for r in self._reports_before(t, _REFERENCE_SENTENCES)
                   if not r.neutral and here - r.trigger_start < _CONTEXT_CHARS]  # fmt: skip
        for r in reversed(earlier):
            doers = {a.code for a in r.actors}
            if kind == "in-kind":
                if mine & {x.code for x in r.recipients} and not mine & doers:
                    return r
                continue
            if mine & doers and r.status == "occurred":
                continue
            if r.cameo_root in _ASKING_ROOTS and self._referrer(t, mine) & {x.code for x in r.recipients}:
                return self._asked_act(r)
            if RuleTrace.parse(r.rule).kind == "noun":
                return self._governing_report(r, earlier) or r
            return r
        return None

    def _referrer(self, t: Any, mine: set[str]) -> set[str]:
        """Who a reference is made by: ``mine``, else (a complement, "refused to do so") its subject's."""
        return mine or _codes(self._subject_parties(t))

    def _asked_act(self, appeal: EventReport) -> EventReport | None:
        """The act an appeal or demand asked for, as the one asked would do it: its complement's sense,
        read back from the appeal's rule trace ("appeal/urge+verb/lift/obj:…"), its doers the appeal's
        recipients, planned; None where the coder did not code the complement ("urged Turkey to release
        the pastor": a plain 020) (events-18 review)."""
        trace = RuleTrace.parse(appeal.rule)
        step = trace.step(1)
        if step is None:
            return None
        kind, lemma, _ = trace.senses[1]
        table = self.lex.verbs if kind == "verb" else self.lex.nouns if kind == "noun" else {}
        sense = next((s for s in table.get(lemma, ()) if s.rule == step), None)
        code = self.lex.codes.get(sense.cameo) if sense is not None else None
        if sense is None or code is None:
            return None
        return replace(appeal, cameo=code.code, cameo_root=code.root, quad_class=code.quad_class, rule=sense.rule,
                       actors=appeal.recipients, recipients=(), joint=False, status="planned")  # fmt: skip

    def _governing_report(self, noun: EventReport, earlier: list[EventReport]) -> EventReport | None:
        """"Japan imposed sanctions on Iran and condemned North Korea's missile launch": the report whose
        trigger governs a noun report's trigger (its nearest ancestor in the clause's parse with a
        report of its own, not a noun's), not merely a verb before it (events-18 review)."""
        t = _trigger_token(noun, self.coder.parsed)
        if t is None:
            return None
        offset = noun.trigger_start - t.idx
        for a in _ancestors(t, 6):
            head = next((h for h in earlier if h.trigger_start == offset + a.idx and
                         RuleTrace.parse(h.rule).kind != "noun"), None)  # fmt: skip
            if head is not None:
                return head
        return None

    def _threat_condition(self, t: Any) -> bool:
        """"warned that Moscow would take decisions Seoul would not like if South Korea supplied
        weapons to Ukraine": the condition of a threat is part of the threat, no event of its own."""
        if not _is_condition(t):
            return False
        # (the verb, or a verb whose object is the threat: "issued an ultimatum … if Syria does not withdraw")
        return any(a.lemma_.lower() in _THREATENING or any(c.dep_ == "dobj" and c.lemma_.lower() in _THREATENING
                                                           for c in a.children) for a in _ancestors(t, 6))  # fmt: skip

    def _accepted_invitation(self, t: Any, report: EventReport | None) -> list[EventReport]:
        """"Kim invited Putin to visit Pyongyang, and Putin accepted": an acceptance with no object
        (or of "the invitation") accepts the invitation last made to its subject (036, to the one
        who invited); the visit or meeting the invitation offered is then planned."""
        if report is None and any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in t.children):
            return []
        actors = self._subject_parties(t)
        mine = _codes(actors)
        if not mine:
            return []
        earlier = self._reports_before(t, 12)
        invitation = next((r for r in reversed(earlier) if r.cameo == "036" and mine <= {x.code for x in r.recipients}
                           and not mine & {a.code for a in r.actors}), None)  # fmt: skip
        if invitation is None:
            offered_here = self._invited_meeting(t, actors) if report is not None else None
            return [r for r in (report, offered_here) if r is not None]
        if report is None or not report.recipients:
            inviters = [_Party.of(a) for a in invitation.actors]
            report = self._report(t, "036", actors, inviters, "verb/accept+invitation")
        offered = self.coder.offered.pop(invitation.id, None)
        return [r for r in (report, offered) if r is not None]

    def _invited_meeting(self, t: Any, actors: list[_Party]) -> EventReport | None:
        """"Putin accepted Kim's invitation to visit Pyongyang": the invitation accepted names its
        visit or meeting ("to visit", "to attend", "to meet"), which the one accepting now plans, as
        "agreed to hold a summit" plans the summit (the issue's rule); None for any other object."""
        invitation = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() == "invitation"), None)
        offered = next((c for c in invitation.children if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None) \
            if invitation is not None else None  # fmt: skip
        if offered is None:
            return None
        sense = self._sense(offered, self.lex.verbs.get(offered.lemma_.lower(), []))
        if sense is None or sense.cameo[:2] != "04":
            return None
        recipients = self._recipients(offered, sense, [r.code for p in actors for r in p.ref()])
        planned = self._report(offered, sense.cameo, actors, recipients, f"{sense.rule}+invitation-accepted",
                               symmetric=sense.symmetric)  # fmt: skip
        return replace(planned, status="planned", historical=False) if planned is not None else None

    def _with_helpers(self, t: Any, report: EventReport) -> tuple[EventReport, list[EventReport]]:
        """"intercepted the missiles with the help of the United States and Britain", "repelled the
        assault with help from Poland": in a material act or one of force the helpers acted with
        the doer (the act is theirs too; ``_recipients`` leaves them out) and helped it, a 062 of
        their own at the help noun, at the act's time (the gold set's convention on helpers,
        events-19). Their help to words is no act of its own ("passed a resolution with the support
        of China": votes)."""
        help_noun, helpers = self._helpers_of(t)
        if help_noun is None or report.cameo_root not in _HELPED_ROOTS:
            return report, []
        codes = _codes(helpers) - {a.code for a in report.actors}
        if not codes:
            return report, []
        self.used_nouns.add(help_noun.i)
        helping = self._report(help_noun, "062", helpers, [_Party.of(a) for a in report.actors],
                               f"help/{help_noun.lemma_.lower()}", anchor=t)  # fmt: skip
        # (review 19b: a helper of the target's own state, "bombed Houthi positions in Yemen with the
        # support of the Yemeni government", helps without striking its own state)
        targets = {x.code for x in report.recipients}
        joining = [p for p in helpers if p.mention.code not in targets]
        actors = tuple(_dedupe((*report.actors, *(r for p in joining for r in p.ref()))))
        helped = replace(report, actors=actors, joint=True, rule=report.rule + "+helped") if joining \
            else report  # (with its helpers)  # fmt: skip
        if helping is None:
            return helped, []
        return helped, [replace(helping, date=report.date, date_precision=report.date_precision,
                                date_source=report.date_source, historical=report.historical)]  # fmt: skip

    def _purpose(self, t: Any, coded: set[int]) -> bool:
        """"summoned Russia's ambassador to protest against the treaty", "visited the North to meet
        Kim", "sending troops to fight": an infinitive of purpose says why an act was done; it is
        no event of its own."""
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children):
            return False
        if t.dep_ != "advcl" and not (t.dep_ == "xcomp" and t.head.lemma_.lower() not in _OBJECT_CONTROL | _RAISING
                                      and any(c.dep_ == "dobj" for c in t.head.children)):  # fmt: skip
            return False  # (the parser also reads "summoned the ambassador to protest" as a complement)
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return False
        return t.head.i in coded or t.head.i in self.consumed

    def _purpose_noun(self, n: Any) -> bool:
        """"visited Seoul for talks", "recalled its ambassador for consultations": a meeting named as
        what an act of going was for is its purpose, no event of its own (the gold set's convention
        on purpose phrases; events-17). Only where the verb is already coded."""
        if n.dep_ != "pobj" or n.head.lower_ != "for" or n.head.head.pos_ != "VERB" or \
                n.head.head.lemma_.lower() not in _GOING_FOR:  # fmt: skip
            return False
        senses = self.lex.nouns.get(n.lemma_.lower(), ())
        if not senses or any(s.cameo[:2] != "04" for s in senses):
            return False
        if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in n.children):
            return False  # ("flew to Hanoi for the summit": a specific meeting named, a row of its own)
        verb_start = self.start + n.head.head.idx
        return any(r.trigger_start == verb_start for r in self.current)

    def _elaborates(self, t: Any, report: EventReport, out: list[EventReport]) -> bool:
        """"shelled the island, killing two marines": a participle that only elaborates the act of
        its clause (same quad class, same doer) is no event of its own."""
        if t.dep_ != "advcl" or t.tag_ != "VBG" or any(c.dep_ in ("nsubj", "mark", "aux") for c in t.children):
            return False
        head_start = self.start + t.head.idx
        return any(r.trigger_start == head_start and r.quad_class == report.quad_class and r.actors == report.actors
                   for r in out)  # fmt: skip

    # -- events-13 verbal: embedded acts ----------------------------------------------------------

    def _hold_embedded_acts(self) -> None:
        """Acts a sentence names only as the content of something else are no events of their own:
        the decision a reaction judges ("welcomed NATO's decision to send trainers", "rejected the
        offer of a ceasefire"), the act a charge alleges ("denied charges that it tortured a
        priest"), the act a doubt questions ("skeptical of an announcement that it had opened
        corridors") and the act a request asks for, however deep ("urged France to press the US to
        lift sanctions", "a plea to the Taliban to talk"). Their verbs are consumed and their nouns
        used before any trigger is read, so the reaction's (charge's, request's) class stands."""
        asking = self.coder.asking
        for t in self.tokens:
            lemma = self.lemmas[t.i]
            if t.pos_ in ("VERB", "AUX") and lemma in self.lex.verbs:
                self._hold_asked_for(t)
                rejecting = self._reaction_root(t)
                for obj in (c for c in t.children if c.dep_ in ("dobj", "nsubjpass")) if rejecting else ():
                    if obj.lemma_.lower() in _REACTED_NOUNS:
                        # (a rejected deal's kind is no event either: "rejected the withdrawal agreement";
                        # a vetoed resolution's content is coded with its failed document)
                        self._hold(obj, _CONTENT_DEPS | {"prep", "compound", "amod"} if rejecting == "12"
                                   else _CONTENT_DEPS | {"prep"})  # fmt: skip
            if t.pos_ in ("NOUN", "PROPN") and lemma in _ALLEGING_NOUNS:
                self._hold(t, _CONTENT_DEPS | {"prep"})
                for c in t.children:  # ("accusations that it had massed troops", read as a relative clause)
                    if c.dep_ == "relcl" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                        self._hold_subtree(c)
                for c in t.head.children if t.dep_ == "dobj" else ():
                    # ("denied charges from Liberman on Thursday that he had made a deal": the parser
                    # hangs the charge's content on the verb; not "Seoul blamed …, a charge Pyongyang denied")
                    if c.dep_ == "ccomp" and c.i > t.i:
                        self._hold_subtree(c)
            elif t.pos_ == "ADJ" and lemma in _DOUBTING:
                self._hold(t, {"prep", "ccomp"})
            elif lemma in _ALLEGING_WORDS and t.dep_ == "amod" and t.head.pos_ == "NOUN" and \
                    _group_lemma(t.head) not in _GROUP_NOUNS | _PERSON_NOUNS:  # fmt: skip
                # "over their alleged participation in a demonstration" (not "suspected militants",
                # nor what a relative clause on the noun asserts)
                self.used_nouns.add(t.head.i)
                self._hold(t.head, {"prep", "compound", "acl"})
            elif lemma == "allege" and t.pos_ == "VERB":
                self._hold(t, {"ccomp"})  # "a report alleging Doha is funding Hezbollah"
            for comp in self._requested(t) if lemma in asking else ():
                self._hold_chain(comp)

    def _hold_asked_for(self, t: Any) -> None:
        """"called for a ceasefire between Kabul and the Taliban", "demanded an apology": the event
        an appeal or demand names as its object is asked for, not reported (the appeal's code
        takes it, _asked_for)."""
        sense = self._sense(t, self.lex.verbs[t.lemma_.lower()])
        if sense is None or sense.cameo[:2] not in ("02", "10"):
            return
        nouns = [c for c in t.children if c.dep_ == "dobj"]
        nouns += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                  if g.dep_ == "pobj"]  # fmt: skip
        self.used_nouns.update(m.i for n in nouns for m in (n, *n.conjuncts) if m.i not in self.party_at)

    def _hold_joined_complements(self, comp: Any) -> None:
        """"threatened to attack the base and kill the general", "agreed to lift sanctions and
        provide guarantees": the acts joined to a governed complement are governed with it (the
        governor's one report says them); a concrete planned event (a meeting, a signing, an
        exercise) stays, planned (_shared_complement)."""
        for c in comp.conjuncts:
            if c.i <= comp.i or _shared_complement(c) is c:
                continue
            found = self._complement_code(c)
            if found is not None and (found[0][:2] == "04" or found[0] in _CONCRETE_PLANS) and \
                    comp.head.lemma_.lower() in self.lex.plan_verbs:  # fmt: skip
                continue
            self.consumed.add(c.i)
            # (not "to address Turkey's requests": a noun naming its own doer is an event of its own)
            self.used_nouns.update(o.i for o in c.children if o.dep_ == "dobj" and not self._owned(o))

    def _reaction_root(self, t: Any) -> str | None:
        """The root of a verb that judges its object (praise or support 051, defence 052,
        disapproval 11, rejection 12), by the sense the verb takes here; else None."""
        sense = self._sense(t, self.lex.verbs[t.lemma_.lower()])
        if sense is None or not (sense.cameo[:3] in ("051", "052") or sense.cameo[:2] in ("11", "12")):
            return None
        return sense.cameo[:2]

    def _requested(self, t: Any) -> list[Any]:
        """The act an appeal or demand asks for: the complement of a governing verb of appeal or
        demand ("urged Seoul to halt"), of a verb of wishing with another subject ("hoped Japan
        would persuade Biden to lift …"), or of a noun of appeal ("a plea to the Taliban to talk",
        "its demand that the US ease sanctions", which the parser may hang on the light verb)."""
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX", "ADJ"):
            kinds = set(self.lex.governors.get(lemma, ()))
            if kinds & {"appeal", "demand"} and lemma not in self.lex.plan_verbs and _calls_on(t):
                # (not "invited Putin to visit": the visit offered is planned, _accepted_invitation)
                return [c for c in t.children if c.pos_ in ("VERB", "AUX") and (c.dep_ == "xcomp" or (
                    c.dep_ == "ccomp" and _asking_clause(c) and lemma not in _TELLING) or (
                    c.dep_ == "advcl" and (_for_to(c) or _own_to(c))))]  # fmt: skip
            if lemma in _PROPOSING:
                return [c for c in t.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
            return []
        if t.pos_ != "NOUN" or lemma not in _BEHESTS | {"call"}:
            return []
        found = [c for c in t.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX", "NOUN")]
        if t.dep_ == "dobj" and t.head.lemma_.lower() in self.lex.light_verbs:
            found += [c for c in t.head.children if c.dep_ == "advcl" and c.i > t.i and not any(
                a.dep_ in ("nsubj", "mark") for a in c.children) and _own_to(c)]  # fmt: skip
        return found

    def _hold(self, head: Any, deps: frozenset[str] | set[str]) -> None:
        """Consume the verbs and use the nouns under the given links of a word (not the word)."""
        for c in head.children:
            if c.dep_ in deps:
                self._hold_subtree(c)

    def _hold_subtree(self, top: Any) -> None:
        """Consume the verbs and use the nouns of a phrase or clause."""
        for w in top.subtree:
            if w.pos_ in ("VERB", "AUX"):
                self.consumed.add(w.i)
            elif w.pos_ in ("NOUN", "PROPN"):
                self.used_nouns.add(w.i)

    def _hold_chain(self, comp: Any) -> None:
        """Consume a requested act and the acts its complements chain on to (not its relative
        clauses: "urged Russia to stop attacks that killed civilians" reports the killing)."""
        stack = [comp]
        while stack:
            v = stack.pop()
            if v.pos_ in ("VERB", "AUX"):
                self.consumed.add(v.i)
            self.used_nouns.update(o.i for o in v.children if o.dep_ in ("dobj", "nsubjpass", "compound"))
            if v.pos_ == "NOUN":
                self.used_nouns.add(v.i)
            # (a verb with its own subject starts a clause of its own: "invited him to visit and
            # that he had accepted", as the parser may join them)
            # nor does a past act that dates the request ("asked NATO for jets after Russia shelled Odesa")
            stack.extend(c for c in v.children if c.dep_ in _REQUEST_CHAIN and c.pos_ in ("VERB", "AUX") and not (
                c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
                and not _past_time_clause(c))  # fmt: skip

    def _proposal_rejected(self, t: Any, report: EventReport | None) -> EventReport | None:
        """"rejected Netanyahu's suggestion that Europe would follow the US", "dismissed claims
        that it should resign": a charge noun whose content says what someone would or should do
        is a proposal, and rejecting it a rejection (120), not the denial of a charge (016)."""
        if report is None or report.cameo != "016" or t.lemma_.lower() not in ("reject", "dismiss", "refute"):
            return report
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        content = [c for c in obj.children if c.dep_ in _CONTENT_DEPS] if obj is not None else []
        if not any(a.dep_ == "aux" and a.lower_ in _HYPOTHETICAL_AUX | _FUTURE_AUX | {"must"}
                   for c in content for a in c.children):  # fmt: skip
            return report
        actors, recipients = [_Party.of(a) for a in report.actors], [_Party.of(r) for r in report.recipients]
        return self._report(t, "120", actors, recipients, report.rule + "+proposal") or report

    def _failed_agreement(self, t: Any, report: EventReport | None) -> EventReport | None:
        """"the US and South Korea failed to reach agreement on a trade deal", "failed to agree on a
        ceasefire": a negotiation that fails is a rejection that occurred (120, the CAMEO verb
        dictionary's default for fail), of the parties by each other, not an agreement negated."""
        if report is None or report.status != "negated" or report.cameo not in ("057", "030", "019") or not (
                t.dep_ == "xcomp" and t.head.lemma_.lower() == "fail"):  # fmt: skip
            return report
        actors, recipients = [_Party.of(a) for a in report.actors], [_Party.of(r) for r in report.recipients]
        failed = self._report(t, "120", actors, recipients, report.rule + "+failed", symmetric=True)
        return replace(failed, status="occurred") if failed is not None else report

    def _pledged_act(self, t: Any, report: EventReport | None) -> EventReport | None:
        """"reiterated its commitment to support the police", "its readiness to mediate": the act a
        pledge noun's infinitive names is its owner's intent (the complements table's intent
        cell), which occurred; the act itself has not."""
        if report is None or t.dep_ != "acl" or t.head.lemma_.lower() not in _PLEDGE_NOUNS or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children):  # fmt: skip
            return report
        actors, recipients = [_Party.of(a) for a in report.actors], [_Party.of(r) for r in report.recipients]
        intent = self._report(t, self.lex.governed("intent", report.cameo), actors, recipients,
                              f"intent/{t.head.lemma_.lower()}+{report.rule}", symmetric=report.joint)  # fmt: skip
        if intent is None:
            return report
        self.used_nouns.add(t.head.i)  # the pledge noun says nothing more (events-14: "commitment" is a noun event)
        return replace(intent, status="occurred")

    def _sanctions_called_for(self, t: Any, cameo: str, recipients: list[_Party]) -> list[_Party] | None:
        """"called for sanctions against Turkey", "demanded sanctions on Russia": an appeal or demand
        for sanctions that names no one asked to impose them threatens the target with sanctions
        (1312, as the CAMEO verb dictionary codes calling for and urging sanctions), aimed at the
        target; None otherwise ("urged the EU to impose sanctions" stays an appeal to the EU)."""
        if cameo[:2] not in ("02", "10"):
            return None
        nouns = [c for c in t.children if c.dep_ == "dobj"]
        nouns += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                  if g.dep_ == "pobj"]  # fmt: skip
        for n in nouns:
            sense = _noun_sense(n, self.lex.nouns.get(n.lemma_.lower()) or [])
            if sense is None or sense.cameo != "163":
                continue
            inside = {w.i for w in n.subtree}
            if any(p.token_i not in inside for p in recipients):
                return None  # someone is asked to impose them
            return self._parties_at(n, sense.recipient)  # (the target may be no actor: "against its commanders")
        return None

    def _phone_call(self, t: Any) -> EventReport | None:
        """"Biden called Xi on Thursday", "called Erdogan to apologise": "call" with a person or
        a state as its object and no appeal, name or verdict is a phone call (041, CAMEO's default
        for call), with the one called; its purpose is coded by itself."""
        if _calls_on(t) or any(c.dep_ in ("prt", "ccomp") or (c.dep_ == "oprd" and c.i not in self.party_at)
                               for c in t.children):  # fmt: skip
            return None  # ("called off", "called him a liar", "called it unacceptable")
        # (the parser reads "called Chinese President Xi Jinping" as naming: a name is no verdict)
        obj = next((c for c in t.children if c.dep_ == "dobj" or (c.dep_ == "oprd" and c.i in self.party_at)), None)
        if obj is None or any(c.dep_ in ("appos", "acl", "amod") and c.i > obj.i for c in obj.children):
            return None  # ("called Britain's ambassador a very stupid guy": the parser's apposition)
        called = self._head_parties(obj)
        if not called or any(p.mention.kind not in ("person", "title", "state", "capital-metonym") for p in called):
            return None
        actors = self._subject_parties(t)
        return self._report(t, "041", actors, called, "verb/call+phone", symmetric=True) if actors else None

    def _option(self, t: Any, weighed: EventReport) -> EventReport | None:
        """The option a weighing (014) keeps open, when the object names an event ("did not rule out
        military cooperation with the North", "is weighing sanctions on Iran"): a hypothetical event
        of the one who weighs it, aimed where the noun says."""
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in self.lex.nouns or obj.lemma_.lower() in _OPTION_WORDS:
            return None
        senses = self.lex.nouns[obj.lemma_.lower()]
        # ("military-technical cooperation": the kind word picks the sub-code, events-18)
        sense = _noun_sense(obj, senses) or senses[0]
        recipients = self._parties_at(obj, sense.recipient) or self._deep_parties(obj)
        actors = [_Party.of(a) for a in weighed.actors]
        option = self._report(obj, sense.cameo, actors, recipients, f"option/{sense.rule}")
        self.used_nouns.add(obj.i)
        return replace(option, status="hypothetical", neutral=False) if option is not None else None

    def _paid_in_return(self, t: Any, given: EventReport) -> EventReport | None:
        """What the receiving side gives back for a transfer ("could supply shells to Russia in return
        for food", "sent drones in exchange for fighter jets"): material aid (070) from the transfer's
        recipients to its givers, as real or possible as the transfer (the verb's modality, events-19)."""
        if given.cameo_root not in ("06", "07") or not given.recipients:
            return None
        frame = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                      if g.dep_ == "pobj" and g.lemma_.lower() in _COUNTER_TRANSFERS), None)  # fmt: skip
        paid = next((g for c in (frame.children if frame is not None else ()) if c.dep_ == "prep" and
                     c.lower_ == "for" for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
        if frame is None or paid is None or not self._goods(paid):
            return None
        givers = [_Party.of(r) for r in given.recipients]
        takers = [_Party.of(a) for a in given.actors]
        self.used_nouns.add(frame.i)  # ("exchange" is no prisoner exchange of its own here)
        return self._report(frame, "070", givers, takers, f"return/{frame.lemma_.lower()}", anchor=t)

    def _goods(self, n: Any) -> bool:
        """Whether what is given back names goods or aid ("food", "fighter jets", "rupees", "aid"), not
        an agreement or an act ("its peace treaty", "the release of the hostages", "its support": a
        political return is no transfer of its own; events-19 review)."""
        lemma = n.lemma_.lower()
        if lemma in _AGREEMENT_NOUNS:
            return False
        return all(sense.cameo[:2] in ("06", "07") for sense in self.lex.nouns.get(lemma, ()))

    def _failed_meeting(self, n: Any, report: EventReport) -> EventReport | None:
        """"The summit ended without an agreement", "talks collapsed": a meeting that failed is
        also a breaking-off of negotiations (164) by all its parties, jointly."""
        v = n.head
        if report.cameo_root != "04" or n.dep_ != "nsubj" or v.pos_ not in ("VERB", "AUX"):
            return None
        if any(c.dep_ == "neg" for c in v.children):
            return None  # "the talks did not collapse"
        lemma = v.lemma_.lower()
        failed = lemma in _FAILURE_VERBS or (lemma == "break" and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in v.children))  # fmt: skip
        if not failed and lemma in ("end", "conclude", "close", "finish", "wrap"):
            failed = any(c.dep_ == "prep" and c.lower_ == "without" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _OUTCOMES for g in c.children)
                for c in v.children)  # fmt: skip
        if not failed:
            return None
        parties = [_Party.of(a) for a in (*report.actors, *report.recipients)]
        return self._report(v, "164", parties, [], f"failed/{lemma}+{report.rule}")

    def _open_to(self, n: Any) -> EventReport | None:
        """"said he is open to direct talks with Beijing", "ready for dialogue": a party open or
        ready to an event named by a noun intends it (its intent code, 03x; for force, ready for war,
        a threat); the event itself is not reported."""
        if n.dep_ != "pobj" or n.head.lower_ not in ("to", "for"):
            return None
        adjective = n.head.head
        if adjective.pos_ != "ADJ" or adjective.lemma_.lower() not in _OPEN_TO:
            return None
        sense = _noun_sense(n, self.lex.nouns[n.lemma_.lower()])
        if sense is None or sense.cameo[:2] in ("01", "02", "10", "11", "12", "13", "16"):
            return None  # (open to criticism, ready for a protest: no intent to do it)
        kind = "threat" if sense.cameo[:2] >= "14" else "intent"
        holder = adjective.head if adjective.dep_ in ("acomp", "amod") else adjective
        actors = self._subject_parties(holder)
        if not actors:
            return None
        recipients = self._parties_at(n, ("prep:with", "prep:between"))
        self.used_nouns.add(n.i)
        return self._report(adjective, self.lex.governed(kind, sense.cameo), actors, recipients,
                            f"{kind}/{adjective.lemma_.lower()}+{sense.rule}")

    def _committed_to_peace(self, n: Any) -> EventReport | None:
        """"said Washington remained committed to a peace agreement between Israel and the
        Palestinians", "is committed to a peaceful settlement with China": a party committed to
        peace with another intends to settle (037); to peace between others, to mediate (039)
        (events-19). The agreement is no event of its own ("agreement" names a document)."""
        if n.dep_ != "pobj" or n.head.lower_ != "to" or not _peace_named(n):
            return None
        adjective = n.head.head
        if adjective.pos_ != "ADJ" or adjective.lemma_.lower() not in ("committed", "dedicated", "devoted"):
            return None
        holder = adjective.head if adjective.dep_ in ("acomp", "amod") else adjective
        actors = self._subject_parties(holder)
        if not actors:
            return None
        own = _codes(actors)
        between = self._parties_at(n, ("prep:between",))
        if between and not _codes(between) & own:
            code, recipients = "039", between
        else:
            code, recipients = "037", [p for p in self._parties_at(n, ("prep:with",)) + between
                                       if p.mention.code not in own]  # fmt: skip
        self.used_nouns.add(n.i)
        # (dated and attributed by the clause that holds it: "Washington remained committed" is its own voice)
        return self._report(adjective, code, actors, recipients, f"intent/{adjective.lemma_.lower()}+peace/"
                            f"{n.lemma_.lower()}", anchor=holder)  # fmt: skip

    def _complement_code(self, c: Any) -> tuple[str, str] | None:
        """The event a complement clause would be on its own: (CAMEO code, rule), or None."""
        lemma = c.lemma_.lower()
        if c.pos_ in ("VERB", "AUX") and _act_reference(c) == "same":
            # "urged Britain to follow suit", "refused to do so": the act asked for or refused is
            # the one told before (events-18)
            model = self._referenced_act(c, set(), "same")
            return (model.cameo, f"ref/same+{model.rule}") if model is not None else None
        if c.pos_ in ("VERB", "AUX") and lemma in self.lex.verbs:
            sense = self._sense(c, self.lex.verbs[lemma])
            if sense is not None and not (sense.cameo[:2] in _FORCE_ROOTS and _fights_affliction(c)):
                return sense.cameo, sense.rule
        if lemma in self.lex.light_verbs:
            obj = next((o for o in c.children if o.dep_ == "dobj" and o.lemma_.lower() in self.lex.nouns), None)
            noun_sense = _noun_sense(obj, self.lex.nouns[obj.lemma_.lower()]) if obj is not None else None
            if noun_sense is not None:
                return noun_sense.cameo, noun_sense.rule + "+light:" + lemma
        return None

    def _joined_governed(self, g: Any, comp: Any, kind: str, cell: str, actors: list[_Party],
                         recipients: list[_Party]) -> list[EventReport]:  # fmt: skip
        """"agreed to hold summits every year and to share missile data", "urged Iran to free the
        sailors and to pay compensation": an act listed after the governed complement whose code makes
        another cell of the governor's kind is a report of its own (events-14), on the joined verb,
        with the governor's parties and status; one whose cell is the same adds nothing."""
        out: list[EventReport] = []
        cells = {cell}
        for c in _joined_acts(comp):
            found = self._complement_code(c)
            if found is None or (kind == "threat" and found[0][:2] < "14"):
                continue
            joined = self.lex.governed(kind, found[0])
            if joined in cells:
                continue
            cells.add(joined)
            report = self._report(c, joined, actors, recipients, f"{kind}/{g.lemma_.lower()}+{found[1]}", anchor=g)
            if report is None:
                continue
            out.append(report)
            self.consumed.add(c.i)
            obj = next((o for o in c.children if o.dep_ == "dobj"), None)
            if obj is not None and not self._owned(obj):
                self.used_nouns.add(obj.i)
            if kind == "intent" and (found[0][:2] == "04" or found[0] in _CONCRETE_PLANS):
                # "agreed … to conduct annual exercises": the concrete event agreed is planned, as the
                # first complement's (_governed)
                planned = self._report(obj if obj is not None else c, found[0], actors, recipients,
                                       f"{found[1]}+joined", symmetric=True, anchor=c)  # fmt: skip
                if planned is not None:
                    out.append(replace(planned, status="planned" if planned.status == "occurred" else planned.status))
        return out

    def _labelling(self, t: Any) -> EventReport | None:
        """"called the launch a reckless provocation": a verdict on someone's act. Disapproval
        (111) when the words are hostile, praise (051) when they are warm, nothing otherwise."""
        fused = _fused_verdict(t)
        label = _fused_label(t)
        verdict = next((c for c in t.children if c.dep_ == "oprd"), None) or self._as_verdict(t) or \
            _gerund_verdict(t) or fused or label
        words = {w.lemma_.lower() for w in verdict.subtree}
        actors = self._subject_parties(t)
        # ("branded the seizure illegal": the act judged is the noun fused to the label, events-18)
        judged = _fused_act(verdict) if verdict is fused or (label is not None and verdict.i == label.i) else None
        owners = self._owner_of_object(t, "111", obj=judged)
        if words & _JUSTIFYING_WORDS and actors and (
                _codes(actors) & _codes(owners) or self._own_deed_judged(t, actors)):  # fmt: skip
            # "Moscow called the raid retaliation", "called the action necessary and proportionate":
            # one's own act so judged is justified, a verbal defence (052), not a verdict on another;
            # aimed at the party it answers, when the verdict names one ("retaliation for an attack
            # it blamed on Kyiv", events-17)
            answered = self._answered_party(verdict, actors)
            return self._report(t, "052", actors, answered, f"verdict/{t.lemma_.lower()}+own")
        if verdict is fused:
            return None  # (a fused verdict, when it is the only one, is read only as a justification)
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if actors and obj is not None and obj.lemma_.lower() in _CHARGES and words & _FALSITY_WORDS:
            # "called the charges baseless": a charge called false is denied (016), aimed at its maker
            # (events-16), not a hostile verdict
            recipients = self._parties_at(t, ("dobj",)) or self._owner_of_object(t, "016", sorted(_codes(actors)))
            return self._report(t, "016", actors, recipients, f"verdict/{t.lemma_.lower()}+false")
        # ("called Belarus complicit": the small model hangs the party on the verdict as a compound)
        labelled = self._parties_at(t, ("dobj",)) or [p for c in verdict.children if c.dep_ == "compound"
                                                      for p in self._parties_in(c)]  # fmt: skip
        heads = _verdict_heads(verdict)
        # (a role names the wrong, "an enabler of the war"; "responsible" needs its "for" or "in")
        culprit = heads & _CULPRIT_ROLES or (heads & _CULPABLE and any(
            c.dep_ == "prep" and c.lower_ in ("for", "in", "of") for c in verdict.children))  # fmt: skip
        if actors and labelled and culprit:
            # "called China a decisive enabler of Russia's war": a party named a culprit or an
            # accomplice is accused of the wrong (112), not merely disapproved of (events-17b)
            return self._report(t, "112", actors, labelled, f"verdict/{t.lemma_.lower()}+culprit")
        if words & _HOSTILE_WORDS:
            code = "111"
        elif words & (_WARM_WORDS | _PRAISE_WORDS):
            code = "051"
        else:
            return None
        if not actors:
            return None
        own = [p.mention.code or "" for p in actors]
        recipients = self._parties_at(t, ("dobj",)) or self._fused_owner(judged) or \
            self._owner_of_object(t, code, own, obj=judged)  # fmt: skip
        return self._report(t, code, actors, recipients, f"verdict/{t.lemma_.lower()}")

    def _fused_owner(self, judged: Any) -> list[_Party]:
        """"called Moscow's decision illegal", read as a fused label: the possessor of the act judged is
        its doer (events-18); none for no fused act."""
        if judged is None:
            return []
        return [p for c in judged.children if c.dep_ == "poss" for p in self._parties_in(c)]

    def _own_deed_judged(self, t: Any, actors: list[_Party]) -> bool:
        """"The US and Britain struck Houthi targets … Sunak called the action necessary": a deed named
        by no act of its own ("the action", "the operation", "it") that a party justifies is its own
        when the party did a deed before in the document, whatever acts of others were told between
        (events-17b: the latest act may be the attack it answers)."""
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None or not (obj.lower_ in ("it", "this") or obj.lemma_.lower() in _DEED_NOUNS):
            return False
        own = _codes(actors)
        # the party's own force, and nothing another party did since but the attack it answers
        # ("Russia struck Kyiv … Beijing called it legitimate" defends Russia, not China's drills)
        for r in reversed(self._reports_before(t)):
            if r.neutral or r.cameo_root in _SPEECH_ROOTS:
                continue
            doers = {a.code for a in r.actors}
            if own <= doers:
                return r.quad_class == 4
            if not r.recipients:
                # ("Australia, Bahrain and Canada provided support", "weeks of attacks on merchant
                # ships": aimed at no party named, so at no one else than us, events-18)
                continue
            if not own & {x.code for x in r.recipients}:
                return False
        return False

    def _answered_party(self, verdict: Any, actors: list[_Party]) -> list[_Party]:
        """The party a justified act answers, named in the justification ("retaliation for the strike
        on its consulate, which it blamed on Israel"): the acting parties in it other than the
        justifier's own (events-17); none when it names none."""
        own = _codes(actors)
        found: dict[str, _Party] = {}
        for w in verdict.subtree:
            m = self.party_at.get(w.i)
            # (a capital that only says where, and "its consulate in Damascus", the justifier's own
            # mission wherever it stands, answer for nothing)
            where = m is not None and m.kind == "capital-metonym" and w.dep_ == "pobj" and \
                w.head.lower_ in ("in", "at", "near", "inside", "outside")  # fmt: skip
            owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in w.children)
            if m is not None and m.kind not in ("place", "demonym") and m.code and m.code not in own and not where \
                    and not owned:  # fmt: skip
                found.setdefault(m.code, _Party(m, w.i))
        return list(found.values())

    def _as_verdict(self, t: Any) -> Any:
        """"Seoul regarded the measures as unreasonable retaliation": the "as" phrase of a verb of
        regarding, when the verb has an object; else None."""
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if prep is None:
            return _as_label_on_object(obj)
        return next((g for g in prep.children if g.dep_ in ("pobj", "amod", "acomp")), None)

    def _blame_said(self, t: Any, actors: list[_Party]) -> EventReport | None:
        """"said Russia was solely responsible for the treaty's demise": saying that another party is
        responsible (guilty, culpable) for something is an accusation of it (112; 1123 for hostilities,
        as _specific_code); saying it of one's own side claims responsibility (015). So is saying it
        "was behind the attack" or "bore responsibility for" it (events-16)."""
        own = _codes(actors)
        for c in t.children:
            if c.dep_ != "ccomp" or any(g.dep_ == "neg" for g in c.children):
                continue
            subject = next((g for g in c.children if g.dep_ == "nsubj"), None)
            culpable = _culpable_word(c, self.lex.nouns)
            if subject is None or culpable is None:
                continue
            blamed = self._subject_parties(c)  # ("they were responsible": the pronoun's party)
            if not blamed:
                return None
            if _codes(blamed) <= own:
                return self._report(t, "015", actors, [], f"statement/{t.lemma_.lower()}+responsible")
            return self._report(t, _specific_code(culpable, "112"), actors, blamed,
                                f"statement/{t.lemma_.lower()}+blame")
        return None

    def _said_act(self, t: Any, actors: list[_Party]) -> EventReport | None:
        """A statement whose reported clause performs an act of its own (events-19): a refusal told
        by a bare "would not", blame laid on another party (112), a threat to treat its ships as
        targets (138), penalties kept (1244) or said to be gone (085), an agreement said to be void
        (127), an attack said to be plotted (1123), relief said to be wanted (1054), a demand "until"
        (10x), a delivery on its way (07x), membership backed (051), a mediator refused (126). Whom
        the act is aimed at is named in the clause; none named, no act."""
        refused = self._said_will_not(t, actors)
        if refused is not None:
            return refused
        readings = (self._said_fault, self._said_target, self._said_in_force, self._said_void, self._said_plot,
                    self._said_wanted, self._said_until, self._said_on_the_way, self._said_membership,
                    self._said_mediator)  # fmt: skip
        for c in _reported_clauses(t):
            for reading in readings:
                report = reading(t, c, actors)
                if report is not None:
                    return report
        return None

    def _said_will_not(self, t: Any, actors: list[_Party]) -> EventReport | None:
        """"Obama did not apologise; the White House had said that he would not": the act told before,
        refused (its refusal code, aimed where the act would have been)."""
        modal = _bare_will_not(t)
        if modal is None:
            return None
        own = _codes(actors)
        model = self._referenced_act(modal, _codes(self._subject_parties(modal)) or own, "same")
        if model is None:
            return None
        return self._report(t, self.lex.governed("refusal", model.cameo), actors,
                            [_Party.of(a) for a in model.recipients if a.code not in own],
                            f"statement/{t.lemma_.lower()}+will-not")  # fmt: skip

    def _said_fault(self, t: Any, c: Any, actors: list[_Party]) -> EventReport | None:
        """"said the crisis was the fault of Washington", "… at the initiative of the United States"."""
        culprit = _culprit_named(c)
        if culprit is None:
            return None
        own = _codes(actors)
        blamed = [p for p in (self._pronoun(culprit) if culprit.pos_ == "PRON" else self._head_parties(culprit))
                  if p.mention.code not in own]  # fmt: skip
        return self._report(t, _specific_code(c, "112"), actors, blamed, f"statement/{t.lemma_.lower()}+fault") \
            if blamed else None  # fmt: skip

    def _said_target(self, t: Any, c: Any, actors: list[_Party]) -> EventReport | None:
        """"said it would regard all vessels sailing to Ukraine's ports as potential carriers of
        military cargo": a threat of force (138) on the party the object names."""
        marked = _marked_as_target(c)
        if marked is None:
            return None
        own = _codes(actors)
        # ("shipments to Ukraine": the small parser may hang the "to" phrase on the verb)
        threatened = self._named_in(marked, own) or [
            p for g in c.children if g.dep_ == "prep" and g.lower_ == "to" for p in self._named_in(g, own)]
        return self._report(t, "138", actors, threatened, f"statement/{t.lemma_.lower()}+target") if threatened \
            else None  # fmt: skip

    def _said_in_force(self, t: Any, c: Any, actors: list[_Party]) -> EventReport | None:
        """"said American sanctions on Libya would stay in force": relief refused to their target
        (1244); "confirmed that no national arms embargoes on Turkey remain in place": eased (085)."""
        penalty = _kept_in_force(c)
        if penalty is None:
            return None
        own = _codes(actors)
        if self._parties_in_owner(penalty, own):
            return None  # (review 19b: "the sanctions imposed by Washington", told by Moscow, are not Moscow's to keep)
        # (review 19b: "the EU sanctions on Russia" are aimed at Russia, not at the EU that keeps them)
        targets = [p for g in penalty.children if g.dep_ == "prep" and g.lower_ in ("on", "against")
                   for p in self._named_in(g, own)] or self._named_in(penalty, own)  # fmt: skip
        if not targets and penalty.lemma_.lower() not in _PENALTIES_ABROAD:
            return None  # (review 19b: "the curfew in Kashmir would remain in place" aims at no one abroad)
        if any(d.dep_ == "det" and d.lower_ == "no" for d in penalty.children):
            return self._report(t, "085", actors, targets, f"statement/{t.lemma_.lower()}+none-in-force")
        return self._report(t, "1244", actors, targets, f"statement/{t.lemma_.lower()}+in-force")

    def _parties_in_owner(self, penalty: Any, own: set[str]) -> list[_Party]:
        """The parties other than the speaker's own that a penalty names as its imposer: its possessive
        ("Washington's tariffs") or the agent of a participle on it ("the sanctions imposed by Washington")."""
        owners = [g for g in penalty.children if g.dep_ == "poss"] + [
            b for a in penalty.children if a.dep_ == "acl" for b in a.children if b.dep_ == "agent"]
        return [p for g in owners for p in self._named_in(g, own)]

    def _said_void(self, t: Any, c: Any, actors: list[_Party]) -> EventReport | None:
        """"said the grain deal had ceased to be valid": the deal rejected (127), aimed at its other parties."""
        subject = _clause_subject(c)
        if subject is None or subject.lemma_.lower() not in _VOIDABLE or not _said_void(c):
            return None
        return self._report(t, "127", actors, self._named_in(subject, _codes(actors)),
                            f"statement/{t.lemma_.lower()}+void")  # fmt: skip

    def _said_plot(self, t: Any, c: Any, actors: list[_Party]) -> EventReport | None:
        """"said Soleimani had been developing plans to attack American diplomats": an accusation of
        aggression (1123) against the plotter (an attack coded in the clause is told as its own)."""
        if _clause_subject(c) is None or not _attack_plotted(c) or self._coded_within(c):
            return None
        plotters = self._others_in_subject(c, actors)
        return self._report(t, "1123", actors, plotters, f"statement/{t.lemma_.lower()}+plot") if plotters else None

    def _said_wanted(self, t: Any, c: Any, actors: list[_Party]) -> EventReport | None:
        """"told reporters that Kim had wanted all sanctions lifted": the other party's demand for
        relief (1054), told on its own verb, made of the speaker's side."""
        if _clause_subject(c) is None or _wanted_undone(c) is None or self._coded_within(c):
            return None
        wanters = self._others_in_subject(c, actors)
        return self._report(c, "1054", wanters, actors, f"statement/{t.lemma_.lower()}+wanted") if wanters else None

    def _said_until(self, t: Any, c: Any, actors: list[_Party]) -> EventReport | None:
        """"said they would not be satisfied until Syrian troops had withdrawn": a demand on whoever is
        to do what the "until" clause names (its demand cell, else 100)."""
        demanded = _until_demanded(c) if _clause_subject(c) is not None else None
        if demanded is None or self._others_in_subject(c, actors):
            return None  # (review 19b: "said Russia would not stop until …" tells another's aims)
        doers = self._others_in_subject(demanded, actors)
        if not doers:
            return None
        found = self._complement_code(demanded)
        code = self.lex.governed("demand", found[0]) if found else "100"
        return self._report(t, code, actors, doers, f"statement/{t.lemma_.lower()}+until")

    def _said_on_the_way(self, t: Any, c: Any, actors: list[_Party]) -> EventReport | None:
        """"said the first F-16 fighter jets were already on their way to Ukraine": the speakers'
        delivery told (arms 072, aid 070), the clause's own words."""
        subject = _clause_subject(c)
        destination = _on_its_way_to(c) if subject is not None else None
        sent = subject.lemma_.lower() if subject is not None else ""
        if destination is None or not (sent in _ARMS_SENT or sent in _AID_SENT):
            return None
        own = _codes(actors)
        if self._named_in(subject, own):
            return None  # (review 19b: "Russian missiles were on their way to Ukraine" are another's, in flight)
        receivers = [p for p in self._head_parties(destination) if p.mention.code not in own]
        return self._report(t, "072" if sent in _ARMS_SENT else "070", actors, receivers,
                            f"statement/{t.lemma_.lower()}+on-the-way") if receivers else None  # fmt: skip

    def _said_membership(self, t: Any, c: Any, actors: list[_Party]) -> EventReport | None:
        """"declared that Ukraine was on an irreversible path to membership": its membership backed (051)."""
        if _clause_subject(c) is None or not _on_path_to_membership(c):
            return None
        backed = self._others_in_subject(c, actors)
        return self._report(t, "051", actors, backed, f"statement/{t.lemma_.lower()}+membership") if backed else None

    def _said_mediator(self, t: Any, c: Any, actors: list[_Party]) -> EventReport | None:
        """"said the United States could no longer act as a mediator": the mediator refused (126)."""
        if _clause_subject(c) is None or not _mediator_refused(c):
            return None
        refused = self._others_in_subject(c, actors)
        return self._report(t, "126", actors, refused, f"statement/{t.lemma_.lower()}+mediator") if refused else None

    def _others_in_subject(self, c: Any, actors: list[_Party]) -> list[_Party]:
        """The parties a clause's subject names, other than the speaker's own."""
        own = _codes(actors)
        return [p for p in self._subject_parties(c) if p.mention.code not in own]

    def _coded_within(self, c: Any) -> bool:
        """Whether a report of this sentence is told by a word of a clause (not of a clause joined
        to it: "that Kim had wanted …, and that he had chosen to walk away")."""
        joined = {w.i for j in c.children if j.dep_ == "conj" for w in j.subtree}
        starts = {r.trigger_start for r in self.current}
        return any(self.start + w.idx in starts for w in c.subtree if w.i not in joined)

    def _named_in(self, phrase: Any, own: set[str]) -> list[_Party]:
        """The parties a noun phrase names other than the speaker's own, modifiers included ("sanctions
        on Libya", "the tariffs on Chinese steel", "the agreement with Ukraine")."""
        found: dict[str, _Party] = {}
        for w in phrase.subtree:
            m = self.party_at.get(w.i)
            if m is not None and m.code and m.code not in own and m.kind != "place":
                found.setdefault(m.code, _Party(m, w.i))
        return list(found.values())

    def _said_verdict(self, t: Any, actors: list[_Party], coded: set[int]) -> EventReport | None:
        """"said the law sent the wrong signal", "said NATO was spreading belligerent rhetoric", "told
        Putin that Russia was waging a sacred fight": a statement whose reported clause judges
        another party or its act is that verdict (events-16): disapproval (111) for hostile words,
        praise (051) for words of praise (_clause_verdict). It is aimed at the party judged: the clause's
        subject, else the one told, else (for disapproval) whoever did what the subject names ("the
        law"). Not a verdict: a clause whose own words carry an event (the statement attributes it),
        one about the speaker's own side, and a pronoun doing something ("said it had killed a
        terrorist": the speaker's own act)."""
        own = _codes(actors)
        for c in t.children:
            subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX") or subject is None or self._carries_event(c, subject,
                                                                                                        coded):
                continue
            code = _clause_verdict(c)
            if subject.pos_ == "PRON" and c.lemma_.lower() != "be":
                continue
            named = self._judged_parties(subject)
            doers = named or (self._owner_of_object(c, "111", (), obj=subject) if subject.pos_ != "PRON" else [])
            if doers and _codes(doers) <= own and _clause_justifies(c):
                # "said its strikes were legitimate self-defence", "said the measures were necessary":
                # one's own act justified is defended (052), the codebook's justification
                return self._report(t, "052", actors, self._wronged_here(t, actors, subject),
                                    f"statement/{t.lemma_.lower()}+justified")  # fmt: skip
            judged = [p for p in named if p.mention.code not in own]
            if code is None or (named and not judged):
                continue  # ("said China's response would be resolute": its own side)
            recipients = judged if code == "016" else judged or self._told(t)  # (a charge's maker is no one told)
            if not recipients and code == "051":
                continue  # praise of no one named ("said the talks were constructive"): no verdict
            if not recipients:
                recipients = self._owner_of_object(c, code, sorted(own), obj=subject)
            mark = {"111": "verdict", "051": "praise"}.get(code, "false")
            return self._report(t, code, actors, recipients, f"statement/{t.lemma_.lower()}+{mark}")
        return None

    def _said_refusal(self, t: Any, actors: list[_Party], coded: set[int]) -> EventReport | None:
        """A statement whose reported clause refuses (events-16): "said the North's position would not
        change even if Washington proposed new talks" (a stance kept: refusing to yield, 124, aimed at
        the party its condition names), "said China's sovereignty would not be affected by the
        ruling", "would not be bound by it" (a rejection of the ruling, 120, aimed at its maker). The
        stance's owner refuses (else the speaker)."""
        for c in t.children:
            if c.dep_ != "ccomp" or not any(g.dep_ == "neg" for g in c.children):
                continue
            if any(w.i in coded for w in _clause_core(c)):
                continue
            subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            lemma = c.lemma_.lower()
            stance = next((g for g in c.children if g.dep_ == "dobj" and g.lemma_.lower() in _STANCE_NOUNS), None)
            if lemma in _YIELDING and (subject.lemma_.lower() in _STANCE_NOUNS or stance is not None):
                # ("the sanctions would not change its policy": the stance is the object; what would not
                # change it is the other side's doing)
                owners = self._judged_parties(stance if stance is not None else subject) or actors
                pressing = [p for p in self._judged_parties(subject) if p.mention.code not in _codes(owners)] if \
                    stance is not None else []  # fmt: skip
                return self._report(t, "124", owners, pressing or self._conditioned_party(c, owners),
                                    f"statement/{t.lemma_.lower()}+kept")  # fmt: skip
            agent = next(iter(_agent_objects(c)), None)
            if lemma in _BINDING and subject.dep_ == "nsubjpass" and agent is not None:
                own = _codes(actors)
                makers = [p for p in self._judged_parties(agent) if p.mention.code not in own] or \
                    self._owner_of_object(c, "120", sorted(own), obj=agent)  # fmt: skip
                return self._report(t, "120", actors, makers, f"statement/{t.lemma_.lower()}+unbound")
        return None

    def _carries_event(self, c: Any, subject: Any, coded: set[int]) -> bool:
        """Whether a reported clause's own words carry an event (then the statement attributes it): a
        report on its verb, or a coded word of its core other than its subject ("said Russia's
        invasion was a crime" judges the invasion named, which is a report of its own)."""
        if any(r.trigger_start == self.start + c.idx for r in self.current):
            return True
        named = {w.i for w in subject.subtree}
        return any(w.i in coded for w in _clause_core(c) if w.i != c.i and w.i not in named)

    def _wronged_here(self, t: Any, actors: list[_Party], act: Any = None) -> list[_Party]:
        """"Colombia apologised for entering Ecuador but said it had acted in self-defence": the party
        an act defended was done to is the one the report of ``act`` (the noun naming it: "its
        strikes") or the speaker's own earlier report in the sentence is aimed at (events-16); else
        whom the act joined before it names; else none."""
        own = _codes(actors)
        here = self.start + t.idx
        named = next((r for r in self.current if act is not None and r.trigger_start == self.start + act.idx
                      and r.recipients), None)  # fmt: skip
        done = named or next((r for r in reversed(self.current) if r.trigger_start < here and not r.neutral
                              and {a.code for a in r.actors} <= own and r.recipients), None)  # fmt: skip
        if done is not None:
            return [_Party.of(a) for a in done.recipients if a.code not in own]
        if t.dep_ != "conj":
            return []
        # (the act joined before it names whom: "apologised for entering Ecuador but said …")
        return [p for c in t.head.children if c.dep_ in ("dobj", "prep") for p in self._deep_parties(c)
                if p.mention.code not in own]  # fmt: skip

    def _judged_parties(self, subject: Any) -> list[_Party]:
        """The parties a reported clause's subject is, or whose thing it is: "NATO", "Russia's
        invasion", "the American law", "the annexation by Russia", "its own response" (the party the
        pronoun stands for); not a party its other phrases name ("threats against Russia" are not
        Russia's)."""
        found: list[_Party] = []
        for h in (subject, *subject.conjuncts):
            if h.i in self.party_at:
                found += self._head_parties(h)
                continue
            for c in h.children:
                if c.dep_ == "poss" and c.pos_ == "PRON":
                    found += self._pronoun(c)
                elif c.dep_ in ("poss", "compound", "amod", "nmod") or (c.dep_ == "prep" and c.lower_ == "by"):
                    found += self._parties_in(c)
        return found

    def _own_act_explained(self, t: Any, actors: list[_Party]) -> bool:
        """Whether what is said is that the speaker's side acted for a reason ("it had acted in
        self-defence", "they had acted on a bomb threat", "acted out of necessity")."""
        for c in t.children:
            if c.dep_ == "ccomp" and c.lemma_.lower() == "act" and not any(g.dep_ == "neg" for g in c.children) \
                    and any(_justifying_prep(g) for g in c.children):  # fmt: skip
                subject = next((g for g in c.children if g.dep_ == "nsubj"), None)
                if subject is not None and subject.pos_ == "PRON":
                    return True  # ("said it had acted": the reported pronoun is the speaker's side)
                doers = self._subject_parties(c)
                return bool(doers) and _codes(doers) <= _codes(actors)
        return False

    def _guilty_verdict(self, t: Any) -> EventReport | None:
        """"A Moscow court found the journalist guilty of espionage", "was found guilty of fraud": the
        codebook's own 116 (find guilty or liable in court). The one found guilty is the object, the
        subject the parser gives "guilty", or the passive's subject."""
        guilty = next((c for c in t.children if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp")
                       and c.lemma_.lower() == "guilty"), None)  # fmt: skip
        if guilty is None:
            return None
        actors = self._subject_parties(t)
        if not actors:
            return None
        held = [c for c in (*t.children, *guilty.children) if c.dep_ in ("dobj", "nsubj", "nsubjpass") and
                (c.head.i == guilty.i or c.dep_ != "nsubj")]  # fmt: skip
        own = {id(p.mention) for p in actors}  # (a state's court may convict its own citizens)
        recipients = [p for c in held for p in self._parties_in(c, business=True) if id(p.mention) not in own]
        return self._report(t, "116", actors, recipients, "verdict/find+guilty")

    def _court_ruling(self, t: Any) -> EventReport | None:
        """"The tribunal ruled that China had violated the Philippines' rights", "a court ruled the
        deployment unconstitutional": a court's ruling against a party is the codebook's 116 (rule
        guilty or liable), not a statement. Only a court, tribunal or judge rules in law; the one
        ruled against is the subject of the violation found, else the act or law ruled unlawful."""
        if _subject_kind(t) not in _JUDGING:
            return None
        violation = next((c for c in t.children if c.dep_ == "ccomp" and c.lemma_.lower() in _VIOLATING), None)
        unlawful = violation is None and any(w.lemma_.lower() in _UNLAWFUL for c in t.children
                                              if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp", "dobj")
                                              for w in c.subtree)  # fmt: skip
        if violation is None and not unlawful:
            return None
        actors = self._subject_parties(t)
        if not actors:
            return None
        held = [c for c in (violation or t).children if c.dep_ in (("nsubj",) if violation is not None else ("dobj",))]
        own = {id(p.mention) for p in actors}
        recipients = [p for c in held for p in self._parties_in(c) if id(p.mention) not in own]
        if violation is not None:
            self.consumed.add(violation.i)  # the violation found is the ruling's content, no event of its own
        report = self._report(t, "116", actors, recipients, f"verdict/{t.lemma_.lower()}+unlawful")
        codes = {a.code for a in report.actors} if report is not None else set()
        if report is not None and not report.recipients and len(codes) == 1 and unlawful and \
                any(w.lemma_.lower() == "unconstitutional" for w in t.subtree):  # fmt: skip
            # a constitution is a state's own: its court rules against its own government, which
            # the gold's convention for acts at home codes X → X, sectors apart
            ruled = next((c for c in t.children if c.dep_ == "dobj"), t)
            report = replace(report, recipients=(ActorRef(codes.pop(), "GOV", None, _phrase(ruled)),),
                             rule=report.rule + "+at-home")
        return report

    def _received_from(self, t: Any) -> EventReport | None:
        """"Ukraine received 31 tanks from the United States", "Syria received aid from the UAE": the
        giver's act seen from the receiver, coded as the giver providing it (the lexicon's provide
        senses: 070-075), the receiver its recipient (events-13)."""
        givers = self._parties_at(t, ("prep:from",))
        sense = self._sense(t, self.lex.verbs["provide"]) if givers else None
        if sense is None or sense.cameo[:2] != "07" or (sense.cameo == "070" and not sense.objects & {"aid"}):
            return None  # (support received may be words only: "received support from France")
        receivers = self._subject_parties(t)
        if not receivers:
            return None
        return self._report(t, sense.cameo, givers, receivers, f"received/{t.lemma_.lower()}+from:{sense.rule}")

    def _aid_allowed(self, t: Any) -> EventReport | None:
        """"allowed UN agencies to distribute aid", "would allow the WFP to deliver food": the permission
        is the event, humanitarian access allowed (0863) to whoever is to deliver; the delivery is
        only allowed, no act of its own (events-13)."""
        comp = next((c for c in t.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None)
        if comp is None or comp.lemma_.lower() not in self.lex.verbs:
            return None
        sense = self._sense(comp, self.lex.verbs[comp.lemma_.lower()])
        if sense is None or sense.cameo[:2] != "07":
            return None
        actors = self._subject_parties(t)
        if not actors:
            return None
        recipients = [p for c in comp.children if c.dep_ == "nsubj" for p in self._head_parties(c)]
        self.consumed.add(comp.i)
        rule = f"permission/{t.lemma_.lower()}+{sense.rule}"
        # ("said it would allow the WFP to deliver food": announced, the access planned, as for other
        # material acts announced for the future; CAMEO's reading: the intent, events-20)
        return self._report(t, "0863", actors, recipients, rule)


def _as_label_on_object(obj: Any) -> Any:
    """"described the move as unjustified and irresponsible": the small model may hang "as" and an
    adjective label on the object instead of on the verb: "as" the adjective's adverb and the
    adjective the noun's modifier, or "as" the noun's preposition and the adjective its modifier. The
    label after the object, or None (events-18)."""
    for w in obj.subtree:
        if w.lower_ != "as" or w.i < obj.i:
            continue
        if w.dep_ == "advmod" and w.head.pos_ == "ADJ" and w.head.i > w.i:
            return w.head
        if w.dep_ == "prep" and w.head.i == obj.i:
            return next((g for g in w.children if g.dep_ in ("pobj", "amod", "acomp")), None)
    return None
