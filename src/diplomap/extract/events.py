"""The event coder: who did what to whom, when, and whether it happened, from the dependency parse.

Per document, after actor recognition:

1. **Gate.** Only sentences that hold a recognised actor *and* a word that can express an event
   (a form of a lexicon verb or noun) are parsed; the rest cost a tokeniser pass.
2. **Triggers.** A verb whose lemma (with its particle, preposition or object noun) is in the
   lexicon, or a nominalisation ("Lavrov's visit to Seoul", "held talks with"), or a refusal
   ("refused to meet": a REJECT that occurred), or a plain statement ("said": CAMEO 01, marked
   neutral, only when the sentence says nothing more specific).
3. **Parties.** Actors from the subject (the agent of a passive; the controller of "plans to
   visit"; the subject of the first verb of "met Putin and signed"), recipients from where the
   lexicon entry says (object, "with", "to", "on"…). Only recognised actors count: no event
   without a recognised actor and a coded action, and no fallback code.
4. **Status.** negated ("did not meet", "denied sending"), hypothetical ("the possibility of a
   visit", "could", "if …", except conditional threats, which occurred), planned ("will visit",
   "plans to", "agreed to hold": the agreement occurred, the summit is planned), else occurred.
   ``historical`` when the sentence dates the event more than three months before the document.
5. **Date** from the sentence (the stated date nearest the trigger, relative dates such as "on
   Tuesday" or "last month" resolved against the publication date), else the document's date
   (published, else its estimate, with that provenance), else unknown. Never the run's date.
6. **Attribution.** Reported speech keeps its speaker: "Putin said …", "according to Xinhua",
   quoted passages.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date as Date
from datetime import timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from ..model import ActorRef, EventReport, Mention, PartialDate
from ..yamldata import load_yaml
from .dates import find_dates
from .event_lexicon import COMPLEMENT_DEFAULTS, EventLexicon, Sense, load_lexicon, noun_forms
from .recognise import split_sentences

CODER_VERSION = "events-14"  # bump with every change of what the coder outputs

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_PRONOUNS_PERSON = {"he", "she", "him", "her", "his"}
_PRONOUNS_GROUP = {"it", "they", "them", "we", "its", "their"}
_FUTURE_AUX = {"will", "shall", "'ll"}
_HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should"}
_PLANNED_MODIFIERS = {"planned", "upcoming", "scheduled", "forthcoming", "expected", "future", "next"}
_HYPOTHETICAL_MODIFIERS = {"possible", "potential", "proposed", "hypothetical", "prospective"}
#: prepositions that give a phrase's topic or reason, whose parties are not the phrase's own
_TOPIC_PREPS = {"over", "about", "regarding", "concerning"}
_SKIP_SUBTREE = {"relcl", "acl", "advcl", "ccomp", "parataxis", "appos"}
# Particles that turn a verb into another one ("give up", "call off", "back down"), unless the
# verb only gains strength from them ("step up pressure").
# Passive verbs whose subject is the doer of their complement: "is expected to meet", "is set to sign".
_RAISING = {"expect", "schedule", "set", "due", "slate", "suppose", "believe", "report", "say", "plan", "invite",
            "ask", "urge", "force", "allow", "permit", "authorize", "authorise", "order"}
_SENSE_CHANGING_PARTICLES = {"up", "off", "down", "back", "away", "over", "in"}
_INTENSIFIED_VERBS = {"step", "ramp", "beef", "build", "shore", "scale", "crack", "set", "drum", "wind", "round"}
#: words of a hostile verdict ("called the launch a reckless provocation"), among them the names of
#: atrocities ("called the raid a massacre": "called X Y" judges X's doer) and insults ("called the
#: ambassador a very stupid guy")
_HOSTILE_WORDS = frozenset({
    "provocation", "provocative", "reckless", "barbaric", "irresponsible", "outrageous", "selfish", "illegal",
    "unacceptable", "violation", "threat", "dangerous", "aggression", "aggressive", "act", "criminal", "crime",
    "terrorist", "brutal", "hostile", "absurd", "lie", "farce", "sham", "mistake", "blunder", "insult", "betrayal",
    "destabilizing", "destabilising", "grave", "unreasonable", "unjust", "unfair", "discriminatory", "retaliation",
    "coercion", "bullying", "interference", "blackmail", "wrong", "groundless", "baseless", "unfounded",
    "massacre", "atrocity", "genocide", "slaughter", "murder", "invasion", "occupation",
    "stupid", "idiot", "fool", "foolish", "liar", "clown", "incompetent", "disgrace", "disgraceful", "shameful",
    "shameless", "hypocrite", "hypocritical", "dishonest", "traitor", "thug", "tyrant", "dictator", "murderer",
    "butcher", "pathetic", "ridiculous", "nonsense", "coward", "cowardly", "racist", "fascist", "evil", "rogue",
    "pariah", "puppet", "gangster", "despicable"})
#: verbs of regarding whose "as" phrase is a verdict ("regarded the measures as unreasonable retaliation")
_REGARD = frozenset({"regard", "view", "see", "consider", "characterize", "characterise", "describe", "condemn",
                     "denounce", "criticize", "criticise"})
#: words of a warm verdict ("called it a welcome first step", "called Japan a valued partner")
_WARM_WORDS = frozenset({"friend", "partner", "ally", "success", "historic", "milestone", "breakthrough",
                         "constructive", "positive", "productive", "fruitful", "excellent", "great", "important",
                         "valuable", "welcome", "encouraging", "hopeful", "landmark"})
# "SEOUL, Nov 24 — ", "UNITED NATIONS (Reuters) — ": the place line of wire copy
_DATELINE = re.compile(
    r"[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([^)]{1,30}\))?\s*[—–-]{1,2}\s+"
)
# a sentence that opens with a pronoun or a definite plural ("The two sides will …", "The leaders
# also …") speaks of actors named before
_CONTINUING_START = re.compile(r"\s*(?:He|She|They|Both sides|Neither (?:side|country)|"
                               r"The (?:two )?(?:sides|leaders|ministers|delegations|"
                               r"negotiators|envoys)|The (?:agency|bloc|alliance|council|organi[sz]ation|ministry)|"
                               # "The last direct negotiations broke down …": a joint event named before (events-14)
                               r"The (?:[a-z]+ ){0,2}(?:talks|negotiations|fighting|clashes)|The (?:two|three|four)|"
                               # "Military commanders from both sides …": people of the two parties
                               r"[A-Z][\w-]*(?:\s+[\w-]+){0,2}\s+from (?:both|the two) sides)\b")
_ELLIPSIS = re.compile(r"\b(?:followed suit|follows suit|follow suit|did the same|does the same|did likewise)\b")
_STRAIGHT_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
# Judgements of someone's act (praise, disapproval, rejection): their object's doer is the recipient.
_VERDICT_ROOTS = {"05", "11", "12"}
_FIGURATIVE = {"diplomatic", "charm", "peace", "media", "propaganda", "political", "trade", "verbal", "rhetorical",
               "price", "tariff", "currency", "culture", "cultural", "legal", "information", "smile"}
# Sectors that are no political actor: a company's lawsuit or a university's study is no event.
_NOT_POLITICAL = {"BUS", "EDU"}
#: nouns for people acting as a group or in a role: a state or demonym that qualifies one names the
#: actor ("Egyptian demonstrators rioted", "Iran's religious leader rejected"), where it only owns a
#: thing that does not act ("Japan's Sony said", "the Chinese team protested")
_GROUP_NOUNS = frozenset({
    "people", "citizen", "national", "civilian", "resident", "villager", "farmer", "peasant", "worker", "student",
    "youth", "teenager", "protester", "protestor", "demonstrator", "activist", "rioter", "striker", "marcher",
    "crowd", "mob", "dissident", "opponent", "supporter", "refugee", "migrant", "settler", "landowner", "miner",
    "teacher", "doctor", "lawyer", "monk", "cleric", "leader", "official", "ruler", "chief", "commander", "general",
    "officer", "soldier", "troop", "force", "army", "police", "policeman", "guard", "rebel", "insurgent", "guerrilla",
    "guerilla", "militant", "separatist", "gunman", "militia", "militiaman", "fighter", "jihadist", "extremist",
    "nationalist", "radical", "hardliner", "faction", "opposition", "government", "authority", "regime",
    "administration", "ministry", "court", "tribunal", "judge", "prosecutor", "diplomat", "delegation",
    "negotiator", "lawmaker", "legislator", "parliament", "minister", "president", "spokesman", "spokeswoman",
    "envoy", "ambassador", "kurd", "kurds", "politician", "mep", "regulator", "hacker", "unit", "peacekeeper",
    "prisoner", "detainee", "christian", "muslim", "party", "member", "community",
    "employee", "investigator", "contingent", "woman", "man", "republican", "democrat", "businessman",
    "cabinet", "legislature"})  # (events-14: "Israel's security cabinet approved the agreement")
#: nouns for organised groups that act only when a word says what kind ("rebel group", "armed
#: faction"): "the German group Siemens" is a company
_GROUP_WORDS = frozenset({"group", "faction", "organization", "organisation", "movement", "coalition", "outfit"})
_GROUP_KINDS = frozenset({"rebel", "armed", "militant", "opposition", "protest", "student", "rights", "political",
                          "terrorist", "jihadist", "islamist", "separatist", "guerrilla", "insurgent", "activist",
                          "militia", "extremist", "paramilitary", "civic", "human"})
#: the sector of a group named by its noun and its place ("workers in Brazil", "rebels in Chad")
_GROUP_SECTORS = {"rebel": "REB", "insurgent": "INS", "guerrilla": "REB", "guerilla": "REB", "militant": "REB",
                  "separatist": "SEP", "gunman": "REB", "militia": "REB", "militiaman": "REB", "fighter": "REB",
                  "jihadist": "REB", "extremist": "REB", "police": "COP", "policeman": "COP", "soldier": "MIL",
                  "troop": "MIL", "force": "MIL", "army": "MIL", "peacekeeper": "MIL", "unit": "MIL",
                  "government": "GOV", "authority": "GOV", "official": "GOV", "regime": "GOV",
                  "administration": "GOV", "ministry": "GOV", "leader": "GOV", "court": "JUD", "judge": "JUD",
                  "prosecutor": "JUD", "tribunal": "JUD", "opposition": "OPP", "party": "PTY", "lawmaker": "LEG",
                  "legislator": "LEG", "republican": "LEG", "democrat": "LEG", "worker": "LAB", "employee": "LAB",
                  "union": "LAB", "refugee": "REF", "migrant": "REF"}
#: prepositions that place a group: "workers in Brazil", "troops from the United States"
_GROUP_PLACES = frozenset({"in", "from", "throughout", "across", "of", "at"})
#: words that count what the object is: "released dozens of activists" releases activists
_QUANTITY_WORDS = frozenset({"dozen", "hundred", "thousand", "million", "score", "number", "group", "batch", "ton",
                             "tonne", "amount", "package", "consignment", "lot", "team", "squad", "worth",
                             "deployment", "contingent", "detachment", "percent", "portion", "half", "rest",
                             "some", "all", "most", "many", "several", "one", "two", "three", "four", "five",
                             # events-13: "elements of its force", "doses of vaccine" ("dos": the small model's
                             # lemma), "barrels of oil"
                             "element", "dose", "dos", "barrel"})
#: an object marker in the lexicon: a person named by the object ("released Mesale Tolu")
_PERSON_OBJECT = "@person"
#: an object marker in the lexicon: any direct object ("returned the monkeys to Congo", not "returned to Congo")
_ANY_OBJECT = "@object"
_PERSON_NOUNS = frozenset({"leader", "follower", "victim", "physician", "doctor", "nurse", "pilot", "volunteer",
                           "peacekeeper", "homeguard", "member", "official", "officer", "politician", "priest",
                           "missionary", "businessman", "man", "woman", "child", "people", "person", "suspect",
                           "opponent", "critic", "blogger", "reporter", "lawyer", "christian", "policeman",
                           "guard", "militant", "rebel", "fighter", "migrant", "refugee", "teacher", "monk",
                           "national", "citizen", "terrorist", "criminal", "convict", "inmate"})  # (events-13)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RELATIVE = re.compile(
    r"\b(?:(?P<on>on|last|this|On|Last|This) (?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<yesterday>yesterday|Yesterday)|(?P<today>today|Today|earlier today)"
    r"|(?P<rel>last|next|this|earlier this|later this) (?P<unit>week|month|year))\b"
)


@dataclass(slots=True)
class _Party:
    mention: Mention
    token_i: int

    def ref(self) -> list[ActorRef]:
        m = self.mention
        if m.kind == "group" and m.members:
            return [ActorRef(code, None, None, m.text) for code in m.members]
        assert m.code is not None
        return [ActorRef(m.code, m.sector, m.person, m.text)]

    @classmethod
    def of(cls, ref: ActorRef) -> _Party:
        """A party taken from another report's actors or recipients (no token of this sentence)."""
        return cls(Mention("", 0, 0, ref.text, ref.code, ref.sector, ref.person, kind="state"), -1)


