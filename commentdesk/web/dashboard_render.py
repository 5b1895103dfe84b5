"""Rendering for the dashboard: one autoescaping Jinja environment and the page frame.

Every page gets the signed-in user, the sites they may switch to, and the CSRF
token (in a meta tag for scripts and in every form). Pages and forms name who
may use them with :data:`Moderator`, :data:`ModeratorForm`, :data:`Admin` or
:data:`AdminForm`, so no handler can forget the sign-in, CSRF or role check.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

import jinja2
from fastapi import Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from commentdesk.errors import Forbidden
from commentdesk.store import sites as site_store
from commentdesk.web import csrf
from commentdesk.web import sessions as session_store
from commentdesk.web.auth import services_of
from commentdesk.web.sessions import SignedIn

TEMPLATES = Path(__file__).parent / "templates"

ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(TEMPLATES)),
    autoescape=True,  # everything a reader wrote is escaped, in every template
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def _span(seconds: float | None) -> str:
    """A wait as people say it: 45 s, 12 min, 3 h 5 min, 2 d 4 h."""
    if seconds is None:
        return "–"
    whole = int(round(seconds))
    if whole < 60:
        return f"{whole} s"
    minutes, hours, days = whole // 60, whole // 3600, whole // 86400
    if hours < 1:
        return f"{minutes} min"
    if days < 1:
        rest = minutes % 60
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    rest = hours % 24
    return f"{days} d {rest} h" if rest else f"{days} d"


ENV.filters["when"] = _when
ENV.filters["pct"] = _pct
ENV.filters["span"] = _span


def render(
    request: Request, name: str, me: SignedIn | None, status_code: int = 200, **context: Any
) -> HTMLResponse:
    frame: dict[str, Any] = {
        "me": me,
        "sites": [],
        "site": None,
        "csrf_token": "",
        "path": request.url.path,
    }
    if me is not None:
        services = services_of(request)
        with services.store.read() as conn:
            sites = [site_store.get(conn, sid) for sid in sorted(me.sites)]
        frame["sites"] = [s for s in sites if s is not None]
        frame["site"] = next((s for s in frame["sites"] if s.id == me.principal.site_id), None)
        frame["csrf_token"] = csrf.token_for(request, me.session)
    frame.update(context)
    html = ENV.get_template(name).render(**frame)
    return HTMLResponse(html, status_code=status_code, headers={"Cache-Control": "no-store"})


def to_login(request: Request) -> RedirectResponse:
    target = request.url.path
    if request.url.query:
        target += "?" + request.url.query
    return RedirectResponse(f"/dashboard/login?next={quote(target, safe='')}", status_code=303)


class SignInNeeded(Exception):
    """A dashboard page or form was asked for without a dashboard session."""


def sign_in_first(request: Request, _exc: Exception) -> Response:
    """The answer to :class:`SignInNeeded`: the login page, then back here."""
    return to_login(request)


def _moderator(request: Request) -> SignedIn:
    me = session_store.signed_in(request)
    if me is None:
        raise SignInNeeded
    return me


def _moderator_form(
    request: Request, csrf_token: Annotated[str, Form(max_length=200)] = ""
) -> SignedIn:
    me = _moderator(request)
    csrf.verify(request, me.session, csrf_token)
    return me


def _admin(me: Annotated[SignedIn, Depends(_moderator)]) -> SignedIn:
    if not me.principal.is_admin():
        raise Forbidden("only an admin of this site may do this")
    return me


def _admin_form(me: Annotated[SignedIn, Depends(_moderator_form)]) -> SignedIn:
    return _admin(me)


# The signed-in moderator or admin of a page; without a session, the login page.
Moderator = Annotated[SignedIn, Depends(_moderator)]
# The same for a form post, whose CSRF token is checked before the handler runs.
ModeratorForm = Annotated[SignedIn, Depends(_moderator_form)]
# As Moderator and ModeratorForm, for an admin only: anyone else gets a 403.
Admin = Annotated[SignedIn, Depends(_admin)]
AdminForm = Annotated[SignedIn, Depends(_admin_form)]
