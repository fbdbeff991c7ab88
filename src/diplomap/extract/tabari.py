"""Convert TABARI/PETRARCH actor and agent dictionaries into diplomap's actor-file YAML.

Users who already keep CAMEO dictionaries in the TABARI/PETRARCH text format can hand them to
``--actor-file`` after conversion instead of rewriting them. The format, as these readers
understand it:

* an actor record is a primary phrase (``SERGEY_LAVROV_``), synonyms on ``+`` lines and codes in
  brackets, on the phrase's line or on the (usually indented) lines below it: ``[RUSGOV]``,
  ``[RUSGOV >20040309]`` (from), ``[HOB <950601]`` (until), ``[RUSGOV 19940922-20040712]``;
* ``_`` joins the words of a phrase, a trailing ``_`` says the phrase ends there;
* ``#`` and ``;`` start comments, ``<!-- -->`` blocks are comments, ``---STOP---`` ends the file;
* an agent line is a common noun with an agent code: ``FOREIGN_MINISTER [~GOVFRM]``, irregular
  plurals in braces (``{ATTORNEYS_GENERAL}``, ``{}`` for none) and substitution sets defined as
  ``!PERSON! = MAN, MEN`` and used as ``CONGRESS!PERSON!``.

What comes out (a dict that :func:`dump_yaml` writes):

* ``persons``: actors with at least one dated code. Their codes become ``roles`` with
  ``from``/``until`` months (``YYYY-MM``); an undated code among them is a role without dates.
* ``institutions``: actors whose codes are all undated. The first code wins; the others are kept
  in a ``note`` so that nothing the source said is lost.
* ``agents``: agent lines grouped by their code, with the regular plurals that PETRARCH forms
  itself (the Phoenix agents file leaves them out on purpose).

Persons of the same name are merged (an actor table keys persons by name), exact repeats dropped.

Names are matched case-insensitively (``case_sensitive: false``): TABARI writes everything in
capitals, so the case written here is only for people reading the file (Title Case for actors,
lower case for agents).

Nothing is dropped silently: every line the readers cannot use comes back as a :class:`Problem`.
Not carried over, because actor files match whole phrases: TABARI's stems (a phrase without the
trailing ``_`` also matches longer words, ``ARGENTIN`` → Argentina) and its gaps (a space, unlike
``_``, lets other words come between); compound codes such as ``[ELR/GAL]`` are reported.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

try:  # libyaml's emitter is several times faster on the 50,000-line country dictionary
    from yaml import CSafeDumper as _BaseDumper
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]

__all__ = [
    "Problem",
    "convert_actors",
    "convert_agents",
    "convert_file",
    "dump_yaml",
    "merge",
    "split_code",
]

#: CAMEO sector (role) codes: the three letters after a state's code in ``RUSGOV``, ``ISRMIL``.
SECTOR_CODES: frozenset[str] = frozenset(
    {
        # government and armed actors
        "GOV", "MIL", "COP", "JUD", "SPY", "LEG", "OPP", "PTY", "REB", "INS", "SEP", "UAF", "ELI",
        # society
        "BUS", "CRM", "CVL", "EDU", "MED", "HLH", "REF", "AGR", "LAB", "DEV", "ENV", "HRI", "SET",
        "MOD", "RAD", "REL", "PPL", "IMG",
        # transnational actor types, also used as sectors ("USAIGO" is rare but exists)
        "IGO", "NGO", "MNC", "NGM", "UIS",
    }
)  # fmt: skip

#: CAMEO religion codes, which the dictionaries use like sectors (``[~CHRCPT]``, ``NGOHIN…``).
RELIGION_CODES: frozenset[str] = frozenset(
    {
        "ATH", "BAH", "BUD", "CHR", "CTH", "DOX", "PRO", "CON", "HIN", "ITR", "JAI", "JEW", "MOS",
        "MUS", "SHI", "SUN", "ALE", "DRZ", "SUF", "PAG", "SIK", "TAO", "ZRO", "NRM", "SHN",
    }
)  # fmt: skip

#: Codes that open a CAMEO code of their own instead of following a state: ``NGO…``, ``MNC…``.
TRANSNATIONAL_CODES: frozenset[str] = frozenset({"IGO", "NGO", "MNC", "IMG", "NGM", "UIS"})

#: The organisation inside an ``IGO…`` code. CAMEO writes IGOs as ``IGO`` + region or parent body
#: + sector + the organisation's own three letters (``IGOWSTNAT`` is NATO, ``IGOUNOHLHWHO`` is the
#: WHO under the UN); the last three-letter group found here names the organisation. The table holds
#: the groups the Phoenix dictionaries use for bodies we could identify, with the codes that
#: ``data/actors/igos.yaml`` gives them (UN bodies that table files under the UN itself, such as the
#: FAO, ILO and OHCHR, are left out here and so come out as UN too); any other IGO code is kept whole.
IGO_ORGANISATIONS: dict[str, str] = {
    "UNO": "UN", "NAT": "NATO", "EEC": "EU", "ASN": "ASEAN", "AFU": "AU", "OAU": "OAU",
    "ARL": "ARL", "WTO": "WTO", "IMF": "IMF", "WBK": "WB", "OPC": "OPEC", "IAE": "IAEA",
    "WHO": "WHO", "HCR": "UNHCR", "KID": "UNICEF", "WFP": "WFP", "ICJ": "ICJ", "ICC": "ICC",
    "ITP": "INTERPOL", "OAS": "OAS", "SAA": "SAARC", "EAC": "EAC", "WAS": "ECOWAS", "ADB": "ADB",
    "EBR": "EBRD", "CIS": "CIS", "OIC": "OIC", "GCC": "GCC", "SAD": "SADC", "AMU": "AMU",
    "COE": "COE", "SCE": "OSCE", "CWN": "CWTH", "GOE": "G8", "GOS": "G7", "GSS": "G77",
    "IPU": "IPU", "BIS": "BIS", "APE": "OAPEC", "EFT": "EFTA", "AFB": "AFDB", "IDB": "ISDB",
    "SOT": "SEATO", "CEM": "CEMAC", "IAD": "IGAD",
}  # fmt: skip

#: A two-digit year up to this one is in the 2000s, later ones in the 1900s: the dictionaries were
#: written from the 1990s on and date nothing after 2029. (PETRARCH itself draws the line at 30.)
TWO_DIGIT_YEAR_PIVOT = 29


@dataclass(frozen=True)
class Problem:
    """A line the converter could not use, with its 1-based number and why."""

    line: int
    text: str
    reason: str


class _Unreadable(ValueError):
    """A part of a line that cannot be read; its message becomes a Problem's reason."""


