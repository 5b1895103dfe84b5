"""Who may call what, for every route the app serves, over real HTTP.

The routes are read from the app that `build_app` makes, not from a list kept
by hand: a route added anywhere (a new router, a new module) must be given an
entry in ACCESS here, saying who may call it and with what request, before
this file passes. Each route is then called by every kind of caller, naming
site A's objects, and must refuse everyone who is not allowed with the right
answer, change nothing of site A and show none of its private data; the
caller who is allowed must get through; and every dashboard form and script
request must be refused without its CSRF token.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import httpx
import jwt
import sqlalchemy as sa
from fastapi import FastAPI

from commentdesk import actions
from commentdesk.domain import Role
from commentdesk.services import Services
from commentdesk.store import outbox as outbox_store
from commentdesk.store import schema
from commentdesk.store import sites as site_store
from commentdesk.web.app import build_app
from tests.conftest import LiveServer, SiteKeys, create_site
from tests.web.test_dashboard import make_user, page_csrf, sign_in

POLICY = resources.files("commentdesk.policy").joinpath("default.yaml").read_text("utf-8")
HELD_TEXT = "You are a pathetic idiot and a moron, QX7-held-only"
HELD_NAME = "Ottoline Heldwriter"
WEBHOOK = "https://hooks.example/site-a-QX7"


@dataclass
class World:
    """Site A, whose objects every request names, and site B, whose people try."""

    a: SiteKeys
    b: SiteKeys
    published: int  # a published comment on A, by reader "writer-1"
    held: int  # a comment on A that readers never see
    authors: dict[str, int]  # A's readers who wrote, by the host site's id for them
    outbox: list[int]  # A's webhook messages, failed


# What may call a route:
#   public        anyone
#   reader        a reader signed in (host-site JWT) on the site of the object
#   author        that reader, and only if the object is theirs
#   any_key       any API key of the site
#   integration   an integration or admin key
#   moderator     a moderator or admin key
#   admin         an admin key
#   perspective   any API key (Perspective's own error shape without one)
#   page          a dashboard session of a moderator or admin; else the login page
#   script        the same, for the page's script: 401 without a session
#   admin_page    a dashboard session of an admin
#   login         the sign-in form: bound to its own nonce (test_dashboard)
@dataclass(frozen=True)
class Rule:
    access: str
    request: Callable[[World], dict[str, Any]] = lambda w: {}
    # The request names one of site A's objects in its body (ids in the path count
    # by themselves): another site's caller is then refused, not served its own.
    names_object: bool = False
    # What the allowed caller gets, where it is not a success by design.
    allowed_status: frozenset[int] = field(default_factory=frozenset)
    # Whose id `{author_id}` is: each erasure has a reader of its own to erase.
    author: str = "writer-1"


def _json(body: dict[str, Any]) -> Callable[[World], dict[str, Any]]:
    return lambda w: {"json": body}


def _form(body: dict[str, Any]) -> Callable[[World], dict[str, Any]]:
    return lambda w: {"data": body}


ACCESS: dict[tuple[str, str], Rule] = {
    ("GET", "/openapi.json"): Rule("public"),
    ("GET", "/docs"): Rule("public"),
    ("GET", "/docs/oauth2-redirect"): Rule("public"),
    ("GET", "/redoc"): Rule("public"),
    ("GET", "/healthz"): Rule("public"),
    ("GET", "/embed.js"): Rule("public"),
    ("GET", "/count.js"): Rule("public"),
    ("GET", "/static/{name}"): Rule("public"),
    ("GET", "/demo"): Rule("public", allowed_status=frozenset({404})),  # no demo site here
    ("GET", "/$discovery/rest"): Rule("public"),
    # --- the public API: stories and threads
    ("POST", "/api/v1/stories"): Rule(
        "integration", _json({"external_id": "probe-story", "title": "Probe"})
    ),
    ("GET", "/api/v1/stories/counts"): Rule(
        "public", lambda w: {"params": {"site": w.a.site.slug, "external_id": "story-1"}}
    ),
    ("GET", "/api/v1/stories/lookup"): Rule(
        "public", lambda w: {"params": {"site": w.a.site.slug, "external_id": "story-1"}}
    ),
    ("GET", "/api/v1/stories/{story_id}"): Rule("public"),
    ("PATCH", "/api/v1/stories/{story_id}"): Rule("any_key", _json({"premoderated": False})),
    ("POST", "/api/v1/stories/{story_id}/comments"): Rule(
        "public", _json({"body": "The bus timetable changed again this week."})
    ),
    ("GET", "/api/v1/stories/{story_id}/comments"): Rule("public"),
    ("GET", "/api/v1/stories/{story_id}/events"): Rule("public"),
    ("POST", "/api/v1/stories/{story_id}/drafts:check"): Rule(
        "public", _json({"body": "A civil draft."})
    ),
    ("GET", "/api/v1/comments/{comment_id}/thread"): Rule("public"),
    ("POST", "/api/v1/comments/{comment_id}/reports"): Rule("public", _json({"reason": "spam"})),
    # --- a reader's own
    ("PATCH", "/api/v1/comments/{comment_id}"): Rule(
        "author", _json({"body": "On reflection, the timetable is fine."})
    ),
    ("DELETE", "/api/v1/comments/{comment_id}"): Rule("author"),
    ("POST", "/api/v1/comments/{comment_id}/like"): Rule("reader"),
    ("DELETE", "/api/v1/comments/{comment_id}/like"): Rule("reader"),
    ("POST", "/api/v1/comments/{comment_id}/ignore"): Rule("reader"),
    ("GET", "/api/v1/stories/{story_id}/likes/mine"): Rule("reader"),
    ("GET", "/api/v1/readers/me/ignored"): Rule(
        "reader", lambda w: {"params": {"site": w.a.site.slug}}
    ),
    ("DELETE", "/api/v1/readers/me/ignored/{author_id}"): Rule("reader"),
    # --- moderation
    ("GET", "/api/v1/moderation/queue"): Rule("moderator", lambda w: {"params": {"queue": "all"}}),
    ("GET", "/api/v1/moderation/comments/{comment_id}"): Rule("moderator"),
    ("GET", "/api/v1/moderation/comments/{comment_id}/audit"): Rule("moderator"),
    ("POST", "/api/v1/moderation/comments/{comment_id}/feature"): Rule("moderator"),
    ("POST", "/api/v1/moderation/comments/{comment_id}/unfeature"): Rule("moderator"),
    ("POST", "/api/v1/moderation/comments/{comment_id}/{verb}"): Rule(
        "moderator", _json({"reason": "fine"})
    ),
    ("POST", "/api/v1/moderation/decisions"): Rule(
        "moderator",
        lambda w: {"json": {"ids": [w.published, w.held], "action": "approve"}},
        names_object=True,
    ),
    ("POST", "/api/v1/moderation/stories/{story_id}/comments"): Rule(
        "moderator", _json({"body": "From the newsroom.", "byline": "The desk"})
    ),
    ("GET", "/api/v1/moderation/authors/{author_id}"): Rule("moderator"),
    ("GET", "/api/v1/moderation/authors/{author_id}/audit"): Rule("moderator"),
    ("POST", "/api/v1/moderation/authors/{author_id}/actions"): Rule(
        "moderator", _json({"action": "note", "note": "seen"})
    ),
    ("GET", "/api/v1/moderation/audit"): Rule("moderator"),
    ("POST", "/api/v1/moderation/authors/{author_id}/erase"): Rule(
        "integration", author="writer-3"
    ),
    ("POST", "/api/v1/authors/erase"): Rule(
        "integration", _json({"external_id": "writer-4"}), names_object=True
    ),
    ("POST", "/api/v1/authors/export"): Rule(
        "integration", _json({"external_id": "writer-1"}), names_object=True
    ),
    # --- policies, webhooks, metrics
    ("GET", "/api/v1/policies"): Rule("moderator"),
    ("PUT", "/api/v1/policies/{scope}"): Rule("admin", _json({"document": POLICY})),
    ("POST", "/api/v1/policies/backtest"): Rule("moderator", _json({"document": POLICY})),
    ("GET", "/api/v1/policies/calibration"): Rule("moderator"),
    ("GET", "/api/v1/webhooks/deliveries"): Rule("admin"),
    # The ids only narrow down the caller's own site's messages: another site's
    # are left alone (the state check) rather than refused.
    ("POST", "/api/v1/webhooks/deliveries/retry"): Rule(
        "admin", lambda w: {"json": {"ids": w.outbox}}
    ),
    ("POST", "/api/v1/webhooks/ping"): Rule("admin"),
    ("GET", "/metrics"): Rule("admin"),
    ("POST", "/v1alpha1/comments:analyze"): Rule(
        "perspective",
        _json({"comment": {"text": "hello"}, "requestedAttributes": {"TOXICITY": {}}}),
    ),
    ("POST", "/v1alpha1/comments:suggestscore"): Rule(
        "perspective",
        _json(
            {
                "comment": {"text": "hello"},
                "attributeScores": {"TOXICITY": {"summaryScore": {"value": 0.1}}},
            }
        ),
    ),
    # --- the dashboard
    ("GET", "/dashboard"): Rule("public"),
    ("GET", "/dashboard/login"): Rule("public"),
    ("POST", "/dashboard/login"): Rule("login", _form({"username": "x", "password": "y"})),
    ("POST", "/dashboard/logout"): Rule("public"),
    ("POST", "/dashboard/site"): Rule(
        "page", lambda w: {"data": {"site_id": w.a.site.id}}, names_object=True
    ),
    ("GET", "/dashboard/queue/{queue}"): Rule("page"),
    ("GET", "/dashboard/queue/{queue}/news"): Rule("script"),
    ("GET", "/dashboard/comments/{comment_id}/context"): Rule("script"),
    ("POST", "/dashboard/api/decisions"): Rule(
        "script",
        lambda w: {"json": {"ids": [w.published, w.held], "action": "approve"}},
        names_object=True,
    ),
    ("POST", "/dashboard/api/feature"): Rule(
        "script", lambda w: {"json": {"id": w.published, "featured": True}}, names_object=True
    ),
    ("POST", "/dashboard/api/authors/{author_id}"): Rule(
        "script", _json({"action": "note", "note": "seen"})
    ),
    ("GET", "/dashboard/stories"): Rule("page"),
    ("GET", "/dashboard/stories/{story_id}"): Rule("page"),
    ("POST", "/dashboard/stories/{story_id}/comments"): Rule(
        "page", _form({"body": "From the newsroom.", "byline": "The desk"})
    ),
    ("POST", "/dashboard/stories/{story_id}/state"): Rule(
        "page", _form({"setting": "publish_freely"})
    ),
    ("GET", "/dashboard/authors"): Rule("page"),
    ("GET", "/dashboard/authors/{author_id}"): Rule("page"),
    ("POST", "/dashboard/authors/{author_id}/actions"): Rule(
        "page", _form({"action": "note", "note": "seen"})
    ),
    ("POST", "/dashboard/authors/{author_id}/erase"): Rule(
        "admin_page", _form({"confirm": "erase"}), author="writer-5"
    ),
    ("GET", "/dashboard/audit"): Rule("page"),
    ("GET", "/dashboard/policy"): Rule("page"),
    # Moderators validate and backtest here; saving is the admin's (test_dashboard).
    ("POST", "/dashboard/policy"): Rule("page", _form({"document": POLICY, "intent": "backtest"})),
    ("GET", "/dashboard/analytics"): Rule("page"),
    ("GET", "/dashboard/analytics.csv"): Rule("page"),
    ("GET", "/dashboard/webhooks"): Rule("admin_page"),
    ("POST", "/dashboard/webhooks"): Rule("admin_page", _form({"action": "retry"})),
    ("GET", "/dashboard/settings"): Rule("admin_page"),
    ("POST", "/dashboard/settings"): Rule(
        "admin_page",
        _form({"name": "Renamed", "allowed_origins": "http://reader.example"}),
    ),
}

# Path parameters, filled with site A's objects.
PATH_OBJECTS = ("{story_id}", "{comment_id}", "{author_id}")
# Later in the right-role pass: each undoes what the routes before it need.
LAST = [
    ("DELETE", "/api/v1/comments/{comment_id}"),
    ("POST", "/dashboard/authors/{author_id}/erase"),
    ("POST", "/api/v1/moderation/authors/{author_id}/erase"),
    ("POST", "/api/v1/authors/erase"),
    ("POST", "/dashboard/logout"),
]


def app_routes(app: FastAPI) -> set[tuple[str, str]]:
    """(method, path) of every route the app answers, included routers flattened."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # FastAPI before lazily included routers: already flat
        found: list[Any] = list(app.routes)
    else:
        found = list(iter_route_contexts(app.routes))
    routes = set()
    for route in found:
        path = getattr(route, "path", None)
        assert path, f"a route without a path: {route!r}"
        for method in getattr(route, "methods", None) or {"*"}:
            if method != "HEAD":  # Starlette's, beside each GET
                routes.add((method, path))
    return routes


