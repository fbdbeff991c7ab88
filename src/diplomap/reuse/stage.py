"""The per-document part of text reuse as a stage: each stored text's shingles and sentences,
made on the executor's workers; the corpus-wide part (the indexes, the comparisons) is
``ReuseFinder.find``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from ..pipeline import BaseStage, Pipeline, RunContext
from .detect import Shingled, shingled


class ShingleStage(BaseStage):
    name: ClassVar[str] = "shingles"
    requires: ClassVar[frozenset[str]] = frozenset({"reuse-text"})
    provides: ClassVar[frozenset[str]] = frozenset({"shingles"})

    def process(self, record: Any, ctx: RunContext) -> Iterable[Shingled]:
        doc_id, text, date = record
        yield shingled(doc_id, text, date)


def shingle_pipeline() -> Pipeline:
    """(id, text, date) of a stored document → its ``Shingled``."""
    return Pipeline([ShingleStage()], given=("reuse-text",))
