"""What the API and the pages read, over a store the server holds open.

The server owns the store's single writable DuckDB connection (``hub``), so it cannot call the
``diplomap.analysis`` functions that open the file again read-only: DuckDB refuses a second
configuration of one file in a process. The functions here compose the same building blocks
(``system.relations``, ``system.network``, ``system.changes``, ``system.framing``) the same way
``analysis`` does, over a cached ``Model`` of the real-world events (see ``Model``).
"""

from __future__ import annotations

import bisect
import json
import threading
from collections import OrderedDict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..analysis import event_sides, explain_from
from ..clean.outlets import default_registry
from ..consolidate import ConsolidatedEvent
from ..errors import DiplomapError
from ..model import EventReport
from ..store import Store
from ..system.changes import Shift, compare
from ..system.framing import OutletStance, outlet_matrix
from ..system.network import Hedging, build_network, describe, hedging
from ..system.periods import Resolution, resolution_of, sort_key
from ..system.relations import DEFAULT_STATUSES, Relation, compute_relations
from .highlight import SharedPassages

SPUN_WARNING = "machine-spun-suspected"


@dataclass
class RelationTable:
    """The relation rows of one (resolution, statuses, statements) and their indexes: each row
    serialised once, and its positions by actor and by period, so a request filters a short list."""

    rows: list[Relation]
    text: list[str]
    by_actor: dict[str, list[int]]
    by_period: dict[str, list[int]]

    @classmethod
    def of(cls, rows: list[Relation]) -> RelationTable:
        by_actor: dict[str, list[int]] = {}
        by_period: dict[str, list[int]] = {}
        for i, r in enumerate(rows):
            by_actor.setdefault(r.actor, []).append(i)
            if r.recipient != r.actor:
                by_actor.setdefault(r.recipient, []).append(i)
            by_period.setdefault(r.period, []).append(i)
        text = [json.dumps(r.to_json(), ensure_ascii=False) for r in rows]
        return cls(rows, text, by_actor, by_period)

    def select(self, actors: Sequence[str] = (), directed: bool | None = None, period: str | None = None,
               pair: tuple[str, str] | None = None) -> list[int]:  # fmt: skip
        """Positions of the rows ``analysis.relations`` keeps for these filters, in its order
        (``pair``: only the rows of those two actors, either way)."""
        if pair is not None:
            a, b = pair
            found = [i for i in self.by_actor.get(a, ()) if {self.rows[i].actor, self.rows[i].recipient} == {a, b}]
            if actors:
                found = [i for i in found if self.rows[i].actor in actors or self.rows[i].recipient in actors]
        elif actors:
            found = sorted({i for a in set(actors) for i in self.by_actor.get(a, ())})
        else:
            found = list(range(len(self.rows)))
        if period is not None:
            found = ([i for i in found if self.rows[i].period == period] if actors or pair is not None
                     else self.by_period.get(period, []))  # fmt: skip
        if directed is not None:
            found = [i for i in found if self.rows[i].directed == directed]
        return found


