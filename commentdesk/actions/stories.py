"""Opening, closing and pre-moderating stories."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from commentdesk.domain import (
    Story,
)
from commentdesk.errors import Conflict, InvalidInput, NotFound
from commentdesk.services import Services
from commentdesk.store import audit as audit_store
from commentdesk.store import stories as story_store


def update_story(
    services: Services,
    site_id: int,
    story_id: int,
    *,
    actor: str,
    is_open: bool | None = None,
    premoderated: bool | None = None,
    closes_at: story_store.ClosesAt = story_store.UNSET,
) -> Story:
    """Open or close a story, move its closing time, or switch pre-moderation; audited.

    A story whose closing time has passed is not reopened by `is_open` alone:
    the caller gives a new `closes_at` (or None, for none) with it. Otherwise a
    newsroom that reopens one story by hand would find it closed again at
    once, or a CMS that sends `is_open: true` with every update would undo
    every automatic closing.
    """
    if isinstance(closes_at, datetime) and closes_at.tzinfo is None:
        raise InvalidInput("closes_at must give its time zone", field="closes_at")
    now = services.now()
    with services.store.write() as conn:
        before = story_store.get(conn, site_id, story_id)
        if before is None:
            raise NotFound(f"story {story_id} not found", field="story_id")
        if is_open and before.closed_by_time(now) and closes_at is story_store.UNSET:
            raise Conflict(
                f"story {before.external_id!r} closed itself at "
                f"{before.closes_at.isoformat() if before.closes_at else ''}; to reopen it, "
                "give a new closes_at, or closes_at null for no closing time",
                field="closes_at",
            )
        story = story_store.set_state(
            conn,
            site_id,
            story_id,
            is_open=is_open,
            premoderated=premoderated,
            closes_at=closes_at,
        )
        assert story is not None
        change: dict[str, Any] = {}
        if is_open is not None:
            change["is_open"] = is_open
        if premoderated is not None:
            change["premoderated"] = premoderated
        if closes_at is not story_store.UNSET:
            change["closes_at"] = closes_at.isoformat() if closes_at else None
        audit_store.append(
            conn,
            site_id=site_id,
            subject_type="story",
            subject_id=story.id,
            action="update",
            actor=actor,
            old_state=story_state(before, now),
            new_state=story_state(story, now),
            reasons=[change],
        )
    return story


def story_state(story: Story, now: datetime) -> str:
    """A story's state in the audit log's words."""
    state = "open" if story.accepts_comments(now) else "closed"
    return state + (", premoderated" if story.premoderated else "")
