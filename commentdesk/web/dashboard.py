"""The moderators' dashboard: sign-in, site switcher, queues, and in-place decisions.

Server-rendered Jinja pages under /dashboard with a small hand-written script
for the keyboard and in-place updates. Every state change needs a signed-in
session and its CSRF token, and goes through `commentdesk.actions`, so it
lands in the audit log like any other decision. The further pages (story,
author, audit, policy, analytics) live in the `dashboard_*` modules beside it.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from limits import parse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.engine import Connection

from commentdesk import actions
from commentdesk.errors import InvalidInput, NotFound
from commentdesk.store import comments as comment_store
from commentdesk.store import rows
from commentdesk.store import stories as story_store
from commentdesk.store import users as user_store
from commentdesk.web import (
    csrf,
    dashboard_analytics,
    dashboard_pages,
    dashboard_policy,
    dashboard_settings,
    dashboard_webhooks,
)
from commentdesk.web import sessions as session_store
from commentdesk.web.auth import Unauthorized, services_of
from commentdesk.web.dashboard_cards import build_cards
from commentdesk.web.dashboard_filters import QUEUE_LABELS, QUEUE_ORDERS, parse_filters
from commentdesk.web.dashboard_render import Moderator, ModeratorForm, render
from commentdesk.web.schemas import StatusName, expected_statuses

router = APIRouter(include_in_schema=False)

STATIC = Path(__file__).parent / "static"
STATIC_FILES = {
    "dashboard.css": "text/css",
    "dashboard.js": "text/javascript",
    "widget.css": "text/css",
}
LOGIN_RATE = parse("20/minute")  # per client address, on top of the per-account lock-out
PER_PAGE = 50


# --- static files ---------------------------------------------------------------------


@router.get("/static/{name}")
def static(name: str) -> Response:
    media = STATIC_FILES.get(name)
    if media is None:
        raise NotFound(f"no static file {name!r}")
    return FileResponse(
        STATIC / name, media_type=media, headers={"Cache-Control": "public, max-age=300"}
    )


# --- signing in -----------------------------------------------------------------------


@router.get("/dashboard")
def home() -> RedirectResponse:
    return RedirectResponse("/dashboard/queue/held", status_code=303)


@router.get("/dashboard/login")
def login_page(request: Request, next: str = "") -> Response:
    return _login_form(request, next, error="")


def _login_form(request: Request, next_url: str, error: str, status: int = 200) -> Response:
    nonce = csrf.login_nonce(request)
    response = render(
        request,
        "dashboard/login.html",
        None,
        status_code=status,
        login_token=csrf.login_token(request, nonce),
        next=_safe_next(next_url),
        error=error,
    )
    csrf.set_login_cookie(request, response, nonce)
    return response


def _safe_next(value: str) -> str:
    # Only paths inside the dashboard: never an open redirect to another host.
    if value.startswith("/dashboard") and not value.startswith("//") and "\\" not in value:
        return value
    return "/dashboard/queue/held"


@router.post("/dashboard/login")
def login(
    request: Request,
    username: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    csrf.verify_login(request, csrf_token)
    services = services_of(request)
    limiter = request.app.state.rate_limiter
    address = request.client.host if request.client else "unknown"
    if not _within_rate(limiter, address):
        return _login_form(request, next, "Too many sign-in attempts; wait a minute.", 429)
    try:
        with services.store.write() as conn:
            user = user_store.authenticate(
                conn,
                username.strip(),
                password,
                max_failures=services.settings.login_failures,
                lockout=timedelta(seconds=services.settings.login_lockout_s),
            )
    except user_store.LockedOut as locked:
        message = (
            f"Too many failed attempts: this account is locked until {locked.until:%H:%M} UTC."
        )
        return _login_form(request, next, message, 423)
    if user is None:
        return _login_form(request, next, "Wrong username or password.", 401)
    if not user.roles:
        return _login_form(request, next, "This account has no site to moderate.", 403)
    response = RedirectResponse(_safe_next(next), status_code=303)
    session_store.issue(request, response, user, min(user.roles))
    response.delete_cookie(csrf.LOGIN_COOKIE, path=session_store.COOKIE_PATH)
    return response


def _within_rate(limiter: Any, address: str) -> bool:
    try:
        return bool(limiter.strategy.hit(LOGIN_RATE, "login", address))
    except Exception:  # noqa: BLE001 - the account lock-out still guards if counters are down
        return True


@router.post("/dashboard/logout")
def logout(request: Request, csrf_token: Annotated[str, Form(max_length=200)] = "") -> Response:
    me = session_store.signed_in(request)
    if me is not None:
        csrf.verify(request, me.session, csrf_token)
        # Ended on the server too: a copy of the cookie must not outlive the sign-out.
        with services_of(request).store.write() as conn:
            user_store.end_sessions(conn, me.user.id, rows.utcnow())
    response = RedirectResponse("/dashboard/login", status_code=303)
    session_store.clear(request, response)
    return response


@router.post("/dashboard/site")
def switch_site(
    request: Request,
    me: ModeratorForm,
    site_id: Annotated[int, Form(ge=1, le=2**53)],
) -> Response:
    if site_id not in me.sites:
        raise NotFound(f"site {site_id} not found")
    response = RedirectResponse("/dashboard/queue/held", status_code=303)
    session_store.switch_site(request, response, me.session, site_id)
    return response


# --- queues ---------------------------------------------------------------------------


@router.get("/dashboard/queue/{queue}")
def queue_page(request: Request, me: Moderator, queue: str) -> Response:
    if queue not in QUEUE_LABELS:
        raise NotFound(f"no queue {queue!r}")
    params = dict(request.query_params)
    flt, problems, page = parse_filters(queue, params)
    site_id = me.principal.site_id
    services = services_of(request)
    with services.store.read() as conn:
        counts = _counts(conn, site_id)
        latest = comment_store.latest_id(conn, site_id)
        # For the keys' help: as many reasons as the site policy gives (keys 1-9).
        reasons = actions.policy_for(conn, site_id, None).moderator_reasons
        found, total = (
            ([], 0)
            if problems
            else comment_store.queue(
                conn, site_id, flt, limit=PER_PAGE, offset=(page - 1) * PER_PAGE
            )
        )
        cards = build_cards(conn, site_id, found)
        stories = story_store.listing(conn, site_id, limit=200)
    sections = sorted({s.section for s in stories if s.section})
    return render(
        request,
        "dashboard/queue.html",
        me,
        status_code=422 if problems else 200,
        queue=queue,
        labels=QUEUE_LABELS,
        orders=QUEUE_ORDERS,
        reject_reasons=reasons,
        counts=counts,
        # The same filters, asking what arrived after the newest comment known now.
        news_url=f"/dashboard/queue/{queue}/news?"
        + urlencode({**{k: v for k, v in params.items() if k != "page"}, "after": latest}),
        news_every_ms=NEWS_EVERY_MS,
        cards=cards,
        total=total,
        page=page,
        pages=max(1, -(-total // PER_PAGE)),
        params=params,
        problems=problems,
        stories=stories,
        sections=sections,
    )


def _counts(conn: Connection, site_id: int) -> dict[str, int]:
    return {
        name: comment_store.count(conn, site_id, comment_store.QueueFilter(queue=name))
        for name in QUEUE_LABELS
    }


def _script_session(request: Request) -> session_store.SignedIn:
    me = session_store.signed_in(request)
    if me is None:
        raise Unauthorized("sign in to the dashboard")
    return me


# The moderator behind a script's read: a 401 (not a redirect) without a session.
ScriptedRead = Annotated[session_store.SignedIn, Depends(_script_session)]


# How often an open queue asks what has arrived since it was rendered.
NEWS_EVERY_MS = 15_000


@router.get("/dashboard/queue/{queue}/news")
def queue_news(
    request: Request,
    me: ScriptedRead,
    queue: str,
    after: Annotated[int, Query(ge=0, le=2**53)] = 0,
) -> dict[str, object]:
    """For an open queue page: every tab's count now, and how many comments matching
    its filters arrived after the newest one the page knew (`after`)."""
    if queue not in QUEUE_LABELS:
        raise NotFound(f"no queue {queue!r}")
    params = {k: v for k, v in request.query_params.items() if k != "after"}
    flt, problems, _page = parse_filters(queue, params)
    if problems:
        raise InvalidInput("; ".join(problems))
    site_id = me.principal.site_id
    with services_of(request).store.read() as conn:
        counts = _counts(conn, site_id)
        new = comment_store.count(conn, site_id, dataclasses.replace(flt, after_id=after))
    return {"counts": counts, "new": new}


@router.get("/dashboard/comments/{comment_id}/context")
def context_fragment(request: Request, me: ScriptedRead, comment_id: int) -> Response:
    """The parent and neighbours of a comment, rendered for a card on demand."""
    services = services_of(request)
    with services.store.read() as conn:
        comment = comment_store.get(conn, me.principal.site_id, comment_id)
        if comment is None:
            raise NotFound(f"comment {comment_id} not found", field="comment_id")
        context = comment_store.neighbours(conn, comment)
    return render(request, "dashboard/_context.html", me, comment=comment, context=context)


# --- in-place actions (JSON, from dashboard.js) -------------------------------------------


class DecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ids: list[Annotated[int, Field(ge=1, le=2**53)]] = Field(min_length=1, max_length=500)
    action: Literal["approve", "reject", "hold"]
    reason: str = Field(default="", max_length=2000)
    # The status each card showed: a comment another moderator moved meanwhile
    # is not decided again without a second press.
    expected: dict[Annotated[int, Field(ge=1, le=2**53)], StatusName] = Field(
        default_factory=dict, max_length=500
    )


class AuthorActionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["ban", "suspend", "premoderate", "activate", "note"]
    hours: float | None = Field(default=None, gt=0, le=24 * 3650)
    note: str = Field(default="", max_length=5000)


def _api_session(request: Request) -> session_store.SignedIn:
    me = _script_session(request)
    csrf.verify(request, me.session, request.headers.get(csrf.HEADER))
    return me


# The moderator behind a script's request, its CSRF header checked: a 401 (not a
# redirect) without a session, before the body is even read.
ScriptedChange = Annotated[session_store.SignedIn, Depends(_api_session)]


@router.post("/dashboard/api/decisions")
def decide(request: Request, me: ScriptedChange, payload: DecisionIn) -> dict[str, object]:
    changed = actions.decide(
        services_of(request),
        me.principal.site_id,
        payload.ids,
        payload.action,
        actor=me.principal.name,
        reason=payload.reason,
        expected=expected_statuses(payload.expected),
    )
    return {"items": [{"id": c.id, "status": c.status.value} for c in changed]}


class FeatureIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: Annotated[int, Field(ge=1, le=2**53)]
    featured: bool


@router.post("/dashboard/api/feature")
def feature(request: Request, me: ScriptedChange, payload: FeatureIn) -> dict[str, object]:
    comment = actions.feature(
        services_of(request),
        me.principal.site_id,
        payload.id,
        payload.featured,
        actor=me.principal.name,
    )
    return {"id": comment.id, "featured": comment.featured_at is not None}


@router.post("/dashboard/api/authors/{author_id}")
def act_on_author(
    request: Request, me: ScriptedChange, author_id: int, payload: AuthorActionIn
) -> dict[str, object]:
    author = actions.act_on_author(
        services_of(request),
        me.principal.site_id,
        author_id,
        actions.AuthorAction(
            kind=payload.action,
            note=payload.note,
            duration=timedelta(hours=payload.hours) if payload.hours else None,
        ),
        actor=me.principal.name,
    )
    return {"id": author.id, "status": author.status.value, "name": author.display_name}


for _module in (
    dashboard_pages,
    dashboard_policy,
    dashboard_analytics,
    dashboard_webhooks,
    dashboard_settings,
):
    router.include_router(_module.router)
