"""Run the per-document stages on a Ray cluster (or a local Ray instance), with Ray Data.

The contract is LocalExecutor's: ``map(factory, items, settings)`` yields (outputs, stats) for
each input, in input order, so the single store writer in the driver sees exactly what it would
see from the local executor. The stages are the same code: each Ray actor builds the pipeline
with ``factory()`` and runs ``setup`` once (models load once per actor), then processes batches.

How items travel: stage records are Python dataclasses (RawInput, Document, Rejection…), which
Arrow cannot hold, so each one is pickled into a binary column next to its input index, and each
input's outputs come back pickled with their stats. Results stream back block by block as the
actors finish them; ``preserve_order`` keeps them in input order, and the index column checks it.

Inputs come from a driver-side iterator (files being read, documents paged out of the store)
whose length is not known in advance, while a Ray Dataset needs its input blocks up front. The
driver therefore cuts the stream into windows (``window_items`` inputs or ``window_bytes`` of
pickled input, whichever comes first): each window is one Dataset, with its own actor pool. A
run of up to 20,000 inputs (or 256 MiB) is one window; a larger one sets its actors up again at
each window.

Faults: a worker that dies (killed, out of memory, node lost) is restarted by Ray and its batch is
run again from the start (Ray Data's actor defaults: restarts and task retries without limit); a
batch only counts once it came back whole, so nothing is lost or doubled. The flip side: an input
that crashes its worker process every time (not a Python exception, which fails the run as with
the local executor, but a segfault) is retried for ever.

Global steps (``group``): the table goes into a Ray Dataset, ``groupby`` on a hash partition of
its key column shuffles the rows across the cluster so that all rows of a key meet in one task,
and ``map_groups`` runs the step's reduce there, ``workers`` tasks at a time. The step's shared
data is put in the object store once. Results come back as tables, in no defined order.

``ray`` is imported when a RayExecutor is made, never at import, so the core install works
without the ``ray`` extra.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterable, Iterator
from types import ModuleType
from typing import Any, ClassVar

import numpy as np

from ..config import Settings
from ..errors import ConfigError, PipelineError
from ..pipeline import Pipeline, RunContext, RunStats
from .local import GroupReduce, PipelineFactory, Spool, Table, object_column, partition_of

log = logging.getLogger(__name__)

_INDEX, _ITEM, _RESULT = "index", "item", "result"
_PARTITION = "_partition"


def import_ray() -> ModuleType:
    """``ray`` with Ray Data, or a clear error naming the extra to install."""
    try:
        import ray
        import ray.data  # the extra is ray[data]: check the part we use is there
    except ImportError as exc:
        raise ConfigError(
            f"executor 'ray' needs Ray Data, which is not installed ({exc}): install diplomap[ray] "
            "(pip install 'diplomap[ray]', or pip install -e '.[ray]' in a checkout)"
        ) from None
    return ray


def connect(ray: ModuleType, address: str | None, workers: int) -> None:
    """Join the cluster at ``address`` ('auto', 'ray://host:10001', 'host:6379'), or start a local
    Ray instance with ``workers`` CPUs. A Ray this process already joined is used as it is."""
    if not ray.is_initialized():
        if address:
            ray.init(address=address, logging_level=logging.WARNING)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, logging_level=logging.WARNING)
    cpus = ray.cluster_resources().get("CPU", 0)
    if cpus < workers:
        # Not an error: an autoscaling cluster (KubeRay) adds nodes when the actors ask for them.
        log.warning("the Ray cluster has %s CPUs and %d workers need %d: some wait for more", cpus, workers, workers)


class StageWorker:
    """One Ray actor: the stages built and set up once, then batch after batch."""

    def __init__(self, factory: PipelineFactory, settings: Settings, spool: Spool | None = None) -> None:
        self.pipeline: Pipeline = factory()
        self.ctx = RunContext(settings)
        self.pipeline.setup(self.ctx)
        self.spool = spool
        # No teardown: it only drops models, and the actor process ends with its Dataset.

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        items = [pickle.loads(raw) for raw in batch[_ITEM]]
        outputs, stats = [], []
        for out, added in self.pipeline.run_each(items, self.ctx):
            outputs.append(out)
            stats.append(added)
        if self.spool is not None:
            # Named after the batch's first input: a batch run again writes the same shard again.
            outputs = self.spool(f"shard-{int(batch[_INDEX][0]):012d}", outputs)
        results = [pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in zip(outputs, stats, strict=True)]
        return {_INDEX: batch[_INDEX], _RESULT: results}


def _reduce_partition(batch: Table, reduce: GroupReduce, shared_box: list[Any]) -> Table:
    """One partition's rows (a ``map_groups`` call): the step's reduce, with its shared data.
    Object columns travel pickled (Arrow binary) both ways."""
    import ray

    shared = ray.get(shared_box[0])  # boxed, so that Ray hands over the reference, not the value
    table = {name: _unpickled(column) for name, column in batch.items() if name != _PARTITION}
    return {name: _pickled(column) for name, column in reduce(table, shared).items()}


class RayExecutor:
    #: hash partitions of a grouping per worker: several, so that one large key does not hold up
    #: a whole worker's share
    partitions_per_worker: ClassVar[int] = 4

    #: Inputs a Ray task takes at least, whatever batch size the caller asks for. Each task costs
    #: ~14 ms of scheduling and conversion (measured on 2 cores): 16 page dumps are ~55 ms of work,
    #: so at 16 a quarter of the time went to that; at 64 the read+clean speed-up from 1 to 2
    #: workers went from 1.4 to 1.8 (bench/ray_speed.py).
    min_batch: ClassVar[int] = 64

    def __init__(self, workers: int = 1, batch_size: int = 16, address: str | None = None, *,
                 window_items: int = 20_000, window_bytes: int = 256 << 20) -> None:  # fmt: skip
        self.workers = workers
        self.batch_size = max(batch_size, self.min_batch)
        self.address = address or None
        self.window_items = window_items
        self.window_bytes = window_bytes
        import_ray()  # a missing extra fails here, before anything is read

    def map(
        self, factory: PipelineFactory, items: Iterable[Any], settings: Settings, spool: Spool | None = None
    ) -> Iterator[tuple[list[Any], RunStats]]:
        """Yield (outputs of one input, stats) for each input, in input order; with ``spool``, the
        workers hand each batch's outputs to it and what it returns comes back instead."""
        ray = import_ray()
        stream = iter(items)
        start = 0
        while True:
            rows = self._window(stream, start)
            if not rows:
                return
            connect(ray, self.address, self.workers)  # not before there is work: nothing to do starts no Ray
            count = len(rows)
            dataset = self._dataset(ray, factory, settings, rows, spool)
            del rows  # the Dataset holds the inputs now, in the object store
            yield from self._results(dataset, start, count)
            start += count

    def group(self, table: Table, key: str, reduce: GroupReduce, shared: Any = None) -> Iterator[Table]:
        """``reduce`` over ``table`` with the rows of each value of the integer column ``key``
        together (a shuffle across the cluster): yields the result tables, in no defined order."""
        if not len(table[key]):
            return
        ray = import_ray()
        import pyarrow as pa

        connect(ray, self.address, self.workers)
        _quiet(ray)
        partitions = self.workers * self.partitions_per_worker
        columns = {name: _arrow_column(pa, _pickled(column)) for name, column in table.items()}
        columns[_PARTITION] = pa.array(partition_of(table[key], partitions))
        dataset = ray.data.from_arrow(pa.table(columns))
        grouped = dataset.groupby(_PARTITION, num_partitions=partitions).map_groups(
            _reduce_partition, fn_args=(reduce, [ray.put(shared)]), batch_format="numpy",
            compute=ray.data.TaskPoolStrategy(size=self.workers), num_cpus=1,
        )  # fmt: skip
        for batch in grouped.iter_batches(batch_size=None, batch_format="numpy"):
            yield {name: _unpickled(column) for name, column in batch.items()}

    def _window(self, stream: Iterator[Any], start: int) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        size = 0
        for item in stream:
            data = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
            rows.append({_INDEX: start + len(rows), _ITEM: data})
            size += len(data)
            if len(rows) >= self.window_items or size >= self.window_bytes:
                break
        return rows

    def _dataset(self, ray: ModuleType, factory: PipelineFactory, settings: Settings, rows: list[dict[str, Any]],
                 spool: Spool | None) -> Any:  # fmt: skip
        _quiet(ray)
        # This process's Ray Data context: diplomap's per-document results need their order kept.
        ray.data.DataContext.get_current().execution_options.preserve_order = True
        blocks = -(-len(rows) // self.batch_size)  # one batch a block: small units to share out
        return ray.data.from_items(rows, override_num_blocks=blocks).map_batches(
            StageWorker,
            fn_constructor_args=(factory, settings, spool),
            batch_size=self.batch_size,
            batch_format="numpy",
            compute=ray.data.ActorPoolStrategy(size=min(self.workers, blocks)),
            num_cpus=1,
        )

    def _results(self, dataset: Any, start: int, count: int) -> Iterator[tuple[list[Any], RunStats]]:
        expected = start
        for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
            for index, result in zip(batch[_INDEX], batch[_RESULT], strict=True):
                if int(index) != expected:
                    raise PipelineError(f"Ray returned input {int(index)} where input {expected} was due")
                expected += 1
                outputs, stats = pickle.loads(result)
                yield outputs, stats
        if expected != start + count:
            raise PipelineError(f"Ray returned {expected - start} results for {count} inputs")


def _quiet(ray: ModuleType) -> None:
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # the CLI draws its own
    context.print_on_execution_start = False


def _arrow_column(pa: ModuleType, column: np.ndarray) -> Any:
    # Pickles travel as Arrow binary; numbers as they are.
    if column.dtype == object:
        return pa.array(column.tolist(), type=pa.binary())
    return pa.array(column)


def _pickled(column: np.ndarray) -> np.ndarray:
    """An object column as pickles (what Arrow can hold); other columns as they are."""
    if column.dtype != object:
        return column
    return object_column([pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL) for v in column])


def _unpickled(column: np.ndarray) -> np.ndarray:
    if column.dtype != object:
        return column
    return object_column([pickle.loads(v) for v in column])
