"""Story clustering with the packaged sentence encoder (CPU in CI)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from entente import ingest
from entente.cli import app
from entente.stories import cluster_stories, similar_evidence

REPORTS = [
    ("wire-a", "2022-06-18", "Kazakhstan's president sharply criticized Russia on Friday over the pipeline shutdown."),
    ("wire-b", "2022-06-19", "On Friday Kazakhstan's president strongly criticized Russia for shutting the pipeline."),
    ("wire-c", "2022-06-19", "Kazakhstan criticized Russia over a ban on grain exports to Central Asia in June."),
    ("wire-d", "2022-06-20", "Turkey praised Azerbaijan on Monday for its support in the long dispute."),
]


def test_reports_of_one_happening_form_one_story(tmp_path: Path) -> None:
    corpus = tmp_path / "wires.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": i, "date": d, "text": t}) for i, d, t in REPORTS) + "\n")
    db = tmp_path / "s.duckdb"
    ingest([corpus], db)
    run = cluster_stories(db, threshold=0.75)
    assert run.events >= 4 and run.multi_report_stories >= 1
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        stories = dict(con.execute(
            "SELECT e.doc_id, s.story_id FROM event_stories s JOIN events e USING (event_id) WHERE e.code LIKE '11%'"
        ).fetchall())  # fmt: skip
    assert stories["wire-a"] == stories["wire-b"], "two reports of the same criticism are one story"
    assert stories["wire-c"] != stories["wire-a"], "a different criticism is another story"
    [first] = [e for e in similar_evidence(db, _event_of(db, "wire-a"), limit=1)]
    assert first["doc_id"] == "wire-b"


def _event_of(db: Path, doc_id: str) -> str:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT event_id FROM events WHERE doc_id = ? LIMIT 1", [doc_id]).fetchone()[0]  # type: ignore[index]


def test_stories_command_reports_counts(tmp_path: Path) -> None:
    corpus = tmp_path / "wires.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": i, "date": d, "text": t}) for i, d, t in REPORTS) + "\n")
    db = tmp_path / "s.duckdb"
    ingest([corpus], db)
    result = CliRunner().invoke(app, ["stories", "--db", str(db), "--device", "cpu"])
    assert result.exit_code == 0 and "stories" in result.stdout