def test_every_route_says_who_may_call_it(services: Services) -> None:
    served = app_routes(build_app(services))
    assert len(served) >= 80
    unlisted = sorted(served - set(ACCESS))
    assert not unlisted, f"routes with no entry in ACCESS (who may call them?): {unlisted}"
    stale = sorted(set(ACCESS) - served)
    assert not stale, f"ACCESS names routes the app no longer has: {stale}"


# --- the world the callers try -------------------------------------------------------


def reader_token(site: SiteKeys, sub: str) -> str:
    now = int(time.time())
    claims = {"sub": sub, "name": sub, "iat": now, "exp": now + 600}
    return jwt.encode(claims, site.site.jwt_secret, algorithm="HS256")


def build_world(services: Services) -> World:
    a, b = create_site(services), create_site(services)
    with services.store.write() as conn:
        site_store.update(conn, a.site.id, webhook_urls=[WEBHOOK])
    published = actions.submit(
        services,
        a.site.id,
        actions.NewComment(
            story_id=a.story_id,
            body="The council should publish the bus figures.",
            author_external_id="writer-1",
            author_name="Writer One",
        ),
    ).comment
    if published.status.value != "approved":
        actions.decide(services, a.site.id, [published.id], "approve", actor="test")
    held = actions.submit(
        services,
        a.site.id,
        actions.NewComment(
            story_id=a.story_id,
            body=HELD_TEXT,
            author_external_id="writer-2",
            author_name=HELD_NAME,
        ),
    ).comment
    actions.decide(services, a.site.id, [held.id], "hold", actor="test")
    for writer in ("writer-3", "writer-4", "writer-5"):
        actions.submit(
            services,
            a.site.id,
            actions.NewComment(
                story_id=a.story_id,
                body="The library hours should be longer.",
                author_external_id=writer,
                author_name=writer,
            ),
        )
    with services.store.write() as conn:
        outbox_store.enqueue(conn, a.site.id, [WEBHOOK], "ping", {"probe": True})
        conn.execute(
            schema.outbox.update()
            .where(schema.outbox.c.site_id == a.site.id)
            .values(failed_at=sa.func.now(), attempts=9)
        )
        outbox = list(
            conn.execute(
                sa.select(schema.outbox.c.id).where(schema.outbox.c.site_id == a.site.id)
            ).scalars()
        )
        authors = {
            external_id: author_id
            for author_id, external_id in conn.execute(
                sa.select(schema.authors.c.id, schema.authors.c.external_id).where(
                    schema.authors.c.site_id == a.site.id
                )
            )
        }
    make_user(services, [a.site.id], Role.MODERATOR, username="mod-a")
    make_user(services, [a.site.id], Role.ADMIN, username="admin-a")
    make_user(services, [b.site.id], Role.MODERATOR, username="mod-b")
    make_user(services, [b.site.id], Role.ADMIN, username="admin-b")
    return World(a, b, published.id, held.id, authors, outbox)


