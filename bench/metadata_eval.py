"""Title, date and author accuracy on trafilatura's own evaluation set.

Data: ``../shared/data/trafilatura-evalset`` (evaldata.json maps URL -> {"file", "with",
"without", and for some pages gold "title", "date", "author"}; html/<file>.gz holds the pages,
every one gzip-compressed). Read at run time, never copied. Pages used: those whose HTML is
present and that have all three gold fields (475 of the 990 entries).

Each page is decompressed and decoded once with diplomap's own decoder
(``diplomap.ingest.decode.decode``, as ``diplomap run`` would) and the same string goes to:

  diplomap                 clean_draft(Draft(origin, "html", html, "html", digest(bytes)))
                           -> doc.title, doc.published (day precision only), doc.author
                           (a Rejection predicts nothing for the page)
  trafilatura              trafilatura.bare_extraction(html, with_metadata=True)
                           -> title, date, author (its defaults: extensive date search)
  trafilatura-stated-dates the same with date_extraction_params={"extensive_search": False,
                           "original_date": True}, the setting diplomap uses (dates the page
                           states only), to separate the effect of that setting

Scoring:
  title   exact match after folding whitespace and case (casefold, NFKC). A lenient column
          also counts a match when one contains the other (site-name suffixes and the like).
  date    exact on YYYY-MM-DD (the one gold date "2022-11-1" is read as 2022-11-01). Reported as
          accuracy (= recall: correct / pages), and separately how many pages got a date at
          all and how many of those were wrong: precision = correct / returned.
          A diplomap date of month or year precision counts as returned and wrong.
  author  case-insensitive; gold and prediction are split into names on ";", ",", "&", "|",
          "/" and the words "and"/"und"; a leading "by"/"von" and surrounding punctuation are
          dropped; a match when the two sets of names overlap.

Run: .venv/bin/python bench/metadata_eval.py [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import traceback
import unicodedata
from typing import Any

from benchlib import shared_data, skip_if_absent, table, write_result

DATA = shared_data("trafilatura-evalset")
NAME = "metadata_eval"
FIELDS = ("title", "date", "author")
_STATED_DATES = {"extensive_search": False, "original_date": True}


# --------------------------------------------------------------------------- data


def load_pages(limit: int | None = None) -> list[dict[str, Any]]:
    from diplomap.ingest.decode import Decoded, decode

    evaldata = json.loads((DATA / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url, entry in sorted(evaldata.items()):
        path = DATA / "html" / f"{entry['file']}.gz"
        if not path.exists() or not all(entry.get(f) for f in FIELDS):
            continue
        raw = path.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        decoded = decode(raw)
        html = decoded.text if isinstance(decoded, Decoded) else raw.decode("utf-8", "replace")
        pages.append({"url": url, "file": entry["file"], "raw": raw, "html": html,
                      "gold": {f: entry[f] for f in FIELDS}})
        if limit and len(pages) >= limit:
            break
    return pages


# ---------------------------------------------------------------------- systems


def sys_diplomap(page: dict[str, Any]) -> dict[str, str | None]:
    from diplomap.clean.stage import clean_draft
    from diplomap.model import Document, Draft, digest

    doc = clean_draft(Draft(f"trafilatura-evalset/{page['file']}", "html", page["html"], "html",
                            digest(page["raw"])))
    if not isinstance(doc, Document):
        return {"title": None, "date": None, "author": None, "rejected": f"{doc.reason}: {doc.detail}"}
    return {"title": doc.title, "date": doc.published.value if doc.published else None,
            "author": doc.author}


def _bare(page: dict[str, Any], **kw: Any) -> dict[str, str | None]:
    import trafilatura

    res = trafilatura.bare_extraction(page["html"], with_metadata=True, **kw)
    if res is None:
        return {"title": None, "date": None, "author": None}
    get = res.get if isinstance(res, dict) else (lambda k: getattr(res, k, None))
    return {"title": get("title"), "date": get("date"), "author": get("author")}


def sys_trafilatura(page: dict[str, Any]) -> dict[str, str | None]:
    return _bare(page)


def sys_trafilatura_stated(page: dict[str, Any]) -> dict[str, str | None]:
    return _bare(page, date_extraction_params=_STATED_DATES)


SYSTEMS = {"diplomap": sys_diplomap, "trafilatura": sys_trafilatura,
           "trafilatura-stated-dates": sys_trafilatura_stated}

# -------------------------------------------------------------------------- scoring

_WS = re.compile(r"\s+")


def norm(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def title_match(gold: str, pred: str | None) -> tuple[bool, bool]:
    if not pred:
        return False, False
    g, p = norm(gold), norm(pred)
    return g == p, bool(g) and (g in p or p in g)


def norm_date(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", value.strip())
    if not m:
        return value.strip()  # month/year precision: never equals a day
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"


_NAME_SPLIT = re.compile(r"\s*(?:[;,&|/]|\band\b|\bund\b)\s*", re.I)
_NAME_PREFIX = re.compile(r"^(?:by|von)\s+", re.I)


def names(value: str | list[str] | None) -> set[str]:
    if not value:
        return set()
    items = value if isinstance(value, list) else [value]
    out = set()
    for item in items:
        for part in _NAME_SPLIT.split(str(item)):
            part = _NAME_PREFIX.sub("", norm(part)).strip(" .:-–—()[]\"'")
            if part:
                out.add(part)
    return out


def author_match(gold: Any, pred: str | None) -> bool:
    return bool(names(gold) & names(pred))


def score(pages: list[dict[str, Any]], preds: list[dict[str, str | None]]) -> dict[str, Any]:
    n = len(pages)
    t_exact = t_lenient = 0
    d_returned = d_correct = 0
    a_returned = a_correct = 0
    title_returned = 0
    misses: dict[str, list[str]] = {f: [] for f in FIELDS}
    for page, pred in zip(pages, preds, strict=False):
        gold = page["gold"]
        exact, lenient = title_match(gold["title"], pred["title"])
        title_returned += bool(pred["title"])
        t_exact += exact
        t_lenient += lenient
        if not exact:
            misses["title"].append(page["file"])
        gd, pd = norm_date(gold["date"]), norm_date(pred["date"])
        if pd:
            d_returned += 1
            d_correct += gd == pd
        if gd != pd:
            misses["date"].append(page["file"])
        if pred["author"]:
            a_returned += 1
        ok = author_match(gold["author"], pred["author"])
        a_correct += ok
        if not ok:
            misses["author"].append(page["file"])
    return {
        "pages": n,
        "title_accuracy": t_exact / n, "title_lenient_accuracy": t_lenient / n, "title_returned": title_returned,
        "date_accuracy": d_correct / n, "date_returned": d_returned, "date_correct": d_correct,
        "date_wrong": d_returned - d_correct,
        "date_precision": d_correct / d_returned if d_returned else 0.0, "date_recall": d_correct / n,
        "author_accuracy": a_correct / n, "author_returned": a_returned, "author_correct": a_correct,
        "author_precision": a_correct / a_returned if a_returned else 0.0,
        "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages (for a quick check)")
    ap.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset")
    args = ap.parse_args(argv)
    skip_if_absent(DATA / "evaldata.json", NAME)

    pages = load_pages(args.limit)
    results: dict[str, Any] = {}
    errors: dict[str, list[dict[str, str]]] = {}
    rejected: dict[str, dict[str, str]] = {}
    for name in args.systems.split(","):
        print(f"  running {name} on {len(pages)} pages ...", file=sys.stderr, flush=True)
        fn = SYSTEMS[name]
        preds = []
        t0 = time.perf_counter()
        for page in pages:
            try:
                pred = fn(page)
            except Exception:
                errors.setdefault(name, []).append({"page": page["file"], "traceback": traceback.format_exc()})
                pred = {"title": None, "date": None, "author": None}
            if pred.get("rejected"):
                rejected.setdefault(name, {})[page["file"]] = pred["rejected"]
            preds.append(pred)
        res = score(pages, preds)
        res["seconds"] = time.perf_counter() - t0
        res["errors"] = len(errors.get(name, []))
        res["rejected"] = len(rejected.get(name, {}))
        results[name] = res

    n = len(pages)
    print()
    print(table(
        ["system", "title", "title (lenient)", "date", "author", "rejected/errors"],
        [[k, r["title_accuracy"], r["title_lenient_accuracy"], r["date_accuracy"], r["author_accuracy"],
          f"{r['rejected']}/{r['errors']}"] for k, r in results.items()],
        title=f"Metadata accuracy, trafilatura-evalset ({n} pages with gold title, date and author)"))
    print()
    print(table(
        ["system", "dates returned", "correct", "wrong", "precision", "recall"],
        [[k, r["date_returned"], r["date_correct"], r["date_wrong"], r["date_precision"], r["date_recall"]]
         for k, r in results.items()],
        title="Dates (exact YYYY-MM-DD)"))
    print()
    print(table(
        ["system", "authors returned", "matching", "precision", "recall"],
        [[k, r["author_returned"], r["author_correct"], r["author_precision"], r["author_accuracy"]]
         for k, r in results.items()],
        title="Authors (name sets overlap)"))
    if {"diplomap", "trafilatura-stated-dates"} <= results.keys():
        rej = set(rejected.get("diplomap", {}))
        rows = []
        for f in FIELDS:
            a = set(results["diplomap"]["misses"][f])
            b = set(results["trafilatura-stated-dates"]["misses"][f])
            rows.append([f, len(a - b), len((a - b) & rej), len(b - a)])
        print()
        print(table(["field", "missed by diplomap only", "of which rejected pages", "missed by trafilatura only"],
                    rows, title="diplomap vs trafilatura-stated-dates (same date setting), page by page"))
    for name, rej in rejected.items():
        print(f"\n{name}: {len(rej)} page(s) rejected:")
        for f, why in sorted(rej.items()):
            print(f"  {f}  {why}")
    for name, errs in errors.items():
        print(f"\n{name}: {len(errs)} page(s) raised; first: {errs[0]['page']}\n{errs[0]['traceback']}")
    path = write_result(NAME, {"pages": n, "results": results, "rejected": rejected, "errors": errors})
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
