"""One reader per input format (text or HTML file, JSON Lines, web archive), and the caps every document obeys."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..records import RawDocument, Skipped
from ..timing import parse_iso_or_phrase
from .decode import decode_bytes, decode_with_note, sha256
from .files import HTML_SUFFIXES, InputFile, suffix_of


@dataclass(frozen=True)
class ReadLimits:
    """Bounds that keep one huge input from exhausting memory or time.

    A document longer than ``max_doc_chars`` characters of text (``max_html_chars`` of HTML markup) is
    truncated when read, and the truncation is noted in the ingest log: the later stages (cleaning, sentence
    splitting, parsing) cost time in proportion to the text, and more in the worst case.
    """

    max_file_bytes: int = 50 * 1024 * 1024
    max_line_bytes: int = 10 * 1024 * 1024
    max_doc_chars: int = 500_000
    max_html_chars: int = 5_000_000

    def __post_init__(self) -> None:
        for name in ("max_file_bytes", "max_line_bytes", "max_doc_chars", "max_html_chars"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be positive")


def bound_document(doc: RawDocument, limits: ReadLimits, whole: str | None = None) -> RawDocument:
    """Truncate a document over the character caps, noting it; the content hash stays that of the input.

    ``whole`` describes the input when only its head was decoded (``a 52.4 MB file``)."""
    cap = limits.max_html_chars if doc.is_html else limits.max_doc_chars
    if len(doc.content) <= cap:
        return doc
    cut = _cut_point(doc.content, cap, ">" if doc.is_html else None)
    unit = "characters of HTML" if doc.is_html else "characters"
    option = "--max-html-chars" if doc.is_html else "--max-doc-chars"
    of = whole or f"{len(doc.content):,} {unit}"
    note = f"truncated: the first {cut:,} {unit} of {of} were read (over the cap; {option})"
    return replace(doc, content=doc.content[:cut], note=join_notes(doc.note, note))


def _cut_point(text: str, cap: int, after: str | None) -> int:
    """A cut at or before ``cap``: after the last whitespace (or ``after``) near it, else at ``cap``."""
    window = text[max(0, cap - 10_000) : cap]
    marks = [window.rfind(c) for c in (after, "\n", " ") if c]
    best = max(marks)
    return max(0, cap - 10_000) + best + 1 if best >= 0 else cap


def join_notes(*notes: str | None) -> str | None:
    return "; ".join(n for n in notes if n) or None


def read_text_or_html(handle: BinaryIO, item: InputFile, limits: ReadLimits) -> Iterator[RawDocument | Skipped]:
    """One article per file. A file larger than the character caps need is hashed whole but only its head is
    kept and decoded (and its last bytes, to tell a complete page), so memory stays bounded by the caps."""
    path = item.path
    size = os.fstat(handle.fileno()).st_size
    too_large = f"file too large ({{:.1f}} MB > {limits.max_file_bytes / 1e6:.0f} MB); split it first"
    if size > limits.max_file_bytes:
        raise InputError(str(path), too_large.format(size / 1e6))
    keep = 4 * max(limits.max_doc_chars, limits.max_html_chars) + 4  # enough bytes for the most characters kept
    hasher, head, tail, total, blank = hashlib.sha256(), bytearray(), b"", 0, True
    while chunk := handle.read(1 << 20):
        total += len(chunk)
        if total > limits.max_file_bytes:
            raise InputError(str(path), too_large.format(total / 1e6))
        hasher.update(chunk)
        if len(head) < keep:
            head += chunk[: keep - len(head)]
        tail = (tail + chunk)[-8192:]
        blank = blank and chunk.isspace()
    if blank:
        raise InputError(str(path), "empty file")
    cut = total > len(head)
    data = _whole_characters(bytes(head)) if cut else bytes(head)
    text, encoding, note = decode_with_note(data, str(path))
    is_html = suffix_of(path) in HTML_SUFFIXES or looks_like_html(text)
    if is_html:
        check_html_complete(text[:1024] + _decode_tail(tail, encoding, data) if cut else text, str(path))
    document = RawDocument(
        doc_id=item.name,
        path=str(path),
        format="html" if is_html else "text",
        content=text,
        is_html=is_html,
        encoding=encoding,
        raw_sha256=hasher.hexdigest(),
        note=note,
    )
    yield bound_document(document, limits, whole=f"a {total / 1e6:.1f} MB file" if cut else None)


def _whole_characters(data: bytes) -> bytes:
    """The head of a file cut where a character may be split: drop the incomplete last character."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data[: len(data) - len(data) % 4]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data[: len(data) - len(data) % 2]
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte & 0xC0 != 0x80:  # the last lead byte (or ASCII): is its sequence complete?
            length = 1 if byte < 0x80 else 2 if byte >> 5 == 0b110 else 3 if byte >> 4 == 0b1110 else 4
            return data if back >= length else data[:-back]
    return data


