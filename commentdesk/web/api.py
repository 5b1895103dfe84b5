"""The JSON API under /api/v1: stories, comments, reports, moderation, policies.

Each endpoint checks who is calling and which site they belong to before it
touches anything; the work itself is done by `commentdesk.actions`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, StringConstraints

from commentdesk import actions
from commentdesk.domain import Principal, Role, Site, Story
from commentdesk.errors import Forbidden, NotFound
from commentdesk.intake import Limits
from commentdesk.store import audit as audit_store
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store import policies as policy_store
from commentdesk.store import sites as site_store
from commentdesk.store import stories as story_store
from commentdesk.web import schemas
from commentdesk.web.auth import (
    Reader,
    Unauthorized,
    bearer_token,
    key_principal,
    presented_key,
    reader_from_token,
    require_admin,
    require_integration,
    require_moderator,
    services_of,
)
from commentdesk.web.caching import conditional_json
from commentdesk.web.ratelimit import TooManyRequests
from commentdesk.web.responses import (
    ERRORS,
    AuditPage,
    AuditTrail,
    AuthorDetail,
    AuthorOut,
    CommentThread,
    Counts,
    Decided,
    Deleted,
    Erased,
    HiddenWriterOut,
    IgnoredList,
    LikeOut,
    ModerationComment,
    ModerationCommentDetail,
    PolicyHistory,
    PolicyStored,
    QueuePage,
    ReaderOverlay,
    Reported,
    StoryOut,
    Submitted,
    ThreadPage,
    documented,
)

router = APIRouter(prefix="/api/v1", responses=ERRORS)

# Ids are positive and fit every database's integer column.
Id = Annotated[int, Path(ge=1, le=2**53)]
# A site named by its slug, as the widget's script tag names it.
SiteSlug = Annotated[schemas.Text, Query(min_length=1, max_length=100)]

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=200,
        description="Retries with the same key create the comment only once.",
    ),
]


def _client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _rate_limit(request: Request, name: str, identifier: str, *more: tuple[str, str]) -> None:
    """Count the request against each named limit; 429 when any refuses."""
    verdict = request.app.state.rate_limiter.hit_all((name, identifier), *more)
    if not verdict.allowed:
        raise TooManyRequests(verdict.retry_after, verdict.limit)


def _public_story(request: Request, story_id: int) -> Story:
    services = services_of(request)
    principal = key_principal(request)
    with services.store.read() as conn:
        story = story_store.get_any(conn, story_id)
    if story is None or (principal is not None and principal.site_id != story.site_id):
        raise NotFound(f"story {story_id} not found", field="story_id")
    return story


# --- stories -------------------------------------------------------------------------


@router.post(
    "/stories",
    status_code=201,
    tags=["stories"],
    response_model=None,
    responses={
        **documented(StoryOut, "The story, created.", 201),
        **documented(StoryOut, "The story, updated (its external id was known)."),
    },
)
def create_story(request: Request, payload: schemas.StoryIn) -> JSONResponse:
    """Create a story (or update it: the external id is the key). Integration or admin key."""
    principal = require_integration(request)
    services = services_of(request)
    with services.store.write() as conn:
        story, created = story_store.upsert(
            conn,
            principal.site_id,
            payload.external_id,
            url=payload.url,
            title=payload.title,
            section=payload.section,
            is_open=payload.is_open,
            premoderated=payload.premoderated,
            closes_at=_given(payload, "closes_at"),
        )
    return JSONResponse(
        schemas.story_out(story, services.now()), status_code=201 if created else 200
    )


def _given(payload: BaseModel, name: str) -> Any:
    """The field's value if the request named it (null included), else UNSET."""
    return getattr(payload, name) if name in payload.model_fields_set else story_store.UNSET


# At most this many stories in one counts request: a listing page's headlines.
MAX_COUNTS = 100

ExternalIds = Annotated[
    list[Annotated[schemas.Text, StringConstraints(min_length=1, max_length=300)]],
    Query(min_length=1, max_length=MAX_COUNTS, description="The host site's story ids."),
]


# Before `/stories/{story_id}`, whose integer id would refuse "counts".
@router.get(
    "/stories/counts",
    tags=["stories"],
    responses={
        **documented(Counts, "Published-comment counts by the host site's story ids."),
        304: {"description": "Unchanged since the ETag named in `If-None-Match`."},
    },
)
def story_counts(
    request: Request,
    site: Annotated[schemas.Text, Query(max_length=64)],
    external_id: ExternalIds,
) -> Response:
    """How many published comments (replies included) each story has, for "23
    comments" by the headlines of a listing page: `{"counts": {"A": 12, "B": 0}}`.

    Up to 100 `external_id`s. A story the site has not created yet has no
    comments, and answers 0. Cached and revalidated like thread pages.
    """
    services = services_of(request)
    with services.store.read() as conn:
        found_site = site_store.by_slug(conn, site)
        if found_site is None:
            raise NotFound(f"site {site!r} not found", field="site")
        found = story_store.comment_counts(conn, found_site.id, external_id)
    counts = {key: found.get(key, 0) for key in dict.fromkeys(external_id)}
    return conditional_json(request, {"counts": counts}, services.settings.thread_cache_s)


