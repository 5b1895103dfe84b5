"""Comments the newsroom writes in its own threads.

`comments.staff_name` is the byline of a comment a moderator or editor posted
as the newsroom (answering readers, pinning a correction). It is not a
reader's comment: it has no author row, so no host-site id can ever claim it
and erasing a reader never touches it; the audit log names the moderator.
Nullable, so adding it rewrites no table.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("comments", sa.Column("staff_name", sa.String(200), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN, as 0007 does: a batch copy of `comments` would have
    # to drop the table that replies and likes refer to.
    op.drop_column("comments", "staff_name")
