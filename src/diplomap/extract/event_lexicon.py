"""The event lexicon: verbs, nouns and cue words → CAMEO codes, with CAMEO's weights and PLOVER types.

Data files in ``data/events/``: ``cameo.yaml`` (every CAMEO code: a short name, its Goldstein
weight, its PLOVER type and mode) and ``verbs.yaml`` (the verbs, with the particle, preposition
or object nouns that select a sense, and where the recipient is; nominalisations; light verbs;
the cue words of statements, refusals, plans, hypotheticals and denials). Loaded strictly: a key
the coder does not know is an error, not a silent no-op.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import DiplomapError
from ..yamldata import load_yaml


class LexiconError(DiplomapError):
    """The event lexicon does not follow its format."""


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    name: str
    goldstein: float
    plover: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        root = int(self.root)
        return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@dataclass(frozen=True, slots=True)
class Sense:
    """One lexicon entry: a verb or noun in one sense."""

    lemma: str
    cameo: str
    pos: str  # "verb" | "noun"
    objects: frozenset[str] = frozenset()
    particle: str | None = None
    prep: str | None = None
    recipient: tuple[str, ...] = ("dobj",)
    actor: tuple[str, ...] = ("poss", "prep:by", "amod", "compound")
    symmetric: bool = False
    #: a noun that names a measure ("sanctions", "tariffs") is an event only through a verb
    #: ("imposed sanctions"), not on its own ("a partial lifting of UN sanctions")
    standalone: bool = True
    #: a verb sense that applies only without a direct object ("protesters demonstrated", not
    #: "demonstrated its commitment")
    intransitive: bool = False
    #: a sense that is an event only towards another party ("stood by Washington's decision", not
    #: "stood by its decision" or "stood by the door")
    needs_recipient: bool = False
    #: head lemmas of the object of the sense's preposition ("withdrew from the treaty": treaty);
    #: the sense applies only when that head is one of them
    prep_objects: frozenset[str] = frozenset()
    #: a sense from the user's lexicon file (``--event-lexicon``): its rule says so (``src:user``)
    user: bool = False

    @property
    def rule(self) -> str:
        parts = [self.pos, self.lemma]
        if self.particle:
            parts.append(f"prt:{self.particle}")
        if self.prep:
            parts.append(f"prep:{self.prep}")
        if self.objects:
            parts.append("obj:" + "|".join(sorted(self.objects)[:3]))
        if self.prep_objects:
            parts.append("pobj:" + "|".join(sorted(self.prep_objects)[:3]))
        if self.user:
            parts.append("src:user")
        return "/".join(parts)


@dataclass(frozen=True, slots=True)
class RuleTrace:
    """A report's ``rule`` read back into its parts, so that later passes ask the trace what it
    holds instead of searching its text.

    The format (written by :attr:`Sense.rule` and the coder's constructions): a head
    ``kind/lemma[/prt:P][/prep:P][/obj:a|b|c][/src:user]`` ("verb/impose/obj:sanction", "statement/say",
    "refusal/refuse"), then ``+``-joined steps: a nested head ("intent/agree+verb/dismantle/obj:…",
    the act agreed to) or a mark word ("+context-recipient", "+to-border", "+without")."""

    kind: str
    lemma: str
    #: every sense in the trace, the head's first: (kind, lemma, {"prt": …, "prep": …, "obj": …})
    senses: tuple[tuple[str, str, dict[str, str]], ...]
    marks: frozenset[str]

    @classmethod
    def parse(cls, rule: str) -> RuleTrace:
        senses: list[tuple[str, str, dict[str, str]]] = []
        marks: set[str] = set()
        for step in rule.split("+"):
            kind, _, rest = step.partition("/")
            if not rest:
                marks.add(step)
                continue
            lemma, *keyed = rest.split("/")
            senses.append((kind, lemma, dict(part.partition(":")[::2] for part in keyed)))
        head = senses[0] if senses else ("", "", {})
        return cls(head[0], head[1], tuple(senses), frozenset(marks))

    @property
    def selected_by_object(self) -> bool:
        """Whether a sense in the trace was chosen by its object noun ("denied the raid", not
        "denied that …")."""
        return any("obj" in keyed for _, _, keyed in self.senses)

    @property
    def reference(self) -> str | None:
        """How the report points back at an act told before it ("same": "followed suit", "refused to
        do so"; "in-kind": "responded in kind"), from its ``ref/<kind>`` step; None when it names its
        own act (events-18 review: read from the trace, not by searching the rule's text)."""
        return next((lemma for kind, lemma, _ in self.senses if kind == "ref"), None)

    def step(self, n: int) -> str | None:
        """The ``n``-th sense of the trace written back as its rule step ("verb/lift/obj:objection|…"),
        or None when the trace has fewer."""
        if n >= len(self.senses):
            return None
        kind, lemma, keyed = self.senses[n]
        return "/".join([kind, lemma, *(f"{k}:{v}" for k, v in keyed.items())])


@dataclass(slots=True)
class EventLexicon:
    codes: dict[str, Code]
    verbs: dict[str, list[Sense]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Sense]] = field(default_factory=lambda: defaultdict(list))
    light_verbs: frozenset[str] = frozenset()
    statement_verbs: frozenset[str] = frozenset()
    refusal_verbs: dict[str, str] = field(default_factory=dict)  # lemma → CAMEO code
    plan_verbs: frozenset[str] = frozenset()
    hypothetical_cues: frozenset[str] = frozenset()
    negation_verbs: frozenset[str] = frozenset()
    yield_verbs: frozenset[str] = frozenset()
    #: complement code prefix → {class: code}; "urged Pyongyang to return to talks" → 026
    complements: dict[str, dict[str, str]] = field(default_factory=dict)
    #: lemma → the complement classes it governs ("vow": intent, or threat for conflict)
    governors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    version: str = ""
    #: lower-case word forms that may express an event: the relevance gate's trigger list
    trigger_forms: frozenset[str] = frozenset()

    def governed(self, kind: str, complement: str) -> str:
        """The code of "<governor of this kind> + <complement event>": the table's cell for the
        longest prefix of the complement's code, else the class's own default."""
        for n in range(len(complement), 1, -1):
            cell = self.complements.get(complement[:n], {}).get(kind)
            if cell:
                return cell
        return COMPLEMENT_DEFAULTS[kind]

    def code(self, code: str) -> Code:
        found = self.codes.get(code) or self.codes.get(code[:3]) or self.codes.get(code[:2])
        if found is None:
            raise LexiconError(f"unknown CAMEO code {code!r}")
        return found


_VERB_KEYS = {"lemma", "cameo", "objects", "particle", "prep", "recipient", "symmetric", "note", "intransitive",
              "needs_recipient", "prep_objects"}
_NOUN_KEYS = {"lemma", "cameo", "recipient", "actor", "symmetric", "note", "objects", "standalone"}
_TOP_KEYS = {"version", "verbs", "nouns", "light_verbs", "statement_verbs", "refusal_verbs", "plan_verbs",
             "hypothetical_cues", "negation_verbs", "yield_verbs", "note", "refusal_codes", "complements",
             "complement_governors"}  # fmt: skip
#: the verb classes whose complement event picks a code in the complements table, and each one's
#: code when the table has no cell for the complement
COMPLEMENT_DEFAULTS = {"appeal": "020", "intent": "030", "demand": "100", "refusal": "120", "threat": "130"}


def _read(name: str) -> tuple[str, dict[str, Any]]:
    text = resources.files("diplomap.data.events").joinpath(name).read_text("utf-8")
    data = load_yaml(text)
    if not isinstance(data, dict):
        raise LexiconError(f"data/events/{name}: not a mapping")
    return text, data


def _recipient(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ("dobj",)
    items = [value] if isinstance(value, str) else list(value)
    for item in items:
        if item not in ("dobj", "dative", "none") and not str(item).startswith("prep:"):
            raise LexiconError(f"{where}: recipient {item!r} is not dobj, dative, none or prep:X")
    return tuple(str(i) for i in items)


#: what a user's event lexicon file may hold (README "Your own event lexicon")
_USER_KEYS = {"verbs", "nouns", "note"}
#: an entry's keys that hold one word, lists of words, and yes/no
_WORD_KEYS = ("lemma", "particle", "prep")
_LIST_KEYS = ("objects", "prep_objects", "actor", "forms")
_FLAG_KEYS = ("symmetric", "intransitive", "needs_recipient", "standalone")


def load_lexicon(files: Sequence[str | Path] = (), *, texts: Sequence[tuple[str, str]] | None = None) -> EventLexicon:
    """The packaged event lexicon, with the senses of the user's lexicon ``files`` (YAML, the
    ``verbs:`` and ``nouns:`` of ``data/events/verbs.yaml``) added, or of ``texts`` already read
    (``read_lexicon_files``: what a worker is handed, so that it codes with the very files the run
    was versioned with). A user's sense comes before the packaged senses of its lemma, and a later
    file's before an earlier one's, so the later wins where both fit a clause equally well. Loaded
    once per set of contents."""
    return _load_lexicon(tuple(texts) if texts is not None else read_lexicon_files(files))


def read_lexicon_files(files: Sequence[str | Path]) -> tuple[tuple[str, str], ...]:
    """(name, text) of each user lexicon file, in order, each file once."""
    if isinstance(files, (str, Path)):
        raise LexiconError(f"event lexicon files are a list of paths, not one path: {files!r}")
    out: dict[Path, tuple[str, str]] = {}
    for f in files:
        path = Path(f)
        key = path.resolve()
        if key not in out:
            out[key] = (str(path), _read_user_file(path))
    return tuple(out.values())


def _read_user_file(path: Path) -> str:
    try:
        return path.read_text("utf-8")
    except FileNotFoundError:
        raise LexiconError(f"event lexicon file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"cannot read event lexicon file {path}: {exc}") from None


def _check_user_entry(entry: dict[str, Any], where: str) -> None:
    """A user's entry, held to the shapes the packaged file keeps by convention (``bench/
    events_lexicon_check.py``): YAML would otherwise read ``cameo: 0161`` as the number 113,
    ``objects: ambassador`` as letters and ``symmetric: "no"`` as true."""
    if not isinstance(entry["cameo"], str):
        raise LexiconError(f"{where}: write the CAMEO code in quotes (cameo: \"{entry['cameo']}\"): YAML reads an "
                           "unquoted code as a number")  # fmt: skip
    for key in _WORD_KEYS:
        value = entry.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip() or any(c.isspace() for c in value)):
            raise LexiconError(f"{where}: {key} must be one word, got {value!r}")
    for key in _LIST_KEYS:
        value = entry.get(key)
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
            raise LexiconError(f"{where}: {key} must be a list of words ({key}: [a, b]), got {value!r}")
    for key in _FLAG_KEYS:
        if key in entry and not isinstance(entry[key], bool):
            raise LexiconError(f"{where}: {key} must be true or false, got {entry[key]!r}")
    if "note" in entry and not isinstance(entry["note"], str):
        raise LexiconError(f"{where}: note must be text")


def _add_senses(lex: EventLexicon, data: dict[str, Any], source: str, *, user: bool = False) -> set[str]:
    """Add the ``verbs:`` and ``nouns:`` entries of one lexicon file (``user``: a user's file, whose
    entries are checked strictly and whose senses go before those already there for the same
    lemma). Returns the extra word forms its entries list for the gate (``forms``)."""
    forms: set[str] = set()
    sections = (("verb", "verbs", _VERB_KEYS, lex.verbs), ("noun", "nouns", _NOUN_KEYS, lex.nouns))
    for pos, key, allowed, target in sections:
        entries = data.get(key) or []
        if not isinstance(entries, list):
            raise LexiconError(f"{source} {key}: not a list of entries")
        added: dict[str, list[Sense]] = defaultdict(list)
        for entry in entries:
            if not isinstance(entry, dict) or "lemma" not in entry or "cameo" not in entry:
                raise LexiconError(f"{source} {key}: every entry needs a lemma and a cameo code, got {entry!r}")
            where = f"{source} {key} {entry.get('lemma')!r}"
            extra = set(entry) - allowed - ({"forms"} if user else set())
            if extra:
                raise LexiconError(f"{where}: unknown keys {sorted(extra)}")
            if user:
                _check_user_entry(entry, where)
            code = str(entry["cameo"])
            if code not in lex.codes:
                raise LexiconError(f"{where}: CAMEO code {code!r} is not in cameo.yaml")
            default_recipient = ("dobj",) if pos == "verb" else ("prep:with", "prep:to")
            sense = Sense(
                lemma=str(entry["lemma"]).lower(), cameo=code, pos=pos,
                objects=frozenset(str(o).lower() for o in entry.get("objects") or ()),
                particle=entry.get("particle"), prep=entry.get("prep"),
                recipient=_recipient(entry.get("recipient"), where) if "recipient" in entry else default_recipient,
                actor=tuple(entry.get("actor") or ("poss", "prep:by", "amod", "compound")),
                symmetric=bool(entry.get("symmetric")), standalone=bool(entry.get("standalone", True)),
                intransitive=bool(entry.get("intransitive")), needs_recipient=bool(entry.get("needs_recipient")),
                prep_objects=frozenset(str(o).lower() for o in entry.get("prep_objects") or ()), user=user,
            )  # fmt: skip
            if sense.prep_objects and not sense.prep:
                raise LexiconError(f"{where}: prep_objects without prep")
            added[sense.lemma].append(sense)
            forms.update(str(f).lower() for f in entry.get("forms") or ())
        for lemma, senses in added.items():
            target[lemma] = [*senses, *target.get(lemma, [])] if user else [*target.get(lemma, []), *senses]
    return forms


def _canonical(data: dict[str, Any]) -> str:
    """A user file's senses as they code, for the version: notes and comments left out, so that
    editing them recodes nothing."""
    entries = {k: [{f: v for f, v in e.items() if f != "note"} for e in data.get(k) or []] for k in ("verbs", "nouns")}
    return json.dumps(entries, sort_keys=True, ensure_ascii=False, default=str)


@lru_cache(maxsize=4)
def _load_lexicon(user_files: tuple[tuple[str, str], ...]) -> EventLexicon:
    cameo_text, cameo = _read("cameo.yaml")
    verbs_text, data = _read("verbs.yaml")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise LexiconError(f"data/events/verbs.yaml: unknown keys {sorted(unknown)}")
    codes = {
        str(c["code"]): Code(str(c["code"]), str(c.get("name") or ""), float(c["goldstein"]), c.get("plover"),
                             c.get("plover_mode"))
        for c in cameo["codes"]
    }  # fmt: skip
    lex = EventLexicon(codes)
    _add_senses(lex, data, "verbs.yaml")
    user_forms: set[str] = set()
    canonical = []
    for name, text in user_files:
        try:
            user = load_yaml(text)
        except yaml.YAMLError as exc:
            raise LexiconError(f"event lexicon file {name}: not valid YAML ({exc})") from None
        user = {} if user is None else user  # (an empty file, or comments only)
        if not isinstance(user, dict):
            raise LexiconError(f"event lexicon file {name}: not a mapping with verbs: and nouns:")
        unknown = set(user) - _USER_KEYS
        if unknown:
            raise LexiconError(f"event lexicon file {name}: unknown keys {sorted(unknown)} (only verbs, nouns, note)")
        user_forms |= _add_senses(lex, user, f"event lexicon file {name}", user=True)
        canonical.append(_canonical(user))
    lex.verbs = dict(lex.verbs)
    lex.nouns = dict(lex.nouns)
    lex.light_verbs = frozenset(data.get("light_verbs") or ())
    lex.statement_verbs = frozenset(data.get("statement_verbs") or ())
    refusals = data.get("refusal_verbs") or ()
    codes_for = data.get("refusal_codes") or {}
    lex.refusal_verbs = {str(v): str(codes_for.get(v, "120")) for v in refusals}
    lex.plan_verbs = frozenset(data.get("plan_verbs") or ())
    lex.hypothetical_cues = frozenset(data.get("hypothetical_cues") or ())
    lex.negation_verbs = frozenset(data.get("negation_verbs") or ())
    lex.yield_verbs = frozenset(data.get("yield_verbs") or ())
    for row in data.get("complements") or ():
        cells = {k: str(v) for k, v in row.items() if k != "event" and v is not None}
        for code in cells.values():
            if code not in codes:
                raise LexiconError(f"verbs.yaml complements {row['event']!r}: CAMEO code {code!r} is not in cameo.yaml")
        lex.complements[str(row["event"])] = cells
    governors: dict[str, list[str]] = defaultdict(list)
    for kind, lemmas in (data.get("complement_governors") or {}).items():
        if kind not in COMPLEMENT_DEFAULTS:
            raise LexiconError(f"verbs.yaml complement_governors: unknown class {kind!r}")
        for lemma in lemmas:
            governors[str(lemma)].append(kind)
    lex.governors = {k: tuple(v) for k, v in governors.items()}
    # (the user's senses are part of the version: a changed file recodes the documents it read)
    lex.version = hashlib.sha256("\0".join([cameo_text, verbs_text, *canonical]).encode()).hexdigest()[:12]
    lex.trigger_forms = frozenset(
        form
        for lemma in [*lex.verbs, *lex.refusal_verbs, *lex.statement_verbs]
        for form in verb_forms(lemma)
    ) | frozenset(form for lemma in lex.nouns for form in noun_forms(lemma)) | frozenset(
        form for lemma in lex.governors for form in verb_forms(lemma)) | frozenset(user_forms)
    return lex


# -- inflection, for the gate (a sentence without any trigger form is never parsed) -------------

_IRREGULAR = {
    "meet": ["met"], "hold": ["held"], "fight": ["fought"], "take": ["took", "taken"], "give": ["gave", "given"],
    "go": ["went", "gone"], "make": ["made"], "pay": ["paid"], "send": ["sent"], "strike": ["struck", "stricken"],
    "shoot": ["shot"], "speak": ["spoke", "spoken"], "tell": ["told"], "say": ["said"], "sell": ["sold"],
    "lead": ["led"], "leave": ["left"], "win": ["won"], "begin": ["began", "begun"], "break": ["broke", "broken"],
    "bring": ["brought"], "buy": ["bought"], "withdraw": ["withdrew", "withdrawn"], "freeze": ["froze", "frozen"],
    "draw": ["drew", "drawn"], "throw": ["threw", "thrown"], "blow": ["blew", "blown"], "fly": ["flew", "flown"],
    "flee": ["fled"], "keep": ["kept"], "seek": ["sought"], "stand": ["stood"], "run": ["ran"],
    "rise": ["rose", "risen"], "lay": ["laid"], "forbid": ["forbade", "forbidden"], "seize": ["seized"],
    "undertake": ["undertook", "undertaken"], "shake": ["shook", "shaken"], "beat": ["beaten"], "bite": ["bit"],
    "hit": ["hit"], "set": ["set"], "cut": ["cut"], "put": ["put"], "let": ["let"], "shut": ["shut"],
    "spread": ["spread"], "cast": ["cast"], "bid": ["bid"], "steal": ["stole", "stolen"], "write": ["wrote", "written"],
    "swear": ["swore", "sworn"], "hide": ["hid", "hidden"], "ride": ["rode"], "feed": ["fed"], "lend": ["lent"],
    "deal": ["dealt"], "mean": ["meant"], "build": ["built"], "spend": ["spent"], "find": ["found"],
    "sink": ["sank", "sunk"], "sit": ["sat"], "overtake": ["overtook"], "forgive": ["forgave", "forgiven"],
    "arise": ["arose", "arisen"], "become": ["became"], "come": ["came"], "see": ["saw", "seen"],
    "do": ["did", "done"], "have": ["had", "has"], "be": ["was", "were", "been", "is", "are"],
    "get": ["got", "gotten"], "know": ["knew", "known"],
    "think": ["thought"], "teach": ["taught"], "catch": ["caught"], "bear": ["bore", "borne"], "wear": ["wore"],
    "tear": ["tore", "torn"], "shed": ["shed"], "quit": ["quit"], "split": ["split"], "slay": ["slew", "slain"],
    "rebuild": ["rebuilt"], "uphold": ["upheld"], "withhold": ["withheld"], "override": ["overrode", "overridden"],
    "mislead": ["misled"], "outlaw": ["outlawed"], "oversee": ["oversaw", "overseen"], "foresee": ["foresaw"],
    "broadcast": ["broadcast"], "forecast": ["forecast"], "upset": ["upset"], "offset": ["offset"],
}  # fmt: skip
_VOWELS = set("aeiou")


def verb_forms(lemma: str) -> set[str]:
    """The usual English forms of a verb (enough for a gate: misses are measured, not hidden)."""
    lemma = lemma.lower()
    forms = {lemma, *_IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        # "ban" → "banned", "plan" → "planned": one short vowel before a final consonant
        if len(lemma) >= 3 and lemma[-1] not in _VOWELS | {"w", "x", "y"} and lemma[-2] in _VOWELS and \
                lemma[-3] not in _VOWELS:  # fmt: skip
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def noun_forms(lemma: str) -> set[str]:
    lemma = lemma.lower()
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        return {lemma, lemma[:-1] + "ies"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {lemma, lemma + "es"}
    return {lemma, lemma + "s"}
