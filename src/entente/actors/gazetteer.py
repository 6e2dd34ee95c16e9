"""Actor knowledge: countries, organisations, people by dated office, and role words, loaded from data files.

The built-in files live per language in ``entente/data/<lang>/actors/`` (formats in their headers and
docs/formats.md); country names come from pycountry (in that language) and are extended by ``countries.tsv``.
In an inflected language (Russian) every name matches all its case forms: the last word of a phrase is matched
as a stem ("Казахстан" -> Казахстана, Казахстану, казахстанский). User dictionaries in the TABARI/PETRARCH
format add to them (``--actors``, ``--agents``). Every file is validated when loaded; a bad line stops the
run with ``FILE:LINE: reason``.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Literal

import pycountry

from ..errors import DataFileError
from . import tabari

ActorKind = Literal["country", "igo", "person", "agent", "region", "group", "none"]
"""'none': a phrase that contains an actor's name but names no actor ('Latin American' is not the United States);
the matcher consumes it so the shorter name inside does not match, and reports nothing."""
_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{2,14}$")
_AGENT_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")


@dataclass(frozen=True)
class Office:
    code: str
    start: date | None
    end: date | None
    origin: str

    def covers(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True)
class ActorEntry:
    """One phrase that names an actor, with the code(s) it resolves to."""

    phrase: str
    kind: ActorKind
    offices: tuple[Office, ...]
    case_sensitive: bool = True
    stem: bool = False
    government_seat: bool = False
    capital: bool = False
    """A capital city named for its country ('Minsk' for Belarus): where something happens there, it is a place."""
    max_suffix: int | None = None
    """For a stem: at most this many letters may follow it ('Инди' must not match 'индивидуальный')."""
    suffix_letters: str | None = None
    """For a stem: the only letters that may follow it, where only case endings may (a common noun: 'танки' takes
    'танков', 'танками', never 'танкер')."""
    capitalised: bool = False
    """A name matched case-insensitively must still start with a capital in the text ('Газа' the city, not
    'газа' of gas)."""

    @property
    def origin(self) -> str:
        return self.offices[0].origin

    def code_on(self, when: date | None) -> str:
        """The code on a date: the office covering it, else COUNTRY+ELI for a person out of office."""
        if len(self.offices) == 1 and self.kind != "person":
            return self.offices[0].code
        if when is not None:
            for office in self.offices:
                if office.covers(when):
                    return office.code
            if self.kind == "person":
                return (
                    self.offices[0].code[:3] + "ELI"
                    if not self.offices[0].code.startswith("IGO")
                    else self.offices[0].code
                )
        undated = [o for o in self.offices if o.start is None and o.end is None]
        if undated:
            return undated[0].code
        # With no date to go by, the latest office is the likeliest reading of a name in current news.
        return max(self.offices, key=lambda o: o.start or date.min).code


@dataclass
class Gazetteer:
    entries: list[ActorEntry] = field(default_factory=list)

    def add(self, entry: ActorEntry) -> None:
        self.entries.append(entry)

    def extend(self, entries: Iterable[ActorEntry]) -> None:
        self.entries.extend(entries)

    def __len__(self) -> int:
        return len(self.entries)


def _data_text(*parts: str) -> tuple[str, str]:
    resource = resources.files("entente").joinpath("data", *parts)
    return resource.read_text(encoding="utf-8"), "entente/data/" + "/".join(parts)


INFLECTED = {"ru"}
"""Languages whose names decline: their gazetteer entries match by stem."""
STEM_ENDINGS = "аяоеёьйыиуюъ"
MAX_SUFFIX = 6
CASE_ENDING_LETTERS = STEM_ENDINGS + "мхвг"
"""The letters of Russian case endings (-ами, -ях, -ов, -ого …)."""


# The nominative endings of a Russian adjective (or a feminine noun) before the last word of a name, with the
# endings of its other case forms: 'Южная Корея' is also 'Южной Кореи', 'Южную Корею'; 'Соединенные Штаты' also
# 'Соединенных Штатов'; 'Республика Корея' also 'Республики Корея'; 'Силы быстрого реагирования' also 'Сил …'.
_LEADING_FORMS = {
    "ая": ("ой", "ую", "ою"), "яя": ("ей", "юю", "ею"),
    "ый": ("ого", "ому", "ым", "ом"), "ий": ("ого", "ему", "ому", "им", "ем", "ом"), "ой": ("ого", "ому", "ым", "ом"),
    "ое": ("ого", "ому", "ым", "ом"), "ее": ("его", "ему", "им", "ем"),
    "ые": ("ых", "ым", "ыми"), "ие": ("их", "им", "ими"),
    "ия": ("ии", "ию", "ией"), "ка": ("ки", "ке", "ку", "кой"),
    # a plural noun ('Силы быстрого реагирования': Сил, Силам …; 'Отряды …': Отрядов), both genitives offered
    "ы": ("", "ов", "ам", "ами", "ах"),
}  # fmt: skip
_INDECLINABLE_ENDINGS = "оуеэюи"


def _leading_forms(word: str) -> list[str]:
    if word[:1].isupper() or word.islower():
        for ending, others in _LEADING_FORMS.items():
            if len(word) > len(ending) + 2 and word.endswith(ending) and word.replace("-", "").isalpha():
                return [word] + [word[: -len(ending)] + other for other in others]
    return [word]


def _stem(word: str) -> str:
    """A word cut to the stem its case forms share; a proper name in -ия/-ея keeps its и/е ('Нигери' for Нигерия,
    so Niger's 'Нигер' and Germany's 'Германи' do not also take 'Нигерии' and the name Герман)."""
    last = word
    while len(last) > 4 and last[-1].lower() in STEM_ENDINGS:
        if word[:1].isupper() and last != word and word[len(last)].lower() == "я" and last[-1].lower() in "ие":
            break
        last = last[:-1]
    return last


def _indeclinable(word: str) -> bool:
    """A foreign proper name ending in a vowel that Russian does not decline (Мали, Чили, Того, Перу, Конго), or in
    two vowels (Самоа, Палау, Никарагуа: not 'Само' matching 'Самого')."""
    if not word[:1].isupper() or len(word) < 2:
        return False
    end, before = word[-1].lower(), word[-2].lower()
    return (end in _INDECLINABLE_ENDINGS and before not in "аеёиоуыэюяй") or (end in "ауо" and before in "аоу")


def _inflected(entry: ActorEntry, indeclinable: bool = False) -> list[ActorEntry]:
    """A Russian entry matching every case form: its last word cut to a stem, compared case-insensitively, and any
    adjective before it in each of its case forms. With ``indeclinable`` (country names), a foreign name ending in
    a vowel that does not decline matches only as written ('Мали', not 'Малинин')."""
    words = entry.phrase.split()
    last = words[-1]
    exact = indeclinable and _indeclinable(last)
    lasts = [last] if exact else _short_forms(last) or [_stem(last)]
    short = exact or len(lasts) > 1 or len(lasts[0]) < 4 or not lasts[0].replace("-", "").isalpha()
    variants: list[list[str]] = [[]]
    for index, word in enumerate(words[:-1]):
        forms = _given_name_forms(word) if entry.kind == "person" else _leading_forms(word)
        if index == 0 and len(forms) == 1 and entry.kind != "person":
            forms = _head_noun_forms(word)
        variants = [[*v, form] for v in variants for form in forms]
    return [replace(entry, phrase=" ".join([*leading, end]), case_sensitive=False, stem=not short,
                    max_suffix=None if short else MAX_SUFFIX, capitalised=entry.phrase[:1].isupper(),
                    suffix_letters=None if short or entry.phrase[:1].isupper() else CASE_ENDING_LETTERS)
            for leading in variants for end in lasts]  # fmt: skip


def _head_noun_forms(word: str) -> list[str]:
    """The case forms of a capitalised noun that heads a name, the words after it fixed in the genitive ('Совет
    Европы' is also 'Совета Европы', 'Лига арабских государств' also 'Лиги …', 'Содружество Независимых Государств'
    also 'Содружества …')."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) >= 4):
        return [word]
    if word[-1] not in "аеёиоуыэюяьй":
        return [word] + [word + e for e in ("а", "у", "ом", "е")]
    if word.endswith("о"):
        return [word] + [word[:-1] + e for e in ("а", "у", "ом", "е")]
    if word.endswith("а"):
        plural = "и" if word[-2] in "гкхжшчщ" else "ы"
        return [word] + [word[:-1] + e for e in (plural, "е", "у", "ой")]
    return [word]


