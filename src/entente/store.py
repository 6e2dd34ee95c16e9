"""The DuckDB store: one embedded file holding documents, sentences, the ingest log and coded data.

The default file is ``entente.duckdb`` in the working folder (override with ``--db`` or the
``ENTENTE_DB`` environment variable). Each document is written with its sentences and its log
row in one transaction, so an interrupted run never leaves half a document behind.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa

from .clean.dedup import band_keys
from .errors import StoreError
from .records import CleanDocument, Skipped

if TYPE_CHECKING:
    from .events import DocumentCoding

DEFAULT_DB = "entente.duckdb"
SCHEMA_VERSION = 1

# Only documents carry a primary key: rows of the other tables are unique by construction (written once,
# with their document, in one transaction), and DuckDB keeps key indexes in memory, which would grow with
# the corpus by millions of sentences and events.
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
    ingested_at TIMESTAMP,
    lang VARCHAR
);
CREATE TABLE IF NOT EXISTS minhash_bands (band SMALLINT, key BIGINT, doc_id VARCHAR);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id VARCHAR,
    sent_idx INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR
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
    event_id VARCHAR,
    doc_id VARCHAR, sent_idx INTEGER, source VARCHAR, target VARCHAR, code VARCHAR,
    goldstein DOUBLE, quad_class INTEGER, date VARCHAR, date_precision VARCHAR,
    sentence VARCHAR, modality VARCHAR, confidence DOUBLE, rule VARCHAR, coder VARCHAR,
    source_text VARCHAR, target_text VARCHAR, predicate VARCHAR, parse_path VARCHAR
);
CREATE TABLE IF NOT EXISTS facts (
    fact_id VARCHAR,
    doc_id VARCHAR, sent_idx INTEGER, subject VARCHAR, quantity DOUBLE, unit VARCHAR,
    qualifier VARCHAR, topic VARCHAR, text VARCHAR, sentence VARCHAR
);
CREATE TABLE IF NOT EXISTS memberships (
    doc_id VARCHAR, sent_idx INTEGER, org VARCHAR, org_code VARCHAR, member VARCHAR,
    since VARCHAR, until VARCHAR, origin VARCHAR, sentence VARCHAR
);
"""

INSERT_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "doc_id", "path", "line", "format", "encoding", "url", "title", "author", "publisher", "date",
        "date_precision", "date_source", "raw_text", "body", "raw_sha256", "body_sha256", "n_sentences", "removed",
        "near_duplicate_of", "near_duplicate_similarity", "ingested_at", "lang", "minhash",
    ),
    "sentences": ("doc_id", "sent_idx", "start_char", "end_char", "text"),
    "actors": ("doc_id", "sent_idx", "start_char", "end_char", "text", "code", "kind", "entry"),
    "events": (
        "event_id", "doc_id", "sent_idx", "source", "target", "code", "goldstein", "quad_class", "date",
        "date_precision", "sentence", "modality", "confidence", "rule", "coder", "source_text", "target_text",
        "predicate", "parse_path",
    ),
    "facts": ("fact_id", "doc_id", "sent_idx", "subject", "quantity", "unit", "qualifier", "topic", "text", "sentence"),
    "memberships": ("doc_id", "sent_idx", "org", "org_code", "member", "since", "until", "origin", "sentence"),
    "ingest_log": ("run_id", "path", "line", "doc_id", "status", "reason", "logged_at"),
    "minhash_bands": ("band", "key", "doc_id"),
}  # fmt: skip


@dataclass(frozen=True)
class StoredDocument:
    """One item of a write batch: a document with its coding, or an input skipped by the workers."""

    doc: CleanDocument | None
    coding: DocumentCoding | None = None
    minhash: list[int] | None = None
    near_duplicate: tuple[str, float] | None = None
    skipped: Skipped | None = None


TABLES = ("documents", "sentences", "ingest_log", "actors", "events", "facts", "memberships")


def _row(record: object) -> tuple:
    """A record's fields as a tuple; dataclasses.astuple deep-copies, which costs seconds on large batches."""
    return _row_getter(type(record))(record)


@cache
def _row_getter(kind: type) -> Callable[[object], tuple]:
    names = [f.name for f in fields(kind)]
    if len(names) == 1:
        return lambda record: (getattr(record, names[0]),)
    return attrgetter(*names)