def _codes(parties: Iterable[_Party]) -> set[str]:
    """The actor codes parties stand for (a group's members)."""
    return {r.code for p in parties for r in p.ref()}


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


class EventCoder:
    """Code events in documents. Build once per worker (the parser loads here)."""

    def __init__(self, nlp: Any = None) -> None:
        self.lex: EventLexicon = load_lexicon()
        self.asking = _asking_words(self.lex)
        self._nlp = nlp
        self._attributes: Any = None
        self.version = f"{CODER_VERSION}+{self.lex.version}"
        #: the last document's parses by clause span, for the stance reader (one parse per clause)
        self.parsed: dict[tuple[int, int], Any] = {}
        #: the current document's invitations by report id → the visit each offers, planned once accepted
        self.offered: dict[str, EventReport] = {}

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from .nlp import FastAttributes, load_nlp

            # The actors are already known: no entity model. The attribute ruler's Matcher and the
            # lemmatizer are replaced by FastAttributes (the same POS, morphology and lemmas,
            # worked out once per distinct token), which runs after the parse, in _finish.
            self._nlp = load_nlp(("ner", "attribute_ruler", "lemmatizer"))
            self._attributes = FastAttributes(self._nlp.get_pipe("attribute_ruler"), self._nlp.get_pipe("lemmatizer"))
        return self._nlp

    def parse(self, texts: Sequence[str]) -> list[Any]:
        """Parse clause texts with the coder's pipeline (curly quotes read as straight ones)."""
        return [self._finish(d) for d in self.nlp.pipe(t.translate(_STRAIGHT_QUOTES) for t in texts)]

    def finish(self, doc: Any) -> Any:
        """Complete a doc from ``self.nlp`` (attributes and lemmas run after the parse)."""
        return self._finish(doc)

    def _finish(self, doc: Any) -> Any:
        if self._attributes is None:
            return doc  # a caller's own pipeline: used as it is
        return self._attributes(doc)

    # -- public -----------------------------------------------------------------------------------

    def gate(self, text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention]) -> list[
            tuple[int, int]]:  # fmt: skip
        """The sentences worth parsing: an actor and a word that can express an event."""
        spans = sorted((m.start, m.end) for m in mentions if _usable(m))
        # a place counts where a group noun may be placed in it ("workers in Brazil went on strike")
        places = sorted((m.start, m.end) for m in mentions if m.kind == "place" and m.code)
        chosen = []
        k = 0
        for s, e in sentences:
            while k < len(spans) and spans[k][1] <= s:
                k += 1
            placed = bool(places) and _group_placed(text, s, e, places)
            if (k >= len(spans) or spans[k][0] >= e) and not (k > 0 and _CONTINUING_START.match(text, s)) and \
                    not placed:  # fmt: skip
                continue  # (a sentence that opens with "He" or "They" speaks of an actor named before)
            words = {w.lower() for w in _WORD.findall(text[s:e])}
            if words & self.lex.trigger_forms or _ELLIPSIS.search(text, s, e):
                chosen.append((s, e))  # (an elliptical "followed suit" stands for an event too)
        return chosen

    def code(self, text: str, mentions: Sequence[Mention], document_id: str = "",
             published: PartialDate | None = None, estimate: PartialDate | None = None, *,
             gate: bool = True) -> list[EventReport]:  # fmt: skip
        """The event reports of one document. ``mentions`` are its actor mentions."""
        sentences = clauses(text, split_sentences(text))
        chosen = self.gate(text, sentences, mentions) if gate else sentences
        usable = sorted((m for m in mentions if _usable(m) or (m.kind == "place" and m.code)), key=lambda m: m.start)
        reports: list[EventReport] = []
        quotes = _quote_spans(text)
        # Curly quotes to straight ones (same length, so offsets hold): the small parser reads
        # "Jae-in’s visit" as a verb; "Jae-in's visit" it gets right.
        docs = (self._finish(d) for d in self.nlp.pipe(text[s:e].translate(_STRAIGHT_QUOTES) for s, e in chosen))
        self.parsed = {}
        self.offered = {}
        for (s, e), doc in zip(chosen, docs, strict=True):
            self.parsed[(s, e)] = doc
            inside = [m for m in usable if s <= m.start and m.end <= e]
            if not inside and not _CONTINUING_START.match(text, s):
                continue
            earlier = [m for m in usable if m.end <= s]
            reports.extend(_Sentence(self, text, s, e, doc, inside, earlier, document_id, published, estimate,
                                     reports).code())  # fmt: skip
        reports = _fighting_parties(reports)
        return [self._quoted_voice(r, text, quotes, usable) for r in _context_recipients(reports, text)]

    @staticmethod
    def _quoted_voice(r: EventReport, text: str, quotes: list[tuple[int, int]],
                      mentions: list[Mention]) -> EventReport:  # fmt: skip
        """An event inside a long quotation ("… Xinhua reported: “Xi welcomed Moon …”") is the quoted
        voice's, not the author's: the speaker is named just before the quotation opens."""
        if r.attribution not in (None, "(quoted)"):
            return r
        span = next(((a, b) for a, b in quotes if a <= r.trigger_start < b), None)
        if span is None:
            return r
        before = [m for m in mentions if span[0] - 300 <= m.start < span[0] and m.kind in (
            "media", "person", "institution", "title", "igo", "state", "capital-metonym")]  # fmt: skip
        if not before:
            return r
        speaker = before[-1]
        return replace(r, attribution=text[speaker.start : speaker.end])


#: complements whose intent also plans them (besides consultations, root 04): a signing, a joint exercise
_CONCRETE_PLANS = frozenset({"057", "062"})

#: verbs that take a complement without changing its modality ("would keep talking")
_ASPECT_VERBS = frozenset({"keep", "continue", "start", "begin", "resume", "go"})

#: verbs whose object does what their to-infinitive says ("prompted the government to warn")
_OBJECT_CONTROL = frozenset({"prompt", "force", "compel", "lead", "cause", "push", "press", "persuade", "convince",
                             "tell", "order", "allow", "permit", "enable", "help", "encourage", "invite", "ask",
                             "urge", "require", "get", "oblige", "pressure", "call"})

#: verbs of the stock phrases of veiled threats ("would bear the consequences", "would take the
#: necessary measures") and the words that make "take measures" one
_VEILED = frozenset({"bear", "face", "suffer", "pay", "take"})
_FIRM_WORDS = frozenset({"necessary", "needed", "required", "resolute", "resolutely", "firm", "firmly", "strong",
                         "tough", "decisive", "retaliatory", "corresponding", "countermeasures"})

#: adjectives whose to- or for-phrase names an event the party intends ("open to talks", "ready for dialogue")
_OPEN_TO = frozenset({"open", "ready", "willing", "prepared", "committed", "eager", "amenable", "receptive"})

#: verbs whose that-clause with another party as its subject is an appeal to that party
_PROPOSING = frozenset({"propose", "suggest", "hope", "hop"})

#: verbs that say a meeting failed ("the talks collapsed"); and what it may end without
_FAILURE_VERBS = frozenset({"collapse", "fail", "founder", "falter", "stall", "flounder"})
_OUTCOMES = frozenset({"agreement", "deal", "accord", "result", "breakthrough", "declaration", "statement",
                       "communique", "progress"})

#: nouns of asking whose "at the … of X" names X as the asker ("at the request of the United States")
_BEHESTS = frozenset({"request", "invitation", "appeal", "plea", "urging", "behest", "demand"})

#: compound adjectives that name both parties of a meeting ("inter-Korean talks")
_DYADIC_WORDS: dict[str, tuple[str, ...]] = {"inter-korean": ("KOR", "PRK")}

#: verbs of being present at an occasion, whose subject takes part in it ("witnessed the signing")
_PRESENT_AT = frozenset({"witness", "attend"})

#: plural nouns that, made definite ("the leaders", "the two sides"), stand for parties named before
_DEFINITE_PLURALS = frozenset({"side", "leader", "minister", "delegation", "negotiator", "envoy", "official"})

#: "the two", "the three" standing alone for the parties of the last joint act (events-14)
_GROUP_SIZES = {"two": 2, "three": 3, "four": 4}

_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})

#: nouns that name an option without naming the act ("weighed its options"); the act is elsewhere
_OPTION_WORDS = frozenset({"option", "possibility", "idea", "proposal", "plan", "step", "measure", "move",
                           "response", "request", "offer", "bid", "prospect"})

#: "would not hesitate to impose sanctions": a complement that hands its modality to its own complement
_UNHESITATING = frozenset({"hesitate", "shy", "flinch"})

#: words of threatening, whose conditions are part of the threat: the verbs, and the nouns that make
#: one ("an ultimatum warning of military action if Syria does not withdraw", events-14)
_THREATENING = frozenset({"warn", "threaten", "vow", "warning", "threat", "ultimatum"})

#: modals of possibility: what they govern is hypothetical even in reported speech (unlike "would")
_POSSIBILITY_AUX = frozenset({"could", "might", "may", "can"})

#: verbs of taking part in a meeting, whose refusal is a boycott ("would not attend the summit")
_ATTENDING = frozenset({"attend", "join"})

#: verbs of answering, which are statements when what they say is a verdict
_REPLYING = frozenset({"reply", "respond", "retort", "counter"})

#: nouns for unnamed armed groups, placed by a territory ("militants in Gaza")
_ARMED_GROUP_NOUNS = frozenset({"militant", "rebel", "insurgent", "separatist", "gunman", "guerrilla", "militia",
                                "militiaman", "jihadist", "fighter", "pirate"})

#: nouns whose infinitive is their owner's act ("Beijing's decision to halt imports")
_DECIDING_NOUNS = frozenset({"decision", "move", "attempt", "bid", "effort", "order"})

#: nouns of a standing line, whose "of"-gerund names no act ("its policy of not supplying arms")
_POLICY_NOUNS = frozenset({"policy", "position", "stance", "principle", "doctrine", "goal", "aim", "objective",
                           "line", "rule", "tradition", "right", "idea", "possibility", "prospect", "option"})

#: nouns for a crowd of citizens, placed by where they gather ("protesters rallied in Seoul")
_PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "activist", "marcher", "crowd"})

#: roots of speech acts, which a statement can be ("in a warning to Seoul, Pyongyang said")
_SPEECH_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})

#: the public a government may warn or advise, which is no party ("warned residents to take cover")
_PUBLIC_NOUNS = frozenset({"resident", "citizen", "people", "public", "national", "traveler", "traveller",
                           "tourist", "population", "inhabitant", "civilian", "passenger", "consumer"})

#: verbs of responding, whose "with" phrase names the response ("retaliated with sanctions")
_RESPONDING = frozenset({"respond", "answer", "retaliate", "react", "reply", "counter", "hit"})

#: documents that speak for their authors ("a statement condemning …", "a resolution demanding …")
_DOCUMENT_NOUNS = frozenset({"statement", "resolution", "declaration", "communique", "communiqué", "letter",
                             "message", "motion", "note", "memorandum", "text", "draft", "bill", "report"})

#: what keeps a document from taking effect ("vetoed a resolution demanding …")
_FAILING = frozenset({"veto", "block", "reject", "withdraw", "shelve", "scrap", "defeat"})

#: verbs of meeting with a reaction, whose "from" names who reacted ("drew protests from China")
_DRAWING = frozenset({"draw", "receive", "face", "earn", "attract", "get", "meet", "prompt", "provoke", "trigger",
                      "spark"})

#: kinds of mention that may be listed side by side as parties ("Canada, Brazil and Colombia")
_LISTABLE = frozenset({"state", "capital-metonym", "igo"})

#: verbs that deny a reported act ("denied that it had sent troops")
_DENYING = frozenset({"deny", "refute", "dispute"})

#: how many months before the document an event is background history (the gold convention: "as a
#: rule more than about three months before publication")
_HISTORICAL_MONTHS = 3

#: verbs of breaking a rule, which make what is said of someone an accusation ("said it violated …")
_BREAKING = frozenset({"violate", "breach", "flout", "contravene", "infringe", "undermine"})

#: nouns that, made definite ("the agency", "the bloc"), stand for the body of that kind named before
_DEFINITE_BODIES = frozenset({"agency", "bloc", "alliance", "council", "organisation", "organization", "ministry",
                              "union", "assembly"})

#: what a measure may be said to lack ("there was no scientific basis for it")
_GROUNDS = frozenset({"basis", "justification", "ground", "evidence", "reason", "proof", "need", "legal"})

#: commitments whose negated complement is a pledge to refrain ("promised not to resume tests")
_COMMITMENTS = frozenset({"promise", "pledge", "vow", "commit", "swear", "agree", "undertake"})

