"""Queries behind the dashboard's workbench: the filtered, sorted, paged event table (and its CSV/JSONL
downloads), zero-filled dyad series in both directions, events by country for the map, and the exposure
and membership views with partners and sources.

Every row carries readable labels beside its codes (``code_name``, ``root_name``, ``source_name`` …) from
:mod:`entente.labels`, so no view shows a bare code.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from .. import query
from ..analysis import Period, dyad_series
from ..labels import actor_label, country_name, event_label
from ..store import Store

TABLE_COLUMNS = (
    "event_id", "doc_id", "date", "date_precision", "source", "target", "code", "goldstein", "quad_class",
    "modality", "confidence", "sentence",
)  # fmt: skip
SORTS = ("date", "code", "source", "target", "goldstein", "quad_class", "modality", "confidence", "doc_id")
QUAD_NAMES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}
DOWNLOAD_COLUMNS = (
    "event_id", "date", "source", "source_name", "target", "target_name", "code", "code_name", "root", "root_name",
    "quad_class", "quad_name", "goldstein", "modality", "confidence", "doc_id", "title", "publisher", "sentence",
)  # fmt: skip


@dataclass(frozen=True)
class TableQuery:
    """The table's filters. Actor codes match as prefixes ('KAZ' matches 'KAZGOV'); ``actor`` matches either
    side; ``dyad`` ('KAZ-RUS') takes both directions. ``start``/``end`` are inclusive and may be YYYY, YYYY-MM
    or YYYY-MM-DD: ``end=2022`` keeps every event dated in 2022."""

    source: str | None = None
    target: str | None = None
    actor: str | None = None
    dyad: str | None = None
    code: str | None = None
    root: str | None = None
    quad_class: int | None = None
    start: str | None = None
    end: str | None = None
    modality: str | None = None
    q: str | None = None
    sort: str = "date"
    order: str = "asc"
    limit: int | None = 100
    offset: int = 0
    ingested_since: datetime | None = None
    """Only events of documents stored at or after this time (UTC when it has no zone)."""

    def where(self, store: Store) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for column, value in (("e.source", self.source), ("e.target", self.target)):
            if value:
                clauses.append(f"starts_with({column}, ?)")
                params.append(value.upper())
        if self.actor:
            clauses.append("(starts_with(e.source, ?) OR starts_with(e.target, ?))")
            params += [self.actor.upper()] * 2
        if self.dyad:
            a, _, b = self.dyad.upper().partition("-")
            clauses.append(
                "((starts_with(e.source, ?) AND starts_with(e.target, ?)) OR "
                "(starts_with(e.source, ?) AND starts_with(e.target, ?)))"
            )
            params += [a, b, b, a]
        if self.code:
            clauses.append("starts_with(e.code, ?)")
            params.append(self.code)
        if self.root:
            clauses.append("substr(e.code, 1, 2) = ?")
            params.append(self.root.zfill(2))
        if self.quad_class is not None:
            clauses.append("e.quad_class = ?")
            params.append(self.quad_class)
        if self.start:
            clauses.append("e.date >= ?")
            params.append(self.start)
        if self.end:
            clauses.append("substr(e.date, 1, ?) <= ?")
            params += [len(self.end), self.end]
        if self.ingested_since is not None:
            moment = self.ingested_since
            if moment.tzinfo is not None:
                moment = moment.astimezone(UTC).replace(tzinfo=None)
            clauses.append("d.ingested_at >= ?")
            params.append(moment)
        if self.modality:
            clauses.append("e.modality = ?")
            params.append(self.modality)
        if self.q and self.q.strip():
            text = self.q.strip()
            like = f"%{text}%"
            ors = ["e.sentence ILIKE ?", "d.title ILIKE ?", "e.source_text ILIKE ?", "e.target_text ILIKE ?",
                   "e.doc_id ILIKE ?", "e.event_id = ?"]  # fmt: skip
            params += [like] * 5 + [text]
            codes = _codes_named(store, text)
            if codes:
                ors.append(f"e.code IN ({', '.join('?' * len(codes))})")
                params += codes
            actors = _actors_named(store, text)
            if actors:
                marks = ", ".join("?" * len(actors))
                ors.append(f"e.source IN ({marks}) OR e.target IN ({marks})")
                params += actors * 2
            clauses.append("(" + " OR ".join(ors) + ")")
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _codes_named(store: Store, text: str) -> list[str]:
    codes = [row[0] for row in store.con.execute("SELECT DISTINCT code FROM events").fetchall() if row[0]]
    return [c for c in codes if text.lower() in event_label(c).lower()]


def _actors_named(store: Store, text: str) -> list[str]:
    rows = store.con.execute("SELECT DISTINCT source FROM events UNION SELECT DISTINCT target FROM events")
    codes = [row[0] for row in rows.fetchall() if row[0]]
    return [c for c in codes if text.lower() in actor_label(c).lower()]


def labelled(row: dict[str, Any]) -> dict[str, Any]:
    """The row with readable names beside its codes (names already present are kept)."""
    code = row.get("code") or ""
    row.setdefault("code_name", event_label(code))
    row.setdefault("root", code[:2] or None)
    row.setdefault("root_name", event_label(code[:2]) if code else "")
    row.setdefault("source_name", actor_label(row.get("source")))
    row.setdefault("target_name", actor_label(row.get("target")))
    if row.get("quad_class") is not None:
        row.setdefault("quad_name", QUAD_NAMES.get(int(row["quad_class"]), ""))
    return row


def event_table(db: str | Path, where: TableQuery) -> tuple[int, list[dict[str, Any]]]:
    """(number of matching events, the requested page of them), labelled, with the document's title."""
    sort = where.sort if where.sort in SORTS else "date"
    order = "DESC" if where.order.lower() == "desc" else "ASC"
    with Store(db, read_only=True) as store:
        sql, params = where.where(store)
        base = f"FROM events e LEFT JOIN documents d USING (doc_id){sql}"
        total = store.con.execute(f"SELECT count(*) {base}", params).fetchone()[0]  # type: ignore[index]
        page = ""
        if where.limit is not None:
            page = f" LIMIT {int(where.limit)} OFFSET {int(where.offset)}"
        columns = ", ".join(f"e.{c}" for c in TABLE_COLUMNS)
        relation = store.con.execute(
            f"SELECT {columns}, d.title, d.publisher {base} "
            f"ORDER BY e.{sort} {order} NULLS LAST, e.date NULLS LAST, e.doc_id, e.sent_idx, e.event_id{page}",
            params,
        )
        names = [c[0] for c in relation.description]
        rows = [labelled(dict(zip(names, row, strict=True))) for row in relation.fetchall()]
    return int(total), rows


