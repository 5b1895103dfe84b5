"""In chromium: writing a comment. The length limit counts down, a draft survives a
reload, and a host page dresses the widget in its own colours and type."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from commentdesk.services import Services
from commentdesk.store import Store
from commentdesk.store import comments as comment_store
from tests.browser.conftest import HostPage, open_article, reader_token
from tests.conftest import SiteKeys, make_settings, real_scorer

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

LIMIT = 300  # characters; the service's default is 10,000


@pytest.fixture
def services(store: Store, database_url: str, tmp_path: Path) -> Iterator[Services]:
    svc = Services(
        settings=make_settings(tmp_path, database_url, max_body_chars=LIMIT),
        store=store,
        scorer_factory=real_scorer,
    )
    yield svc
    svc.close()


def test_the_limit_counts_down_and_a_long_paste_is_not_cut(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    area = page.locator(".cd-widget > .cd-compose textarea")
    chars = page.locator(".cd-widget > .cd-compose .cd-chars")
    post = page.locator(".cd-widget > .cd-compose .cd-post")
    area.fill("The new timetable is clearer than the old one. ")
    expect(chars).to_be_hidden()  # far from the limit: nothing to say
    # Counted as the service counts: characters (an emoji is one), not UTF-16 units.
    near = "a" * (LIMIT - 50) + "\U0001f68c" * 10
    area.fill(near)
    expect(chars).to_have_text("40 characters left")
    expect(post).to_be_enabled()
    # A paste past the limit is kept whole, says how much to cut, and cannot be sent.
    area.fill("b" * (LIMIT + 12))
    assert len(area.input_value()) == LIMIT + 12
    expect(chars).to_have_text("12 characters too long")
    expect(chars).to_have_class("cd-chars cd-over")
    expect(post).to_be_disabled()
    area.fill("x" * (LIMIT - 60) + " The depot should move after the line opens.")
    expect(post).to_be_enabled()
    expect(chars).to_be_visible()
    post.click()
    expect(page.locator(".cd-widget > .cd-compose .cd-notice")).to_have_class("cd-notice cd-ok")
    expect(chars).to_be_hidden()  # the form is empty again, and so is its count
    reader.assert_clean()


def test_a_draft_survives_a_reload_and_is_forgotten_once_posted(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    reader = open_page()
    page = reader.page
    article = host.article(site, reader_token(site))
    open_article(page, article)
    draft = "I was at the meeting, and the vote was closer than this says."
    page.locator(".cd-widget > .cd-compose textarea").fill(draft)
    page.reload()
    page.wait_for_selector(".cd-widget[data-ready]")
    area = page.locator(".cd-widget > .cd-compose textarea")
    expect(area).to_have_value(draft)
    page.click(".cd-widget > .cd-compose .cd-post")
    expect(page.locator(".cd-widget > .cd-compose .cd-notice")).to_have_class("cd-notice cd-ok")
    expect(area).to_have_value("")
    with services.store.read() as conn:
        [posted], _ = comment_store.queue(
            conn, site.site.id, comment_store.QueueFilter("approved")
        )
    assert posted.body == draft
    page.reload()  # posted: not offered again
    page.wait_for_selector(".cd-widget[data-ready]")
    expect(page.locator(".cd-widget > .cd-compose textarea")).to_have_value("")
    # A reply's draft is kept under its own parent.
    page.click(f"#cd-c{posted.id} > .cd-actions .cd-reply")
    page.locator(f"#cd-c{posted.id} .cd-compose textarea").fill("Closer by how many votes?")
    page.reload()
    page.wait_for_selector(".cd-widget[data-ready]")
    page.click(f"#cd-c{posted.id} > .cd-actions .cd-reply")
    expect(page.locator(f"#cd-c{posted.id} .cd-compose textarea")).to_have_value(
        "Closer by how many votes?"
    )
    expect(page.locator(".cd-widget > .cd-compose textarea")).to_have_value("")
    # Another tab starts empty: a draft stays in the tab it was written in.
    other = open_page()
    open_article(other.page, article)
    expect(other.page.locator(".cd-widget > .cd-compose textarea")).to_have_value("")
    reader.assert_clean()
    other.assert_clean()


def test_the_host_page_sets_the_widgets_colours_and_type(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    host.stylesheet = (
        ":root { --cd-accent: rgb(160, 20, 40); --cd-on-accent: rgb(255, 250, 240);"
        " --cd-text: rgb(30, 30, 30); --cd-font: Georgia, serif; --cd-font-size: 18px; }"
    )
    reader = open_page()
    page = reader.page
    themed = '<link rel="stylesheet" href="/host.css">'
    open_article(page, host.article(site, reader_token(site), head=themed))
    widget = page.locator(".cd-widget")
    post = page.locator(".cd-widget > .cd-compose .cd-post")
    expect(post).to_have_css("background-color", "rgb(160, 20, 40)")
    expect(post).to_have_css("color", "rgb(255, 250, 240)")
    expect(widget).to_have_css("color", "rgb(30, 30, 30)")
    expect(widget).to_have_css("font-size", "18px")
    assert "Georgia" in widget.evaluate("e => getComputedStyle(e).fontFamily")
    # Without them, its own.
    plain = open_page()
    host.stylesheet = ""
    open_article(plain.page, host.article(site, reader_token(site)))
    expect(plain.page.locator(".cd-widget > .cd-compose .cd-post")).to_have_css(
        "background-color", "rgb(43, 95, 217)"
    )
    reader.assert_clean()
    plain.assert_clean()
