"""The library's entry points: what the CLI (and a user's script) calls."""

from __future__ import annotations

import shutil
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .clean.stage import CleanStage, RecleanStage
from .config import Settings
from .consolidate import CONSOLIDATE_VERSION, ConsolidatedEvent, ReuseLink, consolidate
from .errors import DiplomapError
from .execute import Executor, LocalExecutor, RayExecutor
from .extract.stage import (
    ExtractStage,
    event_lexicon_texts,
    extraction_version,
    settings_extraction_version,
    split_paths,
)
from .ingest.sources import iter_paths, read_source
from .ingest.stage import ReadStage
from .model import Document, DocumentActors, EventReport, InputDone, Mention, RawInput, Rejection, digest
from .pipeline import Pipeline
from .reuse.detect import REUSE_VERSION, ReuseFinder
from .reuse.stage import shingle_pipeline
from .store import Store
from .store.shards import Spooled, spool_batch

if TYPE_CHECKING:
    from .extract.code_text import CodedText, TextCoder

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
    #: documents whose actors were (re)extracted, and the mentions found in them
    extracted: int = 0
    mentions: int = 0
    events: int = 0
    #: pairs of related documents (copies, near duplicates, copied passages); None when unchanged
    reuse_pairs: int | None = None
    #: real-world events after merging reports (None when nothing changed since the last run)
    real_events: int | None = None
    #: inputs skipped because this version already processed these exact bytes from there
    unchanged: int = 0
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
            "extracted": self.extracted,
            "mentions": self.mentions,
            "events": self.events,
            "reuse_pairs": self.reuse_pairs,
            "real_events": self.real_events,
            "unchanged_inputs": self.unchanged,
            **({"skipped": dict(sorted(self.other.items()))} if self.other else {}),
        }


def ingest_pipeline() -> Pipeline:
    """read → clean (the per-document stages of `diplomap ingest`)."""
    return Pipeline([ReadStage(), CleanStage()])


def main_pipeline() -> Pipeline:
    """The per-document stages of `diplomap run` before the corpus barrier: read → clean.
    Extraction (actors; events later) runs after the barrier, on the text it settles."""
    return ingest_pipeline()


def extract_pipeline(actor_files: str, event_lexicon: Sequence[tuple[str, str]] = ()) -> Pipeline:
    return Pipeline([ExtractStage(actor_files, event_lexicon)], given=("document",))


def make_executor(settings: Settings, batch_size: int) -> Executor:
    """The executor the settings name: it runs the per-document stages (``map``) and the global
    steps' groupings (``group``); the store writes stay in this process, the single writer."""
    if settings.executor == "ray":
        return RayExecutor(settings.workers, batch_size, settings.ray_address or None)
    return LocalExecutor(settings.workers, batch_size)


def run(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    pipeline: Callable[[], Pipeline] = ingest_pipeline,
    extract: bool = False,
    extract_progress: Progress | None = None,
) -> RunSummary:
    """Read, clean and store every input; then the corpus furniture barrier; then (``extract``)
    actor extraction for every document whose text or recogniser changed. Idempotent."""
    sources = list(iter_paths(paths))  # fails early on a missing path, before the store opens
    if extract:
        # a broken actor or event lexicon file fails here, before any reading
        settings_extraction_version(settings.actor_files, settings.event_lexicon_files)
        _check_embed(settings)
    summary = RunSummary(inputs=len(sources))
    total = None if "-" in sources else len(sources)
    executor = make_executor(settings, batch_size=max(1, min(settings.batch_size, 16)))
    with Store(settings.store) as store:
        processed = store.processed_inputs()
        sent: deque[tuple[str, str] | None] = deque()
        done = 0

        def fresh_inputs() -> Iterator[RawInput | Rejection]:
            # Inputs whose bytes this version already turned into documents are skipped whole.
            nonlocal done
            for source in sources:
                item = read_source(source, stdin, settings.max_document_bytes)
                if isinstance(item, RawInput):
                    key = (item.origin, digest(item.data))
                    if key in processed:
                        summary.unchanged += 1
                        done += 1
                        if progress is not None:
                            progress(done, total, item.origin)
                        continue
                    sent.append(key)
                else:
                    sent.append(None)
                yield item

        with _StoreWriter(store, settings, summary) as writer:
            for outputs, stats in executor.map(pipeline, fresh_inputs(), settings, spool=writer.spool):
                summary.other.update(stats.counts)
                key = sent.popleft()
                writer.input(outputs, key)
                done += 1
                if progress is not None:
                    progress(done, total, key[0] if key else "")
        summary.recleaned = apply_corpus_furniture(store, settings)
        if extract:
            found = run_extraction(store, settings, extract_progress)
            summary.extracted, summary.mentions, summary.events = found.documents, found.mentions, found.events
            summary.reuse_pairs = update_reuse(store, settings)
            summary.real_events = update_events(store, settings)
    return summary


