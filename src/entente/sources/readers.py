"""Readers: files and folders in, :class:`RawDocument` or :class:`Skipped` out.

Supported inputs: ``.txt``, ``.html``/``.htm``, ``.jsonl`` (one article per line) and web
archives (``.warc``, ``.warc.gz``). Folders are walked recursively in a stable order.
A bad file or line never raises here: it comes back as a :class:`Skipped` with the reason.

:mod:`.files` finds and opens the files (confined to their folder), :mod:`.decode` turns bytes into text,
:mod:`.formats` reads each format and applies the caps; this module dispatches a file to its reader.
See docs/ingest.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..records import RawDocument, Skipped
from .decode import RepairedText, decode_bytes, decode_with_note, sha256
from .files import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
    WARC_SUFFIXES,
    InputFile,
    discover,
    is_supported,
    open_regular,
    suffix_of,
)
from .formats import (
    ReadLimits,
    bound_document,
    check_html_complete,
    join_notes,
    looks_like_html,
    read_jsonl_records,
    read_text_or_html,
    read_warc_records,
    readable_date,
    valid_iso_date,
)

__all__ = [
    "HTML_SUFFIXES", "JSONL_SUFFIXES", "TEXT_SUFFIXES", "WARC_SUFFIXES", "InputFile", "ReadLimits",
    "RepairedText", "bound_document", "check_html_complete", "decode_bytes", "decode_with_note", "discover",
    "is_supported", "join_notes", "looks_like_html", "read_all", "read_jsonl", "read_path", "read_single",
    "read_warc", "readable_date", "sha256", "suffix_of", "valid_iso_date",
]  # fmt: skip


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
        reader = read_jsonl_records
    elif suffix in WARC_SUFFIXES:
        reader = read_warc_records
    else:
        reader = read_text_or_html
    last: int | None = None
    try:
        with open_regular(item) as handle:
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


def read_single(path: Path, limits: ReadLimits) -> RawDocument:
    """Read a ``.txt`` or ``.html`` file as one article whose id is the file name (raises :class:`InputError`)."""
    item = _as_input(path)
    with open_regular(item) as handle:
        [read] = list(read_text_or_html(handle, item, limits))
    if isinstance(read, Skipped):
        raise InputError(read.path, read.reason, read.line)
    return read


def read_jsonl(path: Path, limits: ReadLimits) -> Iterator[RawDocument | Skipped]:
    """One article per line: ``id``, ``text`` or ``html``; optional ``title``, ``date``, ``url``, ``source``."""
    yield from read_path(path, limits)


def read_warc(path: Path, limits: ReadLimits) -> Iterator[RawDocument | Skipped]:
    """HTTP responses with HTML bodies from a web archive; one article per response record."""
    yield from read_path(path, limits)


def read_all(
    paths: Iterable[str | Path], limits: ReadLimits | None = None, root: str | Path | None = None
) -> Iterator[RawDocument | Skipped]:
    """Every article (or skip) from files and folders, in a stable order."""
    for item in discover(paths, root):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_path(item, limits)
