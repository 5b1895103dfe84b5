"""The use cases: submit, decide, report, like, act on authors, erase them, set policies.

The API, the dashboard, the CLI and batch jobs all call these functions, so a
comment is treated the same whichever door it came through. Each one does its
writes in a single transaction, the audit rows included.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.engine import Connection

from commentdesk.domain import (
    Action,
    Author,
    AuthorStatus,
    Comment,
    CommentStatus,
    Decision,
    Like,
    Reason,
    ScoreResult,
    Site,
    Story,
)
from commentdesk.errors import CommentDeskError, Conflict, Forbidden, InvalidInput, NotFound
from commentdesk.policy import Policy, PolicyError, Submission, default_policy
from commentdesk.policy.backtest import BacktestCase, BacktestReport
from commentdesk.policy.backtest import backtest as run_backtest
from commentdesk.policy.calibration import CalibrationReport
from commentdesk.policy.calibration import calibrate as run_calibrate
from commentdesk.services import Services
from commentdesk.store import HistoryBefore
from commentdesk.store import audit as audit_store
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store import events as event_store
from commentdesk.store import ignores as ignore_store
from commentdesk.store import likes as like_store
from commentdesk.store import outbox as outbox_store
from commentdesk.store import policies as policy_store
from commentdesk.store import sites as site_store
from commentdesk.store import stories as story_store
from commentdesk.store.history import BatchHistory
from commentdesk.store.ignores import Ignored

# --- submitting ----------------------------------------------------------------------


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


def validate_body(body: str, max_chars: int) -> str:
    if not isinstance(body, str):
        raise InvalidInput("body must be a string", field="body")
    if "\x00" in body:
        raise InvalidInput("body must not contain NUL characters", field="body")
    if not body.strip():
        raise InvalidInput("body must not be empty or whitespace only", field="body")
    if len(body) > max_chars:
        raise InvalidInput(
            f"body is {len(body)} characters; the limit is {max_chars}", field="body"
        )
    return body


def submit(services: Services, site_id: int, new: NewComment) -> SubmitResult:
    """Store -> score -> apply the policy -> record decision and audit, in that order."""
    outcome = submit_batch(services, [(site_id, new)])[0]
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def submit_batch(
    services: Services, items: list[tuple[int, NewComment]]
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
                    outcomes[index] = _replayed(earlier)
                    del bodies[index]
    to_score = [i for i in bodies if items[i][1].keep_status is None and items[i][1].score is None]
    scoring = services.start_scoring([bodies[i] for i in to_score])
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
        cache = _BatchCache(conn, BatchHistory(conn, texts), authors)
        if scores is None:
            # No lock to hold up other writers (PostgreSQL): read what the batch
            # needs while the scorer works, rather than one after the other.
            for index in bodies:
                cache.prefetch(*items[index])
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
        cache.flush()
    return [_outcome(o) for o in outcomes]


def _outcome(outcome: SubmitResult | Exception | _Pending | None) -> SubmitResult | Exception:
    if isinstance(outcome, _Pending):
        outcome = outcome.result
    return outcome if outcome is not None else RuntimeError("not submitted")


def _earlier_copy(conn: Connection, site_id: int, new: NewComment) -> SubmitResult | None:
    earlier = None
    if new.idempotency_key:
        earlier = comment_store.by_idempotency_key(conn, site_id, new.idempotency_key)
    if earlier is None and new.external_id:
        earlier = comment_store.by_external_id(conn, site_id, new.external_id)
    return _replayed(earlier) if earlier is not None else None


def _replayed(earlier: Comment) -> SubmitResult:
    decision = Decision(
        earlier.status, earlier.reasons, earlier.policy_version, earlier.model_version
    )
    return SubmitResult(earlier, decision, created=False)


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
    result: SubmitResult | None = None  # once inserted (or found to be a copy)

    @property
    def keyed(self) -> bool:
        return bool(self.new.idempotency_key or self.new.external_id)


class _BatchCache:
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
        self.sites: dict[int, Site | None] = {}
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
        self.insert_waiting()
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
            self.stories[key] = story_store.get(self.conn, site_id, story_id)
        return self.stories[key]

    def policy(self, site_id: int, story: Story) -> Policy:
        key = (site_id, story.id)
        if key not in self.policies:
            self.policies[key] = policy_for(self.conn, site_id, story)
        return self.policies[key]

    def site(self, site_id: int) -> Site | None:
        if site_id not in self.sites:
            self.sites[site_id] = site_store.get(self.conn, site_id)
        return self.sites[site_id]

    def prefetch(self, site_id: int, new: NewComment) -> None:
        """Read what deciding this comment will need; nothing is written."""
        story = self.story(site_id, new.story_id)
        if story is not None:
            if new.keep_status is None:
                self.policy(site_id, story)
            self.site(site_id)
        self._load_authors(site_id)

    def _load_authors(self, site_id: int) -> None:
        wanted = self.wanted_authors.pop(site_id, None)
        if wanted:
            # Every author of the batch on this site, in one query.
            for found in author_store.by_external_ids(self.conn, site_id, wanted):
                self.authors[(site_id, found.external_id)] = found

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
            _after_change(
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
    cache: _BatchCache,
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
        raise Conflict(f"story {story.external_id!r} is closed to new comments")
    root_id = None
    if new.parent_id is not None:
        found = cache.parent(site_id, new.parent_id)
        if found is None or found[0].story_id != story.id:
            raise InvalidInput(
                f"parent comment {new.parent_id} does not belong to this story",
                field="parent_id",
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
        policy = cache.policy(site_id, story)
        decision = policy.decide(
            Submission(
                text=body,
                story=story,
                # A copy: the batch goes on counting this author's tallies.
                author=replace(author) if author else None,
                score=score,
                now=services.now(),
                history=cache.history.for_comment(),
            )
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


def transition(
    conn: Connection,
    before: Comment,
    decision: Decision,
    *,
    actor: str | None,
    action: str,
    old_state: str | None,
    by_moderator: bool,
) -> Comment:
    """Record a decision with everything that hangs off a status change.

    The audit row, the author's tallies, the thread's reply count, the
    story's comment count, the live event for readers and the webhook all
    happen here, in the caller's transaction, whoever made the decision
    (policy, moderator, rescore, erasure, import).
    """
    comment_store.record_decision(conn, before.id, decision, by_moderator=by_moderator)
    was = CommentStatus(old_state) if old_state else None
    _after_change(conn, before, decision, was=was, actor=actor, action=action)
    after = comment_store.get(conn, before.site_id, before.id)
    assert after is not None
    return after


def _after_change(
    conn: Connection,
    comment: Comment,
    decision: Decision,
    *,
    was: CommentStatus | None,
    actor: str | None,
    action: str,
    batch: _BatchCache | None = None,
    root_id: int | None = None,
) -> None:
    """The audit row, and what hangs off a status change: tallies, feed, webhooks.

    Within a batch (where `root_id` is the comment's thread, already known)
    these rows and counts wait in the batch and are written with the others
    before the same commit.
    """
    entry = audit_store.row(
        site_id=comment.site_id,
        subject_type="comment",
        subject_id=comment.id,
        action=action,
        actor=actor,
        old_state=was.value if was else None,
        new_state=decision.status.value,
        reasons=decision.reasons,
        model_version=decision.model_version or comment.model_version,
        policy_version=decision.policy_version,
    )
    feed: list[dict[str, Any]] = []
    now = decision.status
    if now is CommentStatus.APPROVED and was is not CommentStatus.APPROVED:
        feed.append(event_store.row(comment.site_id, comment.story_id, "approved", comment.id))
    elif was is CommentStatus.APPROVED and now is not CommentStatus.APPROVED:
        feed.append(event_store.row(comment.site_id, comment.story_id, "removed", comment.id))
    if batch is not None:
        batch.audit.append(entry)
        batch.events.extend(feed)
    else:
        audit_store.insert_rows(conn, [entry])
        event_store.insert_rows(conn, feed)
    if was == now:
        return
    approved = _delta(was, now, CommentStatus.APPROVED)
    rejected = _delta(was, now, CommentStatus.REJECTED)
    if batch is not None:
        if comment.author_id is not None:
            a, r = batch.author_counts.get(comment.author_id, (0, 0))
            batch.author_counts[comment.author_id] = (a + approved, r + rejected)
        if root_id is not None:
            batch.reply_counts[root_id] = batch.reply_counts.get(root_id, 0) + approved
        story_counts = batch.story_counts
        story_counts[comment.story_id] = story_counts.get(comment.story_id, 0) + approved
        found = batch.site(comment.site_id)
        if found is not None and found.webhook_urls:
            writer = _writer(conn, comment, batch)
            batch.outbox += _webhook(found, comment, decision, actor, writer)
            batch.outbox += _reply_notice(conn, found, comment, was=was, now=now)
        return
    if comment.author_id is not None:
        author_store.adjust_counts(conn, comment.author_id, approved=approved, rejected=rejected)
    root = _root_id(conn, comment)
    if root is not None:
        comment_store.adjust_reply_count(conn, root, approved)
    story_store.adjust_comment_counts(conn, {comment.story_id: approved})
    found = site_store.get(conn, comment.site_id)
    if found is not None and found.webhook_urls:
        writer = _writer(conn, comment, None)
        outbox_store.insert_rows(conn, _webhook(found, comment, decision, actor, writer))
        outbox_store.insert_rows(conn, _reply_notice(conn, found, comment, was=was, now=now))


def _delta(was: CommentStatus | None, now: CommentStatus, status: CommentStatus) -> int:
    return int(now is status) - int(was is status)


def _root_id(conn: Connection, comment: Comment) -> int | None:
    return None if comment.parent_id is None else comment_store.root_of(conn, comment.id)


# The webhook event that asks the host site to tell a reader of a reply.
REPLY_EVENT = "comment.replied"


def _writer(conn: Connection, comment: Comment, batch: _BatchCache | None) -> Author | None:
    """The reader who wrote the comment (None for anonymous and newsroom comments),
    from the batch's authors when it has them."""
    if comment.author_id is None:
        return None
    if batch is not None:
        for known in batch.authors.values():
            if known.id == comment.author_id:
                return known
    return author_store.get(conn, comment.site_id, comment.author_id)


def _webhook(
    site: Site, comment: Comment, decision: Decision, actor: str | None, writer: Author | None
) -> list[dict[str, Any]]:
    """The outbox rows that tell the site's webhooks about a decision.

    They name the writer by the host site's id, so it can tell them their
    comment was published or why it was not; erasing a reader takes that id
    out again (`outbox.forget_author`).
    """
    decisive = decision.decisive
    return outbox_store.messages(
        site.id,
        site.webhook_urls,
        f"comment.{decision.status.value}",
        {
            "comment_id": comment.id,
            "story_id": comment.story_id,
            "status": decision.status.value,
            "reason": decisive.message if decisive else None,
            "rules": [r.rule for r in decision.reasons],
            "actor": actor,
            "policy_version": decision.policy_version,
            "model_version": decision.model_version or comment.model_version,
            "author_id": writer.id if writer else None,
            "author_external_id": writer.external_id if writer else None,
        },
    )


def _reply_notice(
    conn: Connection,
    site: Site,
    comment: Comment,
    *,
    was: CommentStatus | None,
    now: CommentStatus,
) -> list[dict[str, Any]]:
    """The outbox rows that tell the host site a reader's comment was answered.

    Comment Desk knows no reader's address: the host site does, so it is the
    one to tell them, by mail or in its app. The notice goes out when the reply
    is published, not when it is written, so no reader hears of a reply that a
    moderator then rejects; nobody hears of their own replies, and a reader
    who deleted the comment, or asked to be erased, hears nothing.
    """
    if comment.parent_id is None or now is not CommentStatus.APPROVED:
        return []
    if was is CommentStatus.APPROVED:
        return []
    parent = comment_store.get(conn, comment.site_id, comment.parent_id)
    if parent is None or parent.author_id is None or is_erased(parent):
        return []
    if parent.author_id == comment.author_id:
        return []
    reader = author_store.get(conn, comment.site_id, parent.author_id)
    if reader is None or reader.status is AuthorStatus.ERASED:
        return []
    return outbox_store.messages(
        site.id,
        site.webhook_urls,
        REPLY_EVENT,
        {
            "comment_id": comment.id,
            "story_id": comment.story_id,
            "parent_id": parent.id,
            # Both readers by Comment Desk's id too, so erasing either can find it.
            "parent_author_id": reader.id,
            "parent_author_external_id": reader.external_id,
            "author_id": comment.author_id,
            "author_name": comment.author_name,
        },
    )


# --- sites ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SiteSettings:
    """What a newsroom's admin may change about their site."""

    name: str
    allowed_origins: list[str]  # pages that may embed the discussion
    webhook_urls: list[str]  # receivers of decisions, replies and reports
    close_after_days: int | None  # new stories close this long after creation
    sign_in_required: bool
    reports_to_hold: int | None  # different reporters that hold a comment


def create_site(services: Services, slug: str, wanted: SiteSettings, *, actor: str) -> Site:
    """A new site (a newsroom or brand), its settings checked as `update_site` checks them."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,62}", slug):
        raise InvalidInput(
            "a site's slug is 1 to 63 lowercase letters, digits and dashes", field="slug"
        )
    values = _checked_settings(wanted)
    with services.store.write() as conn:
        if site_store.by_slug(conn, slug) is not None:
            raise Conflict(f"there is already a site {slug!r}", field="slug")
        site = site_store.create(conn, slug, **values)
        audit_store.append(
            conn,
            site_id=site.id,
            subject_type="site",
            subject_id=site.id,
            action="create",
            actor=actor,
            old_state=None,
            new_state=None,
            reasons=[{"changed": sorted(values)}],
        )
    return site


def update_site(services: Services, site_id: int, wanted: SiteSettings, *, actor: str) -> Site:
    """Change a site's settings, each checked first; audited with what changed."""
    values = _checked_settings(wanted)
    with services.store.write() as conn:
        before = site_store.get(conn, site_id)
        if before is None:
            raise NotFound(f"site {site_id} not found")
        changed = sorted(k for k, v in values.items() if getattr(before, k) != v)
        if not changed:
            return before
        site = site_store.update(conn, site_id, **values)
        audit_store.append(
            conn,
            site_id=site_id,
            subject_type="site",
            subject_id=site_id,
            action="settings",
            actor=actor,
            old_state=None,
            new_state=None,
            reasons=[{"changed": changed}],
        )
    assert site is not None
    return site


def _checked_settings(wanted: SiteSettings) -> dict[str, Any]:
    """The settings as stored, or InvalidInput naming the first one that is wrong.

    An origin is a page's scheme, host and port, nothing more (the browser
    sends exactly that); a webhook is an http(s) address.
    """
    name = wanted.name.strip()
    if not 0 < len(name) <= 200:
        raise InvalidInput("the site needs a name of 1 to 200 characters", field="name")
    origins = sorted({_origin(o) for o in wanted.allowed_origins if o.strip()})
    urls = list(dict.fromkeys(_webhook_url(u) for u in wanted.webhook_urls if u.strip()))
    for value, field_name, top in (
        (wanted.close_after_days, "close_after_days", 3650),
        (wanted.reports_to_hold, "reports_to_hold", 1000),
    ):
        if value is not None and not 0 <= value <= top:
            raise InvalidInput(f"{field_name} must be between 0 and {top}", field=field_name)
    return {
        "name": name,
        "allowed_origins": origins,
        "webhook_urls": urls,
        "close_after_days": wanted.close_after_days or None,
        "sign_in_required": wanted.sign_in_required,
        "reports_to_hold": wanted.reports_to_hold or None,
    }


def _origin(text: str) -> str:
    parts = urlsplit(text.strip())
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
        or parts.username
    ):
        raise InvalidInput(
            f"{text.strip()!r} is not an origin like https://news.example", field="allowed_origins"
        )
    return f"{parts.scheme}://{parts.netloc.lower()}"


