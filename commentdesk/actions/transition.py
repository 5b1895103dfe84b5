"""A comment's change of status, and everything that hangs off one.

Whoever decides (the policy, a moderator, a rescore, an erasure, an import),
the audit row, the tallies, the counts, the live feed and the webhooks follow
from here, in the caller's transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection

from commentdesk.domain import (
    Author,
    AuthorStatus,
    Comment,
    CommentStatus,
    Decision,
    Reason,
    Site,
)
from commentdesk.store import audit as audit_store
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store import events as event_store
from commentdesk.store import outbox as outbox_store
from commentdesk.store import sites as site_store
from commentdesk.store import stories as story_store

if TYPE_CHECKING:  # the batch's cache is handed in by the submission pipeline
    from commentdesk.actions.submission import BatchCache


def transition(
    conn: Connection,
    before: Comment,
    decision: Decision,
    *,
    actor: str | None,
    action: str,
    old_state: str | None,
    by_moderator: bool,
) -> Comment:
    """Record a decision with everything that hangs off a status change.

    The audit row, the author's tallies, the thread's reply count, the
    story's comment count, the live event for readers and the webhook all
    happen here, in the caller's transaction, whoever made the decision
    (policy, moderator, rescore, erasure, import).
    """
    comment_store.record_decision(conn, before.id, decision, by_moderator=by_moderator)
    was = CommentStatus(old_state) if old_state else None
    after_change(conn, before, decision, was=was, actor=actor, action=action)
    after = comment_store.get(conn, before.site_id, before.id)
    assert after is not None
    return after


def after_change(
    conn: Connection,
    comment: Comment,
    decision: Decision,
    *,
    was: CommentStatus | None,
    actor: str | None,
    action: str,
    batch: BatchCache | None = None,
    root_id: int | None = None,
) -> None:
    """The audit row, and what hangs off a status change: tallies, feed, webhooks.

    Within a batch (where `root_id` is the comment's thread, already known)
    these rows and counts wait in the batch and are written with the others
    before the same commit.
    """
    entry = audit_store.row(
        site_id=comment.site_id,
        subject_type="comment",
        subject_id=comment.id,
        action=action,
        actor=actor,
        old_state=was.value if was else None,
        new_state=decision.status.value,
        reasons=decision.reasons,
        model_version=decision.model_version or comment.model_version,
        policy_version=decision.policy_version,
    )
    feed: list[dict[str, Any]] = []
    now = decision.status
    if now is CommentStatus.APPROVED and was is not CommentStatus.APPROVED:
        feed.append(event_store.row(comment.site_id, comment.story_id, "approved", comment.id))
    elif was is CommentStatus.APPROVED and now is not CommentStatus.APPROVED:
        feed.append(event_store.row(comment.site_id, comment.story_id, "removed", comment.id))
    if batch is not None:
        batch.audit.append(entry)
        batch.events.extend(feed)
    else:
        audit_store.insert_rows(conn, [entry])
        event_store.insert_rows(conn, feed)
    if was == now:
        return
    approved = _delta(was, now, CommentStatus.APPROVED)
    rejected = _delta(was, now, CommentStatus.REJECTED)
    if batch is not None:
        if comment.author_id is not None:
            a, r = batch.author_counts.get(comment.author_id, (0, 0))
            batch.author_counts[comment.author_id] = (a + approved, r + rejected)
        if root_id is not None:
            batch.reply_counts[root_id] = batch.reply_counts.get(root_id, 0) + approved
        story_counts = batch.story_counts
        story_counts[comment.story_id] = story_counts.get(comment.story_id, 0) + approved
        site = batch.site(comment.site_id)
        if site.webhook_urls:
            writer = _writer(conn, comment, batch)
            batch.outbox += _webhook(site, comment, decision, actor, writer)
            batch.outbox += _reply_notice(conn, site, comment, was=was, now=now)
        return
    if comment.author_id is not None:
        author_store.adjust_counts(conn, comment.author_id, approved=approved, rejected=rejected)
    root = _root_id(conn, comment)
    if root is not None:
        comment_store.adjust_reply_count(conn, root, approved)
    story_store.adjust_comment_counts(conn, {comment.story_id: approved})
    found = site_store.get(conn, comment.site_id)
    if found is not None and found.webhook_urls:
        writer = _writer(conn, comment, None)
        outbox_store.insert_rows(conn, _webhook(found, comment, decision, actor, writer))
        outbox_store.insert_rows(conn, _reply_notice(conn, found, comment, was=was, now=now))


def _delta(was: CommentStatus | None, now: CommentStatus, status: CommentStatus) -> int:
    return int(now is status) - int(was is status)


def _root_id(conn: Connection, comment: Comment) -> int | None:
    return None if comment.parent_id is None else comment_store.root_of(conn, comment.id)


# The webhook event that asks the host site to tell a reader of a reply.
REPLY_EVENT = "comment.replied"


def _writer(conn: Connection, comment: Comment, batch: BatchCache | None) -> Author | None:
    """The reader who wrote the comment (None for anonymous and newsroom comments),
    from the batch's authors when it has them."""
    if comment.author_id is None:
        return None
    if batch is not None:
        for known in batch.authors.values():
            if known.id == comment.author_id:
                return known
    return author_store.get(conn, comment.site_id, comment.author_id)


def _webhook(
    site: Site, comment: Comment, decision: Decision, actor: str | None, writer: Author | None
) -> list[dict[str, Any]]:
    """The outbox rows that tell the site's webhooks about a decision.

    They name the writer by the host site's id, so it can tell them their
    comment was published or why it was not; erasing a reader takes that id
    out again (`outbox.forget_author`).
    """
    decisive = decision.decisive
    return outbox_store.messages(
        site.id,
        site.webhook_urls,
        f"comment.{decision.status.value}",
        {
            "comment_id": comment.id,
            "story_id": comment.story_id,
            "status": decision.status.value,
            "reason": decisive.message if decisive else None,
            "rules": [r.rule for r in decision.reasons],
            "actor": actor,
            "policy_version": decision.policy_version,
            "model_version": decision.model_version or comment.model_version,
            "author_id": writer.id if writer else None,
            "author_external_id": writer.external_id if writer else None,
        },
    )


def _reply_notice(
    conn: Connection,
    site: Site,
    comment: Comment,
    *,
    was: CommentStatus | None,
    now: CommentStatus,
) -> list[dict[str, Any]]:
    """The outbox rows that tell the host site a reader's comment was answered.

    Comment Desk knows no reader's address: the host site does, so it is the
    one to tell them, by mail or in its app. The notice goes out when the reply
    is published, not when it is written, so no reader hears of a reply that a
    moderator then rejects; nobody hears of their own replies, and a reader
    who deleted the comment, or asked to be erased, hears nothing.
    """
    if comment.parent_id is None or now is not CommentStatus.APPROVED:
        return []
    if was is CommentStatus.APPROVED:
        return []
    parent = comment_store.get(conn, comment.site_id, comment.parent_id)
    if parent is None or parent.author_id is None or is_erased(parent):
        return []
    if parent.author_id == comment.author_id:
        return []
    reader = author_store.get(conn, comment.site_id, parent.author_id)
    if reader is None or reader.status is AuthorStatus.ERASED:
        return []
    return outbox_store.messages(
        site.id,
        site.webhook_urls,
        REPLY_EVENT,
        {
            "comment_id": comment.id,
            "story_id": comment.story_id,
            "parent_id": parent.id,
            # Both readers by Comment Desk's id too, so erasing either can find it.
            "parent_author_id": reader.id,
            "parent_author_external_id": reader.external_id,
            "author_id": comment.author_id,
            "author_name": comment.author_name,
        },
    )


def move(
    conn: Connection,
    comment: Comment,
    status: CommentStatus,
    reason: Reason,
    *,
    actor: str | None,
    action: str,
    by_moderator: bool,
) -> None:
    """Move one comment to ``status`` for ``reason``, keeping its versions, with all
    that follows (audit row, counts, feed, webhooks)."""
    decision = Decision(status, [reason], comment.policy_version, comment.model_version)
    transition(
        conn,
        comment,
        decision,
        actor=actor,
        action=action,
        old_state=comment.status.value,
        by_moderator=by_moderator,
    )


# The mark an erasure leaves: such a comment is never published again, nor
# named in a notice, whoever decides next.
ERASURE_RULE = "erasure"


def is_erased(comment: Comment) -> bool:
    return comment.body == "" or any(r.rule == ERASURE_RULE for r in comment.reasons)
