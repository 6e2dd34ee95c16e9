from __future__ import annotations

import json
from pathlib import Path

import duckdb

from entente import ingest
from entente.ingest import read_path
from entente.pipeline import BATCH_DOCUMENTS, DocumentProcessor, Ingestor, IngestSettings
from entente.records import Skipped
from entente.store import Store

from ..conftest import ARTICLE, SECOND, write


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_reingesting_the_same_file_stores_nothing_new(tmp_path: Path, db: Path) -> None:
    path = write(tmp_path / "in" / "a.txt", f"{ARTICLE}\n\n{SECOND}")
    first = ingest([path], db)
    again = ingest([path], db)
    assert (first.stored, again.stored, again.duplicates) == (1, 0, 1)
    assert _rows(db, "SELECT count(*) FROM documents") == [(1,)]
    assert _rows(db, "SELECT count(*) FROM sentences") == [(2,)]
    assert _rows(db, "SELECT status FROM ingest_log ORDER BY log_id") == [("stored",), ("duplicate",)]


def test_same_text_under_another_name_is_stored_and_linked_as_a_copy(tmp_path: Path, db: Path) -> None:
    write(tmp_path / "a.txt", f"{ARTICLE}\n\n{SECOND}")
    write(tmp_path / "copy.txt", f"Skip to main content\n\n{ARTICLE}\n\n{SECOND}")
    summary = ingest([tmp_path], db)
    assert (summary.stored, summary.duplicates, summary.near_duplicates) == (2, 0, 1)
    assert _rows(
        db, "SELECT near_duplicate_of, near_duplicate_similarity FROM documents WHERE doc_id = 'copy.txt'"
    ) == [("a.txt", 1.0)]


def test_near_duplicate_article_is_stored_and_linked(tmp_path: Path, db: Path) -> None:
    write(tmp_path / "a.txt", f"{ARTICLE}\n\n{SECOND}")
    write(tmp_path / "b.txt", f"{ARTICLE}\n\n{SECOND.replace('spring', 'summer')}")
    summary = ingest([tmp_path], db)
    assert summary.stored == 2 and summary.near_duplicates == 1
    assert _rows(db, "SELECT doc_id, near_duplicate_of FROM documents WHERE near_duplicate_of IS NOT NULL") == [
        ("b.txt", "a.txt")
    ]


def test_near_duplicates_are_found_across_runs(tmp_path: Path, db: Path) -> None:
    ingest([write(tmp_path / "a.txt", f"{ARTICLE}\n\n{SECOND}")], db)
    later = ingest([write(tmp_path / "b.txt", f"{ARTICLE}\n\n{SECOND.replace('spring', 'autumn')}")], db)
    assert later.near_duplicates == 1


def test_mixed_folder_stores_good_files_and_logs_every_bad_one(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "mixed"
    write(folder / "good.txt", f"{ARTICLE}\n\n{SECOND}")
    write(folder / "good.html", f"<html><body><article><p>{SECOND}</p><p>{ARTICLE}</p></article></body></html>")
    write(folder / "empty.txt", "")
    write(folder / "binary.txt", bytes(range(256)) * 40)
    write(folder / "truncated.html", "<!DOCTYPE html><html><body><article><p>Kazakhstan and Russia si")
    lines = [
        json.dumps({"id": "j1", "text": ARTICLE}),
        '{"id": "j2", "text": "unterminated',
        json.dumps({"id": "j3", "text": SECOND + " Officials said more talks would follow in the autumn."}),
    ]
    write(folder / "wire.jsonl", "\n".join(lines) + "\n")

    summary = ingest([folder], db)

    stored = {row[0] for row in _rows(db, "SELECT doc_id FROM documents")}
    assert stored == {"good.txt", "good.html", "j1", "j3"}
    skipped = {
        (Path(p).name, line)
        for p, line, _ in _rows(db, "SELECT path, line, reason FROM ingest_log WHERE status = 'skipped'")
    }
    assert skipped == {("empty.txt", None), ("binary.txt", None), ("truncated.html", None), ("wire.jsonl", 2)}
    assert len(summary.skipped) == 4 and summary.stored == 4


def test_a_failure_in_one_file_keeps_documents_already_stored(tmp_path: Path, db: Path) -> None:
    ingest([write(tmp_path / "a.txt", f"{ARTICLE}\n\n{SECOND}")], db)
    ingest([write(tmp_path / "bad.txt", b"\x00\x01\x02" * 100)], db)
    assert _rows(db, "SELECT doc_id FROM documents") == [("a.txt",)]


def test_same_id_with_other_content_is_skipped_with_advice(tmp_path: Path, db: Path) -> None:
    ingest([write(tmp_path / "one" / "a.txt", f"{ARTICLE}\n\n{SECOND}")], db)
    summary = ingest(
        [
            write(
                tmp_path / "two" / "a.txt",
                "A different article about Belarus and the European Union, long enough to be prose.",
            )
        ],
        db,
    )
    assert len(summary.skipped) == 1 and "unique file name" in summary.skipped[0].reason


def test_document_with_no_text_after_cleaning_is_skipped(tmp_path: Path, db: Path) -> None:
    summary = ingest([write(tmp_path / "nav.txt", "Skip to main content\n\nMenu\n\nSign in")], db)
    assert summary.stored == 0 and "no article text" in summary.skipped[0].reason


def test_store_tables_for_later_stages_exist_and_are_empty(db: Path) -> None:
    with Store(db) as store:
        counts = store.counts()
    assert {k: counts[k] for k in ("actors", "events", "facts", "memberships")} == dict.fromkeys(
        ("actors", "events", "facts", "memberships"), 0
    )


def _wire_lines(count: int) -> list[str]:
    return [
        json.dumps({"id": f"w{i}", "text": f"{ARTICLE} Report number {i} of the series.\n\n{SECOND}"})
        for i in range(count)
    ]


def test_duplicates_in_a_later_batch_of_one_run_are_still_found(tmp_path: Path, db: Path) -> None:
    lines = _wire_lines(BATCH_DOCUMENTS + 6)
    lines += [lines[0], json.dumps({"id": "w1", "text": "Other content under a stored id, from Astana."})]
    summary = ingest([write(tmp_path / "wire.jsonl", "\n".join(lines) + "\n")], db, settings=IngestSettings(code_events=False))
    assert (summary.stored, summary.duplicates, len(summary.skipped)) == (BATCH_DOCUMENTS + 6, 1, 1)
    assert _rows(db, "SELECT reason FROM ingest_log WHERE status = 'duplicate'") == [("already stored as w0",)]
    assert "another document with id 'w1'" in summary.skipped[0].reason


def test_run_keeps_no_per_article_state_once_batches_are_stored(tmp_path: Path, db: Path) -> None:
    path = write(tmp_path / "wire.jsonl", "\n".join(_wire_lines(2 * BATCH_DOCUMENTS + 3)) + "\n")
    with Store(db) as store:
        run = Ingestor(store, IngestSettings(code_events=False))
        processor = DocumentProcessor(run.settings)
        raws = [r for r in read_path(path, run.settings.limits) if not isinstance(r, Skipped)]
        for start in range(0, len(raws), BATCH_DOCUMENTS):
            run.write(processor(run.admit_all(raws[start : start + BATCH_DOCUMENTS])))
        assert run.stored == len(raws) == 2 * BATCH_DOCUMENTS + 3
        assert not run.seen_raw and not run.seen_ids
