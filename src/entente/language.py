"""Language of a document: English or Russian, from the text itself.

A simple, tested rule is enough to tell the two apart: the share of Cyrillic among the letters, confirmed by the
language's most frequent function words. Text in neither language is reported as ``None`` and stored uncoded.
"""

from __future__ import annotations

import re

ENGLISH_WORDS = frozenset({"the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "said", "by"})
RUSSIAN_WORDS = frozenset({"и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "за", "от", "для", "о"})
# Letters that Russian lacks and its neighbours' Cyrillic languages use ('і', 'ї', 'є', 'ґ', 'ў', 'ә', 'ұ' …).
OTHER_CYRILLIC = frozenset("іїєґўәғқңөұүһі")
_WORD = re.compile(r"[^\W\d_]+")
LANGUAGES = ("en", "ru")


def detect_language(text: str, sample: int = 5000) -> str | None:
    """'en', 'ru', or None when the text is in neither (or has too few words to tell)."""
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    if len(words) < 3:
        return None
    letters = "".join(words)
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in letters if ch.isascii())
    if cyrillic > latin:
        if sum(1 for ch in letters if ch in OTHER_CYRILLIC) > len(letters) * 0.002:
            return None
        hits = sum(1 for w in words if w in RUSSIAN_WORDS)
        return "ru" if hits >= max(1, len(words) // 50) else None
    hits = sum(1 for w in words if w in ENGLISH_WORDS)
    return "en" if hits >= max(1, len(words) // 50) else None
