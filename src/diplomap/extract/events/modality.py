"""Whether and whose: an event's status, who says so, and the report that carries it all."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from typing import Any

from ...model import EventReport
from ..cameo_reading import MATERIAL_COOPERATION_ROOTS
from ..event_lexicon import COMPLEMENT_DEFAULTS
from .grammar import (
    _ancestors,
    _awaited,
    _calendar_clause,
    _calendar_status,
    _circumstance_of,
    _clause_ancestors,
    _coming_time,
    _conditions,
    _dedupe,
    _denied_claim,
    _denied_passive,
    _denied_subject,
    _going_to,
    _held_back,
    _home_side,
    _igo_codes,
    _in_case_of,
    _is_condition,
    _modal_carrier,
    _neither_nor,
    _noun_sense,
    _phrase,
    _plan_owned,
    _present_tense,
    _pressed_holder,
    _scheduled,
    _shared_complement,
    _specific_code,
    _stopped_short,
    _will,
    _with_no,
    _yet_to,
)
from .party import _Party
from .recipients import _Recipients
from .vocabulary import (
    _ASPECT_VERBS,
    _BELIEVING,
    _CAUSE_WORDS,
    _COMMITTING_VERBS,
    _DENYING,
    _DOCUMENT_NOUNS,
    _FAILING,
    _FUTURE_AUX,
    _HAPPENING,
    _HYPOTHETICAL_AUX,
    _HYPOTHETICAL_MODIFIERS,
    _OFFERING,
    _PLANNED_MODIFIERS,
    _POSSIBILITY_AUX,
    _PROGRESSIVE_AUX,
    _VERBAL_ROOTS,
)


class _Modality(_Recipients):
    """Whether and whose: an event's status, who says so, and the report that carries it all."""

    # -- status, date, attribution ----------------------------------------------------------------

    def _status(self, t: Any, root: str) -> str:
        children = {c.dep_: c for c in t.children}
        lemmas_aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and not lemmas_aux and t.head.pos_ in ("VERB", "AUX") and \
                "nsubj" not in children and "nsubjpass" not in children and not _tense_apart(t):  # fmt: skip
            # "would have deplored the invasion and demanded a withdrawal": coordinated verbs share
            # the first one's auxiliaries (not a clause with its own subject: "it would have no choice
            # …, and he mocked Kim" is a second statement, which occurred)
            lemmas_aux = {c.lower_ for c in t.head.children if c.dep_ in ("aux", "auxpass")}
        means = self._means_clause_head(t) if t.pos_ in ("VERB", "AUX") else None
        if means is not None and not lemmas_aux:
            # "By cooperating with China, Seoul can win trust": how one would act shares the modality
            lemmas_aux = {c.lower_ for c in means.children if c.dep_ in ("aux", "auxpass")}
        carrier = _modal_carrier(t)
        if carrier is not None and not lemmas_aux - {"to"}:
            # "would have no choice but to destroy", "would not hesitate to strike": the act is as
            # future (or conditional) as "have" or "hesitate"
            lemmas_aux |= {c.lower_ for c in carrier.children if c.dep_ in ("aux", "auxpass")}
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in _HAPPENING:
            # "the summit will be held in Geneva", "talks could take place": the noun happens as its verb says
            lemmas_aux |= {c.lower_ for c in t.head.children if c.dep_ in ("aux", "auxpass")} & \
                (_FUTURE_AUX | _HYPOTHETICAL_AUX | _POSSIBILITY_AUX)  # fmt: skip
        calendar = _calendar_status(t) if t.pos_ in ("NOUN", "PROPN") else None
        if calendar is not None:
            return calendar  # "a meeting, which diplomats said would take place on Friday" (events-19)
        if lemmas_aux == {"to"} and ((t.dep_ == "ROOT" and "nsubj" in children) or (
                t.dep_ in ("acl", "relcl") and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN"))):
            # a headline's infinitive: "Biden to visit Israel", or as the model may parse it, a
            # sentence that is a name and its infinitive ("Macron to visit China") (events-18)
            return "planned"
        if t.dep_ == "xcomp" and _going_to(t):
            return "planned"  # "is going to visit", "are about to sign" (events-18)
        if t.dep_ == "xcomp" and not lemmas_aux - {"to"} and t.head.lemma_.lower() in _ASPECT_VERBS:
            # "would keep talking", "will continue to work": the aspect verb carries the modality
            lemmas_aux |= {c.lower_ for c in t.head.children if c.dep_ in ("aux", "auxpass")}
        if t.pos_ in ("VERB", "AUX") and _denied_passive(t):
            return "negated"  # "no agreements had been signed"
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and _denied_subject(c) for c in t.children):
            return "negated"  # "neither side fired a shot", "no country voted against"
        if t.pos_ in ("VERB", "AUX") and _neither_nor(t):
            return "negated"  # "has neither confirmed nor denied the strike": both verbs denied
        if t.pos_ in ("VERB", "AUX") and _held_back(t):
            # "left Bali without meeting Blinken", "refrained from condemning", "instead of attending":
            # held back, not done (events-18)
            return "negated"
        if _with_no(t):
            return "negated"  # "there were no talks", "sent no troops" (events-18)
        if t.pos_ in ("VERB", "AUX") and _denied_claim(t) is not None:
            return "negated"  # "denied reports that it had sent troops" (events-18)
        if t.pos_ in ("VERB", "AUX") and _yet_to(t):
            return "negated"  # "has yet to sign the treaty": not done so far (events-18)
        if t.pos_ in ("VERB", "AUX") and _stopped_short(t) is not None:
            return "negated"  # "stopped short of inviting Kyiv to join": held back, not done (events-17)
        if "neg" in children or (self._negated_by_verb(t) and not self._owned(t)):
            # ("rejected the EU's criticism": the criticism was made; "Seoul blamed the sinking on
            # the North, a charge Pyongyang denied": the denial has its own object, the charge)
            return "negated"
        mods = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound")}
        # a verb with a condition, or itself a condition or inside one ("if Seoul supplied weapons")
        # (a noun inside a time made a condition is no condition: "only once its demands were met": the
        # demands were made, events-19)
        conditional = bool(_conditions(t)) or any(_is_condition(a, timed=t.pos_ in ("VERB", "AUX"))
                                                  for a in [t, *_ancestors(t, 1)])  # fmt: skip
        # (or a mark of one on the verb itself: "debated whether to send troops", events-18)
        hypothetical_cue = any(a.lemma_.lower() in self.lex.hypothetical_cues for a in _clause_ancestors(t, 3)) or \
            any(c.dep_ == "mark" and c.lower_ in self.lex.hypothetical_cues for c in t.children)  # fmt: skip
        if _offered(t):
            hypothetical_cue = True  # "offered to host talks": an offer's content waits on the other side
        if t.pos_ in ("NOUN", "PROPN") and _in_case_of(t):
            hypothetical_cue = True  # "in case of a Russian attack on Lithuania" (events-18)
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "nsubj" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in self.lex.hypothetical_cues for c in t.head.children):
            hypothetical_cue = True  # "a meeting between Putin and Trump was possible"  # fmt: skip
        if root == "13":
            return "occurred"  # a threat, conditional or not, has been made
        if t.pos_ in ("VERB", "AUX") and _pressed_holder(t) is not None:
            return "hypothetical"  # "faces pressure to make a visit": asked of it, not done (events-17b)
        if self._in_failed_document(t):
            return "hypothetical"  # "vetoed a resolution demanding a ceasefire": it demanded nothing
        if conditional or hypothetical_cue or mods & _HYPOTHETICAL_MODIFIERS or (lemmas_aux & _HYPOTHETICAL_AUX and \
                not self._reported(t) and not self._future_in_the_past(t)):  # fmt: skip
            return "hypothetical"
        if lemmas_aux & _POSSIBILITY_AUX:
            return "hypothetical"  # "officials said North Korea could supply shells": a possibility, even reported
        if lemmas_aux & _FUTURE_AUX or mods & _PLANNED_MODIFIERS or lemmas_aux & _HYPOTHETICAL_AUX:
            return "planned"  # "will visit"; "said it would send" (reported intent)
        if _shared_complement(t).dep_ in ("xcomp", "ccomp") and _shared_complement(t).head.lemma_.lower() in \
                self.lex.plan_verbs:  # fmt: skip
            return "planned"  # "plans to visit", "agreed to hold a summit"
        if t.pos_ in ("VERB", "AUX") and _plan_owned(t) is not None:
            return "planned"  # "announced plans to send a destroyer" (events-18)
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in _ASPECT_VERBS and t.head.dep_ in ("xcomp", "ccomp") and \
                t.head.head.lemma_.lower() in self.lex.plan_verbs:  # fmt: skip
            return "planned"  # "prepared to resume shelling": the aspect verb is what is planned (events-13)
        if self._coming(t):
            return "planned"  # "is visiting Tokyo next week", "travels to Beijing on Sunday" (events-18)
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass") and \
                t.head.lemma_.lower() in ("expect", "schedule", "plan", "set", "due"):  # fmt: skip
            return "planned"  # "talks with Tokyo are expected next month"
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and t.head.lemma_.lower() in (
                "be", "set", "due", "scheduled"):  # fmt: skip
            return "planned"  # "is to visit", "is set to sign"
        return "occurred"

    def _negated_by_verb(self, t: Any) -> bool:
        """Whether a negation verb governs the event ("halted the offensive", "failed to reach a
        deal"), not through the event's cause or time ("suspended aid because of the fighting",
        "cancelled the visit over the shelling", "halted talks after Russia attacked": the fighting,
        the shelling, the attack happened). A verb with its own object negates only that object."""
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CAUSE_WORDS for c in t.children):
            return False
        path = _clause_ancestors(t, 2)
        for k, a in enumerate(path):
            if a.lemma_.lower() in self.lex.negation_verbs and not (
                    t.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" for c in a.children)):  # fmt: skip
                return not any(p.lower_ in _CAUSE_WORDS for p in path[:k])
        return False

    def _asked_for(self, t: Any, cameo: str) -> tuple[str, str] | None:
        """The code of an appeal (020) or demand (100) verb whose object names the event asked for
        ("urged a ceasefire", "called for the release of …", "demanded restraint"), with the noun's
        rule; None when the object is no event noun or the complements table has no cell for it."""
        kind = "appeal" if cameo == "020" else "demand"
        if kind not in self.lex.governors.get(t.lemma_.lower(), ()):
            return None
        nouns = [c for c in t.children if c.dep_ == "dobj"]
        nouns += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                  if g.dep_ == "pobj"]  # fmt: skip
        for n in nouns:
            if n.i in self.party_at or n.lemma_.lower() not in self.lex.nouns:
                continue  # ("urged Seoul …": the one asked, not what is asked)
            sense = _noun_sense(n, self.lex.nouns[n.lemma_.lower()])
            if sense is None:
                continue
            cell = self.lex.governed(kind, sense.cameo)
            if cell != COMPLEMENT_DEFAULTS[kind]:
                return cell, sense.rule
        return None

    def _in_failed_document(self, t: Any) -> bool:
        """Whether ``t`` is what a vetoed, blocked or rejected document says ("vetoed a UN resolution
        demanding a ceasefire", "blocked a statement that would have condemned …")."""
        if t.dep_ not in ("acl", "relcl") and not (t.dep_ == "conj" and t.head.dep_ in ("acl", "relcl")):
            return False
        clause = t if t.dep_ in ("acl", "relcl") else t.head
        doc_noun = clause.head
        return doc_noun.lemma_.lower() in _DOCUMENT_NOUNS and doc_noun.dep_ in ("dobj", "nsubjpass") and \
            doc_noun.head.lemma_.lower() in _FAILING  # fmt: skip

    def _future_in_the_past(self, t: Any) -> bool:
        """Whether a "would" clause is the content of a verb of agreeing, deciding, believing or
        expecting ("agreed that their leaders would meet", "said he believed that Putin and Zelensky
        would meet"): a future seen from the past, as after "said", not a condition (events-18)."""
        clause = t
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # ("believed the war would end and that the two would meet": the first content)
        return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _BELIEVING | self.lex.plan_verbs | \
            self.lex.statement_verbs  # fmt: skip

    def _coming(self, t: Any) -> bool:
        """Whether an act is told in the present tense with a time ahead: "is visiting Washington next
        week", "travels to Beijing on Sunday", "are holding talks tomorrow" (a noun by its light verb),
        or a stated date after the document's ("is hosting the summit in June", in March). The
        present with a time ahead is the news's future (events-18)."""
        verb = t if t.pos_ in ("VERB", "AUX") else t.head if t.dep_ in ("dobj", "nsubj", "nsubjpass") else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or not _present_tense(verb):
            return False
        dates = self._own_dates(verb)
        if dates:
            # a date the text states on the verb decides ("envoys attend the summit in Cairo, Saturday,
            # March 5, 2016": a caption's present, not a plan)
            return any(self._after_document(d) for d in dates)
        return _coming_time(verb)

    def _own_dates(self, verb: Any) -> list[str]:
        """The dates the text states in a verb's own clause, not in a clause on one of its words
        ("Russia, which invaded Ukraine in December, says it bombs only military sites": December is
        the invasion's)."""
        out = []
        for d in self._stated_dates:
            _, governor = self._date_governor(d.start)
            if governor is not None and governor.i == verb.i:
                # (the year the dating layer gives it: "visits China in January", in December, is next
                # January, after the document, so a coming act; events-18 review)
                out.append(self._year_around(verb, d))
        return out

    def _reported(self, t: Any) -> bool:
        return any(a.lemma_.lower() in self.lex.statement_verbs for a in _ancestors(t, 2))

    def _own_voice(self, t: Any, subj: Any, actors: set[str], root: str) -> bool:
        """Whether a speaker announces their own act as they speak ("Putin said Russia would
        cooperate", "Russia said it was suspending the deal", "Biden told reporters he regarded Xi
        as a dictator"): the saying performs the step, which the author reports directly, no
        attribution (the gold set's rule D2). Not an act already done that the speaker reports
        ("Zhao said China had lodged a protest", "Qatar said it intercepted the missiles"): a claim
        the author relays, attributed to the speaker."""
        if _said_clause(t).dep_ != "ccomp" and not _subjectless_join(t):
            return False  # (only what is said: "reaffirmed its position and hoped …" is two acts)
        t = _aspect_head(t)  # ("said they would keep talking": the auxiliaries are the aspect verb's)
        found = self._head_parties(subj) or self._pronoun(subj)
        if any(p.mention.sector == "MED" for p in found):
            return False  # state media reporting its state's acts are a source
        speakers = {p.mention.code for p in found if p.mention.code}
        if not speakers and any(c.dep_ == "nsubj" and c.lower_ in ("they", "we") for c in t.children):
            # "Both sides said they would keep talking": a speaker the recogniser leaves unnamed
            # speaks of its own act when the clause's subject is the pronoun for it (events-19)
            speakers = set(actors)
        # (or the act of one of the speakers: "Washington and Berlin announced that the United States
        # would begin deploying missiles", events-19)
        if not speakers or not (speakers <= actors or actors <= speakers):
            return False
        aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
        if aux & (_HYPOTHETICAL_AUX | _FUTURE_AUX):
            return True  # an intent, a possibility, a threat: said now, by the one who would act
        if aux & {"had", "has", "have"}:
            return False
        # ("said it was suspending …": a step under way as it is announced)
        return (t.tag_ == "VBG" and bool(aux & _PROGRESSIVE_AUX)) or root in _VERBAL_ROOTS

    def _attribution(self, t: Any, actors: set[str] | None = None, root: str = "") -> str | None:
        speech = next((v for v in _calendar_clause(t) if v.lemma_.lower() in self.lex.statement_verbs), None) \
            if t.pos_ in ("NOUN", "PROPN") else None  # fmt: skip
        speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
        if speaker is not None:
            return _phrase(speaker)  # "a meeting, which diplomats said would take place on Friday" (events-19)
        owner = _plan_owned(t)
        if owner is not None and owner.lemma_.lower() in self.lex.statement_verbs:
            return None  # "Japan announced plans to send a destroyer": its own announcement (events-18)
        denier = _denied_claim(t)
        subject = next((c for c in denier.children if c.dep_ == "nsubj"), None) if denier is not None else None
        if subject is not None:
            return _phrase(subject)  # "Moscow denied reports that it had sent troops": Moscow's word (events-18)
        for a in _ancestors(t, 4):
            if a.lemma_.lower() in _DENYING and t.dep_ == "ccomp" and a.i == t.head.i and t.i > a.i:
                subj = next((c for c in a.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    return _phrase(subj)  # "Moscow denied that it had sent troops": Moscow's word
            if a.lemma_.lower() in self.lex.statement_verbs:
                subj = next((c for c in a.children if c.dep_ == "nsubj"), None)
                if subj is not None and t.i in {w.i for w in subj.subtree}:
                    break  # "Trump, who signed as a witness, said …": the speaker's own act, not reported
                if _circumstance_of(t, a):
                    break  # "Macron, meeting Milei in Paris, said …": when he spoke, not what he said
                if subj is not None and subj.i != t.i:
                    # (a second act joined without a subject is the speaker's own, unless a further
                    # source relays the speaker: "…, the foreign ministry said", "according to …")
                    joined = _subjectless_join(t) and not self._relayed(a)
                    reported = a.i == _said_clause(t).head.i or (joined and a.i == t.head.head.i)
                    if actors and reported and self._own_voice(t, subj, actors, root):
                        return None
                    return _phrase(subj)
        for c in t.children:  # "Russia will retaliate, Putin said."
            if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in self.lex.statement_verbs:
                subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
                if subj is not None:
                    return _phrase(subj)
        for tok in self.tokens if "ccording" in self.sentence else ():  # "according to South Korea's foreign ministry"
            if tok.lower_ == "according":
                to = next((c for c in tok.children if c.lower_ == "to"), None)
                obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
                if obj is not None:
                    return _phrase(obj)
        according = re.search(r"\b[Aa]ccording to ((?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*)", self.sentence)
        if according:
            return according.group(1).rstrip(".")
        if self._quoted(t):
            speaker = next((a for a in self.doc if a.lemma_.lower() in self.lex.statement_verbs
                            and not self._quoted(a)), None)  # fmt: skip
            if speaker is not None:
                subj = next((c for c in speaker.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    return _phrase(subj)
            return "(quoted)"
        return None

    def _relayed(self, speech: Any) -> bool:
        """Whether a verb of speech is itself relayed by a further source: a verb of speech above or
        beside it ("…, the foreign ministry said") or an "according to" phrase."""
        return "ccording" in self.sentence or any(
            a.lemma_.lower() in self.lex.statement_verbs for a in _ancestors(speech, 3)) or any(
            c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in self.lex.statement_verbs
            for c in speech.children)  # fmt: skip

    def _quoted(self, t: Any) -> bool:
        before = self.sentence[: t.idx]
        return (before.count("“") > before.count("”")) or before.count('"') % 2 == 1

    # -- the report -------------------------------------------------------------------------------

    def _report(self, t: Any, cameo: str, actors: list[_Party], recipients: list[_Party], rule: str, *,
                symmetric: bool = False, neutral: bool = False, anchor: Any = None) -> EventReport | None:  # fmt: skip
        actor_refs = _dedupe(r for p in actors for r in p.ref())
        recipient_refs = [r for r in _dedupe(r for p in recipients for r in p.ref())
                          if r.code not in {a.code for a in actor_refs} or _home_side(r, actor_refs)]  # fmt: skip
        if cameo[:3] == "129":
            # only the Security Council's resolutions can be vetoed: "vetoes UN resolution" is the UNSC's
            recipient_refs = _dedupe(replace(r, code="UNSC") if r.code == "UN" else r for r in recipient_refs)
        if not actor_refs:
            return None
        cameo = _specific_code(t, cameo)
        if cameo == "046" and not recipient_refs and len(actor_refs) == 1 and actor_refs[0].code in _igo_codes():
            cameo = "040"  # "the Security Council is due to discuss the launch": a body's meeting, no negotiation
        code = self.lex.code(cameo)
        status = self._status(anchor if anchor is not None else t, code.root)
        if status == "occurred" and (_noun_ahead(t) or (code.root == "04" and _awaited(t))):
            # "Blinken's trip to Beijing next week", "announced drills next month", "talks slated for
            # Friday" (events-18); a meeting the clause's act comes before, "on the eve of NATO's
            # summit" (events-19: not "massed troops ahead of the invasion", which may have come)
            status = "planned"
        date, precision, source = self._date(t, status)
        if status == "occurred" and source == "text" and self._after_document(date) and \
                t.pos_ in ("NOUN", "PROPN") and code.root == "04":  # fmt: skip
            # "the agenda of NATO's summit in July": a meeting named with a date after the text is
            # one to come (events-19)
            status = "planned"
        if status == "occurred" and source == "text" and self._after_document(date):
            # Something that happened cannot be dated after the text reporting it: the year names
            # something else ("a joint bid for the 2032 Olympics"), so the document's date stands.
            date, precision, source = self._document_date()
        if status == "planned" and code.root in MATERIAL_COOPERATION_ROOTS and \
                _announced_by_doer(anchor if anchor is not None else t):  # fmt: skip
            # "Japan will provide aid", "agreed to open its border": an act of material cooperation
            # its doer commits to; CAMEO's reading makes it the intent (cameo_reading, events-20)
            rule += "+announced"
        trigger_start = self.start + t.idx
        trigger_end = trigger_start + len(t.text)
        key = f"{self.document_id}:{trigger_start}:{code.code}"
        # where recipients not named around the trigger were read from, as marks of the rule
        rule += "".join(f"+{s}" for s in sorted({p.source for p in recipients if p.source}))
        return EventReport(
            id=hashlib.sha256(key.encode()).hexdigest()[:16], document_id=self.document_id, date=date,
            date_precision=precision, actors=tuple(actor_refs), recipients=tuple(recipient_refs),
            joint=len(actor_refs) > 1 and not recipient_refs, cameo=code.code, cameo_root=code.root,
            quad_class=code.quad_class,
            plover=code.plover, plover_mode=code.plover_mode, goldstein=code.goldstein, status=status,
            historical=self._historical(date, source),
            attribution=self._attribution(anchor or t, {a.code for a in actor_refs}, code.root),
            sentence=self.sentence, start=self.start, end=self.end, rule=rule,
            coder_version=self.coder.version, trigger_start=trigger_start, trigger_end=trigger_end,
            neutral=neutral or code.root == "01", date_source=source,
        )  # fmt: skip


def _tense_apart(t: Any) -> bool:
    """Whether a coordinated verb is in the past while the verb it follows is a bare infinitive:
    "said Russia would retaliate and accused Britain of lying": "accused" was done, it shares no
    "would" (events-18; "would have deplored … and demanded" keeps sharing)."""
    return t.tag_ == "VBD" and t.head.tag_ == "VB"


def _aspect_complement(w: Any) -> bool:
    """Whether ``w`` is the complement of an aspect verb ("talking" in "would keep talking")."""
    return w.dep_ == "xcomp" and w.head.lemma_.lower() in _ASPECT_VERBS


def _aspect_head(t: Any) -> Any:
    """The verb whose aspect complement ``t`` is ("would keep talking", "would begin deploying"), or
    ``t`` itself: the verb that carries the clause's auxiliaries (events-19)."""
    w = t
    for _ in range(3):
        if not _aspect_complement(w):
            break
        w = w.head
    return w


def _said_clause(t: Any) -> Any:
    """The clause a verb belongs to as the content of a saying: the verb itself, or the clause it is
    the aspect's complement of ("said they would keep talking", "would begin deploying") or a second
    "that" clause joined to ("said that they would not attend …, and that they would meet …",
    events-19)."""
    w = t
    for _ in range(3):
        second = w.dep_ == "conj" and w.head.dep_ == "ccomp" and any(c.dep_ == "mark" for c in w.children)
        if not (_aspect_complement(w) or second):
            break
        w = w.head
    return w


def _noun_ahead(t: Any) -> bool:
    """Whether an event noun is put on a calendar ("talks slated for Friday", "the visit, which is
    scheduled for next week") or has a time ahead, its own or on the verb that announces or holds it
    ("Blinken's trip to Beijing next week", "announced drills next month": an announcing is no act
    of next month), whatever that verb's tense; not a weekday ("the visit on Sunday": past or
    ahead). The noun, not the light verb the status is read from (events-18)."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    return _scheduled(t) or _coming_time(t, weekdays=False) or (
        t.dep_ in ("dobj", "nsubjpass") and _coming_time(t.head, weekdays=False))


def _offered(t: Any) -> bool:
    """Whether ``t`` is what an offer offers: "offered to host talks", "is willing to meet" (events-18);
    not a clause of its own beside it ("offered to send troops after agreeing to deepen cooperation")
    nor the noun offer ("accepted Turkey's offer to host talks")."""
    w = t
    for _ in range(3):
        if w.dep_ not in ("xcomp", "dobj") or w.head.i == w.i:
            return False  # (only the offered act and its object)
        w = w.head
        if w.lemma_.lower() in _OFFERING and w.pos_ in ("VERB", "ADJ"):
            return True
    return False


def _subjectless_join(t: Any) -> bool:
    """Whether a clause is a verb the small parser joined to a reported clause though it has no
    subject of its own: "said NATO was spreading belligerent rhetoric and urged the alliance …",
    "said it regretted the decision and rejected the pretexts" (the speaker's second act, events-19)."""
    return t.dep_ == "conj" and t.head.dep_ == "ccomp" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                   for c in t.children)  # fmt: skip


def _announced_by_doer(t: Any) -> bool:
    """Whether a planned act is one its doer commits to: "will provide", "said it would send", or
    the complement of a verb of commitment ("agreed to open", "pledged to send"), not of a decision
    or of another's expectation (``_COMMITTING_VERBS``)."""
    if _will(t):
        return True
    comp = _shared_complement(t)
    return comp.dep_ in ("xcomp", "ccomp") and comp.head.lemma_.lower() in _COMMITTING_VERBS

