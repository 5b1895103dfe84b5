"""What a policy decides about: one comment in its context, and the author's past.

The history is a narrow protocol so that the policy never touches the store:
the lead's pipeline answers it from the database, ``check`` and the tests
answer it from memory, and ``NoHistory`` answers that nothing is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from commentdesk.domain import Author, ScoreResult, Story
from commentdesk.textnorm import normalize

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def repeat_key(text: str) -> str:
    """What two comments share when they are "the same text".

    Normalised (case, accents, l33t, stretched letters) and with punctuation
    and spacing dropped, so "Vote NOW!!" repeats "vote now".
    """
    return " ".join(_NOT_WORD.split(normalize(text).text)).strip()


class History(Protocol):
    """What the policy may ask about earlier comments."""

    def author_decisions(self, author_id: int, since: datetime) -> tuple[int, int]:
        """(approved, rejected) counts of the author's comments decided since ``since``."""
        ...

    def repeats(
        self, site_id: int, text: str, since: datetime, author_id: int | None
    ) -> tuple[int, int]:
        """(by the same author, by other authors): earlier comments with this text since.

        ``text`` is the comment as written; "the same text" means the same
        ``repeat_key``, so implementations should store and compare that key.
        """
        ...


class NoHistory:
    """A history that knows nothing: every count is zero."""

    def author_decisions(self, author_id: int, since: datetime) -> tuple[int, int]:
        return (0, 0)

    def repeats(
        self, site_id: int, text: str, since: datetime, author_id: int | None
    ) -> tuple[int, int]:
        return (0, 0)


@dataclass(frozen=True)
class Submission:
    """One comment to decide. ``score`` None means scoring was unavailable."""

    text: str
    story: Story
    author: Author | None  # None = anonymous
    score: ScoreResult | None
    now: datetime  # timezone-aware UTC
    history: History
