"""`diplomap` commands. Thin: options → Settings → library call → output."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .. import api
from ..config import Settings, load_settings
from ..errors import DiplomapError
from ..pipeline import Pipeline
from ..store import Store

app = typer.Typer(
    name="diplomap",
    help="Read news and analysis about international affairs; keep an evidence-linked model of the system of states.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
if not out.is_terminal:  # piped into a file or a pager: do not squeeze tables into 80 columns
    out = Console(width=160)
err = Console(stderr=True)


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"


StoreOpt = Annotated[Path | None, typer.Option("--store", help="DuckDB store file [default: ./diplomap.duckdb].")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="Settings file (TOML, table [diplomap]).")]
FormatOpt = Annotated[Format, typer.Option("--format", help="table for people, jsonl for scripts.")]


def _settings(config: Path | None, **overrides: Any) -> Settings:
    if "store" in overrides and overrides["store"] is not None:
        overrides["store"] = str(overrides["store"])
    return load_settings(config, overrides=overrides)


def _fail(exc: DiplomapError) -> None:
    err.print(f"[bold red]error:[/] {exc}")
    raise typer.Exit(2)


def _run(paths: list[str], settings: Settings, json_summary: bool, pipeline: Callable[[], Pipeline],
         extract: bool) -> None:  # fmt: skip
    show = settings.progress and err.is_terminal
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[origin]}", style="dim"),
    )
    with Progress(*columns, console=err, disable=not show, transient=True) as bar:
        task = bar.add_task("reading", total=None, origin="")

        def progress(done: int, total: int | None, origin: str) -> None:
            bar.update(task, completed=done, total=total, origin=Path(origin.split("#")[0]).name[-40:])

        actors_task = None

        def actors_progress(done: int, total: int | None, origin: str) -> None:
            nonlocal actors_task
            if actors_task is None:
                actors_task = bar.add_task("actors+events", total=total, origin="")
            bar.update(actors_task, completed=done, total=total)

        summary = api.run(paths, settings, stdin=sys.stdin.buffer, progress=progress, pipeline=pipeline,
                          extract=extract, extract_progress=actors_progress)  # fmt: skip
    if json_summary:
        out.print_json(json.dumps(summary.to_json()))
        return
    table = Table(title=f"diplomap: {settings.store}", show_header=False, box=None)
    table.add_row("inputs", f"{summary.inputs:,}")
    table.add_row("documents read", f"{summary.read:,}")
    table.add_row("stored (new)", f"{summary.stored:,}")
    table.add_row("already known", f"{summary.already_known:,}")
    if summary.unchanged:
        table.add_row("unchanged inputs (skipped)", f"{summary.unchanged:,}")
    table.add_row("rejected", f"{summary.rejected_total:,}")
    for reason, n in sorted(summary.rejected.items()):
        table.add_row(f"  {reason}", f"{n:,}")
    if summary.recleaned:
        table.add_row("re-cleaned (corpus furniture)", f"{summary.recleaned:,}")
    if extract:
        table.add_row("read for actors", f"{summary.extracted:,}")
        table.add_row("actor mentions found", f"{summary.mentions:,}")
        table.add_row("event reports coded", f"{summary.events:,}")
        if summary.reuse_pairs is not None:
            table.add_row("related document pairs (reuse)", f"{summary.reuse_pairs:,}")
        if summary.real_events is not None:
            table.add_row("real-world events (reports merged)", f"{summary.real_events:,}")
    for key, n in sorted(summary.other.items()):
        table.add_row(f"skipped: {key}", f"{n:,}")
    out.print(table)
    if summary.rejected_total:
        out.print(f"[dim]See why with: diplomap documents --rejected --store {settings.store}[/]")


PathsArg = Annotated[
    list[str], typer.Argument(help="Files, folders (recursive), fsspec URLs (s3://…) or - for standard input.")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")]
WorkersOpt = Annotated[
    int | None,
    typer.Option("--workers", help="Worker processes for per-document stages (with --executor ray: Ray workers)."),
]
ModeOpt = Annotated[str | None, typer.Option("--extraction-mode", help="HTML main text: default or fast.")]


class ExecutorChoice(StrEnum):
    local = "local"
    ray = "ray"


ExecutorOpt = Annotated[
    ExecutorChoice | None,
    typer.Option("--executor", help="Run per-document stages here (local) or on Ray (ray: needs the ray extra)."),
]
AddressOpt = Annotated[
    str | None,
    typer.Option("--address", help="With --executor ray: the Ray cluster to join (auto, ray://HOST:10001); "
                                   "default: a local Ray with --workers CPUs."),
]
MaxBytesOpt = Annotated[int | None, typer.Option("--max-document-bytes", help="Reject larger single documents.")]
ActorFileOpt = Annotated[
    list[Path] | None,
    typer.Option("--actor-file", help="Your own actors (YAML; repeatable): add to or override the packaged ones."),
]


EventLexiconOpt = Annotated[
    list[Path] | None,
    typer.Option("--event-lexicon", help="Your own event lexicon (YAML; repeatable): verb and noun senses added "
                 "to the packaged lexicon."),
]


def _remote() -> Any:
    """The module that routes commands through a running `diplomap serve` (imported late: it
    imports this one)."""
    from . import remote

    return remote


def _files_setting(files: list[Path] | None, kind: str, *, absolute: bool = False) -> str | None:
    """Files named on the command line as one setting (``absolute``: a server or a later command
    may not share this working directory; the files' versions are of their contents, so the
    path they are named by does not matter)."""
    if not files:
        return None
    for f in files:
        if not f.is_file():
            raise DiplomapError(f"{kind} {f} does not exist")
    return os.pathsep.join(str(f.resolve() if absolute else f) for f in files)


def _actor_files(files: list[Path] | None) -> str | None:
    return _files_setting(files, "actor file", absolute=True)


def _event_lexicon_files(files: list[Path] | None) -> str | None:
    return _files_setting(files, "event lexicon file", absolute=True)


def _run_command(pipeline: Callable[[], Pipeline], summary: str, extract: bool) -> Callable[..., None]:
    """`run` and `ingest` take the same options and differ only in the stages they chain."""

    def command(
        paths: PathsArg,
        store: StoreOpt = None,
        config: ConfigOpt = None,
        workers: WorkersOpt = None,
        executor: ExecutorOpt = None,
        address: AddressOpt = None,
        extraction_mode: ModeOpt = None,
        max_document_bytes: MaxBytesOpt = None,
        actor_file: ActorFileOpt = None,
        event_lexicon: EventLexiconOpt = None,
        embed: Annotated[bool | None, typer.Option("--embed/--no-embed", help="Also find rewordings with sentence "
                                                   "embeddings (the embed extra).")] = None,
        json_summary: JsonOpt = False,
    ) -> None:
        try:
            overrides = {"store": store, "workers": workers, "executor": executor, "ray_address": address,
                         "embed": embed, "extraction_mode": extraction_mode, "max_document_bytes": max_document_bytes,
                         "actor_files": _actor_files(actor_file),
                         "event_lexicon_files": _event_lexicon_files(event_lexicon)}  # fmt: skip
            settings = _settings(config, **overrides)
            if not extract and (actor_file or event_lexicon):
                raise DiplomapError("`diplomap ingest` reads, cleans and stores: it extracts no actors or events, so "
                                    "--actor-file and --event-lexicon belong to `diplomap run` and `diplomap recode`")
            if "-" not in paths and _remote().routed_ingest(settings.store, paths, settings.actor_files,
                                                            settings.event_lexicon_files):
                return  # a running `diplomap serve` holds the store: it reads the inputs
            _run(paths, settings, json_summary, pipeline, extract)
        except DiplomapError as exc:
            _fail(exc)

    command.__doc__ = summary
    return command


app.command("run")(_run_command(api.main_pipeline, "The main job: read → clean → store → actors.", True))
app.command("ingest")(_run_command(api.ingest_pipeline, "Read + clean + store only (no extraction).", False))


@app.command()
def forget(
    document_id: Annotated[str, typer.Argument(help="The document's id.")],
    store: StoreOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Remove a document and everything derived from it."""
    try:
        settings = _settings(config, store=store)
        if api.forget(document_id, settings):
            out.print(f"forgot {document_id}")
        else:
            err.print(f"no document {document_id} in {settings.store}")
            raise typer.Exit(1)
    except DiplomapError as exc:
        _fail(exc)


