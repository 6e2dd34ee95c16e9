"""Dyad analysis guards: a quiet period is zero events, not a gap; a shift needs enough events on each side."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from entente import ingest
from entente.analysis import MIN_SHIFT_EVENTS, _enough_events, detect_shifts, dyad_series, period_range
from entente.cli import app

from ..conftest import write

# Each sentence differs, so that no report is a near-duplicate of another (those count once).
PRAISE = [
    "Kazakhstan praised Russia for its support of the new railway to the Caspian coast.",
    "Kazakhstan thanked Russia for the grain it shipped to the drought-hit southern provinces.",
    "Kazakhstan praised Russia for reopening the border crossing near Petropavlovsk.",
    "Kazakhstan praised Russia for the help of its firefighters in the steppe fires near Kostanay.",
    "Kazakhstan praised Russia for settling the dispute over the Baikonur lease.",
]
BLAME = [
    "Kazakhstan sharply criticized Russia over the seizure of trucks at the Samara crossing.",
    "Kazakhstan accused Russia of blocking coal exports through the Urals.",
    "Kazakhstan condemned Russia for the arrest of three Kazakh journalists in Omsk.",
    "Kazakhstan criticized Russia for cutting the quota of oil through the pipeline to Novorossiysk.",
    "Kazakhstan denounced Russia over the closure of the airspace to Kazakh cargo planes.",
]


def _store(folder: Path, dated: list[tuple[str, str]]) -> Path:
    records = [{"id": f"r{i}", "date": date, "text": text} for i, (date, text) in enumerate(dated)]
    write(folder / "wire.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    db = folder / "a.duckdb"
    ingest([folder / "wire.jsonl"], db)
    return db


@pytest.fixture(scope="module")
def flip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five months of praise, then five of blame: one event a month."""
    months = [f"2014-{m:02d}-10" for m in range(1, 11)]
    return _store(tmp_path_factory.mktemp("flip"), list(zip(months, PRAISE + BLAME, strict=True)))


@pytest.fixture(scope="module")
def short_flip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three months of praise, a quiet spring, then five months of blame."""
    months = ["2014-01-10", "2014-02-10", "2014-03-10", *(f"2014-{m:02d}-10" for m in range(6, 11))]
    return _store(tmp_path_factory.mktemp("short"), list(zip(months, PRAISE[:3] + BLAME, strict=True)))


def test_a_period_without_events_is_zero_not_a_gap(short_flip: Path) -> None:
    series = dyad_series(short_flip, "KAZ", "RUS", "month")
    assert list(series["period"]) == [f"2014-{m:02d}" for m in range(1, 11)]
    quiet = series[series["period"].isin(["2014-04", "2014-05"])]
    assert list(quiet["events"]) == [0, 0] and list(quiet["goldstein_sum"]) == [0.0, 0.0]
    assert series["events"].sum() == 8
    quarters = dyad_series(short_flip, "KAZ", "RUS", "quarter")
    assert list(quarters["period"]) == ["2014-Q1", "2014-Q2", "2014-Q3", "2014-Q4"]


def test_period_ranges_cross_year_ends() -> None:
    assert period_range("2014-11", "2015-02", "month") == ["2014-11", "2014-12", "2015-01", "2015-02"]
    assert period_range("2014-Q4", "2015-Q2", "quarter") == ["2014-Q4", "2015-Q1", "2015-Q2"]
    assert period_range("2019", "2021", "year") == ["2019", "2020", "2021"]


def test_a_shift_with_enough_events_on_each_side_is_found(flip: Path) -> None:
    [shift] = detect_shifts(flip, "KAZ", "RUS", "month")
    assert shift.period == "2014-06" and shift.before > 0 > shift.after
    assert (shift.events_before, shift.events_after) == (5, 5)
    assert shift.events and all(e["code_name"] for e in shift.events)


def test_a_shift_with_too_few_events_on_one_side_is_not_one(short_flip: Path) -> None:
    assert MIN_SHIFT_EVENTS == 5
    assert detect_shifts(short_flip, "KAZ", "RUS", "month") == []  # three events before: too few
    [shift] = detect_shifts(short_flip, "KAZ", "RUS", "month", min_events=3)
    assert shift.period == "2014-06" and (shift.events_before, shift.events_after) == (3, 5)


def test_short_segments_merge_into_their_neighbours() -> None:
    counts = np.array([4, 4, 1, 4, 4])
    # A one-event blip between two change points: both sides of it are too short; the blip merges away.
    assert _enough_events([2, 3, 5], counts, 5) == [3, 5] or _enough_events([2, 3, 5], counts, 5) == [2, 5]
    assert _enough_events([2, 3, 5], counts, 1) == [2, 3, 5]
    assert _enough_events([1, 5], np.array([2, 9, 9, 9, 9]), 5) == [5]


def test_the_dyad_command_takes_the_minimum_and_shows_quiet_periods(short_flip: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["dyad", "KAZ", "RUS", "--db", str(short_flip), "--period", "month"])
    assert result.exit_code == 0, result.output
    assert "2014-04" in result.stdout and "no shift with at least 5 events" in result.stdout
    assert "KAZ (Kazakhstan) → RUS (Russia)" in result.stdout
    result = runner.invoke(app, ["dyad", "KAZ", "RUS", "--db", str(short_flip), "--period", "month",
                                 "--min-events", "3", "--format", "jsonl"])  # fmt: skip
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [x["shift"] for x in lines if "shift" in x] == ["2014-06"]
    assert {x["period"]: x["events"] for x in lines if "period" in x}["2014-05"] == 0
