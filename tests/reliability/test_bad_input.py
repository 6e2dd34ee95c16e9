"""Bad input at scale: 1,000 good articles with about 1 % bad inputs of every kind."""

from __future__ import annotations

from pathlib import Path

import duckdb
from typer.testing import CliRunner

from entente.cli import EXIT_SKIPPED, app

from .badcorpus import make


def test_mixed_corpus_stores_every_good_article_and_logs_every_bad_one(tmp_path: Path) -> None:
    counts = make(tmp_path / "corpus", good=1000, huge_mb=100)
    db = tmp_path / "bad.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "corpus"), "--db", str(db), "--no-events",
                                      "--workers", "1"])  # fmt: skip
    assert result.exit_code == EXIT_SKIPPED, result.output
    with duckdb.connect(str(db), read_only=True) as con:
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]  # type: ignore[index]
        skipped = con.execute("SELECT path, line, reason FROM ingest_log WHERE status = 'skipped'").fetchall()
        encodings = dict(con.execute("SELECT doc_id, encoding FROM documents WHERE doc_id LIKE 'utf16%' "
                                     "OR doc_id LIKE 'cp1251%'").fetchall())  # fmt: skip
    assert stored == counts["good"]
    assert len(skipped) == counts["bad"]
    assert all(reason for _, _, reason in skipped)
    by_name = {Path(p).name: (line, reason) for p, line, reason in skipped if not p.endswith("wire.jsonl")}
    assert "too large" in by_name["huge.txt"][1] and "empty" in by_name["empty.txt"][1]
    assert "truncated" in by_name["truncated.html"][1] and "binary" in by_name["binary.txt"][1]
    jsonl_lines = sorted(line for p, line, _ in skipped if p.endswith("wire.jsonl"))
    assert jsonl_lines == [102, 203]
    assert by_name["crawl.warc.gz"][0] is not None, "a broken WARC record is logged with its record number"
    assert encodings == {"utf16.txt": "utf-16", "cp1251.txt": "cp1251"}
    assert f"skipped {counts['bad']}" in result.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        [(note,)] = con.execute("SELECT reason FROM ingest_log WHERE doc_id = 'invalid-utf8.txt'").fetchall()
    assert "invalid UTF-8 at byte 60" in note, "repaired input is stored and its repair logged"
