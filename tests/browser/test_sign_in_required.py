"""In chromium: on a site for signed-in readers only, a visitor is asked to sign in."""

from __future__ import annotations

from typing import Any

import pytest

from commentdesk.services import Services
from commentdesk.store import sites as site_store
from tests.browser.conftest import HostPage, open_article, reader_token
from tests.conftest import SiteKeys

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def test_visitors_are_asked_to_sign_in_and_readers_get_the_form(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    with services.store.write() as conn:
        site_store.update(conn, site.site.id, sign_in_required=True)
    visitor = open_page()
    # A sign-in link is followed only if it is a web address.
    open_article(visitor.page, host.article(site, "", 'data-sign-in="https://news.example/login"'))
    note = visitor.page.locator(".cd-sign-in")
    expect(note).to_have_text("Sign in to join the discussion.")
    expect(note.locator("a")).to_have_attribute("href", "https://news.example/login")
    expect(visitor.page.locator(".cd-widget > .cd-compose")).to_be_hidden()

    sneaky = open_page()
    open_article(sneaky.page, host.article(site, "", 'data-sign-in="javascript:alert(1)"'))
    expect(sneaky.page.locator(".cd-sign-in")).to_have_text("Sign in to join the discussion.")
    expect(sneaky.page.locator(".cd-sign-in a")).to_have_count(0)

    reader = open_page()
    open_article(reader.page, host.article(site, reader_token(site)))
    expect(reader.page.locator(".cd-sign-in")).to_be_hidden()
    reader.page.fill(".cd-widget > .cd-compose textarea", "The council should publish the costs.")
    reader.page.click(".cd-widget > .cd-compose .cd-post")
    expect(reader.page.locator(".cd-widget > .cd-compose .cd-notice")).to_have_text(
        "Your comment is published."
    )
    for page in (visitor, sneaky, reader):
        page.assert_clean()
