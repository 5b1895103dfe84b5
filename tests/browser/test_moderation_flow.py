"""End to end in chromium: readers post through the widget, moderators work the queue."""

from __future__ import annotations

import re
from typing import Any

import pytest

from commentdesk import actions
from commentdesk.domain import AuthorStatus, CommentStatus, Decision
from commentdesk.services import Services
from commentdesk.store import authors as author_store
from commentdesk.store import comments as comment_store
from commentdesk.store import stories as story_store
from commentdesk.web import schemas
from tests.browser.conftest import HostPage, open_article, reader_token
from tests.conftest import LiveServer, SiteKeys
from tests.web.test_dashboard import PASSWORD, make_user

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def premoderate(services: Services, site: SiteKeys) -> None:
    with services.store.write() as conn:
        story_store.set_state(conn, site.site.id, site.story_id, premoderated=True)


def moderator_page(open_page: Any, live: LiveServer, services: Services, site: SiteKeys,
                   path: str) -> Any:
    make_user(services, [site.site.id])
    watched = open_page()
    page = watched.page
    page.goto(f"{live.url}{path}")
    page.fill("input[name=username]", "mod")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"**{path}")
    return watched


def test_reader_posts_moderator_approves_by_keyboard_reader_sees_it_live(
    services: Services, site: SiteKeys, live: LiveServer, host: HostPage, open_page: Any
) -> None:
    premoderate(services, site)
    reader = open_page()
    open_article(reader.page, host.article(site, reader_token(site)))
    text = "The new timetable works well for me, thanks for explaining it."
    reader.page.fill(".cd-input", text)
    reader.page.click(".cd-post")
    notice = reader.page.locator(".cd-notice.cd-held")
    notice.wait_for()
    assert "awaiting review" in notice.text_content()
    assert reader.page.locator(".cd-body", has_text=text).count() == 0

    moderator = moderator_page(open_page, live, services, site, "/dashboard/queue/all")
    card = moderator.page.locator(".card", has_text=text)
    card.wait_for()
    assert "current" in (card.get_attribute("class") or "")
    moderator.page.keyboard.press("a")
    moderator.page.wait_for_selector(".card.status-approved")

    reader.page.locator(".cd-comment .cd-body", has_text=text).wait_for()  # no reload
    assert "Rita Reader" in reader.page.locator(".cd-comment", has_text=text).text_content()
    reader.assert_clean()
    moderator.assert_clean()


def test_bulk_reject_of_the_selection(
    services: Services, site: SiteKeys, live: LiveServer, open_page: Any
) -> None:
    premoderate(services, site)
    ids = [
        actions.submit(services, site.site.id, actions.NewComment(
            story_id=site.story_id, body=f"Comment number {n} on the plan.",
            author_external_id=f"u{n}", author_name=f"Reader {n}")).comment.id
        for n in range(3)
    ]
    moderator = moderator_page(open_page, live, services, site, "/dashboard/queue/all")
    page = moderator.page
    page.wait_for_selector(".card.current")
    page.keyboard.press("x")
    page.keyboard.press("j")
    page.keyboard.press("x")
    assert page.locator("#picked").text_content() == "2"
    page.keyboard.press("Shift+R")
    page.wait_for_selector(".card.status-rejected >> nth=1")
    with services.store.read() as conn:
        statuses = {c.id: c.status for c in comment_store.get_many(conn, site.site.id, ids)}
    # The queue shows newest first: the first two cards are the last two comments.
    assert statuses == {ids[0]: CommentStatus.HELD, ids[1]: CommentStatus.REJECTED,
                        ids[2]: CommentStatus.REJECTED}
    page.keyboard.press("j")  # the third card, still held
    page.keyboard.press("b")
    page.locator("#toast", has_text="Banned").wait_for()
    with services.store.read() as conn:
        author = author_store.get(conn, site.site.id, comment_store.get_many(
            conn, site.site.id, [ids[0]])[0].author_id or 0)
    assert author is not None and author.status is AuthorStatus.BANNED
    moderator.assert_clean()


