from __future__ import annotations

from entente.clean.dedup import NearDuplicateIndex, minhash_of

from ...conftest import ARTICLE, SECOND


def test_reworded_copy_is_found_as_near_duplicate() -> None:
    index = NearDuplicateIndex()
    index.add("original", minhash_of(f"{ARTICLE} {SECOND}"))
    copy = f"{ARTICLE} {SECOND}".replace("Tuesday", "Wednesday")
    found = index.find(minhash_of(copy))
    assert found is not None and found.doc_id == "original" and found.similarity >= 0.7


def test_different_story_is_not_a_near_duplicate() -> None:
    index = NearDuplicateIndex()
    index.add("original", minhash_of(ARTICLE))
    assert index.find(minhash_of(SECOND)) is None


def test_signature_round_trip_keeps_matches() -> None:
    index = NearDuplicateIndex()
    signature = [int(v) for v in minhash_of(ARTICLE).hashvalues]
    index.add_signature("stored", signature)
    found = index.find(minhash_of(ARTICLE))
    assert found is not None and found.similarity == 1.0
