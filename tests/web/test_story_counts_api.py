"""Comment counts and closing times over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from commentdesk.services import Services
from commentdesk.store import sites as site_store
from commentdesk.store import stories as story_store
from tests.conftest import SiteKeys, create_site
from tests.web.test_api import ABUSIVE, CIVIL, post_comment

OTHER = "The survey in the second chart had 40 people in it."


def _counts(http: httpx.Client, site: SiteKeys, *ids: str, **headers: str) -> httpx.Response:
    return http.get(
        "/api/v1/stories/counts",
        params=[("site", site.site.slug), *(("external_id", i) for i in ids)],
        headers=headers,
    )


def _story(http: httpx.Client, site: SiteKeys, **fields: object) -> httpx.Response:
    return http.post("/api/v1/stories", headers=site.headers("integration"), json=fields)


def test_counts_for_a_listing_page(http: httpx.Client, site: SiteKeys) -> None:
    second = _story(http, site, external_id="story-2", title="Second").json()
    assert second["comment_count"] == 0
    first = post_comment(http, site, CIVIL).json()
    post_comment(http, site, OTHER, parent_id=first["id"])  # replies count too
    post_comment(http, site, ABUSIVE)  # not published: not counted
    answer = _counts(http, site, "story-1", "story-2", "not-yet", "story-1")
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"counts": {"story-1": 2, "story-2": 0, "not-yet": 0}}
    assert answer.headers["cache-control"] == "no-cache"
    assert "Origin" in answer.headers["vary"]

    # The story itself and its thread carry the same number.
    assert http.get(f"/api/v1/stories/{site.story_id}").json()["comment_count"] == 2
    looked_up = http.get(
        "/api/v1/stories/lookup", params={"site": site.site.slug, "external_id": "story-1"}
    )
    assert looked_up.json()["comment_count"] == 2
    thread = http.get(f"/api/v1/stories/{site.story_id}/comments").json()
    assert thread["story"]["comment_count"] == 2 and thread["total"] == 1


def test_counts_revalidate_with_their_etag(http: httpx.Client, site: SiteKeys) -> None:
    post_comment(http, site, CIVIL)
    first = _counts(http, site, "story-1")
    etag = first.headers["etag"]
    again = _counts(http, site, "story-1", **{"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    published = post_comment(http, site, OTHER).json()
    assert published["status"] == "approved"
    changed = _counts(http, site, "story-1", **{"If-None-Match": etag})
    assert changed.status_code == 200 and changed.json()["counts"]["story-1"] == 2
    http.post(
        f"/api/v1/moderation/comments/{published['id']}/reject",
        headers=site.headers("moderator"),
    )
    assert _counts(http, site, "story-1", **{"If-None-Match": etag}).status_code == 304


def test_counts_are_cors_for_the_sites_origins(http: httpx.Client, site: SiteKeys) -> None:
    allowed = _counts(http, site, "story-1", Origin="http://reader.example")
    assert allowed.headers["access-control-allow-origin"] == "http://reader.example"
    other = _counts(http, site, "story-1", Origin="https://evil.example")
    assert "access-control-allow-origin" not in other.headers


def test_counts_refuse_what_they_cannot_answer(
    http: httpx.Client, services: Services, site: SiteKeys
) -> None:
    none = http.get("/api/v1/stories/counts", params={"site": site.site.slug})
    assert none.status_code == 422 and _field(none) == "query.external_id"
    too_many = _counts(http, site, *(f"a-{n}" for n in range(101)))
    assert too_many.status_code == 422 and _field(too_many) == "query.external_id"
    too_long = _counts(http, site, "a" * 301)
    assert too_long.status_code == 422 and _field(too_long).startswith("query.external_id")
    assert _counts(http, site, *(f"a-{n}" for n in range(100))).status_code == 200
    unknown = http.get("/api/v1/stories/counts", params={"site": "nope", "external_id": "a"})
    assert unknown.status_code == 404 and unknown.json()["error"]["field"] == "site"
    # Another site's stories are not this site's.
    post_comment(http, site, CIVIL)
    other = create_site(services)
    assert _counts(http, other, "story-1").json() == {"counts": {"story-1": 0}}


def _field(response: httpx.Response) -> str:
    """The field a validation error names first."""
    return str(response.json()["error"]["problems"][0]["field"])


def test_count_script_is_served_as_javascript(http: httpx.Client) -> None:
    script = http.get("/count.js")
    assert script.status_code == 200
    assert script.headers["content-type"].startswith("text/javascript")
    assert script.headers["x-content-type-options"] == "nosniff"
    assert "innerHTML" not in script.text and "textContent" in script.text
    assert "/api/v1/stories/counts" in script.text


# --- closing ---------------------------------------------------------------------------


def _closed_answer(response: httpx.Response) -> dict[str, object]:
    assert response.status_code == 409, response.text
    error = response.json()["error"]
    assert error["code"] == "conflict" and "closed" in error["message"]
    return error


def test_stories_close_themselves_after_the_sites_default(
    http: httpx.Client, services: Services, site: SiteKeys
) -> None:
    with services.store.write() as conn:
        site_store.update(conn, site.site.id, close_after_days=14)
    created = _story(http, site, external_id="fresh", title="Fresh").json()
    made = datetime.fromisoformat(created["created_at"])
    assert datetime.fromisoformat(created["closes_at"]) == made + timedelta(days=14)
    assert created["open"] is True and created["is_open"] is True
    # The existing story predates the default and stays open.
    assert http.get(f"/api/v1/stories/{site.story_id}").json()["closes_at"] is None

    path = f"/api/v1/stories/{created['id']}/comments"
    assert http.post(path, json={"body": CIVIL}).status_code == 201
    real = services.clock
    services.clock = lambda: real() + timedelta(days=15)
    try:
        explicit = http.patch(
            f"/api/v1/stories/{site.story_id}",
            json={"is_open": False},
            headers=site.headers("moderator"),
        )
        assert explicit.status_code == 200
        by_hand = _closed_answer(http.post(f"/api/v1/stories/{site.story_id}/comments",
                                           json={"body": CIVIL}))
        by_time = _closed_answer(http.post(path, json={"body": OTHER}))
        assert by_time.keys() == by_hand.keys()
        story = http.get(f"/api/v1/stories/{created['id']}").json()
        assert story["open"] is False and story["is_open"] is True
        thread = http.get(path).json()
        assert thread["story"]["open"] is False and thread["story"]["comment_count"] == 1
        # A CMS that sends the story again does not reopen it.
        again = _story(http, site, external_id="fresh", title="Fresh, updated").json()
        assert again["open"] is False and again["closes_at"] == created["closes_at"]
    finally:
        services.clock = real


def test_a_closing_time_in_the_past_refuses_comments(http: httpx.Client, site: SiteKeys) -> None:
    past = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    created = _story(http, site, external_id="old", closes_at=past).json()
    assert created["open"] is False and created["is_open"] is True
    assert datetime.fromisoformat(created["closes_at"]) == datetime.fromisoformat(past)
    _closed_answer(http.post(f"/api/v1/stories/{created['id']}/comments", json={"body": CIVIL}))
    future = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    soon = _story(http, site, external_id="soon", closes_at=future.isoformat()).json()
    assert soon["open"] is True
    posted = http.post(f"/api/v1/stories/{soon['id']}/comments", json={"body": CIVIL})
    assert posted.status_code == 201


def test_closing_times_must_name_their_zone(http: httpx.Client, site: SiteKeys) -> None:
    for bad in ("2030-01-01T10:00:00", "next tuesday", 1893456000, "2030-13-01T00:00:00Z",
                "0001-01-01T00:00:00+05:00"):
        created = _story(http, site, external_id="x", closes_at=bad)
        assert created.status_code == 422, (bad, created.text)
        assert _field(created) == "closes_at", bad
        assert created.json()["error"]["message"].startswith("closes_at: "), bad
        patched = http.patch(
            f"/api/v1/stories/{site.story_id}",
            json={"closes_at": bad},
            headers=site.headers("moderator"),
        )
        assert patched.status_code == 422, (bad, patched.text)
        assert _field(patched) == "closes_at", bad
    # Any zone is taken, and given back in UTC.
    zoned = _story(http, site, external_id="x", closes_at="2030-01-01T10:00:00+02:00").json()
    assert zoned["closes_at"] == "2030-01-01T08:00:00+00:00"


def test_patch_sets_clears_and_reopens_by_the_rule(
    http: httpx.Client, services: Services, site: SiteKeys
) -> None:
    path = f"/api/v1/stories/{site.story_id}"
    headers = site.headers("moderator")
    future = "2031-06-01T12:00:00+00:00"
    set_time = http.patch(path, json={"closes_at": future}, headers=headers).json()
    assert set_time["closes_at"] == future and set_time["open"] is True
    # Untouched when the request leaves it out.
    kept = http.patch(path, json={"premoderated": True}, headers=headers).json()
    assert kept["closes_at"] == future and kept["premoderated"] is True

    past = (datetime.now(UTC) - timedelta(minutes=5)).isoformat()
    lapsed = http.patch(path, json={"closes_at": past}, headers=headers).json()
    assert lapsed["open"] is False
    _closed_answer(post_comment(http, site, CIVIL))

    # is_open alone does not reopen a story whose time has passed...
    refused = http.patch(path, json={"is_open": True}, headers=headers)
    assert refused.status_code == 409
    assert refused.json()["error"]["field"] == "closes_at"
    assert http.get(path).json()["open"] is False
    # ...a new closing time does, and so does clearing it.
    reopened = http.patch(path, json={"is_open": True, "closes_at": future}, headers=headers)
    assert reopened.status_code == 200 and reopened.json()["open"] is True
    assert post_comment(http, site, CIVIL).status_code == 201
    http.patch(path, json={"closes_at": past}, headers=headers)
    cleared = http.patch(path, json={"is_open": True, "closes_at": None}, headers=headers).json()
    assert cleared["open"] is True and cleared["closes_at"] is None
    # Closing by hand still closes at once, whatever the closing time says.
    http.patch(path, json={"closes_at": future}, headers=headers)
    shut = http.patch(path, json={"is_open": False}, headers=headers).json()
    assert shut["open"] is False and shut["closes_at"] == future
    _closed_answer(post_comment(http, site, OTHER))
    with services.store.read() as conn:
        story = story_store.get(conn, site.site.id, site.story_id)
    assert story is not None and not story.is_open


def test_the_widget_reads_the_closed_state_from_the_thread(
    http: httpx.Client, site: SiteKeys
) -> None:
    """What embed.js reads to hide its form: `story.open` and `story.closes_at`."""
    path = f"/api/v1/stories/{site.story_id}/comments"
    assert http.get(path).json()["story"]["open"] is True
    past = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    http.patch(f"/api/v1/stories/{site.story_id}", json={"closes_at": past},
               headers=site.headers("moderator"))
    story = http.get(path).json()["story"]
    assert story["open"] is False and story["closes_at"]
