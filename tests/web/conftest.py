from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from entente import demo_corpus_path, ingest


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the bundled demo corpus, ingested once for the web tests."""
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    ingest([demo_corpus_path()], db)
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(db: Path, *options: str) -> Iterator[str]:
    """`entente serve` on a free loopback port, as a real process; yields its base URL once it answers."""
    port = free_port()
    command = [sys.executable, "-m", "entente.cli", "serve", "--db", str(db), "--port", str(port), *options]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(url + "/api/actors", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("entente serve did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
