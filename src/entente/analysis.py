"""Dyadic relations over time: counts by QuadClass, Goldstein sums and means, shifts, and the network.

One event reported by several articles counts once: events from near-duplicate articles are left out,
and events with the same actors (country level), the same CAMEO code and the same month are merged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import networkx as nx
import numpy as np
import pandas as pd

from .store import Store

Period = Literal["month", "quarter", "year"]
PERIOD_LENGTH = {"year": 4, "month": 7, "quarter": 7}

DEDUPED_EVENTS = """
WITH base AS (
    SELECT e.*, substr(e.source, 1, 3) AS source3, substr(e.target, 1, 3) AS target3
    FROM events e JOIN documents d USING (doc_id)
    WHERE d.near_duplicate_of IS NULL AND e.target IS NOT NULL AND e.target <> ''
)
SELECT * FROM base
QUALIFY row_number() OVER (
    PARTITION BY source3, target3, code, coalesce(substr(date, 1, 7), doc_id) ORDER BY confidence DESC, event_id
) = 1
"""


def _period_of(date: str | None, period: Period) -> str | None:
    if not date:
        return None
    if period == "year":
        return date[:4]
    if len(date) < 7:
        # A year-precise date cannot be placed in a month: it goes to the year's first period.
        return f"{date[:4]}-01" if period == "month" else f"{date[:4]}-Q1"
    if period == "quarter":
        return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}"
    return date[:7]


def deduplicated_events(db: str | Path | None = None) -> pd.DataFrame:
    with Store(db, read_only=True) as store:
        return store.con.sql(DEDUPED_EVENTS).df()


def dyad_events(
    db: str | Path | None, source: str, target: str, since: str | None = None, until: str | None = None
) -> pd.DataFrame:
    events = deduplicated_events(db)
    mask = events["source"].str.startswith(source.upper()) & events["target"].str.startswith(target.upper())
    events = events[mask]
    if since:
        events = events[events["date"].fillna("") >= since]
    if until:
        events = events[events["date"].fillna("9999") <= until]
    return events.sort_values(["date", "doc_id", "sent_idx"], na_position="last")


def dyad_series(
    db: str | Path | None, source: str, target: str, period: Period = "month", since: str | None = None,
    until: str | None = None,
) -> pd.DataFrame:  # fmt: skip
    """Per period: events, counts by QuadClass, Goldstein sum and mean, cooperation–conflict balance."""
    events = dyad_events(db, source, target, since, until)
    columns = ["period", "events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict",
               "goldstein_sum", "goldstein_mean", "balance"]  # fmt: skip
    if events.empty:
        return pd.DataFrame(columns=columns)
    events = events.assign(period=[_period_of(d, period) for d in events["date"]]).dropna(subset=["period"])
    rows = []
    for key, group in events.groupby("period", sort=True):
        quads = group["quad_class"].value_counts()
        coop = int(quads.get(1, 0) + quads.get(2, 0))
        conflict = int(quads.get(3, 0) + quads.get(4, 0))
        rows.append({
            "period": key, "events": len(group), "verbal_coop": int(quads.get(1, 0)),
            "material_coop": int(quads.get(2, 0)), "verbal_conflict": int(quads.get(3, 0)),
            "material_conflict": int(quads.get(4, 0)), "goldstein_sum": round(float(group["goldstein"].sum()), 2),
            "goldstein_mean": round(float(group["goldstein"].mean()), 2),
            "balance": round((coop - conflict) / len(group), 3),
        })  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


@dataclass(frozen=True)
class Shift:
    period: str
    before: float
    after: float
    events: list[dict[str, Any]]
    """The events of the shift's first period that moved it most, strongest first."""


def detect_shifts(
    db: str | Path | None, source: str, target: str, period: Period = "month", penalty: float = 3.0
) -> list[Shift]:
    """Change points in the mean Goldstein score of a dyad (ruptures, PELT with an L2 cost)."""
    import ruptures

    series = dyad_series(db, source, target, period)
    if len(series) < 3:
        return []
    signal = series["goldstein_mean"].to_numpy(dtype=float).reshape(-1, 1)
    breaks = ruptures.Pelt(model="l2", min_size=1, jump=1).fit(signal).predict(pen=penalty)
    events = dyad_events(db, source, target)
    events = events.assign(period=[_period_of(d, period) for d in events["date"]])
    shifts = []
    start = 0
    for end in breaks[:-1]:
        before = float(np.mean(signal[start:end]))
        following = breaks[breaks.index(end) + 1]
        after = float(np.mean(signal[end:following]))
        label = str(series["period"].iloc[end])
        drivers = events[events["period"] == label].copy()
        drivers["weight"] = (drivers["goldstein"] - before).abs()
        top = drivers.sort_values("weight", ascending=False).head(3)
        columns = ["event_id", "doc_id", "date", "code", "goldstein", "sentence"]
        shifts.append(Shift(label, round(before, 2), round(after, 2), top[columns].to_dict("records")))
        start = end
    return shifts


def actor_node(code: str) -> str:
    """The node an actor code belongs to: its country, or the organisation itself."""
    return code if code.startswith("IGO") else code[:3]


def relation_network(db: str | Path | None = None, since: str | None = None, until: str | None = None) -> nx.DiGraph:
    """Actors (country or organisation level) as nodes; an edge per directed dyad with its event count and
    mean Goldstein score."""
    events = deduplicated_events(db)
    if since:
        events = events[events["date"].fillna("") >= since]
    if until:
        events = events[events["date"].fillna("9999") <= until]
    graph = nx.DiGraph()
    nodes = [events["source"].map(actor_node), events["target"].map(actor_node)]
    for (source, target), group in events.groupby(nodes):
        if source == target:
            continue
        graph.add_edge(source, target, events=len(group), goldstein=round(float(group["goldstein"].mean()), 2))
    for node in graph.nodes:
        graph.nodes[node]["events"] = int(
            sum(d["events"] for _, _, d in graph.in_edges(node, data=True))
            + sum(d["events"] for _, _, d in graph.out_edges(node, data=True))
        )
    return graph
