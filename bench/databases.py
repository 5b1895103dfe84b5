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
