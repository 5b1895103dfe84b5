from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from commentdesk.config import Settings
from commentdesk.services import Services
from commentdesk.store import sites as site_store


@pytest.fixture()
def services(tmp_path: Path) -> Iterator[Services]:
    """A real SQLite database, migrated, with the packaged scorer."""
    settings = Settings(data_dir=tmp_path / "data", scoring_timeout_s=30.0)
    built = Services.from_settings(settings)
    built.store.migrate()
    yield built
    built.close()


@pytest.fixture()
def site_id(services: Services) -> int:
    with services.store.write() as conn:
        return site_store.create(conn, "paper", "The Paper").id
