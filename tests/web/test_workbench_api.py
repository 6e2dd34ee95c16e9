"""The API behind the workbench: the event table's filters, sorting, paging and downloads; two-way dyad series
on a zero-filled axis; events by country; labels; exposure and memberships with partners and sources."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from entente.web import create_app


@pytest.fixture(scope="module")
def client(demo_db: Path) -> TestClient:
    return TestClient(create_app(demo_db))


@pytest.fixture(scope="module")
def stored(demo_db: Path) -> list[dict]:
    """Every stored event, read straight from the store, to check the API against."""
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        relation = con.execute(
            "SELECT event_id, date, source, target, code, quad_class, modality, goldstein FROM events"
        )
        names = [c[0] for c in relation.description]
        return [dict(zip(names, row, strict=True)) for row in relation.fetchall()]
    finally:
        con.close()


def ids(rows: list[dict]) -> set[str]:
    return {r["event_id"] for r in rows}


def test_root_and_date_range_filter_matches_the_store(client: TestClient, stored: list[dict]) -> None:
    response = client.get("/api/events", params={"root": "11", "start": "2014", "end": "2022-06"})
    rows = response.json()
    expected = [e for e in stored if e["code"][:2] == "11" and e["date"] and "2014" <= e["date"] <= "2022-06-30"]
    assert ids(rows) == ids(expected) and len(rows) == len(expected) >= 2
    assert response.headers["X-Total-Count"] == str(len(expected))
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    first = rows[0]
    assert first["root"] == "11" and first["root_name"] == "Disapprove" and first["code_name"]
    assert first["source_name"] == "Belarus — government" and first["quad_name"] == "Verbal conflict"


def test_end_is_inclusive_at_every_precision(client: TestClient, stored: list[dict]) -> None:
    year = client.get("/api/events", params={"start": "2022", "end": "2022"}).json()
    assert ids(year) == ids([e for e in stored if (e["date"] or "").startswith("2022")]) and len(year) > 5
    month = client.get("/api/events", params={"start": "2022-06", "end": "2022-06"}).json()
    assert ids(month) == ids([e for e in stored if (e["date"] or "").startswith("2022-06")]) and month
    assert client.get("/api/events", params={"start": "2022-13"}).status_code == 422
    assert client.get("/api/events", params={"root": "abc"}).status_code == 422


def test_since_and_until_still_work(client: TestClient) -> None:
    old = client.get("/api/events", params={"since": "2019", "until": "2019-12-31"}).json()
    new = client.get("/api/events", params={"start": "2019", "end": "2019"}).json()
    assert ids(old) == ids(new) and old


def test_dyad_takes_both_directions_and_actor_either_side(client: TestClient, stored: list[dict]) -> None:
    rows = client.get("/api/events", params={"dyad": "KAZ-RUS"}).json()
    pairs = {(r["source"][:3], r["target"][:3]) for r in rows}
    assert pairs == {("KAZ", "RUS"), ("RUS", "KAZ")}
    expected = [e for e in stored if {(e["source"] or "")[:3], (e["target"] or "")[:3]} == {"KAZ", "RUS"}]
    assert ids(rows) == ids(expected)
    either = client.get("/api/events", params={"actor": "BLR"}).json()
    assert ids(either) == ids([e for e in stored if "BLR" in ((e["source"] or "")[:3], (e["target"] or "")[:3])])


def test_quad_class_modality_code_and_free_text(client: TestClient, stored: list[dict]) -> None:
    intents = client.get("/api/events", params={"modality": "intent"}).json()
    assert ids(intents) == ids([e for e in stored if e["modality"] == "intent"]) and intents
    conflict = client.get("/api/events", params={"quad_class": 4}).json()
    assert conflict and all(r["quad_class"] == 4 for r in conflict)
    praise = client.get("/api/events", params={"code": "051"}).json()
    by_name = client.get("/api/events", params={"q": "praise or endorse"}).json()
    assert praise and ids(praise) <= ids(by_name), "free text finds events by their code's name"
    words = client.get("/api/events", params={"q": "Tokayev"}).json()
    assert words and all("tokayev" in (r["sentence"] + (r["title"] or "") + r["doc_id"]).lower() for r in words)
    by_country = client.get("/api/events", params={"q": "Azerbaijan"}).json()
    assert any(r["target"] == "AZE" or r["source"] == "AZE" for r in by_country), "and actors by their names"


def test_sorting_and_paging_cover_the_whole_selection(client: TestClient, stored: list[dict]) -> None:
    pages = []
    for offset in range(0, len(stored) + 10, 10):
        response = client.get(
            "/api/events", params={"sort": "goldstein", "order": "desc", "limit": 10, "offset": offset}
        )
        assert response.headers["X-Total-Count"] == str(len(stored))
        pages += response.json()
    assert len(pages) == len(stored) and ids(pages) == ids(stored)
    scores = [r["goldstein"] for r in pages]
    assert scores == sorted(scores, reverse=True)
    assert client.get("/api/events", params={"sort": "sentence; drop"}).status_code == 422


def test_csv_and_jsonl_downloads_hold_the_filtered_rows(client: TestClient) -> None:
    params = {"root": "11", "start": "2014", "end": "2022-06"}
    table = client.get("/api/events", params=params).json()
    response = client.get("/api/events", params={**params, "format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["event_id"] for r in rows] == [r["event_id"] for r in table]
    assert all(r["root"] == "11" and r["root_name"] == "Disapprove" and r["sentence"] for r in rows)
    lines = client.get("/api/events", params={**params, "format": "jsonl"})
    assert lines.headers["content-type"].startswith("application/x-ndjson")
    parsed = [json.loads(line) for line in lines.text.splitlines()]
    assert [r["event_id"] for r in parsed] == [r["event_id"] for r in table]
    everything = client.get("/api/events", params={"format": "csv"}).text.strip().splitlines()
    assert len(everything) - 1 == int(client.get("/api/events", params={"limit": 1}).headers["X-Total-Count"]), (
        "a download holds every matching row, not one page"
    )


def test_series_has_both_directions_on_a_zero_filled_axis(client: TestClient) -> None:
    body = client.get("/api/series", params=[("dyad", "KAZ-RUS"), ("dyad", "BLR-RUS"), ("period", "year")]).json()
    years = [p["period"] for p in body["axis"]]
    assert years == [str(y) for y in range(2010, 2025)], "every year from the first to the last"
    assert body["axis"][0]["start"] == "2010-01-01"
    kaz = body["dyads"][0]["directions"]
    assert [(d["source"], d["target"]) for d in kaz] == [("KAZ", "RUS"), ("RUS", "KAZ")]
    assert kaz[0]["source_name"] == "Kazakhstan" and kaz[0]["target_name"] == "Russia"
    for direction in kaz:
        assert [p["period"] for p in direction["series"]] == years
        old = client.get(f"/api/dyads/{direction['source']}/{direction['target']}", params={"period": "year"}).json()
        counts = {p["period"]: p["events"] for p in old["series"]}
        for point in direction["series"]:
            assert point["events"] == counts.get(point["period"], 0)
            quads = (
                point["verbal_coop"] + point["material_coop"] + point["verbal_conflict"] + point["material_conflict"]
            )
            assert quads == point["events"]
            assert (point["goldstein_mean"] is None) == (point["events"] == 0)
    assert any(p["events"] == 0 for p in kaz[0]["series"])
    months = client.get(
        "/api/series", params={"dyad": "KAZ-RUS", "period": "month", "start": "2022-01", "end": "2022-12"}
    ).json()
    assert [p["period"] for p in months["axis"]] == [f"2022-{m:02d}" for m in range(1, 13)]
    quarters = client.get(
        "/api/series", params={"dyad": "KAZ-RUS", "period": "quarter", "start": "2021", "end": "2022"}
    ).json()
    assert [p["period"] for p in quarters["axis"]] == [f"{y}-Q{q}" for y in (2021, 2022) for q in range(1, 5)]
    assert client.get("/api/series", params=[("dyad", f"A{i}-B") for i in range(5)]).status_code == 422
    assert client.get("/api/series", params={"dyad": "KAZRUS"}).status_code == 422


def test_map_counts_each_event_once_per_country(client: TestClient, stored: list[dict]) -> None:
    counts = {c["iso3"]: c for c in client.get("/api/map", params={"root": "05"}).json()}
    expected = [e for e in stored if e["code"][:2] == "05" and "KAZ" in (e["source"][:3], (e["target"] or "")[:3])]
    assert counts["KAZ"]["events"] == len(expected) > 0
    assert counts["KAZ"]["cooperation"] + counts["KAZ"]["conflict"] == counts["KAZ"]["events"]
    assert counts["KAZ"]["name"] == "Kazakhstan"
    assert not any(code.startswith("IGO") for code in counts), "organisations are not countries"


def test_names_beside_codes(client: TestClient) -> None:
    actors = client.get("/api/actors").json()
    assert {"code": "KAZ", "name": "Kazakhstan"}.items() <= next(a for a in actors if a["code"] == "KAZ").items()
    for actor in actors:
        assert actor["name"] and (actor["name"] != actor["code"] or "country not stated" in actor["name"])
    roots = client.get("/api/codes", params={"roots": True}).json()
    assert len(roots) == 20 and {"code": "11", "name": "Disapprove"}.items() <= roots[10].items()
    nodes = {n["id"]: n["name"] for n in client.get("/api/network").json()["nodes"]}
    assert nodes["KAZ"] == "Kazakhstan" and nodes["IGOCSTO"] == "Collective Security Treaty Organization"
    event = client.get("/api/events", params={"limit": 1}).json()[0]
    detail = client.get(f"/api/events/{event['event_id']}").json()
    assert detail["code_name"] == event["code_name"] and detail["source_name"] == event["source_name"]


def test_network_end_is_inclusive(client: TestClient) -> None:
    year = client.get("/api/network", params={"start": "2022", "end": "2022"}).json()
    assert any(e["source"] == "RUS" and e["target"] == "KAZ" for e in year["edges"]), "events of 2022 are kept"


def test_exposure_and_memberships_with_partners_and_sources(client: TestClient) -> None:
    exposure = client.get("/api/exposure/KAZ").json()
    assert exposure and all(f["title"] and f["sent_idx"] is not None for f in exposure)
    assert any({"code": "RUS", "name": "Russia"} in f["partners"] for f in exposure)
    assert all("KAZ" not in [p["code"] for p in f["partners"]] for f in exposure), "the actor is not its own partner"
    orgs = {m["org"]: m for m in client.get("/api/actors/KAZ/memberships").json()}
    csto = orgs["IGOCSTO"]
    assert csto["org_name"] == "Collective Security Treaty Organization" and csto["since"] == "2002-10-07"
    assert "RUS" in [p["code"] for p in csto["partners"]] and "KAZ" not in [p["code"] for p in csto["partners"]]
    assert csto["sources"] and all(s["doc_id"] and s["title"] for s in csto["sources"])
    members = client.get("/api/memberships/CSTO").json()
    assert {"member": "RUS", "member_name": "Russia"}.items() <= next(
        m for m in members if m["member"] == "RUS"
    ).items()
