"""A real server on 127.0.0.1 against hostile requests: files outside the data folder are never read, jobs
queue and finish whatever they print, errors name no server path, and other hosts are refused."""

from __future__ import annotations

import http.client
import json
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from entente import ingest

from .conftest import running_server

TOKEN = "s3cret"
SECRET = "Kazakhstan and Russia signed the secret protocol that must never leave this machine, officials said."


def _call(url: str, path: str, body: dict | None = None, host: str | None = None) -> tuple[int, Any, dict[str, str]]:
    """One request; the status, the decoded JSON (or text) and the headers, whatever the status."""
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"} if body is not None else {}
    request = urllib.request.Request(url + path, data=data, headers=headers, method="POST" if body else "GET")
    if host is not None:
        request.add_unredirected_header("Host", host)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            raw, status, got = response.read(), response.status, dict(response.headers)
    except urllib.error.HTTPError as exc:
        raw, status, got = exc.read(), exc.code, dict(exc.headers)
    try:
        return status, json.loads(raw), got
    except json.JSONDecodeError:
        return status, raw.decode("utf-8", "replace"), got


def _wait(url: str, job_ids: list[str], seconds: float = 300) -> list[dict]:
    deadline = time.time() + seconds
    while True:
        jobs = [_call(url, f"/api/jobs/{job_id}")[1] for job_id in job_ids]
        if all(job["state"] in ("finished", "failed") for job in jobs) or time.time() > deadline:
            return jobs
        time.sleep(0.3)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    """`entente serve` with a token and a data folder that holds symlinks out of it."""
    base = tmp_path_factory.mktemp("hardening")
    outside = base / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET)
    data = base / "data"
    (data / "inner").mkdir(parents=True)
    (data / "inner" / "passwd.txt").symlink_to(outside / "secret.txt")
    (data / "inner" / "escape").symlink_to(outside, target_is_directory=True)
    (data / "inner" / "news.txt").write_text("Turkey praised Azerbaijan on Monday for its support in the dispute.")
    (data / "link-out.txt").symlink_to(outside / "secret.txt")
    for number in range(3):
        (data / f"job{number}.txt").write_text(f"Russia criticized Ukraine over gas transit fees, report {number}.")
    empty = data / "many"
    empty.mkdir()
    for number in range(1500):
        (empty / f"empty-{number:04d}.txt").write_bytes(b"")
    db = base / "live.duckdb"
    ingest([data / "inner" / "news.txt"], db)
    with running_server(db, "--token", TOKEN, "--data", str(data)) as url:
        yield url, db, base


def test_symlinks_out_of_the_data_folder_are_never_read(live: tuple[str, Path, Path]) -> None:
    url, _, _ = live
    for path in ("inner/passwd.txt", "link-out.txt", "inner/escape/secret.txt"):
        status, body, _ = _call(url, "/api/ingest", {"path": path})
        assert status == 400 and "leaves the data folder" in body["detail"], path
    status, job, _ = _call(url, "/api/ingest", {"path": "inner"})
    assert status == 202
    [done] = _wait(url, [job["job_id"]])
    assert done["state"] == "finished" and done["exit_code"] == 3, done
    assert "inner/passwd.txt: symlink leads outside" in done["output"]
    assert "inner/escape: symlink" in done["output"]
    assert _call(url, "/api/documents/inner/passwd.txt")[0] == 404
    _, documents, _ = _call(url, "/api/documents?limit=1000")
    texts = [_call(url, f"/api/documents/{d['doc_id']}")[1]["body"] for d in documents]
    assert texts and not any("secret protocol" in text for text in texts)


def test_a_job_of_1500_files_finishes(live: tuple[str, Path, Path]) -> None:
    url, _, _ = live
    status, job, _ = _call(url, "/api/ingest", {"path": "many"})
    assert status == 202 and job["state"] in ("queued", "running")
    [done] = _wait(url, [job["job_id"]])
    assert done["state"] == "finished" and done["exit_code"] == 3
    assert done["summary"].startswith("stored 0, duplicates 0, skipped 1500") and done["error"] is None
    assert "many/empty-1499.txt: empty file" in done["output"]


