"""A 2xx means the comment is durably stored: proved by killing the server with SIGKILL."""

from __future__ import annotations

import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import httpx
import sqlalchemy as sa

from commentdesk.domain import Role
from commentdesk.store import Store
from commentdesk.store import keys as key_store
from commentdesk.store import sites as site_store
from commentdesk.store import stories as story_store
from commentdesk.store.schema import comments
from tests.conftest import listening_socket, start_server_process


def start_server(database_url: str, data_dir: Path, sock: socket.socket) -> subprocess.Popen[bytes]:
    return start_server_process(
        database_url,
        data_dir,
        sock,
        COMMENTDESK_IP_RATE="100000/minute",
        COMMENTDESK_AUTHOR_RATE="100000/minute",
    )


def test_acknowledged_comments_survive_sigkill(database_url: str, tmp_path: Path) -> None:
    store = Store(database_url)
    store.migrate()
    with store.write() as conn:
        site = site_store.create(conn, "durable", "Durable")
        story, _ = story_store.upsert(conn, site.id, "s1", title="S")
        _key, api_key = key_store.create(conn, site.id, Role.INTEGRATION, "load")
    sock = listening_socket()
    port = sock.getsockname()[1]
    server = start_server(database_url, tmp_path, sock)
    acknowledged: dict[str, int] = {}
    stop = threading.Event()

    def stream(worker: int) -> None:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            n = 0
            while not stop.is_set():
                body = f"Comment {worker}-{n}: the new timetable is a real improvement."
                n += 1
                try:
                    response = client.post(
                        f"/api/v1/stories/{story.id}/comments",
                        json={"body": body},
                        headers={"X-API-Key": api_key, "Idempotency-Key": f"k{worker}-{n}"},
                    )
                except httpx.HTTPError:
                    return  # the server died mid-request: that one was never acknowledged
                if response.status_code in (200, 201):
                    acknowledged[body] = response.json()["id"]

    threads = [threading.Thread(target=stream, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < 60 and time.monotonic() < deadline:
        time.sleep(0.05)
    server.send_signal(signal.SIGKILL)
    server.wait(timeout=10)
    stop.set()
    for t in threads:
        t.join(timeout=15)
    assert len(acknowledged) >= 60

    restarted = start_server(database_url, tmp_path, sock)  # the same socket, taken over
    try:
        with store.read() as conn:
            rows = conn.execute(sa.select(comments.c.id, comments.c.body)).all()
        stored: dict[str, list[int]] = {}
        for cid, body in rows:
            stored.setdefault(body, []).append(cid)
        for body, cid in acknowledged.items():
            assert stored.get(body) == [cid], body
        # And the restarted service answers with them.
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            total = client.get(f"/api/v1/stories/{story.id}/comments").json()["total"]
        assert total >= len(acknowledged)
    finally:
        restarted.send_signal(signal.SIGTERM)
        restarted.wait(timeout=20)
        sock.close()
        store.close()
