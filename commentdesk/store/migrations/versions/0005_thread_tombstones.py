"""The thread's indexes take in removed comments that others had answered.

A comment that leaves the thread (rejected, held, deleted, erased) while
approved replies hang under it keeps its place as a tombstone, so those
replies stay readable. The thread's top-level comments are therefore the
approved ones and those with approved replies; the indexes of 0003 held the
approved ones only, and are replaced by ones whose condition is exactly that.
The condition is written with constants (no parameters), so both databases
can prove that a page's query is covered by it.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

IN_THREAD = "parent_id IS NULL AND (status = 'approved' OR reply_count > 0)"
NEW = {
    "ix_comments_visible_time": ["story_id", "created_at", "id"],
    "ix_comments_visible_replies": ["story_id", "reply_count", "id"],
}
OLD = {
    "ix_comments_thread_time": ["story_id", "status", "created_at", "id"],
    "ix_comments_thread_replies": ["story_id", "status", "reply_count", "id"],
}


def upgrade() -> None:
    _build(NEW, IN_THREAD)
    _drop(OLD)


def downgrade() -> None:
    _build(OLD, "parent_id IS NULL")
    _drop(NEW)


def _build(indexes: dict[str, list[str]], where: str) -> None:
    condition = sa.text(where)
    if op.get_bind().dialect.name != "postgresql":
        for name, columns in indexes.items():
            op.create_index(name, "comments", columns, sqlite_where=condition, if_not_exists=True)
        return
    # As in 0003: built without locking out submissions, and a run cut short
    # (which leaves an invalid index) can be run again.
    with op.get_context().autocommit_block():
        for name, columns in indexes.items():
            if _invalid(name):
                op.drop_index(name, table_name="comments", postgresql_concurrently=True)
            op.create_index(
                name,
                "comments",
                columns,
                postgresql_where=condition,
                postgresql_concurrently=True,
                if_not_exists=True,
            )


def _drop(indexes: dict[str, list[str]]) -> None:
    concurrently = op.get_bind().dialect.name == "postgresql"
    if not concurrently:
        for name in indexes:
            op.drop_index(name, table_name="comments", if_exists=True)
        return
    with op.get_context().autocommit_block():
        for name in indexes:
            op.drop_index(
                name, table_name="comments", postgresql_concurrently=True, if_exists=True
            )


def _invalid(name: str) -> bool:
    found = op.get_bind().execute(
        sa.text(
            "SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relname = :name AND n.nspname = current_schema() AND NOT i.indisvalid"
        ),
        {"name": name},
    )
    return found.first() is not None
