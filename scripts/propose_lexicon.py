"""Propose verb and noun candidates for each CAMEO code from WordNet 3.0, for a reviewer to accept or drop.

Seeds for a code are the content words of its CAMEO name ("Impose embargo, boycott, or sanctions" -> impose,
embargo, boycott, sanction) and the verbs the lexicon already has for it. For every sense of a seed, WordNet's
synonyms, troponyms (more specific ways to do it) and derivationally related verbs or nouns are proposed,
each with the synset it came from and its gloss, so a reviewer can keep the senses that fit the code's
definition. Nothing here runs at coding time: the reviewed result is committed to data/en/verbs|nouns/*.tsv
with a source column such as ``wordnet:01123456``.

WordNet 3.0 (c) Princeton University, under the WordNet licence (a BSD-style licence:
https://wordnet.princeton.edu/license-and-commercial-use); Debian package ``wordnet-base`` puts its database
files in /usr/share/wordnet.

Usage: python scripts/propose_lexicon.py [--root 19] [--out build/lexicon-candidates] [--wordnet DIR]
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "entente" / "data"
STOP = {"or", "and", "not", "specified", "below", "of", "to", "for", "a", "an", "the", "in", "on", "with", "other",
        "make", "engage", "express", "intent", "public", "e.g", "etc", "by", "as", "use", "from", "into", "its"}  # fmt: skip


@dataclass
class Synset:
    offset: str
    pos: str
    words: list[str]
    pointers: list[tuple[str, str, str]]  # (symbol, offset, pos)
    gloss: str


def read_wordnet(folder: Path, pos: str) -> tuple[dict[str, Synset], dict[str, list[str]]]:
    name = {"v": "verb", "n": "noun"}[pos]
    synsets: dict[str, Synset] = {}
    for line in (folder / f"data.{name}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        head, _, gloss = line.partition(" | ")
        f = head.split()
        count = int(f[3], 16)
        words = [f[4 + 2 * i].lower() for i in range(count)]
        p = 4 + 2 * count
        n_ptr = int(f[p])
        pointers = [(f[p + 1 + 4 * i], f[p + 2 + 4 * i], f[p + 3 + 4 * i]) for i in range(n_ptr)]
        synsets[f[0]] = Synset(f[0], pos, [re.sub(r"\(.*\)$", "", w) for w in words], pointers, gloss.strip())
    index: dict[str, list[str]] = {}
    for line in (folder / f"index.{name}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split()
        n_senses = int(f[2])
        index[f[0]] = f[-n_senses:]
    return synsets, index


def seeds_of(name: str) -> list[str]:
    words = re.findall(r"[a-z][a-z-]+", name.lower())
    out = []
    for w in words:
        if w in STOP:
            continue
        w = re.sub(r"s$", "", w) if w.endswith(("ions", "ments", "sanctions")) else w
        out.append(w)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", action="append", help="CAMEO root(s) to propose for (default: all)")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "lexicon-candidates")
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--senses", type=int, default=4, help="senses of each seed to expand (most frequent first)")
    args = ap.parse_args()
    if not (args.wordnet / "data.verb").is_file():
        raise SystemExit(f"WordNet not found in {args.wordnet}: install Debian's wordnet-base or pass --wordnet DIR")
    verbs, verb_index = read_wordnet(args.wordnet, "v")
    nouns, noun_index = read_wordnet(args.wordnet, "n")
    codes = [ln.split("\t")[:2] for ln in (DATA / "cameo_codes.tsv").read_text().splitlines()[1:] if ln.strip()]
    existing: dict[str, set[str]] = defaultdict(set)
    for path in sorted((DATA / "en" / "verbs").glob("*.tsv")):
        for ln in path.read_text().splitlines():
            if ln.strip() and not ln.startswith("#"):
                code, verb = ln.split("\t")[:2]
                existing[code].add(verb.split()[0])
    args.out.mkdir(parents=True, exist_ok=True)
    roots = args.root or sorted({c[:2] for c, _ in codes})
    for root in roots:
        rows: list[str] = []
        for code, name in codes:
            if code[:2] != root:
                continue
            seen: set[tuple[str, str]] = set()
            for seed in list(dict.fromkeys(seeds_of(name) + sorted(existing.get(code, ())))):
                key = seed.replace(" ", "_")
                for offset in verb_index.get(key, [])[: args.senses]:
                    syn = verbs[offset]
                    related = [(w, "synonym") for w in syn.words]
                    for sym, off, pos in syn.pointers:
                        if sym == "~" and pos == "v":
                            related += [(w, "troponym") for w in verbs[off].words]
                        elif sym == "+" and pos == "n":
                            related += [(w, "noun") for w in nouns[off].words]
                    for word, relation in related:
                        if (word, relation) in seen:
                            continue
                        seen.add((word, relation))
                        rows.append(f"{code}\t{name}\t{word.replace('_', ' ')}\t{relation}\twordnet:{offset}\t"
                                    f"{seed}\t{syn.gloss[:120]}")  # fmt: skip
                for offset in noun_index.get(key, [])[:2]:
                    syn = nouns[offset]
                    for word in syn.words:
                        if (word, "noun") not in seen:
                            seen.add((word, "noun"))
                            rows.append(f"{code}\t{name}\t{word.replace('_', ' ')}\tnoun\twordnet:{offset}\t{seed}\t"
                                        f"{syn.gloss[:120]}")  # fmt: skip
        header = "code\tcode_name\tcandidate\trelation\tsource\tseed\tgloss\n"
        (args.out / f"{root}.tsv").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
        print(f"root {root}: {len(rows)} candidates -> {args.out / f'{root}.tsv'}")


if __name__ == "__main__":
    main()
