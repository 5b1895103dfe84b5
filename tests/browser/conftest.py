"""Browser fixtures: Debian's chromium driven by Playwright, on SQLite only (for speed).

The reader's article page is served by a second tiny HTTP server on another
origin (localhost vs 127.0.0.1, another port) with its own strict CSP, so the
widget is proven to work cross-origin without inline script or style.
Every page records dialogs, CSP violations and console errors; tests assert
that none happened.
"""

from __future__ import annotations

import http.server
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jwt
import pytest

from commentdesk import actions
from commentdesk.domain import ATTRIBUTES, ScoreResult
from commentdesk.services import Services
from commentdesk.store import sites as site_store
from tests.conftest import LiveServer, SiteKeys

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Runs before any page script: collects what must never happen.
WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        message = "Debian's chromium is not installed (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + ": ./scripts/test.sh installs it")
        pytest.skip(message)
    from playwright.sync_api import expect, sync_playwright

    # Assertions wait as long as actions do (the page's default, below): on a
    # slow, busy 2-core machine a post's notice once took over the 5 s default
    # to appear, while the scoring itself took 3 ms.
    expect.set_options(timeout=10_000)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Watched:
    """A page with everything suspicious it did recorded."""

    page: Any
    dialogs: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def violations(self) -> list[str]:
        return list(self.page.evaluate("window.__violations || []"))

    def assert_clean(self) -> None:
        assert self.dialogs == [], f"a dialog fired: {self.dialogs}"
        assert self.violations() == [], f"CSP violations: {self.violations()}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    contexts = []

    def make(bypass_csp: bool = False) -> Watched:
        # bypass_csp only for tests that inject a checker of their own (axe-core).
        context = browser.new_context(
            viewport={"width": 1200, "height": 900}, bypass_csp=bypass_csp
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        watched = Watched(page)
        page.add_init_script(WATCH)

        def on_dialog(dialog: Any) -> None:
            watched.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on(
            "console",
            lambda m: watched.console_errors.append(m.text) if m.type == "error" else None,
        )
        return watched

    yield make
    for context in contexts:
        context.close()


def open_article(page: Any, url: str) -> None:
    """Load the host's article and wait until the widget says it is ready."""
    page.goto(url)
    page.wait_for_selector(".cd-widget[data-ready]")


def reader_token(site: SiteKeys, sub: str = "reader-1", name: str = "Rita Reader") -> str:
    now = int(time.time())
    claims = {"sub": sub, "name": name, "iat": now, "exp": now + 600}
    return jwt.encode(claims, site.site.jwt_secret, algorithm="HS256")


class HostPage:
    """An article page on another origin, embedding the widget with one script tag."""

    def __init__(self, app_url: str) -> None:
        self.app_url = app_url
        self.body = b""
        self.stylesheet = ""  # the host's own CSS, at /host.css
        host = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                if self.path == "/host.css":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/css; charset=utf-8")
                    self.end_headers()
                    self.wfile.write(host.stylesheet.encode())
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header(
                    "Content-Security-Policy",
                    f"default-src 'self'; script-src 'self' {host.app_url}; "
                    f"style-src 'self' {host.app_url}; connect-src 'self' {host.app_url}; "
                    "img-src 'self'; frame-ancestors 'self'",
                )
                self.end_headers()
                self.wfile.write(host.body)

            def log_message(self, *args: object) -> None:
                pass

        # Port 0: the system picks a free port as it binds, so none can be taken in between.
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://localhost:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def article(
        self, site: SiteKeys, token: str, extra: str = "", head: str = "", lang: str = "en"
    ) -> str:
        self.body = f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>Article</title>{head}</head>
<body><article><h1>Bus lanes</h1><p>The council voted.</p></article>
<div id="comments"></div>
<script src="{self.app_url}/embed.js" data-site="{site.site.slug}" data-story="story-1"
 data-target="#comments" data-token="{token}" {extra} async></script>
</body></html>""".encode()
        return self.url + "/article"

    def __enter__(self) -> HostPage:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def host(services: Services, site: SiteKeys, live: LiveServer) -> Iterator[HostPage]:
    with HostPage(live.url) as page:
        with services.store.write() as conn:
            site_store.update(conn, site.site.id, allowed_origins=[page.url])
        yield page


# Scores that publish a comment whatever its text: for tests about the widget,
# not the scorer.
CLEAN = ScoreResult(scores=dict.fromkeys(ATTRIBUTES, 0.01), spans={}, model_version="test")


def post_as(services: Services, site: SiteKeys, body: str, who: str, **more: Any) -> int:
    """A published comment by reader `who` (their display name: `who`, capitalised)."""
    new = actions.NewComment(
        story_id=site.story_id,
        body=body,
        author_external_id=who,
        author_name=who.title(),
        score=CLEAN,
        **more,
    )
    return actions.submit(services, site.site.id, new).comment.id
