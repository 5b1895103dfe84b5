"""Disqus XML exports: <thread> elements for stories, <post> elements for comments.

Each post names its thread and, for a reply, its parent post by Disqus id
(``dsq:id``), which also serves as our external id, so a second import of the
same export adds nothing. A thread's story id is the site's own identifier
when the export has one, else the thread's link.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from commentdesk.domain import CommentStatus
from commentdesk.ingest.markup import html_to_text
from commentdesk.ingest.records import BadRecord, ImportRecord, guest_id, parse_timestamp
from commentdesk.ingest.xmlstream import (
    attribute,
    child,
    child_text,
    closed_elements,
    local_name,
)

Item = ImportRecord | BadRecord


@dataclass(frozen=True)
class _Thread:
    story_id: str
    url: str
    title: str


def read_disqus(path: Path) -> Iterator[Item]:
    threads: dict[str, _Thread] = {}
    waiting: list[tuple[int, etree._Element]] = []  # posts seen before their thread
    try:
        for element in closed_elements(path, {"thread", "post"}, depth=1):
            if local_name(element.tag) == "thread":
                thread_id = attribute(element, "id")
                url = child_text(element, "link")
                threads[thread_id] = _Thread(
                    child_text(element, "id") or url or f"disqus-thread:{thread_id}",
                    url,
                    child_text(element, "title"),
                )
            else:
                thread_id = attribute(child(element, "thread"), "id")
                if thread_id in threads:
                    yield _post(path, element, threads[thread_id])
                else:
                    waiting.append((element.sourceline or 0, _copy(element)))
    except etree.XMLSyntaxError as err:
        yield BadRecord(str(path), err.lineno or 0, f"XML is malformed: {err.msg}")
    for line, element in waiting:
        thread_id = attribute(child(element, "thread"), "id")
        if thread_id in threads:
            yield _post(path, element, threads[thread_id], line)
        else:
            yield BadRecord(str(path), line, f"post names unknown thread {thread_id!r}")


def _copy(element: etree._Element) -> etree._Element:
    # The streamed original is cleared once we move on; keep our own copy.
    return etree.fromstring(etree.tostring(element))


def _post(path: Path, element: etree._Element, thread: _Thread, line: int = 0) -> Item:
    line = line or element.sourceline or 0
    post_id = attribute(element, "id")
    if not post_id:
        return BadRecord(str(path), line, "post has no dsq:id")
    body = html_to_text(child_text(element, "message"))
    if not body:
        return BadRecord(str(path), line, f"post {post_id} has no text")
    try:
        created_at = parse_timestamp(child_text(element, "createdAt"))
    except ValueError as err:
        return BadRecord(str(path), line, str(err))
    author = child(element, "author")
    username = child_text(author, "username") if author is not None else ""
    anonymous = author is None or child_text(author, "isAnonymous") == "true"
    name = child_text(author, "name") if author is not None else ""
    if anonymous or not username:
        email = child_text(author, "email") if author is not None else ""
        author_id = guest_id("disqus-guest", email, name)
    else:
        author_id = f"disqus:{username}"
    parent_id = attribute(child(element, "parent"), "id")
    return ImportRecord(
        source=str(path),
        line=line,
        external_id=f"disqus:{post_id}",
        story_external_id=thread.story_id,
        story_url=thread.url,
        story_title=thread.title,
        body=body,
        parent_external_id=f"disqus:{parent_id}" if parent_id else None,
        author_external_id=author_id,
        author_name=name,
        created_at=created_at,
        status=_status(element),
    )


def _status(element: etree._Element) -> CommentStatus:
    if "true" in (child_text(element, "isSpam"), child_text(element, "isDeleted")):
        return CommentStatus.REJECTED
    if child_text(element, "isApproved") == "false":
        return CommentStatus.HELD
    return CommentStatus.APPROVED
