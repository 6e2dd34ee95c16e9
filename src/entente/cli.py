"""The ``entente`` command line: a thin layer over the Python API."""

from __future__ import annotations

import csv
import json
import os
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from . import demo as demo_module
from . import query
from .analysis import MIN_SHIFT_EVENTS
from .errors import EntenteError
from .events import DEFAULT_MODEL
from .export import DEFAULT_FORMATS, FORMATS, Written, export_files
from .labels import actor_label
from .pipeline import DOCUMENT_SECONDS, MAX_SENTENCE_CHARS, IngestProgress, IngestSettings, default_workers
from .pipeline import ingest as ingest_paths
from .query import EVENT_COLUMNS, EVENT_LABEL_COLUMNS, EventFilter, explain_event, list_events
from .records import IngestSummary, Skipped
from .sources import ReadLimits
from .store import DEFAULT_DB, default_db_path
from .store import stats as store_stats
from .terminal import stderr_is_terminal
from .workers import watch_parent_from_environment

app = typer.Typer(
    help="Entente: turn news and analysis articles into CAMEO-coded event data, with evidence.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True, soft_wrap=True)
out = Console()

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help=f"DuckDB store file (default: $ENTENTE_DB or ./{DEFAULT_DB}).", show_default=False),
]

EXIT_SKIPPED = 3
"""Exit status of ``ingest`` when the run finished but some inputs were skipped."""


def _fail(exc: Exception) -> None:
    message = " ".join(str(exc).split())  # one line, whatever the exception held
    console.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    raise typer.Exit(2)


PROGRESS_LINE_SECONDS = 15.0
"""Where stderr is not a terminal (a log file, an API job), a progress line at most this often."""


def _run_ingest(paths: list[Path], db: Path | None, settings: IngestSettings) -> IngestSummary:
    if not stderr_is_terminal():
        last = [time.monotonic()]

        def line(state: IngestProgress) -> None:
            if time.monotonic() - last[0] >= PROGRESS_LINE_SECONDS:
                last[0] = time.monotonic()
                console.print(f"ingest: {state.files_done}/{state.files_total} files read, stored {state.stored}, "
                              f"duplicates {state.duplicates}, skipped {state.skipped}")  # fmt: skip

        return ingest_paths(paths, db, settings=settings, progress=line)
    with Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        TextColumn("{task.description}"), console=console, transient=True,
    ) as bar:  # fmt: skip
        task = bar.add_task("", total=None)

        def progress(state: IngestProgress) -> None:
            bar.update(task, completed=state.files_done, total=state.files_total,
                       description=f"stored {state.stored}, skipped {state.skipped} · {Path(state.path).name[:40]}")

        return ingest_paths(paths, db, settings=settings, progress=progress)


def _print_summary(summary: IngestSummary) -> None:
    out.print(
        f"stored {summary.stored}, duplicates {summary.duplicates}, skipped {len(summary.skipped)}"
        f" (near-duplicates linked: {summary.near_duplicates})"
    )
    for item in summary.skipped:
        console.print(f"[yellow]skipped[/yellow] {escape(_where(item))}: {escape(item.reason)}", highlight=False)
    for item in summary.notes[:MAX_NOTES_SHOWN]:
        console.print(f"[cyan]note[/cyan] {escape(_where(item))}: {escape(item.reason)}", highlight=False)
    if summary.noted > MAX_NOTES_SHOWN:
        console.print(f"… and {summary.noted - MAX_NOTES_SHOWN} more notes: SELECT path, line, reason FROM ingest_log "
                      "WHERE status = 'stored' AND reason IS NOT NULL")  # fmt: skip


MAX_NOTES_SHOWN = 20


