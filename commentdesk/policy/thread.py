"""A comment thread read from a file for ``check``: JSONL, plain lines, or a scraped page.

Which it is gets detected: a line reading exactly "Join the discussion" makes
it a scraped article page; a first line that is a JSON object makes it JSONL
(each comment's words in "text", or "body" as in import and export files; a
line that is not such an object is reported with its number and skipped, never
read as a comment); anything else is one comment per line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from commentdesk.ingest.scraped_page import is_scraped_page, parse_scraped_page
from commentdesk.scoring.inputs import unpaired


@dataclass(frozen=True)
class ThreadComment:
    index: int  # 0-based position among the comments
    line: int  # 1-based line in the file
    text: str
    id: str = ""
    author: str | None = None


@dataclass(frozen=True)
class Thread:
    kind: str  # "scraped-page" | "jsonl" | "lines"
    comments: list[ThreadComment] = field(default_factory=list)
    date: date | None = None
    bad_lines: list[tuple[int, str]] = field(default_factory=list)  # (line, problem)


def read_thread(text: str) -> Thread:
    """Detect the format of ``text`` and read its comments."""
    if is_scraped_page(text):
        page = parse_scraped_page(text)
        comments = [
            ThreadComment(i, c.line, c.text, id=str(c.line)) for i, c in enumerate(page.comments)
        ]
        return Thread("scraped-page", comments, page.date)
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if numbered and _object(numbered[0][1]) is not None:
        return _jsonl(numbered)
    return Thread(
        "lines",
        [ThreadComment(i, n, line.strip(), id=str(n)) for i, (n, line) in enumerate(numbered)],
    )


def _jsonl(numbered: list[tuple[int, str]]) -> Thread:
    comments: list[ThreadComment] = []
    bad: list[tuple[int, str]] = []
    for number, line in numbered:
        row = _object(line)
        if row is None:
            bad.append((number, "not a JSON object"))
            continue
        wrong = unpaired(line, row)
        if wrong:
            bad.append((number, wrong))
            continue
        words = row.get("text", row.get("body"))
        if not isinstance(words, str) or not words.strip():
            bad.append((number, 'no "text" (or "body") with words in it'))
            continue
        comments.append(
            ThreadComment(
                len(comments),
                number,
                words,
                id=str(row.get("id", number)),
                author=_author_name(row.get("author", row.get("author_name"))),
            )
        )
    return Thread("jsonl", comments, bad_lines=bad)


def _object(line: str) -> dict[str, object] | None:
    if not line.lstrip().startswith("{"):
        return None
    try:
        row = json.loads(line)
    except ValueError:
        return None
    return row if isinstance(row, dict) else None


def _author_name(value: object) -> str | None:
    if isinstance(value, dict):
        name = value.get("display_name") or value.get("name") or value.get("id")
        return None if name is None else str(name)
    return None if value is None else str(value)
