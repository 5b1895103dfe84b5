"""A reader editing and deleting their own comments."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from commentdesk.actions.erasure import withdraw_and_erase
from commentdesk.actions.policies import policy_for
from commentdesk.actions.submission import SubmitResult, decide, validate_body
from commentdesk.actions.transition import is_erased, transition
from commentdesk.domain import (
    Comment,
)
from commentdesk.errors import Conflict, NotFound
from commentdesk.policy import Submission
from commentdesk.services import Services
from commentdesk.store import HistoryBefore
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store import stories as story_store


def edit(
    services: Services, site_id: int, comment_id: int, author_external_id: str, body: str
) -> SubmitResult:
    """An author edits their own comment: the old text is kept, the new one re-decided.

    Only for a while after posting: by the time others have read and answered
    it, a comment that changes under them would change what their replies mean.
    """
    window = services.settings.edit_window_s
    if window <= 0:
        raise Conflict("comments cannot be edited on this site", reason="edits_off")
    body = validate_body(body, services.settings.max_body_chars)
    score = services.score_safely([body])[0]
    with services.store.write() as conn:
        before = comment_store.get(conn, site_id, comment_id)
        author = author_store.by_external_id(conn, site_id, author_external_id)
        if before is None or author is None or before.author_id != author.id:
            raise NotFound(f"comment {comment_id} not found", field="comment_id")
        story = story_store.get(conn, site_id, before.story_id)
        assert story is not None
        if not story.accepts_comments(services.now()):
            raise Conflict(
                "the story is closed; comments can no longer be edited", reason="story_closed"
            )
        posted = before.created_at or services.now()
        if services.now() - posted > timedelta(seconds=window):
            raise Conflict(
                f"a comment can be edited for {_span(window)} after posting",
                reason="edit_window_over",
                params={"minutes": max(1, window // 60)},
            )
        # The audit log names the author by our id, not the host's: audit rows
        # are never rewritten, and an erasure must leave no way back to the reader.
        actor = f"author:{author.id}"
        comment_store.edit_body(conn, comment_id, body, actor)
        comment_store.record_scores(conn, comment_id, score)
        decision = decide(
            lambda: policy_for(conn, site_id, story),
            Submission(
                body,
                story,
                author,
                score,
                services.now(),
                HistoryBefore(conn, replace(before, body=body)),
            ),
        )
        after = transition(
            conn,
            before,
            decision,
            actor=actor,
            action="edit",
            old_state=before.status.value,
            by_moderator=False,
        )
    return SubmitResult(after, decision, created=False)


def _span(seconds: int) -> str:
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return f"{hours} hour{'s' if hours != 1 else ''}"
    if seconds % 60 == 0:
        minutes = seconds // 60
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    return f"{seconds} seconds"


def delete_own(
    services: Services, site_id: int, comment_id: int, author_external_id: str
) -> Comment:
    """An author deletes one of their comments: withdrawn, and its text erased."""
    with services.store.write() as conn:
        comment = comment_store.get(conn, site_id, comment_id)
        author = author_store.by_external_id(conn, site_id, author_external_id)
        if (
            comment is None
            or author is None
            or comment.author_id != author.id
            or is_erased(comment)  # already gone
        ):
            raise NotFound(f"comment {comment_id} not found", field="comment_id")
        withdraw_and_erase(
            conn,
            [comment],
            actor=f"author:{author.id}",
            action="delete",
            message="deleted by its author",
        )
        after = comment_store.get(conn, site_id, comment_id)
    assert after is not None
    return after
