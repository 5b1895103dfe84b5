"""In chromium: a reader ignores another reader, whose comments fold for them alone."""

from __future__ import annotations

from typing import Any

import pytest

from commentdesk import actions
from commentdesk.services import Services
from commentdesk.store import stories as story_store
from tests.browser.conftest import CLEAN, HostPage, open_article, post_as, reader_token
from tests.conftest import SiteKeys

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def test_ignoring_a_reader_folds_their_comments_here_and_later_and_live(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    first = post_as(services, site, "The council has no idea what it is doing.", "heckler")
    reply = post_as(services, site, "I think they do, the plan was costed.", "walker",
                    parent_id=first)
    second = post_as(services, site, "Still wrong, all of them.", "heckler")
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site, sub="ana", name="Ana")))
    # Everyone else's comments offer Ignore to a signed-in reader.
    page.click(f"#cd-c{first} > .cd-actions .cd-ignore")
    expect(page.locator(f"#cd-c{first} > .cd-confirm")).to_contain_text("Heckler")
    page.click(f"#cd-c{first} .cd-ignore-yes")
    for folded in (first, second):
        note = page.locator(f"#cd-c{folded} > .cd-ignored-note")
        expect(note).to_contain_text("You ignore Heckler.")
        expect(page.locator(f"#cd-c{folded} > .cd-body")).to_be_hidden()
    # Replies to a folded comment stay, and others' comments are untouched.
    expect(page.locator(f"#cd-c{reply} > .cd-body")).to_be_visible()

    # Folded on the next visit too, and a new comment of theirs folds as it arrives.
    later = open_page()
    open_article(later.page, host.article(site, reader_token(site, sub="ana", name="Ana")))
    expect(later.page.locator(f"#cd-c{second} > .cd-ignored-note")).to_be_visible()
    third = post_as(services, site, "Nobody reads this paper anyway.", "heckler")
    expect(later.page.locator(f"#cd-c{third} > .cd-ignored-note")).to_be_visible()
    # A reader who ignores nobody sees all of it.
    visitor = open_page()
    open_article(visitor.page, host.article(site, reader_token(site, sub="bob", name="Bob")))
    expect(visitor.page.locator(f"#cd-c{second} > .cd-body")).to_be_visible()
    expect(visitor.page.locator(".cd-ignored-note")).to_have_count(0)

    # One comment can be shown as it is; stopping unfolds them all.
    later.page.click(f"#cd-c{second} .cd-show-once")
    expect(later.page.locator(f"#cd-c{second} > .cd-body")).to_be_visible()
    later.page.click(f"#cd-c{third} .cd-stop-ignoring")
    expect(later.page.locator(".cd-ignored-note")).to_have_count(0)
    expect(later.page.locator(f"#cd-c{first} > .cd-body")).to_be_visible()
    # Their own comments offer no Ignore; the newsroom's, none to anyone.
    mine = post_as(services, site, "Thanks for the clear timetable.", "ana")
    desk = actions.post_as_newsroom(
        services, site.site.id, site.story_id, "We fixed the date.", byline="The Desk",
        actor="moderator:1",
    ).comment.id
    again = open_page()
    open_article(again.page, host.article(site, reader_token(site, sub="ana", name="Ana")))
    expect(again.page.locator(f"#cd-c{mine} .cd-ignore")).to_be_hidden()
    expect(again.page.locator(f"#cd-c{desk} .cd-ignore")).to_have_count(0)
    expect(again.page.locator(f"#cd-c{first} > .cd-actions .cd-ignore")).to_be_visible()
    for watched in (reader, later, visitor, again):
        watched.assert_clean()


def test_a_reader_stops_ignoring_someone_who_is_not_on_this_story(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    # The ignored reader wrote on another story only; this page lists them anyway.
    with services.store.write() as conn:
        elsewhere, _ = story_store.upsert(conn, site.site.id, "elsewhere", title="Elsewhere")
    theirs = actions.submit(
        services,
        site.site.id,
        actions.NewComment(elsewhere.id, "Rubbish as usual.", author_external_id="heckler",
                           author_name="Heckler", score=CLEAN),
    ).comment.id
    actions.ignore_author(services, site.site.id, theirs, "ana", "Ana")
    post_as(services, site, "The depot opens in May.", "walker")
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site, sub="ana", name="Ana")))
    listed = page.locator(".cd-ignored-list")
    expect(listed.locator("summary")).to_have_text("Readers you ignore (1)")
    listed.locator("summary").click()
    expect(listed.locator(".cd-ignored-reader")).to_contain_text("Heckler")
    listed.locator(".cd-stop-ignoring").click()
    expect(listed).to_be_hidden()
    assert actions.ignored_by(services, site.site.id, "ana") == []
    reader.assert_clean()