def _where(item: Skipped) -> str:
    return f"{item.path}:{item.line}" if item.line is not None else item.path


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl, .warc, .warc.gz).")],
    db: DbOption = None,
    boilerplate: Annotated[
        list[Path] | None, typer.Option(help="Extra boilerplate rule file (repeatable); see docs/formats.md.")
    ] = None,
    max_file_mb: Annotated[int, typer.Option(help="Skip single files larger than this.")] = 50,
    actors: Annotated[
        list[Path] | None, typer.Option("--actors", help="Actor dictionary in TABARI/PETRARCH format (repeatable).")
    ] = None,
    agents: Annotated[
        list[Path] | None, typer.Option("--agents", help="Agent dictionary in TABARI/PETRARCH format (repeatable).")
    ] = None,
    verbs: Annotated[
        list[Path] | None, typer.Option("--verbs", help="Extra verb lexicon (format of data/verbs.tsv; repeatable).")
    ] = None,
    model: Annotated[str, typer.Option(help="Installed spaCy English pipeline used for parsing.")] = DEFAULT_MODEL,
    code_events: Annotated[bool, typer.Option("--events/--no-events", help="Code events while ingesting.")] = True,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes for cleaning and coding (default: all cores).")
    ] = None,
    engine: Annotated[str, typer.Option(help="local (this machine) or ray (a Ray cluster; see README).")] = "local",
    ray_address: Annotated[str | None, typer.Option(help="Ray cluster address (default: start a local one).")] = None,
    shard_dir: Annotated[
        Path | None, typer.Option(help="With --engine ray: folder for the Parquet shards (kept; default: temporary).")
    ] = None,
    root: Annotated[
        Path | None,
        typer.Option(help="Refuse any input that resolves outside this folder; document ids are relative to it."),
    ] = None,
    max_doc_chars: Annotated[
        int, typer.Option(help="Truncate a document's text beyond this many characters (noted in the log).")
    ] = ReadLimits.max_doc_chars,
    max_html_chars: Annotated[
        int, typer.Option(help="Truncate an HTML page beyond this many characters of markup (noted in the log).")
    ] = ReadLimits.max_html_chars,
    max_sentence_chars: Annotated[
        int, typer.Option(help="Store but do not parse sentences longer than this (noted in the log).")
    ] = MAX_SENTENCE_CHARS,
    doc_seconds: Annotated[
        float, typer.Option(help="Time budget per document; a document over it is skipped with the reason.")
    ] = DOCUMENT_SECONDS,
) -> None:
    """Read, clean and store articles. Re-ingesting a file stores nothing new.

    Exit status 0 when every input was stored or was already there, 3 when some were skipped
    (each is listed with its reason and in the store's ingest log), 2 for an error that stopped the run.

    Example: entente ingest articles/ --db kaz.duckdb
    """
    watch_parent_from_environment()
    try:
        settings = IngestSettings(
            limits=ReadLimits(max_file_bytes=max_file_mb * 1024 * 1024, max_doc_chars=max_doc_chars,
                              max_html_chars=max_html_chars),  # fmt: skip
            boilerplate_files=tuple(boilerplate or ()),
            code_events=code_events,
            model=model,
            actor_files=tuple(actors or ()),
            agent_files=tuple(agents or ()),
            verb_files=tuple(verbs or ()),
            workers=workers or default_workers(),
            root=root,
            max_sentence_chars=max_sentence_chars,
            document_seconds=doc_seconds,
        )
        if engine == "ray":
            from .scale import ingest_with_ray

            summary = ingest_with_ray(paths, db, settings=settings, address=ray_address, shard_dir=shard_dir)
        elif engine == "local":
            summary = _run_ingest(paths, db, settings)
        else:
            raise ValueError(f"unknown engine {engine!r}; use local or ray")
    except (EntenteError, OSError, ValueError) as exc:
        _fail(exc)
        return
    except Exception as exc:  # noqa: BLE001 - one line, not a traceback; ENTENTE_DEBUG=1 shows the traceback
        if os.environ.get("ENTENTE_DEBUG"):
            raise
        _fail(RuntimeError(f"the run stopped on an unexpected error ({type(exc).__name__}: {exc}); batches "
                           "written so far are kept. Run again with ENTENTE_DEBUG=1 for the traceback and "
                           "report it"))  # fmt: skip
        return
    _print_summary(summary)
    if summary.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def export(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder to write into (created if missing).")],
    db: DbOption = None,
    fmt: Annotated[
        list[str] | None,
        typer.Option("--format", help=f"One of {', '.join(FORMATS)} (repeatable; default jsonl, csv, parquet)."),
    ] = None,
) -> None:
    """Write documents, events, facts, memberships and the ingest log as JSON Lines, CSV and Parquet,
    or the events as a GDELT 2.0 event table (--format gdelt).

    Example: entente export --out export/ --format jsonl
    """
    try:
        written = export_files(db, out_dir, fmt or DEFAULT_FORMATS)
    except (EntenteError, OSError, ValueError) as exc:
        _fail(exc)
        return
    _print_written(out_dir, written)


