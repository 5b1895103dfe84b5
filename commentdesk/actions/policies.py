"""Which policy applies, setting one, and knowing a change's effect before making it."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import replace
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
            Policy.from_yaml(document, source="policy")
        with services.store.read() as conn:
            policy = _composed_with(conn, site_id, scope, document)
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


def _composed_with(conn: Connection, site_id: int, scope: str, document: str) -> Policy:
    """The policy ``document`` makes at ``scope``, composed as live decisions compose it.

    Every override stored beneath it must still apply on top: a site policy that
    drops the rule a section's override adjusts would leave every comment on that
    section's stories without a policy to decide it.
    """
    documents = _documents(conn, site_id)
    documents[scope] = document
    own = _chain(conn, site_id, scope)
    policy = _compose(tuple(documents.get(s) for s in own))
    for chain in (_chain(conn, site_id, other) for other in documents):
        if scope not in chain or chain == own:
            continue
        try:
            _compose(tuple(documents.get(s) for s in chain))
        except PolicyError as err:
            problem = f"the {chain[-1]} policy would no longer apply: {err.problem}"
            raise PolicyError(problem, err.line, err.source) from err
    return policy


def _documents(conn: Connection, site_id: int) -> dict[str, str]:
    stored = policy_store.current_many(conn, site_id, policy_store.scopes(conn, site_id))
    return {scope: found.document for scope, found in stored.items()}


def _chain(conn: Connection, site_id: int, scope: str) -> list[str]:
    """The scopes whose documents make the policy at ``scope``, site first (`policy_for`)."""
    if scope == policy_store.SITE_SCOPE:
        return [scope]
    if scope.startswith(policy_store.STORY_PREFIX):
        number = scope.removeprefix(policy_store.STORY_PREFIX)
        story = story_store.get(conn, site_id, int(number)) if number.isdigit() else None
        if story is not None and policy_store.story_scope(story.id) == scope:
            return _scopes(story)
    return [policy_store.SITE_SCOPE, scope]


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
        if story is None or c.staff_name is not None:
            # The newsroom's own comments never pass through a policy (see submit).
            continue
        score = (
            ScoreResult(c.scores, c.spans, c.model_version or "")
            if c.scores and c.model_version
            else None
        )
        yield BacktestCase(
            comment_id=c.id,
            text=c.body,
            # Closed since, perhaps, but it took the comment: story-closed never fired.
            story=replace(story, is_open=True),
            author=authors.get(c.author_id) if c.author_id is not None else None,
            score=score,
            recorded_status=CommentStatus(system.get(c.id, c.status.value)),
            moderator_status=finals.get(c.id),
            created_at=c.created_at or services_epoch(),
        )


def services_epoch() -> datetime:
    return datetime(1970, 1, 1, tzinfo=UTC)


def backtest(
    services: Services,
    site_id: int,
    document: str,
    since: datetime | None = None,
    examples: int = 3,
) -> BacktestReport:
    """What a candidate policy would do to the archive; changes nothing."""
    try:
        candidate = Policy.from_yaml(document, source="candidate policy")
    except PolicyError as err:
        raise InvalidInput(str(err), field="document") from err
    with services.store.read() as conn:
        overrides = _documents(conn, site_id)

    def live(story: Story) -> Policy:
        # What saving the candidate would decide: its sections' and stories' overrides on top.
        chain = (document, *(overrides.get(scope) for scope in _scopes(story)[1:]))
        try:
            return _compose(chain)
        except PolicyError as err:
            problem = f"the overrides for story {story.id} would no longer apply: {err}"
            raise InvalidInput(problem, field="document") from err

    cases = stored_cases(services, site_id, since)
    return run_backtest(candidate, cases, examples, policy_for=live)


def calibrate(
    services: Services, site_id: int, target_precision: float, since: datetime | None = None
) -> CalibrationReport:
    if not 0 < target_precision <= 1:
        raise InvalidInput("target precision must be above 0 and at most 1", field="target")
    return run_calibrate(stored_cases(services, site_id, since), target_precision)