# --------------------------------------------------------------------------- lines


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    raw: str
    content: str  # comments removed, stripped; "" for a blank line
    indented: bool


_COMMENT = re.compile(r"[#;]")  # ';' is the older KEDS comment mark that TABARI still accepts


def _lines(text: str, problems: list[Problem]) -> Iterator[_Line]:
    """The lines that carry content, plus blank ones (after a blank line, a phrase without "+" starts
    a new record instead of joining one that still waits for its code)."""
    opened: tuple[int, str] | None = None  # an unclosed "<!--" comment: where it began
    for number, raw in enumerate(text.split("\n"), 1):
        raw = raw.rstrip("\r")
        if opened is not None:
            opened = None if "-->" in raw else opened
            continue
        stripped = raw.strip()
        if stripped.startswith("<!"):
            opened = None if "-->" in stripped else (number, raw)
            continue
        content = _COMMENT.split(raw, 1)[0].strip()
        if content.startswith("---STOP---"):
            return
        if stripped and not content:
            continue  # a comment: not content, and unlike a blank line it does not end a record
        yield _Line(number, raw, content, raw[:1] in (" ", "\t"))
    if opened is not None:
        why = "a <!-- comment is never closed: the rest of the file was skipped"
        problems.append(Problem(opened[0], opened[1], why))


# --------------------------------------------------------------------------- codes and dates


@dataclass(frozen=True, slots=True)
class _Code:
    cameo: str
    since: str | None = None  # YYYY-MM
    until: str | None = None
    text: str = ""  # as written inside the brackets, for notes


