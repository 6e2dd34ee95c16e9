"""The parsing pipeline's stand-ins for spaCy's attribute ruler and lemmatizer annotate as spaCy's own do."""

from __future__ import annotations

import spacy

from entente.events import DEFAULT_MODEL, load_nlp
from entente.events.nlp import CachedLemmatizer, spacy_lemmatizer
from entente.syntax.english import EnglishParser

NEWS = [
    "Russia's foreign minister met his Kazakh counterpart in Astana on Monday and signed two agreements.",
    "The rebels fought government troops for hours; dozens were killed and the town's bridges were destroyed.",
    "Belarus has been seeking a loan, and Moscow says it is ready to lend the money if talks go well.",
    "Protesters threw stones at the police, who fired tear gas, witnesses said.",
    # The same words again: the second time every lemma comes from the stand-in's memory.
    "Russia's foreign minister met his Kazakh counterpart in Astana on Monday and signed two agreements.",
]


def annotations(docs: list) -> list[tuple]:
    return [(t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i) for doc in docs for t in doc]


def test_stand_ins_give_spacys_own_lemmas_and_tags() -> None:
    ours = load_nlp(DEFAULT_MODEL)
    stock = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    assert "entente_cached_lemmatizer" in ours.pipe_names and "lemmatizer" not in ours.pipe_names
    assert annotations(list(ours.pipe(NEWS))) == annotations(list(stock.pipe(NEWS)))
    lemmatizer = ours.get_pipe("entente_cached_lemmatizer")
    assert isinstance(lemmatizer, CachedLemmatizer) and lemmatizer.cache


def test_cached_lemmatizer_stays_bounded() -> None:
    nlp = load_nlp(DEFAULT_MODEL)
    lemmatizer = nlp.get_pipe("entente_cached_lemmatizer")
    lemmatizer.max_entries = 5
    docs = list(nlp.pipe(NEWS))
    assert len(lemmatizer.cache) <= 5
    assert [t.lemma_ for t in docs[0]] == [t.lemma_ for t in docs[-1]]


def test_irregular_verb_forms_still_mark_sentences_worth_parsing() -> None:
    nlp = load_nlp(DEFAULT_MODEL)
    assert spacy_lemmatizer(nlp) is not None
    forms = EnglishParser(nlp).predicate_forms({"fight", "seek", "meet"}, set())
    assert {"fought", "sought", "met"} <= forms
