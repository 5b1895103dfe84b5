"""Stories count their published comments, and close themselves.

`stories.comment_count` is the number of a story's approved comments, replies
included, so listing pages ("23 comments" by each headline) read one row per
story instead of counting comments on every view. It is filled here from the
rows already stored; from then on every status change keeps it in its own
transaction. `stories.closes_at` is the moment a story stops taking comments,
and `sites.close_after_days` gives each new story one by default.

All three columns are nullable or have a constant default, so adding them
rewrites no table on PostgreSQL (11 and later) and is a plain ADD COLUMN on
SQLite; only the back-fill writes, one statement that counts through the
(story_id, status) index.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "stories",
        sa.Column("comment_count", sa.Integer, nullable=False, server_default="0"),
    )
    op.add_column("stories", sa.Column("closes_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("sites", sa.Column("close_after_days", sa.Integer, nullable=True))
    # Only stories with published comments are written: the rest already say 0.
    op.execute(
        "UPDATE stories SET comment_count = ("
        "SELECT COUNT(*) FROM comments "
        "WHERE comments.story_id = stories.id AND comments.status = 'approved'"
        ") WHERE EXISTS ("
        "SELECT 1 FROM comments "
        "WHERE comments.story_id = stories.id AND comments.status = 'approved')"
    )


def downgrade() -> None:
    # Plain DROP COLUMN on both databases (SQLite has it since 3.35): a batch
    # copy of `stories` would have to drop the table its comments refer to,
    # which SQLite's foreign-key checks refuse once there are comments.
    op.drop_column("sites", "close_after_days")
    op.drop_column("stories", "closes_at")
    op.drop_column("stories", "comment_count")
