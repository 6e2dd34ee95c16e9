"""Hostile input (issue 12): a corrupt archive, a huge one-line text, a huge one-paragraph page, deep nesting,
one name in two folders, symlink loops and escapes, a FIFO, an unreadable file, and the bad inputs of
badcorpus — ingested on 2 workers, nothing stops the run, every good article is stored and every other
input is logged with its reason. The full sizes run in bench/hostile.py; here they are smaller, with the
caps scaled down to match, so the same paths are taken."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from .hostilecorpus import HOSTILE, make, without_root_reads

CAPS = ["--max-file-mb", "5", "--max-doc-chars", "200000", "--max-html-chars", "1000000"]


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, object, subprocess.CompletedProcess]:
    base = tmp_path_factory.mktemp("hostile")
    corpus = base / "corpus"
    db = base / "hostile.duckdb"
    command, unreadable = without_root_reads(
        [sys.executable, "-m", "entente.cli", "ingest", str(corpus), "--db", str(db), "--workers", "2", *CAPS]
    )
    expected = make(corpus, good=300, text_mb=4, html_mb=3, huge_mb=8, unreadable=unreadable)
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    return corpus, db, expected, done


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_hostile_corpus_finishes_with_every_good_article_stored(hostile_run: tuple) -> None:
    _, db, expected, done = hostile_run
    assert done.returncode == 3, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert _rows(db, "SELECT count(*) FROM documents") == [(expected.good,)]
    assert f"stored {expected.good}, duplicates 0, skipped {expected.bad} " in done.stdout


def test_every_other_input_is_logged_with_its_reason(hostile_run: tuple) -> None:
    corpus, db, expected, _ = hostile_run
    skipped = _rows(db, "SELECT path, line, reason FROM ingest_log WHERE status = 'skipped'")
    assert len(skipped) == expected.bad and all(reason for _, _, reason in skipped)
    logged = {}
    for path, line, reason in skipped:
        relative = Path(path).relative_to(corpus).as_posix()
        logged[relative if line is None or relative.endswith(".gz") else f"{relative}:{line}"] = reason
    for name, word in expected.skipped.items():
        assert word.lower() in logged[name].lower(), (name, logged[name])


def test_oversized_documents_are_stored_truncated_with_a_note(hostile_run: tuple) -> None:
    _, db, expected, done = hostile_run
    notes = dict(_rows(db, "SELECT doc_id, reason FROM ingest_log WHERE status = 'stored' AND reason IS NOT NULL"))
    lengths = dict(_rows(db, "SELECT doc_id, length(body) FROM documents"))
    for doc_id in expected.truncated:
        assert "truncated" in notes[doc_id] and lengths[doc_id] <= 200_000
    assert "note " in done.stderr and "truncated" in done.stderr


def test_one_name_in_two_folders_is_two_documents(hostile_run: tuple) -> None:
    _, db, _, _ = hostile_run
    rows = _rows(db, f"SELECT doc_id, body FROM documents WHERE doc_id LIKE '{HOSTILE}/_/same.txt' ORDER BY 1")
    assert [r[0] for r in rows] == [f"{HOSTILE}/a/same.txt", f"{HOSTILE}/b/same.txt"] and rows[0][1] != rows[1][1]


def test_nothing_outside_the_folder_was_read(hostile_run: tuple) -> None:
    _, db, _, _ = hostile_run
    assert _rows(db, "SELECT count(*) FROM documents WHERE raw_text LIKE '%Secret:%'") == [(0,)]


def test_an_unparseable_jsonl_date_is_ignored_with_a_warning(hostile_run: tuple) -> None:
    _, db, _, _ = hostile_run
    [(date, note)] = _rows(db, "SELECT d.date, l.reason FROM documents d JOIN ingest_log l USING (doc_id) "
                               "WHERE doc_id = 'hostile-1'")  # fmt: skip
    assert date != "2014-13-45" and "ignored 'date' '2014-13-45'" in note


def test_ingesting_the_hostile_corpus_again_stores_nothing_new(hostile_run: tuple) -> None:
    corpus, db, expected, _ = hostile_run
    command, _ = without_root_reads(
        [sys.executable, "-m", "entente.cli", "ingest", str(corpus), "--db", str(db), "--workers", "2", *CAPS]
    )
    again = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert f"stored 0, duplicates {expected.good}, skipped {expected.bad} " in again.stdout, again.stdout
    assert _rows(db, "SELECT count(*) FROM documents") == [(expected.good,)]
