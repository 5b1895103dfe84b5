"""In chromium: axe-core (from npm) finds no accessibility violations in the widget
or the dashboard, for readers who use a keyboard or a screen reader."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from commentdesk import actions
from commentdesk.domain import Role
from commentdesk.services import Services
from commentdesk.store import comments as comment_store
from tests.browser.conftest import CLEAN, HostPage, open_article, post_as, reader_token
from tests.conftest import LiveServer, SiteKeys
from tests.web.test_dashboard import PASSWORD, make_user

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

AXE = Path(__file__).resolve().parents[1] / "js" / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.1 A and AA, as the European Accessibility Act and most newsrooms ask.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def violations(watched: Any, selector: str) -> list[dict[str, Any]]:
    if not AXE.exists():
        message = "axe-core is not installed (cd tests/js && npm ci)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + ": ./scripts/test.sh installs it")
        pytest.skip(message)
    page = watched.page
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        "([selector, tags]) => axe.run(document.querySelector(selector),"
        " {runOnly: {type: 'tag', values: tags}}).then(r => r.violations.map(v => ({"
        " id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)})))",
        [selector, TAGS],
    )
    return list(found)


def _report(found: list[dict[str, Any]]) -> str:
    return json.dumps(found, indent=1)


def test_the_widget_has_no_accessibility_violations(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    first = post_as(services, site, "The depot should move after the new line opens.", "walker")
    post_as(services, site, "It was costed in the report.", "ana", parent_id=first)
    theirs = post_as(services, site, "Nobody reads this paper anyway.", "heckler")
    own = post_as(services, site, "My own point about the depot.", "reader-1")
    actions.post_as_newsroom(
        services, site.site.id, site.story_id, "The report is linked above.", byline="The Desk",
        actor="moderator:1",
    )
    actions.ignore_author(services, site.site.id, theirs, "reader-1", "Rita Reader")
    reader = open_page(bypass_csp=True)
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    # Every part a reader can open at once: a reply form, a report form, an edit
    # form and a delete confirmation on their own comment, a folded comment, the
    # list of readers they ignore, and a draft past the length limit.
    page.click(f"#cd-c{first} > .cd-actions .cd-reply")
    page.click(f"#cd-c{first} > .cd-actions .cd-report")
    page.click(f"#cd-c{own} .cd-edit")
    page.click(f"#cd-c{own} .cd-delete")
    expect(page.locator(f"#cd-c{theirs} > .cd-ignored-note")).to_be_visible()
    page.locator(".cd-ignored-list summary").click()
    page.locator(".cd-widget > .cd-compose textarea").fill("x" * 10_050)
    expect(page.locator(".cd-widget > .cd-compose .cd-chars")).to_be_visible()
    found = violations(reader, ".cd-widget")
    assert found == [], _report(found)

    # A visitor, not signed in, on a closed story.
    actions.update_story(services, site.site.id, site.story_id, actor="moderator:1", is_open=False)
    visitor = open_page(bypass_csp=True)
    open_article(visitor.page, host.article(site, ""))
    expect(visitor.page.locator(".cd-closed")).to_be_visible()
    found = violations(visitor, ".cd-widget")
    assert found == [], _report(found)


def test_every_dashboard_page_has_no_accessibility_violations(
    services: Services, site: SiteKeys, live: LiveServer, open_page: Any
) -> None:
    comment = post_as(services, site, "You are a complete idiot.", "walker")
    with services.store.read() as conn:
        author_id = comment_store.get(conn, site.site.id, comment).author_id
    admin = open_page(bypass_csp=True)
    page = admin.page
    page.goto(f"{live.url}/dashboard/login")
    found = violations(admin, "body")
    assert found == [], _report(found)
    make_user(services, [site.site.id], Role.ADMIN, "chief")
    page.fill("input[name=username]", "chief")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector(".card")
    pages = [
        "/dashboard/queue/all",
        "/dashboard/stories",
        f"/dashboard/stories/{site.story_id}",
        "/dashboard/authors",
        f"/dashboard/authors/{author_id}",
        "/dashboard/audit",
        "/dashboard/policy",
        "/dashboard/analytics",
        "/dashboard/webhooks",
        "/dashboard/settings",
    ]
    problems: dict[str, Any] = {}
    for path in pages:
        page.goto(f"{live.url}{path}")
        found = violations(admin, "body")
        problems[path] = found
    assert all(not v for v in problems.values()), _report([problems])


def test_a_screen_reader_hears_of_comments_arriving_live(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    status = page.locator(".cd-widget > .cd-sr-only[role=status]")
    expect(status).to_have_text("")
    box = status.bounding_box()  # heard, not seen
    assert box is not None and box["width"] <= 1 and box["height"] <= 1
    post_as(services, site, "The depot opens in May.", "walker")
    expect(status).to_have_text("1 new comment")
    # Several at once are told as one.
    actions.submit_batch(
        services,
        [
            (site.site.id, actions.NewComment(site.story_id, f"Point {n} about the depot.",
                                              author_external_id=f"w{n}", author_name=f"W{n}",
                                              score=CLEAN))
            for n in range(3)
        ],
    )
    expect(status).to_have_text("3 new comments")
    reader.assert_clean()
