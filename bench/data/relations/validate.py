#!/usr/bin/env python3
"""Check bench/data/relations (corpus/*.json and expected.yaml) and print its counts.

Usage:
    python bench/data/relations/validate.py

Standard library plus pyyaml. Exit status 1 when a check fails.
"""
from __future__ import annotations

import collections
import datetime as dt
import difflib
import itertools
import json
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
KEYS = {"title", "outlet", "url", "published", "author", "text"}
MONTHS = {m: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], 1)}
DATE_IN_TEXT = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
PERIOD_RE = re.compile(r"^\d{4}(-Q[1-4])?$")
# names by which the corpus refers to each state (a coarse presence check, not an actor coder)
NAMES = {
    "CHN": ["China", "Chinese", "Beijing", "Xi Jinping", "Wang Yi"],
    "KOR": ["South Korea", "Seoul", "Moon Jae-in", "Yoon Suk Yeol", "Chung Eui-yong"],
    "PRK": ["North Korea", "Pyongyang", "Kim Jong Un", "Kim Yong-chol", "Choe Son Hui"],
    "USA": ["United States", "Washington", "US ", "Trump", "Biden", "Pompeo"],
    "RUS": ["Russia", "Moscow", "Kremlin", "Putin", "Lavrov", "Shoigu"],
    "JPN": ["Japan", "Tokyo", "Kishida", "Abe"],
}

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def period_bounds(p: str) -> tuple[dt.date, dt.date]:
    y = int(p[:4])
    if len(p) == 4:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    q = int(p[-1])
    start = dt.date(y, 3 * q - 2, 1)
    end = dt.date(y + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1)
    return start, end


def load_corpus() -> dict[str, dict]:
    docs = {}
    files = sorted(CORPUS.glob("*.json"))
    for f in files:
        if not re.fullmatch(r"\d{3}\.json", f.name):
            err(f"{f.name}: file name is not NNN.json")
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
        except Exception as e:
            err(f"{f.name}: invalid JSON: {e}")
            continue
        if not isinstance(d, dict) or set(d) != KEYS:
            err(f"{f.name}: keys {sorted(d) if isinstance(d, dict) else type(d)} != {sorted(KEYS)}")
            continue
        for k in KEYS:
            if not isinstance(d[k], str) or not d[k].strip():
                err(f"{f.name}: {k} is not a non-empty string")
        try:
            dt.date.fromisoformat(d["published"])
        except ValueError:
            err(f"{f.name}: published {d['published']!r} is not an ISO day")
        m = re.fullmatch(r"https://([a-z0-9.-]+\.example)/\S+", d["url"])
        if not m:
            err(f"{f.name}: url {d['url']!r} is not https://<outlet>.example/...")
        paras = d["text"].split("\n\n")
        if not 3 <= len(paras) <= 8:
            err(f"{f.name}: {len(paras)} paragraphs (want 3-8)")
        for p in paras:
            if p != p.strip() or "\n" in p or not p:
                err(f"{f.name}: paragraph with stray whitespace or newline: {p[:40]!r}")
        docs[f.stem] = d
    # one domain per outlet
    dom = collections.defaultdict(set)
    for d in docs.values():
        dom[d["outlet"]].add(d["url"].split("/")[2])
    for o, s in dom.items():
        if len(s) != 1:
            err(f"outlet {o!r} uses several domains {sorted(s)}")
    return docs


def mentions(text: str, code: str) -> bool:
    return any(n in text for n in NAMES[code])


