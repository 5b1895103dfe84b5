"""Rescoring stored comments with the current model: what would change, and applying it.

A dry run scores every comment again, decides it again under the site's
current policy and counts how decisions would move; nothing is written.
``apply=True`` writes the new scores and decisions, one transaction per batch,
with an audit row per comment (actor: the system, action "rescore"), except
for a comment whose stored decision it repeats exactly (the same model, policy,
status and reasons): a second run writes nothing, so the audit log records
decisions, not reruns.
A moderator's decision, a state kept from an imported archive, and a comment
the newsroom wrote are human judgements: their scores are refreshed but their
status never changes. A comment the scorer cannot score is left exactly as
it is (fail closed).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy.engine import Connection

from commentdesk import actions
from commentdesk.actions import policy_for
from commentdesk.domain import Author, Comment, Decision, Reason, ScoreResult, Story
from commentdesk.policy import Policy, Submission
from commentdesk.services import Services
from commentdesk.store import HistoryBefore, rows
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store import stories as story_store

BATCH = 256
EXAMPLES = 5
KEPT_RULES = ("imported", "moderator")


@dataclass(frozen=True)
class Change:
    comment_id: int
    old: str
    new: str
    rule: str | None
    text: str


@dataclass
class RescoreReport:
    model_version: str | None = None
    examined: int = 0
    rescored: int = 0
    unscored: int = 0  # scorer failed: left untouched
    kept: int = 0  # human decisions: scores refreshed, status kept
    unchanged: int = 0  # decided again exactly as stored: nothing to write
    applied: bool = False
    previous_models: Counter[str] = field(default_factory=Counter)
    changes: Counter[str] = field(default_factory=Counter)  # "held->approved": n
    examples: dict[str, list[Change]] = field(default_factory=dict)

    @property
    def changed(self) -> int:
        return sum(self.changes.values())


Progress = Callable[[int], None]


def rescore(
    services: Services,
    site_id: int | None,
    since: datetime | None,
    apply: bool,
    *,
    progress: Progress | None = None,
) -> RescoreReport:
    """Score stored comments again and decide them again; write only when ``apply``."""
    report = RescoreReport(applied=apply)
    # One read snapshot walks the comments (keyset pages); WAL lets writes go on beside it.
    with services.store.read() as reader:
        for batch in _batches(comment_store.iterate(reader, site_id, since, batch=BATCH)):
            scores = services.score_safely([c.body for c in batch])
            with services.store.write() if apply else nullcontext(reader) as conn:
                context = _Context(conn)
                for comment, score in zip(batch, scores, strict=True):
                    _one(services, conn, context, report, comment, score, apply)
            if progress is not None:
                progress(len(batch))
    return report


def _batches(comments: Iterator[Comment]) -> Iterator[list[Comment]]:
    batch: list[Comment] = []
    for comment in comments:
        batch.append(comment)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class _Context:
    """Stories, authors and policies met within one batch."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.stories: dict[int, Story] = {}
        self.policies: dict[int, Policy] = {}
        self.authors: dict[int, Author | None] = {}

    def story(self, comment: Comment) -> Story:
        if comment.story_id not in self.stories:
            story = story_store.get(self.conn, comment.site_id, comment.story_id)
            assert story is not None
            self.stories[comment.story_id] = story
            self.policies[comment.story_id] = policy_for(self.conn, comment.site_id, story)
        return self.stories[comment.story_id]

    def author(self, comment: Comment) -> Author | None:
        if comment.author_id is None:
            return None
        if comment.author_id not in self.authors:
            self.authors[comment.author_id] = author_store.get(
                self.conn, comment.site_id, comment.author_id
            )
        return self.authors[comment.author_id]


def _is_kept(conn: Connection, comment: Comment) -> bool:
    if comment.staff_name or comment_store.moderator_status(conn, comment.id) is not None:
        return True
    return any(r.rule in KEPT_RULES for r in comment.reasons)


def _one(
    services: Services,
    conn: Connection,
    context: _Context,
    report: RescoreReport,
    comment: Comment,
    score: ScoreResult | None,
    apply: bool,
) -> None:
    report.examined += 1
    if score is None:
        report.unscored += 1
        return
    report.rescored += 1
    report.model_version = score.model_version
    report.previous_models[comment.model_version or "none"] += 1
    if _is_kept(conn, comment):
        report.kept += 1
        if apply and comment.model_version != score.model_version:
            comment_store.record_scores(conn, comment.id, score)
        return
    story = context.story(comment)
    decision = context.policies[story.id].decide(
        Submission(
            text=comment.body,
            story=story,
            author=context.author(comment),
            score=score,
            now=comment.created_at or services.now(),
            history=HistoryBefore(conn, comment),
        )
    )
    if decision.status is not comment.status:
        _count_change(report, comment, decision)
    if _as_stored(comment, score, decision):
        report.unchanged += 1
    elif apply:
        _write(conn, comment, score, decision)


def _as_stored(comment: Comment, score: ScoreResult, decision: Decision) -> bool:
    """The stored decision is this one: the same model, policy, status and reasons."""
    if (comment.model_version, comment.policy_version, comment.status) != (
        score.model_version, decision.policy_version, decision.status
    ):
        return False
    # Reasons compared as they are stored (JSON), where tuples became lists.
    return _plain(comment.reasons) == _plain(decision.reasons)


def _plain(reasons: list[Reason]) -> object:
    return json.loads(json.dumps([rows.reason_to_json(r) for r in reasons], default=str))


def _count_change(report: RescoreReport, comment: Comment, decision: Decision) -> None:
    kind = f"{comment.status.value}->{decision.status.value}"
    report.changes[kind] += 1
    examples = report.examples.setdefault(kind, [])
    if len(examples) < EXAMPLES:
        decisive = decision.decisive
        examples.append(
            Change(
                comment.id,
                comment.status.value,
                decision.status.value,
                decisive.rule if decisive else None,
                comment.body[:200],
            )
        )


def _write(conn: Connection, comment: Comment, score: ScoreResult, decision: Decision) -> None:
    comment_store.record_scores(conn, comment.id, score)
    actions.transition(
        conn,
        comment,
        replace(decision, model_version=score.model_version),
        actor=None,
        action="rescore",
        old_state=comment.status.value,
        by_moderator=False,
    )