@app.command()
def documents(
    store: StoreOpt = None,
    config: ConfigOpt = None,
    format: FormatOpt = Format.table,
    text: Annotated[bool, typer.Option("--text", help="Include the cleaned text.")] = False,
    rejected: Annotated[bool, typer.Option("--rejected", help="List the inputs not stored, and why.")] = False,
) -> None:
    """List stored documents (or, with --rejected, the inputs that were not stored)."""
    try:
        settings = _settings(config, store=store)
        if not rejected and _remote().routed(settings.store, "documents", {}):
            return
        with Store(settings.store, read_only=True) as db:
            if rejected:
                _print_rejections(db, format)
            else:
                _print_documents(db, format, text)
    except DiplomapError as exc:
        _fail(exc)


def _print_rejections(db: Store, format: Format) -> None:
    rows = db.rejections()
    if format is Format.jsonl:
        for r in rows:
            sys.stdout.write(
                json.dumps({"origin": r.origin, "reason": r.reason, "detail": r.detail}, ensure_ascii=False) + "\n"
            )
        return
    table = Table("origin", "reason", "detail")
    for r in rows:
        table.add_row(r.origin, r.reason, r.detail)
    out.print(table)


def _print_documents(db: Store, format: Format, with_text: bool) -> None:
    if format is Format.jsonl:
        for doc in db.documents():
            sys.stdout.write(json.dumps(doc.to_json(with_text=with_text), ensure_ascii=False) + "\n")
        return
    table = Table("id", "date", "outlet", "title", "words", "warnings")
    for doc in db.documents():
        date = (
            doc.published.value
            if doc.published
            else (f"~{doc.published_estimate.value}" if doc.published_estimate else "")
        )
        table.add_row(
            doc.id[:12], date, doc.outlet or "", (doc.title or "")[:70], str(doc.words), ", ".join(sorted(doc.warnings))
        )
        if with_text:
            table.add_row("", "", "", doc.text, "", "")
    out.print(table)


