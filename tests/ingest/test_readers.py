from __future__ import annotations

from pathlib import Path

import pytest

from commentdesk.domain import CommentStatus
from commentdesk.ingest import formats
from commentdesk.ingest.records import BadRecord, ImportRecord
from tests.ingest.ingest_archives import CSV, DISQUS, JSONL, WXR

SHARED_PAGE = Path(__file__).resolve().parents[2] / "../shared/examples/article-with-comments.txt"


def _read(tmp_path: Path, name: str, text: str) -> tuple[list[ImportRecord], list[BadRecord]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    items = list(formats.read(path))
    good = [i for i in items if isinstance(i, ImportRecord)]
    bad = [i for i in items if isinstance(i, BadRecord)]
    return good, bad


def test_disqus_threads_posts_and_states(tmp_path: Path) -> None:
    good, bad = _read(tmp_path, "export.xml", DISQUS)
    assert [r.external_id for r in good] == ["disqus:5001", "disqus:5002", "disqus:5003"]
    first, reply, spam = good
    assert first.story_external_id == "article-7"
    assert first.story_url == "https://paper.example/news/7"
    assert first.story_title == "Council votes on the new bridge"
    assert first.author_external_id == "disqus:ann" and first.author_name == "Ann Reader"
    assert reply.parent_external_id == "disqus:5001"
    assert reply.body == "I disagree & think it costs too much.\n\nSecond paragraph."
    assert spam.parent_external_id == "disqus:5002"
    assert spam.author_external_id is None  # anonymous
    assert [r.status for r in good] == [
        CommentStatus.APPROVED, CommentStatus.APPROVED, CommentStatus.REJECTED
    ]
    assert first.created_at is not None
    assert first.created_at.isoformat() == "2021-03-01T09:00:00+00:00"
    # The deleted post with no text is reported with the line it starts on.
    assert len(bad) == 1 and "5004" in bad[0].message
    assert DISQUS.splitlines()[bad[0].line - 1].strip().startswith('<post dsq:id="5004"')


def test_wxr_comments_with_parents(tmp_path: Path) -> None:
    good, bad = _read(tmp_path, "blog.wordpress.2020.xml", WXR)
    assert [r.external_id for r in good] == ["wxr:7", "wxr:8", "wxr:10"]
    top, reply, spam = good
    assert top.story_external_id == "42" and top.story_title == "School budget approved"
    assert top.parent_external_id is None
    assert reply.parent_external_id == "wxr:7" and spam.parent_external_id == "wxr:8"
    assert reply.body == "Agreed, finally."
    assert reply.author_external_id == "wp-user:12"
    assert top.author_external_id and top.author_external_id.startswith("wp-guest:")
    assert "carla" not in top.author_external_id  # the email itself is never kept
    assert [r.status for r in good] == [
        CommentStatus.APPROVED, CommentStatus.HELD, CommentStatus.REJECTED
    ]
    assert top.created_at is not None and top.created_at.hour == 8  # GMT date wins
    assert len(bad) == 1 and "pingback" in bad[0].message


def test_jsonl_bad_line_reported_with_its_number(tmp_path: Path) -> None:
    good, bad = _read(tmp_path, "comments.jsonl", JSONL)
    assert [r.external_id for r in good] == ["c1", "c2", "c4"]
    assert good[1].parent_external_id == "c1"
    assert [(b.line, b.source.endswith("comments.jsonl")) for b in bad] == [(3, True)]
    assert "comments.jsonl:3:" in str(bad[0])


def test_csv_multiline_body_and_bad_status(tmp_path: Path) -> None:
    good, bad = _read(tmp_path, "comments.csv", CSV)
    assert [r.external_id for r in good] == ["r1", "r2", "r3"]
    assert good[1].body == "A reply\nthat spans two lines"
    assert good[2].status is None
    # r4 starts on line 6: the header, r1, r2 (two lines), r3 come before it.
    assert [b.line for b in bad] == [6] and "maybe" in bad[0].message


def test_unknown_format_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some words\n")
    with pytest.raises(formats.UnknownFormat):
        list(formats.read(path))


@pytest.mark.skipif(not SHARED_PAGE.exists(), reason="../shared/examples not present")
def test_scraped_page_gives_stable_ids() -> None:
    first = [i for i in formats.read(SHARED_PAGE) if isinstance(i, ImportRecord)]
    again = [i for i in formats.read(SHARED_PAGE) if isinstance(i, ImportRecord)]
    assert first and [r.external_id for r in first] == [r.external_id for r in again]
    assert len({r.external_id for r in first}) == len(first)
    assert len({r.story_external_id for r in first}) == 1
    assert all(r.body.strip() and r.created_at is not None for r in first)
