"""What every response and request of the server goes through: Host allow-list, security headers, NUL bytes.

A server on loopback whose reads need no token answers only to the names of this machine: a page on
another site that rebinds its own name to 127.0.0.1 (DNS rebinding) sends its own Host header, and is
refused. Every response says how browsers may use it (CSP, no MIME sniffing, no framing).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from fastapi import Request, Response
from fastapi.responses import JSONResponse

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]", "localhost.localdomain"})

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# FastAPI's interactive docs load their scripts from a CDN; they get the framing rule only.
DOCS_POLICY = "frame-ancestors 'none'"
DOCS_PATHS = ("/docs", "/redoc")

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def host_name(header: str) -> str:
    """The host part of a Host header, lower-case, without the port (``[::1]:8000`` → ``[::1]``)."""
    header = header.strip().lower()
    if header.startswith("["):
        return header.split("]", 1)[0] + "]"
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def allowed_names(extra: Iterable[str] = ()) -> frozenset[str]:
    return LOOPBACK_NAMES | {host_name(name) for name in extra}


Handler = Callable[[Request], Awaitable[Response]]


def guard_middleware(allowed_hosts: frozenset[str] | None) -> Callable[[Request, Handler], Awaitable[Any]]:
    """Refuse unknown Host headers (when ``allowed_hosts`` is set) and NUL bytes; add the security headers."""

    async def guard(request: Request, call_next: Handler) -> Response:
        if allowed_hosts is not None:
            host = host_name(request.headers.get("host", ""))
            if host not in allowed_hosts:
                response: Response = JSONResponse(
                    {"detail": "this server does not answer to that host name; use http://127.0.0.1:PORT/ "
                               "(or start it with --allow-host NAME)"}, status_code=400,
                )  # fmt: skip
                return _secure(request, response)
        raw = request.scope.get("raw_path") or b""
        if "\x00" in request.url.path or b"%00" in raw.lower() or b"%00" in request.scope.get("query_string", b""):
            return _secure(request, JSONResponse({"detail": "NUL byte in the request; remove it"}, status_code=400))
        return _secure(request, await call_next(request))

    return guard


def _secure(request: Request, response: Response) -> Response:
    docs = request.url.path.startswith(DOCS_PATHS)
    response.headers["Content-Security-Policy"] = DOCS_POLICY if docs else CONTENT_SECURITY_POLICY
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response