_BRACKET = re.compile(r"\[([^\[\]]*)\]")
# the date restriction, if any, is set off by a space or starts with < or >: "ELR/GAL" is no code + date
_CODE = re.compile(r"(?P<pre>~?)\s*(?P<code>[A-Za-z0-9]+|-{3})\s*(?P<post>~?)(?P<when>(?:\s+|(?=[<>])).*)?")
_AFTER = re.compile(r"([<>])\s*(\d+)")
_RANGE = re.compile(r"(\d+)\s*-\s*(\d+)")


def split_code(cameo: str) -> tuple[str | None, str | None]:
    """The diplomap ``code`` and ``sector`` of a CAMEO actor code.

    ``RUSGOV`` → (RUS, GOV); ``PSEREBHMS`` → (PSE, REB); ``IGOWSTNAT`` → (NATO, IGO); ``ELI`` alone
    (a sector with no actor, as IGO dictionaries write for "elite") → (None, ELI).
    """
    cameo = cameo.upper()
    if cameo.startswith("IGO"):
        return _igo_organisation(cameo), "IGO"
    head, after = cameo[:3], cameo[3:6]
    if head in SECTOR_CODES and head not in TRANSNATIONAL_CODES:
        return None, head
    return head, after if after in SECTOR_CODES or after in RELIGION_CODES else None


def _igo_organisation(cameo: str) -> str:
    groups = [cameo[i : i + 3] for i in range(3, len(cameo) - 2, 3)]
    known = [IGO_ORGANISATIONS[g] for g in groups if g in IGO_ORGANISATIONS]
    return known[-1] if known else cameo  # the last group is the most specific body


def _date(digits: str) -> str:
    """``YYYYMMDD`` or ``YYMMDD`` as ``YYYY-MM-DD``."""
    if len(digits) == 8:
        year = int(digits[:4])
    elif len(digits) == 6:
        short = int(digits[:2])
        year = 2000 + short if short <= TWO_DIGIT_YEAR_PIVOT else 1900 + short
    else:
        raise _Unreadable(f"the date {digits} has {len(digits)} digits (YYMMDD or YYYYMMDD expected)")
    month, day = int(digits[-4:-2]), int(digits[-2:])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise _Unreadable(f"the date {digits} is not a calendar date")
    return f"{year:04d}-{month:02d}-{day:02d}"


def _when(text: str) -> tuple[str | None, str | None]:
    """The from/until months of a date restriction ("", ">20040309", "<950601", "A-B")."""
    if not text:
        return None, None
    if m := _AFTER.fullmatch(text):
        day = _date(m.group(2))[:7]
        return (day, None) if m.group(1) == ">" else (None, day)
    if m := _RANGE.fullmatch(text):
        start, end = _date(m.group(1)), _date(m.group(2))
        if end < start:
            raise _Unreadable(f"the range {text} ends before it starts")
        return start[:7], end[:7]
    if text.isdigit():
        raise _Unreadable(f"the date {text} has no <, > or range: it is unclear whether it starts or ends the code")
    raise _Unreadable(f"cannot read the date restriction {text!r}")


def _actor_code(inner: str) -> _Code:
    m = _CODE.fullmatch(inner.strip())
    if m is None:
        hint = " (compound codes with / are not supported)" if "/" in inner else ""
        raise _Unreadable(f"cannot read the code [{inner.strip()}]{hint}")
    if m.group("pre") or m.group("post"):
        raise _Unreadable("an agent code (~) in an actor dictionary: convert agent files with convert_agents")
    since, until = _when((m.group("when") or "").strip())
    return _Code(m.group("code").upper(), since, until, inner.strip())


def _codes(part: str, line: _Line, problems: list[Problem]) -> tuple[list[_Code], bool]:
    """The codes in the bracket part of a line, and whether any of it could not be read."""
    codes: list[_Code] = []
    faulty = False
    for inner in _BRACKET.findall(part):
        try:
            codes.append(_actor_code(inner))
        except _Unreadable as e:
            problems.append(Problem(line.number, line.raw, str(e)))
            faulty = True
    leftover = " ".join(_BRACKET.sub(" ", part).split())
    if leftover:
        problems.append(Problem(line.number, line.raw, f"text beside the codes was not read: {leftover!r}"))
        faulty = faulty or not codes
    return codes, faulty


# --------------------------------------------------------------------------- names

