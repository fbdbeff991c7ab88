"""The DuckDB store: one file, one writer, named migrations, idempotent adds.

Every batch of results is one transaction: a document, its origins and its line statistics
land together or not at all, so a run killed at any point leaves a consistent store and a
re-run completes it.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from .._version import __version__
from ..config import Settings
from ..consolidate import ConsolidatedEvent
from ..errors import StoreError, StoreLockedError
from ..model import (
    EXTRACTION_WARNINGS,
    ActorRef,
    Document,
    DocumentActors,
    EventReport,
    InputDone,
    Mention,
    PartialDate,
    Rejection,
    Stance,
    partial_date_from_json,
)
from ..reuse.detect import ReusePair
from .shards import SHARD_COLUMNS, shard_files

_DOC_COLUMNS = (
    "id, url, outlet, title, author, published, date_precision, published_time, published_estimate, "
    "estimate_precision, estimate_reason, language, words, text_hash, raw_format, body_kind, warnings, "
    "provenance, text, salvaged, dropped, furniture_applied, first_origin, stored_at"
)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def migrations() -> list[tuple[str, str]]:
    folder = resources.files("diplomap.store").joinpath("migrations")
    found = [(p.name.removesuffix(".sql"), p.read_text("utf-8")) for p in folder.iterdir() if p.name.endswith(".sql")]
    return sorted(found)


class Store:
    """A diplomap store in a DuckDB file (``:memory:`` for a throwaway one)."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        #: whether event_reports has its confidence column (read once, on the first report query)
        self._has_confidence: bool | None = None
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path} (run `diplomap run PATH --store {self.path}` first)")
        try:
            self.db = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreLockedError(
                    f"{self.path} is open for writing in another process; DuckDB allows one writer. "
                    "Wait for that process to finish (or stop it) and try again."
                ) from None
            raise StoreError(f"cannot open store {self.path}: {exc}") from None
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from None
        if not read_only:
            self._migrate()

    # --- lifecycle ---------------------------------------------------------------------------

    def _migrate(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
        done = {row[0] for row in self.db.execute("SELECT name FROM schema_migrations").fetchall()}
        known = migrations()
        unknown = done - {name for name, _ in known}
        if unknown:
            raise StoreError(f"{self.path} was written by a newer diplomap (migrations {sorted(unknown)}); upgrade")
        for name, sql in known:
            if name in done:
                continue
            self.db.execute("BEGIN TRANSACTION")
            try:
                self.db.execute(sql)
                self.db.execute("INSERT INTO schema_migrations VALUES (?, ?)", [name, _now()])
                self.db.execute("COMMIT")
            except Exception:
                self.db.execute("ROLLBACK")
                raise

    @classmethod
    def over(cls, path: str, connection: duckdb.DuckDBPyConnection) -> Store:
        """A Store over a connection (or cursor) someone else opened and migrated: a server gives
        each request its own cursor of the one connection that holds the file."""
        store = cls.__new__(cls)
        store.path, store.db, store._has_confidence = path, connection, None
        return store

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writes ------------------------------------------------------------------------------

    def add(self, results: Iterable[Document | Rejection | InputDone]) -> Counter[str]:
        """Store a batch in one transaction. Counts: stored, already-known, rejected:<reason>."""
        counts: Counter[str] = Counter()
        items = list(results)
        ids = [item.id for item in items if isinstance(item, Document)]
        self.db.execute("BEGIN TRANSACTION")
        try:
            stored_quality = self._stored_quality(ids)
            new_docs: dict[str, Document] = {}
            origins: list[tuple[str, str]] = []
            done: list[InputDone] = []
            for item in items:
                if isinstance(item, InputDone):
                    done.append(item)
                    continue
                if isinstance(item, Rejection):
                    self._reject(item)
                    counts[f"rejected:{item.reason}"] += 1
                    continue
                origins.extend((item.id, origin) for origin in item.origins)
                best = new_docs.get(item.id)
                if item.id in stored_quality or best is not None:
                    counts["already-known"] += 1
                    # Two inputs for one id (one URL): the better copy is kept whatever the order.
                    held = quality(best) if best is not None else stored_quality[item.id]
                    if quality(item) > held:
                        new_docs[item.id] = item
                else:
                    new_docs[item.id] = item
                    counts["stored"] += 1
            replaced = [i for i in new_docs if i in stored_quality]
            if replaced:
                self.db.execute("DELETE FROM document_lines WHERE list_contains(?, document_id)", [replaced])
                self.db.execute("DELETE FROM documents WHERE list_contains(?, id)", [replaced])
            self._insert_documents(list(new_docs.values()))
            self._insert_lines(list(new_docs.values()))
            self._insert_origins(origins)
            for mark in done:
                self.db.execute(
                    "INSERT OR IGNORE INTO inputs VALUES (?, ?, ?, ?, ?)",
                    [mark.origin, mark.digest, __version__, mark.documents, mark.rejections],
                )
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise
        return counts

    def load_shards(self, shards: Sequence[str], done: Sequence[InputDone] = ()) -> Counter[str]:
        """Load the shards ``spool_batch`` wrote (in the order given), then record ``done``.
        New documents go in with one INSERT … SELECT over the Parquet files; those already
        stored or read twice take ``add``'s path, with the shards' rejections. Counts as ``add``."""
        counts: Counter[str] = Counter()
        rank = {shard: i for i, shard in enumerate(shards)}
        slow: list[tuple[tuple[int, int], Document | Rejection]] = []
        files = shard_files(list(shards), "documents")
        if files:
            self.db.execute("BEGIN TRANSACTION")
            try:
                self.db.execute("CREATE OR REPLACE TEMP TABLE staged AS SELECT * FROM read_parquet(?, filename = true)",
                                [files])  # fmt: skip
                self.db.execute(
                    "CREATE OR REPLACE TEMP TABLE slow AS SELECT id FROM staged GROUP BY id HAVING count(*) > 1 "
                    "UNION SELECT id FROM staged WHERE id IN (SELECT id FROM documents)"
                )
                fast = "FROM staged WHERE id NOT IN (SELECT id FROM slow)"
                row = self.db.execute(f"SELECT count(*) {fast}").fetchone()
                counts["stored"] += int(row[0]) if row else 0
                self.db.execute(f"INSERT INTO documents ({_DOC_COLUMNS}) SELECT {', '.join(SHARD_COLUMNS)}, ? {fast}",
                                [_now()])  # fmt: skip
                self.db.execute("INSERT OR IGNORE INTO document_lines SELECT id, unnest(line_hashes), "
                                f"unnest(line_words), unnest(line_ends) {fast}")  # fmt: skip
                self.db.execute(f"INSERT OR IGNORE INTO origins SELECT id, unnest(origins) {fast}")
                # A fixed input that was once rejected is no longer a rejection.
                self.db.execute(f"DELETE FROM rejections WHERE origin IN (SELECT unnest(origins) {fast})")
                cursor = self.db.execute("SELECT * FROM staged WHERE id IN (SELECT id FROM slow)")
                names = [d[0] for d in cursor.description]
                for values in cursor.fetchall():
                    r = dict(zip(names, values, strict=True))
                    lines = list(zip(r["line_hashes"], r["line_words"], r["line_ends"], strict=True))
                    doc = _row_to_document(r, {r["id"]: list(r["origins"])}, {r["id"]: lines})
                    slow.append(((rank[_shard_of(r["filename"])], r["position"]), doc))
                self.db.execute("DROP TABLE staged")
                self.db.execute("DROP TABLE slow")
                self.db.execute("COMMIT")
            except Exception:
                self.db.execute("ROLLBACK")
                raise
        rejected = shard_files(list(shards), "rejections")
        if rejected:
            rows = self.db.execute(
                "SELECT filename, position, origin, reason, detail FROM read_parquet(?, filename = true)", [rejected]
            ).fetchall()
            for filename, position, origin, reason, detail in rows:
                slow.append(((rank[_shard_of(filename)], position), Rejection(origin, reason, detail)))
        slow.sort(key=lambda x: x[0])
        counts.update(self.add([item for _, item in slow] + list(done)))
        return counts

    def processed_inputs(self) -> set[tuple[str, str]]:
        """(origin, digest) of inputs this diplomap version has already processed completely."""
        rows = self.db.execute("SELECT origin, digest FROM inputs WHERE version = ?", [__version__]).fetchall()
        return {(row[0], row[1]) for row in rows}

    def _known(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def _stored_quality(self, ids: Sequence[str]) -> dict[str, Quality]:
        if not ids:
            return {}
        rows = self.db.execute(
            "SELECT id, warnings, length(salvaged), md5(salvaged) FROM documents WHERE list_contains(?, id)",
            [list(ids)],
        ).fetchall()
        return {row[0]: _quality(set(row[1]), row[2], row[3]) for row in rows}

    def _reject(self, item: Rejection) -> None:
        # The latest reason for an origin is the one that holds (the same input gives the same
        # reason again, so a re-run changes nothing; a file that changed says why now).
        self.db.execute(
            "INSERT INTO rejections VALUES (?, ?, ?, ?) ON CONFLICT (origin) DO UPDATE SET "
            "reason = excluded.reason, detail = excluded.detail, "
            "first_seen = CASE WHEN rejections.reason = excluded.reason AND rejections.detail = excluded.detail "
            "THEN rejections.first_seen ELSE excluded.first_seen END",
            [item.origin, item.reason, item.detail, _now()],
        )

    def _insert_documents(self, docs: list[Document]) -> None:
        if not docs:
            return
        columns, types = document_columns(docs)
        unnests = ", ".join(f"unnest(?::{t}[])" for t in types)
        # One statement for the batch (column-wise unnest): row-by-row inserts are slow in DuckDB.
        self.db.execute(f"INSERT INTO documents ({_DOC_COLUMNS}) SELECT {unnests}, ?", [*columns, _now()])

    def _insert_origins(self, origins: list[tuple[str, str]]) -> None:
        if not origins:
            return
        # Column-wise with unnest: DuckDB's executemany goes row by row and is slow.
        doc_ids, paths = [o[0] for o in origins], [o[1] for o in origins]
        self.db.execute(
            "INSERT OR IGNORE INTO origins SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[])", [doc_ids, paths]
        )
        # A fixed input that was once rejected is no longer a rejection.
        self.db.execute("DELETE FROM rejections WHERE list_contains(?, origin)", [paths])

    def _insert_lines(self, docs: list[Document]) -> None:
        rows = [(doc.id, h, n, end) for doc in docs for h, n, end in doc.line_stats]
        if not rows:
            return
        columns = [list(c) for c in zip(*rows, strict=True)]
        self.db.execute(
            "INSERT OR IGNORE INTO document_lines SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
            "unnest(?::INTEGER[]), unnest(?::BOOLEAN[])",
            columns,
        )

    def forget(self, document_id: str) -> bool:
        """Remove a document and everything derived from it. True if it was there."""
        if not self._known(document_id):
            return False
        self.db.execute("BEGIN TRANSACTION")
        try:
            # Its inputs must be read again by a later run (they may hold other documents too).
            self.db.execute(
                "DELETE FROM inputs WHERE list_contains((SELECT list(split_part(origin, '#', 1)) FROM origins "
                "WHERE document_id = ?), origin)",
                [document_id],
            )
            self.db.execute("DELETE FROM reuse WHERE a = ? OR b = ?", [document_id, document_id])
            self.db.execute("DELETE FROM events WHERE list_contains(document_ids, ?)", [document_id])
            for table, column in (("mentions", "document_id"), ("event_reports", "document_id"),
                                  ("stances", "document_id"), ("extractions", "document_id"),
                                  ("document_lines", "document_id"), ("origins", "document_id"), ("documents", "id")):
                self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", [document_id])
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise
        return True

    # --- actor mentions ---------------------------------------------------------------------------

    def documents_to_extract(self, version: str) -> list[str]:
        """Documents never read for actors, or read from another text or by another recogniser."""
        rows = self.db.execute(
            "SELECT d.id FROM documents d LEFT JOIN extractions e ON e.document_id = d.id "
            "WHERE e.document_id IS NULL OR e.text_hash <> d.text_hash OR e.version <> ? ORDER BY d.id",
            [version],
        ).fetchall()
        return [row[0] for row in rows]

    def save_actors(self, results: Sequence[DocumentActors]) -> int:
        """Replace the mentions of these documents (one transaction); returns mentions stored."""
        if not results:
            return 0
        ids = [r.document_id for r in results]
        rows = [
            (m.document_id, m.start, m.end, m.text, m.code, m.sector, m.person, m.role, m.confidence, m.kind, m.date,
             list(m.members))
            for r in results for m in r.mentions
        ]  # fmt: skip
        self.db.execute("BEGIN TRANSACTION")
        try:
            self.db.execute("DELETE FROM mentions WHERE list_contains(?, document_id)", [ids])
            self.db.execute("DELETE FROM event_reports WHERE list_contains(?, document_id)", [ids])
            self._insert_events([e for r in results for e in r.events])
            self.db.execute("DELETE FROM stances WHERE list_contains(?, document_id)", [ids])
            self._insert_stances([s for r in results for s in r.stances])
            self.db.execute("DELETE FROM extractions WHERE list_contains(?, document_id)", [ids])
            if rows:
                columns = [list(c) for c in zip(*rows, strict=True)]
                types = ["VARCHAR", "INTEGER", "INTEGER"] + ["VARCHAR"] * 5 + ["DOUBLE", "VARCHAR", "VARCHAR",
                                                                                "VARCHAR[]"]  # fmt: skip
                unnests = ", ".join(f"unnest(?::{t}[])" for t in types)
                self.db.execute(f"INSERT INTO mentions SELECT {unnests}", columns)
            self.db.execute(
                "INSERT INTO extractions SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
                "unnest(?::INTEGER[]), ?",
                [ids, [r.text_hash for r in results], [r.version for r in results],
                 [len(r.mentions) for r in results], _now()],
            )  # fmt: skip
            # The recogniser's warnings replace the ones it raised before; cleaning's stay. One
            # statement for the batch: an UPDATE per document cost 2.6 ms each, a tenth of extraction.
            self.db.execute(
                "UPDATE documents SET warnings = list_sort(list_distinct(list_concat("
                "list_filter(documents.warnings, lambda w: NOT list_contains(?, w)), found.warnings))) "
                "FROM (SELECT unnest(?::VARCHAR[]) AS id, unnest(?::VARCHAR[][]) AS warnings) found "
                "WHERE documents.id = found.id",
                [sorted(EXTRACTION_WARNINGS), ids, [sorted(r.warnings) for r in results]],
            )
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise
        return len(rows)

    def _insert_stances(self, stances: list[Stance]) -> None:
        if not stances:
            return
        columns = [[s.document_id for s in stances], [s.code for s in stances], [s.start for s in stances],
                   [s.end for s in stances], [s.score for s in stances], [list(s.words) for s in stances]]  # fmt: skip
        self.db.execute(
            "INSERT INTO stances SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::INTEGER[]), "
            "unnest(?::INTEGER[]), unnest(?::DOUBLE[]), unnest(?::VARCHAR[][])",
            columns,
        )

    def stances(self, document_ids: Sequence[str] | None = None) -> Iterator[Stance]:
        """Sentence stances, by document and position."""
        sql = 'SELECT document_id, code, start, "end", score, words FROM stances'
        params: list[Any] = []
        if document_ids is not None:
            sql += " WHERE list_contains(?, document_id)"
            params.append(list(document_ids))
        for row in self.db.execute(sql + " ORDER BY document_id, start, code", params).fetchall():
            yield Stance(row[0], row[1], row[2], row[3], row[4], tuple(row[5]))

    def mentioned_actors(self) -> list[tuple[str, str]]:
        """(document, actor code) for every actor a document names."""
        rows = self.db.execute("SELECT DISTINCT document_id, code FROM mentions WHERE code IS NOT NULL").fetchall()
        return [(row[0], row[1]) for row in rows]

    def document_outlets(self) -> dict[str, tuple[str | None, str | None]]:
        """Every document's (outlet, url)."""
        return {row[0]: (row[1], row[2]) for row in self.db.execute("SELECT id, outlet, url FROM documents").fetchall()}

    def _insert_events(self, events: list[EventReport]) -> None:
        if not events:
            return
        rows = [
            (e.id, e.event_id, e.document_id, e.date, e.date_precision, e.date_source,
             json.dumps([a.to_json() for a in e.actors], ensure_ascii=False),
             json.dumps([r.to_json() for r in e.recipients], ensure_ascii=False),
             [a.code for a in e.actors], [r.code for r in e.recipients], e.joint, e.cameo, e.cameo_root,
             e.quad_class, e.plover, e.plover_mode, e.goldstein, e.status, e.historical, e.neutral, e.attribution,
             e.sentence, e.start, e.end, e.trigger_start, e.trigger_end, e.rule, e.coder_version, e.confidence)
            for e in events
        ]  # fmt: skip
        columns = [list(c) for c in zip(*rows, strict=True)]
        types = ["VARCHAR"] * 8 + ["VARCHAR[]", "VARCHAR[]", "BOOLEAN", "VARCHAR", "VARCHAR", "INTEGER", "VARCHAR",
                                   "VARCHAR", "DOUBLE", "VARCHAR", "BOOLEAN", "BOOLEAN", "VARCHAR", "VARCHAR",
                                   "INTEGER", "INTEGER", "INTEGER", "INTEGER", "VARCHAR", "VARCHAR",
                                   "DOUBLE"]  # fmt: skip
        unnests = ", ".join(f"unnest(?::{t}[])" for t in types)
        self.db.execute(f"INSERT OR REPLACE INTO event_reports SELECT {unnests}", columns)

    def event_reports(self, *, actors: Sequence[str] = (), between: tuple[str, str] | None = None,
                      since: str | None = None, until: str | None = None, status: str | None = None,
                      document_id: str | None = None, directed: bool = False, event_id: str | None = None,
                      min_confidence: float | None = None, limit: int | None = None,
                      offset: int = 0) -> Iterator[EventReport]:  # fmt: skip
        """Event reports, oldest first. ``actors`` match either side; ``between`` is undirected
        unless ``directed``; ``since``/``until`` take any precision (2021, 2021-03, 2021-03-25);
        ``min_confidence``: only reports at least that confident (a report without one is left out)."""
        where, params = _event_filters(actors, between, since, until, status, directed)
        if min_confidence is not None:
            # (a report coded before confidence existed has none: filtering would silently drop it)
            unscored = not self._has_confidence_column() or self.db.execute(
                "SELECT 1 FROM event_reports WHERE confidence IS NULL LIMIT 1").fetchone() is not None  # fmt: skip
            if unscored:
                raise StoreError(f"some reports in {self.path} were coded before diplomap gave them a confidence: "
                                 f"run `diplomap recode --store {self.path}` first")
            where.append("confidence >= ?")
            params.append(min_confidence)
        if document_id is not None:
            where.append("document_id = ?")
            params.append(document_id)
        if event_id is not None:
            where.append("event_id = ?")
            params.append(event_id)
        sql = f"SELECT {self._event_columns()} FROM event_reports" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY date NULLS LAST, document_id, start, trigger_start"
        sql, params = _page(sql, params, limit, offset)
        for row in self.db.execute(sql, params).fetchall():
            yield _row_to_event(row)

    def _has_confidence_column(self) -> bool:
        """Whether event_reports has its confidence (a store written before migration 0008 and
        opened read-only, so not migrated, has not). Asked once per store object."""
        if self._has_confidence is None:
            found = self.db.execute(
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND "
                "table_name = 'event_reports' AND column_name = 'confidence'").fetchone()  # fmt: skip
            self._has_confidence = bool(found and found[0])
        return self._has_confidence

    def _event_columns(self) -> str:
        """The columns a report is read from: without a confidence column, reports read as having none."""
        return ", ".join((*_EVENT_COLUMN_NAMES, "confidence" if self._has_confidence_column() else "NULL"))

    def reports_by_id(self, ids: Sequence[str]) -> list[EventReport]:
        """These event reports, in the order given (unknown ids left out)."""
        if not ids:
            return []
        rows = self.db.execute(f"SELECT {self._event_columns()} FROM event_reports WHERE list_contains(?, id)",
                               [list(ids)]).fetchall()  # fmt: skip
        found = {row[0]: _row_to_event(row) for row in rows}
        return [found[i] for i in ids if i in found]

    # --- real-world events (consolidation) -------------------------------------------------------

    def consolidation_fingerprint(self) -> str:
        """What the events are computed from: every document's extraction and dates, and the reuse
        links. Consolidation runs again when it changes."""
        row = self.db.execute(
            "SELECT md5(coalesce(string_agg(e.document_id || ':' || e.text_hash || ':' || e.version || ':' || "
            "coalesce(d.published, d.published_estimate, ''), ',' ORDER BY e.document_id), '') || "
            "coalesce((SELECT max(fingerprint || version) FROM reuse_state), '')) "
            "FROM extractions e JOIN documents d ON d.id = e.document_id"
        ).fetchone()
        return str(row[0]) if row else ""

    def consolidation_state(self) -> tuple[str, str] | None:
        row = self.db.execute("SELECT fingerprint, version FROM consolidation_state").fetchone()
        return (row[0], row[1]) if row else None

    def replace_events(self, events: Sequence[ConsolidatedEvent], fingerprint: str, version: str) -> None:
        """Replace every real-world event and point each report at its event (one transaction)."""
        self.db.execute("BEGIN TRANSACTION")
        try:
            self.db.execute("DELETE FROM events")
            self.db.execute("DELETE FROM consolidation_state")
            self.db.execute("UPDATE event_reports SET event_id = NULL")
            if events:
                rows = [
                    (e.event_id, e.date, e.date_precision,
                     json.dumps([a.to_json() for a in e.actors], ensure_ascii=False),
                     json.dumps([r.to_json() for r in e.recipients], ensure_ascii=False), e.actor_codes,
                     e.recipient_codes, e.joint, e.cameo, e.cameo_root, e.quad_class, e.plover, e.goldstein, e.status,
                     e.historical, e.neutral, e.reports, e.independent_sources, e.documents, list(e.report_ids),
                     list(e.document_ids), e.sentence)
                    for e in events
                ]  # fmt: skip
                columns = [list(c) for c in zip(*rows, strict=True)]
                types = ["VARCHAR"] * 5 + ["VARCHAR[]", "VARCHAR[]", "BOOLEAN", "VARCHAR", "VARCHAR", "INTEGER",
                                           "VARCHAR", "DOUBLE", "VARCHAR", "BOOLEAN", "BOOLEAN", "INTEGER", "INTEGER",
                                           "INTEGER", "VARCHAR[]", "VARCHAR[]", "VARCHAR"]  # fmt: skip
                unnests = ", ".join(f"unnest(?::{t}[])" for t in types)
                self.db.execute(f"INSERT INTO events SELECT {unnests}", columns)
                # The report → event map from the events in hand: read back from the table written
                # in this transaction, the same join took two seconds for 24,000 reports; from
                # parameters, a tenth of a second.
                report_ids = [r for e in events for r in e.report_ids]
                event_ids = [e.event_id for e in events for _ in e.report_ids]
                self.db.execute(
                    "UPDATE event_reports SET event_id = m.event_id FROM (SELECT unnest(?::VARCHAR[]) AS id, "
                    "unnest(?::VARCHAR[]) AS event_id) m WHERE event_reports.id = m.id",
                    [report_ids, event_ids],
                )
            self.db.execute("INSERT INTO consolidation_state VALUES (?, ?, ?)", [fingerprint, version, _now()])
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise

    def consolidated_events(self, *, actors: Sequence[str] = (), between: tuple[str, str] | None = None,
                            since: str | None = None, until: str | None = None, status: str | None = None,
                            document_id: str | None = None, directed: bool = False, limit: int | None = None,
                            offset: int = 0) -> Iterator[ConsolidatedEvent]:  # fmt: skip
        """Real-world events, oldest first; the filters of ``event_reports``."""
        where, params = _event_filters(actors, between, since, until, status, directed)
        if document_id is not None:
            where.append("list_contains(document_ids, ?)")
            params.append(document_id)
        sql = f"SELECT {_CONSOLIDATED_COLUMNS} FROM events" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY date NULLS LAST, event_id"
        sql, params = _page(sql, params, limit, offset)
        for row in self.db.execute(sql, params).fetchall():
            yield _row_to_consolidated(row)

    def mentions(self, document_id: str | None = None, code: str | None = None,
                 unresolved: bool = False) -> Iterator[Mention]:  # fmt: skip
        where, params = [], []
        if document_id is not None:
            where.append("document_id = ?")
            params.append(document_id)
        if code is not None:
            where.append("code = ?")
            params.append(code)
        if unresolved:
            where.append("code IS NULL")
        sql = 'SELECT document_id, start, "end", text, code, sector, person, role, confidence, kind, date, members ' \
            "FROM mentions" + (" WHERE " + " AND ".join(where) if where else "") + ' ORDER BY document_id, start'
        for row in self.db.execute(sql, params).fetchall():
            yield Mention(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10],
                          tuple(row[11]))  # fmt: skip

    def documents_with_warning(self, warning: str) -> set[str]:
        rows = self.db.execute("SELECT id FROM documents WHERE list_contains(warnings, ?)", [warning]).fetchall()
        return {row[0] for row in rows}

    def extraction_versions(self) -> dict[str, int]:
        rows = self.db.execute("SELECT version, count(*) FROM extractions GROUP BY version").fetchall()
        return {row[0]: row[1] for row in rows}

    # --- text reuse -----------------------------------------------------------------------------

    def corpus_fingerprint(self) -> str:
        """A hash of every document's id and text: reuse is recomputed when it changes."""
        row = self.db.execute(
            "SELECT md5(coalesce(string_agg(id || ':' || text_hash, ',' ORDER BY id), '')) FROM documents"
        ).fetchone()
        return str(row[0]) if row else ""

    def reuse_state(self) -> tuple[str, str] | None:
        row = self.db.execute("SELECT fingerprint, version FROM reuse_state").fetchone()
        return (row[0], row[1]) if row else None

    def texts_for_reuse(self) -> Iterator[tuple[str, str, str | None]]:
        """(id, text, date) of every document; the date is the published one, else the estimate."""
        rows = self.db.execute(
            "SELECT id, text, coalesce(published, published_estimate) FROM documents ORDER BY id"
        ).fetchall()
        for row in rows:
            yield row[0], row[1], row[2]

    def replace_reuse(self, pairs: Sequence[ReusePair], fingerprint: str, version: str) -> None:
        self.db.execute("BEGIN TRANSACTION")
        try:
            self.db.execute("DELETE FROM reuse")
            self.db.execute("DELETE FROM reuse_state")
            if pairs:
                columns = [
                    [p.a for p in pairs], [p.b for p in pairs], [p.relation for p in pairs],
                    [json.dumps([x.to_json() for x in p.passages]) for p in pairs], [p.share_a for p in pairs],
                    [p.share_b for p in pairs], [p.earlier for p in pairs], [p.jaccard for p in pairs],
                ]  # fmt: skip
                self.db.execute(
                    "INSERT INTO reuse SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
                    "unnest(?::VARCHAR[]), unnest(?::DOUBLE[]), unnest(?::DOUBLE[]), unnest(?::VARCHAR[]), "
                    "unnest(?::DOUBLE[])",
                    columns,
                )
            self.db.execute("INSERT INTO reuse_state VALUES (?, ?, ?)", [fingerprint, version, _now()])
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise

    def reuse(self, document_id: str | None = None, relation: str | None = None) -> list[dict[str, Any]]:
        where, params = [], []
        if document_id is not None:
            where.append("(a = ? OR b = ?)")
            params += [document_id, document_id]
        if relation is not None:
            where.append("relation = ?")
            params.append(relation)
        sql = "SELECT a, b, relation, passages, share_a, share_b, earlier, jaccard FROM reuse"
        sql += (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a, b"
        return [
            {"a": r[0], "b": r[1], "relation": r[2], "passages": json.loads(r[3]), "share_a": r[4], "share_b": r[5],
             "earlier": r[6], "jaccard": r[7]}
            for r in self.db.execute(sql, params).fetchall()
        ]  # fmt: skip

    # --- the corpus furniture barrier ----------------------------------------------------------

    def refresh_furniture(self, settings: Settings) -> set[str]:
        """Recount the furniture lines from every stored document (a global step)."""
        self.db.execute("BEGIN TRANSACTION")
        try:
            self.db.execute("DELETE FROM furniture")
            self.db.execute(
                """
                INSERT INTO furniture
                SELECT l.hash, 'outlet:' || d.outlet, count(DISTINCT l.document_id)
                FROM document_lines l JOIN documents d ON d.id = l.document_id
                WHERE d.outlet IS NOT NULL
                GROUP BY d.outlet, l.hash
                HAVING count(DISTINCT l.document_id) >= ?
                """,
                [settings.outlet_min_docs],
            )
            # Across outlets only short lines count: a long sentence shared by many outlets is a
            # quotation or a copy (the dedup stage's business), not site furniture.
            self.db.execute(
                """
                INSERT INTO furniture
                SELECT l.hash, 'corpus', count(DISTINCT l.document_id)
                FROM document_lines l JOIN documents d ON d.id = l.document_id
                WHERE l.words <= ? AND (NOT l.ends_sentence OR l.words <= 4)
                GROUP BY l.hash
                HAVING count(DISTINCT l.document_id) >= ?
                   AND count(DISTINCT coalesce(d.outlet, 'document:' || d.id)) >= 2
                """,
                [settings.corpus_max_words, settings.corpus_min_docs],
            )
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise
        return {row[0] for row in self.db.execute("SELECT DISTINCT hash FROM furniture").fetchall()}

    def documents_to_reclean(self) -> list[str]:
        """Documents whose text was cleaned with another furniture set than the current one."""
        rows = self.db.execute(
            """
            WITH wanted AS (
                SELECT l.document_id, list_sort(list(DISTINCT l.hash)) AS hashes
                FROM document_lines l JOIN (SELECT DISTINCT hash FROM furniture) f USING (hash)
                GROUP BY l.document_id
            )
            SELECT d.id FROM documents d LEFT JOIN wanted w ON w.document_id = d.id
            WHERE coalesce(w.hashes, []::VARCHAR[]) <> list_sort(d.furniture_applied)
            ORDER BY d.id
            """
        ).fetchall()
        return [row[0] for row in rows]

    def update_cleaning(self, docs: Sequence[Document]) -> None:
        if not docs:
            return
        columns = [
            [d.id for d in docs],
            [d.text for d in docs],
            [d.words for d in docs],
            [d.text_hash for d in docs],
            [sorted(d.warnings) for d in docs],
            [json.dumps(d.dropped) for d in docs],
            [list(d.furniture_applied) for d in docs],
            [d.title for d in docs],
            [json.dumps(d.provenance, sort_keys=True) for d in docs],
        ]
        self.db.execute("BEGIN TRANSACTION")
        try:
            self.db.execute(
                """
                UPDATE documents SET text = n.text, words = n.words, text_hash = n.text_hash,
                       warnings = n.warnings, dropped = n.dropped, furniture_applied = n.furniture_applied,
                       title = n.title, provenance = n.provenance
                FROM (SELECT unnest(?::VARCHAR[]) AS id, unnest(?::VARCHAR[]) AS text, unnest(?::INTEGER[]) AS words,
                             unnest(?::VARCHAR[]) AS text_hash, unnest(?::VARCHAR[][]) AS warnings,
                             unnest(?::VARCHAR[]) AS dropped, unnest(?::VARCHAR[][]) AS furniture_applied,
                             unnest(?::VARCHAR[]) AS title, unnest(?::VARCHAR[]) AS provenance) AS n
                WHERE documents.id = n.id
                """,
                columns,
            )
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise

    # --- reads -------------------------------------------------------------------------------

    def count(self, table: str = "documents") -> int:
        if table not in ("documents", "rejections", "origins", "mentions", "extractions", "event_reports", "reuse"):
            raise ValueError(table)
        row = self.db.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def documents(self, ids: Sequence[str] | None = None) -> Iterator[Document]:
        sql = f"SELECT {_DOC_COLUMNS} FROM documents"
        params: list[Any] = []
        if ids is not None:
            sql += " WHERE list_contains(?, id)"
            params.append(list(ids))
        sql += f" {_DOCUMENT_ORDER}"
        # Side tables first: a new query on this connection would end the main cursor's result.
        origins = self._origins(ids)
        lines = self._line_stats(ids)
        cursor = self.db.cursor().execute(sql, params)
        names = [c[0] for c in cursor.description]
        while batch := cursor.fetchmany(500):
            for row in batch:
                yield _row_to_document(dict(zip(names, row, strict=True)), origins, lines)

    def document_page(self, *, outlet: str | None = None, warning: str | None = None, limit: int = 100,
                      offset: int = 0) -> tuple[list[str], int]:  # fmt: skip
        """The ids of one page of documents in the order of ``documents`` (optionally one outlet's,
        or those with a warning), and how many there are in all."""
        where, params = [], []
        if outlet is not None:
            where.append("outlet = ?")
            params.append(outlet)
        if warning is not None:
            where.append("list_contains(warnings, ?)")
            params.append(warning)
        cond = " WHERE " + " AND ".join(where) if where else ""
        total = self.db.execute(f"SELECT count(*) FROM documents{cond}", params).fetchone()
        rows = self.db.execute(f"SELECT id FROM documents{cond} {_DOCUMENT_ORDER} LIMIT ? OFFSET ?",
                               [*params, limit, offset]).fetchall()  # fmt: skip
        return [r[0] for r in rows], int(total[0]) if total else 0

    def get(self, document_id: str) -> Document | None:
        return next(self.documents([document_id]), None)

    def _origins(self, ids: Sequence[str] | None) -> dict[str, list[str]]:
        sql = "SELECT document_id, origin FROM origins"
        params: list[Any] = []
        if ids is not None:
            sql += " WHERE list_contains(?, document_id)"
            params.append(list(ids))
        found: dict[str, list[str]] = {}
        for doc_id, origin in self.db.execute(sql + " ORDER BY origin", params).fetchall():
            found.setdefault(doc_id, []).append(origin)
        return found

    def _line_stats(self, ids: Sequence[str] | None) -> dict[str, list[tuple[str, int, bool]]]:
        if ids is None:
            return {}  # only re-cleaning needs them, and it asks by id
        rows = self.db.execute(
            "SELECT document_id, hash, words, ends_sentence FROM document_lines "
            "WHERE list_contains(?, document_id) ORDER BY hash",
            [list(ids)],
        ).fetchall()
        found: dict[str, list[tuple[str, int, bool]]] = {}
        for doc_id, h, n, end in rows:
            found.setdefault(doc_id, []).append((h, n, end))
        return found

    def rejections(self) -> list[Rejection]:
        rows = self.db.execute("SELECT origin, reason, detail FROM rejections ORDER BY origin").fetchall()
        return [Rejection(*row) for row in rows]


Quality = tuple[bool, bool, bool, int, str]
_DAMAGE = ("truncated", "recovered-json", "encoding-repaired")


#: the columns of a report, in the order _row_to_event reads them, but its confidence (which a
#: store not yet migrated lacks: Store._event_columns)
_EVENT_COLUMN_NAMES = (
    "id", "event_id", "document_id", "date", "date_precision", "date_source", "actors", "recipients", "joint", "cameo",
    "cameo_root", "quad_class", "plover", "plover_mode", "goldstein", "status", "historical", "neutral", "attribution",
    "sentence", "start", '"end"', "trigger_start", "trigger_end", "rule", "coder_version",
)


def _refs(value: str) -> tuple[ActorRef, ...]:
    return tuple(ActorRef(d["code"], d.get("sector"), d.get("person"), d.get("text") or "") for d in json.loads(value))


def _row_to_event(row: tuple[Any, ...]) -> EventReport:
    (id_, event_id, document_id, date, precision, source, actors, recipients, joint, cameo, root, quad, plover,
     mode, goldstein, status, historical, neutral, attribution, sentence, start, end, t_start, t_end, rule,
     version, confidence) = row  # fmt: skip
    return EventReport(
        id=id_, document_id=document_id, date=date, date_precision=precision, actors=_refs(actors),
        recipients=_refs(recipients), joint=joint, cameo=cameo, cameo_root=root, quad_class=quad, plover=plover,
        plover_mode=mode, goldstein=goldstein, status=status, historical=historical, attribution=attribution,
        sentence=sentence, start=start, end=end, rule=rule, coder_version=version, trigger_start=t_start,
        trigger_end=t_end, neutral=neutral, date_source=source, event_id=event_id, confidence=confidence,
    )  # fmt: skip


#: the order documents are listed in: by date (published, else estimated), then where they came from
_DOCUMENT_ORDER = "ORDER BY coalesce(published, published_estimate, '9999'), first_origin, id"


def _page(sql: str, params: list[Any], limit: int | None, offset: int) -> tuple[str, list[Any]]:
    if limit is None and not offset:
        return sql, params
    return sql + " LIMIT ? OFFSET ?", [*params, limit if limit is not None else 2**62, offset]


def _event_filters(actors: Sequence[str], between: tuple[str, str] | None, since: str | None, until: str | None,
                   status: str | None, directed: bool) -> tuple[list[str], list[Any]]:  # fmt: skip
    """SQL conditions shared by reports and consolidated events (both have actor_codes,
    recipient_codes, joint, date and status)."""
    where: list[str] = []
    params: list[Any] = []
    for code in actors:
        where.append("(list_contains(actor_codes, ?) OR list_contains(recipient_codes, ?))")
        params += [code, code]
    if between is not None:
        a, b = between
        one_way = "(list_contains(actor_codes, ?) AND list_contains(recipient_codes, ?))"
        joint = "(joint AND list_contains(actor_codes, ?) AND list_contains(actor_codes, ?))"
        if directed:
            where.append(f"({one_way} OR {joint})")
            params += [a, b, a, b]
        else:
            where.append(f"({one_way} OR {one_way} OR {joint})")
            params += [a, b, b, a, a, b]
    if since is not None:
        where.append("date IS NOT NULL AND date >= ?")
        params.append(since)
    if until is not None:
        where.append("date IS NOT NULL AND left(date, ?) <= ?")
        params += [len(until), until]
    if status is not None:
        where.append("status = ?")
        params.append(status)
    return where, params


_CONSOLIDATED_COLUMNS = (
    "event_id, date, date_precision, actors, recipients, joint, cameo, cameo_root, quad_class, plover, goldstein, "
    "status, historical, neutral, reports, independent_sources, documents, report_ids, document_ids, sentence"
)


def _row_to_consolidated(row: tuple[Any, ...]) -> ConsolidatedEvent:
    (event_id, date, precision, actors, recipients, joint, cameo, root, quad, plover, goldstein, status, historical,
     neutral, reports, independent, documents, report_ids, document_ids, sentence) = row  # fmt: skip
    return ConsolidatedEvent(
        event_id=event_id, date=date, date_precision=precision, actors=_refs(actors), recipients=_refs(recipients),
        joint=joint, cameo=cameo, cameo_root=root, quad_class=quad, plover=plover, goldstein=goldstein,
        status=status, historical=historical, neutral=neutral, reports=reports, independent_sources=independent,
        documents=documents, report_ids=tuple(report_ids), document_ids=tuple(document_ids), sentence=sentence,
    )  # fmt: skip


def _shard_of(filename: str) -> str:
    return filename.rsplit(".", 2)[0]  # "…/shard-000000000064.documents.parquet" → "…/shard-000000000064"


def document_columns(docs: Sequence[Document]) -> tuple[list[list[Any]], list[str]]:
    """The documents table's columns (all but ``stored_at``) for ``docs``, with their SQL types."""
    rows = [
        (
            doc.id, doc.url, doc.outlet, doc.title, doc.author,
            doc.published.value if doc.published else None,
            doc.published.precision if doc.published else None,
            doc.published_time,
            doc.published_estimate.value if doc.published_estimate else None,
            doc.published_estimate.precision if doc.published_estimate else None,
            doc.estimate_reason, doc.language, doc.words, doc.text_hash, doc.raw_format, doc.body_kind,
            sorted(doc.warnings), json.dumps(doc.provenance, sort_keys=True), doc.text, doc.salvaged,
            json.dumps(doc.dropped), list(doc.furniture_applied), doc.origin,
        )
        for doc in docs
    ]  # fmt: skip
    columns = [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in range(23)]
    types = ["VARCHAR"] * 12 + ["INTEGER"] + ["VARCHAR"] * 3 + ["VARCHAR[]"] + ["VARCHAR"] * 4 + ["VARCHAR[]"]
    return columns, [*types, "VARCHAR"]


def _quality(warnings: set[str], length: int, salvaged_md5: str) -> Quality:
    intact = tuple(w not in warnings for w in _DAMAGE)
    return (*intact, length, salvaged_md5)  # type: ignore[return-value]


def quality(doc: Document) -> Quality:
    """Which of two copies of one document to keep: undamaged first, then the longer salvaged
    text; the hash breaks ties, so the choice never depends on arrival order."""
    return _quality(doc.warnings, len(doc.salvaged), hashlib.md5(doc.salvaged.encode()).hexdigest())


def _row_to_document(
    row: dict[str, Any], origins: dict[str, list[str]], lines: dict[str, list[tuple[str, int, bool]]]
) -> Document:
    published: PartialDate | None = partial_date_from_json(row["published"], row["date_precision"])
    return Document(
        id=row["id"],
        origins=origins.get(row["id"]) or [row["first_origin"]],
        raw_format=row["raw_format"],
        text=row["text"],
        salvaged=row["salvaged"],
        body_kind=row["body_kind"],
        url=row["url"],
        outlet=row["outlet"],
        title=row["title"],
        author=row["author"],
        published=published,
        published_time=row["published_time"],
        published_estimate=partial_date_from_json(row["published_estimate"], row["estimate_precision"]),
        estimate_reason=row["estimate_reason"],
        language=row["language"],
        warnings=set(row["warnings"]),
        provenance=json.loads(row["provenance"]),
        line_stats=lines.get(row["id"], []),
        dropped=[tuple(x) for x in json.loads(row["dropped"])],  # type: ignore[misc]
        furniture_applied=list(row["furniture_applied"]),
    )