def as_csv(rows: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=DOWNLOAD_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in DOWNLOAD_COLUMNS})
    return out.getvalue()


def as_jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)


# -- dyads in both directions, on a zero-filled time axis -------------------------------------------------


def inclusive_end(end: str | None) -> str | None:
    """A YYYY or YYYY-MM bound as the last day it covers, for comparisons on ISO date strings."""
    if not end:
        return end
    return end + ("-12-31" if len(end) == 4 else "-31" if len(end) == 7 else "")


def _period_key(label: str, period: Period) -> tuple[int, int]:
    year = int(label[:4])
    if period == "year":
        return year, 0
    if period == "quarter":
        return year, int(label[6]) - 1
    return year, int(label[5:7]) - 1


def _period_label(year: int, index: int, period: Period) -> str:
    if period == "year":
        return f"{year:04d}"
    if period == "quarter":
        return f"{year:04d}-Q{index + 1}"
    return f"{year:04d}-{index + 1:02d}"


def period_start(label: str, period: Period) -> str:
    """The first day of a period, for placing it on a time axis."""
    year, index = _period_key(label, period)
    month = 1 if period == "year" else (index * 3 + 1 if period == "quarter" else index + 1)
    return f"{year:04d}-{month:02d}-01"


def periods_between(first: str, last: str, period: Period) -> list[str]:
    """Every period from ``first`` to ``last`` inclusive (labels), none skipped."""
    steps = {"year": 1, "quarter": 4, "month": 12}[period]
    year, index = _period_key(first, period)
    end = _period_key(last, period)
    labels = []
    while (year, index) <= end and len(labels) < 5000:
        labels.append(_period_label(year, index, period))
        index += 1
        if index >= steps:
            year, index = year + 1, 0
    return labels


