"""What is kept only for a while goes; what is still needed stays."""

from __future__ import annotations

import time
from datetime import timedelta

import sqlalchemy as sa

from commentdesk import actions, housekeeping
from commentdesk.services import Services
from commentdesk.store import events as event_store
from commentdesk.store import outbox as outbox_store
from commentdesk.store.schema import events, outbox
from tests.conftest import SiteKeys


def test_old_events_and_finished_webhooks_go_waiting_ones_stay(
    services: Services, site: SiteKeys
) -> None:
    now = services.now()
    comment = actions.submit(
        services,
        site.site.id,
        actions.NewComment(site.story_id, "The bridge closure was announced with no notice."),
    ).comment
    sid = site.site.id
    with services.store.write() as conn:
        conn.execute(events.delete())
        for age_h in (48, 25, 2):
            event_store.publish(conn, sid, site.story_id, "approved", comment.id)
            conn.execute(
                sa.update(events)
                .where(events.c.id == sa.select(sa.func.max(events.c.id)).scalar_subquery())
                .values(created_at=now - timedelta(hours=age_h))
            )
        conn.execute(outbox.delete())
        for state, age_days in (("delivered", 40), ("failed", 40), ("delivered", 3), ("due", 40)):
            outbox_store.enqueue(conn, sid, ["https://hooks.example/x"], state, {"n": 1})
            stamp = now - timedelta(days=age_days)
            values = {"created_at": stamp, "next_attempt_at": stamp}
            if state != "due":
                values[f"{state}_at"] = stamp
            last = sa.select(sa.func.max(outbox.c.id)).scalar_subquery()
            conn.execute(sa.update(outbox).where(outbox.c.id == last).values(**values))

    pruned = housekeeping.prune(services, now)

    assert pruned == housekeeping.Pruned(events=2, webhooks=2)
    with services.store.read() as conn:
        kept = [e.kind for e in event_store.since(conn, site.story_id, 0)]
        waiting = [m["event"] for m in outbox_store.pending(conn, sid)]
    assert kept == ["approved"]
    assert sorted(waiting) == ["delivered", "due"]  # the recent delivery and the one not yet sent
    assert housekeeping.prune(services, now) == housekeeping.Pruned(0, 0)


def test_every_process_prunes_in_the_background(services: Services, site: SiteKeys) -> None:
    with services.store.write() as conn:
        event_store.publish(conn, site.site.id, site.story_id, "removed", 1)
        conn.execute(sa.update(events).values(created_at=services.now() - timedelta(days=3)))
    keeper = housekeeping.Housekeeper(services, interval_s=0.05)
    keeper.start()
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with services.store.read() as conn:
                if not event_store.since(conn, site.story_id, 0):
                    break
            time.sleep(0.05)
        with services.store.read() as conn:
            assert event_store.since(conn, site.story_id, 0) == []
    finally:
        keeper.stop()
    assert not keeper._thread.is_alive()


def test_address_hashes_are_cleared_after_the_keeping_days(
    services: Services, site: SiteKeys
) -> None:
    from commentdesk.store import comments as comment_store

    now = services.now()
    ages = [40, 31, 29, 1]
    ids = [
        actions.submit(
            services,
            site.site.id,
            actions.NewComment(
                site.story_id,
                f"Point {age}: the bridge closure was announced with no notice.",
                ip="203.0.113.9",
                created_at=now - timedelta(days=age),
            ),
        ).comment.id
        for age in ages
    ]
    from commentdesk.store.schema import reports

    with services.store.write() as conn:
        for age, reporter in ((40, "ip:abc"), (40, "key:cms"), (2, "ip:def")):
            comment_store.add_report(conn, site.site.id, ids[-1], "spam", reporter)
            conn.execute(
                sa.update(reports)
                .where(reports.c.id == sa.select(sa.func.max(reports.c.id)).scalar_subquery())
                .values(created_at=now - timedelta(days=age))
            )
        # In slices: a pass never holds the writers' lock for the whole backlog.
        assert comment_store.forget_addresses(conn, now - timedelta(days=30), limit=1) == 1
    assert housekeeping.prune(services, now).addresses == 2  # a comment, a report
    with services.store.read() as conn:
        kept = {i: comment_store.get(conn, site.site.id, i) for i in ids}
        reporters = [r["reporter"] for r in comment_store.reports_for(conn, ids[-1])]
    assert [kept[i].ip_hash is None for i in ids] == [True, True, False, False]  # type: ignore[union-attr]
    assert reporters == [None, "key:cms", "ip:def"]  # what they said stays
    assert housekeeping.prune(services, now).addresses == 0
