"""Who is calling: API keys for newsroom systems, host-site JWTs for readers.

A key is bound to one site and one role; every moderation endpoint asks for a
role and only ever sees its key's site. A reader is whoever the host site says
it is, in a short-lived HS256 token signed with the site's secret.
"""

from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Request

from commentdesk.actions.submission import unstorable
from commentdesk.domain import Principal, Role, Site
from commentdesk.services import Services
from commentdesk.store import keys as key_store
from commentdesk.store import sites as site_store

JWT_ALGORITHMS = ["HS256"]  # pinned: "none" and asymmetric confusion are refused


class Unauthorized(Exception):
    """401; ``reason`` as on :class:`commentdesk.errors.CommentDeskError`."""

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason


class PermissionDenied(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Reader:
    site_id: int
    external_id: str
    name: str


def services_of(request: Request) -> Services:
    return request.app.state.services


def presented_key(request: Request) -> str | None:
    key = request.headers.get("x-api-key")
    if key:
        return key.strip()
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer ") and auth[7:].strip().startswith(key_store.KEY_PREFIX):
        return auth[7:].strip()
    return None


def key_principal(request: Request) -> Principal | None:
    """The API-key caller, if a key was presented; a bad key is an error, not anonymity."""
    cached = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    plaintext = presented_key(request)
    if plaintext is None:
        return None
    key = request.app.state.lookups.api_key(plaintext)
    if key is None:
        raise Unauthorized("the API key is not valid")
    principal = Principal(site_id=key.site_id, role=key.role, name=f"key:{key.name}")
    request.state.principal = principal
    return principal


def require_role(request: Request, *roles: Role) -> Principal:
    principal = key_principal(request) or getattr(request.state, "dashboard_principal", None)
    if principal is None:
        raise Unauthorized("an API key is required (X-API-Key header)")
    if principal.role not in roles:
        allowed = ", ".join(r.value for r in roles)
        raise PermissionDenied(f"this needs the role {allowed}; the key has {principal.role}")
    return principal


def require_moderator(request: Request) -> Principal:
    return require_role(request, Role.ADMIN, Role.MODERATOR)


def require_admin(request: Request) -> Principal:
    return require_role(request, Role.ADMIN)


def require_integration(request: Request) -> Principal:
    return require_role(request, Role.ADMIN, Role.INTEGRATION)


def bearer_token(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if not auth.lower().startswith("bearer "):
        return None
    token = auth[7:].strip()
    return None if token.startswith(key_store.KEY_PREFIX) else token


def reader_from_token(services: Services, site: Site, token: str) -> Reader:
    """Verify a host-site token: HS256 only, signed by this site, `exp` and `sub` required."""
    settings = services.settings
    try:
        claims = jwt.decode(
            token,
            site.jwt_secret,
            algorithms=JWT_ALGORITHMS,
            options={"require": ["exp", "sub"]},
            leeway=settings.jwt_leeway_s,
        )
    except jwt.ExpiredSignatureError as err:
        raise Unauthorized(
            "the sign-in token has expired; sign in again", reason="token_expired"
        ) from err
    except jwt.InvalidTokenError as err:
        raise Unauthorized(f"the sign-in token is not valid: {err}", "token_invalid") from err
    iat = claims.get("iat")
    exp = claims["exp"]
    if isinstance(iat, int | float) and exp - iat > settings.jwt_max_age_s + settings.jwt_leeway_s:
        raise Unauthorized(
            "the sign-in token lives too long; issue short-lived tokens", "token_invalid"
        )
    sub = str(claims["sub"]).strip()
    if not sub or len(sub) > 300:
        raise Unauthorized("the sign-in token has no usable subject", "token_invalid")
    name = str(claims.get("name") or claims.get("preferred_username") or sub)[:200]
    for claim, value in (("sub", sub), ("name", name)):
        problem = unstorable(value)
        if problem:
            raise Unauthorized(f"the sign-in token's {claim} {problem}", "token_invalid")
    return Reader(site_id=site.id, external_id=sub, name=name)


def site_by_slug(services: Services, slug: str) -> Site | None:
    with services.store.read() as conn:
        return site_store.by_slug(conn, slug)
