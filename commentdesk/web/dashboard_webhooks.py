"""The dashboard's webhooks page: an admin sees what the site's receivers got.

The same use cases as `commentdesk webhooks` and `/api/v1/webhooks`: the
messages with their last error, sending failed ones again, a signed ping.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from commentdesk import webhooks
from commentdesk.store import sites as site_store
from commentdesk.web.auth import services_of
from commentdesk.web.dashboard_render import Admin, AdminForm, render

router = APIRouter(include_in_schema=False)

PAGE = 200


@router.get("/dashboard/webhooks")
def webhooks_page(
    request: Request,
    me: Admin,
    state: Literal["waiting", "failed", "delivered"] | None = None,
    retried: Annotated[int | None, Query(ge=0)] = None,
    pinged: Annotated[int | None, Query(ge=0)] = None,
) -> Response:
    services = services_of(request)
    found = webhooks.deliveries(services, me.principal.site_id, state, PAGE)
    with services.store.read() as conn:
        site = site_store.get(conn, me.principal.site_id)
    return render(
        request,
        "dashboard/webhooks.html",
        me,
        deliveries=found,
        state=state,
        urls=site.webhook_urls if site else [],
        # Counts only, worded here: a link cannot make the page say anything else.
        retried=retried,
        pinged=pinged,
    )


@router.post("/dashboard/webhooks")
def webhooks_action(
    request: Request,
    me: AdminForm,
    action: Annotated[Literal["retry", "ping"], Form()],
) -> Response:
    services = services_of(request)
    if action == "retry":
        done = f"retried={webhooks.retry(services, me.principal.site_id)}"
    else:
        done = f"pinged={webhooks.ping(services, me.principal.site_id)}"
    return RedirectResponse(f"/dashboard/webhooks?{done}", status_code=303)