def test_a_toxic_draft_gets_a_nudge(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    _ = services.scorer  # loaded up front, as the server does
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    page.fill(".cd-input", "You are a pathetic idiot and a moron.")
    page.click(".cd-post")
    nudge = page.locator(".cd-nudge")
    nudge.wait_for()
    assert "rephrase" in nudge.text_content()
    page.click(".cd-rephrase")
    assert nudge.is_hidden()
    if "nudged" in schemas.CommentIn.model_fields:
        page.click(".cd-post")
        page.click(".cd-anyway")
        page.locator(".cd-notice.cd-held, .cd-notice.cd-rejected").wait_for()
    reader.assert_clean()


def test_reader_replies_and_sorts(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    _ = services.scorer
    first = actions.submit(services, site.site.id, actions.NewComment(
        story_id=site.story_id, body="First, an early comment on the timetable.",
        author_external_id="early", author_name="Early Bird")).comment.id
    actions.submit(services, site.site.id, actions.NewComment(
        story_id=site.story_id, body="Second, a later comment about the depot.",
        author_external_id="late", author_name="Late Comer"))
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    bodies = page.locator(".cd-thread > .cd-comment > .cd-body")
    assert bodies.first.text_content().startswith("Second")  # newest first by default
    page.select_option(".cd-sort select", "oldest")
    expect(bodies.first).to_have_text(re.compile("^First"))
    page.locator(f"#cd-c{first} .cd-reply").click()
    page.fill(f"#cd-c{first} .cd-compose .cd-input", "Agreed, the early buses are better now.")
    page.click(f"#cd-c{first} .cd-compose .cd-post")
    page.locator(f"#cd-c{first} .cd-replies .cd-body",
                 has_text="Agreed, the early buses").wait_for()  # published, arrives live
    # The order they chose stays theirs on the next visit; the picks are not an order.
    page.select_option(".cd-sort select", "featured")
    page.reload()
    page.wait_for_selector(".cd-widget[data-ready]")
    expect(page.locator(".cd-sort select")).to_have_value("oldest")
    expect(bodies.first).to_have_text(re.compile("^First"))
    # Someone else (another browser) gets the newsroom's order.
    other = open_page()
    open_article(other.page, host.article(site, reader_token(site)))
    expect(other.page.locator(".cd-sort select")).to_have_value("newest")
    reader.assert_clean()
    other.assert_clean()


def test_featured_comments_carry_a_badge_and_have_their_own_view(
    services: Services, site: SiteKeys, live: LiveServer, host: HostPage, open_page: Any
) -> None:
    _ = services.scorer
    plain = actions.submit(services, site.site.id, actions.NewComment(
        story_id=site.story_id, body="The depot plan moves 40 buses to the edge of town.",
        author_external_id="plain", author_name="Plain Reader")).comment.id
    picked = actions.submit(services, site.site.id, actions.NewComment(
        story_id=site.story_id, body="I drive route 9: the early runs are already full.",
        author_external_id="driver", author_name="Route Nine")).comment.id
    # A moderator picks it from the queue with the keyboard.
    moderator = moderator_page(open_page, live, services, site, "/dashboard/queue/approved")
    card = moderator.page.locator(f"#c{picked}")
    card.click()
    moderator.page.keyboard.press("f")
    expect(card.locator("[data-featured-badge]")).to_be_visible()
    expect(card.locator('button[data-act="feature"]')).to_contain_text("Unfeature")
    assert moderator.page.locator(f"#c{plain} [data-featured-badge]").is_hidden()
    moderator.assert_clean()
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    expect(page.locator(f"#cd-c{picked} .cd-featured")).to_have_text("Featured")
    assert page.locator(f"#cd-c{plain} .cd-featured").count() == 0
    page.select_option(".cd-sort select", "featured")
    expect(page.locator(f"#cd-c{plain}")).to_have_count(0)
    expect(page.locator(".cd-thread > .cd-comment")).to_have_count(1)
    expect(page.locator(f"#cd-c{picked} .cd-body")).to_have_text(re.compile("^I drive route 9"))
    reader.assert_clean()


def test_a_removed_comment_keeps_its_place_for_the_replies(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    _ = services.scorer

    def post(body: str, who: str, parent: int | None = None) -> int:
        return actions.submit(services, site.site.id, actions.NewComment(
            story_id=site.story_id, body=body, parent_id=parent,
            author_external_id=who, author_name=who.title())).comment.id

    root = post("The crossing by the school still has no lights.", "ayla")
    reply = post("The council said lights come in May.", "bram", parent=root)
    lone = post("Nobody answered this one about parking.", "cas")
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    expect(page.locator(f"#cd-c{reply} .cd-body")).to_have_text(re.compile("lights come in May"))

    actions.decide(services, site.site.id, [root, lone], "reject", actor="key:moderator")
    # Live: the answered comment becomes a placeholder, the other goes.
    expect(page.locator(f"#cd-c{root} > .cd-removed-note")).to_have_text(
        "This comment was removed.")
    expect(page.locator(f"#cd-c{lone}")).to_have_count(0)
    expect(page.locator(f"#cd-c{root} #cd-c{reply} .cd-body")).to_be_visible()
    assert "no lights" not in page.locator(".cd-thread").text_content()
    # And the same after a reload, from the thread itself.
    page.reload()
    page.wait_for_selector(".cd-widget[data-ready]")
    expect(page.locator(f"#cd-c{root} > .cd-removed-note")).to_be_visible()
    expect(page.locator(f"#cd-c{root} #cd-c{reply} .cd-body")).to_be_visible()
    assert page.locator(f"#cd-c{root} .cd-author").count() == 1  # only the reply's author
    reader.assert_clean()


def test_a_link_to_a_comment_shows_it_even_past_the_first_page(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    _ = services.scorer
    first = None
    for i in range(23):
        made = actions.submit(services, site.site.id, actions.NewComment(
            story_id=site.story_id, body=f"Comment {i} about the new bus timetable.",
            author_external_id=f"r{i}", author_name=f"Reader {i}",
            score=clean_score())).comment.id
        first = first or made
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)) + f"#cd-c{first}")
    linked = page.locator(f"#cd-c{first}")
    expect(linked).to_have_class(re.compile("cd-linked"))
    expect(linked.locator("> .cd-body")).to_have_text("Comment 0 about the new bus timetable.")
    assert page.locator(".cd-thread > .cd-comment").count() == 21  # page 1, and the link
    reader.assert_clean()


def clean_score() -> Any:
    """A clean score, so twenty-three comments need not wait for the real scorer."""
    from commentdesk.domain import ATTRIBUTES, ScoreResult

    return ScoreResult(scores=dict.fromkeys(ATTRIBUTES, 0.01), spans={}, model_version="test")


def test_an_open_queue_says_when_new_comments_arrive(
    services: Services, site: SiteKeys, live: LiveServer, open_page: Any
) -> None:
    first = actions.submit(services, site.site.id, actions.NewComment(
        site.story_id, "The figures: http://example.com/one", author_external_id="u1",
        author_name="One")).comment.id
    make_watched = open_page

    def with_clock() -> Any:
        watched = make_watched()
        watched.page.clock.install()  # the queue's timer, fast-forwarded below
        return watched

    moderator = moderator_page(with_clock, live, services, site, "/dashboard/queue/held")
    page = moderator.page
    expect(page.locator(f"#c{first}")).to_be_visible()
    held_tab = page.locator('[data-count-of="held"]')
    expect(held_tab).to_have_text("1")
    news = page.locator("#news-show")
    page.clock.fast_forward(20_000)
    expect(news).to_be_hidden()  # nothing new yet

    second = actions.submit(services, site.site.id, actions.NewComment(
        site.story_id, "More: http://example.com/two", author_external_id="u2",
        author_name="Two")).comment.id
    # The page's next question is timed from when its last answer came (real time,
    # on a busy machine), so move its clock on until it has asked again.
    for _ in range(40):
        page.clock.fast_forward(16_000)
        if news.is_visible():
            break
        page.wait_for_timeout(250)
    expect(news).to_have_text("1 new comment here: show it")
    expect(held_tab).to_have_text("2")
    news.click()
    expect(page.locator(f"#c{second}")).to_be_visible()
    expect(page.locator("#news-show")).to_be_hidden()
    moderator.assert_clean()


def test_a_rejection_tells_the_writer_the_reason_picked(
    services: Services, site: SiteKeys, live: LiveServer, open_page: Any
) -> None:
    premoderate(services, site)
    first, second = (
        actions.submit(services, site.site.id, actions.NewComment(
            story_id=site.story_id, body=body, author_external_id=who,
            author_name=who.title())).comment.id
        for body, who in [("Buy cheap watches at my shop!", "seller"), ("The plan is fine.", "ana")]
    )
    moderator = moderator_page(open_page, live, services, site, "/dashboard/queue/premoderation")
    page = moderator.page
    card = page.locator(f"#c{first}")
    expect(card).to_have_class(re.compile(r"\bcurrent\b"))
    page.keyboard.press("5")  # the fifth reason, picked by the keyboard
    expect(card.locator("select[data-reason]")).to_have_value("It is spam or advertising.")
    expect(page.locator("#toast")).to_contain_text("Reason: It is spam or advertising.")
    page.keyboard.press("r")
    expect(page.locator(f"#c{first}.status-rejected")).to_be_visible()
    # Without a reason picked, the writer is told only that a moderator removed it.
    page.locator(f"#c{second} button[data-act=reject]").click()
    expect(page.locator(f"#c{second}.status-rejected")).to_be_visible()
    with services.store.read() as conn:
        found = {c.id: c for c in comment_store.get_many(conn, site.site.id, [first, second])}
    spam, plain = found[first], found[second]
    told = schemas.author_message(Decision(spam.status, spam.reasons, None, None))
    assert told == "Your comment was not published: It is spam or advertising."
    assert plain.reasons[0].message == "removed by a moderator"
    moderator.assert_clean()


def test_two_moderators_on_one_queue_never_undo_each_other_unseen(
    services: Services, site: SiteKeys, live: LiveServer, open_page: Any
) -> None:
    held = actions.submit(services, site.site.id, actions.NewComment(
        site.story_id, "The figures: http://example.com/one", author_external_id="u1",
        author_name="One")).comment.id
    ana = moderator_page(open_page, live, services, site, "/dashboard/queue/held")
    bob = open_page()  # the same account in a second browser: what matters is the page
    bob.page.goto(f"{live.url}/dashboard/login")
    bob.page.fill("input[name=username]", "mod")
    bob.page.fill("input[name=password]", PASSWORD)
    bob.page.click("button[type=submit]")
    bob.page.goto(f"{live.url}/dashboard/queue/held")
    expect(bob.page.locator(f"#c{held}")).to_be_visible()

    ana.page.locator(f"#c{held} button[data-act=approve]").click()
    expect(ana.page.locator(f"#c{held}.status-approved")).to_be_visible()
    # Bob's page still shows it held; his rejection is refused and tells him why.
    bob.page.locator(f"#c{held} button[data-act=reject]").click()
    expect(bob.page.locator("#toast")).to_contain_text(
        f"comment {held} is approved now (by user:mod). Press again to reject it anyway."
    )
    with services.store.read() as conn:
        assert comment_store.get(conn, site.site.id, held).status is CommentStatus.APPROVED  # type: ignore[union-attr]
    bob.page.locator(f"#c{held} button[data-act=reject]").click()  # now knowingly
    expect(bob.page.locator(f"#c{held}.status-rejected")).to_be_visible()
    with services.store.read() as conn:
        assert comment_store.get(conn, site.site.id, held).status is CommentStatus.REJECTED  # type: ignore[union-attr]
    # The refusal is a 409 on the wire, which the browser notes; nothing else went wrong.
    assert bob.console_errors == [
        "Failed to load resource: the server responded with a status of 409 (Conflict)"
    ]
    bob.console_errors.clear()
    ana.assert_clean()
    bob.assert_clean()
