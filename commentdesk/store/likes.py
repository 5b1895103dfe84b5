"""Readers' likes, one row per reader and comment, so that each reader counts once.

Every read of a thread shows each comment's count, so the count lives on the
comment (`comments.like_count`) and moves here, in the same transaction as
the row it counts, only when a row was really added or removed. A like sent
twice, or two at once from the same reader, therefore counts once on both
databases: the second insert finds the first (PostgreSQL waits for it) and
adds nothing, and the second delete finds nothing to delete.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from commentdesk.domain import Like
from commentdesk.store import counts, rows
from commentdesk.store.schema import comments, likes


def add(conn: Connection, comment_id: int, author_id: int, at: datetime | None = None) -> bool:
    """Whether this was a new like (False: the reader already liked it)."""
    insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    added = conn.execute(
        insert(likes)
        .values(comment_id=comment_id, author_id=author_id, created_at=at or rows.utcnow())
        .on_conflict_do_nothing(index_elements=["comment_id", "author_id"])
        .returning(likes.c.comment_id)
    ).first()
    if added is None:
        return False
    _adjust(conn, {comment_id: 1})
    return True


def remove(conn: Connection, comment_id: int, author_id: int) -> bool:
    """Whether a like was there to remove."""
    gone = conn.execute(
        likes.delete()
        .where(likes.c.comment_id == comment_id, likes.c.author_id == author_id)
        .returning(likes.c.comment_id)
    ).first()
    if gone is None:
        return False
    _adjust(conn, {comment_id: -1})
    return True


def count(conn: Connection, comment_id: int) -> int:
    found = conn.execute(
        sa.select(comments.c.like_count).where(comments.c.id == comment_id)
    ).scalar()
    return int(found or 0)


def mine(
    conn: Connection,
    author_id: int,
    *,
    comment_ids: Collection[int] | None = None,
    story_id: int | None = None,
) -> set[int]:
    """Which of these comments (or of this story's) the author likes."""
    if (comment_ids is None) == (story_id is None):
        raise TypeError("give comment_ids or story_id")
    query = sa.select(likes.c.comment_id).where(likes.c.author_id == author_id)
    if comment_ids is not None:
        if not comment_ids:
            return set()
        query = query.where(likes.c.comment_id.in_(sorted(comment_ids)))
    else:
        query = query.join(comments, comments.c.id == likes.c.comment_id).where(
            comments.c.story_id == story_id
        )
    return {comment_id for (comment_id,) in conn.execute(query)}


def of_author(conn: Connection, author_id: int) -> list[Like]:
    """Every like of one author, oldest first: part of what is stored about them."""
    query = (
        sa.select(likes)
        .where(likes.c.author_id == author_id)
        .order_by(likes.c.created_at, likes.c.comment_id)
    )
    return [Like(r.comment_id, r.author_id, rows.aware(r.created_at)) for r in conn.execute(query)]


def erase(conn: Connection, author_id: int) -> int:
    """Remove every like of one author and take each from its comment's count;
    returns how many there were."""
    gone = conn.execute(
        likes.delete().where(likes.c.author_id == author_id).returning(likes.c.comment_id)
    ).all()
    _adjust(conn, {comment_id: -n for comment_id, n in Counter(c for (c,) in gone).items()})
    return len(gone)


def _adjust(conn: Connection, deltas: dict[int, int]) -> None:
    counts.add(conn, comments.c.like_count, deltas)
