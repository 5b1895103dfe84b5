"""Readers liking comments: once each, never their own, and never in a cached page."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.engine import Connection

from commentdesk.actions.ignores import HiddenWriter
from commentdesk.domain import (
    AuthorStatus,
    Comment,
    CommentStatus,
)
from commentdesk.errors import Conflict, Forbidden, NotFound
from commentdesk.services import Services
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store import events as event_store
from commentdesk.store import ignores as ignore_store
from commentdesk.store import likes as like_store
from commentdesk.store.ignores import Ignored


@dataclass(frozen=True)
class LikeResult:
    comment_id: int
    liked: bool  # whether the reader likes it now
    likes: int  # the comment's count now


# Readers who may not post may not like either: a like is shown to everyone.
_NO_LIKING = {
    AuthorStatus.BANNED: "your account is banned, so you cannot like comments",
    AuthorStatus.SUSPENDED: "your account is suspended for now, so you cannot like comments",
}


def like(
    services: Services,
    site_id: int,
    comment_id: int,
    reader_external_id: str,
    reader_name: str = "",
) -> LikeResult:
    """A signed-in reader likes a published comment of this site; once, however
    often they ask. Likes are readers' appreciation, not moderation: no audit row."""
    with services.store.write() as conn:
        comment = comment_store.get(conn, site_id, comment_id)
        if comment is None or comment.status is not CommentStatus.APPROVED:
            # Readers only see published comments; the others are not theirs to know of.
            raise NotFound(f"comment {comment_id} not found", field="comment_id")
        author = author_store.by_external_id(conn, site_id, reader_external_id)
        if author is not None:
            status = author.effective_status(services.now())
            why = _NO_LIKING.get(status)
            if why is not None:
                raise Forbidden(why, reason=f"account_{status.value}")
            if author.id == comment.author_id:
                raise Conflict(
                    "you cannot like your own comment", field="comment_id", reason="own_comment"
                )
        else:
            # A reader who has never posted gets their record now: a like must name someone.
            author = author_store.ensure(
                conn, site_id, reader_external_id, reader_name or reader_external_id
            )
        if like_store.add(conn, comment.id, author.id, services.now()):
            _likes_moved(conn, comment)
        return LikeResult(comment.id, True, like_store.count(conn, comment.id))


def unlike(
    services: Services, site_id: int, comment_id: int, reader_external_id: str
) -> LikeResult:
    """A reader takes their like back (nothing happens if there was none). Allowed
    whatever the comment's status or the reader's standing: it is their own data."""
    with services.store.write() as conn:
        comment = comment_store.get(conn, site_id, comment_id)
        if comment is None:
            raise NotFound(f"comment {comment_id} not found", field="comment_id")
        author = author_store.by_external_id(conn, site_id, reader_external_id)
        if author is not None and like_store.remove(conn, comment.id, author.id):
            _likes_moved(conn, comment)
        return LikeResult(comment.id, False, like_store.count(conn, comment.id))


def _likes_moved(conn: Connection, comment: Comment) -> None:
    # Open pages of the story show the new count over the live stream.
    if comment.status is CommentStatus.APPROVED:
        row = event_store.row(comment.site_id, comment.story_id, LIKES_EVENT, comment.id)
        event_store.insert_rows(conn, [row])


# The live-stream event that carries a comment's new like count.
LIKES_EVENT = "likes"


@dataclass(frozen=True)
class ReaderLikes:
    """What the widget needs to show one reader's view of a story: their like
    buttons, their own comments, and the comments of readers they ignore."""

    liked: list[int]  # comment ids the reader likes
    own: list[int]  # the reader's own published comments, which they cannot like
    hidden: list[HiddenWriter] = field(default_factory=list)  # by readers they ignore
    ignored: list[Ignored] = field(default_factory=list)  # whom they ignore, on any story


def reader_likes(
    services: Services, site_id: int, story_id: int, reader_external_id: str
) -> ReaderLikes:
    with services.store.read() as conn:
        author = author_store.by_external_id(conn, site_id, reader_external_id)
        if author is None:
            return ReaderLikes([], [])
        liked = like_store.mine(conn, author.id, story_id=story_id)
        own = comment_store.published_of_author(conn, site_id, story_id, author.id)
        ignored = ignore_store.of_reader(conn, author.id)
        # Most readers ignore nobody: then there is nothing to look for.
        by_writer = ignore_store.hidden_in_story(conn, author.id, story_id) if ignored else {}
        hidden = [
            HiddenWriter(i.author_id, i.name, by_writer[i.author_id])
            for i in ignored
            if i.author_id in by_writer
        ]
    return ReaderLikes(sorted(liked), own, hidden, ignored)
