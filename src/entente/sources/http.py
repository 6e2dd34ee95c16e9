"""A polite HTTP client (httpx): robots.txt, one request at a time per host with a delay, conditional GETs,
timeouts, bounded answers, and retries with backoff on 429 and 5xx.

Every request ends in a :class:`Fetched`: an answer, or a failure with a short ``reason`` code (for counts) and
a sentence that says what went wrong. Nothing here raises for a bad server.
"""

from __future__ import annotations

import logging
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from .catalog import FetchSettings

log = logging.getLogger("entente.fetch")

VERSION = "0.1.0"
USER_AGENT = f"Entente/{VERSION} (local-first event data; honours robots.txt)"
RETRY_STATUSES = {429, 500, 502, 503, 504}
REDIRECTS = {301, 302, 303, 307, 308}
MAX_RETRY_AFTER = 120.0
"""A Retry-After longer than this ends the request for this run; the URL is retried in a later run."""


@dataclass(frozen=True)
class Fetched:
    """What came of one request: a body, a 304, or a failure with its reason."""

    url: str
    """The URL asked for (redirects followed from it end at ``final_url``)."""
    status: int | None = None
    body: bytes = b""
    final_url: str = ""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""
    reason: str | None = None
    """Short code of a failure (``http-404``, ``timeout``, ``redirect-loop`` …), None when it worked."""
    detail: str = ""
    retry_after: float | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.reason is None and self.status == 304


@dataclass
class _Host:
    next_at: float = 0.0
    robots: urllib.robotparser.RobotFileParser | None = None
    robots_note: str | None = None
    """Why everything on the host is refused this run (robots.txt unreachable), or None."""
    robots_reason: str = "robots"
    """The reason code of that refusal: the robots.txt request's own (``unreachable``, ``timeout`` …)."""
    crawl_delay: float = 0.0


