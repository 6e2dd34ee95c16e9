"""Import actor and agent dictionaries written in the TABARI/PETRARCH text format (the Phoenix dictionaries).

Actors: ``NAME [CODE]`` lines, ``+SYNONYM`` lines, indented code lines, dated codes (``[CODE >990816]``,
``[CODE <950601]``, ``[CODE 19950601 - 19990815]``), ``#`` and ``<!-- -->`` comments. Underscores join words;
a trailing underscore marks an exact word, otherwise the last word is a stem (``ARGENTIN`` matches
"Argentine"). Agents: ``PHRASE {PLURAL} [~CODE]`` lines and ``!MACRO! = A, B`` substitutions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import DataFileError

_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True)
class TabariCode:
    code: str
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class TabariPhrase:
    """One phrase with its codes; ``stem`` is true when the last word matches as a prefix."""

    words: tuple[str, ...]
    stem: bool
    codes: tuple[TabariCode, ...]
    origin: str


def _strip_comments(text: str) -> str:
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.DOTALL)
    return "\n".join(line.split("#", 1)[0].rstrip() for line in text.split("\n"))


def _parse_date(raw: str, origin: str, number: int) -> date:
    digits = raw.strip()
    if not digits.isdigit() or len(digits) not in (6, 8):
        raise DataFileError(origin, number, f"date {raw!r} is not YYMMDD or YYYYMMDD")
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{2000 + year if year < 40 else 1900 + year}{digits[2:]}"
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError as exc:
        raise DataFileError(origin, number, f"date {raw!r}: {exc}") from exc


def _parse_code(body: str, origin: str, number: int) -> TabariCode:
    body = body.strip().lstrip("~")
    if not body:
        raise DataFileError(origin, number, "empty code in []")
    parts = body.split(None, 1)
    code = parts[0].upper()
    rest = parts[1].strip() if len(parts) > 1 else ""
    if not rest:
        return TabariCode(code)
    if rest.startswith(">"):
        return TabariCode(code, start=_parse_date(rest[1:], origin, number))
    if rest.startswith("<"):
        return TabariCode(code, end=_parse_date(rest[1:], origin, number))
    span = re.fullmatch(r"(\d+)\s*-\s*(\d+)", rest)
    if span:
        return TabariCode(code, _parse_date(span.group(1), origin, number), _parse_date(span.group(2), origin, number))
    raise DataFileError(origin, number, f"cannot read the date restriction {rest!r} in [{body}]")


def _phrase_words(name: str) -> tuple[tuple[str, ...], bool]:
    name = name.strip()
    exact = name.endswith("_")
    words = tuple(w for w in re.split(r"[_\s]+", name.strip("_")) if w)
    return words, not exact


def parse_actors(text: str, origin: str) -> list[TabariPhrase]:
    """Parse an actor dictionary; every synonym of an actor shares its codes."""
    phrases: list[TabariPhrase] = []
    names: list[tuple[str, int]] = []
    codes: list[TabariCode] = []

    def flush() -> None:
        if names and codes:
            for name, line in names:
                words, stem = _phrase_words(name)
                if words:
                    phrases.append(TabariPhrase(words, stem, tuple(codes), f"{origin}:{line}"))
        names.clear()
        codes.clear()

    for number, line in enumerate(_strip_comments(text).split("\n"), 1):
        if not line.strip():
            continue
        indented = line[0].isspace()
        stripped = line.strip()
        if stripped.startswith("+"):
            names.append((_CODE.sub("", stripped[1:]), number))
            codes.extend(_parse_code(c, origin, number) for c in _CODE.findall(stripped))
            continue
        if indented and stripped.startswith("["):
            codes.extend(_parse_code(c, origin, number) for c in _CODE.findall(stripped))
            continue
        if stripped.startswith("[") or "=" in stripped.split("[")[0]:
            continue
        flush()
        names.append((_CODE.sub("", stripped), number))
        codes.extend(_parse_code(c, origin, number) for c in _CODE.findall(stripped))
    flush()
    return phrases


def parse_agents(text: str, origin: str) -> list[TabariPhrase]:
    """Parse an agent dictionary: role phrases whose code (``[~GOV]``) follows a country code."""
    macros: dict[str, list[str]] = {}
    phrases: list[TabariPhrase] = []
    for number, line in enumerate(_strip_comments(text).split("\n"), 1):
        stripped = line.strip()
        if not stripped:
            continue
        macro = re.fullmatch(r"(![A-Z0-9_]+!)\s*=\s*(.+)", stripped)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        found = _CODE.findall(stripped)
        if not found:
            continue
        head = _CODE.sub("", stripped)
        plurals = re.findall(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", "", head).strip()
        variants = [head, *[p.strip() for p in plurals if p.strip()]]
        code = _parse_code(found[0], origin, number)
        for variant in variants:
            for expanded in _expand_macros(variant, macros):
                words, _ = _phrase_words(expanded)
                if words:
                    phrases.append(TabariPhrase(words, False, (code,), f"{origin}:{number}"))
    return phrases


def _expand_macros(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    match = re.search(r"![A-Z0-9_]+!", phrase)
    if not match or match.group(0) not in macros:
        return [phrase]
    out: list[str] = []
    for value in macros[match.group(0)]:
        out.extend(_expand_macros(phrase[: match.start()] + value + phrase[match.end() :], macros))
    return out


def load_actor_file(path: str | Path) -> list[TabariPhrase]:
    return parse_actors(Path(path).read_text(encoding="utf-8", errors="replace"), str(path))


def load_agent_file(path: str | Path) -> list[TabariPhrase]:
    return parse_agents(Path(path).read_text(encoding="utf-8", errors="replace"), str(path))
