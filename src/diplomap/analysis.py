"""Entry points for the model of the system (relations, network, hedging, change, explanations):
what `diplomap relations|network|hedging|changes|explain` and users' scripts call. Each reads
the store's real-world events once and computes in memory (README "The system of states")."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from .clean.outlets import default_registry
from .config import Settings
from .consolidate import ConsolidatedEvent
from .errors import DiplomapError
from .model import Document, EventReport
from .store import Store
from .system.changes import ChangePoint, Shift, change_points, compare
from .system.framing import OutletStance, document_stances, outlet_matrix
from .system.network import Hedging, build_network, describe, hedging
from .system.periods import Resolution, resolution_of, sort_key
from .system.relations import DEFAULT_STATUSES, Relation, compute_relations, series

SPUN_WARNING = "machine-spun-suspected"


def _events_and_spun(settings: Settings) -> tuple[list[ConsolidatedEvent], set[str]]:
    with Store(settings.store, read_only=True) as store:
        events = list(store.consolidated_events())
        spun = store.documents_with_warning(SPUN_WARNING)
    return events, spun


def relations(settings: Settings, resolution: Resolution = "year", *, actors: Sequence[str] = (),
              statuses: Collection[str] = DEFAULT_STATUSES, neutral: bool = False,
              directed: bool | None = None, period: str | None = None) -> list[Relation]:  # fmt: skip
    """CONTRACTS.md `relations` rows (README "Relations" gives the formulas)."""
    events, spun = _events_and_spun(settings)
    rows = compute_relations(events, resolution, statuses=statuses, neutral=neutral, actors=actors,
                             spun_documents=spun, directed=directed)  # fmt: skip
    return [r for r in rows if period is None or r.period == period]


def network(settings: Settings, period: str, *, min_weight: float = 0.05, neutral: bool = False) -> dict[str, Any]:
    """The signed alignment network of one period (``2024``, ``2024-Q2``, ``2024-06``)."""
    rows = relations(settings, resolution_of(period), directed=False, neutral=neutral, period=period)
    return describe(build_network(rows, period, min_weight=min_weight))


def networks(settings: Settings, resolution: Resolution = "year", *, min_weight: float = 0.05) -> list[dict[str, Any]]:
    """The network of every period with events, in time order."""
    rows = relations(settings, resolution, directed=False)
    periods = sorted({r.period for r in rows}, key=sort_key)
    return [describe(build_network(rows, p, min_weight=min_weight)) for p in periods]


def hedging_of(settings: Settings, focal: str, pole_a: str, pole_b: str,
               resolution: Resolution = "year") -> list[Hedging]:  # fmt: skip
    """A focal actor's tilt and hedging between two poles, period by period."""
    rows = relations(settings, resolution, actors=[focal], directed=False)
    return hedging(rows, focal, pole_a, pole_b)


def changes(settings: Settings, before: str, after: str, *, top: int = 20, actors: Sequence[str] = ()) -> list[Shift]:
    """The pairs whose relation moved most between two periods of one resolution, with the events
    that drove each shift."""
    resolution = resolution_of(before)
    if resolution_of(after) != resolution:
        raise ValueError(f"compare periods of one kind: {before!r} and {after!r}")
    events, spun = _events_and_spun(settings)
    rows = compute_relations(events, resolution, actors=actors, spun_documents=spun, directed=False)
    by_id = {e.event_id: e for e in events}
    return compare([r for r in rows if r.period == before], [r for r in rows if r.period == after], by_id, top=top)


def turning_points(settings: Settings, resolution: Resolution = "quarter", *, actors: Sequence[str] = (),
                   min_shift: float = 0.5) -> list[ChangePoint]:  # fmt: skip
    """Change points of every pair's series (see ``system.changes``)."""
    rows = relations(settings, resolution, actors=actors, directed=False)
    pairs = sorted({(r.actor, r.recipient) for r in rows})
    return [cp for a, b in pairs for cp in change_points(list(series(rows, a, b)), min_shift=min_shift)]


