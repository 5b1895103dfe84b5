"""Erasing a reader at their request: their comments withdrawn, their text and traces removed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Connection

from commentdesk.actions.transition import ERASURE_RULE, REPLY_EVENT, move
from commentdesk.domain import (
    Action,
    AuthorStatus,
    Comment,
    CommentStatus,
    Reason,
)
from commentdesk.errors import NotFound
from commentdesk.services import Services
from commentdesk.store import audit as audit_store
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store import ignores as ignore_store
from commentdesk.store import likes as like_store
from commentdesk.store import outbox as outbox_store

# The rule named by the decision that takes an erased comment out of view.


@dataclass(frozen=True)
class Erasure:
    author_id: int
    comments: int  # comments whose text was erased
    withdrawn: int  # of those, how many were approved or waiting, and now are not
    likes: int = 0  # their likes, removed and taken off the comments' counts


def erase_author(services: Services, site_id: int, author_id: int, *, actor: str) -> Erasure:
    """Erase a reader at their request (or their account's deletion on the host site).

    In one transaction: each comment still published or waiting is withdrawn
    like a rejection (audit row, live feed, webhook, tallies), with the reason
    that its author asked; then every comment's text, highlights, earlier
    versions and address hash are removed, and the author's name, notes and
    the host site's id for them; and their likes, each taken off its comment's
    count; and whom they ignored or who ignored them. What stays says what
    happened and no more:
    the rows and their place in threads, scores, decisions, and the audit
    log, which names no reader and holds no comment text.
    """
    with services.store.write() as conn:
        author = author_store.get(conn, site_id, author_id)
        if author is None or author.status is AuthorStatus.ERASED:
            raise NotFound(f"author {author_id} not found", field="author_id")
        own = comment_store.of_author(conn, site_id, author.id)
        withdrawn = withdraw_and_erase(
            conn, own, actor=actor, action="erase", message="removed at its author's request"
        )
        liked = like_store.erase(conn, author.id)
        # Whom they ignored, and who ignored them: both name them.
        ignore_store.erase(conn, author.id)
        author_store.erase(conn, author.id)
        outbox_store.forget_author(conn, site_id, author.id, REPLY_EVENT)
        audit_store.append(
            conn,
            site_id=site_id,
            subject_type="author",
            subject_id=author.id,
            action="erase",
            actor=actor,
            old_state=author.status.value,
            new_state=AuthorStatus.ERASED.value,
            reasons=[{"comments": len(own), "withdrawn": withdrawn, "likes": liked}],
        )
    return Erasure(author.id, len(own), withdrawn, liked)


def withdraw_and_erase(
    conn: Connection, own: list[Comment], *, actor: str, action: str, message: str
) -> int:
    """Take comments out of view with a reason, then remove their text; returns how
    many were published or waiting."""
    withdrawn = 0
    for comment in own:
        # Already-rejected comments get the decision too (no tallies move):
        # each then says why its text is gone, and none can be approved again.
        withdrawn += comment.status is not CommentStatus.REJECTED
        reason = Reason(ERASURE_RULE, Action.REJECT, message, {})
        move(
            conn,
            comment,
            CommentStatus.REJECTED,
            reason,
            actor=actor,
            action=action,
            by_moderator=False,
        )
    comment_store.erase_text(conn, [c.id for c in own])
    return withdrawn
