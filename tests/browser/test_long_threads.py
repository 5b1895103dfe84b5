"""In chromium: a long thread shows its first replies, and the rest on request."""

from __future__ import annotations

from typing import Any

import pytest

from commentdesk import actions
from commentdesk.services import Services
from commentdesk.store.comments import REPLIES_SHOWN
from tests.browser.conftest import CLEAN, HostPage, open_article, post_as
from tests.conftest import SiteKeys

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def _long_thread(services: Services, site: SiteKeys, body: str, many: int) -> tuple[int, list[int]]:
    """A published comment with `many` published replies: (its id, theirs)."""
    root = post_as(services, site, body, "writer")
    batch = [
        (
            site.site.id,
            actions.NewComment(site.story_id, f"Reply {i}.", parent_id=root, score=CLEAN),
        )
        for i in range(many)
    ]
    replies = [r.comment.id for r in actions.submit_batch(services, batch)]  # type: ignore[union-attr]
    return root, replies


def test_the_rest_of_a_long_thread_comes_on_request_or_by_link(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    many = REPLIES_SHOWN + 5
    root, replies = _long_thread(services, site, "The new timetable starts on Monday.", many)
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, ""))
    thread = page.locator(f"#cd-c{root}")
    expect(thread.locator(".cd-replies .cd-comment")).to_have_count(REPLIES_SHOWN)
    more = thread.locator(".cd-all-replies")
    expect(more).to_have_text(f"Show all {many} replies")
    more.click()
    expect(page.locator(f"#cd-c{root} .cd-replies .cd-comment")).to_have_count(many)
    expect(page.locator(f"#cd-c{root} .cd-all-replies")).to_have_count(0)

    # A link to a reply past the first ones shows its thread whole.
    linked = open_page()
    open_article(linked.page, host.article(site, "") + f"#cd-c{replies[-1]}")
    expect(linked.page.locator(f"#cd-c{replies[-1]}")).to_have_class("cd-comment cd-linked")
    for watched in (reader, linked):
        watched.assert_clean()


def test_an_open_page_keeps_the_thread_count_as_replies_come_and_go(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    many = REPLIES_SHOWN + 2
    root, replies = _long_thread(services, site, "The library opens on Sundays.", many)
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, ""))
    more = page.locator(f"#cd-c{root} > .cd-all-replies")
    expect(more).to_have_text(f"Show all {many} replies")

    # A reply to a reply on the page is shown under it; one to a reply past the
    # first ones is not, but the thread counts both, over the live stream.
    shown_parent, hidden_parent = replies[0], replies[-1]
    answer = post_as(services, site, "Sundays suit us.", "neighbour", parent_id=shown_parent)
    expect(page.locator(f"#cd-c{shown_parent} #cd-c{answer}")).to_have_count(1)
    expect(more).to_have_text(f"Show all {many + 1} replies")
    unseen = post_as(services, site, "Good news.", "neighbour", parent_id=hidden_parent)
    expect(more).to_have_text(f"Show all {many + 2} replies")
    expect(page.locator(f"#cd-c{unseen}")).to_have_count(0)

    # A reply taken down counts no more, whether the page shows it or not.
    actions.decide(services, site.site.id, [answer], "reject", actor="key:moderator")
    expect(page.locator(f"#cd-c{answer}")).to_have_count(0)
    expect(more).to_have_text(f"Show all {many + 1} replies")
    actions.decide(services, site.site.id, [unseen], "reject", actor="key:moderator")
    expect(more).to_have_text(f"Show all {many} replies")
    more.click()
    expect(page.locator(f"#cd-c{root} .cd-replies .cd-comment")).to_have_count(many)
    reader.assert_clean()

