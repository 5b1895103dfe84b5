"""In a real browser, on another origin under a strict CSP: count.js fills a listing
page's counts, and the widget shows a closed story's state and an open one's closing time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from commentdesk import actions
from commentdesk.services import Services
from commentdesk.store import stories as story_store
from tests.browser.conftest import HostPage, open_article, reader_token
from tests.conftest import SiteKeys

pytestmark = pytest.mark.browser

CIVIL = "The tram extension to Weststad was promised in 2019 and never costed."
REPLY = "Weststad got its costing in the 2021 budget papers, page 14."


def _publish(services: Services, site: SiteKeys, story_id: int, body: str,
             parent: int | None = None) -> int:
    new = actions.NewComment(story_id=story_id, body=body, parent_id=parent)
    comment_id = actions.submit(services, site.site.id, new).comment.id
    actions.decide(services, site.site.id, [comment_id], "approve", actor="test")
    return comment_id


def test_count_script_fills_a_listing_page(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    with services.store.write() as conn:
        story_store.upsert(conn, site.site.id, "story-2", title="Quiet")
    first = _publish(services, site, site.story_id, CIVIL)
    _publish(services, site, site.story_id, REPLY, parent=first)
    slug = site.site.slug
    host.body = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Home</title></head><body><ul>
<li>Bus lanes <span data-commentdesk-count="story-1" data-site="{slug}">…</span> comments</li>
<li>Quiet <span data-commentdesk-count="story-2">…</span> comments</li>
<li>Again <span class="again" data-commentdesk-count="story-1">…</span> comments</li>
<li>New <span class="new" data-commentdesk-count="not-yet">…</span> comments</li>
</ul>
<script src="{host.app_url}/count.js" data-site="{slug}" async></script>
</body></html>""".encode()
    reader = open_page()
    page = reader.page
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url) if "/counts" in r.url else None)
    page.goto(host.url + "/")
    page.wait_for_selector(".new[data-commentdesk-counted]")
    texts = page.locator("[data-commentdesk-count]").all_text_contents()
    assert texts == ["2", "0", "2", "0"]
    assert len(requests) == 1
    reader.assert_clean()


def test_widget_shows_closed_and_closing_states(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    _publish(services, site, site.story_id, CIVIL)
    soon = datetime.now(UTC) + timedelta(days=3)
    actions.update_story(services, site.site.id, site.story_id, actor="t", closes_at=soon)
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    assert page.locator(".cd-closing").text_content().startswith("Comments close on ")
    assert page.locator(".cd-closing").is_visible()
    assert page.locator(".cd-compose").first.is_visible()
    assert not page.locator(".cd-closed").is_visible()
    assert page.locator(".cd-count").text_content() == " (1)"

    # Its time passes: a fresh page has no form, only the closed line.
    past = datetime.now(UTC) - timedelta(minutes=1)
    actions.update_story(services, site.site.id, site.story_id, actor="t", closes_at=past)
    page.reload()
    page.wait_for_selector(".cd-widget[data-ready]")
    assert page.locator(".cd-closed").is_visible()
    assert page.locator(".cd-closed").text_content() == "Comments are closed"
    assert not page.locator(".cd-compose").first.is_visible()
    assert not page.locator(".cd-closing").is_visible()
    assert not page.locator(".cd-reply").first.is_visible()
    assert page.locator(".cd-comment .cd-body").first.text_content() == CIVIL
    reader.assert_clean()
