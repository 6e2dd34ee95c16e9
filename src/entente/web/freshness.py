"""How current the store is: the sources being followed, the last and next fetch run, and the alerts sent.

Mounted by :func:`entente.web.create_app`. A store that was never fetched into answers with empty lists.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
from fastapi import APIRouter
from pydantic import BaseModel

from ..alerts import list_alerts
from ..store import Store


class SourceOut(BaseModel):
    name: str
    kind: str
    url: str
    language: str | None = None
    urls: int = 0
    stored: int = 0
    failed: int = 0
    pending: int = 0
    last_fetched: str | None = None


class RunOut(BaseModel):
    run_id: str
    started_at: str | None = None
    finished_at: str | None = None
    new: int | None = None
    unchanged: int | None = None
    failed: int | None = None
    requests: int | None = None
    summary: str | None = None


class FreshnessOut(BaseModel):
    sources: list[SourceOut]
    last_run: RunOut | None = None
    next_run_at: str | None = None
    """When a running ``entente watch`` will fetch again (UTC); None when no watch is running a schedule."""


class AlertOut(BaseModel):
    alert_id: str
    dyad: str
    source: str
    target: str
    period: str
    before: float
    after: float
    reasons: list[str]
    evidence: list[dict[str, Any]]
    created_at: str | None = None
    sent_at: str | None = None
    status: str


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def freshness(db: str | Path | None) -> dict[str, Any]:
    """The sources of the last fetch run with their frontier counts, the last run, and the next one."""
    with Store(db, read_only=True) as store:
        try:
            sources = store.con.execute(
                "SELECT s.name, s.kind, s.url, s.language, count(f.url) FILTER (WHERE f.role = 'article'), "
                "count(*) FILTER (WHERE f.outcome = 'stored'), count(*) FILTER (WHERE f.outcome = 'failed'), "
                "count(*) FILTER (WHERE f.outcome = 'pending'), max(f.last_fetched) "
                "FROM fetch_sources s LEFT JOIN frontier f ON f.source = s.name GROUP BY ALL ORDER BY s.name"
            ).fetchall()
            run = store.con.execute(
                "SELECT run_id, started_at, finished_at, new, unchanged, failed, requests, summary, next_run_at "
                "FROM fetch_runs ORDER BY started_at DESC LIMIT 1"
            ).fetchone()
        except duckdb.CatalogException:  # never fetched into
            return {"sources": [], "last_run": None, "next_run_at": None}
    keys = ("name", "kind", "url", "language", "urls", "stored", "failed", "pending", "last_fetched")
    listed = [dict(zip(keys, (*row[:8], _text(row[8])), strict=True)) for row in sources]
    last = None
    if run is not None:
        last = {"run_id": run[0], "started_at": _text(run[1]), "finished_at": _text(run[2]), "new": run[3],
                "unchanged": run[4], "failed": run[5], "requests": run[6], "summary": run[7]}  # fmt: skip
    return {"sources": listed, "last_run": last, "next_run_at": _text(run[8]) if run else None}


def freshness_router(db_path: Path) -> APIRouter:
    router = APIRouter()

    @router.get("/api/sources", response_model=FreshnessOut, tags=["freshness"])
    def sources() -> dict[str, Any]:
        """The sources followed (as of the last fetch run), their URL counts, the last run and the next."""
        return freshness(db_path)

    @router.get("/api/alerts", response_model=list[AlertOut], tags=["freshness"])
    def alerts() -> list[dict[str, Any]]:
        """Alerts on shifts recorded by `entente watch --alert`, newest first."""
        return list_alerts(db_path)

    return router
