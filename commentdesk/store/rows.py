"""Turning rows into domain dataclasses, and the clock the store writes with."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from commentdesk.domain import Action as DomainAction
from commentdesk.domain import (
    Author,
    AuthorStatus,
    Comment,
    CommentStatus,
    Reason,
    Site,
    Story,
)


def utcnow() -> datetime:
    return datetime.now(UTC)


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def reason_to_json(reason: Reason) -> dict[str, Any]:
    data: dict[str, Any] = {
        "rule": reason.rule,
        "action": reason.action.value,
        "message": reason.message,
        "detail": reason.detail,
    }
    if reason.own_words:
        data["own_words"] = True
    return data


def reason_from_json(data: dict[str, Any]) -> Reason:
    return Reason(
        rule=str(data.get("rule", "")),
        action=DomainAction(data.get("action", "flag")),
        message=str(data.get("message", "")),
        detail=dict(data.get("detail") or {}),
        own_words=data.get("own_words") is True,
    )


def site(row: Any) -> Site:
    return Site(
        id=row.id,
        slug=row.slug,
        name=row.name,
        jwt_secret=row.jwt_secret,
        webhook_urls=list(row.webhook_urls or []),
        webhook_secret=row.webhook_secret,
        allowed_origins=list(row.allowed_origins or []),
        created_at=aware(row.created_at),
        close_after_days=row.close_after_days,
        sign_in_required=bool(row.sign_in_required),
        reports_to_hold=row.reports_to_hold,
    )


def story(row: Any) -> Story:
    return Story(
        id=row.id,
        site_id=row.site_id,
        external_id=row.external_id,
        url=row.url,
        title=row.title,
        section=row.section,
        is_open=bool(row.is_open),
        premoderated=bool(row.premoderated),
        created_at=aware(row.created_at),
        closes_at=aware(row.closes_at),
        comment_count=int(row.comment_count),
    )


def author(row: Any) -> Author:
    return Author(
        id=row.id,
        site_id=row.site_id,
        external_id=row.external_id,
        display_name=row.display_name,
        status=AuthorStatus(row.status),
        suspended_until=aware(row.suspended_until),
        notes=row.notes,
        approved_count=row.approved_count,
        rejected_count=row.rejected_count,
        created_at=aware(row.created_at),
    )


def _visible(row: Any) -> dict[str, Any]:
    """The fields of a comment any reader may see, from a comments row."""
    return {
        "id": row.id,
        "site_id": row.site_id,
        "story_id": row.story_id,
        "parent_id": row.parent_id,
        "author_id": row.author_id,
        "body": row.body,
        "status": CommentStatus(row.status),
        "created_at": aware(row.created_at),
        "updated_at": aware(row.updated_at),
        "author_name": row._mapping.get("author_name"),
        "featured_at": aware(row.featured_at),
        "like_count": row.like_count,
        "staff_name": row._mapping.get("staff_name"),
        "reply_count": row._mapping.get("reply_count") or 0,
        "root_id": row._mapping.get("root_id") if row.parent_id is not None else None,
    }


def public_comment(row: Any) -> Comment:
    """A comment as any reader may see it: no scores, spans, reasons, versions
    or IP hash (they are not even read; see comments.thread). Of one no longer
    approved, kept in a thread for its replies' sake, not its text or author."""
    seen = _visible(row)
    if seen["status"] is not CommentStatus.APPROVED:
        seen.update(body="", author_name=None, author_id=None, like_count=0, staff_name=None)
    return Comment(**seen)


def comment(row: Any) -> Comment:
    return Comment(
        **_visible(row),
        scores=dict(row.scores or {}),
        spans={k: [tuple(s) for s in v] for k, v in (row.spans or {}).items()},
        reasons=[reason_from_json(r) for r in (row.reasons or [])],
        model_version=row.model_version,
        policy_version=row.policy_version,
        report_count=row.report_count,
        ip_hash=row.ip_hash,
        external_id=row.external_id,
    )
