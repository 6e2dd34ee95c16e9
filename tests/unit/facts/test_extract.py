"""Facts and memberships read from whole documents written for these tests."""

from __future__ import annotations

import pytest

from entente.clean.sentences import split_sentences
from entente.events import EventCoder, build_coder
from entente.records import CleanDocument, DocumentDate


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return build_coder()


def _coding(coder: EventCoder, text: str, date: str = "2016-05-01"):
    doc = CleanDocument("t", "t", "text", text, text, None, None, None, None, DocumentDate(date, "day", "test"),
                        "", "", sentences=split_sentences(text))  # fmt: skip
    return coder.code_document(doc)


def test_share_is_tied_to_the_possessor(coder: EventCoder) -> None:
    [fact] = _coding(coder, "Oil accounts for 40 percent of Azerbaijan's exports.").facts
    assert (fact.subject, fact.quantity, fact.unit) == ("AZE", 40.0, "percent")
    assert "exports" in fact.topic


def test_stake_is_tied_to_the_clause_subject(coder: EventCoder) -> None:
    [fact] = _coding(coder, "China holds a 25 % stake in the Kazakh pipeline.").facts
    assert (fact.subject, fact.quantity) == ("CHN", 25.0)


def test_its_refers_to_the_country_named_before(coder: EventCoder) -> None:
    facts = _coding(coder, "Gas accounts for 20 percent of Turkmenistan's GDP and 80 percent of its exports.").facts
    assert [(f.subject, f.quantity) for f in facts] == [("TKM", 20.0), ("TKM", 80.0)]


def test_membership_list_in_relative_clause(coder: EventCoder) -> None:
    text = "The Organization of Turkic States, which includes Turkey, Azerbaijan and Uzbekistan, met in Baku."
    members = {(m.org_code, m.member) for m in _coding(coder, text).memberships if m.origin.startswith("text")}
    assert {("IGOOTS", "TUR"), ("IGOOTS", "AZE"), ("IGOOTS", "UZB")} <= members


def test_members_of_another_org_plus_one(coder: EventCoder) -> None:
    text = (
        "The Eurasian Economic Union includes Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan. "
        "The CSTO includes all the EAEU member states as well as Tajikistan."
    )
    csto = {m.member for m in _coding(coder, text).memberships if m.org_code == "IGOCSTO"}
    assert {"RUS", "BLR", "KAZ", "ARM", "KGZ", "TJK"} <= csto


def test_founding_date_in_text_dates_the_members(coder: EventCoder) -> None:
    text = "The Eurasian Economic Union, which includes Armenia and Belarus, was established on January 1, 2015."
    stated = [m for m in _coding(coder, text).memberships if m.origin.startswith("text")]
    assert stated and all(m.since == "2015-01-01" for m in stated)


def test_registry_fills_members_of_a_named_org_as_of_the_document_date(coder: EventCoder) -> None:
    memberships = _coding(coder, "Leaders of the SCO met in Astana to discuss trade.", "2016-05-01").memberships
    members = {m.member for m in memberships if m.org_code == "IGOSCO"}
    assert members == {"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB"}
    assert all(m.origin == "registry" for m in memberships)


def test_joined_gives_a_member(coder: EventCoder) -> None:
    text = "Armenia joined the Eurasian Economic Union in 2015 after long talks."
    assert "ARM" in {m.member for m in _coding(coder, text).memberships if m.origin.startswith("text")}


def test_registry_names_the_organisation_in_the_documents_language() -> None:
    coder_ru = build_coder(language="ru")
    text = "Лидеры ОДКБ встретились в Душанбе, чтобы обсудить безопасность границ."
    doc = CleanDocument("t", "t", "text", text, text, None, None, None, None,
                        DocumentDate("2021-09-16", "day", "test"), "", "", sentences=split_sentences(text))  # fmt: skip
    names = {m.org for m in coder_ru.code_document(doc).memberships if m.org_code == "IGOCSTO"}
    assert names == {"Организация Договора о коллективной безопасности (ОДКБ)"}


def test_organisation_display_name_joins_the_spelled_out_name_and_the_acronym() -> None:
    from entente.facts.memberships import display_name

    assert display_name(["NATO", "Nato", "North Atlantic Treaty Organization"]) == "North Atlantic Treaty Organization (NATO)"
    assert display_name(["Customs Union", "customs union"]) == "Customs Union"
    assert display_name(["OPEC"]) == "OPEC"


@pytest.fixture(scope="module")
def coder_ru() -> EventCoder:
    return build_coder(language="ru")


def _stated(coder: EventCoder, text: str) -> set[tuple[str, str]]:
    return {(m.org_code, m.member) for m in _coding(coder, text).memberships if m.origin.startswith("text")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Назарбаев заявил о возможном выходе из Евразийского союза, членами которого являются Россия и Белоруссия.",
         {("IGOEAEU", "RUS"), ("IGOEAEU", "BLR")}),
        ("В состав ЕАЭС входят Россия, Казахстан и Киргизия.", {("IGOEAEU", "RUS"), ("IGOEAEU", "KAZ"), ("IGOEAEU", "KGZ")}),
        ("Армения вступила в ЕАЭС в 2015 году.", {("IGOEAEU", "ARM")}),
        ("ЕАЭС объединяет Россию, Казахстан и Белоруссию.", {("IGOEAEU", "RUS"), ("IGOEAEU", "KAZ"), ("IGOEAEU", "BLR")}),
        ("Произошло столкновение между военнослужащими Таджикистана и Киргизии, странами-участницами ОДКБ.",
         {("IGOCSTO", "TJK"), ("IGOCSTO", "KGZ")}),
        ("Индия и Пакистан стали членами ШОС в 2017 году.", {("IGOSCO", "IND"), ("IGOSCO", "PAK")}),
        # no membership stated: a talk with, criticism of, or a summit of the organisation
        ("Россия вступила в переговоры с ЕС.", set()),
        ("Казахстан раскритиковал членов ОДКБ.", set()),
        ("Участниками саммита ШОС стали Индия и Пакистан.", set()),
    ],
)
def test_russian_sentences_state_memberships(coder_ru: EventCoder, text: str, expected: set) -> None:
    assert _stated(coder_ru, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nazarbayev spoke of leaving the Eurasian Union, of which Russia and Belarus are members.",
         {("IGOEAEU", "RUS"), ("IGOEAEU", "BLR")}),
        ("Armenia and Kyrgyzstan, both members of the CSTO, clashed on the border.",
         {("IGOCSTO", "ARM"), ("IGOCSTO", "KGZ")}),
        ("Sweden joined the ranks of NATO.", {("IGOWSTNAT", "SWE")}),
        ("Russia entered talks with the EU.", set()),
        ("Kazakhstan criticised members of the CSTO.", set()),
        ("Russia met with members of NATO.", set()),
    ],
)
def test_english_membership_forms(coder: EventCoder, text: str, expected: set) -> None:
    assert _stated(coder, text) == expected
