"""Submitting comments: store as received, score, apply the policy, record.

One batch of submissions shares one transaction and the reads its comments
have in common; a newsroom's own comment skips the policy but not the audit.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Connection

from commentdesk.actions.policies import policy_from
from commentdesk.actions.transition import after_change
from commentdesk.domain import (
    Action,
    Author,
    Comment,
    CommentStatus,
    Decision,
    Reason,
    ScoreResult,
    Site,
    Story,
)
from commentdesk.errors import CommentDeskError, Conflict, InvalidInput, NotFound
from commentdesk.policy import Policy, PolicyError, Submission
from commentdesk.services import Services
from commentdesk.store import audit as audit_store
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store import events as event_store
from commentdesk.store import outbox as outbox_store
from commentdesk.store import stories as story_store
from commentdesk.store.database import pipelined
from commentdesk.store.history import BatchHistory
from commentdesk.textnorm import LONE_SURROGATE


@dataclass
class NewComment:
    story_id: int
    body: str
    parent_id: int | None = None
    author_external_id: str | None = None
    author_name: str = ""
    ip: str | None = None
    idempotency_key: str | None = None
    external_id: str | None = None  # set by imports, so a rerun adds nothing
    created_at: datetime | None = None
    keep_status: CommentStatus | None = None  # imports that keep their moderation state
    actor: str | None = None  # who submitted: an integration key, or None for a reader
    nudged: bool = False  # posted anyway after the widget's civility nudge
    staff_name: str | None = None  # written by the newsroom, under this byline
    score: ScoreResult | None = None  # already scored (batch imports score ahead)


@dataclass
class SubmitResult:
    comment: Comment
    decision: Decision
    created: bool  # False when an idempotent retry found the earlier comment


def unstorable(value: str) -> str | None:
    """Why no database could keep ``value``, or None when one can.

    PostgreSQL cannot hold a NUL in text, and nothing encodes a lone UTF-16
    surrogate (what the JSON escape "\\ud800" decodes to) as UTF-8: refused at
    the door, with the field named, rather than failing at the insert.
    """
    if "\x00" in value:
        return "must not contain NUL characters"
    lone = LONE_SURROGATE.search(value)
    if lone:
        return f"must not contain an unpaired surrogate (\\u{ord(lone[0]):04x})"
    return None


def validate_body(body: str, max_chars: int) -> str:
    if not isinstance(body, str):
        raise InvalidInput("body must be a string", field="body")
    problem = unstorable(body)
    if problem:
        raise InvalidInput(f"body {problem}", field="body")
    if not body.strip():
        raise InvalidInput(
            "body must not be empty or whitespace only", field="body", reason="empty"
        )
    if len(body) > max_chars:
        raise InvalidInput(
            f"body is {len(body)} characters; the limit is {max_chars}",
            field="body",
            reason="too_long",
            params={"length": len(body), "limit": max_chars},
        )
    return body


def submit(services: Services, site_id: int, new: NewComment) -> SubmitResult:
    """Store -> score -> apply the policy -> record decision and audit, in that order."""
    outcome = submit_batch(services, [(site_id, new)])[0]
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def submit_batch(
    services: Services,
    items: list[tuple[int, NewComment]],
    admit: Callable[[], list[Exception | None]] | None = None,
) -> list[SubmitResult | Exception]:
    """Submit several comments with one scorer call and one transaction.

    A refused submission (unknown story, closed story, foreign parent) fails
    alone. On SQLite the scorer runs before the transaction, so the write lock
    is held only for the policy and the inserts; on PostgreSQL, which has no
    such lock, the batch's reads go on while it scores. A comment the scorer
    could not score gets no score, and the policy then holds it ("scoring
    unavailable").

    Each comment is decided as if those before it in the batch were already
    stored (they count as repeats and in their author's record), but the
    comments are inserted together, and their tallies, audit rows, feed events
    and webhooks written together, before the one commit: a batch costs a few
    round trips to the database, not a few per comment.

    ``admit``, when given, counts the batch against its rate limits while the
    scorer works (for each item, None or the error refusing it): a refused
    comment is answered with that error, and nothing of it is stored.
    """
    outcomes: list[SubmitResult | Exception | _Pending | None] = [None] * len(items)
    bodies: dict[int, str] = {}
    for index, (_site_id, new) in enumerate(items):
        try:
            bodies[index] = validate_body(new.body, services.settings.max_body_chars)
        except InvalidInput as err:
            outcomes[index] = err
    keyed = [(i, items[i]) for i in bodies if items[i][1].idempotency_key]
    if keyed:
        with services.store.read() as conn:
            for index, (site_id, new) in keyed:
                earlier = comment_store.by_idempotency_key(conn, site_id, new.idempotency_key or "")
                if earlier is not None:
                    outcomes[index] = _retried(conn, earlier, bodies.pop(index))
    to_score = [i for i in bodies if items[i][1].keep_status is None and items[i][1].score is None]
    scoring = services.start_scoring([bodies[i] for i in to_score])
    if admit is not None:
        for index, refusal in enumerate(admit()):
            if refusal is not None:
                outcomes[index] = refusal
                bodies.pop(index, None)
    scores: list[ScoreResult | None] | None = None
    if services.store.dialect == "sqlite":
        # One SQLite writer at a time: score before taking the write lock.
        scores = scoring()
    texts: dict[int, set[str]] = {}
    authors: dict[int, set[str]] = {}
    for index, body in bodies.items():
        site_id, new = items[index]
        texts.setdefault(site_id, set()).add(comment_store.fingerprint(body))
        if new.author_external_id:
            authors.setdefault(site_id, set()).add(new.author_external_id)
    with services.store.write() as conn:
        cache = BatchCache(conn, BatchHistory(conn, texts), authors)
        if scores is None:
            # No lock to hold up other writers (PostgreSQL): read what the batch
            # needs while the scorer works, rather than one after the other.
            now = services.now()
            for index in bodies:
                cache.prefetch(*items[index], now)
            scores = scoring()
        scored = dict(zip(to_score, scores, strict=True))
        for index, body in bodies.items():
            site_id, new = items[index]
            score = new.score if new.score is not None else scored.get(index)
            # No savepoint per comment: every refusal is raised before the first
            # write, and a racing duplicate inserts nothing (see comments.insert_rows).
            try:
                outcomes[index] = _store_and_decide(services, cache, site_id, new, body, score)
            except CommentDeskError as err:
                outcomes[index] = err
        # The batch's last writes and its commit: one round trip on PostgreSQL.
        cache.flush()
    return [_outcome(o) for o in outcomes]


def _outcome(outcome: SubmitResult | Exception | _Pending | None) -> SubmitResult | Exception:
    if isinstance(outcome, _Pending):
        outcome = outcome.result
    return outcome if outcome is not None else RuntimeError("not submitted")


def _earlier_copy(
    conn: Connection, site_id: int, new: NewComment
) -> SubmitResult | InvalidInput | None:
    if new.idempotency_key:
        earlier = comment_store.by_idempotency_key(conn, site_id, new.idempotency_key)
        if earlier is not None:
            return _retried(conn, earlier, new.body)
    if new.external_id:
        # An archive imported again: its record is already there, as it was then.
        earlier = comment_store.by_external_id(conn, site_id, new.external_id)
        if earlier is not None:
            return _replayed(earlier)
    return None


def _retried(conn: Connection, earlier: Comment, body: str) -> SubmitResult | InvalidInput:
    """A retry under ``earlier``'s idempotency key is answered with it; another
    comment under the same key is refused, or its text would be silently lost.
    A retry that arrives after its author edited the comment is still one (an
    erased comment has no key left to find)."""
    if earlier.body == body:
        return _replayed(earlier)
    if any(edit["old_body"] == body for edit in comment_store.edits(conn, earlier.id)):
        return _replayed(earlier)
    return InvalidInput(
        "this Idempotency-Key was already used for a different comment; "
        "send a new key with each new comment",
        field="Idempotency-Key",
    )


def _replayed(earlier: Comment) -> SubmitResult:
    decision = Decision(
        earlier.status, earlier.reasons, earlier.policy_version, earlier.model_version
    )
    return SubmitResult(earlier, decision, created=False)


# The reason a comment is held when its story's policy cannot be composed.
POLICY_UNAVAILABLE = "policy-unavailable"


def decide(compose: Callable[[], Policy], submission: Submission) -> Decision:
    """The policy's decision; when the story's policy cannot be composed (a stored
    document that no longer loads, after an upgrade that checks more), the comment
    is held for a moderator rather than lost to a 500: fail closed."""
    try:
        policy = compose()
    except PolicyError as err:
        return _policy_unavailable(err, submission.score)
    return policy.decide(submission)


def _policy_unavailable(err: PolicyError, score: ScoreResult | None) -> Decision:
    reason = Reason(
        POLICY_UNAVAILABLE,
        Action.HOLD,
        "A moderator will read your comment before it appears, because the site's "
        "moderation policy could not be applied right now.",
        {"error": str(err)},
    )
    return Decision(CommentStatus.HELD, [reason], None, score.model_version if score else None)


@dataclass
class _Pending:
    """A comment of a batch, decided and waiting to be inserted with the others."""

    new: NewComment
    values: dict[str, Any]  # from comments.row
    decision: Decision
    score: ScoreResult | None
    author: Author | None  # the batch's copy, whose tallies the batch keeps
    author_name: str | None  # as it was when this comment came in
    root_id: int | None
    # Once inserted, found to be a copy, or refused as another comment under a used key.
    result: SubmitResult | InvalidInput | None = None

    @property
    def keyed(self) -> bool:
        return bool(self.new.idempotency_key or self.new.external_id)


class BatchCache:
    """What the comments of one batch share, and the writes they make together.

    Authors are read once and their tallies kept here as the batch goes, so a
    second comment by the same author is decided on the tallies the first left.
    """

    def __init__(
        self, conn: Connection, history: BatchHistory, authors: dict[int, set[str]]
    ) -> None:
        self.conn = conn
        self.history = history
        self.stories: dict[tuple[int, int], Story | None] = {}
        self.policies: dict[tuple[int, int], Policy] = {}
        self.documents: dict[tuple[int, int], dict[str, str]] = {}  # policies by scope
        self.sites: dict[int, Site] = {}
        self.wanted_authors = authors
        self.authors: dict[tuple[int, str], Author] = {}
        self.waiting: list[_Pending] = []
        # Written together at the end, one round trip each.
        self.audit: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.outbox: list[dict[str, Any]] = []
        self.author_counts: dict[int, tuple[int, int]] = {}
        self.reply_counts: dict[int, int] = {}
        self.story_counts: dict[int, int] = {}

    def flush(self) -> None:
        """Write what the batch's comments left to write, and commit: nothing
        may follow in the transaction."""
        self.insert_waiting()
        # Nothing below reads a result: one round trip for all of it, the
        # commit included.
        with pipelined(self.conn, commit=True):
            author_store.adjust_counts_many(self.conn, self.author_counts)
            comment_store.adjust_reply_counts(self.conn, self.reply_counts)
            story_store.adjust_comment_counts(self.conn, self.story_counts)
            audit_store.insert_rows(self.conn, self.audit)
            event_store.insert_rows(self.conn, self.events)
            outbox_store.insert_rows(self.conn, self.outbox)
        self.audit, self.events, self.outbox = [], [], []
        self.author_counts, self.reply_counts, self.story_counts = {}, {}, {}

    def story(self, site_id: int, story_id: int) -> Story | None:
        key = (site_id, story_id)
        if key not in self.stories:
            # Its site and policy come in the same round trip: the batch needs both.
            found = story_store.get_with_site(self.conn, site_id, story_id)
            if found is None:
                self.stories[key] = None
            else:
                self.stories[key], site, self.documents[key] = found
                self.sites.setdefault(site_id, site)
        return self.stories[key]

    def policy(self, site_id: int, story: Story) -> Policy:
        key = (site_id, story.id)
        if key not in self.policies:
            # Composed only when a comment needs it: imports keep their state.
            self.policies[key] = policy_from(story, self.documents[key])
        return self.policies[key]

    def site(self, site_id: int) -> Site:
        """The site of a story the batch has read: it came in the same read."""
        return self.sites[site_id]

    def prefetch(self, site_id: int, new: NewComment, now: datetime) -> None:
        """Read what deciding this comment will need; nothing is written."""
        story = self.story(site_id, new.story_id)
        policy = None
        if story is not None and new.keep_status is None and new.staff_name is None:
            with contextlib.suppress(PolicyError):  # held when decided (see decide)
                policy = self.policy(site_id, story)
        self._load_authors(site_id)
        if policy is not None:
            # The history its rules will ask about, read while the scorer works.
            self.history.prefetch(site_id, now, *policy.history_windows())

    def _load_authors(self, site_id: int) -> None:
        wanted = self.wanted_authors.pop(site_id, None)
        if wanted:
            # Every author of the batch on this site, in one query.
            for found in author_store.by_external_ids(self.conn, site_id, wanted):
                self.authors[(site_id, found.external_id)] = found
                self.history.expect_authors([found.id])

    def author(self, site_id: int, external_id: str, display_name: str) -> Author:
        self._load_authors(site_id)
        known = self.authors.get((site_id, external_id))
        if known is None:
            known = author_store.ensure(self.conn, site_id, external_id, display_name)
            self.authors[(site_id, external_id)] = known
        else:
            author_store.rename(self.conn, known, display_name)
        return known

    def parent(self, site_id: int, parent_id: int) -> tuple[Comment, int] | None:
        found = comment_store.get_with_root(self.conn, site_id, parent_id)
        if found is None and self.waiting:
            # It may be a comment of this batch that is not inserted yet.
            self.insert_waiting()
            found = comment_store.get_with_root(self.conn, site_id, parent_id)
        return found

    def add(self, pending: _Pending) -> None:
        self.waiting.append(pending)
        if pending.keyed:
            # Whether it is stored or turns out to be a copy of one already
            # stored changes what the comments after it see: insert it now.
            self.insert_waiting()
        else:
            self._counted(pending)

    def _counted(self, pending: _Pending) -> None:
        """Let the comments after this one see it in the history and its author's tallies."""
        self.history.add(pending.values)
        if pending.author is not None:
            status = pending.decision.status
            pending.author.approved_count += status is CommentStatus.APPROVED
            pending.author.rejected_count += status is CommentStatus.REJECTED

    def insert_waiting(self) -> None:
        waiting, self.waiting = self.waiting, []
        if not waiting:
            return
        ids = comment_store.insert_rows(self.conn, [p.values for p in waiting])
        for pending, comment_id in zip(waiting, ids, strict=True):
            if comment_id is not None and pending.keyed:
                self._counted(pending)
        self.history.mark_stored()
        for pending, comment_id in zip(waiting, ids, strict=True):
            if comment_id is None:
                earlier = _earlier_copy(self.conn, pending.values["site_id"], pending.new)
                assert earlier is not None, "a conflicting insert leaves the earlier copy"
                pending.result = earlier
                continue
            comment = comment_store.stored(
                comment_id, pending.values, pending.decision, pending.score
            )
            comment.author_name = pending.author_name
            after_change(
                self.conn,
                comment,
                pending.decision,
                was=None,
                actor=pending.new.actor,
                action="submit",
                batch=self,
                root_id=pending.root_id,
            )
            pending.result = SubmitResult(comment, pending.decision, created=True)


def _store_and_decide(
    services: Services,
    cache: BatchCache,
    site_id: int,
    new: NewComment,
    body: str,
    score: ScoreResult | None,
) -> SubmitResult | _Pending:
    conn = cache.conn
    if new.external_id:
        # A keyed comment of this batch is inserted as soon as it is decided, so
        # the database already holds every earlier copy.
        existing = comment_store.by_external_id(conn, site_id, new.external_id)
        if existing is not None:
            return _replayed(existing)
    story = cache.story(site_id, new.story_id)
    if story is None:
        raise NotFound(f"story {new.story_id} not found", field="story_id")
    # The newsroom may still speak in a closed thread (to say why it closed).
    exempt = new.keep_status is not None or new.staff_name is not None
    if not story.accepts_comments(services.now()) and not exempt:
        raise Conflict(
            f"story {story.external_id!r} is closed to new comments", reason="story_closed"
        )
    root_id = None
    if new.parent_id is not None:
        found = cache.parent(site_id, new.parent_id)
        if found is None or found[0].story_id != story.id:
            raise InvalidInput(
                f"parent comment {new.parent_id} does not belong to this story",
                field="parent_id",
                reason="reply_elsewhere",
            )
        root_id = found[1]
    author = None
    if new.author_external_id:
        author = cache.author(
            site_id, new.author_external_id, new.author_name or new.author_external_id
        )
    # Decide before inserting, so the history the policy consults (repeats,
    # rejection rate) is made of earlier comments only.
    if new.keep_status is not None:
        decision = Decision(
            new.keep_status,
            [Reason("imported", Action.FLAG, "imported with its moderation state")],
            None,
            None,
        )
    elif new.staff_name is not None:
        # The newsroom answers for its own words: no policy between them and
        # its readers. Scored all the same, so the record is complete.
        decision = Decision(
            CommentStatus.APPROVED,
            [Reason(STAFF_RULE, Action.APPROVE, "written by the newsroom")],
            None,
            score.model_version if score else None,
        )
    else:
        decision = decide(
            lambda: cache.policy(site_id, story),
            Submission(
                text=body,
                story=story,
                # A copy: the batch goes on counting this author's tallies.
                author=replace(author) if author else None,
                score=score,
                now=services.now(),
                history=cache.history.for_comment(),
            ),
        )
        if new.nudged and decision.status is CommentStatus.APPROVED:
            # The reader was told the draft looked uncivil and chose to post it as it was.
            nudge = Reason(
                "civility-nudge",
                Action.HOLD,
                "A moderator will read your comment before it appears, because you posted "
                "it after a civility warning.",
            )
            decision = Decision(
                CommentStatus.HELD,
                [nudge, *decision.reasons],
                decision.policy_version,
                decision.model_version,
            )
    values = comment_store.row(
        site_id=site_id,
        story_id=story.id,
        parent_id=new.parent_id,
        root_id=root_id,
        author_id=author.id if author else None,
        body=body,
        decision=decision,
        score=score,
        ip_hash=hash_ip(new.ip, cache.site(site_id)),
        idempotency_key=new.idempotency_key,
        external_id=new.external_id,
        created_at=new.created_at,
        staff_name=new.staff_name,
    )
    name = new.staff_name or (author.display_name if author else None)
    pending = _Pending(new, values, decision, score, author, name, root_id)
    cache.add(pending)
    return pending


# The rule named by the decision on a comment the newsroom wrote.
STAFF_RULE = "newsroom"


def post_as_newsroom(
    services: Services,
    site_id: int,
    story_id: int,
    body: str,
    *,
    byline: str,
    actor: str,
    parent_id: int | None = None,
) -> SubmitResult:
    """A moderator or editor writes in the thread as the newsroom, under `byline`.

    Published at once, also in a closed story; the audit log names who wrote it.
    """
    byline = " ".join(byline.split())
    if not byline:
        raise InvalidInput("a byline is needed", field="byline")
    new = NewComment(story_id, body, parent_id=parent_id, actor=actor, staff_name=byline[:200])
    return submit(services, site_id, new)


def hash_ip(ip: str | None, site: Site | None) -> str | None:
    """The address as stored: never raw, and keyed with a secret of the site.

    The same address gives the same value on one site, so moderators can see
    one origin behind several names; a plain hash of an IPv4 address could be
    reversed by trying all four billion, this one only with the site's secret.
    """
    if not ip or site is None:
        return None
    key = hmac.new(site.webhook_secret.encode(), b"commentdesk address", hashlib.sha256)
    return hmac.new(key.digest(), ip.encode(), hashlib.sha256).hexdigest()[:32]
