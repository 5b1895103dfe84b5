"""The demo article page: the widget on a page, with a reader token the demo site signs."""

from __future__ import annotations

import re

import httpx
import jwt

from commentdesk import demo
from commentdesk.services import Services


def test_demo_page_embeds_the_widget_with_a_valid_token(
    http: httpx.Client, services: Services
) -> None:
    assert http.get("/demo").status_code == 404  # no demo site yet
    demo.install(services)
    page = http.get("/demo")
    assert page.status_code == 200
    assert "no-store" in page.headers["cache-control"]
    assert 'src="/embed.js"' in page.text and "<script>" not in page.text
    token = re.search(r'data-token="([^"]+)"', page.text)
    assert token is not None
    with services.store.read() as conn:
        from commentdesk.store import audit, sites

        site = sites.by_slug(conn, demo.DEMO_SITE)
        assert site is not None
        # Created as an admin would create a site: checked, and audited.
        made = audit.recent(conn, site.id, actor="cli:demo")
    assert [(e.subject_type, e.action) for e in made] == [("site", "create")]
    assert site.allowed_origins == ["http://127.0.0.1:8000", "http://localhost:8000"]
    claims = jwt.decode(token.group(1), site.jwt_secret, algorithms=["HS256"])
    assert claims["sub"] == "demo-reader"


def test_the_demo_thread_was_written_over_hours(services: Services) -> None:
    from datetime import timedelta

    from commentdesk.store import comments, sites

    demo.install(services)
    with services.store.read() as conn:
        site = sites.by_slug(conn, demo.DEMO_SITE)
        assert site is not None
        found, _ = comments.queue(conn, site.id, comments.QueueFilter("all"), limit=100)
    readers = sorted((c for c in found if c.staff_name is None), key=lambda c: c.id)
    times = [c.created_at for c in readers]
    assert len(times) == len(demo.THREAD)
    assert all(a is not None and b is not None and a < b for a, b in zip(times, times[1:]))
    assert times[0] is not None and services.now() - times[0] > timedelta(hours=3)
