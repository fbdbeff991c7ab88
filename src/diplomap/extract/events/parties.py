"""Who acts: the actors of a clause's subject, of a noun and of a place; pronouns and unnamed
groups."""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator, Sequence
from typing import Any

from ...model import ActorRef, Mention
from ..event_lexicon import Sense
from .context import _backer
from .dating import _Dating
from .grammar import (
    _agent_objects,
    _ancestors,
    _calendar_clause,
    _conditions,
    _counted_head,
    _declared_unwelcome,
    _described_nouns,
    _from_both_sides,
    _governed_by_prep,
    _group_lemma,
    _group_sector,
    _held_back,
    _igo_codes,
    _intent_denied,
    _intent_holder,
    _is_group,
    _misparsed_main_verb,
    _misparsed_object,
    _no_choice_but,
    _phrase,
    _plan_owned,
    _preparing_top,
    _pressed_holder,
    _stopped_short,
    _stranded_subject,
    _time_word_subject,
)
from .party import _codes, _Party
from .vocabulary import (
    _AGENT_TARGET_PREPS,
    _ARMED_GROUP_NOUNS,
    _ATTACK_NOUNS,
    _AUTHORITY_CODES,
    _CIVILIAN_GROUP_NOUNS,
    _CONVENING,
    _CULPABLE,
    _DECIDING_NOUNS,
    _DEFINITE_BODIES,
    _DEFINITE_PLURALS,
    _DOCUMENT_NOUNS,
    _DRAWING,
    _DYADIC_WORDS,
    _FORCE_ROOTS,
    _GROUP_NOUNS,
    _GROUP_PLACES,
    _GROUP_SIZES,
    _GROUP_WORDS,
    _LEAVING_OFFICE,
    _LISTABLE,
    _LISTING_PREPS,
    _LOCATIVE_PREPS,
    _MEASURE_NOUNS,
    _MEASURE_ROOTS,
    _NONSTATE_SECTORS,
    _NOT_POLITICAL,
    _OBJECT_CONTROL,
    _ORDERING,
    _OWN_SERVICES,
    _PLACE_KINDS,
    _PLEDGE_NOUNS,
    _POLICY_NOUNS,
    _POSTING_ROOTS,
    _PRESENT_AT,
    _PROMISING,
    _PRONOUNS_GROUP,
    _PRONOUNS_PERSON,
    _PROTESTER_NOUNS,
    _RAISING,
    _RELATIVE_PRONOUNS,
    _RESPONDING,
    _RIOTING_NOUNS,
    _SKIP_SUBTREE,
    _SPEECH_ROOTS,
    _STATE_FORCE_NOUNS,
    _STATE_PLURALS,
    _TAKING_PART,
    _TOPIC_PREPS,
    _TROOP_NOUNS,
    _VERDICT_ROOTS,
    _WEAPON_NOUNS,
)


def _prep_objects(holder: Any, preps: Container[str] | None = None) -> Iterator[tuple[Any, Any]]:
    """(preposition, what it governs) for each prepositional phrase on a word, in order; only the
    prepositions in ``preps`` where given. The walk the rules placing unnamed groups share
    (``_placed_group``, ``_armed_group``, ``_unnamed_attacker``)."""
    for prep in holder.children:
        if prep.dep_ == "prep" and (preps is None or prep.lower_ in preps):
            for g in prep.children:
                yield prep, g


def _unnamed_group(subject: Any, code: str | None, sector: str) -> list[_Party]:
    """An unnamed group ("militants", "gunmen", "a car bomb") as the party of the state where the
    sentence places it, with the sector its noun gives."""
    return [_Party(Mention("", 0, 0, _phrase(subject), code, sector, None, kind="state"), subject.i)]


