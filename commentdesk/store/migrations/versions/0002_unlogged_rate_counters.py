"""Rate-limit counters on PostgreSQL skip the write-ahead log.

They only need to be shared between processes, not to survive a crash; an
unlogged table saves the WAL traffic of two upserts per request.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE rate_counters SET UNLOGGED")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE rate_counters SET LOGGED")