def _given_name_forms(word: str) -> list[str]:
    """A given name before a surname in its case forms ('Аббас Аракчи' is also 'Аббаса Аракчи', 'Аббасом Аракчи';
    'Сергей' 'Сергея'; 'Мария' 'Марии'), so a shorter name in the gazetteer ('Аббас') never takes the place of
    the whole one."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return _leading_forms(word)
    if word.endswith("ий"):
        return [word] + [word[:-1] + e for e in ("я", "ю", "ем", "и")]
    if word.endswith("й"):
        return [word] + [word[:-1] + e for e in ("я", "ю", "ем", "е")]
    if word.endswith("ия"):
        return [word] + [word[:-1] + e for e in ("и", "ю", "ей")]
    if word.endswith(("а", "я")):
        plural = "и" if word[-2] in "гкхжшчщ" or word.endswith("я") else "ы"
        soft = word.endswith("я")
        return [word] + [word[:-1] + e for e in (plural, "е", "ю" if soft else "у", "ей" if soft else "ой")]
    if word.endswith("ь"):
        return [word] + [word[:-1] + e for e in ("я", "ю", "ем", "е")]
    if word[-1] in "оеиуыэю":
        return [word]
    return [word] + [word + e for e in ("а", "у", "ом", "е")]


def _short_forms(word: str) -> list[str]:
    """The case forms of a short proper name whose stem is too short to match as a prefix (Куба: Кубы, Кубе …;
    Чад: Чада, Чаду …), or none."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return []
    if len(word) == 4 and word.endswith("а"):
        base = word[:-1]
        plural = "и" if base[-1] in "гкхжшчщ" else "ы"
        return [word] + [base + ending for ending in (plural, "е", "у", "ой", "ою")]
    if len(word) == 3 and word[-1] not in "аеёиоуыэюяьй":
        return [word] + [word + ending for ending in ("а", "у", "ом", "е")]
    return []


