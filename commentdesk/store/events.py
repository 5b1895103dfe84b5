"""A small feed of thread events that any server process can follow (for SSE)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from commentdesk.store import rows
from commentdesk.store.schema import events


@dataclass(frozen=True)
class Event:
    id: int
    story_id: int
    kind: str
    comment_id: int


def row(site_id: int, story_id: int, kind: str, comment_id: int) -> dict[str, Any]:
    return {
        "site_id": site_id,
        "story_id": story_id,
        "kind": kind,
        "comment_id": comment_id,
        "created_at": rows.utcnow(),
    }


# Built once, as every submission runs it.
# Inline: the new ids are never read (see audit._INSERT).
_INSERT = events.insert().inline()


def insert_rows(conn: Connection, entries: list[dict[str, Any]]) -> None:
    if entries:
        conn.execute(_INSERT, entries)


def publish(conn: Connection, site_id: int, story_id: int, kind: str, comment_id: int) -> None:
    insert_rows(conn, [row(site_id, story_id, kind, comment_id)])


def since(conn: Connection, story_id: int, after_id: int, limit: int = 100) -> list[Event]:
    query = (
        sa.select(events)
        .where(events.c.story_id == story_id, events.c.id > after_id)
        .order_by(events.c.id)
        .limit(limit)
    )
    return [Event(r.id, r.story_id, r.kind, r.comment_id) for r in conn.execute(query)]


def last_id(conn: Connection, story_id: int) -> int:
    value = conn.execute(
        sa.select(sa.func.max(events.c.id)).where(events.c.story_id == story_id)
    ).scalar()
    return int(value or 0)


def prune(conn: Connection, before: datetime) -> int:
    """Drop events older than ``before``; returns how many."""
    return int(conn.execute(events.delete().where(events.c.created_at < before)).rowcount)
