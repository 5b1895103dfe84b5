"""In chromium: a newsroom writing in another language gives the widget its words."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from commentdesk.services import Services
from tests.browser.conftest import HostPage, open_article, post_as, reader_token
from tests.conftest import SiteKeys

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def _open_with_words(
    open_page: Any, host: HostPage, site: SiteKeys, words: dict[str, str]
) -> Any:
    """The article as the signed-in reader sees it, the widget given ``words``
    as JSON in an attribute (the host page needs no inline script under its CSP)."""
    attribute = "data-strings='" + json.dumps(words, ensure_ascii=False) + "'"
    reader = open_page()
    open_article(reader.page, host.article(site, reader_token(site), attribute))
    return reader


def test_the_widget_speaks_the_newsrooms_language(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    post_as(services, site, "Die Brücke ist seit Mai gesperrt.", "leser")
    words = {
        "heading": "Kommentare",
        "post": "Senden",
        "reply": "Antworten",
        "like": "Gefällt mir",
        "closesOn": "Schließt am {date}",
        "unknown-key": "ignored",
    }
    reader = _open_with_words(open_page, host, site, words)
    page = reader.page
    expect(page.locator(".cd-heading")).to_contain_text("Kommentare")
    expect(page.locator(".cd-widget > .cd-compose .cd-post")).to_have_text("Senden")
    expect(page.locator(".cd-reply").first).to_have_text("Antworten")
    expect(page.locator(".cd-like-label").first).to_have_text("Gefällt mir")
    # What the newsroom did not give stays in English.
    expect(page.locator(".cd-report").first).to_have_text("Report")
    reader.assert_clean()


POLICY = """\
name: Tagesblatt
default: approve
rules:
  - {id: links, type: links, action: hold}
  - {id: night, type: regex, pattern: nachtschicht, action: hold}
  - {id: own, type: regex, pattern: eigene, action: hold, message: Wir lesen das zuerst.}
  - {id: out, type: regex, pattern: verboten, action: reject}
"""


def test_a_translated_widget_tells_held_authors_why_in_the_newsrooms_words(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    from commentdesk import actions

    actions.set_policy(services, site.site.id, POLICY)
    words = {
        "awaitingReview": "Ihr Kommentar wird geprüft.",
        "reason:night": "Nachts lesen wir jeden Kommentar zuerst.",
    }
    reader = _open_with_words(open_page, host, site, words)
    page = reader.page

    def post(text: str, kind: str) -> str:
        page.fill(".cd-widget > .cd-compose .cd-input", text)
        page.click(".cd-widget > .cd-compose .cd-post")
        notice = page.locator(f".cd-widget > .cd-compose .cd-notice.cd-{kind}")
        expect(notice).to_be_visible()
        said = notice.text_content() or ""
        page.evaluate("(n => { n.textContent = ''; n.className = 'cd-notice'; })"
                      "(document.querySelector('.cd-widget > .cd-compose .cd-notice'))")
        return said

    # A built-in reason is English: the newsroom's sentence stands in for it.
    assert post("Mehr dazu unter https://example.org/bericht", "held") == \
        "Ihr Kommentar wird geprüft."
    # A rule's own message was written by the newsroom: it follows the sentence.
    assert post("Das sind meine eigene Gedanken.", "held") == \
        "Ihr Kommentar wird geprüft. Wir lesen das zuerst."
    # The newsroom's words for one rule replace the whole notice.
    assert post("Gilt das auch für die Nachtschicht?", "held") == \
        "Nachts lesen wir jeden Kommentar zuerst."
    # A sentence the newsroom did not translate keeps the server's full reason.
    assert post("Das ist verboten gut.", "rejected").startswith("Your comment was not published")
    reader.assert_clean()


def test_a_translated_widget_says_why_an_edit_failed_in_the_newsrooms_words(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    import sqlalchemy as sa

    from commentdesk.store import schema

    own = post_as(services, site, "Der Bus kommt um acht.", "reader-1")
    words = {
        "editNotSaved": "Nicht gespeichert: {error}",
        "error:edit_window_over": "Kommentare lassen sich {minutes} Minuten lang ändern.",
    }
    reader = _open_with_words(open_page, host, site, words)  # signed in as reader-1
    page = reader.page
    page.click(f"#cd-c{own} .cd-edit")
    page.locator(f"#cd-c{own} .cd-edit-form textarea").fill("Der Bus kommt um neun.")
    # The edit window passes while the form is open.
    with services.store.write() as conn:
        conn.execute(
            sa.update(schema.comments)
            .where(schema.comments.c.id == own)
            .values(created_at=services.now() - timedelta(hours=1))
        )
    page.click(f"#cd-c{own} .cd-edit-form .cd-post")
    expect(page.locator(f"#cd-c{own} .cd-own-note")).to_have_text(
        "Nicht gespeichert: Kommentare lassen sich 15 Minuten lang ändern."
    )
    reader.console_errors.clear()  # chromium logs the 409
    reader.assert_clean()