def _for_language(entries: list[ActorEntry], language: str, indeclinable: bool = False) -> list[ActorEntry]:
    if language not in INFLECTED:
        return entries
    return [inflected for e in entries for inflected in _inflected(e, indeclinable)]


COMMON_WORD_NAMES = {"ru": frozenset({"того"})}
"""pycountry's names that are ordinary words of the language ('Того', Togo, is also 'of that')."""


def _rows(text: str, origin: str, fields: tuple[int, ...]) -> Iterable[tuple[int, list[str]]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) not in fields:
            raise DataFileError(
                origin, number, f"expected {' or '.join(map(str, fields))} tab-separated fields, got {len(cols)}"
            )
        yield number, [c.strip() for c in cols]


def _variants(field_text: str) -> list[str]:
    return [v.strip() for v in field_text.split("|") if v.strip()]


def _with_titled_acronyms(names: list[str]) -> list[str]:
    """An acronym of four letters or more is also written in title case by some papers ('Ecowas', 'Asean',
    'Interpol' for ECOWAS, ASEAN, INTERPOL)."""
    titled = [n.title() for n in names if len(n) >= 4 and n.isalpha() and n.isupper() and n.isascii()]
    return names + [t for t in titled if t not in names]


def tokenize_phrase(phrase: str) -> str:
    """A phrase as matched: a leading "the" is dropped, so "the Kremlin" and "The Kremlin" both match."""
    return re.sub(r"^(the|The)\s+", "", phrase.strip())


def _check_code(code: str, origin: str, number: int) -> str:
    if not _CODE_RE.match(code):
        raise DataFileError(origin, number, f"{code!r} is not a CAMEO actor code (capital letters, e.g. KAZ, RUSGOV)")
    return code


def _parse_day(raw: str, origin: str, number: int) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise DataFileError(origin, number, f"date {raw!r} is not YYYY-MM-DD") from exc


