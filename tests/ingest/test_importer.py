from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from commentdesk.domain import CommentStatus
from commentdesk.ingest.importer import import_file
from commentdesk.services import Services
from commentdesk.store import audit as audit_store
from commentdesk.store import comments as comment_store
from commentdesk.store.schema import authors, comments, stories
from tests.ingest.ingest_archives import CSV, DISQUS, JSONL, WXR


def _counts(services: Services) -> tuple[int, int, int]:
    with services.store.read() as conn:
        return tuple(  # type: ignore[return-value]
            conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
            for t in (stories, authors, comments)
        )


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_disqus_import_is_threaded_and_idempotent(
    tmp_path: Path, services: Services, site_id: int
) -> None:
    path = _write(tmp_path, "disqus.xml", DISQUS)
    first = import_file(services, site_id, path)
    assert (first.added, first.already_there, len(first.bad)) == (3, 0, 1)
    assert first.stories_created == 1
    counts = _counts(services)
    assert counts == (1, 3, 3)  # one story; ann, bo and the anonymous guest

    again = import_file(services, site_id, path)
    assert (again.added, again.already_there) == (0, 3)
    assert _counts(services) == counts

    with services.store.read() as conn:
        top = comment_store.by_external_id(conn, site_id, "disqus:5001")
        reply = comment_store.by_external_id(conn, site_id, "disqus:5002")
        nested = comment_store.by_external_id(conn, site_id, "disqus:5003")
        assert top and reply and nested
        assert (reply.parent_id, nested.parent_id) == (top.id, reply.id)
        assert top.created_at is not None and top.created_at.year == 2021
        # Decided under the site's policy, with its reasons and an audit row.
        assert top.policy_version and top.reasons
        trail = audit_store.trail(conn, site_id, "comment", top.id)
        assert [e.action for e in trail] == ["submit"]


def test_keep_status_keeps_the_archive_state(
    tmp_path: Path, services: Services, site_id: int
) -> None:
    path = _write(tmp_path, "blog.xml", WXR)
    report = import_file(services, site_id, path, keep_status=True)
    assert report.added == 3 and report.statuses == {"approved": 1, "held": 1, "rejected": 1}
    with services.store.read() as conn:
        states = {
            c.external_id: c.status for c in comment_store.iterate(conn, site_id)
        }
    assert states == {
        "wxr:7": CommentStatus.APPROVED,
        "wxr:8": CommentStatus.HELD,
        "wxr:10": CommentStatus.REJECTED,
    }


def test_removals_stay_removed_without_keep_status(
    tmp_path: Path, services: Services, site_id: int
) -> None:
    # Spam and trash in the WordPress export: a moderator took them down there,
    # and the site's policy must not publish them again. The rest is decided anew.
    report = import_file(services, site_id, _write(tmp_path, "blog.xml", WXR))
    with services.store.read() as conn:
        states = {c.external_id: c.status for c in comment_store.iterate(conn, site_id)}
    assert report.added == 3
    assert states == {
        "wxr:7": CommentStatus.APPROVED,
        "wxr:8": CommentStatus.APPROVED,  # pending there; civil, so approved here
        "wxr:10": CommentStatus.REJECTED,
    }


def test_replies_before_parents_and_orphans(
    tmp_path: Path, services: Services, site_id: int
) -> None:
    lines = [
        '{"id": "b", "story_id": "s", "parent_id": "a", "body": "reply first", "status": "held"}',
        '{"id": "a", "story_id": "s", "body": "the parent", "status": "approved"}',
        '{"id": "x", "story_id": "s", "parent_id": "nobody", "body": "lost", "status": "held"}',
    ]
    path = _write(tmp_path, "odd.jsonl", "\n".join(lines) + "\n")
    report = import_file(services, site_id, path, keep_status=True)
    assert report.added == 3 and report.orphans == 1
    with services.store.read() as conn:
        a = comment_store.by_external_id(conn, site_id, "a")
        b = comment_store.by_external_id(conn, site_id, "b")
        x = comment_store.by_external_id(conn, site_id, "x")
    assert a and b and x and b.parent_id == a.id and x.parent_id is None


