"""Run the per-document stages in this process or in a pool of worker processes.

Each input is processed whole by one worker (a feed's 10,000 items stay together), and results
come back in input order, so what reaches the single store writer does not depend on timing.

Global steps (near-duplicate buckets, event consolidation) are groupings: ``group`` runs a
reduce over a table whose rows sharing a key always reach one call together. Here that is one
call over the whole table, or, with several workers and a large table, one call per hash
partition of the key on the worker processes.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

import numpy as np

from ..config import Settings
from ..pipeline import Pipeline, RunContext, RunStats

PipelineFactory = Callable[[], Pipeline]
#: a table: named columns of equal length, numbers or Python objects (``object_column``); how the
#: objects travel (pickled for a Ray shuffle) is the executor's business
Table = dict[str, np.ndarray]
#: a global step's work on some of a table's rows, all rows of each key among them, with the
#: step's shared data (read-only); it returns a table of results
GroupReduce = Callable[[Table, Any], Table]
#: a worker-side sink for per-document results: (a name for the batch, each input's outputs) →
#: what to hand back for each input instead (``store.shards.spool_batch``, bound to a folder)
Spool = Callable[[str, list[list[Any]]], list[list[Any]]]

_worker: tuple[Pipeline, RunContext] | None = None
#: a pipeline set up in this process before its pool forks: each forked worker starts with it
_forked: tuple[Pipeline, RunContext] | None = None


def _init_worker(factory: PipelineFactory, settings: Settings) -> None:
    global _worker
    if _forked is not None:
        _worker = _forked
        return
    pipeline = factory()
    ctx = RunContext(settings)
    pipeline.setup(ctx)
    _worker = (pipeline, ctx)


def _set_up_before_fork(factory: PipelineFactory, settings: Settings) -> tuple[Pipeline, RunContext] | None:
    """Where workers are forked, the pipeline set up once here: its models and tables (a second
    of CPU per worker for the extraction's spaCy models) are then loaded once, not once per
    worker, and the workers share their pages. None where workers start afresh (spawn)."""
    if multiprocessing.get_start_method() != "fork":
        return None
    pipeline = factory()
    ctx = RunContext(settings)
    pipeline.setup(ctx)
    return pipeline, ctx


def _process_batch(items: list[Any]) -> tuple[list[list[Any]], RunStats]:
    assert _worker is not None, "worker not initialised"
    pipeline, ctx = _worker
    outputs, stats = [], RunStats()
    for out, added in pipeline.run_each(items, ctx):
        outputs.append(out)
        stats.merge(added)
    return outputs, stats


def partition_of(keys: np.ndarray, partitions: int) -> np.ndarray:
    """The partition of each integer key: rows of one key are in one partition."""
    return (np.asarray(keys).astype(np.uint64) % np.uint64(partitions)).astype(np.int64)


def object_column(values: Sequence[Any]) -> np.ndarray:
    """A table column of Python objects (``np.array`` would try to make an array of arrays)."""
    out = np.empty(len(values), dtype=object)
    out[:] = list(values)
    return out


def take(table: Table, rows: np.ndarray) -> Table:
    return {name: column[rows] for name, column in table.items()}


class LocalExecutor:
    #: rows under which a grouping runs in one call in this process: a pool costs more than it saves
    min_group_rows: int = 20_000

    #: input bytes after which a batch goes out before it has batch_size inputs: sixteen JSONL
    #: files of a thousand articles would otherwise be one batch on one worker
    batch_bytes: int = 1 << 20

    def __init__(self, workers: int = 1, batch_size: int = 16) -> None:
        self.workers = workers
        self.batch_size = batch_size

    def group(self, table: Table, key: str, reduce: GroupReduce, shared: Any = None) -> Iterator[Table]:
        """``reduce`` over ``table`` with the rows of each value of the integer column ``key``
        together: yields the result tables, in no defined order."""
        rows = len(table[key])
        if not rows:
            return
        if self.workers == 1 or rows < self.min_group_rows:
            yield reduce(table, shared)
            return
        parts = partition_of(table[key], self.workers)
        with cf.ProcessPoolExecutor(self.workers) as pool:
            jobs = [pool.submit(reduce, take(table, np.flatnonzero(parts == p)), shared) for p in range(self.workers)]
            for job in jobs:
                yield job.result()

    def map(
        self, factory: PipelineFactory, items: Iterable[Any], settings: Settings, spool: Spool | None = None
    ) -> Iterator[tuple[list[Any], RunStats]]:
        """Yield (outputs of one input, stats) for each input, in input order. ``spool`` is not
        used: on one machine the outputs come back over a pipe as cheaply as a file would carry them."""
        if self.workers == 1:
            pipeline = factory()
            ctx = RunContext(settings)
            pipeline.setup(ctx)
            try:
                # In batches, as a pool's worker gets them: the pipeline may prepare each batch.
                source = iter(items)
                while batch := list(islice(source, self.batch_size)):
                    yield from pipeline.run_each(batch, ctx)
            finally:
                pipeline.teardown()
            return
        yield from self._map_pool(factory, items, settings)

    def _map_pool(
        self, factory: PipelineFactory, items: Iterable[Any], settings: Settings
    ) -> Iterator[tuple[list[Any], RunStats]]:
        global _forked
        # This call's own pipeline: the global only hands it to the workers forked while the pool
        # starts, and what is torn down at the end is what this call set up.
        own = _set_up_before_fork(factory, settings)
        _forked = own
        try:
            yield from self._run_pool(factory, items, settings)
        finally:
            if own is not None:
                own[0].teardown()
            if _forked is own:
                _forked = None

    def _run_pool(
        self, factory: PipelineFactory, items: Iterable[Any], settings: Settings
    ) -> Iterator[tuple[list[Any], RunStats]]:
        with cf.ProcessPoolExecutor(self.workers, initializer=_init_worker, initargs=(factory, settings)) as pool:
            pending: deque[cf.Future[tuple[list[list[Any]], RunStats]]] = deque()
            batch: list[Any] = []
            size = 0

            def drain(until: int) -> Iterator[tuple[list[Any], RunStats]]:
                while len(pending) > until:
                    outputs, stats = pending.popleft().result()
                    for i, out in enumerate(outputs):
                        yield out, stats if i == 0 else RunStats()

            for item in items:
                batch.append(item)
                size += _size(item)
                if len(batch) >= self.batch_size or size >= self.batch_bytes:
                    pending.append(pool.submit(_process_batch, batch))
                    batch, size = [], 0
                    yield from drain(2 * self.workers)
            if batch:
                pending.append(pool.submit(_process_batch, batch))
            yield from drain(0)


def _size(item: Any) -> int:
    """The bytes an input carries (a RawInput's ``data``), 0 for other records."""
    data = getattr(item, "data", None)
    return len(data) if isinstance(data, bytes | bytearray) else 0
