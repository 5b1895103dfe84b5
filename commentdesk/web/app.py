"""The web application, composed explicitly: routers, middleware, error handlers.

`build_app(services)` is the only way an app is made, in the server, in tests
and in benchmarks; everything it needs is handed in.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI

from commentdesk import __version__
from commentdesk.housekeeping import Housekeeper
from commentdesk.intake import Intake
from commentdesk.services import Services
from commentdesk.store import sites as site_store
from commentdesk.web import api, deliveries, errors, health, metrics
from commentdesk.web.dashboard_render import SignInNeeded, sign_in_first
from commentdesk.web.discovery import method_paths
from commentdesk.web.lookups import Lookups
from commentdesk.web.middleware import BodyLimit, SecurityHeaders, SiteCors
from commentdesk.web.ratelimit import RateLimiter
from commentdesk.webhooks import OutboxWorker

# Threads serving synchronous endpoints in each process; the database pools are
# sized to match (commentdesk.store.database), so a burst never opens connections.
THREADS = 24

# The routers, in the order their paths are matched.
ROUTERS = [health.router, api.router, deliveries.router, metrics.router]


def _optional_routers() -> list[object]:
    """Routers of the parts that live in their own modules (dashboard, widget, Perspective)."""
    found = []
    for name in ("perspective", "dashboard", "widget", "demo_page"):
        try:
            module = __import__(f"commentdesk.web.{name}", fromlist=["router"])
        except ModuleNotFoundError as err:
            if err.name != f"commentdesk.web.{name}":
                raise
            continue
        found.append(module.router)
    return found


def build_app(services: Services, *, start_outbox: bool | None = None) -> FastAPI:
    settings = services.settings
    run_outbox = settings.run_outbox if start_outbox is None else start_outbox

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        services.store.check()
        anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
        worker = OutboxWorker(services) if run_outbox else None
        if worker:
            worker.start()
        housekeeper = Housekeeper(services)
        housekeeper.start()
        try:
            yield
        finally:
            app.state.intake.close()
            housekeeper.stop()
            if worker:
                worker.stop()

    app = FastAPI(
        title="Comment Desk",
        version=__version__,
        description="Comments in, decisions out: a self-hosted comment platform for news sites.",
        lifespan=lifespan,
    )
    app.state.services = services
    app.state.rate_limiter = RateLimiter(settings)
    # The intake counts each batch's rate limits in one go (see RateLimiter.hit_many).
    app.state.intake = Intake(services, count=app.state.rate_limiter.refusals)
    app.state.lookups = Lookups(services)
    for router in ROUTERS + _optional_routers():
        app.include_router(router)  # type: ignore[arg-type]
    errors.install(app)
    # A dashboard page asked for without a session: the login page, then back.
    app.add_exception_handler(SignInNeeded, sign_in_first)

    def origins() -> set[str]:
        with services.store.read() as conn:
            return site_store.all_origins(conn)

    # The last added runs first. The size limit runs before anything reads the
    # body; CORS and the security headers wrap even its refusals, so a widget on
    # another origin can read why (neither reads the body).
    google = frozenset(method_paths().values())
    app.add_middleware(
        BodyLimit,
        max_bytes=settings.max_request_bytes,
        google_paths=google,
        # Where a policy document is posted: the policy page, and the API's
        # store and backtest.
        document_prefixes=("/dashboard/policy", "/api/v1/policies/"),
        max_document_bytes=settings.max_document_bytes,
    )
    app.add_middleware(SecurityHeaders)
    app.add_middleware(SiteCors, origins=origins)
    return app