@dataclass
class PoliteClient:
    """One client for a run: remembers each host's robots.txt and when it may be asked again."""

    settings: FetchSettings = field(default_factory=FetchSettings)
    user_agent: str = USER_AGENT
    on_request: Callable[[str], None] | None = None
    """Called before each request goes out (the progress display)."""
    hosts: dict[str, _Host] = field(default_factory=dict)
    requests: int = 0

    def __post_init__(self) -> None:
        self.client = httpx.Client(
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(self.settings.timeout),
            follow_redirects=False,
            trust_env=False,
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- robots.txt --------------------------------------------------------------------
    def allowed(self, url: str) -> tuple[bool, str, str]:
        """Whether robots.txt lets Entente fetch ``url`` (fetching robots.txt on a host's first URL), with the
        reason code and sentence of a refusal."""
        host = self._host(url)
        if host.robots is None and host.robots_note is None:
            self._load_robots(url, host)
        if host.robots_note is not None:
            return False, host.robots_reason, host.robots_note
        assert host.robots is not None
        if host.robots.can_fetch(self.user_agent, url):
            return True, "", ""
        return False, "robots", "disallowed by the site's robots.txt"

    def _load_robots(self, url: str, host: _Host) -> None:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        answer = self._get(robots_url, {}, robots=True)
        parser = urllib.robotparser.RobotFileParser(robots_url)
        if answer.ok:
            parser.parse(answer.body.decode("utf-8", "replace").splitlines())
        elif answer.status is not None and 400 <= answer.status < 500:
            parser.parse([])  # no robots.txt: everything is allowed (RFC 9309)
        else:
            # RFC 9309: an unreachable robots.txt means the whole site is off limits until it answers.
            host.robots_note = f"robots.txt could not be read ({answer.detail or answer.reason}); nothing fetched there"
            host.robots_reason = answer.reason or "robots"
            return
        host.robots = parser
        delay = parser.crawl_delay(self.user_agent)
        host.crawl_delay = float(delay) if delay else 0.0

    # --- requests ----------------------------------------------------------------------
    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET with redirects followed (each hop checked against robots.txt), conditional when validators are
        given, retried with backoff on 429/5xx."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = [url]
        current = url
        for _ in range(self.settings.max_redirects + 1):
            allowed, code, why = self.allowed(current)
            if not allowed:
                return Fetched(url, reason=code, detail=f"{current}: {why}", final_url=current)
            answer = self._with_retries(current, headers)
            if answer.status not in REDIRECTS or answer.reason is not None:
                return _replace_url(answer, url, current)
            target = answer.detail
            if not target:
                return Fetched(url, answer.status, reason="bad-redirect", detail=f"{current}: redirect without a "
                               "Location header", final_url=current)  # fmt: skip
            if target in seen:
                chain = " -> ".join([*seen, target])
                return Fetched(url, answer.status, reason="redirect-loop", detail=f"redirect loop: {chain}",
                               final_url=current)  # fmt: skip
            if urlsplit(target).scheme not in ("http", "https"):
                return Fetched(url, answer.status, reason="bad-redirect", detail=f"{current}: redirect to {target!r}",
                               final_url=current)  # fmt: skip
            seen.append(target)
            current = target
            headers = {}  # validators belong to the first URL only
        return Fetched(url, reason="redirect-loop", final_url=current,
                       detail=f"more than {self.settings.max_redirects} redirects: {' -> '.join(seen)}")  # fmt: skip

    def _with_retries(self, url: str, headers: dict[str, str]) -> Fetched:
        answer = self._get(url, headers)
        for attempt in range(self.settings.retries):
            if answer.status not in RETRY_STATUSES or answer.reason not in (None, f"http-{answer.status}"):
                return answer
            wait = self.settings.backoff * 2**attempt
            if answer.retry_after is not None:
                if answer.retry_after > MAX_RETRY_AFTER:
                    return answer
                wait = max(wait, answer.retry_after)
            log.info("%s: HTTP %s, retrying in %.1f s", url, answer.status, wait)
            host = self._host(url)
            host.next_at = max(host.next_at, time.monotonic() + wait)
            answer = self._get(url, headers)
        return answer

    def _host(self, url: str) -> _Host:
        return self.hosts.setdefault(urlsplit(url).netloc.lower(), _Host())

    def _wait_turn(self, url: str) -> _Host:
        host = self._host(url)
        pause = host.next_at - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        return host

    def _get(self, url: str, headers: dict[str, str], robots: bool = False) -> Fetched:
        """One request, after the host's delay; the host's next turn starts when this one has ended."""
        host = self._wait_turn(url)
        if self.on_request is not None:
            self.on_request(url)
        self.requests += 1
        try:
            return self._read(url, headers)
        finally:
            host.next_at = time.monotonic() + max(self.settings.delay, host.crawl_delay)

    def _read(self, url: str, headers: dict[str, str]) -> Fetched:
        settings = self.settings
        deadline = time.monotonic() + settings.page_seconds
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                meta = {
                    "etag": response.headers.get("etag"),
                    "last_modified": response.headers.get("last-modified"),
                    "content_type": response.headers.get("content-type", ""),
                }
                if status in REDIRECTS:
                    location = response.headers.get("location")
                    return Fetched(url, status, detail=urljoin(url, location) if location else "")
                if status == 304:
                    return Fetched(url, status, final_url=url, **meta)
                if status != 200:
                    retry_after = _retry_after(response.headers.get("retry-after"))
                    return Fetched(url, status, reason=f"http-{status}", detail=f"{url}: HTTP {status}",
                                   retry_after=retry_after, **meta)  # fmt: skip
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > settings.max_bytes:
                    return _too_large(url, status, int(declared), settings.max_bytes)
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > settings.max_bytes:
                        return _too_large(url, status, len(body), settings.max_bytes, whole=False)
                    if time.monotonic() > deadline:
                        return Fetched(url, status, reason="too-slow", detail=f"{url}: the answer took over "
                                       f"{settings.page_seconds:g} s (slow server); cut off")  # fmt: skip
                return Fetched(url, status, bytes(body), url, **meta)
        except httpx.TimeoutException as exc:
            kind = "connect" if isinstance(exc, httpx.ConnectTimeout) else "answer"
            return Fetched(url, reason="timeout", detail=f"{url}: no {kind} within {settings.timeout:g} s")
        except httpx.ConnectError as exc:
            return Fetched(url, reason="unreachable", detail=f"{url}: cannot connect ({_short(exc)})")
        except httpx.HTTPError as exc:
            return Fetched(url, reason="http-error", detail=f"{url}: {type(exc).__name__} ({_short(exc)})")


def _too_large(url: str, status: int, size: int, cap: int, whole: bool = True) -> Fetched:
    said = "declares" if whole else "sent over"
    return Fetched(url, status, reason="too-large", detail=f"{url}: the answer {said} {size / 1e6:.1f} MB, over the "
                   f"{cap / 1e6:.1f} MB cap (max_bytes in [fetch])")  # fmt: skip


def _replace_url(answer: Fetched, asked: str, final: str) -> Fetched:
    return replace(answer, url=asked, final_url=final)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120] or type(exc).__name__
