"""The intake: many waiting submissions, batched, each answered with its own comment."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from commentdesk import actions
from commentdesk.errors import NotFound
from commentdesk.intake import Intake
from commentdesk.services import Services
from commentdesk.store import audit as audit_store
from commentdesk.store import comments as comment_store
from tests.conftest import SiteKeys

CIVIL = "The council should publish the full costings before the vote"


def test_concurrent_submissions_are_each_stored_and_answered(
    services: Services, site: SiteKeys
) -> None:
    intake = Intake(services, max_batch=8)
    start = threading.Barrier(24)

    def submit(n: int) -> actions.SubmitResult | Exception:
        if n < 24:
            start.wait()
        story = site.story_id if n % 10 else 10**9  # every tenth refused: no such story
        try:
            return intake.submit(site.site.id, actions.NewComment(story, f"{CIVIL} ({n})."))
        except NotFound as err:
            return err

    try:
        with ThreadPoolExecutor(max_workers=24) as pool:
            outcomes = list(pool.map(submit, range(60)))
    finally:
        intake.close()
    for n, outcome in enumerate(outcomes):
        if n % 10 == 0:
            assert isinstance(outcome, NotFound)
            continue
        assert isinstance(outcome, actions.SubmitResult) and outcome.created
        assert outcome.comment.body == f"{CIVIL} ({n})."
        # Acknowledged means committed, with its audit row.
        with services.store.read() as conn:
            stored = comment_store.get(conn, site.site.id, outcome.comment.id)
            trail = audit_store.trail(conn, site.site.id, "comment", outcome.comment.id)
        assert stored is not None and stored.body == outcome.comment.body
        assert [e.action for e in trail] == ["submit"]


def test_a_failed_batch_fails_its_waiters_and_the_intake_goes_on(
    services: Services, site: SiteKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    intake = Intake(services)
    real_submit = actions.submit_batch
    calls = 0

    def failing_once(
        svc: Services, items: list[tuple[int, actions.NewComment]]
    ) -> list[actions.SubmitResult | Exception]:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("database went away")
        return real_submit(svc, items)

    monkeypatch.setattr(actions, "submit_batch", failing_once)
    try:
        with pytest.raises(RuntimeError, match="went away"):
            intake.submit(site.site.id, actions.NewComment(site.story_id, CIVIL + " (1)."))
        result = intake.submit(site.site.id, actions.NewComment(site.story_id, CIVIL + " (2)."))
    finally:
        intake.close()
    assert result.created and result.comment.body == CIVIL + " (2)."
