"""The JSON API (``/api/...``): the CLI's listings and the model of the system, over HTTP."""

from __future__ import annotations

import json
import shutil
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, HTTPException, Query, Request, Response
from starlette.datastructures import UploadFile

from .._version import __version__
from ..errors import DiplomapError
from ..model import EVENT_STATUSES
from ..system.periods import RESOLUTIONS, Resolution, resolution_of
from . import queries, schemas
from .hub import StoreHub

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": schemas.Error}, 404: {"model": schemas.Error}, 422: {"model": schemas.Error},
}  # fmt: skip


#: the longest text ``/api/code`` and the "Try" page code on request (a long article: about 3,000 words)
MAX_CODE_CHARS = 20_000


def code_json(coded: Any, *, parse: bool) -> dict[str, object]:
    """A coded text (``extract.code_text.CodedText``) as the API answers it."""
    clauses = [c.to_json() for c in coded.clauses]
    for c in clauses if not parse else ():
        del c["tokens"]
    return {"document_id": coded.document_id, "reports": [r.to_json() for r in coded.reports],
            "mentions": [m.to_json() for m in coded.mentions], "clauses": clauses}  # fmt: skip


def as_json(value: object, status: int = 200) -> Response:
    return Response(json.dumps(value, ensure_ascii=False).encode(), status, media_type="application/json")


def _period(value: str, name: str = "period") -> str:
    try:
        resolution_of(value)
    except ValueError as exc:
        raise HTTPException(422, f"{name}: {exc}") from None
    return value


def _resolution(value: str) -> Resolution:
    if value not in RESOLUTIONS:
        raise HTTPException(422, f"period must be one of {', '.join(RESOLUTIONS)}, not {value!r}")
    return value  # type: ignore[return-value]


def _codes(values: list[str] | None) -> list[str]:
    return [v.strip().upper() for v in values or () if v.strip()]


def _two_codes(value: str | None, name: str) -> tuple[str, str] | None:
    """The two actors of a query parameter such as ``between=KOR,RUS``; a clear 422 otherwise."""
    if value is None:
        return None
    parts = _codes(value.split(","))
    if len(parts) != 2:
        raise HTTPException(422, f"{name} takes two actors: {name}=KOR,RUS")
    return parts[0], parts[1]


