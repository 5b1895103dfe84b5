"""Dropping what is kept only for a while, so tables that serve the moment stay small.

The live feed's events are read within seconds of being written, and
delivered webhooks matter only while someone might ask what was sent; both
grow with every decision. A comment's address hash serves moderators tracing
abuse for a few weeks, then is cleared. Comments, decisions and the audit log
are otherwise never touched here. Every server process runs the same pass now and then: the
deletes are idempotent, so several processes doing it at once is harmless.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from commentdesk.background import Background
from commentdesk.services import Services
from commentdesk.store import comments as comment_store
from commentdesk.store import events as event_store
from commentdesk.store import outbox as outbox_store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Pruned:
    events: int
    webhooks: int
    addresses: int = 0


def prune(services: Services, now: datetime | None = None) -> Pruned:
    """One pass: events older than ``events_keep_h``, finished webhooks older than
    ``outbox_keep_days``, and the address hashes of comments and anonymous
    reports older than ``ip_keep_days`` (in short transactions, so submissions
    never wait long)."""
    now = now or services.now()
    settings = services.settings
    with services.store.write() as conn:
        events = event_store.prune(conn, now - timedelta(hours=settings.events_keep_h))
        webhooks = outbox_store.prune(conn, now - timedelta(days=settings.outbox_keep_days))
    addresses = 0
    expired = now - timedelta(days=settings.ip_keep_days)
    for forget in (comment_store.forget_addresses, comment_store.forget_reporters):
        while True:
            with services.store.write() as conn:
                cleared = forget(conn, expired)
            addresses += cleared
            if not cleared:
                break
    return Pruned(events, webhooks, addresses)


class Housekeeper(Background):
    """Runs :func:`prune` every ``interval_s`` (first after a minute, so a starting
    service does its own work first)."""

    name = "housekeeping"

    def __init__(self, services: Services, interval_s: float = 3600.0) -> None:
        super().__init__(services, interval_s)

    def run(self) -> None:
        wait = min(60.0, self.interval_s)
        while not self.stopping.wait(wait):
            try:
                pruned = prune(self.services)
                if pruned.events or pruned.webhooks or pruned.addresses:
                    log.info(
                        "pruned %d events, %d webhooks, %d address hashes",
                        pruned.events,
                        pruned.webhooks,
                        pruned.addresses,
                    )
            except Exception:  # noqa: BLE001 - try again next time after a database blip
                log.exception("housekeeping pass failed")
            wait = self.interval_s
