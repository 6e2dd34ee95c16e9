"""Read coded data back out of the store: filtered events, and why an event was coded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
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
    ingested_since: datetime | None = None
    """Only events of documents stored at or after this time (UTC when it has no zone)."""

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
        if self.ingested_since is not None:
            moment = self.ingested_since
            if moment.tzinfo is not None:
                moment = moment.astimezone(UTC).replace(tzinfo=None)
            clauses.append("doc_id IN (SELECT doc_id FROM documents WHERE ingested_at >= ?)")
            params.append(moment)
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


def list_facts(
    db: str | Path | None = None, subject: str | None = None, unit: str | None = None
) -> list[dict[str, Any]]:
    """Quantities about actors; ``subject`` matches as a prefix ('KAZ' matches 'KAZGOV')."""
    clauses, params = [], []
    if subject:
        clauses.append("starts_with(subject, ?)")
        params.append(subject.upper())
    if unit:
        clauses.append("unit = ?")
        params.append(unit)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    with Store(db, read_only=True) as store:
        relation = store.con.execute(
            "SELECT f.fact_id, f.doc_id, d.date, f.subject, f.quantity, f.unit, f.qualifier, f.topic, f.sentence "
            f"FROM facts f JOIN documents d USING (doc_id){where.replace('subject', 'f.subject')} "
            "ORDER BY d.date NULLS LAST, f.doc_id, f.sent_idx",
            params,
        )
        columns = [c[0] for c in relation.description]
        return [dict(zip(columns, row, strict=True)) for row in relation.fetchall()]


EXPOSURE_UNITS = {"percent"}
EXPOSURE_WORDS = (
    "export", "import", "trade", "oil", "gas", "transit", "pipeline", "gdp", "budget", "revenue", "loan", "debt",
    "stake", "share", "depend", "supply", "cargo", "remittance", "investment",
)  # fmt: skip


def exposure(db: str | Path | None, actor: str) -> list[dict[str, Any]]:
    """Facts that measure how an actor depends on others: shares of its trade, exports, budget or
    energy, and loans and stakes that involve it, with their evidence."""
    actor = actor.upper()
    rows = []
    for fact in list_facts(db):
        text = f"{fact['topic']} {fact['sentence']}".lower()
        about_actor = (fact["subject"] or "").startswith(actor)
        mentions_actor = actor in (fact["subject"] or "") or _names_actor(text, actor)
        economic = any(word in text for word in EXPOSURE_WORDS)
        if economic and (about_actor or (mentions_actor and fact["unit"] in EXPOSURE_UNITS | {"USD"})):
            rows.append(fact)
    return rows


def _names_actor(text: str, actor: str) -> bool:
    from .actors.gazetteer import load_countries

    names = {e.phrase.lower() for e in load_countries() if e.offices[0].code == actor}
    return any(name in text for name in names)


def list_members(db: str | Path | None, org: str, on: str | None = None) -> list[dict[str, Any]]:
    """Members of an organisation (code like IGOCSTO, or a name like 'CSTO'), as stated in the stored
    articles and the built-in registry, optionally as of a date."""
    from .facts import load_registry

    registry = load_registry()
    code = _org_code(org, registry)
    with Store(db, read_only=True) as store:
        rows = store.con.execute(
            "SELECT member, min(since) AS since, max(until) AS until, string_agg(DISTINCT origin, ',') AS origin, "
            "count(DISTINCT doc_id) AS documents, any_value(sentence) AS evidence "
            "FROM memberships WHERE org_code = ? GROUP BY member ORDER BY member",
            [code],
        ).fetchall()
    members = {
        r[0]: {"member": r[0], "since": r[1], "until": r[2], "origin": r[3], "documents": r[4], "evidence": r[5]}
        for r in rows
    }
    for row in registry.members(code):
        members.setdefault(row.member, {
            "member": row.member, "since": row.since.isoformat() if row.since else None,
            "until": row.until.isoformat() if row.until else None, "origin": "registry", "documents": 0,
            "evidence": None,
        })  # fmt: skip
    result = list(members.values())
    if on:
        result = [m for m in result if (m["since"] or "") <= on and (not m["until"] or on <= m["until"])]
    return sorted(result, key=lambda m: m["member"])


def _org_code(org: str, registry: Any) -> str:
    if org.upper().startswith("IGO"):
        return org.upper()
    from .actors.gazetteer import load_organisations

    for entry in load_organisations():
        if entry.phrase.lower() == org.lower():
            return entry.offices[0].code
    raise EntenteError(f"unknown organisation {org!r}; use a name such as CSTO or a code such as IGOCSTO")
