"""Read coded data back out of the store: filtered events, and why an event was coded."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import DataFileError, EntenteError
from .labels import actor_label, readable_quantity, with_event_labels
from .store import Store

EVENT_COLUMNS = (
    "event_id", "doc_id", "date", "date_precision", "source", "target", "code", "goldstein", "quad_class",
    "modality", "confidence", "sentence",
)  # fmt: skip
EVENT_LABEL_COLUMNS = ("code_name", "root_name", "source_name", "target_name")
"""Readable names added to every event row beside its codes (entente.labels); the codes stay the identifiers."""


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
        return [with_event_labels(dict(zip(columns, row, strict=True))) for row in relation.fetchall()]


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
    return with_event_labels(event)


def list_facts(
    db: str | Path | None = None, subject: str | None = None, unit: str | None = None
) -> list[dict[str, Any]]:
    """Quantities about actors; ``subject`` matches as a prefix ('KAZ' matches 'KAZGOV').

    Each row adds ``subject_name`` (the subject's readable name) and ``quantity_text`` (qualifier, number and
    unit as words: "about 2 billion USD") beside the raw ``quantity``, which stays a number for sorting."""
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
            "SELECT f.fact_id, f.doc_id, f.sent_idx, d.date, f.subject, f.quantity, f.unit, f.qualifier, f.topic, "
            "f.sentence "
            f"FROM facts f JOIN documents d USING (doc_id){where.replace('subject', 'f.subject')} "
            "ORDER BY d.date NULLS LAST, f.doc_id, f.sent_idx",
            params,
        )
        columns = [c[0] for c in relation.description]
        rows = [dict(zip(columns, row, strict=True)) for row in relation.fetchall()]
    for row in rows:
        row["subject_name"] = actor_label(row["subject"])
        row["quantity_text"] = readable_quantity(row["quantity"], row["unit"], row["qualifier"])
    return rows


@dataclass(frozen=True)
class ExposureRules:
    """What counts as a measure of dependence (``data/exposure.tsv``)."""

    units: frozenset[str]
    words: re.Pattern[str]


@cache
def exposure_rules() -> ExposureRules:
    origin = "entente/data/exposure.tsv"
    text = resources.files("entente").joinpath("data", "exposure.tsv").read_text(encoding="utf-8")
    values: dict[str, list[str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 2 or cols[0] not in {"units", "words"}:
            raise DataFileError(origin, number, "expected 'units' or 'words', a tab, and |-separated values")
        values[cols[0]] = [v.strip() for v in cols[1].split("|") if v.strip()]
    if set(values) != {"units", "words"}:
        raise DataFileError(origin, 0, "both 'units' and 'words' lines are required")
    words = re.compile(r"\b(?:" + "|".join(re.escape(w.lower()) for w in values["words"]) + ")")
    return ExposureRules(frozenset(values["units"]), words)


def exposure(db: str | Path | None, actor: str) -> list[dict[str, Any]]:
    """Facts that measure how an actor depends on others: shares of its trade, exports, budget or
    energy, and money and volumes that involve it, with their evidence.

    Only the units of ``data/exposure.tsv`` count (shares, money, energy and goods): deaths, troop numbers and
    border lengths are facts about an actor, not its dependence. Each row adds ``partner`` (the other
    countries and organisations its sentence names, country level, comma-separated, in order of mention; empty
    when the sentence names none) and ``partner_name`` (their readable names, "; "-separated)."""
    actor = actor.upper()
    rules = exposure_rules()
    rows = []
    named = _named_in_sentences(db)
    for fact in list_facts(db):
        if fact["unit"] not in rules.units:
            continue
        text = f"{fact['topic']} {fact['sentence']}".lower()
        subject = fact["subject"] or ""
        about_actor = subject.startswith(actor)
        mentions_actor = actor in subject or _names_actor(text, actor)
        if not rules.words.search(text) or not (about_actor or mentions_actor):
            continue
        partners = [] if about_actor or not subject else [_country_level(subject)]
        for code in named.get((fact["doc_id"], fact["sent_idx"]), []):
            if not code.startswith(actor[:3]) and code not in partners:
                partners.append(code)
        fact["partner"] = ", ".join(partners)
        fact["partner_name"] = "; ".join(actor_label(code) for code in partners)
        rows.append(fact)
    return rows


def _country_level(code: str) -> str:
    return code if code.startswith(("IGO", "NGO")) else code[:3]


def _named_in_sentences(db: str | Path | None) -> dict[tuple[str, int], list[str]]:
    """(doc_id, sent_idx) -> the countries and organisations a fact's sentence names, country level, in order."""
    with Store(db, read_only=True) as store:
        rows = store.con.execute(
            "SELECT a.doc_id, a.sent_idx, a.code FROM actors a "
            "WHERE a.kind IN ('country', 'igo', 'person', 'group') AND a.code IS NOT NULL "
            "AND (a.doc_id, a.sent_idx) IN (SELECT (doc_id, sent_idx) FROM facts) "
            "ORDER BY a.doc_id, a.sent_idx, a.start_char"
        ).fetchall()
    named: dict[tuple[str, int], list[str]] = {}
    for doc_id, sent_idx, code in rows:
        codes = named.setdefault((doc_id, sent_idx), [])
        level = _country_level(code)
        if level not in codes:
            codes.append(level)
    return named


