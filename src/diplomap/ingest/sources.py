"""Turn what the user named (files, folders, ``-`` for standard input) into RawInputs.

Folders are walked recursively in sorted order, skipping hidden entries (``.git``…). Gzip is
undone here (by magic bytes, whatever the extension), except gzipped WARC, which the WARC reader
streams record by record.

A name with a scheme (``memory://folder``, ``s3://bucket/prefix``, ``gs://…``) is read through
fsspec (installed with the ``ray`` extra; ``s3://`` needs s3fs, ``gs://`` gcsfs), and its files
keep their URL as origin. ``file://`` names a local path and is read as that path, so both
spellings of one file are one origin.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit
from urllib.request import url2pathname

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


def is_url(source: str | Path) -> bool:
    """A name fsspec reads (``memory://…``, ``s3://…``, chained ``simplecache::s3://…``)."""
    return isinstance(source, str) and "://" in source


def _filesystem(url: str) -> tuple[Any, str]:
    try:
        import fsspec
    except ImportError:
        raise InputError(f"{url}: reading URLs needs fsspec (pip install fsspec; diplomap[ray] brings it)") from None
    try:
        return fsspec.core.url_to_fs(url)  # type: ignore[no-any-return]
    except ImportError as exc:  # the protocol's package is missing: "Install s3fs to access S3"
        raise InputError(f"{url}: {exc}") from None
    except ValueError as exc:  # "Protocol not known"
        raise InputError(f"{url}: {exc}") from None


def _local(source: str | Path) -> str | Path:
    if isinstance(source, str) and source.startswith("file://"):
        parts = urlsplit(source)
        if parts.netloc not in ("", "localhost"):
            raise InputError(f"{source}: a file:// URL names a file on this machine (file:///path)")
        return Path(url2pathname(parts.path))
    return source


def _walk_url(url: str) -> Iterator[str]:
    fs, root = _filesystem(url)
    if not fs.isdir(root):
        yield url
        return
    base = root.rstrip("/") + "/"
    for path in sorted(fs.find(root)):
        if not any(part.startswith(".") for part in path.removeprefix(base).split("/")):
            yield fs.unstrip_protocol(path)


def iter_paths(paths: Sequence[str | Path]) -> Iterator[Path | str]:
    """Expand folders; check every named path exists before anything is read."""
    if sum(1 for p in paths if str(p) == "-") > 1:
        raise InputError("standard input can be read only once: give - once")
    paths = [_local(p) for p in paths]
    for p in paths:
        if is_url(p):
            fs, where = _filesystem(str(p))
            if not fs.exists(where):
                raise InputError(f"no such file or folder: {p}")
        elif str(p) != "-" and not Path(p).exists():
            raise InputError(f"no such file or folder: {p}")
    for p in paths:
        if str(p) == "-":
            yield "-"
            continue
        if is_url(p):
            yield from _walk_url(str(p))
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
    if is_url(source):
        return _read_url(str(source), max_document_bytes)
    path = Path(source)
    origin = str(path.resolve())
    try:
        size = path.stat().st_size
        if max_document_bytes is not None and size > max_document_bytes:
            with path.open("rb") as f:
                head = f.read(4096)
            if not _may_hold_many(head):
                return _too_large(origin, size, max_document_bytes)
        data = path.read_bytes()
    except OSError as exc:
        return Rejection(origin, "unreadable", f"cannot read: {exc.strerror or exc}")
    return _unpack(origin, data)


def _too_large(origin: str, size: int, limit: int) -> Rejection:
    return Rejection(
        origin, "too-large", f"{size:,} bytes is over max_document_bytes={limit:,} (raise it with --max-document-bytes)"
    )


def _read_url(url: str, max_document_bytes: int | None) -> RawInput | Rejection:
    fs, path = _filesystem(url)
    try:
        size = fs.size(path)
        if max_document_bytes is not None and size is not None and size > max_document_bytes:
            with fs.open(path, "rb") as f:
                head = f.read(4096)
            if not _may_hold_many(head):
                return _too_large(url, size, max_document_bytes)
        data = fs.cat_file(path)
    except OSError as exc:
        return Rejection(url, "unreadable", f"cannot read: {exc.strerror or exc}")
    return _unpack(url, data)


def iter_inputs(paths: Sequence[str | Path], stdin: BinaryIO | None = None) -> Iterator[RawInput | Rejection]:
    for source in iter_paths(paths):
        yield read_source(source, stdin)
