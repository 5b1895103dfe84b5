"""Score suggestions: a newsroom's own scores for a comment, kept for later training."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from commentdesk.store import rows
from commentdesk.store.schema import score_suggestions


@dataclass(frozen=True)
class ScoreSuggestion:
    id: int
    site_id: int
    text: str
    attribute_scores: dict[str, Any]  # Perspective's AttributeScores shape, as sent
    languages: list[str]
    client_token: str | None
    created_at: datetime | None


def add(
    conn: Connection,
    site_id: int,
    text: str,
    attribute_scores: dict[str, Any],
    languages: list[str],
    client_token: str | None = None,
) -> int:
    result = conn.execute(
        score_suggestions.insert().values(
            site_id=site_id,
            text=text,
            attribute_scores=attribute_scores,
            languages=languages,
            client_token=client_token,
            created_at=rows.utcnow(),
        )
    )
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def for_site(conn: Connection, site_id: int, limit: int = 1000) -> list[ScoreSuggestion]:
    query = (
        sa.select(score_suggestions)
        .where(score_suggestions.c.site_id == site_id)
        .order_by(score_suggestions.c.id)
        .limit(limit)
    )
    return [
        ScoreSuggestion(
            id=r.id,
            site_id=r.site_id,
            text=r.text,
            attribute_scores=dict(r.attribute_scores or {}),
            languages=list(r.languages or []),
            client_token=r.client_token,
            created_at=rows.aware(r.created_at),
        )
        for r in conn.execute(query)
    ]
