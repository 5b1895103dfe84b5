"""Dashboard sessions can be ended from the server.

`users.sessions_after`: a dashboard session signed in before this moment is
no longer accepted. Signing out, a new password and `commentdesk users
sign-out` set it, so a copied session cookie stops working at once rather
than at the end of its twelve hours. Null: no session has been ended.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("sessions_after", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN, as 0012 does.
    op.drop_column("users", "sessions_after")
