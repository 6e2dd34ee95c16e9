"""Typed records passed between the stages of the pipeline.

Each stage is a plain function from one kind of record to the next:
``ingest`` yields :class:`RawDocument` (or :class:`Skipped`), ``clean`` turns a
raw document into a :class:`CleanDocument`, ``store`` persists it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SourceFormat = Literal["text", "html", "jsonl", "warc"]
DatePrecision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class RawDocument:
    """One article as read from its source, before any cleaning."""

    doc_id: str
    path: str
    format: SourceFormat
    content: str
    """Decoded text, or HTML markup when ``is_html`` is true."""
    is_html: bool = False
    line: int | None = None
    """1-based line in a JSON Lines file, or record number in a web archive."""
    encoding: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None
    raw_sha256: str = ""
    note: str | None = None
    """What had to be repaired to read the input (kept in the ingest log)."""


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read; it is logged, never silently dropped."""

    path: str
    reason: str
    line: int | None = None
    doc_id: str | None = None


@dataclass(frozen=True)
class RemovedLine:
    """A line the cleaner dropped, with the rule that dropped it (kept for auditing)."""

    text: str
    rule: str


@dataclass(frozen=True)
class DocumentDate:
    value: str | None
    """ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; None when unknown."""
    precision: DatePrecision | None
    source: str
    """Where the date came from (``metadata``, ``published-line``, ``dateline``) or why it is missing."""


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CleanDocument:
    """An article after boilerplate removal, with its metadata and sentences."""

    doc_id: str
    path: str
    format: SourceFormat
    raw_text: str
    body: str
    title: str | None
    author: str | None
    publisher: str | None
    url: str | None
    date: DocumentDate
    raw_sha256: str
    body_sha256: str
    line: int | None = None
    encoding: str | None = None
    note: str | None = None
    removed: tuple[RemovedLine, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    paragraphs: tuple[str, ...] = field(default=(), repr=False)
    language: str | None = None
    """'en' or 'ru' as detected from the body (entente.language); None for text in another language."""


@dataclass(frozen=True)
class IngestSummary:
    """What one ingest run did: counts by outcome, and the skipped inputs with their reasons."""

    stored: int = 0
    duplicates: int = 0
    skipped: tuple[Skipped, ...] = ()
    near_duplicates: int = 0
    notes: tuple[Skipped, ...] = ()
    """Documents stored with a note: truncated, repaired, sentences too long to parse, metadata ignored (the
    first thousand; every note is in the ingest log)."""
    noted: int = 0
    """How many stored documents carry a note."""

    @property
    def seen(self) -> int:
        return self.stored + self.duplicates + len(self.skipped)
