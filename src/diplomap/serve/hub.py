"""The server's hold on the store: one writable connection, read cursors, ingest jobs, watches.

DuckDB lets one process write a file, and within a process every connection to the file must have
the same configuration. So the server opens the store once, writable, and keeps it for its
lifetime: each read gets its own cursor on that database (DuckDB's MVCC gives it a consistent
snapshot while a write goes on), and ``diplomap.api.run`` called for an upload opens the same file
with the same configuration and so shares the database. One job runs at a time (one writer).
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import tempfile
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import api
from ..config import Settings
from ..errors import DiplomapError
from ..extract.stage import settings_extraction_version
from ..store import Store
from .queries import Model

if TYPE_CHECKING:
    from ..extract.code_text import CodedText, TextCoder

log = logging.getLogger("diplomap.serve")


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """What the server adds to diplomap's settings."""

    host: str = "127.0.0.1"
    port: int = 8750
    #: required on every request when set (``Authorization: Bearer``, ``?token=`` or the cookie
    #: the server sets after a ``?token=`` visit)
    token: str | None = None
    max_upload_files: int = 50
    max_upload_bytes: int = 20_000_000  # per file
    max_request_bytes: int = 200_000_000
    #: watched folders must lie inside one of these (none: any absolute folder the server can read)
    watch_roots: tuple[str, ...] = ()
    min_watch_interval_s: float = 2.0
    #: build the model (relations per year) in the background at startup
    warm: bool = True
    #: move the model's objects out of the garbage collector's reach once built (``gc.freeze``)
    freeze_gc: bool = True


@dataclass
class Job:
    """One ingest: an upload or a watched folder's changes, processed by ``api.run(extract=True)``."""

    id: str
    kind: str  # upload | watch
    files: list[str]
    status: str = "queued"  # queued | running | done | failed
    created: float = field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None
    summary: dict[str, object] | None = None
    error: str | None = None
    watch: str | None = None
    done: threading.Event = field(default_factory=threading.Event)

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "status": self.status, "files": list(self.files),
                "created": self.created, "started": self.started, "finished": self.finished,
                "summary": self.summary, "error": self.error, "watch": self.watch}  # fmt: skip


@dataclass
class Watch:
    id: str
    path: str
    interval_s: float
    created: float = field(default_factory=time.time)
    last_checked: float | None = None
    signature: tuple[tuple[str, int, int], ...] | None = None
    last_job: str | None = None
    error: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "path": self.path, "interval_s": self.interval_s, "created": self.created,
                "last_checked": self.last_checked, "last_job": self.last_job, "error": self.error,
                "files": len(self.signature) if self.signature is not None else None}  # fmt: skip


