"""Reading backtest cases from a JSONL file, one stored comment per line.

Each line is an object::

    {"id": 17, "text": "...", "created_at": "2026-01-05T10:00:00+00:00",
     "recorded_status": "approved", "moderator_status": "rejected",
     "scores": {"INSULT": 0.8, ...}, "spans": {...}, "model_version": "...",
     "story": {"id": 1, "site_id": 1, "is_open": true, "premoderated": false},
     "author": {"id": 9, "status": "active", "approved_count": 4}}

``story``, ``author``, ``spans``, ``moderator_status`` are optional. A line
without ``scores`` is scored with ``scorer`` when one is given. The store-backed
source the lead adds yields the same ``BacktestCase`` objects.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from commentdesk.domain import Author, AuthorStatus, CommentStatus, ScoreResult, Story
from commentdesk.policy.backtest import BacktestCase

Scorer = Callable[[str], ScoreResult]


class CaseError(ValueError):
    """A case line that can't be read; names the line."""


def read_cases(
    lines: Iterator[str] | list[str], scorer: Scorer | None = None, source: str = "<cases>"
) -> Iterator[BacktestCase]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield _case(json.loads(line), scorer)
        # AttributeError: a list or a string where an object (story, author, scores) belongs.
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise CaseError(f"{source}, line {number}: {err}") from err


def _case(row: dict[str, Any], scorer: Scorer | None) -> BacktestCase:
    text = str(row["text"])
    return BacktestCase(
        comment_id=row.get("id", ""),
        text=text,
        story=_story(row.get("story") or {}),
        author=_author(row.get("author")),
        score=_score(row, text, scorer),
        recorded_status=CommentStatus(row["recorded_status"]),
        moderator_status=CommentStatus(row["moderator_status"])
        if row.get("moderator_status")
        else None,
        created_at=_time(row["created_at"]),
    )


def _time(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _story(data: dict[str, Any]) -> Story:
    return Story(
        id=int(data.get("id", 1)),
        site_id=int(data.get("site_id", 1)),
        external_id=str(data.get("external_id", data.get("id", "story"))),
        url=str(data.get("url", "")),
        title=str(data.get("title", "")),
        section=str(data.get("section", "")),
        is_open=bool(data.get("is_open", True)),
        premoderated=bool(data.get("premoderated", False)),
    )


def _author(data: dict[str, Any] | None) -> Author | None:
    if not data:
        return None
    until = data.get("suspended_until")
    return Author(
        id=int(data["id"]),
        site_id=int(data.get("site_id", 1)),
        external_id=str(data.get("external_id", data["id"])),
        display_name=str(data.get("display_name", "")),
        status=AuthorStatus(data.get("status", "active")),
        suspended_until=_time(until) if until else None,
        approved_count=int(data.get("approved_count", 0)),
        rejected_count=int(data.get("rejected_count", 0)),
    )


def _score(row: dict[str, Any], text: str, scorer: Scorer | None) -> ScoreResult | None:
    if "scores" not in row:
        return scorer(text) if scorer is not None else None
    spans = {
        name: [(int(b), int(e), float(s)) for b, e, s in items]
        for name, items in (row.get("spans") or {}).items()
    }
    scores = {name: float(value) for name, value in row["scores"].items()}
    return ScoreResult(scores, spans, str(row.get("model_version", "unknown")))
