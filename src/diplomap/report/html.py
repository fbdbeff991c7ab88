"""`diplomap report`: one self-contained HTML file (plotly's JavaScript inlined once; no network)
with the dyad trajectories, the network per period, hedging, framing, the biggest changes and the
key events with their sentences and sources."""

from __future__ import annotations

import html
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

import plotly.graph_objects as go

from .._version import __version__
from ..config import Settings
from ..consolidate import ConsolidatedEvent
from ..store import Store
from ..system.changes import Shift, change_points, compare
from ..system.framing import as_matrix, outlet_matrix
from ..system.network import Network, blocs, build_network, hedging, triads, two_camps
from ..system.periods import Resolution, sort_key
from ..system.relations import Relation, compute_relations, counts_in_relations, series

#: report step names, in order, for progress
STEPS = ("read", "relations", "trajectories", "network", "hedging", "framing", "changes", "events", "write")
COOPERATION, CONFLICT = "#1a7f4b", "#c0392b"


@dataclass(slots=True)
class ReportSummary:
    path: Path
    documents: int = 0
    events: int = 0
    pairs: int = 0
    periods: list[str] = field(default_factory=list)
    bytes: int = 0


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _all_periods(periods: Sequence[str], resolution: Resolution) -> list[str]:
    """Every period from the first to the last (gaps shown as gaps, not squeezed out)."""
    if not periods:
        return []
    first, last = sort_key(periods[0]), sort_key(periods[-1])
    found = []
    for year in range(first[0], last[0] + 1):
        if resolution == "year":
            found.append(str(year))
        elif resolution == "quarter":
            found += [f"{year}-Q{q}" for q in range(1, 5)]
        else:
            found += [f"{year}-{m:02d}" for m in range(1, 13)]
    return [p for p in found if first <= sort_key(p) <= last]


