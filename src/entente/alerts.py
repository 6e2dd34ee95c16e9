"""Alerts on shifts: when new events move a watched dyad, say so once, with the evidence.

A dyad alerts for a month when the shift detector (:func:`entente.analysis.detect_shifts`) finds a change point
there, or when its monthly mean Goldstein score crosses the threshold (default 0: from cooperation to conflict
or back) from one month to the next. Both for the same month make one alert.

Alerts are delivered to a target: a JSON Lines file (one alert a line, appended) or a webhook URL (POSTed as
JSON). The store remembers, per target, which alerts it was sent (table ``alerts``) and which dyads it has
watched (``alert_dyads``): the first check of a dyad for a target records what is already there without
sending it, so a new watch does not announce the past; from then on, each new alert is sent once. An alert whose
delivery failed stays ``pending`` and is tried again at the next check.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import httpx

from .analysis import _period_of, detect_shifts, dyad_events, dyad_series
from .store import Store

SCHEMA = """
CREATE TABLE IF NOT EXISTS alerts (
    alert_id VARCHAR, target VARCHAR, dyad VARCHAR, period VARCHAR, status VARCHAR,
    created_at TIMESTAMP, sent_at TIMESTAMP, payload JSON, PRIMARY KEY (alert_id, target)
);
CREATE TABLE IF NOT EXISTS alert_dyads (dyad VARCHAR, target VARCHAR, first_checked TIMESTAMP,
    PRIMARY KEY (dyad, target));