def load_countries(language: str = "en") -> list[ActorEntry]:
    text, origin = _data_text(language, "actors", "countries.tsv")
    entries: list[ActorEntry] = []
    known: set[str] = set()
    named: set[str] = set()
    for number, (code, names, adjectives, seats) in _rows(text, origin, (4,)):
        _check_code(code, origin, number)
        known.add(code)
        named.update(tokenize_phrase(n) for n in _variants(names))
        office = (Office(code, None, None, f"{origin}:{number}"),)
        people = (Office(code + "CVL", None, None, f"{origin}:{number}"),)
        adjective_forms = _variants(adjectives)
        for variant in _variants(names) + adjective_forms:
            # A plural demonym alone names people of the country ('Kazakhs', 'Nigerians'), not its state.
            plural = variant in adjective_forms and variant.endswith("s") and variant[:-1] in adjective_forms
            entries.append(ActorEntry(tokenize_phrase(variant), "country", people if plural else office))
        for variant in _variants(seats):
            seat = variant.endswith("*")
            entries.append(ActorEntry(tokenize_phrase(variant.rstrip("*")), "country", office, government_seat=seat,
                                      capital=not seat))  # fmt: skip
    translate = _country_names(language)
    for country in pycountry.countries:
        code = country.alpha_3
        office = (Office(code, None, None, f"pycountry:{code}"),)
        for name in {getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)}:
            name = translate(name) if name else None
            if name and name.lower() in COMMON_WORD_NAMES.get(language, ()):
                continue  # the data file's row names the country instead
            if name and tokenize_phrase(name) in named:
                continue  # the data file gives the name to a country of its choice ('Congo' in the news is DR Congo)
            if name and "," not in name and (language == "en" or name != translate.source(name)):
                entries.append(ActorEntry(tokenize_phrase(name), "country", office))
    return _for_language(entries, language, indeclinable=True)


class _Translation:
    """pycountry's names in a language (its gettext catalogue); English names pass through."""

    def __init__(self, language: str) -> None:
        self.catalogue = None
        if language != "en":
            try:
                self.catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
            except OSError:
                self.catalogue = None
        self.sources: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        translated = self.catalogue.gettext(name) if self.catalogue is not None else name
        self.sources[translated] = name
        return translated

    def source(self, translated: str) -> str:
        return self.sources.get(translated, translated)


def _country_names(language: str) -> _Translation:
    return _Translation(language)


def load_regions(language: str = "en") -> list[ActorEntry]:
    text, origin = _data_text(language, "actors", "regions.tsv")
    entries = []
    for number, (code, names) in _rows(text, origin, (2,)):
        office = (Office(_check_code(code, origin, number), None, None, f"{origin}:{number}"),)
        entries.extend(ActorEntry(tokenize_phrase(v), "region", office) for v in _variants(names))
    return _for_language(entries, language)


def load_organisations(language: str = "en") -> list[ActorEntry]:
    text, origin = _data_text(language, "actors", "organisations.tsv")
    entries = []
    for number, (code, names) in _rows(text, origin, (2,)):
        if not code.startswith("IGO"):
            raise DataFileError(origin, number, f"organisation code {code!r} must start with IGO")
        office = (Office(_check_code(code, origin, number), None, None, f"{origin}:{number}"),)
        entries.extend(ActorEntry(tokenize_phrase(v), "igo", office) for v in _with_titled_acronyms(_variants(names)))
    return _for_language(entries, language)


def load_cities(language: str = "en") -> list[ActorEntry]:
    """Cities (data/<lang>/actors/cities.tsv, from GeoNames): places, coded with their country."""
    resource = resources.files("entente").joinpath("data", language, "actors", "cities.tsv")
    if not resource.is_file():
        return []
    text, origin = _data_text(language, "actors", "cities.tsv")
    entries = []
    for number, (code, name, _source) in _rows(text, origin, (3,)):
        office = (Office(_check_code(code, origin, number), None, None, f"{origin}:{number}"),)
        entries.append(ActorEntry(tokenize_phrase(name), "region", office))
    # A foreign town's name ending in a vowel does not decline either ('Совето' must not take 'Совет', 'Баку' 'Бак').
    return _for_language(entries, language, indeclinable=True)


