"""`diplomap relations|network|hedging|changes|explain`: the model of the system of states.
Thin, like the rest of the CLI: options → library call (``diplomap.analysis``) → table or JSON."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn
from rich.table import Table

from .. import analysis
from ..errors import DiplomapError
from ..system.periods import resolution_of
from .main import ConfigOpt, Format, FormatOpt, StoreOpt, _fail, _settings, app, err, out
from .remote import routed


class Resolution(StrEnum):
    year = "year"
    quarter = "quarter"
    month = "month"


ResolutionOpt = Annotated[Resolution, typer.Option("--period", help="year, quarter or month.")]
ActorsOpt = Annotated[
    list[str] | None, typer.Option("--actor", help="Pairs with this actor on either side (repeatable).")
]
NeutralOpt = Annotated[bool, typer.Option("--with-statements", help="Count plain statements (CAMEO 01) too.")]


def _jsonl(rows: list[dict[str, object]]) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def _period(value: str) -> str:
    try:
        resolution_of(value)
    except ValueError as exc:
        _fail(DiplomapError(str(exc)))
    return value


@app.command()
def relations(
    store: StoreOpt = None,
    config: ConfigOpt = None,
    format: FormatOpt = Format.table,
    period: ResolutionOpt = Resolution.year,
    actor: ActorsOpt = None,
    directed: Annotated[bool, typer.Option("--directed", help="One row per direction (A acting on B).")] = False,
    planned: Annotated[bool, typer.Option("--with-planned", help="Count planned and hypothetical events too.")] = (
        False
    ),
    neutral: NeutralOpt = False,
) -> None:
    """Each pair's cooperation–conflict record per period: event counts by quad class, Goldstein
    sum and mean, an index in [-1, 1] and a confidence (README "Relations")."""
    statuses = {"occurred", "planned", "hypothetical"} if planned else {"occurred"}
    try:
        settings = _settings(config, store=store)
        if routed(settings.store, "relations", {"period": period.value, "actor": [a.upper() for a in actor or ()],
                                                "directed": directed, "with_planned": planned,
                                                "with_statements": neutral}):  # fmt: skip
            return
        rows = analysis.relations(settings, period.value, actors=[a.upper() for a in actor or ()],
                                  statuses=statuses, neutral=neutral, directed=directed)  # fmt: skip
    except DiplomapError as exc:
        _fail(exc)
        return
    if format is Format.jsonl:
        _jsonl([r.to_json() for r in rows])
        return
    table = Table("period", "pair", "events", "coop. verbal/material", "confl. verbal/material", "Goldstein mean",
                  "index", "confidence", "sources")  # fmt: skip
    for r in rows:
        q = r.quad_counts
        arrow = " → " if r.directed else " – "
        table.add_row(r.period, r.actor + arrow + r.recipient, str(r.events), f"{q['1']}/{q['2']}",
                      f"{q['3']}/{q['4']}", f"{r.goldstein_mean:+.2f}", f"{r.index:+.2f}", f"{r.confidence:.2f}",
                      str(r.independent_sources))  # fmt: skip
    out.print(table)
    if not rows:
        err.print("no relations (run `diplomap run` first; only dated, occurred events count by default)")


@app.command()
def network(
    period: Annotated[str, typer.Option("--period", help="2024, 2024-Q2 or 2024-06.")],
    store: StoreOpt = None,
    config: ConfigOpt = None,
    format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    min_weight: Annotated[float, typer.Option("--min-weight", help="Leave out ties weaker than this.")] = 0.05,
) -> None:
    """The signed alignment network of one period: ties, structural balance, blocs (README "Network")."""
    try:
        settings = _settings(config, store=store)
        if routed(settings.store, "network", {"period": _period(period), "min_weight": min_weight}):
            return
        found = analysis.network(settings, _period(period), min_weight=min_weight)
    except DiplomapError as exc:
        _fail(exc)
        return
    if format == "json":
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=1) + "\n")
        return
    balance = found["balance"]
    out.print(f"[bold]{period}[/]: {len(found['nodes'])} actors, {len(found['edges'])} ties; "
              f"balanced triads {balance['balanced']}/{balance['triads']}; frustration index "
              f"{balance['frustration_index']}")  # fmt: skip
    for i, bloc in enumerate(found["blocs"]):
        out.print(f"  bloc {i}: {', '.join(bloc)}")
    table = Table("a", "b", "weight", "index", "confidence", "events")
    for e in found["edges"]:
        table.add_row(e["a"], e["b"], f"{e['weight']:+.2f}", f"{e['index']:+.2f}", f"{e['confidence']:.2f}",
                      str(e["events"]))  # fmt: skip
    out.print(table)


@app.command()
def hedging(
    focal: Annotated[str, typer.Argument(help="The state whose position is measured (e.g. KOR).")],
    pole_a: Annotated[str, typer.Argument(help="First pole (e.g. USA).")],
    pole_b: Annotated[str, typer.Argument(help="Second pole (e.g. CHN).")],
    store: StoreOpt = None,
    config: ConfigOpt = None,
    format: FormatOpt = Format.table,
    period: ResolutionOpt = Resolution.year,
) -> None:
    """A state's tilt and hedging between two powers, period by period (README "Network")."""
    try:
        settings = _settings(config, store=store)
        if routed(settings.store, "hedging", {"focal": focal.upper(), "a": pole_a.upper(), "b": pole_b.upper(),
                                              "period": period.value}):  # fmt: skip
            return
        rows = analysis.hedging_of(settings, focal.upper(), pole_a.upper(), pole_b.upper(), period.value)
    except DiplomapError as exc:
        _fail(exc)
        return
    if format is Format.jsonl:
        _jsonl([h.to_json() for h in rows])
        return
    fmt = lambda x: "-" if x is None else f"{x:+.2f}"  # noqa: E731
    table = Table("period", f"index with {pole_a.upper()}", f"index with {pole_b.upper()}", "tilt", "hedging",
                  "confidence")  # fmt: skip
    for h in rows:
        table.add_row(h.period, fmt(h.index_a), fmt(h.index_b), fmt(h.tilt),
                      "-" if h.hedging is None else f"{h.hedging:.2f}", f"{h.confidence:.2f}")  # fmt: skip
    out.print(table)


