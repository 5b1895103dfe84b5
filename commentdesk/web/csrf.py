"""CSRF tokens for the dashboard: bound to the session, checked on every state change.

A signed-in form carries HMAC(secret, session id); JavaScript sends the same
token in the X-CSRF-Token header. The sign-in form, which has no session yet,
is bound to a random nonce in a short-lived cookie instead (so a login form
can't be submitted from another site either).
"""

from __future__ import annotations

import hmac
import secrets

from fastapi import Request
from fastapi.responses import Response

from commentdesk.web.auth import PermissionDenied
from commentdesk.web.sessions import COOKIE_PATH, Session, is_secure, signer

HEADER = "x-csrf-token"
FIELD = "csrf_token"
LOGIN_COOKIE = "cd_login"


class CsrfFailed(PermissionDenied):
    """The request changes state but its CSRF token is missing or wrong (answered 403)."""


def token_for(request: Request, session: Session) -> str:
    return signer(request).mac(f"csrf|{session.sid}")


def verify(request: Request, session: Session, presented: str | None) -> None:
    expected = token_for(request, session)
    if not presented or not hmac.compare_digest(presented, expected):
        raise CsrfFailed("the form has expired or did not come from this dashboard; reload")


def login_nonce(request: Request) -> str:
    return request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(16)


def login_token(request: Request, nonce: str) -> str:
    return signer(request).mac(f"login|{nonce}")


def set_login_cookie(request: Request, response: Response, nonce: str) -> None:
    response.set_cookie(
        LOGIN_COOKIE,
        nonce,
        max_age=3600,
        path=COOKIE_PATH,
        httponly=True,
        samesite="strict",
        secure=is_secure(request),
    )


def verify_login(request: Request, presented: str | None) -> None:
    nonce = request.cookies.get(LOGIN_COOKIE)
    if not nonce or not presented:
        raise CsrfFailed("the sign-in form has expired; reload the page")
    if not hmac.compare_digest(presented, login_token(request, nonce)):
        raise CsrfFailed("the sign-in form has expired; reload the page")
