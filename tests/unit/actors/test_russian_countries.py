"""Russian country names and adjectives (src/entente/data/ru/actors/countries.tsv) are written in the nominative;
every case form must resolve. Here pymorphy2 puts each sampled name in the genitive and its adjective in a genitive
plural phrase, and the Russian matcher (over the Russian parser's words) must give the country's code."""

from __future__ import annotations

import pytest

from entente.actors.gazetteer import load_gazetteer
from entente.actors.matcher import ActorMatcher
from entente.syntax.russian import RussianParser, _dictionaries

# code: (name, adjective), nominative, for countries added to the Russian file.
SAMPLE = {
    "AGO": ("Ангола", "ангольский"), "ALB": ("Албания", "албанский"), "ARG": ("Аргентина", "аргентинский"),
    "AUS": ("Австралия", "австралийский"), "BGD": ("Бангладеш", "бангладешский"), "BHR": ("Бахрейн", "бахрейнский"),
    "BOL": ("Боливия", "боливийский"), "CHL": ("Чили", "чилийский"), "CMR": ("Камерун", "камерунский"),
    "COL": ("Колумбия", "колумбийский"), "DNK": ("Дания", "датский"), "DZA": ("Алжир", "алжирский"),
    "ECU": ("Эквадор", "эквадорский"), "ERI": ("Эритрея", "эритрейский"), "ETH": ("Эфиопия", "эфиопский"),
    "GAB": ("Габон", "габонский"), "GHA": ("Гана", "ганский"), "GIN": ("Гвинея", "гвинейский"),
    "HRV": ("Хорватия", "хорватский"), "IDN": ("Индонезия", "индонезийский"), "IRL": ("Ирландия", "ирландский"),
    "ISL": ("Исландия", "исландский"), "JOR": ("Иордания", "иорданский"), "KEN": ("Кения", "кенийский"),
    "KHM": ("Камбоджа", "камбоджийский"), "KWT": ("Кувейт", "кувейтский"), "LBN": ("Ливан", "ливанский"),
    "LBR": ("Либерия", "либерийский"), "LBY": ("Ливия", "ливийский"), "MAR": ("Марокко", "марокканский"),
    "MEX": ("Мексика", "мексиканский"), "MLI": ("Мали", "малийский"), "MNE": ("Черногория", "черногорский"),
    "MOZ": ("Мозамбик", "мозамбикский"), "MRT": ("Мавритания", "мавританский"), "MYS": ("Малайзия", "малайзийский"),
    "NER": ("Нигер", "нигерский"), "NGA": ("Нигерия", "нигерийский"), "NPL": ("Непал", "непальский"),
    "OMN": ("Оман", "оманский"), "PER": ("Перу", "перуанский"), "PHL": ("Филиппины", "филиппинский"),
    "PRT": ("Португалия", "португальский"), "PRY": ("Парагвай", "парагвайский"), "RWA": ("Руанда", "руандийский"),
    "SDN": ("Судан", "суданский"), "SEN": ("Сенегал", "сенегальский"), "SOM": ("Сомали", "сомалийский"),
    "SVN": ("Словения", "словенский"), "TCD": ("Чад", "чадский"), "THA": ("Таиланд", "таиландский"),
    "TUN": ("Тунис", "тунисский"), "TWN": ("Тайвань", "тайваньский"), "TZA": ("Танзания", "танзанийский"),
    "UGA": ("Уганда", "угандийский"), "URY": ("Уругвай", "уругвайский"), "YEM": ("Йемен", "йеменский"),
    "ZMB": ("Замбия", "замбийский"), "ZWE": ("Зимбабве", "зимбабвийский"),
}  # fmt: skip

# Names of more than one word, short forms and hyphenated names, in an oblique case as news writes them.
PHRASES = [
    ("Посол Южно-Африканской Республики встретился с министром.", "ZAF"),
    ("Это заявили власти ЮАР.", "ZAF"),
    ("Посол Новой Зеландии встретился с министром.", "NZL"),
    ("Посол Шри-Ланки встретился с министром.", "LKA"),
    ("Посол Гвинеи-Бисау встретился с министром.", "GNB"),
    ("Выборы прошли в Центральноафриканской Республике.", "CAF"),
    ("Посол Демократической Республики Конго встретился с министром.", "COD"),
    ("Посол Доминиканской Республики встретился с министром.", "DOM"),
    ("Посол Южного Судана встретился с министром.", "SSD"),
    ("Посол Боснии и Герцеговины встретился с министром.", "BIH"),
    ("Посол Северной Македонии встретился с министром.", "MKD"),
    ("Посол Объединенных Арабских Эмиратов встретился с министром.", "ARE"),
    ("Посол Соединенных Штатов встретился с министром.", "USA"),
    ("Посол Южной Кореи встретился с министром.", "KOR"),
    ("Посол Кубы встретился с министром.", "CUB"),
    ("Делегация прибыла в Абуджу.", "NGA"),
    ("Переговоры прошли в Триполи.", "LBY"),
]