def explain(settings: Settings, a: str, b: str, period: str, *, neutral: bool = False) -> dict[str, Any]:
    """The value of a relation and everything behind it: its events, each event's reports, each
    report's sentence and document."""
    resolution = resolution_of(period)
    events, spun = _events_and_spun(settings)
    rows = [r for r in compute_relations(events, resolution, actors=[a], spun_documents=spun, neutral=neutral)
            if r.period == period]  # fmt: skip
    with Store(settings.store, read_only=True) as store:
        return explain_from(store, rows, {e.event_id: e for e in events}, a, b, period)


def explain_from(store: Store, rows: Sequence[Relation], events: Mapping[str, ConsolidatedEvent], a: str, b: str,
                 period: str) -> dict[str, Any]:  # fmt: skip
    """``explain`` over relation rows already computed (the server keeps them): the pair's rows of
    ``period`` among ``rows``, their events from ``events`` and the reports from the store."""
    rows = [r for r in rows if r.period == period and {r.actor, r.recipient} == {a, b}]
    undirected = next((r for r in rows if not r.directed), None)
    chosen = [events[i] for i in (undirected.event_ids if undirected else ()) if i in events]
    reports = {e.event_id: list(store.event_reports(event_id=e.event_id)) for e in chosen}
    docs = {d.id: d for d in store.documents(sorted({r.document_id for rs in reports.values() for r in rs}))}
    explained = []
    for e in sorted(chosen, key=lambda e: (e.date or "", e.event_id)):
        item = e.to_json()
        item["evidence"] = [_evidence(r, docs.get(r.document_id)) for r in reports[e.event_id]]
        explained.append(item)
    return {
        "pair": sorted([a, b]), "period": period,
        "relation": undirected.to_json() if undirected else None,
        "directed": [r.to_json() for r in rows if r.directed],
        "events": explained,
    }  # fmt: skip


def _evidence(r: EventReport, doc: Document | None) -> dict[str, Any]:
    return {"id": r.id, "document_id": r.document_id, "outlet": doc.outlet if doc else None,
            "title": doc.title if doc else None, "url": doc.url if doc else None, "date": r.date, "cameo": r.cameo,
            "status": r.status, "attribution": r.attribution, "sentence": r.sentence, "start": r.start,
            "end": r.end}  # fmt: skip


def framing(settings: Settings, *, actors: Sequence[str] = (), outlet: str | None = None) -> list[OutletStance]:
    """The outlet × actor stance matrix (README "Framing")."""
    with Store(settings.store, read_only=True) as store:
        stances = list(store.stances())
        mentioned = store.mentioned_actors()
        outlets = {d: o for d, (o, _) in store.document_outlets().items()}
    cells = outlet_matrix(stances, mentioned, outlets, registry=default_registry().facts_by_name(), actors=actors)
    return [c for c in cells if outlet is None or c.outlet.lower() == outlet.lower()]


def sentence_texts(settings: Settings, document_ids: Sequence[str]) -> dict[str, str]:
    with Store(settings.store, read_only=True) as store:
        return {d.id: d.text for d in store.documents(list(document_ids))}


def framing_of_event(settings: Settings, event_id: str) -> dict[str, Any]:
    """Outlets side by side on one real-world event: for each report, the outlet, its wording
    (sentence and code) and its document's stance toward each party of the event."""
    with Store(settings.store, read_only=True) as store:
        found = [e for e in store.consolidated_events() if e.event_id == event_id]
        if not found:
            raise DiplomapError(f"no event {event_id!r} (see `diplomap events --consolidated`)")
        return event_sides(store, found[0])


def event_sides(store: Store, event: ConsolidatedEvent) -> dict[str, Any]:
    """``framing_of_event`` for an event already at hand."""
    reports = list(store.event_reports(event_id=event.event_id))
    stances = document_stances(store.stances(list(event.document_ids)))
    outlets = store.document_outlets()
    parties = sorted({*event.actor_codes, *event.recipient_codes})
    sides = []
    for r in reports:
        outlet, url = outlets.get(r.document_id, (None, None))
        sides.append({
            "document_id": r.document_id, "outlet": outlet, "url": url, "cameo": r.cameo, "status": r.status,
            "attribution": r.attribution, "sentence": r.sentence,
            "stance": {p: round(stances[(r.document_id, p)].stance, 4) if (r.document_id, p) in stances else 0.0
                       for p in parties},
        })  # fmt: skip
    return {"event": event.to_json(), "parties": parties, "reports": sides}
