"""Verb and noun lexicons: data files mapping predicates to CAMEO codes, validated at load."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import DataFileError
from .cameo import Codebook, load_codebook


@dataclass(frozen=True)
class VerbEntry:
    code: str
    lemma: str
    particle: str | None
    keywords: tuple[str, ...]
    negated_code: str | None
    origin: str

    @property
    def label(self) -> str:
        verb = f"{self.lemma} {self.particle}" if self.particle else self.lemma
        return f"{verb} [{'|'.join(self.keywords)}]" if self.keywords else verb


@dataclass(frozen=True)
class NounEntry:
    code: str
    lemma: str
    origin: str


@dataclass
class Lexicon:
    verbs: dict[str, list[VerbEntry]] = field(default_factory=dict)
    nouns: dict[str, NounEntry] = field(default_factory=dict)

    def verb_entries(self, lemma: str) -> list[VerbEntry]:
        return self.verbs.get(lemma, [])


def _check(code: str, codebook: Codebook, origin: str, number: int) -> str:
    if not code.isdigit() or code not in codebook:
        raise DataFileError(origin, number, f"{code!r} is not a CAMEO event code (see cameo_codes.tsv)")
    return code


def parse_verbs(text: str, origin: str, codebook: Codebook) -> list[VerbEntry]:
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip().split("\t")
        if not 2 <= len(cols) <= 4:
            raise DataFileError(origin, number, f"expected 2 to 4 tab-separated fields, got {len(cols)}")
        cols += [""] * (4 - len(cols))
        code, verb, keywords, negated = (c.strip() for c in cols)
        words = verb.split()
        if not words:
            raise DataFileError(origin, number, "empty verb")
        entries.append(VerbEntry(
            code=_check(code, codebook, origin, number),
            lemma=words[0].lower(),
            particle=" ".join(words[1:]).lower() or None,
            keywords=tuple(k.strip().lower() for k in keywords.split("|") if k.strip()),
            negated_code=_check(negated, codebook, origin, number) if negated else None,
            origin=f"{origin}:{number}",
        ))  # fmt: skip
    return entries


def parse_nouns(text: str, origin: str, codebook: Codebook) -> list[NounEntry]:
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip().split("\t")
        if len(cols) != 2:
            raise DataFileError(origin, number, f"expected 2 tab-separated fields, got {len(cols)}")
        code = _check(cols[0].strip(), codebook, origin, number)
        entries.extend(
            NounEntry(code, n.strip().lower(), f"{origin}:{number}") for n in cols[1].split("|") if n.strip()
        )
    return entries


def load_lexicon(verb_files: Iterable[str | Path] = (), noun_files: Iterable[str | Path] = ()) -> Lexicon:
    """The built-in lexicons, then user files; a user entry for a lemma is tried before the built-in ones."""
    codebook = load_codebook()
    lexicon = Lexicon()
    data = resources.files("entente").joinpath("data")
    verb_sources = [(str(p), Path(p).read_text(encoding="utf-8")) for p in verb_files]
    verb_sources.append(("entente/data/verbs.tsv", data.joinpath("verbs.tsv").read_text(encoding="utf-8")))
    for origin, text in verb_sources:
        for entry in parse_verbs(text, origin, codebook):
            lexicon.verbs.setdefault(entry.lemma, []).append(entry)
    noun_sources = [("entente/data/nouns.tsv", data.joinpath("nouns.tsv").read_text(encoding="utf-8"))]
    noun_sources += [(str(p), Path(p).read_text(encoding="utf-8")) for p in noun_files]
    for origin, text in noun_sources:
        for noun in parse_nouns(text, origin, codebook):
            lexicon.nouns[noun.lemma] = noun
    for entries in lexicon.verbs.values():
        # Entries that need keywords are more specific: try them first, keeping file order otherwise.
        entries.sort(key=lambda e: (not e.keywords,))
    return lexicon