def test_bad_records_are_reported_and_the_import_goes_on(
    tmp_path: Path, services: Services, site_id: int
) -> None:
    jsonl = import_file(services, site_id, _write(tmp_path, "c.jsonl", JSONL), keep_status=True)
    csv_report = import_file(services, site_id, _write(tmp_path, "c.csv", CSV), keep_status=True)
    assert jsonl.added == 3 and [str(b).split(":", 1)[1] for b in jsonl.bad][0].startswith("3:")
    assert csv_report.added == 3 and [b.line for b in csv_report.bad] == [6]
    long_body = "x" * (services.settings.max_body_chars + 1)
    record = json.dumps({"id": "L", "story_id": "s", "body": long_body})
    path = _write(tmp_path, "long.jsonl", record + "\n")
    report = import_file(services, site_id, path)
    assert report.added == 0 and report.bad[0].line == 1 and "limit" in report.bad[0].message


def test_records_no_database_can_keep_are_reported_with_their_line(
    tmp_path: Path, services: Services, site_id: int
) -> None:
    # JSON escapes decode to a lone surrogate or a NUL; neither can be stored.
    lines = [
        r'{"id": "a", "story_id": "s", "body": "fine \ud800 text"}',
        r'{"id": "b", "story_id": "s", "body": "fine", "author_name": "A\u0000"}',
        r'{"id": "c", "story_id": "s\udc00", "body": "fine"}',
        r'{"id": "d", "story_id": "s", "body": "A civil remark about the budget."}',
    ]
    report = import_file(services, site_id, _write(tmp_path, "u.jsonl", "\n".join(lines)))
    assert report.added == 1
    assert [(b.line, b.message) for b in report.bad] == [
        (1, "body must not contain an unpaired surrogate (\\ud800)"),
        (2, "author_name must not contain NUL characters"),
        (3, "story_external_id must not contain an unpaired surrogate (\\udc00)"),
    ]


def test_imported_stories_close_by_the_site_default_from_their_first_comment(
    tmp_path: Path, services: Services, site_id: int
) -> None:
    from datetime import UTC, datetime, timedelta

    from commentdesk.store import sites as site_store
    from commentdesk.store import stories as story_store

    with services.store.write() as conn:
        site_store.update(conn, site_id, close_after_days=14)
    import_file(services, site_id, _write(tmp_path, "old.jsonl", JSONL))
    with services.store.read() as conn:
        dated = story_store.by_external_id(conn, site_id, "s1")
        undated = story_store.by_external_id(conn, site_id, "s2")
    assert dated is not None and undated is not None
    # An old discussion stays closed rather than reopening for 14 days.
    assert dated.closes_at == datetime(2022, 1, 15, 10, 0, tzinfo=UTC)
    assert not dated.accepts_comments(services.now())
    # No date in the archive: the default counts from the import.
    assert undated.closes_at is not None
    assert undated.closes_at - services.now() > timedelta(days=13)


def test_a_reply_to_an_orphan_stays_in_its_thread(
    tmp_path: Path, services: Services, site_id: int
) -> None:
    # y answers x; x answers a comment the archive never holds. Only x is lost
    # its parent: y must still hang under x, whichever of the two comes first.
    lines = [
        '{"id": "y", "story_id": "s", "parent_id": "x", "body": "answer to x", "status": "held"}',
        '{"id": "x", "story_id": "s", "parent_id": "gone", "body": "x", "status": "held"}',
        '{"id": "z", "story_id": "s", "parent_id": "y", "body": "answer to y", "status": "held"}',
    ]
    path = _write(tmp_path, "orphans.jsonl", "\n".join(lines) + "\n")
    report = import_file(services, site_id, path, keep_status=True)
    assert (report.added, report.orphans, report.bad) == (3, 1, [])
    with services.store.read() as conn:
        x = comment_store.by_external_id(conn, site_id, "x")
        y = comment_store.by_external_id(conn, site_id, "y")
        z = comment_store.by_external_id(conn, site_id, "z")
    assert x and y and z
    assert (x.parent_id, y.parent_id, z.parent_id) == (None, x.id, y.id)


