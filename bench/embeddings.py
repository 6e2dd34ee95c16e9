"""Sentence-embedding throughput (packaged all-MiniLM-L6-v2) on the CPU, and on a GPU when one is present.

Usage: .venv/bin/python bench/embeddings.py CORPUS.jsonl [--sentences 20000] [--batch 256]
Prints sentences/s per device and, with a GPU, the GPU/CPU ratio. See bench/README.md for figures.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import torch

from entente.clean.sentences import split_sentences
from entente.stories import embed, load_encoder


def sentences(path: Path, limit: int) -> list[str]:
    out: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            out.extend(s.text for s in split_sentences(json.loads(line)["text"]))
            if len(out) >= limit:
                break
    return out[:limit]


def rate(device: str, texts: list[str], batch: int) -> float:
    encoder = load_encoder(device)
    embed(texts[:batch], encoder, batch)  # warm-up
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    start = time.perf_counter()
    embed(texts, encoder, batch)
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sentences", type=int, default=20_000)
    parser.add_argument("--cpu-sentences", type=int, default=2_000, help="fewer on the CPU, which is slow")
    parser.add_argument("--batch", type=int, default=256)
    args = parser.parse_args()
    texts = sentences(args.corpus, args.sentences)
    cpu = rate("cpu", texts[: args.cpu_sentences], args.batch)
    print(f"cpu  ({torch.get_num_threads()} threads): {cpu:9.0f} sentences/s")
    if torch.cuda.is_available():
        gpu = rate("cuda", texts, max(args.batch, 1024))
        print(f"cuda ({torch.cuda.get_device_name(0)}): {gpu:9.0f} sentences/s  — GPU/CPU ratio {gpu / cpu:.1f}x")
    else:
        print("no CUDA GPU here: run this on a machine with one for the GPU figure")


if __name__ == "__main__":
    main()
