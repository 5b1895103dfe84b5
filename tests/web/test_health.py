"""/healthz over real HTTP: what a load balancer, and anyone else, is told."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from commentdesk.services import Services
from commentdesk.store import Store
from commentdesk.web.app import build_app
from tests.conftest import make_settings, real_scorer


def test_healthz_names_the_database_kind(services: Services) -> None:
    with TestClient(build_app(services, start_outbox=False)) as client:
        answer = client.get("/healthz")
    assert answer.status_code == 200
    assert answer.json() == {"ok": True, "database": services.store.dialect}


def test_a_database_that_does_not_answer_is_a_503_that_tells_nothing_more(
    tmp_path: Path,
) -> None:
    # A database that went away under the service (its directory is now a
    # file): SQLite's error would name the server's paths.
    url = f"sqlite:///{tmp_path}/db/commentdesk.db"
    store = Store(url)
    settings = make_settings(tmp_path, url)
    services = Services(settings=settings, store=store, scorer_factory=real_scorer)
    app = build_app(services, start_outbox=False)
    store.close()
    for leftover in (tmp_path / "db").iterdir():
        leftover.unlink()
    (tmp_path / "db").rmdir()
    (tmp_path / "db").write_text("")
    answer = TestClient(app).get("/healthz")
    assert answer.status_code == 503
    assert answer.json() == {"ok": False, "database": "unreachable"}
    assert str(tmp_path) not in answer.text
