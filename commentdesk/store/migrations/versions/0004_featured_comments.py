"""Featured comments: the newsroom's picks from a thread.

A nullable column, so adding it rewrites nothing on either database. The
featured view reads a story's approved comments through the existing
(story, status) index; picks are a handful per story.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("comments", sa.Column("featured_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("comments") as batch:
        batch.drop_column("featured_at")
