from __future__ import annotations

from datetime import date

import pytest
import spacy

from entente.actors.gazetteer import load_gazetteer
from entente.actors.matcher import ActorMatcher
from entente.actors.tabari import parse_actors, parse_agents
from entente.errors import DataFileError


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher(load_gazetteer(), spacy.blank("en").tokenizer)


def _codes(matcher: ActorMatcher, text: str, when: date | None = None) -> list[tuple[str, str]]:
    doc = spacy.blank("en")(text)
    return [(m.text, m.entry.code_on(when)) for m in matcher.find(doc)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kazakhstan", "KAZ"), ("Kazakh", "KAZ"), ("Kazakhstani", "KAZ"), ("Belarusian", "BLR"),
        ("Moscow", "RUS"), ("Astana", "KAZ"), ("Nur-Sultan", "KAZ"), ("Minsk", "BLR"), ("Kyiv", "UKR"),
        ("Kiev", "UKR"), ("Beijing", "CHN"), ("Ankara", "TUR"), ("Baku", "AZE"), ("Washington", "USA"),
        ("Brussels", "IGOEUREEC"), ("Bolivia", "BOL"), ("Eswatini", "SWZ"),
    ],
)  # fmt: skip
def test_country_names_demonyms_and_seats_resolve(matcher: ActorMatcher, text: str, code: str) -> None:
    assert _codes(matcher, f"Talks in {text} ended.") == [(text.replace("-", " - "), code)]


def test_base_country_list_comes_from_pycountry(matcher: ActorMatcher) -> None:
    assert _codes(matcher, "Talks with Liechtenstein and Vanuatu ended.") == [
        ("Liechtenstein", "LIE"),
        ("Vanuatu", "VUT"),
    ]


def test_kremlin_is_the_russian_government(matcher: ActorMatcher) -> None:
    assert _codes(matcher, "The Kremlin said so.") == [("Kremlin", "RUS")]
    [mention] = matcher.find(spacy.blank("en")("The Kremlin said so."))
    assert mention.entry.government_seat


@pytest.mark.parametrize(
    ("name", "when", "code"),
    [
        ("Nazarbayev", date(2014, 3, 1), "KAZGOV"),
        ("Nazarbayev", date(2023, 3, 1), "KAZELI"),
        ("Tokayev", date(2022, 6, 1), "KAZGOV"),
        ("Tokayev", date(2009, 6, 1), "KAZLEG"),
        ("Medvedev", date(2010, 1, 1), "RUSGOV"),
        ("Lukashenko", date(2020, 8, 1), "BLRGOV"),
    ],
)
def test_people_resolve_by_the_dates_of_their_office(matcher: ActorMatcher, name: str, when: date, code: str) -> None:
    assert _codes(matcher, f"{name} spoke.", when) == [(name, code)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Honduran President Xiomara Castro spoke.", []),
        ("Later Hunter Biden spoke.", []),
        ("President Castro spoke.", ["Castro"]),
        ("Mr Putin spoke.", ["Putin"]),
        ("Turkish leader Tayyip Erdogan spoke.", ["Erdogan"]),
        ("Then Castro spoke.", ["Castro"]),
        ("He met Xiomara Castro.", []),
    ],
)
def test_a_surname_after_another_first_name_is_someone_else(matcher: ActorMatcher, text: str, found: list) -> None:
    assert [name for name, _ in _codes(matcher, text) if name in {"Castro", "Biden", "Putin", "Erdogan"}] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Foreign Minister Therese Kayikwamba Wagner spoke.", []),
        ("The Russian Wagner group withdrew.", ["Wagner"]),
        ("Then Wagner withdrew.", ["Wagner"]),
    ],
)
def test_a_group_name_after_a_first_name_is_a_surname(matcher: ActorMatcher, text: str, found: list) -> None:
    assert [name for name, _ in _codes(matcher, text) if name == "Wagner"] == found


def test_a_continent_named_after_a_country_names_no_actor(matcher: ActorMatcher) -> None:
    assert _codes(matcher, "Latin American talks in South America and Central America, not America, ended.") == [
        ("America", "USA")
    ]


