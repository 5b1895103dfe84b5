"""In chromium: a reader over the posting limit is told how long to wait, keeps
their draft, and posts it once the wait is over."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from commentdesk.services import Services
from commentdesk.store import Store
from tests.browser.conftest import HostPage, open_article, reader_token
from tests.conftest import SiteKeys, make_settings, real_scorer

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

COMPOSE = ".cd-widget > .cd-compose"


@pytest.fixture
def services(store: Store, database_url: str, tmp_path: Path) -> Iterator[Services]:
    svc = Services(
        settings=make_settings(tmp_path, database_url, author_rate="1/minute"),
        store=store,
        scorer_factory=real_scorer,
    )
    yield svc
    svc.close()


def test_a_reader_over_the_limit_is_told_how_long_to_wait(
    services: Services, site: SiteKeys, host: HostPage, open_page: Any
) -> None:
    reader = open_page()
    page = reader.page
    open_article(page, host.article(site, reader_token(site)))
    area = page.locator(f"{COMPOSE} textarea")
    notice = page.locator(f"{COMPOSE} .cd-notice")
    area.fill("First thought: the crossing needs a light.")
    page.click(f"{COMPOSE} .cd-post")
    expect(notice).to_have_class("cd-notice cd-ok")
    second = "Second thought: and a lower speed limit near the school."
    area.fill(second)
    answers: list[Any] = []
    page.on("response", lambda r: answers.append(r) if r.request.method == "POST" else None)
    page.click(f"{COMPOSE} .cd-post")
    expect(notice).to_have_class("cd-notice cd-error")
    refused = [r for r in answers if r.url.endswith("/comments")][-1]
    assert refused.status == 429
    wait = refused.json()["error"]["retry_after"]
    # "Wait a moment" would send them back to a second refusal: the time is the
    # service's own, in words, as Retry-After gives it.
    expect(notice).to_have_text(re.compile(rf"\bin {wait} seconds?\b"))
    expect(area).to_have_value(second)
    reader.console_errors.clear()  # chromium logs the 429
    reader.assert_clean()
