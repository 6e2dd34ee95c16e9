from __future__ import annotations

from pathlib import Path

import pytest

from entente import demo_corpus_path, ingest


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the bundled demo corpus, ingested once for the web tests."""
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    ingest([demo_corpus_path()], db)
    return db
