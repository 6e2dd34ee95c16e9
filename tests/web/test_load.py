"""A short version of bench/load.py: the read endpoints under concurrent load give no errors."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from load import free_port, run_load  # noqa: E402


def test_read_endpoints_under_load_answer_without_errors(demo_db: Path) -> None:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "entente.cli", "serve", "--db", str(demo_db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/api/actors", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        figures = run_load(url, seconds=4, threads=4)
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"load: {figures['rps']:.1f} req/s, p50 {figures['p50_ms']:.1f} ms, p99 {figures['p99_ms']:.1f} ms")
    assert figures["requests"] > 20
    assert figures["errors"] == 0