#: what a denial (016) may deny: someone's charge, whose maker is the recipient
# events-14: the governors whose to-infinitive is a promise to the counterpart whatever the act promised
# ("pledged to implement the agreement in full", "is ready to keep the corridor open"); "vow" and
# "swear" are left out ("vowed to rebuild the city" promises nobody anything), and "agree" has its own
# sense in the lexicon (030 with the party agreed with)
_PROMISING = frozenset({"promise", "pledge", "commit", "committed", "undertake", "ready", "willing"})

_CHARGES = frozenset({"accusation", "allegation", "charge", "claim", "criticism", "suggestion"})

#: roots of nouns that "hold" and "have" make events of: talks, meetings, calls, drills, protests
_HELD_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "14"})

#: roots of acts aimed at someone: a report of one of these without a recipient takes the
#: counterpart from the document's earlier reports (threats, visits, attacks are aimed at someone)
#: (intents too: a pledge or offer made after dealing with someone is made to them, "offered to resume talks")
_AIMED_ROOTS = frozenset({"02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "16", "17", "18",
                          "19", "20"})


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


#: roots of cooperative acts, whose refusal is a rejection ("will not accept", "won't release")
_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: auxiliaries of a stated refusal: "will not", "won't" ("wo"), "cannot", "can't" ("ca"), "would not"
_REFUSING_AUX = frozenset({"will", "wo", "would", "can", "ca", "shall", "'ll"})


#: what one declines to do when one declines comment ("declined to comment", "refused to elaborate")
_COMMENT_VERBS = frozenset({"comment", "elaborate", "confirm", "specify", "say", "answer", "respond", "speculate",
                            "disclose", "reveal"})

#: words that make a deployment one for peace or relief
_PEACE_WORDS = frozenset({"humanitarian", "relief", "ceasefire", "earthquake", "disaster", "flood", "rescue"})

#: nouns for soldiers: their arrival is a deployment, not a visit
_TROOP_NOUNS = frozenset({"troop", "soldier", "peacekeeper", "force", "contingent", "marine", "unit", "battalion",
                          "paratrooper", "servicemen", "serviceman", "platoon", "brigade"})

#: roots of material cooperation, whose announcement for the future is an intent (03x)
_MATERIAL_ROOTS = frozenset({"06", "07", "08"})


def _will(t: Any) -> bool:
    """Whether a verb is in the future: "will release", "would provide" (reported), "'ll send"."""
    carrier = _no_choice_but(t) or t
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "would") for c in carrier.children)


#: what one may say one has none of but to act ("would have no choice but to destroy")
_CHOICES = frozenset({"choice", "option", "alternative"})


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


#: weapons whose user, named in a clause about them, is the doer of what they do ("missiles fired by …")
_WEAPON_NOUNS = frozenset({"missile", "rocket", "shell", "drone", "bomb", "projectile", "mortar", "torpedo",
                           "airstrike", "strike", "warplane", "jet", "aircraft", "helicopter", "artillery"})
#: prepositions that belong to the verb even where the parser hangs them on its object
_VERB_PREPS = frozenset({"as", "at", "into", "toward", "towards"})
#: adjectives of culpability: "guilty of violating", "responsible for killing"
_CULPABLE = frozenset({"guilty", "responsible", "culpable"})

#: governors whose passive form states the subject's own disposition ("is committed to", "is prepared to")
_STATIVE_GOVERNORS = frozenset({"commit", "prepare", "determine", "resolve", "dedicate"})

#: verbs of taking part, whose "in" object is the subject's event ("participated in a hunger strike")
_TAKING_PART = frozenset({"participate", "join", "engage", "take", "partake"})
#: nouns that count repeated events: "a new round of joint exercises", "a series of strikes"
#: roots of acts done in words (statements, appeals, intents, demands, disapproval, rejection,
#: threats): said by their doer, the saying is the act
_VERBAL_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})

_SERIES = frozenset({"round", "series", "wave", "spate", "string", "campaign"})

#: spans of time that measure an event noun ("held a week of drills", "three days of talks"): the
#: noun's verb is the measure's verb, as for a series
_DURATIONS = frozenset({"hour", "day", "week", "month"})


def _series_of(n: Any) -> Any:
    """The series noun an event noun is the of-object of ("a round of exercises"), else None."""
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in _SERIES | _DURATIONS:
        return n.head.head
    return None


# -- events-13 material ------------------------------------------------------------------------

#: roots of acts of force (coercion, assault, fight, mass violence), whose unnamed doer the place of
#: the act may name (``_unnamed_attacker``)
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
#: nouns for an attack or its device, which act for a doer left unnamed ("a car bomb killed eight")
_ATTACK_NOUNS = frozenset({"attack", "bombing", "bomb", "bomber", "blast", "explosion", "explosive", "device",
                           "ied", "ambush", "raid", "assault", "shelling", "gunfire", "landmine", "mine"})
#: prepositions that place an act ("in eastern Afghanistan", "near Samarra", "outside the city of Basra")
_LOCATIVE_PREPS = frozenset({"in", "near", "outside", "inside", "across", "throughout", "around", "at", "off"})
#: nouns for a state's own forces, which act for the state where the clause puts them ("police
#: arrested dozens of protesters in Moscow", "troops opened fire on protesters in Yangon")
_STATE_FORCE_NOUNS = frozenset({"police", "policeman", "troop", "soldier", "army"})
#: nouns for civilians who protest where the clause puts them ("farmers blocked roads in Belgium")
_CIVILIAN_GROUP_NOUNS = _PROTESTER_NOUNS | {"farmer", "worker", "student", "teacher", "employee", "villager",
                                            "resident", "trucker", "driver", "miner", "doctor", "nurse"}
#: mention kinds that name where something happened (not an institution in whose building it did)
_PLACE_KINDS = frozenset({"place", "state", "demonym", "capital-metonym"})
#: people a state coerces at home (events-14): its protesters, civilians, journalists and critics
_HOME_TARGETS = _CIVILIAN_GROUP_NOUNS | {"journalist", "reporter", "blogger", "dissident", "critic", "opponent",
                                         "lawyer", "opposition", "protest", "demonstration", "rally"}
#: sectors of a state's non-state sides: rebels, insurgents, separatists, opposition, civilians (events-14)
_NONSTATE_SECTORS = frozenset({"REB", "INS", "SEP", "OPP", "CVL"})
#: nouns for an agreement reached or signed (events-14)
_AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "memorandum", "truce", "armistice"})
#: prepositions that put an act inside a territory, not only near it (events-14)
_INSIDE_PREPS = frozenset({"in", "inside", "into", "on", "over", "across", "against"})
#: their sectors where not civilians (CVL)
_HOME_SECTORS = {"journalist": "MED", "reporter": "MED", "blogger": "MED", "dissident": "OPP", "critic": "OPP",
                 "opponent": "OPP", "opposition": "OPP"}
#: roots of posting forces (deployments 15, peacekeepers and troops sent 07): done by the troops' own side
_POSTING_ROOTS = frozenset({"07", "15"})
#: roots of imposing and easing measures (16 and 08): done by the measure's owner ("UN sanctions")
_MEASURE_ROOTS = frozenset({"08", "16"})
_MEASURE_NOUNS = frozenset({"sanction", "embargo", "ban", "curfew", "restriction", "tariff", "boycott", "blockade",
                            "siege", "curb", "control"})
#: verbs that break what their object names ("violated the ceasefire", "broke the truce")
_VIOLATING = frozenset({"violate", "breach", "break", "flout", "undermine", "wreck"})
#: verbs of leaving a place, which troops that do it withdraw from ("troops left Afghanistan")
_LEAVING_PLACE = frozenset({"leave", "exit", "quit"})
#: prepositions of a deployment aimed at someone ("deployed along the border", "toward Kyiv")
_TOWARD = ("near", "along", "against", "toward", "towards")
#: verbs of helping, whose complement is the act a governor is about ("urged NATO to help patrol")
_HELPING = frozenset({"help", "assist"})
#: kinds of team sent for relief ("medical teams", "search-and-rescue teams")
_RELIEF_KINDS = _PEACE_WORDS | {"medical", "health", "aid", "search"}
#: roots of acts a noun no longer names when it modifies another noun ("withdrawal agreement", "attack helicopter")
_MODIFIER_FREE_ROOTS = frozenset({"08", "15", "17", "18", "19", "20"})
#: verbs of receiving, whose giver is the one who acts ("received tanks from the United States")
_RECEIVING = frozenset({"receive", "accept"})
#: verbs of permitting, whose permitted aid delivery is humanitarian access allowed (0863)
_PERMITTING = frozenset({"allow", "permit", "let", "authorize", "authorise"})
#: verbs of leaving an office ("resigned as president of …")
_LEAVING_OFFICE = frozenset({"resign", "step", "quit"})
#: codes of acts only a state's authorities do (releases 084, arrests 173, expulsions 174)
_AUTHORITY_CODES = frozenset({"084", "173", "174"})


#: verbs that undo a measure or an act ("lifted the sanctions", "released the ship", "eased the curfew")
_UNDOING = frozenset({"lift", "ease", "relax", "loosen", "remove", "release", "free", "return", "end", "suspend",
                      "revoke", "rescind", "cancel", "scrap", "unfreeze", "waive"})


def _names_what_is_undone(t: Any) -> bool:
    """"eased the curfew it had imposed", "lifted sanctions imposed on India", "released a ship it
    seized": a clause on the object of an undoing verb only says which measure or seizure is undone;
    the one event is the undoing (events-13)."""
    if t.dep_ not in ("relcl", "acl") or t.head.dep_ not in ("dobj", "nsubjpass", "npadvmod"):
        return False
    return t.head.head.lemma_.lower() in _UNDOING


#: measures, which act only figuratively ("a law that targets Americans", "the sanctions hit its banks")
_MEASURE_DOERS = frozenset({"law", "bill", "legislation", "measure", "policy", "rule", "regulation", "decree",
                            "sanction", "tariff", "ban", "embargo", "resolution", "programme", "program", "tax",
                            "reform", "crisis", "pandemic", "inflation", "recession", "storm", "flood", "earthquake"})


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


def _gerund_verdict(t: Any) -> Any:
    """"called the killing a barbaric act": the small model reads a gerund object ("killing") as a
    verb and hangs the verdict ("a barbaric act") on it as that verb's object, not as the labelling
    verb's predicate; the verdict, an indefinite noun phrase, or None (events-14)."""
    obj = next((c for c in t.children if c.dep_ == "dobj" and c.tag_ == "VBG"), None)
    if obj is None:
        return None
    return next((n for n in obj.children if n.dep_ == "dobj" and n.pos_ == "NOUN" and n.i > obj.i
                 and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in n.children)), None)  # fmt: skip


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


def _relative_object(t: Any, obj: Any) -> bool:
    """Whether a non-restrictive relative clause's object is its relative pronoun ("the
    communications, which Beijing had cut off"): then the noun the clause hangs on is what the verb
    acts on. Only after a comma: such a clause asserts something new, while a restrictive one
    ("lift the ban that they imposed") only says which thing is meant."""
    return t.dep_ == "relcl" and obj.dep_ == "dobj" and obj.lower_ in _RELATIVE_PRONOUNS and \
        obj.tag_ == "WDT" and t.head.pos_ == "NOUN" and obj.i > 0 and obj.nbor(-1).text == ","  # fmt: skip


def _from_both_sides(subject: Any) -> bool:
    """Whether a plural subject is people drawn "from both sides" ("officials from both sides",
    "commanders from the two sides"): they act for the two parties together."""
    if subject.tag_ not in ("NNS", "NNPS"):  # (a capitalised first word may be read as a proper plural)
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() == "side" and g.tag_ == "NNS" and
               {c.lower_ for c in g.children if c.dep_ in ("det", "nummod", "predet")} & {"both", "two"}
               for prep in subject.children if prep.dep_ == "prep" and prep.lower_ == "from"
               for g in prep.children)  # fmt: skip


#: what a drill may be of and still be a show of force ("missile drills", "live-fire exercises")
_ARMED_DRILL_KINDS = frozenset({"military", "naval", "navy", "army", "air", "missile", "artillery", "war", "combat",
                                "fire", "live-fire", "amphibious", "nuclear", "rocket", "sea", "land", "submarine"})


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


#: the marks of a condition clause
_CONDITION_MARKS = ("if", "unless")


def _is_condition(c: Any) -> bool:
    """Whether a word heads a condition clause ("if South Korea supplied weapons", "unless Chad holds …")."""
    return c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONDITION_MARKS for g in c.children)


def _conditions(t: Any) -> list[Any]:
    """The condition clauses on a verb."""
    return [c for c in t.children if _is_condition(c)]