@router.get(
    "/stories/lookup",
    tags=["stories"],
    response_model=None,
    responses=documented(StoryOut, "The story."),
)
def lookup_story(
    request: Request,
    site: Annotated[schemas.Text, Query(max_length=64)],
    external_id: Annotated[schemas.Text, Query(max_length=300)],
) -> dict[str, Any]:
    """Find a story by the host site's id: what the embed script does."""
    services = services_of(request)
    with services.store.read() as conn:
        found_site = site_store.by_slug(conn, site)
        story = story_store.by_external_id(conn, found_site.id, external_id) if found_site else None
    if story is None:
        raise NotFound(f"story {external_id!r} not found on site {site!r}", field="external_id")
    return schemas.story_out(story, services.now())


@router.get(
    "/stories/{story_id}",
    tags=["stories"],
    response_model=None,
    responses=documented(StoryOut, "The story."),
)
def get_story(request: Request, story_id: Id) -> dict[str, Any]:
    return schemas.story_out(_public_story(request, story_id), services_of(request).now())


@router.patch(
    "/stories/{story_id}",
    tags=["stories"],
    response_model=None,
    responses=documented(StoryOut, "The story, changed."),
)
def update_story(request: Request, story_id: Id, payload: schemas.StoryPatch) -> dict[str, Any]:
    """Open or close a story, set or clear its closing time, or switch pre-moderation.
    Moderator, integration or admin.

    A story whose closing time has passed reopens only with a new `closes_at`
    (or `closes_at: null`) given with `is_open: true`; `is_open: true` alone
    answers 409.
    """
    principal = key_principal(request)
    if principal is None or principal.role is None:
        raise Unauthorized("an API key is required (X-API-Key header)")
    services = services_of(request)
    story = actions.update_story(
        services,
        principal.site_id,
        story_id,
        actor=principal.name,
        is_open=payload.is_open,
        premoderated=payload.premoderated,
        closes_at=_given(payload, "closes_at"),
    )
    return schemas.story_out(story, services.now())


# --- comments ------------------------------------------------------------------------


