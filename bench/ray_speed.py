"""Steady-state speed of the per-document stages on Ray, 1 vs 2 workers (local pool for reference).

Measured in one process, without a store.

Two stages, each on its own synthetic input (nothing downloaded, nothing from ../shared):

* **read+clean** (what ``diplomap run`` does before the corpus barrier): ``bench/synth.py``'s
  mixed corpus (page dumps, HTML pages, JSONL files of 100 articles, an RSS feed, WordPress
  posts, broken files), ``--docs`` articles; the inputs are read into memory first and shuffled
  (a fixed order);
  with the ``ray-spool`` executor the Ray workers also write each batch's documents to a Parquet
  shard, as ``diplomap run --executor ray`` does; and the driver's side is measured apart: the
  same documents stored with ``Store.add`` and with ``Store.load_shards``;
* **extract** (actors, events, stances; after the barrier): ``bench/events_speed.py``'s news
  stream about real states (30 % wire copy with events, 70 % other news), ``--extract-docs``
  articles, cleaned once beforehand (not timed).

Each (executor, workers) pair maps the same items through ``RayExecutor`` / ``LocalExecutor``
as ``diplomap run`` does (batches of 16 inputs for read+clean, 8 documents for extract, which
the Ray executor raises to its ``min_batch`` of 64: each Ray task has its overhead). Steady
state: the clock starts when the first round of batches (one a worker; ``--skip`` rounds) has
come back, so Ray's start, the actors' start and their model loads are left out, and stops at
the last result; docs/s = documents out (Document for read+clean, documents extracted for extract)
after that point over that time; each pair runs ``--repeat`` times (2) and the fastest counts
(others' work on a shared machine only ever slows a run down). Speed-up = docs/s with 2
workers over 1, same executor.

Ray starts once, locally, with as many CPUs as the largest --workers (``ray.init(num_cpus=...)``),
its workers at niceness 0 (``--worker-niceness``; Ray's default of 15 lets any other process on
a shared machine outrun them, which the local executor's processes are not exposed to). Numbers
depend on what else runs: each JSON records the load average at start and end.

Run: .venv/bin/python bench/ray_speed.py [--docs 1500] [--extract-docs 1500] [--workers 1,2]
                                         [--executors ray,local] [--stages clean,extract]
                                         [--clean-batch 16] [--extract-batch 8] [--ray-min-batch 64]
                                         [--skip 1] [--repeat 2] [--worker-niceness 0] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

from benchlib import table, write_result
from diplomap import api
from diplomap.config import Settings
from diplomap.execute import LocalExecutor, RayExecutor
from diplomap.ingest.sources import iter_paths, read_source
from diplomap.model import Document, DocumentActors, RawInput
from diplomap.pipeline import Pipeline
from diplomap.store import Store
from diplomap.store.shards import Spooled, spool_batch
from events_speed import make_stream
from synth import make_corpus

NAME = "ray_speed"


def timed(executor: Any, factory: Callable[[], Pipeline], items: list[Any], settings: Settings,
          skip: int, spool: Any = None) -> dict[str, Any]:  # fmt: skip
    """Map ``items``; docs/s between the result of input number ``skip`` and the last one."""
    start, cpu_start = time.perf_counter(), time.process_time()
    t_skip = None
    docs_after = docs_total = 0
    for i, (outputs, _) in enumerate(executor.map(factory, items, settings, spool=spool)):
        docs = sum(o.documents if isinstance(o, Spooled) else isinstance(o, Document | DocumentActors)
                   for o in outputs)  # fmt: skip
        docs_total += docs
        if i == skip - 1:
            t_skip = time.perf_counter()
        elif i >= skip:
            docs_after += docs
    end, driver_cpu = time.perf_counter(), time.process_time() - cpu_start
    if t_skip is None:
        raise SystemExit(f"only {len(items)} inputs: not more than the {skip} of the start-up rounds")
    return {"docs": docs_total, "wall_s": end - start, "first_results_s": t_skip - start,
            "steady_s": end - t_skip, "steady_docs": docs_after, "docs_per_s": docs_after / (end - t_skip),
            "driver_cpu_s": driver_cpu}


def clean_items(folder: Path, n: int) -> list[RawInput]:
    """The corpus's inputs, read, in a fixed shuffled order: a folder's sorted order puts each
    format together (all JSONL files last), and the steady state would measure one of them."""
    make_corpus(folder, n)
    items = [i for i in (read_source(p) for p in iter_paths([folder])) if isinstance(i, RawInput)]
    random.Random(0).shuffle(items)
    return items


def extract_items(n: int, settings: Settings) -> list[Document]:
    """The events stream as cleaned Documents (read+clean here, in this process, untimed)."""
    records = make_stream(n, 0.3, seed=0)
    raws = [RawInput(f"stream:{i:06d}", json.dumps({k: v for k, v in r.items() if k != "kind"}).encode())
            for i, r in enumerate(records)]
    docs: list[Document] = []
    for outputs, _ in LocalExecutor(1).map(api.main_pipeline, raws, settings):
        docs.extend(o for o in outputs if isinstance(o, Document))
    return docs


def executor_for(kind: str, workers: int, batch_size: int) -> Any:
    return RayExecutor(workers, batch_size) if kind.startswith("ray") else LocalExecutor(workers, batch_size)


def load_speed(items: list[Any], settings: Settings, folder: Path) -> list[dict[str, Any]]:
    """The driver's side of read+clean: the same documents into a fresh store with ``Store.add``
    (objects, batches of 256) and with ``Store.load_shards`` (Parquet shards of 64 inputs, loaded
    16 shards at a time, as a spooled Ray run loads them)."""
    outputs = [out for out, _ in LocalExecutor(1).map(api.main_pipeline, items, settings)]
    docs = sum(isinstance(o, Document) for out in outputs for o in out)
    shards = []
    for k in range(0, len(outputs), 64):
        name = f"shard-{k:012d}"
        spool_batch(str(folder), name, outputs[k : k + 64])
        shards.append(str(folder / name))
    rows = []
    with Store(folder / "add.duckdb") as store:
        flat = [o for out in outputs for o in out]
        t = time.perf_counter()
        for k in range(0, len(flat), 256):
            store.add(flat[k : k + 256])
        rows.append({"path": "Store.add", "docs": docs, "seconds": time.perf_counter() - t})
    with Store(folder / "shards.duckdb") as store:
        t = time.perf_counter()
        for k in range(0, len(shards), 16):
            store.load_shards(shards[k : k + 16])
        rows.append({"path": "Store.load_shards", "docs": docs, "seconds": time.perf_counter() - t})
    for r in rows:
        r["docs_per_s"] = r["docs"] / r["seconds"]
    return rows


def measure(stage: str, factory: Callable[[], Pipeline], items: list[Any], batch_size: int, executors: Iterable[str],
            workers: list[int], settings: Settings, skip: int, repeat: int) -> list[dict[str, Any]]:  # fmt: skip
    rows = []
    for kind in executors:
        for w in workers:
            print(f"  {stage}: {kind} executor, {w} worker(s), {len(items):,} inputs ...", file=sys.stderr, flush=True)
            tries = []
            for _ in range(repeat):
                executor = executor_for(kind, w, batch_size)
                with tempfile.TemporaryDirectory(prefix="diplomap-spool-") as folder:
                    spool = partial(spool_batch, folder) if kind == "ray-spool" else None
                    tries.append(timed(executor, factory, items, settings, skip * w * executor.batch_size, spool))
            best = max(tries, key=lambda t: t["docs_per_s"])
            rows.append({"stage": stage, "executor": kind, "workers": w, "inputs": len(items),
                         "batch_size": executor.batch_size, **best,
                         "docs_per_s_of_each_try": [t["docs_per_s"] for t in tries]})
        base = next((r for r in rows if r["executor"] == kind and r["stage"] == stage and r["workers"] == 1), None)
        for r in rows:
            if base is not None and r["executor"] == kind and r["stage"] == stage:
                r["speedup"] = r["docs_per_s"] / base["docs_per_s"]
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=1500, help="articles of the read+clean corpus")
    ap.add_argument("--extract-docs", type=int, default=1500,
                    help="articles of the extract stream (fewer leave 2 Ray workers no steady state to measure)")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--executors", default="ray,ray-spool,local",
                    help="ray-spool: Ray workers write Parquet shards (read+clean only, as diplomap run does)")
    ap.add_argument("--stages", default="clean,extract")
    ap.add_argument("--clean-batch", type=int, default=16, help="inputs a batch for read+clean (as diplomap run)")
    ap.add_argument("--extract-batch", type=int, default=8, help="documents a batch for extract (as diplomap run)")
    ap.add_argument("--ray-min-batch", type=int, default=RayExecutor.min_batch,
                    help="inputs a Ray task takes at least (RayExecutor.min_batch)")
    ap.add_argument("--skip", type=int, default=1,
                    help="rounds of batches (one a worker) left out of the steady state (start-up)")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each pair; the fastest counts")
    ap.add_argument("--worker-niceness", type=int, default=0, help="Ray workers' niceness (Ray's default: 15)")
    ap.add_argument("--json", action="store_true", help="print the result JSON")
    args = ap.parse_args(argv)
    RayExecutor.min_batch = args.ray_min_batch
    workers = [int(w) for w in args.workers.split(",")]
    executors = args.executors.split(",")
    stages = args.stages.split(",")
    settings = Settings(progress=False)
    try:
        import ray
    except ImportError:
        print("skipped: ray is not installed (pip install -e '.[ray]')")
        write_result(NAME, {"skipped": "ray not installed"})
        return 0
    # Ray runs its workers at niceness 15 (the raylet's default), so on a shared machine anything
    # else outruns them while the local executor's processes compete as equals: measure both at 0.
    os.environ.setdefault("RAY_worker_niceness", str(args.worker_niceness))
    t0 = time.perf_counter()
    ray.init(num_cpus=max(workers), include_dashboard=False)
    ray_start_s = time.perf_counter() - t0

    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="diplomap-ray-speed-") as tmp:
        loads: list[dict[str, Any]] = []
        if "clean" in stages:
            items = clean_items(Path(tmp) / "corpus", args.docs)
            rows += measure("read+clean", api.main_pipeline, items, args.clean_batch, executors, workers, settings,
                            args.skip, args.repeat)
            (Path(tmp) / "load").mkdir()
            loads = load_speed(items, settings, Path(tmp) / "load")
        if "extract" in stages:
            executors = [e for e in executors if e != "ray-spool"]
            docs = extract_items(args.extract_docs, settings)
            factory = partial(api.extract_pipeline, settings.actor_files)
            rows += measure("extract", factory, docs, args.extract_batch, executors, workers, settings, args.skip,
                            args.repeat)
    ray.shutdown()

    print(table(["stage", "executor", "workers", "inputs", "docs", "wall s", "start-up s", "steady docs/s",
                 "speed-up", "driver CPU s"],
                [[r["stage"], r["executor"], r["workers"], r["inputs"], r["docs"], r["wall_s"], r["first_results_s"],
                  r["docs_per_s"], r.get("speedup"), r["driver_cpu_s"]] for r in rows],
                title=f"Per-document stages, steady state (ray.init: {ray_start_s:.1f} s)"))
    if loads:
        print(table(["path", "docs", "seconds", "docs/s"], [[r["path"], r["docs"], r["seconds"], r["docs_per_s"]]
                                                           for r in loads], title="Storing the cleaned documents"))
    result = {"args": vars(args), "ray_init_s": ray_start_s, "ray_version": ray.__version__, "runs": rows,
              "store_load": loads}
    path = write_result(NAME, result)
    print(f"\nwritten: {path}")
    if args.json:
        print(json.dumps(result, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
