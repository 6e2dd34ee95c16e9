"""Every `entente …` command in the README's code blocks runs as written, in a folder set up as after
`make demo` (the demo store `demo.duckdb` built there, and `src/` of this checkout beside it, for the
examples that ingest the bundled corpus by its path). The demo's own closing suggestions run too.

Skipped, because they need a network or a server: `serve` (a web server), `watch` and `fetch` (remote feeds),
and `ingest --engine ray` (a Ray cluster, started or joined).
"""

from __future__ import annotations

import contextlib
import re
import shlex
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from entente.cli import app

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
NEEDS_A_SERVER = ("serve", "watch", "fetch")


def readme_commands() -> list[str]:
    """The `$ entente …` lines of the README's fenced code blocks, comments cut, in order."""
    commands = []
    for block in re.findall(r"```[a-z]*\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL):
        for line in block.splitlines():
            if line.startswith("$ entente "):
                commands.append(line[2:])
    return commands


def _needs_a_server(args: list[str]) -> bool:
    return args[1] in NEEDS_A_SERVER or "--engine" in args and args[args.index("--engine") + 1] == "ray"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A folder as after `make demo`: the demo store built there (its output kept), `src/` beside it."""
    folder = tmp_path_factory.mktemp("readme")
    (folder / "src").symlink_to(ROOT / "src", target_is_directory=True)
    with contextlib.chdir(folder):
        result = CliRunner().invoke(app, ["demo", "--db", "demo.duckdb", "--out", "demo-export"])
    assert result.exit_code == 0, result.output
    return folder, result.stdout


def test_every_event_id_in_the_readme_is_in_the_demo_store(workdir: tuple[Path, str]) -> None:
    folder, _ = workdir
    ids = {i for c in readme_commands() for i in re.findall(r"\b[0-9a-f]{16}\b", c)}
    assert ids
    with duckdb.connect(str(folder / "demo.duckdb"), read_only=True) as con:
        stored = {row[0] for row in con.execute("SELECT event_id FROM events").fetchall()}
    assert ids <= stored, ids - stored


def test_every_readme_command_runs_as_written(workdir: tuple[Path, str]) -> None:
    folder, _ = workdir
    runner = CliRunner(env={"COLUMNS": "160"})
    failures, ran = [], 0
    started = time.monotonic()
    with contextlib.chdir(folder):
        for command in readme_commands():
            args = shlex.split(command, comments=True)
            if _needs_a_server(args):
                continue
            result = runner.invoke(app, args[1:])
            ran += 1
            if result.exit_code != 0 or not result.output.strip():
                failures.append(f"{command}\n  exit {result.exit_code}: {result.output[-400:]}")
    assert not failures, "\n".join(failures)
    assert ran >= 18
    assert time.monotonic() - started < 120  # the whole README, with the sentence model loaded once


def test_the_demo_ends_with_three_commands_on_its_store_that_run(workdir: tuple[Path, str]) -> None:
    folder, output = workdir
    suggested = output.split("next, try:")[1].strip().splitlines()
    assert len(suggested) == 3
    runner = CliRunner(env={"COLUMNS": "160"})
    for line in suggested:
        args = shlex.split(line, comments=True)
        assert args[0] == "entente" and args[-2:] == ["--db", "demo.duckdb"], line
        if _needs_a_server(args):
            continue
        with contextlib.chdir(folder):
            result = runner.invoke(app, args[1:])
        assert result.exit_code == 0 and result.stdout.strip(), (line, result.output)
