"""A batch decides and stores its comments exactly as one-by-one submissions would.

`submit_batch` decides every comment before inserting any of them, and writes
tallies, audit rows, feed events and webhooks together. These tests submit the
same comments one at a time on one site and as one batch on another, and
compare every decision and everything stored.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from commentdesk import actions, policy
from commentdesk.domain import ScoreResult
from commentdesk.errors import CommentDeskError, InvalidInput
from commentdesk.services import Services
from commentdesk.store import events as event_store
from commentdesk.store import outbox as outbox_store
from commentdesk.store import sites as site_store
from commentdesk.store.schema import audit_log, authors, comments
from tests.conftest import SiteKeys, create_site, real_scorer

DEFAULT_POLICY = Path(policy.__file__).parent / "default.yaml"
CIVIL = "The council should publish the full costings before the vote on the new bus lanes."
OTHER = "Bus lanes worked in my city; give it a year before judging the whole scheme."
RUDE = [
    "You are a fucking idiot and a moron if you believe a word of this garbage.",
    "You are a worthless idiot and a moron. Shut up, you stupid fool.",
    "Shut up you fucking idiot, you are a worthless piece of shit.",
    "Go kill yourself you stupid worthless moron.",
    "Shut up, you worthless stupid idiot. You are a moron.",
]
SHORT = "Thanks for the clear report."


class OneByOne:
    """The real scorer, called for one text at a time."""

    version = "one-by-one"

    def score(self, texts: Sequence[str]) -> list[ScoreResult]:
        return [real_scorer().score([text])[0] for text in texts]


def _site_with_webhook(services: Services) -> SiteKeys:
    site = create_site(services)
    with services.store.write() as conn:
        conn.execute(
            sa.update(site_store.sites)
            .where(site_store.sites.c.id == site.site.id)
            .values(webhook_urls=["https://cms.example/hook"])
        )
    return site


# Each case builds a comment from the site and the ids of its comments stored
# before the batch (by name), so the same case fits both sites.
Case = Callable[[SiteKeys, dict[str, int]], actions.NewComment]


def _cases() -> list[Case]:
    def new(body: str, **kw: Any) -> Case:
        def build(site: SiteKeys, before: dict[str, int]) -> actions.NewComment:
            values = dict(kw)
            if "parent" in values:
                parent = values.pop("parent")
                values["parent_id"] = before.get(parent, parent)
            story = values.pop("story", site.story_id)
            return actions.NewComment(story, body, **values)

        return build

    return [
        new(CIVIL),
        new(CIVIL),  # the same long text from anonymous readers: repeats by others
        new(CIVIL, author_external_id="ann"),
        new(CIVIL, author_external_id="ann", author_name="Ann B."),  # same author, renamed
        new(CIVIL, author_external_id="bob"),  # a fourth copy of the text: held
        new(SHORT, author_external_id="cat"),
        new(SHORT, author_external_id="cat"),  # same author, same text
        *(new(text, author_external_id="dan") for text in RUDE),
        new(OTHER, author_external_id="dan"),  # after four rejections: held
        new(OTHER, parent="root"),  # replies, to a top-level comment and to a reply
        new(SHORT + " Agreed.", parent="reply", author_external_id="ann"),
        new(OTHER, parent=10**9),  # no such parent
        new(OTHER, story=10**9),  # no such story
        new("   "),  # empty
        new(OTHER, idempotency_key="k-1"),
        new(OTHER, idempotency_key="k-1"),  # a retry: answered with the first
        new(OTHER + " Again.", idempotency_key="k-1"),  # another comment, a used key: refused
        new(OTHER, idempotency_key="k-2", author_external_id="ann"),
        new(SHORT, external_id="import-1", author_external_id="eve"),
        new(SHORT, external_id="import-1", author_external_id="eve"),
        new(CIVIL, nudged=True),
        new(OTHER, author_external_id="ann"),
    ]


def _prepare(services: Services) -> tuple[SiteKeys, dict[str, int]]:
    site = _site_with_webhook(services)
    # The new-author rule as a flag: its reasons show the tallies each comment was decided on.
    document = DEFAULT_POLICY.read_text()
    flagged = document.replace(
        "min_approved: 3\n    enabled: false\n    action: hold",
        "min_approved: 5\n    action: flag",
    )
    assert flagged != document
    # Every RUDE text rejected, however close to the band's edge a model scores it,
    # so that the rejection-rate hold is reached.
    strict = flagged.replace("hold: 0.98\n    reject: 0.99", "hold: 0.9\n    reject: 0.9")
    assert strict != flagged
    actions.set_policy(services, site.site.id, strict)
    root = actions.submit(services, site.site.id, actions.NewComment(site.story_id, OTHER))
    reply = actions.submit(
        services,
        site.site.id,
        actions.NewComment(site.story_id, SHORT, parent_id=root.comment.id),
    )
    return site, {"root": root.comment.id, "reply": reply.comment.id}


def _summary(outcome: actions.SubmitResult | Exception) -> tuple[Any, ...]:
    if isinstance(outcome, Exception):
        return (type(outcome).__name__, str(outcome))
    c = outcome.comment
    return (
        c.body,
        c.status.value,
        [(r.rule, r.action.value, r.message) for r in outcome.decision.reasons],
        outcome.created,
        c.author_name,
        outcome.decision.policy_version,
    )


def _stored(services: Services, site: SiteKeys) -> dict[str, Any]:
    """Everything the submissions left in the database, without ids."""
    with services.store.read() as conn:
        rows = conn.execute(
            sa.select(comments, authors.c.external_id.label("author"))
            .select_from(comments.outerjoin(authors, authors.c.id == comments.c.author_id))
            .where(comments.c.site_id == site.site.id)
            .order_by(comments.c.id)
        ).all()
        position = {r.id: n for n, r in enumerate(rows)}
        stored = [
            (
                r.body,
                r.author,
                r.status,
                r.decisive_rule,
                r.reasons,
                r.scores,
                r.fingerprint,
                r.idempotency_key,
                r.external_id,
                r.reply_count,
                position.get(r.parent_id),
                position.get(r.root_id),
            )
            for r in rows
        ]
        tallies = conn.execute(
            sa.select(
                authors.c.external_id,
                authors.c.display_name,
                authors.c.approved_count,
                authors.c.rejected_count,
            )
            .where(authors.c.site_id == site.site.id)
            .order_by(authors.c.external_id)
        ).all()
        audit = conn.execute(
            sa.select(
                audit_log.c.subject_id,
                audit_log.c.action,
                audit_log.c.old_state,
                audit_log.c.new_state,
                audit_log.c.reasons,
            )
            .where(audit_log.c.site_id == site.site.id, audit_log.c.subject_type == "comment")
            .order_by(audit_log.c.id)
        ).all()
        feed = event_store.since(conn, site.story_id, 0, limit=1000)
        messages = outbox_store.pending(conn, site.site.id)
    return {
        "comments": stored,
        "authors": [tuple(t) for t in tallies],
        "audit": [(position[a[0]], *a[1:]) for a in audit],
        "feed": [(e.kind, position[e.comment_id]) for e in feed],
        "outbox": [
            (m["event"], m["url"], position[m["payload"]["comment_id"]], m["payload"]["rules"])
            for m in messages
        ],
    }


def test_a_batch_decides_and_stores_as_one_by_one_submissions_would(
    services: Services,
) -> None:
    # One clock for both runs, so the reasons (which name their time windows) compare
    # equal, and a scorer that scores each text on its own, so that a text's scores
    # do not depend on the scorer batch it came in (this test is about the writes).
    now = datetime.now(UTC)
    services = Services(services.settings, services.store, OneByOne, clock=lambda: now)
    one_site, one_before = _prepare(services)
    one_by_one: list[actions.SubmitResult | Exception] = []
    for case in _cases():
        try:
            one_by_one.append(
                actions.submit(services, one_site.site.id, case(one_site, one_before))
            )
        except CommentDeskError as err:
            one_by_one.append(err)

    batch_site, batch_before = _prepare(services)
    batched = actions.submit_batch(
        services, [(batch_site.site.id, case(batch_site, batch_before)) for case in _cases()]
    )

    assert [_summary(o) for o in batched] == [_summary(o) for o in one_by_one]
    assert _stored(services, batch_site) == _stored(services, one_site)
    # The cases cover what they mean to: held repeats, a rejection-rate hold, replays.
    rules = {r.rule for o in batched if not isinstance(o, Exception) for r in o.decision.reasons}
    assert {"repeat-same-author", "repeat-many-authors", "recent-rejections", "new-author"} <= rules
    assert sum(1 for o in batched if not isinstance(o, Exception) and not o.created) == 2


def test_a_reply_to_a_comment_of_the_same_batch(services: Services, site: SiteKeys) -> None:
    with services.store.read() as conn:
        last = conn.execute(sa.select(sa.func.max(comments.c.id))).scalar() or 0
    # The first comment of the batch will take the next id; a client that guessed it
    # gets its reply threaded under it, as it would one request after the other.
    first = actions.NewComment(site.story_id, CIVIL)
    reply = actions.NewComment(site.story_id, OTHER, parent_id=last + 1)
    outcomes = actions.submit_batch(services, [(site.site.id, first), (site.site.id, reply)])
    stored_first, stored_reply = outcomes
    assert isinstance(stored_first, actions.SubmitResult)
    assert isinstance(stored_reply, actions.SubmitResult)
    assert stored_first.comment.id == last + 1
    assert stored_reply.comment.parent_id == stored_first.comment.id
    with services.store.read() as conn:
        count = conn.execute(
            sa.select(comments.c.reply_count).where(comments.c.id == stored_first.comment.id)
        ).scalar_one()
    assert count == (1 if stored_reply.comment.status.value == "approved" else 0)


def test_copies_of_one_key_in_one_batch_store_one_comment(
    services: Services, site: SiteKeys
) -> None:
    key = uuid.uuid4().hex
    items = [
        (site.site.id, actions.NewComment(site.story_id, CIVIL, idempotency_key=key))
        for _ in range(5)
    ]
    outcomes = actions.submit_batch(services, items)
    assert all(isinstance(o, actions.SubmitResult) for o in outcomes)
    results = [o for o in outcomes if isinstance(o, actions.SubmitResult)]
    assert [r.created for r in results] == [True, False, False, False, False]
    assert {r.comment.id for r in results} == {results[0].comment.id}


def test_another_comment_under_a_used_key_is_refused_not_dropped(
    services: Services, site: SiteKeys
) -> None:
    key = uuid.uuid4().hex

    def under_key(body: str) -> actions.NewComment:
        return actions.NewComment(
            site.story_id, body, idempotency_key=key, author_external_id="ann"
        )

    # In one batch (the second meets the first at the insert) and in a later one.
    first, second = actions.submit_batch(
        services, [(site.site.id, under_key(CIVIL)), (site.site.id, under_key(OTHER))]
    )
    later = actions.submit_batch(services, [(site.site.id, under_key(SHORT))])[0]
    assert isinstance(first, actions.SubmitResult) and first.created
    for refused in (second, later):
        assert isinstance(refused, InvalidInput) and refused.field == "Idempotency-Key"
    # A retry is still a retry after its author edited the comment.
    actions.edit(services, site.site.id, first.comment.id, "ann", SHORT + " Edited.")
    retry = actions.submit_batch(services, [(site.site.id, under_key(CIVIL))])[0]
    assert isinstance(retry, actions.SubmitResult) and not retry.created
    assert retry.comment.id == first.comment.id
    with services.store.read() as conn:
        count = conn.execute(
            sa.select(sa.func.count()).where(comments.c.idempotency_key == key)
        ).scalar_one()
    assert count == 1


def test_a_batch_of_known_readers_reads_as_much_however_many_comments(
    services: Services, site: SiteKeys
) -> None:
    # Every comment of a signed-in reader asks for the reader's recent record
    # (the rejection-rate rule): a batch reads all its readers' records at once.
    # Reads only: how many statements an insert takes is the driver's business.
    readers = [f"reader-{n}" for n in range(4)]
    for name in readers:
        actions.submit(
            services,
            site.site.id,
            actions.NewComment(site.story_id, OTHER, author_external_id=name),
        )
    engine = services.store.db.engine

    def statements(per_reader: int) -> int:
        sent: list[str] = []

        def count(*args: object) -> None:
            if str(args[2]).lstrip().upper().startswith("SELECT"):
                sent.append(str(args[2]))

        items = [
            (
                site.site.id,
                actions.NewComment(
                    site.story_id, f"{CIVIL} Point {n} of {name}.", author_external_id=name
                ),
            )
            for n in range(per_reader)
            for name in readers
        ]
        sa.event.listen(engine, "before_cursor_execute", count)
        try:
            outcomes = actions.submit_batch(services, items)
        finally:
            sa.event.remove(engine, "before_cursor_execute", count)
        assert all(isinstance(o, actions.SubmitResult) and o.created for o in outcomes)
        return len(sent)

    assert statements(1) == statements(3)


def test_on_postgresql_the_history_is_read_while_the_batch_is_scored(
    services: Services, site: SiteKeys
) -> None:
    """The readers' decisions and the site's repeats, which the policy's rules
    ask about, are read before the scorer answers, not after it."""
    import threading

    if services.store.dialect != "postgresql":
        pytest.skip("SQLite scores before its transaction: nothing to overlap")
    for name in ("ann", "bo"):
        actions.submit(
            services,
            site.site.id,
            actions.NewComment(site.story_id, OTHER, author_external_id=name),
        )
    release = threading.Event()
    real = services.scorer

    class HeldScorer:
        """The packaged scorer, answering only once the test lets it."""

        version = real.version

        def score(self, texts: Sequence[str]) -> list[ScoreResult]:
            release.wait(timeout=30)
            return real.score(texts)

    held = Services(
        settings=services.settings, store=services.store, scorer_factory=lambda: HeldScorer()
    )
    asked: list[str] = []
    engine = services.store.db.engine

    def count(*args: object) -> None:
        if not release.is_set():
            asked.append(str(args[2]))

    items = [
        (
            site.site.id,
            actions.NewComment(site.story_id, f"{CIVIL} ({name})", author_external_id=name),
        )
        for name in ("ann", "bo")
    ]
    sa.event.listen(engine, "before_cursor_execute", count)
    timer = threading.Timer(1.0, release.set)
    timer.start()
    try:
        outcomes = actions.submit_batch(held, items)
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
        timer.cancel()
        release.set()
    assert all(isinstance(o, actions.SubmitResult) and o.created for o in outcomes)
    read_early = " ".join(asked).lower()
    # The repeats (by fingerprint) and the readers' recent decisions were asked
    # while the scorer was held.
    assert "fingerprint" in read_early
    assert read_early.count("from comments") >= 2
