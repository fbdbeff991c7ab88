"""Where the time of ``diplomap run`` goes: each step of a run, timed apart, on ``newsgen`` corpora.

A run is read → clean → store (the per-document stages on the executor), the furniture barrier
and re-cleaning, extraction (actors, events, stances, the spun check), text reuse and event
consolidation. This script calls those steps one after another as ``api.run`` does (same
functions, same settings, a fresh store) and reports for each: wall seconds, CPU seconds of this
process and its workers, documents/s, and the share of the run. Peak memory is the largest
resident set of this process and of any worker (``getrusage``).

Corpora: ``bench/newsgen.py`` with the default mix (30 % geopolitical: wire copy and opinion;
70 % other news; syndicated, spun, exact and partial copies), written as JSONL shards of 100
records (``--jsonl-only``), one corpus per ``--scales`` size.

Baselines on the same documents, in one process: **trafilatura alone** (``bare_extraction`` on
each article rendered as a small HTML page, what a plain pipeline would start with) against
diplomap's read → clean of the same HTML; and **spaCy parsing every sentence** against the
extraction step (``bench/events_speed.py`` measures that ratio on its own too).

Run: .venv/bin/python bench/pipeline_profile.py [--scales 1000,10000] [--workers 2] [--seed 1]
                                                [--baseline-docs 300] [--executor local|ray] [--no-extract]
"""

from __future__ import annotations

import argparse
import html
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import newsgen
from benchlib import table, write_result
from diplomap import api
from diplomap.config import Settings
from diplomap.model import Document, RawInput
from diplomap.pipeline import RunContext
from diplomap.store import Store

NAME = "pipeline_profile"


def cpu_seconds() -> float:
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def peak_rss_mb() -> float:
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return max(me.ru_maxrss, children.ru_maxrss) / 1024


def step(rows: list[dict[str, Any]], name: str, docs: int, fn: Callable[[], Any]) -> Any:
    print(f"    {name} ...", file=sys.stderr, flush=True)
    wall, cpu = time.perf_counter(), cpu_seconds()
    out = fn()
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    rows.append({"step": name, "wall_s": wall, "cpu_s": cpu, "docs": docs, "docs_per_s": docs / wall if wall else None})
    return out


def profile_run(folder: Path, n: int, workers: int, executor: str, extract: bool = True) -> dict[str, Any]:
    settings = Settings(store=str(folder / "profile.duckdb"), progress=False, workers=workers, executor=executor)
    rows: list[dict[str, Any]] = []
    start = time.perf_counter()
    summary = step(rows, "read → clean → store, furniture barrier", n,
                   lambda: api.run([folder / "corpus"], settings, extract=False))  # fmt: skip
    with Store(settings.store) as store:
        found = step(rows, "extraction (actors, events, stances, spun)", n,
                     lambda: api.run_extraction(store, settings)) if extract else api.Extracted()  # fmt: skip
        pairs = step(rows, "text reuse", n, lambda: api.update_reuse(store, settings))
        events = step(rows, "event consolidation", n, lambda: api.update_events(store, settings))
    total = time.perf_counter() - start
    for r in rows:
        r["share"] = r["wall_s"] / total
    return {"docs": n, "workers": workers, "executor": executor, "total_s": total, "docs_per_s": n / total,
            "peak_rss_mb": peak_rss_mb(), "steps": rows,
            "stored": summary.stored, "recleaned": summary.recleaned, "reports": found.events,
            "mentions": found.mentions, "reuse_pairs": pairs, "events": events}  # fmt: skip


def as_html(record: dict[str, Any]) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in record["text"].split("\n\n") if p.strip())
    page = (f"<html><head><title>{html.escape(record['title'])}</title>"
            f"<meta property='og:site_name' content='{html.escape(record['outlet'])}'>"
            f"<meta property='article:published_time' content='{record['published']}'></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{html.escape(record['title'])}"
            f"</h1>{paragraphs}</article><footer>© {html.escape(record['outlet'])}</footer></body></html>")  # fmt: skip
    return page.encode()


