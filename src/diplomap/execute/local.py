"""Run the per-document stages in this process or in a pool of worker processes.

Each input is processed whole by one worker (a feed's 10,000 items stay together), and results
come back in input order, so what reaches the single store writer does not depend on timing.
"""

from __future__ import annotations

import concurrent.futures as cf
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..config import Settings
from ..pipeline import Pipeline, RunContext, RunStats

PipelineFactory = Callable[[], Pipeline]

_worker: tuple[Pipeline, RunContext] | None = None


def _init_worker(factory: PipelineFactory, settings: Settings) -> None:
    global _worker
    pipeline = factory()
    ctx = RunContext(settings)
    pipeline.setup(ctx)
    _worker = (pipeline, ctx)


def _process_batch(items: list[Any]) -> tuple[list[list[Any]], RunStats]:
    assert _worker is not None, "worker not initialised"
    pipeline, ctx = _worker
    ctx.stats = RunStats()
    outputs = [list(pipeline.run([item], ctx)) for item in items]
    return outputs, ctx.stats


class LocalExecutor:
    def __init__(self, workers: int = 1, batch_size: int = 16) -> None:
        self.workers = workers
        self.batch_size = batch_size

    def map(
        self, factory: PipelineFactory, items: Iterable[Any], settings: Settings
    ) -> Iterator[tuple[list[Any], RunStats]]:
        """Yield (outputs of one input, stats) for each input, in input order."""
        if self.workers == 1:
            pipeline = factory()
            ctx = RunContext(settings)
            pipeline.setup(ctx)
            try:
                for item in items:
                    ctx.stats = RunStats()
                    outputs = list(pipeline.run([item], ctx))
                    yield outputs, ctx.stats
            finally:
                pipeline.teardown()
            return
        yield from self._map_pool(factory, items, settings)

    def _map_pool(
        self, factory: PipelineFactory, items: Iterable[Any], settings: Settings
    ) -> Iterator[tuple[list[Any], RunStats]]:
        with cf.ProcessPoolExecutor(self.workers, initializer=_init_worker, initargs=(factory, settings)) as pool:
            pending: deque[cf.Future[tuple[list[list[Any]], RunStats]]] = deque()
            batch: list[Any] = []

            def drain(until: int) -> Iterator[tuple[list[Any], RunStats]]:
                while len(pending) > until:
                    outputs, stats = pending.popleft().result()
                    for i, out in enumerate(outputs):
                        yield out, stats if i == 0 else RunStats()

            for item in items:
                batch.append(item)
                if len(batch) >= self.batch_size:
                    pending.append(pool.submit(_process_batch, batch))
                    batch = []
                    yield from drain(2 * self.workers)
            if batch:
                pending.append(pool.submit(_process_batch, batch))
            yield from drain(0)
