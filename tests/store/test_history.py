"""A batch's view of its authors' records is the database's, read once.

`BatchHistory` answers the rejection-rate question for every signed-in
reader's comment of a batch from one read of all their records. Each comment
asks about a window that ends at its own "now", so later comments ask about
windows that start a little later; these tests put decided comments right at
those starts, where a careless reuse of the first read would count them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from commentdesk import actions
from commentdesk.domain import CommentStatus
from commentdesk.services import Services
from commentdesk.store import comments as comment_store
from commentdesk.store.history import DECISIONS_EDGE, BatchHistory, Written
from commentdesk.store.schema import comments
from tests.conftest import SiteKeys

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
START = NOW - timedelta(days=30)  # the first comment's window starts here

# (author, seconds after START, status): decided comments on both sides of the
# window's start and of the edge the first read covers, and some undecided.
RECORD = [
    ("ann", -1.0, "rejected"),
    ("ann", 0.0, "rejected"),
    ("ann", 0.5, "approved"),
    ("ann", 2.0, "rejected"),
    ("ann", 30.0, "held"),
    ("ann", 59.9, "approved"),
    ("ann", 90.0, "rejected"),
    ("ann", 86400.0, "approved"),
    ("bob", 1.0, "approved"),
    ("bob", 3600.0, "rejected"),
    ("cat", -3600.0, "rejected"),
]
# Where later comments' windows start, in seconds after START: inside the
# first read's edge, then past it and before it (both answered by a query).
ASKED = [0.0, 0.25, 0.5, 1.0, 2.0, 2.5, 45.0, 59.95, 75.0, 120.0, -10.0]


def _stored_record(services: Services, site: SiteKeys) -> dict[str, int]:
    ids: dict[str, int] = {}
    for n, (name, offset, status) in enumerate(RECORD):
        done = actions.submit(
            services,
            site.site.id,
            actions.NewComment(
                site.story_id, f"Comment {n} on the bus lanes.", author_external_id=name
            ),
        )
        assert done.comment.author_id is not None
        ids[name] = done.comment.author_id
        with services.store.write() as conn:
            conn.execute(
                sa.update(comments)
                .where(comments.c.id == done.comment.id)
                .values(status=status, created_at=START + timedelta(seconds=offset))
            )
    return ids


def test_a_batch_reads_its_authors_records_once_and_answers_as_the_database(
    services: Services, site: SiteKeys
) -> None:
    ids = _stored_record(services, site)
    statements: list[str] = []
    engine = services.store.db.engine

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    with services.store.read() as conn:
        history = BatchHistory(conn, {})
        history.expect_authors(ids.values())
        sa.event.listen(engine, "before_cursor_execute", count)
        try:
            answers = {
                (name, at): history.author_decisions(author_id, START + timedelta(seconds=at))
                for at in ASKED
                for name, author_id in ids.items()
            }
        finally:
            sa.event.remove(engine, "before_cursor_execute", count)
        expected = {
            (name, at): comment_store.author_decisions(
                conn, author_id, START + timedelta(seconds=at)
            )
            for at in ASKED
            for name, author_id in ids.items()
        }
    assert answers == expected
    assert answers[("ann", 0.0)] == (3, 3)  # the window's first instant counts
    assert answers[("ann", 2.5)] == (2, 1)
    # One query read all three records (counts and the edge) and answered
    # every ask inside the edge; only the windows outside it asked again, per author.
    outside = [at for at in ASKED if not 0 <= at < DECISIONS_EDGE.total_seconds()]
    assert len(statements) == 1 + len(outside) * len(ids)


def test_the_batch_s_own_comments_count_on_top_of_the_first_read(
    services: Services, site: SiteKeys
) -> None:
    ids = _stored_record(services, site)
    with services.store.read() as conn:
        history = BatchHistory(conn, {})
        history.expect_authors(ids.values())
        before = history.author_decisions(ids["bob"], START)
        # A comment of the batch decided after the first read, not yet inserted.
        history.add(
            {
                "site_id": site.site.id,
                "fingerprint": "x",
                "author_id": ids["bob"],
                "status": CommentStatus.REJECTED.value,
                "created_at": NOW,
            }
        )
        after = history.author_decisions(ids["bob"], START + timedelta(seconds=1))
    assert before == (1, 1)
    assert after == (1, 2)
    assert isinstance(history.written[0], Written)