@app.command()
def actors(
    store: StoreOpt = None,
    config: ConfigOpt = None,
    format: FormatOpt = Format.table,
    document: Annotated[str | None, typer.Option("--document", help="Only this document's mentions.")] = None,
    code: Annotated[str | None, typer.Option("--code", help="Only mentions resolved to this code (KOR, UN…).")] = None,
    unresolved: Annotated[bool, typer.Option("--unresolved", help="Only names that resolve to nothing.")] = False,
) -> None:
    """List actor mentions: one per span of text, with its code, sector, person and role at the date."""
    try:
        settings = _settings(config, store=store)
        if _remote().routed(settings.store, "actors", {"document": document, "code": code, "unresolved": unresolved}):
            return
        mentions = api.actor_mentions(settings, document, code.upper() if code else None, unresolved)
    except DiplomapError as exc:
        _fail(exc)
        return
    if format is Format.jsonl:
        for m in mentions:
            sys.stdout.write(json.dumps(m.to_json(), ensure_ascii=False) + "\n")
        return
    table = Table("document", "start", "text", "code", "sector", "person", "role", "date", "kind")
    for m in mentions:
        table.add_row(m.document_id[:12], str(m.start), m.text, m.code or "-", m.sector or "", m.person or "",
                      m.role or "", m.date or "", m.kind)  # fmt: skip
    out.print(table)
    if not mentions:
        err.print("no actor mentions (run `diplomap run` first, or `diplomap recode` after changing actor files)")


