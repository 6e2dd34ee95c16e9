"""The seed articles end to end (skipped where ../shared is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from entente import export, ingest
from entente.analysis import dyad_series
from entente.cli import app
from entente.export import GDELT_COLUMNS


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shared = Path(__file__).resolve().parents[3] / "shared"
    if not shared.is_dir():
        pytest.skip("../shared is not beside this checkout")
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    ingest([shared / "corpus" / "seeds"], db)
    return db


def test_kaz_rus_relations_are_below_zero_and_plot(seeds_db: Path, tmp_path: Path) -> None:
    series = dyad_series(seeds_db, "KAZ", "RUS", "year")
    mean = series["goldstein_sum"].sum() / series["events"].sum()
    assert mean < 0
    result = CliRunner().invoke(
        app, ["plot", "dyad", "KAZ", "RUS", "--db", str(seeds_db), "--out", str(tmp_path / "k.png")]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "k.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_network_plot_and_gdelt_export(seeds_db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["plot", "network", "--db", str(seeds_db), "--out", str(tmp_path / "n.png")])
    assert result.exit_code == 0, result.output
    counts = export(seeds_db, tmp_path / "x", ["gdelt", "jsonl"])
    rows = [line.split("\t") for line in (tmp_path / "x" / "events.gdelt.tsv").read_text().splitlines()]
    events = [json.loads(line) for line in (tmp_path / "x" / "events.jsonl").read_text().splitlines()]
    # GDELT 2.0: no header, 61 columns; undated events are left out (GDELT has none).
    assert all(len(row) == len(GDELT_COLUMNS) == 61 for row in rows)
    assert len(rows) == counts["gdelt_events"] == sum(1 for e in events if e["date"])
    first = dict(zip(GDELT_COLUMNS, rows[0], strict=True))
    assert first["EventRootCode"] == first["EventCode"][:2] and first["EventCode"] in {e["code"] for e in events}
    side = (tmp_path / "x" / "events.gdelt.extra.tsv").read_text().splitlines()
    assert side[0].split("\t")[-1] == "PLOVER" and len(side) - 1 == len(rows)


def test_reingesting_the_seeds_is_a_no_op(seeds_db: Path) -> None:
    shared = Path(__file__).resolve().parents[3] / "shared"
    summary = ingest([shared / "corpus" / "seeds"], seeds_db)
    assert (summary.stored, summary.duplicates) == (0, 5)