def _names_actor(text: str, actor: str) -> bool:
    from .actors.gazetteer import load_countries

    names = {e.phrase.lower() for e in load_countries() if e.offices[0].code == actor}
    return any(name in text for name in names)


REGISTRY_SOURCE = "registry (entente/data/memberships.tsv)"


def list_members(db: str | Path | None, org: str, on: str | None = None) -> list[dict[str, Any]]:
    """Members of an organisation (code like IGOCSTO, or a name like 'CSTO'), as stated in the stored
    articles and the built-in registry, optionally as of a date.

    ``evidence`` is a sentence that states the membership, and ``documents`` the number of documents that
    state it; a member only the registry gives has no evidence sentence (``evidence_source`` names the
    registry). Each row also has ``member_name`` and ``org_name``, the readable names."""
    from .facts import load_registry

    registry = load_registry()
    code = _org_code(org, registry)
    with Store(db, read_only=True) as store:
        # Only rows read from the text count as evidence: a registry row of a document only names the
        # organisation somewhere in it, which says nothing about who its members are.
        rows = store.con.execute(
            "SELECT member, min(since) AS since, max(until) AS until, string_agg(DISTINCT origin, ',') AS origin, "
            "count(DISTINCT doc_id) FILTER (WHERE origin <> 'registry') AS documents, "
            "any_value(sentence) FILTER (WHERE origin <> 'registry' AND sentence IS NOT NULL) AS evidence "
            "FROM memberships WHERE org_code = ? GROUP BY member ORDER BY member",
            [code],
        ).fetchall()
    members = {
        r[0]: {"member": r[0], "since": r[1], "until": r[2], "origin": _origins(r[3]), "documents": r[4],
               "evidence": r[5]}  # fmt: skip
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
    org_name = actor_label(code)
    for member in result:
        member["member_name"] = actor_label(member["member"])
        member["org_name"] = org_name
        member["evidence_source"] = "article text" if member["evidence"] else REGISTRY_SOURCE
    return sorted(result, key=lambda m: m["member"])


def _origins(joined: str | None) -> str | None:
    """'registry,text+registry' -> 'text+registry': the strongest origin of the member's rows."""
    if not joined:
        return joined
    parts = set(joined.split(","))
    for origin in ("text+registry", "text", "registry"):
        if origin in parts:
            if origin == "text" and "registry" in parts:
                return "text+registry"
            return origin
    return joined


def _org_code(org: str, registry: Any) -> str:
    if org.upper().startswith("IGO"):
        return org.upper()
    from .actors.gazetteer import load_organisations

    for entry in load_organisations():
        if entry.phrase.lower() == org.lower():
            return entry.offices[0].code
    raise EntenteError(f"unknown organisation {org!r}; use a name such as CSTO or a code such as IGOCSTO")
