"""Grammar words are data per language, validated when loaded."""

from __future__ import annotations

import pytest

from entente.errors import DataFileError
from entente.events.grammar import load_grammar, parse_grammar


def test_english_grammar_loads_every_set() -> None:
    grammar = load_grammar("en")
    assert "not" in grammar.negation_words and "say" in grammar.reporting_verbs and "by" in grammar.agent_preps


def test_a_missing_set_is_refused_with_its_name() -> None:
    with pytest.raises(DataFileError, match="missing grammar sets: .*negation_words"):
        parse_grammar("future_aux\twill\n", "g.tsv", "xx")


def test_an_unknown_set_is_refused_with_its_line() -> None:
    with pytest.raises(DataFileError, match=r"g.tsv:2: unknown grammar set 'negashun'"):
        parse_grammar("# header\nnegashun\tnot\n", "g.tsv", "xx")


def test_a_language_without_grammar_is_refused() -> None:
    with pytest.raises(DataFileError, match="no grammar words for language 'xx'"):
        load_grammar("xx")


def test_a_grammar_set_given_twice_is_refused() -> None:
    with pytest.raises(DataFileError, match="g.tsv:2: grammar set 'future_aux' is given twice"):
        parse_grammar("future_aux\twill\nfuture_aux\tshall\n", "g.tsv", "xx")