def _bound(date: str | None, period: Period, end: bool = False) -> str | None:
    """The period holding a YYYY, YYYY-MM or YYYY-MM-DD bound (for a year-only end: the year's last)."""
    if not date:
        return None
    if period == "year" or len(date) < 7:
        last = 3 if period == "quarter" else 11
        return date[:4] if period == "year" else _period_label(int(date[:4]), last if end else 0, period)
    if period == "quarter":
        return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}"
    return date[:7]


EMPTY_POINT = {"events": 0, "verbal_coop": 0, "material_coop": 0, "verbal_conflict": 0, "material_conflict": 0,
               "goldstein_sum": 0.0, "goldstein_mean": None, "balance": None}  # fmt: skip


def dyad_panels(
    db: str | Path, pairs: list[tuple[str, str]], period: Period = "year", start: str | None = None,
    end: str | None = None,
) -> dict[str, Any]:  # fmt: skip
    """For each pair (A, B): the A→B and B→A series on one shared axis of every period from the first to the
    last (or from ``start`` to ``end``), periods without events included as zeros."""
    raw = []
    for a, b in pairs:
        directions = []
        for source, target in ((a, b), (b, a)):
            frame = dyad_series(db, source, target, period, start, inclusive_end(end))
            directions.append((source.upper(), target.upper(), frame.to_dict("records")))
        raw.append(directions)
    seen = [p["period"] for directions in raw for _, _, rows in directions for p in rows]
    first = _bound(start, period) or (min(seen) if seen else None)
    last = _bound(end, period, end=True) or (max(seen) if seen else None)
    axis = periods_between(first, last, period) if first and last and first <= last else []
    dyads = []
    for (a, b), directions in zip(pairs, raw, strict=True):
        out = []
        for source, target, rows in directions:
            # A quiet period has no mean score (the analysis fills it with zeros for sums): "no data", not 0.
            by_period = {p["period"]: p for p in rows if p["events"]}
            series = [{"period": label, **(by_period.get(label) or EMPTY_POINT)} for label in axis]
            for point in series:
                point["period"] = str(point["period"])
            out.append({"source": source, "target": target, "source_name": actor_label(source),
                        "target_name": actor_label(target), "events": sum(p["events"] for p in series),
                        "series": series})  # fmt: skip
        dyads.append({"a": a.upper(), "b": b.upper(), "directions": out})
    return {
        "period": period,
        "axis": [{"period": label, "start": period_start(label, period)} for label in axis],
        "dyads": dyads,
    }


# -- the map ----------------------------------------------------------------------------------------------


@cache
def _is_country(code: str) -> bool:
    from ..labels import _NON_STATE_OPENERS

    return code == "KSV" or (code not in _NON_STATE_OPENERS and country_name(code) is not None)


def country_counts(db: str | Path, where: TableQuery) -> list[dict[str, Any]]:
    """Events per country (as source or target, once per event) for the table's filters: cooperation
    (QuadClass 1–2) and conflict (3–4) counts and the mean Goldstein score."""
    _, rows = event_table(db, TableQuery(**{**where.__dict__, "limit": None, "offset": 0}))
    tally: dict[str, dict[str, Any]] = {}
    for row in rows:
        for code in {(row["source"] or "")[:3], (row["target"] or "")[:3]}:
            if len(code) != 3 or not _is_country(code):
                continue
            entry = tally.setdefault(code, {"iso3": code, "name": country_name(code), "events": 0,
                                            "cooperation": 0, "conflict": 0, "goldstein_sum": 0.0})  # fmt: skip
            entry["events"] += 1
            entry["cooperation" if row["quad_class"] in (1, 2) else "conflict"] += 1
            entry["goldstein_sum"] += row["goldstein"] or 0.0
    result = []
    for entry in sorted(tally.values(), key=lambda e: (-e["events"], e["iso3"])):
        entry["goldstein_mean"] = round(entry.pop("goldstein_sum") / entry["events"], 2)
        result.append(entry)
    return result


# -- exposure and memberships, with partners and sources --------------------------------------------------