@app.command()
def changes(
    since: Annotated[str, typer.Option("--from", help="The earlier period (2021, 2021-Q3, 2021-06).")],
    until: Annotated[str, typer.Option("--to", help="The later period, of the same kind.")],
    store: StoreOpt = None,
    config: ConfigOpt = None,
    format: FormatOpt = Format.table,
    actor: ActorsOpt = None,
    top: Annotated[int, typer.Option("--top", help="How many pairs.")] = 20,
) -> None:
    """The pairs whose relation moved most between two periods, with the events that drove each shift."""
    try:
        settings = _settings(config, store=store)
        if routed(settings.store, "changes", {"from": _period(since), "to": _period(until), "top": top,
                                              "actor": [a.upper() for a in actor or ()]}):  # fmt: skip
            return
        found = analysis.changes(settings, _period(since), _period(until), top=top,
                                 actors=[a.upper() for a in actor or ()])  # fmt: skip
    except (DiplomapError, ValueError) as exc:
        _fail(DiplomapError(str(exc)))
        return
    if format is Format.jsonl:
        _jsonl([s.to_json() for s in found])
        return
    table = Table("pair", f"{since}", f"{until}", "shift", "driving events")
    for s in found:
        drivers = "\n".join(f"{e.date or '?'} {e.cameo}: {e.sentence.strip()[:90]}" for e in s.drivers)
        table.add_row(f"{s.actor} – {s.recipient}", f"{s.weight_before:+.2f}", f"{s.weight_after:+.2f}",
                      f"{s.shift:+.2f}", drivers)  # fmt: skip
    out.print(table)
    if not found:
        err.print("no relations in either period")


@app.command()
def explain(
    a: Annotated[str, typer.Argument(help="One actor (e.g. KOR).")],
    b: Annotated[str, typer.Argument(help="The other (e.g. RUS).")],
    period: Annotated[str, typer.Option("--period", help="2024, 2024-Q2 or 2024-06.")],
    store: StoreOpt = None,
    config: ConfigOpt = None,
    format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """The events, reports and sentences behind one relation's value."""
    try:
        settings = _settings(config, store=store)
        if routed(settings.store, "explain", {"a": a.upper(), "b": b.upper(), "period": _period(period)}):
            return
        found = analysis.explain(settings, a.upper(), b.upper(), _period(period))
    except DiplomapError as exc:
        _fail(exc)
        return
    if format == "json":
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=1) + "\n")
        return
    rel = found["relation"]
    if rel is None:
        err.print(f"no counted events between {a.upper()} and {b.upper()} in {period}")
        return
    out.print(f"[bold]{' – '.join(found['pair'])} {period}[/]: index {rel['index']:+.2f}, confidence "
              f"{rel['confidence']:.2f}, {rel['events']} events from {rel['independent_sources']} "
              "independent sources")  # fmt: skip
    for e in found["events"]:
        parties = "+".join(x["code"] or "?" for x in e["actors"]) + " → " + "+".join(
            x["code"] or "?" for x in e["recipients"])
        out.print(f"\n[bold]{e['date'] or '?'}[/] {e['cameo']} {parties} (Goldstein {e['goldstein']:+.1f}; "
                  f"{e['reports']} reports, {e['independent_sources']} independent)", highlight=False)  # fmt: skip
        for r in e["evidence"]:
            source = r["outlet"] or r["document_id"][:12]
            out.print(f"   [dim]{source}[/] {r['sentence'].strip()}", highlight=False)


