"""The command line reads without a codebook: names under codes, stories listed, progress bars only on a
terminal's stderr."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from entente import ingest
from entente.cli import app

from ..conftest import write
from .stories.test_stories import REPORTS

runner = CliRunner(env={"COLUMNS": "200"})
SRC = Path(__file__).resolve().parents[2] / "src"


def test_events_and_why_show_names_beside_codes(tmp_path: Path, db: Path) -> None:
    write(tmp_path / "in" / "a.txt", "Belarus sharply criticized Russia on Monday over the gas price dispute.")
    ingest([tmp_path / "in"], db)
    table = runner.invoke(app, ["events", "--db", str(db)])
    assert table.exit_code == 0
    assert "Belarus" in table.stdout and "Russia" in table.stdout and "Criticize or denounce" in table.stdout
    [row] = list(csv.DictReader(io.StringIO(runner.invoke(app, ["events", "--db", str(db), "--format", "csv"]).stdout)))
    assert (row["code"], row["code_name"], row["root_name"], row["source_name"]) == (
        "111", "Criticize or denounce", "Disapprove", "Belarus",
    )  # fmt: skip
    why = runner.invoke(app, ["why", row["event_id"], "--db", str(db)])
    assert "BLR (Belarus) → RUS (Russia)" in why.stdout and "CAMEO 111 Criticize or denounce" in why.stdout


def test_stories_lists_the_stories(tmp_path: Path) -> None:
    corpus = write(tmp_path / "wires.jsonl", "\n".join(json.dumps({"id": i, "date": d, "text": t}) for i, d, t in REPORTS))
    db = tmp_path / "s.duckdb"
    ingest([corpus], db)
    result = runner.invoke(app, ["stories", "--db", str(db), "--device", "cpu", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    stories = [json.loads(line) for line in result.stdout.splitlines()]
    assert stories[0]["reports"] == 2 and stories[0]["documents"] == 2  # most reported first
    assert "pipeline" in stories[0]["sentence"] and stories[0]["source_name"] == "Kazakhstan — government"
    assert len(stories) >= 3
    table = runner.invoke(app, ["stories", "--db", str(db), "--device", "cpu"])
    assert "reported more than once" in table.stdout and stories[0]["story_id"] in table.stdout


def _terminal_answer(stderr: int, env: dict[str, str]) -> str:
    code = "from entente.terminal import stderr_is_terminal; print(stderr_is_terminal())"
    done = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=stderr, env=env, check=True)
    return done.stdout.decode().strip()


def test_progress_is_drawn_only_when_stderr_is_a_terminal() -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC), "FORCE_COLOR": "1"}
    leader, follower = pty.openpty()
    try:
        assert _terminal_answer(follower, env) == "True"
    finally:
        os.close(leader)
        os.close(follower)
    # FORCE_COLOR makes Rich think any stream is a terminal; a pipe still gets no bar.
    assert _terminal_answer(subprocess.PIPE, env) == "False"


def test_an_ingest_into_a_pipe_prints_no_bar(tmp_path: Path, db: Path) -> None:
    write(tmp_path / "in" / "a.txt", "Belarus sharply criticized Russia on Monday over the gas price dispute.")
    env = {**os.environ, "PYTHONPATH": str(SRC), "FORCE_COLOR": "1"}
    done = subprocess.run([sys.executable, "-c", "from entente.cli import app; app()", "ingest", str(tmp_path / "in"),
                           "--db", str(db)], capture_output=True, env=env, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert b"stored" in done.stdout and b"skipped" in done.stdout
    assert "━".encode() not in done.stderr and b"\r" not in done.stderr
    # Nor does loading the sentence model (its loader draws bars of its own).
    done = subprocess.run([sys.executable, "-c", "from entente.cli import app; app()", "stories", "--db", str(db),
                           "--device", "cpu"], capture_output=True, env=env, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert b"stories" in done.stdout and b"%|" not in done.stderr and b"\r" not in done.stderr, done.stderr
