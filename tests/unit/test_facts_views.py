"""What the facts, exposure and members views show: dependence only (with the partner depended on), readable
quantities, and no unrelated sentence as evidence of a membership only the registry gives."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from entente import ingest, query
from entente.cli import app

from ..conftest import write

TEXT = (
    "Belarus depends on Russia for about 40 percent of its foreign trade, officials in Minsk said on Monday. "
    "At least 90 Azerbaijani soldiers were killed in the fighting near the oil pipeline to Turkey, Azerbaijan said. "
    "Kazakhstan shares a border of 7,600 kilometres with Russia, across which most of its oil exports travel. "
    "Russia promised Belarus a loan of 2 billion dollars to cover its gas debts. "
    "The Collective Security Treaty Organization sent troops to Kazakhstan."
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("facts")
    write(folder / "in" / "a.txt", TEXT)
    db = folder / "f.duckdb"
    ingest([folder / "in"], db)
    return db


def test_exposure_is_dependence_with_the_partner_depended_on(store: Path) -> None:
    rows = query.exposure(store, "BLR")
    assert [(r["quantity_text"], r["partner"], r["partner_name"]) for r in rows] == [
        ("about 40 percent", "RUS", "Russia"), ("2 billion USD", "RUS", "Russia"),
    ]  # fmt: skip


def test_deaths_and_border_lengths_are_not_dependence(store: Path) -> None:
    units = {f["unit"] for f in query.list_facts(store)}
    assert {"person", "km"} <= units  # both are facts, stated near words of oil
    assert query.exposure(store, "AZE") == []
    assert query.exposure(store, "KAZ") == []


def test_registry_members_have_no_sentence_as_evidence(store: Path) -> None:
    rows = query.list_members(store, "CSTO")
    assert {r["member"] for r in rows} >= {"KAZ", "RUS", "ARM"}
    for row in rows:
        assert row["origin"] == "registry" and row["evidence"] is None and row["documents"] == 0
        assert "registry" in row["evidence_source"] and row["member_name"] and row["org_name"].startswith("Collective")
    with duckdb.connect(str(store), read_only=True) as con:
        sentences = con.execute("SELECT DISTINCT sentence FROM memberships WHERE origin = 'registry'").fetchall()
    assert sentences == [(None,)]


def test_members_stated_in_the_text_keep_their_sentence(tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt", "The Organization of Turkic States, which includes Turkey and Azerbaijan, met in Baku.")
    ingest([tmp_path / "in"], tmp_path / "t.duckdb")
    rows = {r["member"]: r for r in query.list_members(tmp_path / "t.duckdb", "IGOOTS")}
    assert rows["AZE"]["origin"] == "text+registry" and "includes Turkey" in rows["AZE"]["evidence"]
    assert rows["AZE"]["documents"] == 1 and rows["AZE"]["evidence_source"] == "article text"
    assert rows["UZB"]["evidence"] is None


def test_the_commands_print_readable_quantities_and_names(store: Path) -> None:
    runner = CliRunner(env={"COLUMNS": "200"})
    facts = runner.invoke(app, ["facts", "--db", str(store)])
    assert facts.exit_code == 0 and "2 billion USD" in facts.stdout and "7,600 km" in facts.stdout
    assert "2000000000" not in facts.stdout and "Belarus" in facts.stdout
    exposure = runner.invoke(app, ["exposure", "BLR", "--db", str(store)])
    assert "partner" in exposure.stdout and "Russia" in exposure.stdout and "soldiers" not in exposure.stdout
    raw = runner.invoke(app, ["exposure", "BLR", "--db", str(store), "--format", "jsonl"])
    assert [json.loads(line)["quantity"] for line in raw.stdout.splitlines()] == [40.0, 2e9]  # numbers stay numbers
