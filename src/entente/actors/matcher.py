"""Find actor mentions in tokenized text: a longest-match phrase index over the gazetteer.

Works on any sequence of words (plain strings from a tokenizer for the fast pre-filter, or the words of a parsed
sentence). Case-sensitive entries (names) compare the text as written; case-insensitive ones (role words,
TABARI dictionaries) compare upper-cased text; TABARI stems match the last word as a prefix.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .gazetteer import ActorEntry, Gazetteer

Tokenizer = Callable[[str], Sequence[Any]]
"""Text to tokens: strings, or objects with a ``text`` attribute (spaCy tokens, parsed words)."""
_MIN_STEM = 4
_PATRONYMIC_ENDINGS = ("вич", "вна", "ична", "оглы", "кызы")
_FORMS_OF_ADDRESS = frozenset({
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Gen", "Col", "Maj", "Capt", "Lt", "Sgt", "Adm",
    "Brig", "Cmdr", "Marshal", "Sen", "Rep", "Gov", "Prof", "Rev", "Sheikh", "Emir", "Mullah", "Ayatollah", "Imam",
    "Madame", "Mme", "Monsieur", "Herr", "Frau", "Senor", "Señor", "Senora", "Señora", "Comrade",
})  # fmt: skip
"""Words before a surname that are a form of address, not a first name ('Mr Putin')."""


def _text(token: Any) -> str:
    return token if isinstance(token, str) else token.text


@dataclass(frozen=True)
class Pattern:
    tokens: tuple[str, ...]
    entry: ActorEntry


@dataclass(frozen=True)
class Mention:
    """An actor phrase found in a sentence: token span [start, end) and the entry it matched."""

    start: int
    end: int
    text: str
    entry: ActorEntry


_RECENT = 512
"""Sentences whose mentions the matcher keeps (a few documents' worth)."""


class ActorMatcher:
    def __init__(self, gazetteer: Gazetteer, tokenizer: Tokenizer) -> None:
        self._exact: dict[str, list[Pattern]] = {}
        self._folded: dict[str, list[Pattern]] = {}
        self._stems: dict[str, list[Pattern]] = {}
        self._name_words: set[str] = set()
        """Every word of a person's full name in the gazetteer ('Recep', 'Tayyip')."""
        for entry in gazetteer.entries:
            words = tuple(_text(t) for t in tokenizer(entry.phrase))
            if not words:
                continue
            if entry.kind == "person" and len(words) > 1:
                self._name_words.update(words)
            if entry.case_sensitive:
                self._exact.setdefault(words[0], []).append(Pattern(words, entry))
            else:
                folded = tuple(w.upper() for w in words)
                pattern = Pattern(folded, entry)
                if entry.stem and len(folded) == 1 and len(folded[0]) >= _MIN_STEM:
                    self._stems.setdefault(folded[0], []).append(pattern)
                else:
                    self._folded.setdefault(folded[0], []).append(pattern)
        self._stem_lengths = sorted({len(k) for k in self._stems}, reverse=True)
        self._recent: dict[tuple[str, ...], list[Mention]] = {}

    def _candidates(self, token: str) -> list[tuple[Pattern, bool]]:
        found = [(p, False) for p in self._exact.get(token, ())]
        upper = token.upper()
        found += [(p, True) for p in self._folded.get(upper, ())]
        for length in self._stem_lengths:
            if length <= len(upper):
                found += [(p, True) for p in self._stems.get(upper[:length], ())]
        return found

    @staticmethod
    def _fits(pattern: Pattern, folded: bool, texts: Sequence[str], at: int) -> bool:
        n = len(pattern.tokens)
        if at + n > len(texts):
            return False
        if pattern.entry.capitalised and not texts[at][:1].isupper():
            return False
        for offset, want in enumerate(pattern.tokens):
            have = texts[at + offset]
            if folded:
                have = have.upper()
                if pattern.entry.stem and offset == n - 1:
                    limit = pattern.entry.max_suffix
                    if not have.startswith(want) or (limit is not None and len(have) - len(want) > limit):
                        return False
                    letters = pattern.entry.suffix_letters
                    if letters is not None and not all(c in letters for c in have[len(want) :].lower()):
                        return False
                    continue
            if have != want:
                return False
        return True

    def _other_person(self, pattern: Pattern, texts: Sequence[str], at: int) -> bool:
        """A surname alone ('Castro') preceded by a first name the gazetteer does not give that person ('Betssy
        Chavez', 'Hunter Biden'): someone else of that name. A title ('President Castro'), a known name word ('Tayyip
        Erdogan'), an initial ('George W. Bush'), a patronymic ('Владимирович') or the sentence's first word, which
        may be any word ('Then Castro'), still lets it match. A group's one-word name after a first name is a
        surname too ('Therese Kayikwamba Wagner' is no Wagner Group)."""
        if pattern.entry.kind not in {"person", "group"} or len(pattern.tokens) != 1 or at <= 1:
            return False
        before = texts[at - 1]
        if not (before.isalpha() and before[:1].isupper() and before[1:].islower() and len(before) > 1):
            return False
        if before in _FORMS_OF_ADDRESS or before.lower().endswith(_PATRONYMIC_ENDINGS):
            return False
        if before in self._name_words:
            # ('Xiomara Castro', 'Betssy Chavez': a full name the table gives another person than the surname alone)
            named = [p.entry for p, folded in self._candidates(before)
                     if len(p.tokens) > 1 and p.entry.kind == "person" and self._fits(p, folded, texts, at - 1)]
            return bool(named) and all(entry is not pattern.entry for entry in named)
        return not self._candidates(before)

    def other_people(self, tokens: Sequence[Any]) -> list[str]:
        """The surnames in ``tokens`` that follow a first name the gazetteer does not give their person ('Betssy
        Chavez'): someone else of that name, whom the text may go on to call by the surname alone."""
        texts = tuple(_text(t) for t in tokens)
        return [texts[i] for i in range(len(texts)) for pattern, folded in self._candidates(texts[i])
                if len(pattern.tokens) == 1 and pattern.entry.kind == "person"
                and self._fits(pattern, folded, texts, i) and self._other_person(pattern, texts, i)]  # fmt: skip

    def find(self, tokens: Sequence[Any]) -> list[Mention]:
        """Non-overlapping mentions, longest first at each position, in text order."""
        texts = tuple(_text(t) for t in tokens)
        # The coder asks twice for each sentence (before parsing, to choose what to parse, and after): the last
        # few answers are kept.
        found = self._recent.get(texts)
        if found is None:
            found = self._find(texts)
            if len(self._recent) >= _RECENT:
                self._recent.pop(next(iter(self._recent)))
            self._recent[texts] = found
        return list(found)

    def _find(self, texts: tuple[str, ...]) -> list[Mention]:
        mentions: list[Mention] = []
        i = 0
        while i < len(texts):
            best: Pattern | None = None
            for pattern, folded in self._candidates(texts[i]):
                if (
                    self._fits(pattern, folded, texts, i)
                    and (best is None or len(pattern.tokens) > len(best.tokens))
                    and not self._other_person(pattern, texts, i)
                ):
                    best = pattern
            if best is None:
                i += 1
                continue
            end = i + len(best.tokens)
            if best.entry.kind != "none":
                mentions.append(Mention(i, end, " ".join(texts[i:end]), best.entry))
            i = end
        return mentions