def _print_written(out_dir: Path, written: list[Written]) -> None:
    """The files an export wrote, grouped by table with the row count: only those, nothing it did not write."""
    out.print(f"wrote {len(written)} files to {out_dir}/", highlight=False)
    tables: dict[str, list[Written]] = {}
    for item in written:
        tables.setdefault(item.table, []).append(item)
    for items in tables.values():
        notes = "; ".join(i.note for i in items if i.note)
        out.print(f"  {', '.join(i.path.name for i in items)}  ({items[0].rows} rows{'; ' + notes if notes else ''})",
                  highlight=False)  # fmt: skip


@app.command()
def stats(db: DbOption = None) -> None:
    """Show what the store holds: rows per table, ingest outcomes, date span.

    Example: entente stats --db kaz.duckdb
    """
    try:
        figures = store_stats(db)
    except EntenteError as exc:
        _fail(exc)
        return
    table = Table(title=f"Entente store {figures['db']}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for name, n in figures["tables"].items():  # type: ignore[union-attr]
        table.add_row(name, str(n))
    for status, n in figures["ingest_log"].items():  # type: ignore[union-attr]
        table.add_row(f"ingest log: {status}", str(n))
    table.add_row("near-duplicate documents", str(figures["near_duplicate_documents"]))
    table.add_row("undated documents", str(figures["documents_undated"]))
    table.add_row("documents dated", f"{figures['documents_dated_from']} … {figures['documents_dated_to']}")
    out.print(table)


@app.command()
def events(
    db: DbOption = None,
    source: Annotated[str | None, typer.Option(help="Source actor code or prefix, e.g. KAZ or KAZGOV.")] = None,
    target: Annotated[str | None, typer.Option(help="Target actor code or prefix.")] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code or prefix, e.g. 11 or 0234.")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest event date, YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option(help="Latest event date, YYYY[-MM[-DD]].")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
    limit: Annotated[int | None, typer.Option(help="Show at most this many events.")] = None,
) -> None:
    """List coded events, oldest first, with the sentence each came from.

    Example: entente events --source KAZ --target RUS --since 2014-01-01
    """
    if fmt not in ("table", "jsonl", "csv"):
        _fail(ValueError(f"unknown format {fmt!r}; use table, jsonl or csv"))
    try:
        rows = list_events(db, EventFilter(source, target, code, since, until, limit=limit))
    except EntenteError as exc:
        _fail(exc)
        return
    if fmt == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=[*EVENT_COLUMNS, *EVENT_LABEL_COLUMNS])
        writer.writeheader()
        writer.writerows(rows)
        return
    _print_rows(rows, ["event_id", "date", "source", "target", "code", "goldstein", "sentence"],
                f"{len(rows)} events", "table")  # fmt: skip


@app.command()
def why(
    event_id: Annotated[str, typer.Argument(help="An event id from `entente events`.")],
    db: DbOption = None,
) -> None:
    """Explain one event: the sentence, its neighbours, the parse path and the lexicon entry that fired.

    Example: entente why 6a99d3dcf3dc6fa1 --db demo.duckdb
    """
    try:
        event = explain_event(db, event_id)
    except EntenteError as exc:
        _fail(exc)
        return
    target = f"{event['target']} ({event['target_name']})" if event["target"] else "(none)"
    out.print(Text.assemble(
        (f"{event['source']} ({event['source_name']}) → {target}", "bold"),
        f"  CAMEO {event['code']} {event['code_name']}  Goldstein {event['goldstein']}  "
        f"QuadClass {event['quad_class']}  date {event['date']}",
    ))  # fmt: skip
    out.print(f"document: {event['doc_id']} — {event['title'] or ''}", markup=False, highlight=False)
    for sentence in event["context"]:
        marker = "»" if sentence["sent_idx"] == event["sent_idx"] else " "
        out.print(f" {marker} {sentence['text']}", highlight=False, markup=False)
    out.print(f"predicate: {event['predicate']}    modality: {event['modality']}    confidence: {event['confidence']}")
    out.print(f"parse path: {event['parse_path']}", markup=False)
    out.print(f"lexicon entry: {event['rule']}    coder: {event['coder']}", markup=False)