@app.command()
def events(
    store: StoreOpt = None,
    config: ConfigOpt = None,
    format: FormatOpt = Format.table,
    actor: Annotated[list[str] | None, typer.Option("--actor", help="Either side is this actor (repeatable).")] = None,
    between: Annotated[tuple[str, str] | None, typer.Option("--between", help="Events between two actors.")] = None,
    directed: Annotated[bool, typer.Option("--directed", help="--between A B: only A acting on B.")] = False,
    since: Annotated[str | None, typer.Option("--since", help="From this date (2021, 2021-03, 2021-03-25).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this date, any precision.")] = None,
    status: Annotated[str | None, typer.Option("--status", help="occurred, planned, hypothetical or negated.")] = None,
    document: Annotated[str | None, typer.Option("--document", help="Only this document's events.")] = None,
    consolidated: Annotated[
        bool, typer.Option("--consolidated", help="One row per real-world event (its reports merged), not per report.")
    ] = False,
    cameo: Annotated[
        bool, typer.Option("--cameo", help="Each report as CAMEO codes it: an act of material cooperation announced "
                                           "for the future is the intent to do it (03x), which occurred.")
    ] = False,
    min_confidence: Annotated[
        float | None, typer.Option("--min-confidence", min=0.0, max=1.0,
                                   help="Only reports at least this confident (0-1): the estimated chance that "
                                        "actors, recipients, quad class and status are all right.")
    ] = None,
) -> None:
    """List event reports: who did what to whom, when, whether it happened, and the sentence behind it.
    With --consolidated: real-world events, each with its reports and independent sources."""
    from ..model import EVENT_STATUSES

    if status is not None and status not in EVENT_STATUSES:
        _fail(DiplomapError(f"--status must be one of {', '.join(EVENT_STATUSES)}, not {status!r}"))
    if cameo and consolidated:
        _fail(DiplomapError("--cameo reads reports; real-world events (--consolidated) keep diplomap's codes"))
    if min_confidence is not None and consolidated:
        _fail(DiplomapError("--min-confidence filters reports; a real-world event (--consolidated) counts its "
                            "reports and independent sources instead"))
    try:
        settings = _settings(config, store=store)
        filters: dict[str, Any] = dict(
            actors=[a.upper() for a in actor or ()], since=since, until=until, status=status,
            between=(between[0].upper(), between[1].upper()) if between else None, directed=directed,
            document_id=document,
        )  # fmt: skip
        remote = {"actor": filters["actors"], "between": ",".join(filters["between"]) if between else None,
                  "directed": directed, "since": since, "until": until, "status": status, "document": document,
                  "consolidated": consolidated, "cameo": cameo, "min_confidence": min_confidence}  # fmt: skip
        if _remote().routed(settings.store, "events", remote):
            return
        if consolidated:
            _print_real_events(api.real_world_events(settings, **filters), format)
            return
        found = api.event_reports(settings, cameo=cameo, min_confidence=min_confidence, **filters)
    except DiplomapError as exc:
        _fail(exc)
        return
    if format is Format.jsonl:
        for e in found:
            sys.stdout.write(json.dumps(e.to_json(), ensure_ascii=False) + "\n")
        return
    table = Table("date", "actors", "cameo", "recipients", "status", "conf.", "sentence")
    for e in found:
        parties = "+".join(a.code or "?" for a in e.actors) + (" (joint)" if e.joint else "")
        flags = e.status + (" hist." if e.historical else "") + (f" [{e.attribution}]" if e.attribution else "")
        table.add_row(e.date or "?", parties, f"{e.cameo} {e.plover or ''}".strip(),
                      ",".join(r.code for r in e.recipients), flags,
                      "?" if e.confidence is None else f"{e.confidence:.2f}", e.sentence.strip()[:100])  # fmt: skip
    out.print(table)
    if not found:
        err.print("no event reports match (run `diplomap run` first, or `diplomap recode` after upgrading)")