class _StoreWriter:
    """The single writer of a run's per-document results: what the executor hands back is stored
    in batches, as objects (``Store.add``) or, where the workers spooled them, as Parquet shards
    (``Store.load_shards``) once every input of a shard is in. Each input's InputDone mark goes in
    with (or after) its documents, so an interrupted run is re-read from the first unmarked input."""

    def __init__(self, store: Store, settings: Settings, summary: RunSummary) -> None:
        self.store, self.summary, self.batch_size = store, summary, settings.batch_size
        self.pending: list[Document | Rejection | InputDone] = []
        #: shards whose inputs are all in (with their marks), and the shard now being filled
        self.shards: list[str] = []
        self.marks: list[InputDone] = []
        self.filling: tuple[str, list[InputDone]] | None = None
        self.spooled = 0
        name = f".{Path(settings.store).name}.spool-{uuid.uuid4().hex[:12]}"
        self.folder = Path(settings.spool_dir or Path(settings.store).parent) / name
        self.spool = partial(spool_batch, str(self.folder))

    def __enter__(self) -> _StoreWriter:
        self.folder.mkdir(parents=True, exist_ok=True)
        return self

    def input(self, outputs: list[Any], key: tuple[str, str] | None) -> None:
        if outputs and isinstance(outputs[0], Spooled):
            self._spooled(outputs[0], key)
            return
        self.pending.extend(outputs)
        self.summary.read += sum(1 for item in outputs if isinstance(item, Document))
        if key is not None:
            rejected = sum(1 for item in outputs if isinstance(item, Rejection))
            self.pending.append(InputDone(key[0], key[1], len(outputs) - rejected, rejected))
        if len(self.pending) >= self.batch_size:
            self._add()

    def _spooled(self, marker: Spooled, key: tuple[str, str] | None) -> None:
        self.summary.read += marker.documents
        if self.filling is None or self.filling[0] != marker.shard:
            self._close_shard()
            self.filling = (marker.shard, [])
        if key is not None:
            self.filling[1].append(InputDone(key[0], key[1], marker.documents, marker.rejections))
        self.spooled += marker.documents + marker.rejections
        if self.spooled >= 4 * self.batch_size:  # a shard is tens of documents: load several at once
            self._close_shard()
            self._load()

    def _close_shard(self) -> None:
        if self.filling is not None:
            self.shards.append(self.filling[0])
            self.marks.extend(self.filling[1])
            self.filling = None

    def _add(self) -> None:
        if self.pending:
            _tally(self.summary, self.store.add(self.pending))
            self.pending = []

    def _load(self) -> None:
        if self.shards or self.marks:
            _tally(self.summary, self.store.load_shards(self.shards, self.marks))
            for shard in self.shards:
                for kind in ("documents", "rejections"):
                    Path(f"{shard}.{kind}.parquet").unlink(missing_ok=True)
            self.shards, self.marks, self.spooled = [], [], 0

    def __exit__(self, failed: type[BaseException] | None, *_: object) -> None:
        if failed is None:
            self._add()
            self._close_shard()
            self._load()
        # Shards not loaded (a failed run) are read again by the next run, not from here.
        shutil.rmtree(self.folder, ignore_errors=True)


def _tally(summary: RunSummary, counts: Counter[str]) -> None:
    summary.stored += counts.get("stored", 0)
    summary.already_known += counts.get("already-known", 0)
    for key, n in counts.items():
        if key.startswith("rejected:"):
            summary.rejected[key.removeprefix("rejected:")] += n


def reclean_pipeline(furniture: frozenset[str]) -> Pipeline:
    return Pipeline([RecleanStage(furniture)], given=("document",))


