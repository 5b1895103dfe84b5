"""Webhook delivery: signed POSTs from the durable outbox, retried with backoff.

Decisions write outbox rows in their own transaction, so nothing is lost if
the process dies; this worker sends them later and never delays a submitter.
Each request carries `X-CommentDesk-Signature: t=<unix>,v1=<hex HMAC-SHA256>`
over "<t>.<body>" with the site's webhook secret, so receivers can verify the
sender and refuse replays.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from datetime import timedelta

import httpx

from commentdesk.background import Background
from commentdesk.errors import InvalidInput
from commentdesk.services import Services
from commentdesk.store import outbox as outbox_store
from commentdesk.store import sites as site_store

log = logging.getLogger("commentdesk.webhooks")


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify(secret: str, header: str, body: bytes, tolerance_s: int = 300) -> bool:
    """What a receiver does; shipped so integrators and tests share one definition."""
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        timestamp = int(parts["t"])
    except (ValueError, KeyError):
        return False
    if abs(time.time() - timestamp) > tolerance_s:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), header)


# Sent on request to check that a site's receivers answer and verify signatures.
PING_EVENT = "ping"


def deliveries(
    services: Services, site_id: int, state: str | None = None, limit: int = 50
) -> list[outbox_store.Delivery]:
    """The site's webhook messages, newest first, for an admin to see what failed."""
    if state is not None and state not in outbox_store.STATES:
        raise InvalidInput(f"state must be one of {', '.join(outbox_store.STATES)}", field="state")
    with services.store.read() as conn:
        return outbox_store.deliveries(conn, site_id, state, limit)


def retry(services: Services, site_id: int, ids: list[int] | None = None) -> int:
    """Send again what the worker gave up on (all of it, or the messages named)."""
    with services.store.write() as conn:
        return outbox_store.retry(conn, site_id, ids)


def ping(services: Services, site_id: int) -> int:
    """Queue a `ping` to each of the site's webhook URLs; returns how many.

    It goes through the outbox like any event, signed the same way, so its
    delivery (or its error) shows in `deliveries` a moment later.
    """
    with services.store.write() as conn:
        site = site_store.get(conn, site_id)
        if site is None or not site.webhook_urls:
            raise InvalidInput("the site has no webhook URLs to ping", field="webhook_urls")
        payload = {"site": site.slug, "sent_at": services.now().isoformat()}
        outbox_store.enqueue(conn, site.id, site.webhook_urls, PING_EVENT, payload)
    return len(site.webhook_urls)


def backoff(attempt: int) -> timedelta:
    """2 s, 4 s, 8 s ... capped at an hour."""
    return timedelta(seconds=min(3600, 2 ** max(1, attempt)))


def deliver_due(services: Services, client: httpx.Client, limit: int = 20) -> int:
    """Send what is due; returns how many messages were attempted."""
    with services.store.write() as conn:
        messages = outbox_store.claim_due(conn, limit)
        secrets = {s.id: s.webhook_secret for s in site_store.all_sites(conn)}
    for message in messages:
        body = json.dumps(
            {"event": message.event, "id": message.id, "data": message.payload},
            separators=(",", ":"),
        ).encode()
        headers = {
            "content-type": "application/json",
            "x-commentdesk-event": message.event,
            "x-commentdesk-delivery": str(message.id),
            "x-commentdesk-signature": sign(
                secrets.get(message.site_id, ""), int(time.time()), body
            ),
        }
        error = None
        try:
            response = client.post(message.url, content=body, headers=headers)
            if response.status_code >= 300:
                error = f"HTTP {response.status_code}"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"
        with services.store.write() as conn:
            if error is None:
                outbox_store.delivered(conn, message.id)
                continue
            attempts = message.attempts + 1
            give_up = attempts >= services.settings.webhook_max_attempts
            retry_at = None if give_up else services.now() + backoff(attempts)
            outbox_store.failed(conn, message.id, error, retry_at)
            log.warning("webhook %s to %s failed (%s)", message.id, message.url, error)
    return len(messages)


class OutboxWorker(Background):
    """Polls the outbox and delivers what is due; safe to run in every process."""

    name = "outbox"

    def __init__(self, services: Services, interval_s: float = 1.0) -> None:
        super().__init__(services, interval_s)

    def run(self) -> None:
        with httpx.Client(timeout=self.services.settings.webhook_timeout_s) as client:
            while not self.stopping.is_set():
                try:
                    sent = deliver_due(self.services, client)
                except Exception:  # noqa: BLE001 - keep delivering after a database blip
                    log.exception("outbox pass failed")
                    sent = 0
                if not sent:
                    self.stopping.wait(self.interval_s)
