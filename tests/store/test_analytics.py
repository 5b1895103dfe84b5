"""The moderators' work: who decided what, and how long comments waited for them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from commentdesk import actions
from commentdesk.services import Services
from commentdesk.store.analytics import moderation_work
from tests.conftest import SiteKeys

LINK = "The figures are here: http://example.com/figures-{n}"  # held for a moderator


def _held(services: Services, site: SiteKeys, n: int, ago: timedelta) -> int:
    new = actions.NewComment(
        site.story_id, LINK.format(n=n), author_external_id=f"u{n}",
        created_at=datetime.now(UTC) - ago,
    )
    result = actions.submit(services, site.site.id, new)
    assert result.comment.status.value == "held"
    return result.comment.id


def test_decisions_per_moderator_and_how_long_comments_waited(
    services: Services, site: SiteKeys
) -> None:
    waits = [timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2), timedelta(hours=9)]
    ids = [_held(services, site, n, ago) for n, ago in enumerate(waits)]
    sid = site.site.id
    actions.decide(services, sid, ids[:3], "approve", actor="user:ana")
    actions.decide(services, sid, ids[3:], "hold", actor="user:bob")  # still waiting
    actions.decide(services, sid, ids[3:], "reject", actor="user:bob")  # now it ends
    actions.decide(services, sid, ids[:1], "reject", actor="user:bob")  # a second look
    published = actions.submit(
        services, sid, actions.NewComment(site.story_id, "Thanks for the timetable.")
    ).comment
    actions.decide(services, sid, [published.id], "reject", actor="user:ana")  # never waited

    now = datetime.now(UTC)
    with services.store.read() as conn:
        work = moderation_work(conn, sid, now - timedelta(days=1), now + timedelta(minutes=1))
        nothing = moderation_work(conn, sid, now - timedelta(days=9), now - timedelta(days=8))
    by = {m.actor: m for m in work.moderators}
    assert (by["user:ana"].approved, by["user:ana"].rejected, by["user:ana"].total) == (3, 1, 4)
    assert (by["user:bob"].held, by["user:bob"].rejected) == (1, 2)
    assert [m.actor for m in work.moderators] == ["user:ana", "user:bob"]  # busiest first
    # The four that waited, each once, ended by a publishing or a rejection; the
    # comment that never waited and the second look do not count.
    assert len(work.waits_s) == 4
    for waited, expected in zip(sorted(work.waits_s), waits, strict=True):
        assert abs(waited - expected.total_seconds()) < 60
    median = work.wait_percentile(0.5)
    assert median is not None and abs(median - 2 * 3600) < 60
    assert nothing.moderators == [] and nothing.wait_percentile(0.5) is None