@dataclass
class Model:
    """The real-world events of the store at one moment, and what is computed from them on
    demand (relations per resolution, networks per period, the framing matrix), each once.

    The server builds a new Model after every ingest and swaps it in whole, so a page never mixes
    two states of the store and reads never wait for a write."""

    #: in the store's order (date, nulls last, then event_id), as ``Store.consolidated_events``
    events: list[ConsolidatedEvent]
    spun: frozenset[str]
    by_id: dict[str, ConsolidatedEvent] = field(default_factory=dict)
    index: EventIndex = field(default_factory=lambda: EventIndex([], [], [], [], []))
    _reports: ReportIndex | None = None
    _tables: dict[tuple[str, frozenset[str], bool], RelationTable] = field(default_factory=dict)
    _networks: dict[tuple[str, float, bool], bytes] = field(default_factory=dict)
    _bodies: OrderedDict[tuple[object, ...], bytes] = field(default_factory=OrderedDict)
    _framing: list[OutletStance] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def load(cls, store: Store) -> Model:
        events = list(store.consolidated_events())
        model = cls(events, frozenset(store.documents_with_warning(SPUN_WARNING)))
        model.by_id = {e.event_id: e for e in events}
        model.index = EventIndex.build((e.date, e.actor_codes, e.recipient_codes, e.joint, e.status) for e in events)
        return model

    def table(self, resolution: Resolution, statuses: Collection[str] = DEFAULT_STATUSES,
              neutral: bool = False) -> RelationTable:  # fmt: skip
        key = (resolution, frozenset(statuses), neutral)
        with self._lock:
            found = self._tables.get(key)
            if found is None:
                rows = compute_relations(self.events, resolution, statuses=statuses, neutral=neutral,
                                         spun_documents=self.spun)  # fmt: skip
                found = self._tables[key] = RelationTable.of(rows)
            return found

    def relations(self, resolution: Resolution, statuses: Collection[str] = DEFAULT_STATUSES,
                  neutral: bool = False) -> list[Relation]:  # fmt: skip
        """Every relation row (directed and undirected) of one resolution, computed once."""
        return self.table(resolution, statuses, neutral).rows

    def relations_body(self, resolution: Resolution, statuses: Collection[str], neutral: bool, *,
                       actors: Sequence[str] = (), directed: bool | None = None, period: str | None = None,
                       pair: tuple[str, str] | None = None, cached_only: bool = False) -> bytes | None:  # fmt: skip
        """The `/api/relations` answer: CONTRACTS.md `relations` rows filtered as
        ``analysis.relations`` filters them. The last 512 answers are kept (a page's charts ask the
        same again and again); ``cached_only`` answers None rather than compute."""
        key = (resolution, frozenset(statuses), neutral, tuple(sorted(set(actors))), directed, period, pair)
        body = self._bodies.get(key)
        if body is None and not cached_only:
            table = self.table(resolution, statuses, neutral)
            rows = ", ".join(table.text[i] for i in table.select(actors, directed, period, pair))
            body = ('{"period": ' + json.dumps(resolution) + ', "relations": [' + rows + "]}").encode()
            with self._lock:
                self._bodies[key] = body
                while len(self._bodies) > 512:
                    self._bodies.popitem(last=False)
        return body

    def relations_json(self, resolution: Resolution, statuses: Collection[str] = DEFAULT_STATUSES,
                       neutral: bool = False, **filters: Any) -> list[dict[str, object]]:  # fmt: skip
        body = self.relations_body(resolution, statuses, neutral, **filters)
        return list(json.loads(body or b"{}").get("relations", []))

    def network_json(self, period: str, min_weight: float = 0.05, neutral: bool = False, *,
                     cached_only: bool = False) -> bytes | None:  # fmt: skip
        """The `diplomap network --format json` object of one period, serialised once."""
        key = (period, min_weight, neutral)
        cached = self._networks.get(key)
        if cached is None and not cached_only:
            table = self.table(resolution_of(period), DEFAULT_STATUSES, neutral)
            rows = [table.rows[i] for i in table.select(directed=False, period=period)]
            cached = json.dumps(describe(build_network(rows, period, min_weight=min_weight)),
                                ensure_ascii=False).encode()  # fmt: skip
            with self._lock:
                self._networks[key] = cached
        return cached

    def periods(self, resolution: Resolution) -> list[str]:
        return sorted(self.table(resolution).by_period, key=sort_key)

    def framing_cells(self, store: Store) -> list[OutletStance]:
        with self._lock:
            if self._framing is None:
                stances = list(store.stances())
                outlets = {d: o for d, (o, _) in store.document_outlets().items()}
                self._framing = outlet_matrix(stances, store.mentioned_actors(), outlets,
                                              registry=default_registry().facts_by_name())
            return self._framing

    def load_reports(self, store: Store) -> ReportIndex:
        with self._lock:
            if self._reports is None:
                self._reports = ReportIndex.load(store)
            return self._reports

    def events_page(self, f: EventFilters, limit: int, offset: int) -> tuple[list[ConsolidatedEvent], bool]:
        """One page of real-world events (filters of ``Store.consolidated_events``)."""
        found, more = self.index.page(f, limit, offset)
        return [self.events[i] for i in found], more

    def reports_page(self, store: Store, f: EventFilters, limit: int,
                     offset: int) -> tuple[list[EventReport], bool]:  # fmt: skip
        """One page of event reports (filters of ``Store.event_reports``): positions from the
        index, rows from the store by id."""
        reports = self.load_reports(store)
        found, more = reports.index.page(f, limit, offset)
        ids = [reports.ids[i] for i in found]
        return store.reports_by_id(ids), more


