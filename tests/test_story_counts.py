"""A story's published-comment count stays exact through every kind of status change.

After each step the stored `stories.comment_count` is compared with a
COUNT(*) over the comments themselves, for the story changed and for one left
alone, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from commentdesk import actions
from commentdesk.actions import NewComment
from commentdesk.domain import CommentStatus
from commentdesk.ingest.importer import import_file
from commentdesk.ingest.rescore import rescore
from commentdesk.services import Services
from commentdesk.store import Store, database
from commentdesk.store import stories as story_store
from commentdesk.store.schema import comments, sites, stories
from tests.conftest import SiteKeys

CIVIL = [
    "The tram extension to Weststad was promised in 2019 and never costed.",
    "My street in Oosthaven floods every spring; the drains were never fixed.",
    "Weststad got its costing in the 2021 budget papers, page 14.",
    "The council should publish the full budget, not a summary.",
    "Thanks for the detailed reporting on the timetable changes.",
]
ABUSIVE = "You are a pathetic idiot and a moron, shut up you stupid piece of garbage."


def _counts(services: Services) -> dict[int, tuple[int, int]]:
    """Each story's (stored count, counted approved comments)."""
    approved = (
        sa.select(sa.func.count())
        .where(comments.c.story_id == stories.c.id, comments.c.status == "approved")
        .scalar_subquery()
    )
    with services.store.read() as conn:
        found = conn.execute(sa.select(stories.c.id, stories.c.comment_count, approved))
        return {story_id: (stored, counted) for story_id, stored, counted in found}


def _exact(services: Services, site: SiteKeys, expected: int) -> None:
    counts = _counts(services)
    assert all(stored == counted for stored, counted in counts.values()), counts
    assert counts[site.story_id] == (expected, expected)


def test_the_count_follows_every_status_change(services: Services, site: SiteKeys) -> None:
    sid = site.site.id
    with services.store.write() as conn:
        other, _ = story_store.upsert(conn, sid, "story-2", title="Another")

    def post(body: str, **kwargs: object) -> int:
        new = NewComment(site.story_id, body, **kwargs)  # type: ignore[arg-type]
        return actions.submit(services, sid, new).comment.id

    def decide(ids: list[int], verb: str) -> None:
        actions.decide(services, sid, ids, verb, actor="moderator:test")

    ana = {"author_external_id": "ana", "author_name": "Ana"}
    first = post(CIVIL[0], **ana)
    second = post(CIVIL[1], **ana)
    _exact(services, site, 2)
    rude = post(ABUSIVE, author_external_id="rude")
    _exact(services, site, 2)  # held or rejected: not published
    decide([rude], "approve")
    _exact(services, site, 3)
    decide([rude], "reject")
    _exact(services, site, 2)
    decide([second], "hold")  # an approved comment held
    _exact(services, site, 1)
    reply = post(CIVIL[2], parent_id=first, author_external_id="bob")
    _exact(services, site, 2)
    decide([reply], "hold")
    decide([reply], "approve")  # a reply approved
    _exact(services, site, 2)
    decide([second, rude, reply], "reject")  # bulk, mixed earlier statuses
    _exact(services, site, 1)
    decide([second, rude, reply, reply], "approve")
    _exact(services, site, 4)
    decide([second, rude], "approve")  # no change: nothing moves
    _exact(services, site, 4)

    # One batch over two stories, a repeat of an idempotent retry included.
    batch = actions.submit_batch(
        services,
        [
            (sid, NewComment(site.story_id, CIVIL[3], idempotency_key="k-1")),
            (sid, NewComment(other.id, CIVIL[4])),
            (sid, NewComment(site.story_id, CIVIL[3], idempotency_key="k-1")),
            (sid, NewComment(site.story_id, ABUSIVE)),
        ],
    )
    assert not any(isinstance(o, Exception) for o in batch)
    _exact(services, site, 5)
    assert _counts(services)[other.id] == (1, 1)

    # An edit decided again: held, then a civil edit back.
    edited = actions.edit(services, sid, first, "ana", ABUSIVE)
    assert edited.comment.status is not CommentStatus.APPROVED
    _exact(services, site, 4)
    again = actions.edit(services, sid, first, "ana", CIVIL[0] + " Still true.")
    _exact(services, site, 4 + (again.comment.status is CommentStatus.APPROVED))
    decide([first], "approve")
    _exact(services, site, 5)

    # The author deletes one; then Ana is erased, and her published ones go.
    actions.delete_own(services, sid, reply, "bob")
    _exact(services, site, 4)
    author = actions.find_author(services, sid, "ana")
    done = actions.erase_author(services, sid, author.id, actor="integration:test")
    assert done.withdrawn == 2
    _exact(services, site, 2)
    with services.store.read() as conn:
        story = story_store.get(conn, sid, site.story_id)
    assert story is not None and story.comment_count == 2


