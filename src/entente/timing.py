"""Dates written in text: parse a date phrase into an ISO value with its precision.

Only explicit calendar expressions are handled here ("December 26, 2014", "26 Dec 2014",
"2014-12-26", "January 2022", "in 2010"); relative expressions need a reference date and
come with event dating.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from .records import CleanDocument, DatePrecision, DocumentDate

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# Russian month names in every case they take in dates ('21 декабря', 'в январе 2022 года', 'март 2014').
RU_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8, "сентябр": 9,
    "октябр": 10, "ноябр": 11, "декабр": 12,
}  # fmt: skip
_RU_MONTH = (
    r"(?P<rumonth>январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|"
    r"сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])"
)

DATE_PATTERNS: tuple[tuple[re.Pattern[str], DatePrecision], ...] = (
    (re.compile(rf"\b(?P<day>[0-3]?\d)\s+{_RU_MONTH}\s+{_YEAR}", re.IGNORECASE), "day"),
    (re.compile(rf"\b{_RU_MONTH}\s+{_YEAR}", re.IGNORECASE), "month"),
    (re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"), "day"),
    # 'May 6-7, 2025': a span of days is dated by its first.
    (re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s*[-–]\s*[0-3]?\d)?,?\s+{_YEAR}\b", re.IGNORECASE), "day"),
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
    if groups.get("rumonth"):
        return ru_month(groups["rumonth"])
    return None


def ru_month(word: str) -> int:
    """The month of a Russian month name in any case ('декабря' -> 12)."""
    lower = word.lower()
    return next(n for stem, n in sorted(RU_MONTHS.items(), key=lambda kv: -len(kv[0])) if lower.startswith(stem))


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


_NOT_THE_EVENT_DATE = re.compile(
    r"\b(?:(?:since|until|till|before|prior to|after|by|с|со|до|после|перед)\W+|накануне\s+)"
    r"(?:the\s+)?(?:\w+\W+){0,1}$"
    # ('первым визитом в Китай с момента его избрания главой государства в марте 2022 года': the date of what a
    # 'since' phrase names bounds the act)
    r"|\b(?:с|со)\s+(?:момента|времени|тех\s+пор)\W+(?:\w+\W+){0,5}$",
    re.IGNORECASE,
)
"""('накануне выборов 5 декабря' bounds; «Накануне, 5 декабря, …», 'the day before, December 5', dates.)"""
_RU_DAY_MONTH = re.compile(rf"\b(?P<day>[0-3]?\d)\s+{_RU_MONTH}\b(?!\s+(?:19|20)\d\d)", re.IGNORECASE)
_RU_MONTH_ONLY = re.compile(
    rf"\b(?:в|во)\s+(?:(?:начале|конце|середине)\s+)?{_RU_MONTH}\b(?!\s+(?:19|20)\d\d)"
    r"(?:\s+(?P<which>этого|текущего|прошлого|минувшего)\s+года)?",
    re.IGNORECASE,
)
"""'в марте', 'в конце февраля этого года', 'в начале марта прошлого года'."""
_RU_YEAR_ONLY = re.compile(r"\b(?:в|во)\s+(?P<year>(?:19|20)\d\d)\s+(?:году|г\.)", re.IGNORECASE)


@lru_cache(maxsize=4096)  # the coder asks again for each predicate of a sentence, often of the same clause
def explicit_event_date(text: str, reference: str | None, reference_precision: str | None) -> tuple[str, str] | None:
    """A date written in ``text`` for when something happened, or None.

    Explicit dates win ("on December 21, 2014", "in January 2022"); a month or day without a year takes
    the reference year ("on December 21", "in March"); "in 2010" gives a year. A date introduced by
    "since", "until", "before" or "after" bounds the event rather than dating it, and is skipped.
    """

    def usable(start: int) -> bool:
        return not _NOT_THE_EVENT_DATE.search(text[:start])

    for explicit in find_dates(text):
        if usable(explicit.start):
            return explicit.value, explicit.precision
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(text):
            if not usable(match.start()):
                continue
            month = MONTHS[match.group("month").lower().rstrip(".")]
            day = int(match.group("day"))
            year = _year_for(month, reference, reference_precision)
            if year is not None and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}", "day"
    for match in _RU_DAY_MONTH.finditer(text):
        month, day = ru_month(match.group("rumonth")), int(match.group("day"))
        year = _year_for(month, reference, reference_precision)
        if usable(match.start()) and year is not None and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}", "day"
    for match in _RU_MONTH_ONLY.finditer(text):
        month = ru_month(match.group("rumonth"))
        year = _year_for(month, reference, reference_precision)
        which = (match.group("which") or "").lower()
        if which and reference:
            year = int(reference[:4]) - (1 if which in {"прошлого", "минувшего"} else 0)
        if usable(match.start()) and year is not None:
            return f"{year:04d}-{month:02d}", "month"
    for match in _RU_YEAR_ONLY.finditer(text):
        if usable(match.start()):
            return match.group("year"), "year"
    for match in _MONTH_ONLY.finditer(text):
        if not usable(match.start()):
            continue
        month = MONTHS[match.group("month").lower()]
        year = _year_for(month, reference, reference_precision)
        which = match.group(0).split()[0].lower()
        if which in {"next", "last", "this"} and reference and len(reference) >= 7:
            # 'from next April' lies ahead of the article, 'last April' behind it, 'this April' in its year.
            year, current = int(reference[:4]), int(reference[5:7])
            year += (month <= current) if which == "next" else -(month >= current) if which == "last" else 0
        if year is not None:
            return f"{year:04d}-{month:02d}", "month"
    for match in _SEASON_YEAR.finditer(text):
        # 'in summer 2025', «летом 2025 года»: a season of a year named is dated by the year.
        if usable(match.start()):
            return match.group("year"), "year"
    for match in _YEAR_SPAN.finditer(text):
        # 'fought a border war from 1998 to 2000', «с 1998 по 2000 год»: a span of years is dated by its first.
        return match.group("year"), "year"
    for match in _YEAR_ONLY.finditer(text):
        if usable(match.start()) and not match.group(0).lower().startswith(("since", "until", "by", "from")):
            return match.group("year"), "year"
    return None


_SEASON_YEAR = re.compile(
    r"\b(?:(?:winter|spring|summer|autumn|fall)\s+(?:of\s+)?|(?:зимой|весной|летом|осенью)\s+)"
    r"(?P<year>(?:19|20)\d\d)\b(?!-)",
    re.IGNORECASE,
)
_YEAR_SPAN = re.compile(
    r"\b(?:from|between|с|со)\s+(?P<year>(?:19|20)\d\d)\s+(?:to|and|until|till|по|до)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def resolve_event_date(
    sentence: str, reference: str | None, reference_precision: str | None
) -> tuple[str | None, str | None]:
    """The date an event in ``sentence`` happened, as ``(value, precision)``: an explicit date in the
    sentence, else a relative one ("last year"), else the document date."""
    found = explicit_event_date(sentence, reference, reference_precision) or relative_event_date(
        sentence, reference, reference_precision
    )
    return found if found is not None else (reference, reference_precision)


def relative_event_date(text: str, reference: str | None, reference_precision: str | None) -> tuple[str, str] | None:
    """A relative date ('last year', 'last month') or a recent day ('on Friday', 'yesterday') in ``text``, or
    None."""
    return (_relative_date(text, reference, reference_precision) or _recent_week(text, reference, reference_precision)
            or _recent_day(text, reference, reference_precision))


_LATER = re.compile(
    r"\b(?:(?P<n>\w+)\s+days?\s+later|(?:the\s+)?(?P<next>next|following)\s+day)\b"
    r"|\bчерез\s+(?P<ru_n>\w+)\s+(?:дн\w*|день|сутки)\b|\b(?P<ru_next>на\s+следующий\s+день)\b",
    re.IGNORECASE,
)
_RU_NUMBER_WORDS = {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "десять": 10}


def later_date(sentence: str, anchor: tuple[str, str] | None) -> tuple[str, str] | None:
    """'Two days later, Paris expelled …', «Через два дня Париж выслал …», 'the next day': a day counted from the
    date of what the text told just before (``anchor``, a day), or None."""
    if anchor is None or anchor[1] != "day" or len(anchor[0]) < 10:
        return None
    match = _LATER.search(sentence)
    if match is None:
        return None
    if match.group("next") or match.group("ru_next"):
        steps: int | None = 1
    else:
        count = (match.group("n") or match.group("ru_n") or "").lower()
        steps = int(count) if count.isdigit() else _NUMBER_WORDS.get(count) or _RU_NUMBER_WORDS.get(count)
    if not steps or steps > 31:
        return None
    try:
        return (date.fromisoformat(anchor[0][:10]) + timedelta(days=steps)).isoformat(), "day"
    except ValueError:
        return None


_SAME_PERIOD = re.compile(
    r"\b(?:(?:later|earlier)\s+(?:in\s+)?that|that\s+same|the\s+same|in\s+that)\s+(?P<same>year|month)\b"
    r"|\b(?:the\s+(?:following|next)|a)\s+(?P<next>year|month)(?:\s+later)?\b"
    r"|\b(?:того\s+же|этого\s+же)\s+(?P<ru_same>года|месяца)\b|\bв\s+том\s+же\s+(?P<ru_same_in>году|месяце)\b"
    r"|\b(?:через|спустя)\s+(?P<ru_next>год|месяц)\b|\b(?P<ru_next_after>год|месяц)\s+спустя\b"
    r"|\bна\s+следующий\s+(?P<ru_next_year>год)\b|\b(?P<ru_later>годом|месяцем)\s+(?:позже|позднее)\b",
    re.IGNORECASE,
)
"""'later that year', 'the following month', «летом того же года», «через год»: a period counted from the date of what
the text told just before. ('a year later' and 'the following year' only: 'next year', 'a year ago' are relative to
the article and read elsewhere.)"""


def same_period_date(sentence: str, anchor: tuple[str, str] | None) -> tuple[str, str] | None:
    """The year (or month) that 'later that year', 'the following year', «в том же году», «через месяц» name, counted
    from ``anchor``, the date of what the sentence before told, as ``(value, precision)``, or None."""
    if anchor is None or len(anchor[0]) < 4 or not anchor[0][:4].isdigit():
        return None
    match = _SAME_PERIOD.search(sentence)
    if match is None:
        return None
    groups = {name: (value or "").lower() for name, value in match.groupdict().items()}
    unit = next(v for v in groups.values() if v)
    monthly = unit.startswith(("month", "месяц"))
    forward = bool(groups["next"] or groups["ru_next"] or groups["ru_next_after"] or groups["ru_next_year"]
                   or groups["ru_later"])  # fmt: skip
    year = int(anchor[0][:4])
    if not monthly:
        return str(year + 1 if forward else year), "year"
    if len(anchor[0]) < 7:
        return None  # a month counted from a year is no month
    month = int(anchor[0][5:7]) + (1 if forward else 0)
    year, month = (year + 1, 1) if month > 12 else (year, month)
    return f"{year:04d}-{month:02d}", "month"


_RECENT_WEEK = re.compile(r"\b(?P<last>last|past) week\b|\bearlier this week\b"
                          r"|\bна\s+(?P<rulast>прошлой|минувшей)\s+неделе\b|\bранее\s+на\s+этой\s+неделе\b",
                          re.IGNORECASE)  # fmt: skip


def _recent_week(sentence: str, reference: str | None, precision: str | None) -> tuple[str, str] | None:
    """'last week', 'earlier this week', «на прошлой неделе», from a document dated to the day: the day a weekday
    names in that week ('on Monday last week'), else the month the week lies in (or its year, for a week across
    two months)."""
    if precision != "day" or not reference or len(reference) < 10:
        return None
    match = _RECENT_WEEK.search(sentence)
    if match is None:
        return None
    try:
        day = date.fromisoformat(reference[:10])
    except ValueError:
        return None
    monday = day - timedelta(days=day.weekday())
    if match.group("last") or match.group("rulast"):
        start, end = monday - timedelta(days=7), monday - timedelta(days=1)
    else:
        start, end = monday, max(monday, day - timedelta(days=1))
    weekday = next((m for m in _RECENT_DAY.finditer(sentence) if m.group("weekday")), None)
    if weekday is not None:
        named = start + timedelta(days=WEEKDAYS[weekday.group("weekday").lower()])
        if start <= named <= end:
            return named.isoformat(), "day"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}", "month"
    return (str(start.year), "year") if start.year == end.year else None


WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
             "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4,
             "субботу": 5, "суббота": 5, "воскресенье": 6}  # fmt: skip
_RECENT_DAY = re.compile(
    r"\b(?:(?:on|в|во)\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")(?:'s|’s)?\b"
    r"|\b(?P<yesterday>yesterday|вчера)\b|\b(?P<before>позавчера)\b",
    re.IGNORECASE,
)


def _recent_day(sentence: str, reference: str | None, precision: str | None) -> tuple[str, str] | None:
    """'on Sunday', 'yesterday', 'во вторник': a day of the week the article was written in, counted back
    from a document dated to the day (the most recent such day, the document's own included). A sentence
    about what is to come ('will meet on Sunday') is not dated this way."""
    if precision != "day" or not reference or len(reference) < 10:
        return None
    match = _RECENT_DAY.search(sentence)
    if match is None or _FUTURE_CONTEXT.search(sentence[: match.start()]) or _FUTURE_WORDS.search(sentence):
        return None
    try:
        day = date.fromisoformat(reference[:10])
    except ValueError:
        return None
    if match.group("yesterday"):
        return (day - timedelta(days=1)).isoformat(), "day"
    if match.group("before"):
        return (day - timedelta(days=2)).isoformat(), "day"
    back = (day.weekday() - WEEKDAYS[match.group("weekday").lower()]) % 7
    return (day - timedelta(days=back)).isoformat(), "day"


_FUTURE_WORDS = re.compile(r"\b(?:will|would|shall|plans?|planned|scheduled|expected|next|tomorrow|"
                           r"будет|будут|планирует|намерен|завтра|следующ\w*)\b", re.IGNORECASE)  # fmt: skip


_RELATIVE_YEAR = re.compile(r"\b(?P<which>last|this|next|past) year\b|\b(?P<n>\w+) years? ago\b", re.IGNORECASE)
_RU_RELATIVE_YEAR = re.compile(r"\bв\s+(?P<which>прошлом|минувшем|позапрошлом|этом|текущем|следующем)\s+году\b",
                                re.IGNORECASE)  # fmt: skip
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "a": 1}  # fmt: skip


# (a bare 'this month' may be when something is to happen: 'agreed to hold exercises this month')
_RELATIVE_MONTH = re.compile(r"\b(?P<last>last|past) month\b|\bearlier this month\b|"
                             r"\bв\s+(?P<rulast>прошлом|минувшем)\s+месяце\b|\bв\s+(?:этом|текущем)\s+месяце\b",
                             re.IGNORECASE)  # fmt: skip
_SEASONS = {"winter": "winter", "spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn",
            "зимой": "winter", "весной": "spring", "летом": "summer", "осенью": "autumn"}  # fmt: skip
_SEASON_START = {"winter": 12, "spring": 3, "summer": 6, "autumn": 9}
_RELATIVE_SEASON = re.compile(
    r"\b(?P<which>last|this|past)\s+(?P<season>winter|spring|summer|autumn|fall)\b"
    r"|\b(?P<season_ru>зимой|весной|летом|осенью)\s+(?P<which_ru>прошлого|этого|текущего|минувшего)\s+года\b"
    r"|\b(?P<which_ru2>прошлой|этой|минувшей|прошлым|этим)\s+(?P<season_ru2>зимой|весной|летом|осенью)\b",
    re.IGNORECASE,
)


def _season_date(match: re.Match[str], reference: str) -> tuple[str, str] | None:
    """'last winter', 'this spring', «зимой прошлого года», «прошлым летом»: the year the season fell in (a winter by
    its January), counted from the document date."""
    year, month = int(reference[:4]), int(reference[5:7]) if len(reference) >= 7 else None
    season = _SEASONS[(match.group("season") or match.group("season_ru") or match.group("season_ru2")).lower()]
    which = (match.group("which") or match.group("which_ru") or match.group("which_ru2")).lower()
    if match.group("which_ru"):
        # «зимой прошлого года»: the season of the calendar year named.
        return str(year - (1 if which in {"прошлого", "минувшего"} else 0)), "year"
    if month is None:
        return None
    start = _SEASON_START[season]
    if which in {"this", "этой", "этим"}:
        return str(year), "year"
    # The last such season that has begun before the document's month (a winter by the year of its January).
    if season == "winter":
        return str(year if month >= 3 else year - 1), "year"
    return str(year if month > start + 2 else year - 1), "year"


def _relative_date(sentence: str, reference: str | None, precision: str | None) -> tuple[str, str] | None:
    """'last year', 'this year', 'two years ago', 'last month', 'last winter' relative to the document date."""
    if not reference:
        return None
    year = int(reference[:4])
    season = _RELATIVE_SEASON.search(sentence)
    if season is not None:
        dated = _season_date(season, reference)
        if dated is not None:
            return dated
    month_phrase = _RELATIVE_MONTH.search(sentence)
    if month_phrase is not None and len(reference) >= 7 and precision in {"day", "month"}:
        month = int(reference[5:7])
        if month_phrase.group("last") or month_phrase.group("rulast"):
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return f"{year:04d}-{month:02d}", "month"
    russian = _RU_RELATIVE_YEAR.search(sentence)
    if russian is not None:
        shift = {"прошлом": -1, "минувшем": -1, "позапрошлом": -2, "этом": 0, "текущем": 0, "следующем": 1}
        return str(year + shift[russian.group("which").lower()]), "year"
    match = _RELATIVE_YEAR.search(sentence)
    if match is None:
        return None
    which = (match.group("which") or "").lower()
    if which in {"last", "past"}:
        return str(year - 1), "year"
    if which == "this":
        return str(year), "year"
    if which == "next":
        return str(year + 1), "year"
    count = match.group("n").lower()
    steps = int(count) if count.isdigit() else _NUMBER_WORDS.get(count)
    return (str(year - steps), "year") if steps else None


_FUTURE_CONTEXT = re.compile(
    r"\b(scheduled|planned|plans?|will|would|by|until|till|expected|due|next|target(?:ed|s)?|aims?|goal|before)\W+"
    r"(?:\w+\W+){0,4}$",
    re.IGNORECASE,
)
_BARE_YEAR = re.compile(r"(?<![\d,.$€£-])\b(?P<year>(?:19|20)\d\d)\b(?![\d,%-])")
_LAST_YEAR = re.compile(r"\blast year\b", re.IGNORECASE)
_NAMES_A_MONTH = re.compile(
    r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b|" + _RU_MONTH.replace("(?P<rumonth>", "(?:"),
    re.IGNORECASE,
)
_TIME_OF_ACT = re.compile(r"\b(?:in|в|во)\s+(?:(?:early|late|mid|начале|конце|середине)\s+)?$", re.IGNORECASE)
"""A bare year dates an article only as the time something happened ('in 2014', 'в 2014 году'); 'the 2015 accord',
'since 2001', 'на выборах 2011 года' name older things an article of any later year mentions."""


@dataclass(frozen=True)
class Landmark:
    when: str
    label: str
    pattern: re.Pattern[str]


def load_landmarks() -> list[Landmark]:
    from importlib import resources

    from .errors import DataFileError

    landmarks = []
    text = resources.files("entente").joinpath("data", "landmarks.tsv").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 3:
            raise DataFileError("entente/data/landmarks.tsv", number, "expected date, label, regex")
        try:
            landmarks.append(Landmark(cols[0], cols[1], re.compile(cols[2], re.IGNORECASE)))
        except re.error as exc:
            raise DataFileError("entente/data/landmarks.tsv", number, f"bad regex: {exc}") from exc
    return landmarks


def _past_references(sentence: str, landmarks: list[Landmark]) -> list[tuple[str, str]]:
    """Dates a sentence refers to as past: explicit dates and years not announced as future, and landmarks."""
    refs: list[tuple[str, str]] = []
    spans: list[tuple[int, int]] = []
    for found in find_dates(sentence):
        if not _FUTURE_CONTEXT.search(sentence[: found.start]):
            refs.append((found.value, f"'{sentence[found.start : found.end]}'"))
        spans.append((found.start, found.end))
    for match in _BARE_YEAR.finditer(sentence):
        if any(s <= match.start() < e for s, e in spans) or _FUTURE_CONTEXT.search(sentence[: match.start()]):
            continue
        if not _TIME_OF_ACT.search(sentence[: match.start()]):
            continue
        refs.append((match.group("year"), f"'{match.group(0)}'"))
    for landmark in landmarks:
        if landmark.pattern.search(sentence):
            # A landmark is a past event the article refers to: it bounds the article's year, no closer.
            refs.append((landmark.when[:4], f"the {landmark.label} ({landmark.when})"))
    return refs


def infer_document_date(sentences: list[str], landmarks: list[Landmark] | None = None) -> tuple[str, str] | None:
    """A day, month or year for an undated article: its newest past reference, moved on a year when the
    article calls that time 'last year'. A newest reference that is a calendar date ('Monday, April 1, 2024')
    gives its month (news reports what happened days before; the day itself would be a guess), or the day of
    the one weekday the article names after it ('Iran on Tuesday vowed …': 2 April); a year gives the year.
    Returns ``(value, evidence)`` (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) or None when the text refers to no
    date."""
    landmarks = load_landmarks() if landmarks is None else landmarks
    newest: tuple[str, str] | None = None
    for sentence in sentences:
        refs = _past_references(sentence, landmarks)
        if not refs:
            continue
        latest = max(refs)
        if _LAST_YEAR.search(sentence):
            year = int(latest[0][:4]) + 1
            latest = (str(year), f"{latest[1]} called 'last year'")
        if newest is None or latest[0] > newest[0]:
            newest = latest
    if newest is None:
        return None
    if len(newest[0]) >= 7:
        # 'On July 1, 2019 … On August 29, Abe decried …': a later month named without a year is of the same
        # year, so the article is at least that recent.
        year = newest[0][:4]
        for sentence in sentences:
            if not _NAMES_A_MONTH.search(sentence):
                continue
            if _FUTURE_CONTEXT.search(sentence) or re.search(r"\b(?:19|20)\d\d\b", sentence):
                continue
            yearless = explicit_event_date(sentence, year, "year")
            if yearless is not None and len(yearless[0]) >= 7 and yearless[0][:7] > newest[0][:7]:
                newest = (yearless[0], f"'{sentence[:60]}' in {year}")
    anchored = _anchor_by_weekday(newest[0], sentences)
    if anchored is not None:
        return anchored, f"the weekday the article names, after its newest date: {newest[1]}"
    return newest[0][:7], f"inferred from the newest past reference: {newest[1]}"


_WEEKDAY_IN_DATE = re.compile(r"^(?:'s|’s)?,?\s+(?:the\s+)?(?:\d|" + "|".join(m for m in MONTHS if len(m) > 3) + r")",
                              re.IGNORECASE)  # fmt: skip


def _anchor_by_weekday(newest: str, sentences: list[str]) -> str | None:
    """'Monday, April 1, 2024' in a caption, then 'Iran on Tuesday vowed …': the article is of the first day on
    or after its newest calendar date with the weekday its text names, when every weekday it names points to
    that one day (a report names the weekdays of its own week; with two, which is the day of writing is a
    guess). A weekday that is part of a date ('Monday, April 1') or of what is to come does not count."""
    if len(newest) < 10:
        return None
    try:
        start = date.fromisoformat(newest[:10])
    except ValueError:
        return None
    days: set[date] = set()
    for sentence in sentences:
        if _FUTURE_WORDS.search(sentence):
            continue
        for match in _RECENT_DAY.finditer(sentence):
            if not match.group("weekday") or _WEEKDAY_IN_DATE.match(sentence[match.end():]):
                continue
            if _FUTURE_CONTEXT.search(sentence[: match.start()]):
                continue
            ahead = (WEEKDAYS[match.group("weekday").lower()] - start.weekday()) % 7
            days.add(start + timedelta(days=ahead))
    return days.pop().isoformat() if len(days) == 1 else None


def date_document(doc: CleanDocument, landmarks: list[Landmark] | None = None) -> CleanDocument:
    """The document with a date: the one it states, else one inferred from its text (month or year precision)."""
    if doc.date.value is not None:
        return doc
    inferred = infer_document_date([s.text for s in doc.sentences], landmarks)
    if inferred is None:
        return doc
    value, evidence = inferred
    precision = {10: "day", 7: "month"}.get(len(value), "year")
    return replace(doc, date=DocumentDate(value, precision, evidence))


_AHEAD = re.compile(r"\b(?:ahead of|upcoming|forthcoming|planned|scheduled|expected|предстоящ\w*|запланированн\w*)\b",
                    re.IGNORECASE)  # fmt: skip


def names_a_past_day(phrase: str, sentence: str) -> bool:
    """'Pelosi's visit to Taiwan on Tuesday', 'вчерашний визит': a phrase that names the day of the week (or
    yesterday) it happened on, in a sentence that does not look ahead ('ahead of Friday's talks')."""
    match = _RECENT_DAY.search(phrase)
    if match is None or _FUTURE_WORDS.search(sentence) or _AHEAD.search(sentence):
        return False
    return not _FUTURE_CONTEXT.search(phrase[: match.start()])
