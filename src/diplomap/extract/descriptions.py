"""Definite descriptions resolved to the actor the document named before them.

News names an actor once and then describes it: "NATO … the alliance", "the Houthis … the
group", "the Permanent Court of Arbitration … the tribunal", "BRICS … Members agreed". The
description's noun says what kind of actor it is (lexicon.yaml ``descriptions``); the actor it
means is the latest one of that kind the document named before it, within a window of
sentences. The resolver declines where it cannot tell: no actor of that kind in the window, or
two of them in the sentence of the latest one ("NATO and the EU … the bloc").

One regular expression over the text, built once per table; no model.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from ..model import Mention
from .actor_data import ActorTable

#: how many sentences back a description looks for the actor it means (its own included)
WINDOW_SENTENCES = 12
#: the confidence of a resolved description: a guess from the document's order, as the recogniser's
#: other readings from context are (0.5–0.6), below a name the table knows (1.0)
DESCRIPTION_CONFIDENCE = 0.6
#: the nouns that may stand without "the" at the head of a sentence ("Members agreed …")
_BARE_NOUNS = frozenset({"members", "member states", "member countries", "member nations"})
#: words that end a description's modifiers: it has run into another phrase ("the head of the group")
_NOT_MODIFIERS = frozenset({
    "of", "and", "or", "to", "in", "by", "with", "from", "for", "on", "at", "a", "an", "the", "that", "which", "who",
    "is", "was", "are", "were", "has", "had", "have", "said", "says", "its", "their", "his", "her",
})  # fmt: skip
#: the kinds a mention of a state itself has (not its officials or bodies)
_STATE_KINDS = frozenset({"state", "capital-metonym", "ambiguous", "place"})
#: classes whose description is an organisation's own mention (kind igo)
_IGO_CLASSES = frozenset({"bloc", "organisation", "document"})
#: classes that exclude the UN and its organs: alliances, blocs and the texts of their summits
_NOT_UN = frozenset({"bloc", "document"})
#: classes whose state must be the only one named in the description's sentence and the one before
_ONE_STATE_CLASSES = frozenset({"state", "monarchy", "voice", "home"})
#: words that open a clause, after which a description is the clause's subject ("…, and the military
#: said"; "said that lawmakers would …"): a state's own group is read only there (events-18)
_CLAUSE_OPENERS = frozenset({"but", "while", "when", "because", "that", "then"})
#: the most words a sentence may open with before a comma that a state's own group follows as its
#: subject ("On Friday, the military said …"; not a list: "Parents, lawmakers and a bishop")
_OPENING_WORDS = 5
#: words after a group noun that place it ("protesters in Paris", "troops from Chad"): the place says whose
_PLACING = ("in", "from", "across", "throughout", "inside")


@dataclass(frozen=True, slots=True)
class _Found:
    """A description in the text: its span, the noun and the class of actor it refers to."""

    start: int
    end: int
    noun: str
    refers_to: str


class DescriptionResolver:
    """Resolve the descriptions of one document at a time (``resolve``). Build once per table."""

    def __init__(self, table: ActorTable) -> None:
        self.table = table

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        nouns = sorted(self.table.descriptions, key=len, reverse=True)
        if not nouns:
            return None
        # as written inside a sentence, capitalised at its head ("Members agreed …"), and, for a noun
        # of several words, in the wire's title case ("A Foreign Ministry spokesman")
        words = "|".join(re.escape(v) for n in nouns for v in dict.fromkeys((n, n[:1].upper() + n[1:], _title_case(n))))
        # "the" + up to two modifiers + the noun, or a bare noun that may stand alone; not before
        # "of" ("the members of the council": the "of" phrase says whose), nor as a possessive
        # ("the court's objections", "the alliance's summit": what it owns is no act of its own)
        return re.compile(
            rf"(?<![\w-])(?:(?P<det>[Tt]he|[Aa])\s+(?P<mods>(?:[\w’'-]+\s+){{0,2}}?))?(?P<noun>{words})(?![\w-])"
            rf"(?!\s+of\b)(?!\s+[A-Z])(?!['’]s?\b)"
        )

    @cached_property
    def _refers_to(self) -> dict[str, str]:
        """The table's descriptions by their lowercased noun: the text's noun is looked up lowercased,
        and the table keeps a word as it is written ("MPs"), which the pattern needs."""
        return {noun.lower(): refers for noun, refers in self.table.descriptions.items()}

    @cached_property
    def _sectors(self) -> dict[str, str]:
        """The descriptions' sectors by their lowercased noun (as ``_refers_to``)."""
        return {noun.lower(): sector for noun, sector in self.table.description_sectors.items()}

    @cached_property
    def _court_codes(self) -> frozenset[str]:
        return frozenset(code for code, heads in self.table.name_heads.items() if heads & {"court", "tribunal"})

    def resolve(self, text: str, sentences: Sequence[tuple[int, int]], months: Sequence[str | None],
                mentions: Sequence[Mention], document_id: str = "", *,
                dateline: str | None = None) -> list[Mention]:  # fmt: skip
        """The descriptions in ``text`` that resolve to an actor among ``mentions`` (sorted by
        offset), as mentions of that actor with ``via`` naming the one they were resolved from.
        ``dateline``: the state of the wire dateline's city, if any."""
        if self._pattern is None or not mentions:
            return []
        # a name the table could not resolve does not hide a description: the entity model often
        # takes "the Council" or "the Fund" for an organisation's name (the caller drops that
        # unresolved mention where the description resolves)
        taken = sorted((m.start, m.end) for m in mentions if m.code or m.members)
        starts = [s for s, _ in sentences]
        out: list[Mention] = []
        for found in self._descriptions(text, sentences, taken):
            k = max(bisect_right(starts, found.start) - 1, 0)
            lo = sentences[max(k - WINDOW_SENTENCES + 1, 0)][0] if sentences else 0
            earlier = [m for m in mentions if lo <= m.start and m.end <= found.start and m.code]
            sentence = sentences[k] if sentences else (0, len(text))
            antecedent = self._fronted_place(text, found, earlier, sentence[0])
            if antecedent is None:
                antecedent = self._antecedent(found, earlier, sentences, starts, k)
                if antecedent is not None and self._home_elsewhere(found, antecedent, mentions, sentence, dateline):
                    continue
            if antecedent is None:
                continue
            out.append(self._mention(text, found, antecedent, months[k] if months else None, document_id))
        return out

    # -- finding ----------------------------------------------------------------------------------

    def _descriptions(self, text: str, sentences: Sequence[tuple[int, int]],
                      taken: list[tuple[int, int]]) -> list[_Found]:  # fmt: skip
        assert self._pattern is not None
        sentence_starts = {s + len(text[s:e]) - len(text[s:e].lstrip()) for s, e in sentences}
        sorted_starts = sorted(sentence_starts)
        out: list[_Found] = []
        for m in self._pattern.finditer(text):
            noun = m.group("noun")
            refers_to = self._refers_to.get(noun.lower())
            inside = m.start("noun") not in sentence_starts
            if refers_to is None or (noun[:1].isupper() and inside and not m.group("det")):
                continue  # a capitalised noun inside a sentence is a name ("the Group of Seven")
            det = m.group("det")
            if det in ("a", "A") and refers_to != "voice":
                continue  # "a group", "an alliance": a new one, not one named before
            if refers_to == "home":
                opened = sorted_starts[max(bisect_right(sorted_starts, m.start()) - 1, 0)] if sorted_starts else 0
                if not self._home_group_at(text, m, sentence_starts, opened):
                    continue
            elif det is None and (noun.lower() not in _BARE_NOUNS or m.start() not in sentence_starts):
                continue  # bare "Members agreed …" heads its sentence; "all 30 member states" are counted
            if det == "The" and m.start() not in sentence_starts:
                continue  # "The" inside a sentence starts a title ("The Hague Group")
            mods = (m.group("mods") or "").split()
            if any(w.lower() in _NOT_MODIFIERS or w[:1].isdigit() for w in mods):
                continue
            if refers_to == "document" and m.start() not in sentence_starts:
                continue  # a document speaks for its body only as the sentence's subject
            start, end = m.start(), m.end()
            if any(a < end and start < b for a, b in taken):
                # a name inside the modifiers: the noun alone describes an armed group backed by
                # it ("the Iran-aligned group"); other descriptions it qualifies
                if any(a < end and m.start("noun") < b for a, b in taken) or refers_to != "armed":
                    continue  # ("the Malian junta", "the Soviet bloc": the qualifier says whose or which)
                start = m.start("noun")
            out.append(_Found(start, end, noun.lower(), refers_to))
        return out

    def _home_group_at(self, text: str, m: re.Match[str], sentence_starts: set[int], sentence_start: int) -> bool:
        """A state's own group named by what it is ("Protesters stormed …", "…, and the military
        said …") is read as the subject of its sentence or clause only: an object ("sent troops",
        "clashed with police") may be anyone's, and a group placed by a phrase ("protesters in
        Paris") is the place's, which the event coder reads (events-18)."""
        after = text[m.end() : m.end() + 12].split()
        if after and (after[0] in _PLACING or after[0] in ("and", "or")):
            return False  # (placed, or one of a list: "protesters and police clashed")
        if m.start() in sentence_starts:
            return True
        before = text[sentence_start : m.start()].rstrip()
        words = before.split()
        if before.endswith(","):
            return len(words) <= _OPENING_WORDS  # "On Friday, the military said …"
        # "…, and the military said", "but lawmakers voted", "said that police had …"
        if words and words[-1] == "and":
            return before[:-3].rstrip().endswith(",")
        return bool(words) and words[-1] in _CLAUSE_OPENERS

    # -- resolving --------------------------------------------------------------------------------

    def _antecedent(self, found: _Found, earlier: list[Mention], sentences: Sequence[tuple[int, int]],
                    starts: Sequence[int], here: int) -> Mention | None:  # fmt: skip
        """The latest earlier mention of the class the description names; None if there is none
        or if the sentence of the latest one (for a state or its voice, also the description's own
        sentence ``here`` and the one before) names another actor of that class. ``starts``: the
        sentences' starts, for finding the latest one's sentence."""
        fits = [m for m in earlier if self._fits(found, m)]
        if found.refers_to == "named":
            # "the Council" is the body last named "… Council" (the Security Council), not an
            # organisation mentioned since whose other organs include a council (the UN)
            fits = [m for m in fits if m.text.lower().endswith(found.noun)] or fits
        if not fits:
            return None
        latest = fits[-1]
        lo = sentences[max(bisect_right(starts, latest.start) - 1, 0)][0] if sentences else latest.start
        if found.refers_to in _ONE_STATE_CLASSES:
            # states are named in every sentence: "the country" must be the only one named in its
            # own sentence and the one before ("Finland joined NATO. The country shares …")
            lo = min(lo, sentences[max(here - 1, 0)][0]) if sentences else lo
        rivals = {m.code for m in fits if lo <= m.start} - {latest.code}
        return None if rivals else latest

    def _fronted_place(self, text: str, found: _Found, earlier: list[Mention], sentence_start: int) -> Mention | None:
        """"In Moscow, the foreign ministry said …", "In Tbilisi, protesters …": a state's voice or own
        group right after the place its sentence opens with is that place's state (events-18)."""
        if found.refers_to not in ("voice", "home") or not earlier:
            return None
        place = earlier[-1]
        opening = text[sentence_start : place.start].strip()
        between = text[place.end : found.start].strip()
        if place.kind != "place" or place.code not in self.table.state_codes or opening != "In":
            return None
        return place if between == "," else None

    def _home_elsewhere(self, found: _Found, antecedent: Mention, mentions: Sequence[Mention],
                        sentence: tuple[int, int], dateline: str | None) -> bool:  # fmt: skip
        """Whether a state's own group may belong to another state than the one named last: the wire
        dateline's ("SEOUL — North Korea fired a missile. The military said …": Seoul's, maybe), or,
        for a crowd, police or legislators, who act where they are, a place later in the sentence
        ("Protesters rallied in Berlin": the event coder reads the place); forces strike abroad."""
        if found.refers_to != "home":
            return False
        if dateline not in (None, antecedent.code):
            return True
        return self._sectors.get(found.noun) != "MIL" and any(
            m.kind == "place" and m.code != antecedent.code for m in mentions if found.end <= m.start < sentence[1])

    def _fits(self, found: _Found, m: Mention) -> bool:
        code = m.code or ""
        cls = found.refers_to
        if cls in _IGO_CLASSES:
            igo = m.kind == "igo" or (code in self.table.name_heads and code not in self.table.state_codes)
            if not igo or code in self._court_codes:
                return False
            return cls not in _NOT_UN or not self._un_system(code)
        if cls == "court":
            return code in self._court_codes or (m.sector == "JUD" and m.kind == "institution")
        if cls == "named":
            if m.kind == "igo":
                return found.noun in self.table.name_heads.get(code, frozenset())
            return m.kind == "institution" and m.text.lower().endswith(found.noun)
        if cls == "armed":
            return m.sector == "REB"
        if cls == "voice":
            return m.kind != "place" and code in self.table.state_codes
        if cls == "home":
            return code in self.table.state_codes  # (a place too: "Thousands rallied in Tbilisi. Protesters …")
        if cls in ("state", "monarchy"):
            if found.noun == "junta" and m.kind in ("institution", "title") and m.sector in ("MIL", "GOV"):
                return code in self.table.state_codes  # "Myanmar's military seized power. The junta …" (events-18)
            if m.kind not in _STATE_KINDS or code not in self.table.state_codes:
                return False
            if cls == "state":
                return True
            # a kingdom at the time told: Iran was one until 1979 (persons_history.yaml), not in 2023
            month = (m.date or "")[:7]
            if len(month) == 7:
                return self.table.holder(code, "monarch", month) is not None
            return bool(self.table.holders.get((code, "monarch")))
        return False

    def _un_system(self, code: str) -> bool:
        return code == "UN" or self.table.igo_parent.get(code) == "UN"

    def _mention(self, text: str, found: _Found, antecedent: Mention, month: str | None,
                 document_id: str) -> Mention:  # fmt: skip
        kind = antecedent.kind
        if found.refers_to in _IGO_CLASSES:
            kind = "igo"
        elif found.refers_to == "armed" and kind in ("person", "title"):
            kind = "institution"  # "Raúl Reyes … the rebels": the group, not its commander
        elif found.refers_to in ("state", "monarchy"):
            kind = "place" if self._after_locative(text, found.start) else "state"
        elif found.refers_to == "voice":
            kind = "title" if found.noun.endswith(("man", "woman", "person")) else "institution"
        elif found.refers_to == "home":
            # people ("protesters", "troops") as the recogniser's "Chinese diplomats", bodies as institutions
            kind = "title" if found.noun.endswith("s") and found.noun != "armed forces" else "institution"
        sector = None if kind in ("state", "place") else "GOV" if found.refers_to == "voice" else antecedent.sector
        sector = self._sectors.get(found.noun, sector)
        return Mention(document_id, found.start, found.end, text[found.start : found.end], antecedent.code, sector,
                       confidence=DESCRIPTION_CONFIDENCE, kind=kind, date=month or antecedent.date,
                       via=f"{antecedent.text}@{antecedent.start}")  # fmt: skip

    def _after_locative(self, text: str, start: int) -> bool:
        """"in the country", "across the kingdom": a place, as "in Seoul" is."""
        words = text[max(0, start - 20) : start].split()
        return bool(words) and words[-1] in self.table.locatives


def _title_case(noun: str) -> str:
    """"foreign ministry spokesman" → "Foreign Ministry spokesman": the words before the last
    capitalised, as wire copy writes a body's name before its officer's title."""
    words = noun.split()
    return " ".join([*(w[:1].upper() + w[1:] for w in words[:-1]), words[-1]]) if len(words) > 1 else noun
