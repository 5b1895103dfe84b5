"""In chromium: readers edit their own comments for a while, and delete them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from commentdesk import actions
from commentdesk.services import Services
from commentdesk.store import comments as comment_store
from tests.browser.conftest import CLEAN, HostPage, open_article, post_as, reader_token
from tests.conftest import SiteKeys

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def test_a_reader_edits_then_deletes_their_own_comments(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    theirs = post_as(services, site, "The depot should move after the new line opens.", "writer")
    fresh = post_as(services, site, "The depot move costs too much.", "reader-1")
    answered = post_as(services, site, "And the buses will be late.", "reader-1")
    post_as(services, site, "Only for a month.", "writer", parent_id=answered)
    long_ago = datetime.now(UTC) - timedelta(hours=2)
    old = post_as(services, site, "An early thought.", "reader-1", created_at=long_ago)

    reader = open_page()
    page = reader.page
    page.goto(host.article(site, reader_token(site)))  # signed in as reader-1
    page.wait_for_selector(".cd-widget[data-ready]")
    expect(page.locator(".cd-count")).to_have_text(" (5)")
    expect(page.locator(f"#cd-c{theirs} .cd-own-tools")).to_be_hidden()
    expect(page.locator(f"#cd-c{fresh} .cd-edit")).to_be_visible()
    # Past the edit window (15 minutes by default): delete only.
    expect(page.locator(f"#cd-c{old} .cd-edit")).to_be_hidden()
    expect(page.locator(f"#cd-c{old} .cd-delete")).to_be_visible()

    page.click(f"#cd-c{fresh} .cd-edit")
    box = page.locator(f"#cd-c{fresh} .cd-edit-form textarea")
    expect(box).to_have_value("The depot move costs too much.")
    box.fill("The depot move costs less than the article says.")
    page.click(f"#cd-c{fresh} .cd-edit-form .cd-post")
    expect(page.locator(f"#cd-c{fresh} .cd-own-note")).to_have_text("Your edit is published.")
    expect(page.locator(f"#cd-c{fresh} > .cd-body")).to_have_text(
        "The depot move costs less than the article says."
    )
    page.reload()
    page.wait_for_selector(".cd-widget[data-ready]")
    expect(page.locator(f"#cd-c{fresh} > .cd-body")).to_have_text(
        "The depot move costs less than the article says."
    )

    # Deleting asks first; the reply keeps its place under a placeholder.
    page.click(f"#cd-c{answered} .cd-delete")
    page.click(f"#cd-c{answered} .cd-delete-no")
    expect(page.locator(f"#cd-c{answered} > .cd-body")).to_have_text("And the buses will be late.")
    page.click(f"#cd-c{answered} .cd-delete")
    page.click(f"#cd-c{answered} .cd-delete-yes")
    expect(page.locator(f"#cd-c{answered} > .cd-body")).to_have_text("This comment was removed.")
    expect(page.locator(f"#cd-c{answered} .cd-replies .cd-body")).to_have_text("Only for a month.")
    expect(page.locator(".cd-count")).to_have_text(" (4)")
    page.wait_for_timeout(1500)  # the live stream echoes the removal: counted once
    expect(page.locator(".cd-count")).to_have_text(" (4)")

    # Someone else, not signed in, has no such buttons.
    visitor = open_page()
    open_article(visitor.page, host.article(site, ""))
    expect(visitor.page.locator(f"#cd-c{fresh} .cd-own-tools")).to_be_hidden()
    expect(visitor.page.locator(f"#cd-c{answered} > .cd-body")).to_have_text(
        "This comment was removed."
    )
    reader.assert_clean()
    visitor.assert_clean()


def test_a_held_comment_published_later_is_still_known_as_the_readers(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:

    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    page.fill(".cd-widget > .cd-compose textarea", "You are a complete idiot.")
    page.click(".cd-widget > .cd-compose .cd-post")
    nudge = page.locator(".cd-widget > .cd-compose .cd-anyway")
    nudge.click()  # the draft check nudges first; the reader posts anyway
    expect(page.locator(".cd-widget > .cd-compose .cd-notice")).to_have_class("cd-notice cd-held")
    with services.store.read() as conn:
        [held], _ = comment_store.queue(conn, site.site.id, comment_store.QueueFilter("held"))
    actions.decide(services, site.site.id, [held.id], "approve", actor="moderator:1")
    arrived = page.locator(f"#cd-c{held.id}")
    expect(arrived).to_be_visible()  # over the live stream
    expect(arrived.locator(".cd-like")).to_be_disabled()
    expect(arrived.locator(".cd-delete")).to_be_visible()
    reader.assert_clean()



def test_a_comment_posted_in_another_tab_arrives_as_the_readers_own(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    article = host.article(site, reader_token(site))  # reader-1, "Rita Reader"
    watching, writing = open_page(), open_page()
    for tab in (watching, writing):
        open_article(tab.page, article)
    writing.page.fill(".cd-widget > .cd-compose textarea", "Thanks, that clears it up.")
    writing.page.click(".cd-widget > .cd-compose .cd-post")
    expect(writing.page.locator(".cd-widget > .cd-compose .cd-notice")).to_have_class(
        "cd-notice cd-ok"
    )
    with services.store.read() as conn:
        [mine], _ = comment_store.queue(conn, site.site.id, comment_store.QueueFilter("approved"))
    # In the other tab it arrives live, known as theirs: no Like, no Ignore, but Delete.
    arrived = watching.page.locator(f"#cd-c{mine.id}")
    expect(arrived.locator(".cd-like")).to_be_disabled()
    expect(arrived.locator(".cd-delete")).to_be_visible()
    expect(arrived.locator(".cd-ignore")).to_be_hidden()
    # Another reader who happens to share the name is still someone else.
    namesake = actions.submit(
        services,
        site.site.id,
        actions.NewComment(site.story_id, "The timetable changes in May.",
                           author_external_id="reader-2", author_name="Rita Reader", score=CLEAN),
    ).comment.id
    theirs = watching.page.locator(f"#cd-c{namesake}")
    expect(theirs).to_be_visible()
    expect(theirs.locator(".cd-ignore")).to_be_visible()
    expect(theirs.locator(".cd-like")).to_be_enabled()
    expect(theirs.locator(".cd-delete")).to_be_hidden()
    watching.assert_clean()
    writing.assert_clean()


def test_a_reply_to_the_readers_comment_arrives_marked(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    mine = post_as(services, site, "The depot should move after the line opens.", "reader-1")
    theirs = post_as(services, site, "The buses are late every day.", "walker")
    reader = open_page()
    page = reader.page
    page.goto(host.article(site, reader_token(site)))  # reader-1
    page.wait_for_selector(".cd-widget[data-ready]")
    answer = post_as(services, site, "Which line do you mean?", "ana", parent_id=mine)
    elsewhere = post_as(services, site, "Not mine either.", "ana", parent_id=theirs)
    arrived = page.locator(f"#cd-c{answer}")
    expect(arrived.locator(":scope > .cd-meta .cd-to-you")).to_have_text("Reply to you")
    expect(page.locator(".cd-widget > .cd-sr-only")).to_contain_text(
        "Someone replied to your comment."
    )
    expect(page.locator(f"#cd-c{elsewhere}")).to_be_visible()
    expect(page.locator(f"#cd-c{elsewhere} .cd-to-you")).to_have_count(0)  # not to them
    reader.assert_clean()
