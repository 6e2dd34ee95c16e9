"""Bytes to text: byte-order marks, UTF-8 (repaired when a few sequences are broken), then charset detection."""

from __future__ import annotations

import codecs
import hashlib
import re

import charset_normalizer

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


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
