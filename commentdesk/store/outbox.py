"""The webhook outbox: rows written with the decision, delivered and retried later."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from commentdesk.store import rows
from commentdesk.store.schema import outbox


@dataclass(frozen=True)
class Message:
    id: int
    site_id: int
    url: str
    event: str
    payload: dict[str, Any]
    attempts: int


@dataclass(frozen=True)
class Delivery:
    """One message as an admin sees it: where it goes, how it went."""

    id: int
    url: str
    event: str
    state: str  # one of STATES
    attempts: int
    last_error: str | None
    created_at: datetime | None
    next_attempt_at: datetime | None  # while waiting
    finished_at: datetime | None  # delivered or given up


STATES = ("waiting", "failed", "delivered")


def messages(
    site_id: int, urls: list[str], event: str, payload: dict[str, Any]
) -> list[dict[str, Any]]:
    """One outbox row per URL, as values for `insert_rows`."""
    now = rows.utcnow()
    return [
        {
            "site_id": site_id,
            "url": url,
            "event": event,
            "payload": payload,
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
        }
        for url in urls
    ]


# Inline: the new ids are never read (see audit._INSERT).
_INSERT = outbox.insert().inline()


def insert_rows(conn: Connection, entries: list[dict[str, Any]]) -> None:
    """Several messages in one round trip (executemany), in the caller's transaction."""
    if entries:
        conn.execute(_INSERT, entries)


def enqueue(
    conn: Connection, site_id: int, urls: list[str], event: str, payload: dict[str, Any]
) -> None:
    insert_rows(conn, messages(site_id, urls, event, payload))


def claim_due(
    conn: Connection, limit: int = 20, lease: timedelta = timedelta(seconds=60)
) -> list[Message]:
    """Due messages, leased to this worker so other processes skip them meanwhile."""
    now = rows.utcnow()
    query = (
        sa.select(outbox)
        .where(
            outbox.c.delivered_at.is_(None),
            outbox.c.failed_at.is_(None),
            outbox.c.next_attempt_at <= now,
            sa.or_(outbox.c.claimed_until.is_(None), outbox.c.claimed_until < now),
        )
        .order_by(outbox.c.id)
        .limit(limit)
    )
    if conn.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    found = list(conn.execute(query))
    if found:
        conn.execute(
            outbox.update()
            .where(outbox.c.id.in_([r.id for r in found]))
            .values(claimed_until=now + lease)
        )
    return [Message(r.id, r.site_id, r.url, r.event, dict(r.payload), r.attempts) for r in found]


def delivered(conn: Connection, message_id: int) -> None:
    conn.execute(
        outbox.update()
        .where(outbox.c.id == message_id)
        .values(delivered_at=rows.utcnow(), attempts=outbox.c.attempts + 1, claimed_until=None)
    )


def failed(conn: Connection, message_id: int, error: str, retry_at: datetime | None) -> None:
    values: dict[str, Any] = {
        "attempts": outbox.c.attempts + 1,
        "last_error": error[:2000],
        "claimed_until": None,
    }
    if retry_at is None:
        values["failed_at"] = rows.utcnow()
    else:
        values["next_attempt_at"] = retry_at
    conn.execute(outbox.update().where(outbox.c.id == message_id).values(**values))


def pending(conn: Connection, site_id: int | None = None) -> list[dict[str, Any]]:
    query = sa.select(outbox).order_by(outbox.c.id)
    if site_id is not None:
        query = query.where(outbox.c.site_id == site_id)
    return [dict(r._mapping) for r in conn.execute(query)]


def prune(conn: Connection, before: datetime) -> int:
    """Drop messages delivered or abandoned before ``before``; waiting ones always stay."""
    done = sa.or_(outbox.c.delivered_at < before, outbox.c.failed_at < before)
    return int(conn.execute(outbox.delete().where(done)).rowcount)


def forget_author(conn: Connection, site_id: int, author_id: int, drop_unsent: str) -> None:
    """Take an erased reader out of every message that names them.

    Messages name readers by Comment Desk's id beside the host's id (and a
    name), so they are found by the first and lose the others. Unsent ones of
    the event ``drop_unsent`` (a notice to or from the reader) are dropped: the
    reader is gone, and so is any reply of theirs. The rest still say what
    happened to a comment, without saying whose it was.
    """
    names = sa.or_(
        outbox.c.payload["author_id"].as_integer() == author_id,
        outbox.c.payload["parent_author_id"].as_integer() == author_id,
    )
    found = conn.execute(
        sa.select(
            outbox.c.id, outbox.c.event, outbox.c.payload, outbox.c.delivered_at, outbox.c.failed_at
        ).where(outbox.c.site_id == site_id, names)
    ).all()
    for row in found:
        unsent = row.delivered_at is None and row.failed_at is None
        if unsent and row.event == drop_unsent:
            conn.execute(outbox.delete().where(outbox.c.id == row.id))
            continue
        payload = dict(row.payload)
        if payload.get("parent_author_id") == author_id:
            payload["parent_author_external_id"] = None
        if payload.get("author_id") == author_id:
            payload.update({k: None for k in ("author_external_id", "author_name") if k in payload})
        conn.execute(outbox.update().where(outbox.c.id == row.id).values(payload=payload))


def _state(state: str) -> sa.ColumnElement[bool]:
    if state == "delivered":
        return outbox.c.delivered_at.is_not(None)
    if state == "failed":
        return outbox.c.failed_at.is_not(None)
    return sa.and_(outbox.c.delivered_at.is_(None), outbox.c.failed_at.is_(None))


def deliveries(
    conn: Connection, site_id: int, state: str | None = None, limit: int = 50
) -> list[Delivery]:
    """The site's messages, newest first."""
    query = sa.select(outbox).where(outbox.c.site_id == site_id)
    if state is not None:
        query = query.where(_state(state))
    found = conn.execute(query.order_by(outbox.c.id.desc()).limit(limit)).all()
    return [
        Delivery(
            id=r.id,
            url=r.url,
            event=r.event,
            state="delivered" if r.delivered_at else "failed" if r.failed_at else "waiting",
            attempts=r.attempts,
            last_error=r.last_error,
            created_at=rows.aware(r.created_at),
            next_attempt_at=None
            if r.delivered_at or r.failed_at
            else rows.aware(r.next_attempt_at),
            finished_at=rows.aware(r.delivered_at or r.failed_at),
        )
        for r in found
    ]


def retry(conn: Connection, site_id: int, ids: list[int] | None = None) -> int:
    """Put messages back in line, due now with a fresh count of attempts.

    Without ids, every message the worker gave up on; with ids, those of them
    that were not delivered (a waiting one skips the rest of its backoff).
    Returns how many were put back.
    """
    query = outbox.update().where(outbox.c.site_id == site_id, outbox.c.delivered_at.is_(None))
    if ids is None:
        query = query.where(outbox.c.failed_at.is_not(None))
    else:
        query = query.where(outbox.c.id.in_(ids))
    done = conn.execute(
        query.values(failed_at=None, attempts=0, next_attempt_at=rows.utcnow(), claimed_until=None)
    )
    return int(done.rowcount)


def counts(conn: Connection, site_id: int) -> dict[str, int]:
    """Messages of the site in each state."""
    return {
        state: int(
            conn.execute(
                sa.select(sa.func.count())
                .select_from(outbox)
                .where(outbox.c.site_id == site_id, _state(state))
            ).scalar_one()
        )
        for state in STATES
    }
