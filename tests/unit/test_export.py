from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from entente import export, ingest
from entente.errors import StoreError

from ..conftest import ARTICLE, SECOND, write


def test_export_writes_contract_jsonl_csv_and_parquet(tmp_path: Path, db: Path) -> None:
    text = f"Oil Deal Signed in Astana Today\n\nPublished on May 4, 2016\n\n{ARTICLE}\n\n{SECOND}"
    ingest([write(tmp_path / "in" / "a.txt", text)], db)
    counts = export(db, tmp_path / "out")
    assert counts["documents"] == 1
    [doc] = [json.loads(line) for line in (tmp_path / "out" / "documents.jsonl").open()]
    assert doc["doc_id"] == "a.txt" and doc["title"] == "Oil Deal Signed in Astana Today"
    assert (doc["date"], doc["date_precision"]) == ("2016-05-04", "day")
    assert doc["body"] == f"{ARTICLE}\n\n{SECOND}"
    for table in ("events", "facts", "memberships"):
        assert (tmp_path / "out" / f"{table}.jsonl").exists()
    assert pd.read_parquet(tmp_path / "out" / "documents.parquet")["doc_id"].tolist() == ["a.txt"]
    assert pd.read_csv(tmp_path / "out" / "documents.csv")["title"].tolist() == ["Oil Deal Signed in Astana Today"]


def test_export_without_a_store_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="entente ingest"):
        export(tmp_path / "none.duckdb", tmp_path / "out")


def test_undated_document_records_why(tmp_path: Path, db: Path) -> None:
    ingest([write(tmp_path / "a.txt", f"{ARTICLE}\n\n{SECOND}")], db)
    export(db, tmp_path / "out", ["jsonl"])
    [doc] = [json.loads(line) for line in (tmp_path / "out" / "documents.jsonl").open()]
    assert doc["date"] is None and "no date stated" in doc["date_source"]
