"""Plain-text cleaning: paragraphs in, article paragraphs and metadata out.

Rules are general features of scraped pages, not strings of particular articles:
phrase patterns from the boilerplate data file, a header block before the first body
paragraph (title, byline, site name, dateline), link lists (runs of short non-sentences),
trailing fragments, and paragraphs printed twice or contained in another.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from ..records import RemovedLine
from ..timing import _RU_MONTH, MONTHS, DateValue, parse_date, ru_month
from .rules import BoilerplateRules

BODY_MIN_WORDS = 25
BODY_MIN_CHARS = 150
SHORT_LINE_WORDS = 15
LINK_LIST_MIN_RUN = 3
CONTAINMENT_THRESHOLD = 0.8

_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]}]*$")
_PUBLISHED = re.compile(
    r"^(?:(?:first\s+)?published|posted|updated|last\s+updated|date|опубликовано|дата публикации|обновлено|дата)"
    r"\s*(?:on|:)?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY|[Ww]ritten by|[Aa]uthors?|AUTHORS?)\s*:?\s*"
    r"(?P<name>[A-Z][\w.'’-]+(?:(?:\s+|,\s*|\s+and\s+)[A-Z][\w.'’-]+){0,5})$"
)


@dataclass
class TextCleanResult:
    paragraphs: list[str]
    removed: list[RemovedLine] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    date: DateValue | None = None
    date_source: str | None = None


def words(text: str) -> list[str]:
    return re.findall(r"\w[\w'’.-]*", text)


def is_sentence_like(line: str) -> bool:
    return bool(_TERMINAL.search(line.strip())) and len(words(line)) >= 6


def is_title_cased(line: str) -> bool:
    """Most longer words capitalised, as in headlines and site names ("Russia Risks Alienating Kazakhstan")."""
    long_words = [w for w in words(line) if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def is_body_paragraph(line: str) -> bool:
    if len(words(line)) >= BODY_MIN_WORDS or (len(line) >= BODY_MIN_CHARS and is_sentence_like(line)):
        return True
    return len(words(line)) >= 12 and is_sentence_like(line) and not is_title_cased(line)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))
    return re.sub(r"\s+", " ", text).strip()


def split_paragraphs(text: str) -> list[str]:
    """Blank-line blocks; inside a block, hard-wrapped prose is joined and other lines stay apart."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        inner = lines[:-1]
        wrapped = bool(inner) and sum(1 for ln in inner if len(ln) >= 30 and not _TERMINAL.search(ln)) >= 0.6 * len(
            inner
        )
        if wrapped:
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return [re.sub(r"[ \t\u00a0]+", " ", p) for p in paragraphs]


def _author_name(raw: str) -> str:
    parts = [p.strip() for p in raw.split(",")]
    if len(parts) == 2 and all(parts) and " " not in parts[0] and " and " not in raw:
        return f"{parts[1]} {parts[0]}"
    return raw.strip()


def _is_site_name(line: str) -> bool:
    tokens = line.split()
    if not 1 <= len(tokens) <= 5 or _TERMINAL.search(line) or line.isupper():
        return False
    return all(t[0].isupper() or t.lower() in {"the", "of", "and", "for", "on", "in", "&"} for t in tokens)