_MACRO_DEF = re.compile(r"!(?P<name>\w+)!\s*=\s*(?P<forms>.*)")
_MACRO_USE = re.compile(r"(!\w+!)")
_BAD_NAME_CHAR = re.compile(r"[\x00-\x1f\x7f\[\]{}<>~=|\\]")  # "!" stays: YAHOO! is a name


def _define_macro(line: _Line, macros: dict[str, list[str]], problems: list[Problem]) -> bool:
    """Record a substitution set (``!PERSON! = MAN, MEN``); False when the line is not one."""
    m = _MACRO_DEF.fullmatch(line.content)
    if m is None:
        return False
    forms = [f.strip() for f in m.group("forms").split(",") if f.strip()]
    if forms:
        macros[f"!{m.group('name').upper()}!"] = forms
    else:
        problems.append(Problem(line.number, line.raw, "a substitution set with no forms"))
    return True


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    """Every phrase a substitution marker stands for (``CONGRESS!PERSON!`` → CONGRESSMAN, …)."""
    parts = _MACRO_USE.split(phrase)
    choices: list[list[str]] = []
    for part in parts:
        if _MACRO_USE.fullmatch(part):
            if part.upper() not in macros:
                raise _Unreadable(f"the substitution set {part} is not defined above this line")
            choices.append(macros[part.upper()])
        else:
            choices.append([part])
    return ["".join(combo) for combo in itertools.product(*choices)]


def _phrase(raw: str) -> str:
    """Underscores (and a trailing "phrase ends here" underscore) become single spaces."""
    name = " ".join(raw.replace("_", " ").split())
    if not any(ch.isalnum() for ch in name):
        raise _Unreadable("the name has no letters or digits")
    if bad := _BAD_NAME_CHAR.search(name):
        raise _Unreadable(f"unexpected character {bad.group()!r} in the name")
    return name


def _names(raw: str, line: _Line, macros: dict[str, list[str]], problems: list[Problem]) -> list[str] | None:
    """The names a phrase stands for; None (and a Problem) when it cannot be read."""
    try:
        return [_phrase(p) for p in _expand(raw, macros)]
    except _Unreadable as e:
        problems.append(Problem(line.number, line.raw, f"{e}; the name is skipped"))
        return None


# Title Case for readers only (matching ignores case): acronyms, initials and numerals stay capitals.
_ACRONYMS = frozenset(IGO_ORGANISATIONS.values()) | {
    "UN", "US", "USA", "UK", "EU", "UAE", "USSR", "OECD", "UNESCO", "UNDP", "FAO", "ILO", "OHCHR", "PLO", "ANC", "FBI",
    "CIA", "KGB", "FARC", "PKK", "LTTE", "BBC", "CNN", "NGO", "NGOS", "IDF", "DPRK", "ROK", "PRC",
}  # fmt: skip
# lower-cased between other words only: "Moon Jae In" ends in a name, "Mission in Sudan" does not
_SMALL_WORDS = frozenset(
    {
        "of", "the", "and", "for", "in", "on", "at", "to", "by", "de", "del", "della", "di", "da", "das", "dos",
        "du", "des", "la", "le", "les", "van", "von", "der", "den", "y",
    }
)  # fmt: skip
_NO_VOWEL_TITLES = frozenset({"MR", "MRS", "MS", "DR", "ST", "JR", "SR", "MT", "LT", "SGT", "CPL", "PVT", "CDR"})
_ROMAN = re.compile(r"II|III|IV|VI|VII|VIII")
_VOWEL = re.compile(r"[AEIOUY]", re.IGNORECASE)
_PIECE = re.compile(r"[^-/]+")
_ELIDED = re.compile(r"[a-z]'[a-z]")
_LETTER = re.compile(r"[^\W\d_]")


def _title(name: str) -> str:
    words = name.split(" ")
    return " ".join(_title_word(word, 0 < i < len(words) - 1) for i, word in enumerate(words))


def _title_word(word: str, inner: bool) -> str:
    if inner and word.lower() in _SMALL_WORDS:
        return word.lower()
    return _PIECE.sub(lambda m: _title_piece(m.group()), word)  # "AL-QAEDA" → "Al-Qaeda"


