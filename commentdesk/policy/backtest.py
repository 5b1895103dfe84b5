"""Backtest: what a policy would have done to comments already decided.

Nothing is written anywhere. Each stored comment is decided again under the
candidate policy, at the time it was posted, with a history made of the
comments before it. The report compares the new outcome with the recorded
decision and with the moderators' final word, and measures holds against
moderator rejections (precision: of what the policy stops, how much moderators
rejected; recall: of what moderators rejected, how much the policy stops).
"""

from __future__ import annotations

import bisect
import io
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime

from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table

from commentdesk.domain import Author, CommentStatus, ScoreResult, Story
from commentdesk.policy.engine import Policy
from commentdesk.policy.submission import Submission, repeat_key

STATUSES = [s.value for s in CommentStatus]


@dataclass(frozen=True)
class BacktestCase:
    """A stored comment with what was decided about it."""

    comment_id: int | str
    text: str
    story: Story
    author: Author | None
    score: ScoreResult | None
    recorded_status: CommentStatus
    moderator_status: CommentStatus | None  # None: no moderator ever decided
    created_at: datetime


@dataclass(frozen=True)
class Change:
    """One comment whose outcome would differ."""

    comment_id: int | str
    text: str
    before: str  # recorded or moderator status
    after: str  # status under the candidate policy
    rule: str | None  # the candidate's decisive rule
    message: str


@dataclass(frozen=True)
class Quality:
    """Holds (held or rejected) measured against moderator rejections."""

    true_positives: int
    false_positives: int
    false_negatives: int
    judged: int  # cases with a final moderator decision

    @property
    def precision(self) -> float | None:
        stopped = self.true_positives + self.false_positives
        return self.true_positives / stopped if stopped else None

    @property
    def recall(self) -> float | None:
        rejected = self.true_positives + self.false_negatives
        return self.true_positives / rejected if rejected else None

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "precision": self.precision, "recall": self.recall}


