"""Real answers of the API against the shapes its OpenAPI document gives them.

The models forbid fields they do not describe, so an answer that grows a field
the document does not mention fails here, as does a documented field gone.
"""

from __future__ import annotations

from typing import Any

import httpx
from pydantic import BaseModel

from commentdesk import actions
from commentdesk.services import Services
from commentdesk.web import responses as r
from tests.conftest import SiteKeys
from tests.web.test_api import ABUSIVE, CIVIL, reader_token


def _bearer(site: SiteKeys, sub: str = "reader-1") -> dict[str, str]:
    return {"Authorization": f"Bearer {reader_token(site, sub=sub)}"}


def shaped(model: type[BaseModel], response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    body = response.json()
    model.model_validate(body)
    return body


def test_stories_and_threads_answer_as_documented(
    http: httpx.Client, site: SiteKeys, services: Services
) -> None:
    made = http.post(
        "/api/v1/stories",
        json={"external_id": "budget-2027", "title": "Budget", "closes_at": "2030-01-01T00:00Z"},
        headers=site.headers("integration"),
    )
    story = shaped(r.StoryOut, made, 201)
    shaped(r.StoryOut, http.get(f"/api/v1/stories/{story['id']}"))
    shaped(
        r.StoryOut,
        http.get(
            "/api/v1/stories/lookup", params={"site": site.site.slug, "external_id": "budget-2027"}
        ),
    )
    shaped(
        r.StoryOut,
        http.patch(
            f"/api/v1/stories/{story['id']}",
            json={"premoderated": True},
            headers=site.headers("integration"),
        ),
    )
    counts = http.get(
        "/api/v1/stories/counts",
        params={"site": site.site.slug, "external_id": ["budget-2027", "x"]},
    )
    assert shaped(r.Counts, counts) == {"counts": {"budget-2027": 0, "x": 0}}

    sid = site.story_id
    top = shaped(
        r.Submitted,
        http.post(f"/api/v1/stories/{sid}/comments", json={"body": CIVIL}, headers=_bearer(site)),
        201,
    )
    reply = http.post(
        f"/api/v1/stories/{sid}/comments",
        json={"body": "Which numbers?", "parent_id": top["id"]},
        headers=_bearer(site, "ana"),
    )
    shaped(r.Submitted, reply, 201)
    held = shaped(
        r.Submitted,
        http.post(f"/api/v1/stories/{sid}/comments", json={"body": ABUSIVE}, headers=_bearer(site)),
        201,
    )
    assert held["status"] != "approved" and held["reasons"]  # reasons documented too
    page = shaped(r.ThreadPage, http.get(f"/api/v1/stories/{sid}/comments"))
    assert page["comments"][0]["replies"]  # the nested shape is checked, not just the top
    shaped(r.CommentThread, http.get(f"/api/v1/comments/{top['id']}/thread"))
    # A removed comment that others answered keeps its place: the other shape.
    actions.decide(services, site.site.id, [top["id"]], "reject", actor="moderator:1")
    removed = shaped(r.ThreadPage, http.get(f"/api/v1/stories/{sid}/comments"))
    assert removed["comments"][0]["removed"] is True


def test_readers_answers_are_as_documented(http: httpx.Client, site: SiteKeys) -> None:
    sid = site.story_id
    theirs = http.post(
        f"/api/v1/stories/{sid}/comments", json={"body": CIVIL}, headers=_bearer(site, "walker")
    ).json()
    mine = http.post(
        f"/api/v1/stories/{sid}/comments", json={"body": "Fair point."}, headers=_bearer(site)
    ).json()
    shaped(r.LikeOut, http.post(f"/api/v1/comments/{theirs['id']}/like", headers=_bearer(site)))
    shaped(r.LikeOut, http.delete(f"/api/v1/comments/{theirs['id']}/like", headers=_bearer(site)))
    shaped(
        r.Reported,
        http.post(f"/api/v1/comments/{theirs['id']}/reports", json={"reason": "spam"}),
        201,
    )
    shaped(
        r.HiddenWriterOut,
        http.post(f"/api/v1/comments/{theirs['id']}/ignore", headers=_bearer(site)),
    )
    overlay = shaped(
        r.ReaderOverlay, http.get(f"/api/v1/stories/{sid}/likes/mine", headers=_bearer(site))
    )
    assert overlay["hidden"] and overlay["ignored"] and overlay["own_comment_ids"] == [mine["id"]]
    shaped(
        r.IgnoredList,
        http.get(
            "/api/v1/readers/me/ignored", params={"site": site.site.slug}, headers=_bearer(site)
        ),
    )
    shaped(
        r.Submitted,
        http.patch(f"/api/v1/comments/{mine['id']}", json={"body": "Fair."}, headers=_bearer(site)),
    )
    shaped(r.Deleted, http.delete(f"/api/v1/comments/{mine['id']}", headers=_bearer(site)))


def test_moderators_and_errors_answer_as_documented(http: httpx.Client, site: SiteKeys) -> None:
    sid = site.story_id
    held = http.post(
        f"/api/v1/stories/{sid}/comments", json={"body": ABUSIVE}, headers=_bearer(site)
    ).json()
    mod = site.headers("moderator")
    queue = shaped(
        r.QueuePage, http.get("/api/v1/moderation/queue", params={"queue": "all"}, headers=mod)
    )
    assert queue["items"] and queue["items"][0]["scores"]
    shaped(
        r.ModerationCommentDetail,
        http.get(f"/api/v1/moderation/comments/{held['id']}", headers=mod),
    )
    # Errors, each kind: not found, invalid input (with its problems), unauthorised,
    # forbidden, conflict, malformed JSON.
    for response, status in [
        (http.get("/api/v1/stories/999999"), 404),
        (http.post(f"/api/v1/stories/{sid}/comments", json={"body": ""}), 422),
        (http.post(f"/api/v1/stories/{sid}/comments", json={"bodi": "x"}), 422),
        (http.get("/api/v1/moderation/queue"), 401),
        (http.get("/api/v1/moderation/queue", params={"site": "elsewhere"}, headers=mod), 403),
        (http.post(f"/api/v1/comments/{held['id']}/like", headers=_bearer(site)), 404),
        (
            http.post(
                f"/api/v1/stories/{sid}/comments",
                content=b"{not json",
                headers={"content-type": "application/json"},
            ),
            400,
        ),
    ]:
        shaped(r.ErrorBody, response, status)


def test_the_document_names_these_shapes(http: httpx.Client) -> None:
    spec = http.get("/openapi.json").json()
    paths = spec["paths"]

    def schema(path: str, method: str, status: str) -> str:
        content = paths[path][method]["responses"][status]["content"]
        return str(content["application/json"]["schema"]["$ref"]).rsplit("/", 1)[-1]

    assert schema("/api/v1/stories/{story_id}/comments", "post", "201") == "Submitted"
    assert schema("/api/v1/stories/{story_id}/comments", "get", "200") == "ThreadPage"
    assert schema("/api/v1/moderation/queue", "get", "200") == "QueuePage"
    assert schema("/api/v1/stories/{story_id}/comments", "post", "4XX") == "ErrorBody"
    # FastAPI's own validation-error shape is never sent, so never documented.
    assert "HTTPValidationError" not in spec["components"]["schemas"]


def test_newsroom_tools_answer_as_documented(
    http: httpx.Client, site: SiteKeys, services: Services
) -> None:
    sid = site.story_id
    mod, admin = site.headers("moderator"), site.headers("admin")
    posted = http.post(
        f"/api/v1/stories/{sid}/comments", json={"body": CIVIL}, headers=_bearer(site)
    ).json()
    cid = posted["id"]
    shaped(
        r.Submitted,
        http.post(
            f"/api/v1/moderation/stories/{sid}/comments",
            json={"body": "The report is linked above."},
            headers=mod,
        ),
        201,
    )
    shaped(
        r.ModerationComment, http.post(f"/api/v1/moderation/comments/{cid}/feature", headers=mod)
    )
    shaped(
        r.ModerationComment, http.post(f"/api/v1/moderation/comments/{cid}/unfeature", headers=mod)
    )
    shaped(
        r.ModerationComment,
        http.post(
            f"/api/v1/moderation/comments/{cid}/hold",
            json={"reason": "checking a claim"},
            headers=mod,
        ),
    )
    shaped(
        r.Decided,
        http.post(
            "/api/v1/moderation/decisions", json={"ids": [cid], "action": "approve"}, headers=mod
        ),
    )
    trail = shaped(r.AuditTrail, http.get(f"/api/v1/moderation/comments/{cid}/audit", headers=mod))
    assert [e["action"] for e in trail["items"]][:1] == ["submit"]
    author_id = http.get(f"/api/v1/moderation/comments/{cid}", headers=mod).json()["author_id"]
    shaped(r.AuthorDetail, http.get(f"/api/v1/moderation/authors/{author_id}", headers=mod))
    shaped(
        r.AuthorOut,
        http.post(
            f"/api/v1/moderation/authors/{author_id}/actions",
            json={"action": "note", "note": "Knows the depot."},
            headers=mod,
        ),
    )
    shaped(r.AuditTrail, http.get(f"/api/v1/moderation/authors/{author_id}/audit", headers=mod))
    shaped(r.AuditPage, http.get("/api/v1/moderation/audit", headers=mod))
    stored = http.put("/api/v1/policies/site", json={"document": POLICY}, headers=admin)
    shaped(r.PolicyStored, stored)
    history = shaped(r.PolicyHistory, http.get("/api/v1/policies", headers=mod))
    assert history["items"]
    shaped(
        r.Erased,
        http.post(
            "/api/v1/authors/erase",
            json={"external_id": "reader-1"},
            headers=site.headers("integration"),
        ),
    )


POLICY = """
name: Strict
default: approve
rules:
  - id: insults
    type: score_band
    attribute: INSULT
    hold: 0.5
"""
