"""A worker's batch through the extraction stage (``prepare``, then ``run`` each): the same records
as one document at a time, with the entity model and the parser run once per batch."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from diplomap import api
from diplomap.config import Settings
from diplomap.execute.local import LocalExecutor
from diplomap.model import Document, DocumentActors, PartialDate
from diplomap.pipeline import Pipeline, RunContext
from diplomap.pipeline.stage import BaseStage

TEXTS = [
    "Russian Foreign Minister Sergei Lavrov met a South Korean delegation in Moscow on Wednesday. Lavrov "
    "said Seoul should not send weapons to Kyiv. Envoy Rahim Zorbekov of Kazakhstan praised the talks.",
    "Japan beat Brazil 2-1 in a friendly match on Sunday night. The coach praised his players.",
    "China condemned Japan’s “provocative” naval drills and urged Tokyo to show restraint. "
    "Beijing and Seoul signed a trade agreement; both countries said talks would continue.",
    # the same text again (its clauses are parsed twice, each parse taken once)
    "Japan beat Brazil 2-1 in a friendly match on Sunday night. The coach praised his players.",
]


def _documents() -> list[Document]:
    return [Document(f"doc{i}", [f"in/{i}.txt"], "text", text, text, published=PartialDate("2024-06-12", "day"))
            for i, text in enumerate(TEXTS)]  # fmt: skip


def _extraction() -> tuple[Pipeline, RunContext]:
    ctx = RunContext(Settings(progress=False))
    pipeline = api.extract_pipeline("")
    pipeline.setup(ctx)
    return pipeline, ctx


def _one_by_one(pipeline: Pipeline, docs: list[Document], ctx: RunContext) -> list[Any]:
    return [list(pipeline.run([d], ctx)) for d in docs]


def test_a_prepared_batch_gives_the_same_records_as_one_document_at_a_time() -> None:
    pipeline, ctx = _extraction()
    docs = _documents()
    alone = _one_by_one(pipeline, docs, ctx)
    pipeline.prepare(docs, ctx)
    batched = _one_by_one(pipeline, docs, ctx)
    assert batched == alone
    assert all(isinstance(out[0], DocumentActors) for out in batched)
    assert any(out[0].events for out in batched) and any(out[0].mentions for out in batched)


def test_a_record_not_prepared_or_changed_since_is_read_afresh() -> None:
    pipeline, ctx = _extraction()
    docs = _documents()
    expected = _one_by_one(pipeline, docs, ctx)
    pipeline.prepare(docs[:2], ctx)  # the others were not announced
    changed = replace(docs[0], text=TEXTS[2])  # prepared with another text: read again, not taken
    assert _one_by_one(pipeline, [changed], ctx) == _one_by_one(pipeline, [replace(docs[2], id="doc0")], ctx)
    assert _one_by_one(pipeline, docs, ctx) == expected


class _Recording(BaseStage):
    name = "recording"

    def __init__(self) -> None:
        self.prepared: list[list[Any]] = []

    def prepare(self, records: Any, ctx: RunContext) -> None:
        self.prepared.append(list(records))

    def process(self, record: Any, ctx: RunContext) -> Any:
        yield record * 2


def test_the_one_process_executor_announces_each_batch() -> None:
    stage = _Recording()
    executor = LocalExecutor(workers=1, batch_size=3)
    out = [o for o, _ in executor.map(lambda: Pipeline([stage], given=()), range(7), Settings(progress=False))]
    assert out == [[2 * i] for i in range(7)]
    assert stage.prepared == [[0, 1, 2], [3, 4, 5], [6]]
