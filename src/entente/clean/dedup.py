"""Near-duplicate articles across a corpus, found with MinHash LSH.

Wire copies and syndicated reposts of one story must not be counted as separate reports;
each new document is compared with those already stored and linked to the first it matches.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH
from datasketch.lsh import _optimal_param

from .text import normalise

NUM_PERM = 128
SHINGLE_WORDS = 5
DEFAULT_THRESHOLD = 0.7
SCHEME = "affine64"


@cache
def _permutations() -> np.ndarray:
    """The permutations of the scheme's default seed; datasketch draws them afresh for every MinHash."""
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


@cache
def _lsh_params(threshold: float) -> tuple[int, int]:
    """Bands and rows for a threshold; datasketch integrates for them at every new index."""
    return _optimal_param(threshold, NUM_PERM, 0.5, 0.5)


def _signature_minhash(signature: list[int] | tuple[int, ...]) -> MinHash:
    return MinHash(hashvalues=np.asarray(signature, dtype=np.uint64), permutations=_permutations(), scheme=SCHEME)


def minhash_of(text: str) -> MinHash:
    tokens = re.findall(r"\w+", normalise(text))
    grams = {" ".join(tokens[i : i + SHINGLE_WORDS]) for i in range(max(1, len(tokens) - SHINGLE_WORDS + 1))}
    minhash = MinHash(num_perm=NUM_PERM, permutations=_permutations(), scheme=SCHEME)
    minhash.update_batch([g.encode("utf-8") for g in grams])
    return minhash


@dataclass(frozen=True)
class NearDuplicate:
    doc_id: str
    similarity: float


class NearDuplicateIndex:
    """An in-memory LSH index over the stored documents' MinHash signatures."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, params=_lsh_params(threshold))
        self._hashes: dict[str, MinHash] = {}

    def add(self, doc_id: str, minhash: MinHash) -> None:
        if doc_id not in self._hashes:
            self._lsh.insert(doc_id, minhash)
            self._hashes[doc_id] = minhash

    def add_signature(self, doc_id: str, signature: list[int]) -> None:
        self.add(doc_id, _signature_minhash(signature))

    def find_signature(self, signature: list[int]) -> NearDuplicate | None:
        return self.find(_signature_minhash(signature))

    def find(self, minhash: MinHash) -> NearDuplicate | None:
        best: NearDuplicate | None = None
        for doc_id in self._lsh.query(minhash):
            similarity = minhash.jaccard(self._hashes[doc_id])
            if similarity >= self.threshold and (best is None or similarity > best.similarity):
                best = NearDuplicate(doc_id, round(float(similarity), 3))
        return best


BANDS = 16
"""LSH bands of 8 rows each: candidates from a shared band, then checked at the threshold (~0.7)."""


def band_keys(signature: list[int] | tuple[int, ...]) -> list[int]:
    """One signed 64-bit key per band of a signature, for an index kept in the store."""
    values = np.asarray(signature, dtype=np.uint64)
    rows = len(values) // BANDS
    return [
        int.from_bytes(hashlib.blake2b(values[b * rows : (b + 1) * rows].tobytes(), digest_size=8).digest(),
                       "little", signed=True)
        for b in range(BANDS)
    ]  # fmt: skip


def similarity(first: list[int] | tuple[int, ...], second: list[int] | tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    a, b = np.asarray(first, dtype=np.uint64), np.asarray(second, dtype=np.uint64)
    return float(np.mean(a == b))