@dataclass
class BacktestReport:
    policy_version: str
    total: int
    recorded: dict[str, int]
    candidate: dict[str, int]
    moderator: dict[str, int]
    changes_vs_recorded: dict[str, int]  # "approved->held": count
    changes_vs_moderator: dict[str, int]
    candidate_quality: Quality
    recorded_quality: Quality
    examples_vs_recorded: dict[str, list[Change]] = field(default_factory=dict)
    examples_vs_moderator: dict[str, list[Change]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {
            "policy_version": self.policy_version,
            "total": self.total,
            "counts": {
                "recorded": self.recorded,
                "candidate": self.candidate,
                "moderator": self.moderator,
            },
            "changes_vs_recorded": self.changes_vs_recorded,
            "changes_vs_moderator": self.changes_vs_moderator,
            "candidate_quality": self.candidate_quality.to_dict(),
            "recorded_quality": self.recorded_quality.to_dict(),
            "examples_vs_recorded": _examples_dict(self.examples_vs_recorded),
            "examples_vs_moderator": _examples_dict(self.examples_vs_moderator),
        }

    def renderable(self) -> Group:
        counts = Table(title=f"Backtest of {self.policy_version} on {self.total} comments")
        for column in ("", *STATUSES):
            counts.add_column(column)
        for label, row in (
            ("recorded", self.recorded),
            ("candidate", self.candidate),
            ("moderator", self.moderator),
        ):
            counts.add_row(label, *(str(row.get(s, 0)) for s in STATUSES))
        quality = Table(title="Holds against moderator rejections")
        for column in ("policy", "precision", "recall", "judged"):
            quality.add_column(column)
        for label, q in (
            ("recorded", self.recorded_quality),
            ("candidate", self.candidate_quality),
        ):
            quality.add_row(label, _pct(q.precision), _pct(q.recall), str(q.judged))
        parts: list[Table] = [counts, quality]
        for title, changes, examples in (
            (
                "Changes against recorded decisions",
                self.changes_vs_recorded,
                self.examples_vs_recorded,
            ),
            (
                "Changes against moderators' final decisions",
                self.changes_vs_moderator,
                self.examples_vs_moderator,
            ),
        ):
            table = Table(title=title)
            for column in ("change", "count", "example", "rule"):
                table.add_column(column)
            for kind, count in sorted(changes.items()):
                sample = examples.get(kind, [])
                first = sample[0] if sample else None
                table.add_row(
                    kind,
                    str(count),
                    escape(_clip(first.text)) if first else "",
                    escape(first.rule or "") if first else "",
                )
            parts.append(table)
        return Group(*parts)

    def to_text(self, width: int = 120) -> str:
        console = Console(record=True, width=width, file=io.StringIO())
        console.print(self.renderable())
        return console.export_text()


def backtest(
    policy: Policy,
    cases: Iterable[BacktestCase],
    examples: int = 3,
    policy_for: Callable[[Story], Policy] | None = None,
) -> BacktestReport:
    """Decide every case again under ``policy`` and compare. Changes nothing.

    ``policy_for`` gives the policy a story's comments would be decided under
    live (``policy`` with that story's section and story overrides), so the
    report says what adopting ``policy`` would do, not what it does alone.
    """
    ordered = sorted(cases, key=lambda case: case.created_at)
    history = CaseHistory(ordered)
    recorded: Counter[str] = Counter()
    candidate: Counter[str] = Counter()
    moderator: Counter[str] = Counter()
    vs_recorded: Counter[str] = Counter()
    vs_moderator: Counter[str] = Counter()
    ex_recorded: dict[str, list[Change]] = {}
    ex_moderator: dict[str, list[Change]] = {}
    new_quality = _QualityCount()
    old_quality = _QualityCount()
    for index, case in enumerate(ordered):
        history.upto = index
        decision = (policy_for(case.story) if policy_for else policy).decide(
            Submission(
                text=case.text,
                story=case.story,
                author=case.author,
                score=case.score,
                now=case.created_at,
                history=history,
            )
        )
        new = decision.status.value
        recorded[case.recorded_status.value] += 1
        candidate[new] += 1
        decisive = decision.decisive
        change = Change(
            case.comment_id,
            case.text,
            case.recorded_status.value,
            new,
            decisive.rule if decisive else None,
            decisive.message if decisive else "",
        )
        if new != case.recorded_status.value:
            kind = f"{case.recorded_status.value}->{new}"
            vs_recorded[kind] += 1
            _keep(ex_recorded, kind, change, examples)
        final = _final(case)
        if final is None:
            continue
        moderator[final.value] += 1
        new_quality.add(decision.status, final)
        old_quality.add(case.recorded_status, final)
        if new != final.value:
            kind = f"{final.value}->{new}"
            vs_moderator[kind] += 1
            _keep(
                ex_moderator,
                kind,
                Change(
                    change.comment_id, change.text, final.value, new, change.rule, change.message
                ),
                examples,
            )
    return BacktestReport(
        policy_version=policy.version,
        total=len(ordered),
        recorded=dict(recorded),
        candidate=dict(candidate),
        moderator=dict(moderator),
        changes_vs_recorded=dict(vs_recorded),
        changes_vs_moderator=dict(vs_moderator),
        candidate_quality=new_quality.result(),
        recorded_quality=old_quality.result(),
        examples_vs_recorded=ex_recorded,
        examples_vs_moderator=ex_moderator,
    )


class CaseHistory:
    """The history of a backtest: only the cases posted before the current one."""

    def __init__(self, ordered: list[BacktestCase]):
        self.cases = ordered
        self.times = [case.created_at for case in ordered]
        self.keys = [repeat_key(case.text) for case in ordered]
        self.upto = len(ordered)

    def _window(self, since: datetime) -> range:
        return range(bisect.bisect_left(self.times, since, hi=self.upto), self.upto)

    def author_decisions(self, author_id: int, since: datetime) -> tuple[int, int]:
        approved = rejected = 0
        for i in self._window(since):
            case = self.cases[i]
            if case.author is None or case.author.id != author_id:
                continue
            status = _final(case) or case.recorded_status
            approved += status is CommentStatus.APPROVED
            rejected += status is CommentStatus.REJECTED
        return approved, rejected

    def repeats(
        self, site_id: int, text: str, since: datetime, author_id: int | None
    ) -> tuple[int, int]:
        key = repeat_key(text)
        same = others = 0
        for i in self._window(since):
            case = self.cases[i]
            if self.keys[i] != key or case.story.site_id != site_id:
                continue
            mine = author_id is not None and case.author is not None and case.author.id == author_id
            same += mine
            others += not mine
        return same, others


class _QualityCount:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.judged = 0

    def add(self, predicted: CommentStatus, final: CommentStatus) -> None:
        self.judged += 1
        stopped = predicted is not CommentStatus.APPROVED
        rejected = final is CommentStatus.REJECTED
        self.tp += stopped and rejected
        self.fp += stopped and not rejected
        self.fn += rejected and not stopped

    def result(self) -> Quality:
        return Quality(self.tp, self.fp, self.fn, self.judged)


def _final(case: BacktestCase) -> CommentStatus | None:
    """The moderators' final word; a comment still held has none."""
    if case.moderator_status in (CommentStatus.APPROVED, CommentStatus.REJECTED):
        return case.moderator_status
    return None


def _keep(store: dict[str, list[Change]], kind: str, change: Change, limit: int) -> None:
    bucket = store.setdefault(kind, [])
    if len(bucket) < limit:
        bucket.append(change)


def _examples_dict(examples: dict[str, list[Change]]) -> dict[str, list[dict[str, object]]]:
    return {kind: [asdict(change) for change in changes] for kind, changes in examples.items()}


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def _clip(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
