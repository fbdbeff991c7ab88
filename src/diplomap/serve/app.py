"""``create_app(settings)``: the FastAPI application of `diplomap serve` (API, pages, static files).

Everything the app holds lives in the app (``app.state.hub``): two apps in one process are two
servers. The store is opened when the app is made and closed when it shuts down.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .._version import __version__
from ..config import Settings
from .hub import ServeOptions, StoreHub
from .pages import environment, error_page, pages_router
from .routes import api_router
from .security import Guard

log = logging.getLogger("diplomap.serve")

DESCRIPTION = """The diplomap store over HTTP: the listings of `diplomap documents|actors|events|reuse`,
the model of the system of states (`relations`, `network`, `changes`, `explain`, `framing`) and
ingest (`POST /api/ingest`, `POST /api/watch`). Offsets are code points into a document's `text`.
When the server has a token, send `Authorization: Bearer TOKEN` (or `?token=TOKEN`)."""


def plotly_js() -> Path:
    """plotly.js as the installed ``plotly`` package ships it (never fetched)."""
    found = resources.files("plotly").joinpath("package_data", "plotly.min.js")
    return Path(str(found))


def create_app(settings: Settings, options: ServeOptions | None = None) -> FastAPI:
    options = options or ServeOptions()
    hub = StoreHub(settings, options)
    env = environment()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        if options.warm:
            loop.run_in_executor(None, hub.warm)
        watcher = asyncio.create_task(_watch_loop(hub))
        try:
            yield
        finally:
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher
            await loop.run_in_executor(None, hub.close)

    app = FastAPI(title="diplomap", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")  # fmt: skip
    app.state.hub = hub
    app.include_router(api_router(hub))
    app.include_router(pages_router(hub, env))
    static = Path(str(resources.files("diplomap.serve").joinpath("static")))
    app.mount("/static", StaticFiles(directory=static), name="static")
    script = plotly_js()

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly() -> Response:
        return FileResponse(script, media_type="text/javascript", headers={"cache-control": "max-age=86400"})

    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith(("/api/", "/static/", "/vendor/"))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_html(request):
            return error_page(env, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        detail = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        if wants_html(request):
            return error_page(env, 422, detail)
        return JSONResponse({"detail": detail}, 422)

    app.add_middleware(Guard, token=options.token)
    return app


async def _watch_loop(hub: StoreHub, tick: float = 1.0) -> None:
    """Poll the watched folders (``POST /api/watch``) for the app's lifetime."""
    while True:
        await asyncio.sleep(tick)
        if hub.watches():
            try:
                await asyncio.get_running_loop().run_in_executor(None, hub.poll_watches)
            except Exception:  # a folder that fails to list must not stop the watcher
                log.exception("watching folders failed")
