"""Readers who ignore other readers: one row per reader and the reader ignored.

Ignoring is a reader's own setting, not moderation: it changes nothing for
anyone else, so it has no audit row, and the ignored reader is never told.
Both readers are rows of `authors`, so an ignore belongs to one site.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from commentdesk.store import rows
from commentdesk.store.schema import authors, comments, ignores


@dataclass(frozen=True)
class Ignored:
    """A reader someone ignores, as that someone is shown them."""

    author_id: int
    name: str
    since: datetime


def add(conn: Connection, reader_id: int, ignored_id: int, at: datetime | None = None) -> bool:
    """Whether this was new (False: the reader already ignored them)."""
    insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    added = conn.execute(
        insert(ignores)
        .values(reader_id=reader_id, ignored_id=ignored_id, created_at=at or rows.utcnow())
        .on_conflict_do_nothing(index_elements=["reader_id", "ignored_id"])
        .returning(ignores.c.ignored_id)
    ).first()
    return added is not None


def remove(conn: Connection, reader_id: int, ignored_id: int) -> bool:
    """Whether there was an ignore to remove."""
    gone = conn.execute(
        ignores.delete()
        .where(ignores.c.reader_id == reader_id, ignores.c.ignored_id == ignored_id)
        .returning(ignores.c.ignored_id)
    ).first()
    return gone is not None


def count(conn: Connection, reader_id: int) -> int:
    """How many readers this reader ignores."""
    query = sa.select(sa.func.count()).where(ignores.c.reader_id == reader_id)
    return int(conn.execute(query).scalar_one())


def of_reader(conn: Connection, reader_id: int) -> list[Ignored]:
    """Whom one reader ignores, longest ignored first."""
    query = (
        sa.select(ignores.c.ignored_id, authors.c.display_name, ignores.c.created_at)
        .join(authors, authors.c.id == ignores.c.ignored_id)
        .where(ignores.c.reader_id == reader_id)
        .order_by(ignores.c.created_at, ignores.c.ignored_id)
    )
    return [
        Ignored(r.ignored_id, r.display_name or "", rows.aware(r.created_at))  # type: ignore[arg-type]
        for r in conn.execute(query)
    ]


def hidden_in_story(conn: Connection, reader_id: int, story_id: int) -> dict[int, list[int]]:
    """The published comments of a story whose authors this reader ignores, by author."""
    query = (
        sa.select(comments.c.author_id, comments.c.id)
        .join(ignores, ignores.c.ignored_id == comments.c.author_id)
        .where(
            ignores.c.reader_id == reader_id,
            comments.c.story_id == story_id,
            comments.c.status == "approved",
            # The newsroom's own comments are never hidden (see actions.ignore_author).
            comments.c.staff_name.is_(None),
        )
        .order_by(comments.c.id)
    )
    found: dict[int, list[int]] = {}
    for author_id, comment_id in conn.execute(query):
        found.setdefault(author_id, []).append(comment_id)
    return found


def erase(conn: Connection, author_id: int) -> int:
    """Remove every row that names this reader, on either side; returns how many."""
    gone = conn.execute(
        ignores.delete().where(
            sa.or_(ignores.c.reader_id == author_id, ignores.c.ignored_id == author_id)
        )
    )
    return int(gone.rowcount)