@app.command("code")
def code_command(
    text: Annotated[str, typer.Argument(help="The text to code, or - to read it from standard input.")],
    published: Annotated[str | None, typer.Option("--published", help="When the text was published (2024, "
                                                  "2024-06, 2024-06-19): relative dates are read from it.")] = None,
    config: ConfigOpt = None,
    actor_file: ActorFileOpt = None,
    event_lexicon: EventLexiconOpt = None,
    format: FormatOpt = Format.table,
    why: Annotated[bool, typer.Option("--why", help="Also each clause: the actors recognised in it, and whether the "
                                      "coder parsed it or why it passed it by.")] = False,
    parse: Annotated[bool, typer.Option("--parse", help="Also the parse of each clause the coder read (implies "
                                        "--why): the words, lemmas, tags and dependencies its senses match.")] = False,
) -> None:
    """Code one text now, with no store: its event reports, each with the rule that coded it. For
    trying a sentence, or an entry of your own event lexicon or actor file."""
    if text == "-":
        text = sys.stdin.read()
    try:
        settings = _settings(config, actor_files=_actor_files(actor_file),
                             event_lexicon_files=_event_lexicon_files(event_lexicon))  # fmt: skip
        coded = api.code_text(text, settings, published=published, explain=why or parse)
    except DiplomapError as exc:
        _fail(exc)
        return
    why = why or parse
    if format is Format.jsonl:
        if not why:
            for r in coded.reports:
                sys.stdout.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
            return
        for c in coded.clauses:  # one object per clause, its reports inside
            obj = c.to_json() if parse else {k: v for k, v in c.to_json().items() if k != "tokens"}
            obj["reports"] = [r.to_json() for r in coded.reports if c.start <= r.trigger_start < c.end]
            sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
        return
    if why:
        _print_clauses(coded, parse)
    if not coded.reports:
        err.print("no event reports" + ("" if why else " (--why says, clause by clause, what the coder read)"))
        return
    table = Table("trigger", "actors", "cameo", "recipients", "status", "date", "conf.", "rule")
    for r in coded.reports:
        parties = "+".join(a.code or "?" for a in r.actors) + (" (joint)" if r.joint else "")
        flags = r.status + (" hist." if r.historical else "") + (f" [{r.attribution}]" if r.attribution else "")
        table.add_row(coded.text[r.trigger_start : r.trigger_end], parties, f"{r.cameo} {r.plover or ''}".strip(),
                      ",".join(x.code or "?" for x in r.recipients), flags, r.date or "?",
                      "?" if r.confidence is None else f"{r.confidence:.2f}", r.rule)  # fmt: skip
    out.print(table)


def _print_clauses(coded: Any, parse: bool) -> None:
    for c in coded.clauses:
        head = f"[bold]{c.start}-{c.end}[/] " + (f"parsed, {c.reports} report(s)" if c.passed_by is None else
                                                  f"not parsed: {c.passed_by}")  # fmt: skip
        out.print(head, highlight=False)
        out.print("  " + coded.text[c.start : c.end].strip().replace("\n", " "), markup=False, highlight=False)
        out.print("  actors: " + (", ".join(c.actors) or "none") + (f"; places: {', '.join(c.places)}" if c.places
                  else ""), markup=False, highlight=False)  # fmt: skip
        for w in c.unread:
            out.print(f"  no report from '{w.word}': {w.reason}", markup=False, highlight=False)
        if c.passed_by is None and not c.reports and not c.unread:
            from ..extract.code_text import NOTHING_READ

            out.print(f"  {NOTHING_READ}", markup=False, highlight=False)
        if parse and c.tokens:
            table = Table("i", "word", "lemma", "pos", "tag", "dep", "head")
            for t in c.tokens:
                table.add_row(str(t.i), t.text, t.lemma, t.pos, t.tag, t.dep, str(t.head))
            out.print(table)


def _print_real_events(found: list[Any], format: Format) -> None:
    if format is Format.jsonl:
        for e in found:
            sys.stdout.write(json.dumps(e.to_json(), ensure_ascii=False) + "\n")
        return
    table = Table("date", "actors", "cameo", "recipients", "status", "reports", "sources", "sentence")
    for e in found:
        parties = "+".join(a.code or "?" for a in e.actors) + (" (joint)" if e.joint else "")
        table.add_row(e.date or "?", parties, f"{e.cameo} {e.plover or ''}".strip(),
                      ",".join(r.code or "?" for r in e.recipients), e.status, str(e.reports),
                      str(e.independent_sources), e.sentence.strip()[:100])  # fmt: skip
    out.print(table)
    if not found:
        err.print("no events match (run `diplomap run` first)")


