from __future__ import annotations

from entente.clean.sentences import split_sentences


def test_sentences_split_at_terminal_punctuation_with_offsets() -> None:
    body = "Russia invaded Ukraine. Kazakhstan refused to help!\n\nDid Belarus agree? It did."
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == [
        "Russia invaded Ukraine.",
        "Kazakhstan refused to help!",
        "Did Belarus agree?",
        "It did.",
    ]
    assert all(body[s.start : s.end] == s.text for s in sentences)


def test_abbreviations_initials_and_decimals_do_not_split() -> None:
    body = "Mr. Tokayev met U.S. officials on Jan. 5 in Astana. Growth was 3.5 percent, said J. Smith of the bank."
    assert [s.text for s in split_sentences(body)] == [
        "Mr. Tokayev met U.S. officials on Jan. 5 in Astana.",
        "Growth was 3.5 percent, said J. Smith of the bank.",
    ]


def test_quoted_sentence_end_splits_after_the_quote() -> None:
    body = "He called it “a bad precedent.” Moscow did not reply."
    assert [s.text for s in split_sentences(body)] == ["He called it “a bad precedent.”", "Moscow did not reply."]


def test_russian_text_splits_before_cyrillic_capitals_and_guillemets() -> None:
    body = "Москва выдала Минску кредит. Он поступит в июне. «Это важно», — заявил министр. Все согласились."
    assert [s.text for s in split_sentences(body)] == [
        "Москва выдала Минску кредит.",
        "Он поступит в июне.",
        "«Это важно», — заявил министр.",
        "Все согласились.",
    ]


def test_russian_abbreviations_and_initials_do_not_split() -> None:
    body = "В 2014 г. Минск получил 300 млн. рублей. В. В. Путин и и. о. премьера А. Иванов встретились."
    assert [s.text for s in split_sentences(body)] == [
        "В 2014 г. Минск получил 300 млн. рублей.",
        "В. В. Путин и и. о. премьера А. Иванов встретились.",
    ]


def test_a_lost_space_after_a_russian_full_stop_still_splits() -> None:
    body = "Президент обещал помощь Белоруссии.Господин Лукашенко поблагодарил его."
    assert [s.text for s in split_sentences(body)] == [
        "Президент обещал помощь Белоруссии.",
        "Господин Лукашенко поблагодарил его.",
    ]


def test_a_capital_after_a_russian_unit_abbreviation_starts_a_sentence() -> None:
    body = "Минску выдан кредит на $1 млрд.«Мы договорились», — сказал он. Сумма составила 5 млн. Это много."
    assert [s.text for s in split_sentences(body)] == [
        "Минску выдан кредит на $1 млрд.",
        "«Мы договорились», — сказал он.",
        "Сумма составила 5 млн.",
        "Это много.",
    ]
