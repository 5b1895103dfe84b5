"""Comments go in as a batch's rows and come back as they went in.

On PostgreSQL a run of several rows is sent by psycopg's executemany, outside
SQLAlchemy's type handling, so these tests read every column back.
"""

from __future__ import annotations

from datetime import UTC, datetime

from commentdesk.domain import Action, CommentStatus, Decision, Reason, ScoreResult
from commentdesk.services import Services
from commentdesk.store import comments as comment_store
from tests.conftest import SiteKeys


def _row(site: SiteKeys, n: int, **extra: object) -> dict[str, object]:
    score = ScoreResult(
        scores={"TOXICITY": 0.1 * n, "INSULT": 0.05},
        spans={"TOXICITY": [(0, 4, 0.5)], "INSULT": []},
        model_version=f"model-{n}",
    )
    decision = Decision(
        CommentStatus.HELD if n % 2 else CommentStatus.APPROVED,
        [Reason("toxicity", Action.HOLD, f"reason {n} with \"quotes\" and ünïcode")],
        f"policy-{n}",
        f"model-{n}",
    )
    values = comment_store.row(
        site_id=site.site.id,
        story_id=site.story_id,
        parent_id=None,
        root_id=None,
        author_id=None,
        body=f"Comment {n}: the bridge's budget, again.",
        decision=decision,
        score=score,
        ip_hash=f"hash-{n}",
        created_at=datetime(2026, 12, 1, 12, n, tzinfo=UTC),
    )
    values.update(extra)
    return values


def test_a_run_of_rows_is_stored_in_order_with_every_column(
    services: Services, site: SiteKeys
) -> None:
    values = [_row(site, n) for n in range(5)]
    with services.store.write() as conn:
        ids = comment_store.insert_rows(conn, values)
    assert len(ids) == 5 and all(isinstance(i, int) for i in ids)
    assert ids == sorted(ids)
    with services.store.read() as conn:
        stored = [comment_store.get(conn, site.site.id, i) for i in ids if i is not None]
    for n, comment in enumerate(stored):
        assert comment is not None
        assert comment.body == f"Comment {n}: the bridge's budget, again."
        assert comment.status is (CommentStatus.HELD if n % 2 else CommentStatus.APPROVED)
        assert comment.scores == {"TOXICITY": 0.1 * n, "INSULT": 0.05}
        assert comment.spans == {"TOXICITY": [(0, 4, 0.5)], "INSULT": []}
        assert [r.message for r in comment.reasons] == [f"reason {n} with \"quotes\" and ünïcode"]
        assert (comment.model_version, comment.policy_version) == (f"model-{n}", f"policy-{n}")
        assert comment.created_at == datetime(2026, 12, 1, 12, n, tzinfo=UTC)


def test_a_keyed_row_splits_the_run_and_a_copy_inserts_nothing(
    services: Services, site: SiteKeys
) -> None:
    values = [
        _row(site, 0),
        _row(site, 1),
        _row(site, 2, idempotency_key="retry-me"),
        _row(site, 3),
        _row(site, 4, idempotency_key="retry-me"),
        _row(site, 5),
    ]
    with services.store.write() as conn:
        ids = comment_store.insert_rows(conn, values)
    assert ids[4] is None
    assert all(isinstance(i, int) for n, i in enumerate(ids) if n != 4)
    with services.store.read() as conn:
        bodies = [
            found.body
            for i in ids
            if i is not None
            for found in [comment_store.get(conn, site.site.id, i)]
            if found is not None
        ]
    assert bodies == [f"Comment {n}: the bridge's budget, again." for n in (0, 1, 2, 3, 5)]


def test_a_failing_row_fails_the_run_as_a_sqlalchemy_error(
    services: Services, site: SiteKeys
) -> None:
    import pytest
    import sqlalchemy as sa

    values = [_row(site, 0), _row(site, 1, story_id=10**9)]  # no such story
    with pytest.raises(sa.exc.IntegrityError):
        with services.store.write() as conn:
            comment_store.insert_rows(conn, values)
    with services.store.read() as conn:
        assert comment_store.get_many(conn, site.site.id, list(range(1, 50))) == []