def secrets_of(world: World) -> list[str]:
    """What of site A no caller outside it may ever see."""
    site = world.a.site
    return [HELD_TEXT, HELD_NAME, WEBHOOK, site.jwt_secret, site.webhook_secret]


# Tables written only by rate limiting, sign-in bookkeeping and live events.
UNWATCHED = {"rate_counters", "users", "events"}


def state_of_a(services: Services, world: World) -> dict[str, list[str]]:
    """Every row that belongs to site A, to tell whether a request changed any."""
    site_id = world.a.site.id
    out = {}
    with services.store.read() as conn:
        comment_ids = set(
            conn.execute(
                sa.select(schema.comments.c.id).where(schema.comments.c.site_id == site_id)
            ).scalars()
        )
        for table in schema.metadata.sorted_tables:
            if table.name in UNWATCHED:
                continue
            rows = [r._mapping for r in conn.execute(sa.select(table))]
            if "site_id" in table.c:
                rows = [r for r in rows if r["site_id"] == site_id]
            elif table.name == "sites":
                rows = [r for r in rows if r["id"] == site_id]
            elif "comment_id" in table.c:
                rows = [r for r in rows if r["comment_id"] in comment_ids]
            out[table.name] = sorted(repr(dict(r)) for r in rows)
    return out


