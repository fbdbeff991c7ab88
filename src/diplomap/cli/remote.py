"""CLI commands on a store that a running `diplomap serve` holds go through its API.

DuckDB lets one process hold a store file; while `diplomap serve` holds it, no other process can
open it, even to read. The server announces itself next to the store (``serve.client``); each
command below asks ``routed`` first and, when a server holds the store, prints the server's
answer as JSON (one object per line for listings) and says so on standard error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import DiplomapError
from ..serve.client import ServerClient, server_for
from .main import err


def client_for(store: str) -> ServerClient | None:
    info = server_for(store)
    if info is None:
        return None
    err.print(f"[dim]{store} is held by `diplomap serve` at {info.url}: answered through its API (JSON)[/]")
    return ServerClient(info)


def _lines(items: Iterable[Any]) -> None:
    for item in items:
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


def _one(answer: Any) -> None:
    sys.stdout.write(json.dumps(answer, ensure_ascii=False, indent=1) + "\n")


#: command → (API path, the answer's list key or None for one object)
_ROUTES: dict[str, tuple[str, str | None]] = {
    "documents": ("/api/documents", "documents"),
    "actors": ("/api/actors", "mentions"),
    "events": ("/api/events", "events"),
    "reuse": ("/api/reuse", "pairs"),
    "relations": ("/api/relations", "relations"),
    "network": ("/api/network", None),
    "hedging": ("/api/hedging", "hedging"),
    "changes": ("/api/changes", "changes"),
    "explain": ("/api/explain", None),
    "framing": ("/api/framing", "cells"),
}
_PAGED = frozenset({"documents", "actors", "events"})


def routed(store: str, command: str, params: Mapping[str, Any]) -> bool:
    """Answer a read command through the server holding ``store``; False when none holds it."""
    client = client_for(store)
    if client is None:
        return False
    path, key = _ROUTES[command]
    if key is None or (command == "framing" and params.get("event")):  # one event side by side: one object
        _one(client.get(path, params))
    elif command in _PAGED:
        _lines(client.pages(path, params, key))
    else:
        answer = client.get(path, params)
        _lines(answer.get(key, []))
    return True


def routed_ingest(store: str, paths: Sequence[str], actor_files: str = "", event_lexicon_files: str = "") -> bool:
    """`diplomap run` on a held store: upload the inputs to the server, which reads them with its
    own settings. Refused when this command's actor or event lexicon files (``actor_files``,
    ``event_lexicon_files``: its settings, from the options, a config file or the environment)
    would extract otherwise than the server's, rather than silently read with the server's."""
    info = server_for(store)
    if info is None:
        return False
    if actor_files or event_lexicon_files:
        from ..extract.stage import settings_extraction_version

        mine = settings_extraction_version(actor_files, event_lexicon_files)
        theirs = ServerClient(info).get("/api/health").get("extraction_version")
        if mine != theirs:
            raise DiplomapError(f"{store} is held by `diplomap serve`, which reads inputs with its own actor and "
                                "event lexicon files, not these: name them in the server's config file "
                                "(actor_files, event_lexicon_files) and restart it, or stop it to run with these")
    client = client_for(store)
    if client is None:
        return False
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")) if p.is_dir() else [p]
    answer = client.ingest(files)
    _one(answer)
    if isinstance(answer, dict) and answer.get("status") == "failed":
        raise DiplomapError(f"the server's run failed: {answer.get('error') or 'see its log'}")
    return True