def trajectories(rows: Sequence[Relation], resolution: Resolution, top: int) -> tuple[go.Figure, list[tuple[str, str]]]:
    undirected = [r for r in rows if not r.directed]
    volume = Counter[tuple[str, str]]()
    for r in undirected:
        volume[(r.actor, r.recipient)] += r.events
    pairs = [p for p, _ in sorted(volume.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    axis = _all_periods(sorted({r.period for r in undirected}, key=sort_key), resolution)
    fig = go.Figure()
    for a, b in pairs:
        by_period = {r.period: r for r in series(undirected, a, b)}
        ys = [by_period[p].index if p in by_period else None for p in axis]
        sizes = [6 + 14 * by_period[p].confidence if p in by_period else 0 for p in axis]
        texts = [f"{a}–{b} {p}<br>index {by_period[p].index:+.2f}, confidence {by_period[p].confidence:.2f}<br>"
                 f"{by_period[p].events} events, {by_period[p].independent_sources} independent sources"
                 if p in by_period else "" for p in axis]  # fmt: skip
        fig.add_trace(go.Scatter(x=axis, y=ys, name=f"{a}–{b}", mode="lines+markers", connectgaps=False,
                                 marker={"size": sizes}, hovertext=texts, hoverinfo="text"))  # fmt: skip
    fig.add_hline(y=0, line={"color": "#999", "width": 1})
    fig.update_layout(title="Cooperation–conflict index per pair (marker size: confidence)", height=460,
                      yaxis={"range": [-1.1, 1.1], "title": "index"}, xaxis={"type": "category"},
                      margin={"l": 50, "r": 20, "t": 50, "b": 40})  # fmt: skip
    return fig, pairs


def _layout(nodes: Sequence[str], groups: Sequence[Sequence[str]]) -> dict[str, tuple[float, float]]:
    """Actors on a circle, each bloc of the whole span side by side, so positions stay put."""
    order = [n for g in groups for n in g if n in nodes] + sorted(set(nodes) - {n for g in groups for n in g})
    step = 2 * math.pi / max(len(order), 1)
    return {n: (math.cos(i * step), math.sin(i * step)) for i, n in enumerate(order)}


def _network_traces(net: Network, where: dict[str, tuple[float, float]]) -> list[go.Scatter]:
    traces = []
    for sign, color in ((1, COOPERATION), (-1, CONFLICT)):
        for low, high, width in ((0.0, 0.34, 1.5), (0.34, 0.67, 3.5), (0.67, 1.01, 6.0)):
            xs: list[float | None] = []
            ys: list[float | None] = []
            for e in net.edges:
                if e.weight * sign > 0 and low <= abs(e.weight) < high:
                    xs += [where[e.a][0], where[e.b][0], None]
                    ys += [where[e.a][1], where[e.b][1], None]
            traces.append(go.Scatter(x=xs, y=ys, mode="lines", line={"color": color, "width": width},
                                     hoverinfo="skip", showlegend=False))  # fmt: skip
    present = set(net.nodes)
    names = [n for n in where if n in present]
    traces.append(go.Scatter(x=[where[n][0] for n in names], y=[where[n][1] for n in names], mode="markers+text",
                             text=names, textposition="top center", marker={"size": 14, "color": "#34495e"},
                             hoverinfo="text", showlegend=False))  # fmt: skip
    return traces


def network_figure(rows: Sequence[Relation], periods: Sequence[str]) -> go.Figure:
    """The signed network per period, one slider step per period (green: cooperation, red: conflict)."""
    nets = [build_network(rows, p) for p in periods]
    # Fixed positions for every period, the blocs of the latest period side by side.
    where = _layout(sorted({n for net in nets for n in net.nodes}), blocs(nets[-1]) if nets else [])
    per_period = [_network_traces(net, where) for net in nets]
    fig = go.Figure(data=per_period[-1] if per_period else [])  # opens on the latest period
    # Each step restyles the same seven traces (no animation frames: a static page has no clock).
    steps = [{"label": net.period, "method": "restyle",
              "args": [{"x": [t.x for t in traces], "y": [t.y for t in traces],
                        "text": [t.text for t in traces]}]}
             for net, traces in zip(nets, per_period, strict=True)]  # fmt: skip
    fig.update_layout(
        title="Alignment network per period (edge width: |index × confidence|)", height=560, showlegend=False,
        xaxis={"visible": False, "range": [-1.4, 1.4]}, yaxis={"visible": False, "range": [-1.3, 1.3]},
        sliders=[{"steps": steps, "active": len(steps) - 1, "currentvalue": {"prefix": "period: "}}] if steps else [],
        margin={"l": 20, "r": 20, "t": 50, "b": 20},
    )  # fmt: skip
    return fig


def hedging_figure(rows: Sequence[Relation], triples: Sequence[tuple[str, str, str]]) -> go.Figure | None:
    fig = go.Figure()
    for focal, a, b in triples:
        points = [h for h in hedging(rows, focal, a, b) if h.tilt is not None]
        if not points:
            continue
        fig.add_trace(go.Scatter(x=[h.period for h in points], y=[h.tilt for h in points], mode="lines+markers",
                                 name=f"{focal}: {a} (+) vs {b} (−)",
                                 hovertext=[f"tilt {h.tilt:+.2f}, hedging {h.hedging:.2f}, confidence "
                                            f"{h.confidence:.2f}" for h in points], hoverinfo="text+name"))  # fmt: skip
    if not fig.data:
        return None
    fig.add_hline(y=0, line={"color": "#999", "width": 1})
    fig.update_layout(title="Tilt between two poles (0 = hedging evenly)", height=380, yaxis={"range": [-1.1, 1.1]},
                      xaxis={"type": "category"}, margin={"l": 50, "r": 20, "t": 50, "b": 40})  # fmt: skip
    return fig


def framing_figure(matrix: dict[str, dict[str, float]]) -> go.Figure | None:
    outlets = sorted(matrix)
    actors = sorted({a for row in matrix.values() for a in row})
    if not outlets or not actors:
        return None
    z = [[matrix[o].get(a) for a in actors] for o in outlets]
    fig = go.Figure(go.Heatmap(z=z, x=actors, y=outlets, zmin=-1, zmax=1, colorscale="RdYlGn",
                               hovertemplate="%{y} on %{x}: %{z:+.2f}<extra></extra>"))  # fmt: skip
    fig.update_layout(title="Stance of each outlet's own sentences toward each actor", height=140 + 28 * len(outlets),
                      margin={"l": 160, "r": 20, "t": 50, "b": 40})  # fmt: skip
    return fig


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{_esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _parties(e: ConsolidatedEvent) -> str:
    left = "+".join(e.actor_codes) or "?"
    right = "+".join(e.recipient_codes)
    return _esc(left + (" (joint)" if e.joint else "") + (f" → {right}" if right else ""))


def key_events(events: Sequence[ConsolidatedEvent], sources: dict[str, str], top: int = 20) -> str:
    counted = [e for e in events if counts_in_relations(e, {"occurred"}, False) and e.date]
    counted.sort(key=lambda e: (-abs(e.goldstein) * e.independent_sources, e.date or "", e.event_id))
    rows = []
    for e in sorted(counted[:top], key=lambda e: (e.date or "", e.event_id)):
        outlets = sorted({sources.get(d, d[:10]) for d in e.document_ids})
        rows.append([_esc(e.date), _parties(e), _esc(f"{e.cameo} {e.plover or ''}"), f"{e.goldstein:+.1f}",
                     f"{e.reports} / {e.independent_sources}", _esc(e.sentence.strip()),
                     _esc(", ".join(outlets))])  # fmt: skip
    return _table(["date", "parties", "CAMEO / PLOVER", "Goldstein", "reports / independent", "sentence", "sources"],
                  rows)  # fmt: skip


def changes_table(shifts: Sequence[Shift]) -> str:
    rows = []
    for s in shifts:
        drivers = "<br>".join(_esc(f"{e.date} {e.cameo}: {e.sentence.strip()}") for e in s.drivers)
        before = s.before.period if s.before else "–"
        after = s.after.period if s.after else "–"
        rows.append([_esc(f"{s.actor} – {s.recipient}"), _esc(f"{before} → {after}"), f"{s.weight_before:+.2f}",
                     f"{s.weight_after:+.2f}", f"<b>{s.shift:+.2f}</b>", drivers])  # fmt: skip
    return _table(["pair", "periods", "before", "after", "shift", "driving events"], rows)


_STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:0 auto;max-width:1180px;padding:0 18px;color:#222}
h1{margin-top:28px} h2{border-bottom:1px solid #ddd;padding-bottom:4px;margin-top:36px}
table{border-collapse:collapse;width:100%;font-size:13px} th,td{border-bottom:1px solid #eee;padding:5px 7px;
text-align:left;vertical-align:top} th{background:#f6f6f6} .muted{color:#777;font-size:13px}
.cards{display:flex;gap:14px;flex-wrap:wrap} .card{background:#f6f8fa;border-radius:6px;padding:10px 16px}
.card b{display:block;font-size:22px}
"""


def build_report(settings: Settings, out: Path, *, resolution: Resolution = "quarter", top_pairs: int = 8,
                 hedges: Sequence[tuple[str, str, str]] = (), framing: dict[str, dict[str, float]] | None = None,
                 progress: Callable[[str], None] | None = None) -> ReportSummary:  # fmt: skip
    """Write the report to ``out`` (one file) and say what went in."""
    step = progress or (lambda _: None)
    step("read")
    with Store(settings.store, read_only=True) as store:
        events = list(store.consolidated_events())
        spun = store.documents_with_warning("machine-spun-suspected")
        outlets = dict(store.db.execute("SELECT id, coalesce(outlet, '') FROM documents").fetchall())
        documents = len(outlets)
        reports = store.count("event_reports")
        reuse = store.count("reuse")
        stances = list(store.stances())
        mentioned = store.mentioned_actors()
    step("relations")
    rows = compute_relations(events, resolution, spun_documents=spun)
    yearly = compute_relations(events, "year", spun_documents=spun)
    years = sorted({r.period for r in yearly}, key=sort_key)
    step("trajectories")
    trajectory, pairs = trajectories(rows, resolution, top_pairs)
    step("network")
    network = network_figure(yearly, years)
    step("hedging")
    codes = {c for e in events for c in (*e.actor_codes, *e.recipient_codes)}
    triples = list(hedges) or [t for t in (("KOR", "USA", "CHN"), ("KOR", "USA", "RUS")) if set(t) <= codes]
    hedge_fig = hedging_figure(yearly, triples)
    step("framing")
    if framing is None:
        named = {d: o for d, o in outlets.items() if o}
        framing = as_matrix(outlet_matrix(stances, mentioned, named))
    framing_fig = framing_figure(framing)
    step("changes")
    by_id = {e.event_id: e for e in events}
    shifts: list[Shift] = []
    for before, after in pairwise(years):
        shifts += compare([r for r in yearly if r.period == before], [r for r in yearly if r.period == after], by_id)
    # A pair seen in one year only is news of coverage, not of a change: both years must have events.
    shifts = sorted((s for s in shifts if s.before and s.after), key=lambda s: -abs(s.shift))[:12]
    turns = [cp for a, b in pairs for cp in change_points(list(series(rows, a, b)))]
    step("events")
    events_html = key_events(events, {d: o for d, o in outlets.items() if o})
    step("write")
    figures = [trajectory, network] + [f for f in (hedge_fig, framing_fig) if f is not None]
    plots = [f.to_html(full_html=False, include_plotlyjs=(i == 0), config={"displaylogo": False})
             for i, f in enumerate(figures)]  # fmt: skip
    balance_rows = []
    for p in years:
        net = build_network(yearly, p)
        total, balanced = triads(net)
        _, frustrated = two_camps(net)
        mass = sum(abs(e.weight) for e in net.edges)
        balance_rows.append([_esc(p), str(len(net.nodes)), str(len(net.edges)), f"{balanced}/{total}",
                             f"{frustrated / mass:.2f}" if mass else "–",
                             _esc("; ".join(", ".join(g) for g in blocs(net) if len(g) > 1))])  # fmt: skip
    turn_rows = [[_esc(f"{c.actor} – {c.recipient}"), _esc(c.period), f"{c.before:+.2f}", f"{c.after:+.2f}"]
                 for c in turns]  # fmt: skip
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    counted = sum(1 for e in events if counts_in_relations(e, {"occurred"}, False))
    cards = [("documents", f"{documents:,}"), ("event reports", f"{reports:,}"),
             ("real-world events", f"{len(events):,}"), ("events counted in relations", f"{counted:,}"),
             ("related document pairs", f"{reuse:,}"), ("periods", f"{years[0]}–{years[-1]}" if years else "–")]
    parts = [
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>diplomap report</title>"
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>diplomap report</h1><p class='muted'>{_esc(settings.store)} · made {made} · diplomap {__version__}</p>",
        "<div class='cards'>" + "".join(f"<div class='card'><b>{v}</b>{_esc(k)}</div>" for k, v in cards) + "</div>",
        "<p class='muted'>Relations count real-world events (reports of one event merged; copies are one source), "
        "occurred and dated, plain statements left out. Index = (cooperative − conflictual Goldstein mass) / total; "
        "confidence = 1 − exp(−independent sources / 3). Formulas: README, \"The system of states\".</p>",
        "<h2>Trajectories</h2>", plots[0],
        "<h2>Network</h2>", plots[1],
        "<h3>Balance and blocs per year</h3>",
        _table(["year", "actors", "ties", "balanced triads", "frustration index", "blocs (2 or more)"], balance_rows),
    ]
    rest = plots[2:]
    if hedge_fig is not None:
        parts += ["<h2>Hedging</h2>", rest.pop(0)]
    parts.append("<h2>Framing</h2>")
    no_framing = "<p class='muted'>No outlet has enough sentences of its own about an actor to measure a stance.</p>"
    parts.append(rest.pop(0) if framing_fig is not None else no_framing)
    parts += ["<h2>Biggest changes between consecutive years</h2>", changes_table(shifts)]
    if turn_rows:
        parts += ["<h3>Change points of the main pairs</h3>", _table(["pair", "from", "before", "after"], turn_rows)]
    parts += ["<h2>Key events</h2><p class='muted'>Largest |Goldstein| × independent sources; each with the "
              "sentence that represents it and the outlets that reported it.</p>", events_html, "</body></html>"]
    out.parent.mkdir(parents=True, exist_ok=True)
    text = "\n".join(parts)
    out.write_text(text, encoding="utf-8")
    return ReportSummary(out, documents, len(events), len(pairs), years, len(text.encode()))
