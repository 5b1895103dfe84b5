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


def _notices(services: Services, site_id: int) -> list[dict[str, Any]]:
    with services.store.read() as conn:
        return [m for m in outbox_store.pending(conn, site_id) if m["event"] == actions.REPLY_EVENT]


def _unheard_site(services: Services) -> tuple[int, int]:
    """A site whose webhook nobody answers: every message stays in the outbox."""
    keys = create_site(services)
    with services.store.write() as conn:
        site_store.update(conn, keys.site.id, webhook_urls=["http://127.0.0.1:9/hook"])
    return keys.site.id, keys.story_id


def _post(
    services: Services, site_id: int, story_id: int, body: str, reader: str, **more: Any
) -> actions.SubmitResult:
    new = actions.NewComment(
        story_id, body, author_external_id=reader, author_name=reader.title(), **more
    )
    return actions.submit(services, site_id, new)


def test_a_published_reply_tells_the_host_site_whom_to_notify(services: Services) -> None:
    receiver = Receiver()
    keys = create_site(services)
    site_id, story_id = keys.site.id, keys.story_id
    with services.store.write() as conn:
        site_store.update(conn, site_id, webhook_urls=[receiver.url])
    first = _post(services, site_id, story_id, "The new timetable helps commuters.", "ann")
    parent = first.comment.id
    # Nobody is told of their own reply, and an anonymous comment has nobody to tell.
    _post(services, site_id, story_id, "To add: the evening trains too.", "ann", parent_id=parent)
    anonymous = actions.submit(
        services, site_id, actions.NewComment(story_id, "Buses would be cheaper.")
    )
    _post(
        services,
        site_id,
        story_id,
        "I agree with that.",
        "ben",
        parent_id=anonymous.comment.id,
    )
    assert _notices(services, site_id) == []

    # A reply held for review tells nobody until a moderator publishes it.
    held = _post(services, site_id, story_id, "You are a complete idiot.", "cat", parent_id=parent)
    assert held.comment.status.value == "held"
    assert _notices(services, site_id) == []
    actions.decide(services, site_id, [held.comment.id], "approve", actor="moderator:1")
    assert len(_notices(services, site_id)) == 1

    reply = _post(
        services, site_id, story_id, "Fair point about the trains.", "ben", parent_id=parent
    )
    assert reply.comment.status.value == "approved"
    notice = _notices(services, site_id)[-1]
    assert notice["payload"] == {
        "comment_id": reply.comment.id,
        "story_id": story_id,
        "parent_id": parent,
        "parent_author_id": first.comment.author_id,
        "parent_author_external_id": "ann",
        "author_id": reply.comment.author_id,
        "author_name": "Ben",
    }
    actions.decide(services, site_id, [reply.comment.id], "hold", actor="moderator:1")
    assert len(_notices(services, site_id)) == 2
    actions.decide(services, site_id, [reply.comment.id], "approve", actor="moderator:1")
    assert len(_notices(services, site_id)) == 3  # published again

    with httpx.Client(timeout=5) as client:
        while webhooks.deliver_due(services, client):
            pass
    events = [json.loads(body)["event"] for _h, body in receiver.received]
    assert events.count(actions.REPLY_EVENT) == 3
    receiver.close()


def test_erasing_a_reader_drops_or_redacts_the_notices_that_name_them(
    services: Services,
) -> None:
    site_id, story_id = _unheard_site(services)
    ann = _post(services, site_id, story_id, "The new timetable helps commuters.", "ann")
    cat = _post(services, site_id, story_id, "Parking is the real issue here.", "cat")
    sent = _post(services, site_id, story_id, "Good point.", "ben", parent_id=ann.comment.id)
    _post(services, site_id, story_id, "Not in my town.", "ben", parent_id=cat.comment.id)
    _post(services, site_id, story_id, "Agreed, parking.", "dan", parent_id=cat.comment.id)
    with services.store.write() as conn:
        [delivered] = [
            m["id"]
            for m in _notices(services, site_id)
            if m["payload"]["comment_id"] == sent.comment.id
        ]
        outbox_store.delivered(conn, delivered)
    assert ann.comment.author_id is not None
    actions.erase_author(services, site_id, ann.comment.author_id, actor="admin:1")
    with_ben = _notices(services, site_id)
    assert len(with_ben) == 3  # the one to ann was sent: kept, without her
    [kept] = [m for m in with_ben if m["id"] == delivered]
    assert kept["payload"]["parent_author_external_id"] is None
    assert kept["payload"]["author_name"] == "Ben"  # only the erased reader goes

    ben = sent.comment.author_id
    assert ben is not None
    actions.erase_author(services, site_id, ben, actor="admin:1")
    left = _notices(services, site_id)
    # Ben's unsent reply to cat is gone; dan's stays; the sent one loses Ben too.
    assert sorted(m["payload"]["author_name"] or "" for m in left) == ["", "Dan"]
    assert all(m["payload"]["parent_author_external_id"] != "ann" for m in left)


def test_decisions_name_the_writer_until_the_writer_is_erased(services: Services) -> None:
    site_id, story_id = _unheard_site(services)
    ann = _post(services, site_id, story_id, "The new timetable helps commuters.", "ann")
    held = _post(services, site_id, story_id, "You are a complete idiot.", "ann")
    actions.decide(services, site_id, [held.comment.id], "reject", actor="moderator:1")
    anonymous = actions.submit(
        services, site_id, actions.NewComment(story_id, "Buses would be cheaper.")
    )

    def decisions() -> list[dict[str, Any]]:
        with services.store.read() as conn:
            return [
                m["payload"]
                for m in outbox_store.pending(conn, site_id)
                if m["event"] != actions.REPLY_EVENT
            ]

    by_comment = {(p["comment_id"], p["status"]): p for p in decisions()}
    # So the host site can tell the reader: published, or rejected and why.
    assert by_comment[(ann.comment.id, "approved")]["author_external_id"] == "ann"
    assert by_comment[(held.comment.id, "rejected")]["author_external_id"] == "ann"
    assert by_comment[(anonymous.comment.id, "approved")]["author_external_id"] is None
    assert ann.comment.author_id is not None
    actions.erase_author(services, site_id, ann.comment.author_id, actor="admin:1")
    left = decisions()
    # Her comments' messages stay (withdrawals included), without her.
    assert len(left) == 5
    assert all(p["author_external_id"] is None for p in left)
    assert sum(p["author_id"] == ann.comment.author_id for p in left) == 4