@lru_cache(maxsize=1 << 16)  # names repeat their words (titles, first names, places) thousands of times
def _title_piece(piece: str) -> str:
    upper = piece.upper()
    if upper in _ACRONYMS or _ROMAN.fullmatch(upper) or any(ch.isdigit() for ch in piece):
        return upper
    if "." in piece and all(len(p) <= 1 for p in piece.split(".")):
        return upper  # initials: U.N., K., A.H.
    letters = piece.rstrip(".")
    if letters.isascii() and letters.isalpha() and len(letters) > 1 and not _VOWEL.search(letters):
        return upper if upper.rstrip(".") not in _NO_VOWEL_TITLES else piece.capitalize()  # IMF, but Mr
    low = piece.lower()
    if _ELIDED.match(low):  # O'Neill, D'Affaires
        return low[:2].upper() + low[2].upper() + low[3:]
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2].upper() + low[3:]
    return _LETTER.sub(lambda m: m.group().upper(), low, count=1)  # "`isa" → "`Isa"


def _unique(items: Iterable[str]) -> list[str]:
    """Items in first-seen order without repeats that differ only in case (matching ignores case)."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        if item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out


# --------------------------------------------------------------------------- actors


@dataclass
class _Actor:
    line: int
    raw: str
    names: list[str] = field(default_factory=list)
    codes: list[_Code] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # [---] codes: the source's "no actor here"
    faulty: bool = False  # a code of its own was unreadable (already reported)
    bad_names: bool = False  # a name of its own was unreadable (already reported)
    contiguous: bool = False  # began right below a finished actor, no blank line between

    def add(self, names: list[str] | None, codes: list[_Code], faulty: bool) -> None:
        self.names += names or []
        self.bad_names = self.bad_names or names is None
        self.add_codes(codes, faulty)

    def add_codes(self, codes: list[_Code], faulty: bool) -> None:
        self.codes += [c for c in codes if c.cameo != "---"]
        self.ignored += [c.text for c in codes if c.cameo == "---"]
        self.faulty = self.faulty or faulty

    @property
    def coded(self) -> bool:
        return bool(self.codes or self.ignored or self.faulty)


class _ActorReader:
    """Groups the lines of an actor dictionary into actors.

    A primary phrase without a code starts a record whose codes come further down. Real files
    also leave out the ``+`` of synonyms (``LEONID_BREZHNEV_`` followed by more unmarked phrases,
    then the codes), so further phrases without codes, or indented ones, join that record; code and
    ``+`` lines continue it even after a blank line. If a new phrase after a blank line (or the end
    of the file) finds it still without a code (``UN_ [IGOUNO]``, then ``U.N._`` and a blank line),
    its phrases are taken as synonyms of the actor right above it; any other record without a code
    is reported.
    """

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.actors: list[_Actor] = []
        self.macros: dict[str, list[str]] = {}
        self.current: _Actor | None = None
        self.after_blank = True

    def read(self, text: str) -> None:
        for line in _lines(text, self.problems):
            self._feed(line)
        self._close(paragraph_ended=True)

    def _feed(self, line: _Line) -> None:
        if not line.content:
            self.after_blank = True  # a code or "+" line may still follow; a new phrase may not join
            return
        after_blank, self.after_blank = self.after_blank, False
        if _define_macro(line, self.macros, self.problems):
            return
        if line.content.startswith("+"):
            self._synonym(line)
        elif line.content.startswith("["):
            self._code_line(line)
        else:
            self._primary(line, after_blank)

    def _split(self, text: str, line: _Line) -> tuple[list[str] | None, list[_Code], bool]:
        bracket = text.find("[")
        phrase, part = (text, "") if bracket < 0 else (text[:bracket], text[bracket:])
        codes, faulty = _codes(part, line, self.problems)
        return _names(phrase, line, self.macros, self.problems), codes, faulty

    def _primary(self, line: _Line, after_blank: bool) -> None:
        names, codes, faulty = self._split(line.content, line)
        record = self.current
        if record is None or record.coded or after_blank or ((codes or faulty) and not line.indented):
            finished = self._close(paragraph_ended=after_blank)
            record = self.current = _Actor(line.number, line.raw, contiguous=finished and not after_blank)
        # else: a synonym whose "+" is missing, joining the record above
        record.add(names, codes, faulty)

    def _synonym(self, line: _Line) -> None:
        if self.current is None:
            self.problems.append(Problem(line.number, line.raw, "a synonym (+) with no actor above it"))
            return
        self.current.add(*self._split(line.content[1:], line))

    def _code_line(self, line: _Line) -> None:
        codes, faulty = _codes(line.content, line, self.problems)
        if self.current is None:
            if codes:
                self.problems.append(Problem(line.number, line.raw, "a code with no actor above it"))
            return
        self.current.add_codes(codes, faulty)

    def _close(self, paragraph_ended: bool) -> bool:
        """Finish the current record; True when it became an actor."""
        record, self.current = self.current, None
        if record is None:
            return False
        if not record.coded:
            if paragraph_ended and record.contiguous and self.actors:
                self.actors[-1].names += record.names
            elif record.names:
                why = "no code for this actor (none on its line or on the lines below it); skipped"
                self.problems.append(Problem(record.line, record.raw, why))
            return False
        if not record.codes:
            if not record.faulty:  # otherwise its code's problem is already reported
                why = "only the code [---] (the source's 'not an actor'); skipped"
                self.problems.append(Problem(record.line, record.raw, why))
            return False
        if not record.names:
            if not record.bad_names:
                self.problems.append(Problem(record.line, record.raw, "codes with no usable name; skipped"))
            return False
        self.actors.append(record)
        return True


def _role(code: _Code) -> dict[str, object]:
    actor, sector = split_code(code.cameo)
    role: dict[str, object] = {"code": actor, "sector": sector, "cameo": code.cameo}
    if code.since:
        role["from"] = code.since
    if code.until:
        role["until"] = code.until
    return role


def _render_actor(actor: _Actor) -> tuple[str, dict[str, object]]:
    """The section ("persons" or "institutions") and the item for one actor."""
    names = _unique(_title(n) for n in actor.names)
    codes = list(dict.fromkeys(actor.codes))  # the same code written twice says nothing more
    notes = [f"ignored [{text}]: the source marks no actor there" for text in actor.ignored]
    item: dict[str, object]
    if any(c.since or c.until for c in codes):
        section, item = "persons", {"name": names[0]}
        if names[1:]:
            item["aliases"] = names[1:]
        item["roles"] = [_role(c) for c in codes]
    else:
        section, item = "institutions", {"names": names, **_role(codes[0])}
        others = list(dict.fromkeys(c.cameo for c in codes[1:] if c.cameo != codes[0].cameo))
        if others:
            notes.insert(0, "other codes in the source: " + ", ".join(others))
    if notes:
        item["note"] = "; ".join(notes)
    return section, item


def _header() -> dict[str, object]:
    return {"version": 1, "case_sensitive": False}


def _dedupe(items: Iterable[dict[str, object]]) -> list[dict[str, object]]:
    """Items without exact repeats (some dictionaries paste whole sections twice)."""
    seen: set[str] = set()
    out: list[dict[str, object]] = []
    for item in items:
        key = json.dumps(item, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def convert_actors(text: str) -> tuple[dict[str, object], list[Problem]]:
    """Persons and institutions from the text of a TABARI/PETRARCH ``.actors`` dictionary."""
    reader = _ActorReader()
    reader.read(text)
    sections: dict[str, list[dict[str, object]]] = {"persons": [], "institutions": []}
    for actor in reader.actors:
        section, item = _render_actor(actor)
        sections[section].append(item)
    data = _header()
    data["persons"] = _merge_persons(_dedupe(sections["persons"]))
    data["institutions"] = _dedupe(sections["institutions"])
    return data, reader.problems


def _merge_persons(persons: list[dict[str, object]]) -> list[dict[str, object]]:
    """One item per person name: actor tables key persons by name, so a second record with the
    same name (XI_JINPING_ written twice) would replace the first instead of adding its roles."""
    by_name: dict[str, dict[str, object]] = {}
    for person in persons:
        key = str(person["name"]).casefold()
        if key in by_name:
            _merge_into(by_name[key], person)
        else:
            by_name[key] = dict(person)  # a copy: merging must not change the caller's items
    return list(by_name.values())


def _merge_into(first: dict[str, object], other: dict[str, object]) -> None:
    aliases = _unique([*_strings(first.get("aliases")), *_strings(other.get("aliases"))])
    aliases = [a for a in aliases if a.casefold() != str(first["name"]).casefold()]
    roles = _dedupe([*_dicts(first.get("roles")), *_dicts(other.get("roles"))])
    notes = [str(n) for n in (first.get("note"), other.get("note")) if n]
    first.pop("note", None)
    first.update({"aliases": aliases} if aliases else {})
    first["roles"] = roles
    if notes:
        first["note"] = "; ".join(dict.fromkeys(notes))


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _dicts(value: object) -> list[dict[str, object]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


# --------------------------------------------------------------------------- agents

_AGENT_LINE = re.compile(r"(?P<phrase>[^{}\[\]]*?)\s*(?:\{(?P<plural>[^{}\[\]]*)\})?\s*\[(?P<code>[^\[\]]*)\]")
_AGENT_CODE = re.compile(r"\s*(?P<pre>~?)\s*(?P<code>[A-Za-z0-9]+)\s*(?P<post>~?)\s*")


def _regular_plural(phrase: str) -> str | None:
    """The regular plural TABARI/PETRARCH form for an agent's last word, or None when unsure."""
    head, _, last = phrase.rpartition(" ")
    if not last.isalpha():
        return None
    low = last.lower()
    if low.endswith("ss") or low.endswith(("x", "z", "ch", "sh")):
        plural = last + "es"
    elif low.endswith("s"):
        return None  # most likely plural already ("armed forces", "security officials")
    elif low.endswith("y") and low[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def _agent_words(m: re.Match[str], macros: dict[str, list[str]]) -> list[str]:
    """The singular forms of an agent line and their plurals, lower-cased."""
    phrase, plural = m.group("phrase"), m.group("plural")
    singulars = [_phrase(p).lower() for p in _expand(phrase, macros)]
    if plural is None:  # regular plurals, except for forms a substitution set wrote out in full
        plurals = [] if _MACRO_USE.search(phrase) else [p for p in map(_regular_plural, singulars) if p]
    else:
        forms = plural.replace(",", " ").split()
        plurals = [_phrase(p).lower() for form in forms for p in _expand(form, macros)]
    return _unique(singulars + plurals)


def _agent_code(inner: str) -> tuple[str, bool]:
    """The code of ``[~GOVFRM]`` and whether it goes before the state's code (``[NGO~]``)."""
    m = _AGENT_CODE.fullmatch(inner)
    if m is None:
        raise _Unreadable(f"cannot read the agent code [{inner.strip()}]")
    if bool(m.group("pre")) == bool(m.group("post")):
        raise _Unreadable(f"an agent code needs one ~, before or after it: [{inner.strip()}]")
    return m.group("code").upper(), bool(m.group("post"))


def _agent_line(line: _Line, macros: dict[str, list[str]]) -> tuple[list[str], str, bool]:
    m = _AGENT_LINE.fullmatch(line.content)
    if m is None:
        why = "no [~CODE] on this agent line" if "[" not in line.content else "cannot read this agent line"
        raise _Unreadable(why)
    code, before = _agent_code(m.group("code"))
    return _agent_words(m, macros), code, before


def convert_agents(text: str) -> tuple[dict[str, object], list[Problem]]:
    """Agents from the text of a TABARI/PETRARCH ``.agents`` dictionary, one item per code."""
    problems: list[Problem] = []
    macros: dict[str, list[str]] = {}
    groups: dict[tuple[str, bool], list[str]] = {}
    for line in _lines(text, problems):
        if not line.content or _define_macro(line, macros, problems):
            continue
        try:
            words, code, before = _agent_line(line, macros)
        except _Unreadable as e:
            problems.append(Problem(line.number, line.raw, str(e)))
            continue
        groups.setdefault((code, before), []).extend(words)
    agents: list[dict[str, object]] = []
    for (code, before), words in groups.items():
        item: dict[str, object] = {"words": _unique(words), "sector": code[:3], "cameo": code}
        if before:
            item["note"] = f"the source writes this code before the state's code ({code}~)"
        agents.append(item)
    data = _header()
    data["agents"] = agents
    return data, problems


# --------------------------------------------------------------------------- files and YAML

_TILDE_CODE = re.compile(r"\[\s*~|~\s*\]")
_ANY_CODE = re.compile(r"\[\s*~?\s*[A-Za-z0-9-]+")


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # older TABARI files come from Windows tools


def _is_agents(text: str) -> bool:
    """Agent dictionaries mark (nearly) every code with ~; actor dictionaries never do."""
    tilde = len(_TILDE_CODE.findall(text))
    return tilde > 0 and tilde * 2 > len(_ANY_CODE.findall(text))


def convert_file(path: Path) -> tuple[dict[str, object], list[Problem]]:
    """Convert one dictionary file, agents or actors as its codes show; ``source`` names the file."""
    text = _read_text(path)
    data, problems = (convert_agents if _is_agents(text) else convert_actors)(text)
    return merge([{"source": [path.name]}, data]), problems


_SECTIONS = ("persons", "institutions", "agents")


def merge(results: Iterable[dict[str, object]]) -> dict[str, object]:
    """One actor-file dict from several converted ones: sections joined, exact repeats dropped and
    persons of the same name merged, as within one file."""
    sources: list[str] = []
    sections: dict[str, list[dict[str, object]]] = {}
    for result in results:
        source = result.get("source")
        sources += [str(s) for s in source] if isinstance(source, list) else []
        for name in _SECTIONS:
            items = result.get(name)
            if isinstance(items, list):
                sections.setdefault(name, []).extend(items)
    data = _header()
    if sources:
        data["source"] = sources
    for name in _SECTIONS:
        if name in sections:
            items = _dedupe(sections[name])
            data[name] = _merge_persons(items) if name == "persons" else items
    return data


class _FlowDict(dict[str, object]):
    """A mapping written on one line: a role, an institution, an agent."""


class _FlowList(list[object]):
    """A list written on one line: names, aliases, words."""


class _Quoted(str):
    """A month ("1994-09") written in quotes, so that no YAML reader takes it for a date or a number."""

    __slots__ = ()


class _Dumper(_BaseDumper):
    pass


_Dumper.add_representer(_Quoted, lambda d, data: d.represent_scalar("tag:yaml.org,2002:str", str(data), style='"'))
_Dumper.add_representer(_FlowDict, lambda d, data: d.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True))
_Dumper.add_representer(_FlowList, lambda d, data: d.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True))


