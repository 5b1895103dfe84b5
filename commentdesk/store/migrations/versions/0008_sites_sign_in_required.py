"""A site may require its readers to sign in before they comment.

`sites.sign_in_required`: when true, a comment with neither a reader's token
nor an integration key is refused before anything is stored (401), rather
than stored and held; the widget asks such readers to sign in instead of
showing the form. A constant default, so adding it rewrites no table.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "sites",
        sa.Column("sign_in_required", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    # Plain DROP COLUMN, as 0007 does, for the same reason.
    op.drop_column("sites", "sign_in_required")
