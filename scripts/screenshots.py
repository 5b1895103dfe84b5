"""Regenerate the README screenshots into docs/: queue, one card, analytics, widget.

Runs a real server on a throwaway SQLite database with the demo site (plus a
few more stories over two weeks, so the charts have a shape), an article page
on another origin embedding the widget, and Debian's chromium via Playwright.

    .venv/bin/python scripts/screenshots.py [--out docs]
"""

from __future__ import annotations

import argparse
import http.server
import random
import socket
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jwt
import uvicorn

from commentdesk import actions, demo
from commentdesk.config import Settings
from commentdesk.services import Services
from commentdesk.store import sites as site_store
from commentdesk.store import stories as story_store
from commentdesk.web.app import build_app

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
EXTRA_STORIES = [
    ("school-meals-2026", "Free school meals extended to all primary pupils", "education"),
    ("stadium-plan-2026", "Club unveils plans for a new riverside stadium", "sport"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def seed(services: Services, site_id: int) -> None:
    """Backdated comments on more stories, reusing the demo's sentences."""
    rng = random.Random(7)
    now = datetime.now(UTC)
    for external_id, title, section in EXTRA_STORIES:
        with services.store.write() as conn:
            story, _ = story_store.upsert(conn, site_id, external_id, title=title,
                                          url=f"https://news.example/{section}/{external_id}",
                                          section=section)
        for n in range(18):
            _author, name, _reply, text = rng.choice(demo.THREAD)
            actions.submit(services, site_id, actions.NewComment(
                story_id=story.id, body=text, author_external_id=f"seed-{n % 7}",
                author_name=name, created_at=now - timedelta(days=rng.randint(0, 13),
                                                            hours=rng.randint(0, 20))))


def host_page(app_url: str, slug: str, token: str) -> tuple[http.server.HTTPServer, str]:
    port = free_port()
    body = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Demo Daily</title>
</head><body><main><h1>{demo.ARTICLE['title']}</h1><p>Two lanes of Station Road will carry only
buses and bicycles from March, the council decided on Tuesday.</p>
<div id="comments"></div></main>
<script src="{app_url}/embed.js" data-site="{slug}" data-story="{demo.DEMO_STORY}"
 data-target="#comments" data-token="{token}" async></script></body></html>""".encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://localhost:{port}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs")
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="cd-shots-"))
    settings = Settings(data_dir=tmp, run_outbox=False)
    services = Services.from_settings(settings)
    services.store.migrate()
    _ = services.scorer
    creds = demo.install(services)
    with services.store.read() as conn:
        site = site_store.by_slug(conn, creds.site_slug)
    assert site is not None
    seed(services, site.id)

    port = free_port()
    app_url = f"http://127.0.0.1:{port}"
    server = uvicorn.Server(uvicorn.Config(build_app(services), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    now = int(time.time())
    token = jwt.encode({"sub": "reader-demo", "name": "Sam Reader", "iat": now,
                        "exp": now + 600}, creds.jwt_secret, algorithm="HS256")
    host, host_url = host_page(app_url, creds.site_slug, token)
    with services.store.write() as conn:
        site_store.update(conn, site.id, allowed_origins=[host_url])

    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_context(viewport={"width": 1280, "height": 860}).new_page()
        page.goto(app_url + "/dashboard/login")
        page.fill("input[name=username]", creds.moderator_user)
        page.fill("input[name=password]", creds.moderator_password)
        page.click("button[type=submit]")
        page.goto(app_url + "/dashboard/queue/all")
        page.wait_for_selector(".card.current")
        page.screenshot(path=str(out / "dashboard-queue.png"))
        card = page.locator(".card", has=page.locator("mark")).first
        if card.count() == 0:
            card = page.locator(".card").first
        card.locator("details.context summary").click()
        card.locator(".context-list, .context-body p").first.wait_for()
        card.screenshot(path=str(out / "dashboard-card.png"))
        page.goto(app_url + "/dashboard/analytics")
        page.screenshot(path=str(out / "dashboard-analytics.png"), full_page=True)
        reader = browser.new_context(viewport={"width": 900, "height": 1100}).new_page()
        reader.goto(host_url + "/article")
        reader.wait_for_selector(".cd-widget[data-ready]")
        reader.screenshot(path=str(out / "widget.png"))
        browser.close()
    host.shutdown()
    server.should_exit = True
    for name in ("dashboard-queue.png", "dashboard-card.png", "dashboard-analytics.png",
                 "widget.png"):
        print(out / name, (out / name).stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
