"""The actor table: every surface form diplomap knows, what it can name, and who held which office when.

Built once per process from the package's data files (``data/actors/*.yaml``: states,
institutions, organisations, persons with dated roles, and the lexicon of titles, bodies,
groups and places) plus any user actor files (``--actor-file``), which add to or override the
package: a user entry for a surface form comes before the package's, a user person with the
same name replaces the package's. The file format is documented in the README ("Actor files").

Lookup is by surface form: case-sensitive for names (proper nouns and acronyms: "US" is not
"us"), in lower case for the lexicon's common nouns and for user files that say
``case_sensitive: false`` (converted TABARI dictionaries are upper case).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import yaml

from ..errors import DiplomapError
from ..yamldata import load_yaml

PACKAGE_FILES = ("states.yaml", "states_world.yaml", "igos.yaml", "institutions.yaml", "institutions_world.yaml",
                 "persons_focus.yaml", "persons_more.yaml", "persons_world_south.yaml", "persons_world_north.yaml",
                 "persons_history.yaml",
                 "lexicon.yaml", "places_world.yaml")  # fmt: skip


class ActorFileError(DiplomapError):
    """An actor file that cannot be read or does not follow the documented format."""


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    sector: str | None
    role: str
    start: str | None = None  # YYYY-MM, first month in office
    until: str | None = None  # YYYY-MM, last month in office
    cameo: str | None = None

    def holds_at(self, month: str) -> bool:
        return not ((self.start and month < self.start) or (self.until and month > self.until))


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    roles: tuple[Role, ...]
    short: str | None = None

    def roles_at(self, month: str) -> list[Role]:
        """Roles held at ``month``, the newest first (Moon in May 2017: president, not candidate)."""
        return sorted((r for r in self.roles if r.holds_at(month)), key=lambda r: r.start or "", reverse=True)

    def nearest_role(self, month: str) -> Role | None:
        """The role held at ``month``, else the one closest in time (a former or future office)."""
        current = self.roles_at(month)
        if current:
            return current[0]
        if not self.roles:
            return None

        def distance(role: Role) -> str:
            # Months compare as strings; the gap is measured to the nearer end of the term.
            if role.start and month < role.start:
                return role.start
            return "0000-00" if not role.until else role.until

        before = [r for r in self.roles if r.until and r.until < month]
        if before:
            return max(before, key=distance)
        return min(self.roles, key=lambda r: r.start or "9999")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One thing a surface form can name."""

    #: state|abbreviation|demonym|capital|metonym|institution|media|igo|person|short|title|agent|group|place|ambiguous
    kind: str
    code: str | None = None
    sector: str | None = None
    valid_from: str | None = None
    until: str | None = None
    person: Person | None = None
    role: str | None = None
    single: bool = False  # a title with one holder at a time
    alone: bool = False  # an agent that names its body without a qualifier
    members: tuple[str, ...] = ()
    need: str | None = None  # a group that takes its members from context: "persons" or "states"
    plural: bool = False
    historic: bool = False  # a state that no longer exists (the USSR)
    cameo: str | None = None

    def valid_at(self, month: str) -> bool:
        return not ((self.until and month > self.until) or (self.valid_from and month < self.valid_from))


