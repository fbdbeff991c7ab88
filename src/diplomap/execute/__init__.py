"""Executors: they schedule stages, and stages never know which one runs them.

``LocalExecutor`` runs them in this process or a process pool; ``RayExecutor`` on a Ray cluster
(the ``ray`` extra, imported only when it runs). Both yield each input's outputs in input order
(``map``), and run the global steps as groupings of a table by a key (``group``).
"""

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from ..config import Settings
from ..pipeline import RunStats
from .local import GroupReduce, LocalExecutor, PipelineFactory, Spool, Table, object_column
from .ray_executor import RayExecutor


class Executor(Protocol):
    def map(
        self, factory: PipelineFactory, items: Iterable[Any], settings: Settings, spool: Spool | None = None
    ) -> Iterator[tuple[list[Any], RunStats]]: ...

    def group(self, table: Table, key: str, reduce: GroupReduce, shared: Any = None) -> Iterator[Table]: ...


#: how a global step asks for a grouping without knowing the executor (``Executor.group``)
Grouping = Callable[[Table, str, GroupReduce, Any], Iterator[Table]]

__all__ = ["Executor", "GroupReduce", "Grouping", "LocalExecutor", "PipelineFactory", "RayExecutor", "Spool", "Table",
           "object_column"]
