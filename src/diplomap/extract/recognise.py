"""Actor recognition and resolution: which states, bodies and people a text names, as of when.

One pass left to right over the text:

1. **Dictionary atoms.** The longest surface form of the actor table at each token
   (states, demonyms, capitals, institutions, organisations, persons, titles, bodies, groups,
   places). Places ("Korean Peninsula") consume their words so that no state is found inside.
2. **Phrases.** Atoms next to each other combine: a qualifier (a state, demonym, capital or
   organisation, with or without "'s") + a title or body + a name: "Russian Foreign Minister
   Sergei Lavrov", "China's foreign ministry", "North Korean Deputy Foreign Minister Kim Yong Il"
   (a name the table does not know is taken from the capitalised words after a title).
3. **Resolution at the date the sentence speaks of**: the last explicit date in or before the
   sentence, else the document's date. A single-holder office ("the Russian foreign minister")
   resolves to the person in office then; a person's sector follows the role held then.
4. **Context.** Short names refer back to a full name in the document ("Lavrov" after "Sergei
   Lavrov"), else to the only holder of that name in office; "the North"/"the South" and
   "Korea" resolve from the Koreas the document talks about; "the two leaders" and "both
   countries" take the last two persons or states; shared body names ("the National Assembly")
   take the state of the sentence or the document.
5. **spaCy NER fallback** (``use_ner``) for what the dictionary cannot decide: names it does not
   know. By default (``gate``) only sentences that already hold an actor atom are run through
   the model; unresolved entities are listed with ``code: None``.

States and capitals after a locative ("in Seoul", "across China") are places, not actors.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..model import Mention
from .actor_data import ActorTable, Candidate, Person, build_table, tokenize
from .dates import find_dates
from .descriptions import DescriptionResolver
from .nlp import MODEL_BATCH, RecentDocs

RECOGNISER_VERSION = "actors-15"  # bump with every change of what the recogniser outputs

_QUALIFIER_KINDS = {"state", "abbreviation", "demonym", "capital", "igo", "ambiguous"}
_NAME_KINDS = {"person", "short"}
_BODY_KINDS = {"institution", "media", "metonym"}
_HEAD_KINDS = {"title", "agent"}
_KIND_LABEL = {
    "abbreviation": "state", "capital": "capital-metonym", "metonym": "capital-metonym", "short": "person",
}  # fmt: skip
_POSSESSIVE = {"'s", "’s", "'", "’"}
#: offices held abroad: an envoy is no official of the state where the sentence places him
_ABROAD_ROLES = frozenset({"ambassador", "un ambassador", "envoy", "consul"})
# Words that precede a name without being part of it ("President Moon said").
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?|[A-Z][a-z]*-[A-Z]?[a-z]+|[A-Z]{2,}[a-z]*")
_NOT_NAME = {
    "The", "A", "An", "And", "But", "On", "In", "At", "For", "With", "From", "After", "Before", "During", "Said",
    "Says", "Told", "Who", "Which", "That", "This", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Of", "To", "As", "By", "Has", "Had", "Was", "Is", "Will",
}  # fmt: skip
# ORG entities spaCy finds that are events, treaties or programmes, not actors.
_NOT_ORG = re.compile(
    r"\b(?:Talks|Treaty|Declaration|War|Summit|Agreement|Accord|Games|Olympics|Policy|Initiative|Program|"
    r"Programme|Act|Resolution|Conference|Forum|Dialogue|Statement|Strategy|Plan|Doctrine|Crisis|Festival|Massacre|"
    r"Pact|Deal|Olympic|Cup|Exercise|Drills?)\b"
)
_ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Prof", "No", "Capt",
                  "Adm", "Maj", "Sgt", "Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "vs", "Jan", "Feb", "Mar", "Apr",
                  "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*\S)")
#: sectors of groups inside a state that are not the state (events-18)
_SUBSTATE_SECTORS = frozenset({"REB", "OPP", "INS", "SEP"})
_BODY_PLURALS = {"forces", "authorities", "services", "courts", "ministries", "agencies", "governments", "armies",
                 "navies", "militaries", "companies", "firms", "businesses", "media", "embassies", "delegations",
                 "Forces", "Services"}  # fmt: skip
# Tokens of context on each side of an unexplained word that the entity model reads (its CNN
# sees about four words either way; eight keeps its view of the word unchanged).
_NER_CONTEXT = 5
#: dictionary kinds that make a sentence worth the entity model's time: an office, a known
#: official, an institution, an organisation, a capital speaking for its state. A state's name or
#: a demonym alone is not enough: sport and business news name countries all the time ("Japan
#: beat Brazil", "a Korean chipmaker"), and the names around them are players and companies; nor
#: is a short name alone ("Park", "May"), nor generic agents ("police"), outlets or places.
_POLITICAL_ANCHORS = frozenset({"title", "person", "institution", "igo", "capital", "metonym", "abbreviation"})
_COUNT_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# "SEOUL, June 21 — ", "TOKYO (Reuters) - ": the city line that opens a wire story (a paragraph's start)
# "In Beijing, " (or "In Beijing, the ") opening a sentence right before a title
_FRONTED_PLACE = re.compile(r"(?:^|[.!?]\s+|\n|— )In ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}), (?:the )?$")
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z.'’ -]{2,30}?)(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([^)\n]{1,30}\))?"
                       r"\s*[—–-]{1,2}\s")
# What joins the two states of a pair: "China and South Korea", "Beijing and Seoul", "China-ROK"
_PAIR_JOIN = re.compile(
    r"\s+and\s+(?:the\s+)?|\s*[-–/]\s*|['’]s\s+(?:relationship|relations|ties)\s+with\s+(?:the\s+)?")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: cheap rules (stops before a capital, line breaks), abbreviation-aware."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=64)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    # Cached: the recogniser, the event coder and the stance reader each split the same document,
    # and a worker reads a batch of documents (``recognise_many``) before coding the first.
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(0)[0] == ".":
            word = re.search(r"(\w+)$", text[start : m.start()])
            if word and (word.group(1) in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue  # "Mr. Kim", "U.S. officials", "Kim Jong U. …"
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return tuple(spans)


@dataclass(slots=True)
class _Atom:
    start: int  # character offsets
    end: int
    first_token: int
    last_token: int  # inclusive
    candidates: list[Candidate]

    @property
    def best(self) -> Candidate:
        return self.candidates[0]

    def has(self, kinds: set[str]) -> Candidate | None:
        return next((c for c in self.candidates if c.kind in kinds), None)


@dataclass(slots=True)
class _Context:
    """What the document has named so far: for short names, groups and shared body names."""

    persons: list[tuple[str, Person | None, str | None]] = field(default_factory=list)  # (name, person, code)
    states: list[str] = field(default_factory=list)  # state codes in order of mention
    #: short form → (full name, known person or None, code, sector, role) of its last full mention
    shorts: dict[str, tuple[str, Person | None, str | None, str | None, str | None]] = field(default_factory=dict)
    doc_month: str | None = None
    #: where each unknown person's short forms were learnt (their later uses are found afterwards)
    learnt_at: dict[str, int] = field(default_factory=dict)
    #: (role, code) of each title the document resolved to a state: "Russia's ambassador", then
    #: "Ambassador Georgy Zinoviev" is Russia's
    titles: list[tuple[str, str]] = field(default_factory=list)
    #: states named as a coordinated pair ("Beijing and Seoul", "both China and South Korea"), latest last
    pairs: list[tuple[str, str, int]] = field(default_factory=list)
    #: the state of the wire dateline's city ("SEOUL, June 21 —"), where the document names it
    host: str | None = None
    #: the state of the wire dateline's city, named or not (events-18: whose unnamed police a story tells of)
    dateline: str | None = None
    #: the states named as actors, not as places: the members of "the three countries" ("signed a
    #: memorandum in Madrid" makes Spain no member)
    actor_states: list[str] = field(default_factory=list)
    #: the members the document last gave "the N countries", by N: a later "the three countries" is
    #: the same three while they are still among the states named last (events-18)
    counted_groups: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def note_state(self, code: str | None, *, place: bool = False) -> None:
        """Note a state the story names; ``place``: named as a place or through a group inside it,
        not as an actor that may be one of "the two countries"."""
        if code and (not self.states or self.states[-1] != code):
            self.states.append(code)
        if code and not place and (not self.actor_states or self.actor_states[-1] != code):
            self.actor_states.append(code)

    def last_distinct(self, items: Sequence[str], n: int) -> list[str]:
        out: list[str] = []
        for item in reversed(items):
            if item not in out:
                out.append(item)
            if len(out) == n:
                break
        return list(reversed(out))


def _substate(m: Mention) -> bool:
    """An armed or opposition group named by its own name ("the PKK"): in a state, not the state."""
    return m.kind == "institution" and m.sector in _SUBSTATE_SECTORS


def _month_of(date: str | None) -> str | None:
    if not date:
        return None
    if len(date) == 4:
        return f"{date}-07"  # a year alone: its middle, so a term that covers most of it wins
    return date[:7]


class ActorRecogniser:
    """Recognise and resolve actor mentions. Build once per worker: the table and model load here."""

    def __init__(self, actor_files: Sequence[Path] = (), *, use_ner: bool = True, nlp: Any = None) -> None:
        self.table: ActorTable = build_table(actor_files)
        self.use_ner = use_ner
        self._nlp = nlp
        self.version = f"{RECOGNISER_VERSION}+{self.table.version}"
        self.descriptions = DescriptionResolver(self.table)
        self._text = ""  # the document being read (for whole-text checks such as other bearers of a name)
        #: the entity model's reading of the stretches it read last, by their text
        self._recent = RecentDocs()

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from .nlp import load_nlp

            # Only the entity recogniser: parsing is for the event coder, and the small model's
            # entity recogniser has its own token vectors (the shared tok2vec feeds the tagger
            # and the parser alone), so the shared one is left out too: same entities, less work.
            self._nlp = load_nlp(("parser", "lemmatizer", "attribute_ruler", "tagger", "senter", "tok2vec"))
        return self._nlp

    def load_model(self) -> None:
        """Load the entity model now (a worker's set-up) rather than at the first document that needs it."""
        if self.use_ner:
            _ = self.nlp

    # -- public -----------------------------------------------------------------------------------

    def recognise(self, text: str, document_id: str = "", date: str | None = None, *, gate: bool = True,
                  places: bool = False) -> list[Mention]:  # fmt: skip
        """Actor mentions of ``text`` sorted by offset. ``date`` (YYYY, YYYY-MM or YYYY-MM-DD) is the
        document's time; dates the text states override it for the sentences they govern.
        ``places`` (the event coder's mode) also returns the states and capitals named as places
        (kind ``place``) and the descriptions resolved to an actor named before them ("the
        alliance" after NATO: ``via`` says which mention; ``descriptions.py``)."""
        return self.recognise_with_warnings(text, document_id, date, gate=gate, places=places)[0]

    def recognise_with_warnings(self, text: str, document_id: str = "", date: str | None = None, *,
                                gate: bool = True, places: bool = False) -> tuple[list[Mention], set[str]]:  # fmt: skip
        return self.recognise_many([(text, document_id, date)], gate=gate, places=places)[0]

    def recognise_many(self, documents: Sequence[tuple[str, str, str | None]], *, gate: bool = True,
                       places: bool = False) -> list[tuple[list[Mention], set[str]]]:  # fmt: skip
        """``recognise_with_warnings`` for each (text, document id, date), the same result for each;
        the entity model reads the stretches of all the documents in one batch (a batch per
        document spends a tenth of the model's time on its own overhead)."""
        readings = [self._dictionary_pass(text, document_id, date, gate) for text, document_id, date in documents]
        windows = [r.text[s:e] for r in readings for s, e in r.windows]
        docs = iter(self._recent.read(windows, lambda texts: self.nlp.pipe(texts, batch_size=MODEL_BATCH)))
        out = []
        for r in readings:
            mentions, warnings = self._conclude(r, [next(docs) for _ in r.windows])
            if places:
                # the event coder's mode: descriptions of actors named before ("the alliance")
                # too, which the actor gold does not label (they are no names)
                resolved = self.descriptions.resolve(r.text, r.sentences, r.months,
                                                     sorted(mentions, key=lambda m: (m.start, m.end)), r.document_id,
                                                     dateline=r.ctx.dateline)  # fmt: skip
                mentions = [m for m in mentions if m.code or m.members or not _overlaps_any(m, resolved)] + resolved
            else:
                mentions = [m for m in mentions if m.kind != "place"]
            out.append((sorted(mentions, key=lambda m: (m.start, m.end)), warnings))
        return out

    # -- the pass ---------------------------------------------------------------------------------

    def _dictionary_pass(self, text: str, document_id: str, date: str | None, gate: bool) -> _Reading:
        """Everything up to the entity model: the dictionary's mentions and the stretches the
        model is to read (none without ``use_ner``)."""
        self._text = text
        tokens = tokenize(text)
        atoms = self._atoms(text, tokens)
        sentences = split_sentences(text)
        months = self._sentence_months(text, sentences, date)
        ctx = _Context(doc_month=_month_of(date) or (months[0] if months else None))
        dateline = _DATELINE.search(text, 0, min(len(text), 600))
        host = self.table.lookup(dateline.group(1).title()) if dateline else []
        host_code = next((c.code for c in host if c.kind in ("capital", "state")), None)
        ctx.dateline = host_code
        mentions: list[Mention] = []
        warnings: set[str] = set()
        korea_side = self._korea_side(atoms)

        sentence_of = _SentenceIndex(sentences)
        i = 0
        while i < len(atoms):
            atom = atoms[i]
            month = months[sentence_of(atom.start)]
            if host_code and ctx.host is None and host_code in ctx.states:
                ctx.host = host_code  # the dateline's state counts once the story names it as an actor
            consumed, produced = self._phrase(text, tokens, atoms, i, month, ctx, korea_side, warnings)
            for m in produced:
                self._note_pair(text, mentions, m, ctx)
                mentions.append(replace(m, document_id=document_id, date=month))
            i += max(consumed, 1)
            # Atoms inside a mention just made belong to it ("Kim" inside "envoy Kim Hyok Chol").
            reach = max((m.end for m in produced), default=0)
            while i < len(atoms) and atoms[i].start < reach:
                i += 1

        mentions.extend(self._later_short_names(text, mentions, ctx, document_id))
        mentions.extend(self._headline_short_names(text, mentions, ctx, document_id))
        place_lines = self._dateline_places(text)
        if place_lines:
            mentions = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in place_lines)]
        reading = _Reading(text, document_id, sentences, months, ctx, mentions, warnings)
        if self.use_ner:
            # Every dictionary atom counts as decided, places and "in Seoul" included, and so does
            # a dateline's city (the entity model reads "ADDIS ABABA" as an organisation).
            reading.covered = [(m.start, m.end) for m in mentions] + [(a.start, a.end) for a in atoms] + place_lines
            if gate:
                starts = [t[0] for t in tokens]
                reading.windows = [w for sent in sentences for w in self._undecided(text, sent, tokens, atoms, starts)]
            else:
                reading.windows = sentences
        return reading

    def _conclude(self, r: _Reading, docs: Sequence[Any]) -> tuple[list[Mention], set[str]]:
        """The entity model's mentions (``docs``: its reading of each of ``r.windows``) join the
        dictionary's; then the states of unresolved people."""
        self._text = r.text
        mentions = r.mentions
        if self.use_ner:
            sentence_at = _SentenceIndex(r.sentences)
            for m in self._ner(r.text, r.windows, docs, r.covered, r.ctx):
                mentions.append(replace(m, document_id=r.document_id, date=r.months[sentence_at(m.start)]))
        return self._sentence_state(r.sentences, self._inherit(r.text, mentions)), r.warnings

    def _dateline_places(self, text: str) -> list[tuple[int, int]]:
        """The city of each wire dateline ("ADDIS ABABA, Nov 2 — ", "PORT-AU-PRINCE (AP) — "): a
        place line, never an actor ("AU" in PORT-AU-PRINCE is not the African Union). A capitalised
        word before a dash is a dateline only when it is a known place, carries a date or an
        agency, or is a compound name; "NATO — allies agreed …" keeps its actor."""
        spans = []
        for m in _DATELINE.finditer(text):
            city = m.group(1).strip()
            known = any(c.kind in ("capital", "place", "state") for c in self.table.lookup(city.title()))
            marked = m.end(1) < m.end() and bool(re.match(r"\s*[,(]", text[m.end(1):]))
            if known or marked or re.search(r"[ -]", city):
                spans.append((m.start(1), m.start(1) + len(city)))
        return spans

    def _sentence_state(self, sentences: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
        """A titled official the table does not know, whom nothing before resolved ("Interior Minister
        Horst Seehofer defended Germany's decision", "President Salva Kiir lifted a state of emergency in
        South Sudan"): the state of the sentence, when it names only one (as an actor, else as a place).
        Not for envoys, who serve abroad."""
        out: list[Mention] = []
        for m in mentions:
            if m.kind == "person" and m.code is None and m.role and m.role not in _ABROAD_ROLES:
                s, e = next(((a, b) for a, b in sentences if a <= m.start < b), (m.start, m.end))
                near = [x for x in mentions if x is not m and s <= x.start < e and x.code in self.table.state_codes]
                actors = {x.code for x in near if x.kind != "place"}
                codes = actors or {x.code for x in near}
                if len(codes) == 1:
                    m = replace(m, code=next(iter(codes)), confidence=0.5)
            out.append(m)
        return out

    def _note_pair(self, text: str, before: list[Mention], m: Mention, ctx: _Context) -> None:
        """Two states named as a pair ("Beijing and Seoul reached an agreement"): what a later "both
        countries" most likely means."""
        states = self.table.state_codes
        if not before or m.kind == "place" or m.code not in states or _substate(m):
            return
        prev = before[-1]
        if prev.kind != "place" and prev.code in states and prev.code != m.code and not _substate(prev) and \
                _PAIR_JOIN.fullmatch(text[prev.end : m.start]):  # fmt: skip
            ctx.pairs.append((prev.code, m.code, m.end))  # type: ignore[arg-type]

    @staticmethod
    def _inherit(text: str, mentions: list[Mention]) -> list[Mention]:
        """Unresolved people take the state of the body or title beside them: "James Kelly of the
        US State Department", "Its spokesman, Geng Shuang" (after a resolved title)."""
        ordered = sorted(mentions, key=lambda m: m.start)
        out: list[Mention] = []
        for k, m in enumerate(ordered):
            if m.kind == "person" and m.code is None:
                after = ordered[k + 1] if k + 1 < len(ordered) else None
                before = ordered[k - 1] if k > 0 else None
                if after is not None and after.code and re.fullmatch(r",? of (?:the )?", text[m.end : after.start]):
                    m = replace(m, code=after.code, sector=after.sector or m.sector, confidence=0.6)
                elif before is not None and before.code and before.kind in ("title", "institution") and re.fullmatch(
                        r",\s*", text[before.end : m.start]):  # fmt: skip
                    m = replace(m, code=before.code, sector=before.sector, role=m.role or before.role, confidence=0.6)
            out.append(m)
        return out

    def _atoms(self, text: str, tokens: list[tuple[int, int]]) -> list[_Atom]:
        """Longest dictionary match at each token; places are kept so they block what they contain."""
        t = self.table
        atoms: list[_Atom] = []
        i, n = 0, len(tokens)
        while i < n:
            s, e = tokens[i]
            word = text[s:e]
            longest = t.longest_from(word)
            if not longest:
                i += 1
                continue
            found = None
            for j in range(min(n, i + longest) - 1, i - 1, -1):
                surface = text[s : tokens[j][1]]
                if "\n" in surface or "  " in surface:
                    surface = " ".join(surface.split())
                if "’" in surface:
                    surface = surface.replace("’", "'")  # "People’s Republic of China"
                candidates = t.exact.get(surface) or t.folded.get(surface.lower())
                if candidates:
                    found = _Atom(s, tokens[j][1], i, j, list(candidates))
                    break
            if found is None:
                i += 1
                continue
            if found.best.kind == "ambiguous" and found.last_token > i:
                # "the North Koreans": a longer name starting one word later beats "the North".
                later = self._longest_at(text, tokens, i + 1)
                if later is not None and later > found.end:
                    i += 1
                    continue
            atoms.append(found)
            i = found.last_token + 1
        return atoms

    def _undecided(self, text: str, sentence: tuple[int, int], tokens: list[tuple[int, int]],
                   atoms: list[_Atom], starts: list[int]) -> list[tuple[int, int]]:  # fmt: skip
        """The gate: the stretches of a sentence the model should read. Only a sentence with a
        political anchor (``_POLITICAL_ANCHORS``) that still holds a capitalised word the
        dictionary did not explain (a name it may not know) is read, and only around such words:
        the model's context is a few words wide."""
        s, e = sentence
        inside = [a for a in atoms if s <= a.start < e]
        if not any(c.kind in _POLITICAL_ANCHORS for a in inside for c in a.candidates):
            return []  # no political actor for an unknown name to be
        covered = {k for a in inside for k in range(a.first_token, a.last_token + 1)}
        lo, hi = bisect_left(starts, s), bisect_left(starts, e)
        windows: list[tuple[int, int]] = []
        for k in range(lo + 1, hi):  # the sentence's first word is capitalised anyway
            word = text[tokens[k][0] : tokens[k][1]]
            if k in covered or not word[:1].isupper() or word in _NOT_NAME or word.isupper():
                continue
            a, b = max(lo, k - _NER_CONTEXT), min(hi - 1, k + _NER_CONTEXT)
            if windows and a <= windows[-1][1] + 1:
                windows[-1] = (windows[-1][0], b)
            else:
                windows.append((a, b))
        return [(tokens[a][0], tokens[b][1]) for a, b in windows]

    def _later_short_names(self, text: str, mentions: list[Mention], ctx: _Context,
                           document_id: str) -> Iterator[Mention]:  # fmt: skip
        """Later uses of names the table does not know: "Ri" after "Foreign Minister Ri Yong Ho"."""
        taken = [(m.start, m.end) for m in mentions]
        for key, learnt in ctx.learnt_at.items():
            name, _, code, sector, role = ctx.shorts[key]
            for m in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text):
                if m.start() < learnt or any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append(m.span())
                yield Mention(document_id, m.start(), m.end(), key, code, sector, name, role, 0.7, "person")

    def _headline_short_names(self, text: str, mentions: list[Mention], ctx: _Context,
                              document_id: str) -> Iterator[Mention]:  # fmt: skip
        """"Moon and Kim pledge to end Korean War", then "President Moon Jae-in …": a headline uses
        the short name before the body gives the full one; a word that is also a common noun
        ("Moon") is taken for that person only in the first line, and only once the body names him."""
        first_line = text.split("\n", 1)[0]
        if len(first_line) > 200 or first_line.rstrip().endswith("."):
            return  # not a headline
        taken = [(m.start, m.end) for m in mentions]
        for key, (name, _, code, sector, role) in list(ctx.shorts.items()):
            if code is None or " " in key:
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", first_line):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append(m.span())
                yield Mention(document_id, m.start(), m.end(), key, code, sector, name, role, 0.7, "person")

    def _longest_at(self, text: str, tokens: list[tuple[int, int]], i: int) -> int | None:
        t = self.table
        s = tokens[i][0]
        word = text[s : tokens[i][1]]
        longest = t.longest_from(word)
        for j in range(min(len(tokens), i + longest) - 1, i - 1, -1):
            surface = text[s : tokens[j][1]].replace("’", "'")
            if surface in t.exact or surface.lower() in t.folded:
                return tokens[j][1]
        return None

    def _sentence_months(self, text: str, sentences: list[tuple[int, int]], date: str | None) -> list[str | None]:
        """The month each sentence speaks of: the first date it states, else the document's month.

        Dates do not carry over to the next sentence: a text that recalls 2017 in one sentence
        is back at its own time in the next. "since February" dates a beginning, not the
        sentence. Without a document date, the text's first stated date stands for it.
        """
        doc_month = _month_of(date)
        if doc_month is None:
            first = next(find_dates(text), None)
            doc_month = _month_of(first.value) if first else None
        year = doc_month[:4] if doc_month else None
        months: list[str | None] = []
        for s, e in sentences:
            dates = [d for d in find_dates(text[s:e], year) if not text[s + d.start : s + d.end].startswith("since")]
            months.append(_month_of(dates[0].value) if dates else doc_month)
        return months or [doc_month]

    def _korea_side(self, atoms: list[_Atom]) -> str | None:
        """Which Korea a bare "Korea"/"Korean" means here: the South unless only the North is named."""
        codes = {c.code for a in atoms for c in a.candidates[:1] if c.code in ("KOR", "PRK")}
        if codes == {"PRK"}:
            return "PRK"
        return "KOR"

    # -- phrases ----------------------------------------------------------------------------------

    def _adjacent(self, text: str, a: _Atom, b: _Atom) -> str | None:
        """The gap between two atoms if they belong together: "" (space), "'s" or None."""
        gap = text[a.end : b.start]
        if gap.strip() == "" and len(gap) <= 2 and "\n" not in gap:
            return ""
        if "\n" in gap or len(gap) > 40:
            return None
        rest = gap.strip()
        possessive = rest[:2] in ("'s", "’s") or rest[:1] in ("'", "’")
        if possessive:
            rest = rest[2:] if rest[:2] in ("'s", "’s") else rest[1:]
        words = rest.split()
        # "China's official Xinhua", "the Russian deputy …": modifiers that belong to neither side.
        if len(words) <= 2 and all(w in self.table.modifiers for w in words):
            return "'s" if possessive else ""
        return None

    def _is_locative(self, text: str, tokens: list[tuple[int, int]], atom: _Atom) -> bool:
        if text.startswith(("'s", "’s"), atom.end):
            return False  # "at China's invitation", "in Russia's war": the owner of a thing, not a place
        k = atom.first_token - 1
        if k >= 0 and text[tokens[k][0] : tokens[k][1]] in ("the", "The"):
            k -= 1
        return k >= 0 and text[tokens[k][0] : tokens[k][1]] in self.table.locatives

    def _phrase(self, text: str, tokens: list[tuple[int, int]], atoms: list[_Atom], i: int, month: str | None,
                ctx: _Context, korea_side: str | None, warnings: set[str]) -> tuple[int, list[Mention]]:  # fmt: skip
        """Read the phrase that starts at atom ``i``; return how many atoms it used and its mentions."""
        atom = atoms[i]
        cand = atom.best
        if cand.kind == "place":
            if cand.code is None:
                return 1, []
            # a region of a state ("Hokkaido"): a place with its state's code, never an actor
            return 1, [Mention("", atom.start, atom.end, text[atom.start : atom.end], cand.code, None, confidence=0.5,
                               kind="place")]  # fmt: skip
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        gap = self._adjacent(text, atom, nxt) if nxt else None

        # A person before a body or title: "Biden administration" (one mention), "Moon's adviser" (two).
        name = atom.has(_NAME_KINDS)
        if name and nxt is not None and gap is not None and nxt.has(_HEAD_KINDS) and not atom.has(_QUALIFIER_KINDS):
            person_mention = self._person(text, atom, name, month, ctx, None)
            if person_mention is None:
                return 1, []
            head = nxt.has(_HEAD_KINDS)
            assert head is not None
            if gap == "" and head.kind == "agent":
                return 2, [Mention("", atom.start, nxt.end, text[atom.start : nxt.end], person_mention.code,
                                   head.sector, kind="institution", confidence=person_mention.confidence)]  # fmt: skip
            used, heads = self._head(text, tokens, atoms, i + 1, person_mention.code, month, ctx, warnings,
                                     qualifier_start=None)  # fmt: skip
            return 1 + used, [person_mention, *heads]

        qualifier = atom.has(_QUALIFIER_KINDS)
        body = atom.has(_BODY_KINDS)

        # "the Russian and South Korean vice defence ministers": the first conjunct shares the head.
        if qualifier and nxt is not None and i + 2 < len(atoms) and nxt.has(_QUALIFIER_KINDS):
            joint = text[atom.end : nxt.start]
            after = atoms[i + 2]
            shared = after.has(_HEAD_KINDS)
            if joint in (" and ", ", ", " or ") and shared and self._adjacent(text, nxt, after) is not None:
                code = self._qualifier_code(qualifier, korea_side, text[atom.start : atom.end])
                if code is not None:
                    ctx.note_state(code if code in self.table.state_codes else None)
                    kind = "title" if shared.kind == "title" else "institution"
                    return 1, [Mention("", atom.start, atom.end, text[atom.start : atom.end], code, shared.sector,
                                       confidence=0.8, kind=kind)]  # fmt: skip

        # "China's official Xinhua": "official" is an adjective here, not "an official".
        if (qualifier and nxt is not None and gap is not None and i + 2 < len(atoms)
                and text[nxt.start : nxt.end] in self.table.modifiers and atoms[i + 2].has(_BODY_KINDS)
                and self._adjacent(text, nxt, atoms[i + 2]) == ""):  # fmt: skip
            inner = atoms[i + 2].has(_BODY_KINDS)
            assert inner is not None
            used, found = self._body(text, atoms, i + 2, inner, atom.start, month, ctx,
                                     owner=self._qualifier_code(qualifier, korea_side, text[atom.start : atom.end]))
            if found:
                return 2 + used, found

        # "China's official Xinhua news agency", "Japan's Ministry of Economy": the body decides.
        if qualifier and nxt is not None and gap is not None and nxt.has(_BODY_KINDS) and not nxt.has(_HEAD_KINDS):
            inner = nxt.has(_BODY_KINDS)
            assert inner is not None
            used, found = self._body(text, atoms, i + 1, inner, atom.start, month, ctx,
                                     owner=self._qualifier_code(qualifier, korea_side, text[atom.start : atom.end]))
            if found:
                return 1 + used, found

        # "NIS chief Suh Hoon", "CIA Director Mike Pompeo", "Pentagon spokesman John Kirby".
        if body and nxt is not None and gap == "" and nxt.has(_HEAD_KINDS) and body.code:
            used, heads = self._head(text, tokens, atoms, i + 1, body.code, month, ctx, warnings,
                                     qualifier_start=atom.start, body_sector=body.sector)  # fmt: skip
            if heads:
                return 1 + used, heads

        if qualifier and nxt is not None and gap is not None and (nxt.has(_HEAD_KINDS) or (
                nxt.has(_NAME_KINDS) and gap == "")):  # fmt: skip
            code = self._qualifier_code(qualifier, korea_side, text[atom.start : atom.end])
            if code is not None:
                if qualifier.historic and month and not qualifier.valid_at(month) and nxt.has(_HEAD_KINDS):
                    warnings.add("anachronism")  # a "Soviet ambassador" in 2024
                if nxt.has(_HEAD_KINDS):
                    used, heads = self._head(text, tokens, atoms, i + 1, code, month, ctx, warnings,
                                             qualifier_start=atom.start)  # fmt: skip
                    ctx.note_state(code if code in self.table.state_codes else None)
                    return 1 + used, heads
                # "Japan's Yoshihide Suga", "Chinese Xi": the name decides, the qualifier joins the span.
                name_atom = nxt
                name_cand = nxt.has(_NAME_KINDS)
                assert name_cand is not None
                pm = self._person(text, name_atom, name_cand, month, ctx, code)
                if pm is not None:
                    return 2, [replace(pm, start=atom.start, text=text[atom.start : pm.end])]

        if cand.kind in _HEAD_KINDS:
            return self._head(text, tokens, atoms, i, None, month, ctx, warnings, qualifier_start=None)

        if name:
            pm = self._person(text, atom, name, month, ctx, None)
            return 1, [pm] if pm else []
        return 1, self._standalone(text, tokens, atoms, i, month, ctx, korea_side, warnings)

    def _qualifier_code(self, cand: Candidate, korea_side: str | None, surface: str = "") -> str | None:
        if cand.kind == "ambiguous":
            if surface.lower() == "the north":
                return "PRK"
            if surface.lower() == "the south":
                return "KOR"
            return korea_side if surface.lower().startswith("korea") else None
        return cand.code

    def _head(self, text: str, tokens: list[tuple[int, int]], atoms: list[_Atom], i: int, code: str | None,
              month: str | None, ctx: _Context, warnings: set[str], *, qualifier_start: int | None,
              body_sector: str | None = None) -> tuple[int, list[Mention]]:  # fmt: skip
        """A title or body, after its qualifier if any, with the name that may follow it."""
        j = i
        head = atoms[j].has(_HEAD_KINDS)
        assert head is not None
        # "Foreign Ministry spokesman": consecutive heads form one; the last one says what it is.
        while j + 1 < len(atoms) and self._adjacent(text, atoms[j], atoms[j + 1]) == "" and atoms[j + 1].has(
                _HEAD_KINDS):  # fmt: skip
            j += 1
            head = atoms[j].has(_HEAD_KINDS)
            assert head is not None
        if body_sector and head.kind == "title" and not head.single:
            head = replace(head, sector=body_sector)  # the NIS's chief is intelligence, the Pentagon's military
        start = qualifier_start if qualifier_start is not None else atoms[i].start
        end = atoms[j].end
        used = j - i + 1
        nxt = atoms[j + 1] if j + 1 < len(atoms) else None

        if head.kind == "title":
            # A name right after the title: known ("President Moon Jae-in") or not ("Kim Yong Il").
            name_cand = nxt.has(_NAME_KINDS) if nxt is not None else None
            unknown = self._name_after(text, tokens, atoms[j].last_token + 1)
            if name_cand and name_cand.kind == "short" and unknown and nxt is not None and unknown[1] > nxt.end:
                name_cand = None  # "envoy Kim Hyok Chol": a longer unknown name, not the known "Kim"
            if nxt is not None and name_cand and self._adjacent(text, atoms[j], nxt) == "":
                pm = self._person(text, nxt, name_cand, month, ctx, code, title=head)
                if pm is not None:
                    return used + 1, [replace(pm, start=start, text=text[start : pm.end])]
            # "Supreme Leader Ayatollah Ali Khamenei", "Major General Qassem Soleimani": honorifics
            # or ranks between the title and a known name; the name ends the capitalised words
            k = _known_name_ending(atoms, j, unknown) if unknown is not None else None
            known = atoms[k].has(_NAME_KINDS) if k is not None else None
            if k is not None and known is not None and known.kind != "short":
                pm = self._person(text, atoms[k], known, month, ctx, code, title=head)
                if pm is not None:
                    return k - i + 1, [replace(pm, start=start, text=text[start : pm.end])]
            if unknown is not None:
                s, e = unknown
                name_text = text[s:e]
                context_code = None
                if code is None:
                    code = context_code = self._untitled_code(ctx, head, self._fronted_place(text, start))
                resolved = ctx.shorts.get(name_text) or ctx.shorts.get(name_text.split()[-1])
                person_name = resolved[0] if resolved else name_text
                person_obj = resolved[1] if resolved else None
                ctx.persons.append((person_name, person_obj, code))
                self._note_shorts(ctx, name_text, person_obj, code, head.sector, head.role)
                if person_obj is None:
                    for key in self._short_keys(name_text):
                        if ctx.shorts.get(key, ("",))[0] == person_name:
                            ctx.learnt_at.setdefault(key, e)
                confidence = 0.6 if code is None or context_code else 0.9
                return used, [Mention("", start, e, text[start:e], code, head.sector, person_name, head.role,
                                      confidence, "person")]  # fmt: skip
            # A title alone: a single office resolves to its holder then.
            if code is None:
                if not head.single or text[end : end + 4] == " of " or head.plural:
                    return used, []  # "the leader of South Korea's opposition": the "of" phrase decides
                code = self._bare_title_code(ctx, head)
                if code is None:
                    return used, []
                start = atoms[i].start
            person, role = self._holder(code, head, month, ctx.doc_month)
            sector = head.sector
            if head.role and code in self.table.state_codes:
                ctx.titles.append((head.role, code))
            if person is not None:
                ctx.persons.append((person.name, person, code))
                r = next((r for r in person.roles_at(month or "") if r.code == code), None)
                sector = r.sector if r and r.sector else sector
            return used, [Mention("", start, end, text[start:end], code, sector,
                                  person.name if person else None, role, 0.9, "title")]  # fmt: skip

        # A body: "Chinese officials", "PRC foreign ministry", "the National Assembly".
        confidence = 1.0
        if code is None and nxt is not None and text[end : nxt.start] == " in ":
            seat = nxt.has({"capital", "state", "abbreviation"})
            if seat is not None and seat.code:
                code, confidence = seat.code, 0.8  # "the foreign ministry in Beijing"
        if code is None:
            if not head.alone:
                return used, []
            code, confidence = self._owner_before(text, atoms, i, ctx) or self._context_code(ctx), 0.7
            if code is None:
                return used, []
        # People ("Chinese diplomats", "North Korean troops") are titles without a name; bodies
        # ("the PRC foreign ministry", "Chinese authorities") are institutions.
        last = text[atoms[j].start : end].split()[-1]
        kind = "title" if last.endswith("s") and last not in _BODY_PLURALS else "institution"
        return used, [Mention("", start, end, text[start:end], code, head.sector, confidence=confidence, kind=kind)]

    def _body(self, text: str, atoms: list[_Atom], k: int, inner: Candidate, start: int, month: str | None,
              ctx: _Context, owner: str | None = None) -> tuple[int, list[Mention]]:  # fmt: skip
        """A named body after a qualifier, with a generic noun that may follow ("Xinhua news agency").
        ``owner``: the qualifier's state. Where it names another state than the body's own, the owner
        named wins: "Brazil's Congress" is Brazil's legislature, not the one a bare "Congress" means
        (the US Congress); the body then gives only its sector (events-18 review)."""
        if month and not inner.valid_at(month):
            return 0, []
        end = atoms[k].end
        used = 1
        nxt = atoms[k + 1] if k + 1 < len(atoms) else None
        agent = nxt.has({"agent"}) if nxt is not None else None
        if nxt is not None and agent and agent.sector == inner.sector and self._adjacent(text, atoms[k], nxt) == "":
            end, used = nxt.end, 2
        states = self.table.state_codes
        if owner in states and inner.code in states and owner != inner.code:
            ctx.note_state(owner)
            return used, [Mention("", start, end, text[start:end], owner, inner.sector, kind="institution")]
        ctx.note_state(inner.code if inner.code in states else None)
        kind = _KIND_LABEL.get(inner.kind, inner.kind)
        return used, [Mention("", start, end, text[start:end], inner.code, inner.sector, kind=kind)]

    def _holder(self, code: str, head: Candidate, month: str | None,
                doc_month: str | None = None) -> tuple[Person | None, str | None]:  # fmt: skip
        """The holder of a single office at the sentence's month, else at the document's (a
        sentence that mentions 1937 in passing does not send "the president" back to 1937)."""
        if not head.single:
            return None, head.role
        for when in dict.fromkeys(m for m in (month, doc_month) if m):
            if head.role == "leader":
                person, role = self.table.leader(code, when)
            else:
                assert head.role is not None
                person, role = self.table.holder(code, head.role, when), head.role
            if person is not None:
                return person, role
        return None, head.role

    def _bare_title_code(self, ctx: _Context, head: Candidate) -> str | None:
        """Whose "the president" is: the last person named in that office, else the state the
        document names most."""
        for _, person, code in reversed(ctx.persons):
            if person is not None and code and any(r.role == head.role and r.code == code for r in person.roles):
                return code
        states = [c for c in ctx.states if c in self.table.state_codes]
        if not states:
            return None
        return max(dict.fromkeys(states), key=states.count)

    def _fronted_place(self, text: str, start: int) -> str | None:
        """The state of a place a sentence opens with right before a title ("In Beijing, foreign
        ministry spokesman …", "In Manila, Foreign Secretary …"): wire copy names where an official
        spoke, away from the dateline's city."""
        m = _FRONTED_PLACE.search(text, max(0, start - 60), start)
        if m is None:
            return None
        return next((c.code for c in self.table.lookup(m.group(1)) if c.kind in ("capital", "state")), None)

    def _untitled_code(self, ctx: _Context, head: Candidate, fronted: str | None = None) -> str | None:
        """Whose official an unknown name after a bare title is ("Vice Foreign Minister Kim Hong-kyun",
        "Ambassador Georgy Zinoviev"): the state of the last title of the same office the document
        gave a state ("Russia's ambassador"), else, for offices held at home, the state of the
        wire dateline ("SEOUL, June 21 —") once the story has named it. An ambassador abroad is a
        foreigner in the dateline's city: no dateline guess for envoys."""
        if head.sector not in ("GOV", "MIL", "LEG", "JUD", "SPY"):
            return None  # (officials of organisations, opposition figures: no state guess)
        if fronted is not None and head.role not in ("ambassador", "un ambassador"):
            return fronted  # ("In Beijing, foreign ministry spokesman …" is Beijing's, whatever the dateline)
        for role, code in reversed(ctx.titles):
            if role == head.role:
                return code
        if head.role in ("ambassador", "un ambassador"):
            return None
        return ctx.host

    def _owner_before(self, text: str, atoms: list[_Atom], i: int, ctx: _Context) -> str | None:
        """"President Álvaro Uribe's government": the state of the person named right before a body's
        possessive, when the title in front of the name already made that person a mention of its
        own (events-18; "Moon's adviser" without a title is one phrase in ``_phrase``)."""
        if i == 0 or not ctx.persons or text[atoms[i - 1].end : atoms[i].start] not in ("'s ", "’s "):
            return None
        name, _, code = ctx.persons[-1]
        owner = text[atoms[i - 1].start : atoms[i - 1].end]
        return code if atoms[i - 1].has(_NAME_KINDS) and name.endswith(owner) else None

    def _context_code(self, ctx: _Context) -> str | None:
        return ctx.states[-1] if ctx.states else None

    def _name_after(self, text: str, tokens: list[tuple[int, int]], k: int) -> tuple[int, int] | None:
        """Capitalised words right after a title: a name the table does not know ("Kim Yong Il")."""
        if k >= len(tokens):
            return None
        start = tokens[k][0]
        prev_end = tokens[k - 1][1] if k > 0 else 0
        if text[prev_end:start] != " ":
            return None
        end = None
        words = 0
        while k < len(tokens) and words < 4:
            s, e = tokens[k]
            word = text[s:e]
            if word == "-" and end is not None and k + 1 < len(tokens) and tokens[k + 1][0] == e:
                # "Kyung-wha": the hyphen joins two parts of one name.
                nxt_word = text[tokens[k + 1][0] : tokens[k + 1][1]]
                if nxt_word[:1].isalpha():
                    end = tokens[k + 1][1]
                    k += 2
                    continue
            if end is not None and text[end:s] != " ":
                break
            if not _NAME_WORD.fullmatch(word) or word in _NOT_NAME:
                break
            end = e
            words += 1
            k += 1
        return (start, end) if end is not None else None

    def _note_shorts(self, ctx: _Context, name: str, person: Person | None, code: str | None, sector: str | None,
                     role: str | None) -> None:  # fmt: skip
        for key in self._short_keys(name):
            prior = ctx.shorts.get(key)
            if person is None and key != name and prior is not None and prior[1] is not None and prior[0] != name:
                continue  # "Kim" stays Kim Jong Un after "Vice Foreign Minister Kim Hong-kyun"
            ctx.shorts[key] = (name, person, code, sector, role)

    @staticmethod
    def _short_keys(name: str) -> list[str]:
        # The surname comes first in Korean and Chinese names, last in most others: keep both. The
        # whole name first, in a fixed order: later uses are looked for key by key, and "Casimir
        # Engel" must claim its words before "Casimir" and "Engel" do (a set's order changed with
        # the process's hash seed, and so did the mentions).
        words = name.split()
        return [w for w in dict.fromkeys((name, words[0], words[-1])) if w[:1].isupper() and w not in _NOT_NAME]

    def _person(self, text: str, atom: _Atom, cand: Candidate, month: str | None, ctx: _Context, code: str | None,
                title: Candidate | None = None) -> Mention | None:  # fmt: skip
        surface = text[atom.start : atom.end]
        person = cand.person
        confidence = 1.0
        if cand.kind == "short" and self._longer_unknown_name(text, atom):
            return None  # "Geng Shuang" is not the known "Geng": the NER fallback and context take it
        if cand.kind == "short":
            person, code_hint = self._resolve_short(atom, surface, month, ctx, code, title)
            if person is None and code_hint is None and surface in self.table.common_shorts:
                return None  # "in May of this year"
            if person is None:
                if code_hint is not None:
                    name, _, prior_code, prior_sector, prior_role = ctx.shorts[surface]
                    return Mention("", atom.start, atom.end, surface, prior_code, prior_sector, name, prior_role, 0.7,
                                   "person")  # fmt: skip
                shared = self._one_state_of_namesakes(atom, month)
                return Mention("", atom.start, atom.end, surface, shared, None, None, None, 0.5 if shared else 0.3,
                               "person")  # fmt: skip
            confidence = 0.9
        else:
            person = self._pick_person(atom, month, code)
        assert person is not None
        role = None
        if title is not None and title.role and month:
            role = next((r for r in person.roles_at(month) if r.role == title.role), None)
        if role is None:
            role = self._role_at(person, month, code)
            if role is not None and month and not role.holds_at(month) and ctx.doc_month:
                month = ctx.doc_month  # nothing held then: resolve at the document's own time
                role = self._role_at(person, month, code)
        out_code = role.code if role else code
        if code and role and role.code != code and not (month and role.holds_at(month)):
            out_code = code  # no office then: the text's own qualifier says whose they are
        sector = role.sector if role else (title.sector if title else None)
        role_name = role.role if role and (month is None or role.holds_at(month)) else None
        ctx.persons.append((person.name, person, out_code))
        if person.short:
            ctx.shorts[person.short] = (person.name, person, out_code, sector, role_name)
        return Mention("", atom.start, atom.end, surface, out_code, sector, person.name, role_name, confidence,
                       "person")  # fmt: skip

    def _role_at(self, person: Person, month: str | None, code: str | None) -> Any:
        if month is None:
            return person.roles[-1] if person.roles else None
        current = person.roles_at(month)
        if code:
            current = [r for r in current if r.code == code] or current
        if current:
            return current[0]
        return person.nearest_role(month)

    def _pick_person(self, atom: _Atom, month: str | None, code: str | None) -> Person:
        people = [c.person for c in atom.candidates if c.kind == "person" and c.person is not None]
        if len(people) > 1 and month:
            in_office = [p for p in people if p.roles_at(month)]
            if code:
                in_office = [p for p in in_office if any(r.code == code for r in p.roles_at(month))] or in_office
            if in_office:
                return in_office[0]
        return people[0]

    def _resolve_short(self, atom: _Atom, surface: str, month: str | None, ctx: _Context, code: str | None,
                       title: Candidate | None = None) -> tuple[Person | None, str | None]:  # fmt: skip
        """"Lavrov" → the Lavrov named earlier in the document, else the only Lavrov in office."""
        if surface in ctx.shorts:
            prior = ctx.shorts[surface]
            return prior[1], prior[2] or "?"
        people = [c.person for c in atom.candidates if c.kind == "short" and c.person is not None]
        if self._other_bearer(surface, people):
            return None, None  # "Daniil Medvedev" is in the text: this Medvedev is not Dmitry
        if title is not None and code and month:
            # "South Korea's President Moon": the office and the state name the person.
            holders = [p for p in people if any(r.role == title.role and r.code == code for r in p.roles_at(month))]
            if len(holders) == 1:
                return holders[0], None
        if surface in self.table.common_shorts:
            return None, None  # "May", "Park": a person only after a full mention
        if month:
            people = [p for p in people if p.roles_at(month)]
        if len(people) > 1:
            # Several Kims in office: a bare surname means the highest office among them.
            ranked = sorted(people, key=lambda p: self._rank(p, month))
            if self._rank(ranked[0], month) < self._rank(ranked[1], month):
                people = ranked[:1]
        if code:
            people = [p for p in people if any(r.code == code for r in p.roles)] or people
        if len(people) == 1:
            return people[0], None
        if len(people) > 1 and ctx.states:
            # Several Kims in office: the one whose state the document is about.
            near = [p for p in people if any(r.code in ctx.states[-3:] for r in p.roles_at(month or ""))]
            if len(near) == 1:
                return near[0], None
        return None, None

    @staticmethod
    def _one_state_of_namesakes(atom: _Atom, month: str | None) -> str | None:
        """The one state that every known bearer of a surname served, where the surname alone cannot
        say which of them is meant: "the Bush administration" in an undated text is American whichever
        Bush it was (their offices at ``month`` when there is one)."""
        people = [c.person for c in atom.candidates if c.kind == "short" and c.person is not None]
        roles = [r for p in people for r in (p.roles_at(month) if month else p.roles)]
        codes = {r.code for r in roles}
        return codes.pop() if len(people) > 1 and len(codes) == 1 else None

    def _other_bearer(self, surface: str, people: list[Person]) -> bool:
        """Whether the document names someone else with this surname ("Daniil Medvedev")."""
        text = self._text
        known = {alias for p in people for alias in self.table.full_names.get(p.name, ())}
        for m in re.finditer(rf"\b([A-Z][a-z]+(?:-[A-Za-z]+)?) {re.escape(surface)}\b", text):
            full = m.group(0)
            if full not in known and m.group(1) not in _NOT_NAME and not self.table.lookup(m.group(1)):
                return True
        return False

    @staticmethod
    def _longer_unknown_name(text: str, atom: _Atom) -> bool:
        following = re.match(r" ([A-Z][a-z]+(?:-[a-z]+)?)\b", text[atom.end : atom.end + 30])
        return bool(following) and following.group(1) not in _NOT_NAME  # type: ignore[union-attr]

    def _rank(self, person: Person, month: str | None = None) -> int:
        ranks = self.table.rank
        roles = person.roles_at(month) if month else person.roles
        return min((ranks.index(r.role) for r in roles if r.role in ranks), default=len(ranks))

    def _standalone(self, text: str, tokens: list[tuple[int, int]], atoms: list[_Atom], i: int, month: str | None,
                    ctx: _Context, korea_side: str | None, warnings: set[str]) -> list[Mention]:  # fmt: skip
        atom = atoms[i]
        cand = atom.best
        surface = text[atom.start : atom.end]
        kind = _KIND_LABEL.get(cand.kind, cand.kind)
        out: list[Mention] = []
        if cand.kind == "state" and cand.code in ("KOR", "PRK"):
            elliptic = self._elliptic_korea(text, tokens, atoms, i)
            if elliptic is not None:
                out.append(elliptic)
        if cand.kind in ("state", "abbreviation", "capital", "metonym") and self._is_locative(text, tokens, atom):
            ctx.note_state(cand.code, place=True)
            # "in Seoul", "across Ukraine": a place, not an actor; kept (kind "place") for the event
            # coder, whose missiles fired "over Japan" have a target
            return [*out, Mention("", atom.start, atom.end, surface, cand.code, None, confidence=0.5, kind="place")]
        if cand.kind in ("capital", "metonym", "institution", "media") and month and not cand.valid_at(month):
            return []  # "the Blue House" after May 2022 is a museum; a party before its founding is no actor
        if cand.kind == "ambiguous":
            return self._ambiguous(text, atoms, i, ctx, korea_side)
        if cand.kind == "group":
            return [self._group(atom, surface, cand, ctx)]
        if cand.kind == "demonym":
            return [self._demonym(text, tokens, atom, cand, ctx)]
        if cand.kind in ("title", "agent"):
            return []
        sector = cand.sector
        if cand.kind in ("state", "abbreviation") and sector is None:
            sector = self._head_sector(text, tokens, atom)  # "US missiles", "US THAAD missiles": military
        # an armed or opposition group (the PKK, Hamas) puts its state in the story but is none of
        # "the two countries" (events-18: "Finland and Sweden … the PKK and YPG … The two countries")
        ctx.note_state(cand.code if cand.code in self.table.state_codes else None,
                       place=cand.kind == "institution" and sector in _SUBSTATE_SECTORS)  # (as _substate)
        return [*out, Mention("", atom.start, atom.end, surface, cand.code, sector, kind=kind)]

    def _head_sector(self, text: str, tokens: list[tuple[int, int]], atom: _Atom) -> str | None:
        k = atom.last_token + 1
        for step in range(2):
            if k + step >= len(tokens):
                return None
            word = text[tokens[k + step][0] : tokens[k + step][1]]
            sector = self.table.heads.get(word)
            if sector == "MIL":
                return sector
            if not word[:1].isupper():
                return None  # only an acronym or name may stand between: "US THAAD missiles"
        return None

    def _demonym(self, text: str, tokens: list[tuple[int, int]], atom: _Atom, cand: Candidate,
                 ctx: _Context) -> Mention:  # fmt: skip
        ctx.note_state(cand.code)
        k = atom.last_token + 1
        following = text[tokens[k][0] : tokens[k][1]] if k < len(tokens) else ""
        if following in self.table.people_heads and text[atom.end : tokens[k][0]] == " ":
            end = tokens[k][1]
            return Mention("", atom.start, end, text[atom.start : end], cand.code, "CVL", kind="demonym")
        sector = self.table.heads.get(following)
        return Mention("", atom.start, atom.end, text[atom.start : atom.end], cand.code, sector, kind="demonym")

    def _elliptic_korea(self, text: str, tokens: list[tuple[int, int]], atoms: list[_Atom],
                        i: int) -> Mention | None:  # fmt: skip
        """"North and South Korea": the bare "North" before the name is the other Korea."""
        atom = atoms[i]
        k = atom.first_token - 2
        if k < 0 or text[tokens[k][0] : tokens[k + 1][1]] not in ("North and", "South and"):
            return None
        word = text[tokens[k][0] : tokens[k][1]]
        code = "PRK" if word == "North" else "KOR"
        return Mention("", tokens[k][0], tokens[k][1], word, code, None, confidence=0.8, kind="ambiguous")

    def _ambiguous(self, text: str, atoms: list[_Atom], i: int, ctx: _Context,
                   korea_side: str | None) -> list[Mention]:  # fmt: skip
        atom = atoms[i]
        surface = text[atom.start : atom.end]
        doc_koreas = {"KOR", "PRK"} & set(ctx.states) or {
            c.code for a in atoms for c in a.candidates[:1] if c.code in ("KOR", "PRK")}  # fmt: skip
        if surface in ("the North", "The North"):
            if "PRK" in doc_koreas:
                return [Mention("", atom.start, atom.end, surface, "PRK", "GOV", confidence=0.8, kind="ambiguous")]
            return []
        if surface in ("the South", "The South"):
            if doc_koreas:
                return [Mention("", atom.start, atom.end, surface, "KOR", "GOV", confidence=0.8, kind="ambiguous")]
            return []
        if surface == "the peninsula":
            return []
        code = korea_side
        ctx.note_state(code)
        return [Mention("", atom.start, atom.end, surface, code, None, confidence=0.6, kind="ambiguous")]

    def _group(self, atom: _Atom, surface: str, cand: Candidate, ctx: _Context) -> Mention:
        members: tuple[str, ...] = cand.members
        if cand.need:
            count = next((n for w, n in _COUNT_WORDS.items() if w in surface.lower().split()), 2)
            pool = [c for _, _, c in ctx.persons if c] if cand.need == "persons" else ctx.actor_states
            found = ctx.last_distinct(pool, count)
            before = ctx.counted_groups.get(count) if cand.need == "states" else None
            if before and set(before) <= set(ctx.last_distinct(pool, count + 1)):
                # "the three countries signed … US President Joe Biden congratulated the three
                # countries": the three named before, not the one named since
                found = list(before)
            if cand.need == "states" and count == 2 and ctx.pairs and atom.start - ctx.pairs[-1][2] < 600 and set(
                    ctx.pairs[-1][:2]) <= set(ctx.last_distinct(pool, 4)):  # fmt: skip
                # "Beijing and Seoul … China's concerns over US missiles … both countries": the pair
                found = list(ctx.pairs[-1][:2])
            members = tuple(found) if len(found) == count else ()
            if members and cand.need == "states":
                ctx.counted_groups[count] = members
        return Mention("", atom.start, atom.end, surface, cand.code, None, kind="group",
                       confidence=0.8 if members or cand.code else 0.5, members=members)  # fmt: skip

    # -- NER fallback -----------------------------------------------------------------------------

    def _ner(self, text: str, chosen: list[tuple[int, int]], docs: Sequence[Any], covered: list[tuple[int, int]],
             ctx: _Context) -> Iterator[Mention]:
        """The people and organisations the entity model found (``docs``: its reading of each
        stretch in ``chosen``) where the dictionary decided nothing."""
        if not chosen:
            return
        taken = sorted(covered)
        for (s, _e), doc in zip(chosen, docs, strict=True):
            for ent in doc.ents:
                if ent.label_ not in ("PERSON", "ORG"):
                    continue
                start, end = s + ent.start_char, s + ent.end_char
                if any(a < end and start < b for a, b in taken):
                    continue
                surface = text[start:end]
                if ent.label_ == "ORG" and _NOT_ORG.search(surface):
                    continue
                mention = self._resolve_entity(text, start, end, surface, ent.label_, ctx)
                if mention is not None:
                    taken.append((start, end))
                    yield mention

    def _resolve_entity(self, text: str, start: int, end: int, surface: str, label: str,
                        ctx: _Context) -> Mention | None:  # fmt: skip
        if surface.startswith(("the ", "The ")):
            start += 4
            surface = surface[4:]
        if not surface[:1].isupper():
            return None
        if label == "PERSON":
            key = surface if surface in ctx.shorts else surface.split()[-1]
            prior = ctx.shorts.get(key) or ctx.shorts.get(surface.split()[0])
            if prior is not None:
                name, _, code, sector, role = prior
                return Mention("", start, end, surface, code, sector, name, role, 0.7, "person")
            if " " not in surface:
                return None  # one unknown capitalised word is as often a place ("Amur") as a person
            self._note_shorts(ctx, surface, None, None, None, None)
            return Mention("", start, end, surface, None, None, surface, None, 0.4, "person")
        return Mention("", start, end, surface, None, None, confidence=0.3, kind="institution")