@dataclass(slots=True)
class ActorTable:
    exact: dict[str, list[Candidate]] = field(default_factory=lambda: defaultdict(list))
    folded: dict[str, list[Candidate]] = field(default_factory=lambda: defaultdict(list))
    persons: dict[str, Person] = field(default_factory=dict)
    #: person name → the full names (name and aliases) the text may use for them
    full_names: dict[str, frozenset[str]] = field(default_factory=dict)
    #: (code, role) → persons who held it, for "the Russian foreign minister" at a date
    holders: dict[tuple[str, str], list[Person]] = field(default_factory=lambda: defaultdict(list))
    heads: dict[str, str] = field(default_factory=dict)  # "missiles" → MIL
    people_heads: frozenset[str] = frozenset()
    locatives: frozenset[str] = frozenset()
    leader_roles: tuple[str, ...] = ("supreme leader", "president", "prime minister")
    parliamentary: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    common_shorts: frozenset[str] = frozenset()
    rank: tuple[str, ...] = ()
    state_codes: frozenset[str] = frozenset()
    #: an organisation's organ with a code of its own → the organisation ("UNSC" → "UN")
    igo_parent: dict[str, str] = field(default_factory=dict)
    #: an organisation's code → the last words of its names, lower-cased ("IAEA" → {"agency",
    #: "iaea"}): what a description may call it ("the agency")
    name_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    #: lexicon.yaml ``descriptions``: a description's noun → the class of actor it refers back to
    descriptions: dict[str, str] = field(default_factory=dict)
    #: the sector a description's own noun gives ("the military" → MIL), where its entry names one
    description_sectors: dict[str, str] = field(default_factory=dict)
    #: a name's first token → the most tokens of a name that starts with it (as written, and
    #: lower-cased): the recogniser tries no longer spans from that word
    first_exact: dict[str, int] = field(default_factory=dict)
    first_folded: dict[str, int] = field(default_factory=dict)
    version: str = ""
    sources: list[str] = field(default_factory=list)

    def lookup(self, surface: str) -> list[Candidate]:
        return self.exact.get(surface) or self.folded.get(surface.lower()) or []

    def longest_from(self, word: str) -> int:
        """The most tokens of a name that starts with ``word`` (0: none does)."""
        return max(self.first_exact.get(word, 0), self.first_folded.get(word.lower(), 0))

    def holder(self, code: str, role: str, month: str) -> Person | None:
        """The person in ``role`` for ``code`` at ``month``; the newest when a term changes that month."""
        people = [p for p in self.holders.get((code, role), ()) if any(
            r.code == code and r.role == role and r.holds_at(month) for r in p.roles)]  # fmt: skip
        if not people:
            return None

        def term_start(p: Person) -> str:
            return max((r.start or "") for r in p.roles if r.code == code and r.role == role and r.holds_at(month))

        return max(people, key=term_start)

    def leader(self, code: str, month: str) -> tuple[Person | None, str]:
        """Who "the leader" of ``code`` is at ``month``: the office that leads that state."""
        roles = list(self.leader_roles)
        if code in self.parliamentary:
            roles.remove("prime minister")
            roles.insert(0, "prime minister")
        for role in roles:
            person = self.holder(code, role, month)
            if person:
                return person, role
        return None, roles[0]


# -- building -------------------------------------------------------------------------------------


def _month(value: Any, where: str) -> str | None:
    if value is None:
        return None
    text = str(value)
    if len(text) == 4 and text.isdigit():
        return f"{text}-01"
    if len(text) >= 7 and text[:4].isdigit() and text[4] == "-" and text[5:7].isdigit():
        return text[:7]
    raise ActorFileError(f"{where}: dates are written YYYY-MM, got {value!r}")


def _case_variants(word: str) -> set[str]:
    """A lexicon phrase as articles write it: "foreign minister", "Foreign minister", "Foreign Minister"."""
    small = {"of", "the", "to", "for", "and"}
    title = " ".join(w if w in small else w[:1].upper() + w[1:] for w in word.split(" "))
    title = "-".join(p[:1].upper() + p[1:] for p in title.split("-")) if "-" in word else title
    variants = {word, word[:1].upper() + word[1:], title}
    if word == word.lower():
        variants |= {_plural(v) for v in variants if _plural(v)}
    return variants


def _plural(phrase: str) -> str:
    """ "vice defence minister" → "vice defence ministers"; phrases with "of" are left alone."""
    if " of " in phrase or " to " in phrase or phrase.endswith(("s", "y", "-")):
        return ""
    return phrase + "s"


def _plural_demonym(word: str) -> str | None:
    if word.endswith(("ese", "ish", "ch", "s", "ss")):
        return None
    return word + "s"


