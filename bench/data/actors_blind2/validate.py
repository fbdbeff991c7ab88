"""Validate gold.jsonl of the second blind set: every line parses, fields are well-formed,
offsets slice to non-empty mentions with no surrounding whitespace, spans do not overlap,
every row's split is "blind2"; then print counts.

Run from anywhere: python bench/data/actors_blind2/validate.py [--show]
Same checks as bench/data/actors/validate.py, without seeds (this set has none).
"""

import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

SECTORS = {"GOV", "MIL", "LEG", "JUD", "SPY", "MED", "BUS", "OPP", "REB", "COP", "IGO", "NGO", "ELI", "CVL"}
KINDS = {
    "state",
    "capital-metonym",
    "demonym",
    "institution",
    "person",
    "title",
    "igo",
    "group",
    "media",
    "ambiguous",
    "place",
}
KEYS = {
    "doc",
    "start",
    "end",
    "code",
    "sector",
    "person",
    "role",
    "date",
    "kind",
    "place",
    "members",
    "alt_code",
    "note",
    "split",
}
SPLIT = "blind2"


def load_text(doc):
    return (HERE / doc).read_bytes().decode("utf-8")


def main(show=False):
    errors = []
    rows = []
    for n, line in enumerate((HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: does not parse: {e}")
            continue
        r["_line"] = n
        rows.append(r)
    texts = {}
    for r in rows:
        n = r["_line"]
        bad = set(r) - KEYS - {"_line"}
        if bad:
            errors.append(f"line {n}: unknown keys {bad}")
        for k in ("doc", "start", "end", "code", "sector", "person", "role", "date", "kind", "split"):
            if k not in r:
                errors.append(f"line {n}: missing {k}")
        if not isinstance(r.get("start"), int) or not isinstance(r.get("end"), int) or not r["start"] < r["end"]:
            errors.append(f"line {n}: bad offsets")
            continue
        if r["kind"] not in KINDS:
            errors.append(f"line {n}: bad kind {r['kind']}")
        if r["sector"] is not None and r["sector"] not in SECTORS:
            errors.append(f"line {n}: bad sector {r['sector']}")
        if r["code"] is not None and not re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", r["code"]):
            errors.append(f"line {n}: bad code {r['code']}")
        if r.get("alt_code") is not None and not re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", r["alt_code"]):
            errors.append(f"line {n}: bad alt_code {r['alt_code']}")
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", r["date"] or ""):
            errors.append(f"line {n}: bad date {r['date']}")
        if (r["kind"] == "place") != bool(r.get("place")):
            errors.append(f"line {n}: kind place <=> place: true")
        if r["kind"] == "person" and not r["person"]:
            errors.append(f"line {n}: person kind without person")
        if r["kind"] == "group" and not (r.get("members") or r["code"]):
            errors.append(f"line {n}: group without members or code")
        if r["split"] != SPLIT:
            errors.append(f"line {n}: split {r['split']} != {SPLIT}")
        doc = r["doc"]
        if not doc.startswith("texts/"):
            errors.append(f"line {n}: doc {doc} is not under texts/")
            continue
        if doc not in texts:
            p = HERE / doc
            texts[doc] = load_text(doc) if p.exists() else None
        t = texts[doc]
        if t is None:
            errors.append(f"line {n}: {doc} not found")
            continue
        if r["end"] > len(t):
            errors.append(f"line {n}: end beyond text")
            continue
        s = t[r["start"] : r["end"]]
        if not s.strip() or s != s.strip() or "\n" in s:
            errors.append(f"line {n}: bad slice {s!r}")
        if t.startswith("Published:") and r["end"] <= t.index("\n"):
            errors.append(f"line {n}: mention inside the Published line")
        r["_text"] = s
    # overlaps
    by_doc = defaultdict(list)
    for r in rows:
        by_doc[r["doc"]].append(r)
    for doc, rs in by_doc.items():
        rs.sort(key=lambda r: (r["start"], r["end"]))
        for a, b in itertools.pairwise(rs):
            if b["start"] < a["end"]:
                errors.append(f"{doc}: overlap at lines {a['_line']} and {b['_line']}")
    # every own text has labels and a Published line
    for p in sorted((HERE / "texts").glob("*.txt")):
        if f"texts/{p.name}" not in by_doc:
            errors.append(f"texts/{p.name}: no labels")
        if not re.match(r"Published: \d{4}-\d{2}-\d{2}\n", load_text(f"texts/{p.name}")):
            errors.append(f"texts/{p.name}: first line is not 'Published: YYYY-MM-DD'")
    # file sorted by document and offset
    order = [(r["doc"], r["start"]) for r in rows]
    if order != sorted(order):
        errors.append("gold.jsonl is not sorted by document and offset")
    if show:
        for r in rows:
            print(
                f"{r['doc']:40s} {r['start']:5d} {r['end']:5d} {r.get('_text', '?')!r:45s} "
                f"{r['kind']:15s} {r['code']} {r['sector']} {r['person'] or ''} {r['date']}"
            )
    print(f"{len(rows)} mentions in {len(by_doc)} documents (split {SPLIT})")
    kinds = sorted(KINDS)
    c = Counter(r["kind"] for r in rows)
    actors = sum(v for k, v in c.items() if k != "place")
    print(f"{'kind':16s} {'count':>6s}")
    for k in kinds:
        print(f"{k:16s} {c[k]:6d}")
    print(f"{'total':16s} {len(rows):6d}  (actors {actors}, places {c['place']})")
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors[:50]:
            print(" ", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(show="--show" in sys.argv))
