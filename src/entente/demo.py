"""The bundled demo corpus: short articles written for Entente, in every supported format."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def demo_corpus_path() -> Path:
    """The folder holding the demo articles (inside the installed package)."""
    return Path(str(resources.files("entente") / "data" / "demo"))