@app.command()
def reuse(
    store: StoreOpt = None,
    config: ConfigOpt = None,
    format: FormatOpt = Format.table,
    document: Annotated[str | None, typer.Option("--document", help="Only pairs with this document.")] = None,
    relation: Annotated[str | None, typer.Option("--relation", help="exact, near-duplicate or passage-reuse.")] = (
        None
    ),
) -> None:
    """List pairs of related documents: exact copies, near duplicates and copied passages."""
    try:
        settings = _settings(config, store=store)
        if _remote().routed(settings.store, "reuse", {"document": document, "relation": relation}):
            return
        pairs = api.reuse_pairs(settings, document, relation)
    except DiplomapError as exc:
        _fail(exc)
        return
    if format is Format.jsonl:
        for p in pairs:
            sys.stdout.write(json.dumps(p, ensure_ascii=False) + "\n")
        return
    table = Table("a", "b", "relation", "share a", "share b", "passages", "earlier")
    for p in pairs:
        table.add_row(p["a"][:12], p["b"][:12], p["relation"], f"{p['share_a']:.2f}", f"{p['share_b']:.2f}",
                      str(len(p["passages"])), p["earlier"] or "")  # fmt: skip
    out.print(table)
    if not pairs:
        err.print("no related documents (run `diplomap run` first)")


@app.command()
def recode(
    store: StoreOpt = None,
    config: ConfigOpt = None,
    workers: WorkersOpt = None,
    executor: ExecutorOpt = None,
    address: AddressOpt = None,
    actor_file: ActorFileOpt = None,
    event_lexicon: EventLexiconOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Re-read every document, changed or not.")] = False,
) -> None:
    """Re-run extraction (actors, events) on stored documents after the actor data, your actor files,
    the event lexicon (or your own lexicon files) or diplomap changed."""
    try:
        settings = _settings(config, store=store, workers=workers, executor=executor, ray_address=address,
                             actor_files=_actor_files(actor_file),
                             event_lexicon_files=_event_lexicon_files(event_lexicon))
        show = settings.progress and err.is_terminal
        with Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, disable=not show, transient=True) as bar:  # fmt: skip
            task = bar.add_task("actors", total=None)
            done = api.recode(settings, lambda d, t, _o: bar.update(task, completed=d, total=t), force=force)
        out.print(f"re-read {done.documents:,} documents: {done.mentions:,} actor mentions, "
                  f"{done.events:,} event reports")
    except DiplomapError as exc:
        _fail(exc)


@app.command("convert-dictionary")
def convert_dictionary(
    files: Annotated[list[Path], typer.Argument(help="TABARI/PETRARCH .actors or .agents dictionary files.")],
    output: Annotated[Path, typer.Option("--out", help="The actor file (YAML) to write.")],
) -> None:
    """Convert TABARI/PETRARCH actor and agent dictionaries into a diplomap actor file."""
    from ..extract.tabari import convert_file, dump_yaml, merge

    converted = []
    problems = 0
    for f in files:
        try:
            data, found = convert_file(f)
        except OSError as exc:
            _fail(DiplomapError(f"cannot read {f}: {exc.strerror}"))
            return
        converted.append(data)
        problems += len(found)
        for p in found[:5]:
            err.print(f"{f}:{p.line}: {p.reason}: {p.text[:80]}")
        if len(found) > 5:
            err.print(f"{f}: … and {len(found) - 5:,} more lines not converted")
    merged = merge(converted)
    output.write_text(dump_yaml(merged), encoding="utf-8")
    counts = ", ".join(f"{len(v):,} {k}" for k, v in merged.items() if isinstance(v, list))
    out.print(f"wrote {output}: {counts}; {problems:,} lines not converted")


