"""The public ingest entry point: files in, cleaned and coded documents stored, every input accounted for.

Work flows in bounded batches, so memory does not grow with the corpus: the main process reads inputs
and drops those already stored, the per-document stages (clean, date, code) run in a pool of worker
processes (``workers``), and each batch is written to DuckDB in one transaction, so an interrupted run
keeps every batch it committed and a re-run finishes the rest.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.pool import AsyncResult
from pathlib import Path

from .clean import BoilerplateRules, clean_document, load_rules
from .clean.dedup import DEFAULT_THRESHOLD, NearDuplicate, NearDuplicateIndex, band_keys, minhash_of, similarity
from .events import DEFAULT_MODEL, DocumentCoding, EventCoder, build_coder
from .ingest import ReadLimits, discover, read_path
from .records import CleanDocument, IngestSummary, RawDocument, Skipped
from .store import INGEST_DB_MEMORY, Store, StoredDocument
from .timing import date_document, load_landmarks

ProgressCallback = Callable[[str, int, int], None]
"""Called as ``progress(path, files_done, files_total)`` as the run moves through the input files."""

SNAPSHOT_SECONDS = 30.0
"""How often a long ingest publishes a snapshot of the store for readers (see Store.publish_snapshot)."""
BATCH_DOCUMENTS = 64
SMALL_INPUT_BYTES = 2_000_000
"""Documents per unit of work handed to a worker (and per write transaction, times the workers)."""


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


@dataclass(frozen=True)
class IngestSettings:
    """Everything an ingest run can be told, validated once."""

    limits: ReadLimits = field(default_factory=ReadLimits)
    boilerplate_files: tuple[Path, ...] = ()
    near_duplicate_threshold: float = DEFAULT_THRESHOLD
    code_events: bool = True
    model: str = DEFAULT_MODEL
    actor_files: tuple[Path, ...] = ()
    agent_files: tuple[Path, ...] = ()
    verb_files: tuple[Path, ...] = ()
    workers: int = 1

    def __post_init__(self) -> None:
        if not 0.0 < self.near_duplicate_threshold <= 1.0:
            raise ValueError("near_duplicate_threshold must be in (0, 1]; 0.7 is a good default")
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        for kind, paths in (
            ("boilerplate rule", self.boilerplate_files),
            ("actor dictionary", self.actor_files),
            ("agent dictionary", self.agent_files),
            ("verb lexicon", self.verb_files),
        ):
            for path in paths:
                if not Path(path).is_file():
                    raise FileNotFoundError(f"{path}: {kind} file not found")


@dataclass(frozen=True)
class Processed:
    """What the per-document stages made of one raw document: a coded document, or why it was skipped."""

    raw: RawDocument
    doc: CleanDocument | None = None
    coding: DocumentCoding | None = None
    minhash: tuple[int, ...] = ()
    skipped: Skipped | None = None


class DocumentProcessor:
    """The per-document stages — clean, date, code — as one callable; built once per process."""

    def __init__(self, settings: IngestSettings) -> None:
        self.rules: BoilerplateRules = load_rules(list(settings.boilerplate_files))
        self.landmarks = load_landmarks()
        self.coder: EventCoder | None = None
        if settings.code_events:
            self.coder = build_coder(settings.model, settings.actor_files, settings.agent_files, settings.verb_files)

    def __call__(self, raws: list[RawDocument]) -> list[Processed]:
        results: list[Processed] = []
        docs: list[tuple[RawDocument, CleanDocument]] = []
        for raw in raws:
            try:
                cleaned = clean_document(raw, self.rules)
            except Exception as exc:  # noqa: BLE001 - one hostile page (deep nesting …) must not end the run
                reason = f"could not extract text ({type(exc).__name__}: {str(exc)[:120]}); check the file"
                results.append(Processed(raw, skipped=Skipped(raw.path, reason, raw.line, raw.doc_id)))
                continue
            if isinstance(cleaned, Skipped):
                results.append(Processed(raw, skipped=cleaned))
            else:
                docs.append((raw, date_document(cleaned, self.landmarks)))
        codings = self._code([d for _, d in docs])
        for (raw, doc), coding in zip(docs, codings, strict=True):
            signature = tuple(int(v) for v in minhash_of(doc.body).hashvalues)
            results.append(Processed(raw, doc, coding, signature))
        return results

    def _code(self, docs: list[CleanDocument]) -> list[DocumentCoding | None]:
        if self.coder is None:
            return [None] * len(docs)
        try:
            return list(self.coder.code_documents(docs))
        except Exception:  # noqa: BLE001 - find the document that fails, keep the others' events
            codings: list[DocumentCoding | None] = []
            for doc in docs:
                try:
                    codings.append(self.coder.code_document(doc))
                except Exception:  # noqa: BLE001
                    codings.append(None)
            return codings


# One processor per worker process, built by the pool's initializer: spaCy and the dictionaries load once
# per process, not once per batch.
_worker_processor: DocumentProcessor | None = None


def _start_worker(settings: IngestSettings) -> None:
    global _worker_processor
    _worker_processor = DocumentProcessor(settings)


def _work(raws: list[RawDocument]) -> list[Processed]:
    assert _worker_processor is not None, "worker not initialised"
    return _worker_processor(raws)


class Ingestor:
    """Accounts for every input of one run against an open store and writes results in batches."""

    def __init__(self, store: Store, settings: IngestSettings | None = None) -> None:
        self.store = store
        self.settings = settings or IngestSettings()
        self.run_id = uuid.uuid4().hex[:12]
        # Identity of inputs admitted in this run and not yet stored, as 64-bit ints; once a batch is
        # committed the store answers for its documents, so these hold only the batches in flight (and
        # inputs the workers skipped), not the whole corpus.
        self.seen_raw: dict[int, str] = {}
        self.seen_ids: set[int] = set()
        self.last_snapshot = 0.0
        self.snapshot_cost = 0.0
        self.stored = 0
        self.duplicates = 0
        self.near_duplicates = 0
        self.skipped: list[Skipped] = []

    def skip(self, item: Skipped) -> None:
        self.skipped.append(item)
        self.store.log_skipped(self.run_id, item)

    def admit_all(self, raws: list[RawDocument]) -> list[RawDocument]:
        """The raw documents that need processing; inputs already stored are logged as duplicates."""
        stored_raw = self.store.known("raw_sha256", [r.raw_sha256 for r in raws])
        stored_ids = self.store.known("doc_id", [r.doc_id for r in raws])
        return [r for r in raws if self.admit(r, stored_raw.get(r.raw_sha256), r.doc_id in stored_ids)]

    def admit(self, raw: RawDocument, stored_as: str | None = None, id_taken: bool = False) -> bool:
        """Whether one raw document needs processing, given what the store already holds."""
        known = self.seen_raw.get(_short(raw.raw_sha256)) or stored_as
        if known is not None:
            self.duplicates += 1
            self.store.log(self.run_id, raw.path, raw.line, raw.doc_id, "duplicate", f"already stored as {known}")
            return False
        if _short_text(raw.doc_id) in self.seen_ids or id_taken:
            self.skip(Skipped(
                raw.path,
                f"another document with id {raw.doc_id!r} is already stored with different content; "
                "give this one a unique file name or 'id'",
                raw.line, raw.doc_id,
            ))  # fmt: skip
            return False
        self.seen_raw[_short(raw.raw_sha256)] = raw.doc_id
        self.seen_ids.add(_short_text(raw.doc_id))
        return True

    def forget(self, stored: list[RawDocument]) -> None:
        """Drop inputs now committed to the store from the in-run sets: the store knows them from here on."""
        for raw in stored:
            self.seen_raw.pop(_short(raw.raw_sha256), None)
            self.seen_ids.discard(_short_text(raw.doc_id))

    def write(self, results: list[Processed]) -> None:
        batch: list[StoredDocument] = []
        same_bodies = self.store.known("body_sha256", [r.doc.body_sha256 for r in results if r.doc is not None])
        # Near duplicates: stored documents come from the LSH bands kept in the store (memory stays flat),
        # documents of this batch from a small index of their own.
        stored = self.store.near_duplicate_candidates(
            {r.doc.doc_id: band_keys(r.minhash) for r in results if r.doc is not None and r.minhash}
        )
        in_batch = NearDuplicateIndex(self.settings.near_duplicate_threshold)
        for result in results:
            if result.skipped is not None or result.doc is None:
                self.skipped.append(result.skipped or Skipped(result.raw.path, "not processed", result.raw.line))
                batch.append(StoredDocument(None, skipped=self.skipped[-1]))
                continue
            doc = result.doc
            signature = list(result.minhash)
            same_text = same_bodies.get(doc.body_sha256)
            # The same story under another id is kept (its id may be cited elsewhere) but linked, so that
            # analyses count it once; only the same input twice is a no-op.
            near = (
                NearDuplicate(same_text, 1.0)
                if same_text is not None
                else self.nearest(signature, stored.get(doc.doc_id, []), in_batch)
            )
            link = (near.doc_id, near.similarity) if near else None
            batch.append(StoredDocument(doc, result.coding, signature, link))
            in_batch.add_signature(doc.doc_id, signature)
            self.stored += 1
            self.near_duplicates += near is not None
        self.store.add_batch(batch, self.run_id)
        self.forget([r.raw for r in results if r.doc is not None])
        if time.monotonic() - self.last_snapshot > max(SNAPSHOT_SECONDS, 20 * self.snapshot_cost):
            self.snapshot()

    def snapshot(self) -> None:
        """Publish what is committed so far for readers (the dashboard) while this run holds the store.

        Copying costs time as the store grows, so snapshots come at most every 20 copy-durations
        (at least every 30 s): publishing never takes more than about 5 % of a long run.
        """
        start = time.monotonic()
        self.store.publish_snapshot()
        self.last_snapshot = time.monotonic()
        self.snapshot_cost = self.last_snapshot - start

    def nearest(
        self, signature: list[int], candidates: list[tuple[str, list[int]]], in_batch: NearDuplicateIndex
    ) -> NearDuplicate | None:
        best = in_batch.find_signature(signature)
        for doc_id, other in candidates:
            score = round(similarity(signature, other), 3)
            if score >= self.settings.near_duplicate_threshold and (best is None or score > best.similarity):
                best = NearDuplicate(doc_id, score)
        return best

    def summary(self) -> IngestSummary:
        return IngestSummary(self.stored, self.duplicates, tuple(self.skipped), self.near_duplicates)


def ingest(
    paths: Iterable[str | Path],
    db: str | Path | None = None,
    *,
    settings: IngestSettings | None = None,
    progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Read, clean, code and store every article under ``paths``; return what happened to each input.

    >>> summary = ingest(["articles/"], db="entente.duckdb")  # doctest: +SKIP
    >>> summary.stored, len(summary.skipped)  # doctest: +SKIP
    """
    settings = settings or IngestSettings()
    files = list(discover(paths))
    input_bytes = sum(f.stat().st_size for f in files if isinstance(f, Path))
    # Starting workers costs seconds (each loads spaCy); small inputs finish sooner in one process.
    workers = settings.workers if input_bytes >= SMALL_INPUT_BYTES else 1
    with Store(db, memory=INGEST_DB_MEMORY) as store:
        run = Ingestor(store, settings)
        run.snapshot()
        admitted = _admitted(files, run, settings, progress)
        chunks = (run.admit_all(window) for window in _windows(admitted, BATCH_DOCUMENTS))
        if workers == 1:
            processor = DocumentProcessor(settings)
            for chunk in chunks:
                run.write(processor(chunk))
        else:
            context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
            with context.Pool(workers, initializer=_start_worker, initargs=(settings,)) as pool:
                # Keep the workers busy while the main process writes: a bounded queue of chunks in flight,
                # collected in order (memory stays flat however large the corpus).
                in_flight: deque[AsyncResult] = deque()
                for chunk in chunks:
                    in_flight.append(pool.apply_async(_work, (chunk,)))
                    if len(in_flight) >= 2 * workers:
                        run.write(in_flight.popleft().get())
                while in_flight:
                    run.write(in_flight.popleft().get())
        run.snapshot()
        return run.summary()


def _admitted(
    files: list[Path | Skipped], run: Ingestor, settings: IngestSettings, progress: ProgressCallback | None
) -> Iterator[RawDocument]:
    for done, item in enumerate(files, 1):
        if isinstance(item, Skipped):
            run.skip(item)
        else:
            for read in read_path(item, settings.limits):
                if isinstance(read, Skipped):
                    run.skip(read)
                else:
                    yield read
        if progress is not None:
            progress(str(item.path if isinstance(item, Skipped) else item), done, len(files))


def _short(hex_digest: str) -> int:
    return int(hex_digest[:16], 16)


def _short_text(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


def _windows(items: Iterator[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    while window := list(islice(items, size)):
        yield window