class _Parties(_Dating):
    """Who acts: the actors of a clause's subject, of a noun and of a place; pronouns and unnamed groups."""

    def _misplaced_agent(self, t: Any) -> list[_Party]:
        """"was accused of misusing funds by Haitian officials": the small parser hangs a passive's
        "by" phrase on the last verb or noun of its complement; a "by" inside the verb's own
        prepositional phrases (not in a clause with a subject of its own) naming an actor is the
        agent. Only for verbal verdicts (accuse, criticise, praise …), whose agent is the speaker."""
        sense = self._sense(t, self.lex.verbs.get(t.lemma_.lower()) or [])
        if sense is None or sense.cameo[:2] not in _VERDICT_ROOTS | {"10", "13"}:
            return []
        stack = [c for c in t.children if c.dep_ == "prep"]
        while stack:
            w = stack.pop()
            if w.dep_ == "prep" and w.lower_ == "by":
                found = [p for g in w.children if g.dep_ == "pobj" for p in self._head_parties(g)]
                if found:
                    return found
            stack.extend(c for c in w.children if not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
        return []

    # -- parties ----------------------------------------------------------------------------------

    def _parties_in(self, token: Any, *, acting: bool = False, places: bool = False,
                    business: bool = False) -> list[_Party]:  # fmt: skip
        """Actor mentions inside a phrase (not inside its clauses: "Russia, which …"). A demonym
        counts only as the phrase's head ("the Chinese protested"), not as a modifier of a thing
        that is no actor ("the Chinese team", "Russian tennis player")."""
        found: list[_Party] = []
        seen: set[int] = set()
        stack = [token]
        while stack:
            tok = stack.pop()
            m = self.party_at.get(tok.i)
            if m is not None and m.kind == "demonym" and tok.i != token.i and tok.head.i in self.party_at:
                m = None if self.party_at[tok.head.i] is m else m
            group = _is_group(tok.head)  # "Egyptian demonstrators", "Iran's leader", "an Ethiopian rebel group"
            if acting and m is not None and tok.dep_ == "poss" and tok.head.i not in self.party_at and \
                    tok.i != token.i and not group:  # fmt: skip
                m = None  # "Japan's Sony said": the state owns the subject, it does not speak
            if acting and m is not None and m.kind in ("demonym", "ambiguous") and tok.dep_ in (
                    "amod", "compound", "nmod") and tok.head.i not in self.party_at and m.sector != "MIL" and \
                    not group:  # fmt: skip
                m = None  # "the Chinese team protested" (a recipient's "North Korean torpedo" does name one)
            if m is not None and m.sector in _NOT_POLITICAL and not business:
                m = None  # (a company is acted upon as its state's business, "closed Lotte Mart stores", never acts)
            if m is not None and m.kind == "place" and not places:
                m = None
            if m is not None and not acting and tok.i != token.i and _backer(tok):
                m = None  # "struck the Iran-backed militia": the patron is not the one hit
            if m is not None and m.code is None and m.members and (_of_a_party(tok, self.party_at) or (
                    self.party_at.get(tok.head.i) is m and _of_a_party(tok.head, self.party_at))):  # fmt: skip
                m = None  # events-17b: "the leaders of the G7" are the G7's, whoever the group was before
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                found.append(_Party(m, tok.i))
            # (a listing clause is no clause of its own: "states ranging from India to Egypt")
            stack.extend(c for c in tok.children if (c.dep_ not in _SKIP_SUBTREE or (
                c.dep_ == "acl" and c.lemma_.lower() in ("range", "include"))) and not (
                acting and c.dep_ == "prep" and c.lower_ not in _LISTING_PREPS and tok.i not in self.party_at) and not (
                c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS and c.i != token.i))  # fmt: skip
            # ("summoned the Russian envoy over Moscow's pact with Pyongyang": the topic is no party)
            # (acting: "military cooperation with the North violated …" is not the North acting)
        return sorted(found, key=lambda p: p.token_i)

    def _head_parties(self, token: Any) -> list[_Party]:
        """The actor a noun phrase is about: the mention on its head word (and on the heads of its
        conjuncts: "Russia and North Korea"), else any mention inside it ("the leader of North Korea").
        "Moscow, left out of talks between the Americans and the Chinese, welcomed …" is Moscow's."""
        heads = [token, *token.conjuncts]
        if token.i in self.party_at and self.party_at[token.i].kind in _LISTABLE:
            # "Canada, Brazil and Colombia recognised …": the parser reads a list of states as an
            # apposition; a state is no apposition of another state
            for c in token.children:
                if c.dep_ == "appos" and c.i in self.party_at and self.party_at[c.i].kind in _LISTABLE:
                    heads += [c, *c.conjuncts]
        found = [self._named_holder(h) or _Party(self.party_at[h.i], h.i) for h in heads
                 if h.i in self.party_at and self.party_at[h.i].sector not in _NOT_POLITICAL]  # fmt: skip
        if found:
            # "the Russian and South Korean vice defence ministers": the coordinated qualifier is a party
            # too, however deep the parser hangs it among the head's modifiers
            for h in heads:
                modifiers = [c for c in h.subtree if c.dep_ in ("amod", "compound", "nmod") and c.i < h.i and
                             all(a.dep_ in ("amod", "compound", "nmod", "conj") for a in _ancestors(c, 8)
                                 if a.i != h.i and a.i in range(c.i, h.i))]  # fmt: skip
                for c in modifiers:
                    for q in (c, *c.conjuncts):
                        m = self.party_at.get(q.i)
                        if m is not None and q.dep_ in ("amod", "compound", "conj", "nmod") and m.code and \
                                all(p.mention is not m for p in found):  # fmt: skip
                            found.append(_Party(m, q.i))
            seen: set[int] = set()
            return [p for p in found if not (id(p.mention) in seen or seen.add(id(p.mention)))]  # type: ignore[func-returns-value]
        # (events-13: "the group al-Nusra Front will not release …": a group noun's apposition names it)
        group = _group_lemma(token) in _GROUP_WORDS
        named = [_Party(self.party_at[c.i], c.i) for c in token.children if c.dep_ == "appos" and c.i in self.party_at
                 and (self.party_at[c.i].kind in ("person", "title") or group)]  # fmt: skip
        # ("Its chief, Rafael Grossi, handed …": the apposition names who the title is)
        return self._parties_in(token, acting=True) or named

    def _named_holder(self, h: Any) -> _Party | None:
        """"The most powerful gang leader, Jimmy Chérizier, threatened …": a title whose state the
        recogniser took from the context yields to the person its apposition names, when the two
        differ (events-14)."""
        m = self.party_at[h.i]
        if m.kind != "title":
            return None
        named = next((self.party_at[c.i] for c in h.children if c.dep_ == "appos" and c.i in self.party_at and
                      self.party_at[c.i].kind == "person" and self.party_at[c.i].code), None)  # fmt: skip
        return _Party(named, h.i) if named is not None and named.code != m.code else None

    def _subject_parties(self, t: Any) -> list[_Party]:
        stranded = _stranded_subject(t)
        if stranded is not None and stranded.i in self.party_at:
            # ("killed Soleimani, and Khamenei warned": Khamenei warned; in a clause of time not the
            # object the name is joined to, "sent warships near Taiwan and Japan protested")
            return [p for p in self._head_parties(stranded)
                    if t.dep_ not in ("advcl", "ccomp") or p.token_i >= stranded.left_edge.i]  # fmt: skip
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        for c in subjects:
            # ("commanders from both sides met": the two parties, not the unresolved "both sides")
            if _group_lemma(_counted_head(c)) in _ATTACK_NOUNS and c.pos_ == "NOUN":
                # "the shelling of Kharkiv killed three", "the bombing of Hiroshima killed tens of
                # thousands": an attack's "of" names its target; only its own doer acts (events-19)
                found = self._attack_doers(_counted_head(c))
                if found:
                    return found
                if any(p.dep_ == "prep" and p.lower_ in ("of", "on", "against") for p in _counted_head(c).children):
                    return []
            found = (self._last_joint_pair(c) if _from_both_sides(c) else []) or \
                self._head_parties(c) or self._pronoun(c) or self._definite_parties(c) or \
                self._armed_group(c) or self._placed_group(c) or self._firer(c) or self._unnamed_attacker(c, t) or \
                self._armed_group_named_before(c) or self._office_left(t)
            if not found and t.tag_ != "VBN":
                # "its staff would monitor", "their forces attacked": the owner the pronoun stands for
                # (not "to see their country destroyed": what is done to it)
                poss = next((g for g in c.children if g.dep_ == "poss" and g.lower_ in ("its", "their", "his", "her")),
                            None)  # fmt: skip
                found = self._pronoun(poss) if poss is not None else []
            if not found and t.dep_ == "relcl" and c.lower_ in _RELATIVE_PRONOUNS and t.head.i != t.i:
                # "a UN Security Council resolution that would have deplored …", "Russia, which
                # invaded Ukraine": the relative pronoun is the noun the clause hangs on
                found = self._parties_in(t.head, acting=True) or self._recipients_of_act_on(t.head)
            if found:
                return found
        culprit = self._culprit(t)
        if culprit:
            return culprit
        if subjects:
            return []  # a subject that names no actor ("the delegates") is not someone else's
        stranded = _time_word_subject(t)
        if stranded is not None:
            return self._head_parties(stranded)  # ("after Moscow detained a diplomat", misparsed)
        for c in t.children:
            if c.dep_ == "agent":  # "was signed by Russia and North Korea"
                # (events-17: or an armed group named before, "fired by the group")
                return [p for g in c.children if g.dep_ == "pobj" for p in self._parties_in(g) or
                        self._unnamed_attacker(g, t) or self._armed_group_named_before(g)
                        if p.token_i not in _target_after_agent(g)]  # fmt: skip
        if any(c.dep_ == "nsubjpass" for c in t.children):
            if any(c.dep_ == "xcomp" for c in t.children) and t.lemma_.lower() in _RAISING:
                # "Kim is expected to meet Trump": the passive's subject does the meeting
                return [p for c in t.children if c.dep_ == "nsubjpass" for p in self._head_parties(c)]
            # a passive without its agent names no actor, but see there
            return self._misplaced_agent(t) or self._passive_doer(t)
        # The subject is elsewhere: "plans to visit", "met Putin and signed", "Russia, which signed".
        if t.dep_ == "advcl" and t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
            return []  # "Asked about the reports, the ministry said": the clause's subject was asked
        carrier = _no_choice_but(t)
        if carrier is not None:
            return self._subject_parties(carrier)  # "it would have no choice but to destroy": who has none
        holder = _intent_holder(t) if _intent_denied(t) else _plan_owned(t)
        if holder is not None:
            # "they had no plans to retaliate": who has none (events-16; an intention held, "has plans
            # to visit", is left to the modality that would make it planned)
            return self._subject_parties(holder)
        ordered = self._orderer_of_own_service(t) if t.dep_ == "xcomp" else []
        if ordered:
            return ordered  # "ordered the defence ministry to withdraw troops": the orderer's own act
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in _OBJECT_CONTROL:
            # "prompting the government to warn residents", "helped Kyiv to …": the object does it
            controller = next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i), None)
            if controller is not None and controller.pos_ != "PRON":
                return self._head_parties(controller)
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in _RAISING and any(
                c.dep_ == "nsubjpass" for c in t.head.children):  # fmt: skip
            return [p for c in t.head.children if c.dep_ == "nsubjpass" for p in self._head_parties(c)]
        if t.dep_ == "conj" and t.tag_ == "VBD" and t.head.dep_ == "ccomp" and t.head.head.i != t.head.i and (
                t.head.tag_ == "VB" or (t.head.tag_ == "VBG" and t.head.head.tag_ == "VBD")):  # fmt: skip
            # "Tokyo demanded that Beijing lift the ban and said …": a past verb cannot join the
            # subjunctive of the demand; it joins the demanding verb, whose subject says it. Nor
            # can it share a progressive's "was": "Kim told Putin that Russia was waging a sacred
            # fight and pledged his support" pledges with the teller (events-16)
            return self._subject_parties(t.head.head)
        if t.dep_ == "conj" and not any(c.dep_ == "auxpass" for c in t.children) and any(
                c.dep_ == "nsubjpass" for c in t.head.children):  # fmt: skip
            # "the minister has been indicted by the court and will resign": the one indicted resigns,
            # not the court; a passive subject that names no party ("declared that the matter can be
            # deemed concluded and warned …") leaves the verb to the speaker below (events-17b)
            undergoer = [p for c in t.head.children if c.dep_ == "nsubjpass" for p in self._head_parties(c)]
            if undergoer or t.head.head.lemma_.lower() not in self.lex.statement_verbs:
                return undergoer
        speech = t.head.head.lemma_.lower() in self.lex.statement_verbs
        if t.dep_ == "conj" and t.head.dep_ == "ccomp" and t.lemma_.lower() in self.lex.governors and speech and \
                (not self._subject_parties(t.head) or self._speakers_act(t)):  # fmt: skip
            # "told the envoy that the cooperation violated UN resolutions and urged Moscow to end
            # it": the appeal is the speaker's, not the reported clause's (which names no actor);
            # so is an appeal, demand or pledge after a reported clause in another tense ("said NATO
            # was spreading belligerent rhetoric and urged the alliance …", events-16)
            return self._subject_parties(t.head.head)
        if t.dep_ in ("xcomp", "conj", "advcl", "acomp", "ccomp") and t.head.i != t.i and (
                t.dep_ != "ccomp" or t.head.lemma_.lower() in self.lex.governors):  # fmt: skip
            return self._subject_parties(t.head)
        if t.dep_ == "relcl":
            return self._parties_in(t.head)
        if _held_back(t):
            # "left without meeting Blinken", "refrained from condemning": the clause's subject (the
            # act is negated there, events-18)
            return self._subject_parties(t.head.head)
        if _misparsed_main_verb(t) and t.head.i in self.party_at:
            return self._head_parties(t.head)  # "The Iraqi air force carried out air strikes …" (events-13)
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.i in self.party_at:
            # "President Xi, meeting the Japanese prime minister in Beijing, said …": a participle on
            # a named party is that party's act (a reduced "who was meeting")
            return self._head_parties(t.head)
        means = self._means_clause_head(t)
        if means is not None:
            return self._subject_parties(means)
        holder = _stopped_short(t)
        if holder is not None:
            return self._subject_parties(holder)  # "NATO stopped short of inviting Kyiv": NATO did not invite
        holder = _pressed_holder(t)
        if holder is not None:
            return self._subject_parties(holder)  # "Abe faces pressure to visit Pearl Harbor": Abe would (events-17b)
        owner = self._owner_of_clause_noun(t) or self._document_voice(t)
        if owner:
            return owner
        # A headline drops its articles and the small parser hangs the subject on the verb as a
        # compound: "UN assembly rejects Crimea vote". The actor before the verb is the subject.
        before = [c for c in t.children if c.dep_ == "compound" and c.i < t.i]
        if before and t.pos_ == "VERB":
            return [p for c in before for p in self._parties_in(c)]
        return []

    def _attack_doers(self, attack: Any) -> list[_Party]:
        """The doer an attack noun names: its owner or qualifier ("Russia's shelling", "the Russian
        shelling") or its agent ("the shelling of Kharkiv by Russian forces"), not its target."""
        owners = [p for c in attack.children if c.dep_ in ("poss", "amod", "compound") for p in self._parties_in(c)]
        return owners or [p for c in attack.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                          if g.dep_ == "pobj" for p in self._parties_in(g)]  # fmt: skip

    def _recipients_of_act_on(self, noun: Any) -> list[_Party]:
        """"police in Nairobi opened fire on protesters who had stormed parliament": people named by
        a group noun that an act coded before in the sentence was done to are that act's recipients
        (events-19)."""
        if _group_lemma(noun) not in _GROUP_NOUNS | _ARMED_GROUP_NOUNS:
            return []
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
        if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
            return []
        start = self.start + verb.idx
        return [_Party.of(r) for report in self.current if report.trigger_start == start for r in report.recipients]

    def _speakers_act(self, t: Any) -> bool:
        """Whether a speech act joined to a reported clause is the speaker's next act: an appeal, a
        demand or a pledge in the simple past after a clause whose verb is not ("said Russia was
        waging a sacred fight and pledged support": the speaker pledged), or one asking the clause's
        own subject, events-16."""
        kinds = set(self.lex.governors.get(t.lemma_.lower(), ()))
        if not kinds & {"appeal", "demand"} and t.lemma_.lower() not in _PROMISING:
            return False
        clause = t.head
        asked = _codes(self._parties_at(t, ("dobj",)))
        if asked and asked <= _codes(self._subject_parties(clause)):
            return True  # ("said Pyongyang fired two missiles and urged the North to stop": no one urges itself)
        simple = clause.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
        return t.tag_ == "VBD" and not simple

    def _firer(self, subject: Any) -> list[_Party]:
        """"The missiles fired by the Israeli military struck a depot": a weapon's user, named in the
        clause that describes it, is the doer of what the weapon does."""
        if subject.lemma_.lower() not in _WEAPON_NOUNS:
            return []
        return [p for c in subject.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                for g in a.children if g.dep_ == "pobj" for p in self._parties_in(g)]  # fmt: skip

    def _culprit(self, t: Any) -> list[_Party]:
        """"The army was guilty of violating the ceasefire": whom a sentence finds guilty of an act
        is its doer (the subject of "guilty" or "responsible")."""
        prep = t.head if t.dep_ == "pcomp" else None
        verdict = prep.head if prep is not None and prep.lower_ in ("of", "for") else None
        if verdict is None or verdict.lemma_.lower() not in _CULPABLE:
            return []
        copula = verdict.head if verdict.dep_ in ("acomp", "amod") else verdict
        return [p for c in copula.children if c.dep_ == "nsubj" for p in self._head_parties(c)]

    def _placed_group(self, subject: Any) -> list[_Party]:
        """"Workers in Brazil went on strike", "thousands of students throughout Indonesia", "troops
        from the United States": a group noun placed in a state is that state's people, with the
        sector its noun says."""
        head = _counted_head(subject)
        if not _is_group(head):
            return []
        for _, g in _prep_objects(head, _GROUP_PLACES):
            if g.dep_ != "pobj":
                continue
            found = [p for p in self._parties_in(g, places=True) if p.mention.code]
            if found:
                return self._group_placed_at(head, found[0].mention)
        return self._fronted_place(subject, head)

    def _group_placed_at(self, head: Any, place: Mention) -> list[_Party]:
        """A group noun as the party of the place it is put in ("workers in Brazil", "In Moscow,
        protesters …"), with the sector its noun gives."""
        phrase = self.sentence[head.idx : head.idx + len(head.text)]
        return [_Party(Mention("", place.start, place.end, phrase, place.code, _group_sector(head), kind="title"),
                       head.i)]  # fmt: skip

    def _fronted_place(self, subject: Any, head: Any) -> list[_Party]:
        """"In Moscow, the foreign ministry said …", "In Paris, protesters marched …": a place that
        opens the sentence ("In X,") places an unnamed group subject of the clause it opens, or of a
        clause inside it ("…, and a deputy foreign minister urged …"), as a phrase on the noun would
        (events-15)."""
        prep = self.tokens[0]
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.right_edge.i + 1 >= len(self.tokens) or \
                self.tokens[prep.right_edge.i + 1].text != ",":  # fmt: skip
            return []
        if prep.head.i not in {subject.head.i, *(a.i for a in _ancestors(subject.head, 3))}:
            return []
        found = [p for g in prep.children if g.dep_ == "pobj" for p in self._parties_in(g, places=True)
                 if p.mention.code]  # fmt: skip
        return self._group_placed_at(head, found[0].mention) if found else []

    def _speaks_for_body(self, subject: Any) -> bool:
        """Whether a subject names an organisation's document ("the declaration", "the text") or its
        allies ("the allies", "the 32 allies") without naming whose (no owner, modifier or "of"
        phrase, no actor of its own)."""
        if subject.i in self.party_at or any(c.dep_ in ("poss", "compound", "amod", "prep") for c in subject.children):
            return False
        lemma = subject.lemma_.lower()
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        if lemma in _DOCUMENT_NOUNS and subject.tag_ == "NN":
            return the
        return lemma == "ally" and subject.tag_ == "NNS" and the  # ("allies" alone may be anyone's)

    def _definite_parties(self, subject: Any) -> list[_Party]:
        """"The two sides will stop propaganda broadcasts", "The leaders also demanded …": a definite
        plural the recogniser could not resolve names the parties of the last joint act ("the two
        sides", "both sides"), or the body named before with the same plural noun ("European Union
        leaders … The leaders")."""
        lemma = subject.lemma_.lower()
        if lemma in _DEFINITE_BODIES - _described_nouns() and subject.tag_ == "NN" and subject.i not in self.party_at \
                and any(
                c.dep_ == "det" and c.lower_ == "the" for c in subject.children):  # fmt: skip
            # "The foreign ministry said … The ministry added": the body named before with that noun
            # ("the agency", "the bloc", "the alliance" are the recogniser's descriptions)
            body = next((m for m in reversed(self.earlier[-6:]) if m.kind in ("igo", "institution") and
                         m.text.lower().endswith(lemma)), None)  # fmt: skip
            return [_Party(body, -1)] if body is not None else []
        if self._speaks_for_body(subject):
            # "The declaration also called China …", "the 32 allies pledged …": an organisation's
            # document or its allies named alone act for the organisation named last (events-15)
            # (named as a body or by its people: "NATO leaders met …")
            body = next((m for m in reversed(self.earlier[-6:])
                         if m.code and (m.kind == "igo" or m.code in _igo_codes())), None)  # fmt: skip
            return [_Party(body, -1)] if body is not None else []
        if lemma in ("side", "country") and subject.tag_ == "NN" and subject.i not in self.party_at and any(
                c.dep_ == "det" and c.lower_ == "neither" for c in subject.children):  # fmt: skip
            return self._last_joint_pair(subject)  # "Neither side fired a shot": the two, denied (_status)
        counted = _GROUP_SIZES.get(subject.lower_)
        if counted and subject.pos_ == "NUM" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            return self._last_joint_group(subject, counted)  # "The three agreed to …": those of the last joint act
        words = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod", "predet")}
        if lemma in _STATE_PLURALS and subject.tag_ == "NNS" and subject.i not in self.party_at and \
                words & {"both", "two"}:  # fmt: skip
            pair = self._last_joint_pair(subject) or self._coordinated_pair_before(subject)
            # (events-18: "Hamas and Hezbollah … the two countries": armed groups are no countries)
            return [] if any(p.mention.sector in _NONSTATE_SECTORS for p in pair) else pair
        if lemma not in _DEFINITE_PLURALS or subject.tag_ != "NNS" or subject.i in self.party_at:
            return []
        if not words & {"the", "both", "two"}:
            return []
        if lemma == "side" or words & {"both", "two"}:
            return self._last_joint_pair(subject)
        named = next((m for m in reversed(self.earlier[-6:]) if m.kind in ("title", "igo", "institution")
                      and m.text.lower().endswith(" " + subject.lower_)), None)  # fmt: skip
        return [_Party(named, -1)] if named is not None else []

    def _coordinated_pair_before(self, noun: Any) -> list[_Party]:
        """"expelled the envoys of Bolivia and Venezuela after both countries ordered out …": with no
        joint act before, "both countries" are the two states coordinated last before the noun in
        its sentence ("A and B"), never two states named apart (events-16)."""
        for t in reversed(noun.doc[: noun.i]):
            m = self.party_at.get(t.i)
            if m is None or not m.code or t.dep_ != "conj":
                continue
            first = self.party_at.get(t.head.i)
            if first is not None and first.code and first.code != m.code and first.kind != "place" and \
                    m.kind != "place":  # fmt: skip
                return [_Party(first, t.head.i), _Party(m, t.i)]
            return []
        return []

    def _armed_group_named_before(self, noun: Any) -> list[_Party]:
        """"The government signed the accord with the FARC … Santos welcomed the rebels", "talks with
        the rebel commanders": a definite armed group the sentence leaves unnamed and unplaced is the
        armed group (a mention with sector REB) named last before it (events-15)."""
        head = _counted_head(noun)
        if any(self.party_at[w.i].code for w in head.subtree if w.i in self.party_at):
            return []  # named, owned or placed ("rebels in Syria"): other rules read it
        lemma = _group_lemma(head)
        modifiers = [c for c in head.children if c.dep_ in ("amod", "compound")]
        armed = lemma in _ARMED_GROUP_NOUNS - {"pirate"} or (
            _is_group(head) and any(_group_lemma(c) in _ARMED_GROUP_NOUNS for c in modifiers))  # fmt: skip
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children)
        if not armed or not definite:
            return []
        named = next((m for m in reversed(self.earlier[-12:]) if m.sector == "REB" and m.code), None)
        return [_Party(named, -1)] if named is not None else []

    def _armed_group(self, subject: Any) -> list[_Party]:
        """"militants in Gaza fired two rockets", "separatists in eastern Ukraine shelled the town": an
        unnamed armed group placed in a territory acts for that territory's side, as rebels (REB)."""
        lemma = subject.lemma_.lower()
        sector = "REB" if lemma in _ARMED_GROUP_NOUNS else "CVL" if lemma in _PROTESTER_NOUNS else None
        if sector is None:
            return []
        # where they are: on the noun ("militants in Gaza"), or for a crowd also where it acts
        # ("protesters rallied in central Seoul")
        holders = [subject] if sector == "REB" else [subject, subject.head]
        for holder in holders:
            for _, g in _prep_objects(holder, ("in", "from")):
                where = next((self.party_at[w.i] for w in g.subtree if w.i in self.party_at), None)
                if where is not None and where.code:
                    return _unnamed_group(subject, where.code, sector)
        return []

    # -- events-13 material: unnamed doers, troops on the move, verdicts, receipts -----------------

    def _unnamed_attacker(self, subject: Any, t: Any) -> list[_Party]:
        """"Gunmen beheaded three men in eastern Afghanistan", "a car bomb in Kabul killed eight",
        "soldiers were killed by a roadside bomb outside the Iraqi city of Basra": an unnamed armed
        group (REB, as ``_armed_group``) or an attack with no named doer (UAF, CAMEO's unidentified
        armed forces) acts for the side of the place where the clause puts it (on the subject, the
        verb or its object; "fighters surrendered their territory in Syria"). An attack acts only in
        acts of force (roots 17-20)."""
        doers = [_counted_head(d) for d in (subject, *subject.conjuncts)]
        lemmas = {_group_lemma(d) for d in doers}
        forceful = any(s.cameo[:2] in _FORCE_ROOTS for s in self.lex.verbs.get(t.lemma_.lower(), ()))
        sector = "REB" if lemmas & _ARMED_GROUP_NOUNS else "UAF" if lemmas & _ATTACK_NOUNS and forceful else None
        unqualified = not any(c.dep_ in ("amod", "compound", "poss") for d in doers for c in d.children)
        if sector is None and lemmas & _STATE_FORCE_NOUNS and unqualified:
            sector = _group_sector(doers[0])  # (unqualified: "Turkish troops in Iraq" are Turkey's, named already)
        protesting = any(s.cameo[:2] == "14" for s in self.lex.verbs.get(t.lemma_.lower(), ()))
        rioting = forceful and bool(lemmas & _RIOTING_NOUNS)  # "supporters stormed the embassy in Baghdad" (events-15)
        if sector is None and lemmas & (_CIVILIAN_GROUP_NOUNS | _RIOTING_NOUNS) and (protesting or rioting):
            sector = _group_sector(doers[0])  # "farmers blocked roads in Belgium": a protest where they are
        if sector is None:
            return []
        own = next((w for w in map(self._where, doers) if w is not None), None)  # "British suicide bombers"
        if own is not None:
            return _unnamed_group(subject, own.code, sector)
        verbs = [t, *(v for v in t.conjuncts if v.pos_ == "VERB")]  # "beheaded three men and torched a school in …"
        holders = [*(w for d in doers for w in d.subtree if w.dep_ not in _SKIP_SUBTREE or w.dep_ == "appos"),
                   *verbs, *(c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass"))]  # fmt: skip
        for holder in holders:
            for prep, g in _prep_objects(holder):
                # ("used tear gas against protesters in Paris": only the place of the phrase's noun)
                where = self._where(g) if prep.lower_ in _LOCATIVE_PREPS else self._where(g, own=False)
                if where is not None:
                    return _unnamed_group(subject, where.code, sector)
        return []

    def _where(self, g: Any, own: bool = True) -> Mention | None:
        """The state or place a locative phrase names: on its noun or the noun's modifiers ("in
        Myanmar's Rakhine State", "in Kabul"), else down a chain of places ("in Nangarhar province in
        eastern Afghanistan", "outside the city of Basra"), not in whatever else the phrase says
        ("in a strike over the sale of its business to a U.S. firm")."""
        if g.dep_ == "prep":  # "outside of the Iraqi city": a two-word preposition
            return next((w for o in g.children if o.dep_ == "pobj" for w in [self._where(o)] if w is not None), None)
        for tok in (g, *(c for c in g.children if c.dep_ in ("poss", "compound", "amod", "nmod"))) if own else ():
            m = self.party_at.get(tok.i)
            if m is not None and m.code and m.kind in _PLACE_KINDS:
                return m
        return next((w for c in g.children if c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPS | {"of"}
                     for o in c.children if o.dep_ == "pobj" for w in [self._where(o)] if w is not None), None)

    def _culprit_of(self, n: Any) -> list[_Party]:
        """"The cartel was responsible for mass killings and kidnappings", "found guilty of the
        bombing": whom a sentence holds to account for an act named by a noun did it (as
        ``_culprit`` for a verb's gerund; events-13)."""
        first = n
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "killings, rapes and abductions": the first of the list
        if first.dep_ != "pobj" or first.head.lower_ not in ("for", "of"):
            return []
        verdict = first.head.head
        if verdict.lemma_.lower() not in _CULPABLE:
            return []
        copula = verdict.head if verdict.dep_ in ("acomp", "amod") else verdict
        return [p for c in copula.children if c.dep_ in ("nsubj", "nsubjpass") for p in self._head_parties(c)]

    def _office_left(self, t: Any) -> list[_Party]:
        """"Suharto resigned as president of Indonesia": who leaves an office acts for the state or
        body the office belongs to, when the recogniser does not know the person (events-13)."""
        if t.lemma_.lower() not in _LEAVING_OFFICE:
            return []
        return [p for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children if g.dep_ == "pobj" and _is_group(g) for p in self._parties_in(g)]  # fmt: skip

    def _passive_doer(self, t: Any) -> list[_Party]:
        """The doer a passive without its agent still names (events-13): "Russian peacekeepers were
        deployed along the corridor", "UN sanctions on Iran were lifted" (troops and measures are
        moved, lifted or imposed by their own side); "two Russians were released from captivity in
        Libya", "three activists were arrested in Minsk" (releases, arrests and expulsions are the acts
        of the authorities of the place)."""
        sense = self._sense(t, self.lex.verbs.get(t.lemma_.lower(), []))
        if sense is None:
            return []
        root = sense.cameo[:2]
        for c in t.children:
            if c.dep_ != "nsubjpass":
                continue
            head = _counted_head(c)
            own = (root in _POSTING_ROOTS and _group_lemma(head) in _TROOP_NOUNS) or (
                root in _MEASURE_ROOTS and head.lemma_.lower() in _MEASURE_NOUNS)  # fmt: skip
            if own:
                owners = [p for g in head.children if g.dep_ in ("poss", "amod", "compound", "nmod")
                          for p in self._parties_in(g) if p.mention.code]  # fmt: skip
                speech = self._speech_of(t)
                if not owners and speech is not None and root in _POSTING_ROOTS:
                    # "US officials said 3,000 more soldiers would be sent to the Middle East": troops
                    # whose side is unnamed are the speaker's own, moved by it (events-16)
                    owners = self._subject_parties(speech)
                return owners
        if sense.cameo[:3] not in _AUTHORITY_CODES:
            return []
        for prep in t.children:  # ("released from captivity in Libya", "arrested during protests in Iran")
            if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE_PREPS | {"from", "during"}:
                continue
            for g in prep.children:
                where = self._where(g)
                if where is not None:
                    return [_Party(Mention("", 0, 0, where.text, where.code, None, None, kind="state"), g.i)]
        return []

    def _owner_of_clause_noun(self, t: Any) -> list[_Party]:
        """"China's habit of slapping sanctions on Seoul", "Beijing's decision to halt imports": a
        gerund after "of", or an infinitive on a noun of deciding, is done by the noun's owner (the
        owner of the first of coordinated nouns: "China's temper and sense of slapping …")."""
        if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
            noun = t.head.head
            if noun.lemma_.lower() in _POLICY_NOUNS:
                return []  # "its policy of not supplying arms": a standing line, not an act
        elif t.dep_ == "acl" and t.head.lemma_.lower() in _DECIDING_NOUNS | _PLEDGE_NOUNS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children):  # fmt: skip
            noun = t.head
        else:
            return []
        for n in (noun, noun.head) if noun.dep_ == "conj" else (noun,):
            poss = next((c for c in n.children if c.dep_ == "poss"), None)
            if poss is not None:
                return self._parties_in(poss) or (self._pronoun(poss) if poss.pos_ == "PRON" else [])
        return []

    def _document_voice(self, t: Any) -> list[_Party]:
        """"issued a joint statement condemning the launches", "adopted a resolution demanding that
        Russia withdraw": a participle on a document speaks for the body the document names ("a UN
        Security Council resolution"), else for whoever issued or adopted it."""
        doc_noun = t.head
        if t.dep_ != "acl" or t.tag_ != "VBG" or doc_noun.lemma_.lower() not in _DOCUMENT_NOUNS:
            return []
        named = [p for c in doc_noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                 for p in self._parties_in(c)]  # fmt: skip
        if named:
            return named
        if doc_noun.dep_ == "dobj" and doc_noun.head.pos_ == "VERB":
            return self._subject_parties(doc_noun.head)
        return []

    def _pronoun(self, subject: Any, exclude: Sequence[str] = ()) -> list[_Party]:
        """"He said", "It warned": the last person or state named before, in this sentence or earlier."""
        word = subject.text.lower()
        if word not in _PRONOUNS_PERSON | _PRONOUNS_GROUP:
            return []
        wanted = "person" if word in _PRONOUNS_PERSON else None
        if wanted == "person" and subject.dep_ == "nsubj":
            # "Trump told reporters that Kim had wanted …, and that he had chosen to walk away":
            # "he" in what a person says is, first of all, the speaker
            speech = next((a for a in _ancestors(subject, 4) if a.lemma_.lower() in self.lex.statement_verbs
                           and a.i < subject.i), None)  # fmt: skip
            speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
            found = self._head_parties(speaker) if speaker is not None and speaker.pos_ != "PRON" else []
            if speech is not None and speaker is None and speech.dep_ == "conj":
                found = self._subject_parties(speech)  # "met Putin and said he would visit": the shared subject
            if len(found) == 1 and found[0].mention.kind == "person" and (found[0].mention.code or "") not in exclude:
                return found
        if wanted is None and subject.dep_ == "nsubj":
            found = self._conditional_speaker(subject)
            if found and not _codes(found) & set(exclude):
                return found
        if subject.dep_ == "nsubj" and subject.head.dep_ == "conj":
            # "South Korea's foreign ministry said … and it urged Beijing …": the subject of the
            # clause it is coordinated with, when that names an actor of the same kind
            found = self._named_subject_parties(subject.head.head)
            if found and all((p.mention.kind == "person") == (wanted == "person") for p in found):
                return found
        if wanted is None and subject.dep_ == "nsubj":
            found = self._relative_clause_owner(subject)
            if found and not _codes(found) & set(exclude):
                return found
        if word == "it" and subject.dep_ == "nsubj" and subject.head.dep_ == "advcl":
            # "Burkina Faso established ties with China, two days after it broke off …", "Russia
            # expelled two Estonian diplomats because it accused them …": "it" in an adverbial
            # clause continues the subject of the clause it qualifies, not the party named last
            found = self._named_subject_parties(subject.head.head)
            if found and all(p.mention.kind != "person" for p in found) and not _codes(found) & set(exclude):
                return found
        if wanted is None and subject.dep_ == "poss":
            # "Russia vetoed a resolution that deplored its invasion": the sentence's own subject
            root = next((t for t in self.doc if t.dep_ == "ROOT"), None)
            main = [c for c in root.children if c.dep_ == "nsubj"] if root is not None else []
            found = [p for c in main for p in self._head_parties(c) if p.mention.kind != "person"]
            if found:
                return found
        before = [m for i, m in sorted(self.party_at.items()) if i < subject.i]
        pool = [m for m in [*self.earlier[-8:], *before] if m.kind != "place" and (m.code or "") not in exclude]
        if word in ("they", "them", "their"):
            # "the Russian and South Korean ministers met in Seoul, where they inked …", "G7 leaders
            # said they would meet": the main clause's plural subject
            root = next((t for t in self.doc if t.dep_ == "ROOT"), None)
            main = [c for c in root.children if c.dep_ == "nsubj" and c.i < subject.i] if root is not None else []
            found = [p for c in main if subject.i not in {w.i for w in c.subtree} for p in self._head_parties(c)]
            if len(_codes(found)) > 1 or (found and found[0].mention.kind in (
                    "igo", "title", "institution")):  # fmt: skip
                return found
            # "The two leaders met …, when they signed": a group named just before
            group = next((m for m in reversed(pool[-4:]) if m.kind == "group" and m.members), None)
            if group is not None:
                return [_Party(group, -1)]
            # "Xi and Putin held talks. They also committed themselves …": the pair of the last joint act
            # (events-14: or its three or more: "Biden, Kishida and Yoon met … They pledged …")
            pair = self._last_joint_group(subject, None)
            if pair:
                return pair
        if wanted == "person" and not before and all(w.is_space for w in self.doc[: subject.i]):
            # "Putin … was greeted at the airport by Kim. He last visited the North in 2000": a
            # sentence that opens with "He" continues with the person the sentence before opened with
            opener = self._previous_opener()
            if opener is not None and opener.kind == "person" and (opener.code or "") not in exclude:
                return [_Party(opener, -1)]
        if word == "it" and subject.dep_ == "nsubj" and subject.head.dep_ == "ROOT" and not before:
            # "Iran struck Israel. Overnight it launched 300 drones": a main clause's "it" with no actor
            # before it in its sentence continues the actor the sentence before opened with, not the
            # last one that sentence named (events-18)
            opener = self._previous_opener()
            if opener is not None and opener.kind not in ("person", "place") and opener.code and \
                    opener.code not in exclude:  # fmt: skip
                return [_Party(opener, -1)]
            doer = self._previous_sentence_doer()
            if doer is not None and doer.code not in exclude:
                return [_Party.of(doer)]
        for m in reversed(pool):
            if (wanted == "person") == (m.kind == "person"):
                return [_Party(m, -1)]
        return []

    def _named_subject_parties(self, verb: Any) -> list[_Party]:
        """The parties a verb's nominal subject names, when that subject is no pronoun itself (the
        clause another clause's pronoun continues)."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return self._head_parties(subject) if subject is not None and subject.pos_ != "PRON" else []

    def _previous_sentence_doer(self) -> ActorRef | None:
        """The one actor, a state or organisation, of the first report of the sentence right before
        this one ("For the first time, Iran struck Israel."): who a following "it" continues with.
        The party named before the report's verb, its subject: of a passive, the one acted upon, not
        the agent ("Iran was criticised by the United States. It later expelled …": Iran, events-18
        review)."""
        first = min(self._previous_sentence_reports(), key=lambda r: r.trigger_start, default=None)
        if first is None or len(first.actors) != 1 or first.actors[0].person is not None:
            return None
        sides = [p for p in (*first.actors, *first.recipients) if p.person is None]
        named = [(m.start, p) for p in sides for m in self.earlier
                 if m.code == p.code and first.start <= m.start < first.trigger_start]  # fmt: skip
        return min(named, key=lambda pair: pair[0])[1] if named else None

    def _relative_clause_owner(self, subject: Any) -> list[_Party]:
        """"Israel freed 477 prisoners, the first of 1,027 it has agreed to release", "Moscow left the
        treaty, which it had signed in 1987": "it" in a relative clause on what a verb acts upon is
        that verb's subject, when it names a party that is no person (events-14). Only through the
        object and its apposition or "of" ("criticised the US over sanctions it imposed": not
        China's sanctions)."""
        clause = subject.head
        if clause.dep_ != "relcl":
            return []
        n = clause.head
        while n.dep_ in ("appos", "pobj", "conj") or (n.dep_ == "prep" and n.lower_ == "of"):
            if n.dep_ == "pobj" and n.head.lower_ != "of":
                return []
            n = n.head
        if n.dep_ != "dobj" or n.head.pos_ != "VERB":
            return []
        found = [p for c in n.head.children if c.dep_ == "nsubj" for p in self._head_parties(c)]
        return found if found and all(p.mention.kind != "person" for p in found) else []

    def _conditioned_party(self, t: Any, actors: list[_Party]) -> list[_Party]:
        """"would use force if Taiwan declared independence": a threat that names no target is aimed
        at the party whose act its condition names (not the threatening side itself)."""
        verb = _no_choice_but(t) or t
        own = _codes(actors)
        return [p for c in _conditions(verb) for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                for p in self._head_parties(s) if p.mention.code not in own]  # fmt: skip

    def _conditional_speaker(self, subject: Any) -> list[_Party]:
        """"Iran said that if Israel struck its sites, it would retaliate": "it" in the answer to
        another party's condition is the speaker, who sets the condition (not the party that would
        meet it, named last); [] where the condition's subject is the speaker's own side."""
        verb = subject.head
        conditions = _conditions(verb)
        if not conditions:
            return []
        condition = conditions[0]
        speech = next((a for a in _ancestors(subject, 4) if a.lemma_.lower() in self.lex.statement_verbs
                       and a.i < subject.i), None)  # fmt: skip
        speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
        if speaker is None or speaker.pos_ == "PRON":
            return []
        found = self._head_parties(speaker)
        other = [p for c in condition.children if c.dep_ in ("nsubj", "nsubjpass") for p in self._head_parties(c)]
        return found if found and other and not _codes(found) & _codes(other) else []

    def _noun_actors(self, n: Any, sense: Sense) -> list[_Party]:
        found: list[_Party] = self._dyadic_parties(n) if "amod" in sense.actor else []
        agented = bool(self._noun_agents(n))
        for c in n.children:
            modifier = c.dep_ in ("amod", "compound", "nmod") and bool({"amod", "compound"} & set(sense.actor))
            if c.dep_ == "poss" and agented:
                continue  # "Kuwait's invasion by Iraq": with a by-agent the possessor is the one acted on
            if (c.dep_ == "poss" and "poss" in sense.actor) or modifier:
                found += self._parties_in(c)
            elif c.dep_ == "prep" and c.text.lower() in ("by", "between", "among"):
                found += [p for g in c.children if g.dep_ == "pobj" for p in self._parties_in(g)]
            elif c.dep_ == "prep" and c.lower_ == "from" and "prep:from" not in sense.recipient:
                # "drew protests from China", "a warning from Pyongyang", "visits from Russian officials"
                found += [p for g in c.children if g.dep_ == "pobj" for p in self._parties_in(g)]
            elif c.dep_ == "prep" and c.lower_ == "of":
                found += self._of_object_doers(c, sense)
        return found

    def _noun_agents(self, n: Any) -> list[_Party]:
        """The parties of an event noun's "by" phrase ("its annexation by Russia")."""
        return [p for c in n.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                if g.dep_ == "pobj" for p in self._parties_in(g)]  # fmt: skip

    def _possessed_patient(self, n: Any, actors: list[_Party]) -> list[_Party]:
        """"Kuwait's invasion by Iraq", "before its annexation by Russia": an event noun with a by-agent
        names the one acted on as its possessor; a possessive pronoun stands for the place or state
        named last before it in the sentence, other than the agent (events-17)."""
        if not self._noun_agents(n):
            return []
        own = _codes(actors)
        found: list[_Party] = []
        for c in n.children:
            if c.dep_ != "poss":
                continue
            if c.lower_ in ("its", "their"):
                before = [(i, m) for i, m in sorted(self.party_at.items()) if i < c.i and m.code and m.code not in own
                          and m.kind in ("place", "state")]  # fmt: skip
                found += [_Party(before[-1][1], before[-1][0])] if before else []
            else:
                found += [p for p in self._parties_in(c, places=True) if p.mention.code not in own]
        return found

    def _of_object_doers(self, of: Any, sense: Sense) -> list[_Party]:
        """The doers a noun's of-phrase names (events-14): "the arrest of a Japanese businessman by
        China", where the parser hangs the agent's "by" on the of-object, the nearest noun; and "the
        deployment of US missiles", "the withdrawal of Russian troops", where the forces moved or
        shown are the doer's own (for other acts the of-object is the one acted on). A meeting's
        of-object is who meets: "an emergency meeting of the Security Council", "a summit of the
        African Union" (events-19)."""
        found: list[_Party] = []
        own_forces = sense.cameo[:2] == "15" or sense.cameo[:3] == "087"
        for g in of.children:
            if g.dep_ != "pobj":
                continue
            if sense.cameo[:2] == "04" and sense.cameo != "043":
                found += self._parties_in(g)
                continue
            found += [p for b in g.children if b.dep_ == "prep" and b.lower_ == "by" for a in b.children
                      if a.dep_ == "pobj" for p in self._parties_in(a)]  # fmt: skip
            if own_forces and not found and _group_lemma(_counted_head(g)) in _TROOP_NOUNS | _WEAPON_NOUNS:
                found += self._parties_in(g)
        return found

    def _dyadic_parties(self, n: Any) -> list[_Party]:
        """"the inter-Korean summit", "Sino-Russian talks": a compound adjective that names the
        parties of a meeting between them, which the recogniser leaves alone (no actor on its own;
        the other half of "Sino-Russian" is the demonym the recogniser does find)."""
        found: list[_Party] = []
        doc = self.doc
        for tok in doc[n.left_edge.i : n.i]:
            if tok.dep_ not in ("amod", "compound"):
                continue
            word = tok.lower_
            if word in ("inter", "sino") and tok.i + 2 < n.i and doc[tok.i + 1].text in ("-", "‐"):
                word = f"{word}-{doc[tok.i + 2].lower_}"  # (the tokeniser splits the hyphen)
            codes: tuple[str, ...] = _DYADIC_WORDS.get(word, ())
            if not codes and word.startswith("sino-"):
                other = self.party_at.get(tok.i)  # "Sino-Russian" as one token: its demonym's state too
                codes = ("CHN", other.code) if other is not None and other.code else ("CHN",)
            found += [_Party(Mention("", 0, 0, tok.text, code, None, None, kind="state"), tok.i) for code in codes]
        return found

    def _own_service(self, obj: Any, actors: list[_Party]) -> bool:
        """Whether the one ordered is the orderer's own service: named as the orderer's ("the State
        Department" of Washington's president), or a service noun naming no one else ("the defence
        ministry", "the navy"; events-19)."""
        named = self._head_parties(obj)
        if named:
            return {p.mention.code for p in named} <= _codes(actors)
        if _codes(actors) <= _igo_codes() and not any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                                       for c in obj.children):  # fmt: skip
            # ("the Security Council ordered the government to withdraw": an organisation has no
            # government or army of its own unless the text says so, "its force"; events-19 review)
            return False
        return _group_lemma(obj) in _OWN_SERVICES and not any(w.i in self.party_at for w in obj.subtree)

    def _orderer_of_own_service(self, t: Any) -> list[_Party]:
        """Who orders their own service to do an act ("Putin ordered the defence ministry to withdraw
        troops", "ordered the navy to prepare to hold drills"): the orderer, whose act it is (events-19)."""
        w = _preparing_top(t)
        if w.dep_ != "xcomp" or w.head.lemma_.lower() not in _ORDERING:
            return []
        obj = next((c for c in w.head.children if c.dep_ == "dobj"), None)
        orderer = self._subject_parties(w.head)
        return orderer if obj is not None and orderer and self._own_service(obj, orderer) else []

    def _body_of_members(self, verb: Any) -> list[_Party]:
        """The organisation a verb's subject names as its members: "Britain, France and five other
        members of the UN Security Council asked for a meeting" (the Council's, events-19)."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        members = [w for c in subjects for w in (c, *c.conjuncts) if w.lemma_.lower() == "member"]
        return [p for m in members for c in m.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" for p in self._parties_in(g) if p.mention.kind == "igo"]

    def _actors_around_noun(self, n: Any, sense: Sense) -> list[_Party]:
        """"welcomed Moon on his state visit": "his" is the last person named before; "Kim remains
        in Vietnam for an official visit": the visit is the subject's (visits, talks, drills, rallies,
        alerts: things one goes to, joins or is on; "acted on a bomb threat" makes no one the threatener)."""
        poss = next((c for c in n.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ in ("his", "her", "its", "their"):
            found = self._pronoun(poss)
            if found:
                return found
            # (no one named before: "During his visit to Beijing, Blinken met Xi" names him after)
        if n.dep_ == "dobj" and n.head.lemma_.lower() in _PRESENT_AT and sense.cameo[:2] in ("04", "05"):
            # "the two leaders witnessed the signing of the documents": those present at a signing
            # or meeting are its parties
            return self._subject_parties(n.head)
        if n.dep_ == "pobj" and n.head.lower_ in ("for", "on", "during") and n.head.head.pos_ in ("VERB", "AUX") and \
                sense.cameo[:2] in ("04", "06", "14", "15"):  # fmt: skip
            return self._subject_parties(n.head.head)
        if n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.head.lemma_.lower() in _TAKING_PART and \
                sense.cameo[:2] in ("04", "06", "14", "15"):  # fmt: skip
            return self._subject_parties(n.head.head)  # "took part in the drills", "joined in the protests"
        if n.dep_ == "dobj" and n.head.lemma_.lower() in _CONVENING and sense.cameo[:2] == "04" and \
                _calendar_clause(n):  # fmt: skip
            # "Kyiv proposed talks with Moscow, which officials said would be held in Istanbul": who
            # calls or proposes a meeting put on the calendar takes part in it (events-19); not who
            # judges it ("Biden condemned the talks with Iran, which would open on Monday", review)
            return self._subject_parties(n.head)
        drawn = n.head if n.dep_ == "dobj" and n.head.lemma_.lower() in _DRAWING else None
        if drawn is not None and sense.cameo[:2] in _SPEECH_ROOTS | {"14"}:
            # "the decision drew protests from China", "faced criticism from Seoul": who it came from
            source = [p for c in drawn.children if c.dep_ == "prep" and c.lower_ == "from"
                      for g in c.children if g.dep_ == "pobj" for p in self._parties_in(g)]  # fmt: skip
            if source:
                return source
        if n.dep_ == "pobj" and n.head.lower_ == "with" and n.head.head.lemma_.lower() in _RESPONDING:
            # "South Korea responded with a missile drill", "allies answer with drills": the reply is
            # the event, done by who responds
            return self._subject_parties(n.head.head)
        speech = n.head.head.pos_ == "VERB" and n.head.head.lemma_.lower() in self.lex.statement_verbs
        if n.dep_ == "pobj" and n.head.lower_ == "in" and speech and sense.cameo[:2] in _SPEECH_ROOTS:
            # "In a warning to Seoul, Pyongyang said …": the speaker's words are the warning
            return self._subject_parties(n.head.head)
        if sense.cameo[:2] == "04" and n.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in n.children):  # fmt: skip
            # "Talks with Tokyo are expected next month, Seoul said": the speaker meets the one named
            speech = next((a for a in _ancestors(n, 3) if a.lemma_.lower() in self.lex.statement_verbs), None)
            speech = speech or next((c for c in n.head.children if c.dep_ in ("parataxis", "ccomp")
                                     and c.lemma_.lower() in self.lex.statement_verbs), None)  # fmt: skip
            if speech is not None:
                return self._subject_parties(speech)
        if n.dep_ == "pobj" and n.head.lower_ in ("after", "following") and n.head.head.pos_ in ("VERB", "AUX") and \
                sense.cameo[:2] == "04" and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("the", "their")
                                                    for c in n.children):  # fmt: skip
            # "After talks that lasted most of the day, the two leaders signed a declaration": those
            # who act after a meeting held it (not after "a" meeting, someone else's)
            return self._subject_parties(n.head.head)
        return []

    def _speech_of(self, t: Any) -> Any:
        """The verb of speech whose reported clause ``t`` heads ("said they would not join": "said"),
        else None."""
        return t.head if t.dep_ == "ccomp" and t.head.lemma_.lower() in self.lex.statement_verbs else None

    def _told(self, t: Any) -> list[_Party]:
        """Whom a verb of speech tells: its indirect object or "to" phrase, else its object ("told
        Wang Yi that …"), not a newspaper one told it to."""
        return self._parties_at(t, ("dative", "prep:to")) or [
            p for p in self._parties_at(t, ("dobj",)) if p.mention.sector != "MED"]  # fmt: skip

    def _parties_at(self, t: Any, places: Iterable[str]) -> list[_Party]:
        out: list[_Party] = []
        for place in places:
            if place == "none":
                return []
            if place == "dobj":
                for c in t.children:
                    if c.dep_ not in ("dobj", "attr"):
                        continue
                    # "supported Putin's initiative between Russia and the two Koreas": the owner of
                    # the object is the one acted upon, not the parties its words mention
                    owner = [p for g in c.children if g.dep_ == "poss" and c.i not in self.party_at
                             for p in self._parties_in(g, business=True)]  # fmt: skip
                    if not owner and c.lemma_.lower() in self.lex.nouns:
                        # "deplored its invasion": the one "its" stands for did what the object names
                        owner = [p for g in c.children if g.dep_ == "poss" and g.lower_ in ("its", "their")
                                 for p in self._pronoun(g)]  # fmt: skip
                    if not owner and c.lemma_.lower() in self.lex.nouns:
                        # "condemned the visit by Pelosi to Taiwan": the doer, not where it went
                        owner = [p for g in c.children if g.dep_ == "prep" and g.lower_ == "by"
                                 for o in g.children if o.dep_ == "pobj" for p in self._parties_in(o)]  # fmt: skip
                    out += owner or self._parties_in(c, business=True)
                out = _without_next_subject(t, out)
                unwelcome = _declared_unwelcome(t)
                if unwelcome is not None:
                    out += self._parties_in(unwelcome) or self._pronoun(unwelcome)  # ("declared him persona non grata")
                if any(c.dep_ == "agent" for c in t.children) or t.tag_ == "VBN" or (
                        any(c.dep_ == "nsubjpass" for c in t.children) and self._misplaced_agent(t)):  # fmt: skip
                    # passive: "Seoul was warned by …", "two Russians were released in Libya", "was
                    # accused of … by …" (events-13)
                    out += [p for c in t.children if c.dep_ == "nsubjpass" for p in self._parties_in(c, business=True)]
            elif place == "dative":
                out += [p for c in t.children if c.dep_ in ("dative", "iobj")
                        for p in self._parties_in(c, business=True)]  # fmt: skip
            elif place.startswith("prep:"):
                prep = place[5:]
                # "imposed sanctions on Iran": the parser often hangs the preposition on the object,
                # or on a clause it misread for the object ("imposed travel bans and asset freezes on")
                holders = [t, *(c for c in t.children if c.dep_ in ("dobj", "nsubjpass"))]
                # events-18: "sanctions imposed by the United States on Venezuela": or on the agent
                holders += _agent_objects(t)
                # events-18: "handed the pilot back to India": the parser hangs "to" on the adverb
                holders += [c for c in t.children if c.dep_ == "advmod" and c.lower_ in ("back", "over")]
                if prep == "with":
                    # events-17b: "ready to keep the corridor running with Turkey": the partner of a
                    # participle on the object, which says what the act keeps it doing (only "with":
                    # "backed the resolution calling on Russia to withdraw" backs no act on Russia)
                    holders += [a for h in holders[1:] for a in h.children if a.dep_ == "acl" and a.tag_ == "VBG"]
                if t.pos_ == "VERB" and len(holders) == 1:
                    misread = _misparsed_object(t)
                    holders += [misread.head] if misread is not None else []
                for h in holders:
                    for c in h.children:
                        if c.dep_ in ("prep", "dative") and c.text.lower() == prep:
                            out += [p for g in c.children if g.dep_ == "pobj"
                                    for p in self._parties_in(g, business=True)]  # fmt: skip
                if prep == "of" and not out:
                    # "pulled out of ECOWAS": the parser hangs "of" under "out" (events-17)
                    out += [p for g in _governed_by_prep(t, "out") for p in self._parties_in(g, business=True)]
            if out:
                break
        return out


def _target_after_agent(agent: Any) -> set[int]:
    """The words of a target the parser hangs on a passive's agent ("imposed by the United States
    on Venezuela", "declared by Moscow against Kyiv"): who is acted upon, not a second doer (events-18)."""
    return {w.i for c in agent.children if c.dep_ == "prep" and c.lower_ in _AGENT_TARGET_PREPS for w in c.subtree}


def _of_a_party(tok: Any, party_at: dict[int, Any]) -> bool:
    """Whether a noun's "of" phrase names a party ("the leaders of the G7", "both sides of the
    Korean border" not: no party there but a place's) (events-17b)."""
    return any(w.i in party_at and party_at[w.i].code for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj" for w in g.subtree)  # fmt: skip


def _without_next_subject(t: Any, found: list[_Party]) -> list[_Party]:
    """"Kyiv hailed the decision and Moscow condemned it": the small model joins the next clause's
    subject to the object as a conjunct (``_stranded_subject``); that subject is the next verb's
    doer, not one acted upon by ``t`` (events-18)."""
    stranded = [_stranded_subject(v) for v in t.children if v.dep_ in ("conj", "ccomp") and v.i > t.i]
    if t.dep_ == "advcl":
        # ("when China sent warships near Taiwan and Tokyo protested": the second verb of the clause
        # of time hangs on the main verb, beside the first; events-19)
        stranded += [_stranded_subject(v) for v in t.head.children if v.dep_ == "advcl" and v.i > t.i]
        if t.head.dep_ in ("advcl", "ccomp") and t.head.i > t.i:
            stranded.append(_stranded_subject(t.head))  # (before the main clause: hung on the second verb)
    taken = {w.i for s in stranded if s is not None for w in s.subtree}
    return [p for p in found if p.token_i not in taken] if taken else found
