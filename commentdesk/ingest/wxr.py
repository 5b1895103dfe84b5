"""WordPress WXR exports: an RSS <item> per post, its <wp:comment>s inside.

The post's ``wp:post_id`` is the story id (the site's own id for the
article); ``wp:comment_id`` makes the external id and ``wp:comment_parent``
the thread. Pingbacks and trackbacks are not reader comments and are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from commentdesk.domain import CommentStatus
from commentdesk.ingest.markup import html_to_text
from commentdesk.ingest.records import BadRecord, ImportRecord, guest_id, parse_timestamp
from commentdesk.ingest.xmlstream import child_text, closed_elements, local_name

Item = ImportRecord | BadRecord

_STATUS = {
    "1": CommentStatus.APPROVED,
    "approve": CommentStatus.APPROVED,
    "0": CommentStatus.HELD,
    "hold": CommentStatus.HELD,
    "spam": CommentStatus.REJECTED,
    "trash": CommentStatus.REJECTED,
    # Given to every comment of a trashed post: out of sight along with the post.
    "post-trashed": CommentStatus.REJECTED,
}


def read_wxr(path: Path) -> Iterator[Item]:
    try:
        for item in closed_elements(path, {"item"}, depth=2):
            story_id = child_text(item, "post_id")
            story_url = child_text(item, "link")
            title = child_text(item, "title")
            for element in item:
                if local_name(element.tag) == "comment":
                    yield _comment(path, element, story_id or story_url, story_url, title)
    except etree.XMLSyntaxError as err:
        yield BadRecord(str(path), err.lineno or 0, f"XML is malformed: {err.msg}")


def _comment(path: Path, element: etree._Element, story_id: str, url: str, title: str) -> Item:
    line = element.sourceline or 0
    comment_id = child_text(element, "comment_id")
    if not story_id:
        return BadRecord(str(path), line, "comment's post has no wp:post_id or link")
    if not comment_id:
        return BadRecord(str(path), line, "comment has no wp:comment_id")
    kind = child_text(element, "comment_type")
    if kind in ("pingback", "trackback"):
        return BadRecord(str(path), line, f"comment {comment_id} is a {kind}, skipped")
    body = html_to_text(child_text(element, "comment_content"))
    if not body:
        return BadRecord(str(path), line, f"comment {comment_id} has no text")
    approved = child_text(element, "comment_approved")
    if approved not in _STATUS:
        return BadRecord(str(path), line, f"unknown wp:comment_approved {approved!r}")
    try:
        created_at = parse_timestamp(_gmt_date(element) or child_text(element, "comment_date"))
    except ValueError as err:
        return BadRecord(str(path), line, str(err))
    parent = child_text(element, "comment_parent")
    name = child_text(element, "comment_author")
    return ImportRecord(
        source=str(path),
        line=line,
        external_id=f"wxr:{comment_id}",
        story_external_id=story_id,
        story_url=url,
        story_title=title,
        body=body,
        parent_external_id=f"wxr:{parent}" if parent not in ("", "0") else None,
        author_external_id=_author_id(element, name),
        author_name=name,
        created_at=created_at,
        status=_STATUS[approved],
    )


def _gmt_date(element: etree._Element) -> str:
    # WordPress leaves the GMT date of a comment still pending as all zeroes; the
    # local date is then the only one the export has.
    text = child_text(element, "comment_date_gmt")
    return "" if text.startswith("0000-00-00") else text


def _author_id(element: etree._Element, name: str) -> str | None:
    user_id = child_text(element, "comment_user_id")
    if user_id not in ("", "0"):
        return f"wp-user:{user_id}"
    return guest_id("wp-guest", child_text(element, "comment_author_email"), name)
