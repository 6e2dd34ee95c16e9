"""A short version of bench/load.py: the read endpoints under concurrent load give no errors."""

from __future__ import annotations

import sys
from pathlib import Path

from .conftest import running_server

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from load import run_load  # noqa: E402


def test_read_endpoints_under_load_answer_without_errors(demo_db: Path) -> None:
    with running_server(demo_db) as url:
        figures = run_load(url, seconds=4, threads=4)
    print(f"load: {figures['rps']:.1f} req/s, p50 {figures['p50_ms']:.1f} ms, p99 {figures['p99_ms']:.1f} ms")
    assert figures["requests"] > 20
    assert figures["errors"] == 0
