"""The past as a batch of submissions sees it, asked of the database once per batch.

A batch decides each comment before it is inserted, and inserts its comments
together (see `actions.submit_batch`). The policy of a comment must still see
the comments before it in the batch, as if each had been inserted on its own
before the next was decided. `BatchHistory` answers from what the database
held when first asked, plus the batch's own comments since: the repeats
question, asked for every comment, and the author's record, asked for every
signed-in reader's comment, then cost a query or two per batch instead of one
per comment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy.engine import Connection

from commentdesk.domain import Comment, CommentStatus
from commentdesk.store import comments


@dataclass(frozen=True)
class Written:
    """One comment of the batch, as the history queries would find it."""

    site_id: int
    fingerprint: str
    author_id: int | None
    status: CommentStatus
    created_at: datetime


@dataclass
class _Snapshot:
    since: datetime
    rows: list[tuple[str, int | None, datetime]]
    written_before: int  # how many of the batch's comments the rows already include


# A batch's comments ask about windows that end at their own "now": the
# first ask's window, read once, answers later asks whose window starts up to
# this much later. A batch is decided within milliseconds.
DECISIONS_EDGE = timedelta(seconds=60)


@dataclass
class _Decisions:
    since: datetime
    authors: set[int]
    counts: dict[int, tuple[int, int]]
    # Decided comments created in [since, since + DECISIONS_EDGE): what a later window leaves out.
    edge: list[tuple[int, bool, datetime]]
    written_before: int  # how many of the batch's comments the read already includes


class BatchHistory:
    def __init__(self, conn: Connection, fingerprints: dict[int, set[str]]) -> None:
        self.conn = conn
        # Per site, the fingerprints of every text in the batch: one query answers them all.
        self.fingerprints = fingerprints
        self.written: list[Written] = []
        self.stored = 0  # written[:stored] are in the database, the rest wait to be inserted
        self._snapshots: dict[int, _Snapshot] = {}
        # The batch's signed-in authors already known to the store: one query
        # answers all their records (see `expect_authors`).
        self._authors: set[int] = set()
        self._decisions: _Decisions | None = None

    def prefetch(
        self, site_id: int, now: datetime, decisions_s: float | None, repeats_s: float | None
    ) -> None:
        """Read now what the batch's comments will ask about the past: its known
        authors' decisions and the site's repeats within the windows given (in
        seconds back from ``now``; None: no rule asks). Later asks reuse these
        reads, so they can go on while the comments are scored."""
        if repeats_s is not None and self.fingerprints.get(site_id):
            self._snapshot(site_id, _utc(now) - timedelta(seconds=repeats_s))
        if decisions_s is not None and self._authors and self._decisions is None:
            self._load_decisions(_utc(now) - timedelta(seconds=decisions_s))

    def expect_authors(self, author_ids: Iterable[int]) -> None:
        """Authors whose records the batch will ask for; asked together, once."""
        self._authors.update(author_ids)

    def add(self, values: dict[str, Any]) -> None:
        """A comment of the batch (values from `comments.row`), to be counted by the
        questions about those after it."""
        self.written.append(
            Written(
                site_id=values["site_id"],
                fingerprint=values["fingerprint"],
                author_id=values["author_id"],
                status=CommentStatus(values["status"]),
                created_at=_utc(values["created_at"]),
            )
        )

    def mark_stored(self) -> None:
        """Every comment added so far is now in the database (the caller inserted them)."""
        self.stored = len(self.written)

    def for_comment(self) -> CommentHistory:
        return CommentHistory(self)

    def author_decisions(self, author_id: int, since: datetime) -> tuple[int, int]:
        since = _utc(since)
        known = self._decisions_since(author_id, since)
        if known is None:
            approved, rejected = comments.author_decisions(self.conn, author_id, since)
            pending = self.written[self.stored :]
        else:
            (approved, rejected), pending = known
        for w in pending:
            if w.author_id == author_id and w.created_at >= since:
                approved += w.status is CommentStatus.APPROVED
                rejected += w.status is CommentStatus.REJECTED
        return approved, rejected

    def _decisions_since(
        self, author_id: int, since: datetime
    ) -> tuple[tuple[int, int], list[Written]] | None:
        """From the batch's one read of its authors' records: the author's
        stored (approved, rejected) since ``since``, and the batch's comments
        that read does not include; None where it cannot answer."""
        if self._decisions is None and author_id in self._authors:
            self._load_decisions(since)
        found = self._decisions
        if (
            found is None
            or author_id not in found.authors
            or not found.since <= since < found.since + DECISIONS_EDGE
        ):
            return None
        approved, rejected = found.counts.get(author_id, (0, 0))
        for other, was_approved, created_at in found.edge:
            if other == author_id and created_at < since:
                approved -= was_approved
                rejected -= not was_approved
        return (approved, rejected), self.written[found.written_before :]

    def _load_decisions(self, since: datetime) -> None:
        """The one read of the batch's known authors' decisions since ``since``."""
        counts, edge = comments.decisions_of_authors(
            self.conn, self._authors, since, since + DECISIONS_EDGE
        )
        self._decisions = _Decisions(since, set(self._authors), counts, edge, self.stored)

    def repeats(
        self, site_id: int, text: str, since: datetime, author_id: int | None
    ) -> tuple[int, int]:
        since = _utc(since)
        fingerprint = comments.fingerprint(text)
        if fingerprint not in self.fingerprints.get(site_id, set()):
            # Not a text of this batch: ask the database (it holds the stored comments).
            same, others = comments.repeats(self.conn, site_id, text, since, author_id)
            pending = self.written[self.stored :]
        else:
            snapshot = self._snapshot(site_id, since)
            same = others = 0
            for fp, other_author, created_at in snapshot.rows:
                if fp == fingerprint and created_at >= since:
                    if author_id is not None and other_author == author_id:
                        same += 1
                    else:
                        others += 1
            pending = self.written[snapshot.written_before :]
        for w in pending:
            if w.site_id == site_id and w.fingerprint == fingerprint and w.created_at >= since:
                if author_id is not None and w.author_id == author_id:
                    same += 1
                else:
                    others += 1
        return same, others

    def _snapshot(self, site_id: int, since: datetime) -> _Snapshot:
        snapshot = self._snapshots.get(site_id)
        # Later comments ask with a later `since` (their own now, minus the same
        # window); a longer window than any asked so far needs a new query.
        if snapshot is None or since < snapshot.since:
            found = comments.same_text_since(
                self.conn, site_id, self.fingerprints.get(site_id, set()), since
            )
            snapshot = _Snapshot(since, found, self.stored)
            self._snapshots[site_id] = snapshot
        return snapshot


def _utc(value: datetime) -> datetime:
    # The store writes UTC; SQLite hands it back without a zone.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


class HistorySource(Protocol):
    def author_decisions(self, author_id: int, since: datetime) -> tuple[int, int]: ...

    def repeats(
        self, site_id: int, text: str, since: datetime, author_id: int | None
    ) -> tuple[int, int]: ...


class CommentHistory:
    """One comment's view of the past; a rule asking the same question twice
    costs nothing (several rules may ask about one comment)."""

    def __init__(self, source: HistorySource) -> None:
        self.source = source
        self._asked: dict[tuple[object, ...], tuple[int, int]] = {}

    def author_decisions(self, author_id: int, since: datetime) -> tuple[int, int]:
        key = ("decisions", author_id, since)
        if key not in self._asked:
            self._asked[key] = self.source.author_decisions(author_id, since)
        return self._asked[key]

    def repeats(
        self, site_id: int, text: str, since: datetime, author_id: int | None
    ) -> tuple[int, int]:
        key = ("repeats", site_id, text, since, author_id)
        if key not in self._asked:
            self._asked[key] = self.source.repeats(site_id, text, since, author_id)
        return self._asked[key]


class StoredHistory:
    """The history as the database holds it, inside the caller's transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def author_decisions(self, author_id: int, since: datetime) -> tuple[int, int]:
        return comments.author_decisions(self.conn, author_id, since)

    def repeats(
        self, site_id: int, text: str, since: datetime, author_id: int | None
    ) -> tuple[int, int]:
        return comments.repeats(self.conn, site_id, text, since, author_id)


