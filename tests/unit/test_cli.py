from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from entente.cli import EXIT_SKIPPED, app

from ..conftest import ARTICLE, SECOND, write

runner = CliRunner()


def test_ingest_export_stats_round_trip(tmp_path: Path, db: Path) -> None:
    write(tmp_path / "in" / "a.txt", f"{ARTICLE}\n\n{SECOND}")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert result.exit_code == 0 and "stored 1" in result.stdout
    result = runner.invoke(app, ["export", "--out", str(tmp_path / "out"), "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0
    assert json.loads((tmp_path / "out" / "documents.jsonl").read_text())["doc_id"] == "a.txt"
    result = runner.invoke(app, ["stats", "--db", str(db)])
    assert result.exit_code == 0 and re.search(r"documents\s*│\s*1", result.stdout)


def test_ingest_exit_status_tells_that_something_was_skipped(tmp_path: Path, db: Path) -> None:
    write(tmp_path / "in" / "a.txt", f"{ARTICLE}\n\n{SECOND}")
    write(tmp_path / "in" / "empty.txt", "")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert result.exit_code == EXIT_SKIPPED
    assert "skipped 1" in result.stdout and "empty.txt: empty file" in result.output


def test_stats_on_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2 and "entente ingest" in result.output


def test_every_command_has_help_with_an_example() -> None:
    for command in ("ingest", "export", "stats", "demo", "events", "why", "facts", "members", "exposure"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Example" in result.stdout, command


def test_demo_ingests_the_bundled_corpus(tmp_path: Path, db: Path) -> None:
    result = runner.invoke(app, ["demo", "--db", str(db), "--out", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    stored = int(re.search(r"stored (\d+)", result.stdout).group(1))  # type: ignore[union-attr]
    assert stored >= 15
    formats = {json.loads(line)["format"] for line in (tmp_path / "demo" / "documents.jsonl").open()}
    assert formats == {"text", "html", "jsonl", "warc"}


def test_events_and_why_show_the_evidence(tmp_path: Path, db: Path) -> None:
    write(tmp_path / "in" / "a.txt", "Belarus sharply criticized Russia on Monday over the gas price dispute.")
    assert runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["events", "--db", str(db), "--source", "BLR", "--format", "jsonl"])
    assert result.exit_code == 0
    [event] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (event["source"], event["target"], event["code"]) == ("BLR", "RUS", "111")
    result = runner.invoke(app, ["why", event["event_id"], "--db", str(db)])
    assert result.exit_code == 0
    assert "criticized Russia" in result.stdout and "verbs/11.tsv" in result.stdout and "criticize" in result.stdout


def test_events_filters_by_target_prefix(tmp_path: Path, db: Path) -> None:
    write(
        tmp_path / "in" / "a.txt", "Belarus sharply criticized Russia on Monday. Turkey praised Azerbaijan on Tuesday."
    )
    runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    result = runner.invoke(app, ["events", "--db", str(db), "--target", "AZE", "--format", "csv"])
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2 and "TUR" in lines[1]


def test_why_unknown_event_says_how_to_find_ids(tmp_path: Path, db: Path) -> None:
    write(tmp_path / "in" / "a.txt", "Belarus sharply criticized Russia on Monday over the gas price dispute.")
    runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    result = runner.invoke(app, ["why", "nope", "--db", str(db)])
    assert result.exit_code == 2 and "entente events" in result.output


def test_ingest_accepts_tabari_dictionaries(tmp_path: Path, db: Path) -> None:
    actors = write(tmp_path / "d" / "mine.actors.txt", "GONDOR [GON]\nMORDOR [MOR]\n")
    write(tmp_path / "in" / "a.txt", "Gondor sharply criticized Mordor on Monday over the border dispute.")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "--actors", str(actors)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"])
    assert [json.loads(x)["source"] for x in result.stdout.splitlines()] == ["GON"]


def test_facts_members_and_exposure_commands(tmp_path: Path, db: Path) -> None:
    text = (
        "Oil accounts for 40 percent of Azerbaijan's exports, officials in Baku said on Monday. "
        "The Organization of Turkic States, which includes Turkey and Azerbaijan, met in Baku."
    )
    write(tmp_path / "in" / "a.txt", text)
    runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    facts = runner.invoke(app, ["facts", "--db", str(db), "--subject", "AZE", "--format", "jsonl"])
    assert [json.loads(x)["quantity"] for x in facts.stdout.splitlines()] == [40.0]
    members = runner.invoke(app, ["members", "Organization of Turkic States", "--db", str(db), "--format", "jsonl"])
    rows = {json.loads(x)["member"]: json.loads(x)["origin"] for x in members.stdout.splitlines()}
    assert rows["AZE"] == "text+registry" and rows["UZB"] == "registry"
    on_date = runner.invoke(app, ["members", "IGOOTS", "--db", str(db), "--on", "2012-01-01", "--format", "jsonl"])
    assert "UZB" not in on_date.stdout
    exposure = runner.invoke(app, ["exposure", "AZE", "--db", str(db), "--format", "jsonl"])
    assert "40.0" in exposure.stdout


def test_ingest_notes_documents_stored_truncated_or_with_ignored_metadata(tmp_path: Path, db: Path) -> None:
    record = {"id": "w1", "text": f"{ARTICLE} {SECOND}", "date": "2014-13-45"}
    path = write(tmp_path / "wire.jsonl", json.dumps(record) + "\n")
    result = runner.invoke(app, ["ingest", str(path), "--db", str(db), "--max-doc-chars", "200", "--no-events"])
    assert result.exit_code == 0 and "stored 1" in result.stdout
    [note] = [line for line in result.output.splitlines() if line.startswith("note ")]
    assert "wire.jsonl:1: ignored 'date' '2014-13-45'" in note and "truncated: the first" in note


def test_an_error_that_stops_the_ingest_is_one_line_with_advice(tmp_path: Path, db: Path) -> None:
    write(tmp_path / "in" / "a.txt", ARTICLE)
    for options, words in ((["--root", str(tmp_path / "nowhere")], "root folder not found"),
                           (["--doc-seconds", "0"], "document_seconds must be positive")):  # fmt: skip
        result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), *options])
        assert result.exit_code == 2 and words in result.output, result.output
        assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
