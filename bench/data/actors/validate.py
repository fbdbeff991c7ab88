"""Validate gold.jsonl: every line parses, fields are well-formed, offsets slice to
non-empty mentions with no surrounding whitespace, spans do not overlap, the split matches
the rule in README.md; then print counts.

Run from anywhere: python bench/data/actors/validate.py [--show]
The seeds are read from ../shared/corpus/seeds seen from the project root (the project
may not copy their text); without them, seed rows are checked for form only.
"""

import hashlib
import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"

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
SEED_SPLIT = {"000": "tune", "003": "tune", "001": "blind", "004": "blind"}


def split_of(doc):
    if doc.startswith("seeds/"):
        return SEED_SPLIT[doc.split("/", 1)[1][:3]]
    return "tune" if hashlib.sha256(doc.encode("utf-8")).digest()[0] % 2 == 0 else "blind"


def load_text(doc):
    if doc.startswith("texts/"):
        return (HERE / doc).read_bytes().decode("utf-8")
    p = SEEDS / doc.split("/", 1)[1]
    return p.read_bytes().decode("utf-8") if p.exists() else None


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
    seen_seed_text = False
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
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", r["date"] or ""):
            errors.append(f"line {n}: bad date {r['date']}")
        if (r["kind"] == "place") != bool(r.get("place")):
            errors.append(f"line {n}: kind place <=> place: true")
        if r["kind"] == "person" and not r["person"]:
            errors.append(f"line {n}: person kind without person")
        if r["kind"] == "group" and not (r.get("members") or r["code"]):
            errors.append(f"line {n}: group without members or code")
        if r["split"] != split_of(r["doc"]):
            errors.append(f"line {n}: split {r['split']} != rule {split_of(r['doc'])}")
        doc = r["doc"]
        if doc not in texts:
            texts[doc] = load_text(doc)
        t = texts[doc]
        if t is None:
            continue
        if doc.startswith("seeds/"):
            seen_seed_text = True
        if r["end"] > len(t):
            errors.append(f"line {n}: end beyond text")
            continue
        s = t[r["start"] : r["end"]]
        if not s.strip() or s != s.strip() or "\n" in s:
            errors.append(f"line {n}: bad slice {s!r}")
        r["_text"] = s
    # seed mentions must lie in article lines (title/keep) where ../seed_lines.json labels the seed
    lines_path = HERE.parent / "seed_lines.json"
    if lines_path.exists():
        line_labels = json.loads(lines_path.read_text(encoding="utf-8"))
        for r in rows:
            if not r["doc"].startswith("seeds/"):
                continue
            labelled = line_labels.get(r["doc"].split("/", 1)[1])
            if labelled is None:
                continue
            if not any(
                x["label"] in ("title", "keep") and x["start"] <= r["start"] and r["end"] <= x["end"] for x in labelled
            ):
                errors.append(f"line {r['_line']}: seed mention outside the article lines of seed_lines.json")
    # overlaps
    by_doc = defaultdict(list)
    for r in rows:
        by_doc[r["doc"]].append(r)
    for doc, rs in by_doc.items():
        rs.sort(key=lambda r: (r["start"], r["end"]))
        for a, b in itertools.pairwise(rs):
            if b["start"] < a["end"]:
                errors.append(f"{doc}: overlap at lines {a['_line']} and {b['_line']}")
    # every own text has labels
    for p in sorted((HERE / "texts").glob("*.txt")):
        if f"texts/{p.name}" not in by_doc:
            errors.append(f"texts/{p.name}: no labels")
    if show:
        for r in rows:
            print(
                f"{r['doc']:40s} {r['start']:5d} {r['end']:5d} {r.get('_text', '?')!r:45s} "
                f"{r['kind']:15s} {r['code']} {r['sector']} {r['person'] or ''} {r['date']}"
            )
    print(
        f"{len(rows)} mentions in {len(by_doc)} documents"
        + ("" if seen_seed_text else " (seed text not found: seed offsets checked for form only)")
    )
    per_split = Counter(r["split"] for r in rows)
    docs_split = Counter(split_of(d) for d in by_doc)
    src = Counter(("seeds" if r["doc"].startswith("seeds/") else "texts", r["split"]) for r in rows)
    print("split     docs mentions  (texts / seeds)")
    for sp in ("tune", "blind"):
        print(f"{sp:8s} {docs_split[sp]:5d} {per_split[sp]:8d}  ({src[('texts', sp)]} / {src[('seeds', sp)]})")
    kinds = sorted(KINDS)
    c = Counter((r["split"], r["kind"]) for r in rows)
    print(f"{'kind':16s} {'tune':>6s} {'blind':>6s} {'all':>6s}")
    for k in kinds:
        print(f"{k:16s} {c[('tune', k)]:6d} {c[('blind', k)]:6d} {c[('tune', k)] + c[('blind', k)]:6d}")
    print(f"{'total':16s} {per_split['tune']:6d} {per_split['blind']:6d} {len(rows):6d}")
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors[:50]:
            print(" ", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(show="--show" in sys.argv))
