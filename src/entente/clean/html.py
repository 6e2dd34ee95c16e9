"""HTML main-text extraction with trafilatura, keeping the metadata the page states."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura


@dataclass(frozen=True)
class HtmlExtraction:
    paragraphs: list[str]
    title: str | None
    author: str | None
    publisher: str | None
    date: str | None
    url: str | None


def extract_html(markup: str, url: str | None = None) -> HtmlExtraction:
    """Main text as paragraphs, plus title, author, site name and date when the page states them."""
    document = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        # trafilatura's deduplication remembers paragraphs across calls, process-wide: a page seen before (or
        # any page repeating its paragraphs) would come out empty, depending on which worker read what.
        # Repeated paragraphs within a page are removed by the cleaner instead.
        deduplicate=False,
        favor_precision=True,
    )
    if document is None:
        return HtmlExtraction([], None, None, None, None, url)
    text = getattr(document, "text", None) or ""
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    return HtmlExtraction(
        paragraphs=paragraphs,
        title=getattr(document, "title", None),
        author=getattr(document, "author", None),
        publisher=getattr(document, "sitename", None),
        date=getattr(document, "date", None),
        url=getattr(document, "url", None) or url,
    )