@app.command()
def report(
    out_file: Annotated[Path, typer.Option("--out", help="The HTML file to write.")] = Path("report.html"),
    store: StoreOpt = None,
    config: ConfigOpt = None,
    period: ResolutionOpt = Resolution.quarter,
    pairs: Annotated[int, typer.Option("--pairs", help="How many pairs to draw (the most reported).")] = 8,
    hedge: Annotated[
        list[str] | None,
        typer.Option("--hedge", help="FOCAL:POLE_A:POLE_B, e.g. KOR:USA:CHN (repeatable) [default: KOR between "
                     "USA and CHN, and USA and RUS, when present]."),
    ] = None,
) -> None:
    """Write one self-contained HTML report (works offline): trajectories, the network per period,
    hedging, framing, the biggest changes and the key events with their sentences and sources."""
    from ..report.html import STEPS, build_report

    triples = []
    for spec in hedge or ():
        parts = spec.upper().split(":")
        if len(parts) != 3:
            _fail(DiplomapError(f"--hedge takes FOCAL:POLE_A:POLE_B (e.g. KOR:USA:CHN), not {spec!r}"))
        triples.append((parts[0], parts[1], parts[2]))
    settings = _settings(config, store=store)
    show = settings.progress and err.is_terminal
    with Progress(TextColumn("[bold]report[/] {task.description}"), BarColumn(), console=err, disable=not show,
                  transient=True) as bar:  # fmt: skip
        task = bar.add_task("", total=len(STEPS))

        def step(name: str) -> None:
            bar.update(task, description=name, completed=STEPS.index(name))

        try:
            made = build_report(settings, out_file, resolution=period.value, top_pairs=pairs, hedges=triples,
                                progress=step)  # fmt: skip
        except DiplomapError as exc:
            _fail(exc)
            return
    span = f"{made.periods[0]}–{made.periods[-1]}" if made.periods else "-"
    out.print(f"wrote [bold]{made.path}[/] ({made.bytes / 1e6:.1f} MB, works offline): {made.documents} documents, "
              f"{made.events} real-world events, periods {span}. Open it in a browser: "
              f"file://{made.path.resolve()}")  # fmt: skip


@app.command()
def framing(
    store: StoreOpt = None,
    config: ConfigOpt = None,
    format: FormatOpt = Format.table,
    actor: ActorsOpt = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only this outlet (its registry name).")] = None,
    event: Annotated[str | None, typer.Option("--event", help="Outlets side by side on one event (its event_id).")] = (
        None
    ),
    evidence: Annotated[int, typer.Option("--evidence", help="Show this many sentences behind each cell.")] = 0,
) -> None:
    """Each outlet's stance toward each actor, from its authors' own sentences (quotes left out);
    or, with --event, how each outlet reported one event (README "Framing")."""
    try:
        settings = _settings(config, store=store)
        if routed(settings.store, "framing", {"actor": [a.upper() for a in actor or ()], "outlet": outlet,
                                              "event": event, "evidence": evidence}):  # fmt: skip
            return
        if event is not None:
            side = analysis.framing_of_event(settings, event)
            if format is Format.jsonl:
                _jsonl(side["reports"])
                return
            e = side["event"]
            out.print(f"[bold]{e['date']} {e['cameo']}[/] {e['sentence'].strip()[:140]}", highlight=False)
            table = Table("outlet", "code", "status", *(f"stance to {p}" for p in side["parties"]), "sentence")
            for r in side["reports"]:
                stances = (f"{r['stance'][p]:+.2f}" for p in side["parties"])
                table.add_row(r["outlet"] or r["document_id"][:12], r["cameo"], r["status"], *stances,
                              r["sentence"].strip()[:100])  # fmt: skip
            out.print(table)
            return
        cells = analysis.framing(settings, actors=[a.upper() for a in actor or ()], outlet=outlet)
        texts = analysis.sentence_texts(settings, sorted({s.document_id for c in cells for s in c.evidence})) \
            if evidence else None  # fmt: skip
    except DiplomapError as exc:
        _fail(exc)
        return
    if format is Format.jsonl:
        _jsonl([c.to_json(evidence=evidence, texts=texts) for c in cells])
        return
    table = Table("outlet", "actor", "stance", "confidence", "documents", "judged", "+ / − documents", "state media")
    for c in cells:
        table.add_row(c.outlet, c.actor, f"{c.stance:+.2f}", f"{c.confidence:.2f}", str(c.documents), str(c.judged),
                      f"{c.positive} / {c.negative}", "yes" if c.state_media else "")  # fmt: skip
    out.print(table)
    if texts:
        for c in cells:
            for item in c.to_json(evidence=evidence, texts=texts).get("evidence", []):
                out.print(f"[dim]{c.outlet} → {c.actor} {item['score']:+.1f}[/] {item.get('sentence', '').strip()}",
                          highlight=False)  # fmt: skip
    if not cells:
        err.print("no stances (run `diplomap run` first; documents need an outlet)")