@pytest.fixture(scope="module")
def parser() -> RussianParser:
    return RussianParser()


@pytest.fixture(scope="module")
def matcher(parser: RussianParser) -> ActorMatcher:
    return ActorMatcher(load_gazetteer(language="ru"), parser.words)


def _inflect(word: str, grammemes: set[str], pos: str) -> str:
    _dictionaries()
    import pymorphy2

    parses = [p for p in pymorphy2.MorphAnalyzer().parse(word) if pos in p.tag]
    form = parses[0].inflect(grammemes) if parses else None
    # An indeclinable name (Чили, Мали) has no other form: as written.
    return word if form is None else form.word


def _codes(matcher: ActorMatcher, parser: RussianParser, text: str) -> list[str]:
    return [m.entry.code_on(None) for m in matcher.find(parser.words(text))]


@pytest.mark.parametrize("code", sorted(SAMPLE))
def test_new_country_names_resolve_in_the_genitive(matcher: ActorMatcher, parser: RussianParser, code: str) -> None:
    name, _ = SAMPLE[code]
    number = "plur" if name.endswith("ы") else "sing"
    genitive = _inflect(name, {"gent", number}, "NOUN")
    genitive = genitive[:1].upper() + genitive[1:]
    assert code in _codes(matcher, parser, f"Посол {genitive} встретился с министром."), genitive


@pytest.mark.parametrize("code", sorted(SAMPLE))
def test_new_country_adjectives_resolve_in_the_genitive(matcher: ActorMatcher, parser: RussianParser, code: str) -> None:
    _, adjective = SAMPLE[code]
    genitive = _inflect(adjective, {"gent", "plur"}, "ADJF")
    assert genitive != adjective, f"pymorphy2 cannot inflect {adjective!r}"
    assert _codes(matcher, parser, f"Это заявили представители {genitive} военных.")[:1] == [code], genitive


@pytest.mark.parametrize(("text", "code"), PHRASES)
def test_multiword_and_short_names_resolve(matcher: ActorMatcher, parser: RussianParser, text: str, code: str) -> None:
    assert code in _codes(matcher, parser, text)


def test_similar_names_stay_apart(matcher: ActorMatcher, parser: RussianParser) -> None:
    text = "Посол Нигерии и посол Нигера встретились с Малининым в Германии, а Герман и Армен молчали."
    assert _codes(matcher, parser, text) == ["GOV", "NGA", "GOV", "NER", "DEU"]
    # Indeclinable names match only as written: Samoa's 'Самоа' is not the stem 'Само' of 'Самого'.
    assert _codes(matcher, parser, "Самого посла Самоа там не было.") == ["WSM"]


def test_common_nouns_take_only_case_endings(matcher: ActorMatcher, parser: RussianParser) -> None:
    # 'танки' (tanks, MIL) matches 'танков' and 'танками', never 'танкер' (a tanker) or 'танкетка'.
    assert "MIL" in _codes(matcher, parser, "Колонна танков вошла в город.")
    assert "MIL" in _codes(matcher, parser, "Позиции обстреляли танками.")
    assert "MIL" not in _codes(matcher, parser, "Иран захватил греческий танкер.")


# Names headed by a noun with the rest fixed in the genitive: the head declines, the rest does not.
HEADED_NAMES = [
    ("Белоруссия вышла из Совета Европы.", "IGOCOE"),
    ("Генсек Лиги арабских государств выступил в Каире.", "IGOARL"),
    ("Украина вышла из Содружества Независимых Государств.", "IGOCIS"),
]


@pytest.mark.parametrize(("text", "code"), HEADED_NAMES)
def test_names_headed_by_a_noun_resolve_with_the_head_in_any_case(
    matcher: ActorMatcher, parser: RussianParser, text: str, code: str
) -> None:
    assert code in _codes(matcher, parser, text)
