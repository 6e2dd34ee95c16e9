"""Crash safety: an ingest killed with SIGKILL part-way loses nothing it committed and a re-run finishes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from make_corpus import make_articles  # noqa: E402
from memory import descendants  # noqa: E402

from entente import ingest  # noqa: E402


def _state(db: Path) -> tuple[int, int, int, str]:
    with duckdb.connect(str(db), read_only=True) as con:
        docs = con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchone()
        events = con.execute(
            "SELECT count(*), md5(string_agg(doc_id || source || target || code, '|' ORDER BY ALL)) FROM events"
        ).fetchone()
    return docs[0], docs[1], events[0], events[1]  # type: ignore[index]


def test_sigkill_mid_ingest_then_rerun_stores_everything_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for article in make_articles(400, seed=21):
            handle.write(json.dumps(article) + "\n")
    db = tmp_path / "crash.duckdb"
    command = [sys.executable, "-m", "entente.cli", "ingest", str(corpus), "--db", str(db), "--workers", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = Path(str(db) + ".wal")
    deadline = time.time() + 120
    while time.time() < deadline and not (wal.exists() and wal.stat().st_size > 100_000):
        time.sleep(0.05)
    time.sleep(0.3)
    assert process.poll() is None, "the ingest finished before it could be killed; use a larger corpus"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    stored_before, distinct_before, _, _ = _state(db)
    assert 0 < stored_before < 400, "the kill landed part-way, after some batches were committed"
    assert stored_before == distinct_before

    summary = ingest([corpus], db)
    assert summary.duplicates == stored_before, "every committed document is recognised on the re-run"
    assert summary.stored == 400 - stored_before

    clean = tmp_path / "clean.duckdb"
    ingest([corpus], clean)
    assert _state(db) == _state(clean), "the recovered store equals one from an uninterrupted run"


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def test_workers_leave_quietly_when_the_ingest_is_killed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for article in make_articles(1500, seed=22):
            handle.write(json.dumps(article) + "\n")
    assert corpus.stat().st_size > 2_000_000, "big enough for worker processes"
    db = tmp_path / "killed.duckdb"
    errors = tmp_path / "stderr.txt"
    command = [sys.executable, "-m", "entente.cli", "ingest", str(corpus), "--db", str(db), "--workers", "2"]
    with errors.open("w") as stderr:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
    wal = Path(str(db) + ".wal")
    deadline = time.time() + 180
    workers: list[int] = []
    while time.time() < deadline and process.poll() is None:
        workers = descendants(process.pid)
        if len(workers) >= 3 and wal.exists() and wal.stat().st_size > 50_000:
            break
        time.sleep(0.1)
    assert process.poll() is None and len(workers) >= 3, "the fork server and two workers were running"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.time() + 20
    while time.time() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers), "every worker left with its parent"
    text = errors.read_text()
    assert "Traceback" not in text and "BrokenPipe" not in text and "Error" not in text, text[-3000:]