def _condition(t: Any) -> str | None:
    """The mark of a condition on a verb ("if", "unless"), else None."""
    conditions = _conditions(t)
    if not conditions:
        return None
    return str(next(g.lower_ for g in conditions[0].children if g.dep_ == "mark" and g.lower_ in _CONDITION_MARKS))


def _will_not(t: Any) -> bool:
    """Whether a verb is negated with an auxiliary of will or ability: "will not accept"."""
    children = list(t.children)
    return any(c.dep_ == "neg" for c in children) and any(c.dep_ == "aux" and c.lower_ in _REFUSING_AUX
                                                          for c in children)  # fmt: skip


# -- events-14 codes: the sub-code a threat's or a charge's words pick ----------------------------

#: words naming a response by force: a threat that promises one threatens force (CAMEO 138, not
#: 130): "warned that any attack would be met with retaliation", "vowed revenge", "warned that a
#: raid would be a cause for war" (a figurative war, "a trade war", is no force: _FIGURATIVE)
_FORCE_RESPONSE_WORDS = frozenset({"retaliation", "retaliate", "retaliatory", "revenge", "avenge", "reprisal",
                                   "retribution", "war", "military", "annihilation", "annihilate"})
#: acts of force that, as what is threatened ("threatened an invasion"), make the threat one of force;
#: not words of the scope at large ("warned of an attack" forecasts another's act)
_FORCE_ACT_OBJECTS = frozenset({"attack", "strike", "airstrike", "invasion", "offensive", "bombing"})
#: words naming hostilities: a charge of them is one of aggression (CAMEO 1123, not 112): "accused
#: the South of firing first", "blamed the sinking on a torpedo", "blamed each other for the clash"
_AGGRESSION_WORDS = frozenset({"aggression", "attack", "fire", "firing", "shell", "shelling", "bomb", "bombing",
                               "strike", "airstrike", "invasion", "invade", "incursion", "clash", "sink", "sinking",
                               "torpedo", "raid", "ceasefire", "truce", "shoot"})


#: the means of a consultation at a distance (CAMEO 041, discuss by telephone)
_TELEPHONE_WORDS = frozenset({"telephone", "phone", "videoconference", "videolink", "video"})


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


#: nouns for a frontier: troops sent there face a neighbour, they do not help one
_BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderland"})


def _sent_to_border(t: Any) -> bool:
    """Whether a verb sends something to a border ("to the border", "toward its frontier with Ukraine")."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _BORDER_NOUNS for c in t.children
               if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "toward", "towards")
               for g in c.children)  # fmt: skip


#: prepositions and conjunctions that give an act's cause or time: what they name is no part of the act
#: ("suspended aid because of the fighting", "cancelled the visit over the shelling")
_CAUSE_WORDS = frozenset({"because", "over", "after", "since", "following", "amid", "despite", "due"})


#: adjectives that lay the blame for something on their subject ("Russia is responsible for …")
_CULPABLE = frozenset({"responsible", "guilty", "culpable"})


def _aimed_at_protesters(t: Any) -> bool:
    """Whether an act of force is aimed at protesters: its object, the object of its "on" or "at",
    or the object of a purpose clause ("opened fire to disperse the demonstrators")."""
    targets = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    targets += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against")
                for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    targets += [g for c in t.children if c.dep_ in ("advcl", "xcomp") for g in c.children if g.dep_ == "dobj"]
    return any(_group_lemma(_counted_head(g)) in _PROTESTER_NOUNS for g in targets)


#: what one fights without an enemy: diseases, disasters, social ills, legal proceedings ("donated
#: supplies to fight COVID-19", "to fight climate change", "while fighting extradition"); not "fire",
#: which "opened fire" makes force
_AFFLICTIONS = frozenset({"epidemic", "pandemic", "virus", "coronavirus", "covid-19", "covid", "disease", "outbreak",
                          "ebola", "malaria", "cholera", "polio", "aids", "hiv", "cancer", "poverty", "hunger",
                          "famine", "malnutrition", "corruption", "crime", "inflation", "unemployment", "extradition",
                          "deportation", "wildfire", "blaze", "flood", "drought", "locust", "pollution",
                          "deforestation", "poaching", "trafficking", "smuggling", "change", "cause", "spread",
                          "misinformation", "disinformation", "illiteracy", "inequality", "discrimination"})


def _fights_affliction(t: Any) -> bool:
    """Whether what a verb of force acts on (its object) is an affliction, not an enemy."""
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    return obj is not None and _counted_head(obj).lemma_.lower() in _AFFLICTIONS


#: words that justify an act: said of one's own act they defend it (052) ("called the raid
#: retaliation", "said it had acted in self-defence", "called the action limited, necessary and
#: proportionate"); said of another's, "retaliation" is a hostile verdict (_HOSTILE_WORDS)
_JUSTIFYING_WORDS = frozenset({"retaliation", "response", "necessary", "proportionate", "legitimate", "lawful",
                               "justified", "defensive", "self-defence", "self-defense", "defence", "defense"})


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


def _person_object(obj: Any, party_at: dict[int, Mention]) -> set[str]:
    """The lexicon's person marker when the object is a person: a name ("released Mesale Tolu"), a
    recognised person, or a noun for people ("released the detained leaders")."""
    if obj is None:
        return set()
    m = party_at.get(obj.i)
    if (m is not None and m.kind in ("person", "title", "demonym")) or obj.lemma_.lower() in _PERSON_NOUNS or (
            m is None and obj.pos_ == "PROPN"):  # fmt: skip
        return {_PERSON_OBJECT}
    return set()


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
    for sense in senses:
        if sense.objects and sense.objects & words:
            return sense
    return next((s for s in senses if not s.objects), None)


def _context_recipients(reports: list[EventReport], text: str) -> list[EventReport]:
    """"President Lee warned that any further provocation would be met with retaliation": the one
    warned is whoever the document's actor last dealt with. For an aimed act with no recipient in
    its sentence, the other party of the latest report in the few sentences before (600
    characters) that involves the same actor (not as one of several joint parties) becomes the
    recipient; nothing is guessed otherwise."""
    out: list[EventReport] = []
    for r in reports:
        if r.recipients or r.joint or (r.cameo_root not in _AIMED_ROOTS and "+to-border" not in r.rule) or \
                not r.actors or r.cameo[:3] == "172" or \
                "+without" in r.rule or r.cameo == "052" or r.cameo in _DEESCALATION_APPEALS:  # fmt: skip
            # (an appeal for restraint is to those fighting, _fighting_parties, not to whom its maker last dealt with)
            # (a justification, "defended the referendum as …", answers no one in particular)
            out.append(r)  # (martial law, curfews, bans on parties: measures at home, aimed at no one abroad)
            continue
        mine = {a.code for a in r.actors}
        counterpart: tuple[ActorRef, ...] = ()
        window = r.start - 600  # the last few sentences: further back, the counterpart may have changed
        # the latest before it, in the sentences before and earlier in its own sentence ("called the
        # launch a reckless provocation and vowed a resolute response")
        before = sorted((p for p in out if p.trigger_start < r.trigger_start and p.start >= window),
                        key=lambda p: p.trigger_start, reverse=True)  # fmt: skip
        for prior in before:
            if prior.start == r.start and prior.cameo_root in ("11", "12") and mine & {x.code for x in
                    prior.recipients} and r.cameo_root not in ("18", "19", "20"):  # fmt: skip
                # "the Council condemned Myanmar's crackdown": the judge is not whom the act targets
                # (but "Kyiv condemned the attack by Russia on a power plant" was most likely hit)
                continue
            if prior.joint:
                counterpart = _joint_counterpart(prior, mine)
                if counterpart:
                    break
                continue
            sides = ({a.code for a in prior.actors}, {x.code for x in prior.recipients})
            if mine & sides[0] and prior.recipients and not mine & sides[1]:
                counterpart = prior.recipients
            elif mine & sides[1] and _critic_not_target(prior, r):
                continue
            elif mine & sides[1] and not mine & sides[0] and len(sides[1]) == 1:
                # (one of several guests or targets: "a ceremony hosted by Trump" for Israel, the UAE
                # and Bahrain makes Trump no counterpart of what Israel does next)
                counterpart = prior.actors
            if counterpart and all(c.sector in _NOT_POLITICAL for c in counterpart):
                counterpart = ()  # a firm acted upon ("forced a Ryanair jet to land") is no party to what follows
            if counterpart:
                break
        # the rule says so: the recipient was read from context, not from the sentence
        out.append(replace(r, recipients=counterpart, rule=f"{r.rule}+context-recipient") if counterpart else r)
    return out


# -- events-13: recipients (context) ----------------------------------------------------------------



def _critic_not_target(prior: EventReport, r: EventReport) -> bool:
    """"NATO urged Russia to release the sailors … Russian forces had blocked the strait": an
    international organisation that only spoke to us (an appeal, a demand, a rebuke) is not whom
    our force is aimed at (a state that protested may well be: "Kyiv protested … Russia struck")."""
    return r.cameo_root in _FORCE_ROOTS and prior.cameo_root < "14" and {a.code for a in prior.actors} <= _igo_codes()


def _same_stem(noun: str, word: str) -> bool:
    """A noun and a verb (or noun) of one stem: "seizure"/"seized", "decision"/"decided",
    "annexation"/"annex", "vote"/"voted" (not "war"/"warned": both at least four letters)."""
    if len(noun) < 4 or len(word) < 4:
        return False
    common = 0
    for a, b in zip(noun, word, strict=False):
        if a != b:
            break
        common += 1
    return common >= min(4, len(noun) - 1, len(word) - 1)


#: appeals to scale back fighting (restraint, a ceasefire, de-escalation): CAMEO 0256
_DEESCALATION_APPEALS = frozenset({"0256"})


def _fighting_parties(reports: list[EventReport]) -> list[EventReport]:
    """"China urged all parties to exercise restraint", "Riyadh called for a ceasefire": an appeal to
    scale back fighting is addressed to those fighting, whether the text says "both sides" or
    no one. They are the two sides of the latest act of force before it in the document (its doers
    and its target, neither the appealing party), when that act names both."""
    out: list[EventReport] = []
    for r in reports:
        if r.cameo in _DEESCALATION_APPEALS and not r.recipients and r.actors:
            mine = {a.code for a in r.actors}
            force = next((p for p in reversed(out) if p.cameo_root in ("18", "19", "20") and p.actors and
                          p.recipients and p.trigger_start < r.trigger_start and p.status != "negated"), None)
            if force is not None:
                sides = tuple(a for a in _dedupe((*force.actors, *force.recipients)) if a.code not in mine)
                if len(sides) >= 2:
                    r = replace(r, recipients=sides, rule=f"{r.rule}+fighting-parties")
        out.append(r)
    return out


#: participles of patronage: "Iran-backed", "Russian-sponsored", "Iran-aligned" ("Saudi-led" is not
#: one: the leader acts with the coalition it leads)
_PATRONAGE = frozenset({"backed", "sponsored", "funded", "supported", "aligned", "allied", "armed", "financed"})


def _backer(tok: Any) -> bool:
    """The patron in a hyphenated "X-backed" modifier (the parser makes X the participle's npadvmod)."""
    return tok.dep_ in ("npadvmod", "compound", "amod") and tok.head.lower_ in _PATRONAGE and \
        tok.head.i == tok.i + 2 and tok.nbor(1).text == "-"  # fmt: skip


def _joint_counterpart(prior: EventReport, mine: set[str]) -> tuple[ActorRef, ...]:
    """"The summit between Trump and Kim ended without a deal … Trump chose to walk away": when the
    last report is a joint act of exactly two parties, one of them ours, the other one is the party
    our aimed act is aimed at. A joint act of three or more says nothing about which one."""
    parties = _dedupe((*prior.actors, *prior.recipients))
    if len(parties) != 2 or len(mine) != 1 or not mine & {p.code for p in parties}:
        return ()
    return tuple(p for p in parties if p.code not in mine)


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


# -- events-13 verbal: what a reaction, a charge, a doubt or a request holds is no event of its own ---------
#: nouns for a party's proposal, decision or undertaking, which a reaction (praise, support,
#: disapproval, rejection) takes as its object: "welcomed NATO's decision to send trainers",
#: "rejected the offer of a ceasefire" judge the act, they do not report it done
_REACTED_NOUNS = frozenset({"decision", "move", "offer", "proposal", "plan", "bid", "effort", "attempt", "initiative",
                            "suggestion", "idea", "call", "demand", "request", "order", "announcement", "pledge",
                            "promise", "commitment", "intention", "readiness", "willingness", "choice", "step",
                            "measure", "agreement", "deal"})
#: nouns whose content clause ("charges that it tortured a priest", "accusations of abuses") is
#: someone's claim, not an act that occurred
_ALLEGING_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "suggestion", "suspicion", "assertion"})
#: modifiers that make what a noun names a charge: "alleged war crimes", "suspected involvement"
_ALLEGING_WORDS = frozenset({"alleged", "allege", "suspected", "suspect", "purported", "supposed"})
#: adjectives of doubt: "said it is skeptical of a Russian announcement that it had opened
#: corridors" doubts the act; it does not report it
_DOUBTING = frozenset({"skeptical", "sceptical", "doubtful", "suspicious", "wary", "unconvinced", "dubious"})
#: clause links that hold a noun's content (a relative clause asserts on its own: "a resolution
#: that would have deplored the invasion", which the coder codes as failed with its document)
_CONTENT_DEPS = frozenset({"acl", "ccomp"})
#: links that continue a requested act down a chain ("urged France to press the US to lift
#: sanctions", "asked NATO to help patrol"), but not a relative clause, which asserts on its own
_REQUEST_CHAIN = frozenset({"xcomp", "ccomp", "conj", "advcl"})
#: nouns of a pledge whose infinitive is an intent: "reiterated its commitment to support the police"
_PLEDGE_NOUNS = frozenset({"commitment", "pledge", "promise", "readiness", "willingness", "determination",
                           "resolve", "intention"})


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


