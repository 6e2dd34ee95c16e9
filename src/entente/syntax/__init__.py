"""The parsed sentence every stage after parsing reads: one small representation for all languages.

A :class:`Sentence` is a list of :class:`Word` s, each with its text, lower-cased lemma, Universal POS tag, head
and Universal Dependencies relation (``nsubj``, ``nsubj:pass``, ``obj``, ``iobj``, ``obl``, ``obl:agent``,
``nmod``, ``nmod:poss``, ``case``, ``cop``, ``xcomp``, ``ccomp``, ``advcl``, ``acl``, ``acl:relcl``, ``conj`` …),
as in UD v2: prepositions are ``case`` children of their noun, a copula is a ``cop`` child of its predicate.
The event coder, the fact extractor and the membership reader see nothing else, so a language needs only an
adapter from its parser to this form (``entente.syntax.english`` for spaCy) plus its data files; the rules are
shared. docs/parsed-sentence.md documents the form with examples.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

NOMINAL_OBLIQUES = {"obl", "obl:agent", "obl:tmod", "obl:npmod", "nmod", "nmod:poss", "nmod:tmod", "nmod:npmod"}


@dataclass(eq=False)
class Word:
    """One token of a parsed sentence."""

    i: int
    """Position in the sentence, from 0."""
    text: str
    lemma: str
    """Lower-cased lemma."""
    pos: str
    """Universal POS tag: NOUN, PROPN, VERB, AUX, ADJ, ADP, PRON, DET, NUM, PART, ADV, CCONJ, SCONJ, PUNCT …"""
    dep: str
    """Universal Dependencies relation to the head; ``root`` for the root."""
    head_i: int
    """Position of the head; the word's own position for the root."""
    idx: int = 0
    """Character offset of the word in the sentence text."""
    ws: str = " "
    """Whitespace after the word in the text."""
    tag: str = ""
    """The parser's fine-grained tag, if any (language-specific)."""
    ent: str = ""
    """Named-entity type from the parser (DATE, PERSON …), if any."""
    morph: str = ""
    """Morphological features in UD notation (Case=Gen|Number=Plur), if any."""
    sentence: Sentence = field(default=None, repr=False)  # type: ignore[assignment]
    lower: str = field(init=False, repr=False)
    """The text lower-cased (read on every rule, so computed once)."""

    def __post_init__(self) -> None:
        self.lower = self.text.lower()

    # --- navigation ----------------------------------------------------------------------------------------
    @property
    def head(self) -> Word:
        return self.sentence.words[self.head_i]

    @property
    def is_root(self) -> bool:
        return self.head_i == self.i

    @property
    def children(self) -> list[Word]:
        return self.sentence._children[self.i]

    @property
    def subtree(self) -> list[Word]:
        """The word and everything below it, in sentence order."""
        out, stack = [], [self]
        while stack:
            word = stack.pop()
            out.append(word)
            stack.extend(word.children)
        return sorted(out, key=lambda w: w.i)

    @property
    def ancestors(self) -> Iterator[Word]:
        current = self
        while not current.is_root:
            current = current.head
            yield current

    @property
    def conjuncts(self) -> list[Word]:
        """Words coordinated with this one ('Kazakhstan and Belarus'), not including itself."""
        first = self
        while first.dep == "conj" and not first.is_root:
            first = first.head
        out, stack = [], [first]
        while stack:
            word = stack.pop()
            out.append(word)
            stack.extend(c for c in word.children if c.dep == "conj")
        return sorted((w for w in out if w is not self), key=lambda w: w.i)

    @property
    def text_with_ws(self) -> str:
        return self.text + self.ws

    @property
    def like_num(self) -> bool:
        return self.pos == "NUM" or self.text.replace(",", "").replace(".", "").isdigit()

    def feat(self, name: str) -> str:
        """One UD feature's value ('Gen' for Case in 'Case=Gen|Number=Sing'), or ''."""
        for pair in self.morph.split("|"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return ""

    @property
    def case(self) -> str | None:
        """The lemma of the adposition marking this word ('on' in 'sanctions on Iran'), if any."""
        marks = []
        for c in self.children:
            if c.dep == "case" and c.lower not in {"'s", "'", "’s"}:
                # (a multiword adposition keeps its fixed parts: «в отношении», «в ходе»)
                marks.append(c.lower)
                marks.extend(f.lower for f in c.children if f.dep == "fixed")
        return " ".join(marks) if marks else None

    @property
    def mark(self) -> str | None:
        """The lemma of the subordinator of a clause ('if', 'that', 'from'), if any."""
        for child in self.children:
            if child.dep == "mark":
                return child.lower
        return None

    def __repr__(self) -> str:
        return f"Word({self.i} {self.text!r} {self.lemma} {self.pos} {self.dep}->{self.head_i})"


@dataclass(eq=False)
class Sentence:
    """A parsed sentence: its text and words."""

    text: str
    words: list[Word]
    language: str = "en"
    """ISO 639-1 code of the sentence's language: which data files (grammar, lexicons) the rules read."""
    _children: list[list[Word]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._children = [[] for _ in self.words]
        for word in self.words:
            word.sentence = self
            if not 0 <= word.head_i < len(self.words):
                word.head_i = word.i
        self._break_cycles()
        for word in self.words:
            if not word.is_root:
                self._children[word.head_i].append(word)

    def _break_cycles(self) -> None:
        """A parser that picks each head on its own (natasha's) can return a cycle; the rules walk heads and
        subtrees, so a word on a cycle is made a root of its own."""
        for word in self.words:
            seen = {word.i}
            current = word
            while not current.is_root:
                nxt = self.words[current.head_i]
                if nxt.i in seen:
                    current.head_i = current.i
                    current.dep = "root"
                    break
                seen.add(nxt.i)
                current = nxt

    def children_of(self, i: int) -> list[Word]:
        return self._children[i]

    @property
    def root(self) -> Word:
        return next(w for w in self.words if w.is_root)

    def __iter__(self) -> Iterator[Word]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> Word:
        return self.words[i]


def obliques(word: Word) -> list[tuple[str, Word]]:
    """The word's prepositional dependents as (adposition, nominal): 'imposed sanctions on Iran' gives
    ('on', Iran) for 'imposed'. A dependent without an adposition is left out."""
    out = []
    for child in word.children:
        if child.dep in NOMINAL_OBLIQUES and child.dep != "nmod:poss":
            preposition = child.case
            if preposition:
                out.append((preposition, child))
    return out


class Parser(Protocol):
    """What the coder needs from a language's parser."""

    language: str

    def words(self, text: str) -> list[str]:
        """The tokens of a text as the parser would make them, without parsing (cheap)."""
        ...

    def like_num(self, word: str) -> bool:
        """Whether a word is a number, in figures or in words."""
        ...

    def parse(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[Sentence]:
        """One parsed :class:`Sentence` per text, in order."""
        ...

    def predicate_forms(self, verbs: Iterable[str], nouns: Iterable[str]) -> set[str]:
        """Lower-cased written forms of these lemmas, to pick sentences worth parsing."""
        ...
