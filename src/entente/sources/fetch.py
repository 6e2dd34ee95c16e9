"""One fetch run: read every source's listing, fetch the articles that are new or updated, ingest them.

The run is incremental and crash-safe: URLs and their outcomes live in the store's frontier
(:mod:`.frontier`), fetched articles are ingested in small batches through the normal pipeline
(:func:`entente.pipeline.ingest_documents`), and each URL's outcome is written right after its batch is
committed. A killed run leaves at most one batch fetched but not stored; the next run fetches it again.
A bad source (dead host, 404, an HTML page instead of a feed …) is logged with its reason and retry time, and
the run goes on with the others.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..pipeline import DocumentProcessor, IngestSettings, ingest_documents
from ..records import RawDocument
from ..store import INGEST_DB_MEMORY, Store
from .catalog import Source, SourcesFile, load_sources
from .decode import decode_with_note, sha256
from .frontier import Due, Frontier
from .http import Fetched, PoliteClient
from .listing import Entry, Listing, parse_feed, parse_sitemap

log = logging.getLogger("entente.fetch")

BATCH = 8
"""Fetched articles ingested (and committed) together."""
MAX_SITEMAPS = 50
"""Sitemaps read per sitemap source and run (an index and the sitemaps it names)."""
TEXT_TYPES = ("text/html", "application/xhtml", "text/plain", "")


@dataclass(frozen=True)
class FetchProgress:
    stage: str
    """``listing`` (feeds and sitemaps) or ``articles``."""
    url: str
    done: int
    total: int
    new: int
    failed: int


@dataclass
class FetchSummary:
    """What one run did; ``line()`` is the one-line summary printed after each run."""

    run_id: str = ""
    new: int = 0
    """Articles stored for the first time (updated versions included)."""
    updated: int = 0
    """Of ``new``: a later version of an article already stored."""
    unchanged: int = 0
    """Listings and articles answered 304, or with the bytes already stored."""
    skipped: int = 0
    """Fetched, but not an article the pipeline could store (no text, a duplicate …): see the ingest log."""
    failed: Counter[str] = field(default_factory=Counter)
    """Failures by reason code (``timeout``, ``http-404``, ``redirect-loop``, ``not-a-feed`` …)."""
    disallowed: int = 0
    waiting: int = 0
    """Article URLs left for a later run by the cap on pages per run."""
    listed: int = 0
    """Article URLs the listings named that were new or updated."""
    requests: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    """One line per failure: the URL, what went wrong and when it is tried again."""

    def line(self) -> str:
        failed = sum(self.failed.values())
        reasons = f" ({', '.join(f'{k} {n}' for k, n in sorted(self.failed.items()))})" if failed else ""
        extra = f", {self.disallowed} disallowed by robots.txt" if self.disallowed else ""
        extra += f", {self.skipped} not stored" if self.skipped else ""
        extra += f", {self.waiting} left for the next run" if self.waiting else ""
        return (f"fetch: {self.new} new ({self.updated} updated), {self.unchanged} unchanged, {failed} failed"
                f"{reasons}{extra}; {self.requests} requests in {self.seconds:.1f} s")  # fmt: skip


FetchCallback = Callable[[FetchProgress], None]


def fetch(
    sources: SourcesFile | str | Path | None = None,
    db: str | Path | None = None,
    *,
    settings: IngestSettings | None = None,
    processor: DocumentProcessor | None = None,
    progress: FetchCallback | None = None,
) -> FetchSummary:
    """Fetch every source once and ingest what is new; return the run's summary.

    >>> summary = fetch("sources.toml", db="entente.duckdb")  # doctest: +SKIP
    >>> print(summary.line())  # doctest: +SKIP
    """
    catalog = sources if isinstance(sources, SourcesFile) else load_sources(sources)
    settings = settings or IngestSettings()
    started = time.monotonic()
    with Store(db, memory=INGEST_DB_MEMORY) as store, PoliteClient(catalog.settings) as client:
        run = _Run(store, catalog, client, settings, processor, progress)
        run.frontier.register_sources(catalog.sources)
        run.frontier.start_run(run.summary.run_id)
        for source in catalog.sources:
            run.list_source(source)
        run.fetch_articles()
        run.summary.requests = client.requests
        run.summary.seconds = time.monotonic() - started
        summary = run.summary
        run.frontier.finish_run(summary.run_id, summary.new, summary.unchanged, sum(summary.failed.values()),
                                summary.requests, summary.line())  # fmt: skip
        store.publish_snapshot()
    return summary


class _Run:
    def __init__(
        self,
        store: Store,
        catalog: SourcesFile,
        client: PoliteClient,
        settings: IngestSettings,
        processor: DocumentProcessor | None,
        progress: FetchCallback | None,
    ) -> None:
        self.store = store
        self.catalog = catalog
        self.client = client
        self.settings = settings
        self.processor = processor
        self.progress = progress
        self.frontier = Frontier(store)
        self.summary = FetchSummary(run_id=uuid.uuid4().hex[:12])
        self.done = 0
        self.total = len(catalog.sources)

    def tell(self, stage: str, url: str) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(FetchProgress(stage, url, self.done, self.total, self.summary.new,
                                        sum(self.summary.failed.values())))  # fmt: skip

    def fail(self, url: str, answer: Fetched | None, reason: str, detail: str) -> None:
        outcome = "disallowed" if reason == "robots" else "failed"
        retry = self.frontier.record(url, outcome, status=answer.status if answer else None, reason=detail)
        if outcome == "disallowed":
            self.summary.disallowed += 1
        else:
            self.summary.failed[reason] += 1
        when = f"tried again after {retry:%Y-%m-%d %H:%M} UTC" if retry else "not tried again"
        self.summary.problems.append(f"{detail} [{reason}; {when}]")
        log.warning("%s [%s; %s]", detail, reason, when)

    # --- listings ----------------------------------------------------------------------
    def list_source(self, source: Source) -> None:
        try:
            if source.kind == "page":
                seen = self.frontier.see(source, Entry(source.url), revisit=True)
                self.summary.listed += seen != "known"
            else:
                self._read_listings(source)
        except Exception as exc:  # noqa: BLE001 - one source's failure must not stop the others
            detail = f"{source.url}: source {source.name!r} failed ({type(exc).__name__}: {exc})"
            self.summary.failed["error"] += 1
            self.summary.problems.append(detail)
            log.exception(detail)
        self.tell("listing", source.url)

    def _read_listings(self, source: Source) -> None:
        queue = [source.url]
        read = 0
        while queue and read < MAX_SITEMAPS:
            url = queue.pop(0)
            read += 1
            due = self.frontier.listing_due(url, source.name, source.kind)
            if due is None:
                continue  # failed earlier; its retry time has not come
            answer = self.client.get(url, due.etag, due.last_modified)
            if answer.not_modified:
                self.summary.unchanged += 1
                self.frontier.record(url, "listed", status=304)
                continue
            if not answer.ok:
                self.fail(url, answer, answer.reason or f"http-{answer.status}", answer.detail or url)
                continue
            listing = self._parse(source, answer)
            if listing.problem:
                self.fail(url, answer, f"not-a-{source.kind}", listing.problem)
                continue
            for entry in listing.entries:
                if source.wants(entry.url):
                    self.summary.listed += self.frontier.see(source, entry) != "known"
            queue.extend(u for u in listing.sitemaps if u not in queue)
            self.frontier.record(url, "listed", status=answer.status, reason=listing.note,
                                 content_hash=sha256(answer.body), etag=answer.etag,
                                 last_modified=answer.last_modified)  # fmt: skip

    @staticmethod
    def _parse(source: Source, answer: Fetched) -> Listing:
        if source.kind == "feed":
            return parse_feed(answer.body, answer.final_url or answer.url, answer.content_type)
        return parse_sitemap(answer.body, answer.final_url or answer.url)

    # --- articles ----------------------------------------------------------------------
    def fetch_articles(self) -> None:
        due, waiting = self.frontier.due_articles(self.catalog.settings.max_pages)
        self.summary.waiting = waiting
        self.total += len(due)
        batch: list[tuple[Due, Fetched, RawDocument]] = []
        for item in due:
            fetched = self._fetch_one(item)
            if fetched is not None:
                batch.append(fetched)
            if len(batch) >= BATCH:
                self._ingest(batch)
                batch = []
            self.tell("articles", item.url)
        self._ingest(batch)

    def _fetch_one(self, item: Due) -> tuple[Due, Fetched, RawDocument] | None:
        try:
            answer = self.client.get(item.url, item.etag, item.last_modified)
            if answer.not_modified:
                self.summary.unchanged += 1
                self.frontier.record(item.url, "unchanged", status=304)
                return None
            if not answer.ok:
                self.fail(item.url, answer, answer.reason or f"http-{answer.status}", answer.detail or item.url)
                return None
            digest = sha256(answer.body)
            if digest == item.content_hash:
                self.summary.unchanged += 1
                self.frontier.record(item.url, "unchanged", status=answer.status, etag=answer.etag,
                                     last_modified=answer.last_modified)  # fmt: skip
                return None
            kind = answer.content_type.split(";")[0].strip().lower()
            if not kind.startswith(TEXT_TYPES):
                self.fail(item.url, answer, "not-a-page", f"{item.url}: {kind} is not a web page or text")
                return None
            return item, answer, self._document(item, answer, digest)
        except Exception as exc:  # noqa: BLE001 - one page's failure must not stop the run
            detail = f"{item.url}: {type(exc).__name__} ({' '.join(str(exc).split())[:120]})"
            self.fail(item.url, None, "error", detail)
            return None

    def _document(self, item: Due, answer: Fetched, digest: str) -> RawDocument:
        text, encoding, note = decode_with_note(answer.body, item.url)
        is_html = "html" in answer.content_type.lower() or "<html" in text[:2000].lower()
        # The first version of an article has its URL as id; a later version (the listing said it was
        # updated, and the bytes differ) gets the URL and its content hash, so both stay citable.
        doc_id = item.url if item.doc_id is None else f"{item.url}#{digest[:12]}"
        return RawDocument(
            doc_id=doc_id, path=item.url, format="html" if is_html else "text", content=text, is_html=is_html,
            encoding=encoding, title=item.title, date=item.published, url=answer.final_url or item.url,
            publisher=item.source, raw_sha256=digest, note=note,
        )  # fmt: skip

    def _ingest(self, batch: list[tuple[Due, Fetched, RawDocument]]) -> None:
        if not batch:
            return
        if self.processor is None:
            self.processor = DocumentProcessor(self.settings)
        raws = [raw for _, _, raw in batch]
        summary = ingest_documents(raws, store=self.store, settings=self.settings, processor=self.processor)
        skipped = {s.doc_id: s.reason for s in summary.skipped}
        stored = self.store.known("doc_id", [raw.doc_id for raw in raws])
        same = self.store.known("raw_sha256", [raw.raw_sha256 for raw in raws])
        for item, answer, raw in batch:
            validators = {"etag": answer.etag, "last_modified": answer.last_modified, "status": answer.status}
            if raw.doc_id in stored:
                self.summary.new += 1
                self.summary.updated += item.doc_id is not None
                self.frontier.record(item.url, "stored", content_hash=raw.raw_sha256,
                                     doc_id=item.doc_id or raw.doc_id, **validators)  # fmt: skip
            elif raw.raw_sha256 in same:
                self.summary.skipped += 1
                self.frontier.record(item.url, "skipped", content_hash=raw.raw_sha256,
                                     reason=f"same page as {same[raw.raw_sha256]}", **validators)  # fmt: skip
            else:
                self.summary.skipped += 1
                self.frontier.record(item.url, "skipped", content_hash=raw.raw_sha256,
                                     reason=skipped.get(raw.doc_id, "not stored; see the ingest log"),
                                     **validators)  # fmt: skip
