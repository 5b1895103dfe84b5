"""In chromium: the newsroom's answers carry its byline and a badge readers can trust."""

from __future__ import annotations

from typing import Any

import pytest

from commentdesk import actions
from commentdesk.services import Services
from tests.browser.conftest import HostPage, open_article, post_as, reader_token
from tests.conftest import SiteKeys

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def test_a_newsroom_reply_is_marked_and_a_reader_name_cannot_fake_it(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    asked = post_as(services, site, "When will the bridge reopen?", "reader-1")
    # A reader whose chosen name is the newsroom's still gets no badge.
    post_as(services, site, "It never will.", "newsroom", parent_id=asked)
    answer = actions.post_as_newsroom(
        services,
        site.site.id,
        site.story_id,
        "It reopens on 4 May, the council says.",
        byline="Ana, city desk",
        actor="user:ana",
        parent_id=asked,
    ).comment.id
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    staff = page.locator(f"#cd-c{answer}")
    expect(staff.locator(".cd-author")).to_have_text("Ana, city desk")
    expect(staff.locator(".cd-staff")).to_have_text("Newsroom")
    expect(page.locator(".cd-staff")).to_have_count(1)
    reader.assert_clean()
