"""A site may hold a published comment once enough readers report it.

`sites.reports_to_hold`: when that many different reporters (a reader's
address, or an integration key) have reported a published comment that no
moderator has decided on yet, it goes back to the queue, held, until a
moderator looks. Null (the default) never holds on reports alone: a
newsroom opts in, as a crowd can report an opinion it dislikes.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sites", sa.Column("reports_to_hold", sa.Integer, nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN, as 0007 and 0008 do.
    op.drop_column("sites", "reports_to_hold")
