"""Rendering for the dashboard: one autoescaping Jinja environment and the page frame.

Every page gets the signed-in user, the sites they may switch to, and the CSRF
token (in a meta tag for scripts and in every form).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse

from commentdesk.store import sites as site_store
from commentdesk.web import csrf
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


ENV.filters["when"] = _when
ENV.filters["pct"] = _pct


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
    from urllib.parse import quote

    return RedirectResponse(f"/dashboard/login?next={quote(target, safe='')}", status_code=303)
