"""In chromium on a phone-sized page: whatever readers write, and whatever they are
called, the thread fits the page and reads in the text's own direction."""

from __future__ import annotations

from typing import Any

import pytest

from commentdesk.services import Services
from tests.browser.conftest import HostPage, open_article, post_as, reader_token
from tests.conftest import SiteKeys

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

PHONE = {"width": 375, "height": 800}
# Hosts that sign readers in by e-mail often pass the address on as their name.
LONG_NAME = "margaretha.vandenberghe.oosterhout@examplenewspaper.com"
ARABIC = "أوافق تماماً! يجب أن تمر الحافلة كل عشر دقائق."


def overflow(page: Any) -> int:
    """How many pixels the page is wider than its window (0: it fits)."""
    return int(
        page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    )


def test_long_names_and_words_never_make_the_page_scroll_sideways(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    named = post_as(services, site, "The timetable is fine.", LONG_NAME)
    post_as(services, site, "See https://example.org/" + "minutes-of-the-meeting-" * 12, "walker")
    reader = open_page()
    page = reader.page
    page.set_viewport_size(PHONE)
    open_article(page, host.article(site, reader_token(site, sub="ana", name="Ana")))
    expect(page.locator(f"#cd-c{named} > .cd-meta .cd-author")).to_have_text(LONG_NAME.title())
    assert overflow(page) == 0
    # The name again, in the question, the folded comment and the list of the ignored.
    page.click(f"#cd-c{named} > .cd-actions .cd-ignore")
    expect(page.locator(f"#cd-c{named} > .cd-confirm")).to_be_visible()
    assert overflow(page) == 0
    page.click(f"#cd-c{named} .cd-ignore-yes")
    expect(page.locator(f"#cd-c{named} > .cd-ignored-note")).to_be_visible()
    page.click(".cd-ignored-list summary")
    expect(page.locator(".cd-ignored-reader")).to_contain_text(LONG_NAME.title())
    assert overflow(page) == 0
    reader.assert_clean()


def test_right_to_left_comments_and_drafts_read_right_to_left(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    arabic = post_as(services, site, ARABIC, "samira")
    english = post_as(services, site, "The 42 should run every ten minutes.", "walker")
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))

    def direction(selector: str) -> str:
        return str(page.locator(selector).evaluate("e => getComputedStyle(e).direction"))

    # On an English page an Arabic comment still starts on the right, its "!" and "."
    # where an Arabic reader expects them, not stranded at the wrong end.
    assert direction(f"#cd-c{arabic} > .cd-body") == "rtl"
    assert direction(f"#cd-c{english} > .cd-body") == "ltr"
    area = page.locator(".cd-widget > .cd-compose textarea")
    area.fill(ARABIC)
    assert direction(".cd-widget > .cd-compose textarea") == "rtl"
    area.fill("Agreed.")
    assert direction(".cd-widget > .cd-compose textarea") == "ltr"
    reader.assert_clean()
