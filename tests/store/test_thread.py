"""A story's public thread: the same comments and order for readers and moderators,
with only what a reader may see in the public one."""

from __future__ import annotations

import pytest

from commentdesk import actions
from commentdesk.domain import ATTRIBUTES, CommentStatus, ScoreResult
from commentdesk.services import Services
from commentdesk.store import comments as comment_store
from commentdesk.store import stories as story_store
from tests.conftest import SiteKeys, create_site

CLEAN = ScoreResult(
    scores=dict.fromkeys(ATTRIBUTES, 0.01),
    spans={"TOXICITY": [(0, 4, 0.02)]},
    model_version="test-model",
)
RUDE = ScoreResult(
    scores=dict.fromkeys(ATTRIBUTES, 0.995), spans={}, model_version="test-model"
)


def _submit(
    services: Services, site_id: int, story_id: int, body: str, parent: int | None = None,
    score: ScoreResult = CLEAN, author: str | None = None,
) -> int:
    new = actions.NewComment(
        story_id=story_id,
        body=body,
        parent_id=parent,
        author_external_id=author,
        author_name=(author or "").title(),
        ip="192.0.2.7",
        score=score,
    )
    (result,) = actions.submit_batch(services, [(site_id, new)])
    assert not isinstance(result, Exception), result
    return result.comment.id


@pytest.fixture
def busy(services: Services, site: SiteKeys) -> SiteKeys:
    """Twelve top-level comments with replies, one held, and a second story and site."""
    sid, story = site.site.id, site.story_id
    roots = [
        _submit(services, sid, story, f"Top-level comment {i} on buses.", author=f"r{i % 3}")
        for i in range(12)
    ]
    for n, root in enumerate(roots[::3]):
        reply = _submit(services, sid, story, f"A reply {n} to that.", parent=root)
        _submit(services, sid, story, f"A reply to reply {n}.", parent=reply, author="r1")
    _submit(services, sid, story, "You are a worthless idiot.", score=RUDE)  # not approved
    with services.store.write() as conn:
        other, _ = story_store.upsert(conn, sid, "story-2", title="Another story")
    _submit(services, sid, other.id, "A comment under another story.")
    elsewhere = create_site(services)
    _submit(services, elsewhere.site.id, elsewhere.story_id, "A comment on another site.")
    return site


@pytest.mark.parametrize("sort", ["newest", "oldest", "most_replied", "liked"])
def test_the_public_thread_matches_the_full_one(
    services: Services, busy: SiteKeys, sort: str
) -> None:
    def page(public: bool, offset: int) -> comment_store.ThreadPage:
        with services.store.read() as conn:
            return comment_store.thread(
                conn, busy.site.id, busy.story_id, sort=sort, limit=5, offset=offset,
                public=public,
            )

    def shape(found: comment_store.ThreadPage) -> list[object]:
        def one(c: object) -> tuple[object, ...]:
            return (c.id, c.parent_id, c.body, c.author_name, c.created_at)  # type: ignore[attr-defined]

        return [
            (one(r), [one(x) for x in found.replies.get(r.id, [])], found.total_roots)
            for r in found.roots
        ]

    seen = []
    for offset in (0, 5, 10):
        full, public = page(False, offset), page(True, offset)
        assert shape(public) == shape(full)
        seen += [r.id for r in public.roots]
        everyone = public.roots + [x for xs in public.replies.values() for x in xs]
        assert all(c.status is CommentStatus.APPROVED for c in everyone)
        assert all(c.story_id == busy.story_id and c.site_id == busy.site.id for c in everyone)
        # What only moderators see is not even read for the public thread.
        assert all(not c.scores and not c.spans and not c.reasons for c in everyone)
        assert all(c.ip_hash is None and c.model_version is None for c in everyone)
        assert all(c.scores and c.model_version for c in full.roots)
    assert len(seen) == len(set(seen)) == 12
    assert page(True, 0).total_roots == 12


def test_replies_are_found_by_their_thread(services: Services, busy: SiteKeys) -> None:
    with services.store.read() as conn:
        found = comment_store.thread(
            conn, busy.site.id, busy.story_id, sort="oldest", limit=20, public=True
        )
    replies = {parent: [c.body for c in cs] for parent, cs in found.replies.items()}
    first = found.roots[0]
    assert replies[first.id] == ["A reply 0 to that."]
    (reply,) = found.replies[first.id]
    assert [c.body for c in found.replies[reply.id]] == ["A reply to reply 0."]
    assert found.replies[reply.id][0].author_name == "R1"
    assert sum(len(cs) for cs in found.replies.values()) == 8


