"""Sentence splitting with character offsets into the cleaned body.

A rule-based splitter: fast, deterministic and good enough on edited news prose. It never
splits after common abbreviations ("Mr.", "U.S.", "Jan."), initials or decimal numbers.
"""

from __future__ import annotations

import re

from ..records import Sentence

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep",
    "st", "jr", "sr", "co", "corp", "inc", "ltd", "no", "vs", "etc", "e.g", "i.e", "approx", "est", "dept",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
    "e.u", "a.m", "p.m", "fig", "pres", "amb", "min",
    # Russian: год/годы, то есть, и так далее, имени, улица, и. о. … Not тыс., млн, млрд, руб.: a unit word
    # follows them in lower case ('1 млрд. долларов'), so a capital after them starts a sentence.
    "г", "гг", "т.е", "т.д", "т.п", "т.к", "им", "ул", "др", "пр", "см",
    "стр", "ст", "н.э", "и.о", "зам", "ген", "проф", "акад", "обл", "пос", "с.г", "ок", "англ", "нач",
}  # fmt: skip
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐЎӘҒҚҢӨҰҮҺ"
"""Capital letters of the Latin and Cyrillic alphabets the region writes (Russian, Ukrainian, Belarusian, Kazakh)."""
_BOUNDARY = re.compile(
    rf"[.!?…]+[\"'”’»)\]]*\s+(?=[\"'“‘«„(\[—–-]?\s?[{_UPPER}0-9])"
    # A page that lost the space after a full stop ('с Белоруссией.Господин', 'кредит на $1 млрд.«Мы'):
    # Cyrillic words only, where no abbreviation or web address looks like that.
    r"|(?<=[а-яё]{2})\.(?=[«\"“„]?[А-ЯЁ][а-яё])"
)


def _ends_with_abbreviation(text: str) -> bool:
    match = re.search(r"(\S+)\.$", text)
    if not match:
        return False
    token = match.group(1).lower().lstrip("(\"'“‘")
    return (
        token in _ABBREVIATIONS
        or bool(re.fullmatch(r"[^\W\d_]", token))
        or bool(re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", token))
    )


def split_paragraph(paragraph: str) -> list[tuple[int, int]]:
    """Spans of the sentences of one paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        candidate = paragraph[start : match.end()].rstrip()
        if _ends_with_abbreviation(candidate):
            continue
        spans.append((start, start + len(candidate)))
        start = match.end()
    tail = paragraph[start:].rstrip()
    if tail.strip():
        spans.append((start, start + len(tail)))
    return spans


def split_sentences(body: str) -> tuple[Sentence, ...]:
    """Sentences of a body whose paragraphs are separated by blank lines, with offsets into ``body``."""
    sentences: list[Sentence] = []
    for block in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", body):
        for start, end in split_paragraph(block.group(0)):
            text = block.group(0)[start:end]
            lead = len(text) - len(text.lstrip())
            sentences.append(Sentence(len(sentences), block.start() + start + lead, block.start() + end, text.strip()))
    return tuple(sentences)
