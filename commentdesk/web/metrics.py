"""Prometheus metrics for a site's operators: the backlog a newsroom alerts on.

Every figure is read from the database when scraped, so it is the same
whichever process or machine answers, and nothing is kept in memory between
scrapes. Like every endpoint it is scoped: an admin key sees its own site
(`Authorization: Bearer <key>`, which Prometheus sends as `authorization`).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Gauge, generate_latest

from commentdesk import __version__
from commentdesk.policy.engine import SCORING_UNAVAILABLE
from commentdesk.store import comments as comment_store
from commentdesk.store import outbox as outbox_store
from commentdesk.web.auth import require_admin, services_of

router = APIRouter()

# The work queues a moderator clears, as the dashboard names them.
WORK_QUEUES = ("held", "premoderation", "reported")


@router.get("/metrics", tags=["health"], response_class=Response)
def metrics(request: Request) -> Response:
    principal = require_admin(request)
    services = services_of(request)
    now = services.now()
    registry = CollectorRegistry()
    Gauge("commentdesk_info", "Running version.", ["version"], registry=registry).labels(
        __version__
    ).set(1)
    waiting = Gauge(
        "commentdesk_queue_comments",
        "Comments waiting in a work queue.",
        ["queue"],
        registry=registry,
    )
    oldest = Gauge(
        "commentdesk_queue_oldest_age_seconds",
        "Age of the oldest comment waiting in a work queue (0 when empty).",
        ["queue"],
        registry=registry,
    )
    unscored = Gauge(
        "commentdesk_held_unscored_comments",
        "Comments held because the scorer failed: non-zero means scoring is broken.",
        registry=registry,
    )
    hooks = Gauge(
        "commentdesk_webhook_messages", "Webhook messages by state.", ["state"], registry=registry
    )
    with services.store.read() as conn:
        for queue in WORK_QUEUES:
            count, since = comment_store.backlog(conn, principal.site_id, queue)
            waiting.labels(queue).set(count)
            oldest.labels(queue).set(max(0.0, (now - since).total_seconds()) if since else 0)
        unscored.set(comment_store.held_for(conn, principal.site_id, SCORING_UNAVAILABLE))
        for state, count in outbox_store.counts(conn, principal.site_id).items():
            hooks.labels(state).set(count)
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
