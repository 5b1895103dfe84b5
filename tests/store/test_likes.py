"""Likes in the store: one per reader and comment, and counts that stay exact, on both
databases, including when the same like arrives many times at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa

from commentdesk import actions
from commentdesk.domain import ATTRIBUTES, ScoreResult
from commentdesk.services import Services
from commentdesk.store import authors as author_store
from commentdesk.store import likes as like_store
from commentdesk.store import stories as story_store
from commentdesk.store.schema import comments, likes
from tests.conftest import SiteKeys

CLEAN = ScoreResult(scores=dict.fromkeys(ATTRIBUTES, 0.01), spans={}, model_version="test")


def _post(services: Services, site: SiteKeys, body: str, story_id: int | None = None) -> int:
    new = actions.NewComment(
        story_id=story_id or site.story_id, body=body, author_external_id="writer", score=CLEAN
    )
    return actions.submit(services, site.site.id, new).comment.id


def _reader(services: Services, site: SiteKeys, name: str) -> int:
    with services.store.write() as conn:
        return author_store.ensure(conn, site.site.id, name, name.title()).id


def _counts_agree(services: Services) -> dict[int, int]:
    """Each comment's stored count, checked against its like rows."""
    with services.store.read() as conn:
        stored = dict(conn.execute(sa.select(comments.c.id, comments.c.like_count)).all())
        counted = dict(
            conn.execute(
                sa.select(likes.c.comment_id, sa.func.count()).group_by(likes.c.comment_id)
            ).all()
        )
    assert stored == {cid: counted.get(cid, 0) for cid in stored}
    return stored


def test_a_like_counts_once_and_comes_off_once(services: Services, site: SiteKeys) -> None:
    comment = _post(services, site, "The depot should stay where it is.")
    ana, bob = _reader(services, site, "ana"), _reader(services, site, "bob")
    with services.store.write() as conn:
        assert like_store.add(conn, comment, ana) is True
        assert like_store.add(conn, comment, ana) is False
        assert like_store.add(conn, comment, bob) is True
        assert like_store.count(conn, comment) == 2
    assert _counts_agree(services)[comment] == 2
    with services.store.write() as conn:
        assert like_store.remove(conn, comment, ana) is True
        assert like_store.remove(conn, comment, ana) is False
        assert like_store.count(conn, comment) == 1
    assert _counts_agree(services)[comment] == 1


def test_mine_by_comments_or_by_story(services: Services, site: SiteKeys) -> None:
    first = _post(services, site, "Route 9 needs a second bus at eight.")
    second = _post(services, site, "The cycle lane on Mill Road works well.")
    with services.store.write() as conn:
        other, _ = story_store.upsert(conn, site.site.id, "story-2", title="Another")
    elsewhere = _post(services, site, "A comment on another story.", story_id=other.id)
    ana = _reader(services, site, "ana")
    with services.store.write() as conn:
        for comment in (first, elsewhere):
            like_store.add(conn, comment, ana)
    with services.store.read() as conn:
        assert like_store.mine(conn, ana, story_id=site.story_id) == {first}
        assert like_store.mine(conn, ana, story_id=other.id) == {elsewhere}
        assert like_store.mine(conn, ana, comment_ids=[first, second, elsewhere]) == {
            first,
            elsewhere,
        }
        assert like_store.mine(conn, ana, comment_ids=[]) == set()
        with pytest.raises(TypeError):
            like_store.mine(conn, ana)
        assert [like.comment_id for like in like_store.of_author(conn, ana)] == [first, elsewhere]


def test_erasing_a_readers_likes_corrects_every_count(services: Services, site: SiteKeys) -> None:
    ids = [_post(services, site, f"Point {i} about the timetable.") for i in range(3)]
    ana, bob = _reader(services, site, "ana"), _reader(services, site, "bob")
    with services.store.write() as conn:
        for comment in ids:
            like_store.add(conn, comment, ana)
        like_store.add(conn, ids[0], bob)
    with services.store.write() as conn:
        assert like_store.erase(conn, ana) == 3
        assert like_store.erase(conn, ana) == 0
    counts = _counts_agree(services)
    assert [counts[i] for i in ids] == [1, 0, 0]


def test_the_same_like_sent_at_once_counts_once(services: Services, site: SiteKeys) -> None:
    """Sixteen copies of one reader's like and one like from each of sixteen readers,
    all at once: the counts are 1 and 16, and agree with the rows."""
    comment = _post(services, site, "Buses every ten minutes would change everything.")
    crowd = _post(services, site, "The survey asked the wrong question.")
    readers = [_reader(services, site, f"r{i}") for i in range(16)]

    def like(comment_id: int, author_id: int) -> bool:
        with services.store.write() as conn:
            return like_store.add(conn, comment_id, author_id)

    with ThreadPoolExecutor(8) as pool:
        same = list(pool.map(lambda _: like(comment, readers[0]), range(16)))
        many = list(pool.map(lambda r: like(crowd, r), readers))
    assert sum(same) == 1 and all(many)
    counts = _counts_agree(services)
    assert (counts[comment], counts[crowd]) == (1, 16)

    def unlike(author_id: int) -> bool:
        with services.store.write() as conn:
            return like_store.remove(conn, crowd, author_id)

    with ThreadPoolExecutor(8) as pool:
        gone = list(pool.map(unlike, readers[:8] * 2))
    assert sum(gone) == 8
    assert _counts_agree(services)[crowd] == 8
