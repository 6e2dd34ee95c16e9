"""Commands for live sources: ``entente sources …``, ``entente fetch`` and ``entente watch``.

Thin over :mod:`entente.sources` and :mod:`entente.watch`; registered on the main app by :mod:`entente.cli`.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .errors import EntenteError
from .sources import DEFAULT_SOURCES, Source, add_source, load_sources, remove_source
from .sources.fetch import FetchProgress, FetchSummary
from .sources.fetch import fetch as fetch_sources
from .store import DEFAULT_DB
from .terminal import stderr_is_terminal

console = Console(stderr=True, soft_wrap=True)
out = Console()

sources_app = typer.Typer(help="List and edit the sources file (feeds, sitemaps and pages to follow).",
                          no_args_is_help=True)  # fmt: skip

SourcesOption = Annotated[
    Path | None,
    typer.Option("--sources", help=f"Sources file (TOML; default ./{DEFAULT_SOURCES}).", show_default=False),
]
DbOption = Annotated[
    Path | None,
    typer.Option("--db", help=f"DuckDB store file (default: $ENTENTE_DB or ./{DEFAULT_DB}).", show_default=False),
]


def _fail(exc: Exception) -> None:
    console.print(f"[red]error:[/red] {escape(' '.join(str(exc).split()))}", highlight=False)
    raise typer.Exit(2)


@sources_app.command("add")
def sources_add(
    name: Annotated[str, typer.Argument(help="A short name for the source (letters, digits, . _ -).")],
    url: Annotated[str, typer.Argument(help="The feed's, sitemap's or page's URL.")],
    kind: Annotated[str, typer.Option(help="feed (RSS or Atom), sitemap, or page.")] = "feed",
    language: Annotated[str | None, typer.Option(help="Two-letter language of its articles (en, ru).")] = None,
    include: Annotated[list[str] | None, typer.Option(help="Only article URLs matching this glob (repeatable).")] = (
        None
    ),
    exclude: Annotated[list[str] | None, typer.Option(help="Never article URLs matching this glob (repeatable).")] = (
        None
    ),
    sources: SourcesOption = None,
) -> None:
    """Add a source to the sources file (created when missing).

    Example: entente sources add kazinform https://example.org/rss.xml --kind feed
    """
    try:
        added = add_source(sources, Source(name, kind, url, language, tuple(include or ()), tuple(exclude or ())))  # type: ignore[arg-type]
    except (EntenteError, ValueError, OSError) as exc:
        _fail(exc)
        return
    out.print(f"{added.path}: added {name} ({kind}); {len(added.sources)} source(s)")


@sources_app.command("list")
def sources_list(sources: SourcesOption = None) -> None:
    """List the sources in the sources file.

    Example: entente sources list --sources sources.toml
    """
    try:
        catalog = load_sources(sources)
    except (EntenteError, OSError) as exc:
        _fail(exc)
        return
    table = Table(title=str(catalog.path))
    for column in ("name", "kind", "url", "language", "include", "exclude"):
        table.add_column(column)
    for s in catalog.sources:
        table.add_row(s.name, s.kind, s.url, s.language or "", " ".join(s.include), " ".join(s.exclude))
    out.print(table)


@sources_app.command("remove")
def sources_remove(
    name: Annotated[str, typer.Argument(help="The name of the source to remove.")], sources: SourcesOption = None
) -> None:
    """Remove a source from the sources file (what was fetched from it stays in the store).

    Example: entente sources remove kazinform
    """
    try:
        left = remove_source(sources, name)
    except (EntenteError, OSError) as exc:
        _fail(exc)
        return
    out.print(f"{left.path}: removed {name}; {len(left.sources)} source(s) left")


def run_fetch(sources: Path | None, db: Path | None, processor: object | None = None) -> FetchSummary:
    """One fetch run with a progress bar on a terminal, and the summary line (and each failure) after it."""
    logging.getLogger("entente.fetch").setLevel(logging.ERROR)  # failures are printed below, once
    catalog = load_sources(sources)
    kwargs = {"processor": processor} if processor is not None else {}
    if stderr_is_terminal():
        with Progress(
            TextColumn("[bold]fetch"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.description}"), console=console, transient=True,
        ) as bar:  # fmt: skip
            task = bar.add_task("", total=None)

            def progress(state: FetchProgress) -> None:
                bar.update(task, completed=state.done, total=state.total,
                           description=f"{state.stage}: new {state.new}, failed {state.failed} · {state.url[-50:]}")

            summary = fetch_sources(catalog, db, progress=progress, **kwargs)  # type: ignore[arg-type]
    else:
        summary = fetch_sources(catalog, db, **kwargs)  # type: ignore[arg-type]
    for problem in summary.problems:
        console.print(f"[yellow]failed[/yellow] {escape(problem)}", highlight=False)
    out.print(summary.line(), highlight=False)
    return summary


def fetch(sources: SourcesOption = None, db: DbOption = None) -> None:
    """Fetch every source once, politely, and ingest the new and updated articles.

    robots.txt is honoured, one request at a time per host with a delay, conditional GETs; see docs/sources.md.

    Example: entente fetch --sources sources.toml --db kaz.duckdb
    """
    try:
        run_fetch(sources, db)
    except (EntenteError, OSError, ValueError) as exc:
        _fail(exc)


def watch(
    ctx: typer.Context,
    every: Annotated[str, typer.Option(help="Time between runs: 90s, 15m, 2h, 1d.")] = "15m",
    alert: Annotated[
        str | None, typer.Option(help="Send alerts on shifts here: a JSON Lines file, or a webhook URL (POST).")
    ] = None,
    dyad: Annotated[
        list[str] | None,
        typer.Option(help="A dyad to watch: --dyad KAZ RUS or --dyad KAZ-RUS (repeatable). Default: the ten busiest."),
    ] = None,
    threshold: Annotated[float, typer.Option(help="Alert when a monthly mean Goldstein crosses this.")] = 0.0,
    runs: Annotated[int | None, typer.Option(help="Stop after this many runs (default: until stopped).")] = None,
    sources: SourcesOption = None,
    db: DbOption = None,
) -> None:
    """Fetch every source, check the watched dyads for shifts, wait, and again, until stopped.

    Each alert (JSON: dyad, period, before and after, evidence event ids and sentences) is sent once.

    Example: entente watch --every 15m --alert alerts.jsonl --dyad BLR RUS --db kaz.duckdb
    """
    from .sources.frontier import now
    from .watch import WatchRun, WatchSettings, parse_every
    from .watch import watch as watch_loop

    try:
        pairs = dyad_pairs(dyad or [], list(ctx.args))
        settings = WatchSettings(parse_every(every), alert, pairs, runs, threshold)
        load_sources(sources)
    except (EntenteError, ValueError, OSError) as exc:
        _fail(exc)
        return

    def report(run: WatchRun) -> None:
        for problem in run.summary.problems:
            console.print(f"[yellow]failed[/yellow] {escape(problem)}", highlight=False)
        out.print(f"run {run.number}: {run.summary.line()}", highlight=False)
        for item in run.alerts:
            out.print(f"alert {item.dyad} {item.period}: {item.before:+.2f} -> {item.after:+.2f} "
                      f"({'; '.join(item.reasons)}) sent to {alert}", highlight=False)  # fmt: skip
        if run.next_run is not None:
            console.print(f"next run in {run.next_run:.0f} s (at {now():%H:%M:%S} UTC + wait)", highlight=False)

    logging.getLogger("entente.fetch").setLevel(logging.ERROR)
    try:
        watch_loop(sources, db, settings, on_run=report)
    except KeyboardInterrupt:
        console.print("stopped; the next watch or fetch goes on from here")
    except (EntenteError, OSError) as exc:
        _fail(exc)


def dyad_pairs(values: list[str], extra: list[str]) -> tuple[tuple[str, str], ...]:
    """The watched dyads from ``--dyad KAZ RUS`` (the option takes the first code, the target comes after it
    as an extra word) or ``--dyad KAZ-RUS``, in the order given."""
    pairs = []
    targets = list(extra)
    for text in values:
        parts = [p for p in re.split(r"[-:,/ ]", text.strip().upper()) if p]
        if len(parts) == 1 and targets:
            parts.append(targets.pop(0).strip().upper())
        if len(parts) != 2:
            raise ValueError(f"dyad {text!r} not understood; write it like --dyad KAZ RUS")
        pairs.append((parts[0], parts[1]))
    if targets:
        raise ValueError(f"unexpected words {' '.join(targets)!r}; a dyad is written --dyad KAZ RUS")
    return tuple(pairs)