@pytest.mark.parametrize("sort", ["newest", "oldest", "most_replied", "liked"])
def test_a_removed_comment_with_replies_leaves_a_tombstone_in_its_place(
    services: Services, busy: SiteKeys, sort: str
) -> None:
    def listing(limit: int) -> tuple[list[int], comment_store.ThreadPage]:
        ids: list[int] = []
        offset, last = 0, None
        while True:
            with services.store.read() as conn:
                found = comment_store.thread(
                    conn, busy.site.id, busy.story_id, sort=sort, limit=limit,
                    offset=offset, public=True,
                )
            ids += [r.id for r in found.roots]
            last = last or found
            if len(found.roots) < limit:
                return ids, last
            offset += limit

    before, whole = listing(100)
    threaded = [r.id for r in whole.roots if whole.replies.get(r.id)]
    bare = [r.id for r in whole.roots if not whole.replies.get(r.id)]
    gone_root, lone = threaded[1], bare[0]
    first_reply = whole.replies[threaded[2]][0].id
    actions.decide(services, busy.site.id, [gone_root, lone, first_reply], "reject", actor="mod")

    after, page = listing(100)
    # Only the comment nobody answered leaves; the other keeps its place.
    expected = [i for i in before if i != lone]
    if sort != "most_replied":  # a removed reply changes the reply counts
        assert after == expected
    assert sorted(after) == sorted(expected)
    for per_page in (1, 5):
        assert listing(per_page)[0] == after
    assert page.total_roots == 11
    tomb = next(r for r in page.roots if r.id == gone_root)
    assert tomb.status is CommentStatus.REJECTED and tomb.body == "" and tomb.author_name is None
    assert [c.body for c in page.replies[gone_root]][0].startswith("A reply")
    # A removed reply stays as a tombstone too while its own reply is shown.
    (middle,) = page.replies[threaded[2]]
    assert middle.id == first_reply and middle.body == ""
    assert [c.body for c in page.replies[first_reply]][0].startswith("A reply to reply")


@pytest.mark.parametrize("sort", ["newest", "oldest", "most_replied", "liked"])
def test_a_page_is_read_from_the_thread_index_in_order(
    sqlite_services: Services, sort: str
) -> None:
    """The page's condition must match the partial index's word for word, or the
    database sorts the whole story instead. (SQLite's plan does not depend on
    statistics, so it can be checked; PostgreSQL's was checked by hand.)"""
    from commentdesk.store.schema import comments

    site = create_site(sqlite_services)
    query = (
        comment_store._select(*comment_store._PUBLIC_COLUMNS)
        .where(
            comments.c.site_id == site.site.id,
            comments.c.story_id == site.story_id,
            comment_store._IN_THREAD,
        )
        .order_by(*comment_store.SORTS[sort])
        .limit(20)
    )
    with sqlite_services.store.read() as conn:
        # Compiled as the service runs it, with bound parameters.
        compiled = query.compile(conn)
        values = tuple(compiled.params[name] for name in compiled.positiontup or ())
        found = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), values)
        plan = " | ".join(r[3] for r in found)
    assert "ix_comments_visible_" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_the_most_liked_come_first_ties_newest_first(services: Services, busy: SiteKeys) -> None:
    sid = busy.site.id
    with services.store.read() as conn:
        oldest_first = [
            r.id
            for r in comment_store.thread(conn, sid, busy.story_id, sort="oldest", limit=20).roots
        ]
    # Two likes for the third comment, one each for the first and the eighth.
    for comment, readers in ((oldest_first[2], ["x", "y"]), (oldest_first[0], ["x"])):
        for reader in readers:
            actions.like(services, sid, comment, reader)
    actions.like(services, sid, oldest_first[7], "y")
    rest = [i for i in reversed(oldest_first) if i not in (oldest_first[2], oldest_first[0])]
    rest.remove(oldest_first[7])
    expected = [oldest_first[2], oldest_first[7], oldest_first[0], *rest]
    pages = []
    for offset in (0, 5, 10):
        with services.store.read() as conn:
            found = comment_store.thread(
                conn, sid, busy.story_id, sort="liked", limit=5, offset=offset, public=True
            )
        pages += [(r.id, r.like_count) for r in found.roots]
    assert [cid for cid, _ in pages] == expected
    assert [n for _, n in pages][:4] == [2, 1, 1, 0]
