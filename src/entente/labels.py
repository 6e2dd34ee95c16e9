"""Readable names for CAMEO codes: event codes and roots ("Praise or endorse") and actor codes
("Kazakhstan — government"), from the reference data the package ships.

Every view that shows a code (CLI tables, the API, plots, the dashboard) shows its label beside it, so an
analyst never has to look a code up. Labels are English; the codes stay the stable identifiers.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import pycountry

from .errors import DataFileError
from .events.cameo import load_codebook

# Codes that are not ISO countries but open a CAMEO actor code (CAMEO manual, "International actors").
_NON_STATE_OPENERS = {
    "IGO": "International organisation",
    "NGO": "Non-governmental organisation",
    "IMG": "International militarized group",
    "MNC": "Multinational corporation",
    "NGM": "Non-governmental movement",
    "INT": "International",
    "UIS": "Unidentified state actor",
    "PSE": "Palestinian territories",
    "KSV": "Kosovo",
    "EUR": "Europe",
    "AFR": "Africa",
    "ASA": "Asia",
    "MEA": "Middle East",
    "WST": "the West",
}


# Where the ISO name is not the name news uses and pycountry has no common name.
_NEWS_NAMES = {"RUS": "Russia", "TUR": "Turkey"}


@cache
def agent_names() -> dict[str, str]:
    """CAMEO role and sector codes (GOV, MIL, OPP …) -> their names, from cameo_actor_types.tsv."""
    origin = "entente/data/cameo_actor_types.tsv"
    text = resources.files("entente").joinpath("data", "cameo_actor_types.tsv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    for number, line in enumerate(text.splitlines()[1:], 2):
        cols = line.split("\t")
        if len(cols) < 2 or len(cols[0]) != 3:
            raise DataFileError(origin, number, "expected a three-letter agent code and its name")
        names[cols[0]] = cols[1]
    return names


@cache
def _organisation_names() -> dict[str, str]:
    """IGO codes -> the first name listed for them in the English organisations file (the full name)."""
    text = resources.files("entente").joinpath("data", "en", "actors", "organisations.tsv").read_text(
        encoding="utf-8"
    )
    names: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        code, variants = line.split("\t", 1)
        # The file lists the spelled-out name first ("Eurasian Economic Union", then "EAEU").
        names.setdefault(code, variants.split("|")[0])
    return names


@cache
def country_name(iso3: str) -> str | None:
    """The common English name of an ISO 3166 alpha-3 code, or None when it is not a country."""
    if iso3 in _NEWS_NAMES or iso3 in _NON_STATE_OPENERS:
        return _NEWS_NAMES.get(iso3) or _NON_STATE_OPENERS[iso3]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return None
    return getattr(country, "common_name", None) or country.name


def event_label(code: str | None) -> str:
    """The CAMEO name of an event code or root; an unknown code gives an empty string."""
    if not code:
        return ""
    try:
        return load_codebook().get(code).name
    except KeyError:
        return ""


def actor_label(code: str | None) -> str:
    """A readable name for a CAMEO actor code: country or organisation, then its roles.

    "KAZGOV" -> "Kazakhstan — government"; "IGOEAEU" -> "Eurasian Economic Union";
    "OPP" (a role with no country) -> "political opposition (country not stated)"; "" -> "".
    """
    if not code:
        return ""
    organisations = _organisation_names()
    if code in organisations:
        return organisations[code]
    agents = agent_names()
    head, rest = code[:3], code[3:]
    if head in agents and head not in _NON_STATE_OPENERS and country_name(head) is None:
        # A bare role: the coder could not tell whose.
        roles = _roles(code, agents)
        return f"{roles} (country not stated)" if roles else code
    name = country_name(head) or head
    roles = _roles(rest, agents)
    return f"{name} — {roles}" if roles else name


def _roles(codes: str, agents: dict[str, str]) -> str:
    parts = [codes[i : i + 3] for i in range(0, len(codes), 3)]
    words = [agents.get(part, part).lower() if part in agents else part for part in parts if part]
    return ", ".join(words)


def with_event_labels(row: dict) -> dict:
    """The row with ``code_name``, ``root_name``, ``source_name`` and ``target_name`` added beside its codes
    (existing keys untouched), for every view that shows an event."""
    code = row.get("code") or ""
    row["code_name"] = event_label(code)
    row["root_name"] = event_label(code[:2])
    row["source_name"] = actor_label(row.get("source"))
    row["target_name"] = actor_label(row.get("target"))
    return row


# Scales spelled out as words: "2 billion" reads at a glance where 2000000000.0 must be counted.
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def readable_number(value: float | int | None) -> str:
    """A quantity as an analyst writes it: 20, 33.3, 200,000, 170 million, 2 billion, 1.5 billion."""
    if value is None:
        return ""
    number = float(value)
    for scale, word in _SCALES:
        if abs(number) >= scale:
            return f"{_trim(number / scale)} {word}"
    if number.is_integer():
        return f"{int(number):,}"
    return f"{number:,.2f}".rstrip("0").rstrip(".")


def _trim(number: float) -> str:
    return f"{number:.2f}".rstrip("0").rstrip(".")


def readable_quantity(value: float | int | None, unit: str | None, qualifier: str | None = None) -> str:
    """Qualifier, number and unit in one phrase: "about 2 billion USD", "more than 80 percent"."""
    parts = [qualifier or "", readable_number(value), unit or ""]
    return " ".join(p for p in parts if p)


# Stored phrases are tokens joined by spaces ("Poland 's foreign minister", "$ 2 billion"); these put the
# spacing of written text back. Clitics and closing punctuation attach to the word before, opening
# punctuation and currency signs to the word after.
_SPACE_BEFORE = re.compile(
    r"\s+(?=(?:['’](?:s|ll|re|ve|d|m)|n['’]t)\b|['’](?=\s|$)|[,.;:!?%)\]}»”])", re.IGNORECASE
)
_SPACE_AFTER = re.compile(r"(?<=[(\[{«“$€£¥₽₸])\s+")


def detokenise(text: str | None) -> str:
    """A stored token-spaced phrase as it is written: "Poland 's foreign minister" -> "Poland's foreign
    minister", "a $ 2 billion loan" -> "a $2 billion loan"."""
    if not text:
        return ""
    return _SPACE_AFTER.sub("", _SPACE_BEFORE.sub("", " ".join(text.split())))


@cache
def _pronouns() -> frozenset[str]:
    from .events.grammar import load_grammar

    words: set[str] = set()
    for language in ("en", "ru"):
        grammar = load_grammar(language)
        words |= grammar.personal_pronouns | grammar.collective_pronouns | grammar.relative_pronouns
    return frozenset(words)


def actor_name(text: str | None, code: str | None) -> str:
    """The name of an actor as the article wrote it, detokenised; where the article wrote a pronoun ("him",
    "their", "its government"), the readable name of the actor it was resolved to instead — a pronoun is
    never a name."""
    written = detokenise(text)
    first = written.split(" ", 1)[0].lower() if written else ""
    if not written or first in _pronouns():
        return actor_label(code)
    return written