# --- callers ---------------------------------------------------------------------------


@dataclass
class Caller:
    name: str
    kind: str  # anonymous, reader, key, dashboard
    client: httpx.Client
    site: str = ""  # "a" or "b"
    role: Role | None = None
    csrf: str = ""


def callers_for(live: LiveServer, world: World) -> list[Caller]:
    def client(**headers: str) -> httpx.Client:
        return live.client(follow_redirects=False, headers=headers)

    found = [
        Caller("anonymous", "anonymous", client()),
        Caller(
            "reader of A",
            "reader",
            client(Authorization=f"Bearer {reader_token(world.a, 'reader-x')}"),
            "a",
        ),
        # The writer's own id, on the other site: a token of B names nobody on A.
        Caller(
            "reader of B",
            "reader",
            client(Authorization=f"Bearer {reader_token(world.b, 'writer-1')}"),
            "b",
        ),
    ]
    for site_name, site in (("a", world.a), ("b", world.b)):
        for role in Role:
            found.append(
                Caller(
                    f"{role.value} key of {site_name.upper()}",
                    "key",
                    client(**{"X-API-Key": getattr(site, role.value)}),
                    site_name,
                    role,
                )
            )
        for role, user in ((Role.MODERATOR, "mod"), (Role.ADMIN, "admin")):
            session = client()
            assert sign_in(session, f"{user}-{site_name}").status_code == 303
            token = page_csrf(session)
            session.headers["X-CSRF-Token"] = token
            found.append(
                Caller(
                    f"dashboard {role.value} of {site_name.upper()}",
                    "dashboard",
                    session,
                    site_name,
                    role,
                    token,
                )
            )
    return found