WRITER_WAIT_SECONDS = 30.0
DEFAULT_DB_MEMORY = "512MB"
"""DuckDB's memory budget for readers: analysis queries and the dashboard."""
INGEST_DB_MEMORY = "128MB"
"""DuckDB's memory budget for an ingest. Its per-batch lookups (content hashes, ids, LSH bands) read a part
of the store that grows with the corpus, and DuckDB keeps what it reads cached up to its budget; a small
budget is reached within the first few thousand articles, so memory stays flat from then on. Evicted
blocks are read again from the operating system's file cache, which costs little."""


def snapshot_path(db: Path) -> Path:
    return db.with_name(db.name + ".snapshot")


def default_db_path() -> Path:
    return Path(os.environ.get("ENTENTE_DB", DEFAULT_DB))


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def batch_rows(batch: list[StoredDocument], run_id: str) -> tuple[dict[str, list[tuple]], list[list[int] | None]]:
    """The rows a write batch adds to each table (documents' MinHash signatures apart)."""
    now = _now()
    tables: dict[str, list[tuple]] = {name: [] for name in INSERT_COLUMNS}
    hashes: list[list[int] | None] = []
    for item in batch:
        if item.doc is None:
            skipped = item.skipped
            assert skipped is not None
            tables["ingest_log"].append((run_id, skipped.path, skipped.line, skipped.doc_id, "skipped",
                                         skipped.reason, now))  # fmt: skip
            continue
        doc, coding, near = item.doc, item.coding, item.near_duplicate
        tables["documents"].append((
            doc.doc_id, doc.path, doc.line, doc.format, doc.encoding, doc.url, doc.title, doc.author,
            doc.publisher, doc.date.value, doc.date.precision, doc.date.source, doc.raw_text, doc.body,
            doc.raw_sha256, doc.body_sha256, len(doc.sentences),
            json.dumps([asdict(r) for r in doc.removed], ensure_ascii=False),
            near[0] if near else None, near[1] if near else None, now, doc.language,
        ))  # fmt: skip
        hashes.append(item.minhash)
        if item.minhash:
            tables["minhash_bands"].extend((b, k, doc.doc_id) for b, k in enumerate(band_keys(item.minhash)))
        tables["sentences"].extend((doc.doc_id, s.index, s.start, s.end, s.text) for s in doc.sentences)
        if coding is not None:
            tables["actors"].extend(_row(a) for a in coding.actors)
            tables["events"].extend(_row(e) for e in coding.events)
            tables["facts"].extend(_row(f) for f in coding.facts)
            tables["memberships"].extend(_row(m) for m in coding.memberships)
        tables["ingest_log"].append((run_id, doc.path, doc.line, doc.doc_id, "stored", doc.note, now))
    return tables, hashes


def arrow_table(table: str, rows: list[tuple], minhashes: list[list[int] | None] | None = None) -> pa.Table:
    """Rows of one table as an Arrow table with the store's column names (for inserts and Parquet shards)."""
    columns = INSERT_COLUMNS[table]
    plain = [c for c in columns if c != "minhash"]
    data = {column: [row[i] for row in rows] for i, column in enumerate(plain)}
    arrays = {c: pa.array(v, type=pa.string()) if all(x is None for x in v) else pa.array(v) for c, v in data.items()}
    if "minhash" in columns:
        arrays["minhash"] = pa.array(minhashes or [None] * len(rows), type=pa.list_(pa.uint64()))
    return pa.table([arrays[c] for c in columns], names=list(columns))


