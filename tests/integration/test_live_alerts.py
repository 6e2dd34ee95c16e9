"""Alerts: a feed that later adds articles flipping a dyad's tone gives exactly one alert, sent once, whose
evidence events are in the store; a webhook alert reaches a receiver on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest

from entente.watch import WatchSettings, watch

from .livesite import Site, SiteServer

MONTHS = ["January", "February", "March", "April", "May", "June", "July"]
COOPERATION = [
    "Kazakhstan signed an agreement with Russia on grain exports through the northern ports.",
    "Kazakhstan signed an agreement with Russia on the upkeep of the Baikonur launch site.",
    "Kazakhstan signed an agreement with Russia on sharing water from the Ural river.",
    "Kazakhstan signed an agreement with Russia on a new power line near Petropavlovsk.",
]
CONFLICT = [
    "Kazakhstan imposed sanctions on Russia after the seizure of its trucks at the border.",
    "Kazakhstan imposed sanctions on Russia over the closure of the oil terminal.",
    "Kazakhstan imposed sanctions on Russia following a dispute over transit fees.",
]


DETAILS = [
    "Farmers in the north had waited two years for the terms to be settled.",
    "The launch site has been leased since the early nineties and needs new roads.",
    "Villages downstream have complained of shallow water every summer.",
    "Engineers expect the line to carry power to three districts by winter.",
    "Drivers said hundreds of lorries were stuck on both sides for a week.",
    "The terminal handles a large share of the country's crude sold abroad.",
    "Transit fees were raised twice this year without notice, traders said.",
]


def page(month: int, sentence: str) -> bytes:
    return (
        f"<!doctype html><html><head><title>Astana and Moscow, {MONTHS[month - 1]}</title></head><body><article>"
        f"<h1>Astana and Moscow</h1><p>Published 12 {MONTHS[month - 1]} 2023</p><p>{sentence}</p>"
        f"<p>{DETAILS[month - 1]}</p></article></body></html>"
    ).encode()


def publish(site: Site, sentences: list[str]) -> None:
    items = ""
    for month, sentence in enumerate(sentences, 1):
        path = f"/kaz/{month}.html"
        site.extra[path] = ("text/html; charset=utf-8", page(month, sentence))
        items += (f"<item><title>Astana and Moscow</title><link>{site.base}{path}</link>"
                  f"<pubDate>Mon, 12 {MONTHS[month - 1][:3]} 2023 09:00:00 GMT</pubDate></item>")  # fmt: skip
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Astana</title>{items}</channel></rss>'
    site.extra["/kaz.rss"] = ("application/rss+xml", feed.encode())


class Receiver:
    """A webhook on 127.0.0.1 that keeps the JSON bodies POSTed to it."""

    def __init__(self) -> None:
        self.bodies: list[dict] = []
        bodies = self.bodies

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                bodies.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(204)
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize("channel", ["file", "webhook"])
def test_a_tone_flip_gives_exactly_one_alert_with_stored_evidence(channel: str, tmp_path: Path) -> None:
    receiver = Receiver() if channel == "webhook" else None
    target = receiver.url if receiver else str(tmp_path / "alerts.jsonl")
    db = tmp_path / "alerts.duckdb"
    site = Site()
    try:
        with SiteServer(site):
            sources = tmp_path / "sources.toml"
            sources.write_text(f'[fetch]\ndelay = 0.05\n\n[[source]]\nname = "astana"\nkind = "feed"\n'
                               f'url = "{site.base}/kaz.rss"\n', encoding="utf-8")  # fmt: skip
            settings = WatchSettings(every=1.0, alert=target, dyads=(("KAZ", "RUS"),), runs=1)
            publish(site, COOPERATION)
            watch(sources, db, settings)
            publish(site, COOPERATION + CONFLICT)
            watch(sources, db, settings)
            watch(sources, db, settings)  # nothing new: nothing sent again
        if receiver:
            alerts = receiver.bodies
        else:
            alerts = [json.loads(line) for line in Path(target).read_text(encoding="utf-8").splitlines()]
    finally:
        if receiver:
            receiver.close()
    assert len(alerts) == 1, alerts
    alert = alerts[0]
    assert (alert["dyad"], alert["period"]) == ("KAZ-RUS", "2023-05")
    assert alert["before"] > 0 > alert["after"]
    assert "change point" in alert["reasons"]
    ids = [e["event_id"] for e in alert["evidence"]]
    assert ids and all("imposed sanctions" in e["sentence"] for e in alert["evidence"])
    with duckdb.connect(str(db), read_only=True) as con:
        stored = {row[0] for row in con.execute("SELECT event_id FROM events").fetchall()}
        sent = con.execute("SELECT count(*) FROM alerts WHERE status = 'sent'").fetchone()
    assert set(ids) <= stored
    assert sent == (1,)
