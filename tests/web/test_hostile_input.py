"""Text no database can keep (NUL, lone surrogates) and JSON Python reads but
cannot parse, over real HTTP on SQLite and PostgreSQL: each is a 4xx that
names the field and the problem, and nothing is stored."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import SiteKeys
from tests.web.test_api import CIVIL, reader_token

# As a client's JSON encoder writes them: escapes, not raw bytes.
SURROGATE = "\\ud800"
NUL = "\\u0000"


def _post(http: httpx.Client, path: str, raw: str, headers: dict[str, str]) -> httpx.Response:
    return http.post(
        path, content=raw.encode(), headers={"content-type": "application/json", **headers}
    )


def _all_comments(http: httpx.Client, site: SiteKeys) -> int:
    queue = http.get(
        "/api/v1/moderation/queue", params={"queue": "all"}, headers=site.headers("moderator")
    )
    return int(queue.json()["total"])


def _refused(response: httpx.Response, field: str, problem: str) -> None:
    assert response.status_code == 422, response.text
    message = response.json()["error"]["message"]
    assert message.startswith(field) and problem in message, message


@pytest.mark.parametrize(
    ("raw", "field", "problem"),
    [
        pytest.param(f'{{"body": "hi {SURROGATE} there"}}', "body", "surrogate", id="body"),
        pytest.param(
            f'{{"body": "{CIVIL}", "author": {{"id": "r1", "name": "A{NUL}"}}}}',
            "author.name",
            "NUL",
            id="author-nul",
        ),
        pytest.param(
            f'{{"body": "{CIVIL}", "author": {{"id": "r{NUL}", "name": "A"}}}}',
            "author.id",
            "NUL",
            id="author-id-nul",
        ),
    ],
)
def test_a_comment_no_database_can_keep_is_refused_unstored(
    http: httpx.Client, site: SiteKeys, raw: str, field: str, problem: str
) -> None:
    path = f"/api/v1/stories/{site.story_id}/comments"
    _refused(_post(http, path, raw, site.headers("integration")), field, problem)
    assert _all_comments(http, site) == 0


def test_the_newsroom_and_an_edit_refuse_a_lone_surrogate(
    http: httpx.Client, site: SiteKeys
) -> None:
    newsroom = _post(
        http,
        f"/api/v1/moderation/stories/{site.story_id}/comments",
        f'{{"body": "Thanks {SURROGATE}"}}',
        site.headers("moderator"),
    )
    _refused(newsroom, "body", "surrogate")
    assert _all_comments(http, site) == 0

    reader = {"Authorization": f"Bearer {reader_token(site)}"}
    posted = http.post(
        f"/api/v1/stories/{site.story_id}/comments", json={"body": CIVIL}, headers=reader
    )
    assert posted.status_code == 201, posted.text
    comment_id = posted.json()["id"]
    edit = http.patch(
        f"/api/v1/comments/{comment_id}",
        content=f'{{"body": "Edited {SURROGATE}"}}'.encode(),
        headers={"content-type": "application/json", **reader},
    )
    _refused(edit, "body", "surrogate")
    record = http.get(
        f"/api/v1/moderation/comments/{comment_id}", headers=site.headers("moderator")
    ).json()
    assert record["body"] == CIVIL and record["edits"] == []


def test_stories_reports_and_erasure_name_the_field_with_a_nul(
    http: httpx.Client, site: SiteKeys
) -> None:
    story = _post(
        http, "/api/v1/stories", f'{{"external_id": "a{NUL}b"}}', site.headers("integration")
    )
    _refused(story, "external_id", "NUL")
    listed = http.get(
        "/api/v1/stories/counts",
        params={"site": site.site.slug, "external_id": "story-1"},
    )
    assert listed.status_code == 200

    posted = http.post(f"/api/v1/stories/{site.story_id}/comments", json={"body": CIVIL})
    comment_id = posted.json()["id"]
    report = _post(http, f"/api/v1/comments/{comment_id}/reports", f'{{"reason": "x{NUL}"}}', {})
    _refused(report, "reason", "NUL")
    reported = http.get(
        "/api/v1/moderation/queue", params={"queue": "reported"}, headers=site.headers("moderator")
    ).json()
    assert reported["total"] == 0

    erase = _post(
        http, "/api/v1/authors/erase", f'{{"external_id": "r{NUL}"}}', site.headers("integration")
    )
    _refused(erase, "external_id", "NUL")


@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        ("/api/v1/stories/lookup", {"site": "SLUG", "external_id": "a\x00"}, "query.external_id"),
        ("/api/v1/stories/counts", {"site": "SLUG", "external_id": "a\x00"}, "query.external_id"),
        ("/api/v1/stories/counts", {"site": "a\x00", "external_id": "a"}, "query.site"),
        ("/api/v1/moderation/queue", {"text": "a\x00"}, "query.text"),
        ("/api/v1/moderation/queue", {"section": "a\x00"}, "query.section"),
    ],
)
def test_a_nul_in_the_query_is_named(
    http: httpx.Client, site: SiteKeys, path: str, params: dict[str, str], field: str
) -> None:
    params = {k: site.site.slug if v == "SLUG" else v for k, v in params.items()}
    response = http.get(path, params=params, headers=site.headers("moderator"))
    _refused(response, field, "NUL")


@pytest.mark.parametrize(
    ("raw", "code", "says"),
    [
        pytest.param(b'{"body": "caf\xc3"}', "invalid_encoding", "not valid UTF-8", id="utf8"),
        pytest.param(
            b'{"body": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
            "malformed_json",
            "nested too deeply",
            id="deep",
        ),
        pytest.param(
            b'{"body": "x", "parent_id": 1' + b"0" * 5_000 + b"}",
            "malformed_json",
            "too many digits",
            id="long-number",
        ),
        pytest.param(
            b'{"body": "x",}',
            "malformed_json",
            "at character 13: Expecting property",
            id="trailing-comma",
        ),
    ],
)
def test_a_body_that_is_not_json_says_why(
    http: httpx.Client, site: SiteKeys, raw: bytes, code: str, says: str
) -> None:
    response = http.post(
        f"/api/v1/stories/{site.story_id}/comments",
        content=raw,
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == code and says in error["message"], error
    assert _all_comments(http, site) == 0
