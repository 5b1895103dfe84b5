"""An index over the comments that still carry an address hash.

Housekeeping clears `comments.ip_hash` once a comment is older than
`COMMENTDESK_IP_KEEP_DAYS`. The index holds only the rows that still have
one, so it stays as small as the last few weeks of comments: each pass finds
the expired ones without reading the archive, and a moderator's card finds
the other comments from the same address in one lookup.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

NAME = "ix_comments_ip_hash_time"
WHERE = sa.text("ip_hash IS NOT NULL")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.create_index(NAME, "comments", ["ip_hash", "created_at"], sqlite_where=WHERE)
        return
    # As 0005 does: built without locking out submissions; a run cut short
    # leaves an invalid index, which the rerun drops first.
    with op.get_context().autocommit_block():
        op.drop_index(NAME, table_name="comments", postgresql_concurrently=True, if_exists=True)
        op.create_index(
            NAME,
            "comments",
            ["ip_hash", "created_at"],
            postgresql_where=WHERE,
            postgresql_concurrently=True,
        )


def downgrade() -> None:
    op.drop_index(NAME, table_name="comments")
