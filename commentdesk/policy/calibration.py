"""Calibration: thresholds suggested by a newsroom's own moderator decisions.

For each attribute, every observed score is a candidate hold threshold. The
suggestion is the lowest one whose holds are still at least ``target`` precise
against moderator rejections, which is the one that catches the most. It comes
with its precision and recall, and as an override snippet ready to backtest.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from rich.console import Console
from rich.table import Table

from commentdesk.domain import ATTRIBUTES, CommentStatus
from commentdesk.policy.backtest import BacktestCase


@dataclass(frozen=True)
class Suggestion:
    attribute: str
    threshold: float | None  # None: no threshold reaches the target
    precision: float | None
    recall: float | None
    held: int  # comments at or above the threshold
    rejected_total: int  # moderator rejections among the judged comments
    note: str = ""

    @property
    def rule_id(self) -> str:
        """The band's rule id in the default policy."""
        return self.attribute.lower().replace("_", "-") + "-band"


@dataclass
class CalibrationReport:
    target_precision: float
    judged: int
    suggestions: list[Suggestion]

    def to_dict(self) -> dict[str, object]:
        return {
            "target_precision": self.target_precision,
            "judged": self.judged,
            "suggestions": [{**asdict(s), "rule_id": s.rule_id} for s in self.suggestions],
            "override_yaml": self.to_override_yaml(),
        }

    def to_override_yaml(self) -> str:
        """The suggestions as a policy override, to backtest before adopting."""
        lines = ["rules:"]
        for s in self.suggestions:
            if s.threshold is not None:
                lines += [f"  - id: {s.rule_id}", f"    hold: {s.threshold:.3f}"]
        return "\n".join(lines) + "\n" if len(lines) > 1 else ""

    def to_text(self, width: int = 120) -> str:
        table = Table(
            title=f"Thresholds for {self.target_precision:.0%} precision "
            f"({self.judged} moderated comments)"
        )
        for column in ("attribute", "hold at", "precision", "recall", "held", "note"):
            table.add_column(column)
        for s in self.suggestions:
            table.add_row(
                s.attribute,
                "-" if s.threshold is None else f"{s.threshold:.3f}",
                _pct(s.precision),
                _pct(s.recall),
                str(s.held),
                s.note,
            )
        console = Console(record=True, width=width, file=io.StringIO())
        console.print(table)
        override = self.to_override_yaml()
        if override:
            console.print("Override to backtest:\n" + override, markup=False, highlight=False)
        return console.export_text()


def calibrate(
    cases: Iterable[BacktestCase],
    target_precision: float = 0.9,
    attributes: tuple[str, ...] = ATTRIBUTES,
    min_held: int = 5,
) -> CalibrationReport:
    """Suggest a hold threshold per attribute from moderators' final decisions."""
    if not 0.0 < target_precision <= 1.0:
        raise ValueError("target precision must be above 0 and at most 1")
    judged = [
        (case.score.scores, case.moderator_status is CommentStatus.REJECTED)
        for case in cases
        if case.score is not None
        and case.moderator_status in (CommentStatus.APPROVED, CommentStatus.REJECTED)
    ]
    suggestions = [
        _suggest(
            attribute,
            [(float(s.get(attribute, 0.0)), bad) for s, bad in judged],
            target_precision,
            min_held,
        )
        for attribute in attributes
    ]
    return CalibrationReport(target_precision, len(judged), suggestions)


def _suggest(
    attribute: str, points: list[tuple[float, bool]], target: float, min_held: int
) -> Suggestion:
    total_bad = sum(bad for _, bad in points)
    if total_bad == 0:
        note = "no moderator rejections to learn from"
        return Suggestion(attribute, None, None, None, 0, 0, note)
    points.sort(key=lambda point: -point[0])
    best: Suggestion | None = None
    caught = held = 0
    for index, (score, bad) in enumerate(points):
        held += 1
        caught += bad
        # Only cut between distinct scores: a threshold holds all ties alike.
        if index + 1 < len(points) and points[index + 1][0] == score:
            continue
        precision = caught / held
        if held >= min_held and precision >= target:
            best = Suggestion(
                attribute, round(score, 4), precision, caught / total_bad, held, total_bad
            )
    if best is None:
        return Suggestion(
            attribute,
            None,
            None,
            None,
            0,
            total_bad,
            f"no threshold holding {min_held}+ comments reaches the target",
        )
    return best


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"