@dataclass
class EventIndex:
    """What ``_event_filters`` (the store's SQL) looks at, for each event or report in the store's
    order, with the positions of each actor code: a page is found by walking the shortest list of
    candidates instead of scanning every row."""

    dates: list[str | None]
    acting: list[tuple[str, ...]]
    receiving: list[tuple[str, ...]]
    joint: list[bool]
    status: list[str]
    by_code: dict[str, list[int]] = field(default_factory=dict)
    #: the dates of the dated rows (a prefix: nulls sort last), for bisecting
    dated: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, rows: Iterable[tuple[str | None, Sequence[str], Sequence[str], bool, str]]) -> EventIndex:
        statuses: dict[str, str] = {}
        index = cls([], [], [], [], [])
        for i, (date, acting, receiving, joint, status) in enumerate(rows):
            index.dates.append(date)
            index.acting.append(tuple(acting))
            index.receiving.append(tuple(receiving))
            index.joint.append(bool(joint))
            index.status.append(statuses.setdefault(status, status))
            for code in {*acting, *receiving}:
                index.by_code.setdefault(code, []).append(i)
        index.dated = [d for d in index.dates if d is not None]
        return index

    def page(self, f: EventFilters, limit: int, offset: int) -> tuple[list[int], bool]:
        codes = {*f.actors, *(f.between or ())}
        start = bisect.bisect_left(self.dated, f.since) if f.since is not None else 0
        candidates: Sequence[int]
        if codes:
            shortest = min((self.by_code.get(c, []) for c in codes), key=len)
            candidates = shortest[bisect.bisect_left(shortest, start) :]
        else:
            candidates = range(start, len(self.dates))
        found: list[int] = []
        skipped = 0
        for i in candidates:
            date = self.dates[i]
            if (f.until is not None or f.since is not None) and date is None:
                break  # nulls sort last: nothing after can match a date filter
            if f.until is not None and date is not None and date[: len(f.until)] > f.until:
                break  # dates are sorted: no later row can match
            if not self._matches(i, f):
                continue
            if skipped < offset:
                skipped += 1
            elif len(found) == limit:
                return found, True
            else:
                found.append(i)
        return found, False

    def _matches(self, i: int, f: EventFilters) -> bool:
        acting, receiving = self.acting[i], self.receiving[i]
        if any(c not in acting and c not in receiving for c in f.actors):
            return False
        if f.between is not None:
            a, b = f.between
            joint = self.joint[i] and a in acting and b in acting
            if not (joint or (a in acting and b in receiving) or (not f.directed and b in acting and a in receiving)):
                return False
        date = self.dates[i]
        if f.since is not None and (date is None or date < f.since):
            return False
        return f.status is None or self.status[i] == f.status


@dataclass
class ReportIndex:
    ids: list[str]
    index: EventIndex

    @classmethod
    def load(cls, store: Store) -> ReportIndex:
        rows = store.db.execute(
            "SELECT id, date, actor_codes, recipient_codes, joint, status FROM event_reports "
            "ORDER BY date NULLS LAST, document_id, start, trigger_start"
        ).fetchall()
        return cls([r[0] for r in rows], EventIndex.build(r[1:] for r in rows))


# --- the system of states (mirrors diplomap.analysis) ----------------------------------------------


def undirected(model: Model, resolution: Resolution, actors: Sequence[str] = ()) -> list[Relation]:
    table = model.table(resolution)
    return [table.rows[i] for i in table.select(actors, directed=False)]


