"""Ray scale-out: the same sharded input with 1 and with 2 local workers; prints the speed-up and checks
that both runs stored the same documents and events.

Usage: .venv/bin/python bench/ray_scale.py SHARD_FOLDER   (make one with make_corpus.py --shards 8)
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import duckdb
import ray

from entente.pipeline import IngestSettings
from entente.scale import ingest_with_ray


def fingerprint(db: Path) -> tuple:
    with duckdb.connect(str(db), read_only=True) as con:
        return (
            con.execute("SELECT count(*) FROM documents").fetchone(),
            con.execute(
                "SELECT count(*), md5(string_agg(doc_id || source || target || code, '|' ORDER BY ALL)) FROM events"
            ).fetchone(),  # fmt: skip
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("shards", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1")
    timings, prints = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (1, 2):
            db = Path(tmp) / f"ray-{workers}.duckdb"
            start = time.perf_counter()
            summary = ingest_with_ray([args.shards], db, settings=IngestSettings(workers=workers))
            timings[workers] = time.perf_counter() - start
            prints[workers] = fingerprint(db)
            print(f"ray, {workers} worker(s): {timings[workers]:.1f} s, stored {summary.stored}")
    ray.shutdown()
    print(f"speed-up with 2 workers: {timings[1] / timings[2]:.2f}x; identical results: {prints[1] == prints[2]}")


if __name__ == "__main__":
    main()
