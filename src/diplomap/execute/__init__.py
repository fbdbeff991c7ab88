"""Executors: they schedule stages, and stages never know which one runs them.

``LocalExecutor`` runs them in this process or a process pool; ``RayExecutor`` on a Ray cluster
(the ``ray`` extra, imported only when it runs). Both yield each input's outputs in input order.
"""

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from ..config import Settings
from ..pipeline import RunStats
from .local import LocalExecutor, PipelineFactory
from .ray_executor import RayExecutor


class Executor(Protocol):
    def map(
        self, factory: PipelineFactory, items: Iterable[Any], settings: Settings
    ) -> Iterator[tuple[list[Any], RunStats]]: ...


__all__ = ["Executor", "LocalExecutor", "PipelineFactory", "RayExecutor"]
