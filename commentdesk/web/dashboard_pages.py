"""Dashboard pages beyond the queue: stories, a story's thread, an author, the audit log."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from commentdesk import actions
from commentdesk.domain import Comment
from commentdesk.errors import NotFound
from commentdesk.store import audit as audit_store
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store import stories as story_store
from commentdesk.web import sessions as session_store
from commentdesk.web.auth import services_of
from commentdesk.web.dashboard_cards import author_summary, build_cards, highlighted
from commentdesk.web.dashboard_render import ENV, AdminForm, Moderator, ModeratorForm, render

router = APIRouter(include_in_schema=False)

AUDIT_PAGE = 100
THREAD_PAGE = 50


def _reasons_text(reasons: list[dict[str, object]]) -> str:
    # Shown as escaped text: reasons can quote what readers and moderators wrote.
    return json.dumps(reasons, ensure_ascii=False, sort_keys=True, default=str) if reasons else ""


ENV.filters["reasons_text"] = _reasons_text
ENV.globals["highlighted"] = highlighted


@router.get("/dashboard/stories")
def stories_page(request: Request, me: Moderator, page: int = 1) -> Response:
    page = max(1, min(page, 100_000))
    with services_of(request).store.read() as conn:
        stories = story_store.listing(
            conn, me.principal.site_id, limit=100, offset=(page - 1) * 100
        )
    now = services_of(request).now()
    return render(request, "dashboard/stories.html", me, stories=stories, page=page, now=now)


@router.get("/dashboard/stories/{story_id}")
def story_page(
    request: Request,
    me: Moderator,
    story_id: int,
    sort: Literal["newest", "oldest", "most_replied"] = "oldest",
    page: int = 1,
) -> Response:
    page = max(1, min(page, 100_000))
    site_id = me.principal.site_id
    with services_of(request).store.read() as conn:
        story = story_store.get(conn, site_id, story_id)
        if story is None:
            raise NotFound(f"story {story_id} not found", field="story_id")
        thread = comment_store.thread(
            conn, site_id, story_id, sort=sort, limit=THREAD_PAGE, offset=(page - 1) * THREAD_PAGE
        )
        waiting, waiting_total = comment_store.queue(
            conn,
            site_id,
            comment_store.QueueFilter(queue="all", story_id=story_id, status="held"),
            limit=50,
        )
        waiting_cards = build_cards(conn, site_id, waiting)
    return render(
        request,
        "dashboard/story.html",
        me,
        story=story,
        now=services_of(request).now(),
        thread=thread,
        sort=sort,
        page=page,
        pages=max(1, -(-thread.total_roots // THREAD_PAGE)),
        waiting=waiting_cards,
        waiting_total=waiting_total,
        replies_of=lambda c: thread.replies.get(c.id, []),
        byline=_byline(request, me),
    )


def _byline(request: Request, me: session_store.SignedIn) -> str:
    """The name a moderator's newsroom comments go out under unless they change it."""
    site = request.app.state.lookups.site(me.principal.site_id)
    return f"{me.user.username}, {site.name}" if site else me.user.username


@router.post("/dashboard/stories/{story_id}/comments")
def post_as_newsroom(
    request: Request,
    me: ModeratorForm,
    story_id: int,
    body: Annotated[str, Form(max_length=20_000)],
    byline: Annotated[str, Form(max_length=200)],
    parent_id: Annotated[int | None, Form(ge=1, le=2**53)] = None,
) -> Response:
    """A moderator writes in the thread as the newsroom; published at once, audited."""
    result = actions.post_as_newsroom(
        services_of(request),
        me.principal.site_id,
        story_id,
        body,
        byline=byline,
        actor=me.principal.name,
        parent_id=parent_id,
    )
    return RedirectResponse(f"/dashboard/stories/{story_id}#c{result.comment.id}", status_code=303)


