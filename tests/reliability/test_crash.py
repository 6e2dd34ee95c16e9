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
