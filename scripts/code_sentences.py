"""Code sentences given on the command line (or one per line on stdin) and print what the coder makes of them.

For trying lexicon entries and rules by hand: each sentence is coded as a one-sentence document dated
--date, and every event is printed with the lexicon entry and parse path behind it.

Usage: python scripts/code_sentences.py "Russia invaded Ukraine." ["…" …] [--date 2022-06-15] [--parse]
"""

from __future__ import annotations

import argparse
import sys

from entente.clean.sentences import split_sentences
from entente.events import build_coder
from entente.records import CleanDocument, DocumentDate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sentences", nargs="*")
    ap.add_argument("--date", default="2022-06-15")
    ap.add_argument("--parse", action="store_true", help="also print the dependency parse")
    ap.add_argument("--lang", default="en", help="language of the sentences: en or ru")
    args = ap.parse_args()
    texts = args.sentences or [line.strip() for line in sys.stdin if line.strip()]
    coder = build_coder(language=args.lang)
    for text in texts:
        doc = CleanDocument("s", "s", "text", text, text, None, None, None, None,
                            DocumentDate(args.date, "day", "given"), "", "", sentences=split_sentences(text))  # fmt: skip
        events = coder.code_document(doc).events
        print(text)
        if args.parse:
            for w in next(coder.parser.parse([text])):
                print(f"    {w.i:>3} {w.text:<14} {w.lemma:<12} {w.pos:<6} {w.dep:<10} {w.head_i:<3} {w.morph}")
        for e in events:
            print(f"  {e.source:>8} -> {e.target:<8} {e.code:<5} {e.modality:<10} {e.rule} | {e.parse_path}")
        if not events:
            print("  (no event)")


if __name__ == "__main__":
    main()