def changes(model: Model, before: str, after: str, *, top: int = 20, actors: Sequence[str] = ()) -> list[Shift]:
    resolution = resolution_of(before)
    if resolution_of(after) != resolution:
        raise ValueError(f"compare periods of one kind: {before!r} and {after!r}")
    rows = undirected(model, resolution, actors)
    return compare([r for r in rows if r.period == before], [r for r in rows if r.period == after], model.by_id,
                   top=top)  # fmt: skip


def hedging_of(model: Model, focal: str, pole_a: str, pole_b: str, resolution: Resolution) -> list[Hedging]:
    return hedging(undirected(model, resolution, [focal]), focal, pole_a, pole_b)


def explain(model: Model, store: Store, a: str, b: str, period: str) -> dict[str, Any]:
    """``analysis.explain`` over the model's cached relation rows."""
    table = model.table(resolution_of(period))
    rows = [table.rows[i] for i in table.select([a], period=period)]
    return explain_from(store, rows, model.by_id, a, b, period)


def framing(model: Model, store: Store, *, actors: Sequence[str] = (), outlet: str | None = None,
            evidence: int = 0) -> list[dict[str, Any]]:  # fmt: skip
    cells = [c for c in model.framing_cells(store) if (not actors or c.actor in actors)
             and (outlet is None or c.outlet.lower() == outlet.lower())]  # fmt: skip
    texts = None
    if evidence:
        ids = sorted({s.document_id for c in cells for s in c.evidence})
        texts = {d.id: d.text for d in store.documents(ids)}
    return [c.to_json(evidence=evidence, texts=texts) for c in cells]


def framing_of_event(model: Model, store: Store, event_id: str) -> dict[str, Any]:
    event = model.by_id.get(event_id)
    if event is None:
        raise DiplomapError(f"no event {event_id!r}")
    return event_sides(store, event)


# --- listings, straight from the store (SQL with LIMIT: never the whole table) -----------------------


@dataclass(frozen=True, slots=True)
class EventFilters:
    """The filters of `diplomap events` (CONTRACTS.md "CLI conventions")."""

    actors: tuple[str, ...] = ()
    between: tuple[str, str] | None = None
    directed: bool = False
    since: str | None = None
    until: str | None = None
    status: str | None = None
    document_id: str | None = None
    #: reports only: at least this confident (``extract.events.confidence``)
    min_confidence: float | None = None


def list_events(store: Store, filters: EventFilters, *, consolidated: bool, limit: int, offset: int,
                model: Model | None = None, cameo: bool = False) -> tuple[list[dict[str, object]], bool]:  # fmt: skip
    """One page of event reports (or real-world events), oldest first, and whether more follow.
    Real-world events come from the model when one is given (its indexes; the store's SQL scans
    every row), except for a document's (the model has no index by document). ``cameo``: reports as
    CAMEO codes them (``api.as_cameo``)."""
    from ..api import as_cameo

    found: list[Any]
    # (the model's indexes know no confidence: a confidence filter is the store's query)
    if model is not None and filters.document_id is None and filters.min_confidence is None:
        page = model.events_page(filters, limit, offset) if consolidated else model.reports_page(store, filters,
                                                                                               limit, offset)
        found, more = list(page[0]), page[1]
    else:
        common: dict[str, Any] = dict(actors=list(filters.actors), between=filters.between, since=filters.since,
                                      until=filters.until, status=filters.status, directed=filters.directed,
                                      document_id=filters.document_id, limit=limit + 1, offset=offset)  # fmt: skip
        found = list(store.consolidated_events(**common) if consolidated else
                     store.event_reports(**common, min_confidence=filters.min_confidence))
        found, more = found[:limit], len(found) > limit
    if cameo and not consolidated:
        found = as_cameo(found)
    return [e.to_json() for e in found], more


def list_documents(store: Store, *, outlet: str | None, warning: str | None, limit: int,
                   offset: int) -> tuple[list[dict[str, Any]], int]:  # fmt: skip
    """One page of documents (without text) in the order of `diplomap documents`, and the total."""
    ids, total = store.document_page(outlet=outlet, warning=warning, limit=limit, offset=offset)
    docs = {d.id: d for d in store.documents(ids)} if ids else {}
    return [docs[i].to_json() for i in ids if i in docs], total


