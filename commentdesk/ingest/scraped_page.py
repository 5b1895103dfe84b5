"""The scraped article page format: a dated article, then its reader comments.

The layout, as scrapers write it: the first line starts with ``date
YYYY-MM-DD`` followed by the article's first paragraph; more article lines and
the syndication footer follow; a line that reads exactly "Join the discussion"
separates the article from the comments, which follow one per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

MARKER = "Join the discussion"
_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class ScrapedComment:
    line: int  # 1-based line number in the page
    text: str


@dataclass(frozen=True)
class ScrapedPage:
    date: date | None
    article_lines: list[str] = field(default_factory=list)
    comments: list[ScrapedComment] = field(default_factory=list)


def is_scraped_page(text: str) -> bool:
    """True when ``text`` has the "Join the discussion" separator line."""
    return any(line.strip() == MARKER for line in text.splitlines())


def parse_scraped_page(text: str) -> ScrapedPage:
    """Split a scraped page into its date, article lines and comments.

    Raises ValueError when the separator line is missing, since without it
    there is no telling article text from comments.
    """
    lines = text.splitlines()
    marker = next((i for i, line in enumerate(lines) if line.strip() == MARKER), None)
    if marker is None:
        raise ValueError(f"not a scraped page: no line reading {MARKER!r}")
    published, article = _article(lines[:marker])
    comments = [
        ScrapedComment(line=number, text=line.strip())
        for number, line in enumerate(lines[marker + 1 :], start=marker + 2)
        if line.strip()
    ]
    return ScrapedPage(date=published, article_lines=article, comments=comments)


def _article(lines: list[str]) -> tuple[date | None, list[str]]:
    published: date | None = None
    article: list[str] = []
    for line in lines:
        match = _DATE.match(line) if published is None and not article else None
        if match:
            try:
                published = date.fromisoformat(match.group(1))
            except ValueError:
                published = None
            rest = match.group(2).strip()
            if rest:
                article.append(rest)
            continue
        if line.strip():
            article.append(line.strip())
    return published, article
