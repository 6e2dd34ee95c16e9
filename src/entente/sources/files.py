"""Which files to read, and opening them: folders walked in a stable order, every entry resolved and confined.

Every file read stays inside the folder it was found in: a symlink that leads out of the folder (or of
``root``, the data folder of a server), or that loops, is refused with a reason, and only regular files are
opened, never in a way that blocks (FIFOs). A document's id starts from the file's path relative to the folder
given (the file name, for a flat folder).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..records import Skipped

TEXT_SUFFIXES = {".txt", ".text", ".md"}


HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


JSONL_SUFFIXES = {".jsonl", ".ndjson"}


WARC_SUFFIXES = {".warc", ".warc.gz"}


@dataclass(frozen=True)
class InputFile:
    """A file to read, as found: the path to open, the name its documents' ids start from, and the folder
    it must stay inside (None for a file named directly, outside any data folder)."""

    path: Path
    name: str
    root: Path | None = None


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
    """A document name: the path relative to ``base`` (the folder given, or the root), else the bare file name.

    Compared as written first, then with symlinked folders resolved on both sides (a root given through a
    symlink, a folder given by its real path); the file's own name is kept either way."""
    if base is None:
        return path.name
    for mine, theirs in ((os.path.abspath(path), os.path.abspath(base)),
                         (os.path.join(os.path.realpath(path.parent), path.name), os.path.realpath(base))):  # fmt: skip
        relative = os.path.relpath(mine, theirs)
        if not relative.startswith(".."):
            return Path(relative).as_posix()
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
            base = Path(root) if root is not None else path
            yield from _walk(path, real_root or real, base)
        elif not stat.S_ISREG(mode):
            yield _not_regular(path, mode)
        elif not is_supported(path):
            yield _unsupported(path, hint=True)
        else:
            yield InputFile(path, _name(path, Path(root) if root is not None else None), real_root)


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


def open_regular(item: InputFile) -> BinaryIO:
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
