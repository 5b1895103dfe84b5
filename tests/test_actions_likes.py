"""Readers like comments: the rules of `actions.like` and `actions.unlike`, on both databases."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from commentdesk import actions
from commentdesk.domain import ATTRIBUTES, ScoreResult
from commentdesk.errors import Conflict, Forbidden, NotFound
from commentdesk.services import Services
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store.schema import audit_log, authors
from tests.conftest import SiteKeys, create_site

CLEAN = ScoreResult(scores=dict.fromkeys(ATTRIBUTES, 0.01), spans={}, model_version="test")
RUDE = ScoreResult(scores=dict.fromkeys(ATTRIBUTES, 0.995), spans={}, model_version="test")


def _post(
    services: Services,
    site: SiteKeys,
    body: str,
    author: str = "writer",
    score: ScoreResult = CLEAN,
) -> int:
    new = actions.NewComment(
        story_id=site.story_id, body=body, author_external_id=author, score=score
    )
    return actions.submit(services, site.site.id, new).comment.id


def _audit_rows(services: Services) -> int:
    with services.store.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(audit_log)).scalar_one())


def test_liking_is_once_per_reader_and_leaves_no_audit_row(
    services: Services, site: SiteKeys
) -> None:
    comment = _post(services, site, "The new timetable suits early shifts.")
    audited = _audit_rows(services)
    sid = site.site.id
    assert actions.like(services, sid, comment, "ana", "Ana") == actions.LikeResult(
        comment, True, 1
    )
    assert actions.like(services, sid, comment, "ana", "Ana").likes == 1
    assert actions.like(services, sid, comment, "bob").likes == 2
    assert actions.unlike(services, sid, comment, "ana") == actions.LikeResult(comment, False, 1)
    assert actions.unlike(services, sid, comment, "ana").likes == 1
    # Someone who never liked anything (nor posted) changes nothing, and gets no record.
    assert actions.unlike(services, sid, comment, "nobody").likes == 1
    with services.store.read() as conn:
        assert author_store.by_external_id(conn, sid, "nobody") is None
        # A reader who only likes gets a record, under the host's name for them.
        ana = author_store.by_external_id(conn, sid, "ana")
        assert ana is not None and ana.display_name == "Ana"
        shown = comment_store.get(conn, sid, comment)
        assert shown is not None and shown.like_count == 1
    assert _audit_rows(services) == audited


def test_a_reader_cannot_like_their_own_comment(services: Services, site: SiteKeys) -> None:
    comment = _post(services, site, "My own view on the depot.", author="ana")
    with pytest.raises(Conflict, match="your own comment"):
        actions.like(services, site.site.id, comment, "ana")
    assert actions.unlike(services, site.site.id, comment, "ana").likes == 0


def test_only_a_published_comment_of_the_site_can_be_liked(
    services: Services, site: SiteKeys
) -> None:
    held = _post(services, site, "You are a worthless idiot.", score=RUDE)
    with services.store.read() as conn:
        found = comment_store.get(conn, site.site.id, held)
        assert found is not None and found.status.value != "approved"
    with pytest.raises(NotFound):
        actions.like(services, site.site.id, held, "ana")
    other = create_site(services)
    theirs = _post(services, other, "A comment on another newsroom's story.")
    with pytest.raises(NotFound):
        actions.like(services, site.site.id, theirs, "ana")
    with pytest.raises(NotFound):
        actions.unlike(services, site.site.id, theirs, "ana")
    with pytest.raises(NotFound):
        actions.like(services, site.site.id, 10**9, "ana")
    assert actions.like(services, other.site.id, theirs, "ana").likes == 1


def test_a_comment_that_leaves_the_thread_keeps_its_likes_and_takes_no_more(
    services: Services, site: SiteKeys
) -> None:
    comment = _post(services, site, "The bridge repairs took two years.")
    actions.like(services, site.site.id, comment, "ana")
    actions.decide(services, site.site.id, [comment], "reject", actor="key:moderator")
    with pytest.raises(NotFound):
        actions.like(services, site.site.id, comment, "bob")
    # Taking a like back is the reader's own business, whatever became of the comment.
    assert actions.unlike(services, site.site.id, comment, "ana").likes == 0


@pytest.mark.parametrize("standing", ["ban", "suspend"])
def test_a_banned_or_suspended_reader_cannot_like(
    services: Services, site: SiteKeys, standing: str
) -> None:
    comment = _post(services, site, "Fares should be capped for pensioners.")
    actions.like(services, site.site.id, comment, "ana")
    with services.store.read() as conn:
        ana = author_store.by_external_id(conn, site.site.id, "ana")
    assert ana is not None
    actions.act_on_author(
        services, site.site.id, ana.id, actions.AuthorAction(standing), actor="key:moderator"
    )
    other = _post(services, site, "And for students too.")
    with pytest.raises(Forbidden, match="cannot like"):
        actions.like(services, site.site.id, other, "ana")
    assert actions.unlike(services, site.site.id, comment, "ana").likes == 0


def test_a_lapsed_suspension_no_longer_stops_a_like(services: Services, site: SiteKeys) -> None:
    comment = _post(services, site, "The night bus should run on Sundays.")
    with services.store.write() as conn:
        ana = author_store.ensure(conn, site.site.id, "ana", "Ana")
        # Suspended until an hour ago: set directly, as a suspension cannot start in the past.
        conn.execute(
            authors.update()
            .where(authors.c.id == ana.id)
            .values(status="suspended", suspended_until=services.now() - timedelta(hours=1))
        )
    assert actions.like(services, site.site.id, comment, "ana").likes == 1


def test_reader_likes_lists_their_likes_and_their_own_comments(
    services: Services, site: SiteKeys
) -> None:
    mine = _post(services, site, "I wrote this one about parking.", author="ana")
    liked = _post(services, site, "Parking fees fund the buses.")
    _post(services, site, "Nobody liked this one.")
    _post(services, site, "You are a worthless idiot.", author="ana", score=RUDE)
    actions.like(services, site.site.id, liked, "ana")
    found = actions.reader_likes(services, site.site.id, site.story_id, "ana")
    assert found == actions.ReaderLikes(liked=[liked], own=[mine])
    stranger = actions.reader_likes(services, site.site.id, site.story_id, "stranger")
    assert stranger == actions.ReaderLikes([], [])
