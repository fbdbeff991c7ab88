"""Turn what the user named (files, folders, ``-`` for standard input) into RawInputs.

Folders are walked recursively in sorted order, skipping hidden entries (``.git``…). Gzip is
undone here (by magic bytes, whatever the extension), except gzipped WARC, which the WARC reader
streams record by record.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..model import RawInput, Rejection

GZIP_MAGIC = b"\x1f\x8b"
#: A gzip member that inflates past this is refused (a "zip bomb" guard).
MAX_INFLATED_BYTES = 1_000_000_000


def gunzip(data: bytes, limit: int = MAX_INFLATED_BYTES) -> bytes:
    """Inflate every gzip member, refusing to grow past ``limit`` bytes."""
    out = bytearray()
    while data:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out += inflater.decompress(data, limit - len(out) + 1)
        if len(out) > limit:
            raise ValueError(f"inflates to more than {limit:,} bytes")
        if not inflater.eof:
            raise ValueError("truncated gzip stream")
        data = inflater.unused_data.lstrip(b"\x00")
        if data[:2] != GZIP_MAGIC:
            break
    return bytes(out)


def is_gzipped_warc(data: bytes) -> bool:
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")


def _unpack(origin: str, data: bytes) -> RawInput | Rejection:
    if data[:2] == GZIP_MAGIC and not is_gzipped_warc(data):
        try:
            data = gunzip(data)
        except (ValueError, zlib.error, EOFError, gzip.BadGzipFile) as exc:
            return Rejection(origin, "unreadable", f"broken gzip data: {exc}")
    return RawInput(origin, data)


def iter_paths(paths: Sequence[str | Path]) -> Iterator[Path | str]:
    """Expand folders; check every named path exists before anything is read."""
    if sum(1 for p in paths if str(p) == "-") > 1:
        raise InputError("standard input can be read only once: give - once")
    for p in paths:
        if str(p) != "-" and not Path(p).exists():
            raise InputError(f"no such file or folder: {p}")
    for p in paths:
        if str(p) == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            # Linked folders are followed; a link back up the tree is not walked twice.
            seen: set[str] = set()
            for root, dirs, files in os.walk(path, followlinks=True):
                real = os.path.realpath(root)
                if real in seen:
                    dirs[:] = []
                    continue
                seen.add(real)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root, name)
        else:
            yield path


_CONTAINER_HEADS = (b"WARC/", b"{", b"[", b"<?xml", b"<rss", b"<feed", b"<rdf")


def _may_hold_many(head: bytes) -> bool:
    """Could a file starting with these bytes hold many documents (archive, feed, JSONL, list)?"""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:2] == GZIP_MAGIC or start.startswith(_CONTAINER_HEADS)


def read_source(
    source: Path | str, stdin: BinaryIO | None = None, max_document_bytes: int | None = None
) -> RawInput | Rejection:
    """Read one input. A file over ``max_document_bytes`` that cannot hold many documents is
    rejected as too-large without being read into memory."""
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read()
        # Each piping is its own input: name it by its bytes, so one stdin's rejection is not
        # mistaken for another's.
        return _unpack(f"stdin:{hashlib.sha256(data).hexdigest()[:16]}", data)
    path = Path(source)
    origin = str(path.resolve())
    try:
        size = path.stat().st_size
        if max_document_bytes is not None and size > max_document_bytes:
            with path.open("rb") as f:
                head = f.read(4096)
            if not _may_hold_many(head):
                return Rejection(
                    origin,
                    "too-large",
                    f"{size:,} bytes is over max_document_bytes="
                    f"{max_document_bytes:,} (raise it with --max-document-bytes)",
                )
        data = path.read_bytes()
    except OSError as exc:
        return Rejection(origin, "unreadable", f"cannot read: {exc.strerror or exc}")
    return _unpack(origin, data)


def iter_inputs(paths: Sequence[str | Path], stdin: BinaryIO | None = None) -> Iterator[RawInput | Rejection]:
    for source in iter_paths(paths):
        yield read_source(source, stdin)
