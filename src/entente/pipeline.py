"""The public ingest entry point: files in, cleaned documents stored, every input accounted for."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .clean import BoilerplateRules, clean_document, load_rules
from .clean.dedup import DEFAULT_THRESHOLD, NearDuplicate, NearDuplicateIndex, minhash_of
from .events import DEFAULT_MODEL, EventCoder, build_coder
from .ingest import ReadLimits, discover, read_path
from .records import CleanDocument, IngestSummary, RawDocument, Skipped
from .store import Store
from .timing import date_document, load_landmarks

ProgressCallback = Callable[[str, int, int], None]
"""Called as ``progress(path, files_done, files_total)`` after each file."""


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

    def __post_init__(self) -> None:
        if not 0.0 < self.near_duplicate_threshold <= 1.0:
            raise ValueError("near_duplicate_threshold must be in (0, 1]; 0.8 is a good default")
        for kind, paths in (
            ("boilerplate rule", self.boilerplate_files),
            ("actor dictionary", self.actor_files),
            ("agent dictionary", self.agent_files),
            ("verb lexicon", self.verb_files),
        ):
            for path in paths:
                if not Path(path).is_file():
                    raise FileNotFoundError(f"{path}: {kind} file not found")


class Ingestor:
    """Runs one ingest against an open store; the stages are plain functions it calls in turn."""

    def __init__(self, store: Store, settings: IngestSettings | None = None) -> None:
        self.store = store
        self.settings = settings or IngestSettings()
        self.rules: BoilerplateRules = load_rules(list(self.settings.boilerplate_files))
        self.landmarks = load_landmarks()
        self.coder: EventCoder | None = None
        if self.settings.code_events:
            self.coder = build_coder(
                self.settings.model, self.settings.actor_files, self.settings.agent_files, self.settings.verb_files
            )
        self.run_id = uuid.uuid4().hex[:12]
        self.index = NearDuplicateIndex(self.settings.near_duplicate_threshold)
        for doc_id, signature in store.minhash_signatures():
            self.index.add_signature(doc_id, signature)
        self.stored = 0
        self.duplicates = 0
        self.near_duplicates = 0
        self.skipped: list[Skipped] = []

    def skip(self, item: Skipped) -> None:
        self.skipped.append(item)
        self.store.log_skipped(self.run_id, item)

    def add(self, raw: RawDocument) -> None:
        known = self.store.has_raw(raw.raw_sha256)
        if known is not None:
            self.duplicates += 1
            self.store.log(self.run_id, raw.path, raw.line, raw.doc_id, "duplicate", f"already stored as {known}")
            return
        if self.store.has_doc_id(raw.doc_id):
            self.skip(Skipped(
                raw.path,
                f"another document with id {raw.doc_id!r} is already stored with different content; "
                "give this one a unique file name or 'id'",
                raw.line, raw.doc_id,
            ))  # fmt: skip
            return
        cleaned = clean_document(raw, self.rules)
        if isinstance(cleaned, Skipped):
            self.skip(cleaned)
            return
        self.add_clean(date_document(cleaned, self.landmarks))

    def add_clean(self, doc: CleanDocument) -> None:
        minhash = minhash_of(doc.body)
        same_text = self.store.has_body(doc.body_sha256)
        # The same story under another id is kept (its id may be cited elsewhere) but linked, so that
        # analyses count it once; only the same input twice is a no-op.
        near = NearDuplicate(same_text, 1.0) if same_text is not None else self.index.find(minhash)
        coding = self.coder.code_document(doc) if self.coder is not None else None
        self.store.add_document(
            doc,
            self.run_id,
            [int(v) for v in minhash.hashvalues],
            (near.doc_id, near.similarity) if near else None,
            coding,
        )
        self.index.add(doc.doc_id, minhash)
        self.stored += 1
        self.near_duplicates += near is not None

    def summary(self) -> IngestSummary:
        return IngestSummary(self.stored, self.duplicates, tuple(self.skipped), self.near_duplicates)


def ingest(
    paths: Iterable[str | Path],
    db: str | Path | None = None,
    *,
    settings: IngestSettings | None = None,
    progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Read, clean and store every article under ``paths``; return what happened to each input.

    >>> summary = ingest(["articles/"], db="entente.duckdb")  # doctest: +SKIP
    >>> summary.stored, len(summary.skipped)  # doctest: +SKIP
    """
    settings = settings or IngestSettings()
    files = list(discover(paths))
    with Store(db) as store:
        run = Ingestor(store, settings)
        for done, item in enumerate(files, 1):
            if isinstance(item, Skipped):
                run.skip(item)
            else:
                for read in read_path(item, settings.limits):
                    if isinstance(read, Skipped):
                        run.skip(read)
                    else:
                        run.add(read)
            if progress is not None:
                progress(str(item.path if isinstance(item, Skipped) else item), done, len(files))
        return run.summary()
