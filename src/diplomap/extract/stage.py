"""The extraction stage: actors, then events, per document, after cleaning and the corpus barrier."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, ClassVar

from ..model import Document, DocumentActors, Mention
from ..pipeline.stage import BaseStage, RunContext
from ..reuse.spun import SPUN_VERSION, judge_spun, load_spun_lexicon
from .events import EventCoder
from .recognise import ActorRecogniser
from .stance import StanceReader, load_stance_lexicon


def split_paths(value: str | Sequence[str | Path]) -> list[Path]:
    """A setting of several files (``actor_files``, ``event_lexicon_files``): paths separated by
    the OS path separator (":" on Unix, ";" on Windows), or already a list (``Settings.replace``)."""
    if not isinstance(value, str):
        return [Path(p) for p in value]
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


def event_lexicon_texts(setting: str) -> tuple[tuple[str, str], ...]:
    """The user's event lexicon files of the ``event_lexicon_files`` setting, read once: (name, text).
    The run reads them and hands the texts to its workers, so every worker codes with the very
    files the run's version was computed from (no worker reads a path of its own)."""
    from .event_lexicon import read_lexicon_files

    return read_lexicon_files(split_paths(setting))


def document_date(doc: Document) -> str | None:
    """The time a document speaks from: its publication date, else the estimate (never the run's date)."""
    if doc.published:
        return doc.published.value
    if doc.published_estimate:
        return doc.published_estimate.value
    return None


class ExtractStage(BaseStage):
    """Document → its actor mentions and event reports (one record, stored together)."""

    name: ClassVar[str] = "extract"
    requires: ClassVar[frozenset[str]] = frozenset({"document"})
    provides: ClassVar[frozenset[str]] = frozenset({"actors", "events"})

    def __init__(self, actor_files_setting: str = "", event_lexicon: Sequence[tuple[str, str]] = ()) -> None:
        self.actor_files_setting = actor_files_setting
        #: the user's event lexicon files as the run read them (``event_lexicon_texts``)
        self.event_lexicon = tuple(event_lexicon)
        self.recogniser: ActorRecogniser | None = None
        self.coder: EventCoder | None = None
        self.stance: StanceReader | None = None
        #: recognitions worked out ahead (``prepare``) by document id, with the text and date they read
        self._recognised: dict[str, tuple[tuple[str, str | None], tuple[list[Mention], set[str]]]] = {}

    def setup(self, ctx: RunContext) -> None:
        # Once per worker: the actor table, the lexicon and the spaCy models are the expensive part.
        self.recogniser = ActorRecogniser(split_paths(self.actor_files_setting))
        self.coder = EventCoder(lexicon_texts=self.event_lexicon)
        self.stance = StanceReader(self.coder.parse)
        # Loaded here rather than at the first document: an executor that forks its workers after
        # set-up then loads them once for all its workers.
        self.recogniser.load_model()
        self.coder.load_model()
        load_spun_lexicon()

    def teardown(self) -> None:
        self.recogniser = None
        self.coder = None
        self.stance = None
        self._recognised = {}

    def prepare(self, records: Sequence[Any], ctx: RunContext) -> None:
        """Read the next documents' actors and parse the clauses the event coder and the stance
        reader will ask for, each model in one batch over all the documents (per document, the
        models' own overhead is a tenth of their time); ``process`` then takes these results,
        which are the ones it would have worked out itself."""
        rec, coder, stance = self.recogniser, self.coder, self.stance
        assert rec is not None and coder is not None and stance is not None, "setup() loads the models"
        docs = [r for r in records if isinstance(r, Document) and "non-english" not in r.warnings]
        found = rec.recognise_many([(d.text, d.id, document_date(d)) for d in docs], places=True)
        self._recognised = {d.id: ((d.text, document_date(d)), f) for d, f in zip(docs, found, strict=True)}
        clauses: list[str] = []
        for d, (mentions, _) in zip(docs, found, strict=True):
            coded = coder.to_parse(d.text, mentions)
            stanced = set(stance.gate(d.text, _names(mentions))) - set(coded)  # what ``process`` reads
            clauses.extend(d.text[s:e] for s, e in [*coded, *sorted(stanced)])
        coder.parse_ahead(clauses)

    @property
    def version(self) -> str:
        assert self.recogniser is not None and self.coder is not None
        return f"{self.recogniser.version}+{self.coder.version}+{SPUN_VERSION}+{load_stance_lexicon().version}"

    def process(self, record: Document, ctx: RunContext) -> Iterable[DocumentActors]:
        rec, coder = self.recogniser, self.coder
        assert rec is not None and coder is not None, "setup() loads the models"
        if "non-english" in record.warnings:
            yield DocumentActors(record.id, record.text_hash, self.version, ())
            return
        read, ahead = self._recognised.pop(record.id, (None, None))
        found, warnings = ahead if ahead is not None and read == (record.text, document_date(record)) else \
            rec.recognise_with_warnings(record.text, record.id, document_date(record), places=True)  # fmt: skip
        events = coder.code(record.text, found, record.id, record.published, record.published_estimate)
        mentions = _names(found)
        assert self.stance is not None
        stances = self.stance.read(record.text, mentions, record.id, parsed=coder.parsed)
        # A spinner's "Soviet ambassador" is one of its tells: the recogniser's anachronism joins
        # the text's own evidence (recognise_with_warnings reports it once per document).
        if judge_spun(record.text, 1 if "anachronism" in warnings else 0).suspected:
            warnings.add("machine-spun-suspected")
            ctx.stats.add("machine-spun suspected", 1)
        ctx.stats.add("actor mentions", len(mentions))
        ctx.stats.add("event reports", len(events))
        yield DocumentActors(record.id, record.text_hash, self.version, tuple(mentions), frozenset(warnings),
                             tuple(events), tuple(stances))  # fmt: skip


def extraction_version(actor_files_setting: str = "", event_lexicon: Sequence[tuple[str, str]] = ()) -> str:
    """The version a store's extractions are compared with: code + actor data + the user's
    files + the event lexicon (with the user's lexicon files). Cheap: no model is loaded; a broken
    actor or lexicon file fails here."""
    from .event_lexicon import load_lexicon
    from .events.coder import coder_version
    from .events.confidence import load_confidence_model

    recogniser = ActorRecogniser(split_paths(actor_files_setting), use_ner=False)
    coder = coder_version(load_lexicon(texts=event_lexicon), load_confidence_model())
    return f"{recogniser.version}+{coder}+{SPUN_VERSION}+{load_stance_lexicon().version}"


def settings_extraction_version(actor_files_setting: str, event_lexicon_setting: str) -> str:
    """``extraction_version`` of the two file settings as they stand (the lexicon files read now):
    what a run, a recode or a server checks before it opens a store."""
    return extraction_version(actor_files_setting, event_lexicon_texts(event_lexicon_setting))


def _names(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions that name an actor, which the store keeps and stances read: places are targets
    for events, not actors; descriptions resolved to an actor named before ("the alliance", with
    ``via``) are parties for events, not names."""
    return [m for m in mentions if m.kind != "place" and m.via is None]
