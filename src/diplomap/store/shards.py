"""Per-document results as Parquet shards: written by the workers, bulk-loaded by the one writer.

On a cluster the driver would otherwise receive every cleaned document as a Python object and
insert it row batch by row batch (``Store.add``: about 2,800 documents/s here, the ceiling of a
run once the workers outnumber it). With a spool, each worker writes its batch's documents to one
Parquet file (DuckDB, in memory, no other dependency) and hands the driver a small marker per
input; ``Store.load_shards`` then inserts the new documents with one ``INSERT … SELECT`` over the
files. Only documents already stored or read twice in the same load take the row path (``add``),
which keeps the better copy as it always does.

A shard's name comes from the first input of its batch, so a batch run again after a worker died
writes the same file again (written under a temporary name and renamed: a half-written file is
never seen); nothing is doubled. The folder must be one the driver can read: on a cluster of
several machines a shared file system (see the README, "Running on a cluster").
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..model import Document, Rejection

#: the documents table's columns as a shard holds them (``stored_at`` is set by the loader)
SHARD_COLUMNS = (
    "id", "url", "outlet", "title", "author", "published", "date_precision", "published_time", "published_estimate",
    "estimate_precision", "estimate_reason", "language", "words", "text_hash", "raw_format", "body_kind", "warnings",
    "provenance", "text", "salvaged", "dropped", "furniture_applied", "first_origin",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Spooled:
    """What reaches the driver for one input whose outputs went into a shard."""

    shard: str  # the shard's path, without the ".documents.parquet" / ".rejections.parquet" ending
    documents: int
    rejections: int


def spool_batch(folder: str, name: str, outputs: list[list[Any]]) -> list[list[Any]]:
    """Write one batch's documents and rejections (``outputs``: per input) to the shard ``name``
    in ``folder``; return, per input, ``[Spooled]`` in place of its outputs. Runs on a worker."""
    from .duckdb_store import document_columns  # (the store module imports this one)

    docs: list[tuple[int, Document]] = []
    rejections: list[tuple[int, Rejection]] = []
    markers: list[list[Any]] = []
    base = str(Path(folder) / name)
    position = 0
    for items in outputs:
        n_docs = n_rejected = 0
        for item in items:
            if isinstance(item, Document):
                docs.append((position, item))
                n_docs += 1
            elif isinstance(item, Rejection):
                rejections.append((position, item))
                n_rejected += 1
            else:
                raise TypeError(f"a spool takes documents and rejections, not {type(item).__name__}")
            position += 1
        markers.append([Spooled(base, n_docs, n_rejected)])
    con = duckdb.connect()
    try:
        if docs:
            columns, types = document_columns([d for _, d in docs])
            lines = [d.line_stats for _, d in docs]
            values = [[p for p, _ in docs], *columns, [list(d.origins) for _, d in docs],
                      [[h for h, _, _ in ls] for ls in lines], [[w for _, w, _ in ls] for ls in lines],
                      [[e for _, _, e in ls] for ls in lines]]  # fmt: skip
            sql_types = ["INTEGER", *types, "VARCHAR[]", "VARCHAR[]", "INTEGER[]", "BOOLEAN[]"]
            names = ["position", *SHARD_COLUMNS, "origins", "line_hashes", "line_words", "line_ends"]
            select = ", ".join(f"unnest(?::{t}[]) AS {n}" for t, n in zip(sql_types, names, strict=True))
            _copy(con, f"SELECT {select}", values, base + ".documents.parquet")
        if rejections:
            values = [[p for p, _ in rejections], [r.origin for _, r in rejections],
                      [r.reason for _, r in rejections], [r.detail for _, r in rejections]]  # fmt: skip
            _copy(con, "SELECT unnest(?::INTEGER[]) AS position, unnest(?::VARCHAR[]) AS origin, "
                       "unnest(?::VARCHAR[]) AS reason, unnest(?::VARCHAR[]) AS detail", values,
                  base + ".rejections.parquet")  # fmt: skip
    finally:
        con.close()
    return markers


def _copy(con: duckdb.DuckDBPyConnection, select: str, values: list[Any], path: str) -> None:
    temporary = path + ".partial"
    con.execute("CREATE OR REPLACE TEMP TABLE shard AS " + select, values)
    con.execute(f"COPY shard TO '{_quoted(temporary)}' (FORMAT parquet)")
    os.replace(temporary, path)  # whole or not at all: a retried batch replaces it the same way


def _quoted(path: str) -> str:
    return path.replace("'", "''")


def shard_files(shards: list[str], kind: str) -> list[str]:
    """The existing files of one kind ("documents" or "rejections") of these shards, in order."""
    return [f"{s}.{kind}.parquet" for s in shards if os.path.exists(f"{s}.{kind}.parquet")]