class ConnectionHistory(CommentHistory):
    """What the policy may ask about the past, answered inside the caller's transaction."""

    def __init__(self, conn: Connection) -> None:
        super().__init__(StoredHistory(conn))
        self.conn = conn


class HistoryBefore(ConnectionHistory):
    """The stored history, less the comment being decided again (it is already stored).

    Rescoring and an author's edit decide a stored comment again: counted in its
    own history, every edit would look like the author repeating themselves.
    `comment` is as stored when the policy asks (an edit's new text included).
    """

    def __init__(self, conn: Connection, comment: Comment) -> None:
        super().__init__(conn)
        self.comment = comment

    def author_decisions(self, author_id: int, since: datetime) -> tuple[int, int]:
        approved, rejected = super().author_decisions(author_id, since)
        if author_id == self.comment.author_id and self._inside(since):
            approved -= self.comment.status is CommentStatus.APPROVED
            rejected -= self.comment.status is CommentStatus.REJECTED
        return max(approved, 0), max(rejected, 0)

    def repeats(
        self, site_id: int, text: str, since: datetime, author_id: int | None
    ) -> tuple[int, int]:
        same, others = super().repeats(site_id, text, since, author_id)
        if text == self.comment.body and self._inside(since):
            if author_id is not None and author_id == self.comment.author_id:
                same -= 1
            else:
                others -= 1
        return max(same, 0), max(others, 0)

    def _inside(self, since: datetime) -> bool:
        return self.comment.created_at is None or self.comment.created_at >= since
