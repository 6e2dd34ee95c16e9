"""Acceptance of `entente fetch` against a real HTTP server on 127.0.0.1 serving a small site (livesite.py).

Two RSS feeds, an Atom feed and a sitemap name 30 articles; robots.txt disallows /private/; /flaky/story
answers 500 twice then 200; /loop/a and /loop/b redirect to each other; /slow/story stalls; world.rss names
two more articles (and revises one) in phase 2. Nothing here leaves 127.0.0.1.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from entente.sources import load_sources
from entente.sources.fetch import fetch

from .livesite import Site, SiteServer, sources_toml

ROOT = Path(__file__).resolve().parents[2]
DELAY = 0.2


def stored_urls(db: Path) -> set[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {row[0] for row in con.execute("SELECT url FROM documents").fetchall()}


def store_state(db: Path) -> dict[str, object]:
    """What must be the same after an interrupted and an uninterrupted run (the URLs differ only by port)."""
    with duckdb.connect(str(db), read_only=True) as con:
        def rows(sql: str) -> list[tuple]:
            return sorted(tuple(_strip_port(v) for v in row) for row in con.execute(sql).fetchall())

        return {
            "documents": rows("SELECT doc_id, raw_sha256, body_sha256, n_sentences, date FROM documents"),
            "sentences": rows("SELECT doc_id, count(*) FROM sentences GROUP BY doc_id"),
            "events": rows("SELECT doc_id, sent_idx, source, target, code FROM events"),
            # Feeds name the server's port, so their hashes differ; a restarted run reads them with a 304.
            "frontier": rows("SELECT url, source, role, outcome, doc_id FROM frontier"),
            "articles": rows("SELECT url, http_status, content_hash, reason FROM frontier WHERE role = 'article'"),
        }


def _strip_port(value: object) -> object:
    return re.sub(r"http://127\.0\.0\.1:\d+", "http://site", value) if isinstance(value, str) else value


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    """Run 1 on the phase-1 site, then run 2 after the world feed changed; with the server's log of each."""
    folder = tmp_path_factory.mktemp("live")
    with SiteServer() as site:
        sources = folder / "sources.toml"
        sources.write_text(sources_toml(site.base, DELAY), encoding="utf-8")
        db = folder / "live.duckdb"
        first = fetch(sources, db)
        first_log = list(site.log)
        first_urls = stored_urls(db)
        allowed_1 = site.allowed_articles()
        first_state = store_state(db)
        site.phase = 2
        del site.log[:]
        second = fetch(sources, db)
        yield {
            "site": site, "db": db, "first": first, "first_log": first_log, "first_urls": first_urls,
            "allowed_1": allowed_1, "first_state": first_state, "second": second, "second_log": list(site.log),
        }  # fmt: skip


def test_fetch_stores_exactly_the_allowed_articles(runs: dict) -> None:
    site: Site = runs["site"]
    assert runs["first_urls"] == runs["allowed_1"]
    assert len(runs["first_urls"]) == 31
    requested = {r.path for r in runs["first_log"]}
    assert not any(p.startswith("/private/") for p in requested), "robots.txt was not honoured"
    assert [r.status for r in runs["first_log"] if r.path == "/flaky/story"] == [500, 500, 200]
    first = runs["first"]
    assert first.new == 31 and first.disallowed == 2
    assert dict(first.failed) == {"redirect-loop": 1, "timeout": 1}
    with duckdb.connect(str(runs["db"]), read_only=True) as con:
        outcomes = dict(con.execute("SELECT url, outcome || ': ' || coalesce(reason, '') FROM frontier").fetchall())
        retries = dict(con.execute("SELECT url, next_retry IS NOT NULL FROM frontier WHERE outcome = 'failed'"
                                   ).fetchall())  # fmt: skip
    assert outcomes[site.base + "/loop/a"].startswith("failed: redirect loop")
    assert outcomes[site.base + "/slow/story"].startswith("failed: ") and "no answer within 1 s" in outcomes[
        site.base + "/slow/story"]
    assert outcomes[site.base + "/private/secret-1"].startswith("disallowed")
    assert retries == {site.base + "/loop/a": True, site.base + "/slow/story": True}


def test_requests_to_one_host_keep_the_delay_and_name_entente(runs: dict) -> None:
    log = runs["first_log"]
    gaps = [b.at - a.at for a, b in zip(log, log[1:], strict=False)]
    assert len(gaps) >= 35
    assert min(gaps) >= DELAY - 0.01, f"requests {min(gaps):.3f} s apart, under the {DELAY} s delay"
    assert all(r.user_agent.startswith("Entente/") for r in log)


