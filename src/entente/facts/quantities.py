"""Quantities in sentences: numbers with units, normalised, with a qualifier and what they measure.

Number and unit recognition is quantulum3's; this module normalises its output for news prose
(percent, currencies with scale, barrels per day, people counts) and adds what it does not do:
fraction words ("a fifth" -> 20 percent, "over half" -> more than 50 percent) and qualifiers.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import lru_cache

with warnings.catch_warnings():
    # quantulum3 warns that its optional classifier is missing; the rule-based parser is what we use.
    warnings.simplefilter("ignore")
    from quantulum3 import classifier as _quantulum_classifier
    from quantulum3 import parser as _quantulum

# The rule-based disambiguation, whether or not scikit-learn happens to be installed: same results on every
# machine, and no unpickling of a model trained with another scikit-learn version.
_quantulum_classifier.USE_CLF = False

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
    "deaths", "dead", "casualties", "victims", "members",
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


# Counts of people written as words ('Four Syrian citizens were killed', 'at least three civilian deaths').
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_MAY_HOLD_QUANTITY = re.compile(
    r"\d|\b(half|third|quarter|fifth|sixth|tenth|thirds|quarters|fifths|hundred|thousand|million|billion|"
    + "|".join(NUMBER_WORDS) + r")\b",
    re.IGNORECASE,
)
_DATES_AND_YEARS = re.compile(r"\b(1[89]|20)\d\d\b|\b(January|February|March|April|May|June|July|August|"
                              r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
                              r"\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?=January|February|March|April|May|June|July|August|"
                              r"September|October|November|December)")  # fmt: skip


_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn)\b)?"
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, None: 1.0}
CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "rubles": "RUB", "roubles": "RUB",
                  "ruble": "RUB", "tenge": "KZT", "yuan": "CNY", "pounds": "GBP"}  # fmt: skip
_COMMON_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("percent", re.compile(rf"{_NUMBER}\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)),
    ("money", re.compile(rf"(?P<sign>US\$|\$|€|£)\s*{_NUMBER}{_SCALE}")),
    ("money", re.compile(rf"{_NUMBER}{_SCALE}\s+(?P<word>{'|'.join(CURRENCY_WORDS)})\b", re.IGNORECASE)),
    ("barrel per day", re.compile(rf"{_NUMBER}{_SCALE}\s+barrels?\s+(?:a|per|each)\s+day\b", re.IGNORECASE)),
    ("mile", re.compile(rf"{_NUMBER}(?:-|\s+)miles?\b", re.IGNORECASE)),
    ("km", re.compile(rf"{_NUMBER}(?:-|\s+)(?:km|kilomet(?:er|re)s?)\b", re.IGNORECASE)),
    ("tonne", re.compile(rf"{_NUMBER}{_SCALE}\s+(?:metric\s+)?(?:tonnes?|tons?)\b", re.IGNORECASE)),
    (
        # 'closed its airspace for 48 hours', 'after seven years of tensions'; not '40-year-old', 'two years ago'.
        "duration",
        re.compile(
            rf"(?:{_NUMBER}|(?P<numword>{'|'.join(NUMBER_WORDS)}))\s+(?P<dunit>minutes?|hours?|days?|weeks?|months?|years?|decades?)"
            r"\b(?!\s+(?:ago|old|later|earlier|after|before|from now)\b)(?!-)",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            rf"{_NUMBER}{_SCALE}\s+(?:or so\s+)?(?:[A-Za-z-]+\s+){{0,2}}?(?:{'|'.join(PEOPLE_NOUNS)})\b", re.IGNORECASE
        ),
    ),  # fmt: skip
)


# Russian forms: '96,6%', '95 процентов', '300 миллионов долларов', '$1,5 млрд', '17 миллионов тонн',
# 'по миллиону тонн', '154 человек', '33 человека'. Decimal commas, and a scale word may stand alone.
_RU_NUMBER = r"(?P<num>\d{1,3}(?:[  ]\d{3})+|\d+(?:,\d{1,2})?)"
_RU_SCALE = (
    r"(?P<scale>тыс\.|тысяч[аиу]?|тысячей|млн|миллион(?:а|ов|у|ом)?|млрд|миллиард(?:а|ов|у|ом)?|трлн|"
    r"триллион(?:а|ов)?)"
)
RU_SCALES = {"тыс": 1e3, "млн": 1e6, "миллион": 1e6, "млрд": 1e9, "миллиард": 1e9, "трлн": 1e12, "триллион": 1e12,
             "тысяч": 1e3}  # fmt: skip
RU_CURRENCIES = {"доллар": "USD", "евро": "EUR", "рубл": "RUB", "тенге": "KZT", "юан": "CNY", "фунт": "GBP"}
RU_PEOPLE = (
    r"человек[а]?|граждан(?:ин|е|ина)?|жител(?:ей|я|и)|военнослужащих|военных|солдат|беженц(?:ев|а|ы)|"
    r"мигрант(?:ов|а|ы)|погибших|пострадавших|раненых|задержанных|участник(?:ов|а)|избирател(?:ей|я)|"
    r"крымчан|русских|россиян|казахстанцев|белорусов|украинцев|детей|женщин"
)
_RU_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("percent", re.compile(rf"{_RU_NUMBER}\s*(?:%|процент(?:ов|а)?\b)", re.IGNORECASE)),
    ("money", re.compile(rf"(?P<sign>\$|€|£)\s*{_RU_NUMBER}(?:\s*{_RU_SCALE})?", re.IGNORECASE)),
    ("money", re.compile(rf"(?:{_RU_NUMBER}\s*)?{_RU_SCALE}\s+(?P<word>долл|доллар\w*|евро|рубл\w*|тенге|юан\w*)",
                         re.IGNORECASE)),  # fmt: skip
    ("money", re.compile(rf"{_RU_NUMBER}\s+(?P<word>доллар\w*|евро|рубл\w*|тенге|юан\w*)", re.IGNORECASE)),
    ("barrel per day", re.compile(rf"(?:{_RU_NUMBER}\s*)?(?:{_RU_SCALE}\s+)?баррел\w*\s+в\s+сутки", re.IGNORECASE)),
    ("tonne", re.compile(rf"(?:{_RU_NUMBER}\s*)?(?:{_RU_SCALE}\s+)?тонн\w*", re.IGNORECASE)),
    ("cubic metre", re.compile(rf"(?:{_RU_NUMBER}\s*)?(?:{_RU_SCALE}\s+)?(?:кубометр\w*|кубических метров)",
                               re.IGNORECASE)),  # fmt: skip
    ("km", re.compile(rf"{_RU_NUMBER}\s*(?:км|километр\w*)\b", re.IGNORECASE)),
    ("person", re.compile(rf"(?:{_RU_NUMBER}\s*)(?:{_RU_SCALE}\s+)?(?:{RU_PEOPLE})\b", re.IGNORECASE)),
)


def _ru_value(match: re.Match[str]) -> float | None:
    groups = match.groupdict()
    raw = (groups.get("num") or "").replace(" ", "").replace("\u00a0", "").replace(",", ".")
    scale_word = (groups.get("scale") or "").lower().rstrip(".")
    if not raw and not scale_word:
        return None
    scale = next((v for k, v in RU_SCALES.items() if scale_word.startswith(k)), 1.0) if scale_word else 1.0
    return (float(raw) if raw else 1.0) * scale


def _russian_forms(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    for unit, pattern in _RU_FORMS:
        for match in pattern.finditer(text):
            value = _ru_value(match)
            if value is None or any(q.start <= match.start() < q.end or match.start() <= q.start < match.end()
                                    for q in found):  # fmt: skip
                continue
            if unit == "money":
                sign, word = match.groupdict().get("sign"), (match.groupdict().get("word") or "").lower()
                unit_name = CURRENCY_SIGNS.get(sign or "", "") or next(
                    (c for stem, c in RU_CURRENCIES.items() if word.startswith(stem[:4])), "USD"
                )
            else:
                unit_name = unit
            found.append(Quantity(value, unit_name, _ru_qualifier(text, match.start()), match.group(0),
                                  match.start(), match.end()))  # fmt: skip
    return found


def _ru_qualifier(text: str, start: int) -> str | None:
    before = text[max(0, start - 20) : start].lower()
    for name, pattern in (("more than", r"(?:более|свыше|больше)"), ("less than", r"(?:менее|меньше)"),
                          ("about", r"(?:около|примерно|почти|порядка)"), ("up to", r"(?:до)")):  # fmt: skip
        if re.search(pattern + r"\s*$", before):
            return name
    return None


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


_NEEDS_LIBRARY = re.compile(r"\d|\b(hundred|thousand|million|billion)\b", re.IGNORECASE)
_DURATIONS = re.compile(r"\b\d+\s+(?:days?|weeks?|months?|years?|hours?|decades?|minutes?)\b", re.IGNORECASE)


def _common_forms(text: str) -> list[Quantity]:
    """The forms news uses most, read directly; quantulum3 handles what is left."""
    found: list[Quantity] = []
    for unit, pattern in _COMMON_FORMS:
        for match in pattern.finditer(text):
            if any(q.start <= match.start() < q.end for q in found):
                continue
            if unit == "duration" and match.group("numword"):
                value = float(NUMBER_WORDS[match.group("numword").lower()])
            else:
                value = float(match.group("num").replace(",", "")) * SCALES.get(
                    (match.groupdict().get("scale") or "").lower() or None, 1.0
                )
            if unit == "duration":
                unit_name = match.group("dunit").lower().rstrip("s")
            elif unit == "money":
                sign, word = match.groupdict().get("sign"), match.groupdict().get("word")
                unit_name = CURRENCY_SIGNS[sign] if sign else CURRENCY_WORDS[word.lower()]
            else:
                unit_name = unit
            end = match.end() if unit != "person" else match.end("scale") if match.group("scale") else match.end("num")
            found.append(Quantity(value, unit_name, _qualifier(text, match.start(), end), text[match.start():end],
                                  match.start(), end))  # fmt: skip
    for match in _PEOPLE_IN_WORDS.finditer(text):
        if any(q.start <= match.start() < q.end for q in found):
            continue
        start, end = match.start("word"), match.end("word")
        value = float(NUMBER_WORDS[match.group("word").lower()])
        found.append(Quantity(value, "person", _qualifier(text, start, end), text[start:end], start, end))
    return found


# 'Four Syrian citizens', 'three civilian deaths'; not 'one of the soldiers' (no 'of' in between), not 'two-thirds'.
_PEOPLE_IN_WORDS = re.compile(
    r"\b(?P<word>" + "|".join(NUMBER_WORDS) + r")\s+(?:(?!of\b)[A-Za-z-]+\s+){0,2}?(?:"
    + "|".join(sorted(PEOPLE_NOUNS)) + r")\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # asked before parsing (is the sentence worth it?) and again when facts are read
def find_quantities(text: str) -> list[Quantity]:
    """Quantities in one sentence, with normalised value and unit; bare numbers and years are left out."""
    if _CYRILLIC.search(text):
        # Russian prose: our own forms (quantulum3 reads English only).
        return _russian_forms(_DATES_AND_YEARS.sub(lambda m: " " * len(m.group(0)), text))
    if not _MAY_HOLD_QUANTITY.search(_DATES_AND_YEARS.sub(" ", text)):
        # quantulum3 costs milliseconds a sentence; most sentences hold no number but a date, or none at all.
        return []
    found = _common_forms(text)
    blank = lambda match: " " * len(match.group(0))  # noqa: E731 - keeps offsets aligned with the text
    rest = _DURATIONS.sub(blank, _DATES_AND_YEARS.sub(blank, text))
    for q in found:
        rest = rest[: q.start] + " " * (q.end - q.start) + rest[q.end :]
    if _NEEDS_LIBRARY.search(rest):
        found.extend(_library_quantities(text, found))
    return _with_fractions(text, found)


def _library_quantities(text: str, known: list[Quantity]) -> list[Quantity]:
    # quantulum3 reads 'a $7 billion' as an exponent; the article adds nothing, so blank it (same length).
    prepared = re.sub(r"\ba (?=[$€£])", "  ", text)
    found: list[Quantity] = []
    for quantity in _quantulum.parse(prepared):
        start, end = quantity.span
        if any(q.start <= start < q.end or start <= q.start < end for q in known):
            continue
        unit = _unit(quantity.unit.name, prepared, end)
        if unit is None or unit in {"year", "month", "day"}:
            continue
        value = float(quantity.value)
        found.append(Quantity(value, unit, _qualifier(text, start, end), text[start:end], start, end))
    return found


def _with_fractions(text: str, found: list[Quantity]) -> list[Quantity]:
    for match in _FRACTION_RE.finditer(text):
        qualifier = match.group("qual")
        name = None
        if qualifier:
            name = next((n for n, p in QUALIFIERS if re.fullmatch(p, qualifier.strip().lower())), None)
        value = round(FRACTIONS[match.group("frac").lower()], 2)
        found.append(Quantity(value, "percent", name, match.group(0).strip(), match.start("frac"), match.end("frac")))
    return sorted(found, key=lambda q: q.start)