def test_imports_with_their_status_and_rescoring_keep_the_count(
    services: Services, site: SiteKeys, tmp_path: Path
) -> None:
    sid = site.site.id
    path = tmp_path / "archive.jsonl"
    records = [
        {"id": "i1", "story_id": "story-1", "body": CIVIL[0], "status": "approved"},
        {"id": "i2", "story_id": "story-1", "body": CIVIL[1], "status": "held"},
        {"id": "i3", "story_id": "story-1", "body": CIVIL[2], "status": "approved",
         "parent_id": "i1"},
        {"id": "i4", "story_id": "archived", "body": CIVIL[3], "status": "rejected"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    import_file(services, sid, path, keep_status=True)
    _exact(services, site, 2)
    import_file(services, sid, path, keep_status=True)  # a rerun adds nothing
    _exact(services, site, 2)

    # Imported while the model could not be loaded, the rest are held unscored;
    # rescoring with --apply then publishes the civil ones.
    later = tmp_path / "later.jsonl"
    later.write_text(
        "".join(
            json.dumps({"id": f"r{n}", "story_id": "story-1", "body": body}) + "\n"
            for n, body in enumerate([CIVIL[3], CIVIL[4], ABUSIVE])
        )
    )
    hurried = Services.from_settings(
        services.settings.replace(model_path=str(tmp_path / "no-model"))
    )
    import_file(hurried, sid, later)
    hurried.close()
    _exact(services, site, 2)
    report = rescore(services, sid, None, apply=True)
    assert report.changes["held->approved"] >= 2
    _exact(services, site, 2 + report.changes["held->approved"])


def test_the_migration_counts_the_comments_already_stored(database_url: str) -> None:
    store = Store(database_url)
    engine = store.db.engine
    try:
        database.migrate(engine, "0006")
        with engine.begin() as conn:
            now = sa.func.now()
            site_id = conn.execute(
                sites.insert().values(
                    slug="old", name="Old", jwt_secret="s", webhook_urls=[],
                    webhook_secret="w", allowed_origins=[], created_at=now,
                )
            ).inserted_primary_key[0]
            ids = [
                conn.execute(
                    stories.insert().values(
                        site_id=site_id, external_id=key, url="", title="", section="",
                        is_open=True, premoderated=False, created_at=now,
                    )
                ).inserted_primary_key[0]
                for key in ("a", "b", "c")
            ]
            for story_id, status in [
                (ids[0], "approved"), (ids[0], "approved"), (ids[0], "held"),
                (ids[1], "rejected"), (ids[2], "approved"),
            ]:
                conn.execute(
                    comments.insert().values(
                        site_id=site_id, story_id=story_id, body="x", status=status,
                        scores={}, spans={}, reasons=[], fingerprint="f",
                        created_at=now, updated_at=now,
                    )
                )
        database.migrate(engine)
        with engine.connect() as conn:
            found = dict(conn.execute(sa.select(stories.c.id, stories.c.comment_count)).all())
            closing = conn.execute(sa.select(stories.c.closes_at)).scalars().all()
        assert found == {ids[0]: 2, ids[1]: 0, ids[2]: 1}
        assert closing == [None, None, None]
        database.downgrade(engine, "0006")
        columns = {c["name"] for c in sa.inspect(engine).get_columns("stories")}
        assert not columns & {"comment_count", "closes_at"}
    finally:
        store.close()
