"""A hostile corpus: the bad inputs of :mod:`badcorpus` plus inputs made to stop an ingest or leave its folder.

Used by ``tests/reliability/test_hostile.py`` (small sizes) and ``bench/hostile.py`` (the sizes of issue 12:
a 50 MB one-line text, a 20 MB one-paragraph page). Every input is either a good article, which must be
stored, or a bad one, which must be logged with a reason; :func:`make` says which is which.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .badcorpus import good_article
from .badcorpus import make as make_bad

HOSTILE = "hostile"
"""The subfolder holding the hostile inputs; the rest of the corpus is :mod:`badcorpus`'s."""


@dataclass(frozen=True)
class Expected:
    """What an ingest of the corpus must do: how many documents it stores, and which inputs it skips."""

    good: int
    skipped: dict[str, str] = field(default_factory=dict)
    """Path relative to the corpus → a word the skip reason must hold (inputs of badcorpus: counted only)."""
    bad_elsewhere: int = 0
    """Bad inputs of badcorpus (outside the hostile folder)."""
    truncated: tuple[str, ...] = ()
    """Paths of documents that are stored with a 'truncated' note."""

    @property
    def bad(self) -> int:
        return len(self.skipped) + self.bad_elsewhere


def make(
    folder: Path,
    *,
    good: int = 1000,
    text_mb: float = 50,
    html_mb: float = 20,
    divs: int = 200_000,
    huge_mb: int = 100,
    unreadable: bool = True,
    seed: int = 12,
) -> Expected:
    """Write the corpus under ``folder`` (``outside/`` beside it holds the target of the escaping symlink)."""
    rng = random.Random(seed)
    counts = make_bad(folder, good=good, seed=seed, huge_mb=huge_mb)
    hostile = folder / HOSTILE
    hostile.mkdir(parents=True, exist_ok=True)
    skipped: dict[str, str] = {}
    stored = counts["good"]

    # A web archive cut to 96 bytes: its reader fails on the first record.
    archive = BytesIO()
    writer = WARCWriter(archive, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    page = f"<html><body><p>{good_article(rng, 1)}</p></body></html>".encode()
    writer.write_record(writer.create_warc_record("https://example.org/a", "response", http_headers=headers,
                                                  payload=BytesIO(page)))  # fmt: skip
    (hostile / "cut.warc.gz").write_bytes(archive.getvalue()[:96])
    skipped[f"{HOSTILE}/cut.warc.gz"] = "web archive"
    (hostile / "garbage.warc.gz").write_bytes(gzip.compress(os.urandom(2048)))
    skipped[f"{HOSTILE}/garbage.warc.gz"] = "web archive"

    # One line of prose, no paragraph break: stored, truncated to the character cap.
    line = " ".join(good_article(rng, n) for n in range(40)) + " "
    with (hostile / "one-line.txt").open("w", encoding="utf-8") as handle:
        _fill(handle, line, int(text_mb * 1_000_000))
    # One paragraph of HTML: stored, its markup and its text truncated to the caps.
    with (hostile / "one-paragraph.html").open("w", encoding="utf-8") as handle:
        handle.write("<!DOCTYPE html><html><head><title>One paragraph</title></head><body><article><p>")
        _fill(handle, line, int(html_mb * 1_000_000))
        handle.write("</p></article></body></html>")
    stored += 2
    truncated = (f"{HOSTILE}/one-line.txt", f"{HOSTILE}/one-paragraph.html")

    # Deep nesting: no text can be extracted from it; logged, not fatal.
    (hostile / "nested-divs.html").write_text(
        "<html><body>" + "<div>" * divs + "Kazakhstan" + "</div>" * divs + "</body></html>"
    )
    skipped[f"{HOSTILE}/nested-divs.html"] = "text"

    # One name in two folders, different text: both stored, under their relative paths.
    for sub, number in (("a", 7001), ("b", 7002)):
        (hostile / sub).mkdir(exist_ok=True)
        (hostile / sub / "same.txt").write_text(good_article(rng, number))
    stored += 2

    # Symlinks: a loop, one out of the folder (to a file that must never be read), one to a folder outside.
    outside = folder.parent / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_text("Secret: Kazakhstan and Russia must never see this sentence stored.")
    _link(hostile / "loop-a.txt", hostile / "loop-b.txt")
    _link(hostile / "loop-b.txt", hostile / "loop-a.txt")
    skipped[f"{HOSTILE}/loop-a.txt"] = "loop"
    skipped[f"{HOSTILE}/loop-b.txt"] = "loop"
    _link(hostile / "escape.txt", outside / "secret.txt")
    skipped[f"{HOSTILE}/escape.txt"] = "outside"
    _link(hostile / "escape-folder", outside)
    skipped[f"{HOSTILE}/escape-folder"] = "outside"

    # Things that are not regular files: a FIFO (opening it for reading would block) and a folder named .txt.
    fifo = hostile / "pipe.txt"
    if not fifo.exists():
        os.mkfifo(fifo)
    skipped[f"{HOSTILE}/pipe.txt"] = "named pipe"
    (hostile / "folder.txt").mkdir(exist_ok=True)
    (hostile / "folder.txt" / "inside.txt").write_text(good_article(rng, 7003))
    skipped[f"{HOSTILE}/folder.txt"] = "folder"
    stored += 1

    # A file nobody but its owner may read. Root reads it anyway; then it is a good article.
    locked = hostile / "locked.txt"
    locked.write_text(good_article(rng, 7004))
    locked.chmod(0o000)
    if unreadable:
        skipped[f"{HOSTILE}/locked.txt"] = "Permission denied"
    else:
        stored += 1

    # JSON Lines with an empty line and a date that is no date: the record is stored, the date ignored.
    records = [{"id": "hostile-1", "text": good_article(rng, 7005), "date": "2014-13-45"},
               {"id": "hostile-2", "text": good_article(rng, 7006)}]  # fmt: skip
    (hostile / "wire.jsonl").write_text(json.dumps(records[0]) + "\n\n" + json.dumps(records[1]) + "\n")
    skipped[f"{HOSTILE}/wire.jsonl:2"] = "empty line"
    stored += 2
    return Expected(stored, skipped, counts["bad"], truncated)


def without_root_reads(command: list[str]) -> tuple[list[str], bool]:
    """The command as it must run for file permissions to hold, and whether they will.

    Root reads any file; run as root, the command is prefixed with ``setpriv`` dropping the capabilities that
    let it (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so that an unreadable file is unreadable to it too.
    """
    if os.geteuid() != 0:
        return command, True
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return command, False
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command], True


def _fill(handle: object, unit: str, size: int) -> None:
    written = 0
    chunk = unit * max(1, 1_000_000 // len(unit))
    while written < size:
        part = chunk[: size - written]
        handle.write(part)  # type: ignore[attr-defined]
        written += len(part)


def _link(link: Path, target: Path) -> None:
    if not link.is_symlink():
        link.symlink_to(target)