def apply_corpus_furniture(store: Store, settings: Settings, chunk: int = 512) -> int:
    """The global cleaning step (a barrier): recount lines that recur across an outlet's documents
    (or the corpus) and re-clean, on the executor's workers, every document whose text was
    cleaned with another furniture set."""
    furniture = frozenset(store.refresh_furniture(settings))
    ids = store.documents_to_reclean()
    if not ids:
        return 0

    def stored_documents() -> Iterator[Document]:
        for start in range(0, len(ids), chunk):
            yield from list(store.documents(ids[start : start + chunk]))

    executor = make_executor(settings, batch_size=32)
    cleaned: list[Document] = []
    for outputs, _ in executor.map(partial(reclean_pipeline, furniture), stored_documents(), settings):
        cleaned.extend(outputs)
        if len(cleaned) >= chunk:
            store.update_cleaning(cleaned)
            cleaned = []
    store.update_cleaning(cleaned)
    return len(ids)


@dataclass(frozen=True, slots=True)
class Extracted:
    """What an extraction pass did: documents read again, mentions and event reports stored."""

    documents: int = 0
    mentions: int = 0
    events: int = 0


def run_extraction(store: Store, settings: Settings, progress: Progress | None = None, *,
            force: bool = False, chunk: int = 256) -> Extracted:  # fmt: skip
    """Find the actors and events of every stored document not yet read by this extractor (its
    code, the actor data, the user's actor files, the event lexicon) or whose text changed since;
    ``force`` re-reads all."""
    lexicon = event_lexicon_texts(settings.event_lexicon_files)
    version = extraction_version(settings.actor_files, lexicon)
    ids = [doc.id for doc in store.documents()] if force else store.documents_to_extract(version)
    if not ids:
        return Extracted()

    def stored_documents() -> Iterator[Document]:
        for start in range(0, len(ids), chunk):
            yield from list(store.documents(ids[start : start + chunk]))

    executor = make_executor(settings, batch_size=8)
    results: list[DocumentActors] = []
    mentions = events = 0
    factory = partial(extract_pipeline, settings.actor_files, lexicon)
    for done, (outputs, _) in enumerate(executor.map(factory, stored_documents(), settings), start=1):
        results.extend(outputs)
        if progress is not None:
            progress(done, len(ids), "extract")
        if len(results) >= chunk:
            mentions += store.save_actors(results)
            events += sum(len(r.events) for r in results)
            results = []
    mentions += store.save_actors(results)
    events += sum(len(r.events) for r in results)
    return Extracted(len(ids), mentions, events)


def _check_embed(settings: Settings) -> None:
    if settings.embed:
        from .reuse import embed

        if not embed.available():
            raise DiplomapError("embed = true needs the embed extra: pip install -e '.[embed]' (README 'Optional: "
                                "embeddings')")  # fmt: skip


def update_reuse(store: Store, settings: Settings | None = None) -> int | None:
    """Recompute text reuse over the corpus if its documents changed since the last time (a
    corpus-wide step: a new document can be a copy of any stored one), or if the embeddings were
    switched on or off. Returns the number of related pairs, or None when nothing changed."""
    use_embed = settings is not None and settings.embed
    version = REUSE_VERSION + ("+embed-1" if use_embed else "")
    fingerprint = store.corpus_fingerprint()
    if store.reuse_state() == (fingerprint, version):
        return None
    docs = list(store.texts_for_reuse())
    # Shingles per document on the executor's workers; the two indexes as its groupings.
    executor = make_executor(settings, batch_size=32) if settings is not None else LocalExecutor()
    finder = ReuseFinder(group=executor.group)
    for outputs, _ in executor.map(shingle_pipeline, docs, settings or Settings()):
        finder.docs.extend(outputs)
    pairs = finder.find()
    if settings is not None and settings.embed:
        from .reuse import embed

        _check_embed(settings)
        pairs = embed.with_embedding_paraphrases(docs, pairs)
    store.replace_reuse(pairs, fingerprint, version)
    return len(pairs)


