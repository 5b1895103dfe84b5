"""The dashboard's site settings page: an admin changes what the CLI's `sites update` does.

Every change goes through `actions.update_site`, which checks each value and
writes an audit row naming what changed.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from commentdesk import actions
from commentdesk.errors import InvalidInput
from commentdesk.store import sites as site_store
from commentdesk.web.auth import services_of
from commentdesk.web.dashboard_render import Admin, AdminForm, render

router = APIRouter(include_in_schema=False)


@router.get("/dashboard/settings")
def settings_page(request: Request, me: Admin, saved: bool = False) -> Response:
    with services_of(request).store.read() as conn:
        site = site_store.get(conn, me.principal.site_id)
    return render(request, "dashboard/settings.html", me, form=site, saved=saved, error=None)


@router.post("/dashboard/settings")
def settings_save(
    request: Request,
    me: AdminForm,
    name: Annotated[str, Form(max_length=200)],
    allowed_origins: Annotated[str, Form(max_length=20_000)] = "",
    webhook_urls: Annotated[str, Form(max_length=20_000)] = "",
    close_after_days: Annotated[int, Form(ge=0, le=3650)] = 0,
    sign_in_required: Annotated[bool, Form()] = False,
    reports_to_hold: Annotated[int, Form(ge=0, le=1000)] = 0,
) -> Response:
    wanted = actions.SiteSettings(
        name=name,
        allowed_origins=allowed_origins.splitlines(),
        webhook_urls=webhook_urls.splitlines(),
        close_after_days=close_after_days or None,
        sign_in_required=sign_in_required,
        reports_to_hold=reports_to_hold or None,
    )
    try:
        actions.update_site(
            services_of(request), me.principal.site_id, wanted, actor=me.principal.name
        )
    except InvalidInput as err:
        # The form comes back as they wrote it, with what is wrong.
        return render(
            request, "dashboard/settings.html", me, status_code=422, form=wanted, saved=False,
            error=err.message,
        )
    return RedirectResponse("/dashboard/settings?saved=1", status_code=303)
