"""The lexicon's data files are validated when loaded: action nouns (nominalisations.tsv)."""

from __future__ import annotations

import pytest

from entente.errors import DataFileError
from entente.events.lexicon import load_lexicon, parse_nominalisations


def test_action_nouns_map_to_verbs_of_the_lexicon_in_both_languages() -> None:
    for language in ("en", "ru"):
        lexicon = load_lexicon(language=language)
        assert lexicon.nominalisations, language
        assert all(verb in lexicon.verbs for verb in lexicon.nominalisations.values())
    assert load_lexicon(language="en").nominalisations["suspension"] == "suspend"
    assert load_lexicon(language="ru").nominalisations["приостановка"] == "приостановить"


def test_an_action_noun_mapped_twice_is_refused_with_its_line() -> None:
    with pytest.raises(DataFileError, match=r"n.tsv:3: noun 'halt' is already mapped to 'halt'"):
        parse_nominalisations("# noun\tverb\nhalt\thalt\nhalt\tstop\n", "n.tsv")


def test_a_row_without_its_verb_is_refused_with_its_line() -> None:
    with pytest.raises(DataFileError, match=r"n.tsv:1: expected 2 to 2 tab-separated fields"):
        parse_nominalisations("suspension\n", "n.tsv")
