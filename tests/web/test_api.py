"""Every endpoint of the HTTP API, exercised against its own OpenAPI schema (schemathesis)."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from entente.web import create_app


def test_every_endpoint_conforms_to_its_schema_without_server_errors(demo_db: Path) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(demo_db))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def conforms(case: schemathesis.Case) -> None:
            case.call_and_validate()

        conforms()


@pytest.fixture(scope="module")
def client(demo_db: Path) -> TestClient:
    return TestClient(create_app(demo_db))


def test_dyad_series_and_its_evidence(client: TestClient) -> None:
    dyad = client.get("/api/dyads/KAZ/RUS", params={"period": "year"}).json()
    assert dyad["series"], "the demo corpus has KAZ→RUS events"
    period = dyad["series"][0]["period"]
    evidence = client.get(f"/api/dyads/KAZ/RUS/events?period={period}").json()
    assert evidence and all(e["source"].startswith("KAZ") and e["target"].startswith("RUS") for e in evidence)
    detail = client.get(f"/api/events/{evidence[0]['event_id']}").json()
    assert detail["sentence"] == evidence[0]["sentence"] and detail["rule"]


def test_document_offsets_point_at_the_sentences(client: TestClient) -> None:
    [doc] = client.get("/api/documents", params={"limit": 1}).json()
    detail = client.get(f"/api/documents/{doc['doc_id']}").json()
    for sentence in detail["sentences"]:
        assert detail["body"][sentence["start"] : sentence["end"]] == sentence["text"]


def test_unknown_things_are_404_with_advice(client: TestClient) -> None:
    assert client.get("/api/events/nope").status_code == 404
    response = client.get("/api/memberships/NOTANORG")
    assert response.status_code == 404 and "CSTO" in response.json()["detail"]


def test_dashboard_and_assets_are_served_locally(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "/static/dashboard.js" in page.text
    assert "http" not in page.text.replace("http-equiv", "")
    assert client.get("/static/dashboard.js").status_code == 200


def test_schema_states_that_nul_bytes_are_refused(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    facts = schema["paths"]["/api/facts"]["get"]
    unit = next(p for p in facts["parameters"] if p["name"] == "unit")
    assert any(b.get("pattern") == r"^[^\x00]*$" for b in unit["schema"]["anyOf"])
    assert "400" in facts["responses"]
    assert client.get("/api/facts", params={"unit": "\x00"}).status_code == 400
