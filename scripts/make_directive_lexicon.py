"""Write the directive and commissive verb patterns (CAMEO roots 02, 03, 10 and 12) from their family table.

Appeals, promises, demands and rejections share one structure: the verb gives the root, what is appealed for,
promised, demanded or rejected gives the sub-code. ``scripts/lexicon_families/<lang>.tsv`` lists the verbs of
each root and the object families with their sub-codes (its header documents the format); this script crosses
them into ``src/entente/data/<lang>/verbs/NN-objects.tsv``, one row per verb and family, most specific family
first. Review the output like any proposal before committing it.

Usage: python scripts/make_directive_lexicon.py [--lang en]
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROOTS = ("02", "03", "10", "12")


def read_families(path: Path) -> tuple[dict[str, list[str]], list[tuple[str, dict[str, str], str]]]:
    verbs: dict[str, list[str]] = {}
    objects: list[tuple[str, dict[str, str], str]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] == "verbs" and len(cols) == 3 and cols[1] in ROOTS:
            verbs[cols[1]] = [v.strip() for v in cols[2].split("|") if v.strip()]
        elif cols[0] == "object" and len(cols) == 4:
            codes = cols[2].split()
            if len(codes) != len(ROOTS):
                raise SystemExit(f"{path}:{number}: expected {len(ROOTS)} codes (one per root {ROOTS}), '-' for none")
            objects.append((cols[1], dict(zip(ROOTS, codes, strict=True)), cols[3].strip()))
        else:
            raise SystemExit(f"{path}:{number}: expected 'verbs ROOT VERBS' or 'object FAMILY CODES KEYWORDS'")
    return verbs, objects


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()
    table = ROOT / "scripts" / "lexicon_families" / f"{args.lang}.tsv"
    verbs, objects = read_families(table)
    for root in ROOTS:
        rows = [
            f"# {root}: verb patterns crossed from scripts/lexicon_families/{args.lang}.tsv by "
            "scripts/make_directive_lexicon.py (do not edit by hand: edit the table and run the script).",
            "# Format: docs/formats.md#verb-lexicon",
            "# code\tverb\tkeywords\tnegated\tsource",
        ]
        for family, codes, keywords in objects:
            code = codes[root]
            if code == "-":
                continue
            rows.extend(f"{code}\t{verb}\t{keywords}\t\tfamily:{family}" for verb in verbs.get(root, []))
        out = ROOT / "src" / "entente" / "data" / args.lang / "verbs" / f"{root}-objects.tsv"
        if root not in verbs:
            # A root the table gives no verbs (English 10 and 12 come from scripts/expand_families.py).
            out.unlink(missing_ok=True)
            continue
        out.write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(f"{out.relative_to(ROOT)}: {len(rows) - 3} patterns")


if __name__ == "__main__":
    main()
