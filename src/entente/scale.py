"""Scale-out on Ray: the same stage functions on a cluster, Parquet shards out, merged into DuckDB.

Each Ray actor holds one :class:`~entente.pipeline.DocumentProcessor` (spaCy and the dictionaries load
once per actor) and turns a shard of input files into Parquet files, one per table. The driver then merges
the shards into the store in input order with the same rules as a local run — inputs already stored are
duplicates, clashing ids are skipped, near-duplicates are linked — so a Ray run and a local run of the
same input store the same documents and events.

Local: ``entente ingest shards/ --engine ray --workers 2``. A real cluster: start it with
``ray start --head`` (and ``ray start --address=HEAD:6379`` on the others), then
``entente ingest /shared/shards --engine ray --ray-address HEAD:6379 --workers 32``; the shard folder
must be readable by every node and writable for the Parquet output (``--shard-dir``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .clean.dedup import NearDuplicate, NearDuplicateIndex, band_keys
from .pipeline import BATCH_DOCUMENTS, DocumentProcessor, Ingestor, IngestSettings
from .records import IngestSummary, RawDocument, Skipped
from .sources import InputFile, discover, read_path
from .store import INGEST_DB_MEMORY, INSERT_COLUMNS, Store, StoredDocument, arrow_table, batch_rows

SHARD_TABLES = tuple(INSERT_COLUMNS)


class ShardWorker:
    """Runs the per-document stages over a shard of input files and writes one Parquet file per table."""

    def __init__(self, settings: IngestSettings) -> None:
        self.settings = settings
        self.process = DocumentProcessor(settings)

    def run(self, files: list[InputFile], out_dir: str, run_id: str) -> str:
        raws: list[RawDocument] = []
        batch: list[StoredDocument] = []
        for file in files:
            for item in read_path(file, self.settings.limits):
                if isinstance(item, Skipped):
                    batch.append(StoredDocument(None, skipped=item))
                else:
                    raws.append(item)
        for start in range(0, len(raws), BATCH_DOCUMENTS):
            for result in self.process(raws[start : start + BATCH_DOCUMENTS]):
                if result.doc is None:
                    batch.append(StoredDocument(None, skipped=result.skipped))
                else:
                    batch.append(StoredDocument(result.doc, result.coding, list(result.minhash)))
        tables, hashes = batch_rows(batch, run_id)
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        for table in SHARD_TABLES:
            pq.write_table(arrow_table(table, tables[table], hashes if table == "documents" else None),
                           Path(out_dir) / f"{table}.parquet")  # fmt: skip
        return out_dir


def _shards(
    paths: list[str | Path], workers: int, root: Path | None = None
) -> tuple[list[list[InputFile]], list[Skipped]]:
    """Input shards: each JSON Lines/Parquet/WARC file is one; small single-article files are grouped."""
    shards: list[list[InputFile]] = []
    singles: list[InputFile] = []
    skipped: list[Skipped] = []
    for item in discover(paths, root):
        if isinstance(item, Skipped):
            skipped.append(item)
        elif item.path.suffix.lower() in {".jsonl", ".ndjson", ".warc", ".gz"}:
            shards.append([item])
        else:
            singles.append(item)
    size = max(1, len(singles) // max(1, workers * 4) or 1)
    shards.extend(singles[i : i + size] for i in range(0, len(singles), size))
    return shards, skipped


def merge_shard(run: Ingestor, shard_dir: Path) -> None:
    """Merge one Parquet shard into the store with the rules of a local run."""
    tables = {t: pq.read_table(shard_dir / f"{t}.parquet") for t in SHARD_TABLES}
    docs = tables["documents"].to_pylist()
    store = run.store
    stored_raw = store.known("raw_sha256", [d["raw_sha256"] for d in docs])
    stored_ids = store.known("doc_id", [d["doc_id"] for d in docs])
    same_bodies = store.known("body_sha256", [d["body_sha256"] for d in docs])
    candidates = store.near_duplicate_candidates({d["doc_id"]: band_keys(d["minhash"]) for d in docs if d["minhash"]})
    in_batch = NearDuplicateIndex(run.settings.near_duplicate_threshold)
    admitted: list[dict] = []
    admitted_raw: list[RawDocument] = []
    for doc in docs:
        raw = RawDocument(doc["doc_id"], doc["path"], doc["format"], "", line=doc["line"],
                          raw_sha256=doc["raw_sha256"])  # fmt: skip
        if not run.admit(raw, stored_raw.get(doc["raw_sha256"]), doc["doc_id"] in stored_ids):
            continue
        same = same_bodies.get(doc["body_sha256"])
        near = (
            NearDuplicate(same, 1.0)
            if same
            else run.nearest(doc["minhash"], candidates.get(doc["doc_id"], []), in_batch)
        )
        in_batch.add_signature(doc["doc_id"], doc["minhash"])
        doc = dict(doc, near_duplicate_of=near.doc_id if near else None,
                   near_duplicate_similarity=near.similarity if near else None)  # fmt: skip
        admitted.append(doc)
        admitted_raw.append(raw)
        run.stored += 1
        run.near_duplicates += near is not None
    keep = {d["doc_id"] for d in admitted}
    log = [r for r in tables["ingest_log"].to_pylist() if r["status"] == "skipped" or r["doc_id"] in keep]
    for row in log:
        if row["status"] == "skipped":
            run.skipped.append(Skipped(row["path"], row["reason"], row["line"], row["doc_id"]))
    with store.transaction() as con:
        if admitted:
            schema = tables["documents"].schema
            for name, kind in (("near_duplicate_of", pa.string()), ("near_duplicate_similarity", pa.float64())):
                schema = schema.set(schema.get_field_index(name), pa.field(name, kind))
            frame = pa.Table.from_pylist(admitted, schema=schema)
            store.insert_arrow(con, "documents", frame)
        for table in SHARD_TABLES:
            if table in {"documents", "ingest_log"}:
                continue
            rows = [r for r in tables[table].to_pylist() if r["doc_id"] in keep]
            if rows:
                store.insert_arrow(con, table, pa.Table.from_pylist(rows, schema=tables[table].schema))
        if log:
            rows = [dict(r, run_id=run.run_id) for r in log]
            store.insert_arrow(con, "ingest_log", pa.Table.from_pylist(rows, schema=tables["ingest_log"].schema))
    run.forget(admitted_raw)


def ingest_with_ray(
    paths: list[str | Path],
    db: str | Path | None = None,
    *,
    settings: IngestSettings | None = None,
    address: str | None = None,
    shard_dir: str | Path | None = None,
) -> IngestSummary:
    """Ingest on a Ray cluster (a local one when ``address`` is None) with ``settings.workers`` actors."""
    import ray

    settings = settings or IngestSettings()
    # Ray probes a public address to learn the local IP; loopback is enough for a local cluster.
    os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    started_here = not ray.is_initialized()
    if started_here:
        if address is None:
            ray.init(num_cpus=settings.workers, include_dashboard=False, log_to_driver=False,
                     _node_ip_address="127.0.0.1")  # fmt: skip
        else:
            ray.init(address=address, log_to_driver=False)
    output = Path(shard_dir) if shard_dir else Path(tempfile.mkdtemp(prefix="entente-shards-"))
    try:
        shards, unreadable = _shards(list(paths), settings.workers, settings.root)
        worker_settings = replace(settings, workers=1)
        Actor = ray.remote(num_cpus=1)(ShardWorker)
        actors = [Actor.remote(worker_settings) for _ in range(max(1, min(settings.workers, len(shards))))]
        with Store(db, memory=INGEST_DB_MEMORY) as store:
            run = Ingestor(store, settings)
            for item in unreadable:
                run.skip(item)
            pending = [
                actors[i % len(actors)].run.remote(files, str(output / f"shard-{i:05d}"), run.run_id)
                for i, files in enumerate(shards)
            ]
            for ref in pending:  # merged in input order, as a local run would store them
                merge_shard(run, Path(ray.get(ref)))
            return run.summary()
    finally:
        if shard_dir is None:
            shutil.rmtree(output, ignore_errors=True)
        if started_here:
            ray.shutdown()