# Each month's full name, from the date finder's table ('january' -> 1).
_FULL_MONTHS = {max((k for k in MONTHS if MONTHS[k] == n), key=len): n for n in set(MONTHS.values())}
# A two-digit year ('10 March 23'), which the sentence-level date finder leaves alone because prose rarely
# writes one; header lines do.
_SHORT_YEAR = re.compile(
    r"\b(?P<day>[0-3]?\d)\s+(?P<month>" + "|".join(m.title() for m in _FULL_MONTHS) + r")\s+'?(?P<year>\d\d)\b(?!:)"
)
# A Russian header that writes the month first, like an English one ('март 19, 2014').
_RU_MONTH_FIRST = re.compile(rf"^{_RU_MONTH}\s+(?P<day>[0-3]?\d),?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_PUBLISHED_ANYWHERE = re.compile(
    r"(?:\b(?:published|posted|updated)(?:\s+(?:date|on))?"
    r"|(?<!\w)(?:опубликован[аоы]?|обновлен[аоы]?|(?:вышел|вышл[аио]) в номере)(?!\w))"
    r"\s*[-:–—]?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# A timestamp opening a header line: a time of day and a dotted date ('12:05 14.05.2021 Источник: ТАСС').
_TIMESTAMP = re.compile(
    r"^(?:[0-2]?\d:[0-5]\d,?\s+(?P<a>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)|(?P<b>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d),?\s+"
    r"[0-2]?\d:[0-5]\d)(?!\S)"
)
# Abbreviated Russian months in header lines ('Пятница, 30 Апр 2021, 21:00').
_RU_ABBREVIATED = re.compile(
    r"\b(?P<day>[0-3]?\d)\s+(?P<abbr>янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-я]*\.?,?\s+"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_RU_ABBR_MONTH = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "мая": 5, "июн": 6, "июл": 7, "авг": 8,
                  "сен": 9, "окт": 10, "ноя": 11, "дек": 12}  # fmt: skip
# What a header date line may carry beside the date: a weekday, a time of day ('Пятница, 30 Апр 2021, 21:00',
# '12:05 14.05.2021').
_DATE_LINE_EXTRAS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|четверг|пятница|"
    r"суббота|воскресенье)\b|\b[0-2]?\d:[0-5]\d\b|[,|]",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^(?P<date>.+?)\s+[–—-]\s+[A-Z][\w.'’ -]{1,40}$")
# A wire dateline run into the lead paragraph: 'CHISINAU, Feb 28 (Reuters) - ', 'YEREVAN (AFP) — ', 'KYIV, Ukraine
# (AP) — ', 'MOSCOW, October 14. /TASS/. ', 'МИНСК, 14 октября. /БЕЛТА/. ', 'WASHINGTON -- '. The place is written in
# capitals ('АСТАНА. 14 октября. КАЗИНФОРМ - ', 'МОСКВА, 14 окт — РИА Новости. '); an agency, a date, a region or a
# long dash must follow it, so that a sentence opening with an abbreviation ('NATO - the alliance …') is left alone.
# (Two places of a joint dateline are written with a slash: 'PRISTINA/BELGRADE, Sept 26 (Reuters) - '.)
_CAPS_PLACE = r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’.\-]+(?:/[A-ZА-ЯЁ][A-ZА-ЯЁ'’.\-]+)*(?:\s+[A-ZА-ЯЁ][A-ZА-ЯЁ'’.\-]+){0,3}"
_WIRE_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE})"
    r"(?:,\s*(?P<region>[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?)(?=[\s,(]))?"
    r"(?:[,.]?\s*(?P<date>(?:[A-Za-zА-Яа-яё]{3,9}\.?\s+[0-3]?\d|[0-3]?\d\s+[A-Za-zА-Яа-яё]{3,9}\.?)(?:,?\s+(?:19|20)\d\d)?)\.?)?"
    r"\s*(?:\((?P<agency>[^()]{2,40})\)|/(?P<slash>[^/]{2,30})/\.?|(?<=\.)\s*(?P<bare>[A-ZА-ЯЁ][A-ZА-ЯЁ.]{2,}))?"
    r"(?P<sep>\s*(?:--|[-–—])\s+|(?<=[/.])\s+)"
    r"(?:(?P<after>РИА Новости|ТАСС|Интерфакс|БЕЛТА|БелТА|Казинформ|Sputnik|Спутник)\.\s+)?(?=[A-ZА-ЯЁ«\"“])"
)


def wire_dateline(paragraph: str) -> re.Match[str] | None:
    """The wire dateline at the start of a paragraph, or None."""
    match = _WIRE_DATELINE.match(paragraph)
    if match is None or match["place"].endswith("-"):
        return None
    marked = match["agency"] or match["slash"] or match["bare"] or match["date"] or match["region"]
    long_dash = "—" in match["sep"] or "--" in match["sep"]
    letters = sum(ch.isalpha() for ch in match["place"])
    if not marked and not (long_dash and letters >= 5):
        return None
    if not (match["agency"] or match["slash"] or match["bare"]) and match["sep"].strip() in {"", "."}:
        return None
    return match


_LEADING_DATE = re.compile(r"^(?:date|published|posted)\s*:?\s*(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\s+(?=\S)", re.I)


