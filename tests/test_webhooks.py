"""Webhooks: signed POSTs from the durable outbox, retried with backoff, never blocking."""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import httpx

from commentdesk import actions, webhooks
from commentdesk.services import Services
from commentdesk.store import outbox as outbox_store
from commentdesk.store import sites as site_store
from tests.conftest import create_site


class Receiver:
    """A real HTTP server on loopback that fails the first N deliveries."""

    def __init__(self, fail_first: int = 0) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.fail_first = fail_first
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["content-length"]))
                if receiver.fail_first > 0:
                    receiver.fail_first -= 1
                    self.send_response(503)
                else:
                    receiver.received.append(
                        ({k.lower(): v for k, v in self.headers.items()}, body)
                    )
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()


def test_decisions_are_delivered_signed_and_retried(services: Services) -> None:
    receiver = Receiver(fail_first=1)
    keys = create_site(services)
    with services.store.write() as conn:
        site_store.update(conn, keys.site.id, webhook_urls=[receiver.url])
        secret = site_store.get(conn, keys.site.id).webhook_secret  # type: ignore[union-attr]
    result = actions.submit(
        services,
        keys.site.id,
        actions.NewComment(keys.story_id, "The timetable change is welcome but late."),
    )
    with httpx.Client(timeout=5) as client:
        assert webhooks.deliver_due(services, client) == 1  # first attempt: 503
        assert receiver.received == []
        with services.store.read() as conn:
            [pending] = outbox_store.pending(conn, keys.site.id)
        assert pending["attempts"] == 1 and pending["last_error"] == "HTTP 503"
        # Not due yet: backoff holds it back.
        assert webhooks.deliver_due(services, client) == 0
        later = Services(
            settings=services.settings,
            store=services.store,
            clock=lambda: services.now() + timedelta(hours=2),
        )
        with services.store.write() as conn:
            conn.execute(outbox_store.outbox.update().values(next_attempt_at=services.now()))
        assert webhooks.deliver_due(later, client) == 1
    [(headers, body)] = receiver.received
    payload = json.loads(body)
    assert payload["event"] == f"comment.{result.comment.status.value}"
    assert payload["data"]["comment_id"] == result.comment.id
    assert webhooks.verify(secret, headers["x-commentdesk-signature"], body)
    assert not webhooks.verify("wrong", headers["x-commentdesk-signature"], body)
    assert not webhooks.verify(secret, headers["x-commentdesk-signature"], body + b" ")
    receiver.close()


def test_backoff_grows_and_is_capped() -> None:
    delays = [webhooks.backoff(n).total_seconds() for n in range(1, 15)]
    assert delays == sorted(delays)
    assert delays[0] == 2 and delays[-1] == 3600