@cache
def _country_patterns() -> list[tuple[re.Pattern[str], str]]:
    from ..actors.gazetteer import load_countries

    patterns = []
    for entry in load_countries():
        code = entry.offices[0].code[:3]
        if not entry.phrase or not _is_country(code):
            continue
        patterns.append((re.compile(rf"\b{re.escape(entry.phrase)}\b", re.IGNORECASE), code))
    return patterns


def partners_in(text: str, actor: str) -> list[str]:
    """Countries named in a sentence, other than the actor itself, in order of first mention."""
    found: dict[str, int] = {}
    for pattern, code in _country_patterns():
        if code == actor[:3]:
            continue
        match = pattern.search(text)
        if match and (code not in found or match.start() < found[code]):
            found[code] = match.start()
    return sorted(found, key=found.__getitem__)


def _documents(store: Store, doc_ids: set[str]) -> dict[str, dict[str, Any]]:
    if not doc_ids:
        return {}
    marks = ", ".join("?" * len(doc_ids))
    relation = store.con.execute(
        f"SELECT doc_id, title, publisher, url, date FROM documents WHERE doc_id IN ({marks})", list(doc_ids)
    )
    return {r[0]: {"title": r[1], "publisher": r[2], "url": r[3], "doc_date": r[4]} for r in relation.fetchall()}


def exposure_view(db: str | Path, actor: str) -> list[dict[str, Any]]:
    """The actor's exposure facts, each with the partners its sentence names and the document it comes from
    (title, publisher, address, and the sentence's index for highlighting)."""
    facts = query.exposure(db, actor)
    with Store(db, read_only=True) as store:
        docs = _documents(store, {f["doc_id"] for f in facts})
        index = {r[0]: r[1] for r in store.con.execute("SELECT fact_id, sent_idx FROM facts").fetchall()}
    rows = []
    for fact in facts:
        partners = partners_in(fact["sentence"], actor.upper())
        rows.append({
            **fact, "sent_idx": index.get(fact["fact_id"]), "subject_name": actor_label(fact["subject"]),
            "partners": [{"code": p, "name": actor_label(p)} for p in partners],
            **docs.get(fact["doc_id"], {}),
        })  # fmt: skip
    return rows


def memberships_of(db: str | Path, actor: str) -> list[dict[str, Any]]:
    """The organisations an actor belongs to (from the articles and the registry), each with its partners
    (the other members) and its sources (documents, or the registry)."""
    from ..facts import load_registry

    actor = actor.upper()[:3] if not actor.upper().startswith("IGO") else actor.upper()
    registry = load_registry()
    orgs: dict[str, dict[str, Any]] = {}
    for row in registry.rows:
        if row.member == actor:
            orgs.setdefault(row.org_code, {"since": row.since.isoformat() if row.since else None,
                                           "until": row.until.isoformat() if row.until else None,
                                           "origin": "registry", "sources": []})  # fmt: skip
    with Store(db, read_only=True) as store:
        stored = store.con.execute(
            "SELECT org_code, since, until, origin, doc_id, sent_idx, sentence FROM memberships WHERE member = ? "
            "ORDER BY org_code, doc_id",
            [actor],
        ).fetchall()
        docs = _documents(store, {r[4] for r in stored if r[4]})
    for code, since, until, origin, doc_id, sent_idx, sentence in stored:
        entry = orgs.setdefault(code, {"since": since, "until": until, "origin": origin, "sources": []})
        if doc_id:
            if "text" in (origin or "") and entry["origin"] == "registry":
                entry["origin"] = "text+registry"
            entry["sources"].append({"doc_id": doc_id, "sent_idx": sent_idx, "sentence": sentence,
                                     **docs.get(doc_id, {})})  # fmt: skip
    result = []
    for code, entry in sorted(orgs.items()):
        partners = sorted({r.member for r in registry.members(code)} - {actor})
        result.append({"org": code, "org_name": actor_label(code) or registry.name(code), **entry,
                       "partners": [{"code": p, "name": actor_label(p)} for p in partners]})  # fmt: skip
    return result


def members_view(db: str | Path, org: str, on: str | None = None) -> list[dict[str, Any]]:
    """An organisation's members with their names and the source of each membership."""
    rows = query.list_members(db, org, on)
    for row in rows:
        row["member_name"] = actor_label(row["member"])
    return rows