def _written_date(text: str) -> DateValue | None:
    """A date in a header line: the forms the date finder knows (dotted day-first dates included), or a
    two-digit year."""
    date = parse_date(text)
    if date is not None:
        return date
    month_first = _RU_MONTH_FIRST.match(text.strip())
    if month_first is not None and 1 <= int(month_first["day"]) <= 31:
        month = ru_month(month_first["rumonth"])
        value = f"{month_first['year']}-{month:02d}-{int(month_first['day']):02d}"
        return DateValue(value, "day", month_first.start(), month_first.end())
    abbreviated = _RU_ABBREVIATED.search(text)
    if abbreviated is not None and 1 <= int(abbreviated["day"]) <= 31:
        month = _RU_ABBR_MONTH[abbreviated["abbr"].lower()]
        value = f"{abbreviated['year']}-{month:02d}-{int(abbreviated['day']):02d}"
        return DateValue(value, "day", abbreviated.start(), abbreviated.end())
    match = _SHORT_YEAR.search(text)
    if match is None or not 1 <= int(match["day"]) <= 31:
        return None
    month = _FULL_MONTHS[match["month"].lower()]
    return DateValue(f"20{match['year']}-{month:02d}-{int(match['day']):02d}", "day", match.start(), match.end())


def _metadata_line(line: str) -> tuple[str, object] | None:
    """A byline, a 'Published on …' line or a bare date line, with what it states."""
    if len(words(line)) > 14:
        return None
    # 'Published' inside a line counts only in a header-like line, not in a sentence that ends like one.
    published = _PUBLISHED.match(line) or (None if _TERMINAL.search(line.strip()) else _PUBLISHED_ANYWHERE.search(line))
    if published:
        date = _written_date(published.group("rest"))
        if date:
            return "published-line", date
    stamp = _TIMESTAMP.match(line.strip())
    if stamp is not None:
        date = parse_date(stamp["a"] or stamp["b"])
        if date is not None:
            return "published-line", date
    if len(words(line)) > 10:
        return None
    byline = _BYLINE.match(line)
    if byline:
        return "byline", _author_name(byline.group("name"))
    if re.match(r"^(?:[Bb]y|BY)\s", line) and "|" in line:
        # 'by Luke Lythgoe | 31.08.2017': a byline that carries the date.
        date = _written_date(line.split("|", 1)[1])
        if date:
            return "published-line", date
    date = parse_date(line) or _written_date(line)
    if date and len(words(line)) <= 6 and (date.end - date.start) >= 0.6 * len(line.strip()):
        return "date-line", date
    bare = _DATE_LINE_EXTRAS.sub(" ", line)
    date = _written_date(bare)
    if date and len(words(line)) <= 8 and (date.end - date.start) >= 0.6 * len(bare.strip()):
        # 'Пятница, 30 Апр 2021, 21:00', '12:05 14.05.2021': a date with its weekday or time of day.
        return "date-line", date
    dateline = _DATELINE.match(line.strip())
    if dateline and len(words(line)) <= 8:
        # '12 July 2018 – Brussels': a date, a dash and the place of writing.
        date = parse_date(dateline["date"])
        if date and (date.end - date.start) >= 0.8 * len(dateline["date"]):
            return "date-line", date
    return None


def clean_paragraphs(
    paragraphs: list[str], rules: BoilerplateRules, *, detect_header: bool = True, title: str | None = None
) -> TextCleanResult:
    """Remove boilerplate from a list of paragraphs and read the metadata they state.

    ``title``, when the source states it (JSON Lines, HTML metadata), is not searched for again.
    """
    result = TextCleanResult(paragraphs=[], title=title)
    kept: list[str] = []
    seen_body = False
    for index, paragraph in enumerate(paragraphs):
        rule = rules.match(paragraph)
        if rule is not None and rule.kind == "cut" and seen_body:
            result.removed.extend(RemovedLine(p, rule.label) for p in paragraphs[index:])
            break
        if rule is not None:
            result.removed.append(RemovedLine(paragraph, rule.label))
            continue
        leading = _LEADING_DATE.match(paragraph) if index < 3 else None
        if leading is not None:
            # 'date 2022-08-03 In response to …': a stored header run into the first paragraph.
            if result.date is None:
                iso = leading["iso"]
                result.date, result.date_source = DateValue(iso, "day", 0, len(iso)), "published-line"
            result.removed.append(RemovedLine(leading.group(0).strip(), "published-line"))
            paragraph = paragraph[leading.end():]
        dateline = wire_dateline(paragraph) if not seen_body else None
        if dateline is not None:
            # ('YEREVAN (AFP) - Armenia and Azerbaijan said …': the agency and the place of writing are no actors)
            result.removed.append(RemovedLine(dateline.group(0).strip(), "dateline"))
            paragraph = paragraph[dateline.end():]
        meta = _metadata_line(paragraph) if not seen_body or index < len(paragraphs) // 3 + 3 else None
        if meta is not None:
            kind, value = meta
            if kind == "byline" and result.author is None:
                result.author = str(value)
            elif kind in ("published-line", "date-line") and result.date is None:
                assert isinstance(value, DateValue)
                result.date, result.date_source = value, kind
            result.removed.append(RemovedLine(paragraph, kind))
            continue
        seen_body = seen_body or is_body_paragraph(paragraph)
        kept.append(paragraph)

    if detect_header:
        kept = _take_header(kept, result)
    kept = _drop_link_lists(kept, result)
    kept = _drop_trailing_fragments(kept, result)
    kept = _drop_repeats(kept, result)
    result.paragraphs = kept
    return result