"""
EVIDENCE = 5
ALERT_MIN_EVENTS = 3
"""Events an alert's change point needs on each side. Lower than the analysis default
(:data:`entente.analysis.MIN_SHIFT_EVENTS`): an alert is an early warning on a watched dyad, and waiting for
five events after a flip would hold it back for months; one odd report still cannot raise one."""


@dataclass(frozen=True)
class Alert:
    """A shift in one dyad, as sent: JSON with the dyad, the period, before and after, and the evidence."""

    source: str
    target: str
    period: str
    before: float
    after: float
    reasons: tuple[str, ...]
    evidence: list[dict[str, Any]] = field(default_factory=list)
    """The events of the period that moved it most: ``event_id``, ``doc_id``, ``date``, ``code``, ``goldstein``,
    ``sentence``."""

    @property
    def dyad(self) -> str:
        return f"{self.source}-{self.target}"

    @property
    def alert_id(self) -> str:
        return hashlib.blake2b(f"{self.dyad}|{self.period}".encode(), digest_size=8).hexdigest()

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["reasons"] = list(self.reasons)
        return {"alert_id": self.alert_id, "dyad": self.dyad, **data}


def busiest_dyads(db: str | Path | None, n: int = 10) -> list[tuple[str, str]]:
    """The ``n`` directed country-level dyads with the most (deduplicated) events."""
    from .analysis import DEDUPED_EVENTS

    with Store(db, read_only=True) as store:
        rows = store.con.execute(
            f"SELECT source3, target3, count(*) AS n FROM ({DEDUPED_EVENTS}) WHERE source3 <> target3 "
            "GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", [n],
        ).fetchall()  # fmt: skip
    return [(s, t) for s, t, _ in rows]


def find_alerts(
    db: str | Path | None, dyads: list[tuple[str, str]], threshold: float = 0.0, penalty: float = 3.0
) -> list[Alert]:
    """Every month of the watched dyads that has a change point or a threshold crossing, oldest first."""
    found: list[Alert] = []
    for source, target in dyads:
        source, target = source.upper(), target.upper()
        series = dyad_series(db, source, target, "month")
        # A month without events has no mean to cross the threshold with.
        series = series[series["events"] > 0]
        if series.empty:
            continue
        by_period: dict[str, tuple[float, float, list[str]]] = {}
        for shift in detect_shifts(db, source, target, "month", penalty, ALERT_MIN_EVENTS):
            by_period[shift.period] = (shift.before, shift.after, ["change point"])
        means = list(zip(series["period"], series["goldstein_mean"], strict=True))
        for (_, previous), (period, mean) in zip(means, means[1:], strict=False):
            if (previous >= threshold) != (mean >= threshold):
                reason = f"monthly mean Goldstein crossed {threshold:g}"
                before, after, reasons = by_period.get(period, (float(previous), float(mean), []))
                by_period[period] = (before, after, [*reasons, reason])
        if not by_period:
            continue
        events = dyad_events(db, source, target)
        events = events.assign(period=[_period_of(d, "month") for d in events["date"]])
        for period in sorted(by_period):
            before, after, reasons = by_period[period]
            drivers = events[events["period"] == period].copy()
            drivers["weight"] = (drivers["goldstein"] - before).abs()
            top = drivers.sort_values(["weight", "event_id"], ascending=[False, True]).head(EVIDENCE)
            evidence = top[["event_id", "doc_id", "date", "code", "goldstein", "sentence"]].to_dict("records")
            found.append(Alert(source, target, str(period), round(before, 2), round(after, 2), tuple(reasons),
                               [{k: _plain(v) for k, v in e.items()} for e in evidence]))  # fmt: skip
    return found


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def check_alerts(
    db: str | Path | None, dyads: list[tuple[str, str]], target: str | Path, threshold: float = 0.0
) -> list[Alert]:
    """Find the watched dyads' alerts, record the new ones and send each one not yet sent to ``target``;
    return those sent now. A dyad checked for the first time for this target only records what it finds."""
    found = find_alerts(db, dyads, threshold)
    where = str(target)
    with Store(db) as store:
        store.con.execute(SCHEMA)
        watched = {row[0] for row in store.con.execute("SELECT dyad FROM alert_dyads WHERE target = ?", [where])
                   .fetchall()}  # fmt: skip
        known = {row[0] for row in store.con.execute("SELECT alert_id FROM alerts WHERE target = ?", [where])
                 .fetchall()}  # fmt: skip
        for alert in found:
            if alert.alert_id in known:
                continue
            status = "pending" if alert.dyad in watched else "baseline"
            store.con.execute(
                "INSERT INTO alerts VALUES (?, ?, ?, ?, ?, now()::TIMESTAMP, NULL, ?)",
                [alert.alert_id, where, alert.dyad, alert.period, status, json.dumps(alert.to_json())],
            )  # fmt: skip
        for source, target_code in dyads:
            store.con.execute("INSERT INTO alert_dyads VALUES (?, ?, now()::TIMESTAMP) ON CONFLICT DO NOTHING",
                              [f"{source.upper()}-{target_code.upper()}", where])  # fmt: skip
        pending = store.con.execute(
            "SELECT alert_id, payload FROM alerts WHERE target = ? AND status = 'pending' ORDER BY created_at, period",
            [where],
        ).fetchall()  # fmt: skip
        sent: list[Alert] = []
        for alert_id, payload in pending:
            data = json.loads(payload)
            if deliver(data, target):
                store.con.execute("UPDATE alerts SET status = 'sent', sent_at = now()::TIMESTAMP "
                                  "WHERE alert_id = ? AND target = ?", [alert_id, where])  # fmt: skip
                sent.append(Alert(data["source"], data["target"], data["period"], data["before"], data["after"],
                                  tuple(data["reasons"]), data["evidence"]))  # fmt: skip
    return sent


def deliver(alert: dict[str, Any], target: str | Path) -> bool:
    """Append one alert to a JSON Lines file, or POST it to a webhook; False when that failed."""
    where = str(target)
    if where.startswith(("http://", "https://")):
        try:
            answer = httpx.post(where, json=alert, timeout=10.0, trust_env=False,
                                headers={"User-Agent": "Entente alerts"})  # fmt: skip
        except httpx.HTTPError:
            return False
        return 200 <= answer.status_code < 300
    path = Path(where)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(alert, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return True


def list_alerts(db: str | Path | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Alerts recorded in the store, newest first (each target's copy once), for the API."""
    with Store(db, read_only=True) as store:
        try:
            rows = store.con.execute(
                "SELECT any_value(payload), min(created_at), max(sent_at), string_agg(DISTINCT status, ',') "
                "FROM alerts GROUP BY alert_id ORDER BY min(created_at) DESC LIMIT ?", [limit],
            ).fetchall()  # fmt: skip
        except duckdb.CatalogException:  # a store that never watched has no alerts table
            return []
    return [{**json.loads(p), "created_at": str(c), "sent_at": str(s) if s else None, "status": st}
            for p, c, s, st in rows]  # fmt: skip