def baselines(n: int, seed: int) -> dict[str, Any]:
    """trafilatura alone vs diplomap's read → clean on the same HTML pages; spaCy parsing every
    sentence vs diplomap's extraction on the same documents; one process, models loaded first."""
    import trafilatura

    records = [r for r in newsgen.iter_records(n, seed=seed) if r.get("relation") is None][:n]
    pages = [as_html(r) for r in records]
    t = time.perf_counter()
    for page in pages:
        trafilatura.bare_extraction(page.decode(), with_metadata=True)
    trafilatura_s = time.perf_counter() - t

    settings = Settings(progress=False)
    clean = api.main_pipeline()
    ctx = RunContext(settings)
    clean.setup(ctx)
    t = time.perf_counter()
    docs = [o for i, page in enumerate(pages) for o in clean.run([RawInput(f"page-{i}.html", page)], ctx)
            if isinstance(o, Document)]  # fmt: skip
    clean_s = time.perf_counter() - t

    extract = api.extract_pipeline("")
    extract.setup(ctx)
    list(extract.run(docs[:3], ctx))  # models loaded
    t = time.perf_counter()
    list(extract.run(docs, ctx))
    extract_s = time.perf_counter() - t
    from diplomap.extract.nlp import load_nlp
    from diplomap.extract.recognise import split_sentences

    nlp = load_nlp(("ner",))
    sentences = [d.text[s:e] for d in docs for s, e in split_sentences(d.text)]
    list(nlp.pipe(sentences[:20]))
    t = time.perf_counter()
    for _ in nlp.pipe(sentences):
        pass
    parse_all_s = time.perf_counter() - t
    return {"documents": len(docs), "trafilatura_s": trafilatura_s, "diplomap_clean_s": clean_s,
            "trafilatura_docs_per_s": len(pages) / trafilatura_s, "diplomap_clean_docs_per_s": len(docs) / clean_s,
            "extract_s": extract_s, "parse_every_sentence_s": parse_all_s, "sentences": len(sentences),
            "extract_docs_per_s": len(docs) / extract_s, "parse_all_docs_per_s": len(docs) / parse_all_s}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scales", default="1000,10000", help="corpus sizes (documents), comma-separated")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--executor", choices=["local", "ray"], default="local")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--baseline-docs", type=int, default=300, help="documents for the baselines (0: none)")
    ap.add_argument("--no-extract", action="store_true",
                    help="leave extraction out (the other steps at sizes where extraction would take hours here)")
    args = ap.parse_args(argv)
    runs = []
    for n in (int(x) for x in args.scales.split(",")):
        tmp = Path(tempfile.mkdtemp(prefix="diplomap-profile-"))
        try:
            print(f"  {n:,} documents: generating ...", file=sys.stderr, flush=True)
            manifest = newsgen.generate(tmp / "corpus", n, seed=args.seed, jsonl_only=True, shard_size=100)
            run = profile_run(tmp, n, args.workers, args.executor, extract=not args.no_extract)
            run["corpus_bytes"] = manifest.get("bytes")
            runs.append(run)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        print(table(["step", "wall s", "CPU s", "docs/s", "share"],
                    [[r["step"], r["wall_s"], r["cpu_s"], r["docs_per_s"], r["share"]] for r in run["steps"]],
                    title=f"{n:,} documents, {args.workers} workers ({args.executor}): {run['total_s']:.1f} s, "
                          f"{run['docs_per_s']:.1f} documents/s, peak RSS {run['peak_rss_mb']:.0f} MB"))  # fmt: skip
        print(f"stored {run['stored']}, re-cleaned {run['recleaned']}, mentions {run['mentions']}, reports "
              f"{run['reports']}, reuse pairs {run['reuse_pairs']}, events {run['events']}\n")
    base = baselines(args.baseline_docs, args.seed + 100) if args.baseline_docs else None
    if base:
        print(table(["what", "documents/s", "ratio"], [
            ["trafilatura alone (HTML → text + metadata)", base["trafilatura_docs_per_s"], 1.0],
            ["diplomap read → clean (same pages)", base["diplomap_clean_docs_per_s"],
             base["diplomap_clean_docs_per_s"] / base["trafilatura_docs_per_s"]],
            ["spaCy parsing every sentence (tagger, parser)", base["parse_all_docs_per_s"], 1.0],
            ["diplomap extraction (gated parse + actors, events, stances)", base["extract_docs_per_s"],
             base["extract_docs_per_s"] / base["parse_all_docs_per_s"]],
        ], title=f"Baselines, one process, {base['documents']} documents"))  # fmt: skip
    path = write_result(NAME, {"args": vars(args), "runs": runs, "baselines": base})
    print(f"\nwritten: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
