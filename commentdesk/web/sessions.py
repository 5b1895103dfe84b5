"""Dashboard sessions: a signed, expiring cookie naming the user and the site in view.

The cookie holds no secrets, only ids, and is signed with HMAC-SHA256 under the
session secret (settings.session_secret, or one generated once and kept in
DATA_DIR). Roles are read from the database on every request, so revoking a
membership or locking an account takes effect at once; so does ending a user's
sessions (signing out, a new password: `users.sessions_after`), which voids
every cookie signed in before it, copied ones included.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from fastapi import Request
from fastapi.responses import Response

from commentdesk.config import Settings
from commentdesk.domain import Principal, Role
from commentdesk.store import users as user_store
from commentdesk.store.users import User
from commentdesk.web.auth import services_of

COOKIE = "cd_session"
COOKIE_PATH = "/dashboard"
LIFETIME_S = 12 * 3600


@dataclass(frozen=True)
class Session:
    user_id: int
    site_id: int
    sid: str  # random per sign-in; CSRF tokens are bound to it
    expires: int  # unix time
    issued: int  # unix time in microseconds: fine enough to order a sign-in after a sign-out


@dataclass(frozen=True)
class SignedIn:
    """The request's verified session, its user as stored now, and the site in view."""

    session: Session
    user: User
    principal: Principal

    @property
    def sites(self) -> dict[int, Role]:
        return self.user.roles


class Signer:
    """HMAC signing of small JSON payloads; used for the cookie and CSRF tokens."""

    def __init__(self, secret: bytes) -> None:
        self.secret = secret

    def mac(self, message: str) -> str:
        digest = hmac.new(self.secret, message.encode(), hashlib.sha256).digest()
        return _b64(digest)

    def sign(self, payload: dict[str, object]) -> str:
        body = _b64(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode())
        return f"{body}.{self.mac(body)}"

    def unsign(self, token: str) -> dict[str, object] | None:
        body, _, mac = token.partition(".")
        if not body or not mac or not hmac.compare_digest(mac, self.mac(body)):
            return None
        try:
            value = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        except ValueError:
            return None
        return value if isinstance(value, dict) else None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def load_secret(settings: Settings) -> bytes:
    """The configured secret, or one made once and kept (mode 0600) in DATA_DIR."""
    if settings.session_secret:
        return settings.session_secret.encode()
    path = Path(settings.data_dir) / "session_secret"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_urlsafe(48))
    return path.read_bytes().strip()


def signer(request: Request) -> Signer:
    state = request.app.state
    found = getattr(state, "session_signer", None)
    if not isinstance(found, Signer):
        found = Signer(load_secret(services_of(request).settings))
        state.session_signer = found
    return found


def issue(request: Request, response: Response, user: User, site_id: int) -> Session:
    now = time.time()
    session = Session(
        user.id, site_id, secrets.token_urlsafe(16), int(now) + LIFETIME_S, int(now * 1e6)
    )
    _set_cookie(request, response, session)
    return session


def switch_site(request: Request, response: Response, current: Session, site_id: int) -> None:
    _set_cookie(request, response, dataclasses.replace(current, site_id=site_id))


def _set_cookie(request: Request, response: Response, session: Session) -> None:
    token = signer(request).sign(
        {
            "u": session.user_id,
            "s": session.site_id,
            "sid": session.sid,
            "exp": session.expires,
            "iat": session.issued,
        }
    )
    response.set_cookie(
        COOKIE,
        token,
        max_age=max(0, session.expires - int(time.time())),
        path=COOKIE_PATH,
        httponly=True,
        samesite="lax",
        secure=is_secure(request),
    )


def clear(request: Request, response: Response) -> None:
    response.delete_cookie(
        COOKIE, path=COOKIE_PATH, httponly=True, samesite="lax", secure=is_secure(request)
    )


def is_secure(request: Request) -> bool:
    return bool(services_of(request).settings.secure_cookies) or request.url.scheme == "https"


def read(request: Request) -> Session | None:
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    payload = signer(request).unsign(token)
    if payload is None:
        return None
    user_id, site_id, sid, expires, issued = (
        payload.get(k) for k in ("u", "s", "sid", "exp", "iat")
    )
    if not (
        isinstance(user_id, int)
        and isinstance(site_id, int)
        and isinstance(sid, str)
        and isinstance(expires, int)
        and isinstance(issued, int)
    ):
        return None
    session = Session(user_id, site_id, sid, expires, issued)
    return session if session.expires > time.time() else None


def signed_in(request: Request) -> SignedIn | None:
    """The verified session with fresh roles, or None; also tells the API-layer checks."""
    cached = getattr(request.state, "signed_in", None)
    if isinstance(cached, SignedIn):
        return cached
    session = read(request)
    if session is None:
        return None
    services = services_of(request)
    with services.store.read() as conn:
        user = user_store.get(conn, session.user_id)
    if user is None or not user.roles:
        return None
    now = services.now()
    if user.locked_until is not None and user.locked_until > now:
        return None
    if user.sessions_after is not None and session.issued <= user.sessions_after.timestamp() * 1e6:
        return None  # signed out, or the password changed, since this sign-in
    site_id = session.site_id if session.site_id in user.roles else min(user.roles)
    role = user.roles[site_id]
    if role not in (Role.ADMIN, Role.MODERATOR):
        return None
    principal = Principal(site_id=site_id, role=role, name=f"user:{user.username}")
    found = SignedIn(session, user, principal)
    request.state.signed_in = found
    request.state.dashboard_principal = principal
    return found
