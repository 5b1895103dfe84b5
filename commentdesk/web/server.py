"""Starting the service: the app factory uvicorn calls in each worker process."""

from __future__ import annotations

import gc

from fastapi import FastAPI

from commentdesk.config import Settings
from commentdesk.services import Services
from commentdesk.store.database import current_revision
from commentdesk.web.app import build_app


def prepare_database(services: Services) -> str:
    """A fresh database is created on first run; an existing one must be up to date."""
    if current_revision(services.store.db.engine) is None:
        services.store.migrate()
        return "created"
    services.store.check()
    return "ok"


def create_app() -> FastAPI:
    services = Services.from_settings(Settings.from_env())
    services.store.check()
    # Load the model before taking traffic, so the first reader doesn't wait for it.
    _ = services.scorer
    app = build_app(services)
    # What is loaded by now (the model's vocabularies, the libraries) lives as
    # long as the process, yet every full collection walked all of it: about
    # 45 ms with the GIL held, a stall for every request in flight. Frozen,
    # the collector no longer looks at it; garbage made later is collected as
    # before.
    gc.collect()
    gc.freeze()
    return app
