"""Size of the built-in verb and noun lexicons, per language, read through the loader (so a file that does not
load fails here too).

Printed per language: verb patterns (rows), distinct verb lemmas or phrasal verbs, event nouns, and the CAMEO
codes (3- and 4-digit; the 2-digit roots are headings) with fewer than 3 verb patterns of their own. With
``--list`` the thin codes are listed with their names and counts (verbs + nouns).

Usage: python scripts/lexicon_stats.py [--lang en] [--lang ru] [--list]
"""

from __future__ import annotations

import argparse
from collections import Counter

from entente.events.cameo import load_codebook
from entente.events.lexicon import load_lexicon

MIN_PATTERNS = 3


def stats(language: str, show: bool) -> None:
    lexicon = load_lexicon(language=language)
    codebook = load_codebook()
    entries = [e for es in lexicon.verbs.values() for e in es]
    per_code = Counter(e.code for e in entries)
    nouns_per_code = Counter(n.code for n in lexicon.nouns.values())
    codes = [c for c in codebook.codes if len(c) > 2]
    thin = [c for c in codes if per_code[c] < MIN_PATTERNS]
    thin_all = [c for c in codes if per_code[c] + nouns_per_code[c] < MIN_PATTERNS]
    print(f"[{language}]")
    print(f"  verb patterns:                      {len(entries)}")
    print(f"  distinct verb lemmas/phrasal verbs: {len({(e.lemma, e.particle) for e in entries})}")
    print(f"  event nouns:                        {len(lexicon.nouns)}")
    print(f"  codes with < {MIN_PATTERNS} verb patterns:       {len(thin)} of {len(codes)}")
    print(f"  codes with < {MIN_PATTERNS} verb+noun patterns:  {len(thin_all)} of {len(codes)}")
    if show:
        for c in thin:
            print(f"    {c}\t{per_code[c]}+{nouns_per_code[c]}\t{codebook.codes[c].name}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", action="append", help="en, ru (default: both)")
    ap.add_argument("--list", action="store_true", help="list the codes with too few patterns")
    args = ap.parse_args()
    for language in args.lang or ["en", "ru"]:
        stats(language, args.list)


if __name__ == "__main__":
    main()
