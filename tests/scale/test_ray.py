"""Scale-out on a real local Ray cluster with two workers: same stored results as a local run."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from make_corpus import make_articles  # noqa: E402

from entente import ingest  # noqa: E402
from entente.pipeline import IngestSettings  # noqa: E402
from entente.scale import ingest_with_ray  # noqa: E402


def _fingerprint(db: Path) -> tuple:
    with duckdb.connect(str(db), read_only=True) as con:
        counts = tuple(
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
            for t in ("documents", "sentences", "actors", "events", "facts", "memberships")
        )
        events = con.execute("SELECT doc_id, sent_idx, source, target, code, date FROM events ORDER BY ALL").fetchall()
        links = con.execute("SELECT doc_id, near_duplicate_of FROM documents ORDER BY doc_id").fetchall()
    return counts, events, links


@pytest.fixture(scope="module", autouse=True)
def local_cluster():  # type: ignore[no-untyped-def]
    """One local two-CPU Ray cluster for the module (starting one costs seconds)."""
    import os

    import ray

    os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1")
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("shards")
    articles = make_articles(40, seed=3)
    articles.append(dict(articles[0], id="copy-of-first"))  # a copy under another id: linked, not lost
    for part in range(2):
        with (folder / f"part-{part}.jsonl").open("w", encoding="utf-8") as handle:
            for article in articles[part::2]:
                handle.write(json.dumps(article) + "\n")
    (folder / "part-2.jsonl").write_text('{"id": "broken", "text": \n', encoding="utf-8")
    return folder


def test_ray_two_workers_store_what_a_local_run_stores(shards: Path, tmp_path: Path) -> None:
    local = ingest([shards], tmp_path / "local.duckdb")
    ray_run = ingest_with_ray([shards], tmp_path / "ray.duckdb", settings=IngestSettings(workers=2))
    assert (ray_run.stored, len(ray_run.skipped), ray_run.near_duplicates) == (
        local.stored,
        len(local.skipped),
        local.near_duplicates,
    )
    assert local.stored == 41 and local.near_duplicates == 1 and len(local.skipped) == 1
    assert _fingerprint(tmp_path / "ray.duckdb") == _fingerprint(tmp_path / "local.duckdb")


def test_ray_rerun_is_a_no_op(shards: Path, tmp_path: Path) -> None:
    db = tmp_path / "again.duckdb"
    ingest_with_ray([shards], db, settings=IngestSettings(workers=2))
    again = ingest_with_ray([shards], db, settings=IngestSettings(workers=2))
    assert (again.stored, again.duplicates) == (0, 41)