class StoreHub:
    def __init__(self, settings: Settings, options: ServeOptions) -> None:
        # Extraction runs in this process: a worker pool would fork a process that holds open
        # DuckDB threads. (HTML extraction's time limit needs the main thread: see README.)
        local = {"executor": "local"} if "executor" in Settings.describe() else {}
        self.settings = settings.replace(workers=1, progress=False, **local)
        self.options = options
        # what the server's runs extract with (its actor and event lexicon files included): a broken
        # file stops the server here, and a routed `diplomap run` compares its own with it
        self.extraction_version = settings_extraction_version(settings.actor_files, settings.event_lexicon_files)
        self.store = Store(settings.store)
        self._cursor_lock = threading.Lock()
        self._model: Model | None = None
        self._model_lock = threading.Lock()
        self.generation = 0
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._jobs_lock = threading.Lock()
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="diplomap-ingest")
        self._watches: dict[str, Watch] = {}
        self.upload_root = Path(tempfile.mkdtemp(prefix="diplomap-uploads-"))
        self.closed = False
        #: the models that code a text on request (``/api/code``, the "Try" page), loaded on first use,
        #: with the extraction version of the files they read (an edited file loads them again)
        self._text_coder: tuple[str, TextCoder] | None = None
        self._text_coder_lock = threading.Lock()

    # --- reads -----------------------------------------------------------------------------------

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A Store over its own cursor of the server's database (for one request's reads)."""
        with self._cursor_lock:
            cursor = self.store.db.cursor()
        view = Store.over(self.store.path, cursor)
        try:
            yield view
        finally:
            cursor.close()

    def model(self) -> Model:
        """The current model; built on first use, replaced whole after each ingest."""
        found = self._model
        if found is not None:
            return found
        with self._model_lock:
            if self._model is None:
                self._model = self._build()
            return self._model

    def code_text(self, text: str, published: str | None = None) -> CodedText:
        """A text coded now with the server's actor and event lexicon files as they are now, nothing
        stored (``diplomap code``). One text at a time: a coder keeps the last text's parses."""
        from ..extract.code_text import partial_date

        date = partial_date(published) if published else None  # (a bad date fails before the models load)
        with self._text_coder_lock:
            # the files as they are now: a user trying an entry edits them between two requests
            version = settings_extraction_version(self.settings.actor_files, self.settings.event_lexicon_files)
            if self._text_coder is None or self._text_coder[0] != version:
                self._text_coder = (version, api.text_coder(self.settings))
            return self._text_coder[1].code(text, date)

    def ready_model(self) -> Model | None:
        """The model if it is built (never waits)."""
        return self._model

    def warm(self) -> None:
        self.model().table("year")

    def refresh_model(self) -> None:
        fresh = self._build()
        with self._model_lock:
            self._model = fresh
            self.generation += 1

    def _build(self) -> Model:
        with self.reader() as store:
            fresh = Model.load(store)
            fresh.load_reports(store)
        fresh.table("year")  # what the overview and the network page ask for first
        if self.options.freeze_gc:
            # A large model is millions of objects that live until the next ingest: leave them
            # out of the cyclic collector's full passes (each would stall every request).
            gc.collect()
            gc.freeze()
        return fresh

    # --- writes: jobs ------------------------------------------------------------------------------

    def submit(self, kind: str, paths: Sequence[Path], names: Sequence[str], *, cleanup: Path | None = None,
               watch: str | None = None) -> Job:  # fmt: skip
        job = Job(uuid.uuid4().hex[:16], kind, list(names), watch=watch)
        with self._jobs_lock:
            self._jobs[job.id] = job
            while len(self._jobs) > 200:
                self._jobs.popitem(last=False)
        self._writer.submit(self._run, job, list(paths), cleanup)
        return job

    def _run(self, job: Job, paths: list[Path], cleanup: Path | None) -> None:
        job.status, job.started = "running", time.time()
        try:
            summary = api.run([str(p) for p in paths], self.settings, extract=True)
            job.summary = summary.to_json()
            self.refresh_model()
            job.status = "done"
        except DiplomapError as exc:
            job.status, job.error = "failed", str(exc)
        except Exception as exc:  # a job must end with a status, whatever went wrong
            log.exception("ingest job %s failed", job.id)
            job.status, job.error = "failed", f"{type(exc).__name__}: {exc}"
        finally:
            job.finished = time.time()
            if cleanup is not None:
                shutil.rmtree(cleanup, ignore_errors=True)
            job.done.set()

    def job(self, job_id: str) -> Job | None:
        with self._jobs_lock:
            return self._jobs.get(job_id)

    def jobs(self) -> list[Job]:
        with self._jobs_lock:
            return list(self._jobs.values())

    def upload_dir(self) -> Path:
        """A fresh folder for one upload's files (names made by the server, never the client's)."""
        path = self.upload_root / uuid.uuid4().hex
        path.mkdir(mode=0o700)
        return path

    # --- watched folders ------------------------------------------------------------------------------

    def check_folder(self, raw: str) -> Path:
        """An absolute, existing, readable folder (symlinks resolved), inside a watch root if any."""
        if not raw or "\x00" in raw or not os.path.isabs(raw):
            raise DiplomapError("the folder must be an absolute path")
        try:
            path = Path(raw).resolve(strict=True)
        except (OSError, RuntimeError):
            raise DiplomapError(f"no such folder: {raw}") from None
        if not path.is_dir():
            raise DiplomapError(f"not a folder: {raw}")
        if not os.access(path, os.R_OK | os.X_OK):
            raise DiplomapError(f"cannot read folder: {raw}")
        roots = [Path(r).resolve() for r in self.options.watch_roots]
        if roots and not any(path == r or path.is_relative_to(r) for r in roots):
            raise DiplomapError(f"{raw} is outside the folders this server may watch")
        if path == self.upload_root or path.is_relative_to(self.upload_root):
            raise DiplomapError("the server's upload folder cannot be watched")
        return path

    def add_watch(self, raw: str, interval_s: float) -> Watch:
        path = self.check_folder(raw)
        for w in self._watches.values():
            if w.path == str(path):
                return w
        watch = Watch(uuid.uuid4().hex[:12], str(path), max(interval_s, self.options.min_watch_interval_s))
        self._watches[watch.id] = watch
        return watch

    def remove_watch(self, watch_id: str) -> bool:
        return self._watches.pop(watch_id, None) is not None

    def watches(self) -> list[Watch]:
        return list(self._watches.values())

    def poll_watches(self, now: float | None = None) -> list[Job]:
        """Check each due folder; a folder whose files changed (names, sizes, times) since the last
        check is ingested whole (``api.run`` itself skips the inputs it already processed)."""
        now = time.time() if now is None else now
        started = []
        for watch in list(self._watches.values()):
            if watch.last_checked is not None and now - watch.last_checked < watch.interval_s:
                continue
            watch.last_checked = now
            running = self.job(watch.last_job) if watch.last_job else None
            if running is not None and running.status in ("queued", "running"):
                continue
            try:
                signature = _signature(Path(watch.path))
            except OSError as exc:
                watch.error = f"cannot list the folder: {exc.strerror or exc}"
                continue
            watch.error = None
            if signature != watch.signature:
                watch.signature = signature
                job = self.submit("watch", [Path(watch.path)], [watch.path], watch=watch.id)
                watch.last_job = job.id
                started.append(job)
        return started

    # --- lifecycle ---------------------------------------------------------------------------------

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self._writer.shutdown(wait=True, cancel_futures=True)  # never close the store under a write
        self.store.close()
        shutil.rmtree(self.upload_root, ignore_errors=True)

    def status(self) -> dict[str, Any]:
        jobs = self.jobs()
        return {"generation": self.generation, "model_ready": self._model is not None,
                "extraction_version": self.extraction_version,
                "jobs_running": sum(j.status in ("queued", "running") for j in jobs),
                "watches": len(self._watches)}  # fmt: skip


def _signature(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """(path, size, mtime) of every file under the folder, hidden entries skipped as a run skips them."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            try:
                st = os.stat(os.path.join(root, name))
            except OSError:
                continue
            found.append((os.path.join(root, name), st.st_size, st.st_mtime_ns))
    return tuple(found)
