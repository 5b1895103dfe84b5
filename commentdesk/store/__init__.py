"""Storage: SQLite or PostgreSQL behind one small API.

`Store` owns the database; the noun modules beside it (`comments`, `authors`,
`audit`, ...) are plain functions over a connection, so a use case can do
several of them in one transaction: `with store.write() as conn: ...`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy.engine import Connection

from commentdesk.store import (
    audit,
    authors,
    comments,
    events,
    keys,
    outbox,
    policies,
    sites,
    stories,
    users,
)
from commentdesk.store.database import Database, SchemaOutOfDate

__all__ = [
    "Store",
    "SchemaOutOfDate",
    "ConnectionHistory",
    "audit",
    "authors",
    "comments",
    "events",
    "keys",
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

    def close(self) -> None:
        self.db.dispose()


class ConnectionHistory:
    """What the policy may ask about the past, answered inside the caller's transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        # Several rules may ask the same question about one comment; ask the database once.
        self._asked: dict[tuple[object, ...], tuple[int, int]] = {}

    def author_decisions(self, author_id: int, since: datetime) -> tuple[int, int]:
        key = ("decisions", author_id, since)
        if key not in self._asked:
            self._asked[key] = comments.author_decisions(self.conn, author_id, since)
        return self._asked[key]

    def repeats(
        self, site_id: int, text: str, since: datetime, author_id: int | None
    ) -> tuple[int, int]:
        key = ("repeats", site_id, text, since, author_id)
        if key not in self._asked:
            self._asked[key] = comments.repeats(self.conn, site_id, text, since, author_id)
        return self._asked[key]
