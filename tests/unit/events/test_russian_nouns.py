"""Russian event nouns are written as nominative lemmas (src/entente/data/ru/nouns/*.tsv); the coder finds a noun
by the lemma natasha gives its token, or by its written form. Here every built-in noun is inflected by pymorphy2
(genitive and instrumental, plural for a plural entry), put in a sentence, parsed, and must find its entry again:
a noun written in a form the lemmatiser never gives ('заем' for 'заём') would be silently dead.
"""

from __future__ import annotations

import pytest

from entente.events.lexicon import load_lexicon
from entente.syntax.russian import RussianParser, _dictionaries

FRAMES = {"gent": "Это произошло после {}.", "ablt": "Москва недовольна {}."}


@pytest.fixture(scope="module")
def parser() -> RussianParser:
    return RussianParser()


def _forms(lemma: str) -> dict[str, str]:
    """The genitive and instrumental of a lemma, in the number the entry is written in."""
    _dictionaries()
    import pymorphy2

    morph = pymorphy2.MorphAnalyzer()
    parses = [p for p in morph.parse(lemma) if "NOUN" in p.tag]
    assert parses, f"{lemma!r} is not a noun pymorphy2 knows"
    parse = parses[0]
    number = "plur" if parse.tag.number == "plur" or "Pltm" in parse.tag else "sing"
    out = {}
    for case in FRAMES:
        form = parse.inflect({case, number}) or parse.inflect({case})
        assert form is not None, f"pymorphy2 cannot inflect {lemma!r} for {case}"
        out[case] = form.word
    return out


def test_russian_nouns_are_found_in_their_inflected_forms(parser: RussianParser) -> None:
    lexicon = load_lexicon(language="ru")
    assert len(lexicon.nouns) >= 200
    texts, expected = [], []
    for lemma in sorted(lexicon.nouns):
        for case, form in _forms(lemma).items():
            texts.append(FRAMES[case].format(form))
            expected.append((lemma, form))
    lost = []
    for sentence, (lemma, form) in zip(parser.parse(texts), expected, strict=True):
        token = next(w for w in sentence.words if w.text.lower() == form)
        if lexicon.nouns.get(token.lemma) is None and lexicon.nouns.get(token.text.lower()) is None:
            lost.append(f"{lemma}: '{form}' is lemmatised as '{token.lemma}'")
    assert not lost, "nouns not found in their inflected forms:\n" + "\n".join(lost)
