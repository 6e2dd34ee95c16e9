"""Readers: files and folders in, :class:`RawDocument` or :class:`Skipped` out.

Supported inputs: ``.txt``, ``.html``/``.htm``, ``.jsonl`` (one article per line) and web
archives (``.warc``, ``.warc.gz``). Folders are walked recursively in a stable order.
A bad file or line never raises here: it comes back as a :class:`Skipped` with the reason.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from .errors import InputError
from .records import RawDocument, Skipped

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".warc.gz"}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class ReadLimits:
    """Bounds that keep one huge input from exhausting memory."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_line_bytes: int = 10 * 1024 * 1024


def sha256(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


class RepairedText(Exception):
    """Raised inside decoding when text was readable only after replacing broken bytes."""

    def __init__(self, text: str, note: str) -> None:
        super().__init__(note)
        self.text = text
        self.note = note


def decode_with_note(data: bytes, path: str = "<bytes>") -> tuple[str, str, str | None]:
    """Like :func:`decode_bytes`, plus a note when the text had to be repaired to be read."""
    try:
        text, encoding = _decode(data, path)
    except RepairedText as repaired:
        return repaired.text, "utf-8", repaired.note
    return text, encoding, None


def decode_bytes(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes to text, returning ``(text, encoding)``.

    A byte-order mark wins; then strict UTF-8 (or UTF-8 with a few broken sequences, repaired); then
    charset detection (cp1251, latin-1 …). Raises :class:`InputError` for binary data or unreadable text.
    """
    text, encoding, _ = decode_with_note(data, path)
    return text, encoding


def _decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode bytes to text, returning ``(text, encoding)``.

    A byte-order mark wins; then strict UTF-8; then charset detection (cp1251, latin-1 …).
    Raises :class:`InputError` for binary data or when no encoding fits.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(path, f"starts with a {encoding} byte-order mark but does not decode: {exc}") from exc
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(path, "looks binary (contains NUL bytes); only text, HTML, JSON Lines and WARC are read")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    repaired = data.decode("utf-8", errors="replace")
    bad = repaired.count("\ufffd")
    if bad <= max(3, len(repaired) // 100):
        # UTF-8 with a few broken sequences (a cut multibyte character, a stray byte): keep the text and say so.
        raise RepairedText(repaired, f"invalid UTF-8 at byte {first_bad} ({bad} sequence(s) replaced with U+FFFD)")
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None or best.encoding is None:
        raise InputError(path, "no text encoding fits these bytes; convert the file to UTF-8 and ingest it again")
    if best.encoding in RARE_CYRILLIC:
        # Short Cyrillic samples fit several code pages equally; the web's is cp1251.
        best = next((m for m in matches if m.encoding == "cp1251"), best)
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise InputError(path, f"looks binary (decodes as {best.encoding} only to control characters)")
    if best.chaos > 0.3 or _readable_ratio(text) < 0.7 or _wordlike_ratio(text) < 0.5:
        raise InputError(path, f"not valid UTF-8 and no encoding gives readable text (best guess {best.encoding}); "
                               "convert the file to UTF-8 and ingest it again")  # fmt: skip
    return text, best.encoding


RARE_CYRILLIC = {"cp1125", "cp866", "cp855", "mac_cyrillic", "koi8_u", "kz1048", "ptcp154"}


def _readable_ratio(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 1.0
    readable = sum(1 for ch in sample if ch.isalnum() or ch.isspace() or ch in ".,;:!?'\"()[]-–—«»“”‘’%$€£/&")
    return readable / len(sample)


def _wordlike_ratio(text: str) -> float:
    """Share of characters in words of three letters or more: high for prose, low for decoded noise."""
    sample = text[:8192]
    if not sample.strip():
        return 1.0
    return sum(len(w) for w in re.findall(r"[^\W\d_]{3,}", sample)) / len(sample)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:8192]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / len(sample)


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    return path.suffix.lower()


def is_supported(path: Path) -> bool:
    return suffix_of(path) in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES


def discover(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Expand files and folders (recursively, sorted) into the files to read."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                if is_supported(child):
                    yield child
                else:
                    yield Skipped(str(child), f"unsupported file type {suffix_of(child) or '(none)'!r}")
        elif path.is_file():
            yield (
                path
                if is_supported(path)
                else Skipped(
                    str(path),
                    f"unsupported file type {suffix_of(path) or '(none)'!r}; use .txt, .html, .jsonl or .warc",
                )
            )
        else:
            yield Skipped(str(path), "no such file or folder; check the path")


def read_path(path: Path, limits: ReadLimits | None = None) -> Iterator[RawDocument | Skipped]:
    """Read one file into raw documents; every failure is yielded as :class:`Skipped`."""
    limits = limits or ReadLimits()
    suffix = suffix_of(path)
    try:
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, limits)
        elif suffix in WARC_SUFFIXES:
            yield from read_warc(path, limits)
        else:
            yield read_single(path, limits)
    except InputError as exc:
        yield Skipped(exc.path, exc.reason, exc.line)
    except OSError as exc:
        yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")


def read_single(path: Path, limits: ReadLimits) -> RawDocument:
    """Read a ``.txt`` or ``.html`` file as one article whose id is the file name."""
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise InputError(
            str(path), f"file too large ({size / 1e6:.1f} MB > {limits.max_file_bytes / 1e6:.0f} MB); split it first"
        )
    data = path.read_bytes()
    if not data.strip():
        raise InputError(str(path), "empty file")
    text, encoding, note = decode_with_note(data, str(path))
    is_html = suffix_of(path) in HTML_SUFFIXES or looks_like_html(text)
    if is_html:
        check_html_complete(text, str(path))
    return RawDocument(
        doc_id=path.name,
        path=str(path),
        format="html" if is_html else "text",
        content=text,
        is_html=is_html,
        encoding=encoding,
        raw_sha256=sha256(data),
        note=note,
    )


_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:1024]))


def check_html_complete(markup: str, path: str, line: int | None = None) -> None:
    """A full page (one that opens ``<html>``) must close it, or the download was cut short."""
    if _HTML_START.match(markup[:1024]) and not re.search(r"</html\s*>", markup[-4096:], re.IGNORECASE):
        raise InputError(path, "truncated HTML: the page opens <html> but never closes it; download it again", line)


def read_jsonl(path: Path, limits: ReadLimits) -> Iterator[RawDocument | Skipped]:
    """One article per line: ``id``, ``text`` or ``html``; optional ``title``, ``date``, ``url``, ``source``."""
    name = path.name
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if len(raw) > limits.max_line_bytes:
                yield Skipped(str(path), f"line longer than {limits.max_line_bytes} bytes", number)
                continue
            if not raw.strip():
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
            yield _record_to_document(record, path, name, number, raw)


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
    return RawDocument(
        doc_id=doc_id,
        path=str(path),
        format="jsonl",
        content=content,
        is_html=is_html,
        line=number,
        encoding="utf-8",
        title=_opt_str(record.get("title")),
        date=_opt_str(record.get("date")),
        url=_opt_str(record.get("url")),
        publisher=_opt_str(record.get("source")),
        raw_sha256=sha256(raw.strip()),
    )


def _opt_str(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def read_warc(path: Path, limits: ReadLimits) -> Iterator[RawDocument | Skipped]:
    """HTTP responses with HTML bodies from a web archive; one article per response record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = path.name
    with path.open("rb") as handle:
        iterator = ArchiveIterator(handle)
        number = pages = 0
        try:
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
        except (ArchiveLoadFailed, Exception) as exc:
            offset = iterator.get_record_offset() if hasattr(iterator, "get_record_offset") else None
            where = f" at byte {offset}" if offset is not None else ""
            yield Skipped(
                str(path),
                f"broken web archive record after record {number}{where} ({exc}); earlier records were kept",
                number + 1,
            )


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


def read_all(paths: Iterable[str | Path], limits: ReadLimits | None = None) -> Iterator[RawDocument | Skipped]:
    """Every article (or skip) from files and folders, in a stable order."""
    for item in discover(paths):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_path(item, limits)
