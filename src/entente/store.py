"""The DuckDB store: one embedded file holding documents, sentences, the ingest log and coded data.

The default file is ``entente.duckdb`` in the working folder (override with ``--db`` or the
``ENTENTE_DB`` environment variable). Each document is written with its sentences and its log
row in one transaction, so an interrupted run never leaves half a document behind.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, astuple
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from .errors import StoreError
from .records import CleanDocument, Skipped

if TYPE_CHECKING:
    from .events import DocumentCoding

DEFAULT_DB = "entente.duckdb"
SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    path VARCHAR,
    line INTEGER,
    format VARCHAR,
    encoding VARCHAR,
    url VARCHAR,
    title VARCHAR,
    author VARCHAR,
    publisher VARCHAR,
    date VARCHAR,
    date_precision VARCHAR,
    date_source VARCHAR,
    raw_text VARCHAR,
    body VARCHAR,
    raw_sha256 VARCHAR,
    body_sha256 VARCHAR,
    n_sentences INTEGER,
    removed JSON,
    near_duplicate_of VARCHAR,
    near_duplicate_similarity DOUBLE,
    minhash UBIGINT[],
    ingested_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id VARCHAR,
    sent_idx INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    PRIMARY KEY (doc_id, sent_idx)
);
CREATE SEQUENCE IF NOT EXISTS ingest_log_seq;
CREATE TABLE IF NOT EXISTS ingest_log (
    log_id BIGINT DEFAULT nextval('ingest_log_seq') PRIMARY KEY,
    run_id VARCHAR,
    path VARCHAR,
    line INTEGER,
    doc_id VARCHAR,
    status VARCHAR,
    reason VARCHAR,
    logged_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS actors (
    doc_id VARCHAR, sent_idx INTEGER, start_char INTEGER, end_char INTEGER,
    text VARCHAR, code VARCHAR, kind VARCHAR, entry VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR, sent_idx INTEGER, source VARCHAR, target VARCHAR, code VARCHAR,
    goldstein DOUBLE, quad_class INTEGER, date VARCHAR, date_precision VARCHAR,
    sentence VARCHAR, modality VARCHAR, confidence DOUBLE, rule VARCHAR, coder VARCHAR,
    source_text VARCHAR, target_text VARCHAR, predicate VARCHAR, parse_path VARCHAR
);
CREATE TABLE IF NOT EXISTS facts (
    fact_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR, sent_idx INTEGER, subject VARCHAR, quantity DOUBLE, unit VARCHAR,
    qualifier VARCHAR, topic VARCHAR, text VARCHAR, sentence VARCHAR
);
CREATE TABLE IF NOT EXISTS memberships (
    doc_id VARCHAR, sent_idx INTEGER, org VARCHAR, org_code VARCHAR, member VARCHAR,
    since VARCHAR, until VARCHAR, origin VARCHAR, sentence VARCHAR
);
"""

TABLES = ("documents", "sentences", "ingest_log", "actors", "events", "facts", "memberships")


