from __future__ import annotations

from pathlib import Path

import pytest

from entente import ingest
from entente.errors import StoreError
from entente.pipeline import Ingestor
from entente.store import DEFAULT_DB_MEMORY, INGEST_DB_MEMORY, Store

from ..conftest import ARTICLE, SECOND, write


def _budget_mib(store: Store) -> float:
    text = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]  # type: ignore[index]
    number, unit = text.split()
    return float(number) * {"KiB": 1 / 1024, "MiB": 1, "GiB": 1024}[unit]


def _mib(budget: str) -> float:
    return float(budget.removesuffix("MB")) * 1000**2 / 1024**2


def test_readers_get_the_default_memory_budget(monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    monkeypatch.delenv("ENTENTE_DB_MEMORY", raising=False)
    with Store(db) as store:
        assert _budget_mib(store) == pytest.approx(_mib(DEFAULT_DB_MEMORY), rel=0.01)


def test_an_ingest_runs_under_the_smaller_ingest_budget(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db: Path
) -> None:
    monkeypatch.delenv("ENTENTE_DB_MEMORY", raising=False)
    seen: list[float] = []
    original = Ingestor.write

    def write_and_note_budget(self: Ingestor, results: list) -> None:
        seen.append(_budget_mib(self.store))
        original(self, results)

    monkeypatch.setattr(Ingestor, "write", write_and_note_budget)
    ingest([write(tmp_path / "a.txt", f"{ARTICLE}\n\n{SECOND}")], db)
    assert seen and all(b == pytest.approx(_mib(INGEST_DB_MEMORY), rel=0.01) for b in seen)
    assert _mib(INGEST_DB_MEMORY) < _mib(DEFAULT_DB_MEMORY)


def test_environment_budget_overrides_every_default(monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    monkeypatch.setenv("ENTENTE_DB_MEMORY", "300MB")
    with Store(db, memory=INGEST_DB_MEMORY) as store:
        assert _budget_mib(store) == pytest.approx(_mib("300MB"), rel=0.01)


def test_unreadable_budget_is_refused_with_an_example(monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    monkeypatch.setenv("ENTENTE_DB_MEMORY", "lots")
    with pytest.raises(StoreError, match="'lots'.*like '512MB'"):
        Store(db)
