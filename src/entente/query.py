"""Read coded data back out of the store: filtered events, and why an event was coded."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import EntenteError
from .store import Store

EVENT_COLUMNS = (
    "event_id", "doc_id", "date", "date_precision", "source", "target", "code", "goldstein", "quad_class",
    "modality", "confidence", "sentence",
)  # fmt: skip


@dataclass(frozen=True)
class EventFilter:
    """Which events to return; actor codes match as prefixes ('KAZ' matches 'KAZGOV')."""

    source: str | None = None
    target: str | None = None
    code: str | None = None
    since: str | None = None
    until: str | None = None
    doc_id: str | None = None
    limit: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for column, value in (("source", self.source), ("target", self.target), ("code", self.code)):
            if value:
                clauses.append(f"starts_with({column}, ?)")
                params.append(value.upper() if column != "code" else value)
        if self.since:
            clauses.append("date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("date <= ?")
            params.append(self.until)
        if self.doc_id:
            clauses.append("doc_id = ?")
            params.append(self.doc_id)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def list_events(db: str | Path | None = None, where: EventFilter | None = None) -> list[dict[str, Any]]:
    """Events matching the filter, oldest first, as plain dicts."""
    where = where or EventFilter()
    sql, params = where.where()
    limit = f" LIMIT {int(where.limit)}" if where.limit else ""
    with Store(db, read_only=True) as store:
        relation = store.con.execute(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events{sql} ORDER BY date NULLS LAST, doc_id, sent_idx{limit}",
            params,
        )
        columns = [d[0] for d in relation.description]
        return [dict(zip(columns, row, strict=True)) for row in relation.fetchall()]


def explain_event(db: str | Path | None, event_id: str) -> dict[str, Any]:
    """Everything behind one event: its sentence and neighbours, the parse path and the lexicon entry."""
    with Store(db, read_only=True) as store:
        relation = store.con.execute("SELECT * FROM events WHERE event_id = ?", [event_id])
        row = relation.fetchone()
        if row is None:
            raise EntenteError(f"no event {event_id!r} in {store.path}; list ids with `entente events`")
        event = dict(zip([d[0] for d in relation.description], row, strict=True))
        context = store.con.execute(
            "SELECT sent_idx, text FROM sentences WHERE doc_id = ? AND sent_idx BETWEEN ? AND ? ORDER BY sent_idx",
            [event["doc_id"], event["sent_idx"] - 1, event["sent_idx"] + 1],
        ).fetchall()
        title = store.con.execute("SELECT title FROM documents WHERE doc_id = ?", [event["doc_id"]]).fetchone()
    event["context"] = [{"sent_idx": i, "text": t} for i, t in context]
    event["title"] = title[0] if title else None
    return event
