"""Sources: where articles come from, the first stage of the flow (sources -> clean -> code -> store).

Files and folders on disk:

- :mod:`.files` finds and opens input files, confined to the folder given;
- :mod:`.decode` turns bytes into text; :mod:`.formats` reads each format (text, HTML, JSON Lines, web
  archives) and applies the caps; :mod:`.readers` dispatches a file to its reader (``read_all``, ``read_path``).

The web, named in a sources file:

- :mod:`.catalog` reads, validates and edits the sources file (docs/sources.md);
- :mod:`.http` is the polite client (robots.txt, per-host delay, conditional GET, timeouts, retries);
- :mod:`.listing` reads feeds (feedparser) and sitemaps (lxml) into article URLs;
- :mod:`.frontier` keeps every URL and its outcome in the store;
- :mod:`.fetch` runs it all once; :mod:`entente.watch` repeats it and sends alerts.

What comes out of either is a :class:`~entente.records.RawDocument` (or a :class:`~entente.records.Skipped`
with its reason), which :mod:`entente.pipeline` carries through cleaning, coding and the store. The fetch
runs through that pipeline, so it is imported from its module (``from entente.sources.fetch import fetch``),
not from this package.
"""

from __future__ import annotations

from .catalog import DEFAULT_SOURCES, FetchSettings, Source, SourcesFile, add_source, load_sources, remove_source
from .readers import *  # noqa: F403 - the file readers are this package's everyday API
from .readers import __all__ as _READER_NAMES

__all__ = [
    *_READER_NAMES, "DEFAULT_SOURCES", "FetchSettings", "Source", "SourcesFile", "add_source", "load_sources",
    "remove_source",
]  # fmt: skip
