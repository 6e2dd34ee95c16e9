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

from .labels import actor_label, event_label
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


def _next_period(key: str, period: Period) -> str:
    if period == "year":
        return str(int(key) + 1)
    if period == "quarter":
        year, quarter = int(key[:4]), int(key[-1])
        return f"{year + 1}-Q1" if quarter == 4 else f"{year}-Q{quarter + 1}"
    year, month = int(key[:4]), int(key[5:7])
    return f"{year + 1}-01" if month == 12 else f"{year}-{month + 1:02d}"


def period_range(first: str, last: str, period: Period) -> list[str]:
    """Every period from ``first`` to ``last``, both included ("2014-11" … "2015-02")."""
    keys = [first]
    while keys[-1] < last:
        keys.append(_next_period(keys[-1], period))
    return keys


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


SERIES_COLUMNS = ["period", "events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict",
                  "goldstein_sum", "goldstein_mean", "balance"]  # fmt: skip


def dyad_series(
    db: str | Path | None, source: str, target: str, period: Period = "month", since: str | None = None,
    until: str | None = None,
) -> pd.DataFrame:  # fmt: skip
    """Per period: events, counts by QuadClass, Goldstein sum and mean, cooperation–conflict balance.

    Every period from the first with events to the last is a row: a period with no events has ``events`` 0
    (and 0 in every other column), so a quiet spell shows as zero rather than as a gap that a line would draw
    straight across. Read ``goldstein_mean`` and ``balance`` of such a row as "no events", not as neutral."""
    events = dyad_events(db, source, target, since, until)
    if events.empty:
        return pd.DataFrame(columns=SERIES_COLUMNS)
    events = events.assign(period=[_period_of(d, period) for d in events["date"]]).dropna(subset=["period"])
    if events.empty:
        return pd.DataFrame(columns=SERIES_COLUMNS)
    groups = dict(iter(events.groupby("period", sort=True)))
    rows = []
    for key in period_range(min(groups), max(groups), period):
        group = groups.get(key)
        if group is None:
            rows.append({"period": key, **{c: 0 for c in SERIES_COLUMNS[1:6]}, "goldstein_sum": 0.0,
                         "goldstein_mean": 0.0, "balance": 0.0})  # fmt: skip
            continue
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
    return pd.DataFrame(rows, columns=SERIES_COLUMNS)


MIN_SHIFT_EVENTS = 5
"""A shift needs at least this many events on each side: before it (since the previous shift) and from it
(until the next). Fewer, and one odd report would read as a change of relations."""


@dataclass(frozen=True)
class Shift:
    period: str
    before: float
    after: float
    events: list[dict[str, Any]]
    """The events of the shift's first period that moved it most, strongest first."""
    events_before: int = 0
    """Events in the periods before the shift (since the previous one) — at least ``min_events``."""
    events_after: int = 0
    """Events from the shift's period until the next shift — at least ``min_events``."""


def detect_shifts(
    db: str | Path | None, source: str, target: str, period: Period = "month", penalty: float = 3.0,
    min_events: int = MIN_SHIFT_EVENTS,
) -> list[Shift]:  # fmt: skip
    """Change points in the mean Goldstein score of a dyad (ruptures, PELT with an L2 cost), over the periods
    that have events; a change point with fewer than ``min_events`` events on either side is dropped (the
    segments on both sides of it merge)."""
    import ruptures

    if min_events < 1:
        raise ValueError(f"min_events must be at least 1 (got {min_events})")
    series = dyad_series(db, source, target, period)
    # Empty periods have no mean to compare: change points are sought among the periods with events.
    series = series[series["events"] > 0].reset_index(drop=True)
    if len(series) < 3:
        return []
    signal = series["goldstein_mean"].to_numpy(dtype=float).reshape(-1, 1)
    counts = series["events"].to_numpy(dtype=int)
    breaks = ruptures.Pelt(model="l2", min_size=1, jump=1).fit(signal).predict(pen=penalty)
    breaks = _enough_events(breaks, counts, min_events)
    events = dyad_events(db, source, target)
    events = events.assign(period=[_period_of(d, period) for d in events["date"]])
    shifts = []
    start = 0
    for index, end in enumerate(breaks[:-1]):
        following = breaks[index + 1]
        before = _weighted_mean(signal[start:end, 0], counts[start:end])
        after = _weighted_mean(signal[end:following, 0], counts[end:following])
        label = str(series["period"].iloc[end])
        drivers = events[events["period"] == label].copy()
        drivers["weight"] = (drivers["goldstein"] - before).abs()
        top = drivers.sort_values("weight", ascending=False).head(3)
        columns = ["event_id", "doc_id", "date", "code", "goldstein", "sentence"]
        top_rows = top[columns].to_dict("records")
        for row in top_rows:
            row["code_name"] = event_label(row["code"])
        shifts.append(Shift(label, round(before, 2), round(after, 2), top_rows,
                            int(counts[start:end].sum()), int(counts[end:following].sum())))  # fmt: skip
        start = end
    return shifts


def _weighted_mean(means: np.ndarray, counts: np.ndarray) -> float:
    """The mean Goldstein score of the events of several periods (each period weighs by its events)."""
    return float(np.average(means, weights=counts))


def _enough_events(breaks: list[int], counts: np.ndarray, min_events: int) -> list[int]:
    """Drop change points until every segment holds at least ``min_events`` events, the weakest first:
    a segment short of events merges with its neighbour (the change point between them goes)."""
    breaks = list(breaks)
    while len(breaks) > 1:
        edges = [0, *breaks]
        sizes = [int(counts[a:b].sum()) for a, b in zip(edges, edges[1:], strict=False)]
        short = [i for i, n in enumerate(sizes) if n < min_events]
        if not short:
            break
        i = min(short, key=lambda k: sizes[k])
        # Remove the change point on the side of the smaller neighbour (the last segment has only a left one).
        if i == len(sizes) - 1:
            breaks.pop(i - 1)
        elif i == 0:
            breaks.pop(0)
        else:
            breaks.pop(i - 1 if sizes[i - 1] <= sizes[i + 1] else i)
    return breaks


def actor_node(code: str) -> str:
    """The node an actor code belongs to: its country, or the organisation itself."""
    return code if code.startswith("IGO") else code[:3]


def relation_network(db: str | Path | None = None, since: str | None = None, until: str | None = None) -> nx.DiGraph:
    """Actors (country or organisation level) as nodes, each with its ``events`` and readable ``name``; an edge
    per directed dyad with its event count and mean Goldstein score."""
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
        graph.nodes[node]["name"] = actor_label(node)
    return graph
