"""The readers' widget over real HTTP: the embed script, the nudge, live updates.

Live updates are checked across two server processes: the decision is taken
through one server and the reader's event stream is served by another
(a separate uvicorn process on the same database).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from limits import parse

from commentdesk import actions
from commentdesk.services import Services
from tests.conftest import LiveServer, SiteKeys, listening_socket, start_server_process

CIVIL = "Thanks for the detailed reporting on the timetable changes."
RUDE = "You are a pathetic idiot and a moron."


def test_embed_script_is_served_as_javascript(http: httpx.Client) -> None:
    response = http.get("/embed.js")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "innerHTML" not in response.text  # reader text only ever goes in as textContent


def test_draft_check_nudges_attacks_not_civility(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    _ = services.scorer  # loaded up front, as the server does, not inside the scoring timeout
    url = f"/api/v1/stories/{site.story_id}/drafts:check"
    civil = http.post(url, json={"body": CIVIL}).json()
    assert civil["toxic"] is False and civil["scored"] is True and civil["message"] is None
    rude = http.post(url, json={"body": RUDE}).json()
    assert rude["toxic"] is True and "rephrase" in rude["message"]
    assert "INSULT" in rude["attributes"]
    # Harsh words about a decision or an institution hurt nobody: no nudge.
    for harsh in [
        "What a stupid decision by the transport ministry.",
        "Congress is a clown show and both parties are to blame.",
        "Murderers deserve the death penalty.",
        # civil opinions the severity score alone put over 0.5 (0.80, 0.58)
        "This policy is cruel to the poorest families.",
        "Men's mental health is ignored and that needs to change.",
    ]:
        about = http.post(url, json={"body": harsh}).json()
        assert about["toxic"] is False and about["scored"] is True, (harsh, about)
    person = http.post(url, json={"body": "What a stupid man the minister is."}).json()
    assert person["toxic"] is True
    violence = http.post(url, json={"body": "He should be executed."}).json()
    assert violence["toxic"] is True and "THREAT" in violence["attributes"]
    assert http.post(url, json={"body": "   "}).status_code == 422
    assert http.post(url, json={"text": CIVIL}).status_code == 422
    assert http.post("/api/v1/stories/987654/drafts:check", json={"body": CIVIL}).status_code == 404


def test_draft_check_is_rate_limited(site: SiteKeys, live: LiveServer, http: httpx.Client) -> None:
    app = live.server.config.app
    app.state.rate_limiter.limits["draft"] = parse("2/minute")
    url = f"/api/v1/stories/{site.story_id}/drafts:check"
    codes = [http.post(url, json={"body": CIVIL}).status_code for _ in range(3)]
    assert codes == [200, 200, 429]


def test_post_anyway_after_a_nudge_is_held(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    _ = services.scorer
    url = f"/api/v1/stories/{site.story_id}/comments"
    plain = http.post(url, json={"body": CIVIL}).json()
    assert plain["status"] == "approved"  # the same text without the nudge is published
    nudged = http.post(url, json={"body": CIVIL + " Really.", "nudged": True}).json()
    assert nudged["status"] == "held"
    assert nudged["reasons"][0]["rule"] == "civility-nudge"
    assert "civility" in nudged["message"]


def _events(response: httpx.Response) -> Iterator[tuple[str, dict[str, object]]]:
    kind = ""
    for line in response.iter_lines():
        if line.startswith("event: "):
            kind = line[7:]
        elif line.startswith("data: "):
            yield kind, json.loads(line[6:])


def _next(stream: Iterator[tuple[str, dict[str, object]]], kind: str) -> dict[str, object]:
    for found, data in stream:
        if found == kind:
            return data
    raise AssertionError(f"the stream ended before a {kind!r} event")


@pytest.fixture
def second_process(services: Services, tmp_path: Path) -> Iterator[str]:
    """Another server process on the same database, as a real deployment has."""
    sock = listening_socket()
    proc = start_server_process(
        services.settings.database_url, tmp_path, sock, COMMENTDESK_RUN_OUTBOX="false"
    )
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        sock.close()


def test_live_updates_reach_readers_on_another_process(
    services: Services, site: SiteKeys, http: httpx.Client, second_process: str
) -> None:
    held = actions.submit(
        services,
        site.site.id,
        actions.NewComment(
            story_id=site.story_id,
            body="Waiting for a moderator: a fair point, calmly made.",
            author_external_id="u1",
            author_name="Reader <One>",
        ),
    )
    comment_id = held.comment.id
    if held.comment.status.value == "approved":
        actions.decide(services, site.site.id, [comment_id], "hold", actor="test")
    url = f"{second_process}/api/v1/stories/{site.story_id}/events"
    with httpx.Client(timeout=httpx.Timeout(15.0)) as reader, reader.stream("GET", url) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        stream = _events(response)
        _next(stream, "ready")
        approve = http.post(
            f"/api/v1/moderation/comments/{comment_id}/approve", headers=site.headers("moderator")
        )
        assert approve.status_code == 200
        published = _next(stream, "approved")
        assert published["id"] == comment_id
        assert published["author"] == "Reader <One>"  # data, escaped by the widget's DOM calls
        assert "ip_hash" not in published and "scores" not in published
        http.post(
            f"/api/v1/moderation/comments/{comment_id}/reject", headers=site.headers("moderator")
        )
        assert _next(stream, "removed") == {"id": comment_id}


def test_a_reconnecting_reader_gets_what_it_missed(
    services: Services, site: SiteKeys, live: LiveServer
) -> None:
    comment = actions.submit(
        services,
        site.site.id,
        actions.NewComment(
            story_id=site.story_id, body=CIVIL, author_external_id="u3", author_name="Three"
        ),
    )
    if comment.comment.status.value != "approved":
        actions.decide(services, site.site.id, [comment.comment.id], "approve", actor="test")
    url = f"{live.url}/api/v1/stories/{site.story_id}/events"
    with (
        httpx.Client(timeout=httpx.Timeout(15.0)) as reader,
        reader.stream("GET", url, headers={"Last-Event-ID": "0"}) as response,
    ):
        stream = _events(response)
        assert _next(stream, "ready") == {"position": 0}
        assert _next(stream, "approved")["id"] == comment.comment.id
    assert httpx.get(f"{live.url}/api/v1/stories/987654/events").status_code == 404


def test_cors_only_for_the_sites_origins(site: SiteKeys, http: httpx.Client) -> None:
    url = f"/api/v1/stories/{site.story_id}/comments"
    allowed = http.get(url, headers={"Origin": "http://reader.example"})
    assert allowed.headers.get("access-control-allow-origin") == "http://reader.example"
    other = http.get(url, headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in other.headers
    assert "frame-ancestors" in other.headers["content-security-policy"]
    # A refusal before the app reads the body is readable to the widget too, or
    # the reader would be told the connection failed instead of why.
    huge = http.post(
        url,
        content=b'{"body": "' + b"a" * 70_000 + b'"}',
        headers={"Origin": "http://reader.example", "content-type": "application/json"},
    )
    assert huge.status_code == 413
    assert huge.headers.get("access-control-allow-origin") == "http://reader.example"
    assert "frame-ancestors" in huge.headers["content-security-policy"]


def test_many_likes_reach_a_page_as_one_count(
    services: Services, site: SiteKeys, live: LiveServer
) -> None:
    comment = actions.submit(
        services,
        site.site.id,
        actions.NewComment(
            story_id=site.story_id, body=CIVIL, author_external_id="u3", author_name="Three"
        ),
    ).comment
    if comment.status.value != "approved":
        actions.decide(services, site.site.id, [comment.id], "approve", actor="test")
    for reader in ("r1", "r2", "r3"):
        actions.like(services, site.site.id, comment.id, reader)
    url = f"{live.url}/api/v1/stories/{site.story_id}/events"
    with (
        httpx.Client(timeout=httpx.Timeout(15.0)) as reader,
        reader.stream("GET", url, headers={"Last-Event-ID": "0"}) as response,
    ):
        stream = _events(response)
        _next(stream, "approved")
        # Three likes, one poll: the page gets the count as it is, once.
        assert _next(stream, "likes") == {"id": comment.id, "likes": 3}
