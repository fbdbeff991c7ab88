"""The extraction stages: per document, after cleaning and the corpus furniture barrier."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from ..model import Document, DocumentActors
from ..pipeline.stage import BaseStage, RunContext
from .recognise import ActorRecogniser


def actor_files(value: str) -> list[Path]:
    """The ``actor_files`` setting: paths separated by the OS path separator (":" on Unix)."""
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


def document_date(doc: Document) -> str | None:
    """The time a document speaks from: its publication date, else the estimate (never the run's date)."""
    if doc.published:
        return doc.published.value
    if doc.published_estimate:
        return doc.published_estimate.value
    return None


class ActorStage(BaseStage):
    name: ClassVar[str] = "actors"
    requires: ClassVar[frozenset[str]] = frozenset({"document"})
    provides: ClassVar[frozenset[str]] = frozenset({"actors"})

    def __init__(self, actor_files_setting: str = "") -> None:
        self.actor_files_setting = actor_files_setting
        self.recogniser: ActorRecogniser | None = None

    def setup(self, ctx: RunContext) -> None:
        # Once per worker: the actor table and the spaCy model are the expensive part.
        self.recogniser = ActorRecogniser(actor_files(self.actor_files_setting))

    def teardown(self) -> None:
        self.recogniser = None

    def process(self, record: Document, ctx: RunContext) -> Iterable[DocumentActors]:
        rec = self.recogniser
        assert rec is not None, "setup() loads the recogniser"
        if "non-english" in record.warnings:
            yield DocumentActors(record.id, record.text_hash, rec.version, ())
            return
        mentions, warnings = rec.recognise_with_warnings(record.text, record.id, document_date(record))
        ctx.stats.add("actor mentions", len(mentions))
        yield DocumentActors(record.id, record.text_hash, rec.version, tuple(mentions), frozenset(warnings))


def recogniser_version(actor_files_setting: str = "") -> str:
    """The version a store's extractions are compared with (code + data + the user's files)."""
    return ActorRecogniser(actor_files(actor_files_setting), use_ner=False).version
