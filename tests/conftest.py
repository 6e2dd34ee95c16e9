from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


ARTICLE = (
    "Kazakhstan and Russia signed a new agreement on oil transit on Tuesday, officials in Astana said, "
    "after months of talks over tariffs and the capacity of the pipeline that carries most of the country's crude."
)
SECOND = (
    "The deal sets out how much oil can be shipped each year and was welcomed by the government in Moscow, "
    "which had pressed for a longer contract than the one the Kazakh side first proposed in the spring."
)


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