def dates_in(doc: dict) -> list[dt.date]:
    out = [dt.date.fromisoformat(doc["published"])]
    for d, m, y in DATE_IN_TEXT.findall(doc["text"]):
        out.append(dt.date(int(y), MONTHS[m], int(d)))
    return out


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def main() -> int:
    docs = load_corpus()
    exp = yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))
    if set(exp) != {"assertions", "copies"}:
        err(f"expected.yaml top-level keys {sorted(exp)}")
    assertions = exp.get("assertions") or []
    seen = set()
    for i, a in enumerate(assertions):
        tag = f"assertion {i} {a.get('pair')} {a.get('period')}"
        need = {"pair", "period", "sign", "strength", "why", "articles", "split"}
        if set(a) != need:
            err(f"{tag}: keys {sorted(a)}")
            continue
        pair, period = a["pair"], a["period"]
        if not (isinstance(pair, list) and len(pair) == 2 and all(c in NAMES for c in pair)):
            err(f"{tag}: bad pair")
            continue
        if pair != sorted(pair) or pair[0] == pair[1]:
            err(f"{tag}: pair not alphabetical")
        if not isinstance(period, str) or not PERIOD_RE.match(period):
            err(f"{tag}: period must be a 'YYYY' or 'YYYY-Qn' string")
            continue
        if a["sign"] not in ("positive", "negative"):
            err(f"{tag}: sign")
        if a["strength"] not in ("weak", "strong"):
            err(f"{tag}: strength")
        if a["split"] not in ("tune", "blind"):
            err(f"{tag}: split")
        if not isinstance(a["why"], str) or len(a["why"]) < 20:
            err(f"{tag}: why too short")
        key = (tuple(pair), period)
        if key in seen:
            err(f"{tag}: duplicate")
        seen.add(key)
        lo, hi = period_bounds(period)
        if not a["articles"]:
            err(f"{tag}: no articles")
        for n in a["articles"]:
            d = docs.get(n)
            if d is None:
                err(f"{tag}: article {n} missing from corpus")
                continue
            text = d["title"] + "\n" + d["text"]
            for c in pair:
                if not mentions(text, c):
                    err(f"{tag}: article {n} does not name {c}")
            if not any(lo <= x <= hi for x in dates_in(d)):
                err(f"{tag}: article {n} has no date (published or in text) inside {period}")
    # copies
    groups = exp.get("copies") or []
    in_group = {}
    for g in groups:
        for n in g:
            if n not in docs:
                err(f"copies: {n} missing")
            if n in in_group:
                err(f"copies: {n} in two groups")
            in_group[n] = tuple(g)
        for x, y in itertools.combinations(g, 2):
            if x in docs and y in docs:
                r = similarity(docs[x]["text"], docs[y]["text"])
                if r < 0.85:
                    err(f"copies: {x} and {y} similarity {r:.2f} < 0.85")
                if docs[x]["outlet"] == docs[y]["outlet"]:
                    err(f"copies: {x} and {y} have the same outlet")
    # no undeclared near-copies (cheap prefilter on word sets, then difflib)
    words = {n: set(re.findall(r"\w+", d["text"].lower())) for n, d in docs.items()}
    for x, y in itertools.combinations(sorted(docs), 2):
        if in_group.get(x) is not None and in_group.get(x) == in_group.get(y):
            continue
        jac = len(words[x] & words[y]) / len(words[x] | words[y])
        if jac > 0.5 and similarity(docs[x]["text"], docs[y]["text"]) > 0.6:
            err(f"undeclared near-copy: {x} and {y}")

    # counts
    outlets = collections.Counter(d["outlet"] for d in docs.values())
    years = collections.Counter(d["published"][:4] for d in docs.values())
    words_n = [len(d["text"].split()) for d in docs.values()]
    print(f"articles: {len(docs)} ({sum(len(g) - 1 for g in groups)} copies in {len(groups)} groups);"
          f" words per text {min(words_n)}-{max(words_n)}")
    print("outlets:", dict(outlets))
    print("years:", dict(sorted(years.items())))
    spl = collections.Counter(a["split"] for a in assertions)
    print(f"assertions: {len(assertions)} (tune {spl['tune']}, blind {spl['blind']});",
          "pairs:", dict(collections.Counter("-".join(a["pair"]) for a in assertions)))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print(" -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
