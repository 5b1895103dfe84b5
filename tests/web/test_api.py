"""The JSON API over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from importlib import resources

import httpx
import jwt
import pytest

from commentdesk import actions
from commentdesk.services import Services
from tests.conftest import LiveServer, SiteKeys, create_site

CIVIL = "I disagree with the council's plan; the numbers in the report don't add up."
ABUSIVE = "You are a pathetic idiot and a moron, shut up you stupid piece of garbage."


def reader_token(
    site: SiteKeys, sub: str = "reader-1", name: str = "Reader One", **claims: object
) -> str:
    now = int(time.time())
    payload = {"sub": sub, "name": name, "iat": now, "exp": now + 600, **claims}
    return jwt.encode(payload, site.site.jwt_secret, algorithm="HS256")


def post_comment(http: httpx.Client, site: SiteKeys, body: str, **kwargs: object) -> httpx.Response:
    headers = {"Authorization": f"Bearer {reader_token(site)}"}
    headers.update(kwargs.pop("headers", {}))  # type: ignore[arg-type]
    return http.post(
        f"/api/v1/stories/{site.story_id}/comments", json={"body": body, **kwargs}, headers=headers
    )


def test_civil_comment_is_approved_and_shown(http: httpx.Client, site: SiteKeys) -> None:
    response = post_comment(http, site, CIVIL)
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["status"] == "approved", data
    assert data["message"] is None
    assert data["model_version"] and data["policy_version"]
    thread = http.get(f"/api/v1/stories/{site.story_id}/comments").json()
    assert [c["body"] for c in thread["comments"]] == [CIVIL]
    assert thread["comments"][0]["author"] == "Reader One"


def test_abusive_comment_is_not_published_and_says_why(http: httpx.Client, site: SiteKeys) -> None:
    data = post_comment(http, site, ABUSIVE).json()
    assert data["status"] in ("held", "rejected")
    assert data["reasons"] and data["message"]
    thread = http.get(f"/api/v1/stories/{site.story_id}/comments").json()
    assert thread["comments"] == []


def test_the_outcome_names_its_rule_and_the_newsrooms_own_message(
    http: httpx.Client, services: Services, site: SiteKeys
) -> None:
    actions.set_policy(services, site.site.id, """\
rules:
  - {id: links, type: links, action: hold}
  - {id: own, type: regex, pattern: eigene, action: hold, message: Wir lesen das zuerst.}
