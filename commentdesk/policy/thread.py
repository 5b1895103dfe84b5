"""A comment thread read from a file for ``check``: JSONL, plain lines, or a scraped page.

Which it is gets detected: a line reading exactly "Join the discussion" makes
it a scraped article page; lines that are all JSON objects with a "text" make
it JSONL; anything else is one comment per line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from commentdesk.ingest.scraped_page import is_scraped_page, parse_scraped_page


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


def read_thread(text: str) -> Thread:
    """Detect the format of ``text`` and read its comments."""
    if is_scraped_page(text):
        page = parse_scraped_page(text)
        comments = [
            ThreadComment(i, c.line, c.text, id=str(c.line)) for i, c in enumerate(page.comments)
        ]
        return Thread("scraped-page", comments, page.date)
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    rows = _json_rows(numbered)
    if rows is not None:
        comments = [
            ThreadComment(
                i,
                n,
                str(row["text"]),
                id=str(row.get("id", n)),
                author=_author_name(row.get("author")),
            )
            for i, (n, row) in enumerate(rows)
        ]
        return Thread("jsonl", comments)
    return Thread(
        "lines",
        [ThreadComment(i, n, line.strip(), id=str(n)) for i, (n, line) in enumerate(numbered)],
    )


def _json_rows(numbered: list[tuple[int, str]]) -> list[tuple[int, dict[str, object]]] | None:
    if not numbered or not numbered[0][1].lstrip().startswith("{"):
        return None
    rows = []
    for number, line in numbered:
        try:
            row = json.loads(line)
        except ValueError:
            return None
        if not isinstance(row, dict) or "text" not in row:
            return None
        rows.append((number, row))
    return rows


def _author_name(value: object) -> str | None:
    if isinstance(value, dict):
        name = value.get("display_name") or value.get("name") or value.get("id")
        return None if name is None else str(name)
    return None if value is None else str(value)