#: auxiliaries of a clause that asserts what is or was done: "insisted that Kyiv had attacked"
_ASSERTING_AUX = frozenset({"had", "has", "have", "'ve", "was", "were", "is", "are", "am", "'s", "'re", "did", "does"})


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


def _for_to(c: Any) -> bool:
    """Whether a clause is a for-to infinitive: "pushed for the US to support the plan" asks the US
    (also with its "to" dropped, a base verb after "for" and a subject)."""
    return any(a.dep_ == "mark" and a.lower_ == "for" for a in c.children) and (c.tag_ == "VB" or any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children))  # fmt: skip


def _own_to(t: Any) -> bool:
    """Whether an infinitive has its own "to" ("to hold summits and to share data")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)


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


#: prepositions whose objects belong to an acting group: "the leader of …", "Several countries,
#: including France and Germany, condemned …" (the named members act)
_LISTING_PREPS = frozenset({"of", "including"})


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


class _Sentence:
    """One parsed sentence and what it says."""

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
                    c.dep_ == "oprd" for c in t.children) or _gerund_verdict(t) is not None)) or (
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
            if t.pos_ == "VERB" and lemma in _VEILED:
                report = self._veiled_threat(t)
                if report:
                    out.append(report)
                    verbs_with_events.add(t.i)
                    continue
            if t.pos_ == "VERB" and lemma in self.lex.verbs:
                if self._purpose(t, verbs_with_events) or self._threat_condition(t) or _names_what_is_undone(t) or \
                        _refusal_condition(t):  # fmt: skip
                    continue
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
                    out.extend(self._dated_subjects(t, report))
                    verbs_with_events.add(t.i)
        for t in self.tokens:
            if t.pos_ in ("NOUN", "PROPN") and self.lemmas[t.i] in self.lex.nouns and t.i not in self.used_nouns:
                obj = _coordinated_object(t) or t  # ("offered support and assistance": the verb's object too)
                if obj.head.i in verbs_with_events and obj.dep_ in ("dobj", "nsubjpass") and not self._owned(t) and \
                        not self._judged_act(t, out):  # fmt: skip
                    continue  # "signed an agreement": the verb's event already says it
                report = self._open_to(t) or self._noun_event(t)
                if report:
                    out.append(report)
                    verbs_with_events.add(t.head.i)
                    failed = self._failed_meeting(t, report)
                    if failed is not None:
                        out.append(failed)
        named = {frozenset(a.code for a in r.actors) for r in out
                 if r.rule.startswith("threat/") and not r.rule.startswith("threat/take")}  # fmt: skip
        # "said Beijing would take the necessary measures and that Seoul would bear the consequences": one threat
        out[:] = [r for r in out if not (r.rule.startswith("threat/take") and frozenset(a.code for a in r.actors)
                                         in named)]  # fmt: skip
        for t in self.tokens:
            replying = self.lemmas[t.i] in _REPLYING and self._verdict_said(t)
            if t.pos_ == "VERB" and (self.lemmas[t.i] in self.lex.statement_verbs or replying) and \
                    t.i not in verbs_with_events:  # fmt: skip
                report = self._statement(t, verbs_with_events)
                if report:
                    out.append(report)
        return out

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
        side "would take the necessary measures" or "resolute countermeasures"."""
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
        if lemma == "take" and what in ("measure", "countermeasure", "step", "action"):
            modal = {c.lower_ for c in t.children if c.dep_ == "aux"} & (_FUTURE_AUX | {"would"})
            firm = {c.lower_ for c in obj.subtree} | {c.lower_ for c in t.children if c.dep_ == "advmod"}
            if not modal or not (firm & _FIRM_WORDS or what == "countermeasure"):
                return None
            actors = self._subject_parties(t)
            if not actors:
                return None
            return self._report(t, "130", actors, [], f"threat/take+{what}")
        return None

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
        the last act reported (in this sentence or the one before), done by the new subject."""
        actors = self._subject_parties(t)
        mine = _codes(actors)
        if not mine:
            return None
        here = self.start + t.idx
        earlier = self._reports_before(t, 6)
        model = next((r for r in reversed(earlier) if not r.neutral and here - r.trigger_start < 400
                      and not mine & {a.code for a in r.actors}), None)  # fmt: skip
        if model is None:
            return None
        targets = [_Party.of(a) for a in model.recipients if a.code not in mine]
        report = self._report(t, model.cameo, actors, targets, f"same-as/{model.rule}")
        return replace(report, status=model.status) if report is not None and report.status == "occurred" else report

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
            return [report] if report is not None else []
        if report is None or not report.recipients:
            inviters = [_Party.of(a) for a in invitation.actors]
            report = self._report(t, "036", actors, inviters, "verb/accept+invitation")
        offered = self.coder.offered.pop(invitation.id, None)
        return [r for r in (report, offered) if r is not None]

    def _dated_subjects(self, t: Any, report: EventReport) -> list[EventReport]:
        """"Egypt, in 1979, and Jordan, in 1994, signed peace treaties with Israel": coordinated
        subjects that each carry their own date acted separately, each at its own time: one report
        per subject, dated by the date written after it (before the next subject or the verb)."""
        if len(report.actors) < 2 or report.joint:
            return [report]
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > t.i:
            return [report]
        spans = sorted((m.start - self.start, m.end - self.start, m.code) for m in {
            id(m): m for i, m in self.party_at.items() if subject.left_edge.i <= i < t.i}.values())  # fmt: skip
        doc_date = self.published or self.estimate
        year = doc_date.value[:4] if doc_date else None
        dated: dict[str, str] = {}
        for k, (_, end, code) in enumerate(spans):
            stop = spans[k + 1][0] if k + 1 < len(spans) else t.idx
            found = list(find_dates(self.sentence[end:stop], year))
            if found and code:
                dated[code] = found[0].value
        if len(dated) < 2 or set(dated) != {a.code for a in report.actors}:
            return [report]
        out = []
        for actor in report.actors:
            date = dated[actor.code]
            precision = {4: "year", 7: "month", 10: "day"}[len(date)]
            out.append(replace(report, actors=(actor,), date=date, date_precision=precision, date_source="text",
                               historical=self._historical(date, "text"), rule=f"{report.rule}+dated-subject",
                               id=hashlib.sha256(f"{report.id}:{actor.code}".encode()).hexdigest()[:16]))  # fmt: skip
        return out

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
                    c.dep_ == "ccomp" and _asking_clause(c)) or (
                    c.dep_ == "advcl" and (_for_to(c) or any(a.dep_ == "aux" and a.lower_ == "to"
                                                            for a in c.children))))]  # fmt: skip
            if lemma in _PROPOSING:
                return [c for c in t.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
            return []
        if t.pos_ != "NOUN" or lemma not in _BEHESTS | {"call"}:
            return []
        found = [c for c in t.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX", "NOUN")]
        if t.dep_ == "dobj" and t.head.lemma_.lower() in self.lex.light_verbs:
            found += [c for c in t.head.children if c.dep_ == "advcl" and c.i > t.i and not any(
                a.dep_ in ("nsubj", "mark") for a in c.children) and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # fmt: skip
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
            stack.extend(c for c in v.children if c.dep_ in _REQUEST_CHAIN and c.pos_ in ("VERB", "AUX") and not (
                c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)))  # fmt: skip

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
        if obj is not None and _relative_object(t, obj):
            obj = t.head  # "the ties which Seoul cut off": the relative pronoun stands for the noun
        if obj is None and t.pos_ == "VERB":
            obj = _misparsed_object(t)
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
        obj_lemmas |= _counted(obj) | _person_object(obj, self.party_at)
        # "gave Saddam Hussein 48 hours to leave": the parser reads the second object, a counted span of
        # time, as an adverb of the verb; it names what is given as well ("last week" is only when) (events-14)
        obj_lemmas |= {c.lemma_.lower() for c in t.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _DURATIONS
                       and obj is not None and obj.i < c.i and any(n.dep_ == "nummod" for n in c.children)}  # fmt: skip
        if obj is not None:
            # "held hundreds of civilians as human shields": the parser may hang the verb's preposition
            # on its object (or on what the object counts)
            for holder in (obj, _counted_head(obj)):
                preps |= {c.text.lower() for c in holder.children if c.dep_ == "prep" and c.lower_ in _VERB_PREPS}
        # "ended mediation efforts", "suspended aid donations": the compound says what kind of object
        compounds = {c.lemma_.lower() for c in obj.children if c.dep_ == "compound"} if obj is not None else set()
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
        return best[1] if best else None

    def _verb_event(self, t: Any) -> EventReport | None:
        # (events-13: "found the journalist guilty", "received tanks from …", "allowed the WFP to deliver food")
        special = self._guilty_verdict(t) if t.lemma_.lower() == "find" else None
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
        actors = self._subject_parties(t)
        if not actors and sense.symmetric and _denied_passive(t):
            # "Peskov said no agreements had been signed": not signed by the two who just met
            actors = self._last_joint_pair(t)
        if not actors:
            return None
        # (a group's members are the actors: "the two leaders condemned it" is not aimed at either)
        recipients = self._recipients(t, sense, [r.code for p in actors for r in p.ref()])
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
        if cameo == "141" and all(p.mention.sector == "GOV" for p in actors):
            # "South Korea's foreign ministry protested against …": a government's protest is a formal
            # complaint (114), not a street demonstration (141)
            cameo, rule = "114", rule + "+official"
        if cameo == "042" and self._troops(t):
            # "British peacekeepers arrived in Mali": troops arriving make no visit; peacekeepers are
            # protection given (074), other troops forces deployed (154)
            cameo, rule = ("074" if _peace_context(self.doc) else "154"), rule + "+troops"
        elif cameo == "042" and self._relief_team(t):
            cameo, rule = "073", rule + "+relief"  # "sent medical teams to Italy": help, not a visit (events-13)
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
        if report is not None and _will(t) and _condition(t) == "unless":
            # "will withdraw its force unless Chad holds elections": an act announced on a condition
            # the other side must meet is a threat, whatever the act
            threat = self._report(t, self.lex.governed("threat", cameo), actors, recipients, rule + "+unless",
                                  symmetric=sense.symmetric)  # fmt: skip
            report = replace(threat, status="occurred") if threat is not None else report
        elif report is not None and report.status == "planned" and cameo[:2] in _MATERIAL_ROOTS and _will(t):
            # "said it will release the hostages", "Japan will provide aid": a material act announced
            # for the future is the announcement, an intent that occurred (the complements table's intent)
            intent = self._report(t, self.lex.governed("intent", cameo), actors, recipients, rule + "+will",
                                  symmetric=sense.symmetric)  # fmt: skip
            report = replace(intent, status="occurred") if intent is not None else report
        elif report is not None and cameo[:2] >= "14" and (_announced_as_threat(cameo) or
                                                           _condition(_no_choice_but(t) or t)) \
                and _will(t) and (report.status == "planned" or _condition(_no_choice_but(t) or t)):  # fmt: skip
            # "said they would blockade Paris", "will attack if …": force, coercion or protest announced
            # for the future is a threat that occurred (the complements table's threat); an announced
            # cut in relations or aid (16), or an administrative measure (172: "would close its border"),
            # is the decision itself, planned, unless it waits on what the other side does ("would close
            # the strait if it were attacked": a threat)
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
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        return subject is not None and _group_lemma(_counted_head(subject)) in _TROOP_NOUNS

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

    def _host_of_object(self, t: Any) -> list[_Party]:
        """"the G8 summit that Russia was due to host": the one a relative clause on the object
        makes its host or holder."""
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None:
            return []
        return [p for c in obj.children if c.dep_ == "relcl" for s in c.children if s.dep_ == "nsubj"
                for p in self._head_parties(s)]  # fmt: skip

    def _option(self, t: Any, weighed: EventReport) -> EventReport | None:
        """The option a weighing (014) keeps open, when the object names an event ("did not rule out
        military cooperation with the North", "is weighing sanctions on Iran"): a hypothetical event
        of the one who weighs it, aimed where the noun says."""
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in self.lex.nouns or obj.lemma_.lower() in _OPTION_WORDS:
            return None
        sense = self.lex.nouns[obj.lemma_.lower()][0]
        recipients = self._parties_at(obj, sense.recipient) or self._deep_parties(obj)
        actors = [_Party.of(a) for a in weighed.actors]
        option = self._report(obj, sense.cameo, actors, recipients, f"option/{sense.rule}")
        self.used_nouns.add(obj.i)
        return replace(option, status="hypothetical", neutral=False) if option is not None else None

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
            actors = self._subject_parties(head)  # "held talks with", "paid a visit to"
            anchor = head
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
            # "an attack by Russian soldiers in eastern Ukraine", "a raid inside Ecuador": force
            # named by a noun is aimed at the territory it hits, as a verb's is (events-14)
            # (not a place it was only near: "a US drone strike near Baghdad airport" killed an Iranian)
            recipients = _others(self._place_targets(n, _INSIDE_PREPS), {c for p in actors for c in _codes([p])})
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

    def _owned(self, n: Any) -> bool:
        """Whether a noun event names its own doer ("rejected the EU's criticism"): then it is an
        event of its own beside the verb's."""
        return any(c.dep_ == "poss" and c.i in self.party_at for c in n.children)

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

    def _complement_code(self, c: Any) -> tuple[str, str] | None:
        """The event a complement clause would be on its own: (CAMEO code, rule), or None."""
        lemma = c.lemma_.lower()
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
                         and ((gerund and c.tag_ == "VBG") or _for_to(c) or any(a.dep_ == "aux" and a.lower_ == "to"
                                                                                for a in c.children))
                         and (_for_to(c) or not any(a.dep_ in ("nsubj", "mark") for a in c.children))),
                        None)  # fmt: skip  (events-13: "pushed for the US to support the plan")
        if comp is None and {"appeal", "demand"} & set(kinds) and not objectless:
            # "issued a statement urging North Korea to comply": the small parser may hang the
            # to-infinitive right after the asked party on a verb higher up (events-14)
            comp = next((w for w in self.tokens if w.dep_ == "advcl" and w.pos_ == "VERB"
                         and w.left_edge.i == g.right_edge.i + 1 and w.head.i != g.i
                         and any(a.dep_ == "aux" and a.lower_ == "to" for a in w.children)
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
        if comp is None:
            return []
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
                elif planned.cameo_root == "04" or planned.cameo in _CONCRETE_PLANS:
                    # an agreement to a concrete event (a meeting, a visit, a signing, an exercise)
                    # plans it; general commitments ("resolved to collaborate", "agreed to
                    # normalise ties", "offered to dismantle") are the intent only
                    out.append(planned)
        return out

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

    def _labelling(self, t: Any) -> EventReport | None:
        """"called the launch a reckless provocation": a verdict on someone's act. Disapproval
        (111) when the words are hostile, praise (051) when they are warm, nothing otherwise."""
        verdict = next((c for c in t.children if c.dep_ == "oprd"), None) or self._as_verdict(t) or \
            _gerund_verdict(t)
        words = {w.lemma_.lower() for w in verdict.subtree}
        actors = self._subject_parties(t)
        if words & _JUSTIFYING_WORDS and actors and _codes(actors) & _codes(self._owner_of_object(t, "111")):
            # "Moscow called the raid retaliation", "called the action necessary and proportionate":
            # one's own act so judged is justified, a verbal defence (052), not a verdict on another
            return self._report(t, "052", actors, [], f"verdict/{t.lemma_.lower()}+own")
        if words & _HOSTILE_WORDS:
            code = "111"
        elif words & _WARM_WORDS:
            code = "051"
        else:
            return None
        if not actors:
            return None
        recipients = self._parties_at(t, ("dobj",)) or self._owner_of_object(t, code, [p.mention.code or ""
                                                                                     for p in actors])  # fmt: skip
        return self._report(t, code, actors, recipients, f"verdict/{t.lemma_.lower()}")

    def _as_verdict(self, t: Any) -> Any:
        """"Seoul regarded the measures as unreasonable retaliation": the "as" phrase of a verb of
        regarding, when the verb has an object; else None."""
        if not any(c.dep_ == "dobj" for c in t.children):
            return None
        prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        return next((g for g in prep.children if g.dep_ in ("pobj", "amod", "acomp")), None) if prep is not None \
            else None  # fmt: skip

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
        if any(c.i in coded for c in t.subtree if c.i != t.i and c.i not in speaker):
            # ("Trump, who signed as a witness, said …": an act inside the speaker's phrase is no content)
            return None
        actors = self._subject_parties(t)
        if not actors:
            return None
        blamed = self._blame_said(t, actors)
        if blamed is not None:
            return blamed
        if self._own_act_explained(t, actors):
            # "said it had acted in self-defence", "said they had acted on a bomb threat": one's own
            # act explained is defended (052), the codebook's justification
            return self._report(t, "052", actors, [], f"statement/{t.lemma_.lower()}+acted")
        recipients = self._parties_at(t, ("dative", "prep:to")) or [
            p for p in self._parties_at(t, ("dobj",)) if p.mention.sector != "MED"]  # fmt: skip
        # ("told Wang Yi that …": the one told is the object; not a newspaper one told it to)
        if self._groundless(t):
            # "said there was no scientific basis for it": a verdict on someone's act, disapproval
            return self._report(t, "111", actors, recipients, f"statement/{t.lemma_.lower()}+groundless")
        if self._verdict_said(t):
            # "replied that threats against Russia were unacceptable", "said the launch was a
            # provocation": a verdict on someone's act, disapproval
            return self._report(t, "111", actors, recipients, f"statement/{t.lemma_.lower()}+verdict")
        code = "010"
        return self._report(t, code, actors, recipients, f"statement/{t.lemma_.lower()}", neutral=True)

    def _blame_said(self, t: Any, actors: list[_Party]) -> EventReport | None:
        """"said Russia was solely responsible for the treaty's demise": saying that another party is
        responsible (guilty, culpable) for something is an accusation of it (112; 1123 for hostilities,
        as _specific_code); saying it of one's own side claims responsibility (015)."""
        own = _codes(actors)
        for c in t.children:
            if c.dep_ != "ccomp" or c.lemma_.lower() != "be" or any(g.dep_ == "neg" for g in c.children):
                continue
            subject = next((g for g in c.children if g.dep_ == "nsubj"), None)
            culpable = next((g for g in c.children if g.dep_ == "acomp" and g.lemma_.lower() in _CULPABLE), None)
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

    @staticmethod
    def _charge_said(t: Any) -> bool:
        """Whether what is said is that something broke a rule ("violated UN resolutions",
        "breached the ceasefire"): an accusation."""
        return any(c.dep_ == "ccomp" and c.lemma_.lower() in _BREAKING and not any(g.dep_ == "neg" for g in c.children)
                   and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in t.children)  # fmt: skip

    @staticmethod
    def _verdict_said(t: Any) -> bool:
        """Whether what is said is a hostile verdict on something: a copular clause whose
        complement is a word of disapproval ("were unacceptable", "was a provocation")."""
        for c in t.children:
            if c.dep_ != "ccomp" or c.lemma_.lower() != "be" or any(g.dep_ == "neg" for g in c.children):
                continue
            if not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                continue
            for a in c.children:
                if a.dep_ in ("acomp", "attr") and ({w.lemma_.lower() for w in a.subtree} & _HOSTILE_WORDS) - {"act"}:
                    return True
        return False

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
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        for c in subjects:
            # ("commanders from both sides met": the two parties, not the unresolved "both sides")
            found = (self._last_joint_pair(c) if _from_both_sides(c) else []) or \
                self._head_parties(c) or self._pronoun(c) or self._definite_parties(c) or \
                self._armed_group(c) or self._placed_group(c) or self._firer(c) or self._unnamed_attacker(c, t) or \
                self._office_left(t)
            if not found and t.tag_ != "VBN":
                # "its staff would monitor", "their forces attacked": the owner the pronoun stands for
                # (not "to see their country destroyed": what is done to it)
                poss = next((g for g in c.children if g.dep_ == "poss" and g.lower_ in ("its", "their", "his", "her")),
                            None)  # fmt: skip
                found = self._pronoun(poss) if poss is not None else []
            if not found and t.dep_ == "relcl" and c.lower_ in _RELATIVE_PRONOUNS and t.head.i != t.i:
                # "a UN Security Council resolution that would have deplored …", "Russia, which
                # invaded Ukraine": the relative pronoun is the noun the clause hangs on
                found = self._parties_in(t.head, acting=True)
            if found:
                return found
        culprit = self._culprit(t)
        if culprit:
            return culprit
        if subjects:
            return []  # a subject that names no actor ("the delegates") is not someone else's
        for c in t.children:
            if c.dep_ == "agent":  # "was signed by Russia and North Korea"
                return [p for g in c.children if g.dep_ == "pobj" for p in
                        self._parties_in(g) or self._unnamed_attacker(g, t)]  # fmt: skip
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
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in _OBJECT_CONTROL:
            # "prompting the government to warn residents", "helped Kyiv to …": the object does it
            controller = next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i), None)
            if controller is not None and controller.pos_ != "PRON":
                return self._head_parties(controller)
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in _RAISING and any(
                c.dep_ == "nsubjpass" for c in t.head.children):  # fmt: skip
            return [p for c in t.head.children if c.dep_ == "nsubjpass" for p in self._head_parties(c)]
        if t.dep_ == "conj" and t.tag_ == "VBD" and t.head.dep_ == "ccomp" and t.head.tag_ == "VB" and \
                t.head.head.i != t.head.i:  # fmt: skip
            # "Tokyo demanded that Beijing lift the ban and said …": a past verb cannot join the
            # subjunctive of the demand; it joins the demanding verb, whose subject says it
            return self._subject_parties(t.head.head)
        if t.dep_ == "conj" and not any(c.dep_ == "auxpass" for c in t.children) and any(
                c.dep_ == "nsubjpass" for c in t.head.children):  # fmt: skip
            # "the minister has been indicted by the court and will resign": the one indicted resigns,
            # not the court
            return [p for c in t.head.children if c.dep_ == "nsubjpass" for p in self._head_parties(c)]
        speech = t.head.head.lemma_.lower() in self.lex.statement_verbs
        if t.dep_ == "conj" and t.head.dep_ == "ccomp" and t.lemma_.lower() in self.lex.governors and speech and \
                not self._subject_parties(t.head):  # fmt: skip
            # "told the envoy that the cooperation violated UN resolutions and urged Moscow to end
            # it": the appeal is the speaker's, not the reported clause's (which names no actor)
            return self._subject_parties(t.head.head)
        if t.dep_ in ("xcomp", "conj", "advcl", "acomp", "ccomp") and t.head.i != t.i and (
                t.dep_ != "ccomp" or t.head.lemma_.lower() in self.lex.governors):  # fmt: skip
            return self._subject_parties(t.head)
        if t.dep_ == "relcl":
            return self._parties_in(t.head)
        if _misparsed_main_verb(t) and t.head.i in self.party_at:
            return self._head_parties(t.head)  # "The Iraqi air force carried out air strikes …" (events-13)
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.i in self.party_at:
            # "President Xi, meeting the Japanese prime minister in Beijing, said …": a participle on
            # a named party is that party's act (a reduced "who was meeting")
            return self._head_parties(t.head)
        means = self._means_clause_head(t)
        if means is not None:
            return self._subject_parties(means)
        owner = self._owner_of_clause_noun(t) or self._document_voice(t)
        if owner:
            return owner
        # A headline drops its articles and the small parser hangs the subject on the verb as a
        # compound: "UN assembly rejects Crimea vote". The actor before the verb is the subject.
        before = [c for c in t.children if c.dep_ == "compound" and c.i < t.i]
        if before and t.pos_ == "VERB":
            return [p for c in before for p in self._parties_in(c)]
        return []

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
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in _GROUP_PLACES:
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                found = [p for p in self._parties_in(g, places=True) if p.mention.code]
                if found:
                    m = found[0].mention
                    sector = _group_sector(head)
                    phrase = self.sentence[head.idx : head.idx + len(head.text)]
                    return [_Party(Mention("", m.start, m.end, phrase, m.code, sector, kind="title"), head.i)]
        return []

    def _definite_parties(self, subject: Any) -> list[_Party]:
        """"The two sides will stop propaganda broadcasts", "The leaders also demanded …": a definite
        plural the recogniser could not resolve names the parties of the last joint act ("the two
        sides", "both sides"), or the body named before with the same plural noun ("European Union
        leaders … The leaders")."""
        lemma = subject.lemma_.lower()
        if lemma in _DEFINITE_BODIES and subject.tag_ == "NN" and subject.i not in self.party_at and any(
                c.dep_ == "det" and c.lower_ == "the" for c in subject.children):  # fmt: skip
            # "The International Atomic Energy Agency … The agency said": the body named before
            # ("the bloc", "the alliance", "the union": the organisation named last, whatever its name)
            body = next((m for m in reversed(self.earlier[-6:]) if m.kind in ("igo", "institution") and (
                m.text.lower().endswith(lemma) or (lemma in ("bloc", "alliance", "union") and m.kind == "igo"))),
                None)  # fmt: skip
            return [_Party(body, -1)] if body is not None else []
        if lemma in ("side", "country") and subject.tag_ == "NN" and subject.i not in self.party_at and any(
                c.dep_ == "det" and c.lower_ == "neither" for c in subject.children):  # fmt: skip
            return self._last_joint_pair(subject)  # "Neither side fired a shot": the two, denied (_status)
        counted = _GROUP_SIZES.get(subject.lower_)
        if counted and subject.pos_ == "NUM" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            return self._last_joint_group(subject, counted)  # "The three agreed to …": those of the last joint act
        if lemma not in _DEFINITE_PLURALS or subject.tag_ != "NNS" or subject.i in self.party_at:
            return []
        words = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod", "predet")}
        if not words & {"the", "both", "two"}:
            return []
        if lemma == "side" or words & {"both", "two"}:
            return self._last_joint_pair(subject)
        named = next((m for m in reversed(self.earlier[-6:]) if m.kind in ("title", "igo", "institution")
                      and m.text.lower().endswith(" " + subject.lower_)), None)  # fmt: skip
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
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "from"):
                    continue
                for g in prep.children:
                    where = next((self.party_at[w.i] for w in g.subtree if w.i in self.party_at), None)
                    if where is not None and where.code:
                        return [_Party(Mention("", 0, 0, _phrase(subject), where.code, sector, None, kind="state"),
                                       subject.i)]  # fmt: skip
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
        if sector is None and lemmas & _CIVILIAN_GROUP_NOUNS and protesting:
            sector = _group_sector(doers[0])  # "farmers blocked roads in Belgium": a protest where they are
        if sector is None:
            return []
        own = next((w for w in map(self._where, doers) if w is not None), None)  # "British suicide bombers"
        if own is not None:
            return [_Party(Mention("", 0, 0, _phrase(subject), own.code, sector, None, kind="state"), subject.i)]
        verbs = [t, *(v for v in t.conjuncts if v.pos_ == "VERB")]  # "beheaded three men and torched a school in …"
        holders = [*(w for d in doers for w in d.subtree if w.dep_ not in _SKIP_SUBTREE or w.dep_ == "appos"),
                   *verbs, *(c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass"))]  # fmt: skip
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep":
                    continue
                for g in prep.children:
                    # ("used tear gas against protesters in Paris": only the place of the phrase's noun)
                    where = self._where(g) if prep.lower_ in _LOCATIVE_PREPS else self._where(g, own=False)
                    if where is not None:
                        return [_Party(Mention("", 0, 0, _phrase(subject), where.code, sector, None, kind="state"),
                                       subject.i)]  # fmt: skip
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

    @staticmethod
    def _relief_team(t: Any) -> bool:
        """Whether a verb's object is a team for relief ("medical teams", "rescue teams") (events-13)."""
        obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return obj is not None and obj.lemma_.lower() in ("team", "mission", "unit") and any(
            c.lemma_.lower() in _RELIEF_KINDS for c in obj.subtree if c.dep_ in ("amod", "compound"))  # fmt: skip

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
        report = self._report(t, "0863", actors, recipients, rule)
        if report is not None and report.status == "planned" and _will(t):
            # "said it would allow the WFP to deliver food": announced, an intent that occurred (as for
            # other material acts announced for the future, _verb_event)
            intent = self._report(t, self.lex.governed("intent", "0863"), actors, recipients, rule + "+will")
            return replace(intent, status="occurred") if intent is not None else report
        return report

    @staticmethod
    def _protesters(t: Any) -> bool:
        """Whether a verb's subject is protesters or a crowd (events-13)."""
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        return subject is not None and _group_lemma(_counted_head(subject)) in _PROTESTER_NOUNS

    # -- events-14: parties (repression at home) -------------------------------------------------

    def _at_home(self, t: Any, report: EventReport) -> EventReport:
        """"Belarus arrested a dissident journalist", "police in Nairobi opened fire on protesters",
        "Ukraine imposed martial law": coercion or force aimed at the doer's own people (its
        protesters, journalists, dissidents, unnamed by any other party) is aimed at the doer's own
        state, which the gold codes X → X. Nothing when another party or place is named around the
        act ("detained Ukrainian sailors", "arrested activists in the West Bank"): then it is aimed
        at them. (Martial law and curfews are left alone: the gold codes them both ways.)"""
        codes = {a.code for a in report.actors}
        if report.joint or len(codes) != 1 or codes <= _igo_codes() or report.cameo_root not in _FORCE_ROOTS:
            return report
        target = self._home_target(t, report.cameo)
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

    @staticmethod
    def _home_target(t: Any, cameo: str) -> Any:
        """The people at home a coercive or forceful act is aimed at (its object, or what it is
        done on or at: "opened fire on protesters", "cracked down on dissidents"), else None. Force
        (18-20) only at protesters: "strikes killed civilians" is mostly a war abroad."""
        holders = [t, *(c for c in t.children if c.dep_ == "dobj")]
        targets = [c for h in holders for c in h.children if c.dep_ in ("dobj", "nsubjpass")] + [
            g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against")
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        people = _HOME_TARGETS if cameo[:2] == "17" else _PROTESTER_NOUNS
        return next((c for c in targets if _group_lemma(_counted_head(c)) in people), None)

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
                return [p for g in head.children if g.dep_ in ("poss", "amod", "compound", "nmod")
                        for p in self._parties_in(g) if p.mention.code]  # fmt: skip
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

    def _reports_before(self, t: Any, last: int | None = None) -> list[EventReport]:
        """The reports made before ``t``: those of the document's earlier sentences (only the
        ``last`` of them, if given), then this sentence's so far."""
        here = self.start + t.idx
        prior = self.prior if last is None else self.prior[-last:]
        return [*prior, *(r for r in self.current if r.trigger_start < here)]

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
            if len(found) == 1 and found[0].mention.kind == "person" and (found[0].mention.code or "") not in exclude:
                return found
        if wanted is None and subject.dep_ == "nsubj":
            found = self._conditional_speaker(subject)
            if found and not _codes(found) & set(exclude):
                return found
        if subject.dep_ == "nsubj" and subject.head.dep_ == "conj":
            # "South Korea's foreign ministry said … and it urged Beijing …": the subject of the
            # clause it is coordinated with, when that names an actor of the same kind
            first = next((c for c in subject.head.head.children if c.dep_ == "nsubj"), None)
            found = self._head_parties(first) if first is not None and first.pos_ != "PRON" else []
            if found and all((p.mention.kind == "person") == (wanted == "person") for p in found):
                return found
        if wanted is None and subject.dep_ == "nsubj":
            found = self._relative_clause_owner(subject)
            if found and not _codes(found) & set(exclude):
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
        for m in reversed(pool):
            if (wanted == "person") == (m.kind == "person"):
                return [_Party(m, -1)]
        return []

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

    def _previous_opener(self) -> Mention | None:
        """The actor the sentence before this one opens with, if it opens with one."""
        head = self.text[: self.start].rstrip()
        begin = max(head.rfind(". ", 0, len(head) - 1), head.rfind("\n", 0, len(head) - 1)) + 1
        first = next((m for m in self.earlier if m.start >= begin), None)
        if first is None or not _only_when(self.text[begin : first.start]):
            return None
        return first

    def _noun_actors(self, n: Any, sense: Sense) -> list[_Party]:
        found: list[_Party] = self._dyadic_parties(n) if "amod" in sense.actor else []
        for c in n.children:
            modifier = c.dep_ in ("amod", "compound", "nmod") and bool({"amod", "compound"} & set(sense.actor))
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

    def _of_object_doers(self, of: Any, sense: Sense) -> list[_Party]:
        """The doers a noun's of-phrase names (events-14): "the arrest of a Japanese businessman by
        China", where the parser hangs the agent's "by" on the of-object, the nearest noun; and "the
        deployment of US missiles", "the withdrawal of Russian troops", where the forces moved or
        shown are the doer's own (for other acts the of-object is the one acted on)."""
        found: list[_Party] = []
        own_forces = sense.cameo[:2] == "15" or sense.cameo[:3] == "087"
        for g in of.children:
            if g.dep_ != "pobj":
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
                if t.pos_ == "VERB" and len(holders) == 1:
                    misread = _misparsed_object(t)
                    holders += [misread.head] if misread is not None else []
                for h in holders:
                    for c in h.children:
                        if c.dep_ in ("prep", "dative") and c.text.lower() == prep:
                            out += [p for g in c.children if g.dep_ == "pobj"
                                    for p in self._parties_in(g, business=True)]  # fmt: skip
            if out:
                break
        return out

    def _recipients(self, t: Any, sense: Sense, actors: Sequence[str] = ()) -> list[_Party]:
        if sense.recipient == ("none",) and sense.cameo[:2] < "15":
            return []
        mine = set(actors)
        found = _others(self._parties_at(t, sense.recipient) if sense.recipient != ("none",) else [], mine)
        if not found and sense.recipient != ("none",):
            found = _others(self._antecedent_object(t, places=sense.cameo[:2] >= "15" or sense.cameo == "042"), mine)
        if not found and t.dep_ == "acl" and t.head.pos_ == "NOUN" and sense.cameo[:2] == "04":
            found = _others(self._hosted_parties(t), mine)
        if not found and sense.recipient != ("none",):
            # "sent troops to Russia", "imposed sanctions on Pyongyang", "cut off trade with the North"
            # ("discuss … at the request of the US" is not to the US: "at" only for force, "fired at")
            fallback = ("prep:to", "prep:on", "prep:against", "prep:with")
            found = _others(self._parties_at(t, (*fallback, "prep:at") if sense.cameo[:2] >= "14" else fallback), mine)
        if not found and sense.cameo[:2] in _VERDICT_ROOTS:
            found = _others(self._source_of_object(t), mine)
        if not found and (sense.cameo[:2] >= "15" or sense.cameo == "042"):
            # force aimed at a territory ("fired missiles over Japan"), a visit to a capital named as a
            # place ("arrived in Pyongyang")
            found = _others(self._place_targets(t), mine)
        if not found and not sense.symmetric:
            # (a joint act makes its own object: "inked an agreement" signs no one else's earlier deal)
            found = _others(self._owner_of_object(t, sense.cameo, actors), mine)
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
        if not found:
            # "Putin greeted him": the person named before
            pronoun = next((c for c in t.children if c.dep_ in ("dobj", "dative") and c.lower_ in (
                "him", "her", "them")), None)  # fmt: skip
            if pronoun is not None:
                found = self._pronoun(pronoun, exclude=actors)  # not the one who greets: "Putin greeted him"
        return found

    def _antecedent_object(self, t: Any, *, places: bool) -> list[_Party]:
        """"Crimea, which Moscow annexed in 2014", "the envoy whom Beijing expelled": the object of a
        relative clause is the noun the clause hangs on (a place too, for force and visits: the
        state it belongs to) (events-14)."""
        if t.dep_ != "relcl" or t.head.pos_ not in ("NOUN", "PROPN"):
            return []
        if not any(c.dep_ == "dobj" and c.lower_ in _RELATIVE_PRONOUNS | {"whom"} for c in t.children):
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
        for tok in token.subtree:
            if tok.i in excluded:
                continue
            m = None if _backer(tok) else self.party_at.get(tok.i)  # (not the patron of an "X-backed" group)
            if m is not None and (m.kind != "place" or _people_of_place(tok)) and m.sector not in _NOT_POLITICAL \
                    and all(p.mention is not m for p in found):  # fmt: skip
                found.append(_Party(m, tok.i))
        return found

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
            if m is not None and m.kind == "place" and m.code is not None:
                out.append(_Party(m, c.i))
        return out

    def _owner_of_object(self, t: Any, code: str, actors: Sequence[str] = ()) -> list[_Party]:
        """"condemned the attack", "called the release selfish", "condemned it": the recipient is
        whoever did what the object names: the last report before it in the document with the same
        kind of action, or, for a pronoun or a noun the lexicon does not know, the last report by
        someone else."""
        obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
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
        aimed = self._aimed_at_judge(earlier, actors) if root is None and code[:2] in ("11", "12") else []
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
        definite = root is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
        # "condemned the attack": a definite noun names the document's first act of its kind, the
        # one the story is about, not a reply in kind told after it ("returned fire")
        for report in earlier if definite else reversed(earlier):
            if report.neutral or (root is not None and report.cameo_root != root):
                continue
            doers = report.actors if not report.joint else report.actors + report.recipients
            if root is None and {a.code for a in doers} & set(actors):
                continue
            return [_Party.of(a) for a in doers]
        return []

    @staticmethod
    def _aimed_at_judge(earlier: Sequence[EventReport], actors: Sequence[str]) -> list[_Party]:
        """"Algeria broke off relations with Morocco … Morocco regretted the decision and rejected
        the pretexts behind it": a party that deplores or rejects an act the lexicon does not name
        ("the decision", "the move", "it") deplores the latest hostile act (quad class 3 or 4) aimed
        at itself, if any, before the latest act of anyone else; not a visit it received (events-14)."""
        mine = set(actors)
        for report in reversed(earlier):
            doers = report.actors if not report.joint else report.actors + report.recipients
            if report.neutral or report.joint or report.quad_class < 3 or {a.code for a in doers} & mine:
                continue
            if mine <= {x.code for x in report.recipients}:
                return [_Party.of(a) for a in doers]
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
                     report.rule.split("+")[0].split("/")[1] if "/" in report.rule else ""}
            if any(_same_stem(noun, w) for w in words):
                doers = report.actors if not report.joint else report.actors + report.recipients
                return [_Party.of(a) for a in doers]
        return []

    # -- status, date, attribution ----------------------------------------------------------------

    def _status(self, t: Any, root: str) -> str:
        children = {c.dep_: c for c in t.children}
        lemmas_aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and not lemmas_aux and t.head.pos_ in ("VERB", "AUX") and \
                "nsubj" not in children and "nsubjpass" not in children:  # fmt: skip
            # "would have deplored the invasion and demanded a withdrawal": coordinated verbs share
            # the first one's auxiliaries (not a clause with its own subject: "it would have no choice
            # …, and he mocked Kim" is a second statement, which occurred)
            lemmas_aux = {c.lower_ for c in t.head.children if c.dep_ in ("aux", "auxpass")}
        means = self._means_clause_head(t) if t.pos_ in ("VERB", "AUX") else None
        if means is not None and not lemmas_aux:
            # "By cooperating with China, Seoul can win trust": how one would act shares the modality
            lemmas_aux = {c.lower_ for c in means.children if c.dep_ in ("aux", "auxpass")}
        carrier = _no_choice_but(t)
        if carrier is not None and not lemmas_aux - {"to"}:
            # "would have no choice but to destroy": the act is as future (or conditional) as "have"
            lemmas_aux |= {c.lower_ for c in carrier.children if c.dep_ in ("aux", "auxpass")}
        if t.dep_ == "xcomp" and not lemmas_aux - {"to"} and t.head.lemma_.lower() in _ASPECT_VERBS:
            # "would keep talking", "will continue to work": the aspect verb carries the modality
            lemmas_aux |= {c.lower_ for c in t.head.children if c.dep_ in ("aux", "auxpass")}
        if t.pos_ in ("VERB", "AUX") and _denied_passive(t):
            return "negated"  # "no agreements had been signed"
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and _denied_subject(c) for c in t.children):
            return "negated"  # "neither side fired a shot", "no country voted against"
        if "neg" in children or (self._negated_by_verb(t) and not self._owned(t)):
            # ("rejected the EU's criticism": the criticism was made; "Seoul blamed the sinking on
            # the North, a charge Pyongyang denied": the denial has its own object, the charge)
            return "negated"
        mods = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound")}
        # a verb with a condition, or itself a condition or inside one ("if Seoul supplied weapons")
        conditional = bool(_conditions(t)) or any(_is_condition(a) for a in [t, *_ancestors(t, 1)])
        hypothetical_cue = any(a.lemma_.lower() in self.lex.hypothetical_cues for a in _clause_ancestors(t, 3))
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "nsubj" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in self.lex.hypothetical_cues for c in t.head.children):
            hypothetical_cue = True  # "a meeting between Putin and Trump was possible"  # fmt: skip
        if root == "13":
            return "occurred"  # a threat, conditional or not, has been made
        if self._in_failed_document(t):
            return "hypothetical"  # "vetoed a resolution demanding a ceasefire": it demanded nothing
        if conditional or hypothetical_cue or mods & _HYPOTHETICAL_MODIFIERS or (lemmas_aux & _HYPOTHETICAL_AUX and \
                not self._reported(t)):  # fmt: skip
            return "hypothetical"
        if lemmas_aux & _POSSIBILITY_AUX:
            return "hypothetical"  # "officials said North Korea could supply shells": a possibility, even reported
        if lemmas_aux & _FUTURE_AUX or mods & _PLANNED_MODIFIERS or lemmas_aux & _HYPOTHETICAL_AUX:
            return "planned"  # "will visit"; "said it would send" (reported intent)
        if _shared_complement(t).dep_ in ("xcomp", "ccomp") and _shared_complement(t).head.lemma_.lower() in \
                self.lex.plan_verbs:  # fmt: skip
            return "planned"  # "plans to visit", "agreed to hold a summit"
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in _ASPECT_VERBS and t.head.dep_ in ("xcomp", "ccomp") and \
                t.head.head.lemma_.lower() in self.lex.plan_verbs:  # fmt: skip
            return "planned"  # "prepared to resume shelling": the aspect verb is what is planned (events-13)
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

    def _reported(self, t: Any) -> bool:
        return any(a.lemma_.lower() in self.lex.statement_verbs for a in _ancestors(t, 2))

    def _own_voice(self, t: Any, subj: Any, actors: set[str], root: str) -> bool:
        """Whether a speaker voices their own act as they speak ("Putin said Russia would
        cooperate", "Biden told reporters he regarded Xi as a dictator"): a speech act the author
        reports directly, no attribution. Not a past act the speaker reports ("Zhao said China had
        lodged a protest"), nor a deed of force or aid told by its doer."""
        if t.dep_ != "ccomp":
            return False  # (only what is said: "reaffirmed its position and hoped …" is two acts)
        found = self._head_parties(subj) or self._pronoun(subj)
        if any(p.mention.kind not in ("person", "title") or p.mention.sector == "MED" for p in found):
            return False  # an agency or state media reporting its state's acts is a source
        speakers = {p.mention.code for p in found}
        if not speakers or not speakers <= actors:
            return False
        aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
        if aux & (_HYPOTHETICAL_AUX | _FUTURE_AUX):
            return True  # an intent, a possibility, a threat: said now, by the one who would act
        return root in _VERBAL_ROOTS and not aux & {"had", "has", "have"}

    def _attribution(self, t: Any, actors: set[str] | None = None, root: str = "") -> str | None:
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
                    if actors and a.i == t.head.i and self._own_voice(t, subj, actors, root):
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

    def _quoted(self, t: Any) -> bool:
        before = self.sentence[: t.idx]
        return (before.count("“") > before.count("”")) or before.count('"') % 2 == 1

    def _date(self, t: Any) -> tuple[str | None, str | None, str | None]:
        """(date, precision, source) of the event."""
        doc_date = self.published or self.estimate
        year = doc_date.value[:4] if doc_date else None
        stated = [d for d in find_dates(self.sentence, year) if not self.sentence[d.start : d.end].startswith("since")]
        stated = self._dates_of_clause(t, stated)
        if stated:
            nearest = min(stated, key=lambda d: abs(d.start - t.idx))
            precision = {4: "year", 7: "month", 10: "day"}[len(nearest.value)]
            return nearest.value, precision, "text"
        relative = self._relative(t)
        if relative:
            return relative
        return self._document_date()

    def _dates_of_clause(self, t: Any, stated: list[Any]) -> list[Any]:
        """The dates that may date ``t``: not one inside a clause of another verb below it ("agreed
        to restore the channels, which Beijing cut after Pelosi visited Taiwan in August 2022": the
        date is the visit's); of the rest, those of ``t``'s own verb or a verb above it when any."""
        verb = t if t.pos_ in ("VERB", "AUX") else next((a for a in _ancestors(t, 6) if a.pos_ in ("VERB", "AUX")), t)
        above = {verb.i, t.i, *(a.i for a in _ancestors(verb, 6))}
        below = {w.i for w in verb.subtree}
        own, rest = [], []
        for d in stated:
            word = next((w for w in self.doc if w.idx <= d.start < w.idx + max(len(w.text), 1)), None)
            if word is None:
                rest.append(d)
                continue
            governor = next((a for a in _ancestors(word, 8) if a.pos_ in ("VERB", "AUX") or a.i == t.i), None)
            if governor is None or governor.i in above:
                own.append(d)
            elif governor.i not in below:
                rest.append(d)  # (a date of another clause beside it: kept as before, by distance)
        return own or rest

    def _document_date(self) -> tuple[str | None, str | None, str | None]:
        if self.published:
            return self.published.value, self.published.precision, "published"
        if self.estimate:
            return self.estimate.value, self.estimate.precision, "estimate"
        return None, None, None

    def _after_document(self, date: str | None) -> bool:
        doc_date = self.published or self.estimate
        if date is None or doc_date is None:
            return False
        n = min(len(date), len(doc_date.value))  # compare at the coarser of the two precisions
        return date[:n] > doc_date.value[:n]

    def _relative(self, t: Any) -> tuple[str, str, str] | None:
        if self.published is None or self.published.precision != "day":
            return None
        base = Date.fromisoformat(self.published.value)
        for m in _RELATIVE.finditer(self.sentence):
            g = m.groupdict()
            if g["weekday"]:
                target = _WEEKDAYS.index(g["weekday"].lower())
                back = (base.weekday() - target) % 7
                if g["on"] and g["on"].lower() == "last":
                    back = back or 7
                day = base - timedelta(days=back)
                return day.isoformat(), "day", "relative"
            if g["yesterday"]:
                return (base - timedelta(days=1)).isoformat(), "day", "relative"
            if g["today"]:
                return base.isoformat(), "day", "relative"
            if g["unit"]:
                step = {"last": -1, "next": 1}.get(g["rel"].split()[0].lower(), 0)
                if g["unit"] == "week":
                    return (base + timedelta(days=7 * step)).isoformat()[:7], "month", "relative"
                if g["unit"] == "month":
                    month = base.month - 1 + step
                    return f"{base.year + month // 12}-{month % 12 + 1:02d}", "month", "relative"
                return str(base.year + step), "year", "relative"
        return None

    def _historical(self, date: str | None, source: str | None) -> bool:
        doc_date = self.published or self.estimate
        if date is None or doc_date is None or source != "text":
            return False
        event_month = date[:7] if len(date) >= 7 else f"{date}-06"
        doc_month = doc_date.value[:7] if len(doc_date.value) >= 7 else f"{doc_date.value}-06"
        ey, em = int(event_month[:4]), int(event_month[5:7])
        dy, dm = int(doc_month[:4]), int(doc_month[5:7])
        return (dy - ey) * 12 + (dm - em) > _HISTORICAL_MONTHS

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
        date, precision, source = self._date(t)
        if status == "occurred" and source == "text" and self._after_document(date):
            # Something that happened cannot be dated after the text reporting it: the year names
            # something else ("a joint bid for the 2032 Olympics"), so the document's date stands.
            date, precision, source = self._document_date()
        trigger_start = self.start + t.idx
        trigger_end = trigger_start + len(t.text)
        key = f"{self.document_id}:{trigger_start}:{code.code}"
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


