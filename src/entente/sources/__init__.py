"""Live sources: feeds, sitemaps and pages named in a sources file, fetched politely and ingested.

- :mod:`.catalog` reads, validates and edits the sources file (docs/sources.md);
- :mod:`.http` is the polite client (robots.txt, per-host delay, conditional GET, timeouts, retries);
- :mod:`.listing` reads feeds (feedparser) and sitemaps (lxml) into article URLs;
- :mod:`.frontier` keeps every URL and its outcome in the store;
- :mod:`.fetch` runs it all once; :mod:`entente.watch` repeats it and sends alerts.
"""

from __future__ import annotations

from .catalog import DEFAULT_SOURCES, FetchSettings, Source, SourcesFile, add_source, load_sources, remove_source
from .fetch import FetchProgress, FetchSummary, fetch
from .http import USER_AGENT, Fetched, PoliteClient

__all__ = [
    "DEFAULT_SOURCES", "USER_AGENT", "FetchProgress", "FetchSettings", "FetchSummary", "Fetched", "PoliteClient",
    "Source", "SourcesFile", "add_source", "fetch", "load_sources", "remove_source",
]  # fmt: skip