class Store:
    """A connection to one Entente DuckDB file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False, memory: str | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no store here yet; run `entente ingest PATH --db {self.path}` first")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = self._connect(read_only)
        # DuckDB would otherwise cache up to 80 % of RAM as the store grows; a fixed budget keeps memory
        # flat. ENTENTE_DB_MEMORY (e.g. "2GB") overrides every budget, for machines with memory to spare.
        budget = os.environ.get("ENTENTE_DB_MEMORY") or memory or DEFAULT_DB_MEMORY
        try:
            self.con.execute(f"SET memory_limit = '{budget}'")
        except duckdb.Error as exc:
            self.con.close()
            raise StoreError(
                f"memory budget {budget!r} not understood ({exc}); write it like '512MB' or '2GB'"
            ) from exc
        if not read_only:
            self.con.execute(SCHEMA)
            # Stores written before documents had a language gain the column (empty for their documents).
            self.con.execute("ALTER TABLE documents ADD COLUMN IF NOT EXISTS lang VARCHAR")
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        # DuckDB lets one process write a file, and readers only while no one writes. A reader that finds
        # the file locked reads the latest snapshot the writer published; a writer waits for readers to go.
        deadline = time.monotonic() + (0 if read_only else WRITER_WAIT_SECONDS)
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=read_only)
            except duckdb.IOException as exc:
                snapshot = snapshot_path(self.path)
                if read_only and snapshot.exists():
                    self.path = snapshot
                    return duckdb.connect(str(snapshot), read_only=True)
                if time.monotonic() >= deadline:
                    raise StoreError(
                        f"{self.path}: cannot open the store ({exc}). Another process may be writing to it; "
                        "wait for it to finish or use another --db."
                    ) from exc
                time.sleep(0.2)

    def publish_snapshot(self) -> Path:
        """Copy the committed store to ``<db>.snapshot`` (atomically), for readers while this one writes."""
        self.con.execute("CHECKPOINT")
        target = snapshot_path(self.path)
        partial = target.with_name(target.name + ".partial")
        shutil.copyfile(self.path, partial)
        os.replace(partial, target)
        return target

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
    def known(self, column: str, values: list[str]) -> dict[str, str]:
        """Which of ``values`` are already stored in ``column`` (raw_sha256, body_sha256 or doc_id), with the
        doc_id holding each; one query for a whole batch."""
        if column not in {"raw_sha256", "body_sha256", "doc_id"} or not values:
            return {}
        rows = self.con.execute(
            f"SELECT {column}, doc_id FROM documents WHERE {column} IN (SELECT unnest(?::VARCHAR[]))", [values]
        ).fetchall()
        return {value: doc_id for value, doc_id in rows}

    def near_duplicate_candidates(self, keys_by_doc: dict[str, list[int]]) -> dict[str, list[tuple[str, list[int]]]]:
        """Stored documents sharing an LSH band with each new document, with their signatures."""
        if not keys_by_doc:
            return {}
        pairs = [(doc, band, key) for doc, keys in keys_by_doc.items() for band, key in enumerate(keys)]
        frame = pa.table({
            "new_doc": [p[0] for p in pairs], "band": pa.array([p[1] for p in pairs], type=pa.int16()),
            "key": pa.array([p[2] for p in pairs], type=pa.int64()),
        })  # fmt: skip
        self.con.register("_probe", frame)
        try:
            pairs_found = self.con.execute(
                "SELECT DISTINCT p.new_doc, b.doc_id FROM _probe p "
                "JOIN minhash_bands b ON b.band = p.band AND b.key = p.key"
            ).fetchall()
        finally:
            self.con.unregister("_probe")
        if not pairs_found:
            return {}
        # Signatures only for the candidates, by primary key: a join would read every stored signature
        # (1 KB a document) for each batch, and keep them all cached.
        wanted = sorted({doc_id for _, doc_id in pairs_found})
        signatures = dict(self.con.execute(
            "SELECT doc_id, minhash FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [wanted]
        ).fetchall())  # fmt: skip
        found: dict[str, list[tuple[str, list[int]]]] = {}
        for new_doc, doc_id in sorted(pairs_found):
            if signatures.get(doc_id) is not None:
                found.setdefault(new_doc, []).append((doc_id, signatures[doc_id]))
        return found

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
        """Store one cleaned document with everything coded from it, atomically."""
        self.add_batch([StoredDocument(doc, coding, minhash, near_duplicate)], run_id)

    def add_batch(self, batch: list[StoredDocument], run_id: str) -> None:
        """Store documents with their sentences, actors, events, facts, memberships and log rows in one
        transaction: after a crash a batch is either all there or not at all."""
        if not batch:
            return
        tables, hashes = batch_rows(batch, run_id)
        with self.transaction() as con:
            for name, rows in tables.items():
                if rows:
                    self._insert(con, name, rows, hashes if name == "documents" else None)

    def _insert(
        self, con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple], minhashes: list[list[int] | None] | None
    ) -> None:
        self.insert_arrow(con, table, arrow_table(table, rows, minhashes))

    @staticmethod
    def insert_arrow(con: duckdb.DuckDBPyConnection, table: str, frame: pa.Table) -> None:
        con.register("_batch", frame)
        try:
            con.execute(f"INSERT INTO {table} ({', '.join(frame.column_names)}) SELECT * FROM _batch")
        finally:
            con.unregister("_batch")

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
