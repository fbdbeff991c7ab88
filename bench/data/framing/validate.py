#!/usr/bin/env python3
"""Check bench/data/framing (docs/*.json, labels.jsonl, outlet_labels.jsonl) and print counts.

Usage:
    python bench/data/framing/validate.py          # check and print counts
    python bench/data/framing/validate.py --show   # also print every evidence sentence

Standard library only. Exit status 1 when a check fails.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"title", "outlet", "url", "published", "author", "text"}
LABEL_KEYS = {"doc", "actor", "stance", "split", "evidence"}
OUTLET_KEYS = {"outlet", "domain", "actor", "stance", "note"}
# how the texts name each actor (a presence check, not an actor coder)
NAMES = {
    "CHN": ["China", "Chinese", "Beijing", "Xi Jinping", "Wang Yi"],
    "KOR": ["South Korea", "Seoul", "Moon Jae-in", "Moon", "Yoon Suk Yeol", "Chung Eui-yong"],
    "PRK": ["North Korea", "Pyongyang", "Kim Jong Un", "Kim"],
    "USA": ["United States", "Washington", "US ", "American", "Trump", "Biden"],
    "RUS": ["Russia", "Moscow", "Kremlin", "Putin", "Lavrov"],
    "JPN": ["Japan", "Tokyo", "Kishida"],
    "UKR": ["Ukraine", "Ukrainian", "Kyiv"],
}
QUOTE = re.compile(r"\"[^\"]+\"")

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{path.name}:{i}: invalid JSON: {e}")
    return rows


def is_sentence(text: str, s: int, e: int) -> str | None:
    """None when text[s:e] is one whole sentence, else the reason."""
    span = text[s:e]
    if not span or span != span.strip():
        return "empty or padded"
    if "\n" in span:
        return "crosses a line break"
    if span[-1] not in ".!?":
        return "does not end a sentence"
    if not (span[0].isupper() or span[0].isdigit()):
        return "does not start with a capital"
    if s > 0 and not (text[s - 1] == "\n" or (text[s - 1] == " " and text[s - 2] in ".!?\"")):
        return "does not start at a sentence boundary"
    if e < len(text) and text[e] not in " \n":
        return "does not end at a sentence boundary"
    return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()

    docs: dict[str, dict] = {}
    for f in sorted((HERE / "docs").glob("*.json")):
        if not re.fullmatch(r"\d{3}\.json", f.name):
            err(f"{f.name}: file name is not NNN.json")
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
        except Exception as e:
            err(f"{f.name}: invalid JSON: {e}")
            continue
        if not isinstance(d, dict) or set(d) != KEYS:
            err(f"{f.name}: keys are not {sorted(KEYS)}")
            continue
        if any(not isinstance(d[k], str) or not d[k].strip() for k in KEYS):
            err(f"{f.name}: empty or non-string field")
        try:
            dt.date.fromisoformat(d["published"])
        except ValueError:
            err(f"{f.name}: published not an ISO day")
        if not re.fullmatch(r"https://[a-z0-9.-]+\.example/\S+", d["url"]):
            err(f"{f.name}: url not on an .example domain")
        paras = d["text"].split("\n\n")
        if not 3 <= len(paras) <= 8 or any(p != p.strip() or "\n" in p or not p for p in paras):
            err(f"{f.name}: want 3-8 clean paragraphs separated by one blank line")
        if not QUOTE.search(d["text"]):
            err(f"{f.name}: no quoted voice")
        docs[f.stem] = d

    labels = read_jsonl(HERE / "labels.jsonl")
    by_doc = collections.defaultdict(list)
    seen = set()
    n_unnamed = 0
    for i, r in enumerate(labels, 1):
        tag = f"labels.jsonl:{i}"
        if set(r) != LABEL_KEYS:
            err(f"{tag}: keys {sorted(r)}")
            continue
        d = docs.get(r["doc"])
        if d is None:
            err(f"{tag}: unknown doc {r['doc']}")
            continue
        if r["actor"] not in NAMES:
            err(f"{tag}: unknown actor {r['actor']}")
            continue
        if (r["doc"], r["actor"]) in seen:
            err(f"{tag}: duplicate (doc, actor)")
        seen.add((r["doc"], r["actor"]))
        if r["stance"] not in (-1, 0, 1) or isinstance(r["stance"], bool):
            err(f"{tag}: stance {r['stance']!r}")
        if r["split"] not in ("tune", "blind"):
            err(f"{tag}: split {r['split']!r}")
        text = d["text"]
        if not any(n in text for n in NAMES[r["actor"]]):
            err(f"{tag}: doc {r['doc']} never names {r['actor']}")
        ev = r["evidence"]
        if (r["stance"] != 0) != bool(ev):
            err(f"{tag}: evidence must be non-empty exactly when stance != 0")
        quotes = [(m.start(), m.end()) for m in QUOTE.finditer(text)]
        last = -1
        for span in ev:
            if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
                err(f"{tag}: evidence item {span!r} is not [start, end]")
                continue
            s, e = span
            if not 0 <= s < e <= len(text):
                err(f"{tag}: evidence {span} out of range")
                continue
            if s < last:
                err(f"{tag}: evidence not sorted / overlapping")
            last = e
            why = is_sentence(text, s, e)
            if why:
                err(f"{tag}: evidence {span} {why}: {text[s:e][:60]!r}")
            if '"' in text[s:e] or any(qs < e and s < qe for qs, qe in quotes):
                err(f"{tag}: evidence {span} overlaps quoted speech (must be the author's voice)")
            if not any(n in text[s:e] for n in NAMES[r["actor"]]):
                n_unnamed += 1
            if args.show:
                print(f"{r['doc']} {r['actor']} {r['stance']:+d} | {text[s:e]}")
        by_doc[r["doc"]].append(r)

    # per document: 2-4 actors, one split
    split_of = {}
    for n in docs:
        rows = by_doc.get(n, [])
        if not 2 <= len(rows) <= 4:
            err(f"doc {n}: {len(rows)} labelled actors (want 2-4)")
        splits = {r["split"] for r in rows}
        if len(splits) != 1:
            err(f"doc {n}: splits {splits} (a document is in one split)")
        else:
            split_of[n] = splits.pop()
    # balance: by document overall and per outlet
    per_outlet = collections.defaultdict(collections.Counter)
    for n, s in split_of.items():
        per_outlet[docs[n]["outlet"]][s] += 1
    for o, c in per_outlet.items():
        if abs(c["tune"] - c["blind"]) > 1:
            err(f"outlet {o}: unbalanced split {dict(c)}")
    tot = collections.Counter(split_of.values())
    if abs(tot["tune"] - tot["blind"]) > 1:
        err(f"unbalanced split {dict(tot)}")

    # outlet labels: cover every (outlet, actor) labelled; sign matches the documents' sum
    outlets = read_jsonl(HERE / "outlet_labels.jsonl")
    sums = collections.defaultdict(int)
    for r in labels:
        if r.get("doc") in docs:
            sums[(docs[r["doc"]]["outlet"], r["actor"])] += r["stance"]
    domains = {d["outlet"]: d["url"].split("/")[2] for d in docs.values()}
    got = set()
    for i, r in enumerate(outlets, 1):
        tag = f"outlet_labels.jsonl:{i}"
        if set(r) != OUTLET_KEYS:
            err(f"{tag}: keys {sorted(r)}")
            continue
        key = (r["outlet"], r["actor"])
        got.add(key)
        if domains.get(r["outlet"]) != r["domain"]:
            err(f"{tag}: outlet/domain do not match the documents")
        if key not in sums:
            err(f"{tag}: no document of {r['outlet']} is labelled for {r['actor']}")
            continue
        sgn = (sums[key] > 0) - (sums[key] < 0)
        if sgn != r["stance"]:
            err(f"{tag}: intended {r['stance']} but documents sum to {sums[key]}")
    for key in sums:
        if key not in got:
            err(f"outlet_labels.jsonl: missing {key}")

    # counts
    print(f"documents: {len(docs)} (tune {tot['tune']}, blind {tot['blind']}); outlets:",
          {o: sum(c.values()) for o, c in sorted(per_outlet.items())})
    for sp in ("tune", "blind"):
        rows = [r for r in labels if r.get("split") == sp]
        st = collections.Counter(r["stance"] for r in rows)
        print(f"labels {sp}: {len(rows)} (+1: {st[1]}, 0: {st[0]}, -1: {st[-1]}),"
              f" evidence spans {sum(len(r['evidence']) for r in rows)}")
    print("actors:", dict(collections.Counter(r["actor"] for r in labels)))
    print(f"outlet labels: {len(outlets)}; evidence sentences that do not name their actor"
          f" (coreference): {n_unnamed}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print(" -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