class _Builder:
    def __init__(self) -> None:
        self.table = ActorTable()
        self.digest = hashlib.sha256()
        self.state_codes: set[str] = set()  # states from the data files (historic ones, Kosovo) beyond ISO

    def add(self, surface: str, candidate: Candidate, *, folded: bool = False, first: bool = False) -> None:
        surface = " ".join(str(surface).split())
        if not surface:
            return
        if surface.startswith("the ") and not folded:
            # "the Kremlin" opens sentences too: "The Kremlin said…"
            self.add("The" + surface[3:], candidate, folded=folded, first=first)
        target = self.table.folded if folded else self.table.exact
        key = surface.lower() if folded else surface
        bucket = target[key]
        if candidate in bucket:
            return
        if first:
            bucket.insert(0, candidate)
        else:
            bucket.append(candidate)

    # Each section reader takes the parsed YAML of one file.

    def states(self, data: dict[str, Any], *, folded: bool, first: bool, where: str) -> set[str]:
        codes = set()
        for state in data.get("states") or ():
            code = str(state["code"]).upper()
            codes.add(code)
            self.state_codes.add(code)
            until = _month(state.get("until"), where)
            historic = until is not None
            for key, kind in (("names", "state"), ("abbreviations", "abbreviation")):
                for t in state.get(key) or ():
                    self.add(t, Candidate(kind, code, until=until, historic=historic), folded=folded, first=first)
            for t in state.get("demonyms") or ():
                self.add(t, Candidate("demonym", code, until=until, historic=historic), folded=folded, first=first)
                plural = _plural_demonym(t)
                if plural:
                    self.add(plural, Candidate("demonym", code, until=until, historic=historic, plural=True),
                             folded=folded, first=first)  # fmt: skip
            for t in state.get("capitals") or ():
                self.add(t, Candidate("capital", code, "GOV", until=until), folded=folded, first=first)
            for m in state.get("metonyms") or ():
                kind = "media" if m.get("sector") == "MED" else "metonym"
                self.add(
                    m["text"],
                    Candidate(kind, code, m.get("sector"), _month(m.get("from"), where),
                              _month(m.get("until"), where) or until),
                    folded=folded, first=first,
                )  # fmt: skip
        for t in data.get("ambiguous") or ():
            self.add(t, Candidate("ambiguous"), folded=folded, first=first)
        return codes

    def igos(self, data: dict[str, Any], *, folded: bool, first: bool, where: str) -> None:
        for igo in data.get("igos") or ():
            code = str(igo["code"])
            sector = igo.get("sector")
            for t in igo.get("names") or ():
                self.add(t, Candidate("igo", code, sector), folded=folded, first=first)
            for organ in igo.get("organs") or ():
                organ_code = organ.get("code")
                if organ_code:
                    self.table.igo_parent[str(organ_code)] = code
                candidate = Candidate("igo", str(organ_code), None) if organ_code else Candidate("igo", code, "IGO")
                for t in organ.get("names") or ():
                    self.add(t, candidate, folded=folded, first=first)

    def institutions(self, data: dict[str, Any], *, folded: bool, first: bool, where: str) -> None:
        for inst in data.get("institutions") or ():
            code = inst.get("code")
            sector = inst.get("sector")
            kind = "media" if sector == "MED" else "institution"
            candidate = Candidate(kind, str(code) if code else None, sector, _month(inst.get("from"), where),
                                  _month(inst.get("until"), where), cameo=inst.get("cameo"))  # fmt: skip
            for t in inst.get("names") or ():
                self.add(t, candidate, folded=folded, first=first)

    def persons(self, data: dict[str, Any], *, folded: bool, first: bool, where: str) -> None:
        for entry in data.get("persons") or ():
            try:
                name = str(entry["name"])
                roles = tuple(
                    Role(str(r.get("code") or ""), r.get("sector"), str(r.get("role") or r.get("cameo") or "official"),
                         _month(r.get("from"), where), _month(r.get("until"), where), r.get("cameo"))
                    for r in entry.get("roles") or ()
                )  # fmt: skip
            except KeyError as exc:
                raise ActorFileError(f"{where}: person entry {entry!r} lacks {exc}") from None
            short = entry.get("short")
            person = Person(name, roles, str(short) if short else None)
            old = self.table.persons.get(name)
            if old is not None and first:
                # A user's person replaces the package's: drop the old one's holder entries.
                for key, people in self.table.holders.items():
                    self.table.holders[key] = [p for p in people if p is not old]
            self.table.persons[name] = person
            for role in roles:
                self.table.holders[(role.code, role.role)].append(person)
            full_names = [name, *(str(a) for a in entry.get("aliases") or ())]
            self.table.full_names[name] = frozenset(full_names)
            for t in full_names:
                self.add(t, Candidate("person", person=person), folded=folded, first=first)
            if short:
                self.add(short, Candidate("short", person=person), folded=folded, first=first)

    def lexicon(self, data: dict[str, Any]) -> None:
        t = self.table
        for title in data.get("titles") or ():
            candidate = Candidate("title", sector=title.get("sector"), role=title["role"],
                                  single=bool(title.get("single")))  # fmt: skip
            several = replace(candidate, single=False, plural=True)
            for w in title["words"]:
                singular = {w, w[:1].upper() + w[1:]} | _case_variants(w) - {_plural(v) for v in _case_variants(w)}
                for v in _case_variants(w):
                    self.add(v, candidate if v in singular else several)
        alone = set(data.get("alone") or ())
        for agent in data.get("agents") or ():
            for w in agent["words"]:
                for v in _case_variants(w):
                    self.add(v, Candidate("agent", sector=agent["sector"], alone=v in alone, cameo=agent.get("cameo")))
        for group in data.get("groups") or ():
            candidate = Candidate("group", code=group.get("code"), members=tuple(group.get("members") or ()),
                                  need=group.get("need"))  # fmt: skip
            for w in group["words"]:
                for v in _case_variants(w):
                    self.add(v, candidate)
        for w in data.get("places") or ():
            self.add(w, Candidate("place"))
        for sector, words in (data.get("heads") or {}).items():
            for w in words:
                t.heads[w] = sector
        t.people_heads = frozenset(data.get("people") or ())
        t.locatives = frozenset(data.get("locatives") or ())
        t.leader_roles = tuple(data.get("leader_roles") or t.leader_roles)
        t.parliamentary = frozenset(data.get("parliamentary") or ())
        t.modifiers = frozenset(data.get("modifiers") or ())
        t.common_shorts = frozenset(data.get("common_shorts") or ())
        t.rank = tuple(data.get("rank") or ())
        t.descriptions = {str(w): str(d["refers_to"]) for d in data.get("descriptions") or () for w in d["words"]}
        t.description_sectors = {str(w): str(d["sector"]) for d in data.get("descriptions") or () if d.get("sector")
                                 for w in d["words"]}  # fmt: skip

    def regions(self, data: dict[str, Any]) -> None:
        """Places of a state named without it (lexicon.yaml's few, places_world.yaml's gazetteer)."""
        for code, words in (data.get("regions") or {}).items():
            for w in words:
                self.add(w, Candidate("place", code=code))  # "over Hokkaido": a place of Japan

    def user_agents(self, data: dict[str, Any], *, folded: bool, first: bool) -> None:
        for agent in data.get("agents") or ():
            for w in agent.get("words") or ():
                self.add(w, Candidate("agent", sector=agent.get("sector"), cameo=agent.get("cameo")),
                         folded=folded, first=first)  # fmt: skip

    def pycountry_states(self, curated: set[str]) -> None:
        for country in pycountry.countries:
            if country.alpha_3 in curated:
                continue
            names = {_uninvert(country.name)}
            for attr in ("official_name", "common_name"):
                value = getattr(country, attr, None)
                if value:
                    names.add(_uninvert(value.removeprefix("the ")))
            for n in sorted(names):
                self.add(n, Candidate("state", country.alpha_3))

    def read(self, text: str, where: str, *, known_as: str | None = None) -> dict[str, Any]:
        """A data file's mapping. Its text goes into the table's version under ``known_as`` (else
        ``where``): a user's file by its place in the list, not its path, so that the same files
        named by another path (moved, relative or absolute) read the same table and recode nothing."""
        self.digest.update((known_as or where).encode() + b"\0" + text.encode() + b"\0")
        try:
            data = load_yaml(text) or {}
        except yaml.YAMLError as exc:
            raise ActorFileError(f"{where}: not valid YAML ({exc})") from None
        if not isinstance(data, dict):
            raise ActorFileError(f"{where}: an actor file is a YAML mapping with sections such as `persons:`")
        return data

    def finish(self) -> ActorTable:
        t = self.table
        t.exact = dict(t.exact)
        t.folded = dict(t.folded)
        t.holders = dict(t.holders)
        t.state_codes = frozenset(c.alpha_3 for c in pycountry.countries) | self.state_codes
        heads: dict[str, set[str]] = defaultdict(set)
        for surface, candidates in t.exact.items():
            for c in candidates:
                if c.code and c.kind == "igo":
                    # (an organ without a code of its own, "Court of Justice of the European Union",
                    # stands for its parent: its head is no noun for the parent itself)
                    heads[c.code].update(_name_heads(surface) if c.sector != "IGO" else {surface.split()[-1].lower()})
        t.name_heads = {code: frozenset(words) for code, words in heads.items()}
        for keys, first in ((t.exact, t.first_exact), (t.folded, t.first_folded)):
            for key in keys:
                word, length = _first_token(key), len(tokenize(key))
                first[word] = max(first.get(word, 0), length)
        t.version = self.digest.hexdigest()[:16]
        return t