Actors = Annotated[list[str] | None, Query(description="Pairs or events with this actor on either side (repeatable).")]
Limit = Annotated[int, Query(ge=1, le=1000, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip.")]


def api_router(hub: StoreHub) -> APIRouter:
    router = APIRouter(prefix="/api", responses=ERRORS)

    @router.get("/health", response_model=None, responses={200: {"model": schemas.Health}})
    def health() -> Response:
        """The server is up; what the store holds; whether the model is built and jobs are running."""
        with hub.reader() as store:
            counts = queries.counts(store)
        return as_json({"status": "ok", "version": __version__, "store": hub.settings.store, "counts": counts,
                        **hub.status()})  # fmt: skip

    # --- documents, mentions, events, reuse ---------------------------------------------------------

    @router.get("/documents", response_model=None, responses={200: {"model": schemas.DocumentsPage}})
    def documents(outlet: Annotated[str | None, Query(description="Only this outlet's documents.")] = None,
                  warning: Annotated[str | None, Query(description="Only documents with this warning.")] = None,
                  limit: Limit = 100, offset: Offset = 0) -> Response:  # fmt: skip
        """Stored documents (`diplomap documents --format jsonl`), oldest first, without their text."""
        with hub.reader() as store:
            docs, total = queries.list_documents(store, outlet=outlet, warning=warning, limit=limit, offset=offset)
        return as_json({"documents": docs, "total": total, "limit": limit, "offset": offset})

    @router.get("/documents/{document_id}", response_model=None, responses={200: {"model": schemas.DocumentDetail}})
    def document(document_id: str) -> Response:
        """One document with its text, actor mentions, event reports, passages shared with other
        documents and warnings. Offsets are code points into `text` (CONTRACTS.md)."""
        with hub.reader() as store:
            doc = store.get(document_id)
            if doc is None:
                raise HTTPException(404, f"no document {document_id!r}")
            mentions = [m.to_json() for m in store.mentions(document_id)]
            events = [e.to_json() for e in store.event_reports(document_id=document_id)]
            shared = queries.document_reuse(store, document_id)
        reuse = [{"other": s.other, "other_title": s.other_title, "relation": s.relation, "role": s.role,
                  "share_here": s.share_here, "share_other": s.share_other,
                  "passages": [{"start": a, "end": b, "other_start": c, "other_end": d} for a, b, c, d in s.passages]}
                 for s in shared]  # fmt: skip
        return as_json({"document": doc.to_json(with_text=True), "mentions": mentions, "events": events,
                        "reuse": reuse, "warnings": sorted(doc.warnings)})  # fmt: skip

    @router.get("/actors", response_model=None, responses={200: {"model": schemas.MentionsPage}})
    def actors(document: Annotated[str | None, Query(description="Only this document's mentions.")] = None,
               code: Annotated[str | None, Query(description="Only mentions resolved to this code.")] = None,
               unresolved: Annotated[bool, Query(description="Only names that resolve to nothing.")] = False,
               limit: Limit = 100, offset: Offset = 0) -> Response:  # fmt: skip
        """Actor mentions (`diplomap actors`): one per span of text."""
        with hub.reader() as store:
            found = list(store.mentions(document, code.upper() if code else None, unresolved))
        page = found[offset : offset + limit]
        return as_json({"mentions": [m.to_json() for m in page], "limit": limit, "offset": offset,
                        "more": len(found) > offset + limit})  # fmt: skip

    @router.get("/actors/summary")
    def actor_summary() -> Response:
        """Each actor code with its mentions, the documents naming it and the real-world events it is
        party to: `{actors: [{code, mentions, documents, events}]}`."""
        with hub.reader() as store:
            return as_json({"actors": queries.actor_summary(store)})

    @router.get("/events", response_model=None, responses={200: {"model": schemas.EventsPage}})
    def events(
        actor: Actors = None,
        between: Annotated[str | None, Query(description="Two actors, comma-separated: KOR,RUS.")] = None,
        directed: Annotated[bool, Query(description="With `between`: only the first acting on the second.")] = False,
        since: Annotated[str | None, Query(description="From this date (2021, 2021-03, 2021-03-25).")] = None,
        until: Annotated[str | None, Query(description="Up to this date, any precision.")] = None,
        status: Annotated[str | None, Query(description="occurred, planned, hypothetical or negated.")] = None,
        document: Annotated[str | None, Query(description="Only this document's events.")] = None,
        consolidated: Annotated[bool, Query(description="Real-world events (reports merged), not reports.")] = False,
        cameo: Annotated[bool, Query(description="Reports as CAMEO codes them (an act of material cooperation "
                                                 "announced for the future is the intent to do it, 03x, which "
                                                 "occurred).")] = False,
        min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, description="Only reports at least this "
                                                      "confident: the estimated chance that actors, recipients, "
                                                      "quad class and status are all right.")] = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> Response:
        """Event reports (`diplomap events`) or real-world events (`--consolidated`), oldest first."""
        if status is not None and status not in EVENT_STATUSES:
            raise HTTPException(422, f"status must be one of {', '.join(EVENT_STATUSES)}, not {status!r}")
        if cameo and consolidated:
            raise HTTPException(422, "cameo reads reports; real-world events (consolidated) keep diplomap's codes")
        if min_confidence is not None and consolidated:
            raise HTTPException(422, "min_confidence filters reports; a real-world event counts its reports and "
                                     "independent sources instead")
        pair = _two_codes(between, "between")
        filters = queries.EventFilters(tuple(_codes(actor)), pair, directed, since, until, status, document,
                                       min_confidence)
        model = hub.model()
        with hub.reader() as store:
            try:
                found, more = queries.list_events(store, filters, consolidated=consolidated, limit=limit,
                                                  offset=offset, model=model, cameo=cameo)  # fmt: skip
            except DiplomapError as exc:  # (reports coded before confidence existed: recode first)
                raise HTTPException(409, str(exc)) from None
        return as_json({"events": found, "consolidated": consolidated, "limit": limit, "offset": offset,
                        "more": more})  # fmt: skip

    @router.get("/reuse")
    def reuse(document: Annotated[str | None, Query(description="Only pairs with this document.")] = None,
              relation: Annotated[str | None, Query(description="exact, near-duplicate, passage-reuse or "
                                                                 "paraphrase.")] = None) -> Response:  # fmt: skip
        """Pairs of related documents (`diplomap reuse`): `{pairs: [CONTRACTS.md reuse objects]}`."""
        with hub.reader() as store:
            return as_json({"pairs": store.reuse(document, relation)})

    @router.get("/outlets")
    def outlets() -> Response:
        """Every outlet: `{outlets: [{outlet, documents, first, last, country, state_media}]}`."""
        with hub.reader() as store:
            return as_json({"outlets": queries.outlets(store)})

    # --- the system of states ------------------------------------------------------------------------

    @router.get("/relations", response_model=None, responses={200: {"model": schemas.Relations}})
    async def relations(
        period: Annotated[str, Query(description="The resolution: year, quarter or month.")] = "year",
        actor: Actors = None,
        directed: Annotated[bool, Query(description="One row per direction (A acting on B).")] = False,
        at: Annotated[str | None, Query(description="Only this period (2024, 2024-Q2, 2024-06).")] = None,
        pair: Annotated[str | None, Query(description="Only this pair's rows, comma-separated: KOR,RUS.")] = None,
        with_planned: Annotated[bool, Query(description="Count planned and hypothetical events too.")] = False,
        with_statements: Annotated[bool, Query(description="Count plain statements (CAMEO 01) too.")] = False,
    ) -> Response:
        """Each pair's cooperation–conflict record per period (`diplomap relations`)."""
        resolution = _resolution(period)
        if at is not None and resolution_of(_period(at, "at")) != resolution:
            raise HTTPException(422, f"at={at} is not a {resolution}")
        statuses = {"occurred", "planned", "hypothetical"} if with_planned else {"occurred"}
        both = _two_codes(pair, "pair")
        filters: dict[str, Any] = {"actors": _codes(actor), "directed": directed, "period": at, "pair": both}
        # An answer already made is sent from here; one to compute goes to a worker thread.
        ready = hub.ready_model()
        body = (ready.relations_body(resolution, statuses, with_statements, cached_only=True, **filters)
                if ready else None)  # fmt: skip
        if body is None:
            body = await anyio.to_thread.run_sync(
                lambda: hub.model().relations_body(resolution, statuses, with_statements, **filters))
        return Response(body, media_type="application/json")

    @router.get("/periods")
    def periods(period: Annotated[str, Query(description="year, quarter or month.")] = "year") -> Response:
        """The periods with counted events, in time order: `{period, periods: [...]}`."""
        resolution = _resolution(period)
        return as_json({"period": resolution, "periods": hub.model().periods(resolution)})

    @router.get("/network", response_model=None, responses={200: {"model": schemas.Network}})
    async def network(period: Annotated[str, Query(description="2024, 2024-Q2 or 2024-06.")],
                      min_weight: Annotated[float, Query(ge=0, le=1, description="Leave out weaker ties.")] = 0.05,
                      ) -> Response:  # fmt: skip
        """The signed alignment network of one period: ties, balance, blocs (`diplomap network`)."""
        _period(period)
        ready = hub.ready_model()
        body = ready.network_json(period, min_weight, cached_only=True) if ready else None
        if body is None:
            body = await anyio.to_thread.run_sync(lambda: hub.model().network_json(period, min_weight))
        return Response(body, media_type="application/json")

    @router.get("/hedging")
    def hedging(focal: str, a: str, b: str,
                period: Annotated[str, Query(description="year, quarter or month.")] = "year") -> Response:  # fmt: skip
        """A state's tilt between two poles per period (`diplomap hedging`): `{hedging: [...]}`."""
        rows = queries.hedging_of(hub.model(), focal.upper(), a.upper(), b.upper(), _resolution(period))
        return as_json({"hedging": [h.to_json() for h in rows]})

    @router.get("/changes")
    def changes(
        before: Annotated[str, Query(alias="from", description="The earlier period (2021, 2021-Q3, 2021-06).")],
        after: Annotated[str, Query(alias="to", description="The later period, of the same kind.")],
        actor: Actors = None,
        top: Annotated[int, Query(ge=1, le=500, description="How many pairs.")] = 20,
    ) -> Response:
        """The pairs whose relation moved most between two periods, with the events that drove each
        shift (`diplomap changes`): `{changes: [{actor, recipient, before, after, shift, drivers}]}`."""
        try:
            found = queries.changes(hub.model(), _period(before, "from"), _period(after, "to"), top=top,
                                    actors=_codes(actor))  # fmt: skip
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
        return as_json({"changes": [s.to_json() for s in found]})

    @router.get("/explain")
    def explain(a: str, b: str, period: Annotated[str, Query(description="2024, 2024-Q2 or 2024-06.")]) -> Response:
        """The events, reports and sentences behind one relation (`diplomap explain --format json`):
        `{pair, period, relation, directed, events: [{..., evidence: [...]}]}`."""
        model = hub.model()
        with hub.reader() as store:
            return as_json(queries.explain(model, store, a.upper(), b.upper(), _period(period)))

    @router.get("/framing")
    def framing(
        actor: Actors = None,
        outlet: Annotated[str | None, Query(description="Only this outlet.")] = None,
        event: Annotated[str | None, Query(description="Outlets side by side on one event (its event_id).")] = None,
        evidence: Annotated[int, Query(ge=0, le=20, description="The strongest sentences behind each cell.")] = 0,
    ) -> Response:
        """Each outlet's stance toward each actor (`diplomap framing`): `{cells: [...]}`; with
        `event`: `{event, parties, reports: [{document_id, outlet, url, cameo, status, attribution,
        sentence, stance}]}`."""
        model = hub.model()
        with hub.reader() as store:
            if event is not None:
                try:
                    return as_json(queries.framing_of_event(model, store, event))
                except DiplomapError as exc:
                    raise HTTPException(404, str(exc)) from None
            cells = queries.framing(model, store, actors=_codes(actor), outlet=outlet, evidence=evidence)
        return as_json({"cells": cells})

    @router.get("/code")
    def code(text: Annotated[str, Query(description=f"The text to code (at most {MAX_CODE_CHARS:,} characters).")],
             published: Annotated[str | None, Query(description="2024, 2024-06 or 2024-06-19: what relative dates "
                                                   "are read from.")] = None,
             parse: Annotated[bool, Query(description="Add each parsed clause's words (`tokens`).")] = False,
             ) -> Response:  # fmt: skip
        """Code one text now with the server's actor and event lexicon files; nothing is stored
        (`diplomap code --why`): its `reports` (the report objects of `/api/events`) and its `clauses`,
        each with its actors, whether it was parsed or why not, and the lexicon verbs that gave no
        report with the step that stopped them."""
        return coded_answer(text, published, parse)

    @router.post("/code", response_model=None)
    def code_posted(body: schemas.CodeRequest) -> Response:
        """`GET /api/code` with the text in a JSON body `{text, published, parse}`: for a text too long
        for a URL (a request line is cut at 64 KB, a few thousand characters of some scripts)."""
        return coded_answer(body.text, body.published, body.parse)

    def coded_answer(text: str, published: str | None, parse: bool) -> Response:
        if len(text) > MAX_CODE_CHARS:
            raise HTTPException(413, f"the text is longer than {MAX_CODE_CHARS:,} characters: store it with a run")
        try:
            coded = hub.code_text(text, published)
        except DiplomapError as exc:
            raise HTTPException(422, str(exc)) from None
        return as_json(code_json(coded, parse=parse))

    # --- writes: uploads, jobs, watched folders ------------------------------------------------------

    @router.post("/ingest", status_code=202, response_model=None, responses={202: {"model": schemas.Job},
                                                                              200: {"model": schemas.Job}})  # fmt: skip
    async def ingest(request: Request,
                     wait: Annotated[bool, Query(description="Answer when the job has ended.")] = False) -> Response:
        """Upload article files (multipart/form-data, field `files`, repeatable) to read, clean, store
        and extract (`diplomap run`) inside the server while it goes on answering. Returns the job
        (202; 200 with `wait=true`, once it has ended). Limits: see README "Dashboard and API"."""
        options = hub.options
        length = request.headers.get("content-length")
        if length is None or not length.isdigit():
            raise HTTPException(411, "Content-Length is required")
        if int(length) > options.max_request_bytes:
            raise HTTPException(413, f"the upload is larger than {options.max_request_bytes:,} bytes")
        try:
            form = await request.form(max_files=options.max_upload_files, max_fields=options.max_upload_files + 4)
        except Exception as exc:  # starlette's MultiPartException and friends: a malformed or oversized form
            raise HTTPException(400, f"cannot read the upload: {exc}") from None
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
        if not files:
            raise HTTPException(422, "no files: send them as multipart/form-data field `files`")
        folder = hub.upload_dir()
        names = []
        try:
            for i, upload in enumerate(files):
                size = 0
                with (folder / f"{i:04d}.upload").open("wb") as out:  # a name we make: never the client's
                    while chunk := await upload.read(1 << 20):
                        size += len(chunk)
                        if size > options.max_upload_bytes:
                            raise HTTPException(413, f"a file is larger than {options.max_upload_bytes:,} bytes")
                        out.write(chunk)
                names.append((upload.filename or f"file {i + 1}")[:200])
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        finally:
            await form.close()
        job = hub.submit("upload", [folder], names, cleanup=folder)
        if wait:
            await anyio.to_thread.run_sync(job.done.wait, 3600)
            return as_json(job.to_json(), 200)
        return as_json(job.to_json(), 202)

    @router.get("/jobs")
    def jobs() -> Response:
        """Recent ingest jobs, oldest first: `{jobs: [...]}`."""
        return as_json({"jobs": [j.to_json() for j in hub.jobs()]})

    @router.get("/jobs/{job_id}", response_model=None, responses={200: {"model": schemas.Job}})
    def job(job_id: str) -> Response:
        """One ingest job: queued, running, done (with the run summary) or failed (with the error)."""
        found = hub.job(job_id)
        if found is None:
            raise HTTPException(404, f"no job {job_id!r}")
        return as_json(found.to_json())

    @router.post("/watch", status_code=201, response_model=None, responses={201: {"model": schemas.Watch}})
    def add_watch(body: schemas.WatchRequest) -> Response:
        """Watch a folder: the server checks it every `interval_s` seconds and ingests it when its
        files change (new, changed or removed files; `api.run` skips inputs it already read). The
        path must be absolute; it is resolved (symlinks followed) and must be a folder the server
        can read, inside a `--watch-root` when the server was given any."""
        try:
            watch = hub.add_watch(body.path, body.interval_s)
        except DiplomapError as exc:
            raise HTTPException(422, str(exc)) from None
        return as_json(watch.to_json(), 201)

    @router.get("/watch")
    def watches() -> Response:
        """The watched folders: `{watches: [...]}`."""
        return as_json({"watches": [w.to_json() for w in hub.watches()]})

    @router.delete("/watch/{watch_id}", status_code=204, response_model=None)
    def remove_watch(watch_id: str) -> Response:
        """Stop watching a folder."""
        if not hub.remove_watch(watch_id):
            raise HTTPException(404, f"no watch {watch_id!r}")
        return Response(status_code=204)

    return router