_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "morning",
               "evening", "night", "afternoon", "day", "week", "month", "year", "anniversary", "occasion",
               "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"}  # fmt: skip


#: words of a sentence's opening time phrase ("On Monday", "Later that day,", "Earlier this week")
_WHEN_WORDS = frozenset({"on", "in", "at", "last", "this", "that", "next", "early", "late", "earlier", "later",
                         "then", "the", "same", "following", "previous", "overnight", "today", "yesterday"})


def _only_when(opening: str) -> bool:
    """Whether the words before a sentence's first actor are nothing but a time phrase ("On Monday
    Kishida met …"): that actor then still opens the sentence as its subject. ("After meeting Biden,
    Kishida …" opens with an object.)"""
    words = re.findall(r"[\w’']+|[^\w\s,]", opening.lower())
    return all(w in _WHEN_WORDS or w in _TIME_WORDS or w.isdigit() for w in words)


def _elliptical(t: Any) -> bool:
    """"followed suit", "did the same", "did likewise": a verb phrase that stands for the last act."""
    lemma = t.lemma_.lower()
    objects = {c.lower_ for c in t.children if c.dep_ in ("dobj", "advmod", "npadvmod")}
    return (lemma == "follow" and "suit" in objects) or (lemma == "do" and bool(objects & {"same", "likewise"}))


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