def update_events(store: Store, settings: Settings | None = None) -> int | None:
    """Merge the reports of each real-world event (a corpus-wide step after reuse: a new report or
    a new copy link can change any event), on the settings' executor. Returns the number of
    events, or None when the reports and links are what they were last time."""
    fingerprint = store.consolidation_fingerprint()
    if store.consolidation_state() == (fingerprint, CONSOLIDATE_VERSION):
        return None
    links = [ReuseLink.from_json(row) for row in store.reuse()]
    group = make_executor(settings, batch_size=1).group if settings is not None else None
    found = consolidate(store.event_reports(), links, group)
    store.replace_events(found, fingerprint, CONSOLIDATE_VERSION)
    return len(found)


def reuse_pairs(settings: Settings, document_id: str | None = None, relation: str | None = None) -> list[
        dict[str, Any]]:  # fmt: skip
    with Store(settings.store, read_only=True) as store:
        return store.reuse(document_id, relation)


def recode(settings: Settings, progress: Progress | None = None, *, force: bool = False) -> Extracted:
    """Re-run extraction on stored documents after the actor data, the user's files, the event
    lexicon or the code changed (only the documents it changes, unless ``force``)."""
    # a broken actor or event lexicon file fails here, before the store is opened
    settings_extraction_version(settings.actor_files, settings.event_lexicon_files)
    with Store(settings.store) as store:
        done = run_extraction(store, settings, progress, force=force)
        update_reuse(store, settings)
        update_events(store, settings)
        return done


def event_reports(settings: Settings, *, cameo: bool = False, **filters: Any) -> list[EventReport]:
    """Event reports from the store (filters: see ``Store.event_reports``, applied to the reports as
    stored). ``cameo``: each report as CAMEO codes it (``as_cameo``)."""
    with Store(settings.store, read_only=True) as store:
        found = list(store.event_reports(**filters))
    return as_cameo(found) if cameo else found


def text_coder(settings: Settings | None = None) -> TextCoder:
    """The actor recogniser and event coder of a run with these settings (its actor files and event
    lexicon files), loaded once, to code texts one at a time with no store (``TextCoder.code``)."""
    from .config import load_settings
    from .extract.code_text import TextCoder

    settings = settings or load_settings()
    # a broken actor or event lexicon file fails here, with the file and the fault
    settings_extraction_version(settings.actor_files, settings.event_lexicon_files)
    return TextCoder(split_paths(settings.actor_files), event_lexicon_texts(settings.event_lexicon_files))


def code_text(text: str, settings: Settings | None = None, *, published: str | None = None,
              explain: bool = True) -> CodedText:  # fmt: skip
    """One text's actors and event reports, coded now with no store, and per clause why the coder
    read it or passed it by. ``published``: ``2024``, ``2024-06`` or ``2024-06-19``, what relative
    dates ("on Tuesday") are resolved against; ``explain``: each lexicon word that gave no report, with
    why (the clauses are coded twice). For many texts, ``text_coder`` loads the models once."""
    return text_coder(settings).code(text, published, explain=explain)


def as_cameo(reports: Iterable[EventReport]) -> list[EventReport]:
    """The reports as CAMEO codes them: CAMEO has no status, so an act of material cooperation
    announced for the future ("Japan will provide aid", 07x planned) is the announcement, an intent
    (033) that occurred; every other report is unchanged (``extract.cameo_reading``)."""
    from .extract.cameo_reading import cameo_reading
    from .extract.event_lexicon import load_lexicon

    lexicon = load_lexicon()
    return [cameo_reading(r, lexicon) for r in reports]


def real_world_events(settings: Settings, **filters: Any) -> list[ConsolidatedEvent]:
    """Consolidated events (filters: see ``Store.consolidated_events``): one per real-world event,
    with its reports and independent sources."""
    with Store(settings.store, read_only=True) as store:
        return list(store.consolidated_events(**filters))


def actor_mentions(settings: Settings, document_id: str | None = None, code: str | None = None,
                   unresolved: bool = False) -> list[Mention]:  # fmt: skip
    with Store(settings.store, read_only=True) as store:
        return list(store.mentions(document_id, code, unresolved))


def forget(document_id: str, settings: Settings) -> bool:
    """Remove a document and everything derived from it; re-clean what its absence changes."""
    with Store(settings.store) as store:
        gone = store.forget(document_id)
        if gone:
            apply_corpus_furniture(store, settings)
            if store.reuse_state() is not None:  # a store that was only ingested has nothing to redo
                update_reuse(store, settings)
                update_events(store, settings)
    return gone