def _webhook_url(text: str) -> str:
    parts = urlsplit(text.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username:
        raise InvalidInput(
            f"{text.strip()!r} is not an http(s) address", field="webhook_urls"
        )
    return text.strip()


# --- stories -------------------------------------------------------------------------


def update_story(
    services: Services,
    site_id: int,
    story_id: int,
    *,
    actor: str,
    is_open: bool | None = None,
    premoderated: bool | None = None,
    closes_at: story_store.ClosesAt = story_store.UNSET,
) -> Story:
    """Open or close a story, move its closing time, or switch pre-moderation; audited.

    A story whose closing time has passed is not reopened by `is_open` alone:
    the caller gives a new `closes_at` (or None, for none) with it. Otherwise a
    newsroom that reopens one story by hand would find it closed again at
    once, or a CMS that sends `is_open: true` with every update would undo
    every automatic closing.
    """
    if isinstance(closes_at, datetime) and closes_at.tzinfo is None:
        raise InvalidInput("closes_at must give its time zone", field="closes_at")
    now = services.now()
    with services.store.write() as conn:
        before = story_store.get(conn, site_id, story_id)
        if before is None:
            raise NotFound(f"story {story_id} not found", field="story_id")
        if is_open and before.closed_by_time(now) and closes_at is story_store.UNSET:
            raise Conflict(
                f"story {before.external_id!r} closed itself at "
                f"{before.closes_at.isoformat() if before.closes_at else ''}; to reopen it, "
                "give a new closes_at, or closes_at null for no closing time",
                field="closes_at",
            )
        story = story_store.set_state(
            conn,
            site_id,
            story_id,
            is_open=is_open,
            premoderated=premoderated,
            closes_at=closes_at,
        )
        assert story is not None
        change: dict[str, Any] = {}
        if is_open is not None:
            change["is_open"] = is_open
        if premoderated is not None:
            change["premoderated"] = premoderated
        if closes_at is not story_store.UNSET:
            change["closes_at"] = closes_at.isoformat() if closes_at else None
        audit_store.append(
            conn,
            site_id=site_id,
            subject_type="story",
            subject_id=story.id,
            action="update",
            actor=actor,
            old_state=story_state(before, now),
            new_state=story_state(story, now),
            reasons=[change],
        )
    return story


def story_state(story: Story, now: datetime) -> str:
    """A story's state in the audit log's words."""
    state = "open" if story.accepts_comments(now) else "closed"
    return state + (", premoderated" if story.premoderated else "")


# --- policies ------------------------------------------------------------------------


def policy_for(conn: Connection, site_id: int, story: Story | None) -> Policy:
    """The site's policy, with its section's and then its story's overrides applied."""
    scopes = ["site"]
    if story is not None:
        if story.section:
            scopes.append(f"section:{story.section}")
        scopes.append(f"story:{story.id}")
    current = policy_store.current_many(conn, site_id, scopes)
    documents = tuple(current[s].document if s in current else None for s in scopes)
    return _compose(documents)


@functools.lru_cache(maxsize=256)
def _compose(documents: tuple[str | None, ...]) -> Policy:
    """Parsing YAML costs milliseconds; the same documents always give the same policy."""
    site_document, *overrides = documents
    policy = (
        Policy.from_yaml(site_document, source="site policy") if site_document else default_policy()
    )
    for override in overrides:
        if override is not None:
            policy = policy.with_override(override)
    return policy


def set_policy(
    services: Services,
    site_id: int,
    document: str,
    *,
    scope: str = "site",
    actor: str | None = None,
) -> policy_store.StoredPolicy:
    """Validate and store a new version; decisions already made keep their version."""
    if scope != "site" and not scope.startswith(("section:", "story:")):
        raise InvalidInput("scope must be 'site', 'section:NAME' or 'story:ID'", field="scope")
    try:
        if scope == "site":
            policy = Policy.from_yaml(document, source="policy")
        else:
            with services.store.read() as conn:
                policy = policy_for(conn, site_id, None).with_override(document)
    except PolicyError as err:
        raise InvalidInput(str(err), field="document") from err
    with services.store.write() as conn:
        stored = policy_store.save(conn, site_id, scope, policy.version, document, actor)
        audit_store.append(
            conn,
            site_id=site_id,
            subject_type="policy",
            subject_id=stored.id,
            action="set_policy",
            actor=actor,
            old_state=None,
            new_state=policy.version,
            reasons=[{"scope": scope}],
            policy_version=policy.version,
        )
    return stored


# --- moderating ----------------------------------------------------------------------

MODERATOR_ACTIONS = {"approve": Action.APPROVE, "reject": Action.REJECT, "hold": Action.HOLD}


def decide(
    services: Services,
    site_id: int,
    comment_ids: list[int],
    verb: str,
    *,
    actor: str,
    reason: str = "",
) -> list[Comment]:
    """A moderator approves, rejects or holds one comment or many."""
    if verb not in MODERATOR_ACTIONS:
        raise InvalidInput(f"action must be one of {sorted(MODERATOR_ACTIONS)}", field="action")
    if not comment_ids:
        raise InvalidInput("no comments given", field="ids")
    action = MODERATOR_ACTIONS[verb]
    message = (
        reason.strip()
        or {
            Action.APPROVE: "approved by a moderator",
            Action.REJECT: "removed by a moderator",
            Action.HOLD: "held for review by a moderator",
        }[action]
    )
    changed = []
    with services.store.write() as conn:
        found = {c.id: c for c in comment_store.get_many(conn, site_id, comment_ids)}
        missing = [i for i in comment_ids if i not in found]
        if missing:
            raise NotFound(f"comments not found: {missing}", field="ids")
        erased = [i for i in comment_ids if is_erased(found[i])]
        if erased:
            # Nothing is left to publish, and its writer asked for it gone.
            raise Conflict(f"comments erased at their author's request: {erased}")
        for comment_id in dict.fromkeys(comment_ids):
            before = found[comment_id]
            decision = Decision(
                action.status(),
                [Reason("moderator", action, message, {"moderator": actor})],
                before.policy_version,
                before.model_version,
            )
            changed.append(
                transition(
                    conn,
                    before,
                    decision,
                    actor=actor,
                    action=verb,
                    old_state=before.status.value,
                    by_moderator=True,
                )
            )
    return changed


def feature(
    services: Services, site_id: int, comment_id: int, featured: bool, *, actor: str
) -> Comment:
    """The newsroom features a published comment (an editor's pick), or stops."""
    with services.store.write() as conn:
        comment = comment_store.get(conn, site_id, comment_id)
        if comment is None:
            raise NotFound(f"comment {comment_id} not found", field="comment_id")
        if featured and comment.status is not CommentStatus.APPROVED:
            raise Conflict("only a published comment can be featured; approve it first")
        if (comment.featured_at is not None) != featured:
            comment_store.set_featured(conn, comment.id, services.now() if featured else None)
            audit_store.append(
                conn,
                site_id=site_id,
                subject_type="comment",
                subject_id=comment.id,
                action="feature" if featured else "unfeature",
                actor=actor,
                old_state=comment.status.value,
                new_state=comment.status.value,
                reasons=[],
            )
        after = comment_store.get(conn, site_id, comment_id)
    assert after is not None
    return after


def report(
    services: Services, site_id: int, comment_id: int, reason: str, reporter: str | None
) -> int:
    reason = (reason or "").strip()[:1000] or "no reason given"
    with services.store.write() as conn:
        comment = comment_store.get(conn, site_id, comment_id)
        if comment is None or comment.status is not CommentStatus.APPROVED:
            # Readers can only see approved comments, so only those can be reported.
            raise NotFound(f"comment {comment_id} not found", field="comment_id")
        count = comment_store.add_report(conn, site_id, comment_id, reason, reporter)
        audit_store.append(
            conn,
            site_id=site_id,
            subject_type="comment",
            subject_id=comment_id,
            action="report",
            actor=reporter,
            old_state=comment.status.value,
            new_state=comment.status.value,
            reasons=[{"reason": reason}],
        )
        site = site_store.get(conn, site_id)
        if site is None:
            return count
        flagged_by = comment_store.reporters(conn, comment_id)
        if site.webhook_urls:
            # So the newsroom hears of it where it works (a chat channel, say).
            payload = {
                "comment_id": comment_id,
                "story_id": comment.story_id,
                "reports": count,
                "reporters": flagged_by,
                "reason": reason,
            }
            outbox_store.enqueue(conn, site_id, site.webhook_urls, REPORT_EVENT, payload)
        if (
            site.reports_to_hold
            and flagged_by >= site.reports_to_hold
            and comment_store.moderator_status(conn, comment_id) is None
        ):
            _hold_on_reports(conn, comment, flagged_by)
    return count


# The webhook event for a reader's report.
REPORT_EVENT = "comment.reported"
# The rule named by the decision that holds a comment many readers reported.
REPORTS_RULE = "reports"


def _hold_on_reports(conn: Connection, comment: Comment, reporters: int) -> None:
    """Back to the queue until a moderator looks; no verdict on the comment itself.
    Only ever once per comment: a moderator's decision then stands (see `report`)."""
    message = f"held for review after reports from {reporters} readers"
    reason = Reason(REPORTS_RULE, Action.HOLD, message, {"reporters": reporters})
    _move(
        conn, comment, CommentStatus.HELD, reason, actor=None, action="reports",
        by_moderator=False,
    )


# --- likes ---------------------------------------------------------------------------


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
            why = _NO_LIKING.get(author.effective_status(services.now()))
            if why is not None:
                raise Forbidden(why)
            if author.id == comment.author_id:
                raise Conflict("you cannot like your own comment", field="comment_id")
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


# --- readers ignoring readers -------------------------------------------------------


# Each page a reader opens lists everyone they ignore, so the list has a bound.
IGNORE_LIMIT = 500


@dataclass(frozen=True)
class HiddenWriter:
    """A writer the reader ignores, and their published comments on one story."""

    author_id: int
    name: str  # their display name, for the folded comments' line
    comment_ids: list[int]


def ignore_author(
    services: Services,
    site_id: int,
    comment_id: int,
    reader_external_id: str,
    reader_name: str = "",
) -> HiddenWriter:
    """A signed-in reader ignores the writer of a published comment: the widget
    hides that writer's comments from this reader from now on, on every story.

    A reader's own setting, not moderation: nobody else's view changes, the
    ignored reader is not told, and no audit row is written. The newsroom's
    comments and anonymous ones name no reader, so they cannot be ignored.
    """
    with services.store.write() as conn:
        comment = comment_store.get(conn, site_id, comment_id)
        if comment is None or comment.status is not CommentStatus.APPROVED:
            # Readers only see published comments; the others are not theirs to know of.
            raise NotFound(f"comment {comment_id} not found", field="comment_id")
        if comment.staff_name is not None or comment.author_id is None:
            raise Conflict("only a signed-in reader's comments can be ignored", field="comment_id")
        reader = author_store.by_external_id(conn, site_id, reader_external_id)
        if reader is None:
            reader = author_store.ensure(
                conn, site_id, reader_external_id, reader_name or reader_external_id
            )
        if reader.id == comment.author_id:
            raise Conflict("you cannot ignore yourself", field="comment_id")
        if ignore_store.count(conn, reader.id) >= IGNORE_LIMIT and comment.author_id not in {
            i.author_id for i in ignore_store.of_reader(conn, reader.id)
        }:
            raise Conflict(
                f"you already ignore {IGNORE_LIMIT} readers; stop ignoring some first",
                field="comment_id",
            )
        ignore_store.add(conn, reader.id, comment.author_id, services.now())
        ignored = author_store.get(conn, site_id, comment.author_id)
        hidden = ignore_store.hidden_in_story(conn, reader.id, comment.story_id)
    name = ignored.display_name if ignored else ""
    return HiddenWriter(comment.author_id, name, hidden.get(comment.author_id, []))


def stop_ignoring(
    services: Services, site_id: int, reader_external_id: str, author_id: int
) -> bool:
    """The reader sees that reader's comments again; whether they had ignored them."""
    with services.store.write() as conn:
        reader = author_store.by_external_id(conn, site_id, reader_external_id)
        if reader is None or author_store.get(conn, site_id, author_id) is None:
            return False
        return ignore_store.remove(conn, reader.id, author_id)


def ignored_by(services: Services, site_id: int, reader_external_id: str) -> list[Ignored]:
    """Whom the reader ignores, so they can change their mind."""
    with services.store.read() as conn:
        reader = author_store.by_external_id(conn, site_id, reader_external_id)
        return [] if reader is None else ignore_store.of_reader(conn, reader.id)


def edit(
    services: Services, site_id: int, comment_id: int, author_external_id: str, body: str
) -> SubmitResult:
    """An author edits their own comment: the old text is kept, the new one re-decided.

    Only for a while after posting: by the time others have read and answered
    it, a comment that changes under them would change what their replies mean.
    """
    window = services.settings.edit_window_s
    if window <= 0:
        raise Conflict("comments cannot be edited on this site")
    body = validate_body(body, services.settings.max_body_chars)
    score = services.score_safely([body])[0]
    with services.store.write() as conn:
        before = comment_store.get(conn, site_id, comment_id)
        author = author_store.by_external_id(conn, site_id, author_external_id)
        if before is None or author is None or before.author_id != author.id:
            raise NotFound(f"comment {comment_id} not found", field="comment_id")
        story = story_store.get(conn, site_id, before.story_id)
        assert story is not None
        if not story.accepts_comments(services.now()):
            raise Conflict("the story is closed; comments can no longer be edited")
        posted = before.created_at or services.now()
        if services.now() - posted > timedelta(seconds=window):
            raise Conflict(f"a comment can be edited for {_span(window)} after posting")
        # The audit log names the author by our id, not the host's: audit rows
        # are never rewritten, and an erasure must leave no way back to the reader.
        actor = f"author:{author.id}"
        comment_store.edit_body(conn, comment_id, body, actor)
        comment_store.record_scores(conn, comment_id, score)
        decision = policy_for(conn, site_id, story).decide(
            Submission(
                body,
                story,
                author,
                score,
                services.now(),
                HistoryBefore(conn, replace(before, body=body)),
            )
        )
        after = transition(
            conn,
            before,
            decision,
            actor=actor,
            action="edit",
            old_state=before.status.value,
            by_moderator=False,
        )
    return SubmitResult(after, decision, created=False)


def _span(seconds: int) -> str:
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return f"{hours} hour{'s' if hours != 1 else ''}"
    if seconds % 60 == 0:
        minutes = seconds // 60
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    return f"{seconds} seconds"


# --- authors -------------------------------------------------------------------------

AUTHOR_ACTIONS = ("ban", "suspend", "premoderate", "activate", "note")


@dataclass
class AuthorAction:
    kind: str
    until: datetime | None = None
    duration: timedelta | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    # With a ban or a suspension: also reject what they have published or left
    # waiting (a troll's trail, or a raid), in the same transaction.
    withdraw: bool = False


# The rule named by the decisions that take down a banned author's comments.
AUTHOR_ACTION_RULE = "author-action"


def _withdraw_all(conn: Connection, author: Author, kind: str, actor: str) -> int:
    """Reject every published or waiting comment of the author, as a moderator
    would one by one (audited, counted, sticky against rescoring)."""
    done = "banned" if kind == "ban" else "suspended"
    reason = Reason(AUTHOR_ACTION_RULE, Action.REJECT, f"removed when its author was {done}")
    taken = 0
    for comment in comment_store.of_author(conn, author.site_id, author.id):
        if comment.status is CommentStatus.REJECTED or is_erased(comment):
            continue
        _move(
            conn, comment, CommentStatus.REJECTED, reason, actor=actor, action="reject",
            by_moderator=True,
        )
        taken += 1
    return taken


def _move(
    conn: Connection,
    comment: Comment,
    status: CommentStatus,
    reason: Reason,
    *,
    actor: str | None,
    action: str,
    by_moderator: bool,
) -> None:
    """Move one comment to ``status`` for ``reason``, keeping its versions, with all
    that follows (audit row, counts, feed, webhooks)."""
    decision = Decision(status, [reason], comment.policy_version, comment.model_version)
    transition(
        conn,
        comment,
        decision,
        actor=actor,
        action=action,
        old_state=comment.status.value,
        by_moderator=by_moderator,
    )


def act_on_author(
    services: Services, site_id: int, author_id: int, act: AuthorAction, *, actor: str
) -> Author:
    if act.kind not in AUTHOR_ACTIONS:
        raise InvalidInput(f"action must be one of {list(AUTHOR_ACTIONS)}", field="action")
    if act.withdraw and act.kind not in ("ban", "suspend"):
        raise InvalidInput("only a ban or a suspension takes comments down", field="withdraw")
    with services.store.write() as conn:
        author = author_store.get(conn, site_id, author_id)
        if author is None:
            raise NotFound(f"author {author_id} not found", field="author_id")
        if author.status is AuthorStatus.ERASED:
            # A note or a ban would only start a new record of someone who asked to go.
            raise Conflict("this reader was erased at their request")
        old = author.status.value
        new_status = {
            "ban": AuthorStatus.BANNED,
            "suspend": AuthorStatus.SUSPENDED,
            "premoderate": AuthorStatus.PREMODERATED,
            "activate": AuthorStatus.ACTIVE,
        }.get(act.kind)
        until = None
        if act.kind == "suspend":
            until = act.until or (services.now() + (act.duration or timedelta(days=1)))
            if until <= services.now():
                raise InvalidInput("a suspension must end in the future", field="until")
        if new_status is not None:
            author_store.set_status(conn, author.id, new_status, until)
        if act.kind == "note":
            if not act.note.strip():
                raise InvalidInput("a note must not be empty", field="note")
            stamp = services.now().strftime("%Y-%m-%d %H:%M")
            notes = (author.notes + "\n" if author.notes else "") + f"[{stamp} {actor}] {act.note}"
            author_store.set_notes(conn, author.id, notes)
        detail: dict[str, Any] = {"note": act.note} if act.note else {}
        if until is not None:
            detail["until"] = until.isoformat()
        if act.withdraw:
            detail["withdrawn"] = _withdraw_all(conn, author, act.kind, actor)
        audit_store.append(
            conn,
            site_id=site_id,
            subject_type="author",
            subject_id=author.id,
            action=act.kind,
            actor=actor,
            old_state=old,
            new_state=new_status.value if new_status else old,
            reasons=[detail] if detail else [],
        )
        updated = author_store.get(conn, site_id, author.id)
    assert updated is not None
    return updated


# --- erasure -------------------------------------------------------------------------

# The rule named by the decision that takes an erased comment out of view.
ERASURE_RULE = "erasure"


@dataclass(frozen=True)
class Erasure:
    author_id: int
    comments: int  # comments whose text was erased
    withdrawn: int  # of those, how many were approved or waiting, and now are not
    likes: int = 0  # their likes, removed and taken off the comments' counts


def is_erased(comment: Comment) -> bool:
    return comment.body == "" or any(r.rule == ERASURE_RULE for r in comment.reasons)


def erase_author(services: Services, site_id: int, author_id: int, *, actor: str) -> Erasure:
    """Erase a reader at their request (or their account's deletion on the host site).

    In one transaction: each comment still published or waiting is withdrawn
    like a rejection (audit row, live feed, webhook, tallies), with the reason
    that its author asked; then every comment's text, highlights, earlier
    versions and address hash are removed, and the author's name, notes and
    the host site's id for them; and their likes, each taken off its comment's
    count; and whom they ignored or who ignored them. What stays says what
    happened and no more:
    the rows and their place in threads, scores, decisions, and the audit
    log, which names no reader and holds no comment text.
    """
    with services.store.write() as conn:
        author = author_store.get(conn, site_id, author_id)
        if author is None or author.status is AuthorStatus.ERASED:
            raise NotFound(f"author {author_id} not found", field="author_id")
        own = comment_store.of_author(conn, site_id, author.id)
        withdrawn = _withdraw_and_erase(
            conn, own, actor=actor, action="erase", message="removed at its author's request"
        )
        liked = like_store.erase(conn, author.id)
        # Whom they ignored, and who ignored them: both name them.
        ignore_store.erase(conn, author.id)
        author_store.erase(conn, author.id)
        outbox_store.forget_author(conn, site_id, author.id, REPLY_EVENT)
        audit_store.append(
            conn,
            site_id=site_id,
            subject_type="author",
            subject_id=author.id,
            action="erase",
            actor=actor,
            old_state=author.status.value,
            new_state=AuthorStatus.ERASED.value,
            reasons=[{"comments": len(own), "withdrawn": withdrawn, "likes": liked}],
        )
    return Erasure(author.id, len(own), withdrawn, liked)


def delete_own(
    services: Services, site_id: int, comment_id: int, author_external_id: str
) -> Comment:
    """An author deletes one of their comments: withdrawn, and its text erased."""
    with services.store.write() as conn:
        comment = comment_store.get(conn, site_id, comment_id)
        author = author_store.by_external_id(conn, site_id, author_external_id)
        if (
            comment is None
            or author is None
            or comment.author_id != author.id
            or is_erased(comment)  # already gone
        ):
            raise NotFound(f"comment {comment_id} not found", field="comment_id")
        _withdraw_and_erase(
            conn,
            [comment],
            actor=f"author:{author.id}",
            action="delete",
            message="deleted by its author",
        )
        after = comment_store.get(conn, site_id, comment_id)
    assert after is not None
    return after


def _withdraw_and_erase(
    conn: Connection, own: list[Comment], *, actor: str, action: str, message: str
) -> int:
    """Take comments out of view with a reason, then remove their text; returns how
    many were published or waiting."""
    withdrawn = 0
    for comment in own:
        # Already-rejected comments get the decision too (no tallies move):
        # each then says why its text is gone, and none can be approved again.
        withdrawn += comment.status is not CommentStatus.REJECTED
        reason = Reason(ERASURE_RULE, Action.REJECT, message, {})
        _move(
            conn, comment, CommentStatus.REJECTED, reason, actor=actor, action=action,
            by_moderator=False,
        )
    comment_store.erase_text(conn, [c.id for c in own])
    return withdrawn


@dataclass(frozen=True)
class AuthorData:
    """Everything stored about one reader, for their request to see it."""

    author: Author
    comments: list[Comment]
    edits: dict[int, list[dict[str, Any]]]  # comment id -> its earlier versions
    stories: dict[int, Story]
    likes: list[Like] = field(default_factory=list)  # the comments they like
    ignored: list[Ignored] = field(default_factory=list)  # the readers they ignore


def author_data(services: Services, site_id: int, author_id: int) -> AuthorData:
    with services.store.read() as conn:
        author = author_store.get(conn, site_id, author_id)
        if author is None or author.status is AuthorStatus.ERASED:
            raise NotFound(f"author {author_id} not found", field="author_id")
        own = comment_store.of_author(conn, site_id, author.id)
        edits = {c.id: comment_store.edits(conn, c.id) for c in own}
        stories = {}
        for story_id in sorted({c.story_id for c in own}):
            story = story_store.get(conn, site_id, story_id)
            if story is not None:
                stories[story_id] = story
        liked = like_store.of_author(conn, author.id)
        ignored = ignore_store.of_reader(conn, author.id)
    edited = {k: v for k, v in edits.items() if v}
    return AuthorData(author, own, edited, stories, liked, ignored)


def find_author(services: Services, site_id: int, external_id: str) -> Author:
    """The author the host site knows by ``external_id``."""
    with services.store.read() as conn:
        author = author_store.by_external_id(conn, site_id, external_id)
    if author is None:
        raise NotFound("no author with that id on this site", field="external_id")
    return author


# --- knowing before changing -----------------------------------------------------------


def stored_cases(
    services: Services, site_id: int, since: datetime | None = None, batch: int = 500
) -> Iterator[BacktestCase]:
    """Stored comments with their recorded and moderator decisions, for backtests.

    The recorded decision is the policy's own (from the audit log), not a
    moderator's override; authors are as they stand today.
    """
    stories: dict[int, Story | None] = {}
    authors: dict[int, Author | None] = {}
    with services.store.read() as conn:
        page: list[Comment] = []
        for comment in comment_store.iterate(conn, site_id, since, batch=batch):
            page.append(comment)
            if len(page) >= batch:
                yield from _cases(conn, site_id, page, stories, authors)
                page = []
        yield from _cases(conn, site_id, page, stories, authors)


def _cases(
    conn: Connection,
    site_id: int,
    page: list[Comment],
    stories: dict[int, Story | None],
    authors: dict[int, Author | None],
) -> Iterator[BacktestCase]:
    system = audit_store.system_decisions(conn, [c.id for c in page])
    finals = comment_store.moderator_statuses(conn, [c.id for c in page])
    for c in page:
        if c.story_id not in stories:
            stories[c.story_id] = story_store.get(conn, site_id, c.story_id)
        if c.author_id is not None and c.author_id not in authors:
            authors[c.author_id] = author_store.get(conn, site_id, c.author_id)
        story = stories[c.story_id]
        if story is None:
            continue
        score = (
            ScoreResult(c.scores, c.spans, c.model_version or "")
            if c.scores and c.model_version
            else None
        )
        yield BacktestCase(
            comment_id=c.id,
            text=c.body,
            story=story,
            author=authors.get(c.author_id) if c.author_id is not None else None,
            score=score,
            recorded_status=CommentStatus(system.get(c.id, c.status.value)),
            moderator_status=finals.get(c.id),
            created_at=c.created_at or services_epoch(),
        )


def services_epoch() -> datetime:
    return datetime(1970, 1, 1, tzinfo=UTC)


def backtest(
    services: Services, site_id: int, document: str, since: datetime | None = None
) -> BacktestReport:
    """What a candidate policy would do to the archive; changes nothing."""
    try:
        candidate = Policy.from_yaml(document, source="candidate policy")
    except PolicyError as err:
        raise InvalidInput(str(err), field="document") from err
    return run_backtest(candidate, stored_cases(services, site_id, since))


def calibrate(
    services: Services, site_id: int, target_precision: float, since: datetime | None = None
) -> CalibrationReport:
    if not 0 < target_precision <= 1:
        raise InvalidInput("target precision must be above 0 and at most 1", field="target")
    return run_calibrate(stored_cases(services, site_id, since), target_precision)
