"""The JSON shapes of the HTTP API, and how domain objects turn into them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from commentdesk.actions.submission import unstorable
from commentdesk.domain import AuditEntry, Author, Comment, CommentStatus, Decision, Story

if TYPE_CHECKING:
    from commentdesk.actions import AuthorData

# Ids are positive and fit every database's integer column.
Id = Annotated[int, Field(ge=1, le=2**53)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _storable(value: str) -> str:
    problem = unstorable(value)
    if problem:
        raise ValueError(problem)
    return value


# Text a request may carry, in its body or its query: any Unicode but NUL.
Text = Annotated[str, AfterValidator(_storable)]


def _iso_text(value: object) -> object:
    # Pydantic would also take a number of seconds; a closing time is written
    # as ISO 8601 text, so a stray number is an error, not a date in 1970.
    if value is not None and not isinstance(value, str | datetime):
        raise ValueError("must be an ISO 8601 date and time with its time zone")
    return value


def _in_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        # A time without a zone means a different moment on every server.
        raise ValueError("must give its time zone, e.g. 2026-05-01T18:00:00+00:00")
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise ValueError("is out of range") from None


ClosesAt = Annotated[
    datetime | None,
    BeforeValidator(_iso_text),
    AfterValidator(_in_utc),
    Field(
        description="When the story stops taking comments (ISO 8601 with a time zone); "
        "null: no closing time."
    ),
]


class StoryIn(Strict):
    external_id: Text = Field(min_length=1, max_length=300)
    url: Text = Field(default="", max_length=2000)
    title: Text = Field(default="", max_length=1000)
    section: Text = Field(default="", max_length=200)
    is_open: bool = True
    premoderated: bool = False
    # Left out: a new story takes its site's default, an existing one keeps its own.
    closes_at: ClosesAt = None


class StoryPatch(Strict):
    is_open: bool | None = None
    premoderated: bool | None = None
    # Left out: unchanged; null: no closing time.
    closes_at: ClosesAt = None


class AuthorIn(Strict):
    id: Text = Field(min_length=1, max_length=300)
    name: Text = Field(default="", max_length=200)


class CommentIn(Strict):
    body: Text = Field(description="Plain text; never interpreted as markup.")
    parent_id: int | None = Field(default=None, ge=1, le=2**53)
    author: AuthorIn | None = Field(
        default=None, description="Only for integration keys posting on a reader's behalf."
    )
    nudged: bool = Field(
        default=False,
        description="The reader posted after a civility nudge; the comment is held.",
    )


class CommentEdit(Strict):
    body: Text


class NewsroomCommentIn(Strict):
    body: Text = Field(description="Plain text; never interpreted as markup.")
    parent_id: int | None = Field(default=None, ge=1, le=2**53)
    byline: Text | None = Field(
        default=None, max_length=200, description="The name shown; the site's name if omitted."
    )


class ReportIn(Strict):
    reason: Text = Field(default="", max_length=1000)


StatusName = Literal["approved", "held", "rejected"]


class DecisionIn(Strict):
    reason: Text = Field(default="", max_length=2000)
    expected: StatusName | None = Field(
        default=None,
        description="The status you saw: if it has changed since, nothing is decided (409).",
    )


class BulkDecisionIn(Strict):
    ids: list[Id] = Field(min_length=1, max_length=500)
    action: Literal["approve", "reject", "hold"]
    reason: Text = Field(default="", max_length=2000)
    expected: dict[Id, StatusName] = Field(
        default_factory=dict,
        max_length=500,
        description="Comment id -> the status you saw; if any has changed since, "
        "nothing is decided (409, saying who moved it).",
    )


def expected_statuses(seen: Mapping[int, str]) -> dict[int, CommentStatus]:
    return {comment_id: CommentStatus(status) for comment_id, status in seen.items()}


class AuthorActionIn(Strict):
    action: Literal["ban", "suspend", "premoderate", "activate", "note"]
    until: datetime | None = None
    hours: float | None = Field(default=None, gt=0, le=24 * 3650)
    note: Text = Field(default="", max_length=5000)
    withdraw_comments: bool = Field(
        default=False,
        description="With ban or suspend: also reject their published and waiting comments.",
    )


class ReaderIn(Strict):
    """A reader as the host site knows them."""

    external_id: Text = Field(min_length=1, max_length=300)


class PolicyIn(Strict):
    document: Text = Field(min_length=1, max_length=200_000)


class BacktestIn(Strict):
    document: Text = Field(min_length=1, max_length=200_000)
    since_days: int | None = Field(default=30, ge=1, le=3650)


def story_out(story: Story, now: datetime) -> dict[str, Any]:
    """`is_open` is the newsroom's switch; `open` says whether the story takes
    comments at `now`, its closing time considered."""
    return {
        "id": story.id,
        "external_id": story.external_id,
        "url": story.url,
        "title": story.title,
        "section": story.section,
        "is_open": story.is_open,
        "open": story.accepts_comments(now),
        "closes_at": story.closes_at.isoformat() if story.closes_at else None,
        "premoderated": story.premoderated,
        "comment_count": story.comment_count,
        "created_at": story.created_at.isoformat() if story.created_at else None,
    }


def public_comment(comment: Comment) -> dict[str, Any]:
    """What any reader may see of an approved comment; of one that is no longer
    approved but still has replies in view, only that it was there."""
    if comment.status.value != "approved":
        return {
            "id": comment.id,
            "parent_id": comment.parent_id,
            "author": None,
            "body": "",
            "created_at": comment.created_at.isoformat() if comment.created_at else None,
            "featured": False,
            "removed": True,
        }
    return {
        "id": comment.id,
        "parent_id": comment.parent_id,
        "author": comment.author_name or "Anonymous",
        "body": comment.body,
        "created_at": comment.created_at.isoformat() if comment.created_at else None,
        "featured": comment.featured_at is not None,
        "likes": comment.like_count,
        # Written by the newsroom (its byline is the author): readers see a badge.
        "staff": comment.staff_name is not None,
        # Posted without signing in: no reader behind it to ignore.
        "anonymous": comment.author_id is None and comment.staff_name is None,
        # Of a top-level comment: its thread's published replies, of which a page
        # shows the first few (the whole thread: /comments/{id}/thread).
        "reply_count": comment.reply_count if comment.parent_id is None else 0,
        # Of a reply: its thread's top-level comment, whose count it adds to.
        "root_id": comment.root_id,
        "removed": False,
    }


def author_message(decision: Decision) -> str | None:
    """The plain-language reason the author is shown when not approved."""
    if decision.status.value == "approved":
        return None
    decisive = decision.decisive
    prefix = (
        "Your comment is awaiting review"
        if decision.status.value == "held"
        else "Your comment was not published"
    )
    return f"{prefix}: {decisive.message}" if decisive else prefix + "."


def submit_out(comment: Comment, decision: Decision) -> dict[str, Any]:
    decisive = decision.decisive
    approved = decision.status.value == "approved"
    return {
        "id": comment.id,
        "story_id": comment.story_id,
        "parent_id": comment.parent_id,
        "status": decision.status.value,
        "message": author_message(decision),
        # A translated widget shows its own words for the outcome: the rule
        # that decided (to look up the newsroom's word for it) and the rule's
        # message when the newsroom wrote it, so in its language.
        "reason": decisive.rule if decisive is not None and not approved else None,
        "reason_message": (
            decisive.message
            if decisive is not None and decisive.own_words and not approved
            else None
        ),
        "reasons": [
            {"rule": r.rule, "action": r.action.value, "message": r.message}
            for r in decision.reasons
            if r.action.value != "approve"
        ],
        "policy_version": decision.policy_version,
        "model_version": decision.model_version or comment.model_version,
        "created_at": comment.created_at.isoformat() if comment.created_at else None,
    }


def moderation_comment(comment: Comment) -> dict[str, Any]:
    """The full record a moderator sees."""
    return {
        "id": comment.id,
        "story_id": comment.story_id,
        "parent_id": comment.parent_id,
        "author_id": comment.author_id,
        "author": comment.author_name,
        "staff": comment.staff_name is not None,
        "body": comment.body,
        "status": comment.status.value,
        "scores": comment.scores,
        "spans": {k: [list(s) for s in v] for k, v in comment.spans.items()},
        "reasons": [
            {"rule": r.rule, "action": r.action.value, "message": r.message, "detail": r.detail}
            for r in comment.reasons
        ],
        "model_version": comment.model_version,
        "policy_version": comment.policy_version,
        "report_count": comment.report_count,
        "external_id": comment.external_id,
        "created_at": comment.created_at.isoformat() if comment.created_at else None,
        "updated_at": comment.updated_at.isoformat() if comment.updated_at else None,
        "featured_at": comment.featured_at.isoformat() if comment.featured_at else None,
        "likes": comment.like_count,
    }


def author_out(author: Author) -> dict[str, Any]:
    return {
        "id": author.id,
        "external_id": author.external_id,
        "display_name": author.display_name,
        "status": author.status.value,
        "suspended_until": author.suspended_until.isoformat() if author.suspended_until else None,
        "notes": author.notes,
        "approved_count": author.approved_count,
        "rejected_count": author.rejected_count,
        "created_at": author.created_at.isoformat() if author.created_at else None,
    }


def audit_out(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "subject_type": entry.subject_type,
        "subject_id": entry.subject_id,
        "action": entry.action,
        "actor": entry.actor,
        "old_state": entry.old_state,
        "new_state": entry.new_state,
        "reasons": entry.reasons,
        "model_version": entry.model_version,
        "policy_version": entry.policy_version,
        "created_at": entry.created_at.isoformat(),
    }


def author_data_out(data: AuthorData, now: datetime) -> dict[str, Any]:
    """`actions.AuthorData` as the reader's copy of what is stored about them."""
    comments = []
    for c in data.comments:
        item = moderation_comment(c)
        story = data.stories.get(c.story_id)
        item["story"] = story_out(story, now) if story else None
        item["earlier_versions"] = [
            {"body": e["old_body"], "until": e["at"].isoformat() if e["at"] else None}
            for e in data.edits.get(c.id, [])
        ]
        comments.append(item)
    likes = [
        {
            "comment_id": like.comment_id,
            "at": like.created_at.isoformat() if like.created_at else None,
        }
        for like in data.likes
    ]
    ignored = [
        {"author_id": i.author_id, "name": i.name, "since": i.since.isoformat()}
        for i in data.ignored
    ]
    return {
        "author": author_out(data.author),
        "comments": comments,
        "likes": likes,
        "ignored": ignored,
    }