def test_organisations_resolve_to_igo_codes(matcher: ActorMatcher) -> None:
    codes = [c for _, c in _codes(matcher, "The EAEU, the EEU, the CSTO, NATO, the EU and the CPC met.")]
    assert codes == ["IGOEAEU", "IGOEAEU", "IGOCSTO", "IGOWSTNAT", "IGOEUREEC", "IGOCPC"]


def test_longest_phrase_wins(matcher: ActorMatcher) -> None:
    assert _codes(matcher, "the Collective Security Treaty Organization") == [
        ("Collective Security Treaty Organization", "IGOCSTO")
    ]


def test_role_words_are_case_insensitive_agents(matcher: ActorMatcher) -> None:
    codes = dict(_codes(matcher, "The army, the Duma and the Government met."))
    assert codes == {"army": "MIL", "Duma": "RUSLEG", "Government": "GOV"}


def test_tabari_actor_dictionary_with_synonyms_and_dated_codes() -> None:
    text = """<!-- comment -->
GOLLUM  # note
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
ARGENTIN  [ARG]
NEW_ZEALAND_ [NZL]
"""
    phrases = parse_actors(text, "x.txt")
    by_word = {p.words[0]: p for p in phrases}
    assert set(by_word) == {"GOLLUM", "SMEAGOL", "ARGENTIN", "NEW"}
    assert [c.code for c in by_word["SMEAGOL"].codes] == ["HOB", "HOBGOV", "HOBREB"]
    assert by_word["SMEAGOL"].codes[2].start == date(1999, 8, 16)
    assert by_word["ARGENTIN"].stem and not by_word["NEW"].stem


def test_tabari_agents_expand_plurals_and_macros() -> None:
    text = "!MINST! = MINISTER, MINISTRY\nPRESIDENT {PRESIDENTS} [~GOV]\n!MINST!_OF_SILLY_WALKS [~GOV]\n"
    words = {" ".join(p.words): p.codes[0].code for p in parse_agents(text, "a.txt")}
    assert words == {
        "PRESIDENT": "GOV",
        "PRESIDENTS": "GOV",
        "MINISTER OF SILLY WALKS": "GOV",
        "MINISTRY OF SILLY WALKS": "GOV",
    }


def test_tabari_bad_date_names_file_and_line() -> None:
    with pytest.raises(DataFileError, match=r"x.txt:2: .*not YYMMDD"):
        parse_actors("GONDOR\n [GON > 99-01]\n", "x.txt")


def test_user_tabari_dictionary_is_matched_with_stems(tmp_path) -> None:
    path = tmp_path / "mine.actors.txt"
    path.write_text("ARNOR [ARN]\n+ARNORIAN\nGOLLUM\n [HOBGOV 19950601 - 19990815]\n")
    matcher = ActorMatcher(load_gazetteer(actor_files=[path]), spacy.blank("en").tokenizer)
    assert _codes(matcher, "The Arnorians met Gollum.", date(1997, 1, 1)) == [
        ("Arnorians", "ARN"),
        ("Gollum", "HOBGOV"),
    ]


@pytest.mark.parametrize(
    ("text", "agent"),
    [("extremists", "RAD"), ("hardliners", "RAD"), ("reformists", "MOD"), ("mercenaries", "UAF"),
     ("reporters", "MED"), ("businessmen", "BUS"), ("paramilitaries", "REB"), ("frigates", "MIL"),
     ("prosecutors", "JUD"), ("aid workers", "NGO"), ("fishermen", "AGR"), ("evacuees", "REF")],
)  # fmt: skip
def test_group_nouns_cover_the_cameo_agent_types(matcher: ActorMatcher, text: str, agent: str) -> None:
    assert _codes(matcher, f"The {text} left.") == [(text, agent)]


def test_a_surname_after_another_first_name_is_reported_as_someone_elses(matcher: ActorMatcher) -> None:
    assert matcher.other_people(["Honduran", "singer", "Rosalba", "Castro", "spoke."]) == ["Castro"]
    assert matcher.other_people(["President", "Castro", "spoke."]) == []
