from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb

from entente import ingest
from entente.pipeline import BATCH_DOCUMENTS, DocumentProcessor, Ingestor, IngestProgress, IngestSettings
from entente.records import RawDocument, Skipped
from entente.sources import ReadLimits, read_path
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


# --- bounded work per document ---------------------------------------------------------------------------

LONG_PROSE = " ".join(f"Kazakhstan criticized Russia over transit fees in talk number {n}." for n in range(4000))


def test_a_document_over_its_time_budget_is_skipped_and_the_next_is_stored() -> None:
    processor = DocumentProcessor(IngestSettings(document_seconds=0.5))
    slow = RawDocument("slow.txt", "in/slow.txt", "text", LONG_PROSE, raw_sha256="1")
    quick = RawDocument("quick.txt", "in/quick.txt", "text", f"{ARTICLE}\n\n{SECOND}", raw_sha256="2")
    over, done = processor([slow, quick])
    assert over.skipped is not None and over.doc is None
    assert "took over 0.5 s" in over.skipped.reason and "--doc-seconds" in over.skipped.reason
    assert over.skipped.path == "in/slow.txt"
    assert done.doc is not None and done.skipped is None and done.coding is not None


def test_a_sentence_over_the_cap_is_stored_but_not_parsed(tmp_path: Path, db: Path) -> None:
    run_on = " ".join(["Russia accused Ukraine of stealing gas and Ukraine denied it"] * 60) + "."
    path = write(tmp_path / "long.txt", f"Kazakhstan criticized Russia on Monday over transit fees.\n\n{run_on}")
    summary = ingest([path], db, settings=IngestSettings(max_sentence_chars=1000))
    assert summary.stored == 1 and "skipped: too long: 1 sentence(s) over 1,000" in summary.notes[0].reason
    assert _rows(db, "SELECT count(*) FROM sentences") == [(2,)]
    assert _rows(db, "SELECT DISTINCT sent_idx FROM events") == [(0,)]
    assert "too long" in _rows(db, "SELECT reason FROM ingest_log WHERE status = 'stored'")[0][0]


def test_a_huge_one_line_text_is_stored_truncated_and_reingest_recognises_it(tmp_path: Path, db: Path) -> None:
    path = write(tmp_path / "one-line.txt", LONG_PROSE * 3)
    settings = IngestSettings(limits=ReadLimits(max_doc_chars=20_000), code_events=False)
    first = ingest([path], db, settings=settings)
    assert first.stored == 1 and "truncated: the first" in first.notes[0].reason
    [(length, raw_hash)] = _rows(db, "SELECT length(raw_text), raw_sha256 FROM documents")
    assert length <= 20_000 and raw_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    again = ingest([path], db, settings=settings)
    assert (again.stored, again.duplicates) == (0, 1)


def test_one_name_in_two_folders_is_stored_twice_and_once_only(tmp_path: Path, db: Path) -> None:
    write(tmp_path / "crawl" / "a" / "index.html", f"<html><body><article><p>{ARTICLE}</p></article></body></html>")
    write(tmp_path / "crawl" / "b" / "index.html", f"<html><body><article><p>{SECOND}</p></article></body></html>")
    first = ingest([tmp_path / "crawl"], db)
    again = ingest([tmp_path / "crawl"], db)
    assert (first.stored, again.stored, again.duplicates) == (2, 0, 2)
    assert _rows(db, "SELECT doc_id FROM documents ORDER BY 1") == [("a/index.html",), ("b/index.html",)]


def test_with_a_root_nothing_outside_it_is_read(tmp_path: Path, db: Path) -> None:
    data = tmp_path / "data"
    write(data / "inside.txt", ARTICLE)
    (data / "link.txt").symlink_to(write(tmp_path / "secret.txt", SECOND))
    summary = ingest([data, tmp_path / "secret.txt"], db, settings=IngestSettings(root=data))
    assert summary.stored == 1 and _rows(db, "SELECT doc_id FROM documents") == [("inside.txt",)]
    assert sorted(Path(s.path).name for s in summary.skipped) == ["link.txt", "secret.txt"]


def test_progress_reports_files_and_outcomes_as_the_run_goes(tmp_path: Path, db: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", "")
    write(tmp_path / "c.txt", SECOND)
    seen: list[IngestProgress] = []
    ingest([tmp_path], db, settings=IngestSettings(code_events=False), progress=seen.append)
    last = seen[-1]
    assert (last.files_done, last.files_total, last.stored, last.skipped) == (3, 3, 2, 1)
    assert [p.files_done for p in seen] == sorted(p.files_done for p in seen)


def test_the_document_processor_keeps_working_after_a_document_fails(tmp_path: Path) -> None:
    processor = DocumentProcessor(IngestSettings(code_events=False))
    nested = "<html><body>" + "<div>" * 200_000 + "x" + "</div>" * 200_000 + "</body></html>"
    bad = RawDocument("deep.html", "deep.html", "html", nested, is_html=True, raw_sha256="1")
    good = RawDocument("ok.txt", "ok.txt", "text", ARTICLE, raw_sha256="2")
    failed, done = processor([bad, good])
    assert failed.skipped is not None and failed.skipped.reason and done.doc is not None
