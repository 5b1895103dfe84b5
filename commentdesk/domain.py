"""The nouns of Comment Desk as plain dataclasses.

These types are what crosses every boundary: the store returns them, the
actions take and return them, the API and CLI serialise them. No ORM row or
HTTP object ever leaves its own layer.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

# The six Perspective attributes we score, in a fixed order so that vectors,
# columns and reports line up everywhere.
ATTRIBUTES: tuple[str, ...] = (
    "TOXICITY",
    "SEVERE_TOXICITY",
    "INSULT",
    "PROFANITY",
    "THREAT",
    "IDENTITY_ATTACK",
)


class CommentStatus(enum.StrEnum):
    APPROVED = "approved"
    HELD = "held"
    REJECTED = "rejected"


class Action(enum.StrEnum):
    """What a policy rule or a moderator decides."""

    APPROVE = "approve"
    HOLD = "hold"
    REJECT = "reject"
    FLAG = "flag"  # annotate only; never decisive

    def status(self) -> CommentStatus:
        return {
            Action.APPROVE: CommentStatus.APPROVED,
            Action.HOLD: CommentStatus.HELD,
            Action.REJECT: CommentStatus.REJECTED,
        }[self]


class AuthorStatus(enum.StrEnum):
    ACTIVE = "active"
    PREMODERATED = "premoderated"
    SUSPENDED = "suspended"
    BANNED = "banned"
    # Erased at the reader's request: who they were is gone (see actions.erase_author).
    ERASED = "erased"


class Role(enum.StrEnum):
    ADMIN = "admin"
    MODERATOR = "moderator"
    INTEGRATION = "integration"


# A span is (begin, end, score): a half-open character range of the text.
Span = tuple[int, int, float]


@dataclass(frozen=True)
class ScoreResult:
    """What the scorer says about one text."""

    scores: dict[str, float]
    spans: dict[str, list[Span]]
    model_version: str


@dataclass(frozen=True)
class Reason:
    """One rule that matched, in words a moderator and an author can read."""

    rule: str  # rule id, e.g. "insult-band" or "scoring-unavailable"
    action: Action
    message: str  # plain-language statement shown to the author
    detail: dict[str, object] = field(default_factory=dict)  # scores, spans, matches
    # The message is the newsroom's own (a policy rule's ``message:``, in its
    # language), not one of the built-in English sentences.
    own_words: bool = False


@dataclass(frozen=True)
class Decision:
    """The outcome of running a policy (or a moderator) over one comment."""

    status: CommentStatus
    reasons: list[Reason]
    policy_version: str | None
    model_version: str | None

    @property
    def decisive(self) -> Reason | None:
        for reason in self.reasons:
            if reason.action is not Action.FLAG:
                return reason
        return None


@dataclass
class Site:
    id: int
    slug: str
    name: str
    jwt_secret: str
    webhook_urls: list[str] = field(default_factory=list)
    webhook_secret: str = ""
    allowed_origins: list[str] = field(default_factory=list)
    created_at: datetime | None = None
    # A story created without its own closing time closes this many days after
    # it was created; None: stories stay open until someone closes them.
    close_after_days: int | None = None
    # Readers must sign in (a host-site token) to comment: anonymous comments are
    # refused before anything is stored, not held.
    sign_in_required: bool = False
    # A published comment that this many different reporters flag, and that no
    # moderator has decided on, is held for review; None: reports never hold.
    reports_to_hold: int | None = None


@dataclass
class Story:
    id: int
    site_id: int
    external_id: str
    url: str
    title: str
    section: str = ""
    is_open: bool = True  # the newsroom's switch; see accepts_comments
    premoderated: bool = False
    created_at: datetime | None = None
    closes_at: datetime | None = None
    comment_count: int = 0  # published (approved) comments, replies included

    def accepts_comments(self, now: datetime) -> bool:
        """Open: not closed by hand, and its closing time (if any) still ahead."""
        return self.is_open and not self.closed_by_time(now)

    def closed_by_time(self, now: datetime) -> bool:
        return self.closes_at is not None and self.closes_at <= now


@dataclass
class Author:
    id: int
    site_id: int
    external_id: str
    display_name: str
    status: AuthorStatus = AuthorStatus.ACTIVE
    suspended_until: datetime | None = None
    notes: str = ""
    approved_count: int = 0
    rejected_count: int = 0
    created_at: datetime | None = None

    def effective_status(self, now: datetime) -> AuthorStatus:
        """A suspension lapses by itself once its time has passed."""
        if (
            self.status is AuthorStatus.SUSPENDED
            and self.suspended_until is not None
            and self.suspended_until <= now
        ):
            return AuthorStatus.ACTIVE
        return self.status


@dataclass
class Comment:
    id: int
    site_id: int
    story_id: int
    parent_id: int | None
    author_id: int | None
    body: str
    status: CommentStatus
    scores: dict[str, float] = field(default_factory=dict)
    spans: dict[str, list[Span]] = field(default_factory=dict)
    reasons: list[Reason] = field(default_factory=list)
    model_version: str | None = None
    policy_version: str | None = None
    report_count: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    author_name: str | None = None
    ip_hash: str | None = None
    external_id: str | None = None
    featured_at: datetime | None = None  # while the newsroom features it
    staff_name: str | None = None  # the byline, when the newsroom wrote it
    reply_count: int = 0  # of a top-level comment: approved replies in its thread
    like_count: int = 0
    root_id: int | None = None  # of a reply: the top-level comment of its thread


@dataclass(frozen=True)
class Like:
    """A reader's appreciation of a comment; one per reader and comment."""

    comment_id: int
    author_id: int
    created_at: datetime | None = None


@dataclass(frozen=True)
class AuditEntry:
    """One append-only row: who changed what, from which state to which, and why."""

    id: int
    site_id: int
    subject_type: str  # "comment" | "author" | "policy" | "story"
    subject_id: int
    action: str
    actor: str | None  # None means the system
    old_state: str | None
    new_state: str | None
    reasons: list[dict[str, object]]
    model_version: str | None
    policy_version: str | None
    created_at: datetime


@dataclass(frozen=True)
class ApiKey:
    id: int
    site_id: int
    role: Role
    name: str
    prefix: str


@dataclass(frozen=True)
class Principal:
    """Who is calling: a key, a signed-in moderator, or a reader via host JWT."""

    site_id: int
    role: Role | None  # None for readers
    name: str  # recorded as the audit actor

    def can_moderate(self) -> bool:
        return self.role in (Role.ADMIN, Role.MODERATOR)

    def is_admin(self) -> bool:
        return self.role is Role.ADMIN