def test_second_run_fetches_only_what_changed(runs: dict) -> None:
    site: Site = runs["site"]
    seen = {(r.path, r.status, r.conditional) for r in runs["second_log"]}
    assert seen == {
        ("/robots.txt", 200, False),
        ("/feeds/world.rss", 200, True),  # changed: two new articles, one revised
        ("/feeds/region.rss", 304, True),
        ("/feeds/analysis.atom", 304, True),
        ("/sitemap.xml", 304, True),
        ("/news/story-3.html", 304, True),  # the feed gives a later date; the page itself did not change
        ("/news/story-31.html", 200, False),
        ("/news/story-32.html", 200, False),
    }
    assert len(runs["second_log"]) == 8
    assert stored_urls(runs["db"]) == site.allowed_articles()
    second = runs["second"]
    assert (second.new, second.unchanged, sum(second.failed.values())) == (2, 4, 0)
    assert "2 new" in second.line() and "4 unchanged" in second.line()


def test_killed_fetch_resumes_to_the_same_store(runs: dict, tmp_path: Path) -> None:
    with SiteServer() as site:
        sources = tmp_path / "sources.toml"
        sources.write_text(sources_toml(site.base, DELAY), encoding="utf-8")
        db = tmp_path / "killed.duckdb"
        command = [sys.executable, "-m", "entente.cli", "fetch", "--sources", str(sources), "--db", str(db)]
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        # 5 requests for robots.txt and the listings, then articles; the first batch of 8 is committed before
        # the 9th article is asked for, so at 20 requests some articles are stored and many are not.
        while len(site.log) < 20 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
        assert process.poll() is None, "the run ended before it could be killed"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        killed_at = len(site.log)
        assert 0 < len(stored_urls(db)) < 31
        finished = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
        assert finished.returncode == 0, finished.stderr
        assert "fetch: " in finished.stdout
        resumed = [r.path for r in site.log[killed_at:] if r.path.startswith("/news/")]
        assert 0 < len(resumed) < 30, "the restarted run should fetch only what the killed one had not stored"
        assert store_state(db) == runs["first_state"]


def _dead_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_bad_sources_fail_alone_with_a_reason_and_a_retry(tmp_path: Path) -> None:
    site = Site()
    with SiteServer(site):
        base = site.base
        cp1251 = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Новости</title>'
                  f"<item><title>Переговоры в Астане</title><link>{base}/news/story-5.html</link></item>"
                  "</channel></rss>").encode("cp1251")  # fmt: skip
        site.extra.update({
            "/html-feed.rss": ("text/html", b"<!doctype html><html><body><p>Our news</p></body></html>"),
            "/cp1251.rss": ("application/rss+xml", cp1251),
            "/huge-feed.rss": ("application/rss+xml", b"<rss>" + b" " * 20_000_000 + b"</rss>"),
        })  # fmt: skip
        sources = tmp_path / "sources.toml"
        sources.write_text(
            "[fetch]\ndelay = 0.05\ntimeout = 1.0\nretries = 0\n"
            + "".join(f'\n[[source]]\nname = "{name}"\nkind = "{kind}"\nurl = "{url}"\n' for name, kind, url in [
                ("dead", "feed", f"http://127.0.0.1:{_dead_port()}/rss.xml"),
                ("missing", "feed", f"{base}/no-such-feed.rss"),
                ("html", "feed", f"{base}/html-feed.rss"),
                ("huge", "feed", f"{base}/huge-feed.rss"),
                ("cyrillic", "feed", f"{base}/cp1251.rss"),
                ("good", "page", f"{base}/news/story-7.html"),
            ]),
            encoding="utf-8",
        )  # fmt: skip
        db = tmp_path / "bad.duckdb"
        summary = fetch(load_sources(sources), db)
    assert dict(summary.failed) == {"unreachable": 1, "http-404": 1, "not-a-feed": 1, "too-large": 1}
    assert stored_urls(db) == {f"{base}/news/story-5.html", f"{base}/news/story-7.html"}
    with duckdb.connect(str(db), read_only=True) as con:
        rows = {s: (o, r, n) for s, o, r, n in con.execute(
            "SELECT source, outcome, reason, next_retry IS NOT NULL FROM frontier WHERE role <> 'article'"
        ).fetchall()}  # fmt: skip
    assert rows["dead"][0] == "failed" and "cannot connect" in rows["dead"][1] and rows["dead"][2]
    assert "HTTP 404" in rows["missing"][1] and rows["missing"][2]
    assert "an HTML page, not a feed" in rows["html"][1] and rows["html"][2]
    assert "20.0 MB, over the 5.0 MB cap" in rows["huge"][1] and rows["huge"][2]
    assert rows["cyrillic"][0] == "listed" and "repaired" in rows["cyrillic"][1]
