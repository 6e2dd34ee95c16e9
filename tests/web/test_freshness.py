"""The API shows freshness: the sources followed, the last and next run, events since a time, and alerts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from entente import Store
from entente.alerts import SCHEMA as ALERT_SCHEMA
from entente.sources import Source
from entente.sources.frontier import Frontier, now
from entente.web import create_app


def test_sources_runs_alerts_and_events_since_ingested(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "fresh.duckdb"
    db.write_bytes(demo_db.read_bytes())
    with Store(db) as store:
        frontier = Frontier(store)
        frontier.register_sources((Source("wire", "feed", "http://127.0.0.1:9/rss.xml"),))
        frontier.start_run("run1")
        frontier.finish_run("run1", 3, 1, 0, 5, "fetch: 3 new")
        frontier.set_next_run(now() + timedelta(minutes=15))
        store.con.execute(ALERT_SCHEMA)
        payload = {"alert_id": "a1", "dyad": "KAZ-RUS", "source": "KAZ", "target": "RUS", "period": "2023-05",
                   "before": 8.0, "after": -8.0, "reasons": ["change point"], "evidence": []}
        store.con.execute("INSERT INTO alerts VALUES ('a1', 'x.jsonl', 'KAZ-RUS', '2023-05', 'sent', now()::TIMESTAMP, "
                          "now()::TIMESTAMP, ?)", [json.dumps(payload)])
        total = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
    client = TestClient(create_app(db))
    fresh = client.get("/api/sources").json()
    assert [s["name"] for s in fresh["sources"]] == ["wire"]
    assert fresh["last_run"]["summary"] == "fetch: 3 new" and fresh["next_run_at"] is not None
    alerts = client.get("/api/alerts").json()
    assert [(a["dyad"], a["period"], a["status"]) for a in alerts] == [("KAZ-RUS", "2023-05", "sent")]
    past = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    assert len(client.get("/api/events", params={"since_ingested": past, "limit": 5000}).json()) == min(total, 5000)
    assert client.get("/api/events", params={"since_ingested": future}).json() == []
    assert client.get("/api/events", params={"since_ingested": "yesterday"}).status_code == 422


def test_a_store_never_fetched_into_has_no_sources_and_no_alerts(demo_db: Path) -> None:
    client = TestClient(create_app(demo_db))
    assert client.get("/api/sources").json() == {"sources": [], "last_run": None, "next_run_at": None}
    assert client.get("/api/alerts").json() == []
