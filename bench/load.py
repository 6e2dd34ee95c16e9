"""Bounded load test of the read endpoints on loopback: requests/s, p50/p99 latency and errors.

Starts `entente serve` on a store (the demo corpus is ingested into a temporary one when --db is not
given), then runs client threads against the read endpoints for a fixed time.

Usage: .venv/bin/python bench/load.py [--db STORE] [--seconds 30] [--threads 8]
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

PATHS = ("/api/documents?limit=20", "/api/events?source=KAZ&limit=50", "/api/actors", "/api/dyads/KAZ/RUS?period=year",
         "/api/network", "/api/facts?subject=KAZ", "/api/memberships/CSTO", "/")  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run_load(url: str, seconds: float, threads: int) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def client(offset: int) -> None:
        nonlocal errors
        n = offset
        while time.perf_counter() < stop:
            path = PATHS[n % len(PATHS)]
            n += 1
            start = time.perf_counter()
            try:
                with urllib.request.urlopen(url + path, timeout=30) as response:
                    response.read()
                    ok = response.status == 200
            except (urllib.error.URLError, OSError):
                ok = False
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                errors += not ok

    workers = [threading.Thread(target=client, args=(i,)) for i in range(threads)]
    began = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    took = time.perf_counter() - began
    ordered = sorted(latencies)
    return {
        "requests": len(latencies), "rps": len(latencies) / took, "errors": errors,
        "p50_ms": 1000 * statistics.median(ordered), "p99_ms": 1000 * ordered[int(0.99 * (len(ordered) - 1))],
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            from entente import demo_corpus_path, ingest

            db = Path(tmp) / "demo.duckdb"
            ingest([demo_corpus_path()], db)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "entente.cli", "serve", "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(url + "/api/actors", timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            figures = run_load(url, args.seconds, args.threads)
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"{figures['requests']} requests in {args.seconds:.0f} s with {args.threads} threads: "
          f"{figures['rps']:.1f} requests/s, p50 {figures['p50_ms']:.1f} ms, p99 {figures['p99_ms']:.1f} ms, "
          f"errors {figures['errors']}")  # fmt: skip


if __name__ == "__main__":
    main()
