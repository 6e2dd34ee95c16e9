"""Verb and noun lexicons: data files mapping predicates to CAMEO codes, validated at load.

The built-in lexicons live per language under ``entente/data/<lang>/``: one verb file and one noun file per
CAMEO root (``verbs/19.tsv``, ``nouns/19.tsv``), and the light verbs that hand their event to a noun object
(``light_verbs.tsv``). Formats: docs/formats.md. Users add their own files with ``--verbs``/``--nouns``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import DataFileError
from .cameo import Codebook, load_codebook

LANGUAGES = ("en",)


@dataclass(frozen=True)
class VerbEntry:
    code: str
    lemma: str
    particle: str | None
    keywords: tuple[str, ...]
    negated_code: str | None
    origin: str
    excluded: tuple[str, ...] = ()
    """Lemmas that must not occur among the verb's complements ('attack' but not '… the decision')."""
    source: str = ""
    """Where the entry came from (a WordNet synset, the code's definition, a reviewer)."""

    @property
    def label(self) -> str:
        verb = f"{self.lemma} {self.particle}" if self.particle else self.lemma
        words = list(self.keywords) + [f"!{w}" for w in self.excluded]
        return f"{verb} [{'|'.join(words)}]" if words else verb


@dataclass(frozen=True)
class NounEntry:
    code: str
    lemma: str
    origin: str
    source: str = ""


@dataclass(frozen=True)
class LightVerb:
    """A verb that names no event of its own but hands on its object's ('launched an offensive')."""

    lemma: str
    particle: str | None
    origin: str


@dataclass
class Lexicon:
    verbs: dict[str, list[VerbEntry]] = field(default_factory=dict)
    nouns: dict[str, NounEntry] = field(default_factory=dict)
    light_verbs: dict[str, list[LightVerb]] = field(default_factory=dict)
    nominalisations: dict[str, str] = field(default_factory=dict)
    """Action nouns and the verb whose patterns code them ('suspension' -> 'suspend', 'приостановка' ->
    'приостановить'): 'announced the suspension of military cooperation with X' is coded as suspending it."""
    language: str = "en"

    def verb_entries(self, lemma: str) -> list[VerbEntry]:
        return self.verbs.get(lemma, [])

    @property
    def size(self) -> dict[str, int]:
        entries = [e for es in self.verbs.values() for e in es]
        return {
            "verb_patterns": len(entries),
            "verb_lemmas": len({(e.lemma, e.particle) for e in entries}),
            "nouns": len(self.nouns),
            "codes_covered": len({e.code for e in entries} | {n.code for n in self.nouns.values()}),
        }


def _check(code: str, codebook: Codebook, origin: str, number: int) -> str:
    if not code.isdigit() or code not in codebook:
        raise DataFileError(origin, number, f"{code!r} is not a CAMEO event code (see cameo_codes.tsv)")
    return code


def _rows(text: str, origin: str, low: int, high: int) -> Iterable[tuple[int, list[str]]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip("\n\r").split("\t")
        while len(cols) > low and not cols[-1].strip():
            cols.pop()
        if not low <= len(cols) <= high:
            raise DataFileError(origin, number, f"expected {low} to {high} tab-separated fields, got {len(cols)}")
        yield number, [c.strip() for c in cols] + [""] * (high - len(cols))


def parse_verbs(text: str, origin: str, codebook: Codebook) -> list[VerbEntry]:
    """Rows of ``code, verb [particle], keywords, negated code, source`` (the last three optional)."""
    entries = []
    for number, (code, verb, keywords, negated, source) in _rows(text, origin, 2, 5):
        words = verb.lower().split()
        if not words:
            raise DataFileError(origin, number, "empty verb")
        words_kw = [k.strip().lower() for k in keywords.split("|") if k.strip()]
        if any(k == "!" for k in words_kw):
            raise DataFileError(origin, number, "a '!' in keywords must be followed by the word to exclude")
        entries.append(VerbEntry(
            code=_check(code, codebook, origin, number),
            lemma=words[0],
            particle=" ".join(words[1:]) or None,
            keywords=tuple(k for k in words_kw if not k.startswith("!")),
            negated_code=_check(negated, codebook, origin, number) if negated else None,
            origin=f"{origin}:{number}",
            excluded=tuple(k[1:] for k in words_kw if k.startswith("!")),
            source=source,
        ))  # fmt: skip
    return entries


def parse_nouns(text: str, origin: str, codebook: Codebook) -> list[NounEntry]:
    """Rows of ``code, noun[|noun…], source`` (source optional)."""
    entries = []
    for number, (code, nouns, source) in _rows(text, origin, 2, 3):
        code = _check(code, codebook, origin, number)
        names = [n.strip().lower() for n in nouns.split("|") if n.strip()]
        if not names:
            raise DataFileError(origin, number, "empty noun")
        entries.extend(NounEntry(code, n, f"{origin}:{number}", source) for n in names)
    return entries


def parse_light_verbs(text: str, origin: str) -> list[LightVerb]:
    """Rows of ``verb [particle]`` and an optional note."""
    out = []
    for number, (verb, _note) in _rows(text, origin, 1, 2):
        words = verb.lower().split()
        if not words:
            raise DataFileError(origin, number, "empty verb")
        out.append(LightVerb(words[0], " ".join(words[1:]) or None, f"{origin}:{number}"))
    return out


def parse_nominalisations(text: str, origin: str) -> dict[str, tuple[str, int]]:
    """Rows of ``noun<TAB>verb``: an action noun and the verb (as in the verb lexicon) whose patterns code it;
    each with its line number."""
    out: dict[str, tuple[str, int]] = {}
    for number, (noun, verb) in _rows(text, origin, 2, 2):
        noun, verb = noun.lower(), verb.lower()
        if not noun or not verb:
            raise DataFileError(origin, number, "expected a noun and a verb")
        if noun in out and out[noun][0] != verb:
            raise DataFileError(origin, number, f"noun '{noun}' is already mapped to '{out[noun][0]}'; keep one")
        out[noun] = (verb, number)
    return out


def _builtin(language: str, kind: str) -> list[tuple[str, str]]:
    folder = resources.files("entente").joinpath("data", language, kind)
    if not folder.is_dir():
        return []
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name)
    return [(f"entente/data/{language}/{kind}/{f.name}", f.read_text(encoding="utf-8")) for f in files]


