"""Entente: local-first event data on international relations, from articles to CAMEO-coded events.

The public Python API mirrors the command line::

    from entente import ingest, export, stats
    summary = ingest(["articles/"], db="entente.duckdb")
    export("entente.duckdb", "out/")
"""

from .clean import clean_document, load_rules
from .demo import demo_corpus_path
from .errors import DataFileError, EntenteError, InputError, StoreError
from .export import export
from .pipeline import IngestSettings, ingest
from .records import CleanDocument, IngestSummary, RawDocument, Skipped
from .sources import read_all
from .store import Store, stats

__version__ = "0.1.0"

__all__ = [
    "CleanDocument", "DataFileError", "EntenteError", "IngestSettings", "IngestSummary", "InputError",
    "RawDocument", "Skipped", "Store", "StoreError", "clean_document", "demo_corpus_path", "export", "ingest",
    "load_rules", "read_all", "stats",
]  # fmt: skip
