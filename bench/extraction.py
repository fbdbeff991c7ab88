"""Main-text extraction quality and speed on the article-extraction benchmark (181 news pages).

Data: ``../shared/data/article-extraction-benchmark`` (html/<id>.html.gz, ground-truth.json
mapping id -> {"articleBody", "url"}), read at run time, never copied.

Systems compared, all on the same decoded page string:

  trafilatura            trafilatura.extract(html) with its defaults
  trafilatura-precision  trafilatura.extract(html, favor_precision=True)
  trafilatura-nocomments            extract(html, include_comments=False)  (reference: what
                                    ../shared/data/README.md's "trafilatura 0.960" used)
  trafilatura-nocomments-precision  extract(html, include_comments=False, favor_precision=True)
  diplomap-default       diplomap.clean.stage.clean_draft(Draft(...))  -> doc.text
  diplomap-fast          clean_draft(draft, mode="fast")              -> doc.text
  resiliparse            extract_plain_text(HTMLTree.parse(html), main_content=True)

A diplomap Rejection (or any exception) counts as an empty extraction.

Metric (../shared/data/README.md): word 4-gram shingle *multisets* of gold and extraction;
per page TP = shared shingles (min counts), FP = extra extracted shingles, FN = missed gold
shingles, each normalised by TP+FP+FN. Per page P = TP/(TP+FP), R = TP/(TP+FN); P and R are
averaged over the pages and F1 is computed from the averaged P and R. Words are ``\\w+`` in
lower case. Choice documented here: a page whose extraction is empty (or too short to hold one
4-gram) counts as P = R = 0 for that page (no gold body in this benchmark is empty).
For reference we also print the "pooled" variant (normalised TP/FP/FN summed over pages, then
P = sum TP / (sum TP + sum FP)), which is how the benchmark's own evaluate.py aggregates.

Speed: pages/s of the extraction call only (after decompression and decoding), in one process
(after a warm-up on 3 pages so imports are not timed), and for the diplomap modes (and plain
trafilatura, for reference) with a multiprocessing Pool of 2 workers that each hold the decoded
pages (loaded in the initializer, warmed up, not timed); the wall time of ``pool.map`` over all
pages (chunksize 4) is timed.

Run: .venv/bin/python bench/extraction.py [--repeat N] [--no-pool]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import re
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from multiprocessing import Pool

from benchlib import shared_data, skip_if_absent, table, write_result

DATA = shared_data("article-extraction-benchmark")
NAME = "extraction"
_WORD = re.compile(r"\w+")

# --------------------------------------------------------------------------- data


def load_pages() -> list[tuple[str, str, bytes, str]]:
    """(id, html text, raw bytes, gold body) for every page, sorted by id."""
    from diplomap.ingest.decode import Decoded, decode

    gold = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(gold):
        raw = gzip.decompress((DATA / "html" / f"{page_id}.html.gz").read_bytes())
        decoded = decode(raw)
        html = decoded.text if isinstance(decoded, Decoded) else raw.decode("utf-8", "replace")
        pages.append((page_id, html, raw, gold[page_id]["articleBody"]))
    return pages


# ---------------------------------------------------------------------- extractors


def ex_trafilatura(html: str, raw: bytes, page_id: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def ex_trafilatura_precision(html: str, raw: bytes, page_id: str) -> str:
    import trafilatura

    return trafilatura.extract(html, favor_precision=True) or ""


def ex_trafilatura_nocomments(html: str, raw: bytes, page_id: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def ex_trafilatura_nocomments_precision(html: str, raw: bytes, page_id: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, favor_precision=True) or ""


#: diplomap rejections seen in the timed passes: system -> {page id: "reason: detail"}
REJECTIONS: dict[str, dict[str, str]] = {}


def _diplomap(html: str, raw: bytes, page_id: str, mode: str) -> str:
    from diplomap.clean.stage import clean_draft
    from diplomap.model import Document, Draft, digest

    draft = Draft(f"article-extraction-benchmark/{page_id}", "html", html, "html", digest(raw))
    doc = clean_draft(draft, mode=mode)
    if not isinstance(doc, Document):
        REJECTIONS.setdefault(f"diplomap-{mode}", {})[page_id] = f"{doc.reason}: {doc.detail}"
        return ""
    return doc.text


def ex_diplomap_default(html: str, raw: bytes, page_id: str) -> str:
    return _diplomap(html, raw, page_id, "default")


def ex_diplomap_fast(html: str, raw: bytes, page_id: str) -> str:
    return _diplomap(html, raw, page_id, "fast")


def ex_resiliparse(html: str, raw: bytes, page_id: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    return extract_plain_text(HTMLTree.parse(html), main_content=True) or ""


SYSTEMS: dict[str, Callable[[str, bytes, str], str]] = {
    "trafilatura": ex_trafilatura,
    "trafilatura-precision": ex_trafilatura_precision,
    "trafilatura-nocomments": ex_trafilatura_nocomments,
    "trafilatura-nocomments-precision": ex_trafilatura_nocomments_precision,
    "diplomap-default": ex_diplomap_default,
    "diplomap-fast": ex_diplomap_fast,
    "resiliparse": ex_resiliparse,
}
POOLED_SYSTEMS = ("diplomap-default", "diplomap-fast", "trafilatura")

# -------------------------------------------------------------------------- metric


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = _WORD.findall(text.lower())
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def page_scores(gold: str, pred: str) -> dict[str, float]:
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    s = tp + fp + fn
    ntp, nfp, nfn = (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)
    if not p:  # empty extraction: P = R = 0 (documented choice)
        prec = rec = 0.0
    else:
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
    return {"tp": ntp, "fp": nfp, "fn": nfn, "p": prec, "r": rec}


def aggregate(scores: list[dict[str, float]]) -> dict[str, float]:
    n = len(scores)
    p = sum(s["p"] for s in scores) / n
    r = sum(s["r"] for s in scores) / n
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    stp, sfp, sfn = (sum(s[k] for s in scores) for k in ("tp", "fp", "fn"))
    pp = stp / (stp + sfp) if stp + sfp else 0.0
    pr = stp / (stp + sfn) if stp + sfn else 0.0
    pf = 2 * pp * pr / (pp + pr) if pp + pr else 0.0
    return {"f1": f1, "precision": p, "recall": r, "pooled_f1": pf, "pooled_precision": pp,
            "pooled_recall": pr}


# --------------------------------------------------------------------------- runs


def run_single(name: str, pages, repeat: int) -> tuple[list[str], float, list[dict]]:
    fn = SYSTEMS[name]
    for page_id, html, raw, _ in pages[:3]:  # warm-up: imports, caches
        with contextlib.suppress(Exception):
            fn(html, raw, page_id)
    best = float("inf")
    outputs: list[str] = []
    errors: list[dict] = []
    for _rep in range(repeat):
        outputs, errors, total = [], [], 0.0
        for page_id, html, raw, _ in pages:
            t0 = time.perf_counter()
            try:
                text = fn(html, raw, page_id)
            except Exception:
                text = ""
                errors.append({"page": page_id, "traceback": traceback.format_exc()})
            total += time.perf_counter() - t0
            outputs.append(text)
        best = min(best, total)
    return outputs, len(pages) / best, errors


_POOL_PAGES: list = []
_POOL_FN: Callable | None = None


def _pool_init(name: str) -> None:
    global _POOL_PAGES, _POOL_FN
    _POOL_PAGES = load_pages()
    _POOL_FN = SYSTEMS[name]
    for page_id, html, raw, _ in _POOL_PAGES[:3]:
        with contextlib.suppress(Exception):
            _POOL_FN(html, raw, page_id)


def _pool_one(i: int) -> int:
    page_id, html, raw, _ = _POOL_PAGES[i]
    try:
        return len(_POOL_FN(html, raw, page_id))  # type: ignore[misc]
    except Exception:
        return -1


def _pool_ready(_: int) -> bool:
    return True


def run_pool(name: str, n_pages: int, workers: int = 2, repeat: int = 1) -> float:
    with Pool(workers, initializer=_pool_init, initargs=(name,)) as pool:
        # make sure every worker has finished its initializer before the clock starts
        pool.map(_pool_ready, range(workers * 4), chunksize=1)
        time.sleep(0.5)
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            pool.map(_pool_one, range(n_pages), chunksize=4)
            best = min(best, time.perf_counter() - t0)
    return n_pages / best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per system (the best is kept)")
    ap.add_argument("--no-pool", action="store_true", help="skip the 2-worker throughput runs")
    ap.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset")
    args = ap.parse_args(argv)
    skip_if_absent(DATA, NAME)

    pages = load_pages()
    golds = [p[3] for p in pages]
    results: dict[str, dict] = {}
    per_page: dict[str, dict[str, dict[str, float]]] = {}
    errors: dict[str, list[dict]] = {}
    for name in args.systems.split(","):
        print(f"  running {name} ...", file=sys.stderr, flush=True)
        outputs, pps, errs = run_single(name, pages, args.repeat)
        scores = [page_scores(g, o) for g, o in zip(golds, outputs, strict=False)]
        res = aggregate(scores)
        res["pages_per_s_1proc"] = pps
        res["empty_pages"] = sum(1 for o in outputs if not shingles(o))
        res["errors"] = len(errs)
        results[name] = res
        per_page[name] = {p[0]: {"p": round(s["p"], 4), "r": round(s["r"], 4)}
                          for p, s in zip(pages, scores, strict=True)}
        if errs:
            errors[name] = errs
    if not args.no_pool:
        for name in POOLED_SYSTEMS:
            if name in results:
                print(f"  running {name} on a Pool(2) ...", file=sys.stderr, flush=True)
                results[name]["pages_per_s_2proc"] = run_pool(name, len(pages), 2, args.repeat)

    rows = [[name, r["f1"], r["precision"], r["recall"], r["pooled_f1"], r["empty_pages"],
             r["pages_per_s_1proc"], r.get("pages_per_s_2proc")] for name, r in results.items()]
    print()
    print(table(["system", "F1", "P", "R", "F1 pooled", "empty", "pages/s 1 proc", "pages/s 2 proc"], rows,
                title=f"Main-text extraction, article-extraction-benchmark ({len(pages)} pages)"))

    goals = []
    if {"diplomap-default", "trafilatura"} <= results.keys():
        d, t = results["diplomap-default"], results["trafilatura"]
        goals.append(("default F1 >= plain trafilatura F1", f"{d['f1']:.4f} vs {t['f1']:.4f}",
                      d["f1"] >= t["f1"]))
        if "trafilatura-nocomments" in results:
            tn = results["trafilatura-nocomments"]
            goals.append(("(ref) default F1 >= trafilatura include_comments=False",
                          f"{d['f1']:.4f} vs {tn['f1']:.4f}", d["f1"] >= tn["f1"]))
        if "pages_per_s_2proc" in d:
            goals.append(("default >= 60 pages/s on 2 cores", f"{d['pages_per_s_2proc']:.1f}",
                          d["pages_per_s_2proc"] >= 60))
    if "diplomap-fast" in results:
        f = results["diplomap-fast"]
        goals.append(("fast F1 >= 0.93", f"{f['f1']:.4f}", f["f1"] >= 0.93))
        if "pages_per_s_2proc" in f:
            goals.append(("fast >= 300 pages/s on 2 cores", f"{f['pages_per_s_2proc']:.1f}",
                          f["pages_per_s_2proc"] >= 300))
    if goals:
        print()
        print(table(["goal", "measured", "met"], [[g, m, "yes" if ok else "NO"] for g, m, ok in goals],
                    title="Goals"))
    for name, rej in REJECTIONS.items():
        print(f"\n{name}: {len(rej)} page(s) rejected:")
        for pid, why in sorted(rej.items()):
            print(f"  {pid}  {why}")
    for name, errs in errors.items():
        print(f"\n{name}: {len(errs)} page(s) raised; first: {errs[0]['page']}\n{errs[0]['traceback']}")

    path = write_result(NAME, {
        "pages": len(pages),
        "metric": "word 4-gram shingle multisets, per-page P/R averaged, F1 of averages; empty extraction = P=R=0",
        "results": results,
        "goals": [{"goal": g, "measured": m, "met": ok} for g, m, ok in goals],
        "errors": errors,
        "rejections": REJECTIONS,
        "per_page": per_page,
    })
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
