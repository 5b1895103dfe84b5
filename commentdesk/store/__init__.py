"""Storage: SQLite or PostgreSQL behind one small API.

`Store` owns the database; the noun modules beside it (`comments`, `authors`,
`audit`, ...) are plain functions over a connection, so a use case can do
several of them in one transaction: `with store.write() as conn: ...`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import Connection

from commentdesk.store import (
    audit,
    authors,
    comments,
    events,
    keys,
    likes,
    outbox,
    policies,
    sites,
    stories,
    users,
)
from commentdesk.store.database import Database, SchemaOutOfDate
from commentdesk.store.history import ConnectionHistory, HistoryBefore

__all__ = [
    "Store",
    "SchemaOutOfDate",
    "ConnectionHistory",
    "HistoryBefore",
    "audit",
    "authors",
    "comments",
    "events",
    "keys",
    "likes",
    "outbox",
    "policies",
    "sites",
    "stories",
    "users",
]


class Store:
    def __init__(self, url: str) -> None:
        self.db = Database(url)

    @property
    def dialect(self) -> str:
        return self.db.dialect

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.db.write() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.db.read() as conn:
            yield conn

    def migrate(self) -> None:
        self.db.migrate()

    def check(self) -> None:
        self.db.check()

    def backup(self, target: Path) -> None:
        self.db.backup(target)

    def close(self) -> None:
        self.db.dispose()