@router.post(
    "/stories/{story_id}/comments",
    status_code=201,
    tags=["comments"],
    response_model=None,
    responses=documented(Submitted, "Stored durably, and decided.", 201),
)
async def submit_comment(
    request: Request,
    story_id: Id,
    payload: schemas.CommentIn,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Submit a comment or a reply. The answer says approved, held or rejected, and why.

    A reader signs in through the host site: `Authorization: Bearer <JWT>` signed
    with the site's secret. An integration key may post on a reader's behalf
    with `author`. Without either, the comment is anonymous.
    """
    # What comes before the intake is normally all in this process's caches:
    # then it runs here on the event loop, and the request holds no worker
    # thread at all. When a lookup must read the database, a worker thread does it.
    args = (request, story_id, payload, idempotency_key)
    if request.app.state.lookups.ready(story_id, presented_key(request)):
        site_id, new, limits = _submission(*args)
    else:
        site_id, new, limits = await run_in_threadpool(_submission, *args)
    result = await request.app.state.intake.submit_async(site_id, new, limits)
    body = schemas.submit_out(result.comment, result.decision)
    return JSONResponse(body, status_code=201 if result.created else 200)


def _submission(
    request: Request,
    story_id: int,
    payload: schemas.CommentIn,
    idempotency_key: str | None,
) -> tuple[int, actions.NewComment, Limits]:
    """The comment as the intake takes it: its site, the comment, and the rate
    limits it counts against (by address, and by author when there is one)."""
    # Only the story's site is needed here; the story itself is checked in the batch.
    site_id = request.app.state.lookups.story_site(story_id)
    principal = key_principal(request)
    if site_id is None or (principal is not None and principal.site_id != site_id):
        raise NotFound(f"story {story_id} not found", field="story_id")
    author_id, author_name, actor = _submitter(request, site_id, principal, payload)
    ip = _client_ip(request)
    new = actions.NewComment(
        story_id=story_id,
        body=payload.body,
        parent_id=payload.parent_id,
        author_external_id=author_id,
        author_name=author_name,
        ip=ip,
        idempotency_key=idempotency_key,
        actor=actor,
        nudged=payload.nudged,
    )
    # Counted by the intake with the rest of its batch: on the database store,
    # one round trip for all of the batch's limits.
    by_author = (("author", f"{site_id}:{author_id}"),) if author_id else ()
    return site_id, new, (("ip", ip), *by_author)


def _submitter(
    request: Request, site_id: int, principal: Principal | None, payload: schemas.CommentIn
) -> tuple[str | None, str, str | None]:
    """(author external id, display name, audit actor) for this submission."""
    if principal is not None:
        if payload.author is None:
            return None, "", principal.name
        if principal.role not in (Role.ADMIN, Role.INTEGRATION):
            # A moderator's key writes as the newsroom (/moderation/...), never as
            # a reader: only the host site vouches for who its readers are.
            raise Forbidden("only an integration or admin key may name the author")
        return payload.author.id, payload.author.name, principal.name
    if payload.author is not None:
        raise Forbidden("only an integration key may name the author; readers sign in")
    site = request.app.state.lookups.site(site_id)
    if site is None:
        raise NotFound("site not found")
    token = bearer_token(request)
    if token is None:
        if site.sign_in_required:
            # Not allowed at all, rather than held: nothing is stored.
            raise Unauthorized(
                "this site asks readers to sign in before they comment", reason="sign_in_required"
            )
        return None, "", None
    reader = reader_from_token(services_of(request), site, token)
    return reader.external_id, reader.name, None


@router.get(
    "/stories/{story_id}/comments",
    tags=["comments"],
    responses={
        **documented(ThreadPage, "A page of the thread."),
        304: {"description": "Unchanged since the ETag named in `If-None-Match`."},
    },
)
def thread(
    request: Request,
    story_id: Id,
    sort: Literal["newest", "oldest", "most_replied", "liked", "featured"] = "newest",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=100)] = 20,
) -> Response:
    """The public thread: approved comments only, threaded, a page of top-level comments.

    `sort=liked` puts the most liked first (ties newest first). `sort=featured` lists
    the newsroom's picks instead, latest first, each on its own. Every published
    comment says how many readers like it (`likes`); whether this reader does is
    not here, as the page may be cached for everyone: see `/likes/mine`.

    The answer carries an ETag over its exact bytes: a request whose
    `If-None-Match` names it gets a bodyless 304.
    """
    story = _public_story(request, story_id)
    site = request.app.state.lookups.site(story.site_id)
    services = services_of(request)
    with services.store.read() as conn:
        found = comment_store.thread(
            conn,
            story.site_id,
            story.id,
            sort=sort,
            limit=per_page,
            offset=(page - 1) * per_page,
            public=True,
        )

    page_body = {
        "story": schemas.story_out(story, services.now()),
        "comments": [_nest(found, c) for c in found.roots],
        "page": page,
        "per_page": per_page,
        "total": found.total_roots,
        "sort": sort,
        # For the widget's Edit button on a reader's own comments, and its form.
        "edit_window_s": services.settings.edit_window_s,
        # The longest comment taken, in characters: the widget counts down to it.
        "max_body_chars": services.settings.max_body_chars,
        "sign_in_required": bool(site and site.sign_in_required),
    }
    return conditional_json(request, page_body, services.settings.thread_cache_s)


def _nest(found: comment_store.ThreadPage, comment: Any) -> dict[str, Any]:
    item = schemas.public_comment(comment)
    item["replies"] = [_nest(found, r) for r in found.replies.get(comment.id, [])]
    return item


@router.get(
    "/comments/{comment_id}/thread",
    tags=["comments"],
    response_model=None,
    responses=documented(CommentThread, "The comment's thread."),
)
def comment_thread(request: Request, comment_id: Id) -> dict[str, Any]:
    """The thread a published comment belongs to, for a link to that comment: its
    top-level comment with the replies in view, as in the story's thread."""
    services = services_of(request)
    principal = key_principal(request)
    with services.store.read() as conn:
        site_id = comment_store.site_of(conn, comment_id)
        found = (
            comment_store.one_thread(conn, site_id, comment_id, public=True)
            if site_id is not None and (principal is None or principal.site_id == site_id)
            else None
        )
    if found is None:
        raise NotFound(f"comment {comment_id} not found", field="comment_id")
    root = found.roots[0]
    return {
        "story_id": root.story_id,
        "comment_id": comment_id,
        "thread": _nest(found, root),
    }


@router.patch(
    "/comments/{comment_id}",
    tags=["comments"],
    response_model=None,
    responses=documented(Submitted, "The edit, stored and decided again."),
)
def edit_comment(request: Request, comment_id: Id, payload: schemas.CommentEdit) -> dict[str, Any]:
    """The author edits their comment (host-site JWT); it is decided again."""
    services = services_of(request)
    site, reader = _comment_reader(request, comment_id, "edit")
    _rate_limit(request, "author", f"{site.id}:{reader.external_id}")
    result = actions.edit(services, site.id, comment_id, reader.external_id, payload.body)
    return schemas.submit_out(result.comment, result.decision)


@router.delete(
    "/comments/{comment_id}",
    tags=["comments"],
    response_model=None,
    responses=documented(Deleted, "Deleted."),
)
def delete_comment(request: Request, comment_id: Id) -> dict[str, Any]:
    """The author deletes their comment (host-site JWT): it leaves the thread and its
    text is erased; others' replies to it stay, under a placeholder."""
    site, reader = _comment_reader(request, comment_id, "delete")
    gone = actions.delete_own(services_of(request), site.id, comment_id, reader.external_id)
    return {"id": gone.id, "status": "deleted"}


@router.post(
    "/comments/{comment_id}/like",
    tags=["comments"],
    response_model=None,
    responses=documented(LikeOut, "Liked."),
)
def like_comment(request: Request, comment_id: Id) -> dict[str, Any]:
    """A signed-in reader (host-site JWT) likes a published comment, not their own;
    liking again changes nothing. Answers whether they like it and its count."""
    return _set_like(request, comment_id, True)


@router.delete(
    "/comments/{comment_id}/like",
    tags=["comments"],
    response_model=None,
    responses=documented(LikeOut, "Not liked (any more)."),
)
def unlike_comment(request: Request, comment_id: Id) -> dict[str, Any]:
    """The reader takes their like back; without one, nothing changes."""
    return _set_like(request, comment_id, False)


def _set_like(request: Request, comment_id: int, liked: bool) -> dict[str, Any]:
    services = services_of(request)
    site, reader = _comment_reader(request, comment_id, "like" if liked else "unlike")
    _rate_limit(request, "like", f"{site.id}:{reader.external_id}")
    if liked:
        done = actions.like(services, site.id, comment_id, reader.external_id, reader.name)
    else:
        done = actions.unlike(services, site.id, comment_id, reader.external_id)
    return {"comment_id": done.comment_id, "liked": done.liked, "likes": done.likes}


@router.get(
    "/stories/{story_id}/likes/mine",
    tags=["comments"],
    response_model=None,
    responses=documented(ReaderOverlay, "What is this reader's on the story."),
)
def my_likes(request: Request, story_id: Id) -> JSONResponse:
    """The comments of this story the signed-in reader likes, and their own published
    ones (which they cannot like). Personal, so never stored by any cache."""
    token = bearer_token(request)
    if token is None:
        raise Unauthorized("sign in to see your likes", reason="signed_out")
    story = _public_story(request, story_id)
    site = request.app.state.lookups.site(story.site_id)
    if site is None:
        raise NotFound(f"story {story_id} not found", field="story_id")
    reader = reader_from_token(services_of(request), site, token)
    found = actions.reader_likes(services_of(request), site.id, story.id, reader.external_id)
    return JSONResponse(
        {
            "story_id": story.id,
            # The name this reader posts under: a comment of theirs from another tab
            # arrives live under it, and the widget then asks again what is theirs.
            "name": reader.name,
            "comment_ids": found.liked,
            "own_comment_ids": found.own,
            # Published comments by readers this reader ignores: the widget folds them.
            "hidden": [_hidden_out(h) for h in found.hidden],
            # Everyone they ignore, here or not, so that they can stop.
            "ignored": [{"author_id": i.author_id, "name": i.name} for i in found.ignored],
        },
        headers={"Cache-Control": "no-store"},
    )


@router.post(
    "/comments/{comment_id}/ignore",
    tags=["comments"],
    response_model=None,
    responses=documented(HiddenWriterOut, "The writer now ignored."),
)
def ignore_writer(request: Request, comment_id: Id) -> JSONResponse:
    """A signed-in reader (host-site JWT) ignores the writer of a published comment:
    the widget folds that writer's comments for this reader on every story. Nobody
    else's view changes and the writer is not told. Answers the writer's id and name
    and their published comments on this story, to fold at once."""
    services = services_of(request)
    site, reader = _comment_reader(request, comment_id, "ignore the writer of")
    # A reader's click, as a like is: the same limit.
    _rate_limit(request, "like", f"{site.id}:{reader.external_id}")
    done = actions.ignore_author(services, site.id, comment_id, reader.external_id, reader.name)
    return JSONResponse(_hidden_out(done), headers={"Cache-Control": "no-store"})


def _hidden_out(writer: actions.HiddenWriter) -> dict[str, Any]:
    return {"author_id": writer.author_id, "name": writer.name, "comment_ids": writer.comment_ids}


@router.get(
    "/readers/me/ignored",
    tags=["comments"],
    response_model=None,
    responses=documented(IgnoredList, "Whom the reader ignores."),
)
def my_ignored(request: Request, site: SiteSlug) -> JSONResponse:
    """Whom the signed-in reader of this site (its slug) ignores, longest first."""
    services = services_of(request)
    found_site, reader = _site_reader(request, site)
    ignored = actions.ignored_by(services, found_site.id, reader.external_id)
    return JSONResponse(
        {
            "ignored": [
                {"author_id": i.author_id, "name": i.name, "since": i.since.isoformat()}
                for i in ignored
            ]
        },
        headers={"Cache-Control": "no-store"},
    )


@router.delete("/readers/me/ignored/{author_id}", tags=["comments"])
def stop_ignoring(request: Request, author_id: Id) -> JSONResponse:
    """The reader sees that writer's comments again; nothing happens if they did
    already. The writer's site is the site whose token must name the reader."""
    services = services_of(request)
    token = bearer_token(request)
    if token is None:
        raise Unauthorized("sign in to change what you see", reason="signed_out")
    with services.store.read() as conn:
        site_id = author_store.site_of(conn, author_id)
        found_site = site_store.get(conn, site_id) if site_id is not None else None
    if found_site is None:
        raise NotFound(f"author {author_id} not found", field="author_id")
    reader = reader_from_token(services, found_site, token)
    _rate_limit(request, "like", f"{found_site.id}:{reader.external_id}")
    was = actions.stop_ignoring(services, found_site.id, reader.external_id, author_id)
    return JSONResponse(
        {"author_id": author_id, "ignored": False, "changed": was},
        headers={"Cache-Control": "no-store"},
    )


def _site_reader(request: Request, slug: str) -> tuple[Site, Reader]:
    """The site named by its slug and the reader its host-site token names."""
    token = bearer_token(request)
    if token is None:
        raise Unauthorized("sign in to change what you see", reason="signed_out")
    services = services_of(request)
    with services.store.read() as conn:
        found = site_store.by_slug(conn, slug)
    if found is None:
        raise NotFound(f"site {slug!r} not found", field="site")
    return found, reader_from_token(services, found, token)


def _comment_reader(request: Request, comment_id: int, doing: str) -> tuple[Site, Reader]:
    """The comment's site and the reader its host-site token names, for an
    author's own action; whether the comment is theirs is the action's check."""
    services = services_of(request)
    token = bearer_token(request)
    if token is None:
        raise Unauthorized(f"sign in to {doing} a comment", reason="signed_out")
    with services.store.read() as conn:
        site_id = comment_store.site_of(conn, comment_id)
        site = site_store.get(conn, site_id) if site_id is not None else None
    if site is None:
        raise NotFound(f"comment {comment_id} not found", field="comment_id")
    return site, reader_from_token(services, site, token)


@router.post(
    "/comments/{comment_id}/reports",
    status_code=201,
    tags=["comments"],
    response_model=None,
    responses=documented(Reported, "Reported.", 201),
)
def report_comment(request: Request, comment_id: Id, payload: schemas.ReportIn) -> dict[str, Any]:
    """A reader flags a comment for the moderators."""
    services = services_of(request)
    ip = _client_ip(request)
    _rate_limit(request, "report", ip)
    with services.store.read() as conn:
        site_id = comment_store.site_of(conn, comment_id)
    if site_id is None:
        raise NotFound(f"comment {comment_id} not found", field="comment_id")
    principal = key_principal(request)
    if principal is not None and principal.site_id != site_id:
        raise NotFound(f"comment {comment_id} not found", field="comment_id")
    site = request.app.state.lookups.site(site_id)
    reporter = principal.name if principal else f"ip:{actions.hash_ip(ip, site)}"
    count = actions.report(services, site_id, comment_id, payload.reason, reporter)
    return {"comment_id": comment_id, "reports": count}


# --- moderation ----------------------------------------------------------------------


@router.get(
    "/moderation/queue",
    tags=["moderation"],
    response_model=None,
    responses=documented(QueuePage, "A page of the queue."),
)
def moderation_queue(
    request: Request,
    queue: Literal[
        "held", "reported", "premoderation", "approved", "featured", "rejected", "all"
    ] = "held",
    site: Annotated[schemas.Text | None, Query(max_length=64)] = None,
    section: Annotated[schemas.Text | None, Query(max_length=200)] = None,
    story: Annotated[int | None, Query(ge=1, le=2**53)] = None,
    author: Annotated[int | None, Query(ge=1, le=2**53)] = None,
    status: Literal["approved", "held", "rejected"] | None = None,
    text: Annotated[schemas.Text | None, Query(max_length=200)] = None,
    since: datetime | None = None,
    until: datetime | None = None,
    attribute: (
        Literal["TOXICITY", "SEVERE_TOXICITY", "INSULT", "PROFANITY", "THREAT", "IDENTITY_ATTACK"]
        | None
    ) = None,
    min_score: Annotated[float | None, Query(ge=0, le=1)] = None,
    max_score: Annotated[float | None, Query(ge=0, le=1)] = None,
    order: Literal["oldest", "newest", "score"] | None = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 50,
) -> dict[str, Any]:
    """The moderation queue of the key's site, filtered and paged.

    Work queues (held, reported, pre-moderation) come oldest first, the others
    newest first; `order=score` puts the highest on `attribute` (TOXICITY when
    none is given) first, to clear the clearest cases fast."""
    principal = require_moderator(request)
    services = services_of(request)
    site_id = _own_site(request, principal, site)
    flt = comment_store.QueueFilter(
        queue=queue,
        section=section,
        story_id=story,
        author_id=author,
        status=status,
        text=text,
        since=_utc(since),
        until=_utc(until),
        attribute=attribute,
        min_score=min_score,
        max_score=max_score,
        order=order,
    )
    with services.store.read() as conn:
        items, total = comment_store.queue(
            conn, site_id, flt, limit=per_page, offset=(page - 1) * per_page
        )
    return {
        "queue": queue,
        "items": [schemas.moderation_comment(c) for c in items],
        "page": page,
        "per_page": per_page,
        "total": total,
    }


def _own_site(request: Request, principal: Principal, site: str | None) -> int:
    if site is None:
        return principal.site_id
    services = services_of(request)
    with services.store.read() as conn:
        found = site_store.by_slug(conn, site)
    if found is None or found.id != principal.site_id:
        raise Forbidden(f"this key cannot see site {site!r}")
    return found.id


def _utc(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


@router.get(
    "/moderation/comments/{comment_id}",
    tags=["moderation"],
    response_model=None,
    responses=documented(ModerationCommentDetail, "The comment's full record."),
)
def moderation_comment(request: Request, comment_id: Id) -> dict[str, Any]:
    """Everything about one comment: record, reports, edits, context and author."""
    principal = require_moderator(request)
    services = services_of(request)
    with services.store.read() as conn:
        comment = comment_store.get(conn, principal.site_id, comment_id)
        if comment is None:
            raise NotFound(f"comment {comment_id} not found", field="comment_id")
        author = (
            author_store.get(conn, principal.site_id, comment.author_id)
            if comment.author_id
            else None
        )
        context = comment_store.neighbours(conn, comment)
        body = schemas.moderation_comment(comment)
        body["reports"] = comment_store.reports_for(conn, comment_id)
        body["edits"] = comment_store.edits(conn, comment_id)
    body["author_record"] = schemas.author_out(author) if author else None
    body["context"] = [schemas.moderation_comment(c) for c in context]
    return body


@router.post(
    "/moderation/stories/{story_id}/comments",
    status_code=201,
    tags=["moderation"],
    response_model=None,
    responses=documented(Submitted, "Published as the newsroom's.", 201),
)
def post_as_newsroom(
    request: Request, story_id: Id, payload: schemas.NewsroomCommentIn
) -> dict[str, Any]:
    """Write in a story's thread as the newsroom (a reply with `parent_id`).

    Published at once under `byline` (the site's name if omitted), marked as
    the newsroom's for readers, also in a closed story; audited with the key.
    """
    principal = require_moderator(request)
    services = services_of(request)
    site = request.app.state.lookups.site(principal.site_id)
    result = actions.post_as_newsroom(
        services,
        principal.site_id,
        story_id,
        payload.body,
        byline=payload.byline or (site.name if site else "The newsroom"),
        actor=principal.name,
        parent_id=payload.parent_id,
    )
    return schemas.submit_out(result.comment, result.decision)


# Before the decisions' route, whose `{verb}` would otherwise claim these paths.
@router.post(
    "/moderation/comments/{comment_id}/feature",
    tags=["moderation"],
    response_model=None,
    responses=documented(ModerationComment, "The comment, featured."),
)
def feature_comment(request: Request, comment_id: Id) -> dict[str, Any]:
    """Feature a published comment: an editor's pick, shown under `sort=featured`."""
    return _set_featured(request, comment_id, True)


@router.post(
    "/moderation/comments/{comment_id}/unfeature",
    tags=["moderation"],
    response_model=None,
    responses=documented(ModerationComment, "The comment, not featured."),
)
def unfeature_comment(request: Request, comment_id: Id) -> dict[str, Any]:
    return _set_featured(request, comment_id, False)


def _set_featured(request: Request, comment_id: int, featured: bool) -> dict[str, Any]:
    principal = require_moderator(request)
    comment = actions.feature(
        services_of(request), principal.site_id, comment_id, featured, actor=principal.name
    )
    return schemas.moderation_comment(comment)


@router.post(
    "/moderation/comments/{comment_id}/{verb}",
    tags=["moderation"],
    response_model=None,
    responses=documented(ModerationComment, "The comment, decided."),
)
def decide_one(
    request: Request,
    comment_id: Id,
    verb: Literal["approve", "reject", "hold"],
    payload: schemas.DecisionIn | None = None,
) -> dict[str, Any]:
    principal = require_moderator(request)
    changed = actions.decide(
        services_of(request),
        principal.site_id,
        [comment_id],
        verb,
        actor=principal.name,
        reason=payload.reason if payload else "",
        expected=(
            schemas.expected_statuses({comment_id: payload.expected})
            if payload and payload.expected
            else None
        ),
    )
    return schemas.moderation_comment(changed[0])


@router.post(
    "/moderation/decisions",
    tags=["moderation"],
    response_model=None,
    responses=documented(Decided, "The comments, decided."),
)
def decide_many(request: Request, payload: schemas.BulkDecisionIn) -> dict[str, Any]:
    """Approve, reject or hold many comments at once, all in one transaction."""
    principal = require_moderator(request)
    changed = actions.decide(
        services_of(request),
        principal.site_id,
        payload.ids,
        payload.action,
        actor=principal.name,
        reason=payload.reason,
        expected=schemas.expected_statuses(payload.expected),
    )
    return {"items": [schemas.moderation_comment(c) for c in changed]}


@router.get(
    "/moderation/comments/{comment_id}/audit",
    tags=["moderation"],
    response_model=None,
    responses=documented(AuditTrail, "The comment's audit trail."),
)
def comment_audit(request: Request, comment_id: Id) -> dict[str, Any]:
    principal = require_moderator(request)
    services = services_of(request)
    with services.store.read() as conn:
        if comment_store.get(conn, principal.site_id, comment_id) is None:
            raise NotFound(f"comment {comment_id} not found", field="comment_id")
        trail = audit_store.trail(conn, principal.site_id, "comment", comment_id)
    return {"items": [schemas.audit_out(e) for e in trail]}


@router.get(
    "/moderation/authors/{author_id}",
    tags=["moderation"],
    response_model=None,
    responses=documented(AuthorDetail, "The author, with their latest comments."),
)
def get_author(request: Request, author_id: Id) -> dict[str, Any]:
    principal = require_moderator(request)
    services = services_of(request)
    with services.store.read() as conn:
        author = author_store.get(conn, principal.site_id, author_id)
        if author is None:
            raise NotFound(f"author {author_id} not found", field="author_id")
        recent, _ = comment_store.queue(
            conn,
            principal.site_id,
            comment_store.QueueFilter(queue="all", author_id=author_id),
            limit=20,
        )
    body = schemas.author_out(author)
    body["recent_comments"] = [schemas.moderation_comment(c) for c in recent]
    return body


@router.post(
    "/moderation/authors/{author_id}/actions",
    tags=["moderation"],
    response_model=None,
    responses=documented(AuthorOut, "The author as they are now."),
)
def author_action(
    request: Request, author_id: Id, payload: schemas.AuthorActionIn
) -> dict[str, Any]:
    """Ban, suspend for a period, always pre-moderate, re-activate, or add a note."""
    principal = require_moderator(request)
    act = actions.AuthorAction(
        kind=payload.action,
        until=_utc(payload.until),
        duration=timedelta(hours=payload.hours) if payload.hours else None,
        note=payload.note,
        withdraw=payload.withdraw_comments,
    )
    author = actions.act_on_author(
        services_of(request), principal.site_id, author_id, act, actor=principal.name
    )
    return schemas.author_out(author)


@router.post(
    "/moderation/authors/{author_id}/erase",
    tags=["moderation"],
    response_model=None,
    responses=documented(Erased, "Erased."),
)
def erase_author(request: Request, author_id: Id) -> dict[str, Any]:
    """Erase a reader at their request: their comments' text, their name, their id.

    Admin or integration keys only: it cannot be undone.
    """
    principal = require_integration(request)
    done = actions.erase_author(
        services_of(request), principal.site_id, author_id, actor=principal.name
    )
    return _erasure_out(done)


@router.post(
    "/authors/erase",
    tags=["authors"],
    response_model=None,
    responses=documented(Erased, "Erased."),
)
def erase_author_by_external_id(request: Request, payload: schemas.ReaderIn) -> dict[str, Any]:
    """The host site's hook for a deleted account: erase the author it knows by `external_id`."""
    principal = require_integration(request)
    services = services_of(request)
    author = actions.find_author(services, principal.site_id, payload.external_id)
    done = actions.erase_author(services, principal.site_id, author.id, actor=principal.name)
    return _erasure_out(done)


@router.post("/authors/export", tags=["authors"])
def export_author(request: Request, payload: schemas.ReaderIn) -> dict[str, Any]:
    """Everything stored about a reader the host site knows by `external_id`, for their
    request to see it: their record, the moderators' notes, every comment with its
    status, reasons and earlier versions."""
    principal = require_integration(request)
    services = services_of(request)
    author = actions.find_author(services, principal.site_id, payload.external_id)
    data = actions.author_data(services, principal.site_id, author.id)
    return schemas.author_data_out(data, services.now())


def _erasure_out(done: actions.Erasure) -> dict[str, Any]:
    return {
        "author_id": done.author_id,
        "status": "erased",
        "comments": done.comments,
        "withdrawn": done.withdrawn,
    }


@router.get(
    "/moderation/authors/{author_id}/audit",
    tags=["moderation"],
    response_model=None,
    responses=documented(AuditTrail, "The author's audit trail."),
)
def author_audit(request: Request, author_id: Id) -> dict[str, Any]:
    principal = require_moderator(request)
    services = services_of(request)
    with services.store.read() as conn:
        if author_store.get(conn, principal.site_id, author_id) is None:
            raise NotFound(f"author {author_id} not found", field="author_id")
        trail = audit_store.trail(conn, principal.site_id, "author", author_id)
    return {"items": [schemas.audit_out(e) for e in trail]}


@router.get(
    "/moderation/audit",
    tags=["moderation"],
    response_model=None,
    responses=documented(AuditPage, "A page of the site's audit log."),
)
def site_audit(
    request: Request,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=500)] = 100,
) -> dict[str, Any]:
    principal = require_moderator(request)
    services = services_of(request)
    with services.store.read() as conn:
        entries = audit_store.recent(
            conn, principal.site_id, limit=per_page, offset=(page - 1) * per_page
        )
    return {"items": [schemas.audit_out(e) for e in entries], "page": page}