def _take_header(kept: list[str], result: TextCleanResult) -> list[str]:
    """Title and site name from the lines before the first body paragraph."""
    first_body = next((i for i, p in enumerate(kept) if is_body_paragraph(p)), len(kept))
    if first_body == len(kept):
        # No prose follows: the text is all body (a lead sentence, a wire brief), not a header.
        return kept
    header = kept[:first_body]
    if result.title is not None:
        title: str | None = next((p for p in header if normalise(p) == normalise(result.title)), None)
    else:
        candidates = [
            p for p in header if 3 <= len(words(p)) <= 30 and not (is_sentence_like(p) and not is_title_cased(p))
        ]
        title = max(candidates, key=lambda p: len(words(p)), default=None)
    drop: set[int] = set()
    for i, line in enumerate(header):
        if title is not None and line == title:
            result.title = result.title or title
            drop.add(i)
        elif _is_site_name(line):
            if result.publisher is None:
                result.publisher = line
            result.removed.append(RemovedLine(line, "site-name" if result.publisher == line else "header-noise"))
            drop.add(i)
    return [p for i, p in enumerate(kept) if i not in drop]


def _is_short_fragment(paragraph: str) -> bool:
    return len(words(paragraph)) <= SHORT_LINE_WORDS and not is_sentence_like(paragraph)


def _drop_link_lists(kept: list[str], result: TextCleanResult) -> list[str]:
    out: list[str] = []
    run: list[str] = []
    for paragraph in [*kept, ""]:
        if paragraph and _is_short_fragment(paragraph):
            run.append(paragraph)
            continue
        if len(run) >= LINK_LIST_MIN_RUN:
            result.removed.extend(RemovedLine(p, "link-list") for p in run)
        else:
            out.extend(run)
        run = []
        if paragraph:
            out.append(paragraph)
    return out


def _drop_trailing_fragments(kept: list[str], result: TextCleanResult) -> list[str]:
    end = len(kept)
    while end > 0 and _is_short_fragment(kept[end - 1]) and len(words(kept[end - 1])) <= 12:
        end -= 1
    if end == 0:
        return kept
    result.removed.extend(RemovedLine(p, "trailing-fragment") for p in kept[end:])
    return kept[:end]


def _shingles(text: str, size: int = 3) -> set[tuple[str, ...]]:
    tokens = re.findall(r"\w+", normalise(text))
    return {tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1))}


def _drop_repeats(kept: list[str], result: TextCleanResult) -> list[str]:
    """Keep each paragraph once; drop a paragraph whose text lies (nearly) within a longer one."""
    seen: set[str] = set()
    unique: list[str] = []
    for paragraph in kept:
        key = normalise(paragraph)
        if key in seen:
            result.removed.append(RemovedLine(paragraph, "duplicate-paragraph"))
            continue
        seen.add(key)
        unique.append(paragraph)
    shingles = [_shingles(p) for p in unique]
    postings: dict[tuple[str, ...], list[int]] = {}
    for index, grams in enumerate(shingles):
        for gram in grams:
            postings.setdefault(gram, []).append(index)
    contained: set[int] = set()
    for i, mine in enumerate(shingles):
        if len(words(unique[i])) < 8:
            continue
        overlap = Counter(j for gram in mine for j in postings[gram] if j != i)
        for j, shared in overlap.most_common():
            if shared < CONTAINMENT_THRESHOLD * len(mine):
                break
            if j not in contained and len(shingles[j]) > len(mine):
                contained.add(i)
                result.removed.append(RemovedLine(unique[i], "contained-paragraph"))
                break
    return [p for i, p in enumerate(unique) if i not in contained]
