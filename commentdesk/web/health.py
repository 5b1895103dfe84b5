"""Liveness and readiness, for load balancers and the test harness."""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from commentdesk.web.auth import services_of

router = APIRouter()
log = logging.getLogger(__name__)


@router.get("/healthz", tags=["health"])
def healthz(request: Request) -> Any:
    services = services_of(request)
    try:
        with services.store.read() as conn:
            conn.execute(sa.select(1))
    except Exception:  # noqa: BLE001 - report, don't crash the probe
        # Anyone may ask; the cause (host names, users, paths) goes to the log only.
        log.exception("healthz: the database does not answer")
        return JSONResponse({"ok": False, "database": "unreachable"}, status_code=503)
    return {"ok": True, "database": services.store.dialect}
