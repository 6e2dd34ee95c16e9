"""The sources file: which feeds, sitemaps and pages to follow, and how politely (docs/sources.md).

A TOML file (default ``./sources.toml``) with one ``[[source]]`` table per source and an optional ``[fetch]``
table of settings. It is read with :mod:`tomllib` and validated as a whole when loaded: every mistake is
reported as ``FILE:LINE: reason`` before anything is fetched. ``add_source`` and ``remove_source`` edit the
file as text, so the user's comments and layout stay where they were.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from ..errors import DataFileError

DEFAULT_SOURCES = "sources.toml"
SourceKind = Literal["feed", "sitemap", "page"]
KINDS: tuple[str, ...] = ("feed", "sitemap", "page")
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
SOURCE_KEYS = {"name", "kind", "url", "language", "include", "exclude"}


@dataclass(frozen=True)
class FetchSettings:
    """How politely and how much one run fetches; the ``[fetch]`` table of the sources file."""

    delay: float = 2.0
    """Seconds between the end of one request to a host and the start of the next (robots.txt may ask more)."""
    timeout: float = 20.0
    """Seconds to connect, and to wait for each part of an answer."""
    page_seconds: float = 60.0
    """Seconds for one whole answer: a server that trickles bytes (slow loris) is cut off after this."""
    max_bytes: int = 5_000_000
    """Largest answer read; a bigger page is refused without reading the rest."""
    max_pages: int = 500
    """Most article pages fetched in one run; the rest wait for the next run."""
    retries: int = 2
    """Retries of a request answered 429 or 5xx within one run, with exponential backoff."""
    backoff: float = 2.0
    """Seconds before the first retry; doubled for each next one (a Retry-After header may ask more)."""
    max_redirects: int = 5

    def __post_init__(self) -> None:
        for name in ("delay", "backoff"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be zero or more seconds; {getattr(FetchSettings, name)} is the default")
        for name in ("timeout", "page_seconds"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be a positive number of seconds")
        for name in ("max_bytes", "max_pages"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be a positive whole number")
        for name in ("retries", "max_redirects"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be zero or more")


FETCH_KEYS = {name: type(getattr(FetchSettings, name)) for name in FetchSettings.__dataclass_fields__}


@dataclass(frozen=True)
class Source:
    """One source: a feed (RSS or Atom), a sitemap, or a single page."""

    name: str
    kind: SourceKind
    url: str
    language: str | None = None
    include: tuple[str, ...] = ()
    """Glob patterns (``*`` and ``?``) over article URLs; when given, only matching URLs are fetched."""
    exclude: tuple[str, ...] = ()
    """Glob patterns over article URLs never fetched."""

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc.lower()

    def wants(self, url: str) -> bool:
        """Whether an article URL listed by this source passes its include and exclude patterns."""
        if self.include and not any(_glob(p).match(url) for p in self.include):
            return False
        return not any(_glob(p).match(url) for p in self.exclude)


@dataclass(frozen=True)
class SourcesFile:
    path: Path
    sources: tuple[Source, ...] = ()
    settings: FetchSettings = field(default_factory=FetchSettings)

    def get(self, name: str) -> Source | None:
        return next((s for s in self.sources if s.name == name), None)


def _glob(pattern: str) -> re.Pattern[str]:
    parts = (".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.compile("".join(parts) + r"\Z")


def check_url(url: str) -> str | None:
    """Why a URL cannot be fetched, or None when it can."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"{url!r} is not an http(s) URL; write it like https://example.org/rss.xml"
    if not parts.hostname:
        return f"{url!r} has no host name"
    return None


def _table_lines(text: str) -> list[int]:
    """1-based line of each ``[[source]]`` header, in order."""
    return [i for i, line in enumerate(text.splitlines(), 1) if re.match(r"\s*\[\[\s*source\s*\]\]", line)]


def _key_line(text: str, start: int, key: str) -> int:
    """The line of ``key =`` in the table starting at ``start`` (the header's line when not found)."""
    lines = text.splitlines()
    for number in range(start + 1, len(lines) + 1):
        line = lines[number - 1]
        if re.match(r"\s*\[", line):
            break
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return start


def load_sources(path: str | Path | None = None, *, missing_ok: bool = False) -> SourcesFile:
    """Read and validate a sources file; raise :class:`DataFileError` (``FILE:LINE: reason``) on any mistake.

    With ``missing_ok``, a file that does not exist reads as no sources (for ``sources add`` to create it).
    """
    path = Path(path or DEFAULT_SOURCES)
    if not path.exists():
        if missing_ok:
            return SourcesFile(path)
        raise DataFileError(str(path), 1, "no sources file here; create one with `entente sources add NAME URL`")
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        raise DataFileError(str(path), int(found.group(1)) if found else 1, f"not valid TOML ({exc})") from exc
    unknown = set(data) - {"source", "fetch"}
    if unknown:
        raise DataFileError(str(path), 1, f"unknown table or key {sorted(unknown)[0]!r}; use [[source]] and [fetch]")
    settings = _settings(path, text, data.get("fetch", {}))
    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list):
        raise DataFileError(str(path), 1, "write each source as a [[source]] table")
    headers = _table_lines(text)
    sources: list[Source] = []
    for index, entry in enumerate(raw_sources):
        start = headers[index] if index < len(headers) else 1
        source = _source(path, text, start, entry)
        if any(s.name == source.name for s in sources):
            raise DataFileError(str(path), _key_line(text, start, "name"), f"a second source named {source.name!r}")
        sources.append(source)
    return SourcesFile(path, tuple(sources), settings)


