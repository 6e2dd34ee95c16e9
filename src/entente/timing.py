"""Dates written in text: parse a date phrase into an ISO value with its precision.

Only explicit calendar expressions are handled here ("December 26, 2014", "26 Dec 2014",
"2014-12-26", "January 2022", "in 2010"); relative expressions need a reference date and
come with event dating.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .records import DatePrecision

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

DATE_PATTERNS: tuple[tuple[re.Pattern[str], DatePrecision], ...] = (
    (re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"), "day"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE), "day"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE), "day"),
    (re.compile(rf"\b(?P<day>[0-3]?\d)[./](?P<mnum>[01]?\d)[./]{_YEAR}\b"), "day"),
    (re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE), "month"),
    (re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)\b"), "month"),
)


@dataclass(frozen=True)
class DateValue:
    value: str
    precision: DatePrecision
    start: int
    end: int


def _month_of(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("mnum"):
        return int(groups["mnum"])
    if groups.get("month"):
        return MONTHS[groups["month"].lower().rstrip(".")]
    return None


def find_dates(text: str) -> list[DateValue]:
    """All explicit calendar dates in ``text``, most precise first where they overlap, in text order."""
    found: list[DateValue] = []
    taken: list[tuple[int, int]] = []
    for pattern, precision in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            month = _month_of(match)
            year = int(match.group("year"))
            if month is None or not 1 <= month <= 12:
                continue
            if precision == "day":
                day = int(match.group("day"))
                if not 1 <= day <= 31:
                    continue
                value = f"{year:04d}-{month:02d}-{day:02d}"
            else:
                value = f"{year:04d}-{month:02d}"
            found.append(DateValue(value, precision, match.start(), match.end()))
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str) -> DateValue | None:
    """The first explicit date in ``text``, or None."""
    dates = find_dates(text)
    return dates[0] if dates else None


def parse_iso_or_phrase(text: str | None) -> DateValue | None:
    """A date given as metadata: ISO (``2014``, ``2014-12``, ``2014-12-26T…``) or a phrase."""
    if not text:
        return None
    text = text.strip()
    if re.fullmatch(r"(?:19|20)\d\d", text):
        return DateValue(text, "year", 0, len(text))
    iso = re.match(r"((?:19|20)\d\d)-([01]\d)(?:-([0-3]\d))?", text)
    if iso:
        if iso.group(3):
            return DateValue(iso.group(0), "day", 0, iso.end())
        return DateValue(iso.group(0), "month", 0, iso.end())
    return parse_date(text)


_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_NO_YEAR_AFTER = r"(?!,?\s+(?:19|20)\d\d)"
_SHORT_MONTHS = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_MONTH_DAY = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES}|{_SHORT_MONTHS})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b{_NO_YEAR_AFTER}"
)
_DAY_MONTH = re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_NAMES})\b{_NO_YEAR_AFTER}")
_TIME_PREPOSITION = r"\b(?i:in|early|late|mid-|since|until|by|during|from|last|this|next|of|throughout)\s+"
_MONTH_ONLY = re.compile(
    rf"{_TIME_PREPOSITION}(?:early\s+|late\s+|mid-)?(?P<month>{_MONTH_NAMES})\b(?!\s+[0-3]?\d\b){_NO_YEAR_AFTER}"
)
_YEAR_ONLY = re.compile(rf"{_TIME_PREPOSITION}(?:early\s+|late\s+|mid-)?(?P<year>(?:19|20)\d\d)\b(?!-)")


def _year_for(month: int, reference: str | None, precision: str | None) -> int | None:
    """The year of a month named without one: the reference date's, or the year before if it lies ahead."""
    if not reference:
        return None
    year = int(reference[:4])
    if precision in ("day", "month") and len(reference) >= 7 and month > int(reference[5:7]):
        return year - 1
    return year


def resolve_event_date(
    sentence: str, reference: str | None, reference_precision: str | None
) -> tuple[str | None, str | None]:
    """The date an event in ``sentence`` happened, as ``(value, precision)``.

    Explicit dates win ("on December 21, 2014", "in January 2022"); a month or day without a year takes
    the document's year ("on December 21", "in March"); "in 2010" gives a year. Otherwise the document
    date is the fallback.
    """
    explicit = parse_date(sentence)
    if explicit is not None:
        return explicit.value, explicit.precision
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.search(sentence)
        if match:
            month = MONTHS[match.group("month").lower().rstrip(".")]
            day = int(match.group("day"))
            year = _year_for(month, reference, reference_precision)
            if year is not None and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}", "day"
    match = _MONTH_ONLY.search(sentence)
    if match:
        month = MONTHS[match.group("month").lower()]
        year = _year_for(month, reference, reference_precision)
        if year is not None:
            return f"{year:04d}-{month:02d}", "month"
    match = _YEAR_ONLY.search(sentence)
    if match:
        return match.group("year"), "year"
    return reference, reference_precision
