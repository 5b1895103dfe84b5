"""The moderation report of a thread: every comment, its decision, its reasons, its spans.

Rendered three ways from the same data: a Rich console report, an HTML page
(Jinja2 with autoescape; comment text is only ever escaped text, spans are
escaped segments wrapped in ``<mark>``), and JSON-able data.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import jinja2
from rich.console import Group
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from commentdesk.domain import Action, Author, CommentStatus, Decision, ScoreResult, Story
from commentdesk.policy.engine import DEFAULT_RULE, Policy
from commentdesk.policy.submission import NoHistory, Submission
from commentdesk.policy.thread import Thread, ThreadComment

ScoreFn = Callable[[str], ScoreResult]

_STYLE = {
    CommentStatus.APPROVED: "green",
    CommentStatus.HELD: "yellow",
    CommentStatus.REJECTED: "red",
}


@dataclass(frozen=True)
class Segment:
    """A run of comment text and the rules whose spans cover it (none: plain)."""

    text: str
    rules: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    comment: ThreadComment
    decision: Decision
    score: ScoreResult | None

    @property
    def segments(self) -> list[Segment]:
        return segments(self.comment.text, highlights(self.decision))

    def to_dict(self) -> dict[str, object]:
        decisive = self.decision.decisive
        return {
            "index": self.comment.index,
            "line": self.comment.line,
            "id": self.comment.id,
            "author": self.comment.author,
            "text": self.comment.text,
            "status": self.decision.status.value,
            "rule": decisive.rule if decisive else None,
            "message": decisive.message if decisive else "",
            "reasons": [
                {"rule": r.rule, "action": r.action.value, "message": r.message, "detail": r.detail}
                for r in self.decision.reasons
            ],
            "scores": dict(self.score.scores) if self.score else None,
            "highlights": [[b, e, list(rules)] for b, e, rules in highlights(self.decision)],
            "policy_version": self.decision.policy_version,
            "model_version": self.decision.model_version,
        }


@dataclass
class ThreadReport:
    source: str
    kind: str
    policy_version: str
    model_version: str | None
    entries: list[Entry]
    bad_lines: list[tuple[int, str]] = field(default_factory=list)  # skipped, with why

    @property
    def counts(self) -> dict[str, int]:
        counted = Counter(entry.decision.status.value for entry in self.entries)
        return {status.value: counted.get(status.value, 0) for status in CommentStatus}

    def to_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "kind": self.kind,
            "policy_version": self.policy_version,
            "model_version": self.model_version,
            "counts": self.counts,
            "comments": [entry.to_dict() for entry in self.entries],
            "skipped": [{"line": n, "problem": why} for n, why in self.bad_lines],
        }

    def renderable(self) -> Group:
        counts = ", ".join(f"{n} {status}" for status, n in self.counts.items())
        header = Text(
            f"{self.source}: {len(self.entries)} comments ({counts}); "
            f"policy {self.policy_version}, model {self.model_version or 'none'}",
            style="bold",
        )
        return Group(header, *(_panel(entry) for entry in self.entries))

    def to_html(self) -> str:
        return _template().render(report=self)


def check_thread(
    thread: Thread,
    policy: Policy,
    score: ScoreFn,
    source: str = "thread",
    now: datetime | None = None,
) -> ThreadReport:
    """Score and decide every comment of ``thread``; nothing is stored."""
    moment = now or datetime.now(UTC)
    story = Story(id=0, site_id=0, external_id="check", url="", title=source)
    authors: dict[str, Author] = {}
    entries = []
    for comment in thread.comments:
        result = _safe_score(score, comment.text)
        decision = policy.decide(
            Submission(
                text=comment.text,
                story=story,
                author=_author(comment.author, authors),
                score=result,
                now=moment,
                history=NoHistory(),
            )
        )
        entries.append(Entry(comment, decision, result))
    model = next((e.score.model_version for e in entries if e.score is not None), None)
    return ThreadReport(source, thread.kind, policy.version, model, entries, thread.bad_lines)


def _safe_score(score: ScoreFn, text: str) -> ScoreResult | None:
    try:
        return score(text)
    except Exception:  # noqa: BLE001 - a scorer failure holds the comment, never crashes
        return None


def _author(name: str | None, seen: dict[str, Author]) -> Author | None:
    """A stand-in account per author name: active, with nothing known about it."""
    if name is None:
        return None
    if name not in seen:
        seen[name] = Author(id=len(seen) + 1, site_id=0, external_id=name, display_name=name)
    return seen[name]


def highlights(decision: Decision) -> list[tuple[int, int, tuple[str, ...]]]:
    """Non-overlapping spans with the rules behind them, from every objecting reason."""
    marks: list[tuple[int, int, str]] = []
    for reason in decision.reasons:
        if reason.rule == DEFAULT_RULE or reason.action is Action.APPROVE:
            continue
        spans = reason.detail.get("spans")
        if not isinstance(spans, list):
            continue
        for span in spans:
            if isinstance(span, list | tuple) and len(span) >= 2 and span[1] > span[0]:
                marks.append((int(span[0]), int(span[1]), reason.rule))
    cuts = sorted({point for b, e, _ in marks for point in (b, e)})
    result: list[tuple[int, int, tuple[str, ...]]] = []
    for begin, end in zip(cuts, cuts[1:], strict=False):
        rules = tuple(sorted({rule for b, e, rule in marks if b <= begin and end <= e}))
        if not rules:
            continue
        if result and result[-1][1] == begin and result[-1][2] == rules:
            result[-1] = (result[-1][0], end, rules)
        else:
            result.append((begin, end, rules))
    return result


def segments(text: str, marks: list[tuple[int, int, tuple[str, ...]]]) -> list[Segment]:
    out: list[Segment] = []
    position = 0
    for begin, end, rules in marks:
        begin, end = max(begin, position), min(end, len(text))
        if begin >= end:
            continue
        if begin > position:
            out.append(Segment(text[position:begin], ()))
        out.append(Segment(text[begin:end], rules))
        position = end
    if position < len(text):
        out.append(Segment(text[position:], ()))
    return out


def _panel(entry: Entry) -> Panel:
    status = entry.decision.status
    body = Text()
    for segment in entry.segments:
        # Text objects never parse markup, so comment text can't style itself.
        body.append(segment.text, style="bold reverse" if segment.rules else "")
    decisive = entry.decision.decisive
    lines: list[Text | str] = [body]
    if status is not CommentStatus.APPROVED and decisive is not None:
        lines.append(Text(decisive.message, style="italic"))
    for reason in entry.decision.reasons:
        if reason.rule == DEFAULT_RULE:
            continue
        lines.append(
            Text(f"  {reason.action.value}: {reason.rule} {_evidence(reason.detail)}", style="dim")
        )
    title = f"#{entry.comment.index} line {entry.comment.line}"
    if entry.comment.author:
        title += f" by {escape(entry.comment.author)}"
    return Panel(
        Group(*lines),
        title=title,
        subtitle=f"[{_STYLE[status]}]{status.value}[/]",
        border_style=_STYLE[status],
        title_align="left",
        subtitle_align="right",
    )


def _evidence(detail: dict[str, object]) -> str:
    parts = []
    if "attribute" in detail:
        parts.append(f"{detail['attribute']}={detail.get('score')}")
    matches = detail.get("matches")
    if isinstance(matches, list):
        parts.extend(str(m.get("phrase")) for m in matches if isinstance(m, dict))
    if "error" in detail:
        parts.append(str(detail["error"]))
    return "(" + "; ".join(parts) + ")" if parts else ""


def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("commentdesk.policy", "templates"),
        autoescape=True,
    )
    return env.get_template("report.html")