def allowed(rule: Rule, caller: Caller) -> bool:
    """Whether the caller may use the route on site A's objects (or its own site's)."""
    access, kind, role = rule.access, caller.kind, caller.role
    if access == "public":
        return True
    if access in ("reader", "author"):
        return kind == "reader" and caller.site == "a" and access == "reader"
    if access in ("any_key", "integration", "moderator", "admin", "perspective"):
        roles = {
            "any_key": set(Role),
            "perspective": set(Role),
            "integration": {Role.ADMIN, Role.INTEGRATION},
            "moderator": {Role.ADMIN, Role.MODERATOR},
            "admin": {Role.ADMIN},
        }[access]
        return kind == "key" and role in roles
    if access in ("page", "script"):
        return kind == "dashboard"
    if access == "admin_page":
        return kind == "dashboard" and role is Role.ADMIN
    return False


def refusal(rule: Rule, caller: Caller) -> set[int]:
    """The answers that refuse this caller."""
    access = rule.access
    if access in ("page", "admin_page"):
        return {403} if caller.kind == "dashboard" else {303}  # 303: the login page
    if access == "script":
        return {403} if caller.kind == "dashboard" else {401}
    if access == "perspective":
        return {403}
    if access in ("reader", "author"):
        if caller.kind == "reader" and caller.site == "a":
            return {404}  # another reader's comment is not theirs to know of
        return {401}
    return {403} if caller.kind == "key" else {401}


def url_of(path: str, world: World, rule: Rule) -> str:
    values = {
        "{story_id}": world.a.story_id,
        "{comment_id}": world.published,
        "{author_id}": world.authors[rule.author],
        "{queue}": "held",
        "{verb}": "approve",
        "{scope}": "site",
        "{name}": "dashboard.css",
    }
    for param, value in values.items():
        path = path.replace(param, str(value))
    assert "{" not in path, path
    return path


def call(
    caller: Caller, method: str, path: str, world: World, csrf: str | None = None
) -> httpx.Response:
    rule = ACCESS[(method, path)]
    kwargs = rule.request(world)
    token = caller.csrf if csrf is None else csrf
    if "data" in kwargs:
        kwargs["data"] = {**kwargs["data"], "csrf_token": token}
    headers = {"X-CSRF-Token": token} if csrf is not None else {}
    if rule.access == "perspective" and "x-api-key" in caller.client.headers:
        # Perspective's clients send the key their own way.
        headers["x-goog-api-key"] = caller.client.headers["x-api-key"]
    url = url_of(path, world, rule)
    if path.endswith("/events"):
        # A live stream: its status and first event are enough.
        with caller.client.stream(method, url, headers=headers, **kwargs) as streamed:
            if streamed.status_code == 200:
                first = next(streamed.iter_bytes())
            else:
                first = streamed.read()
            return httpx.Response(streamed.status_code, headers=streamed.headers, content=first)
    return caller.client.request(method, url, headers=headers, **kwargs)


