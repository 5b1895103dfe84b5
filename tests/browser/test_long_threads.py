"""In chromium: a long thread shows its first replies, and the rest on request."""

from __future__ import annotations

from typing import Any

import pytest

from commentdesk import actions
from commentdesk.services import Services
from commentdesk.store.comments import REPLIES_SHOWN
from tests.browser.conftest import CLEAN, HostPage, post_as
from tests.conftest import SiteKeys

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def test_the_rest_of_a_long_thread_comes_on_request_or_by_link(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    root = post_as(services, site, "The new timetable starts on Monday.", "writer")
    many = REPLIES_SHOWN + 5
    batch = [
        (
            site.site.id,
            actions.NewComment(site.story_id, f"Reply {i}.", parent_id=root, score=CLEAN),
        )
        for i in range(many)
    ]
    replies = [r.comment.id for r in actions.submit_batch(services, batch)]  # type: ignore[union-attr]
    reader = open_page()
    page = reader.page
    page.goto(host.article(site, ""))
    page.wait_for_selector(".cd-widget[data-ready]")
    thread = page.locator(f"#cd-c{root}")
    expect(thread.locator(".cd-replies .cd-comment")).to_have_count(REPLIES_SHOWN)
    more = thread.locator(".cd-all-replies")
    expect(more).to_have_text(f"Show all {many} replies")
    more.click()
    expect(page.locator(f"#cd-c{root} .cd-replies .cd-comment")).to_have_count(many)
    expect(page.locator(f"#cd-c{root} .cd-all-replies")).to_have_count(0)

    # A link to a reply past the first ones shows its thread whole.
    linked = open_page()
    linked.page.goto(host.article(site, "") + f"#cd-c{replies[-1]}")
    linked.page.wait_for_selector(".cd-widget[data-ready]")
    expect(linked.page.locator(f"#cd-c{replies[-1]}")).to_have_class("cd-comment cd-linked")
    for watched in (reader, linked):
        watched.assert_clean()
