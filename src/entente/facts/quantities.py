"""Quantities in sentences: numbers with units, normalised, with a qualifier and what they measure.

Number and unit recognition is quantulum3's; this module normalises its output for news prose
(percent, currencies with scale, barrels per day, people counts) and adds what it does not do:
fraction words ("a fifth" -> 20 percent, "over half" -> more than 50 percent) and qualifiers.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

with warnings.catch_warnings():
    # quantulum3 warns that its optional classifier is missing; the rule-based parser is what we use.
    warnings.simplefilter("ignore")
    from quantulum3 import parser as _quantulum

UNIT_NAMES = {
    "percentage": "percent", "per cent": "percent", "percent": "percent",
    "dollar": "USD", "united states dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "rouble": "RUB",
    "ruble": "RUB", "russian ruble": "RUB", "yuan": "CNY", "renminbi": "CNY", "tenge": "KZT",
    "kazakhstani tenge": "KZT", "mile": "mile", "kilometre": "km", "kilometer": "km", "metre": "m",
    "tonne": "tonne", "ton": "tonne", "short ton": "tonne", "barrel": "barrel", "cubic metre": "cubic metre",
    "megawatt": "MW", "gigawatt": "GW", "year": "year", "month": "month", "day": "day",
}  # fmt: skip
PEOPLE_NOUNS = {
    "people", "persons", "men", "women", "children", "troops", "soldiers", "refugees", "migrants", "citizens",
    "residents", "workers", "protesters", "demonstrators", "civilians", "paratroopers", "personnel", "russians",
    "kazakhs", "ukrainians", "belarusians", "voters", "students", "prisoners", "officers", "servicemen",
}  # fmt: skip
FRACTIONS = {
    "half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3,
    "two thirds": 200 / 3, "two-thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "one-quarter": 25.0,
    "three quarters": 75.0, "three-quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0, "one-fifth": 20.0,
    "two fifths": 40.0, "a tenth": 10.0, "one tenth": 10.0, "a sixth": 100 / 6,
}  # fmt: skip
QUALIFIERS = (
    ("more than", r"(?:more than|over|above|in excess of|upwards of)"),
    ("less than", r"(?:less than|under|below|fewer than)"),
    ("at least", r"(?:at least|no less than)"),
    ("up to", r"(?:up to|as many as|as much as)"),
    ("about", r"(?:about|approximately|around|round|roughly|some|nearly|almost|close to|an estimated|estimated)"),
)
_FRACTION_RE = re.compile(
    # 'the northern half of the country' is a place, not a share.
    r"(?<!the )(?<!northern )(?<!southern )(?<!eastern )(?<!western )(?<!first )(?<!second )"
    r"\b(?P<qual>(?:more than|over|under|less than|about|nearly|almost|roughly|around)\s+)?"
    r"(?P<frac>" + "|".join(sorted((re.escape(f) for f in FRACTIONS), key=len, reverse=True)) + r")"
    r"\s+(?:of)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str
    qualifier: str | None
    surface: str
    start: int
    end: int


def _qualifier(text: str, start: int, end: int) -> str | None:
    before = text[max(0, start - 30) : start].lower()
    for name, pattern in QUALIFIERS:
        if re.search(pattern + r"\s*$", before):
            return name
    if re.match(r"\s+or so\b", text[end : end + 8].lower()):
        return "about"
    return None


def _unit(name: str, text: str, end: int) -> str | None:
    name = name.lower()
    after = text[end : end + 25].lower()
    if name == "barrel":
        return "barrel per day" if re.match(r"\s*(?:a|per|each)\s+day\b|\s*/\s*d\b", after) else "barrel"
    if name in UNIT_NAMES:
        return UNIT_NAMES[name]
    if name == "dimensionless":
        following = re.findall(r"[a-z]+", text[end : end + 45].lower().replace("or so", ""))[:4]
        return "person" if any(word in PEOPLE_NOUNS for word in following) else None
    return None


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in one sentence, with normalised value and unit; bare numbers and years are left out."""
    # quantulum3 reads 'a $7 billion' as an exponent; the article adds nothing, so blank it (same length).
    prepared = re.sub(r"\ba (?=[$€£])", "  ", text)
    found: list[Quantity] = []
    for quantity in _quantulum.parse(prepared):
        start, end = quantity.span
        unit = _unit(quantity.unit.name, prepared, end)
        if unit is None or unit in {"year", "month", "day"}:
            continue
        value = float(quantity.value)
        found.append(Quantity(value, unit, _qualifier(text, start, end), text[start:end], start, end))
    for match in _FRACTION_RE.finditer(text):
        qualifier = match.group("qual")
        name = None
        if qualifier:
            name = next((n for n, p in QUALIFIERS if re.fullmatch(p, qualifier.strip().lower())), None)
        value = round(FRACTIONS[match.group("frac").lower()], 2)
        found.append(Quantity(value, "percent", name, match.group(0).strip(), match.start("frac"), match.end("frac")))
    return sorted(found, key=lambda q: q.start)