def _known_name_ending(atoms: list[_Atom], j: int, words: tuple[int, int]) -> int | None:
    """The index of the atom after ``j`` that is a known name ending the capitalised ``words``
    after a title, with honorifics or ranks before it ("Ayatollah Ali Khamenei"); None if there is
    none. Only the atoms inside the words are looked at (the atoms are in text order)."""
    for k in range(j + 1, len(atoms)):
        if atoms[k].start >= words[1]:
            return None
        if atoms[k].start > words[0] and atoms[k].end == words[1] and atoms[k].has(_NAME_KINDS):
            return k
    return None


@dataclass(slots=True)
class _Reading:
    """One document between the dictionary pass and the entity model (``recognise_many``)."""

    text: str
    document_id: str
    sentences: list[tuple[int, int]]
    months: list[str | None]
    ctx: _Context
    mentions: list[Mention]
    warnings: set[str]
    #: the stretches the entity model is to read, and the spans already decided
    windows: list[tuple[int, int]] = field(default_factory=list)
    covered: list[tuple[int, int]] = field(default_factory=list)


class _SentenceIndex:
    """Which sentence an offset falls in, for offsets visited in increasing order."""

    def __init__(self, sentences: list[tuple[int, int]]) -> None:
        self.sentences = sentences
        self.k = 0

    def __call__(self, offset: int) -> int:
        while self.k + 1 < len(self.sentences) and offset >= self.sentences[self.k][1]:
            self.k += 1
        return min(self.k, max(len(self.sentences) - 1, 0))


def _overlaps_any(m: Mention, others: Sequence[Mention]) -> bool:
    return any(o.start < m.end and m.start < o.end for o in others)