def default_db_path() -> Path:
    return Path(os.environ.get("ENTENTE_DB", DEFAULT_DB))


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Store:
    """A connection to one Entente DuckDB file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no store here yet; run `entente ingest PATH --db {self.path}` first")
        try:
            if not read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as exc:
            raise StoreError(
                f"{self.path}: cannot open the store ({exc}). Another process may be writing to it; "
                "wait for it to finish or use another --db."
            ) from exc
        if not read_only:
            self.con.execute(SCHEMA)
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # --- reads -------------------------------------------------------------------------
    def has_raw(self, raw_sha256: str) -> str | None:
        row = self.con.execute("SELECT doc_id FROM documents WHERE raw_sha256 = ? LIMIT 1", [raw_sha256]).fetchone()
        return row[0] if row else None

    def has_body(self, body_sha256: str) -> str | None:
        row = self.con.execute("SELECT doc_id FROM documents WHERE body_sha256 = ? LIMIT 1", [body_sha256]).fetchone()
        return row[0] if row else None

    def has_doc_id(self, doc_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone() is not None

    def minhash_signatures(self) -> Iterator[tuple[str, list[int]]]:
        cursor = self.con.execute("SELECT doc_id, minhash FROM documents WHERE minhash IS NOT NULL")
        while rows := cursor.fetchmany(10_000):
            yield from rows

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # type: ignore[index]

    def log_counts(self) -> dict[str, int]:
        rows = self.con.execute("SELECT status, count(*) FROM ingest_log GROUP BY status ORDER BY status").fetchall()
        return {status: n for status, n in rows}

    # --- writes ------------------------------------------------------------------------
    def add_document(
        self,
        doc: CleanDocument,
        run_id: str,
        minhash: list[int] | None = None,
        near_duplicate: tuple[str, float] | None = None,
        coding: DocumentCoding | None = None,
    ) -> None:
        """Store a cleaned document, its sentences, actors, events and its log row atomically."""
        now = _now()
        with self.transaction() as con:
            con.execute(
                "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    doc.doc_id, doc.path, doc.line, doc.format, doc.encoding, doc.url, doc.title, doc.author,
                    doc.publisher, doc.date.value, doc.date.precision, doc.date.source, doc.raw_text, doc.body,
                    doc.raw_sha256, doc.body_sha256, len(doc.sentences),
                    json.dumps([asdict(r) for r in doc.removed], ensure_ascii=False),
                    near_duplicate[0] if near_duplicate else None, near_duplicate[1] if near_duplicate else None,
                    minhash, now,
                ],
            )  # fmt: skip
            if doc.sentences:
                con.executemany(
                    "INSERT INTO sentences VALUES (?,?,?,?,?)",
                    [[doc.doc_id, s.index, s.start, s.end, s.text] for s in doc.sentences],
                )
            if coding is not None and coding.actors:
                con.executemany(
                    "INSERT INTO actors VALUES (?,?,?,?,?,?,?,?)",
                    [[a.doc_id, a.sent_idx, a.start, a.end, a.text, a.code, a.kind, a.entry] for a in coding.actors],
                )
            if coding is not None and coding.events:
                con.executemany(
                    f"INSERT INTO events VALUES ({','.join(['?'] * 19)})",
                    [list(astuple(e)) for e in coding.events],
                )
            if coding is not None and coding.facts:
                con.executemany(
                    f"INSERT INTO facts VALUES ({','.join(['?'] * 10)})", [list(astuple(f)) for f in coding.facts]
                )
            if coding is not None and coding.memberships:
                con.executemany(
                    f"INSERT INTO memberships VALUES ({','.join(['?'] * 9)})",
                    [list(astuple(m)) for m in coding.memberships],
                )
            self._log(con, run_id, doc.path, doc.line, doc.doc_id, "stored", None, now)

    def log(
        self, run_id: str, path: str, line: int | None, doc_id: str | None, status: str, reason: str | None
    ) -> None:
        self._log(self.con, run_id, path, line, doc_id, status, reason, _now())

    def log_skipped(self, run_id: str, skipped: Skipped) -> None:
        self.log(run_id, skipped.path, skipped.line, skipped.doc_id, "skipped", skipped.reason)

    @staticmethod
    def _log(
        con: duckdb.DuckDBPyConnection,
        run_id: str,
        path: str,
        line: int | None,
        doc_id: str | None,
        status: str,
        reason: str | None,
        when: datetime,
    ) -> None:
        con.execute(
            "INSERT INTO ingest_log (run_id, path, line, doc_id, status, reason, logged_at) VALUES (?,?,?,?,?,?,?)",
            [run_id, path, line, doc_id, status, reason, when],
        )


def stats(db: str | Path | None = None) -> dict[str, object]:
    """Row counts per table, ingest outcomes, and the span of document dates."""
    with Store(db, read_only=True) as store:
        first, last, undated = store.con.execute(
            "SELECT min(date), max(date), count(*) FILTER (WHERE date IS NULL) FROM documents"
        ).fetchone()  # type: ignore[misc]
        near = store.con.execute("SELECT count(*) FROM documents WHERE near_duplicate_of IS NOT NULL").fetchone()
        return {
            "db": str(store.path),
            "tables": store.counts(),
            "ingest_log": store.log_counts(),
            "documents_dated_from": first,
            "documents_dated_to": last,
            "documents_undated": undated,
            "near_duplicate_documents": near[0] if near else 0,
        }
