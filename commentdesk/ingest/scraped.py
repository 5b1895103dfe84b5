"""Scraped article pages: the article, a "Join the discussion" line, one comment a line.

The page gives no ids, so the story id is a hash of the article text and each
comment's id a hash of the story, its line number and its text: importing the
same page again adds nothing. Comments carry no author, thread or time; they
are dated with the article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, time
from pathlib import Path

from commentdesk.ingest.records import BadRecord, ImportRecord
from commentdesk.ingest.scraped_page import parse_scraped_page

Item = ImportRecord | BadRecord

_TITLE_CHARS = 120


def read_scraped(path: Path) -> Iterator[Item]:
    text = path.read_text(encoding="utf-8")
    try:
        page = parse_scraped_page(text)
    except ValueError as err:
        yield BadRecord(str(path), 1, str(err))
        return
    article = "\n".join(page.article_lines)
    story_id = "scraped:" + _digest(article)[:16]
    title = page.article_lines[0][:_TITLE_CHARS] if page.article_lines else ""
    created_at = datetime.combine(page.date, time(), UTC) if page.date else None
    for comment in page.comments:
        key = f"{story_id}\x1f{comment.line}\x1f{comment.text}"
        yield ImportRecord(
            source=str(path),
            line=comment.line,
            external_id="scraped:" + _digest(key)[:32],
            story_external_id=story_id,
            story_title=title,
            body=comment.text,
            created_at=created_at,
        )


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
