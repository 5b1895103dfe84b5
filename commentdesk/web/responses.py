"""What the HTTP API answers, as typed shapes for the OpenAPI document.

Integrators generate clients from `/openapi.json`, so each answer a reader's
page or a newsroom's system reads is described here field by field. The
handlers still build plain dicts (validating every answer would cost the busy
paths CPU for nothing); tests check real answers against these models, which
forbid fields they do not describe, so the two cannot drift apart.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["approved", "held", "rejected"]


class Shape(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StoryOut(Shape):
    id: int
    external_id: str = Field(description="The host site's id for the article.")
    url: str
    title: str
    section: str
    is_open: bool = Field(description="The newsroom's switch.")
    open: bool = Field(description="Whether it takes comments now, its closing time considered.")
    closes_at: str | None = Field(description="ISO 8601; null: no closing time.")
    premoderated: bool
    comment_count: int = Field(description="Published comments, replies included.")
    created_at: str | None


class PublicComment(Shape):
    """A published comment as any reader sees it; a removed one that others had
    answered keeps only its place (`removed: true`, no text, no author)."""

    id: int
    parent_id: int | None
    author: str | None
    body: str = Field(description="Plain text, never markup.")
    created_at: str | None
    featured: bool = Field(description="An editor's pick.")
    removed: bool
    likes: int | None = Field(default=None, description="Absent on a removed comment.")
    staff: bool | None = Field(default=None, description="Written by the newsroom.")
    anonymous: bool | None = Field(default=None, description="Posted without signing in.")
    reply_count: int | None = Field(
        default=None, description="Of a top-level comment: its thread's published replies."
    )
    root_id: int | None = Field(default=None, description="Of a reply: its thread's top.")
    replies: list[PublicComment] | None = Field(
        default=None, description="In a thread page: the replies in view, threaded."
    )


class ThreadPage(Shape):
    story: StoryOut
    comments: list[PublicComment] = Field(description="Top-level comments, with their replies.")
    page: int
    per_page: int
    total: int = Field(description="Top-level comments in all pages.")
    sort: Literal["newest", "oldest", "most_replied", "liked", "featured"]
    edit_window_s: int = Field(description="Seconds after posting that an author may edit.")
    max_body_chars: int = Field(description="The longest comment taken, in characters.")
    sign_in_required: bool


class CommentThread(Shape):
    story_id: int
    comment_id: int
    thread: PublicComment


class Counts(Shape):
    counts: dict[str, int] = Field(description="Published comments by the host's story id.")


class ReasonOut(Shape):
    rule: str
    action: Literal["approve", "hold", "reject", "flag"]
    message: str


class Submitted(Shape):
    """A comment as decided: 2xx means it is durably stored, whatever its status."""

    id: int
    story_id: int
    parent_id: int | None
    status: Status
    message: str | None = Field(description="What to tell its author when not published.")
    reason: str | None = Field(
        description="The id of the rule that held or rejected it, for a translated widget "
        "to give its own words; null when published."
    )
    reason_message: str | None = Field(
        description="That rule's message when the newsroom's policy wrote it (so in the "
        "newsroom's language); null for the built-in English reasons."
    )
    reasons: list[ReasonOut] = Field(description="The rules that held or rejected it.")
    policy_version: str | None
    model_version: str | None
    created_at: str | None


class Deleted(Shape):
    id: int
    status: Literal["deleted"]


class Reported(Shape):
    comment_id: int
    reports: int = Field(description="Reports of this comment so far.")


class LikeOut(Shape):
    comment_id: int
    liked: bool = Field(description="Whether this reader likes it now.")
    likes: int


class Writer(Shape):
    author_id: int
    name: str


class HiddenWriterOut(Writer):
    comment_ids: list[int] = Field(description="Their published comments on this story.")


class ReaderOverlay(Shape):
    """What is personal to the signed-in reader on a story's page; never cached."""

    story_id: int
    name: str = Field(description="The name this reader posts under.")
    comment_ids: list[int] = Field(description="The comments they like.")
    own_comment_ids: list[int]
    hidden: list[HiddenWriterOut] = Field(description="Comments by readers they ignore.")
    ignored: list[Writer] = Field(description="Everyone they ignore, on this story or not.")


class IgnoredWriter(Writer):
    since: str


class IgnoredList(Shape):
    ignored: list[IgnoredWriter]


class ModerationReason(ReasonOut):
    detail: dict[str, Any]