def test_replies_that_wait_on_each_other_are_all_imported(
    tmp_path: Path, services: Services, site_id: int
) -> None:
    # A broken archive where two comments name each other as parent: neither
    # can come first, so one becomes top-level and the other its reply.
    lines = [
        '{"id": "p", "story_id": "s", "parent_id": "q", "body": "one", "status": "held"}',
        '{"id": "q", "story_id": "s", "parent_id": "p", "body": "two", "status": "held"}',
    ]
    path = _write(tmp_path, "cycle.jsonl", "\n".join(lines) + "\n")
    report = import_file(services, site_id, path, keep_status=True)
    assert (report.added, report.orphans, report.bad) == (2, 1, [])
    with services.store.read() as conn:
        p = comment_store.by_external_id(conn, site_id, "p")
        q = comment_store.by_external_id(conn, site_id, "q")
    assert p and q and (p.parent_id, q.parent_id) == (None, p.id)


def test_timestamps_with_an_offset_are_stored_at_the_same_instant(
    tmp_path: Path, services: Services, site_id: int
) -> None:
    from datetime import UTC, datetime

    lines = [
        '{"id": "east", "story_id": "s", "body": "Morning in Athens.",'
        ' "created_at": "2022-01-01T10:00:00+02:00"}',
        '{"id": "west", "story_id": "s", "body": "Night in Chicago.",'
        ' "created_at": "2021-12-31T20:30:00-06:00"}',
    ]
    import_file(services, site_id, _write(tmp_path, "tz.jsonl", "\n".join(lines) + "\n"))
    with services.store.read() as conn:
        east = comment_store.by_external_id(conn, site_id, "east")
        west = comment_store.by_external_id(conn, site_id, "west")
    assert east and west
    assert east.created_at == datetime(2022, 1, 1, 8, 0, tzinfo=UTC)
    assert west.created_at == datetime(2022, 1, 1, 2, 30, tzinfo=UTC)


WXR_TRASHED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
  <item>
    <title>Withdrawn story</title>
    <link>https://daily.example/?p=77</link>
    <wp:post_id>77</wp:post_id>
    <wp:status>trash</wp:status>
    <wp:comment>
      <wp:comment_id>301</wp:comment_id>
      <wp:comment_author><![CDATA[Hana]]></wp:comment_author>
      <wp:comment_date>2019-06-01 12:15:00</wp:comment_date>
      <wp:comment_date_gmt>2019-06-01 10:15:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Was this story pulled?]]></wp:comment_content>
      <wp:comment_approved>post-trashed</wp:comment_approved>
      <wp:comment_parent>0</wp:comment_parent>
    </wp:comment>
  </item>
  <item>
    <title>Letters</title>
    <link>https://daily.example/?p=78</link>
    <wp:post_id>78</wp:post_id>
    <wp:status>publish</wp:status>
    <wp:comment>
      <wp:comment_id>302</wp:comment_id>
      <wp:comment_author><![CDATA[Ivo]]></wp:comment_author>
      <wp:comment_date>2019-06-02 09:40:00</wp:comment_date>
      <wp:comment_date_gmt>0000-00-00 00:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Still waiting for approval.]]></wp:comment_content>
      <wp:comment_approved>0</wp:comment_approved>
      <wp:comment_parent>0</wp:comment_parent>
    </wp:comment>
  </item>
</channel></rss>
"""


def test_wxr_comments_of_trashed_posts_and_pending_dates(
    tmp_path: Path, services: Services, site_id: int
) -> None:
    from datetime import UTC, datetime

    path = _write(tmp_path, "blog.xml", WXR_TRASHED)
    report = import_file(services, site_id, path, keep_status=True)
    # WordPress marks the comments of a trashed post "post-trashed": still a
    # comment, kept out of sight like its post, never dropped.
    assert (report.added, report.bad) == (2, [])
    with services.store.read() as conn:
        trashed = comment_store.by_external_id(conn, site_id, "wxr:301")
        pending = comment_store.by_external_id(conn, site_id, "wxr:302")
    assert trashed and pending
    assert trashed.status is CommentStatus.REJECTED
    assert trashed.created_at == datetime(2019, 6, 1, 10, 15, tzinfo=UTC)
    # WordPress leaves the GMT date of a pending comment zero; the local date
    # is all the archive knows, better than the day of the import.
    assert pending.status is CommentStatus.HELD
    assert pending.created_at == datetime(2019, 6, 2, 9, 40, tzinfo=UTC)
