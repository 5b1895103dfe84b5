"""The policy page: read the site policy, edit it with located validation, backtest it.

A backtest (`actions.backtest`) decides the site's stored comments again under
the draft and reports what would change; nothing is written. Saving needs the admin role
and goes through `actions.set_policy`, which records it in the audit log.
"""

from __future__ import annotations

from datetime import timedelta
from importlib import resources
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from commentdesk import actions
from commentdesk.errors import InvalidInput
from commentdesk.policy import Policy, PolicyError
from commentdesk.store import policies as policy_store
from commentdesk.web import sessions as session_store
from commentdesk.web.auth import services_of
from commentdesk.web.dashboard_render import Moderator, ModeratorForm, render

router = APIRouter(include_in_schema=False)


def default_document() -> str:
    return resources.files("commentdesk.policy").joinpath("default.yaml").read_text("utf-8")


@router.get("/dashboard/policy")
def policy_page(request: Request, me: Moderator) -> Response:
    return _page(request, me, document=None)


def _page(
    request: Request,
    me: session_store.SignedIn,
    document: str | None,
    status_code: int = 200,
    **outcome: Any,
) -> Response:
    with services_of(request).store.read() as conn:
        current = policy_store.current(conn, me.principal.site_id, policy_store.SITE_SCOPE)
        history = policy_store.history(conn, me.principal.site_id)
    shown = (
        document if document is not None else (current.document if current else default_document())
    )
    context: dict[str, Any] = {
        "error": None,
        "error_line": None,
        "valid": None,
        "report": None,
        "saved": None,
        "since_days": 30,
    }
    context.update(outcome)
    return render(
        request,
        "dashboard/policy.html",
        me,
        status_code=status_code,
        current=current,
        history=history[:20],
        document=shown,
        can_save=me.principal.is_admin(),
        **context,
    )


@router.post("/dashboard/policy")
def policy_submit(
    request: Request,
    me: ModeratorForm,
    document: Annotated[str, Form(max_length=200_000)] = "",
    intent: Annotated[Literal["validate", "backtest", "save"], Form()] = "validate",
    since_days: Annotated[int, Form(ge=1, le=3650)] = 30,
) -> Response:
    try:
        policy = Policy.from_yaml(document, source="policy")
    except PolicyError as err:
        return _page(
            request, me, document, 422, error=str(err), error_line=err.line, since_days=since_days
        )
    if intent == "validate":
        return _page(request, me, document, valid=policy.version, since_days=since_days)
    if intent == "backtest":
        services = services_of(request)
        report = actions.backtest(
            services,
            me.principal.site_id,
            document,
            since=services.now() - timedelta(days=since_days),
        ).to_dict()
        return _page(
            request, me, document, valid=policy.version, report=report, since_days=since_days
        )
    if not me.principal.is_admin():
        return _page(
            request,
            me,
            document,
            403,
            error="Only an admin may save the policy.",
            since_days=since_days,
        )
    try:
        stored = actions.set_policy(
            services_of(request),
            me.principal.site_id,
            document,
            scope=policy_store.SITE_SCOPE,
            actor=me.principal.name,
        )
    except InvalidInput as err:
        return _page(request, me, document, 422, error=err.message, since_days=since_days)
    return _page(request, me, None, saved=stored.version, since_days=since_days)
