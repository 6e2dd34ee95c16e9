"""The frontier: every URL a source has named, with what became of it, kept in the store.

One row per URL (feeds, sitemaps, pages and articles): its source, when it was first seen and last fetched, the
HTTP status, the hash of the body, the outcome and its reason, the validators for a conditional GET, and when a
failed URL is tried again. A run reads what is due from here and writes each outcome as soon as it is known,
so a killed run resumes where it stopped.

Outcomes: ``pending`` (to fetch), ``stored``, ``unchanged`` (304, or the same bytes), ``skipped`` (fetched but
not an article: see the ingest log), ``failed`` (``reason`` says why, ``next_retry`` when it is tried again;
none after ``MAX_ATTEMPTS``), ``disallowed`` (robots.txt), ``listed`` (a feed or sitemap read).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ..store import Store
from .catalog import Source
from .listing import Entry

SCHEMA = """
CREATE TABLE IF NOT EXISTS frontier (
    url VARCHAR PRIMARY KEY,
    source VARCHAR,
    role VARCHAR,
    first_seen TIMESTAMP,
    last_fetched TIMESTAMP,
    http_status INTEGER,
    content_hash VARCHAR,
    outcome VARCHAR,
    reason VARCHAR,
    etag VARCHAR,
    last_modified VARCHAR,
    listed_updated VARCHAR,
    fetched_updated VARCHAR,
    title VARCHAR,
    published VARCHAR,
    attempts INTEGER,
    next_retry TIMESTAMP,
    doc_id VARCHAR
);
CREATE TABLE IF NOT EXISTS fetch_runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    new INTEGER,
    unchanged INTEGER,
    failed INTEGER,
    requests INTEGER,
    summary VARCHAR,
    next_run_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS fetch_sources (
    name VARCHAR PRIMARY KEY, kind VARCHAR, url VARCHAR, language VARCHAR, updated_at TIMESTAMP
);
"""

RETRY_FIRST = timedelta(minutes=10)
RETRY_MAX = timedelta(days=1)
MAX_ATTEMPTS = 6
"""Failures in a row after which a URL is no longer tried (10 min, 40 min, 2.7 h, then daily between tries)."""
ROBOTS_RECHECK = timedelta(days=1)


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def retry_delay(attempts: int) -> timedelta | None:
    """How long after its ``attempts``-th failure in a row a URL is tried again; None: given up."""
    if attempts >= MAX_ATTEMPTS:
        return None
    return min(RETRY_MAX, RETRY_FIRST * 4 ** (attempts - 1))


@dataclass(frozen=True)
class Due:
    """A URL to fetch in this run, with what the frontier knows of it."""

    url: str
    source: str
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    listed_updated: str | None
    title: str | None
    published: str | None
    doc_id: str | None
    attempts: int


class Frontier:
    """Reads and writes the frontier tables of one open store (autocommitted, one statement per change)."""

    def __init__(self, store: Store) -> None:
        self.con = store.con
        self.con.execute(SCHEMA)

    # --- sources and runs ------------------------------------------------------------
    def register_sources(self, sources: tuple[Source, ...]) -> None:
        """The sources of this run, for the API (a removed source leaves; its URLs stay in the frontier)."""
        self.con.execute("DELETE FROM fetch_sources")
        for s in sources:
            self.con.execute("INSERT INTO fetch_sources VALUES (?, ?, ?, ?, ?)", [s.name, s.kind, s.url, s.language,
                                                                                   now()])  # fmt: skip

    def start_run(self, run_id: str) -> None:
        self.con.execute("INSERT INTO fetch_runs (run_id, started_at) VALUES (?, ?)", [run_id, now()])

    def finish_run(self, run_id: str, new: int, unchanged: int, failed: int, requests: int, summary: str) -> None:
        self.con.execute(
            "UPDATE fetch_runs SET finished_at = ?, new = ?, unchanged = ?, failed = ?, requests = ?, summary = ? "
            "WHERE run_id = ?", [now(), new, unchanged, failed, requests, summary, run_id],
        )  # fmt: skip

    def set_next_run(self, when: datetime) -> None:
        self.con.execute("UPDATE fetch_runs SET next_run_at = ? WHERE run_id = (SELECT run_id FROM fetch_runs "
                         "ORDER BY started_at DESC LIMIT 1)", [when])  # fmt: skip

    # --- listings ----------------------------------------------------------------------
    def listing_due(self, url: str, source: str, role: str) -> Due | None:
        """The feed or sitemap row, created on first sight; None while a failure's retry time has not come."""
        self.con.execute(
            "INSERT INTO frontier (url, source, role, first_seen, outcome, attempts) VALUES (?, ?, ?, ?, 'pending', 0) "
            "ON CONFLICT (url) DO NOTHING", [url, source, role, now()],
        )  # fmt: skip
        row = self.con.execute(
            "SELECT url, source, etag, last_modified, content_hash, listed_updated, title, published, doc_id, attempts "
            "FROM frontier WHERE url = ? AND (next_retry IS NULL OR next_retry <= ?) "
            "AND NOT (outcome = 'failed' AND next_retry IS NULL)", [url, now()],
        ).fetchone()  # fmt: skip
        return Due(*row) if row else None

    def see(self, source: Source, entry: Entry, revisit: bool = False) -> str:
        """Record an article URL a listing names: ``new``, ``updated`` (pending again because the listing gives
        a later date than when it was fetched) or ``known``."""
        row = self.con.execute("SELECT outcome, fetched_updated FROM frontier WHERE url = ?", [entry.url]).fetchone()
        if row is None:
            self.con.execute(
                "INSERT INTO frontier (url, source, role, first_seen, outcome, listed_updated, title, published, "
                "attempts) VALUES (?, ?, 'article', ?, 'pending', ?, ?, ?, 0) ON CONFLICT (url) DO NOTHING",
                [entry.url, source.name, now(), entry.updated, entry.title, entry.published],
            )  # fmt: skip
            return "new"
        outcome, fetched_updated = row
        later = entry.updated is not None and (fetched_updated is None or entry.updated > fetched_updated)
        if outcome in ("stored", "unchanged", "skipped") and (later or revisit):
            self.con.execute(
                "UPDATE frontier SET outcome = 'pending', listed_updated = ?, title = coalesce(?, title) "
                "WHERE url = ?", [entry.updated, entry.title, entry.url],
            )  # fmt: skip
            return "updated"
        if entry.updated is not None:
            self.con.execute("UPDATE frontier SET listed_updated = ? WHERE url = ?", [entry.updated, entry.url])
        return "known"

    # --- articles ----------------------------------------------------------------------
    def due_articles(self, limit: int) -> tuple[list[Due], int]:
        """Article URLs to fetch now, oldest first (at most ``limit``), and how many more wait for a later run."""
        where = ("role = 'article' AND (outcome = 'pending' OR (outcome IN ('failed', 'disallowed') "
                 "AND next_retry IS NOT NULL AND next_retry <= ?))")  # fmt: skip
        total = self.con.execute(f"SELECT count(*) FROM frontier WHERE {where}", [now()]).fetchone()
        rows = self.con.execute(
            "SELECT url, source, etag, last_modified, content_hash, listed_updated, title, published, doc_id, "
            f"attempts FROM frontier WHERE {where} ORDER BY first_seen, url LIMIT ?", [now(), limit],
        ).fetchall()  # fmt: skip
        waiting = (total[0] if total else 0) - len(rows)
        return [Due(*row) for row in rows], waiting

    def record(
        self,
        url: str,
        outcome: str,
        *,
        status: int | None = None,
        reason: str | None = None,
        content_hash: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        doc_id: str | None = None,
    ) -> datetime | None:
        """Write what came of fetching ``url``; a failure gets its next try (returned; None: given up)."""
        when = now()
        if outcome in ("failed", "disallowed"):
            row = self.con.execute("SELECT attempts FROM frontier WHERE url = ?", [url]).fetchone()
            attempts = (row[0] or 0) + 1 if row else 1
            delay = ROBOTS_RECHECK if outcome == "disallowed" else retry_delay(attempts)
            next_retry = when + delay if delay is not None else None
            if next_retry is None:
                reason = f"{reason} (gave up after {attempts} tries; fix the source or remove it)"
            self.con.execute(
                "UPDATE frontier SET outcome = ?, reason = ?, http_status = ?, last_fetched = ?, attempts = ?, "
                "next_retry = ? WHERE url = ?", [outcome, reason, status, when, attempts, next_retry, url],
            )  # fmt: skip
            return next_retry
        self.con.execute(
            "UPDATE frontier SET outcome = ?, reason = ?, http_status = ?, last_fetched = ?, attempts = 0, "
            "next_retry = NULL, content_hash = coalesce(?, content_hash), etag = coalesce(?, etag), "
            "last_modified = coalesce(?, last_modified), doc_id = coalesce(?, doc_id), "
            "fetched_updated = listed_updated WHERE url = ?",
            [outcome, reason, status, when, content_hash, etag, last_modified, doc_id, url],
        )  # fmt: skip
        return None