_MONTH = re.compile(r"\d{4}-\d{2}")
_FLOW_MAX_LIST = 8  # an item whose list is longer than this reads better over several lines


def _styled(value: object, depth: int) -> object:
    """Mark the nested values that read best on one line: roles, and institutions and agents with a
    few names; persons and long lists of names stay in block style."""
    if isinstance(value, dict):
        items = {k: _styled(v, depth + 1) for k, v in value.items()}
        nested = any(isinstance(v, dict) or (isinstance(v, list) and len(v) > _FLOW_MAX_LIST) for v in value.values())
        return _FlowDict(items) if depth >= 2 and not nested and "roles" not in value else items
    if isinstance(value, list):
        items_list = [_styled(v, depth + 1) for v in value]
        if all(not isinstance(v, (dict, list)) for v in value) and depth >= 2:
            return _FlowList(items_list)
        return items_list
    if isinstance(value, str) and _MONTH.fullmatch(value):
        return _Quoted(value)
    return value


def _one_line(text: str) -> str:
    return " ".join(text.split())


def dump_yaml(data: dict[str, object]) -> str:
    """The actor file as YAML text: a header comment naming the sources, ``version`` and
    ``case_sensitive`` first, then the sections. ``source`` goes into the comment, not the data,
    and nothing depends on the clock, so converting the same files twice gives the same text."""
    sources = data.get("source")
    sources = [sources] if isinstance(sources, str) else sources
    header = ["# diplomap actor file converted from TABARI/PETRARCH dictionaries (diplomap.extract.tabari)."]
    if isinstance(sources, list) and sources:
        header.append("# Source: " + ", ".join(_one_line(str(s)) for s in sources))
    header.append("# Names match without regard to case (case_sensitive: false); their case here is for reading.")
    body: dict[str, object] = {"version": data.get("version", 1), "case_sensitive": data.get("case_sensitive", False)}
    body.update({k: v for k, v in data.items() if k not in body and k != "source"})
    text = yaml.dump(
        _styled(body, 0), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False
    )
    return "\n".join(header) + "\n" + text
