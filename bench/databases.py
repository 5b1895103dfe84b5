"""A throwaway database for one benchmark run: a SQLite file, or a schema of its own."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def temporary_database(db: str, data_dir: str) -> Iterator[str]:
    """The URL of an empty database: SQLite in ``data_dir`` for ``db == "sqlite"``,
    else a new schema in the PostgreSQL at ``db``, dropped afterwards."""
    if db == "sqlite":
        yield f"sqlite:///{data_dir}/commentdesk.db"
        return
    import sqlalchemy as sa

    from commentdesk.config import normalise_database_url

    schema = "bench_" + uuid.uuid4().hex[:8]
    base = normalise_database_url(db)
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{base}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def refresh_statistics(database_url: str) -> None:
    """On PostgreSQL, ANALYZE the bench's tables, as autovacuum does on a running
    server within a minute of the first writes.

    The bench's tables are new, and the planner of a server with autovacuum off
    (as on the machines these figures come from) never learns that they grew:
    it then reads every comment of the site for the repeats check of each
    batch (see `commentdesk doctor`, which warns of it). The figures are meant
    for a server in its steady state.
    """
    if database_url.startswith("sqlite"):
        return
    import sqlalchemy as sa

    engine = sa.create_engine(database_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()
