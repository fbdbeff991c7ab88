"""Stages take a stream of records and yield records; they know nothing of how they are scheduled.

A stage is cheap to build and to pickle (executors ship it to worker processes); anything
expensive (models, dictionaries) is loaded in ``setup`` once per worker, never at import.
Rejections flow through every stage untouched, so a drop made early is counted at the end.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, runtime_checkable

from ..config import Settings
from ..errors import PipelineError
from ..model import Rejection


@dataclass(slots=True)
class RunStats:
    """Counters a run reports at the end. Workers return their own; the executor adds them up."""

    counts: Counter[str] = field(default_factory=Counter)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n

    def merge(self, other: RunStats) -> None:
        self.counts.update(other.counts)


@dataclass(slots=True)
class RunContext:
    settings: Settings
    stats: RunStats = field(default_factory=RunStats)
    worker: int = 0


@runtime_checkable
class Stage(Protocol):
    name: ClassVar[str]
    #: record attributes this stage needs from earlier stages, and the ones it adds
    requires: ClassVar[frozenset[str]]
    provides: ClassVar[frozenset[str]]

    def setup(self, ctx: RunContext) -> None: ...

    def run(self, stream: Iterable[Any], ctx: RunContext) -> Iterator[Any]: ...

    def teardown(self) -> None: ...


class BaseStage:
    """A stage that maps each record to zero or more records; rejections pass through."""

    name: ClassVar[str] = "stage"
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset()

    def setup(self, ctx: RunContext) -> None:
        pass

    def teardown(self) -> None:
        pass

    def prepare(self, records: Sequence[Any], ctx: RunContext) -> None:
        """A hint: these records come next, one ``run`` each. A stage whose models work faster on
        a batch may do their part of the work now; the results must be what ``run`` would find."""

    def run(self, stream: Iterable[Any], ctx: RunContext) -> Iterator[Any]:
        for record in stream:
            if isinstance(record, Rejection):
                yield record
            else:
                yield from self.process(record, ctx)

    def process(self, record: Any, ctx: RunContext) -> Iterable[Any]:
        raise NotImplementedError


class Pipeline:
    """An ordered chain of stages, checked before any data moves."""

    def __init__(self, stages: Sequence[Stage], *, given: Iterable[str] = ("raw",)) -> None:
        self.stages = list(stages)
        available = set(given)
        for stage in self.stages:
            missing = stage.requires - available
            if missing:
                raise PipelineError(f"stage {stage.name!r} needs {sorted(missing)}, which no earlier stage provides")
            available |= stage.provides
        self.provides = frozenset(available)

    def setup(self, ctx: RunContext) -> None:
        for stage in self.stages:
            stage.setup(ctx)

    def teardown(self) -> None:
        for stage in self.stages:
            stage.teardown()

    def prepare(self, records: Sequence[Any], ctx: RunContext) -> None:
        """Tell the first stage (the one that sees ``records``) which records come next: an
        executor that hands a worker several at once calls this before running each."""
        prepare = getattr(self.stages[0], "prepare", None) if self.stages else None
        if prepare is not None:
            prepare(records, ctx)

    def run(self, stream: Iterable[Any], ctx: RunContext) -> Iterator[Any]:
        for stage in self.stages:
            stream = stage.run(stream, ctx)
        return iter(stream)

    def run_each(self, batch: Sequence[Any], ctx: RunContext) -> Iterator[tuple[list[Any], RunStats]]:
        """A worker's batch: announced to the pipeline (``prepare``), then each input run alone,
        yielding its outputs and the counters it added (``ctx.stats`` fresh for each input; what
        ``prepare`` counts goes with the first)."""
        ctx.stats = RunStats()
        self.prepare(batch, ctx)
        for i, item in enumerate(batch):
            if i:
                ctx.stats = RunStats()
            yield list(self.run([item], ctx)), ctx.stats
