"""The server under pressure: tokens, body limits, path confinement, loopback binding, and reads that keep
answering while an ingest writes to the same store."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from entente.web import create_app

from .conftest import running_server

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from make_corpus import make_articles  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "one.txt").write_text("Turkey praised Azerbaijan on Monday for its support in the long dispute.")
    return folder


def test_changing_data_is_off_without_a_token(demo_db: Path, data_dir: Path) -> None:
    client = TestClient(create_app(demo_db, data_dir=data_dir))
    response = client.post("/api/ingest", json={"path": "one.txt"})
    assert response.status_code == 403 and "--token" in response.json()["detail"]


def test_wrong_or_missing_token_is_refused(demo_db: Path, data_dir: Path) -> None:
    client = TestClient(create_app(demo_db, token="s3cret", data_dir=data_dir))
    assert client.post("/api/ingest", json={"path": "one.txt"}).status_code == 401
    wrong = client.post("/api/ingest", json={"path": "one.txt"}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401


def test_paths_never_leave_the_data_folder(demo_db: Path, data_dir: Path) -> None:
    client = TestClient(create_app(demo_db, token="s3cret", data_dir=data_dir))
    headers = {"Authorization": "Bearer s3cret"}
    for path in ("../../etc/passwd", "/etc/passwd", "one.txt/../../x"):
        assert client.post("/api/ingest", json={"path": path}, headers=headers).status_code == 400, path


def test_request_bodies_are_size_limited(demo_db: Path, data_dir: Path) -> None:
    client = TestClient(create_app(demo_db, token="s3cret", data_dir=data_dir, max_body_bytes=10_000))
    big = json.dumps({"path": "x" * 20_000})
    response = client.post("/api/ingest", content=big, headers={"Authorization": "Bearer s3cret",
                                                                 "Content-Type": "application/json"})  # fmt: skip
    assert response.status_code == 413


@pytest.fixture
def server(tmp_path: Path, data_dir: Path) -> Iterator[tuple[str, Path]]:
    db = tmp_path / "live.duckdb"
    subprocess.run([sys.executable, "-m", "entente.cli", "ingest", str(data_dir / "one.txt"), "--db", str(db)],
                   check=True, capture_output=True)  # fmt: skip
    with running_server(db, "--token", "s3cret", "--data", str(data_dir)) as url:
        yield url, db


def test_server_binds_to_loopback_by_default(server: tuple[str, Path]) -> None:
    url, _ = server
    port = int(url.rsplit(":", 1)[1])
    listening = [line.split() for line in Path("/proc/net/tcp").read_text().splitlines()[1:]]
    local = [fields[1] for fields in listening if fields[3] == "0A" and int(fields[1].split(":")[1], 16) == port]
    assert local == [f"0100007F:{port:04X}"], "listening on 127.0.0.1 only"


def test_reads_keep_answering_while_an_ingest_writes(server: tuple[str, Path],
                                                     data_dir: Path) -> None:  # fmt: skip
    url, _ = server
    with (data_dir / "batch.jsonl").open("w", encoding="utf-8") as handle:
        for article in make_articles(250, seed=8):
            handle.write(json.dumps(article) + "\n")
    request = urllib.request.Request(
        url + "/api/ingest", data=json.dumps({"path": "batch.jsonl"}).encode(), method="POST",
        headers={"Authorization": "Bearer s3cret", "Content-Type": "application/json"},
    )  # fmt: skip
    job = json.loads(urllib.request.urlopen(request).read())
    statuses: list[int] = []
    state = job["state"]
    deadline = time.time() + 300
    while state in ("queued", "running") and time.time() < deadline:
        for path in ("/api/documents?limit=5", "/api/events?limit=5", "/api/actors"):
            try:
                statuses.append(urllib.request.urlopen(url + path, timeout=10).status)
            except urllib.error.HTTPError as exc:
                statuses.append(exc.code)
        state = json.loads(urllib.request.urlopen(f"{url}/api/jobs/{job['job_id']}").read())["state"]
        time.sleep(0.2)
    assert state == "finished"
    assert len(statuses) >= 6 and set(statuses) == {200}, "every read during the ingest answered"
    documents = json.loads(urllib.request.urlopen(url + "/api/documents?limit=1000").read())
    assert len(documents) == 251
