"""Readers like comments: who liked what, and each comment's count.

`likes` holds one row per reader and comment (its key), so a like counts
once however often it is sent. Every read of a thread shows each comment's
count, so the count is kept on the comment itself (`like_count`, changed in
the like's own transaction) rather than counted per read. On PostgreSQL
(11 and later) a column with a constant default is added without rewriting
the table.

`sort=liked` reads a story's top-level comments by that count; its index has
the same condition as 0005's thread indexes, so a page reads only its
entries, and it is built the same way (concurrently on PostgreSQL, and a run
cut short can be run again).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

IN_THREAD = "parent_id IS NULL AND (status = 'approved' OR reply_count > 0)"
INDEX = "ix_comments_visible_likes"
COLUMNS = ["story_id", "like_count", "id"]


def upgrade() -> None:
    # On PostgreSQL the index below is built after this part is committed, so
    # a run cut short there comes back to find the column and table in place.
    found = sa.inspect(op.get_bind())
    if "like_count" not in {c["name"] for c in found.get_columns("comments")}:
        op.add_column(
            "comments", sa.Column("like_count", sa.Integer(), server_default="0", nullable=False)
        )
    if not found.has_table("likes"):
        _create_likes()
    _build_index()


def _create_likes() -> None:
    op.create_table(
        "likes",
        sa.Column("comment_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["comment_id"], ["comments.id"], name=op.f("fk_likes_comment_id_comments")
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["authors.id"], name=op.f("fk_likes_author_id_authors")
        ),
        sa.PrimaryKeyConstraint("comment_id", "author_id", name=op.f("pk_likes")),
    )
    # A reader's likes: on a story for the widget, all of them for export and erasure.
    op.create_index("ix_likes_author", "likes", ["author_id", "comment_id"])


def downgrade() -> None:
    _drop_index()
    op.drop_index("ix_likes_author", table_name="likes")
    op.drop_table("likes")
    # Not in a batch: rebuilding the table on SQLite would have to carry the
    # partial indexes over; SQLite (3.35 and later) drops an unindexed column itself.
    op.drop_column("comments", "like_count")


def _build_index() -> None:
    condition = sa.text(IN_THREAD)
    if op.get_bind().dialect.name != "postgresql":
        op.create_index(INDEX, "comments", COLUMNS, sqlite_where=condition, if_not_exists=True)
        return
    # As in 0003 and 0005: built without locking out submissions, and a run cut
    # short (which leaves an invalid index) can be run again.
    with op.get_context().autocommit_block():
        if _invalid(INDEX):
            op.drop_index(INDEX, table_name="comments", postgresql_concurrently=True)
        op.create_index(
            INDEX,
            "comments",
            COLUMNS,
            postgresql_where=condition,
            postgresql_concurrently=True,
            if_not_exists=True,
        )


def _drop_index() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.drop_index(INDEX, table_name="comments", if_exists=True)
        return
    with op.get_context().autocommit_block():
        op.drop_index(INDEX, table_name="comments", postgresql_concurrently=True, if_exists=True)


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
