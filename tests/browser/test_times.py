"""In chromium: when a comment was written, said as readers say it, in the article's language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from commentdesk.services import Services
from commentdesk.store.schema import comments
from tests.browser.conftest import HostPage, open_article, post_as, reader_token
from tests.conftest import SiteKeys

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def _written(services: Services, comment_id: int, ago: timedelta) -> None:
    with services.store.write() as conn:
        conn.execute(
            sa.update(comments)
            .where(comments.c.id == comment_id)
            .values(created_at=datetime.now(UTC) - ago)
        )


def test_recent_comments_say_how_long_ago_and_old_ones_their_date(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    now = post_as(services, site, "Just read it, good piece.", "ana")
    hours = post_as(services, site, "The vote was on Tuesday.", "bob")
    days = post_as(services, site, "Same plan as last year.", "cy")
    weeks = post_as(services, site, "An old comment.", "dee")
    _written(services, hours, timedelta(hours=3, minutes=5))
    _written(services, days, timedelta(days=2, hours=1))
    _written(services, weeks, timedelta(days=40))
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    time_of = lambda cid: page.locator(f"#cd-c{cid} > .cd-meta time")  # noqa: E731
    expect(time_of(now)).to_have_text("just now")
    expect(time_of(hours)).to_have_text("3 hours ago")
    expect(time_of(days)).to_have_text("2 days ago")
    old = time_of(weeks).inner_text()
    assert "ago" not in old and str((datetime.now(UTC) - timedelta(days=40)).year) in old
    # The exact time is there for whoever asks (hover), and for machines.
    assert time_of(hours).get_attribute("datetime")
    assert str(datetime.now(UTC).year) in (time_of(hours).get_attribute("title") or "")

    # An article in German says it in German.
    german = open_page()
    open_article(german.page, host.article(site, reader_token(site), lang="de"))
    expect(german.page.locator(f"#cd-c{hours} > .cd-meta time")).to_have_text("vor 3 Stunden")
    reader.assert_clean()
    german.assert_clean()
