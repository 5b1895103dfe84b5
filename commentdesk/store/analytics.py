"""Thread health over a date range: per-story volume, outcomes, attribute mix and
reasons, and the moderators' work (who decided what, and how long comments waited).

Rows are read once and folded in Python: scores are JSON, which SQLite and
PostgreSQL query differently, and a newsroom's range is thousands of rows,
not millions.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from commentdesk.domain import ATTRIBUTES
from commentdesk.store import rows
from commentdesk.store.schema import audit_log, comments, stories

# A comment "carries" an attribute when the scorer puts it at or above this.
ATTRIBUTE_THRESHOLD = 0.5


@dataclass
class StoryHealth:
    story_id: int
    title: str
    section: str
    total: int = 0
    approved: int = 0
    held: int = 0
    rejected: int = 0
    attributes: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)

    @property
    def share_held(self) -> float:
        return self.held / self.total if self.total else 0.0

    @property
    def share_rejected(self) -> float:
        return self.rejected / self.total if self.total else 0.0

    def top_reasons(self, n: int = 3) -> list[tuple[str, int]]:
        return self.reasons.most_common(n)


@dataclass
class DayVolume:
    day: date
    approved: int = 0
    held: int = 0
    rejected: int = 0

    @property
    def total(self) -> int:
        return self.approved + self.held + self.rejected


@dataclass
class ThreadHealth:
    since: datetime
    until: datetime
    stories: list[StoryHealth]
    days: list[DayVolume]
    attributes: Counter[str]
    reasons: Counter[str]

    @property
    def total(self) -> int:
        return sum(s.total for s in self.stories)


def thread_health(
    conn: Connection,
    site_id: int,
    since: datetime,
    until: datetime,
    story_id: int | None = None,
) -> ThreadHealth:
    """Health of every story with comments posted in [since, until), busiest first."""
    query = (
        sa.select(
            comments.c.story_id,
            comments.c.status,
            comments.c.decisive_rule,
            comments.c.scores,
            comments.c.created_at,
            stories.c.title,
            stories.c.section,
        )
        .select_from(comments.join(stories, stories.c.id == comments.c.story_id))
        .where(
            comments.c.site_id == site_id,
            comments.c.created_at >= since,
            comments.c.created_at < until,
        )
    )
    if story_id is not None:
        query = query.where(comments.c.story_id == story_id)
    per_story: dict[int, StoryHealth] = {}
    days = {d: DayVolume(d) for d in _days(since, until)}
    for row in conn.execute(query):
        health = per_story.get(row.story_id)
        if health is None:
            health = per_story[row.story_id] = StoryHealth(row.story_id, row.title, row.section)
        _count(health, row.status, row.decisive_rule, row.scores or {})
        created = rows.aware(row.created_at)
        day = days.get(created.date()) if created else None
        if day is not None and row.status in ("approved", "held", "rejected"):
            setattr(day, row.status, getattr(day, row.status) + 1)
    ordered = sorted(per_story.values(), key=lambda s: (-s.total, s.story_id))
    attributes: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for health in ordered:
        attributes.update(health.attributes)
        reasons.update(health.reasons)
    return ThreadHealth(since, until, ordered, list(days.values()), attributes, reasons)


def _count(health: StoryHealth, status: str, rule: str | None, scores: dict[str, float]) -> None:
    health.total += 1
    if status in ("approved", "held", "rejected"):
        setattr(health, status, getattr(health, status) + 1)
    if status != "approved" and rule:
        health.reasons[rule] += 1
    for attribute in ATTRIBUTES:
        value = scores.get(attribute)
        if isinstance(value, int | float) and value >= ATTRIBUTE_THRESHOLD:
            health.attributes[attribute] += 1


def _days(since: datetime, until: datetime) -> list[date]:
    first, last = since.date(), (until - timedelta(microseconds=1)).date()
    count = min((last - first).days + 1, 3660)
    return [first + timedelta(days=i) for i in range(max(count, 0))]


# The audit actions of a moderator's decision on a comment.
DECISIONS = ("approve", "reject", "hold")


@dataclass
class ModeratorWork:
    actor: str
    approved: int = 0
    rejected: int = 0
    held: int = 0

    @property
    def total(self) -> int:
        return self.approved + self.rejected + self.held


@dataclass
class ModerationWork:
    """Decisions per moderator, and how long the comments that waited for one
    waited: from posting to the first moderator's decision."""

    moderators: list[ModeratorWork]
    waits_s: list[float]

    def wait_percentile(self, share: float) -> float | None:
        if not self.waits_s:
            return None
        ordered = sorted(self.waits_s)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def moderation_work(
    conn: Connection, site_id: int, since: datetime, until: datetime
) -> ModerationWork:
    """Moderators' decisions made in [since, until) (the system's are not counted)."""
    query = (
        sa.select(
            audit_log.c.subject_id,
            audit_log.c.actor,
            audit_log.c.action,
            audit_log.c.old_state,
            audit_log.c.created_at,
            comments.c.created_at.label("posted_at"),
        )
        .select_from(audit_log.join(comments, comments.c.id == audit_log.c.subject_id))
        .where(
            audit_log.c.site_id == site_id,
            audit_log.c.subject_type == "comment",
            audit_log.c.actor.is_not(None),
            audit_log.c.action.in_(DECISIONS),
            audit_log.c.created_at >= since,
            audit_log.c.created_at < until,
        )
        .order_by(audit_log.c.id)
    )
    people: dict[str, ModeratorWork] = {}
    waited: dict[int, float] = {}
    for row in conn.execute(query):
        work = people.setdefault(row.actor, ModeratorWork(row.actor))
        field_name = {"approve": "approved", "reject": "rejected", "hold": "held"}[row.action]
        setattr(work, field_name, getattr(work, field_name) + 1)
        decided, posted = rows.aware(row.created_at), rows.aware(row.posted_at)
            # A comment that was waiting: a moderator publishing or rejecting it ends the wait.
        ends_wait = row.old_state == "held" and row.action != "hold"
        if ends_wait and row.subject_id not in waited and decided and posted:
            waited[row.subject_id] = max(0.0, (decided - posted).total_seconds())
    ordered = sorted(people.values(), key=lambda w: (-w.total, w.actor))
    return ModerationWork(ordered, list(waited.values()))