class ModerationComment(Shape):
    """The full record a moderator sees."""

    id: int
    story_id: int
    parent_id: int | None
    author_id: int | None
    author: str | None
    staff: bool
    body: str
    status: Status
    scores: dict[str, float] = Field(description="Perspective's six attributes, 0 to 1.")
    spans: dict[str, list[list[float]]] = Field(
        description="Per attribute, [begin, end, score] character ranges that carry it."
    )
    reasons: list[ModerationReason]
    model_version: str | None
    policy_version: str | None
    report_count: int
    external_id: str | None
    created_at: str | None
    updated_at: str | None
    featured_at: str | None
    likes: int


class ReportOut(Shape):
    reason: str | None
    reporter: str = Field(description="A key's name, or a hash of the reader's address.")
    at: str


class EditOut(Shape):
    old_body: str = Field(description="The text before this edit.")
    actor: str | None
    at: str


class AuthorOut(Shape):
    id: int
    external_id: str | None = Field(description="The host site's id for the reader.")
    display_name: str
    status: str = Field(description="active, premoderated, suspended, banned or erased.")
    suspended_until: str | None
    notes: str
    approved_count: int
    rejected_count: int
    created_at: str | None


class ModerationCommentDetail(ModerationComment):
    """Everything about one comment, for deciding on it."""

    reports: list[ReportOut]
    edits: list[EditOut] = Field(description="Earlier versions, oldest first.")
    author_record: AuthorOut | None
    context: list[ModerationComment] = Field(description="Its neighbours in the thread.")


class Decided(Shape):
    items: list[ModerationComment] = Field(description="Each comment as it is now.")


class AuthorDetail(AuthorOut):
    recent_comments: list[ModerationComment] = Field(description="Their latest 20.")


class Erased(Shape):
    author_id: int
    status: Literal["erased"]
    comments: int = Field(description="Comments whose text was removed.")
    withdrawn: int = Field(description="Of those, how many were published or waiting.")


class AuditOut(Shape):
    """One append-only row: who (null: the system) did what to which subject, and why."""

    id: int
    subject_type: str = Field(description="comment, author, site, policy...")
    subject_id: int | None
    action: str
    actor: str | None
    old_state: str | None
    new_state: str | None
    reasons: list[Any] | None
    model_version: str | None
    policy_version: str | None
    created_at: str


class AuditTrail(Shape):
    items: list[AuditOut] = Field(description="Oldest first.")


class AuditPage(Shape):
    items: list[AuditOut] = Field(description="Newest first.")
    page: int


class PolicyVersion(Shape):
    id: int
    scope: str = Field(description="site, section:NAME or story:ID.")
    version: str
    document: str = Field(description="The policy's YAML.")
    created_by: str | None
    created_at: str | None


class PolicyHistory(Shape):
    items: list[PolicyVersion]


class PolicyStored(Shape):
    id: int
    scope: str
    version: str


class DeliveryOut(Shape):
    """One webhook message to one receiver."""

    id: int
    url: str
    event: str = Field(description="comment.approved, comment.replied, ping...")
    state: Literal["waiting", "failed", "delivered"]
    attempts: int
    last_error: str | None
    created_at: str | None
    next_attempt_at: str | None
    finished_at: str | None


class Deliveries(Shape):
    items: list[DeliveryOut] = Field(description="Newest first.")


class Retried(Shape):
    retried: int = Field(description="Messages queued to be sent again.")


class PingQueued(Shape):
    queued: int = Field(description="Receivers a signed ping is queued for.")


class QueuePage(Shape):
    queue: str
    items: list[ModerationComment]
    page: int
    per_page: int
    total: int


class Problem(Shape):
    field: str
    problem: str


class ErrorDetail(Shape):
    code: str = Field(description="Stable, for programs: invalid_input, not_found, ...")
    message: str = Field(description="For people: what is wrong.")
    field: str | None = Field(default=None, description="The input at fault, where one is.")
    problems: list[Problem] | None = Field(default=None, description="Each invalid input.")
    retry_after: int | None = Field(default=None, description="Seconds, on 429.")
    reason: str | None = Field(
        default=None,
        description=(
            "Where a reader may meet it, the case more closely (too_long, story_closed, "
            "edit_window_over...): a translated widget shows its own words for it."
        ),
    )
    params: dict[str, str | int] | None = Field(
        default=None, description="What the message fills in, by name, beside a reason."
    )


class ErrorBody(Shape):
    """Every error, 4xx or 5xx, answers this way."""

    error: ErrorDetail


Responses = dict[int | str, dict[str, Any]]

# Every API route's errors (in place of FastAPI's default 422 shape, which this
# API never sends).
ERRORS: Responses = {
    "4XX": {"model": ErrorBody, "description": "What is wrong with the request."}
}


def documented(model: type[BaseModel], description: str, status: int = 200) -> Responses:
    """A route's `responses=` entry for ``model``."""
    return {status: {"model": model, "description": description}}