def load_non_actors(language: str = "en") -> list[ActorEntry]:
    """Phrases that contain an actor's name but name none (data/<lang>/actors/not_actors.tsv)."""
    resource = resources.files("entente").joinpath("data", language, "actors", "not_actors.tsv")
    if not resource.is_file():
        return []
    text, origin = _data_text(language, "actors", "not_actors.tsv")
    entries = []
    for number, (names,) in _rows(text, origin, (1,)):
        office = (Office("NONE", None, None, f"{origin}:{number}"),)
        entries.extend(ActorEntry(tokenize_phrase(v), "none", office) for v in _variants(names))
    return _for_language(entries, language)


def load_groups(language: str = "en") -> list[ActorEntry]:
    text, origin = _data_text(language, "actors", "groups.tsv")
    entries = []
    for number, (code, names) in _rows(text, origin, (2,)):
        office = (Office(_check_code(code, origin, number), None, None, f"{origin}:{number}"),)
        entries.extend(ActorEntry(tokenize_phrase(v), "group", office) for v in _with_titled_acronyms(_variants(names)))
    return _for_language(entries, language)


def load_people(language: str = "en") -> list[ActorEntry]:
    text, origin = _data_text(language, "actors", "people.tsv")
    offices_by_name: dict[str, list[Office]] = {}
    for number, (names, code, start, end, _office) in _rows(text, origin, (5,)):
        office = Office(_check_code(code, origin, number), _parse_day(start, origin, number),
                        _parse_day(end, origin, number), f"{origin}:{number}")  # fmt: skip
        if office.start and office.end and office.end < office.start:
            raise DataFileError(origin, number, f"office ends ({end}) before it starts ({start})")
        for name in _variants(names):
            offices_by_name.setdefault(name, []).append(office)
    entries = [ActorEntry(tokenize_phrase(name), "person", tuple(offices)) for name, offices in offices_by_name.items()]
    return _for_language(entries, language)


def _plural(phrase: str) -> str:
    head = phrase.split()[-1]
    plural = head[:-1] + "ies" if head.endswith("y") and head[-2:-1] not in "aeiou" else head + "s"
    return phrase[: len(phrase) - len(head)] + plural


def load_agents(language: str = "en") -> list[ActorEntry]:
    text, origin = _data_text(language, "actors", "agents.tsv")
    entries = []
    for number, (code, words) in _rows(text, origin, (2,)):
        if not _AGENT_RE.match(code):
            raise DataFileError(origin, number, f"agent code {code!r} must be three capital letters (GOV, MIL …)")
        office = (Office(code, None, None, f"{origin}:{number}"),)
        variants = _variants(words)
        if language == "en":
            # Role words are listed in the singular or as used; their regular plurals match too ('regimes').
            variants += [_plural(v) for v in variants if not v.endswith("s") and v.islower()]
        entries.extend(ActorEntry(tokenize_phrase(v), "agent", office, case_sensitive=False) for v in variants)
    return _for_language(entries, language)


def _from_tabari(phrases: list[tabari.TabariPhrase], kind: ActorKind) -> list[ActorEntry]:
    entries = []
    for phrase in phrases:
        offices = tuple(Office(c.code, c.start, c.end, phrase.origin) for c in phrase.codes)
        actor_kind: ActorKind = kind
        if kind != "agent":
            first = offices[0].code
            actor_kind = (
                "igo" if first.startswith("IGO") else ("person" if len(offices) > 1 or len(first) > 3 else "country")
            )
        entries.append(ActorEntry(" ".join(phrase.words), actor_kind, offices, case_sensitive=False, stem=phrase.stem))
    return entries


def load_gazetteer(
    actor_files: Iterable[str | Path] = (), agent_files: Iterable[str | Path] = (), language: str = "en"
) -> Gazetteer:
    """The built-in actor knowledge of a language plus any user dictionaries in TABARI/PETRARCH format."""
    gazetteer = Gazetteer()
    gazetteer.extend(load_countries(language))
    gazetteer.extend(load_regions(language))
    gazetteer.extend(load_organisations(language))
    gazetteer.extend(load_groups(language))
    gazetteer.extend(load_people(language))
    gazetteer.extend(load_agents(language))
    gazetteer.extend(load_cities(language))
    gazetteer.extend(load_non_actors(language))
    for path in actor_files:
        gazetteer.extend(_from_tabari(tabari.load_actor_file(path), "country"))
    for path in agent_files:
        gazetteer.extend(_from_tabari(tabari.load_agent_file(path), "agent"))
    return gazetteer
