"""Speed of actor recognition and resolution (``ActorRecogniser.recognise``) on wire-news English.

Text: the project's own example corpus (``examples/corpus``: short reports on real events
around the Korean peninsula, written for diplomap), read and cleaned by diplomap's own read →
clean stages; English documents only, each distinct text once. Not the gold texts of
``bench/data/actors``. The texts are repeated ``--repeat`` times per pass (the corpus is small).
Sentences are counted with spaCy's rule-based ``sentencizer`` on a blank English pipeline.
Each document is recognised with its published month (or the estimated one) as ``date``.

Configurations, each in one process: the default (dictionary gate, spaCy NER on the sentences
the gate selects), ``gate=False`` (NER over every sentence) and ``use_ner=False`` (dictionary
only). For each: build the recogniser (timed apart: model load), one warm-up pass (untimed),
then ``--passes`` timed passes; sentences/s of the best pass and of the median pass, and CPU
seconds. With 2 or more cores, the default configuration also runs in a ``Pool(2)`` (workers
built and warmed first; wall time of ``Pool.map`` over the documents, chunksize 1).

Run: .venv/bin/python bench/actors_speed.py [--passes 3] [--repeat 4] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from multiprocessing import Pool
from typing import Any

from actors_eval import recogniser_fingerprint
from benchlib import ROOT, table, write_result

NAME = "actors_speed"
CORPUS = ROOT / "examples" / "corpus"
CONFIGS: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    ("default (gate + NER)", {}, {}),
    ("gate=False (NER on every sentence)", {}, {"gate": False}),
    ("use_ner=False (dictionary only)", {"use_ner": False}, {}),
]

Doc = tuple[str, str, str | None]  # (id, text, date YYYY-MM or None)


def month_of(d: Any) -> str | None:
    for value in (d.published, d.published_estimate):
        if value is not None and value.precision in ("month", "day"):
            return str(value.value[:7])
    return None


def load_documents() -> list[Doc]:
    """English documents of examples/corpus as cleaned by diplomap, each distinct text once."""
    from diplomap.api import ingest_pipeline
    from diplomap.config import Settings
    from diplomap.execute import LocalExecutor
    from diplomap.ingest.sources import iter_inputs
    from diplomap.model import Document

    docs: dict[str, Doc] = {}
    for outputs, _ in LocalExecutor(1).map(ingest_pipeline, iter_inputs([CORPUS]), Settings()):
        for d in outputs:
            if isinstance(d, Document) and d.language == "en" and d.text not in docs:
                docs[d.text] = (d.id, d.text, month_of(d))
    return list(docs.values())


def count_sentences(docs: list[Doc]) -> int:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return sum(len(list(nlp(text).sents)) for _, text, _ in docs)


def one_pass(rec: Any, docs: list[Doc], call: dict[str, Any]) -> tuple[float, float, int]:
    """(wall s, CPU s, mentions) of one pass over the documents."""
    c0, t0 = time.process_time(), time.perf_counter()
    n = sum(len(rec.recognise(text, document_id=i, date=date, **call)) for i, text, date in docs)
    return time.perf_counter() - t0, time.process_time() - c0, n


def measure(name: str, init: dict[str, Any], call: dict[str, Any], docs: list[Doc], sentences: int,
            passes: int) -> dict[str, Any]:
    from diplomap.extract.recognise import ActorRecogniser

    t0 = time.perf_counter()
    rec = ActorRecogniser(**init)
    t_init = time.perf_counter() - t0
    t0 = time.perf_counter()
    one_pass(rec, docs, call)
    t_warm = time.perf_counter() - t0
    runs = [one_pass(rec, docs, call) for _ in range(passes)]
    walls = [w for w, _, _ in runs]
    return {
        "config": name, "init_kwargs": init, "call_kwargs": call, "init_s": t_init, "warm_up_pass_s": t_warm,
        "pass_wall_s": walls, "pass_cpu_s": [c for _, c, _ in runs], "mentions_per_pass": runs[0][2],
        "sentences_per_s_best": sentences / min(walls), "sentences_per_s_median": sentences / statistics.median(walls),
    }  # fmt: skip


_worker_rec: Any = None


def _init_worker(sample: str) -> None:
    global _worker_rec
    from diplomap.extract.recognise import ActorRecogniser

    _worker_rec = ActorRecogniser()
    _worker_rec.recognise(sample, document_id="warm-up", date=None)


def _work(doc: Doc) -> int:
    i, text, date = doc
    return len(_worker_rec.recognise(text, document_id=i, date=date))


def measure_pool(docs: list[Doc], sentences: int, workers: int, passes: int) -> dict[str, Any]:
    with Pool(workers, initializer=_init_worker, initargs=(docs[0][1],)) as pool:
        pool.map(_work, docs, chunksize=1)  # warm-up pass
        walls = []
        for _ in range(passes):
            t0 = time.perf_counter()
            pool.map(_work, docs, chunksize=1)
            walls.append(time.perf_counter() - t0)
    return {"config": f"default (gate + NER), Pool({workers})", "workers": workers, "pass_wall_s": walls,
            "sentences_per_s_best": sentences / min(walls),
            "sentences_per_s_median": sentences / statistics.median(walls)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--passes", type=int, default=3, help="timed passes per configuration")
    ap.add_argument("--repeat", type=int, default=4, help="copies of the corpus in one pass")
    ap.add_argument("--workers", type=int, default=2, help="processes of the pool run (0 or 1: none)")
    args = ap.parse_args(argv)
    fingerprint = recogniser_fingerprint()  # before the run: the code may change while it runs
    base = load_documents()
    docs = [(f"{i}#{k}", text, date) for k in range(args.repeat) for i, text, date in base]
    sentences = count_sentences(docs)
    words = sum(len(text.split()) for _, text, _ in docs)
    print(f"{len(base)} distinct English documents x {args.repeat} = {len(docs)} per pass: "
          f"{sentences:,} sentences (spaCy sentencizer), {words:,} words", flush=True)
    runs = []
    for name, init, call in CONFIGS:
        print(f"  {name} ...", file=sys.stderr, flush=True)
        runs.append(measure(name, init, call, docs, sentences, args.passes))
    pool_run = None
    if args.workers > 1 and (os.cpu_count() or 1) >= args.workers:
        print(f"  Pool({args.workers}) ...", file=sys.stderr, flush=True)
        pool_run = measure_pool(docs, sentences, args.workers, args.passes)
    rows = [[r["config"], r["init_s"], r["warm_up_pass_s"], round(r["sentences_per_s_best"]),
             round(r["sentences_per_s_median"]), sum(r["pass_cpu_s"]) / len(r["pass_cpu_s"]),
             r["mentions_per_pass"]] for r in runs]
    if pool_run:
        rows.append([pool_run["config"], None, None, round(pool_run["sentences_per_s_best"]),
                     round(pool_run["sentences_per_s_median"]), None, None])
    print()
    print(table(["configuration", "init s", "warm-up pass s", "sent/s best", "sent/s median", "CPU s/pass",
                 "mentions/pass"], rows,
                title=f"ActorRecogniser.recognise, {sentences:,} sentences per pass, best of {args.passes} passes"))
    path = write_result(NAME, {
        "script": "bench/actors_speed.py",
        "recogniser_fingerprint": fingerprint,
        "text": "examples/corpus, read and cleaned by diplomap, English, distinct texts",
        "sentence_counter": "spaCy blank('en') + sentencizer",
        "documents_distinct": len(base), "repeat": args.repeat, "documents_per_pass": len(docs),
        "sentences_per_pass": sentences, "words_per_pass": words, "passes": args.passes,
        "runs": runs, "pool_run": pool_run,
    })  # fmt: skip
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
