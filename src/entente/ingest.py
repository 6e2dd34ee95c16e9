"""Readers: files and folders in, :class:`RawDocument` or :class:`Skipped` out.

Supported inputs: ``.txt``, ``.html``/``.htm``, ``.jsonl`` (one article per line) and web
archives (``.warc``, ``.warc.gz``). Folders are walked recursively in a stable order.
A bad file or line never raises here: it comes back as a :class:`Skipped` with the reason.

Every file read stays inside the folder it was found in: a symlink that leads out of the folder (or of
``root``, the data folder of a server), or that loops, is refused with a reason, and only regular files
are opened. A document's id is its path relative to the folder given (the file name, for a flat folder).
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

import charset_normalizer

from .errors import InputError
from .records import RawDocument, Skipped
from .timing import parse_iso_or_phrase

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


@dataclass(frozen=True)
class InputFile:
    """A file to read, as found: the path to open, the name its documents' ids start from, and the folder
    it must stay inside (None for a file named directly, outside any data folder)."""

    path: Path
    name: str
    root: Path | None = None


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


def _unsupported(path: Path, hint: bool = False) -> Skipped:
    advice = "; use .txt, .html, .jsonl or .warc" if hint else ""
    return Skipped(str(path), f"unsupported file type {suffix_of(path) or '(none)'!r}{advice}")


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"))  # fmt: skip


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _not_regular(path: Path, mode: int) -> Skipped:
    return Skipped(str(path), f"{_kind(mode)}, not a regular file; only regular files are read")


def _inside(path: Path, root: Path) -> bool:
    return path == root or path.is_relative_to(root)


def _resolve_link(path: Path, root: Path | None) -> Path | Skipped:
    """Where a symlink leads, or why it is refused (a loop, a missing target, a target outside ``root``)."""
    try:
        target = path.resolve(strict=True)
    except RuntimeError:
        return Skipped(str(path), "symlink loop (the link leads back to itself); remove the link")
    except OSError as exc:
        return Skipped(str(path), f"symlink to a missing or unreadable target ({exc.strerror or exc}); fix or "
                                  "remove the link")  # fmt: skip
    if root is not None and not _inside(target, root):
        return Skipped(str(path), "symlink leads outside the folder being ingested; refused (copy the file into "
                                  "the folder to ingest it)")  # fmt: skip
    return target


def _name(path: Path, base: Path | None) -> str:
    """A document name: the path relative to ``base`` (the folder given), or the bare file name."""
    if base is not None:
        try:
            return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(base))).as_posix()
        except ValueError:
            pass
    return path.name


def discover(paths: Iterable[str | Path], root: str | Path | None = None) -> Iterator[InputFile | Skipped]:
    """Expand files and folders (recursively, sorted) into the files to read.

    Folders are walked without following symlinked folders; every entry is resolved, and one that leaves the
    folder given (or ``root``, when set), loops, or is not a regular file (a FIFO, a socket, a folder named
    like a file) comes back as :class:`Skipped` with the reason. With ``root`` set, paths given must lie
    inside it too, and document names are relative to it.
    """
    real_root = Path(root).resolve() if root is not None else None
    for given in paths:
        path = Path(given)
        try:
            info = path.lstat()
        except (OSError, ValueError):
            yield Skipped(str(path), "no such file or folder; check the path")
            continue
        # A symlink named directly is followed (the user chose it), unless it loops or leaves ``root``.
        real = _resolve_link(path, None) if stat.S_ISLNK(info.st_mode) else path.resolve()
        if isinstance(real, Skipped):
            yield real
            continue
        if real_root is not None and not _inside(real, real_root):
            yield Skipped(str(path), "outside the data folder; refused (give a path inside it)")
            continue
        try:
            mode = real.stat().st_mode
        except OSError as exc:
            yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(mode):
            base = real_root if real_root is not None else path
            yield from _walk(path, real_root or real, base)
        elif not stat.S_ISREG(mode):
            yield _not_regular(path, mode)
        elif not is_supported(path):
            yield _unsupported(path, hint=True)
        else:
            yield InputFile(path, _name(path, real_root), real_root)


def _walk(folder: Path, root: Path, base: Path) -> Iterator[InputFile | Skipped]:
    """Depth-first, entries sorted by name (the order of sorting the full paths), symlinked folders not followed."""
    stack: list[Iterator[os.DirEntry[str]]] = []

    def listing(path: Path) -> Iterator[os.DirEntry[str]] | Skipped:
        try:
            with os.scandir(path) as entries:
                return iter(sorted(entries, key=lambda e: e.name))
        except OSError as exc:
            return Skipped(str(path), f"cannot list this folder: {exc.strerror or exc}")

    first = listing(folder)
    if isinstance(first, Skipped):
        yield first
        return
    stack.append(first)
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            mode = entry.stat(follow_symlinks=False).st_mode
        except OSError as exc:
            yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")
            continue
        if stat.S_ISLNK(mode):
            target = _resolve_link(path, root)
            if isinstance(target, Skipped):
                yield target
                continue
            try:
                mode = target.stat().st_mode
            except OSError as exc:
                yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")
                continue
            if stat.S_ISDIR(mode):
                yield Skipped(str(path), "symlink to a folder: not followed (its files are read where they are, "
                                         "when inside the folder)")  # fmt: skip
                continue
        if stat.S_ISDIR(mode):
            if is_supported(path):
                yield Skipped(str(path), f"a folder named like a {suffix_of(path)} file, not an article; "
                                         "its files are read like any folder's")  # fmt: skip
            inner = listing(path)
            if isinstance(inner, Skipped):
                yield inner
            else:
                stack.append(inner)
        elif not stat.S_ISREG(mode):
            yield _not_regular(path, mode)
        elif not is_supported(path):
            yield _unsupported(path)
        else:
            yield InputFile(path, _name(path, base), root)


def _open_regular(item: InputFile) -> BinaryIO:
    """Open a regular file for reading, never blocking (FIFOs) and never leaving ``item.root``.

    The path is resolved again and the opened file checked: a file swapped for a symlink or a pipe after
    discovery is refused, not read.
    """
    path = item.path
    real = path.resolve(strict=True)
    if item.root is not None and not _inside(real, item.root):
        raise InputError(str(path), "leads outside the folder being ingested; refused")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(real, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(str(path), f"{_kind(mode)}, not a regular file; only regular files are read")
        opened = Path(f"/proc/self/fd/{fd}")
        if item.root is not None and opened.is_symlink() and not _inside(Path(os.readlink(opened)), item.root):
            raise InputError(str(path), "leads outside the folder being ingested; refused")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _as_input(path: Path | InputFile) -> InputFile:
    return path if isinstance(path, InputFile) else InputFile(Path(path), Path(path).name)


def read_path(path: Path | InputFile, limits: ReadLimits | None = None) -> Iterator[RawDocument | Skipped]:
    """Read one file into raw documents; every failure is yielded as :class:`Skipped`, never raised.

    Whatever goes wrong inside a reader (a corrupt archive, a bug a hostile file finds) ends that file only:
    the documents read before it are kept, and the failure is logged with the file and the record.
    """
    limits = limits or ReadLimits()
    item = _as_input(path)
    suffix = suffix_of(item.path)
    reader: Callable[[BinaryIO, InputFile, ReadLimits], Iterator[RawDocument | Skipped]]
    if suffix in JSONL_SUFFIXES:
        reader = _read_jsonl
    elif suffix in WARC_SUFFIXES:
        reader = _read_warc
    else:
        reader = _read_single
    last: int | None = None
    try:
        with _open_regular(item) as handle:
            for read in reader(handle, item, limits):
                last = read.line
                yield read if isinstance(read, Skipped) else bound_document(read, limits)
    except InputError as exc:
        yield Skipped(exc.path, exc.reason, exc.line)
    except OSError as exc:
        yield Skipped(str(item.path), f"cannot read: {exc.strerror or exc}", last)
    except RuntimeError as exc:
        if "Symlink loop" in str(exc):
            yield Skipped(str(item.path), "symlink loop (the link leads back to itself); remove the link")
        else:
            yield _reader_failed(item, exc, last)
    except Exception as exc:  # noqa: BLE001 - any failure of one input must end that input only
        yield _reader_failed(item, exc, last)


def _reader_failed(item: InputFile, exc: BaseException, last: int | None) -> Skipped:
    after = f" after record {last}" if last is not None else ""
    detail = " ".join(str(exc).split())[:160]
    return Skipped(str(item.path), f"unreadable{after} ({type(exc).__name__}: {detail}); earlier records were kept, "
                                   "check or re-create the file", None if last is None else last + 1)  # fmt: skip


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


def read_single(path: Path, limits: ReadLimits) -> RawDocument:
    """Read a ``.txt`` or ``.html`` file as one article whose id is the file name (raises :class:`InputError`)."""
    item = _as_input(path)
    with _open_regular(item) as handle:
        [read] = list(_read_single(handle, item, limits))
    if isinstance(read, Skipped):
        raise InputError(read.path, read.reason, read.line)
    return read


def _read_single(handle: BinaryIO, item: InputFile, limits: ReadLimits) -> Iterator[RawDocument | Skipped]:
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


def read_jsonl(path: Path, limits: ReadLimits) -> Iterator[RawDocument | Skipped]:
    """One article per line: ``id``, ``text`` or ``html``; optional ``title``, ``date``, ``url``, ``source``."""
    yield from read_path(path, limits)


def _read_jsonl(handle: BinaryIO, item: InputFile, limits: ReadLimits) -> Iterator[RawDocument | Skipped]:
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


def read_warc(path: Path, limits: ReadLimits) -> Iterator[RawDocument | Skipped]:
    """HTTP responses with HTML bodies from a web archive; one article per response record."""
    yield from read_path(path, limits)


def _read_warc(handle: BinaryIO, item: InputFile, limits: ReadLimits) -> Iterator[RawDocument | Skipped]:
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


def read_all(
    paths: Iterable[str | Path], limits: ReadLimits | None = None, root: str | Path | None = None
) -> Iterator[RawDocument | Skipped]:
    """Every article (or skip) from files and folders, in a stable order."""
    for item in discover(paths, root):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_path(item, limits)
