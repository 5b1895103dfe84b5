"""In chromium: what a reader sees when posting goes wrong, and that trying again
neither loses their words nor posts them twice."""

from __future__ import annotations

from typing import Any

import pytest

from commentdesk import actions
from commentdesk.services import Services
from commentdesk.store import comments as comment_store
from tests.browser.conftest import HostPage, open_article, reader_token
from tests.conftest import SiteKeys

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

COMPOSE = ".cd-widget > .cd-compose"


def stored_bodies(services: Services, site: SiteKeys) -> list[str]:
    with services.store.read() as conn:
        found, _ = comment_store.queue(conn, site.site.id, comment_store.QueueFilter("all"))
    return sorted(c.body for c in found)


def drop_first_answer(page: Any) -> list[dict[str, str]]:
    """The first comment posted reaches the server, and its answer is lost on the way
    back, as when a train enters a tunnel. Returns each post's request headers."""
    sent: list[dict[str, str]] = []

    def handle(route: Any) -> None:
        if route.request.method != "POST":
            route.continue_()
            return
        sent.append(route.request.headers)
        if len(sent) == 1:
            route.fetch()  # the server stores it ...
            route.abort("connectionreset")  # ... and the reader never hears
            return
        route.continue_()

    page.route("**/api/v1/stories/*/comments", handle)
    return sent


def test_a_retry_after_a_lost_answer_posts_the_comment_once(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    sent = drop_first_answer(page)
    text = "The depot move was in the 2021 plan; it is not new."
    page.locator(f"{COMPOSE} textarea").fill(text)
    page.click(f"{COMPOSE} .cd-post")
    notice = page.locator(f"{COMPOSE} .cd-notice")
    expect(notice).to_have_class("cd-notice cd-error")
    # Not the browser's "Failed to fetch": what happened, and what to do.
    expect(notice).to_have_text(
        "Your comment could not be posted: the connection failed. Check it and try again."
    )
    expect(page.locator(f"{COMPOSE} textarea")).to_have_value(text)  # kept
    page.click(f"{COMPOSE} .cd-post")
    expect(notice).to_have_class("cd-notice cd-ok")
    assert stored_bodies(services, site) == [text]
    assert sent[0].get("idempotency-key")
    assert sent[0].get("idempotency-key") == sent[1].get("idempotency-key")
    # The next comment is another comment, under a key of its own.
    page.locator(f"{COMPOSE} textarea").fill("And the bus lanes were in it too.")
    page.click(f"{COMPOSE} .cd-post")
    expect(notice).to_have_text("Your comment is published.")
    assert len(sent) == 3 and sent[2]["idempotency-key"] != sent[0]["idempotency-key"]
    assert len(stored_bodies(services, site)) == 2
    reader.console_errors.clear()  # chromium logs the dropped request
    reader.assert_clean()


def test_a_lost_answer_then_a_reload_still_posts_the_draft_once(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    drop_first_answer(page)
    text = "Whoever drew this map has never taken the 42."
    page.locator(f"{COMPOSE} textarea").fill(text)
    page.click(f"{COMPOSE} .cd-post")
    expect(page.locator(f"{COMPOSE} .cd-notice")).to_have_class("cd-notice cd-error")
    page.reload()  # "did it go through?"
    page.wait_for_selector(".cd-widget[data-ready]")
    expect(page.locator(f"{COMPOSE} textarea")).to_have_value(text)
    page.click(f"{COMPOSE} .cd-post")
    expect(page.locator(f"{COMPOSE} .cd-notice")).to_have_class("cd-notice cd-ok")
    assert stored_bodies(services, site) == [text]
    reader.console_errors.clear()
    reader.assert_clean()


def test_a_draft_changed_after_a_lost_answer_is_posted_not_refused(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    drop_first_answer(page)
    area = page.locator(f"{COMPOSE} textarea")
    area.fill("The 42 runs every ten minutes")
    page.click(f"{COMPOSE} .cd-post")
    expect(page.locator(f"{COMPOSE} .cd-notice")).to_have_class("cd-notice cd-error")
    area.fill("The 42 runs every ten minutes, except on Sundays.")
    page.click(f"{COMPOSE} .cd-post")
    # Another text is another comment: never "this key was already used".
    expect(page.locator(f"{COMPOSE} .cd-notice")).to_have_class("cd-notice cd-ok")
    assert "The 42 runs every ten minutes, except on Sundays." in stored_bodies(services, site)
    reader.console_errors.clear()
    reader.assert_clean()


def test_a_story_closed_while_the_reader_wrote_keeps_their_text_in_view(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    text = "Three paragraphs on the history of the ring road, written with care."
    page.locator(f"{COMPOSE} textarea").fill(text)
    actions.update_story(services, site.site.id, site.story_id, actor="t", is_open=False)
    page.click(f"{COMPOSE} .cd-post")
    expect(page.locator(".cd-closed")).to_be_visible()
    area = page.locator(f"{COMPOSE} textarea")
    expect(area).to_be_visible()
    expect(area).to_have_value(text)
    expect(page.locator(f"{COMPOSE} .cd-notice")).to_be_visible()
    expect(page.locator(f"{COMPOSE} .cd-post")).to_be_hidden()
    assert stored_bodies(services, site) == []
    reader.console_errors.clear()  # chromium logs the 409
    reader.assert_clean()


def test_a_draft_kept_from_before_the_story_closed_shows_after_a_reload(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    reader = open_page()
    page = reader.page
    url = host.article(site, reader_token(site))
    open_article(page, url)
    text = "A long reply about the bus timetable, half finished when the page closed."
    page.locator(f"{COMPOSE} textarea").fill(text)
    actions.update_story(services, site.site.id, site.story_id, actor="t", is_open=False)
    open_article(page, url)  # the same tab: the draft is kept in it
    expect(page.locator(".cd-closed")).to_be_visible()
    area = page.locator(f"{COMPOSE} textarea")
    expect(area).to_be_visible()
    expect(area).to_have_value(text)
    expect(area).not_to_be_editable()
    expect(page.locator(f"{COMPOSE} .cd-notice")).to_contain_text("kept here")
    expect(page.locator(f"{COMPOSE} .cd-post")).to_be_hidden()
    reader.assert_clean()