eval_app = typer.Typer(help="Measure diplomap against your own gold files.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


#: the steps of ``Scores.missed_steps`` in words
_STEP_WORDS = {"no-sense": "no sense of the verb fits its clause", "no-actor": "a sense fits, no actor does it",
               "left-out": "a later step left it out", "noun": "a lexicon noun read as no event",
               "other": "a statement verb, a word the parse does not tag as the lexicon has it, or a clause the "
                        "gate passed by"}  # fmt: skip


@eval_app.command("events")
def eval_events(
    gold: Annotated[Path, typer.Argument(help="Gold events, one JSON object per line (README: Evaluating events).")],
    texts: Annotated[Path | None, typer.Option("--texts", help="Folder the gold's `doc` paths are relative to.")] = (
        None
    ),
    split: Annotated[str | None, typer.Option("--split", help="Only the gold rows of this split.")] = None,
    mismatches: Annotated[bool, typer.Option("--mismatches", help="List each report and gold event that differ.")] = (
        False
    ),
    actor_file: ActorFileOpt = None,
    event_lexicon: EventLexiconOpt = None,
    suggest: Annotated[Path | None, typer.Option(
        "--suggest", help="Write lexicon senses that would have read the missed gold events to this file (YAML, "
        "for --event-lexicon once reviewed).")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Precision, recall and F1 of the event coder against a gold file: overall, by CAMEO root, by
    quad class and by status; a report counts when its actors, recipients, quad class and status
    are the gold's."""
    from ..evaluate import evaluate_events
    from ..suggestions import SenseSuggestions

    suggestions = SenseSuggestions() if suggest is not None else None
    try:
        _actor_files(actor_file)
        _event_lexicon_files(event_lexicon)
        scores, reading = evaluate_events(gold, texts, split=split, actor_files=actor_file or (),
                                          event_lexicon_files=event_lexicon or (), suggestions=suggestions)
        if suggest is not None and suggestions is not None:
            try:
                senses = suggestions.write(suggest, gold)
            except OSError as exc:
                raise DiplomapError(f"cannot write {suggest}: {exc.strerror}") from None
            err.print(f"wrote {senses:,} suggested senses to {suggest} (from {suggestions.looked_at:,} missed gold "
                      f"events whose actor was recognised; {suggestions.not_lexical:,} of them already had a sense "
                      f"that fits, their miss lies elsewhere): review them, then --event-lexicon {suggest}")
    except DiplomapError as exc:
        _fail(exc)
        return
    rows = scores.rows()
    if json_out:
        out.print_json(json.dumps({"scores": rows, "missing_documents": reading.missing,
                                   "coded_whole": reading.coded_whole, "title_rows_left_out": reading.title_rows,
                                   "missed_by_cause": dict(scores.missed), "missed_by_step": dict(scores.missed_steps),
                                   **({"mismatches": scores.mismatches} if mismatches else {})}))  # fmt: skip
        return
    table = Table("slice", "reports", "gold", "precision", "recall", "F1")
    for r in rows:
        table.add_row(r["slice"], str(r["reports"]), str(r["gold"]),
                      *(f"{r[k]:.3f}" if r[k] is not None else "-" for k in ("precision", "recall", "f1")))  # fmt: skip
    out.print(table)
    if scores.missed:
        out.print("gold events without a report, by cause: " +
                  "; ".join(f"{cause} {n}" for cause, n in scores.missed.most_common()), highlight=False)  # fmt: skip
    if scores.missed_steps:
        out.print("the coder's misses, by the step that stopped them: " + "; ".join(
            f"{_STEP_WORDS[step]} {n}" for step, n in scores.missed_steps.most_common()) +
            " (`diplomap code --why` shows it for a sentence)", highlight=False)  # fmt: skip
    missing = reading.missing
    if missing:
        err.print(f"{len(missing)} gold document(s) could not be read: {', '.join(missing[:5])}")
    if reading.title_rows:
        err.print(f"{reading.title_rows} gold row(s) on a title line left out: a run codes the text, not the title")
    if reading.coded_whole:
        err.print(f"{len(reading.coded_whole)} document(s) coded whole (their cleaned text is not a verbatim part "
                  f"of the file): {', '.join(reading.coded_whole[:5])}")
    if mismatches:
        for m in scores.mismatches:
            gold_row = (m["gold"] or "-") + (f"  ({m['cause']})" if m.get("cause") else "")
            out.print(f"[bold]{m['doc']}[/]  report: {m['report'] or '-'}  gold: {gold_row}  {m['sentence']}",
                      markup=True, highlight=False)  # fmt: skip


def entry() -> None:
    app()


# The commands of the system model live in their own module; importing it registers them.
from . import serve as _serve  # noqa: E402,F401
from . import system as _system  # noqa: E402,F401