LABELS = {"source": "source_name", "target": "target_name", "code": "code_name", "subject": "subject_name",
          "member": "member_name", "partner": "partner_name"}  # fmt: skip
"""Table columns that hold a code, and the row key of the code's readable name, shown under it."""


UNBROKEN = {"event_id", "story_id", "date", "period", "since", "until", "first"}


def _cell(row: dict, column: str) -> Text:
    """One table cell as plain text (article text may hold [brackets] that Rich would read as markup); a
    code with its readable name under it, dimmed."""
    value = row.get(column)
    text = Text("" if value is None else str(value))
    name = row.get(LABELS.get(column, ""))
    if value and name and name != value:
        text.append(f"\n{name}", style="dim")
    return text


def _print_rows(rows: list[dict], columns: list[str], title: str, fmt: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    table = Table(title=title)
    for column in columns:
        # Ids, dates and periods are read whole ("2014-04", not "2014-" over "04"); text folds.
        table.add_column(column.replace("_", " "), overflow="fold", no_wrap=column in UNBROKEN)
    for row in rows:
        table.add_row(*(_cell(row, c) for c in columns))
    out.print(table)


@app.command()
def facts(
    db: DbOption = None,
    subject: Annotated[str | None, typer.Option(help="Actor code or prefix the quantity is about, e.g. KAZ.")] = None,
    unit: Annotated[str | None, typer.Option(help="Only this unit: percent, USD, barrel per day, person …")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """List quantities stated about actors, with their unit, qualifier, topic and sentence.

    Example: entente facts --subject KAZ --unit percent
    """
    try:
        rows = query.list_facts(db, subject, unit)
    except EntenteError as exc:
        _fail(exc)
        return
    _print_rows([{**r, "quantity": r["quantity_text"]} if fmt == "table" else r for r in rows],
                ["date", "subject", "quantity", "topic", "sentence"], f"{len(rows)} facts", fmt)  # fmt: skip


@app.command()
def members(
    org: Annotated[str, typer.Argument(help="Organisation name or code: CSTO, EAEU, 'Customs Union', IGOCSTO …")],
    db: DbOption = None,
    on: Annotated[str | None, typer.Option(help="Members on this date, YYYY-MM-DD.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """Members of an organisation, from the articles and the built-in registry, with dates and evidence.

    Example: entente members CSTO --on 2010-01-01
    """
    try:
        rows = query.list_members(db, org, on)
    except EntenteError as exc:
        _fail(exc)
        return
    title = f"members of {rows[0]['org_name'] if rows else org}"
    _print_rows(rows, ["member", "since", "until", "origin", "documents", "evidence"], title, fmt)


@app.command(name="exposure")
def exposure_command(
    actor: Annotated[str, typer.Argument(help="Actor code, e.g. KAZ.")],
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """The facts that measure how an actor depends on others (trade, energy, loans, stakes), with evidence.

    Example: entente exposure KAZ
    """
    try:
        rows = query.exposure(db, actor)
    except EntenteError as exc:
        _fail(exc)
        return
    title = f"exposure of {actor.upper()} ({actor_label(actor.upper())}): {len(rows)} facts"
    _print_rows([{**r, "quantity": r["quantity_text"]} if fmt == "table" else r for r in rows],
                ["date", "subject", "partner", "quantity", "topic", "sentence"], title, fmt)  # fmt: skip


MinEventsOption = Annotated[
    int, typer.Option("--min-events", min=1, help="Events a shift needs on each side, before it and from it on.")
]

plot_app = typer.Typer(help="Draw pictures of the coded relations.", no_args_is_help=True)
app.add_typer(plot_app, name="plot")


@plot_app.command("dyad")
def plot_dyad_command(
    source: Annotated[str, typer.Argument(help="Source actor, e.g. KAZ.")],
    target: Annotated[str, typer.Argument(help="Target actor, e.g. RUS.")],
    out_file: Annotated[Path, typer.Option("--out", help="PNG file to write.")] = Path("dyad.png"),
    db: DbOption = None,
    period: Annotated[str, typer.Option(help="month, quarter or year.")] = "year",
    min_events: MinEventsOption = MIN_SHIFT_EVENTS,
) -> None:
    """Timeline of a dyad: cooperative and conflictual events and the mean Goldstein score, shifts marked.

    Example: entente plot dyad KAZ RUS --out kaz_rus.png
    """
    from .plots import plot_dyad

    try:
        path = plot_dyad(db, source, target, out_file, period, min_events)  # type: ignore[arg-type]
    except EntenteError as exc:
        _fail(exc)
        return
    out.print(f"wrote {path}")


@plot_app.command("network")
def plot_network_command(
    out_file: Annotated[Path, typer.Option("--out", help="PNG file to write.")] = Path("network.png"),
    db: DbOption = None,
    since: Annotated[str | None, typer.Option(help="Earliest event date.")] = None,
    until: Annotated[str | None, typer.Option(help="Latest event date.")] = None,
) -> None:
    """The relation network for a period: actors as nodes, arrows coloured by mean Goldstein score.

    Example: entente plot network --since 2022-01-01 --out net.png
    """
    from .plots import plot_network

    try:
        path = plot_network(db, out_file, since, until)
    except EntenteError as exc:
        _fail(exc)
        return
    out.print(f"wrote {path}")


@app.command()
def dyad(
    source: Annotated[str, typer.Argument(help="Source actor, e.g. KAZ.")],
    target: Annotated[str, typer.Argument(help="Target actor, e.g. RUS.")],
    db: DbOption = None,
    period: Annotated[str, typer.Option(help="month, quarter or year.")] = "year",
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    min_events: MinEventsOption = MIN_SHIFT_EVENTS,
) -> None:
    """Relations of one directed dyad per period: counts by QuadClass, Goldstein, balance, and shifts.

    Every period between the first and the last with events is listed; one without events shows 0 events.

    Example: entente dyad KAZ RUS --period year
    """
    from .analysis import detect_shifts, dyad_series

    try:
        series = dyad_series(db, source, target, period)  # type: ignore[arg-type]
        shifts = detect_shifts(db, source, target, period, min_events=min_events)  # type: ignore[arg-type]
    except (EntenteError, ValueError) as exc:
        _fail(exc)
        return
    rows = series.to_dict("records")
    if fmt == "table":
        # A period without events has no mean score or balance: a dash, not a 0.0 that reads as neutral.
        rows = [{**r, "goldstein_mean": "–", "balance": "–"} if r["events"] == 0 else r for r in rows]
    source, target = source.upper(), target.upper()
    title = f"{source} ({actor_label(source)}) → {target} ({actor_label(target)}) per {period}"
    _print_rows(rows, list(series.columns), title, fmt)
    for shift in shifts:
        if fmt == "jsonl":  # every line of a JSON Lines output is JSON
            typer.echo(json.dumps({"shift": shift.period, "before": shift.before, "after": shift.after,
                                   "events_before": shift.events_before, "events_after": shift.events_after}))
            continue
        out.print(f"shift in {shift.period}: mean Goldstein {shift.before:+.2f} → {shift.after:+.2f} "
                  f"({shift.events_before} events before, {shift.events_after} from then on)", highlight=False)
    if fmt == "table" and not shifts and len(series):
        out.print(f"no shift with at least {min_events} events on each side (--min-events)", highlight=False)


@app.command()
def stories(
    db: DbOption = None,
    threshold: Annotated[float, typer.Option(help="Cosine similarity for two reports to be one story.")] = 0.75,
    device: Annotated[str, typer.Option(help="auto (GPU when present), cpu or cuda.")] = "auto",
    limit: Annotated[int, typer.Option(help="List at most this many stories, most reported first (0: all).")] = 20,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """Group events reported by several articles into stories, by the meaning of their sentences, and list them.

    Example: entente stories --db kaz.duckdb
    """
    from .stories import cluster_stories, list_stories, load_encoder

    try:
        run = cluster_stories(db, threshold, encoder=load_encoder(device))
        found = list_stories(db)
    except EntenteError as exc:
        _fail(exc)
        return
    shown = found[:limit] if limit > 0 else found
    title = f"{run.events} events in {run.stories} stories ({run.multi_report_stories} reported more than once)"
    _print_rows(shown, ["story_id", "reports", "documents", "first", "source", "target", "code", "sentence"],
                title, fmt)  # fmt: skip
    if fmt == "table" and len(shown) < len(found):
        out.print(f"… and {len(found) - len(shown)} more stories (--limit 0 lists all)", highlight=False)


@app.command()
def similar(
    event_id: Annotated[str, typer.Argument(help="An event id from `entente events`.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="How many to show.")] = 5,
) -> None:
    """Evidence sentences closest in meaning to one event's (after `entente stories`).

    Example: entente similar 6a99d3dcf3dc6fa1 --db demo.duckdb
    """
    from .stories import similar_evidence

    try:
        rows = similar_evidence(db, event_id, limit)
    except EntenteError as exc:
        _fail(exc)
        return
    _print_rows(
        rows, ["similarity", "source", "target", "code", "doc_id", "sentence"], f"similar to {event_id}", "table"
    )


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to bind; 127.0.0.1 keeps it on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(help="Token that endpoints changing data require (default $ENTENTE_TOKEN; none: they are off)."),
    ] = None,
    data: Annotated[
        Path | None, typer.Option(help="Folder that ingest requests may read from (nothing outside it).")
    ] = None,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(help="Another Host name to answer to (repeatable); on loopback only this machine's by default."),
    ] = None,
) -> None:
    """Serve the HTTP API (schema at /openapi.json) and the dashboard (at /).

    Bound to loopback (the default), the server answers only requests addressed to 127.0.0.1, localhost
    or ::1 (and the names given with --allow-host), which keeps other web sites out (DNS rebinding).

    Example: entente serve --db kaz.duckdb --port 8000
    """
    import uvicorn

    from .store import Store
    from .web import create_app
    from .web.security import LOOPBACK_HOSTS

    try:
        Store(db, read_only=True).close()
    except EntenteError as exc:
        _fail(exc)
        return
    out.print(f"Entente on http://{host}:{port}/  (API schema: /openapi.json)")
    token = token or os.environ.get("ENTENTE_TOKEN")
    if host not in LOOPBACK_HOSTS and token is None:
        console.print("[yellow]note:[/yellow] serving beyond this machine; data-changing endpoints stay off")
    loopback = host in LOOPBACK_HOSTS
    hosts = [*LOOPBACK_HOSTS, *(allow_host or ())] if loopback or allow_host else None
    application = create_app(db, token=token, data_dir=data, allowed_hosts=hosts)
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command()
def demo(
    db: DbOption = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Where to export the demo results.")] = Path("demo-export"),
) -> None:
    """Ingest the bundled demo corpus, export it and print a summary.

    Example: entente demo --db demo.duckdb
    """
    corpus = demo_module.demo_corpus_path()
    out.print(f"demo corpus: {corpus}")
    try:
        summary = _run_ingest([corpus], db, IngestSettings())
        _print_summary(summary)
        written = export_files(db, out_dir, FORMATS)
    except (EntenteError, OSError, ValueError) as exc:
        _fail(exc)
        return
    _print_written(out_dir, written)
    stats(db)
    out.print("next, try:")
    for command in demo_module.next_commands(db if db is not None else default_db_path()):
        out.print(f"  {command}", markup=False, highlight=False, soft_wrap=True)  # whole lines, to copy


# Live sources (feeds, sitemaps, pages): commands of their own module, registered here.
from .cli_live import fetch as fetch_command  # noqa: E402
from .cli_live import sources_app  # noqa: E402
from .cli_live import watch as watch_command  # noqa: E402

app.add_typer(sources_app, name="sources")
app.command(name="fetch")(fetch_command)
app.command(name="watch", context_settings={"allow_extra_args": True})(watch_command)

if __name__ == "__main__":
    app()
