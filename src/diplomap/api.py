"""The library's entry points: what the CLI (and a user's script) calls."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .clean.stage import CleanStage, reclean
from .config import Settings
from .execute import LocalExecutor
from .ingest.sources import iter_paths, read_source
from .ingest.stage import ReadStage
from .model import Document, Rejection
from .pipeline import Pipeline
from .store import Store

#: progress(done_inputs, total_inputs_or_None, current_origin)
Progress = Callable[[int, int | None, str], None]


@dataclass(slots=True)
class RunSummary:
    inputs: int = 0
    read: int = 0
    stored: int = 0
    already_known: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    recleaned: int = 0
    other: Counter[str] = field(default_factory=Counter)

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    def to_json(self) -> dict[str, object]:
        return {
            "inputs": self.inputs,
            "read": self.read,
            "stored": self.stored,
            "already_known": self.already_known,
            "rejected": self.rejected_total,
            "rejected_by_reason": dict(sorted(self.rejected.items())),
            "recleaned": self.recleaned,
            **({"skipped": dict(sorted(self.other.items()))} if self.other else {}),
        }


def ingest_pipeline() -> Pipeline:
    """read → clean (the per-document stages of `diplomap ingest`)."""
    return Pipeline([ReadStage(), CleanStage()])


def run(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    pipeline: Callable[[], Pipeline] = ingest_pipeline,
) -> RunSummary:
    """Read, clean and store every input; then the corpus furniture barrier. Idempotent."""
    sources = list(iter_paths(paths))  # fails early on a missing path, before the store opens
    summary = RunSummary(inputs=len(sources))
    total = None if "-" in sources else len(sources)
    executor = LocalExecutor(settings.workers, batch_size=max(1, min(settings.batch_size, 16)))
    raw_inputs = (read_source(s, stdin) for s in sources)
    with Store(settings.store) as store:
        pending: list[Document | Rejection] = []
        for done, (outputs, stats) in enumerate(executor.map(pipeline, raw_inputs, settings), start=1):
            summary.other.update(stats.counts)
            for item in outputs:
                if isinstance(item, Document):
                    summary.read += 1
                pending.append(item)
            if len(pending) >= settings.batch_size:
                _tally(summary, store.add(pending))
                pending = []
            if progress is not None:
                origin = (
                    outputs[0].origins[0]
                    if outputs and isinstance(outputs[0], Document)
                    else (outputs[0].origin if outputs else "")
                )
                progress(done, total, origin)
        if pending:
            _tally(summary, store.add(pending))
        summary.recleaned = apply_corpus_furniture(store, settings)
    return summary


def _tally(summary: RunSummary, counts: Counter[str]) -> None:
    summary.stored += counts.get("stored", 0)
    summary.already_known += counts.get("already-known", 0)
    for key, n in counts.items():
        if key.startswith("rejected:"):
            summary.rejected[key.removeprefix("rejected:")] += n


def apply_corpus_furniture(store: Store, settings: Settings) -> int:
    """The global cleaning step: recount lines that recur across an outlet's documents (or the
    corpus) and re-clean every document whose text was cleaned with another furniture set."""
    furniture = store.refresh_furniture(settings)
    ids = store.documents_to_reclean()
    for start in range(0, len(ids), 256):
        docs = [reclean(doc, furniture) for doc in store.documents(ids[start : start + 256])]
        store.update_cleaning(docs)
    return len(ids)


def forget(document_id: str, settings: Settings) -> bool:
    """Remove a document and everything derived from it; re-clean what its absence changes."""
    with Store(settings.store) as store:
        gone = store.forget(document_id)
        if gone:
            apply_corpus_furniture(store, settings)
    return gone
