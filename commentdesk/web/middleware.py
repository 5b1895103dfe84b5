"""ASGI middleware that is on by default: size limits, security headers, CORS per site.

Each is a small class over the raw ASGI interface so it sees every request,
including ones the routers reject, and costs nothing on the hot path.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'self'"
)


async def _send_json(
    send: Send, status: int, body: dict[str, Any], headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


class BodyLimit:
    """Refuse requests over the configured size with 413, before parsing them.

    Paths under ``document_prefixes`` carry a policy document, which outgrows
    a comment's limit (the default policy alone is some 60 KB, more once
    form-encoded): they get ``max_document_bytes``.
    """

    def __init__(
        self,
        app: ASGIApp,
        max_bytes: int,
        google_paths: frozenset[str] = frozenset(),
        document_prefixes: tuple[str, ...] = (),
        max_document_bytes: int = 0,
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        # Perspective's clients read Google's error shape there, not ours.
        self.google_paths = google_paths
        self.document_prefixes = document_prefixes
        self.max_document_bytes = max(max_document_bytes, max_bytes)

    def _limit(self, path: str) -> int:
        documents = path.startswith(self.document_prefixes)  # False for no prefixes
        return self.max_document_bytes if documents else self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope["path"])
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > limit
                except ValueError:
                    await _send_json(send, 400, _error("bad_request", "invalid Content-Length"))
                    return
                if too_big:
                    await _send_json(send, 413, self._too_large(scope["path"]))
                    return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _send_json(send, 413, self._too_large(scope["path"]))

    def _too_large(self, path: str) -> dict[str, Any]:
        message = f"the request is over {self._limit(path)} bytes"
        if path in self.google_paths:
            return {"error": {"code": 413, "message": message, "status": "INVALID_ARGUMENT"}}
        return _error("request_too_large", message)


class _TooLarge(Exception):
    pass


def _error(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


class SecurityHeaders:
    """CSP, nosniff and friends on every response unless a route set its own."""

    def __init__(self, app: ASGIApp, csp: str = CSP) -> None:
        self.app = app
        self.csp = csp.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                defaults = [
                    (b"content-security-policy", self.csp),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"strict-origin-when-cross-origin"),
                    (b"x-frame-options", b"SAMEORIGIN"),
                ]
                headers += [(k, v) for k, v in defaults if k not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class SiteCors:
    """CORS for the reader-facing API, allowing only origins some site has configured.

    `origins()` returns the configured origins; it is cached briefly so a site's
    change reaches every process within seconds without a restart.
    """

    PUBLIC_PREFIXES = (
        "/api/v1/stories",
        "/api/v1/comments",
        "/api/v1/readers",  # a reader's own settings, such as whom they ignore
        "/embed",
        "/count.js",
    )

    def __init__(self, app: ASGIApp, origins: Callable[[], set[str]], ttl_s: float = 10.0) -> None:
        self.app = app
        self._origins = origins
        self._ttl = ttl_s
        self._cache: tuple[float, set[str]] = (0.0, set())

    def allowed(self) -> set[str]:
        stamp, cached = self._cache
        if time.monotonic() - stamp > self._ttl:
            try:
                cached = self._origins()
            except Exception:  # noqa: BLE001 - keep the last good list if the database blips
                return cached
            self._cache = (time.monotonic(), cached)
        return cached

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.PUBLIC_PREFIXES):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        origin = headers.get(b"origin", b"").decode("latin-1")
        if not origin or origin not in self.allowed():
            # The answer differs by origin even when it grants nothing, so a
            # cache must not hand this one to a page on an allowed origin.
            await self.app(scope, receive, _adding(send, [(b"vary", b"Origin")]))
            return
        cors = [
            (b"access-control-allow-origin", origin.encode()),
            (b"access-control-allow-credentials", b"true"),
            (b"vary", b"Origin"),
        ]
        if scope["method"] == "OPTIONS" and b"access-control-request-method" in headers:
            await send(
                {
                    "type": "http.response.start",
                    "status": 204,
                    "headers": cors
                    + [
                        (b"access-control-allow-methods", b"GET, POST, PATCH, DELETE, OPTIONS"),
                        (
                            b"access-control-allow-headers",
                            b"authorization, content-type, idempotency-key",
                        ),
                        (b"access-control-max-age", b"600"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return

        await self.app(scope, receive, _adding(send, cors))


def _adding(send: Send, extra: list[tuple[bytes, bytes]]) -> Send:
    """``send``, with ``extra`` headers added to the response's start."""

    async def send_with_headers(message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = list(message.get("headers", [])) + extra
        await send(message)

    return send_with_headers
