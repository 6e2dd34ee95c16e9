"""Keep a store current: fetch every source, check the watched dyads for shifts, wait, and again.

``watch`` reloads the sources file before each run (so ``entente sources add`` takes effect at the next run),
builds the per-document stages once, records when the next run is due (the API shows it), and sends alerts
through :func:`entente.alerts.check_alerts`. Stopping it (Ctrl-C, or killing it) loses nothing: the frontier
in the store says what the next run still has to do.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from .alerts import Alert, busiest_dyads, check_alerts
from .pipeline import DocumentProcessor, IngestSettings
from .sources import load_sources
from .sources.fetch import FetchSummary, fetch
from .sources.frontier import Frontier, now
from .store import Store

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """Seconds in an interval written ``90s``, ``15m``, ``2h``, ``1d`` or a plain number of seconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text)
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"interval {text!r} not understood; write it like 15m, 90s, 2h or 1d")
    return float(match.group(1)) * UNITS[match.group(2) or "s"]


@dataclass(frozen=True)
class WatchSettings:
    every: float = 900.0
    alert: str | None = None
    """A JSON Lines file or a webhook URL; None: no alerts."""
    dyads: tuple[tuple[str, str], ...] = ()
    """Watched dyads; empty: the ten busiest after each run."""
    runs: int | None = None
    """Stop after this many runs (None: until stopped)."""
    threshold: float = 0.0
    ingest: IngestSettings = field(default_factory=IngestSettings)

    def __post_init__(self) -> None:
        if not self.every > 0:
            raise ValueError("every must be a positive number of seconds")
        if self.runs is not None and self.runs < 1:
            raise ValueError("runs must be at least 1")


@dataclass(frozen=True)
class WatchRun:
    number: int
    summary: FetchSummary
    alerts: list[Alert]
    next_run: float | None
    """Seconds until the next run; None after the last."""


def watch(
    sources: str | Path | None,
    db: str | Path | None,
    settings: WatchSettings | None = None,
    on_run: Callable[[WatchRun], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Fetch and check for alerts every ``settings.every`` seconds; return the number of runs done."""
    settings = settings or WatchSettings()
    processor = DocumentProcessor(settings.ingest)
    number = 0
    while True:
        number += 1
        started = time.monotonic()
        summary = fetch(load_sources(sources), db, settings=settings.ingest, processor=processor)
        alerts: list[Alert] = []
        if settings.alert:
            dyads = list(settings.dyads) or busiest_dyads(db)
            alerts = check_alerts(db, dyads, settings.alert, settings.threshold)
        last = settings.runs is not None and number >= settings.runs
        wait = None if last else max(0.0, settings.every - (time.monotonic() - started))
        if wait is not None:
            with Store(db) as store:
                Frontier(store).set_next_run(now() + timedelta(seconds=wait))
        if on_run is not None:
            on_run(WatchRun(number, summary, alerts, wait))
        if wait is None:
            return number
        sleep(wait)