def ordered(routes: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(routes, key=lambda r: (LAST.index(r) if r in LAST else -1, r))


# --- the matrix -----------------------------------------------------------------------


def test_every_route_refuses_whom_it_must_and_serves_whom_it_may(services: Services) -> None:
    world = build_world(services)
    private = secrets_of(world)
    app = build_app(services)
    routes = ordered(app_routes(app))
    with LiveServer(app) as live:
        callers = callers_for(live, world)
        problems: list[str] = []
        for caller in callers:
            for method, path in routes:
                rule = ACCESS[(method, path)]
                if rule.access == "login":
                    continue
                if rule.access == "public":
                    if method == "GET" and caller.kind == "anonymous":
                        answer = call(caller, method, path, world)
                        leaked = [s for s in private if s in answer.text]
                        if leaked:
                            problems.append(f"anonymous: GET {path} showed {leaked}")
                    continue
                if allowed(rule, caller) and caller.site == "a":
                    continue  # the right caller's pass is below
                if path == "/dashboard/logout" and caller.kind == "dashboard":
                    continue  # refused nobody; it would only end this caller's session
                names_object = rule.names_object or any(p in path for p in PATH_OBJECTS)
                before = state_of_a(services, world) if method != "GET" else None
                answer = call(caller, method, path, world)
                where = f"{caller.name}: {method} {path} -> {answer.status_code}"
                if before is not None and state_of_a(services, world) != before:
                    problems.append(f"{where} changed site A")
                leaked = [s for s in private if s in answer.text]
                if leaked:
                    problems.append(f"{where} showed site A's {leaked}")
                if allowed(rule, caller):
                    # Another site's own caller: served its own site, or refused A's object.
                    if names_object and answer.status_code not in (403, 404):
                        problems.append(f"{where}, not refused")
                    continue
                expected = refusal(rule, caller)
                if caller.site == "b" and caller.kind in ("key", "dashboard") and names_object:
                    expected = expected | {404}
                if answer.status_code not in expected:
                    problems.append(f"{where}, expected {sorted(expected)}")
                elif answer.status_code == 303 and not answer.headers["location"].startswith(
                    "/dashboard/login"
                ):
                    problems.append(f"{where} to {answer.headers['location']}, not the login")
        assert not problems, "\n".join(problems)

        # The caller each route is for gets through.
        right = {
            "public": "anonymous",
            "reader": "reader of A",
            "any_key": "integration key of A",
            "integration": "integration key of A",
            "moderator": "moderator key of A",
            "admin": "admin key of A",
            "perspective": "integration key of A",
            "page": "dashboard moderator of A",
            "script": "dashboard moderator of A",
            "admin_page": "dashboard admin of A",
        }
        by_name = {c.name: c for c in callers}
        author = Caller(
            "the writer",
            "reader",
            live.client(
                follow_redirects=False,
                headers={"Authorization": f"Bearer {reader_token(world.a, 'writer-1')}"},
            ),
            "a",
        )
        for method, path in routes:
            rule = ACCESS[(method, path)]
            if rule.access == "login":
                continue
            caller = author if rule.access == "author" else by_name[right[rule.access]]
            answer = call(caller, method, path, world)
            ok = rule.allowed_status or frozenset(range(200, 400))
            if answer.status_code not in ok:
                problems.append(
                    f"{caller.name}: {method} {path} -> {answer.status_code} {answer.text[:200]}"
                )
            elif (
                answer.status_code == 303
                and answer.headers["location"].startswith("/dashboard/login")
                and path != "/dashboard/logout"
            ):
                problems.append(f"{caller.name}: {method} {path} sent to the login page")
        assert not problems, "\n".join(problems)


def test_every_dashboard_change_needs_its_csrf_token(services: Services) -> None:
    world = build_world(services)
    app = build_app(services)
    changes = [
        (m, p) for m, p in ordered(app_routes(app)) if m != "GET" and p.startswith("/dashboard")
    ]
    assert len(changes) >= 12
    with LiveServer(app) as live:
        callers = {c.name: c for c in callers_for(live, world)}
        admin = callers["dashboard admin of A"]
        problems = []
        for method, path in changes:
            for forged in ("", "forged", admin.csrf[:-2] + "xx"):
                before = state_of_a(services, world)
                answer = call(admin, method, path, world, csrf=forged)
                if answer.status_code != 403:
                    problems.append(f"{method} {path} with {forged!r}: {answer.status_code}")
                if state_of_a(services, world) != before:
                    problems.append(f"{method} {path} with {forged!r} changed site A")
        # Still signed in: a forged logout ended nothing.
        assert admin.client.get("/dashboard/settings").status_code == 200
        assert not problems, "\n".join(problems)
        # The same token from another session is no token either.
        other = callers["dashboard admin of B"]
        stolen = call(admin, "POST", "/dashboard/api/feature", world, csrf=other.csrf)
        assert stolen.status_code == 403
