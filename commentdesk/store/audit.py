"""The audit log: append-only rows naming who changed what, and why.

Rows are only ever inserted here, in the caller's transaction, so a change and
its audit row commit or roll back together. The database triggers refuse any
UPDATE or DELETE, whoever asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from commentdesk.domain import AuditEntry, Reason
from commentdesk.store import rows
from commentdesk.store.schema import audit_log


def row(
    *,
    site_id: int,
    subject_type: str,
    subject_id: int,
    action: str,
    actor: str | None,
    old_state: str | None,
    new_state: str | None,
    reasons: Sequence[Reason | dict[str, Any]] = (),
    model_version: str | None = None,
    policy_version: str | None = None,
) -> dict[str, Any]:
    """An audit row as values, for `insert_rows`."""
    return {
        "site_id": site_id,
        "subject_type": subject_type,
        "subject_id": subject_id,
        "action": action,
        "actor": actor,
        "old_state": old_state,
        "new_state": new_state,
        "reasons": [rows.reason_to_json(r) if isinstance(r, Reason) else r for r in reasons],
        "model_version": model_version,
        "policy_version": policy_version,
        "created_at": rows.utcnow(),
    }


# Built once: every submission writes audit rows, and building the statement
# cost more than running it.
# Inline: the new ids are never read, so no RETURNING, and the insert can go
# out in a pipeline with the batch's other writes (see store.database.pipelined).
_INSERT = audit_log.insert().inline()


def insert_rows(conn: Connection, entries: list[dict[str, Any]]) -> None:
    """Several rows in one round trip (executemany), in the caller's transaction."""
    if entries:
        conn.execute(_INSERT, entries)


def append(conn: Connection, **values: Any) -> None:
    insert_rows(conn, [row(**values)])


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        site_id=row.site_id,
        subject_type=row.subject_type,
        subject_id=row.subject_id,
        action=row.action,
        actor=row.actor,
        old_state=row.old_state,
        new_state=row.new_state,
        reasons=list(row.reasons or []),
        model_version=row.model_version,
        policy_version=row.policy_version,
        created_at=rows.aware(row.created_at),  # type: ignore[arg-type]
    )


def trail(conn: Connection, site_id: int, subject_type: str, subject_id: int) -> list[AuditEntry]:
    query = (
        sa.select(audit_log)
        .where(
            audit_log.c.site_id == site_id,
            audit_log.c.subject_type == subject_type,
            audit_log.c.subject_id == subject_id,
        )
        .order_by(audit_log.c.id)
    )
    return [_entry(r) for r in conn.execute(query)]


def recent(
    conn: Connection,
    site_id: int,
    *,
    limit: int = 100,
    offset: int = 0,
    actor: str | None = None,
    since: datetime | None = None,
) -> list[AuditEntry]:
    query = sa.select(audit_log).where(audit_log.c.site_id == site_id)
    if actor is not None:
        query = query.where(audit_log.c.actor == actor)
    if since is not None:
        query = query.where(audit_log.c.created_at >= since)
    query = query.order_by(audit_log.c.id.desc()).limit(limit).offset(offset)
    return [_entry(r) for r in conn.execute(query)]


SYSTEM_DECISIONS = ("submit", "edit", "rescore", "import")


def system_decisions(conn: Connection, comment_ids: list[int]) -> dict[int, str]:
    """The latest status each comment got from the policy (not from a moderator)."""
    if not comment_ids:
        return {}
    query = (
        sa.select(audit_log.c.subject_id, audit_log.c.new_state)
        .where(
            audit_log.c.subject_type == "comment",
            audit_log.c.subject_id.in_(comment_ids),
            audit_log.c.action.in_(SYSTEM_DECISIONS),
        )
        .order_by(audit_log.c.id)
    )
    return {subject: state for subject, state in conn.execute(query) if state}
