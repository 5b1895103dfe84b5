"""Moderation cards: a comment with its highlighted spans, scores, reasons and author.

A card is plain data for the templates. Highlighting is a list of text
segments, each rendered through Jinja's autoescaping, so a comment's text is
never joined into markup by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.engine import Connection

from commentdesk.actions import policy_for
from commentdesk.domain import ATTRIBUTES, Author, Comment, Decision, Story
from commentdesk.policy.report import highlights, segments
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store import stories as story_store


@dataclass(frozen=True)
class Segment:
    text: str
    rules: tuple[str, ...]  # empty: plain text; otherwise the rules this span tripped


@dataclass
class AuthorSummary:
    author: Author
    recent_rejections: list[Comment] = field(default_factory=list)


@dataclass
class Card:
    comment: Comment
    story: Story | None
    author: AuthorSummary | None
    segments: list[Segment]
    scores: list[tuple[str, float]]  # every attribute, in the fixed order
    reports: list[str] = field(default_factory=list)  # readers' reasons, newest last
    # Other comments from the same address (while its hash is kept) and under how
    # many names in all: several names from one address suggest sock puppets.
    same_address: tuple[int, int] = (0, 0)
    # What a rejection may tell its writer: the reasons of the policy in force on
    # the comment's story (a section's or story's override may word them).
    moderator_reasons: tuple[str, ...] = ()

    @property
    def top_attribute(self) -> tuple[str, float] | None:
        return max(self.scores, key=lambda item: item[1]) if self.scores else None


def highlighted(comment: Comment) -> list[Segment]:
    """The body cut into plain and highlighted pieces, from the spans the reasons cite."""
    decision = Decision(
        comment.status, comment.reasons, comment.policy_version, comment.model_version
    )
    return [Segment(s.text, tuple(s.rules)) for s in segments(comment.body, highlights(decision))]


def score_list(comment: Comment) -> list[tuple[str, float]]:
    return [(a, float(comment.scores[a])) for a in ATTRIBUTES if a in comment.scores]


def build_cards(conn: Connection, site_id: int, found: list[Comment]) -> list[Card]:
    stories: dict[int, Story | None] = {}
    reasons: dict[int, tuple[str, ...]] = {}
    authors: dict[int, AuthorSummary | None] = {}
    cards = []
    neighbours = comment_store.same_address(conn, site_id, {c.ip_hash for c in found if c.ip_hash})
    for comment in found:
        if comment.story_id not in stories:
            story = stories[comment.story_id] = story_store.get(conn, site_id, comment.story_id)
            reasons[comment.story_id] = policy_for(conn, site_id, story).moderator_reasons
        if comment.author_id is not None and comment.author_id not in authors:
            authors[comment.author_id] = author_summary(conn, site_id, comment.author_id)
        cards.append(
            Card(
                comment=comment,
                story=stories[comment.story_id],
                author=authors.get(comment.author_id) if comment.author_id else None,
                segments=highlighted(comment),
                scores=score_list(comment),
                reports=[str(r["reason"]) for r in comment_store.reports_for(conn, comment.id)][-5:]
                if comment.report_count
                else [],
                same_address=_others(neighbours.get(comment.ip_hash or "")),
                moderator_reasons=reasons[comment.story_id],
            )
        )
    return cards


def _others(found: tuple[int, int] | None) -> tuple[int, int]:
    return (found[0] - 1, found[1]) if found else (0, 0)


def author_summary(conn: Connection, site_id: int, author_id: int) -> AuthorSummary | None:
    author = author_store.get(conn, site_id, author_id)
    if author is None:
        return None
    rejected, _ = comment_store.queue(
        conn, site_id, comment_store.QueueFilter(queue="rejected", author_id=author_id), limit=3
    )
    return AuthorSummary(author, rejected)
