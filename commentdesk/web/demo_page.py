"""The demo site's article page: a stand-in for a newsroom's own page, with the widget.

It exists only for the demo site that `commentdesk serve --demo` creates: it
signs a short-lived reader token with that site's secret, which is exactly
what a real news site's login does on its own pages.
"""

from __future__ import annotations

import time

import jinja2
import jwt
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from commentdesk.demo import ARTICLE, ARTICLE_TEXT, DEMO_SITE, DEMO_STORY
from commentdesk.errors import NotFound
from commentdesk.store import sites as site_store
from commentdesk.store import stories as story_store
from commentdesk.web.auth import services_of
from commentdesk.web.dashboard_render import TEMPLATES

router = APIRouter()

_ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True)


@router.get("/demo", include_in_schema=False)
def demo_article(request: Request) -> HTMLResponse:
    services = services_of(request)
    with services.store.read() as conn:
        site = site_store.by_slug(conn, DEMO_SITE)
        story = story_store.by_external_id(conn, site.id, DEMO_STORY) if site else None
    if site is None or story is None:
        raise NotFound("no demo site here: start with `commentdesk serve --demo`")
    now = int(time.time())
    token = jwt.encode(
        {"sub": "demo-reader", "name": "Demo Reader", "iat": now, "exp": now + 1800},
        site.jwt_secret,
        algorithm="HS256",
    )
    page = _ENV.get_template("demo_article.html").render(
        title=story.title or ARTICLE["title"],
        section=story.section,
        site_name=site.name,
        site_slug=site.slug,
        story_external_id=story.external_id,
        paragraphs=ARTICLE_TEXT,
        reader="Demo Reader",
        token=token,
    )
    return HTMLResponse(page, headers={"Cache-Control": "no-store"})
