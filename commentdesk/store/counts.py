"""Counts kept beside the rows they count (replies, likes, published comments).

Each is moved in the transaction of the change that moves it, so it is always
exact, and read with its row, so no page counts rows to show a number.
"""

from __future__ import annotations

import functools

import sqlalchemy as sa
from sqlalchemy.engine import Connection


def add(conn: Connection, column: sa.Column[int], deltas: dict[int, int]) -> None:
    """Add each delta to ``column`` of the row with that id, in one round trip and
    in id order, so two writers that touch the same rows lock them in the same order."""
    changed = [{"row_id": key, "delta": d} for key, d in sorted(deltas.items()) if d]
    if changed:
        conn.execute(_update(column), changed)


@functools.cache
def _update(column: sa.Column[int]) -> sa.Update:
    # Built once per column: a submission moves its story's count, and building
    # the statement cost several times what running it does.
    table = column.table
    return (
        table.update()
        .where(table.c.id == sa.bindparam("row_id"))
        .values({column: column + sa.bindparam("delta")})
    )
