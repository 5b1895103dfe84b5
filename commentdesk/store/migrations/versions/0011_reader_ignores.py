"""Readers ignore other readers: whose comments each would rather not see.

One row per reader and the reader they ignore (its key), so ignoring twice
stores one row. The index on the ignored reader serves erasure, which removes
every row that names the erased reader, on either side.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ignores",
        sa.Column("reader_id", sa.Integer(), nullable=False),
        sa.Column("ignored_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["reader_id"], ["authors.id"], name=op.f("fk_ignores_reader_id_authors")
        ),
        sa.ForeignKeyConstraint(
            ["ignored_id"], ["authors.id"], name=op.f("fk_ignores_ignored_id_authors")
        ),
        sa.PrimaryKeyConstraint("reader_id", "ignored_id", name=op.f("pk_ignores")),
    )
    op.create_index("ix_ignores_ignored", "ignores", ["ignored_id"])


def downgrade() -> None:
    op.drop_index("ix_ignores_ignored", table_name="ignores")
    op.drop_table("ignores")
