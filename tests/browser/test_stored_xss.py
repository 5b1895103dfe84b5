"""Stored XSS: the payloads that have hit other comment systems, in every field readers
or importers control, rendered by the widget and every dashboard page. No dialog may
fire, no CSP violation may be reported, and each payload must show as plain text."""

from __future__ import annotations

from typing import Any

import pytest

from commentdesk import actions
from commentdesk.services import Services
from commentdesk.store import stories as story_store
from tests.browser.conftest import HostPage, open_article, reader_token
from tests.browser.test_moderation_flow import moderator_page
from tests.conftest import LiveServer, SiteKeys

pytestmark = pytest.mark.browser

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">read more</a> javascript:alert(1)",
    "\"><svg onload=alert(1)>",
    "' onmouseover='alert(1)",
    "<script>alert(1)</script>",
]
PAYLOAD = " ".join(PAYLOADS)


def seed(services: Services, site: SiteKeys) -> dict[str, int]:
    with services.store.write() as conn:
        story_store.upsert(conn, site.site.id, "story-1", url="javascript:alert(1)",
                           title=PAYLOAD, section=PAYLOADS[2])
    sid = site.site.id

    def post(body: str, author: str, parent: int | None = None) -> int:
        return actions.submit(services, sid, actions.NewComment(
            story_id=site.story_id, body=body, parent_id=parent, author_external_id=author,
            author_name=PAYLOAD)).comment.id

    shown = post(PAYLOAD, "attacker")
    actions.decide(services, sid, [shown], "approve", actor="test", reason=PAYLOAD)
    reply = post(PAYLOADS[3] + " a reply", "attacker-2", parent=shown)
    actions.decide(services, sid, [reply], "approve", actor="test")
    waiting = post(PAYLOADS[0] + " held one", "attacker-3", parent=shown)
    actions.decide(services, sid, [waiting], "hold", actor="test", reason=PAYLOADS[1])
    gone = post(PAYLOADS[4] + " rejected one", "attacker-4")
    actions.decide(services, sid, [gone], "reject", actor="test", reason=PAYLOADS[2])
    actions.report(services, sid, shown, PAYLOAD, reporter="ip:test")
    author = actions.submit(services, sid, actions.NewComment(
        story_id=site.story_id, body="note target", author_external_id="noted",
        author_name=PAYLOAD)).comment.author_id
    assert author is not None
    actions.act_on_author(services, sid, author,
                          actions.AuthorAction(kind="note", note=PAYLOAD), actor="test")
    return {"shown": shown, "waiting": waiting, "author": author}


def hover_everything(page: Any, selector: str) -> None:
    for index in range(min(page.locator(selector).count(), 6)):
        page.locator(selector).nth(index).hover()


def test_payloads_stay_text_in_the_widget(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    seed(services, site)
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site, name=PAYLOADS[2])))
    body = page.locator(".cd-comment .cd-body", has_text="onerror=alert(1)").first
    assert body.text_content() == PAYLOAD
    assert page.locator(".cd-author").first.text_content() == PAYLOAD
    assert page.locator(".cd-widget img, .cd-widget svg, .cd-widget script").count() == 0
    hover_everything(page, ".cd-body")
    page.locator(".cd-report").first.click()
    page.locator(".cd-send-report").click()
    page.locator(".cd-report-form .cd-ok").wait_for()
    page.fill(".cd-input", PAYLOAD)
    page.click(".cd-post")
    page.locator(".cd-notice.cd-ok, .cd-notice.cd-held, .cd-notice.cd-rejected").first.wait_for()
    page.wait_for_timeout(1500)  # a live update, if it was published, has arrived by now
    reader.assert_clean()


def test_payloads_stay_text_on_every_dashboard_page(
    services: Services, site: SiteKeys, live: LiveServer, open_page: Any
) -> None:
    ids = seed(services, site)
    moderator = moderator_page(open_page, live, services, site, "/dashboard/queue/all")
    page = moderator.page
    page.wait_for_selector(".card")
    assert page.locator(".card .body", has_text=PAYLOADS[0]).count() >= 1
    hover_everything(page, ".card .body")
    page.locator(f"#c{ids['waiting']} details.context summary").click()
    page.locator(f"#c{ids['waiting']} .context-list").wait_for()
    assert PAYLOADS[3] in page.locator(f"#c{ids['waiting']} .context-list").text_content()
    for path in ["/dashboard/queue/reported", "/dashboard/queue/held",
                 f"/dashboard/authors/{ids['author']}", f"/dashboard/stories/{site.story_id}",
                 "/dashboard/stories", "/dashboard/audit", "/dashboard/analytics",
                 "/dashboard/authors"]:
        page.goto(live.url + path)
        page.wait_for_load_state("load")
        assert page.locator("main img, main script, main svg:not(.bars):not(.share)").count() == 0
        hover_everything(page, "main p, main td, main pre")
    assert PAYLOADS[0] in page.locator("main").text_content()  # the analytics story title
    moderator.assert_clean()
