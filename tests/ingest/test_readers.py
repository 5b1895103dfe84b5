from __future__ import annotations

import hashlib
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
    # An anonymous guest keeps the name they posted under, grouped by it.
    assert spam.author_external_id and spam.author_external_id.startswith("disqus-guest:")
    assert spam.author_name == "Guest"
    assert [r.status for r in good] == [
        CommentStatus.APPROVED, CommentStatus.APPROVED, CommentStatus.REJECTED
    ]
    assert first.created_at is not None
    assert first.created_at.isoformat() == "2021-03-01T09:00:00+00:00"
    # The deleted post with no text is reported with the line it starts on.
    assert len(bad) == 1 and "5004" in bad[0].message
    assert DISQUS.splitlines()[bad[0].line - 1].strip().startswith('<post dsq:id="5004"')


def test_disqus_guests_are_grouped_by_email_which_is_never_kept(tmp_path: Path) -> None:
    guest = DISQUS.replace(
        "<author><name>Guest</name><isAnonymous>true</isAnonymous></author>",
        "<author><name>Pat</name><email>Pat@Mail.example</email>"
        "<isAnonymous>true</isAnonymous></author>",
    )
    one = _read(tmp_path, "a.xml", guest)[0][2].author_external_id
    renamed = _read(tmp_path, "b.xml", guest.replace("<name>Pat</name>", "<name>P.</name>"))
    assert one and one == renamed[0][2].author_external_id
    assert "pat" not in one.lower().split(":", 1)[1]
    nameless = DISQUS.replace("<author><name>Guest</name>", "<author><name></name>")
    assert _read(tmp_path, "c.xml", nameless)[0][2].author_external_id is None


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


def test_a_row_with_a_name_and_no_author_id_keeps_the_name(tmp_path: Path) -> None:
    rows = (
        "id,story_id,author_id,author_name,staff_name,body\n"
        "g1,s9,,Dee,,First guest comment\n"
        "g2,s9,,Dee,,Second guest comment\n"
        "n1,s9,,City desk,City desk,The newsroom answers\n"
        "x1,s9,,,,Nobody at all\n"
    )
    good, bad = _read(tmp_path, "guests.csv", rows)
    assert bad == []
    first, second, staff, nobody = good
    assert first.author_name == "Dee" and first.author_external_id
    assert first.author_external_id.startswith("guest:")
    assert second.author_external_id == first.author_external_id
    assert staff.author_external_id is None and staff.staff_name == "City desk"
    assert nobody.author_external_id is None
    # Rows without an id keep the id they had before guests were named.
    plain = _read(tmp_path, "noid.csv", "story_id,author_name,body\ns9,Dee,Hello\n")[0][0]
    unnamed_key = "\x1f".join(["s9", "", "", "Hello"])  # no author id, no time
    assert plain.external_id == "row:" + hashlib.sha256(unnamed_key.encode()).hexdigest()[:32]
    assert plain.author_external_id


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
