"""A small news site served on 127.0.0.1 for the live-source tests, written for them (no third-party text).

Two RSS feeds, one Atom feed, a sitemap, 32 article pages, a robots.txt that disallows /private/, a page that
answers 500 twice and then 200, a redirect loop, a page that stalls, and a feed (``world.rss``) that names two
more articles from ``phase`` 2 on. Every request is logged with its arrival time, path, status and whether it
was conditional; ETag and Last-Modified are sent and honoured (304).
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

LEADS = [
    "Kazakhstan and Russia signed an agreement on oil transit through the Caspian pipeline on Tuesday.",
    "Uzbekistan's foreign minister met his Kyrgyz counterpart in Tashkent to discuss the shared border.",
    "Poland praised Lithuania for its support during the winter gas shortage.",
    "Turkey and Azerbaijan held joint naval exercises off the coast near Baku.",
    "Mongolia signed a memorandum with China on a new railway crossing in the Gobi.",
    "Armenia accused Azerbaijan of shelling villages near the northern border overnight.",
    "Japan pledged fresh aid to the Philippines after the typhoon destroyed coastal towns.",
    "Norway and Finland agreed to cooperate on Arctic search and rescue flights.",
    "Kenya hosted Ethiopian officials for talks on the disputed grazing lands.",
    "Brazil criticized Argentina over new import quotas on steel and cars.",
    "Georgia's prime minister visited Brussels to press the case for closer trade ties.",
    "Vietnam protested after Chinese coast guard ships entered waters it claims.",
    "Egypt and Sudan signed a deal on sharing data about the flow of the Nile.",
    "Chile praised Peru for the swift return of fishermen detained at sea.",
    "Canada expelled a diplomat from Iran after a row over consular access.",
    "India and Bangladesh agreed to reopen a rail link closed for decades.",
    "Serbia condemned Kosovo for the arrest of a local official near Mitrovica.",
    "Ghana signed an accord with Togo on policing the shared coastline.",
    "Indonesia and Malaysia held talks on palm oil rules set by European buyers.",
    "Estonia accused Russia of jamming signals used by aircraft over the Baltic.",
    "Tajikistan and Kyrgyzstan signed a protocol on the demarcation of their border.",
    "Morocco praised Spain for its position on the future of the western territory.",
    "Thailand hosted Cambodian ministers for talks on a disputed temple site.",
    "Nigeria and Cameroon agreed to joint patrols on Lake Chad.",
    "Greece criticized Turkey over survey ships sent to contested waters.",
    "South Korea pledged medical aid to Laos after an outbreak of fever in the north.",
    "Belarus and China signed a package of agreements on machinery and potash.",
    "Australia and Fiji agreed to expand police training in the Pacific.",
    "Colombia condemned Venezuela for the closure of a border bridge at Cucuta.",
    "Qatar hosted talks between Chad's government and rebel groups in Doha.",
    "Hungary and Slovakia signed an agreement on a new bridge over the Danube.",
    "Pakistan accused Afghanistan of sheltering fighters who attacked a border post.",
]
SECONDS = [
    "Officials said further meetings were planned for the spring.",
    "The statement gave no figures, and neither side took questions from reporters.",
    "Analysts in the region said the move had been expected for several weeks.",
    "A spokesman for the ministry said the talks had been frank and detailed.",
    "The announcement followed a phone call between the two leaders on Monday.",
    "Opposition lawmakers asked for the text of the agreement to be published.",
    "Local traders welcomed the news, saying delays had cost them dearly.",
]


def article_html(number: int) -> str:
    lead = LEADS[(number - 1) % len(LEADS)]
    month = (number - 1) % 12 + 1
    second = SECONDS[number % len(SECONDS)]
    third = f"Report number {number} was filed by the desk in the capital."
    return (
        f"<!doctype html><html><head><title>Story {number}</title>"
        f'<meta property="article:published_time" content="2023-{month:02d}-{number % 27 + 1:02d}"></head>'
        f"<body><nav>Home | World | Region</nav><article><h1>Story {number}</h1>"
        f"<p>Published {number % 27 + 1} {_MONTHS[month - 1]} 2023</p><p>{lead}</p><p>{second}</p><p>{third}</p>"
        "</article><footer>Entente test wire</footer></body></html>"
    )


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip

WORLD = list(range(1, 11))
WORLD_LATER = [31, 32]
REGION = list(range(11, 19))
ANALYSIS = list(range(19, 25))
SITEMAP = list(range(25, 31))
SPECIAL_WORLD = ["/private/secret-1", "/flaky/story"]
SPECIAL_REGION = ["/loop/a", "/slow/story"]
SPECIAL_SITEMAP = ["/private/secret-2"]


def rss(base: str, title: str, paths: list[str], updated: tuple[str, ...] = ()) -> str:
    """An RSS 2.0 feed; the paths in ``updated`` carry a later date (the article was revised)."""
    items = "".join(
        f"<item><title>{escape(p)}</title><link>{base}{p}</link>"
        f"<pubDate>{'Tue, 09 Jan 2024 12:00:00 GMT' if p in updated else 'Mon, 01 Jan 2024 10:00:00 GMT'}</pubDate>"
        "</item>"
        for p in paths
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>{base}/</link><description>test</description>{items}</channel></rss>")  # fmt: skip


def atom(base: str, paths: list[str]) -> str:
    entries = "".join(
        f"<entry><title>{escape(p)}</title><link href=\"{base}{p}\"/><id>{base}{p}</id>"
        "<updated>2024-01-01T10:00:00Z</updated></entry>"
        for p in paths
    )
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Analysis</title>'
            f"<id>{base}/analysis</id><updated>2024-01-09T10:00:00Z</updated>{entries}</feed>")  # fmt: skip


def sitemap(base: str, paths: list[str]) -> str:
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>2024-01-05</lastmod></url>" for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')  # fmt: skip


def story(number: int) -> str:
    return f"/news/story-{number}.html"


@dataclass
class Request:
    at: float
    path: str
    status: int
    conditional: bool
    user_agent: str


@dataclass
class Site:
    """The site's content and state; ``pages`` maps a path to (content type, body) and may be changed live."""

    base: str = ""
    phase: int = 1
    log: list[Request] = field(default_factory=list)
    flaky_hits: int = 0
    stall_seconds: float = 5.0
    extra: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def allowed_articles(self) -> set[str]:
        """The article URLs a polite fetch of this phase should store."""
        numbers = WORLD + REGION + ANALYSIS + SITEMAP + (WORLD_LATER if self.phase >= 2 else [])
        return {self.base + story(n) for n in numbers} | {self.base + "/flaky/story"}

    def page(self, path: str) -> tuple[int, str, bytes, dict[str, str]]:
        base = self.base
        if path in self.extra:
            kind, body = self.extra[path]
            return 200, kind, body, {}
        if path == "/robots.txt":
            return 200, "text/plain", b"User-agent: *\nDisallow: /private/\n", {}
        if path == "/feeds/world.rss":
            numbers = WORLD + (WORLD_LATER if self.phase >= 2 else [])
            revised = (story(3),) if self.phase >= 2 else ()  # the date changes, the page does not: a 304
            body = rss(base, "World", [story(n) for n in numbers] + SPECIAL_WORLD, revised)
            return 200, "application/rss+xml", body.encode(), {}
        if path == "/feeds/region.rss":
            return 200, "application/rss+xml", rss(base, "Region", [story(n) for n in REGION] + SPECIAL_REGION).encode(), {}
        if path == "/feeds/analysis.atom":
            return 200, "application/atom+xml", atom(base, [story(n) for n in ANALYSIS]).encode(), {}
        if path == "/sitemap.xml":
            paths = [story(n) for n in SITEMAP] + SPECIAL_SITEMAP + [story(1)]
            return 200, "application/xml", sitemap(base, paths).encode(), {}
        if path.startswith("/news/story-") and path.endswith(".html"):
            number = int(path[len("/news/story-") : -len(".html")])
            if 1 <= number <= 32:
                return 200, "text/html; charset=utf-8", article_html(number).encode(), {}
        if path == "/flaky/story":
            with self.lock:
                self.flaky_hits += 1
                hits = self.flaky_hits
            if hits <= 2:
                return 500, "text/plain", b"temporarily broken", {}
            return 200, "text/html; charset=utf-8", article_html(33).encode(), {}
        if path.startswith("/private/"):
            return 200, "text/html; charset=utf-8", article_html(34).encode(), {}
        if path == "/loop/a":
            return 302, "text/plain", b"", {"Location": f"{base}/loop/b"}
        if path == "/loop/b":
            return 302, "text/plain", b"", {"Location": f"{base}/loop/a"}
        return 404, "text/plain", b"not found", {}


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            arrived = time.monotonic()
            path = self.path.split("?")[0]
            conditional = "If-None-Match" in self.headers or "If-Modified-Since" in self.headers
            agent = self.headers.get("User-Agent", "")
            if path == "/slow/story":
                self._stall(arrived, agent)
                return
            status, kind, body, headers = site.page(path)
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                status, body = 304, b""
            site.log.append(Request(arrived, path, status, conditional, agent))
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            if status in (200, 304):
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", "Mon, 01 Jan 2024 10:00:00 GMT")
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def _stall(self, arrived: float, agent: str) -> None:
            site.log.append(Request(arrived, "/slow/story", 200, False, agent))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"<html><body>")
            self.wfile.flush()
            time.sleep(site.stall_seconds)  # and never finish

    return Handler


class SiteServer:
    """The site on 127.0.0.1, a free port, in a daemon thread; use as a context manager."""

    def __init__(self, site: Site | None = None) -> None:
        self.site = site or Site()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.site))
        self.server.daemon_threads = True
        self.site.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self.site

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def sources_toml(base: str, delay: float = 0.2) -> str:
    return f"""[fetch]
delay = {delay}
timeout = 1.0
page_seconds = 2.0
retries = 2
backoff = 0.1

[[source]]
name = "world"
kind = "feed"
url = "{base}/feeds/world.rss"

[[source]]
name = "region"
kind = "feed"
url = "{base}/feeds/region.rss"

[[source]]
name = "analysis"
kind = "feed"
url = "{base}/feeds/analysis.atom"

[[source]]
name = "map"
kind = "sitemap"
url = "{base}/sitemap.xml"
"""
