"""The intake: many waiting submissions, batched, each answered with its own comment."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import pytest
import sqlalchemy as sa

from commentdesk import actions
from commentdesk.errors import NotFound
from commentdesk.intake import Intake
from commentdesk.services import Services
from commentdesk.store import audit as audit_store
from commentdesk.store import comments as comment_store
from commentdesk.store.schema import comments
from tests.conftest import SiteKeys

T = TypeVar("T")

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

    outcomes = _from_threads(intake, submit, count=60, threads=24)
    _assert_answered(services, site, outcomes, refused_every=10, body="{CIVIL} ({n}).")


def _from_threads(
    intake: Intake, submit: Callable[[int], Any], count: int, threads: int
) -> list[Any]:
    """``submit(n)`` for n below ``count``, from ``threads`` threads at once; the intake
    is closed afterwards, whatever happened."""
    try:
        with ThreadPoolExecutor(max_workers=threads) as pool:
            return list(pool.map(submit, range(count)))
    finally:
        intake.close()


def _assert_answered(
    services: Services, site: SiteKeys, outcomes: list[Any], refused_every: int, body: str
) -> None:
    """Every ``refused_every``-th submission got its NotFound; each other one
    its own comment, committed with its audit row (acknowledged means stored)."""
    for n, outcome in enumerate(outcomes):
        if n % refused_every == 0:
            assert isinstance(outcome, NotFound)
            continue
        assert isinstance(outcome, actions.SubmitResult) and outcome.created
        assert outcome.comment.body == body.format(CIVIL=CIVIL, n=n)
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
        svc: Services, items: list[tuple[int, actions.NewComment]], admit: Any = None
    ) -> list[actions.SubmitResult | Exception]:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("database went away")
        return real_submit(svc, items, admit)

    monkeypatch.setattr(actions, "submit_batch", failing_once)
    try:
        with pytest.raises(RuntimeError, match="went away"):
            intake.submit(site.site.id, actions.NewComment(site.story_id, CIVIL + " (1)."))
        result = intake.submit(site.site.id, actions.NewComment(site.story_id, CIVIL + " (2)."))
    finally:
        intake.close()
    assert result.created and result.comment.body == CIVIL + " (2)."


def test_the_intake_counts_a_batch_against_its_limits_and_stores_only_the_admitted(
    services: Services, site: SiteKeys
) -> None:
    from commentdesk.web.ratelimit import RateLimiter, TooManyRequests

    limiter = RateLimiter(services.settings.replace(ip_rate="1000/minute", author_rate="3/minute"))
    asked: list[list[tuple[tuple[str, str], ...]]] = []

    def count(
        requests: list[tuple[tuple[str, str], ...]],
    ) -> list[Exception | None]:
        asked.append(requests)
        return limiter.refusals(requests)

    intake = Intake(services, max_batch=16, count=count)
    start = threading.Barrier(8)

    def submit(n: int) -> actions.SubmitResult | Exception:
        start.wait()
        new = actions.NewComment(
            site.story_id,
            f"{CIVIL} ({n}).",
            author_external_id="carol",
            author_name="Carol",
        )
        try:
            return intake.submit(
                site.site.id, new, limits=(("ip", "10.9.0.1"), ("author", "1:carol"))
            )
        except TooManyRequests as err:
            return err

    outcomes = _from_threads(intake, submit, count=8, threads=8)
    stored = [o for o in outcomes if isinstance(o, actions.SubmitResult)]
    refused = [o for o in outcomes if isinstance(o, TooManyRequests)]
    assert len(stored) == 3 and len(refused) == 5
    assert all(r.limit == "3 per 1 minute" and r.retry_after >= 1 for r in refused)
    # Each comment was counted once, whatever batch it fell in.
    assert sum(len(requests) for requests in asked) == 8
    # The refused comments were never stored.
    with services.store.read() as conn:
        bodies = conn.execute(
            sa.select(comments.c.body).where(comments.c.story_id == site.story_id)
        ).scalars()
        assert set(bodies) == {o.comment.body for o in stored}


def test_awaited_submissions_are_each_answered_on_their_loop(
    services: Services, site: SiteKeys
) -> None:
    intake = Intake(services, max_batch=8)

    async def submit_all() -> list[actions.SubmitResult | BaseException]:
        async def one(n: int) -> actions.SubmitResult:
            story = site.story_id if n % 5 else 10**9  # every fifth refused: no such story
            return await intake.submit_async(
                site.site.id, actions.NewComment(story, f"{CIVIL} (async {n}).")
            )

        return await asyncio.gather(*(one(n) for n in range(20)), return_exceptions=True)

    try:
        outcomes = _run_elsewhere(submit_all)
    finally:
        intake.close()
    _assert_answered(services, site, outcomes, refused_every=5, body="{CIVIL} (async {n}).")


def test_a_failed_batch_fails_its_awaiting_tasks_too(
    services: Services, site: SiteKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    intake = Intake(services)

    def broken(*_args: object, **_kwargs: object) -> list[object]:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(actions, "submit_batch", broken)

    async def submit() -> actions.SubmitResult:
        return await intake.submit_async(site.site.id, actions.NewComment(site.story_id, CIVIL))

    try:
        with pytest.raises(RuntimeError, match="went away"):
            _run_elsewhere(submit)
    finally:
        intake.close()


def _run_elsewhere(main: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """``asyncio.run(main())`` on a thread of its own: a test that ran before
    (a browser test, say) may have left an event loop running on this one."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(main())).result()


def test_limits_are_counted_while_scoring_until_one_refuses_then_first(
    services: Services, site: SiteKeys
) -> None:
    """The usual batch is counted against its limits while the scorer works;
    once a limit has refused a comment, batches are counted before the scorer
    starts, so a flood of refused comments is never scored."""
    from commentdesk.domain import ScoreResult
    from commentdesk.web.ratelimit import RateLimiter, TooManyRequests

    real = services.scorer
    scored: list[str] = []
    started, counted = threading.Event(), threading.Event()

    class RecordingScorer:
        """The packaged scorer, noting what it scores and waiting for the count."""

        version = real.version

        def score(self, texts: list[str]) -> list[ScoreResult]:
            scored.extend(texts)
            started.set()
            counted.wait(timeout=10)
            return real.score(texts)

    recording = Services(
        settings=services.settings, store=services.store, scorer_factory=RecordingScorer
    )
    limiter = RateLimiter(services.settings.replace(ip_rate="1000/minute", author_rate="2/minute"))
    scoring_when_counted: list[bool] = []

    def count(requests: list[tuple[tuple[str, str], ...]]) -> list[Exception | None]:
        scoring_when_counted.append(started.wait(timeout=1))
        counted.set()
        return limiter.refusals(requests)

    intake = Intake(recording, count=count)

    def submit(n: int) -> actions.SubmitResult | Exception:
        started.clear()
        counted.clear()
        new = actions.NewComment(site.story_id, f"{CIVIL} (dana {n}).", author_external_id="dana")
        try:
            return intake.submit(site.site.id, new, limits=(("author", "1:dana"),))
        except TooManyRequests as err:
            return err

    try:
        outcomes = [submit(n) for n in range(4)]
    finally:
        intake.close()
    assert [isinstance(o, actions.SubmitResult) for o in outcomes] == [True, True, False, False]
    # The scorer was at work when each of the first three batches was counted;
    # the third was refused, so the fourth was counted before scoring, and its
    # comment, refused too, was never scored.
    assert scoring_when_counted == [True, True, True, False]
    assert scored == [f"{CIVIL} (dana {n})." for n in range(3)]