""")
    civil = post_comment(http, site, CIVIL).json()
    assert civil["reason"] is None and civil["reason_message"] is None
    built_in = post_comment(http, site, "More at https://example.org/report").json()
    assert (built_in["status"], built_in["reason"]) == ("held", "links")
    assert built_in["reason_message"] is None  # the built-in sentence is English
    own = post_comment(http, site, "Meine eigene Meinung.").json()
    assert (own["reason"], own["reason_message"]) == ("own", "Wir lesen das zuerst.")
    # A retry answers from what was stored: the same words.
    again = post_comment(http, site, "Meine eigene Meinung.",
                         headers={"Idempotency-Key": "k-1"}).json()
    retried = post_comment(http, site, "Meine eigene Meinung.",
                           headers={"Idempotency-Key": "k-1"}).json()
    assert retried["id"] == again["id"] and retried["reason_message"] == "Wir lesen das zuerst."


def test_replies_are_threaded(http: httpx.Client, site: SiteKeys) -> None:
    parent = post_comment(http, site, CIVIL).json()
    reply = post_comment(
        http, site, "Which numbers? The budget table seems fine to me.", parent_id=parent["id"]
    ).json()
    assert reply["status"] == "approved"
    thread = http.get(f"/api/v1/stories/{site.story_id}/comments").json()
    assert thread["total"] == 1
    assert [r["id"] for r in thread["comments"][0]["replies"]] == [reply["id"]]


def test_thread_pages_and_sorts(http: httpx.Client, site: SiteKeys) -> None:
    ids = [
        post_comment(http, site, f"Point number {i}: the bus lanes need a trial first.").json()[
            "id"
        ]
        for i in range(5)
    ]
    first = http.get(
        f"/api/v1/stories/{site.story_id}/comments", params={"per_page": 2, "sort": "oldest"}
    ).json()
    second = http.get(
        f"/api/v1/stories/{site.story_id}/comments",
        params={"per_page": 2, "page": 2, "sort": "oldest"},
    ).json()
    assert [c["id"] for c in first["comments"] + second["comments"]] == ids[:4]
    newest = http.get(f"/api/v1/stories/{site.story_id}/comments").json()
    assert newest["comments"][0]["id"] == ids[-1]
    assert first["total"] == 5


def test_an_unchanged_thread_page_answers_304(http: httpx.Client, site: SiteKeys) -> None:
    path = f"/api/v1/stories/{site.story_id}/comments"
    first = post_comment(http, site, CIVIL).json()
    page = http.get(path)
    etag = page.headers["etag"]
    assert page.status_code == 200 and page.headers["cache-control"] == "no-cache"
    assert "Origin" in page.headers["vary"]
    again = http.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    # Weak and listed forms name it too; another page or sort is another tag.
    assert http.get(path, headers={"If-None-Match": f'"x", W/{etag}'}).status_code == 304
    assert http.get(path, params={"sort": "oldest"}).headers["etag"] != etag

    # Anything a reader would see change changes the tag: a new comment...
    second = post_comment(http, site, "The survey in the second chart had 40 people in it.")
    assert second.json()["status"] == "approved"
    changed = http.get(path, headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert [c["id"] for c in changed.json()["comments"]] == [second.json()["id"], first["id"]]
    # ...and its removal brings back the very page, and tag, readers had.
    removed = http.post(
        f"/api/v1/moderation/comments/{second.json()['id']}/reject",
        json={"reason": "duplicate"},
        headers=site.headers("moderator"),
    )
    assert removed.status_code == 200
    assert http.get(path, headers={"If-None-Match": etag}).status_code == 304


def test_idempotency_key_creates_one_comment_under_50_concurrent_copies(
    live: LiveServer, site: SiteKeys
) -> None:
    headers = {"Authorization": f"Bearer {reader_token(site)}", "Idempotency-Key": "abc-123"}

    def send(_: int) -> httpx.Response:
        with live.client() as client:
            return client.post(
                f"/api/v1/stories/{site.story_id}/comments", json={"body": CIVIL}, headers=headers
            )

    with ThreadPoolExecutor(max_workers=50) as pool:
        responses = list(pool.map(send, range(50)))
    assert all(r.status_code in (200, 201) for r in responses), [r.text for r in responses]
    assert len({r.json()["id"] for r in responses}) == 1
    assert sum(r.status_code == 201 for r in responses) == 1
    with live.client() as client:
        queue = client.get(
            "/api/v1/moderation/queue", params={"queue": "all"}, headers=site.headers("moderator")
        ).json()
    assert queue["total"] == 1


def test_a_used_idempotency_key_with_another_comment_is_a_422(
    http: httpx.Client, site: SiteKeys
) -> None:
    headers = {"Authorization": f"Bearer {reader_token(site)}", "Idempotency-Key": "k-422"}
    path = f"/api/v1/stories/{site.story_id}/comments"
    assert http.post(path, json={"body": CIVIL}, headers=headers).status_code == 201
    assert http.post(path, json={"body": CIVIL}, headers=headers).status_code == 200
    reused = http.post(path, json={"body": CIVIL + " And more."}, headers=headers)
    assert reused.status_code == 422
    assert reused.json()["error"]["field"] == "Idempotency-Key"


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b"{not json", 400, "malformed_json"),
        (b'{"body": "caf\xc3"}', 400, None),
        (b'{"body": "a\\u0000b"}', 422, "invalid_input"),
        (b"{}", 422, "invalid_input"),
        (b'{"body": 5}', 422, "invalid_input"),
        (b'{"body": ["x"]}', 422, "invalid_input"),
        (b'{"body": ""}', 422, "invalid_input"),
        (b'{"body": "   \\n\\t "}', 422, "invalid_input"),
        (b'{"body": "ok", "surprise": 1}', 422, "invalid_input"),
        (b'{"body": "ok", "parent_id": "x"}', 422, "invalid_input"),
        (b"[]", 422, "invalid_input"),
    ],
)
def test_bad_input_gets_a_clear_4xx(
    http: httpx.Client, site: SiteKeys, body: bytes, status: int, code: str | None
) -> None:
    response = http.post(
        f"/api/v1/stories/{site.story_id}/comments",
        content=body,
        headers={"content-type": "application/json"},
    )
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["message"]
    if code:
        assert error["code"] == code


def test_size_limits(http: httpx.Client, site: SiteKeys) -> None:
    too_long = post_comment(http, site, "a" * 10_001)
    assert too_long.status_code == 422
    assert "10000" in too_long.json()["error"]["message"]
    # A widget in another language says it in its own words, from these.
    assert too_long.json()["error"]["reason"] == "too_long"
    assert too_long.json()["error"]["params"] == {"length": 10_001, "limit": 10_000}
    assert post_comment(http, site, "word " * 1999).status_code == 201
    huge = http.post(
        f"/api/v1/stories/{site.story_id}/comments",
        content=b'{"body": "' + b"a" * 70_000 + b'"}',
        headers={"content-type": "application/json"},
    )
    assert huge.status_code == 413
    assert huge.json()["error"]["code"] == "request_too_large"
    # A policy document outgrows a comment's limit (the default policy alone
    # is near it), and its paths take a larger one: stored here, not refused.
    packaged = resources.files("commentdesk.policy").joinpath("default.yaml")
    document = packaged.read_text("utf-8") + "\n# padding\n" * 4_000
    assert len(document.encode()) > 70_000
    stored = http.put(
        "/api/v1/policies/site", json={"document": document}, headers=site.headers("admin")
    )
    assert stored.status_code == 200, stored.text
    too_big = http.put(
        "/api/v1/policies/site",
        content=b'{"document": "' + b"#" * 1_100_000 + b'"}',
        headers={"content-type": "application/json", **site.headers("admin")},
    )
    assert too_big.status_code == 413


def test_unknown_story_closed_story_and_foreign_parent(
    http: httpx.Client, site: SiteKeys, services: Services
) -> None:
    assert post_comment(http, site, CIVIL).status_code == 201
    missing = http.post("/api/v1/stories/999999/comments", json={"body": CIVIL})
    assert missing.status_code == 404
    other = http.post(
        "/api/v1/stories",
        headers=site.headers("integration"),
        json={"external_id": "other", "title": "Other"},
    ).json()
    parent = post_comment(http, site, CIVIL).json()
    foreign = http.post(
        f"/api/v1/stories/{other['id']}/comments", json={"body": CIVIL, "parent_id": parent["id"]}
    )
    assert foreign.status_code == 422
    assert foreign.json()["error"]["field"] == "parent_id"
    assert foreign.json()["error"]["reason"] == "reply_elsewhere"
    closed = http.patch(
        f"/api/v1/stories/{site.story_id}",
        json={"is_open": False},
        headers=site.headers("moderator"),
    )
    assert closed.status_code == 200
    refused = post_comment(http, site, CIVIL)
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "conflict"
    assert refused.json()["error"]["reason"] == "story_closed"


def test_bodies_are_plain_text(http: httpx.Client, site: SiteKeys) -> None:
    payload = 'Look <img src=x onerror=alert(1)> & <b>bold</b> "quoted"'
    post_comment(http, site, payload)
    thread = http.get(f"/api/v1/stories/{site.story_id}/comments")
    assert thread.headers["content-type"].startswith("application/json")
    assert thread.headers["x-content-type-options"] == "nosniff"
    bodies = [c["body"] for c in thread.json()["comments"]]
    assert bodies == [payload]


def test_reader_tokens_are_checked(http: httpx.Client, site: SiteKeys) -> None:
    url = f"/api/v1/stories/{site.story_id}/comments"
    now = int(time.time())
    bad_tokens = {
        "wrong secret": jwt.encode(
            {"sub": "x", "exp": now + 60}, "not-the-secret" * 3, algorithm="HS256"
        ),
        "expired": jwt.encode(
            {"sub": "x", "exp": now - 3600}, site.site.jwt_secret, algorithm="HS256"
        ),
        "no exp": jwt.encode({"sub": "x"}, site.site.jwt_secret, algorithm="HS256"),
        "alg none": jwt.encode({"sub": "x", "exp": now + 60}, None, algorithm="none"),
        # Text no database keeps: refused at sign-in, not a 500 at the author's insert.
        "unstorable name": jwt.encode(
            {"sub": "x", "name": "A\ud800", "exp": now + 60}, site.site.jwt_secret, "HS256"
        ),
        "unstorable sub": jwt.encode(
            {"sub": "x\x00y", "exp": now + 60}, site.site.jwt_secret, algorithm="HS256"
        ),
        "long lived": jwt.encode(
            {"sub": "x", "iat": now, "exp": now + 86400 * 30},
            site.site.jwt_secret,
            algorithm="HS256",
        ),
    }
    for label, token in bad_tokens.items():
        response = http.post(
            url, json={"body": CIVIL}, headers={"Authorization": f"Bearer {token}"}
        )
        assert response.status_code == 401, label
        reason = "token_expired" if label == "expired" else "token_invalid"
        assert response.json()["error"]["reason"] == reason, label


def test_readers_cannot_impersonate(http: httpx.Client, site: SiteKeys) -> None:
    response = http.post(
        f"/api/v1/stories/{site.story_id}/comments",
        json={"body": CIVIL, "author": {"id": "editor", "name": "Editor"}},
    )
    assert response.status_code == 403


def test_roles_and_site_isolation(http: httpx.Client, site: SiteKeys, services: Services) -> None:
    other = create_site(services)
    mine = post_comment(http, site, ABUSIVE).json()
    queue = "/api/v1/moderation/queue"
    assert http.get(queue).status_code == 401
    assert http.get(queue, headers={"X-API-Key": "cdk_nope_nope"}).status_code == 401
    assert http.get(queue, headers=site.headers("integration")).status_code == 403
    assert http.get(queue, headers=site.headers("moderator")).status_code == 200
    # Another site's key sees nothing of this site and can change nothing.
    assert http.get(queue, headers=other.headers("admin")).json()["total"] == 0
    assert (
        http.get(queue, params={"site": site.site.slug}, headers=other.headers("admin")).status_code
        == 403
    )
    foreign = other.headers("admin")
    assert (
        http.post(f"/api/v1/moderation/comments/{mine['id']}/approve", headers=foreign).status_code
        == 404
    )
    assert http.get(f"/api/v1/moderation/comments/{mine['id']}", headers=foreign).status_code == 404
    assert (
        http.get(f"/api/v1/moderation/comments/{mine['id']}/audit", headers=foreign).status_code
        == 404
    )
    assert http.get(f"/api/v1/stories/{site.story_id}", headers=foreign).status_code == 404
    assert (
        http.put(
            "/api/v1/policies/site",
            headers=site.headers("moderator"),
            json={"document": "rules: []"},
        ).status_code
        == 403
    )


def test_moderation_flow_is_audited(http: httpx.Client, site: SiteKeys) -> None:
    comment = post_comment(http, site, ABUSIVE).json()
    mod = site.headers("moderator")
    held = http.get(
        "/api/v1/moderation/queue", params={"queue": "all", "text": "idiot"}, headers=mod
    ).json()
    assert [c["id"] for c in held["items"]] == [comment["id"]]
    card = held["items"][0]
    assert set(card["scores"]) >= {"TOXICITY", "INSULT"}
    assert card["reasons"]
    approved = http.post(
        f"/api/v1/moderation/comments/{comment['id']}/approve",
        json={"reason": "satire, in context"},
        headers=mod,
    )
    assert approved.json()["status"] == "approved"
    trail = http.get(f"/api/v1/moderation/comments/{comment['id']}/audit", headers=mod).json()
    steps = [(e["action"], e["actor"], e["old_state"], e["new_state"]) for e in trail["items"]]
    assert steps[0][:2] == ("submit", None)
    assert steps[-1] == ("approve", "key:moderator", comment["status"], "approved")
    assert trail["items"][0]["model_version"] and trail["items"][0]["policy_version"]


def test_bulk_decisions(http: httpx.Client, site: SiteKeys) -> None:
    ids = [post_comment(http, site, f"{CIVIL} ({i})").json()["id"] for i in range(3)]
    mod = site.headers("moderator")
    response = http.post(
        "/api/v1/moderation/decisions",
        json={"ids": ids, "action": "reject", "reason": "off-topic"},
        headers=mod,
    )
    assert response.status_code == 200
    assert {c["status"] for c in response.json()["items"]} == {"rejected"}
    rejected = http.get(
        "/api/v1/moderation/queue", params={"queue": "rejected"}, headers=mod
    ).json()
    assert rejected["total"] == 3
    missing = http.post(
        "/api/v1/moderation/decisions",
        json={"ids": [ids[0], 10**9], "action": "approve"},
        headers=mod,
    )
    assert missing.status_code == 404


def test_author_actions(http: httpx.Client, site: SiteKeys) -> None:
    comment = post_comment(http, site, CIVIL).json()
    mod = site.headers("moderator")
    author_id = http.get(f"/api/v1/moderation/comments/{comment['id']}", headers=mod).json()[
        "author_id"
    ]
    url = f"/api/v1/moderation/authors/{author_id}/actions"
    assert (
        http.post(url, json={"action": "note", "note": "argues in good faith"}, headers=mod)
        .json()["notes"]
        .endswith("argues in good faith")
    )
    suspended = http.post(url, json={"action": "suspend", "hours": 24}, headers=mod).json()
    assert suspended["status"] == "suspended" and suspended["suspended_until"]
    banned = http.post(url, json={"action": "ban"}, headers=mod).json()
    assert banned["status"] == "banned"
    after_ban = post_comment(http, site, "Another perfectly polite comment about buses.")
    assert after_ban.json()["status"] == "rejected"
    trail = http.get(f"/api/v1/moderation/authors/{author_id}/audit", headers=mod).json()
    assert [e["action"] for e in trail["items"]] == ["note", "suspend", "ban"]
    record = http.get(f"/api/v1/moderation/authors/{author_id}", headers=mod).json()
    assert record["approved_count"] == 1 and record["rejected_count"] == 1


def test_erasure_is_for_admin_and_integration_keys_of_the_site(
    http: httpx.Client, site: SiteKeys, services: Services
) -> None:
    comment = post_comment(http, site, CIVIL).json()
    author_id = http.get(
        f"/api/v1/moderation/comments/{comment['id']}", headers=site.headers("moderator")
    ).json()["author_record"]["id"]
    by_id = f"/api/v1/moderation/authors/{author_id}/erase"
    by_host = {"external_id": "reader-1"}
    assert http.post(by_id, headers=site.headers("moderator")).status_code == 403
    assert http.post("/api/v1/authors/erase", json=by_host).status_code == 401
    other = create_site(services)
    assert http.post(by_id, headers=other.headers("integration")).status_code == 404
    assert (
        http.post("/api/v1/authors/erase", json=by_host, headers=other.headers()).status_code == 404
    )
    assert http.get(f"/api/v1/stories/{site.story_id}/comments").json()["total"] == 1

    done = http.post("/api/v1/authors/erase", json=by_host, headers=site.headers("integration"))
    assert done.status_code == 200, done.text
    expected = {"author_id": author_id, "status": "erased", "comments": 1, "withdrawn": 1}
    assert done.json() == expected
    assert http.get(f"/api/v1/stories/{site.story_id}/comments").json()["total"] == 0
    record = http.get(
        f"/api/v1/moderation/authors/{author_id}", headers=site.headers("moderator")
    ).json()
    assert record["status"] == "erased" and record["display_name"] == ""
    assert [c["body"] for c in record["recent_comments"]] == [""]
    assert http.post(by_id, headers=site.headers()).status_code == 404


def test_a_reader_gets_a_copy_of_what_is_stored_about_them(
    http: httpx.Client, site: SiteKeys, services: Services
) -> None:
    comment = post_comment(http, site, CIVIL).json()
    token = reader_token(site)
    edited = "The council's figures are wrong by a factor of two, see the annex."
    http.patch(
        f"/api/v1/comments/{comment['id']}",
        json={"body": edited},
        headers={"Authorization": f"Bearer {token}"},
    )
    ask = {"external_id": "reader-1"}
    assert (
        http.post("/api/v1/authors/export", json=ask, headers=site.headers("moderator")).status_code
        == 403
    )
    other = create_site(services)
    assert http.post("/api/v1/authors/export", json=ask, headers=other.headers()).status_code == 404
    copy = http.post("/api/v1/authors/export", json=ask, headers=site.headers("integration"))
    assert copy.status_code == 200, copy.text
    data = copy.json()
    assert data["author"]["display_name"] == "Reader One"
    [item] = data["comments"]
    assert item["body"] == edited and item["story"]["url"] == "https://news.example/a"
    assert [v["body"] for v in item["earlier_versions"]] == [CIVIL]
    assert "ip_hash" not in item


def test_reports_fill_the_reported_queue(http: httpx.Client, site: SiteKeys) -> None:
    comment = post_comment(http, site, CIVIL).json()
    response = http.post(f"/api/v1/comments/{comment['id']}/reports", json={"reason": "spam"})
    assert response.status_code == 201 and response.json()["reports"] == 1
    reported = http.get(
        "/api/v1/moderation/queue", params={"queue": "reported"}, headers=site.headers("moderator")
    ).json()
    assert [c["id"] for c in reported["items"]] == [comment["id"]]
    assert http.post("/api/v1/comments/999999/reports", json={}).status_code == 404


def test_author_can_edit_and_history_is_kept(http: httpx.Client, site: SiteKeys) -> None:
    comment = post_comment(http, site, CIVIL).json()
    token = reader_token(site)
    edited = http.patch(
        f"/api/v1/comments/{comment['id']}",
        json={"body": ABUSIVE},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert edited.status_code == 200
    assert edited.json()["status"] in ("held", "rejected")
    other = reader_token(site, sub="someone-else")
    assert (
        http.patch(
            f"/api/v1/comments/{comment['id']}",
            json={"body": CIVIL},
            headers={"Authorization": f"Bearer {other}"},
        ).status_code
        == 404
    )
    record = http.get(
        f"/api/v1/moderation/comments/{comment['id']}", headers=site.headers("moderator")
    ).json()
    assert [e["old_body"] for e in record["edits"]] == [CIVIL]


def test_featured_comments(http: httpx.Client, site: SiteKeys, services: Services) -> None:
    path = f"/api/v1/stories/{site.story_id}/comments"
    ids = [
        post_comment(http, site, f"Point {i}: the consultation ran for only two weeks.").json()[
            "id"
        ]
        for i in range(3)
    ]
    reply = post_comment(http, site, "Two weeks over the summer, too.", parent_id=ids[0]).json()
    held = post_comment(http, site, ABUSIVE).json()
    mod = site.headers("moderator")

    def feature(comment_id: int, verb: str = "feature", **headers: str) -> httpx.Response:
        return http.post(
            f"/api/v1/moderation/comments/{comment_id}/{verb}", headers=headers or mod
        )

    assert feature(ids[1], **site.headers("integration")).status_code == 403
    assert feature(ids[1], **create_site(services).headers("moderator")).status_code == 404
    assert feature(held["id"]).status_code == 409
    assert feature(ids[1]).json()["featured_at"]
    assert feature(reply["id"]).status_code == 200
    assert feature(reply["id"]).status_code == 200  # again: nothing changes

    picks = http.get(path, params={"sort": "featured"}).json()
    assert [c["id"] for c in picks["comments"]] == [reply["id"], ids[1]]
    queue = http.get("/api/v1/moderation/queue", params={"queue": "featured"}, headers=mod)
    assert sorted(c["id"] for c in queue.json()["items"]) == sorted([reply["id"], ids[1]])
    assert picks["total"] == 2 and all(c["featured"] for c in picks["comments"])
    thread = http.get(path).json()
    flags = {c["id"]: c["featured"] for c in thread["comments"]}
    assert flags == {ids[2]: False, ids[1]: True, ids[0]: False}
    assert thread["comments"][-1]["replies"][0]["featured"] is True

    # A pick that is removed stops being one, and a pick can be withdrawn.
    http.post(f"/api/v1/moderation/comments/{ids[1]}/reject", headers=mod)
    assert feature(reply["id"], "unfeature").json()["featured_at"] is None
    assert http.get(path, params={"sort": "featured"}).json()["comments"] == []
    http.post(f"/api/v1/moderation/comments/{ids[1]}/approve", headers=mod)
    assert http.get(path, params={"sort": "featured"}).json()["total"] == 0
    trail = http.get(f"/api/v1/moderation/comments/{reply['id']}/audit", headers=mod).json()
    assert [e["action"] for e in trail["items"]][-2:] == ["feature", "unfeature"]


def test_a_link_to_a_comment_finds_its_thread(
    http: httpx.Client, site: SiteKeys, services: Services
) -> None:
    root = post_comment(http, site, CIVIL).json()
    reply = post_comment(http, site, "Which page of the report?", parent_id=root["id"]).json()
    held = post_comment(http, site, ABUSIVE).json()
    found = http.get(f"/api/v1/comments/{reply['id']}/thread")
    assert found.status_code == 200, found.text
    body = found.json()
    assert body["story_id"] == site.story_id and body["comment_id"] == reply["id"]
    assert body["thread"]["id"] == root["id"] and body["thread"]["body"] == CIVIL
    assert [r["id"] for r in body["thread"]["replies"]] == [reply["id"]]
    assert http.get(f"/api/v1/comments/{held['id']}/thread").status_code == 404
    foreign = create_site(services).headers("integration")
    assert http.get(f"/api/v1/comments/{reply['id']}/thread", headers=foreign).status_code == 404
    # The reply stays reachable under its removed parent's tombstone.
    http.post(f"/api/v1/moderation/comments/{root['id']}/reject", headers=site.headers())
    tomb = http.get(f"/api/v1/comments/{reply['id']}/thread").json()["thread"]
    assert tomb["removed"] is True and tomb["body"] == "" and tomb["author"] is None
    assert http.get(f"/api/v1/comments/{root['id']}/thread").status_code == 404


def test_author_can_delete_their_comment(http: httpx.Client, site: SiteKeys) -> None:
    comment = post_comment(http, site, CIVIL).json()
    path = f"/api/v1/comments/{comment['id']}"
    other = {"Authorization": f"Bearer {reader_token(site, sub='someone-else')}"}
    assert http.delete(path).status_code == 401
    assert http.delete(path, headers=other).status_code == 404
    mine = {"Authorization": f"Bearer {reader_token(site)}"}
    gone = http.delete(path, headers=mine)
    assert gone.status_code == 200 and gone.json() == {"id": comment["id"], "status": "deleted"}
    assert http.get(f"/api/v1/stories/{site.story_id}/comments").json()["total"] == 0
    record = http.get(
        f"/api/v1/moderation/comments/{comment['id']}", headers=site.headers("moderator")
    ).json()
    assert record["body"] == "" and record["status"] == "rejected"
    assert record["reasons"][0]["message"] == "deleted by its author"
    assert http.delete(path, headers=mine).status_code == 404


def test_openapi_document(http: httpx.Client) -> None:
    doc = http.get("/openapi.json").json()
    assert "/api/v1/stories/{story_id}/comments" in doc["paths"]
    assert "/api/v1/moderation/queue" in doc["paths"]


def _bearer(site: SiteKeys, sub: str = "reader-1") -> dict[str, str]:
    return {"Authorization": f"Bearer {reader_token(site, sub=sub)}"}


def test_signed_in_readers_like_comments(
    http: httpx.Client, site: SiteKeys, services: Services
) -> None:
    comment = post_comment(http, site, CIVIL).json()  # by reader-1
    like = f"/api/v1/comments/{comment['id']}/like"
    mine = f"/api/v1/stories/{site.story_id}/likes/mine"

    anonymous = http.post(like)
    assert anonymous.status_code == 401
    assert anonymous.json()["error"]["code"] == "unauthorized"
    assert anonymous.json()["error"]["reason"] == "signed_out"
    assert http.get(mine).status_code == 401
    # A key is not a reader, and another site's token is not this site's reader.
    assert http.post(like, headers=site.headers("integration")).status_code == 401
    other = create_site(services)
    assert http.post(like, headers=_bearer(other, "ana")).status_code == 401
    assert http.post("/api/v1/comments/999999/like", headers=_bearer(site)).status_code == 404

    own = http.post(like, headers=_bearer(site))
    assert own.status_code == 409
    assert own.json()["error"]["message"] == "you cannot like your own comment"
    assert own.json()["error"]["reason"] == "own_comment"

    for _ in range(2):  # liking again changes nothing
        liked = http.post(like, headers=_bearer(site, "ana"))
        assert liked.status_code == 200, liked.text
        assert liked.json() == {"comment_id": comment["id"], "liked": True, "likes": 1}
    assert http.post(like, headers=_bearer(site, "bob")).json()["likes"] == 2
    [shown] = http.get(f"/api/v1/stories/{site.story_id}/comments").json()["comments"]
    assert shown["likes"] == 2
    linked = http.get(f"/api/v1/comments/{comment['id']}/thread").json()
    assert linked["thread"]["likes"] == 2

    mine_now = http.get(mine, headers=_bearer(site, "ana"))
    assert mine_now.status_code == 200
    assert mine_now.headers["cache-control"] == "no-store"
    assert mine_now.json()["comment_ids"] == [comment["id"]]
    writer = http.get(mine, headers=_bearer(site)).json()
    assert writer["comment_ids"] == [] and writer["own_comment_ids"] == [comment["id"]]

    unliked = http.delete(like, headers=_bearer(site, "ana"))
    assert unliked.json() == {"comment_id": comment["id"], "liked": False, "likes": 1}
    assert http.delete(like, headers=_bearer(site, "ana")).json()["likes"] == 1
    assert http.get(mine, headers=_bearer(site, "ana")).json()["comment_ids"] == []
    assert http.delete(like).status_code == 401

    # A held comment is not there to like; a banned reader may not like.
    held = post_comment(http, site, ABUSIVE).json()
    assert held["status"] != "approved"
    refused = http.post(f"/api/v1/comments/{held['id']}/like", headers=_bearer(site, "ana"))
    assert refused.status_code == 404 and refused.json()["error"]["code"] == "not_found"
    ana = actions.find_author(services, site.site.id, "ana")
    http.post(
        f"/api/v1/moderation/authors/{ana.id}/actions",
        json={"action": "ban"},
        headers=site.headers("moderator"),
    )
    banned = http.post(like, headers=_bearer(site, "ana"))
    assert banned.status_code == 403 and banned.json()["error"]["code"] == "forbidden"


def test_sort_by_likes_and_the_etag_follows_the_counts(http: httpx.Client, site: SiteKeys) -> None:
    path = f"/api/v1/stories/{site.story_id}/comments"
    ids = [
        post_comment(http, site, f"Point {i}: the bus lanes need a trial first.").json()["id"]
        for i in range(4)
    ]
    reply = post_comment(http, site, "A reply, liked but not at the top.", parent_id=ids[0])
    http.post(f"/api/v1/comments/{reply.json()['id']}/like", headers=_bearer(site, "zed"))
    for who in ("ana", "bob"):
        http.post(f"/api/v1/comments/{ids[1]}/like", headers=_bearer(site, who))
    page = http.get(path, params={"sort": "liked", "per_page": 2})
    assert page.status_code == 200
    etag = page.headers["etag"]
    first = page.json()
    assert first["sort"] == "liked" and first["total"] == 4
    # Most liked first, then the rest newest first, page after page.
    second = http.get(path, params={"sort": "liked", "per_page": 2, "page": 2}).json()
    listed = [(c["id"], c["likes"]) for c in first["comments"] + second["comments"]]
    assert listed == [(ids[1], 2), (ids[3], 0), (ids[2], 0), (ids[0], 0)]
    assert second["comments"][1]["replies"][0]["likes"] == 1

    unchanged = {"If-None-Match": etag}
    params = {"sort": "liked", "per_page": 2}
    assert http.get(path, params=params, headers=unchanged).status_code == 304
    http.post(f"/api/v1/comments/{ids[1]}/like", headers=_bearer(site, "cas"))
    changed = http.get(path, params=params, headers=unchanged)
    assert changed.status_code == 200 and changed.headers["etag"] != etag
    assert changed.json()["comments"][0]["likes"] == 3
    # The count going back brings back the very page, and tag.
    http.delete(f"/api/v1/comments/{ids[1]}/like", headers=_bearer(site, "cas"))
    assert http.get(path, params=params, headers=unchanged).status_code == 304


def test_a_site_for_signed_in_readers_refuses_anonymous_comments_unstored(
    http: httpx.Client, site: SiteKeys, services: Services
) -> None:
    from commentdesk.store import sites as site_store

    with services.store.write() as conn:
        site_store.update(conn, site.site.id, sign_in_required=True)
    path = f"/api/v1/stories/{site.story_id}/comments"
    anonymous = http.post(path, json={"body": CIVIL})
    assert anonymous.status_code == 401
    assert "sign in" in anonymous.json()["error"]["message"]
    assert http.get(path).json()["sign_in_required"] is True
    queue = http.get(
        "/api/v1/moderation/queue", params={"queue": "all"}, headers=site.headers("moderator")
    ).json()
    assert queue["items"] == []  # refused, not held: nothing was stored
    token = reader_token(site)
    signed = http.post(path, json={"body": CIVIL}, headers={"Authorization": f"Bearer {token}"})
    assert signed.status_code == 201
    # The newsroom's own systems still post on a reader's behalf.
    on_behalf = http.post(
        path,
        json={"body": "The costs were in the annex.", "author": {"id": "r-7", "name": "R"}},
        headers=site.headers("integration"),
    )
    assert on_behalf.status_code == 201


def test_the_newsroom_answers_readers_in_the_thread(
    http: httpx.Client, site: SiteKeys, services: Services
) -> None:
    from commentdesk.store import sites as site_store

    with services.store.write() as conn:
        site_store.update(conn, site.site.id, webhook_urls=["http://127.0.0.1:9/hook"])
    asked = post_comment(http, site, "When will the bridge reopen?").json()
    path = f"/api/v1/moderation/stories/{site.story_id}/comments"
    answer = {"body": "It reopens on 4 May, says the council.", "parent_id": asked["id"]}
    assert http.post(path, json=answer).status_code == 401
    assert http.post(path, json=answer, headers=site.headers("integration")).status_code == 403
    other = create_site(services)
    assert http.post(path, json=answer, headers=other.headers("moderator")).status_code == 404
    posted = http.post(path, json={**answer, "byline": "Ana, city desk"},
                       headers=site.headers("moderator"))
    assert posted.status_code == 201 and posted.json()["status"] == "approved"
    # Also when the story is closed: the newsroom may say why it closed.
    http.patch(f"/api/v1/stories/{site.story_id}", json={"is_open": False},
               headers=site.headers("moderator"))
    closing = http.post(path, json={"body": "Comments are closed for the night."},
                        headers=site.headers("moderator"))
    assert closing.status_code == 201
    thread = http.get(f"/api/v1/stories/{site.story_id}/comments").json()["comments"]
    by_id = {c["id"]: c for c in thread}
    [reply] = by_id[asked["id"]]["replies"]
    assert reply["author"] == "Ana, city desk" and reply["staff"] is True
    assert by_id[asked["id"]]["staff"] is False
    assert by_id[closing.json()["id"]]["author"] == site.site.name
    # Readers cannot claim the byline: the field does not exist for them.
    claimed = http.post(
        f"/api/v1/stories/{site.story_id}/comments",
        json={"body": "I am staff.", "staff_name": "The Daily"},
    )
    assert claimed.status_code == 422
    record = http.get(f"/api/v1/moderation/comments/{reply['id']}/audit",
                      headers=site.headers("moderator")).json()
    assert record["items"][0]["actor"] == "key:moderator"
    with services.store.read() as conn:
        from commentdesk.store import outbox as outbox_store

        [notice] = [m for m in outbox_store.pending(conn, site.site.id)
                    if m["event"] == "comment.replied"]
    assert notice["payload"]["author_name"] == "Ana, city desk"
    assert notice["payload"]["parent_author_external_id"] == "reader-1"


def test_a_ban_through_the_api_can_take_the_authors_comments_down(
    http: httpx.Client, site: SiteKeys
) -> None:
    posted = post_comment(http, site, CIVIL).json()
    path = f"/api/v1/stories/{site.story_id}/comments"
    assert [c["id"] for c in http.get(path).json()["comments"]] == [posted["id"]]
    record = http.get(f"/api/v1/moderation/comments/{posted['id']}",
                      headers=site.headers("moderator")).json()
    author_id = record["author_id"]
    banned = http.post(f"/api/v1/moderation/authors/{author_id}/actions",
                       json={"action": "ban", "withdraw_comments": True},
                       headers=site.headers("moderator"))
    assert banned.status_code == 200 and banned.json()["status"] == "banned"
    assert http.get(path).json()["comments"] == []
    wrong = http.post(f"/api/v1/moderation/authors/{author_id}/actions",
                      json={"action": "note", "note": "x", "withdraw_comments": True},
                      headers=site.headers("moderator"))
    assert wrong.status_code == 422 and wrong.json()["error"]["field"] == "withdraw"


def test_a_page_shows_a_long_threads_first_replies_and_the_thread_shows_them_all(
    http: httpx.Client, site: SiteKeys, services: Services
) -> None:
    from commentdesk import actions
    from commentdesk.domain import ATTRIBUTES, ScoreResult
    from commentdesk.store.comments import REPLIES_SHOWN

    clean = ScoreResult(scores=dict.fromkeys(ATTRIBUTES, 0.01), spans={}, model_version="t")
    root = post_comment(http, site, CIVIL).json()["id"]
    many = REPLIES_SHOWN + 7
    new = [
        actions.NewComment(site.story_id, f"Reply {i} about the timetable.", parent_id=root,
                           score=clean)
        for i in range(many)
    ]
    first = [r for r in actions.submit_batch(services, [(site.site.id, n) for n in new])]
    assert all(isinstance(r, actions.SubmitResult) for r in first)
    path = f"/api/v1/stories/{site.story_id}/comments"
    [top] = http.get(path).json()["comments"]
    assert top["reply_count"] == many
    shown = [r["body"] for r in top["replies"]]
    assert shown == [f"Reply {i} about the timetable." for i in range(REPLIES_SHOWN)]
    # Each reply names its thread's top-level comment (the widget counts live
    # replies by it); a top-level comment names none.
    assert top["root_id"] is None
    assert {r["root_id"] for r in top["replies"]} == {root}
    whole = http.get(f"/api/v1/comments/{root}/thread").json()["thread"]
    assert len(whole["replies"]) == many and whole["reply_count"] == many
    assert {r["root_id"] for r in whole["replies"]} == {root}


def test_decisions_can_name_the_status_they_expect(http: httpx.Client, site: SiteKeys) -> None:
    held = post_comment(http, site, "The figures: http://example.com/figures").json()
    assert held["status"] == "held"
    mod = site.headers("moderator")
    decisions = "/api/v1/moderation/decisions"
    ok = http.post(decisions, json={"ids": [held["id"]], "action": "approve",
                                    "expected": {str(held["id"]): "held"}}, headers=mod)
    assert ok.status_code == 200 and ok.json()["items"][0]["status"] == "approved"
    # A tool that still believes it held is refused, and told who moved it.
    late = http.post(decisions, json={"ids": [held["id"]], "action": "reject",
                                      "expected": {str(held["id"]): "held"}}, headers=mod)
    assert late.status_code == 409
    assert late.json()["error"]["message"].startswith(f"comment {held['id']} is approved now (by ")
    one = http.post(f"/api/v1/moderation/comments/{held['id']}/reject",
                    json={"expected": "held"}, headers=mod)
    assert one.status_code == 409
    assert http.post(f"/api/v1/moderation/comments/{held['id']}/reject",
                     json={"expected": "approved"}, headers=mod).json()["status"] == "rejected"
    bad = http.post(decisions, json={"ids": [held["id"]], "action": "hold",
                                     "expected": {str(held["id"]): "maybe"}}, headers=mod)
    assert bad.status_code == 422


def test_a_queue_can_put_the_clearest_cases_first(
    http: httpx.Client, site: SiteKeys, services: Services
) -> None:
    from commentdesk.domain import ATTRIBUTES, ScoreResult

    def held(text: str, toxicity: float, insult: float) -> int:
        scores = dict.fromkeys(ATTRIBUTES, 0.01) | {"TOXICITY": toxicity, "INSULT": insult}
        new = actions.NewComment(site.story_id, text,
                                 score=ScoreResult(scores=scores, spans={}, model_version="t"))
        return actions.submit(services, site.site.id, new).comment.id

    mild, worst, middling = held("a", 0.2, 0.9), held("b", 0.9, 0.1), held("c", 0.5, 0.5)
    queue, mod = "/api/v1/moderation/queue", site.headers("moderator")

    def ids(**params: str) -> list[int]:
        found = http.get(queue, params={"queue": "all", **params}, headers=mod)
        assert found.status_code == 200, found.text
        return [item["id"] for item in found.json()["items"]]

    assert ids() == [middling, worst, mild]  # browsing everything: newest first
    assert ids(order="oldest") == [mild, worst, middling]
    assert ids(order="score") == [worst, middling, mild]  # TOXICITY, highest first
    assert ids(order="score", attribute="INSULT") == [mild, middling, worst]
    assert http.get(queue, params={"order": "loudest"}, headers=mod).status_code == 422


def test_only_integration_and_admin_keys_post_on_a_readers_behalf(
    http: httpx.Client, site: SiteKeys
) -> None:
    path = f"/api/v1/stories/{site.story_id}/comments"
    as_reader = {"body": CIVIL, "author": {"id": "reader-9", "name": "Reader Nine"}}
    # A moderator answers as the newsroom, under its byline; putting words in a
    # reader's name is the host site's (its integration's) call alone.
    refused = http.post(path, json=as_reader, headers=site.headers("moderator"))
    assert refused.status_code == 403, refused.text
    queue = http.get(
        "/api/v1/moderation/queue", params={"queue": "all"}, headers=site.headers("moderator")
    ).json()
    assert queue["items"] == []
    # Without naming anyone, a moderator's key still posts (as itself, unnamed).
    unnamed = http.post(path, json={"body": CIVIL}, headers=site.headers("moderator"))
    assert unnamed.status_code == 201
    for role in ("integration", "admin"):
        done = http.post(path, json=as_reader, headers=site.headers(role))
        assert done.status_code == 201, (role, done.text)
        record = http.get(
            f"/api/v1/moderation/comments/{done.json()['id']}", headers=site.headers("moderator")
        ).json()
        assert record["author_record"]["external_id"] == "reader-9"
