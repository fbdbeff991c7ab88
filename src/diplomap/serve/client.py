"""Reach the `diplomap serve` that holds a store.

DuckDB lets one process hold a file for writing, and not even readers in other processes open it
meanwhile. So a server announces itself in a small file next to the store
(``STORE.server.json``: its URL, its process id and, if it has one, its token; readable by the
owner only), and the CLI's commands on that store go through its API instead of opening the file.
The standard library's HTTP client is enough: the server is on this machine.
"""

from __future__ import annotations

import json
import mimetypes
import os
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

from ..errors import DiplomapError

SUFFIX = ".server.json"


def server_file(store: str | Path) -> Path:
    return Path(f"{store}{SUFFIX}")


@dataclass(frozen=True, slots=True)
class ServerInfo:
    url: str
    pid: int
    token: str | None = None


def announce(store: str | Path, url: str, token: str | None) -> Path:
    """Write the store's server file (the caller removes it with ``withdraw`` on shutdown)."""
    path = server_file(store)
    data = json.dumps({"url": url, "pid": os.getpid(), "token": token})
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # the token is a secret
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(data)
    return path


def withdraw(store: str | Path) -> None:
    path = server_file(store)
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if info.get("pid") == os.getpid():  # never remove another server's announcement
        path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def server_for(store: str | Path) -> ServerInfo | None:
    """The live server holding this store, if one announced itself (a stale file is ignored)."""
    path = server_file(store)
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        found = ServerInfo(str(info["url"]).rstrip("/"), int(info["pid"]), info.get("token"))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return found if _alive(found.pid) else None


class ServerClient:
    def __init__(self, info: ServerInfo, timeout: float = 600) -> None:
        self.info = info
        self.timeout = timeout

    def _send(self, request: Request) -> Any:
        if self.info.token:
            request.add_header("Authorization", f"Bearer {self.info.token}")
        try:
            with urlopen(request, timeout=self.timeout) as response:  # our own server's URL, on this machine
                return json.loads(response.read().decode("utf-8"))
        except HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:500]
            raise DiplomapError(f"the server at {self.info.url} answered {exc.code}: {detail}") from None
        except URLError as exc:
            raise DiplomapError(f"the server at {self.info.url} holds the store but does not answer: "
                                f"{exc.reason}") from None

    def get(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        query = urlencode([(k, v) for k, v in (params or {}).items() if v is not None and v is not False], doseq=True)
        return self._send(Request(f"{self.info.url}{path}" + (f"?{query}" if query else "")))

    def pages(self, path: str, params: Mapping[str, Any], key: str, size: int = 1000) -> Iterator[Any]:
        """Every item of a paged listing (``limit``/``offset``; the answer says whether more follow,
        with ``more`` or ``total``)."""
        offset = 0
        while True:
            page = self.get(path, {**params, "limit": size, "offset": offset})
            items = page.get(key, [])
            yield from items
            offset += len(items)
            more = page.get("more", offset < page.get("total", 0))
            if not more or not items:
                return

    def ingest(self, files: Sequence[Path]) -> Any:
        """Upload files to ``POST /api/ingest`` and wait for the job to finish."""
        boundary = uuid.uuid4().hex
        body = bytearray()
        for f in files:
            kind = mimetypes.guess_type(f.name)[0] or "application/octet-stream"
            body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{f.name}\"\r\n"
                     f"Content-Type: {kind}\r\n\r\n").encode()  # fmt: skip
            body += f.read_bytes() + b"\r\n"
        body += f"--{boundary}--\r\n".encode()
        request = Request(f"{self.info.url}/api/ingest?wait=true", data=bytes(body), method="POST",
                          headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})  # fmt: skip
        return self._send(request)