def test_three_jobs_at_once_all_finish_one_after_another(live: tuple[str, Path, Path]) -> None:
    url, _, _ = live
    # (the first job reads 1,500 files, so that it is still running when the next two are posted: with three
    # one-line files the first may finish between two posts and the queue moves up)
    jobs = [_call(url, "/api/ingest", {"path": path})[1] for path in ("many", "job1.txt", "job2.txt")]
    assert [job["state"] for job in jobs[1:]] == ["queued", "queued"]
    assert [job["position"] for job in jobs[1:]] == [jobs[1]["position"], jobs[1]["position"] + 1]
    done = _wait(url, [job["job_id"] for job in jobs])
    assert [job["state"] for job in done] == ["finished"] * 3, [job["error"] for job in done]
    assert all(job["summary"].startswith("stored 1,") for job in done[1:])
    for earlier, later in zip(done, done[1:], strict=False):
        assert later["started_at"] >= earlier["finished_at"], "one writer at a time, in order"


def test_error_bodies_hold_no_absolute_paths(live: tuple[str, Path, Path]) -> None:
    url, db, base = live
    bodies = [
        _call(url, "/api/documents/no-such-doc.txt")[1],
        _call(url, "/api/events/0123456789abcdef")[1],
        _call(url, "/api/memberships/NOSUCHORG")[1],
        _call(url, "/api/ingest", {"path": "../outside/secret.txt"})[1],
        _call(url, "/api/ingest", {"path": "no/such/file.txt"})[1],
        _call(url, "/api/events?since=2014-13-45")[1],
    ]
    status, job, _ = _call(url, "/api/ingest", {"path": "inner/news.txt"})
    bodies.append(_wait(url, [job["job_id"]])[0])
    text = json.dumps(bodies)
    assert str(base) not in text and str(db) not in text and "/tmp/" not in text, text


def test_a_store_that_went_away_is_a_503_that_names_no_path(tmp_path: Path) -> None:
    db = tmp_path / "gone.duckdb"
    ingest([Path(__file__)], db)  # an unsupported file: the store exists, with its ingest log
    with running_server(db) as url:
        db.unlink()
        for snapshot in tmp_path.glob("gone.duckdb*"):
            snapshot.unlink()
        status, body, _ = _call(url, "/api/documents")
    assert status == 503 and "no store here yet" in body["detail"]
    assert str(tmp_path) not in body["detail"] and "gone.duckdb" in body["detail"]


def test_a_request_for_another_host_is_refused(live: tuple[str, Path, Path]) -> None:
    url, _, _ = live
    port = url.rsplit(":", 1)[1]
    status, body, _ = _call(url, "/api/documents", host="attacker.example")
    assert status == 400 and "host" in body["detail"]
    assert _call(url, "/", host=f"attacker.example:{port}")[0] == 400
    assert _call(url, "/api/documents", host=f"localhost:{port}")[0] == 200
    assert _call(url, "/api/documents", host=f"127.0.0.1:{port}")[0] == 200


def test_every_response_carries_the_security_headers(live: tuple[str, Path, Path]) -> None:
    url, _, _ = live
    for path in ("/", "/api/documents", "/api/documents/nothing-here", "/static/dashboard.js"):
        _, _, headers = _call(url, path)
        assert "frame-ancestors 'none'" in headers["content-security-policy"], path
        assert "default-src 'self'" in headers["content-security-policy"], path
        assert headers["x-content-type-options"] == "nosniff", path


def test_nul_bytes_and_empty_paths_are_400(live: tuple[str, Path, Path]) -> None:
    url, _, _ = live
    for path in ("inner\x00/news.txt", "", ".", "./", " "):
        status, body, _ = _call(url, "/api/ingest", {"path": path})
        assert status == 400, (path, body)
    connection = http.client.HTTPConnection(url.removeprefix("http://"), timeout=30)
    for raw in ("/api/documents/a%00b", "/api/events?source=K%00Z"):
        connection.request("GET", raw)
        response = connection.getresponse()
        response.read()
        assert response.status == 400, raw
    connection.close()


def test_impossible_dates_are_refused_as_filters(live: tuple[str, Path, Path]) -> None:
    url, _, _ = live
    for query in ("/api/events?since=2014-13-45", "/api/events?until=2014-02-30", "/api/network?since=2015-02-29",
                  "/api/memberships/CSTO?on=2014-04-31"):  # fmt: skip
        assert _call(url, query)[0] == 422, query
    for query in ("/api/events?since=2016-02-29", "/api/network?since=2014-12", "/api/memberships/CSTO?on=2014-04-30"):
        assert _call(url, query)[0] == 200, query
