"""The cleaning stage: a :class:`RawDocument` in, a :class:`CleanDocument` (or :class:`Skipped`) out."""

from __future__ import annotations

from ..records import CleanDocument, DocumentDate, RawDocument, Skipped
from ..sources import join_notes, sha256, valid_iso_date
from ..timing import parse_iso_or_phrase
from .html import extract_html
from .rules import BoilerplateRules, load_rules
from .sentences import split_sentences
from .text import clean_paragraphs, normalise, split_paragraphs

__all__ = ["BoilerplateRules", "clean_document", "load_rules", "split_sentences", "normalise"]


def clean_document(raw: RawDocument, rules: BoilerplateRules, max_chars: int | None = None) -> CleanDocument | Skipped:
    """Strip boilerplate, keep each paragraph once, read title/author/publisher/date, split sentences.

    A body longer than ``max_chars`` (an HTML page's text can be) is cut at a paragraph or sentence end
    before sentences are split, and the cut is noted.
    """
    if raw.is_html:
        page = extract_html(raw.content, raw.url)
        result = clean_paragraphs(page.paragraphs, rules, detect_header=False, title=raw.title or page.title)
        title = raw.title or page.title
        author = result.author or page.author
        publisher = raw.publisher or page.publisher or result.publisher
        url = raw.url or page.url
        stated = [(raw.date, "metadata"), (page.date, "html-metadata")]
    else:
        result = clean_paragraphs(split_paragraphs(raw.content), rules, detect_header=True, title=raw.title)
        title = raw.title or result.title
        author = result.author
        publisher = raw.publisher or result.publisher
        url = raw.url
        stated = [(raw.date, "metadata")]
    stated.append((result.date.value if result.date else None, result.date_source or "text"))

    paragraphs = [p for p in result.paragraphs if not (title and normalise(p) == normalise(title))]
    body = "\n\n".join(paragraphs)
    if not body.strip():
        where = "the page" if raw.is_html else "the text"
        return Skipped(raw.path, f"no article text found in {where} after cleaning", raw.line, raw.doc_id)
    note = raw.note
    if max_chars is not None and len(body) > max_chars:
        cut = _cut(body, max_chars)
        note = join_notes(note, f"truncated: the first {cut:,} of {len(body):,} characters of text were kept "
                                "(over the cap; --max-doc-chars)")  # fmt: skip
        body = body[:cut].rstrip()
        paragraphs = body.split("\n\n")

    return CleanDocument(
        doc_id=raw.doc_id,
        path=raw.path,
        format=raw.format,
        raw_text=raw.content,
        body=body,
        title=title,
        author=author,
        publisher=publisher,
        url=url,
        date=_document_date(stated),
        raw_sha256=raw.raw_sha256 or sha256(raw.content),
        body_sha256=sha256(normalise(body)),
        line=raw.line,
        encoding=raw.encoding,
        note=note,
        removed=tuple(result.removed),
        sentences=split_sentences(body),
        paragraphs=tuple(paragraphs),
    )


def _cut(body: str, limit: int) -> int:
    """Where to cut a body to at most ``limit`` characters: a paragraph end, else a sentence end, else a space."""
    for mark in ("\n\n", ". ", " "):
        at = body.rfind(mark, max(0, limit - 20_000), limit)
        if at > 0:
            return at + (1 if mark == ". " else 0)
    return limit


def _document_date(stated: list[tuple[str | None, str]]) -> DocumentDate:
    for value, source in stated:
        parsed = parse_iso_or_phrase(value)
        if parsed is not None and valid_iso_date(parsed.value):
            return DocumentDate(parsed.value, parsed.precision, source)
    return DocumentDate(None, None, "no date stated (no metadata, 'Published …' line or dateline)")