def document_reuse(store: Store, document_id: str) -> list[SharedPassages]:
    """This document's `reuse` rows, each seen from here (its passages' offsets into this text)."""
    found = []
    for row in store.reuse(document_id):
        here_is_a = row["a"] == document_id
        other = row["b"] if here_is_a else row["a"]
        earlier = row.get("earlier")
        role = "shared" if earlier is None else ("copy" if (earlier == "a") == here_is_a else "source")
        passages = tuple(
            (p["a_start"], p["a_end"], p["b_start"], p["b_end"]) if here_is_a
            else (p["b_start"], p["b_end"], p["a_start"], p["a_end"])
            for p in row["passages"]
        )  # fmt: skip
        found.append(SharedPassages(other, None, row["relation"], role, passages,
                                    row["share_a"] if here_is_a else row["share_b"],
                                    row["share_b"] if here_is_a else row["share_a"]))  # fmt: skip
    titles = _titles(store, [s.other for s in found])
    return [SharedPassages(s.other, titles.get(s.other), s.relation, s.role, s.passages, s.share_here, s.share_other)
            for s in found]  # fmt: skip


def _titles(store: Store, ids: Sequence[str]) -> dict[str, str | None]:
    if not ids:
        return {}
    rows = store.db.execute("SELECT id, title FROM documents WHERE list_contains(?, id)", [list(ids)]).fetchall()
    return {r[0]: r[1] for r in rows}


def outlets(store: Store) -> list[dict[str, Any]]:
    """Every outlet with its documents' count and date span, and what the registry says of it."""
    registry = default_registry().facts_by_name()
    rows = store.db.execute(
        "SELECT outlet, count(*), min(coalesce(published, published_estimate)), "
        "max(coalesce(published, published_estimate)) FROM documents WHERE outlet IS NOT NULL "
        "GROUP BY outlet ORDER BY count(*) DESC, outlet"
    ).fetchall()
    return [{"outlet": r[0], "documents": r[1], "first": r[2], "last": r[3],
             "country": registry.get(r[0], (None, None))[0], "state_media": registry.get(r[0], (None, None))[1]}
            for r in rows]  # fmt: skip


def actor_summary(store: Store) -> list[dict[str, Any]]:
    """Each resolved actor code: mentions, documents naming it, real-world events it is party to."""
    rows = store.db.execute(
        "WITH m AS (SELECT code, count(*) AS mentions, count(DISTINCT document_id) AS documents FROM mentions "
        "WHERE code IS NOT NULL GROUP BY code), "
        "e AS (SELECT code, count(*) AS events FROM (SELECT DISTINCT event_id, unnest(list_concat(actor_codes, "
        "recipient_codes)) AS code FROM events) GROUP BY code) "
        "SELECT coalesce(m.code, e.code), coalesce(m.mentions, 0), coalesce(m.documents, 0), coalesce(e.events, 0) "
        "FROM m FULL OUTER JOIN e ON m.code = e.code ORDER BY 4 DESC, 2 DESC, 1"
    ).fetchall()
    return [{"code": r[0], "mentions": r[1], "documents": r[2], "events": r[3]} for r in rows]


def counts(store: Store) -> dict[str, int]:
    found = {}
    for name, sql in (("documents", "SELECT count(*) FROM documents"),
                      ("rejected", "SELECT count(*) FROM rejections"),
                      ("mentions", "SELECT count(*) FROM mentions"),
                      ("event_reports", "SELECT count(*) FROM event_reports"),
                      ("events", "SELECT count(*) FROM events"),
                      ("reuse_pairs", "SELECT count(*) FROM reuse"),
                      ("outlets", "SELECT count(DISTINCT outlet) FROM documents")):  # fmt: skip
        row = store.db.execute(sql).fetchone()
        found[name] = int(row[0]) if row else 0
    return found
