"""What a feed or a sitemap lists: article URLs with the date the listing gives for each.

Feeds (RSS 0.9x–2.0, RSS 1.0, Atom) are read with ``feedparser``, which copes with declared and mislabelled
encodings; sitemaps (``urlset`` and ``sitemapindex``) with lxml, entities and network access off. trafilatura's
own sitemap helper fetches by itself and drops ``lastmod``, which Entente needs to know what was updated.
"""

from __future__ import annotations

import calendar
import time
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import feedparser
from lxml import etree

from .catalog import check_url

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
MAX_ENTRIES = 50_000
"""Most URLs taken from one listing (the sitemap protocol's own limit)."""


@dataclass(frozen=True)
class Entry:
    """One article URL a listing names, with what the listing says about it."""

    url: str
    updated: str | None = None
    """ISO time the listing gives for the article's last change (or publication), UTC; None when it gives none."""
    title: str | None = None
    published: str | None = None
    """ISO date of publication, when the listing gives one."""


@dataclass(frozen=True)
class Listing:
    entries: tuple[Entry, ...] = ()
    sitemaps: tuple[str, ...] = ()
    """Further sitemaps a sitemap index names."""
    problem: str | None = None
    """Why the body is not a listing of the expected kind (``None`` when it is)."""
    note: str | None = None
    """Something repaired while reading it (an encoding that did not match its declaration …)."""


def _iso(parsed: time.struct_time | None) -> str | None:
    if parsed is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_feed(body: bytes, url: str, content_type: str = "") -> Listing:
    """Entries of an RSS or Atom feed; a page that is not a feed (an HTML page) says so in ``problem``."""
    parsed = feedparser.parse(body, response_headers={"content-type": content_type} if content_type else None)
    version = parsed.get("version") or ""
    if not version:
        head = body[:300].decode("utf-8", "replace").lower()
        what = "an HTML page" if "<html" in head or "<!doctype html" in head else "not RSS or Atom"
        return Listing(problem=f"{url}: {what}, not a feed; check the feed's address (a feed is RSS or Atom)")
    note = None
    if parsed.get("bozo"):
        note = f"feed repaired while reading ({type(parsed.get('bozo_exception')).__name__})"
    entries: list[Entry] = []
    seen: set[str] = set()
    for item in parsed.entries[:MAX_ENTRIES]:
        link = item.get("link") or ""
        link = urljoin(url, link.strip())
        if not link or check_url(link) or link in seen:
            continue
        seen.add(link)
        with warnings.catch_warnings():  # feedparser warns when 'updated' falls back to 'published'; so do we
            warnings.simplefilter("ignore", DeprecationWarning)
            updated = _iso(item.get("updated_parsed")) or _iso(item.get("published_parsed"))
        published = _iso(item.get("published_parsed"))
        entries.append(Entry(link, updated, item.get("title"), published[:10] if published else None))
    return Listing(tuple(entries), note=note)


def parse_sitemap(body: bytes, url: str) -> Listing:
    """URLs (with ``lastmod``) of a sitemap, or the sitemaps a sitemap index names."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        head = body[:300].decode("utf-8", "replace").lower()
        what = "an HTML page" if "<html" in head or "<!doctype html" in head else f"not XML ({exc})"
        return Listing(problem=f"{url}: {what}, not a sitemap; check the sitemap's address")
    tag = etree.QName(root).localname if isinstance(root.tag, str) else ""
    if tag not in ("urlset", "sitemapindex"):
        return Listing(problem=f"{url}: the XML root is <{tag}>, not a sitemap <urlset> or <sitemapindex>")
    host = urlsplit(url).netloc.lower()
    child = "url" if tag == "urlset" else "sitemap"
    entries: list[Entry] = []
    sitemaps: list[str] = []
    for node in root.iter(f"{SITEMAP_NS}{child}", child):
        loc = (node.findtext(f"{SITEMAP_NS}loc") or node.findtext("loc") or "").strip()
        if not loc or check_url(loc):
            continue
        loc = urljoin(url, loc)
        if urlsplit(loc).netloc.lower() != host:
            continue  # the protocol lets a sitemap name its own host's URLs only
        if tag == "sitemapindex":
            sitemaps.append(loc)
            continue
        lastmod = (node.findtext(f"{SITEMAP_NS}lastmod") or node.findtext("lastmod") or "").strip()
        entries.append(Entry(loc, _normal_lastmod(lastmod)))
        if len(entries) >= MAX_ENTRIES:
            break
    return Listing(tuple(entries), tuple(sitemaps[:1000]))


def _normal_lastmod(value: str) -> str | None:
    """A W3C datetime as UTC ISO (``2024-03-01`` or ``2024-03-01T10:00:00+02:00``); None when unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
