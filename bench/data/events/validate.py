#!/usr/bin/env python3
"""Check bench/data/events/gold.jsonl and print its counts.

Usage:
    python bench/data/events/validate.py          # check and print counts
    python bench/data/events/validate.py --show   # also list every event with its sentence

Standard library only. Exit status 1 when a check fails.
"""
from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = Path(__file__).resolve().parents[3]
SEEDS = REPO_ROOT.parent / "shared" / "corpus" / "seeds"
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
CAMEO_CSV = SHARED_DATA / "cameo-goldstein" / "cameo-codes.csv"
CROSSWALK = SHARED_DATA / "plover" / "CAMEO2PLOVER-2021.txt"
SEED_LINES = HERE.parent / "seed_lines.json"

STATUSES = {"occurred", "planned", "hypothetical", "negated"}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "SPY", "MED", "BUS", "OPP", "REB", "COP", "IGO",
           "NGO", "ELI", "CVL"}
FIELDS = ["doc", "sentence", "trigger", "actors", "recipients", "joint", "cameo", "quad_class",
          "plover", "goldstein", "status", "historical", "neutral_statement", "date",
          "attribution", "repeat", "note", "split"]
OPTIONAL = {"actor_sectors", "recipient_sectors", "reciprocal", "alt_actors", "alt_cameo"}
CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
CAMEO_RE = re.compile(r"^(0[1-9]|1[0-9]|20)\d{0,2}$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SEED_SPLIT = {"000": "tune", "001": "blind", "003": "tune", "004": "blind"}


def quad_of(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def split_of(doc: str) -> str:
    if doc.startswith("seeds/"):
        return SEED_SPLIT[doc.split("/", 1)[1][:3]]
    return "tune" if hashlib.sha256(doc.encode("utf-8")).digest()[0] % 2 == 0 else "blind"


def load_cameo():
    """code -> goldstein from the shared CAMEO table, or None when it is absent."""
    if not CAMEO_CSV.exists():
        return None
    table = {}
    with CAMEO_CSV.open(encoding="utf-8", errors="replace", newline="") as f:
        for r in csv.DictReader(f):
            table[r["code"]] = float(r["goldstein"])
    return table


def load_crosswalk():
    """code -> PLOVER type (first mapping listed) from the shared crosswalk, or None."""
    if not CROSSWALK.exists():
        return None
    table = {}
    for line in CROSSWALK.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m and m.group(1) not in table:
            table[m.group(1)] = m.group(2)
    return table


def expected_plover(code: str, crosswalk) -> str | None:
    root = code[:2]
    if root == "01":
        return None          # statements have no PLOVER type
    if root == "02":
        return "REQUEST"     # appeals: not in the crosswalk; PLOVER files them under REQUEST
    for key in (code, code[:3], root):
        if key in crosswalk:
            return crosswalk[key]
    return "?"


def labelled_regions(doc: str, text: str):
    """(start, end) spans of the lines whose text is labelled."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    if doc.startswith("texts/"):
        return [(a, b) for a, b, ln in lines if ln.strip() and not ln.startswith("Published:")]
    name = doc.split("/", 1)[1]
    if name.startswith("004"):
        return [(a, b) for a, b, ln in lines if ln.strip()][:-1]
    rows = json.loads(SEED_LINES.read_text(encoding="utf-8"))[name]
    return [(r["start"], r["end"]) for r in rows if r["label"] in ("title", "keep")]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", action="store_true", help="print every event with its sentence")
    args = ap.parse_args()

    errors: list[str] = []
    cameo = load_cameo()
    crosswalk = load_crosswalk()
    if cameo is None:
        print(f"note: {CAMEO_CSV} not found; CAMEO codes checked by form only")
    if crosswalk is None:
        print(f"note: {CROSSWALK} not found; PLOVER types not checked")
    seeds_present = SEEDS.is_dir()
    if not seeds_present:
        print(f"note: seeds folder {SEEDS} not found; seed rows are checked without their text")

    rows = [json.loads(ln) for ln in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    texts: dict[str, str | None] = {}
    regions: dict[str, list] = {}

    def text_of(doc: str):
        if doc not in texts:
            if doc.startswith("texts/"):
                p = HERE / doc
            elif doc.startswith("seeds/"):
                p = SEEDS / doc.split("/", 1)[1]
            else:
                errors.append(f"unknown doc prefix: {doc}")
                texts[doc] = None
                return None
            if doc.startswith("seeds/") and not seeds_present:
                texts[doc] = None
            elif not p.exists():
                errors.append(f"missing file for {doc}")
                texts[doc] = None
            else:
                texts[doc] = p.read_text(encoding="utf-8")
                regions[doc] = labelled_regions(doc, texts[doc])
        return texts[doc]

    seen = set()
    for i, r in enumerate(rows, 1):
        where = f"row {i} ({r.get('doc')} {r.get('trigger')})"
        def bad(msg, where=where):
            errors.append(f"{where}: {msg}")
        missing = [k for k in FIELDS if k not in r]
        if missing:
            bad(f"missing fields {missing}")
            continue
        extra = set(r) - set(FIELDS) - OPTIONAL
        if extra:
            bad(f"unknown fields {sorted(extra)}")
        s0, s1 = r["sentence"]
        t0, t1 = r["trigger"]
        if not (0 <= s0 < s1 and s0 <= t0 < t1 <= s1):
            bad("trigger must lie inside the sentence, spans non-empty")
        text = text_of(r["doc"])
        if text is not None:
            if s1 > len(text):
                bad("sentence beyond end of file")
            else:
                sent = text[s0:s1]
                if sent != sent.strip():
                    bad("sentence span has leading/trailing whitespace")
                if "\n" in sent:
                    bad("sentence crosses a line break")
                if not any(a <= s0 and s1 <= b for a, b in regions[r["doc"]]):
                    bad("sentence outside the labelled article text")
                if not text[t0:t1].strip():
                    bad("empty trigger")
        # actors
        for key in ("actors", "recipients", "alt_actors"):
            for c in r.get(key, []) or []:
                if not CODE_RE.match(c):
                    bad(f"bad code {c!r} in {key}")
        if not r["actors"] and "not named" not in r["note"]:
            bad("empty actors without a note")
        for key, base in (("actor_sectors", "actors"), ("recipient_sectors", "recipients")):
            if key in r:
                if len(r[key]) != len(r[base]):
                    bad(f"{key} not parallel to {base}")
                for s in r[key]:
                    if s is not None and s not in SECTORS:
                        bad(f"bad sector {s!r}")
        if r["joint"] and len(r["actors"]) < 2:
            bad("joint event needs two or more actors")
        if r.get("reciprocal"):
            if sorted(r["actors"]) != sorted(r["recipients"]) or len(r["actors"]) < 2:
                bad("reciprocal: recipients must be the actors, paired in order")
            if r["joint"]:
                bad("reciprocal events are not joint")
        # codes
        code = r["cameo"]
        if not CAMEO_RE.match(code):
            bad(f"bad CAMEO code {code!r}")
            continue
        if cameo is not None and code not in cameo:
            bad(f"CAMEO code {code} not in the codebook")
        if r["quad_class"] != quad_of(code):
            bad(f"quad_class {r['quad_class']} does not match root {code[:2]}")
        if cameo is not None and code in cameo and abs(cameo[code] - r["goldstein"]) > 1e-9:
            bad(f"goldstein {r['goldstein']} != {cameo[code]} for {code}")
        if crosswalk is not None and r["plover"] != expected_plover(code, crosswalk):
            bad(f"plover {r['plover']} != {expected_plover(code, crosswalk)} for {code}")
        if "alt_cameo" in r and (not CAMEO_RE.match(r["alt_cameo"]) or
                                 (cameo is not None and r["alt_cameo"] not in cameo)):
            bad(f"bad alt_cameo {r['alt_cameo']!r}")
        if r["status"] not in STATUSES:
            bad(f"bad status {r['status']!r}")
        if r["neutral_statement"] != (code == "010"):
            bad("neutral_statement must be true exactly for 010")
        for key in ("joint", "historical", "neutral_statement", "repeat"):
            if not isinstance(r[key], bool):
                bad(f"{key} must be a boolean")
        if r["date"] is not None and not DATE_RE.match(r["date"]):
            bad(f"bad date {r['date']!r}")
        if r["attribution"] is not None and not (isinstance(r["attribution"], str) and r["attribution"].strip()):
            bad("attribution must be null or a non-empty string")
        if r["split"] != split_of(r["doc"]):
            bad(f"split {r['split']} should be {split_of(r['doc'])}")
        key = (r["doc"], t0, t1, code, tuple(r["actors"]), tuple(r["recipients"]), r["status"])
        if key in seen:
            bad("duplicate row")
        seen.add(key)

    # every own text is labelled; off-topic texts exist and carry no rows
    docs_with_rows = {r["doc"] for r in rows}
    for p in sorted((HERE / "texts").glob("*.txt")):
        d = f"texts/{p.name}"
        if d not in docs_with_rows:
            errors.append(f"{d} has no events")
        first = p.read_text(encoding="utf-8").split("\n", 1)[0]
        if not re.match(r"^Published: \d{4}-\d{2}-\d{2}$", first):
            errors.append(f"{d}: first line must be 'Published: YYYY-MM-DD'")
    for folder, lo, hi in (("texts", 150, 300), ("offtopic", 120, 250)):
        for p in sorted((HERE / folder).glob("*.txt")):
            words = len(p.read_text(encoding="utf-8").split())
            if not lo <= words <= hi:
                errors.append(f"{folder}/{p.name}: {words} words, expected {lo}-{hi}")
    for p in sorted((HERE / "offtopic").glob("*.txt")):
        if not re.match(r"^Published: \d{4}-\d{2}-\d{2}$", p.read_text(encoding="utf-8").split("\n", 1)[0]):
            errors.append(f"offtopic/{p.name}: first line must be 'Published: YYYY-MM-DD'")
    for d in docs_with_rows:
        if d.startswith("offtopic/"):
            errors.append(f"{d}: off-topic texts must have no events")

    # counts
    def table(title, key, order=None):
        c = collections.Counter((key(r), r["split"]) for r in rows)
        keys = order or sorted({k for k, _ in c})
        print(f"\n{title:<14}{'tune':>7}{'blind':>7}{'all':>7}")
        for k in keys:
            t, b = c[(k, "tune")], c[(k, "blind")]
            print(f"{k!s:<14}{t:>7}{b:>7}{t + b:>7}")
    docs = collections.defaultdict(set)
    for r in rows:
        docs[r["split"]].add(r["doc"])
    print(f"rows: {len(rows)}  docs: tune {len(docs['tune'])}, blind {len(docs['blind'])}")
    table("split", lambda r: "events")
    table("source", lambda r: r["doc"].split("/")[0])
    table("status", lambda r: r["status"], ["occurred", "planned", "hypothetical", "negated"])
    table("quad_class", lambda r: r["quad_class"])
    table("root", lambda r: r["cameo"][:2])
    table("historical", lambda r: r["historical"])
    table("repeat", lambda r: r["repeat"])
    table("joint", lambda r: r["joint"])
    table("attributed", lambda r: r["attribution"] is not None)
    table("neutral_stmt", lambda r: r["neutral_statement"])
    offtopic = sorted((HERE / "offtopic").glob("*.txt"))
    print(f"\noff-topic texts (gold: zero events): {len(offtopic)}")

    if args.show:
        for r in rows:
            text = text_of(r["doc"])
            s0, s1 = r["sentence"]
            t0, t1 = r["trigger"]
            trig = text[t0:t1] if text else "?"
            sent = text[s0:s1] if text else "(seed text not available)"
            flags = [r["status"]] + (["hist"] if r["historical"] else []) + (["joint"] if r["joint"] else []) \
                + (["recip"] if r.get("reciprocal") else []) + (["repeat"] if r["repeat"] else [])
            print(f"\n{r['doc']} [{s0},{s1}] trigger [{t0},{t1}] {trig!r}  ({r['split']})")
            print(f"  {'+'.join(r['actors']) or '-'} -> {'+'.join(r['recipients']) or '-'}  "
                  f"{r['cameo']} q{r['quad_class']} {r['plover']} {r['goldstein']}  {' '.join(flags)}  "
                  f"date={r['date']} attr={r['attribution']}")
            if r["note"]:
                print(f"  note: {r['note']}")
            print(f"  | {sent}")

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors[:200]:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