def _settings(path: Path, text: str, table: Any) -> FetchSettings:
    header = next((i for i, line in enumerate(text.splitlines(), 1) if re.match(r"\s*\[\s*fetch\s*\]", line)), 1)
    if not isinstance(table, dict):
        raise DataFileError(str(path), header, "[fetch] must be a table of settings")
    values: dict[str, Any] = {}
    for key, value in table.items():
        line = _key_line(text, header, key)
        if key not in FETCH_KEYS:
            raise DataFileError(str(path), line, f"unknown fetch setting {key!r}; known: {', '.join(FETCH_KEYS)}")
        wanted = FETCH_KEYS[key]
        wrong_type = wanted is int and isinstance(value, float)
        if isinstance(value, bool) or not isinstance(value, int | float) or wrong_type:
            kind = "a whole number" if wanted is int else "a number"
            raise DataFileError(str(path), line, f"fetch setting {key!r} must be {kind}")
        values[key] = wanted(value)
    try:
        return FetchSettings(**values)
    except ValueError as exc:
        raise DataFileError(str(path), header, str(exc)) from exc


def _source(path: Path, text: str, start: int, entry: Any) -> Source:
    def fail(key: str, reason: str) -> DataFileError:
        return DataFileError(str(path), _key_line(text, start, key), reason)

    if not isinstance(entry, dict):
        raise DataFileError(str(path), start, "a [[source]] must be a table")
    for key in entry:
        if key not in SOURCE_KEYS:
            raise fail(key, f"unknown key {key!r} in a source; known: {', '.join(sorted(SOURCE_KEYS))}")
    for key in ("name", "kind", "url"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise fail(key if key in entry else "name", f"the source has no {key} (a non-empty string)")
    name, kind, url = entry["name"].strip(), entry["kind"].strip(), entry["url"].strip()
    if not NAME.match(name):
        raise fail("name", f"source name {name!r}: use letters, digits, '.', '_' or '-' (at most 64)")
    if kind not in KINDS:
        raise fail("kind", f"source {name!r}: kind {kind!r} is not one of {', '.join(KINDS)}")
    if problem := check_url(url):
        raise fail("url", f"source {name!r}: {problem}")
    language = entry.get("language")
    if language is not None and (not isinstance(language, str) or not re.fullmatch(r"[a-z]{2}", language)):
        raise fail("language", f"source {name!r}: language must be a two-letter code such as 'en' or 'ru'")
    patterns: dict[str, tuple[str, ...]] = {}
    for key in ("include", "exclude"):
        value = entry.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise fail(key, f"source {name!r}: {key} must be a list of URL patterns such as [\"*/news/*\"]")
        patterns[key] = tuple(value)
    return Source(name, kind, url, language, patterns["include"], patterns["exclude"])  # type: ignore[arg-type]


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def add_source(path: str | Path | None, source: Source) -> SourcesFile:
    """Append a source to the sources file (created when missing); the name must be new."""
    path = Path(path or DEFAULT_SOURCES)
    current = load_sources(path, missing_ok=True)
    if current.get(source.name) is not None:
        raise DataFileError(str(path), _source_line(path, source.name), f"a source named {source.name!r} exists; "
                            "remove it first or choose another name")  # fmt: skip
    if source.kind not in KINDS:
        raise ValueError(f"kind {source.kind!r} is not one of {', '.join(KINDS)}")
    if problem := check_url(source.url):
        raise ValueError(problem)
    lines = ["[[source]]", f"name = {_toml_string(source.name)}", f"kind = {_toml_string(source.kind)}",
             f"url = {_toml_string(source.url)}"]  # fmt: skip
    if source.language:
        lines.append(f"language = {_toml_string(source.language)}")
    for key in ("include", "exclude"):
        if getattr(source, key):
            lines.append(f"{key} = [{', '.join(_toml_string(p) for p in getattr(source, key))}]")
    old = path.read_text(encoding="utf-8") if path.exists() else _HEADER
    separator = "" if not old or old.endswith("\n\n") else ("\n" if old.endswith("\n") else "\n\n")
    new = old + separator + "\n".join(lines) + "\n"
    _replace(path, new)
    return load_sources(path)


def remove_source(path: str | Path | None, name: str) -> SourcesFile:
    """Remove one source's ``[[source]]`` table from the file, keeping everything else as written."""
    path = Path(path or DEFAULT_SOURCES)
    current = load_sources(path)
    index = next((i for i, s in enumerate(current.sources) if s.name == name), None)
    if index is None:
        known = ", ".join(s.name for s in current.sources) or "none"
        raise DataFileError(str(path), 1, f"no source named {name!r} (sources: {known})")
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    start = _table_lines(text)[index]
    end = start
    while end < len(lines) and not re.match(r"\s*\[", lines[end]):
        end += 1
    # Blank and comment lines just before the next table belong to it, not to the removed source.
    while end > start and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
        end -= 1
    del lines[start - 1 : end]
    if 2 <= start <= len(lines) and not lines[start - 2].strip() and not lines[start - 1].strip():
        del lines[start - 1]  # one blank line between tables, not two
    _replace(path, "".join(lines))
    return load_sources(path)


def _source_line(path: Path, name: str) -> int:
    text = path.read_text(encoding="utf-8")
    current = load_sources(path)
    index = next(i for i, s in enumerate(current.sources) if s.name == name)
    return _table_lines(text)[index]


def _replace(path: Path, text: str) -> None:
    """Write the file atomically: a crash leaves the old file or the new one, never half of one."""
    partial = path.with_name(path.name + ".partial")
    partial.parent.mkdir(parents=True, exist_ok=True)
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


_HEADER = """# Entente sources: one [[source]] table per feed, sitemap or page (see docs/sources.md).
# [fetch]
# delay = 2.0        # seconds between requests to one host
# max_pages = 500    # article pages per run

"""