@router.post("/dashboard/stories/{story_id}/state")
def story_state(
    request: Request,
    me: ModeratorForm,
    story_id: int,
    setting: Annotated[Literal["open", "close", "premoderate", "publish_freely"], Form()],
) -> Response:
    """Open or close a story to comments, or switch its pre-moderation; audited."""
    change: dict[str, Any] = {
        "open": {"is_open": True},
        "close": {"is_open": False},
        "premoderate": {"premoderated": True},
        "publish_freely": {"premoderated": False},
    }[setting]
    services = services_of(request)
    site_id = me.principal.site_id
    if setting == "open":
        with services.store.read() as conn:
            before = story_store.get(conn, site_id, story_id)
        # The page's one "Reopen" button means open now and stay open: a
        # closing time already past would otherwise keep the story shut.
        if before is not None and before.closed_by_time(services.now()):
            change["closes_at"] = None
    actions.update_story(services, site_id, story_id, actor=me.principal.name, **change)
    return RedirectResponse(f"/dashboard/stories/{story_id}", status_code=303)


@router.get("/dashboard/authors")
def authors_page(
    request: Request, me: Moderator, q: Annotated[str, Query(max_length=300)] = ""
) -> Response:
    """Find a reader by the host site's id for them or by name, for a reader's
    complaint or a request about their data."""
    with services_of(request).store.read() as conn:
        found = author_store.search(conn, me.principal.site_id, q, limit=100)
    return render(request, "dashboard/authors.html", me, authors=found, q=q)


@router.get("/dashboard/authors/{author_id}")
def author_page(request: Request, me: Moderator, author_id: int) -> Response:
    site_id = me.principal.site_id
    with services_of(request).store.read() as conn:
        summary = author_summary(conn, site_id, author_id)
        if summary is None:
            raise NotFound(f"author {author_id} not found", field="author_id")
        recent, total = comment_store.queue(
            conn, site_id, comment_store.QueueFilter(queue="all", author_id=author_id), limit=50
        )
        cards = build_cards(conn, site_id, recent)
        trail = audit_store.trail(conn, site_id, "author", author_id)
    return render(
        request,
        "dashboard/author.html",
        me,
        summary=summary,
        author=summary.author,
        cards=cards,
        total=total,
        trail=trail,
        now=services_of(request).now(),
    )


@router.post("/dashboard/authors/{author_id}/actions")
def author_action(
    request: Request,
    me: ModeratorForm,
    author_id: int,
    action: Annotated[Literal["ban", "suspend", "premoderate", "activate", "note"], Form()],
    hours: Annotated[float | None, Form(gt=0, le=24 * 3650)] = None,
    note: Annotated[str, Form(max_length=5000)] = "",
    withdraw: Annotated[bool, Form()] = False,
) -> Response:
    actions.act_on_author(
        services_of(request),
        me.principal.site_id,
        author_id,
        actions.AuthorAction(
            kind=action,
            note=note,
            duration=timedelta(hours=hours) if hours else None,
            withdraw=withdraw,
        ),
        actor=me.principal.name,
    )
    return RedirectResponse(f"/dashboard/authors/{author_id}", status_code=303)


@router.post("/dashboard/authors/{author_id}/erase")
def erase_author(
    request: Request,
    me: AdminForm,
    author_id: int,
    confirm: Annotated[Literal["erase"], Form()],
) -> Response:
    """An admin erases a reader at their request; the form asks to be sure first."""
    actions.erase_author(
        services_of(request), me.principal.site_id, author_id, actor=me.principal.name
    )
    return RedirectResponse(f"/dashboard/authors/{author_id}", status_code=303)


@router.get("/dashboard/audit")
def audit_page(request: Request, me: Moderator, page: int = 1) -> Response:
    page = max(1, min(page, 100_000))
    with services_of(request).store.read() as conn:
        entries = audit_store.recent(
            conn, me.principal.site_id, limit=AUDIT_PAGE + 1, offset=(page - 1) * AUDIT_PAGE
        )
    return render(
        request,
        "dashboard/audit.html",
        me,
        entries=entries[:AUDIT_PAGE],
        page=page,
        more=len(entries) > AUDIT_PAGE,
    )


def thread_of(comment: Comment) -> str:
    return f"/dashboard/stories/{comment.story_id}#c{comment.id}"


ENV.globals["thread_of"] = thread_of
