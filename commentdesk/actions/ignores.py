"""Readers ignoring readers: a reader's own setting, seen by nobody else."""

from __future__ import annotations

from dataclasses import dataclass

from commentdesk.domain import (
    CommentStatus,
)
from commentdesk.errors import Conflict, NotFound
from commentdesk.services import Services
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store import ignores as ignore_store
from commentdesk.store.ignores import Ignored

# Each page a reader opens lists everyone they ignore, so the list has a bound.
IGNORE_LIMIT = 500


@dataclass(frozen=True)
class HiddenWriter:
    """A writer the reader ignores, and their published comments on one story."""

    author_id: int
    name: str  # their display name, for the folded comments' line
    comment_ids: list[int]


def ignore_author(
    services: Services,
    site_id: int,
    comment_id: int,
    reader_external_id: str,
    reader_name: str = "",
) -> HiddenWriter:
    """A signed-in reader ignores the writer of a published comment: the widget
    hides that writer's comments from this reader from now on, on every story.

    A reader's own setting, not moderation: nobody else's view changes, the
    ignored reader is not told, and no audit row is written. The newsroom's
    comments and anonymous ones name no reader, so they cannot be ignored.
    """
    with services.store.write() as conn:
        comment = comment_store.get(conn, site_id, comment_id)
        if comment is None or comment.status is not CommentStatus.APPROVED:
            # Readers only see published comments; the others are not theirs to know of.
            raise NotFound(f"comment {comment_id} not found", field="comment_id")
        if comment.staff_name is not None or comment.author_id is None:
            raise Conflict("only a signed-in reader's comments can be ignored", field="comment_id")
        reader = author_store.by_external_id(conn, site_id, reader_external_id)
        if reader is None:
            reader = author_store.ensure(
                conn, site_id, reader_external_id, reader_name or reader_external_id
            )
        if reader.id == comment.author_id:
            raise Conflict("you cannot ignore yourself", field="comment_id", reason="own_comment")
        if ignore_store.count(conn, reader.id) >= IGNORE_LIMIT and comment.author_id not in {
            i.author_id for i in ignore_store.of_reader(conn, reader.id)
        }:
            raise Conflict(
                f"you already ignore {IGNORE_LIMIT} readers; stop ignoring some first",
                field="comment_id",
                reason="ignore_limit",
                params={"limit": IGNORE_LIMIT},
            )
        ignore_store.add(conn, reader.id, comment.author_id, services.now())
        ignored = author_store.get(conn, site_id, comment.author_id)
        hidden = ignore_store.hidden_in_story(conn, reader.id, comment.story_id)
    name = ignored.display_name if ignored else ""
    return HiddenWriter(comment.author_id, name, hidden.get(comment.author_id, []))


def stop_ignoring(
    services: Services, site_id: int, reader_external_id: str, author_id: int
) -> bool:
    """The reader sees that reader's comments again; whether they had ignored them."""
    with services.store.write() as conn:
        reader = author_store.by_external_id(conn, site_id, reader_external_id)
        if reader is None or author_store.get(conn, site_id, author_id) is None:
            return False
        return ignore_store.remove(conn, reader.id, author_id)


def ignored_by(services: Services, site_id: int, reader_external_id: str) -> list[Ignored]:
    """Whom the reader ignores, so they can change their mind."""
    with services.store.read() as conn:
        reader = author_store.by_external_id(conn, site_id, reader_external_id)
        return [] if reader is None else ignore_store.of_reader(conn, reader.id)