def _decode_tail(tail: bytes, encoding: str, head: bytes) -> str:
    codec = {"utf-8-sig": "utf-8"}.get(encoding, encoding)
    if encoding in {"utf-16", "utf-32"}:
        codec = f"{encoding}-le" if head[:2] == b"\xff\xfe" else f"{encoding}-be"
    try:
        return tail.decode(codec, errors="replace")
    except LookupError:
        return tail.decode("utf-8", errors="replace")


_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:1024]))


def check_html_complete(markup: str, path: str, line: int | None = None) -> None:
    """A full page (one that opens ``<html>``) must close it, or the download was cut short."""
    if _HTML_START.match(markup[:1024]) and not re.search(r"</html\s*>", markup[-4096:], re.IGNORECASE):
        raise InputError(path, "truncated HTML: the page opens <html> but never closes it; download it again", line)


def read_jsonl_records(handle: BinaryIO, item: InputFile, limits: ReadLimits) -> Iterator[RawDocument | Skipped]:
    path = item.path
    number = 0
    while True:
        raw = handle.readline(limits.max_line_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limits.max_line_bytes:
            while raw and not raw.endswith(b"\n"):  # the rest of the long line, read in bounded pieces
                raw = handle.readline(limits.max_line_bytes)
            yield Skipped(str(path), f"line longer than {limits.max_line_bytes} bytes; split the record", number)
            continue
        if not raw.strip():
            yield Skipped(str(path), "empty line; remove it", number)
            continue
        try:
            text, _ = decode_bytes(raw, str(path))
            record = json.loads(text)
        except InputError as exc:
            yield Skipped(str(path), exc.reason, number)
            continue
        except json.JSONDecodeError as exc:
            yield Skipped(
                str(path), f"not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line", number
            )
            continue
        except RecursionError:
            yield Skipped(str(path), "JSON nested too deeply to read; fix or remove the line", number)
            continue
        yield _record_to_document(record, path, item.name, number, raw)


def _record_to_document(record: object, path: Path, name: str, number: int, raw: bytes) -> RawDocument | Skipped:
    if not isinstance(record, dict):
        return Skipped(str(path), "line is JSON but not an object with 'id' and 'text' or 'html'", number)
    doc_id = str(record.get("id") or f"{name}:{number}")
    html = record.get("html")
    text = record.get("text")
    if isinstance(html, str) and html.strip():
        try:
            check_html_complete(html, str(path), number)
        except InputError as exc:
            return Skipped(exc.path, exc.reason, number, doc_id)
        content, is_html = html, True
    elif isinstance(text, str) and text.strip():
        content, is_html = text, False
    else:
        return Skipped(str(path), "no 'text' or 'html' field with content", number, doc_id)
    stated_date = _opt_str(record.get("date"))
    note = None
    if stated_date is not None and not readable_date(stated_date):
        note = (f"ignored 'date' {stated_date[:40]!r}: not a date Entente reads (use YYYY-MM-DD); "
                "the date was looked for in the text instead")  # fmt: skip
        stated_date = None
    return RawDocument(
        doc_id=doc_id,
        path=str(path),
        format="jsonl",
        content=content,
        is_html=is_html,
        line=number,
        encoding="utf-8",
        title=_opt_str(record.get("title")),
        date=stated_date,
        url=_opt_str(record.get("url")),
        publisher=_opt_str(record.get("source")),
        raw_sha256=sha256(raw.strip()),
        note=note,
    )


def readable_date(value: str) -> bool:
    """Whether a stated date reads as a real calendar date (``2014-13-45`` does not)."""
    parsed = parse_iso_or_phrase(value)
    return parsed is not None and valid_iso_date(parsed.value)


def valid_iso_date(value: str | None) -> bool:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real year, month and day."""
    if not value:
        return False
    match = re.fullmatch(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", value)
    if match is None:
        return False
    year, month, day = int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1)
    try:
        date(year, month, day)
    except ValueError:
        return False
    return year >= 1


def _opt_str(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def read_warc_records(handle: BinaryIO, item: InputFile, limits: ReadLimits) -> Iterator[RawDocument | Skipped]:
    from warcio.archiveiterator import ArchiveIterator

    path, name = item.path, item.name
    number = pages = 0
    iterator: ArchiveIterator | None = None
    try:
        iterator = ArchiveIterator(handle)
        for record in iterator:
            number += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in content_type:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read(limits.max_file_bytes + 1)
            if len(body) > limits.max_file_bytes:
                yield Skipped(str(path), "response body too large", number, f"{name}#{number}")
                continue
            pages += 1
            yield _warc_body_to_document(body, content_type, path, name, number, url)
        if pages == 0:
            yield Skipped(str(path), "no HTML responses in this web archive (not a WARC file, not gzip as its "
                                     "name says, or no pages); check how it was made", None)  # fmt: skip
    # warcio raises many kinds of error on corrupt input (AttributeError among them), none of them ours.
    except Exception as exc:  # noqa: BLE001
        where = _warc_offset(iterator)
        kept = "earlier records were kept" if pages else "no page could be read; check how it was made"
        detail = f"{type(exc).__name__}: {' '.join(str(exc).split())[:160]}"
        what = f"broken web archive record after record {number}" if number else "unreadable web archive (cut short,"\
               " corrupt, or not a WARC file)"  # fmt: skip
        yield Skipped(str(path), f"{what}{where} ({detail}); {kept}", number + 1)


def _warc_offset(iterator: object) -> str:
    """`` at byte N`` where warcio can tell where the broken record starts; empty where it cannot."""
    try:
        offset = iterator.get_record_offset()  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - warcio has no offset before its first member
        return ""
    return f" at byte {offset}" if isinstance(offset, int) and offset > 0 else ""


def _warc_body_to_document(
    body: bytes, content_type: str, path: Path, name: str, number: int, url: str | None
) -> RawDocument | Skipped:
    doc_id = f"{name}#{number}"
    if not body.strip():
        return Skipped(str(path), "empty HTTP response body", number, doc_id)
    charset = re.search(r"charset=([\w-]+)", content_type)
    try:
        if charset:
            try:
                text, encoding = body.decode(charset.group(1)), charset.group(1)
            except (LookupError, UnicodeDecodeError):
                text, encoding = decode_bytes(body, str(path))
        else:
            text, encoding = decode_bytes(body, str(path))
        check_html_complete(text, str(path), number)
    except InputError as exc:
        return Skipped(exc.path, exc.reason, number, doc_id)
    return RawDocument(
        doc_id=doc_id,
        path=str(path),
        format="warc",
        content=text,
        is_html=True,
        line=number,
        encoding=encoding,
        url=url,
        raw_sha256=sha256(body),
    )
