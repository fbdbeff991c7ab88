"""One sentence's event reports: the passes of the layers below, in order."""

from __future__ import annotations

from dataclasses import replace

from ...model import EventReport
from ..event_lexicon import RuleTrace
from .actions import _Actions
from .grammar import (
    _aimed_at,
    _calendar_clause,
    _coordinated_object,
    _elliptical,
    _fused_label,
    _fused_verdict,
    _gerund_verdict,
    _is_condition,
    _is_to_blame,
    _names_what_is_undone,
    _refusal_condition,
    _will_not,
)
from .vocabulary import _DENYING, _REGARD, _REPLYING, _SETTLEMENT_NOUNS, _TAKING_PART, _VEILED


class _Sentence(_Actions):
    """One parsed sentence and what it says."""

    # -- the pass ---------------------------------------------------------------------------------

    def code(self) -> list[EventReport]:
        out: list[EventReport] = []
        self.current = out  # this sentence's reports so far, for the owners of objects
        verbs_with_events: set[int] = set()
        self._hold_embedded_acts()
        for t in self.tokens:  # governors first: they decide what their complements become
            if self.lemmas[t.i] in self.lex.governors and t.i not in self.consumed:
                for governed in self._governed(t):
                    out.append(governed)
                    verbs_with_events.add(t.i)
        for t in self.tokens:  # "said that China must drop its barriers": a demand on China
            if self.lemmas[t.i] in self.lex.statement_verbs and t.i not in self.consumed | verbs_with_events:
                obligation = self._obligation(t)
                if obligation is not None:
                    out.append(obligation)
                    verbs_with_events.add(t.i)
        for t in self.tokens:
            if t.i in self.consumed or t.i in verbs_with_events:
                continue
            lemma = self.lemmas[t.i]
            report: EventReport | None = None
            if (lemma in ("call", "label", "brand", "describe", "term", "denounce") and (any(
                    c.dep_ == "oprd" for c in t.children) or _gerund_verdict(t) is not None or
                    _fused_verdict(t) is not None or _fused_label(t) is not None)) or (
                    lemma in _REGARD and self._as_verdict(t)):  # fmt: skip
                report = self._labelling(t)
                if report:
                    out.append(report)
                    verbs_with_events.add(t.i)
                    continue
            if t.pos_ in ("VERB", "AUX") and _elliptical(t):
                report = self._same_again(t)
                if report:
                    out.append(report)
                    verbs_with_events.add(t.i)
                    continue
            if t.pos_ in ("VERB", "AUX") and lemma in self.lex.refusal_verbs:
                report = self._refusal(t)
                if report:
                    out.append(report)
                    verbs_with_events.add(t.i)
                    continue
            if t.pos_ == "VERB" and lemma in _TAKING_PART and _will_not(t):
                report = self._refused_part(t)  # "will not join the talks" (events-16)
                if report:
                    out.append(report)
                    verbs_with_events.add(t.i)
                    continue
            if t.pos_ == "VERB" and lemma in _VEILED:
                report = self._veiled_threat(t)
                if report:
                    out.append(report)
                    verbs_with_events.add(t.i)
                    continue
            if t.pos_ == "VERB" and lemma in self.lex.verbs:
                if self._purpose(t, verbs_with_events) or self._threat_condition(t) or _names_what_is_undone(t) or \
                        _refusal_condition(t) or _aimed_at(t) or _is_to_blame(t):  # fmt: skip
                    continue  # (events-19: "was to blame for the tensions" names a culprit, blames no one)
                report = self._verb_event(t)
                if report is None and lemma == "call":
                    report = self._phone_call(t)
                if report is None and lemma in _DENYING:
                    report = self._denial(t)
                if lemma == "accept" and (report is None or report.cameo == "036"):
                    accepted = self._accepted_invitation(t, report)
                    if accepted:
                        report = accepted[0]
                        out.extend(accepted[1:])  # the visit or meeting it plans
                if report and self._elaborates(t, report, out):
                    continue
                if report and report.cameo == "014":
                    option = self._option(t, report)
                    if option is not None:
                        # "did not rule out military cooperation with the North": weighed (014) with
                        # the party the option concerns; the option itself is hypothetical
                        report = replace(report, recipients=report.recipients or option.recipients)
                        out.append(option)
                if report:
                    report, helping = self._with_helpers(t, report)
                    out.extend(self._dated_subjects(t, report))
                    out.extend(helping)
                    verbs_with_events.add(t.i)
                    paid = self._paid_in_return(t, report)
                    if paid is not None:
                        out.append(paid)  # "could supply shells to Russia in return for food" (events-19)
        for t in self.tokens:
            if t.pos_ == "NOUN" and self.lemmas[t.i] in _SETTLEMENT_NOUNS and t.i not in self.used_nouns:
                committed = self._committed_to_peace(t)  # "remained committed to a peace agreement" (events-19)
                if committed:
                    out.append(committed)
                    verbs_with_events.add(t.head.i)
                    continue
            if t.pos_ not in ("NOUN", "PROPN") or self.lemmas[t.i] not in self.lex.nouns:
                continue
            # (a meeting a governor took as its content is still an event where a relative clause puts
            # it on the calendar: "asked for a meeting, which diplomats said would take place on
            # Friday" is the request and the meeting, planned; events-19)
            calendared = any(sense.cameo[:2] == "04" for sense in self.lex.nouns[self.lemmas[t.i]]) and \
                bool(_calendar_clause(t)) and not any(self.start + t.idx == r.trigger_start for r in out)  # fmt: skip
            if t.i not in self.used_nouns or calendared:
                obj = _coordinated_object(t) or t  # ("offered support and assistance": the verb's object too)
                if obj.head.i in verbs_with_events and obj.dep_ in ("dobj", "nsubjpass") and not self._owned(t) and \
                        not self._judged_act(t, out) and not calendared:  # fmt: skip
                    continue  # "signed an agreement": the verb's event already says it
                if self._purpose_noun(t):
                    continue  # ("visited Seoul for talks": why it went, events-17)
                report = self._open_to(t) or self._noun_event(t)
                if report:
                    out.append(report)
                    verbs_with_events.add(t.head.i)
                    failed = self._failed_meeting(t, report)
                    if failed is not None:
                        out.append(failed)
        named = {frozenset(a.code for a in r.actors) for r in out
                 if _threat_lemma(r) not in (None, "take")}  # fmt: skip
        # "said Beijing would take the necessary measures and that Seoul would bear the consequences": one threat
        out[:] = [r for r in out if not (_threat_lemma(r) == "take" and frozenset(a.code for a in r.actors)
                                         in named)]  # fmt: skip
        out[:] = [r for r in out if not self._condition_of_a_threat(r, out)]
        for t in self.tokens:
            replying = self.lemmas[t.i] in _REPLYING and self._verdict_said(t)
            if t.pos_ == "VERB" and (self.lemmas[t.i] in self.lex.statement_verbs or replying) and \
                    t.i not in verbs_with_events:  # fmt: skip
                report = self._statement(t, verbs_with_events)
                if report:
                    out.append(report)
        return out

    def _condition_of_a_threat(self, report: EventReport, reports: list[EventReport]) -> bool:
        """Whether a report is the condition of a threat coded in the same sentence ("would impose
        sanctions if Russia invaded Ukraine", "unless Iran returns to the talks, the EU will impose
        sanctions"): the condition is part of the threat, no event of its own (the gold's rule on
        conditional threats, events-18). The threat is known only once its verb is coded, which may
        come after the condition, hence a pass over the sentence's reports."""
        if report.cameo_root == "13":
            return False
        threats = {r.trigger_start for r in reports if r.cameo_root == "13"}
        if not threats:
            return False
        word = next((w for w in self.tokens if self.start + w.idx == report.trigger_start), None)
        while word is not None and word.head.i != word.i:
            if _is_condition(word):
                return self.start + word.head.idx in threats
            word = word.head
        return False


def _threat_lemma(report: EventReport) -> str | None:
    """The verb of a threat read from its governed complement ("threat/take" for "would take the
    necessary measures"); None for any other report."""
    trace = RuleTrace.parse(report.rule)
    # (a forsworn answer, "no plans to retaliate", is read as a threat complement but is no threat: 0356)
    return trace.lemma if trace.kind == "threat" and report.cameo_root == "13" else None
