"""In chromium: a signed-in reader likes a comment in the widget, and it stays liked."""

from __future__ import annotations

import re
from typing import Any

import pytest

from commentdesk.services import Services
from tests.browser.conftest import HostPage, open_article, post_as, reader_token
from tests.conftest import SiteKeys

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def test_a_reader_likes_a_comment_and_it_stays_liked(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    theirs = post_as(services, site, "The depot should move after the new line opens.", "writer")
    own = post_as(services, site, "My own point about the depot.", "reader-1")
    reader = open_page()
    page = reader.page
    article = host.article(site, reader_token(site))  # signed in as reader-1
    open_article(page, article)
    like = page.locator(f"#cd-c{theirs} .cd-like")
    expect(like.locator(".cd-like-count")).to_have_text("0")
    expect(like).to_have_attribute("aria-pressed", "false")
    expect(like).to_be_enabled()
    mine = page.locator(f"#cd-c{own} .cd-like")
    expect(mine).to_be_disabled()  # their own comment
    expect(mine.locator(".cd-like-count")).to_have_text("0")

    like.click()
    expect(like.locator(".cd-like-count")).to_have_text("1")
    expect(like).to_have_attribute("aria-pressed", "true")

    page.reload()
    page.wait_for_selector(".cd-widget[data-ready]")
    like = page.locator(f"#cd-c{theirs} .cd-like")
    expect(like.locator(".cd-like-count")).to_have_text("1")
    expect(like).to_have_attribute("aria-pressed", "true")
    page.select_option(".cd-sort select", "liked")
    expect(page.locator(".cd-thread > .cd-comment").first).to_have_id(f"cd-c{theirs}")

    # Another visitor, not signed in, sees the count on a button they cannot press.
    visitor = open_page()
    open_article(visitor.page, host.article(site, ""))
    seen = visitor.page.locator(f"#cd-c{theirs} .cd-like")
    expect(seen.locator(".cd-like-count")).to_have_text("1")
    expect(seen).to_be_disabled()
    expect(seen).to_have_attribute("aria-pressed", "false")

    like.click()  # and the reader takes it back
    expect(like.locator(".cd-like-count")).to_have_text("0")
    expect(like).to_have_attribute("aria-pressed", "false")
    expect(page.locator(f"#cd-c{theirs} > .cd-body")).to_have_text(re.compile("^The depot"))
    reader.assert_clean()
    visitor.assert_clean()


def test_open_pages_see_like_counts_move_live(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    theirs = post_as(services, site, "The depot should move after the new line opens.", "writer")
    watcher = open_page()
    open_article(watcher.page, host.article(site, ""))
    shown = watcher.page.locator(f"#cd-c{theirs} .cd-like-count")
    expect(shown).to_have_text("0")
    liker = open_page()
    open_article(liker.page, host.article(site, reader_token(site)))
    liker.page.click(f"#cd-c{theirs} .cd-like")
    expect(shown).to_have_text("1")  # over the live stream, no reload
    liker.page.click(f"#cd-c{theirs} .cd-like")
    expect(shown).to_have_text("0")
    watcher.assert_clean()
    liker.assert_clean()
