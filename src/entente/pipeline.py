"""The public ingest entry point: files in, cleaned and coded documents stored, every input accounted for.

Work flows in bounded batches, so memory does not grow with the corpus: the main process reads inputs
and drops those already stored, the per-document stages (clean, date, code) run in a pool of worker
processes (``workers``), and each batch is written to DuckDB in one transaction, so an interrupted run
keeps every batch it committed and a re-run finishes the rest.

Work per document is bounded: text over the character caps is truncated when read (noted in the log),
sentences over ``max_sentence_chars`` are stored but not parsed, and a document whose stages run past
``document_seconds`` is skipped with the reason while the run goes on (see :mod:`entente.workers`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import islice
from pathlib import Path

from .clean import BoilerplateRules, clean_document, load_rules
from .clean.dedup import DEFAULT_THRESHOLD, NearDuplicate, NearDuplicateIndex, band_keys, minhash_of, similarity
from .events import DEFAULT_MODEL, DocumentCoding, EventCoder, build_coder
from .language import LANGUAGES, detect_language
from .records import CleanDocument, IngestSummary, RawDocument, Sentence, Skipped
from .sources import InputFile, ReadLimits, bound_document, discover, join_notes, read_path
from .store import INGEST_DB_MEMORY, Store, StoredDocument
from .timing import date_document, load_landmarks
from .workers import OverTime, WorkerPool, time_limit


@dataclass(frozen=True)
class IngestProgress:
    """Where a run stands: files read so far, and what became of the documents written so far."""

    path: str
    files_done: int
    files_total: int
    stored: int
    duplicates: int
    skipped: int


ProgressCallback = Callable[[IngestProgress], None]
"""Called after each input file is read and after each batch is written."""

SNAPSHOT_SECONDS = 30.0
"""How often a long ingest publishes a snapshot of the store for readers (see Store.publish_snapshot)."""
BATCH_DOCUMENTS = 64
"""Documents per unit of work handed to a worker (and per write transaction, times the workers)."""
SMALL_INPUT_BYTES = 2_000_000
DOCUMENT_SECONDS = 120.0
"""Time budget for the stages of one document (cleaning, dating, coding); a document over it is skipped."""
STALL_GRACE_SECONDS = 30.0
"""How long past the budget a worker may stay silent on one document before it is killed and replaced."""
MAX_SENTENCE_CHARS = 2_000
"""Sentences longer than this are stored but not parsed: parse time grows faster than their length."""
MAX_NOTES = 1_000


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
    root: Path | None = None
    """A folder every input must stay inside (a server's data folder); document ids are relative to it."""
    max_sentence_chars: int = MAX_SENTENCE_CHARS
    document_seconds: float = DOCUMENT_SECONDS

    def __post_init__(self) -> None:
        if not 0.0 < self.near_duplicate_threshold <= 1.0:
            raise ValueError("near_duplicate_threshold must be in (0, 1]; 0.7 is a good default")
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        if self.max_sentence_chars < 1:
            raise ValueError("max_sentence_chars must be positive; 2000 is a good default")
        if not self.document_seconds > 0:
            raise ValueError("document_seconds must be positive; 120 is a good default")
        if self.root is not None and not Path(self.root).is_dir():
            raise FileNotFoundError(f"{self.root}: root folder not found")
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
    """The per-document stages — clean, date, code — as one callable; built once per process.

    Each document gets ``settings.document_seconds`` for all its stages; one that runs over is skipped with
    the stage it was in, and the processor goes on with the next.
    """

    def __init__(self, settings: IngestSettings) -> None:
        self.settings = settings
        # trafilatura warns "discarding data: None" for a page without text; the ingest log already says so.
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
        self.rules: BoilerplateRules = load_rules(list(settings.boilerplate_files))
        self.landmarks = load_landmarks()
        # One coder per language, English built up front, the others on their first document.
        self.coders: dict[str, EventCoder] = {}
        self.coder: EventCoder | None = None
        if settings.code_events:
            self.coder = build_coder(settings.model, settings.actor_files, settings.agent_files, settings.verb_files)
            self.coders["en"] = self.coder

    def coder_for(self, language: str | None) -> EventCoder | None:
        """The coder of a document's language; None (stored uncoded) for a language without one."""
        if not self.settings.code_events or language not in LANGUAGES:
            return None
        if language not in self.coders:
            self.coders[language] = build_coder(language=language)
        return self.coders[language]

    def __call__(self, raws: list[RawDocument]) -> list[Processed]:
        return [self.process(raw) for raw in raws]

    def process(self, raw: RawDocument) -> Processed:
        stage = "cleaning"
        try:
            with time_limit(self.settings.document_seconds):
                cleaned = clean_document(raw, self.rules, self.settings.limits.max_doc_chars)
                if isinstance(cleaned, Skipped):
                    return Processed(raw, skipped=cleaned)
                stage = "dating"
                doc = date_document(cleaned, self.landmarks)
                doc = replace(doc, language=detect_language(doc.body))
                stage = "coding events"
                doc, coding = self._code(doc)
                stage = "comparing with stored documents"
                signature = tuple(int(v) for v in minhash_of(doc.body).hashvalues)
        except OverTime as over:
            reason = (f"skipped: its stages took over {over.seconds:g} s (stopped while {stage}); the rest of the "
                      "run went on. Split the document, or allow more with --doc-seconds")  # fmt: skip
            return Processed(raw, skipped=Skipped(raw.path, reason, raw.line, raw.doc_id))
        except Exception as exc:  # noqa: BLE001 - one hostile page (deep nesting …) must not end the run
            detail = " ".join(str(exc).split())[:120]
            reason = f"could not process it while {stage} ({type(exc).__name__}: {detail}); check the file"
            return Processed(raw, skipped=Skipped(raw.path, reason, raw.line, raw.doc_id))
        return Processed(raw, doc, coding, signature)

    def _code(self, doc: CleanDocument) -> tuple[CleanDocument, DocumentCoding | None]:
        """Events of one document; sentences over the length cap are not parsed, and the document says so."""
        coder = self.coder_for(doc.language)
        if coder is None:
            return doc, None
        cap = self.settings.max_sentence_chars
        long = [s for s in doc.sentences if len(s.text) > cap]
        # An emptied sentence keeps its index, so events still point at the stored sentences.
        parsed = replace(doc, sentences=tuple(_blank(s) if len(s.text) > cap else s for s in doc.sentences))
        note = None
        if long:
            note = (f"skipped: too long: {len(long)} sentence(s) over {cap:,} characters not parsed for events "
                    f"(first: sentence {long[0].index}, {len(long[0].text):,} characters)")  # fmt: skip
        try:
            coding: DocumentCoding | None = coder.code_document(parsed if long else doc)
        except Exception as exc:  # noqa: BLE001 - the document is kept, without events, and the log says why
            coding = None
            note = join_notes(note, f"events not coded ({type(exc).__name__}: {' '.join(str(exc).split())[:100]})")
        if note:
            doc = replace(doc, note=join_notes(doc.note, note))
        return doc, coding


def _blank(sentence: Sentence) -> Sentence:
    return replace(sentence, text="")


def _work_result(processor: DocumentProcessor, raw: RawDocument) -> Processed:
    """One document in a worker process; the raw text stays behind (the result carries the cleaned one)."""
    result = processor.process(raw)
    return replace(result, raw=replace(raw, content=""))


def _make_worker(settings: IngestSettings) -> Callable[[RawDocument], Processed]:
    return partial(_work_result, DocumentProcessor(settings))


def _lost(raw: RawDocument, reason: str) -> Processed:
    return Processed(raw, skipped=Skipped(raw.path, f"skipped: {reason}", raw.line, raw.doc_id))


class Ingestor:
    """Accounts for every input of one run against an open store and writes results in batches."""

    def __init__(
        self, store: Store, settings: IngestSettings | None = None, progress: ProgressCallback | None = None
    ) -> None:
        self.store = store
        self.settings = settings or IngestSettings()
        self.progress = progress
        self.files_done = 0
        self.files_total = 0
        self.current = ""
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
        self.notes: list[Skipped] = []
        self.noted = 0

    def skip(self, item: Skipped) -> None:
        self.skipped.append(item)
        self.store.log_skipped(self.run_id, item)

    def report(self, path: str | None = None, file_done: bool = False) -> None:
        """Tell the progress callback where the run stands."""
        if path is not None:
            self.current = path
        self.files_done += file_done
        if self.progress is not None:
            self.progress(IngestProgress(self.current, self.files_done, self.files_total, self.stored,
                                         self.duplicates, len(self.skipped)))  # fmt: skip

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
            if doc.note:
                self.noted += 1
                if len(self.notes) < MAX_NOTES:
                    self.notes.append(Skipped(doc.path, doc.note, doc.line, doc.doc_id))
        self.store.add_batch(batch, self.run_id)
        self.forget([r.raw for r in results if r.doc is not None])
        if time.monotonic() - self.last_snapshot > max(SNAPSHOT_SECONDS, 20 * self.snapshot_cost):
            self.snapshot()
        self.report()

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
        return IngestSummary(self.stored, self.duplicates, tuple(self.skipped), self.near_duplicates,
                             tuple(self.notes), self.noted)  # fmt: skip


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
    files = list(discover(paths, settings.root))
    input_bytes = sum(_size(f) for f in files)
    # Starting workers costs seconds (each loads spaCy); small inputs finish sooner in one process.
    workers = settings.workers if input_bytes >= SMALL_INPUT_BYTES else 1
    with Store(db, memory=INGEST_DB_MEMORY) as store:
        run = Ingestor(store, settings, progress)
        run.files_total = len(files)
        run.snapshot()
        admitted = _admitted(files, run, settings)
        chunks = (run.admit_all(window) for window in _windows(admitted, BATCH_DOCUMENTS))
        if workers == 1:
            processor = DocumentProcessor(settings)
            for chunk in chunks:
                run.write(processor(chunk))
        else:
            # Workers stay busy while the main process reads and writes: a bounded number of chunks in flight,
            # collected in order (memory stays flat however large the corpus). A worker stuck on a document
            # past its budget, or killed, is replaced and that document skipped.
            stall = settings.document_seconds + STALL_GRACE_SECONDS
            with WorkerPool(workers, partial(_make_worker, settings), _lost, stall, preload=[__name__]) as pool:
                for results in pool.map(chunks, ahead=2 * workers):
                    run.write(results)
        run.snapshot()
        return run.summary()


def ingest_documents(
    documents: Iterable[RawDocument],
    db: str | Path | None = None,
    *,
    store: Store | None = None,
    settings: IngestSettings | None = None,
    processor: DocumentProcessor | None = None,
) -> IngestSummary:
    """Clean, code and store documents already in memory (fetched pages), in this process.

    The same stages and the same accounting as :func:`ingest`: a document already stored is a no-op, one with a
    taken id and other content is skipped with the reason. Pass an open ``store`` (and a ``processor`` built
    once) to ingest many small batches without reopening either.

    >>> raw = RawDocument("https://example.org/a", "https://example.org/a", "html", "<html>…</html>", True)
    >>> ingest_documents([raw], db="entente.duckdb")  # doctest: +SKIP
    """
    settings = settings or IngestSettings()
    processor = processor or DocumentProcessor(settings)
    if store is None:
        with Store(db, memory=INGEST_DB_MEMORY) as opened:
            return ingest_documents(documents, store=opened, settings=settings, processor=processor)
    run = Ingestor(store, settings)
    run.last_snapshot = time.monotonic()  # a caller with many small batches publishes when it wants
    for window in _windows(iter(documents), BATCH_DOCUMENTS):
        chunk = run.admit_all([bound_document(raw, settings.limits) for raw in window])
        if chunk:
            run.write(processor(chunk))
    return run.summary()


def _size(item: InputFile | Skipped) -> int:
    if isinstance(item, Skipped):
        return 0
    try:
        return item.path.stat().st_size
    except OSError:
        return 0


def _admitted(files: list[InputFile | Skipped], run: Ingestor, settings: IngestSettings) -> Iterator[RawDocument]:
    for item in files:
        if isinstance(item, Skipped):
            run.skip(item)
        else:
            run.report(str(item.path))
            for read in read_path(item, settings.limits):
                if isinstance(read, Skipped):
                    run.skip(read)
                else:
                    yield read
        run.report(item.path if isinstance(item, Skipped) else str(item.path), file_done=True)


def _short(hex_digest: str) -> int:
    return int(hex_digest[:16], 16)


def _short_text(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


def _windows(items: Iterator[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    while window := list(islice(items, size)):
        yield window
