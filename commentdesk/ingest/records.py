"""Import records: one comment as an archive describes it, before it is stored.

Every reader turns its format into `ImportRecord`s (or `BadRecord`s for what
it cannot read), so the importer knows nothing about Disqus, WordPress or CSV.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from datetime import UTC, datetime

from commentdesk.actions.submission import unstorable
from commentdesk.domain import CommentStatus


@dataclass(frozen=True)
class ImportRecord:
    """One comment with the story it hangs under; ids are the archive's own."""

    source: str  # file the record came from
    line: int  # 1-based line (or element start line) in that file
    external_id: str  # stable per comment, so a second import adds nothing
    story_external_id: str
    body: str
    story_url: str = ""
    story_title: str = ""
    parent_external_id: str | None = None
    author_external_id: str | None = None
    author_name: str = ""
    created_at: datetime | None = None
    status: CommentStatus | None = None  # the moderation state it arrives with, if any
    staff_name: str = ""  # written by the newsroom under this byline (our own exports)

    def unstorable(self) -> str | None:
        """What no database could keep in this record, field by field, or None."""
        for f in fields(self):
            value = getattr(self, f.name)
            problem = unstorable(value) if isinstance(value, str) else None
            if problem:
                return f"{f.name} {problem}"
        return None


@dataclass(frozen=True)
class BadRecord:
    """A record a reader could not make sense of; the import reports it and goes on."""

    source: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


STATUS_WORDS: dict[str, CommentStatus] = {
    "approved": CommentStatus.APPROVED,
    "approve": CommentStatus.APPROVED,
    "published": CommentStatus.APPROVED,
    "visible": CommentStatus.APPROVED,
    "held": CommentStatus.HELD,
    "hold": CommentStatus.HELD,
    "pending": CommentStatus.HELD,
    "rejected": CommentStatus.REJECTED,
    "reject": CommentStatus.REJECTED,
    "removed": CommentStatus.REJECTED,
    "deleted": CommentStatus.REJECTED,
    "spam": CommentStatus.REJECTED,
    "trash": CommentStatus.REJECTED,
}


def parse_status(value: object) -> CommentStatus | None:
    """A status word from an archive, or None when it carries none; raises on nonsense."""
    if value is None:
        return None
    word = str(value).strip().lower()
    if not word:
        return None
    if word not in STATUS_WORDS:
        raise ValueError(f"unknown status {value!r}; expected one of {sorted(STATUS_WORDS)}")
    return STATUS_WORDS[word]


def parse_timestamp(value: object) -> datetime | None:
    """ISO 8601 (a trailing Z included) or WordPress's 'YYYY-MM-DD HH:MM:SS', as UTC."""
    if value is None:
        return None
    if isinstance(value, datetime):
        stamp = value
    else:
        text = str(value).strip()
        if not text or text.startswith("0000-00-00"):
            return None
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        try:
            stamp = datetime.fromisoformat(text)
        except ValueError as err:
            raise ValueError(f"unreadable timestamp {value!r}") from err
    # Converted, not just labelled: SQLite keeps no offset, so 10:00+02:00 would
    # come back as 10:00 UTC.
    return stamp.astimezone(UTC) if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def guest_id(prefix: str, email: str, name: str) -> str | None:
    """An author id for a guest who posted without an account, or None if unnamed.

    Guests have no account id; their email (never stored, only hashed) or else
    the name they gave groups their comments, and keeps the name they posted
    under on the page.
    """
    key = email.strip().lower() or name.strip()
    if not key:
        return None
    return f"{prefix}:" + hashlib.sha256(key.encode()).hexdigest()[:16]
