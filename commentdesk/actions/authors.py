"""Acting on authors (ban, suspend, pre-moderate, note) and reading what is stored about them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.engine import Connection

from commentdesk.actions.transition import is_erased, move
from commentdesk.domain import (
    Action,
    Author,
    AuthorStatus,
    Comment,
    CommentStatus,
    Like,
    Reason,
    Story,
)
from commentdesk.errors import Conflict, InvalidInput, NotFound
from commentdesk.services import Services
from commentdesk.store import audit as audit_store
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store import ignores as ignore_store
from commentdesk.store import likes as like_store
from commentdesk.store import stories as story_store
from commentdesk.store.ignores import Ignored

AUTHOR_ACTIONS = ("ban", "suspend", "premoderate", "activate", "note")


@dataclass
class AuthorAction:
    kind: str
    until: datetime | None = None
    duration: timedelta | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    # With a ban or a suspension: also reject what they have published or left
    # waiting (a troll's trail, or a raid), in the same transaction.
    withdraw: bool = False


# The rule named by the decisions that take down a banned author's comments.
AUTHOR_ACTION_RULE = "author-action"


def _withdraw_all(conn: Connection, author: Author, kind: str, actor: str) -> int:
    """Reject every published or waiting comment of the author, as a moderator
    would one by one (audited, counted, sticky against rescoring)."""
    done = "banned" if kind == "ban" else "suspended"
    reason = Reason(AUTHOR_ACTION_RULE, Action.REJECT, f"removed when its author was {done}")
    taken = 0
    for comment in comment_store.of_author(conn, author.site_id, author.id):
        if comment.status is CommentStatus.REJECTED or is_erased(comment):
            continue
        move(
            conn,
            comment,
            CommentStatus.REJECTED,
            reason,
            actor=actor,
            action="reject",
            by_moderator=True,
        )
        taken += 1
    return taken


def act_on_author(
    services: Services, site_id: int, author_id: int, act: AuthorAction, *, actor: str
) -> Author:
    if act.kind not in AUTHOR_ACTIONS:
        raise InvalidInput(f"action must be one of {list(AUTHOR_ACTIONS)}", field="action")
    if act.withdraw and act.kind not in ("ban", "suspend"):
        raise InvalidInput("only a ban or a suspension takes comments down", field="withdraw")
    with services.store.write() as conn:
        author = author_store.get(conn, site_id, author_id)
        if author is None:
            raise NotFound(f"author {author_id} not found", field="author_id")
        if author.status is AuthorStatus.ERASED:
            # A note or a ban would only start a new record of someone who asked to go.
            raise Conflict("this reader was erased at their request")
        old = author.status.value
        new_status = {
            "ban": AuthorStatus.BANNED,
            "suspend": AuthorStatus.SUSPENDED,
            "premoderate": AuthorStatus.PREMODERATED,
            "activate": AuthorStatus.ACTIVE,
        }.get(act.kind)
        until = None
        if act.kind == "suspend":
            until = act.until or (services.now() + (act.duration or timedelta(days=1)))
            if until <= services.now():
                raise InvalidInput("a suspension must end in the future", field="until")
        if new_status is not None:
            author_store.set_status(conn, author.id, new_status, until)
        if act.kind == "note":
            if not act.note.strip():
                raise InvalidInput("a note must not be empty", field="note")
            stamp = services.now().strftime("%Y-%m-%d %H:%M")
            notes = (author.notes + "\n" if author.notes else "") + f"[{stamp} {actor}] {act.note}"
            author_store.set_notes(conn, author.id, notes)
        detail: dict[str, Any] = {"note": act.note} if act.note else {}
        if until is not None:
            detail["until"] = until.isoformat()
        if act.withdraw:
            detail["withdrawn"] = _withdraw_all(conn, author, act.kind, actor)
        audit_store.append(
            conn,
            site_id=site_id,
            subject_type="author",
            subject_id=author.id,
            action=act.kind,
            actor=actor,
            old_state=old,
            new_state=new_status.value if new_status else old,
            reasons=[detail] if detail else [],
        )
        updated = author_store.get(conn, site_id, author.id)
    assert updated is not None
    return updated


@dataclass(frozen=True)
class AuthorData:
    """Everything stored about one reader, for their request to see it."""

    author: Author
    comments: list[Comment]
    edits: dict[int, list[dict[str, Any]]]  # comment id -> its earlier versions
    stories: dict[int, Story]
    likes: list[Like] = field(default_factory=list)  # the comments they like
    ignored: list[Ignored] = field(default_factory=list)  # the readers they ignore


def author_data(services: Services, site_id: int, author_id: int) -> AuthorData:
    with services.store.read() as conn:
        author = author_store.get(conn, site_id, author_id)
        if author is None or author.status is AuthorStatus.ERASED:
            raise NotFound(f"author {author_id} not found", field="author_id")
        own = comment_store.of_author(conn, site_id, author.id)
        edits = {c.id: comment_store.edits(conn, c.id) for c in own}
        stories = {}
        for story_id in sorted({c.story_id for c in own}):
            story = story_store.get(conn, site_id, story_id)
            if story is not None:
                stories[story_id] = story
        liked = like_store.of_author(conn, author.id)
        ignored = ignore_store.of_reader(conn, author.id)
    edited = {k: v for k, v in edits.items() if v}
    return AuthorData(author, own, edited, stories, liked, ignored)


def find_author(services: Services, site_id: int, external_id: str) -> Author:
    """The author the host site knows by ``external_id``."""
    with services.store.read() as conn:
        author = author_store.by_external_id(conn, site_id, external_id)
    if author is None:
        raise NotFound("no author with that id on this site", field="external_id")
    return author
