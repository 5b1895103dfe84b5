"""The moderation queue's tab counts: each read from an index of what it counts."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from commentdesk.services import Services
from commentdesk.store import Store, database
from commentdesk.store import comments as comment_store
from commentdesk.store.schema import comments
from tests.conftest import create_site

COUNT_INDEXES = {"ix_comments_held_rule", "ix_comments_reported", "ix_comments_featured"}


@pytest.mark.parametrize(
    ("queue", "index"),
    [
        ("held", "COVERING INDEX ix_comments_held_rule"),
        ("premoderation", "COVERING INDEX ix_comments_held_rule"),
        ("reported", "INDEX ix_comments_reported"),
        ("featured", "INDEX ix_comments_featured"),
    ],
)
def test_a_tab_is_counted_from_its_own_index(
    sqlite_services: Services, queue: str, index: str
) -> None:
    """The count's condition must match the partial index's word for word, or
    the database reads every held row, or the whole archive, to count a tab.
    (SQLite's plan does not depend on statistics, so it can be checked;
    PostgreSQL's was checked by hand.)"""
    site = create_site(sqlite_services)
    conditions = comment_store._queue_conditions(
        site.site.id, comment_store.QueueFilter(queue=queue)
    )
    query = sa.select(sa.func.count()).select_from(comments).where(*conditions)
    with sqlite_services.store.read() as conn:
        # Compiled as the service runs it, with bound parameters.
        compiled = query.compile(conn, compile_kwargs={"render_postcompile": True})
        values = tuple(compiled.params[name] for name in compiled.positiontup or ())
        found = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), values)
        plan = " | ".join(r[3] for r in found)
    assert index in plan, plan
    assert "SCAN comments" not in plan, plan


def test_the_count_indexes_migration_goes_down_and_up(store: Store) -> None:
    engine = store.db.engine
    database.downgrade(engine, "0012")
    names = {ix["name"] for ix in sa.inspect(engine).get_indexes("comments")}
    assert not names & COUNT_INDEXES
    database.migrate(engine)
    names = {ix["name"] for ix in sa.inspect(engine).get_indexes("comments")}
    assert COUNT_INDEXES <= names
