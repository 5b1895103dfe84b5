"""The scraped article page format."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from commentdesk.ingest.scraped_page import is_scraped_page, parse_scraped_page

EXAMPLE = Path(__file__).resolve().parents[2] / ".." / "shared" / "examples" / \
    "article-with-comments.txt"

PAGE = """\
 date 2024-05-06 The council voted on Tuesday to close the library.
A second paragraph of the article.

(c) Some Publisher
Join the discussion
First comment here.

Second comment, after a blank line.
"""


def test_parses_date_article_and_comments_with_line_numbers():
    page = parse_scraped_page(PAGE)
    assert page.date == date(2024, 5, 6)
    assert page.article_lines[0] == "The council voted on Tuesday to close the library."
    assert page.article_lines[-1] == "(c) Some Publisher"
    assert [(c.line, c.text) for c in page.comments] == [
        (6, "First comment here."), (8, "Second comment, after a blank line.")]


def test_detection_and_missing_marker():
    assert is_scraped_page(PAGE)
    assert not is_scraped_page("one comment\nanother\n")
    with pytest.raises(ValueError, match="Join the discussion"):
        parse_scraped_page("just text\n")


def test_a_page_without_a_date_line():
    page = parse_scraped_page("Headline\nJoin the discussion\nHello\n")
    assert page.date is None and page.article_lines == ["Headline"]
    assert page.comments[0].line == 3


@pytest.mark.skipif(not EXAMPLE.exists(), reason="shared example page not present")
def test_the_shared_example_page():
    text = EXAMPLE.read_text(encoding="utf-8")
    page = parse_scraped_page(text)
    lines = text.splitlines()
    marker = lines.index("Join the discussion")
    assert page.date == date(2018, 3, 22)
    assert len(page.comments) == len([x for x in lines[marker + 1:] if x.strip()])
    assert all(lines[c.line - 1].strip() == c.text for c in page.comments)
    assert len(page.article_lines) == marker
