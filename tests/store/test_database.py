"""The schema, the durability settings and the append-only audit log, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from commentdesk.store import Store, database
from commentdesk.store import audit as audit_store
from commentdesk.store import sites as site_store
from commentdesk.store.database import SchemaOutOfDate, check_schema
from commentdesk.store.schema import audit_log, metadata
from tests.conftest import fresh_database_url


def test_migrations_match_the_code(store: Store) -> None:
    with store.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_the_thread_indexes_migration_can_be_rerun(store: Store) -> None:
    """Cut short after its first index, 0003 runs again cleanly. (PostgreSQL
    builds them outside a transaction, so the version is not yet recorded; on
    SQLite, a database someone indexed by hand.)"""
    engine = store.db.engine
    database.downgrade(engine, "0002")
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "CREATE INDEX ix_comments_thread_time ON comments "
                "(story_id, status, created_at, id) WHERE parent_id IS NULL"
            )
        )
        if store.dialect == "postgresql":
            # What a CREATE INDEX CONCURRENTLY cut short leaves: an invalid index.
            conn.execute(
                sa.text(
                    "UPDATE pg_index SET indisvalid = false "
                    "WHERE indexrelid = 'ix_comments_thread_time'::regclass"
                )
            )
    database.migrate(engine, "0003")
    assert database.current_revision(engine) == "0003"
    names = {ix["name"] for ix in sa.inspect(engine).get_indexes("comments")}
    assert {"ix_comments_thread_time", "ix_comments_thread_replies"} <= names
    if store.dialect == "postgresql":
        with engine.connect() as conn:
            valid = conn.execute(
                sa.text(
                    "SELECT indisvalid FROM pg_index "
                    "WHERE indexrelid = 'ix_comments_thread_time'::regclass"
                )
            ).scalar_one()
        assert valid
    # 0005 then replaces them with the thread's tombstone-aware indexes.
    database.migrate(engine)
    names = {ix["name"] for ix in sa.inspect(engine).get_indexes("comments")}
    assert {"ix_comments_visible_time", "ix_comments_visible_replies"} <= names
    assert not names & {"ix_comments_thread_time", "ix_comments_thread_replies"}
    database.downgrade(engine, "0004")  # and back, for an upgrade that must be undone
    names = {ix["name"] for ix in sa.inspect(engine).get_indexes("comments")}
    assert {"ix_comments_thread_time", "ix_comments_thread_replies"} <= names


def test_the_likes_migration_goes_down_and_can_be_rerun(store: Store) -> None:
    """0006 undone leaves 0005's schema (its partial indexes included); cut short
    after its column (on PostgreSQL, with the index invalid), it runs again cleanly."""
    engine = store.db.engine
    database.downgrade(engine, "0005")
    found = sa.inspect(engine)
    assert not found.has_table("likes")
    assert "like_count" not in {c["name"] for c in found.get_columns("comments")}
    if store.dialect == "sqlite":
        with engine.connect() as conn:
            kept = conn.execute(
                sa.text("SELECT sql FROM sqlite_master WHERE name = 'ix_comments_visible_time'")
            ).scalar_one()
        assert "WHERE parent_id IS NULL" in kept
    with engine.begin() as conn:
        conn.execute(
            sa.text("ALTER TABLE comments ADD COLUMN like_count INTEGER DEFAULT '0' NOT NULL")
        )
        conn.execute(
            sa.text(
                "CREATE INDEX ix_comments_visible_likes ON comments (story_id, like_count, id) "
                "WHERE parent_id IS NULL AND (status = 'approved' OR reply_count > 0)"
            )
        )
        if store.dialect == "postgresql":
            conn.execute(
                sa.text(
                    "UPDATE pg_index SET indisvalid = false "
                    "WHERE indexrelid = 'ix_comments_visible_likes'::regclass"
                )
            )
    database.migrate(engine)
    assert database.current_revision(engine) == database.head_revision()
    if store.dialect == "postgresql":
        with engine.connect() as conn:
            valid = conn.execute(
                sa.text(
                    "SELECT indisvalid FROM pg_index "
                    "WHERE indexrelid = 'ix_comments_visible_likes'::regclass"
                )
            ).scalar_one()
        assert valid
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []


def test_durability_settings(store: Store) -> None:
    with store.read() as conn:
        if store.dialect == "sqlite":
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        else:
            assert conn.exec_driver_sql("SHOW synchronous_commit").scalar() == "on"


def test_unmigrated_database_is_refused(database_url: str) -> None:
    fresh = Store(database_url)
    with pytest.raises(SchemaOutOfDate, match="commentdesk migrate"):
        check_schema(fresh.db.engine)
    fresh.close()


def test_audit_rows_cannot_be_changed_or_deleted(store: Store) -> None:
    with store.write() as conn:
        site = site_store.create(conn, "a", "A")
        audit_store.append(
            conn,
            site_id=site.id,
            subject_type="comment",
            subject_id=1,
            action="submit",
            actor=None,
            old_state=None,
            new_state="held",
        )
    for statement in (audit_log.update().values(actor="mallory"), audit_log.delete()):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"):
            with store.write() as conn:
                conn.execute(statement)
    with store.read() as conn:
        trail = audit_store.trail(conn, site.id, "comment", 1)
    assert [(e.actor, e.new_state) for e in trail] == [(None, "held")]


@pytest.mark.parametrize("durable", [True, False], ids=["durable", "counters"])
def test_a_pg_connection_that_died_while_idle_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, durable: bool
) -> None:
    # PostgreSQL only: a SQLite connection does not die with a server.
    urls = fresh_database_url("postgresql", tmp_path)
    database_url = next(urls)
    engine = database.create_engine(database_url, durable=durable)
    admin = sa.create_engine(database_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            first = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        # As if the server had restarted while the pooled connection sat idle.
        with admin.connect() as conn:
            conn.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
        monkeypatch.setattr(database, "PING_AFTER_IDLE_S", 0.0)
        with engine.begin() as conn:
            second = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            assert conn.exec_driver_sql("SHOW synchronous_commit").scalar() == (
                "on" if durable else "off"
            )
        assert second != first
    finally:
        engine.dispose()
        admin.dispose()
        urls.close()


def test_writes_sent_together_fail_together(store: Store) -> None:
    """`pipelined` sends a block's writes in one round trip on PostgreSQL; a
    failing one still fails the transaction, and nothing of it is kept."""
    from commentdesk.store.schema import rate_counters

    row = {"key": "k", "count": 1, "expires_at": 0.0}
    with pytest.raises(sa.exc.IntegrityError):
        with store.write() as conn, database.pipelined(conn):
            if store.dialect == "postgresql":
                from psycopg import pq

                driver = conn.connection.driver_connection
                assert driver is not None
                assert driver.pgconn.pipeline_status == pq.PipelineStatus.ON
            conn.execute(rate_counters.insert(), row)
            conn.execute(rate_counters.insert(), row)  # the same key again
    with store.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(rate_counters)).scalar() == 0
    with store.write() as conn, database.pipelined(conn):
        conn.execute(rate_counters.insert(), row)
    with store.read() as conn:
        assert conn.execute(sa.select(rate_counters.c.count)).scalar() == 1


def test_writes_sent_with_their_commit_are_kept_or_fail_together(store: Store) -> None:
    """`pipelined(commit=True)` ends the transaction in the same round trip:
    what it wrote is committed when the block ends, before the transaction's
    own end, and a failing write still leaves nothing behind."""
    from commentdesk.store.schema import rate_counters

    row = {"key": "c", "count": 1, "expires_at": 0.0}
    with pytest.raises(sa.exc.IntegrityError):
        with store.write() as conn, database.pipelined(conn, commit=True):
            conn.execute(rate_counters.insert(), row)
            conn.execute(rate_counters.insert(), row)  # the same key again
    with store.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(rate_counters)).scalar() == 0
    with store.write() as conn:
        with database.pipelined(conn, commit=True):
            conn.execute(rate_counters.insert(), row)
        if store.dialect == "postgresql":
            # Committed already: another connection sees it before this block ends.
            with store.read() as other:
                assert other.execute(sa.select(rate_counters.c.count)).scalar() == 1
    with store.read() as conn:
        assert conn.execute(sa.select(rate_counters.c.count)).scalar() == 1
