"""Readers ignoring readers, over real HTTP: who may, what it hides, and from whom."""

from __future__ import annotations

import httpx

from commentdesk import actions
from commentdesk.services import Services
from tests.conftest import SiteKeys, create_site
from tests.web.test_api import CIVIL, reader_token


def _as(site: SiteKeys, sub: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {reader_token(site, sub=sub, name=sub.title())}"}


def _post(http: httpx.Client, site: SiteKeys, who: str, body: str = CIVIL,
          story_id: int | None = None) -> int:
    answer = http.post(
        f"/api/v1/stories/{story_id or site.story_id}/comments",
        json={"body": body},
        headers=_as(site, who),
    )
    assert answer.status_code == 201 and answer.json()["status"] == "approved", answer.text
    return int(answer.json()["id"])


def test_a_reader_ignores_a_writer_on_every_story_and_changes_their_mind(
    http: httpx.Client, site: SiteKeys, services: Services
) -> None:
    troll_first = _post(http, site, "troll")
    troll_second = _post(http, site, "troll", "The bus lanes were a waste of money, as I said.")
    other = _post(http, site, "walker")
    mine = f"/api/v1/stories/{site.story_id}/likes/mine"

    ignored = http.post(f"/api/v1/comments/{troll_first}/ignore", headers=_as(site, "ana"))
    assert ignored.status_code == 200, ignored.text
    assert ignored.headers["cache-control"] == "no-store"
    body = ignored.json()
    troll = actions.find_author(services, site.site.id, "troll")
    troll_view = {
        "author_id": troll.id,
        "name": "Troll",
        "comment_ids": [troll_first, troll_second],
    }
    assert body == troll_view
    # Ignoring twice changes nothing; the story's overlay names the comments to fold.
    twice = http.post(f"/api/v1/comments/{troll_second}/ignore", headers=_as(site, "ana"))
    assert twice.json() == troll_view
    overlay_now = http.get(mine, headers=_as(site, "ana")).json()
    assert overlay_now["hidden"] == [troll_view]
    assert overlay_now["ignored"] == [{"author_id": troll.id, "name": "Troll"}]
    # Only for this reader: the public page and other readers see everything.
    public = http.get(f"/api/v1/stories/{site.story_id}/comments").json()["comments"]
    assert {c["id"] for c in public} == {troll_first, troll_second, other}
    assert http.get(mine, headers=_as(site, "bob")).json()["hidden"] == []
    # On another story of the site too, as it is published.
    with services.store.write() as conn:
        from commentdesk.store import stories as story_store

        later, _ = story_store.upsert(conn, site.site.id, "later-story", title="Later")
    there = _post(http, site, "troll", "Late again, as usual.", story_id=later.id)
    overlay = http.get(f"/api/v1/stories/{later.id}/likes/mine", headers=_as(site, "ana"))
    assert overlay.json()["hidden"] == [{**troll_view, "comment_ids": [there]}]

    listed = http.get(f"/api/v1/readers/me/ignored?site={site.site.slug}", headers=_as(site, "ana"))
    assert listed.status_code == 200
    assert [(i["author_id"], i["name"]) for i in listed.json()["ignored"]] == [(troll.id, "Troll")]

    # Another site's reader, or nobody, cannot undo it.
    forget = f"/api/v1/readers/me/ignored/{troll.id}"
    assert http.delete(forget).status_code == 401
    assert http.delete(forget, headers=_as(create_site(services), "ana")).status_code == 401
    nobody = http.delete("/api/v1/readers/me/ignored/999999", headers=_as(site, "ana"))
    assert nobody.status_code == 404
    undone = http.delete(forget, headers=_as(site, "ana"))
    assert undone.json() == {"author_id": troll.id, "ignored": False, "changed": True}
    assert http.get(mine, headers=_as(site, "ana")).json()["hidden"] == []
    again = http.delete(forget, headers=_as(site, "ana"))
    assert again.json()["changed"] is False


def test_who_may_ignore_whom(http: httpx.Client, site: SiteKeys, services: Services) -> None:
    comment = _post(http, site, "writer")
    ignore = f"/api/v1/comments/{comment}/ignore"
    assert http.post(ignore).status_code == 401
    assert http.post(ignore, headers=site.headers("integration")).status_code == 401
    # Another site's reader cannot reach this site's comments.
    other = create_site(services)
    assert http.post(ignore, headers=_as(other, "ana")).status_code == 401
    assert http.get(f"/api/v1/readers/me/ignored?site={site.site.slug}").status_code == 401
    wrong_site = http.get(f"/api/v1/readers/me/ignored?site={other.site.slug}",
                          headers=_as(site, "ana"))
    assert wrong_site.status_code == 401
    unknown = http.get("/api/v1/readers/me/ignored?site=nowhere", headers=_as(site, "ana"))
    assert unknown.status_code == 404 and unknown.json()["error"]["field"] == "site"

    self_ignore = http.post(ignore, headers=_as(site, "writer"))
    assert self_ignore.status_code == 409
    assert self_ignore.json()["error"]["message"] == "you cannot ignore yourself"
    assert self_ignore.json()["error"]["reason"] == "own_comment"
    # Anonymous comments and the newsroom's name no reader to ignore.
    anonymous = http.post(
        f"/api/v1/stories/{site.story_id}/comments",
        json={"body": "The timetable changes next week."},
    ).json()
    # The thread says which comments have no reader behind them (the widget then
    # offers no Ignore); a signed-in reader's comment says it has one.
    shown = {c["id"]: c for c in http.get(f"/api/v1/stories/{site.story_id}/comments").json()[
        "comments"
    ]}
    assert shown[anonymous["id"]]["anonymous"] is True
    assert shown[comment]["anonymous"] is False
    refused = http.post(f"/api/v1/comments/{anonymous['id']}/ignore", headers=_as(site, "ana"))
    assert refused.status_code == 409
    staff = actions.post_as_newsroom(
        services, site.site.id, site.story_id, "Thanks, we corrected the date.", byline="The Desk",
        actor="moderator:1",
    )
    assert http.post(
        f"/api/v1/comments/{staff.comment.id}/ignore", headers=_as(site, "ana")
    ).status_code == 409
    # A comment readers cannot see is not there to ignore.
    assert http.post("/api/v1/comments/999999/ignore", headers=_as(site, "ana")).status_code == 404


def test_erasure_and_export_cover_ignores(
    http: httpx.Client, site: SiteKeys, services: Services
) -> None:
    troll_comment = _post(http, site, "troll")
    _post(http, site, "ana")
    assert http.post(
        f"/api/v1/comments/{troll_comment}/ignore", headers=_as(site, "ana")
    ).status_code == 200
    exported = http.post(
        "/api/v1/authors/export", json={"external_id": "ana"}, headers=site.headers("integration")
    ).json()
    assert [i["name"] for i in exported["ignored"]] == ["Troll"]
    # Erasing the ignored reader leaves nothing that names them in anyone's list.
    troll = actions.find_author(services, site.site.id, "troll")
    actions.erase_author(services, site.site.id, troll.id, actor="key:integration")
    listed = http.get(f"/api/v1/readers/me/ignored?site={site.site.slug}", headers=_as(site, "ana"))
    assert listed.json()["ignored"] == []
