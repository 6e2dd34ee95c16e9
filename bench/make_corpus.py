"""Make a reproducible benchmark corpus (JSON Lines) from the bundled demo articles.

Each synthetic article recombines sentences of the demo corpus, swaps actors for others of the same kind
and shifts the dates, so the pipeline sees realistic prose with varied actors and dates.

Usage: .venv/bin/python bench/make_corpus.py --articles 10000 --out bench/corpus-10k.jsonl [--seed 7] [--shards 4]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from entente import clean_document, demo_corpus_path, load_rules, read_all
from entente.language import detect_language
from entente.records import RawDocument

COUNTRY_SWAPS = [
    ("Kazakhstan", "Kazakh"), ("Russia", "Russian"), ("Belarus", "Belarusian"), ("Ukraine", "Ukrainian"),
    ("China", "Chinese"), ("Turkey", "Turkish"), ("Azerbaijan", "Azerbaijani"), ("Armenia", "Armenian"),
    ("Georgia", "Georgian"), ("Uzbekistan", "Uzbek"), ("Kyrgyzstan", "Kyrgyz"), ("Poland", "Polish"),
    ("Lithuania", "Lithuanian"), ("Iran", "Iranian"), ("Mongolia", "Mongolian"), ("Moldova", "Moldovan"),
]  # fmt: skip


def demo_sentences() -> list[str]:
    rules = load_rules()
    sentences: list[str] = []
    for raw in read_all([demo_corpus_path()]):
        if isinstance(raw, RawDocument):
            doc = clean_document(raw, rules)
            # English articles only: the benchmark compares against spaCy's English pipeline.
            if hasattr(doc, "sentences") and detect_language(doc.body) == "en":
                sentences.extend(s.text for s in doc.sentences if len(s.text.split()) > 6)
    return sentences


def swap_actors(text: str, rng: random.Random) -> str:
    mapping = {}
    shuffled = COUNTRY_SWAPS[:]
    rng.shuffle(shuffled)
    for (name, adjective), (new_name, new_adjective) in zip(COUNTRY_SWAPS, shuffled, strict=True):
        mapping[name] = new_name
        mapping[adjective] = new_adjective
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, mapping), key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def shift_years(text: str, offset: int) -> str:
    return re.sub(r"\b(20[012]\d)\b", lambda m: str(min(2025, max(2000, int(m.group(1)) + offset))), text)


def make_articles(count: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    pool = demo_sentences()
    articles = []
    for number in range(count):
        year = rng.randint(2008, 2024)
        offset = rng.randint(-3, 3)
        body = []
        for _ in range(rng.randint(3, 5)):
            paragraph = " ".join(
                shift_years(swap_actors(rng.choice(pool), rng), offset) for _ in range(rng.randint(2, 4))
            )
            body.append(paragraph)
        articles.append({
            "id": f"bench-{seed}-{number:07d}", "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "title": f"Synthetic report {number}", "source": "Entente bench", "text": "\n\n".join(body),
        })  # fmt: skip
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--out", type=Path, required=True, help="file, or folder when --shards > 1")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--shards", type=int, default=1)
    args = parser.parse_args()
    articles = make_articles(args.articles, args.seed)
    if args.shards > 1:
        args.out.mkdir(parents=True, exist_ok=True)
        for shard in range(args.shards):
            with (args.out / f"part-{shard:04d}.jsonl").open("w", encoding="utf-8") as handle:
                for article in articles[shard :: args.shards]:
                    handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with args.out.open("w", encoding="utf-8") as handle:
            for article in articles:
                handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    words = sum(len(a["text"].split()) for a in articles)
    print(f"wrote {len(articles)} articles ({words} words) to {args.out}")


if __name__ == "__main__":
    main()
