"""In chromium: a newsroom writing in another language gives the widget its words."""

from __future__ import annotations

import json
from typing import Any

import pytest

from commentdesk.services import Services
from tests.browser.conftest import HostPage, open_article, post_as, reader_token
from tests.conftest import SiteKeys

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def test_the_widget_speaks_the_newsrooms_language(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    post_as(services, site, "Die Brücke ist seit Mai gesperrt.", "leser")
    words = {
        "heading": "Kommentare",
        "post": "Senden",
        "reply": "Antworten",
        "like": "Gefällt mir",
        "closesOn": "Schließt am {date}",
        "unknown-key": "ignored",
    }
    # JSON in an attribute: the host page needs no inline script under its CSP.
    attribute = "data-strings='" + json.dumps(words, ensure_ascii=False) + "'"
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site), attribute))
    expect(page.locator(".cd-heading")).to_contain_text("Kommentare")
    expect(page.locator(".cd-widget > .cd-compose .cd-post")).to_have_text("Senden")
    expect(page.locator(".cd-reply").first).to_have_text("Antworten")
    expect(page.locator(".cd-like-label").first).to_have_text("Gefällt mir")
    # What the newsroom did not give stays in English.
    expect(page.locator(".cd-report").first).to_have_text("Report")
    reader.assert_clean()