def _check_conflicts(entries: list[VerbEntry]) -> None:
    """Two entries that would match the same words must not give different codes."""
    seen: dict[tuple, VerbEntry] = {}
    for entry in entries:
        key = (entry.lemma, entry.particle, tuple(sorted(entry.keywords)), tuple(sorted(entry.excluded)))
        other = seen.get(key)
        if other is not None and other.code != entry.code:
            number = int(entry.origin.rsplit(":", 1)[1])
            raise DataFileError(
                entry.origin.rsplit(":", 1)[0], number,
                f"'{entry.label}' is coded {entry.code} here and {other.code} at {other.origin}; "
                "keep one, or tell them apart with keywords",
            )  # fmt: skip
        seen.setdefault(key, entry)


def load_lexicon(
    verb_files: Iterable[str | Path] = (), noun_files: Iterable[str | Path] = (), language: str = "en"
) -> Lexicon:
    """The built-in lexicons of ``language``, then user files; a user entry for a lemma is tried before the
    built-in ones."""
    codebook = load_codebook()
    lexicon = Lexicon(language=language)
    builtin_verbs: list[VerbEntry] = []
    for origin, text in _builtin(language, "verbs"):
        builtin_verbs.extend(parse_verbs(text, origin, codebook))
    _check_conflicts(builtin_verbs)
    user_verbs = [e for p in verb_files for e in parse_verbs(Path(p).read_text(encoding="utf-8"), str(p), codebook)]
    for entry in user_verbs + builtin_verbs:
        lexicon.verbs.setdefault(entry.lemma, []).append(entry)
    builtin_nouns: list[NounEntry] = []
    for origin, text in _builtin(language, "nouns"):
        builtin_nouns.extend(parse_nouns(text, origin, codebook))
    first: dict[str, NounEntry] = {}
    for noun in builtin_nouns:
        other = first.setdefault(noun.lemma, noun)
        if other.code != noun.code:
            path, number = noun.origin.rsplit(":", 1)
            raise DataFileError(path, int(number), f"noun '{noun.lemma}' is coded {noun.code} here and "
                                f"{other.code} at {other.origin}; keep one")  # fmt: skip
    lexicon.nouns.update(first)
    for path in noun_files:
        for noun in parse_nouns(Path(path).read_text(encoding="utf-8"), str(path), codebook):
            lexicon.nouns[noun.lemma] = noun
    light = resources.files("entente").joinpath("data", language, "light_verbs.tsv")
    if light.is_file():
        origin = f"entente/data/{language}/light_verbs.tsv"
        for verb in parse_light_verbs(light.read_text(encoding="utf-8"), origin):
            lexicon.light_verbs.setdefault(verb.lemma, []).append(verb)
    nominal = resources.files("entente").joinpath("data", language, "nominalisations.tsv")
    if nominal.is_file():
        origin = f"entente/data/{language}/nominalisations.tsv"
        for noun, (verb, number) in parse_nominalisations(nominal.read_text(encoding="utf-8"), origin).items():
            if verb not in lexicon.verbs:
                raise DataFileError(origin, number, f"verb '{verb}' has no pattern in the verb lexicon")
            lexicon.nominalisations[noun] = verb
    for entries in lexicon.verbs.values():
        # Entries that need keywords are more specific: try them first, keeping file order otherwise.
        entries.sort(key=lambda e: (not e.keywords,))
    return lexicon