def _uninvert(name: str) -> str:
    # pycountry writes "Korea, Republic of"; articles write "Republic of Korea".
    if ", " in name:
        head, _, tail = name.partition(", ")
        return f"{tail} {head}".strip()
    return name


USER_SECTIONS = {"version", "case_sensitive", "states", "igos", "institutions", "persons", "agents", "note"}


def build_table(actor_files: Sequence[Path] = ()) -> ActorTable:
    """The actor table for these user files, built once per process for each state of the files."""
    key = []
    for path in actor_files:
        try:
            st = Path(path).stat()
        except OSError as exc:
            raise ActorFileError(f"cannot read actor file {path}: {exc.strerror}") from None
        key.append((str(path), st.st_mtime_ns, st.st_size))
    return _build_table(tuple(key))


@lru_cache(maxsize=4)
def _build_table(files: tuple[tuple[str, int, int], ...]) -> ActorTable:
    actor_files = [Path(f[0]) for f in files]
    b = _Builder()
    package = resources.files("diplomap.data.actors")
    curated: set[str] = set()
    for name in PACKAGE_FILES:
        resource = package.joinpath(name)
        if not resource.is_file():
            continue  # a data file not written yet leaves its part of the table empty
        data = b.read(resource.read_text("utf-8"), f"diplomap/data/actors/{name}")
        where = name
        curated |= b.states(data, folded=False, first=False, where=where)
        b.igos(data, folded=False, first=False, where=where)
        b.institutions(data, folded=False, first=False, where=where)
        b.persons(data, folded=False, first=False, where=where)
        if name == "lexicon.yaml":
            b.lexicon(data)
        b.regions(data)
        b.table.sources.append(f"package:{name}")
    b.pycountry_states(curated)
    for position, path in enumerate(actor_files):
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise ActorFileError(f"cannot read actor file {path}: {exc.strerror}") from None
        data = b.read(text, str(path), known_as=f"user-file-{position}")  # (its order matters: see precedence)
        unknown = set(data) - USER_SECTIONS
        if unknown:
            raise ActorFileError(
                f"{path}: unknown section(s) {', '.join(sorted(unknown))}; an actor file may hold "
                + ", ".join(sorted(USER_SECTIONS - {'version', 'note', 'case_sensitive'}))
            )
        folded = data.get("case_sensitive") is False
        b.states(data, folded=folded, first=True, where=str(path))
        b.igos(data, folded=folded, first=True, where=str(path))
        b.institutions(data, folded=folded, first=True, where=str(path))
        b.persons(data, folded=folded, first=True, where=str(path))
        b.user_agents(data, folded=folded, first=True)
        b.table.sources.append(str(path))
    return b.finish()


# -- tokens ---------------------------------------------------------------------------------------

# Acronyms with dots ("U.S.", "U.N."), words, the possessive "'s", any other single character.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+|['’]s\b|\S")


def tokenize(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN.finditer(text)]


def _first_token(key: str) -> str:
    m = _TOKEN.search(key)
    return m.group(0) if m else key


def _name_heads(name: str) -> set[str]:
    """The nouns a description of an organisation may use for it: its name's last word ("Security
    Council": council) and, in a name built as "X of Y" or "X for Y", the word before the
    preposition ("Permanent Court of Arbitration": court, so that "the tribunal" after it is the
    PCA; "International Criminal Tribunal for Rwanda": tribunal)."""
    words = name.lower().split()
    heads = {words[-1]}
    for i, w in enumerate(words[1:], start=1):
        if w in ("of", "for"):
            heads.add(words[i - 1])
            break
    return heads
