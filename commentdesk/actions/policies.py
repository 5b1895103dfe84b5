"""Which policy applies, setting one, and knowing a change's effect before making it."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime

from sqlalchemy.engine import Connection

from commentdesk.domain import (
    Author,
    Comment,
    CommentStatus,
    ScoreResult,
    Story,
)
from commentdesk.errors import InvalidInput
from commentdesk.policy import Policy, PolicyError, default_policy
from commentdesk.policy.backtest import BacktestCase, BacktestReport
from commentdesk.policy.backtest import backtest as run_backtest
from commentdesk.policy.calibration import CalibrationReport
from commentdesk.policy.calibration import calibrate as run_calibrate
from commentdesk.services import Services
from commentdesk.store import audit as audit_store
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store import policies as policy_store
from commentdesk.store import stories as story_store


def policy_for(conn: Connection, site_id: int, story: Story | None) -> Policy:
    """The site's policy, with its section's and then its story's overrides applied."""
    current = policy_store.current_many(conn, site_id, _scopes(story))
    return policy_from(story, {scope: stored.document for scope, stored in current.items()})


def policy_from(story: Story | None, documents: Mapping[str, str]) -> Policy:
    """:func:`policy_for` from documents already read, keyed by scope (stories.get_with_site)."""
    return _compose(tuple(documents.get(scope) for scope in _scopes(story)))


def _scopes(story: Story | None) -> list[str]:
    scopes = [policy_store.SITE_SCOPE]
    if story is not None:
        if story.section:
            scopes.append(policy_store.section_scope(story.section))
        scopes.append(policy_store.story_scope(story.id))
    return scopes


@functools.lru_cache(maxsize=256)
def _compose(documents: tuple[str | None, ...]) -> Policy:
    """Parsing YAML costs milliseconds; the same documents always give the same policy."""
    site_document, *overrides = documents
    policy = (
        Policy.from_yaml(site_document, source="site policy") if site_document else default_policy()
    )
    for override in overrides:
        if override is not None:
            policy = policy.with_override(override)
    return policy


def set_policy(
    services: Services,
    site_id: int,
    document: str,
    *,
    scope: str = policy_store.SITE_SCOPE,
    actor: str | None = None,
) -> policy_store.StoredPolicy:
    """Validate and store a new version; decisions already made keep their version."""
    if not policy_store.is_scope(scope):
        raise InvalidInput("scope must be 'site', 'section:NAME' or 'story:ID'", field="scope")
    try:
        if scope == policy_store.SITE_SCOPE:
            policy = Policy.from_yaml(document, source="policy")
        else:
            with services.store.read() as conn:
                policy = policy_for(conn, site_id, None).with_override(document)
    except PolicyError as err:
        raise InvalidInput(str(err), field="document") from err
    with services.store.write() as conn:
        stored = policy_store.save(conn, site_id, scope, policy.version, document, actor)
        audit_store.append(
            conn,
            site_id=site_id,
            subject_type="policy",
            subject_id=stored.id,
            action="set_policy",
            actor=actor,
            old_state=None,
            new_state=policy.version,
            reasons=[{"scope": scope}],
            policy_version=policy.version,
        )
    return stored


def stored_cases(
    services: Services, site_id: int, since: datetime | None = None, batch: int = 500
) -> Iterator[BacktestCase]:
    """Stored comments with their recorded and moderator decisions, for backtests.

    The recorded decision is the policy's own (from the audit log), not a
    moderator's override; authors are as they stand today.
    """
    stories: dict[int, Story | None] = {}
    authors: dict[int, Author | None] = {}
    with services.store.read() as conn:
        page: list[Comment] = []
        for comment in comment_store.iterate(conn, site_id, since, batch=batch):
            page.append(comment)
            if len(page) >= batch:
                yield from _cases(conn, site_id, page, stories, authors)
                page = []
        yield from _cases(conn, site_id, page, stories, authors)


def _cases(
    conn: Connection,
    site_id: int,
    page: list[Comment],
    stories: dict[int, Story | None],
    authors: dict[int, Author | None],
) -> Iterator[BacktestCase]:
    system = audit_store.system_decisions(conn, [c.id for c in page])
    finals = comment_store.moderator_statuses(conn, [c.id for c in page])
    for c in page:
        if c.story_id not in stories:
            stories[c.story_id] = story_store.get(conn, site_id, c.story_id)
        if c.author_id is not None and c.author_id not in authors:
            authors[c.author_id] = author_store.get(conn, site_id, c.author_id)
        story = stories[c.story_id]
        if story is None:
            continue
        score = (
            ScoreResult(c.scores, c.spans, c.model_version or "")
            if c.scores and c.model_version
            else None
        )
        yield BacktestCase(
            comment_id=c.id,
            text=c.body,
            story=story,
            author=authors.get(c.author_id) if c.author_id is not None else None,
            score=score,
            recorded_status=CommentStatus(system.get(c.id, c.status.value)),
            moderator_status=finals.get(c.id),
            created_at=c.created_at or services_epoch(),
        )


def services_epoch() -> datetime:
    return datetime(1970, 1, 1, tzinfo=UTC)


def backtest(
    services: Services, site_id: int, document: str, since: datetime | None = None
) -> BacktestReport:
    """What a candidate policy would do to the archive; changes nothing."""
    try:
        candidate = Policy.from_yaml(document, source="candidate policy")
    except PolicyError as err:
        raise InvalidInput(str(err), field="document") from err
    return run_backtest(candidate, stored_cases(services, site_id, since))


def calibrate(
    services: Services, site_id: int, target_precision: float, since: datetime | None = None
) -> CalibrationReport:
    if not 0 < target_precision <= 1:
        raise InvalidInput("target precision must be above 0 and at most 1", field="target")
    return run_calibrate(stored_cases(services, site_id, since), target_precision)
