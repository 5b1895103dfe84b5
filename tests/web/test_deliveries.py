"""Webhook deliveries for admins: see failures, send again, ping a receiver."""

from __future__ import annotations

import dataclasses
import json

import httpx

from commentdesk import actions, webhooks
from commentdesk.services import Services
from commentdesk.store import sites as site_store
from commentdesk.web.responses import Deliveries
from tests.conftest import SiteKeys, create_site
from tests.test_webhooks import Receiver

DELIVERIES = "/api/v1/webhooks/deliveries"


def _deliver_all(services: Services) -> None:
    # One attempt each: what fails is given up on at once.
    once = Services(
        settings=dataclasses.replace(services.settings, webhook_max_attempts=1),
        store=services.store,
    )
    with httpx.Client(timeout=5) as client:
        while webhooks.deliver_due(once, client):
            pass


def test_admins_see_failures_send_again_and_ping(
    services: Services, http: httpx.Client, site: SiteKeys
) -> None:
    receiver = Receiver(fail_first=1)
    with services.store.write() as conn:
        site_store.update(conn, site.site.id, webhook_urls=[receiver.url])
        secret = site_store.get(conn, site.site.id).webhook_secret  # type: ignore[union-attr]
    actions.submit(
        services, site.site.id, actions.NewComment(site.story_id, "The new timetable is fine.")
    )
    [waiting] = http.get(DELIVERIES, headers=site.headers()).json()["items"]
    assert waiting["state"] == "waiting" and waiting["event"] == "comment.approved"

    _deliver_all(services)
    failed = http.get(DELIVERIES, params={"state": "failed"}, headers=site.headers()).json()
    Deliveries.model_validate(failed)  # as the OpenAPI document describes it
    [gave_up] = failed["items"]
    assert gave_up["id"] == waiting["id"] and gave_up["last_error"] == "HTTP 503"
    assert gave_up["attempts"] == 1 and gave_up["finished_at"]

    # Another site's admin neither sees nor moves it.
    other = create_site(services)
    assert http.get(DELIVERIES, headers=other.headers()).json() == {"items": []}
    retried = http.post(
        f"{DELIVERIES}/retry", json={"ids": [gave_up["id"]]}, headers=other.headers()
    )
    assert retried.json() == {"retried": 0}

    assert http.post(f"{DELIVERIES}/retry", json={}, headers=site.headers()).json() == {
        "retried": 1
    }
    _deliver_all(services)
    [sent] = http.get(DELIVERIES, params={"state": "delivered"}, headers=site.headers()).json()[
        "items"
    ]
    assert sent["id"] == gave_up["id"] and sent["attempts"] == 1 and sent["last_error"]

    pinged = http.post("/api/v1/webhooks/ping", headers=site.headers())
    assert pinged.status_code == 202 and pinged.json() == {"queued": 1}
    _deliver_all(services)
    headers, body = receiver.received[-1]
    assert json.loads(body)["event"] == "ping"
    assert webhooks.verify(secret, headers["x-commentdesk-signature"], body)
    receiver.close()


def test_only_admins_and_only_sensible_requests(http: httpx.Client, site: SiteKeys) -> None:
    assert http.get(DELIVERIES).status_code == 401
    for role in ("moderator", "integration"):
        assert http.get(DELIVERIES, headers=site.headers(role)).status_code == 403
        assert http.post("/api/v1/webhooks/ping", headers=site.headers(role)).status_code == 403
    bad = http.get(DELIVERIES, params={"state": "lost"}, headers=site.headers())
    assert bad.status_code == 422 and bad.json()["error"]
    # The test site has no webhook URLs: nothing to ping, and it says so.
    nothing = http.post("/api/v1/webhooks/ping", headers=site.headers())
    assert nothing.status_code == 422
    assert "no webhook URLs" in nothing.json()["error"]["message"]
    empty = http.post(f"{DELIVERIES}/retry", json={"ids": []}, headers=site.headers())
    assert empty.status_code == 422