# --- policies ------------------------------------------------------------------------


@router.get(
    "/policies",
    tags=["policies"],
    response_model=None,
    responses=documented(PolicyHistory, "Every stored policy version."),
)
def list_policies(request: Request) -> dict[str, Any]:
    principal = require_moderator(request)
    services = services_of(request)
    with services.store.read() as conn:
        history = policy_store.history(conn, principal.site_id)
    return {
        "items": [
            {
                "id": p.id,
                "scope": p.scope,
                "version": p.version,
                "document": p.document,
                "created_by": p.created_by,
                "created_at": p.created_at.isoformat() if p.created_at else None,
            }
            for p in history
        ]
    }


@router.put(
    "/policies/{scope}",
    tags=["policies"],
    response_model=None,
    responses=documented(PolicyStored, "The stored version."),
)
def put_policy(request: Request, scope: str, payload: schemas.PolicyIn) -> dict[str, Any]:
    """Store a new version of the site policy, or of a section's or story's override."""
    principal = require_admin(request)
    stored = actions.set_policy(
        services_of(request),
        principal.site_id,
        payload.document,
        scope=scope,
        actor=principal.name,
    )
    return {"id": stored.id, "scope": stored.scope, "version": stored.version}


@router.post("/policies/backtest", tags=["policies"])
def backtest_policy(request: Request, payload: schemas.BacktestIn) -> dict[str, Any]:
    """Run a candidate policy over the site's stored comments; nothing is changed."""
    principal = require_moderator(request)
    services = services_of(request)
    since = services.now() - timedelta(days=payload.since_days) if payload.since_days else None
    report = actions.backtest(services, principal.site_id, payload.document, since)
    return report.to_dict()


@router.get("/policies/calibration", tags=["policies"])
def calibrate_policy(
    request: Request,
    target_precision: Annotated[float, Query(gt=0, le=1)] = 0.9,
    since_days: Annotated[int | None, Query(ge=1, le=3650)] = None,
) -> dict[str, Any]:
    """Suggested per-attribute hold thresholds from this site's moderator decisions."""
    principal = require_moderator(request)
    services = services_of(request)
    since = services.now() - timedelta(days=since_days) if since_days else None
    return actions.calibrate(services, principal.site_id, target_precision, since).to_dict()
