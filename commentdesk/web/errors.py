"""Every error answers as JSON that says what is wrong: `{"error": {code, message, ...}}`."""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy.exc
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from commentdesk.errors import CommentDeskError, Conflict, Forbidden, InvalidInput, NotFound
from commentdesk.web.auth import PermissionDenied, Unauthorized
from commentdesk.web.ratelimit import TooManyRequests

log = logging.getLogger("commentdesk.web")

STATUS = {InvalidInput: 422, NotFound: 404, Conflict: 409, Forbidden: 403}


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **extra}}


def _domain(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, CommentDeskError)
    status = next((s for cls, s in STATUS.items() if isinstance(exc, cls)), 400)
    extra: dict[str, Any] = {"field": exc.field} if exc.field else {}
    if exc.reason:
        extra.update(reason=exc.reason, params=exc.params)
    return JSONResponse(error_body(exc.code, exc.message, **extra), status_code=status)


def _validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        if err.get("type") == "json_invalid":
            problems.append(_malformed(err))
            continue
        location = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        problems.append({"field": location, "problem": err.get("msg", "invalid")})
    first = problems[0] if problems else {"field": "body", "problem": "invalid"}
    message = f"{first['field']}: {first['problem']}"
    malformed = any(e.get("type") == "json_invalid" for e in exc.errors())
    code = "malformed_json" if malformed else "invalid_input"
    return JSONResponse(
        error_body(code, message, problems=problems), status_code=400 if malformed else 422
    )


def _malformed(err: dict[str, Any]) -> dict[str, str]:
    """Where the JSON broke and why, rather than its offset alone."""
    at = err.get("loc", ("body", "?"))[-1]
    why = err.get("ctx", {}).get("error", "JSON decode error")
    return {"field": "body", "problem": f"malformed JSON at character {at}: {why}"}


def _unparsed(exc: HTTPException) -> tuple[str, str] | None:
    """FastAPI answers every body its JSON parser raised on with one message;
    (code, message) for the causes a caller can fix."""
    cause = exc.__cause__
    if isinstance(cause, UnicodeDecodeError):
        return "invalid_encoding", "the request body is not valid UTF-8"
    if isinstance(cause, RecursionError):
        return "malformed_json", "body: the JSON is nested too deeply"
    if isinstance(cause, ValueError) and "digits" in str(cause):
        return "malformed_json", "body: a number in the JSON has too many digits"
    return None


def _http(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    unparsed = _unparsed(exc) if exc.status_code == 400 else None
    if unparsed is not None:
        return JSONResponse(error_body(*unparsed), status_code=400)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return JSONResponse(
        error_body(code, str(exc.detail)), status_code=exc.status_code, headers=exc.headers
    )


def _unauthorized(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, Unauthorized)
    extra = {"reason": exc.reason, "params": {}} if exc.reason else {}
    return JSONResponse(error_body("unauthorized", exc.message, **extra), status_code=401)


def _denied(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, PermissionDenied)
    return JSONResponse(error_body("forbidden", exc.message), status_code=403)


def _too_many(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, TooManyRequests)
    return JSONResponse(
        error_body("rate_limited", str(exc), retry_after=exc.retry_after),
        status_code=429,
        headers={"Retry-After": str(exc.retry_after)},
    )


def _unicode(_request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse(
        error_body("invalid_encoding", "the request body is not valid UTF-8"), status_code=400
    )


def _out_of_range(_request: Request, exc: Exception) -> JSONResponse:
    # Defence in depth: routes bound their numbers, but a value the database can't
    # hold is still the caller's mistake, not ours.
    return JSONResponse(
        error_body("out_of_range", "a value in the request is out of range for what it names"),
        status_code=422,
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(CommentDeskError, _domain)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(Unauthorized, _unauthorized)
    app.add_exception_handler(PermissionDenied, _denied)
    app.add_exception_handler(TooManyRequests, _too_many)
    app.add_exception_handler(UnicodeDecodeError, _unicode)
    app.add_exception_handler(OverflowError, _out_of_range)
    app.add_exception_handler(sqlalchemy.exc.DataError, _out_of_range)
