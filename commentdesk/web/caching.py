"""HTTP revalidation for public reads: an ETag over the exact bytes served.

Every article page view reads its thread, and most reads find it unchanged.
An ETag computed from the response body lets a browser (or a CDN) ask "still
this?" and get a bodyless 304 instead of the page again. Hashing the body,
rather than keeping a version counter, means nothing that changes a page
(a decision, an edit, a renamed author, a retitled story) can forget to bump
it. The database is still read; what is saved is the transfer and the
reader's parsing, and with ``thread_cache_s`` a shared cache may answer for a
few seconds without asking at all.
"""

from __future__ import annotations

import hashlib
from typing import Any

from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from starlette.requests import Request
from starlette.responses import Response


def etag_of(body: bytes) -> str:
    """A strong validator: the same bytes, and only they, get the same tag."""
    return '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'


def matches(if_none_match: str, etag: str) -> bool:
    """Whether an ``If-None-Match`` header names ``etag`` (RFC 9110: weak
    comparison, so ``W/"x"`` matches ``"x"``; ``*`` matches any)."""
    for candidate in if_none_match.split(","):
        tag = candidate.strip()
        if tag == "*":
            return True
        if tag.removeprefix("W/") == etag:
            return True
    return False


def cache_control(shared_max_age_s: int) -> str:
    # Browsers always revalidate (a reader who just posted must see the page
    # as it is now); a shared cache may hold a page briefly when asked to.
    if shared_max_age_s > 0:
        return f"public, max-age=0, s-maxage={shared_max_age_s}, must-revalidate"
    return "no-cache"


def conditional_json(request: Request, payload: Any, shared_max_age_s: int = 0) -> Response:
    """``payload`` as JSON with an ETag, or a 304 when the client already has it."""
    response = JSONResponse(jsonable_encoder(payload))
    etag = etag_of(bytes(response.body))
    headers = {"ETag": etag, "Cache-Control": cache_control(shared_max_age_s)}
    if matches(request.headers.get("if-none-match", ""), etag):
        return Response(status_code=304, headers=headers)
    response.headers.update(headers)
    return response
