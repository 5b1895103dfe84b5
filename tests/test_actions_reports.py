"""Readers' reports: counted per reporter, told to the newsroom, and (where a site
opts in) holding a comment many readers flag until a moderator looks."""

from __future__ import annotations

import pytest

from commentdesk import actions
from commentdesk.domain import ATTRIBUTES, CommentStatus, ScoreResult
from commentdesk.errors import NotFound
from commentdesk.services import Services
from commentdesk.store import audit as audit_store
from commentdesk.store import comments as comment_store
from commentdesk.store import outbox as outbox_store
from commentdesk.store import sites as site_store
from commentdesk.store import stories as story_store
from tests.conftest import SiteKeys

CLEAN = ScoreResult(scores=dict.fromkeys(ATTRIBUTES, 0.01), spans={}, model_version="test")


def _published(services: Services, site: SiteKeys, body: str = "The fares rise in May.") -> int:
    new = actions.NewComment(site.story_id, body, author_external_id="writer", score=CLEAN)
    result = actions.submit(services, site.site.id, new)
    assert result.comment.status is CommentStatus.APPROVED
    return result.comment.id


def _set(services: Services, site: SiteKeys, **values: object) -> None:
    with services.store.write() as conn:
        site_store.update(conn, site.site.id, **values)


def _status(services: Services, site: SiteKeys, comment_id: int) -> CommentStatus:
    with services.store.read() as conn:
        found = comment_store.get(conn, site.site.id, comment_id)
    assert found is not None
    return found.status


def test_reports_hold_only_where_the_site_opts_in(services: Services, site: SiteKeys) -> None:
    comment = _published(services, site)
    for n in range(5):
        actions.report(services, site.site.id, comment, "I disagree", f"ip:reader-{n}")
    # No threshold set: five readers' reports change nothing but the queue.
    assert _status(services, site, comment) is CommentStatus.APPROVED


def test_enough_different_reporters_hold_a_comment_until_a_moderator_looks(
    services: Services, site: SiteKeys
) -> None:
    _set(services, site, reports_to_hold=3)
    comment = _published(services, site)
    # One reader reporting again and again is one reporter.
    for _ in range(4):
        actions.report(services, site.site.id, comment, "rude", "ip:same-reader")
    actions.report(services, site.site.id, comment, "rude", "ip:second-reader")
    assert _status(services, site, comment) is CommentStatus.APPROVED
    actions.report(services, site.site.id, comment, "rude", "ip:third-reader")
    assert _status(services, site, comment) is CommentStatus.HELD
    with services.store.read() as conn:
        trail = audit_store.trail(conn, site.site.id, "comment", comment)
        story = story_store.get(conn, site.site.id, site.story_id)
    held = trail[-1]
    assert held.action == "reports" and held.actor is None  # the system, not a person
    assert held.old_state == "approved" and held.new_state == "held"
    assert held.reasons[0]["rule"] == actions.REPORTS_RULE
    assert "3 readers" in held.reasons[0]["message"]
    assert story is not None and story.comment_count == 0  # out of the published count
    # Held, it is no longer there for readers to report.
    with pytest.raises(NotFound):
        actions.report(services, site.site.id, comment, "rude", "ip:fourth-reader")

    # A moderator's decision stands: reports do not hold it again.
    actions.decide(services, site.site.id, [comment], "approve", actor="moderator:1")
    for n in range(5):
        actions.report(services, site.site.id, comment, "rude", f"ip:later-{n}")
    assert _status(services, site, comment) is CommentStatus.APPROVED


def test_the_newsroom_hears_of_each_report(services: Services, site: SiteKeys) -> None:
    _set(services, site, webhook_urls=["http://127.0.0.1:9/hook"])
    comment = _published(services, site, "The fares rise in June.")
    actions.report(services, site.site.id, comment, "spam link", "ip:a")
    actions.report(services, site.site.id, comment, "spam again", "ip:a")
    with services.store.read() as conn:
        sent = [
            m for m in outbox_store.pending(conn, site.site.id)
            if m["event"] == actions.REPORT_EVENT
        ]
    assert [m["payload"] for m in sent] == [
        {"comment_id": comment, "story_id": site.story_id, "reports": 1, "reporters": 1,
         "reason": "spam link"},
        {"comment_id": comment, "story_id": site.story_id, "reports": 2, "reporters": 1,
         "reason": "spam again"},
    ]
