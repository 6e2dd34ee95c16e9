"""Russian throughput: Entente's whole pipeline against natasha's own full pipeline on the same sentences.

Prints, in one run: sentences/s of `entente ingest` (read, clean, date, code, store) on Russian articles, and of
natasha alone (segmentation, morphology, syntax and NER — its full news pipeline) over every sentence of the same
articles, and their ratio. Without a corpus it makes one from the bundled Russian demo articles, each copy a
distinct document (the sentences shuffled), so nothing is skipped as a duplicate.

Usage: .venv/bin/python bench/russian.py [CORPUS.jsonl] [--copies 150] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from entente import demo_corpus_path, ingest
from entente.clean.sentences import split_sentences
from entente.pipeline import IngestSettings


def make_corpus(path: Path, copies: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in Path(demo_corpus_path()).rglob("*-ru.txt")]
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as out:
        for n in range(copies):
            text = texts[n % len(texts)]
            lines = [ln for ln in text.splitlines() if len(ln.split()) > 6]
            rng.shuffle(lines)
            record = {"id": f"ru-{n}", "date": "2023-10-12", "text": "\n\n".join(lines)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path)
    ap.add_argument("--copies", type=int, default=150)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or Path(tmp) / "ru.jsonl"
        if args.corpus is None:
            make_corpus(corpus, args.copies)
        sentences = [s.text for line in corpus.open(encoding="utf-8")
                     for s in split_sentences(json.loads(line)["text"])]  # fmt: skip
        start = time.perf_counter()
        summary = ingest([corpus], Path(tmp) / "ru.duckdb", settings=IngestSettings(workers=args.workers))
        ours = time.perf_counter() - start

        from entente.syntax.russian import _dictionaries

        _dictionaries()
        from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

        embedding = NewsEmbedding()
        segmenter, morph = Segmenter(), NewsMorphTagger(embedding)
        syntax, ner = NewsSyntaxParser(embedding), NewsNERTagger(embedding)
        start = time.perf_counter()
        for text in sentences:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_morph(morph)
            doc.parse_syntax(syntax)
            doc.tag_ner(ner)
        theirs = time.perf_counter() - start
    n = len(sentences)
    print(f"corpus: {corpus if args.corpus else f'{args.copies} Russian demo articles'} — {n} sentences")
    stored = f"stored {summary.stored}, {args.workers} workers"
    print(f"entente pipeline : {ours:7.1f} s  {n / ours:8.1f} sentences/s  ({stored})")
    print(f"natasha full     : {theirs:7.1f} s  {n / theirs:8.1f} sentences/s  (one process)")
    print(f"ratio (entente / natasha throughput): {theirs / ours:.2f}x")


if __name__ == "__main__":
    main()
