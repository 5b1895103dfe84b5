"""Connecting to the database, with the durability settings we promise.

SQLite runs in WAL mode with synchronous=FULL, so a committed transaction
survives a crash or power cut; every write transaction starts with BEGIN
IMMEDIATE so that concurrent writers queue instead of failing on upgrade.
PostgreSQL runs with synchronous_commit on.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).parent / "migrations"


class SchemaOutOfDate(RuntimeError):
    """The database is behind the code: run `commentdesk migrate`."""


def create_engine(url: str, *, durable: bool = True) -> Engine:
    """An engine with our settings; `durable=False` is for data not worth an fsync
    (rate-limit counters): each statement commits on its own, without waiting for disk."""
    if url.startswith("sqlite"):
        return _sqlite_engine(url, durable=durable)
    # Opening a PostgreSQL connection forks a backend: never do it per request. The
    # pools hold what the server's threads use at once (see web.app.THREADS), and
    # the counters' small pool makes threads wait a moment rather than connect.
    options: dict[str, Any] = {"pool_size": 24, "max_overflow": 8}
    if not durable:
        options.update(isolation_level="AUTOCOMMIT", pool_size=8, max_overflow=0)
    engine = sa.create_engine(url, **options)
    _ping_after_idle(engine)
    setting = "on" if durable else "off"

    @sa.event.listens_for(engine, "connect")
    def _pg_connect(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute(f"SET synchronous_commit TO {setting}")
        dbapi_conn.commit()

    return engine


# A pooled connection is checked before use only once it has sat idle this long.
PING_AFTER_IDLE_S = 5.0


def _ping_after_idle(engine: Engine) -> None:
    """Replace a pooled connection that died while idle (the server restarted).

    SQLAlchemy's pool_pre_ping does this on every checkout, which costs a
    round trip to the server each time: on a busy server that is one per
    request and one per submission batch, for connections used moments ago.
    A connection that breaks while in use fails its statement as it would
    with pre-ping too, and SQLAlchemy then discards the whole pool.
    """

    @sa.event.listens_for(engine, "checkin")
    def _checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @sa.event.listens_for(engine, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_S:
            return
        try:
            with dbapi_conn.cursor() as cur:
                cur.execute("SELECT 1")
            dbapi_conn.rollback()
        except Exception as exc:  # noqa: BLE001 - any failure means "reconnect"
            raise sa.exc.DisconnectionError(str(exc)) from exc


def _sqlite_engine(url: str, *, durable: bool = True) -> Engine:
    path = url.split("///", 1)[-1]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    # Enough pooled connections for the server's thread pool, so none is opened per request.
    engine = sa.create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 30},
        pool_size=20,
        max_overflow=40,
    )

    @sa.event.listens_for(engine, "connect")
    def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take over transaction control from the driver so BEGIN IMMEDIATE works.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL" if durable else "PRAGMA synchronous=OFF")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @sa.event.listens_for(engine, "begin")
    def _sqlite_begin(conn: Connection) -> None:
        mode = "DEFERRED" if conn.get_execution_options().get("readonly") else "IMMEDIATE"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


@contextmanager
def pipelined(conn: Connection, commit: bool = False) -> Iterator[None]:
    """Send the statements of the block together, where the database allows it.

    For writes whose results nobody reads. On PostgreSQL they go out in
    psycopg's pipeline mode and cost one round trip together, not one each:
    a round trip costs its thread the time to get the GIL back, which under
    load is far longer than the statement. An error in any of them is raised
    at the end of the block, as the SQLAlchemy error it would have been, and
    the transaction fails as it would have.
    SQLite has no round trips; there the block runs as it is.

    With ``commit``, the block's statements end the transaction: the COMMIT
    goes in the same round trip, and the caller's transaction then has nothing
    left to commit (SQLAlchemy's commit finds the connection idle and sends
    nothing). Only for the last statements of a transaction; an error in any
    of them, the COMMIT's included, is raised as the block ends. Elsewhere the
    caller's transaction commits as usual.
    """
    driver = conn.connection.driver_connection
    if conn.dialect.name != "postgresql" or driver is None or not hasattr(driver, "pipeline"):
        yield
        return
    dbapi_error = conn.dialect.loaded_dbapi.Error
    try:
        with driver.pipeline():
            yield
            if commit:
                driver.execute("COMMIT")
    except dbapi_error as err:
        # Raised by the driver as the block ends, past SQLAlchemy: wrap it as
        # SQLAlchemy would have, so callers see the errors they always did.
        raise sa.exc.DBAPIError.instance(None, None, err, dbapi_error) from err


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def check_schema(engine: Engine) -> None:
    current, head = current_revision(engine), head_revision()
    if current != head:
        raise SchemaOutOfDate(
            f"database schema is at {current or 'nothing'}, code expects {head}: "
            "run `commentdesk migrate`"
        )


class WriterLock:
    """Lets one SQLite writer at a time in, across threads and processes, without polling.

    SQLite's own busy handler retries with sleeps of up to 100 ms, which turns
    contention between server processes into long tail latencies. A blocking
    flock on a file beside the database queues writers in the kernel instead.
    """

    def __init__(self, database_path: str | None) -> None:
        self.path = f"{database_path}.writelock" if database_path else None
        self._threads = threading.Lock()

    @contextmanager
    def held(self) -> Iterator[None]:
        with self._threads:
            if self.path is None:
                yield
                return
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)


def writer_lock(engine: Engine) -> WriterLock | None:
    """A WriterLock for a SQLite engine; None where the database does its own queueing."""
    if engine.dialect.name != "sqlite":
        return None
    path = engine.url.database
    return WriterLock(path if path and path != ":memory:" else None)


class Database:
    """An engine plus the two kinds of transaction the store uses."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_engine(url)
        self.dialect = self.engine.dialect.name
        self._writers = writer_lock(self.engine)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        lock: AbstractContextManager[None] = (
            self._writers.held() if self._writers else nullcontext()
        )
        with lock, self.engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn = conn.execution_options(readonly=True)
            with conn.begin():
                yield conn

    def migrate(self) -> None:
        migrate(self.engine)

    def check(self) -> None:
        check_schema(self.engine)

    def backup(self, target: Path) -> None:
        """A consistent copy of a SQLite database, taken while the service runs.

        SQLite's online backup copies every page inside one read transaction,
        so writers carry on and the copy is the database as of one moment. It
        is written beside ``target`` and renamed into place, so a crash never
        leaves a half-written backup where a good one is expected.
        """
        if self.dialect != "sqlite":
            raise ValueError("back up PostgreSQL with its own tools (pg_dump)")
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        with self.engine.connect() as conn:
            source = conn.connection.driver_connection
            assert isinstance(source, sqlite3.Connection)
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
            finally:
                copy.close()
        os.replace(partial, target)

    def dispose(self) -> None:
        self.engine.dispose()
