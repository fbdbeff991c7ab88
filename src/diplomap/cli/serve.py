"""`diplomap serve`: the dashboard and HTTP API over a store (README "Dashboard and API")."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import DiplomapError
from .main import ConfigOpt, StoreOpt, _fail, _settings, app, err


@app.command()
def serve(
    store: StoreOpt = None,
    config: ConfigOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; other than loopback needs --token.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8750,
    token: Annotated[
        str | None,
        typer.Option("--token", envvar="DIPLOMAP_SERVE_TOKEN",
                     help="Require this token on every request (Authorization: Bearer, or ?token= once in a browser)."),
    ] = None,
    watch_root: Annotated[
        list[Path] | None,
        typer.Option("--watch-root", help="Folders under which POST /api/watch may watch (repeatable) [default: any]."),
    ] = None,
    max_upload_mb: Annotated[int, typer.Option("--max-upload-mb", help="Largest uploaded file, in MB.")] = 20,
) -> None:
    """Serve the dashboard and the JSON API (http://127.0.0.1:8750); the server holds the store for writing."""
    import uvicorn

    from ..serve import ServeOptions, check_bind, create_app
    from ..serve.client import announce, withdraw

    try:
        check_bind(host, token)
        settings = _settings(config, store=store)
        options = ServeOptions(host=host, port=port, token=token, max_upload_bytes=max_upload_mb * 1_000_000,
                               watch_roots=tuple(str(p.resolve()) for p in watch_root or ()))  # fmt: skip
        web = create_app(settings, options)
    except DiplomapError as exc:
        _fail(exc)
        return
    shown = f"[{host}]" if ":" in host else host
    err.print(f"diplomap: serving {settings.store} on http://{shown}:{port}/" + (" (token required)" if token else ""))
    # Other diplomap commands on this store find the server here and go through its API.
    local = "127.0.0.1" if host in ("0.0.0.0", "::", "") else shown
    announce(settings.store, f"http://{local}:{port}", token)
    try:
        uvicorn.run(web, host=host, port=port, log_level="warning", access_log=False)
    finally:
        withdraw(settings.store)
