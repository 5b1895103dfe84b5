"""Webhook deliveries, for a site's admins: what was sent, what failed and why.

A receiver that was down for a day leaves messages the worker gave up on;
these endpoints show them with their last error, send them again, and send a
signed `ping` to check a receiver before relying on it.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from pydantic import Field

from commentdesk import webhooks
from commentdesk.store.outbox import Delivery
from commentdesk.web.auth import require_admin, services_of
from commentdesk.web.responses import ERRORS, Deliveries, PingQueued, Retried, documented
from commentdesk.web.schemas import Id, Strict

router = APIRouter(prefix="/api/v1/webhooks", tags=["webhooks"], responses=ERRORS)


class RetryIn(Strict):
    # Omitted: every message the worker gave up on.
    ids: list[Id] | None = Field(default=None, min_length=1, max_length=500)


def _out(d: Delivery) -> dict[str, Any]:
    return {
        "id": d.id,
        "url": d.url,
        "event": d.event,
        "state": d.state,
        "attempts": d.attempts,
        "last_error": d.last_error,
        "created_at": d.created_at.isoformat() if d.created_at else None,
        "next_attempt_at": d.next_attempt_at.isoformat() if d.next_attempt_at else None,
        "finished_at": d.finished_at.isoformat() if d.finished_at else None,
    }


@router.get(
    "/deliveries",
    response_model=None,
    responses=documented(Deliveries, "The site's webhook messages."),
)
def list_deliveries(
    request: Request,
    state: Literal["waiting", "failed", "delivered"] | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    principal = require_admin(request)
    found = webhooks.deliveries(services_of(request), principal.site_id, state, limit)
    return {"items": [_out(d) for d in found]}


@router.post(
    "/deliveries/retry",
    response_model=None,
    responses=documented(Retried, "Queued again."),
)
def retry_deliveries(request: Request, payload: RetryIn = RetryIn()) -> dict[str, Any]:
    principal = require_admin(request)
    return {"retried": webhooks.retry(services_of(request), principal.site_id, payload.ids)}


@router.post(
    "/ping",
    status_code=202,
    response_model=None,
    responses=documented(PingQueued, "Queued.", 202),
)
def ping(request: Request) -> dict[str, Any]:
    principal = require_admin(request)
    return {"queued": webhooks.ping(services_of(request), principal.site_id)}
