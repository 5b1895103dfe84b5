"""Indexes for the moderation queue's tab counts.

Every queue page, and every poll of an open one, counts each tab. Held and
pre-moderated comments were counted by reading each held row for the rule
that held it, and reported comments by reading the site's whole archive.
Three partial indexes hold only what they count: held comments by rule,
reported ones no moderator has decided, featured ones. So a count costs what
it finds, not the size of the archive.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_comments_held_rule", ["site_id", "status", "decisive_rule"], "status = 'held'"),
    ("ix_comments_reported", ["site_id", "id"], "report_count > 0 AND moderator_status IS NULL"),
    ("ix_comments_featured", ["site_id", "featured_at"], "featured_at IS NOT NULL"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        for name, columns, where in INDEXES:
            op.create_index(name, "comments", columns, sqlite_where=sa.text(where))
        return
    # As 0005 and 0010 do: built without locking out submissions; a run cut
    # short leaves an invalid index, which the rerun drops first.
    with op.get_context().autocommit_block():
        for name, columns, where in INDEXES:
            op.drop_index(name, table_name="comments", postgresql_concurrently=True, if_exists=True)
            op.create_index(
                name,
                "comments",
                columns,
                postgresql_where=sa.text(where),
                postgresql_concurrently=True,
            )


def downgrade() -> None:
    for name, _, _ in INDEXES:
        op.drop_index(name, table_name="comments")
