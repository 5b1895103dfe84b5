"""The Perspective-compatible API, driven by real clients against a real uvicorn server."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn
from googleapiclient import discovery
from googleapiclient.errors import HttpError

from commentdesk.config import Settings
from commentdesk.domain import Role
from commentdesk.services import Services
from commentdesk.store import keys as key_store
from commentdesk.store import sites as site_store
from commentdesk.store import suggestions as suggestion_store
from commentdesk.web.app import build_app

JS_DIR = Path(__file__).resolve().parents[1] / "js"


@dataclass
class Live:
    url: str
    key: str
    site_id: int
    services: Services

    @property
    def discovery_url(self) -> str:
        return f"{self.url}/$discovery/rest?version=v1alpha1"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    data = tmp_path_factory.mktemp("perspective")
    services = Services.from_settings(Settings(data_dir=data, scoring_timeout_s=30.0))
    services.store.migrate()
    with services.store.write() as conn:
        site = site_store.create(conn, "paper", "The Paper")
        _, key = key_store.create(conn, site.id, Role.INTEGRATION, "perspective")
    # Bound here and handed to uvicorn, so no other test worker can take the port.
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    config = uvicorn.Config(build_app(services, start_outbox=False), log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield Live(f"http://127.0.0.1:{port}", key, site.id, services)
    server.should_exit = True
    thread.join(10)
    sock.close()
    services.close()


def _client(live: Live, key: str | None = None):  # type: ignore[no-untyped-def]
    return discovery.build(
        "commentanalyzer",
        "v1alpha1",
        developerKey=key or live.key,
        discoveryServiceUrl=live.discovery_url,
        static_discovery=False,
    )


def _error(err: HttpError) -> dict[str, object]:
    return json.loads(err.content)["error"]  # type: ignore[no-any-return]


def test_discovery_document_names_this_server(live: Live) -> None:
    doc = httpx.get(live.discovery_url).json()
    assert doc["rootUrl"] == live.url + "/" and doc["name"] == "commentanalyzer"
    methods = doc["resources"]["comments"]["methods"]
    assert set(methods) == {"analyze", "suggestscore"}
    missing = httpx.get(f"{live.url}/$discovery/rest?version=v9")
    assert missing.status_code == 404 and missing.json()["error"]["status"] == "NOT_FOUND"


def test_google_client_analyze(live: Live) -> None:
    client = _client(live)
    body = {
        "comment": {"text": "You are a stupid idiot and I hate you."},
        "requestedAttributes": {"TOXICITY": {}, "INSULT": {}, "THREAT": {"scoreThreshold": 1.0}},
        "languages": ["en"],
        "doNotStore": True,
        "spanAnnotations": True,
        "clientToken": "t-1",
        "context": {"entries": [{"text": "Article about the council", "type": "PLAIN_TEXT"}]},
    }
    answer = client.comments().analyze(body=body).execute()
    assert answer["clientToken"] == "t-1" and answer["languages"] == ["en"]
    assert "detectedLanguages" not in answer
    # THREAT scores below its threshold of 1.0, so it is left out.
    assert set(answer["attributeScores"]) == {"TOXICITY", "INSULT"}
    toxicity = answer["attributeScores"]["TOXICITY"]
    assert toxicity["summaryScore"]["type"] == "PROBABILITY"
    assert 0.5 < toxicity["summaryScore"]["value"] <= 1.0
    text = body["comment"]["text"]  # type: ignore[index]
    for span in answer["attributeScores"]["INSULT"]["spanScores"]:
        assert 0 <= span["begin"] < span["end"] <= len(text)
        assert 0.0 <= span["score"]["value"] <= 1.0

    plain = (
        client.comments()
        .analyze(
            body={
                "comment": {"text": "Thank you for this careful report."},
                "requestedAttributes": {"TOXICITY": {}},
            }
        )
        .execute()
    )
    assert plain["detectedLanguages"] == ["en"]
    summary = plain["attributeScores"]["TOXICITY"]["summaryScore"]["value"]
    assert summary < toxicity["summaryScore"]["value"]
    whole = plain["attributeScores"]["TOXICITY"]["spanScores"]
    assert whole == [{"begin": 0, "end": 34, "score": {"value": summary, "type": "PROBABILITY"}}]


def test_google_client_errors(live: Live) -> None:
    analyze = {"comment": {"text": "hello"}, "requestedAttributes": {"TOXICITY": {}}}
    with pytest.raises(HttpError) as bad_key:
        _client(live, key="cdk_nothing_here").comments().analyze(body=analyze).execute()
    assert bad_key.value.resp.status == 400
    assert _error(bad_key.value)["message"] == "API key not valid. Please pass a valid API key."
    assert _error(bad_key.value)["details"][0]["reason"] == "API_KEY_INVALID"  # type: ignore[index]

    client = _client(live)
    with pytest.raises(HttpError) as language:
        client.comments().analyze(body={**analyze, "languages": ["ko"]}).execute()
    error = _error(language.value)
    assert language.value.resp.status == 400 and error["status"] == "INVALID_ARGUMENT"
    assert error["message"] == "Attribute TOXICITY does not support request languages: ko"
    assert error["details"][0]["errorType"] == "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE"  # type: ignore[index]

    with pytest.raises(HttpError) as attribute:
        client.comments().analyze(
            body={"comment": {"text": "hi"}, "requestedAttributes": {"SPAM": {}}}
        ).execute()
    assert attribute.value.resp.status == 400 and "SPAM" in _error(attribute.value)["message"]  # type: ignore[operator]

    with pytest.raises(HttpError) as empty:
        client.comments().analyze(
            body={"comment": {"text": ""}, "requestedAttributes": {}}
        ).execute()
    assert empty.value.resp.status == 400

    missing = httpx.post(f"{live.url}/v1alpha1/comments:analyze", json=analyze)
    assert missing.status_code == 403 and missing.json()["error"]["status"] == "PERMISSION_DENIED"
    junk = httpx.post(f"{live.url}/v1alpha1/comments:analyze?key={live.key}", content=b"{nope")
    assert junk.status_code == 400 and junk.json()["error"]["status"] == "INVALID_ARGUMENT"


def test_google_client_suggestscore_is_stored(live: Live) -> None:
    body = {
        "comment": {"text": "Go back to where you came from"},
        "attributeScores": {
            "IDENTITY_ATTACK": {
                "summaryScore": {"value": 1},
                "spanScores": [{"begin": 0, "end": 30, "score": {"value": 1}}],
            }
        },
        "languages": ["en"],
        "clientToken": "fix-17",
    }
    answer = _client(live).comments().suggestscore(body=body).execute()
    assert answer == {"requestedLanguages": ["en"], "clientToken": "fix-17"}
    with live.services.store.read() as conn:
        stored = suggestion_store.for_site(conn, live.site_id)
    assert [(s.text, s.client_token) for s in stored] == [
        ("Go back to where you came from", "fix-17")
    ]
    assert stored[0].attribute_scores["IDENTITY_ATTACK"]["summaryScore"]["value"] == 1

    with pytest.raises(HttpError) as bad:
        _client(live).comments().suggestscore(
            body={**body, "attributeScores": {"INSULT": {"summaryScore": {"value": 3}}}}
        ).execute()
    assert bad.value.resp.status == 400


def test_coral_talk_calls(live: Live) -> None:
    """The two calls Coral Talk makes, to ENDPOINT/comments:analyze and :suggestscore."""
    endpoint = f"{live.url}/v1alpha1"
    analyze = httpx.post(
        f"{endpoint}/comments:analyze",
        params={"key": live.key},
        json={
            "comment": {"text": "What a thoughtful piece."},
            "doNotStore": True,
            "requestedAttributes": {"SEVERE_TOXICITY": {}},
            "languages": ["en"],
        },
    )
    assert analyze.status_code == 200
    assert analyze.headers["x-commentdesk-model-version"]
    assert set(analyze.json()["attributeScores"]) == {"SEVERE_TOXICITY"}
    feedback = httpx.post(
        f"{endpoint}/comments:suggestscore",
        params={"key": live.key},
        json={
            "comment": {"text": "What a thoughtful piece."},
            "context": {"entries": [{"text": json.dumps({"Coral_comment_id": "c-9"})}]},
            "attributeScores": {"APPROVED": {"summaryScore": {"value": 1}}},
            "languages": ["en"],
            "communityId": "Coral:https://paper.example",
            "clientToken": "comment:c-9",
        },
    )
    assert feedback.status_code == 200 and feedback.json()["clientToken"] == "comment:c-9"


def _node_ready() -> bool:
    if shutil.which("node") is None or shutil.which("npm") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("node and npm are required under CI")
        pytest.skip("node/npm not installed: the JavaScript client test needs them")
    if not (JS_DIR / "node_modules" / "perspective-api-client").exists():
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund"], cwd=JS_DIR, check=True, timeout=300
        )
    return True


def test_javascript_client(live: Live) -> None:
    _node_ready()
    env = {**os.environ, "COMMENTDESK_URL": live.url, "COMMENTDESK_KEY": live.key}
    run = subprocess.run(
        ["node", "perspective_client.js"],
        cwd=JS_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    results = json.loads(run.stdout)
    plain = results["plain"]
    assert plain["ok"] and set(plain["data"]["attributeScores"]) == {"TOXICITY"}
    assert set(results["attributes"]["data"]["attributeScores"]) == {"TOXICITY", "INSULT"}
    resource = results["resource"]["data"]
    assert resource["clientToken"] == "js-token"
    assert set(resource["attributeScores"]) == {"INSULT", "THREAT"}
    insult = resource["attributeScores"]["INSULT"]["summaryScore"]["value"]
    assert insult > plain["data"]["attributeScores"]["TOXICITY"]["summaryScore"]["value"]
    # Errors reach the client as its ResponseError, carrying our message.
    language = results["language"]
    assert (language["ok"], language["name"], language["status"]) == (False, "ResponseError", 400)
    assert language["message"] == "Attribute TOXICITY does not support request languages: fr"
    assert results["unknownAttribute"]["status"] == 400
    assert results["empty"]["name"] == "TextEmptyError"  # refused by the client itself
    assert results["badKey"]["message"] == "API key not valid. Please pass a valid API key."


# Surrogates and NUL written as JSON escapes, as a client's JSON encoder writes them.
_TOXICITY = b'"requestedAttributes": {"TOXICITY": {}}'
_DEEP = b"[" * 5_000 + b"]" * 5_000


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        pytest.param(
            b'{"comment": {"text": "hi \\ud800"}, ' + _TOXICITY + b"}", "surrogate", id="text"
        ),
        pytest.param(
            b'{"comment": {"text": "hi"}, "clientToken": "\\udc00", ' + _TOXICITY + b"}",
            "surrogate",
            id="clientToken",
        ),
        pytest.param(
            b'{"comment": {"text": "hi"}, "languages": ["\\ud800"], ' + _TOXICITY + b"}",
            "surrogate",
            id="languages",
        ),
        pytest.param(
            b'{"comment": {"text": "hi"}, "requestedAttributes": {"\\ud800": {}}}',
            "surrogate",
            id="attribute",
        ),
        pytest.param(_DEEP, "nested too deeply", id="deep"),
        pytest.param(
            b'{"comment": {"text": "hi"}, "context": ' + _DEEP + b", " + _TOXICITY + b"}",
            "nested too deeply",
            id="deep-context",
        ),
        pytest.param(
            b'{"comment": {"text": "hi"}, "sessionId": 1' + b"0" * 5_000 + b", " + _TOXICITY + b"}",
            "digits",
            id="long-number",
        ),
        pytest.param(
            b'{"comment": "hello", ' + _TOXICITY + b"}", "comment must be an object", id="comment"
        ),
    ],
)
def test_analyze_answers_hostile_json_with_invalid_argument(
    live: Live, raw: bytes, says: str
) -> None:
    response = httpx.post(
        f"{live.url}/v1alpha1/comments:analyze",
        params={"key": live.key},
        content=raw,
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert (error["code"], error["status"]) == (400, "INVALID_ARGUMENT")
    assert says in error["message"]


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        pytest.param(b'{"comment": {"text": "hi \\u0000 there"}', "NUL", id="text-nul"),
        pytest.param(b'{"comment": {"text": "hi \\udfff there"}', "surrogate", id="surrogate"),
        pytest.param(
            b'{"comment": {"text": "hi there"}, "clientToken": "t\\u0000"', "NUL", id="token-nul"
        ),
        # Stored as JSON, which has no Infinity: PostgreSQL refuses it.
        pytest.param(
            b'{"comment": {"text": "hi there"}, "x": -Infinity', "Infinity", id="infinity"
        ),
    ],
)
def test_suggestscore_refuses_what_it_cannot_keep_and_keeps_nothing(
    live: Live, raw: bytes, says: str
) -> None:
    scores = b', "attributeScores": {"TOXICITY": {"summaryScore": {"value": 1}}}}'
    with live.services.store.read() as conn:
        before = len(suggestion_store.for_site(conn, live.site_id))
    response = httpx.post(
        f"{live.url}/v1alpha1/comments:suggestscore",
        params={"key": live.key},
        content=raw + scores,
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert (error["code"], error["status"]) == (400, "INVALID_ARGUMENT")
    assert says in error["message"]
    with live.services.store.read() as conn:
        assert len(suggestion_store.for_site(conn, live.site_id)) == before


def test_a_request_over_the_size_limit_is_refused_in_googles_shape(live: Live) -> None:
    # Over the service's request limit (64 kB by default), before any parsing.
    raw = b'{"comment": {"text": "' + b"a" * 70_000 + b'"}, ' + _TOXICITY + b"}"
    response = httpx.post(
        f"{live.url}/v1alpha1/comments:analyze",
        params={"key": live.key},
        content=raw,
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413
    error = response.json()["error"]
    assert (error["code"], error["status"]) == (413, "INVALID_ARGUMENT")
    assert "bytes" in error["message"]
