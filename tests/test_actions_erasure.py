"""Erasing a reader: nothing that says who they were or what they wrote is left."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from commentdesk import actions
from commentdesk.actions import NewComment
from commentdesk.domain import AuthorStatus, CommentStatus
from commentdesk.errors import Conflict, NotFound
from commentdesk.services import Services
from commentdesk.store import audit as audit_store
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store.schema import likes, metadata
from commentdesk.web import schemas
from tests.conftest import SiteKeys

ANA = "ana-77-quist"
ANA_NAME = "Ana Quistorp"
ANA_IP = "203.0.113.58"
FIRST = "The tram extension to Weststad was promised in 2019 and never costed."
SECOND = "You are a pathetic idiot and a moron, shut up you stupid piece of garbage."
THIRD = "My street in Oosthaven floods every spring; the drains were never fixed."
THIRD_EDITED = "My street in Oosthaven floods every spring; the new drains did not help."
BOB_REPLY = "Weststad got its costing in the 2021 budget papers, page 14."


def _post(services: Services, site: SiteKeys, body: str, **who: object) -> int:
    new = NewComment(site.story_id, body, **who)  # type: ignore[arg-type]
    return actions.submit(services, site.site.id, new).comment.id


def _every_stored_value(services: Services) -> str:
    """Every row of every table, as one string to search."""
    dump = []
    with services.store.read() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(sa.select(table)):
                dump.append(json.dumps([str(v) for v in row]))
    return "\n".join(dump)


def test_erasure_leaves_nothing_that_names_or_quotes_the_reader(
    services: Services, site: SiteKeys
) -> None:
    ana = {"author_external_id": ANA, "author_name": ANA_NAME, "ip": ANA_IP}
    first = _post(services, site, FIRST, **ana, idempotency_key="ana-retry-1")
    second = _post(services, site, SECOND, **ana)
    third = _post(services, site, THIRD, **ana)
    actions.edit(services, site.site.id, third, ANA, THIRD_EDITED)
    reply = _post(services, site, BOB_REPLY, author_external_id="bob", parent_id=first)
    with services.store.read() as conn:
        author = author_store.by_external_id(conn, site.site.id, ANA)
        assert author is not None
        statuses = {c.id: c.status for c in comment_store.of_author(conn, site.site.id, author.id)}
    assert statuses[first] is CommentStatus.APPROVED
    assert statuses[second] is not CommentStatus.APPROVED
    ip_hash = actions.hash_ip(ANA_IP, site.site)
    assert ip_hash is not None
    stored = _every_stored_value(services)
    assert all(s in stored for s in (FIRST, THIRD, THIRD_EDITED, ANA, ANA_NAME, ip_hash))

    done = actions.erase_author(services, site.site.id, author.id, actor="key:admin")

    assert (done.author_id, done.comments) == (author.id, 3)
    assert done.withdrawn == sum(s is not CommentStatus.REJECTED for s in statuses.values())
    stored = _every_stored_value(services)
    for secret in (FIRST, SECOND, THIRD, THIRD_EDITED, ANA, ANA_NAME, "ana-retry-1"):
        assert secret not in stored, secret
    assert ip_hash not in stored
    assert BOB_REPLY in stored  # other readers' words are theirs

    with services.store.read() as conn:
        erased = author_store.get(conn, site.site.id, author.id)
        assert erased is not None and erased.status is AuthorStatus.ERASED
        assert erased.display_name == "" and erased.notes == ""
        gone = comment_store.of_author(conn, site.site.id, author.id)
        assert {c.status for c in gone} == {CommentStatus.REJECTED}
        assert all(c.body == "" and c.ip_hash is None and actions.is_erased(c) for c in gone)
        assert comment_store.edits(conn, third) == []
        # Every step is in the audit log, which still refuses to be rewritten.
        trail = audit_store.trail(conn, site.site.id, "comment", first)
        assert (trail[-1].action, trail[-1].old_state, trail[-1].new_state) == (
            "erase",
            "approved",
            "rejected",
        )
        author_trail = audit_store.trail(conn, site.site.id, "author", author.id)
        assert author_trail[-1].action == "erase" and author_trail[-1].actor == "key:admin"
        thread = comment_store.thread(conn, site.site.id, site.story_id, public=True)
    # Her comment leaves the thread; Bob's reply stays, under a tombstone.
    (tomb,) = thread.roots
    assert tomb.id == first and tomb.body == "" and tomb.author_name is None
    assert [c.id for c in thread.replies[first]] == [reply]
    with pytest.raises(sa.exc.DBAPIError), services.store.write() as conn:
        conn.execute(sa.text("UPDATE audit_log SET actor = 'x'"))

    # No one can publish an empty shell again, batch jobs skip them, and a
    # second erasure finds no one.
    with pytest.raises(Conflict):
        actions.decide(services, site.site.id, [first], "approve", actor="key:moderator")
    cases = {case.comment_id for case in actions.stored_cases(services, site.site.id)}
    assert cases == {reply}
    with pytest.raises(NotFound):
        actions.erase_author(services, site.site.id, author.id, actor="key:admin")
    with pytest.raises(NotFound):
        actions.find_author(services, site.site.id, ANA)

    # The same reader coming back is a new author with a clean slate.
    again = actions.submit(
        services, site.site.id, NewComment(site.story_id, FIRST, author_external_id=ANA)
    )
    assert again.comment.author_id != author.id
    assert again.comment.status is CommentStatus.APPROVED


def test_erasure_takes_the_readers_likes_off_the_counts_in_the_same_transaction(
    services: Services, site: SiteKeys
) -> None:
    sid = site.site.id
    liked = [
        _post(services, site, f"Point {i} on the tram costs.", author_external_id="bob")
        for i in range(2)
    ]
    for comment in liked:
        actions.like(services, sid, comment, ANA, ANA_NAME)
    actions.like(services, sid, liked[0], "cas")
    author = actions.find_author(services, sid, ANA)
    # Her copy of what is stored lists the comments she likes.
    copy = schemas.author_data_out(actions.author_data(services, sid, author.id), services.now())
    assert [like["comment_id"] for like in copy["likes"]] == liked
    assert all(like["at"] for like in copy["likes"])

    done = actions.erase_author(services, sid, author.id, actor="key:admin")

    assert done.likes == 2
    with services.store.read() as conn:
        counts = [c.like_count for c in comment_store.get_many(conn, sid, liked)]
        left = conn.execute(sa.select(likes.c.author_id)).scalars().all()
        trail = audit_store.trail(conn, sid, "author", author.id)
    assert counts == [1, 0]
    assert author.id not in left and len(left) == 1
    assert trail[-1].reasons == [{"comments": 0, "withdrawn": 0, "likes": 2}]
    assert actions.like(services, sid, liked[1], ANA).likes == 1  # a new author, a new like
