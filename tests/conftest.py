"""Shared fixtures: real databases (SQLite and PostgreSQL), real servers, the real scorer.

Every fixture that needs a database is parametrised over both backends. The
PostgreSQL half uses a fresh schema per test at COMMENTDESK_TEST_PG (default
127.0.0.1:5432, user postgres, database test). It is skipped with a message
when that server is unreachable, except under CI=true, where it fails.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
import uvicorn

from commentdesk.config import Settings
from commentdesk.domain import Role, Site
from commentdesk.services import Services
from commentdesk.store import Store
from commentdesk.store import keys as key_store
from commentdesk.store import sites as site_store
from commentdesk.store import stories as story_store

PG_URL = os.environ.get("COMMENTDESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() == "true"
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# Generous limits for ordinary tests; the rate-limit tests build their own app.
TEST_LIMITS = {
    "author_rate": "10000/minute",
    "ip_rate": "10000/minute",
    "report_rate": "10000/minute",
    "like_rate": "10000/minute",
}


def _pg_reachable() -> str | None:
    try:
        engine = sa.create_engine(PG_URL)
        with engine.connect() as conn:
            conn.execute(sa.text("select 1"))
        engine.dispose()
        return None
    except Exception as exc:  # noqa: BLE001
        return str(exc).splitlines()[0]


_PG_PROBLEM: str | None | bool = False  # False: not probed yet


def pg_problem() -> str | None:
    global _PG_PROBLEM
    if _PG_PROBLEM is False:
        _PG_PROBLEM = _pg_reachable()
    return _PG_PROBLEM  # type: ignore[return-value]


def require_pg() -> None:
    problem = pg_problem()
    if problem is None:
        return
    message = f"PostgreSQL at {PG_URL} is unreachable: {problem}"
    if IN_CI:
        pytest.fail(message + " (CI=true: the PostgreSQL run must not be skipped)")
    pytest.skip(message)


def fresh_database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'commentdesk.db'}"
        return
    require_pg()
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    yield from fresh_database_url(backend, tmp_path)


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    s = Store(database_url)
    s.migrate()
    yield s
    s.close()


_SCORER: Any = None


def real_scorer() -> Any:
    """The packaged default model, loaded once per test session."""
    global _SCORER
    if _SCORER is None:
        from commentdesk.scoring import Scorer

        _SCORER = Scorer.load()
    return _SCORER


def make_settings(tmp_path: Path, database_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "data_dir": tmp_path,
        "database_url": database_url,
        "run_outbox": False,
        **TEST_LIMITS,
    }
    values.update(overrides)
    return Settings(**values)


@pytest.fixture
def services(store: Store, database_url: str, tmp_path: Path) -> Iterator[Services]:
    svc = Services(
        settings=make_settings(tmp_path, database_url), store=store, scorer_factory=real_scorer
    )
    yield svc
    if svc._pool is not None:
        svc._pool.shutdown(wait=False)


@dataclass
class SiteKeys:
    site: Site
    admin: str
    moderator: str
    integration: str
    story_id: int

    def headers(self, role: str = "admin") -> dict[str, str]:
        return {"X-API-Key": getattr(self, role)}


def create_site(services: Services, slug: str | None = None, **story: Any) -> SiteKeys:
    slug = slug or "s" + uuid.uuid4().hex[:10]
    with services.store.write() as conn:
        site = site_store.create(
            conn, slug, f"Site {slug}", allowed_origins=["http://reader.example"]
        )
        keys = {role.value: key_store.create(conn, site.id, role, role.value)[1] for role in Role}
        values = {"url": "https://news.example/a", "title": "A story", "section": "politics"}
        values.update(story)
        created, _ = story_store.upsert(conn, site.id, "story-1", **values)
    return SiteKeys(site, keys["admin"], keys["moderator"], keys["integration"], created.id)


@pytest.fixture
def sqlite_services(tmp_path: Path) -> Iterator[Services]:
    """Services on SQLite only, for tests of layers above the store (HTTP fuzzing)."""
    url = f"sqlite:///{tmp_path / 'commentdesk.db'}"
    svc = Services(
        settings=make_settings(tmp_path, url), store=Store(url), scorer_factory=real_scorer
    )
    svc.store.migrate()
    yield svc
    svc.close()


@pytest.fixture
def site(services: Services) -> SiteKeys:
    return create_site(services)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(port: int, proc: Any = None, timeout_s: float = 90) -> None:
    """Wait for a server process on loopback to answer /healthz; fail if it dies first."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


def listening_socket() -> socket.socket:
    """A loopback socket bound to a port of its own, for a server to take over."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


def start_server_process(
    database_url: str, data_dir: Path, sock: socket.socket, **env: str
) -> subprocess.Popen[bytes]:
    """`commentdesk` under uvicorn in a process of its own, as a deployment runs
    it, serving on ``sock`` (see ``tests/serve_socket.py``)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.serve_socket", str(sock.fileno())],
        pass_fds=(sock.fileno(),),
        cwd=Path(__file__).resolve().parents[1],
        env={
            **os.environ,
            "COMMENTDESK_DATABASE_URL": database_url,
            "COMMENTDESK_DATA_DIR": str(data_dir),
            **env,
        },
    )
    try:
        wait_healthy(sock.getsockname()[1], proc)
    except RuntimeError:
        proc.kill()
        raise
    return proc


def start_on_a_free_port(
    start: Callable[[int], subprocess.Popen[Any]], attempts: int = 3
) -> tuple[subprocess.Popen[Any], int]:
    """Start a command that binds a port itself (``commentdesk serve --port``)
    and wait until it answers. A port found free can be taken by another test
    worker before the server binds it, so one that exits at start is started
    again on another port."""
    for attempt in range(attempts):
        port = free_port()
        proc = start(port)
        try:
            wait_healthy(port, proc)
            return proc, port
        except RuntimeError:
            exited = proc.poll() is not None  # rather than slow to start
            proc.kill()
            proc.wait(timeout=10)
            if not exited or attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


class LiveServer:
    """A real uvicorn server on loopback, in a thread of the test process."""

    def __init__(self, app: Any) -> None:
        # The socket is bound here and handed to uvicorn: a port found free and
        # bound later can be taken in between by another test worker.
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.port = int(self.socket.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True
        )

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.socket.close()

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, **kwargs)


@pytest.fixture
def live(services: Services) -> Iterator[LiveServer]:
    from commentdesk.web.app import build_app

    with LiveServer(build_app(services)) as server:
        yield server


@pytest.fixture
def http(live: LiveServer) -> Iterator[httpx.Client]:
    with live.client() as client:
        yield client
