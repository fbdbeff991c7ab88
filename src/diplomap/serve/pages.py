"""The dashboard's pages: HTML rendered on the server (Jinja2, autoescaped), charts drawn by a
static script from the API's JSON (no inline script: the page's parameters travel in a
``<script type="application/json">`` block that the static script reads)."""

from __future__ import annotations

import json
from typing import Annotated, Any
from urllib.parse import quote

import jinja2
from fastapi import APIRouter, Form, HTTPException, Query
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from .._version import __version__
from ..system.periods import RESOLUTIONS, Resolution, resolution_of
from . import queries
from .highlight import document_href, document_spans, render, safe_url
from .hub import StoreHub


def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("diplomap.serve", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)  # fmt: skip
    env.filters["safe_url"] = safe_url
    env.filters["doc_href"] = document_href
    env.filters["q"] = lambda v: quote(str(v), safe="")
    env.filters["signed"] = lambda v: "–" if v is None else f"{v:+.2f}"
    env.filters["fixed"] = lambda v: "–" if v is None else f"{v:.2f}"
    env.globals["version"] = __version__
    return env


def pages_router(hub: StoreHub, env: jinja2.Environment) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    def page(template: str, title: str, data: dict[str, Any] | None = None, status: int = 200,
             **context: Any) -> HTMLResponse:  # fmt: skip
        html = env.get_template(template).render(title=title, data=data or {}, store=hub.settings.store, **context)
        return HTMLResponse(html, status)

    @router.get("/", response_class=HTMLResponse)
    def overview(period: str | None = None) -> HTMLResponse:
        model = hub.model()
        years = model.periods("year")
        chosen = period if period in years else (years[-1] if years else None)
        shifts = []
        if chosen is not None and years.index(chosen) > 0:
            before = years[years.index(chosen) - 1]
            shifts = queries.changes(model, before, chosen, top=10)
        with hub.reader() as store:
            counts = queries.counts(store)
            actors = queries.actor_summary(store)[:15]
        jobs = [j.to_json() for j in hub.jobs()][-5:]
        return page("overview.html", "Overview", {"page": "overview", "period": chosen}, counts=counts,
                    years=years, period=chosen, shifts=shifts, actors=actors, jobs=jobs,
                    before=years[years.index(chosen) - 1] if shifts and chosen else None)  # fmt: skip

    @router.get("/pair/{a}/{b}", response_class=HTMLResponse)
    def pair(a: str, b: str, period: str = "year") -> HTMLResponse:
        a, b = sorted((a.upper(), b.upper()))
        resolution = period if period in RESOLUTIONS else "year"
        model = hub.model()
        rows = [r for r in queries.undirected(model, resolution, [a]) if {r.actor, r.recipient} == {a, b}]
        with hub.reader() as store:
            events, more = queries.list_events(store, queries.EventFilters(between=(a, b)), consolidated=True,
                                               limit=300, offset=0, model=model)  # fmt: skip
            sources = _document_labels(store, {d for e in events for d in e["document_ids"]})  # type: ignore[attr-defined]
            cells = queries.framing(model, store, actors=[a, b])
        outlets: dict[str, dict[str, Any]] = {}
        for c in cells:
            outlets.setdefault(c["outlet"], {"outlet": c["outlet"], "state_media": c["state_media"]})[c["actor"]] = c
        return page("pair.html", f"{a} – {b}", {"page": "pair", "a": a, "b": b, "period": resolution}, a=a, b=b,
                    resolution=resolution, rows=rows, events=events, more=more, sources=sources,
                    framing=sorted(outlets.values(), key=lambda o: o["outlet"]))  # fmt: skip

    @router.get("/network", response_class=HTMLResponse)
    def network(period: str | None = None) -> HTMLResponse:
        model = hub.model()
        resolution: Resolution = "year"
        if period:
            try:
                resolution = resolution_of(period)
            except ValueError:
                period = None
        periods = model.periods(resolution)
        chosen = period if period in periods else (periods[-1] if periods else None)
        net = json.loads(model.network_json(chosen) or b"null") if chosen else None
        return page("network.html", f"Network {chosen or ''}".strip(), {"page": "network", "period": chosen},
                    periods=periods, period=chosen, net=net)  # fmt: skip

    @router.get("/outlets", response_class=HTMLResponse)
    def outlets() -> HTMLResponse:
        with hub.reader() as store:
            found = queries.outlets(store)
        return page("outlets.html", "Outlets", {"page": "outlets"}, outlets=found)

    @router.get("/outlet", response_class=HTMLResponse)
    def outlet(name: Annotated[str, Query(max_length=500)]) -> HTMLResponse:
        model = hub.model()
        with hub.reader() as store:
            known = {o["outlet"]: o for o in queries.outlets(store)}
            if name not in known:
                raise HTTPException(404, "no such outlet")
            docs, total = queries.list_documents(store, outlet=name, warning=None, limit=200, offset=0)
            cells = queries.framing(model, store, outlet=name, evidence=2)
        cells.sort(key=lambda c: (-c["judged"], -abs(c["stance"]), c["actor"]))
        return page("outlet.html", name, {"page": "outlet", "outlet": name}, outlet=known[name], docs=docs,
                    total=total, cells=cells)  # fmt: skip

    @router.get("/documents", response_class=HTMLResponse)
    def documents(offset: Annotated[int, Query(ge=0)] = 0, warning: str | None = None) -> HTMLResponse:
        with hub.reader() as store:
            docs, total = queries.list_documents(store, outlet=None, warning=warning, limit=100, offset=offset)
        return page("documents.html", "Documents", {"page": "documents"}, docs=docs, total=total, offset=offset,
                    warning=warning)  # fmt: skip

    @router.get("/document/{document_id}", response_class=HTMLResponse)
    def document(document_id: str) -> HTMLResponse:
        with hub.reader() as store:
            doc = store.get(document_id)
            if doc is None:
                raise HTTPException(404, "no such document")
            mentions = list(store.mentions(document_id))
            reports = list(store.event_reports(document_id=document_id))
            shared = queries.document_reuse(store, document_id)
        # render() escapes every piece of text itself: its output is the only markup not escaped here
        text = Markup(render(doc.text, document_spans(mentions, reports, shared)))
        codes = sorted({m.code for m in mentions if m.code})
        return page("document.html", doc.title or doc.id, {"page": "document"}, doc=doc.to_json(), text=text,
                    mentions=mentions, reports=reports, shared=shared, codes=codes)  # fmt: skip

    @router.get("/try", response_class=HTMLResponse)
    def try_text(text: str = "", published: str = "") -> HTMLResponse:
        """A text coded on request, nothing stored (``/api/code``'s answer, drawn). The page's form
        posts (a text in a URL is cut by the server's limit on a request line); a link with
        ``?text=`` still works for a short one."""
        return try_page(text, published)

    @router.post("/try", response_class=HTMLResponse)
    def try_posted(text: Annotated[str, Form()] = "", published: Annotated[str, Form()] = "") -> HTMLResponse:
        return try_page(text, published)

    def try_page(text: str, published: str) -> HTMLResponse:
        from ..errors import DiplomapError
        from ..extract.code_text import NOTHING_READ
        from .routes import MAX_CODE_CHARS

        context: dict[str, Any] = {"text": text, "published": published, "max_chars": MAX_CODE_CHARS, "coded": None,
                                   "rendered": "", "error": None, "nothing_read": NOTHING_READ}  # fmt: skip
        if len(text) > MAX_CODE_CHARS:
            context["error"] = f"The text is longer than {MAX_CODE_CHARS:,} characters: store it with a run."
        elif text.strip():
            try:
                coded = hub.code_text(text, published.strip() or None)
            except DiplomapError as exc:
                context["error"] = str(exc)
            else:
                # render() escapes every piece of text itself: its output is the only markup not escaped here
                context["rendered"] = Markup(render(coded.text, document_spans(coded.mentions, coded.reports, ())))
                context["coded"] = coded
        return page("try.html", "Try a sentence", {"page": "try"}, status=422 if context["error"] else 200,
                    **context)  # fmt: skip

    return router


def _document_labels(store: Any, ids: set[str]) -> dict[str, str]:
    """document id → "outlet: title" (or the short id), for the tables that cite documents."""
    if not ids:
        return {}
    rows = store.db.execute("SELECT id, outlet, title FROM documents WHERE list_contains(?, id)", [sorted(ids)])
    return {r[0]: " · ".join(x for x in (r[1], r[2]) if x) or r[0][:12] for r in rows.fetchall()}


def error_page(env: jinja2.Environment, status: int, detail: str) -> HTMLResponse:
    html = env.get_template("error.html").render(title=f"{status}", data={"page": "error"}, status=status,
                                                 detail=detail, store="")  # fmt: skip
    return HTMLResponse(html, status)
