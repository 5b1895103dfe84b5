"""Moderators' decisions, editors' picks, and readers' reports."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.engine import Connection

from commentdesk.actions.transition import is_erased, move, transition
from commentdesk.domain import (
    Action,
    Comment,
    CommentStatus,
    Decision,
    Reason,
)
from commentdesk.errors import Conflict, InvalidInput, NotFound
from commentdesk.services import Services
from commentdesk.store import audit as audit_store
from commentdesk.store import comments as comment_store
from commentdesk.store import outbox as outbox_store
from commentdesk.store import sites as site_store

MODERATOR_ACTIONS = {"approve": Action.APPROVE, "reject": Action.REJECT, "hold": Action.HOLD}


def decide(
    services: Services,
    site_id: int,
    comment_ids: list[int],
    verb: str,
    *,
    actor: str,
    reason: str = "",
    expected: Mapping[int, CommentStatus] | None = None,
) -> list[Comment]:
    """A moderator approves, rejects or holds one comment or many.

    ``expected`` is each comment's status as the moderator saw it: when another
    moderator (or the system) has moved one since, nothing is decided and the
    Conflict says who did what, so one moderator never silently undoes another.
    """
    if verb not in MODERATOR_ACTIONS:
        raise InvalidInput(f"action must be one of {sorted(MODERATOR_ACTIONS)}", field="action")
    if not comment_ids:
        raise InvalidInput("no comments given", field="ids")
    action = MODERATOR_ACTIONS[verb]
    message = (
        reason.strip()
        or {
            Action.APPROVE: "approved by a moderator",
            Action.REJECT: "removed by a moderator",
            Action.HOLD: "held for review by a moderator",
        }[action]
    )
    changed = []
    with services.store.write() as conn:
        found = {c.id: c for c in comment_store.get_many(conn, site_id, comment_ids)}
        missing = [i for i in comment_ids if i not in found]
        if missing:
            raise NotFound(f"comments not found: {missing}", field="ids")
        erased = [i for i in comment_ids if is_erased(found[i])]
        if erased:
            # Nothing is left to publish, and its writer asked for it gone.
            raise Conflict(f"comments erased at their author's request: {erased}")
        seen = expected or {}
        moved = [found[i] for i in seen if i in found and found[i].status != seen[i]]
        if moved:
            raise Conflict(_moved_meanwhile(conn, site_id, moved), field="ids")
        for comment_id in dict.fromkeys(comment_ids):
            before = found[comment_id]
            decision = Decision(
                action.status(),
                [Reason("moderator", action, message, {"moderator": actor})],
                before.policy_version,
                before.model_version,
            )
            changed.append(
                transition(
                    conn,
                    before,
                    decision,
                    actor=actor,
                    action=verb,
                    old_state=before.status.value,
                    by_moderator=True,
                )
            )
    return changed


def _moved_meanwhile(conn: Connection, site_id: int, moved: list[Comment]) -> str:
    told = []
    for comment in moved:
        last = audit_store.trail(conn, site_id, "comment", comment.id)[-1:]
        who = last[0].actor if last and last[0].actor else "the system"
        told.append(f"comment {comment.id} is {comment.status.value} now (by {who})")
    return "; ".join(told) + ": nothing was changed"


def feature(
    services: Services, site_id: int, comment_id: int, featured: bool, *, actor: str
) -> Comment:
    """The newsroom features a published comment (an editor's pick), or stops."""
    with services.store.write() as conn:
        comment = comment_store.get(conn, site_id, comment_id)
        if comment is None:
            raise NotFound(f"comment {comment_id} not found", field="comment_id")
        if featured and comment.status is not CommentStatus.APPROVED:
            raise Conflict("only a published comment can be featured; approve it first")
        if (comment.featured_at is not None) != featured:
            comment_store.set_featured(conn, comment.id, services.now() if featured else None)
            audit_store.append(
                conn,
                site_id=site_id,
                subject_type="comment",
                subject_id=comment.id,
                action="feature" if featured else "unfeature",
                actor=actor,
                old_state=comment.status.value,
                new_state=comment.status.value,
                reasons=[],
            )
        after = comment_store.get(conn, site_id, comment_id)
    assert after is not None
    return after


def report(
    services: Services, site_id: int, comment_id: int, reason: str, reporter: str | None
) -> int:
    reason = (reason or "").strip()[:1000] or "no reason given"
    with services.store.write() as conn:
        comment = comment_store.get(conn, site_id, comment_id)
        if comment is None or comment.status is not CommentStatus.APPROVED:
            # Readers can only see approved comments, so only those can be reported.
            raise NotFound(f"comment {comment_id} not found", field="comment_id")
        count = comment_store.add_report(conn, site_id, comment_id, reason, reporter)
        audit_store.append(
            conn,
            site_id=site_id,
            subject_type="comment",
            subject_id=comment_id,
            action="report",
            actor=reporter,
            old_state=comment.status.value,
            new_state=comment.status.value,
            reasons=[{"reason": reason}],
        )
        site = site_store.get(conn, site_id)
        if site is None:
            return count
        flagged_by = comment_store.reporters(conn, comment_id)
        if site.webhook_urls:
            # So the newsroom hears of it where it works (a chat channel, say).
            payload = {
                "comment_id": comment_id,
                "story_id": comment.story_id,
                "reports": count,
                "reporters": flagged_by,
                "reason": reason,
            }
            outbox_store.enqueue(conn, site_id, site.webhook_urls, REPORT_EVENT, payload)
        if (
            site.reports_to_hold
            and flagged_by >= site.reports_to_hold
            and comment_store.moderator_status(conn, comment_id) is None
        ):
            _hold_on_reports(conn, comment, flagged_by)
    return count


# The webhook event for a reader's report.
REPORT_EVENT = "comment.reported"
# The rule named by the decision that holds a comment many readers reported.
REPORTS_RULE = "reports"


def _hold_on_reports(conn: Connection, comment: Comment, reporters: int) -> None:
    """Back to the queue until a moderator looks; no verdict on the comment itself.
    Only ever once per comment: a moderator's decision then stands (see `report`)."""
    message = f"held for review after reports from {reporters} readers"
    reason = Reason(REPORTS_RULE, Action.HOLD, message, {"reporters": reporters})
    move(
        conn,
        comment,
        CommentStatus.HELD,
        reason,
        actor=None,
        action="reports",
        by_moderator=False,
    )
