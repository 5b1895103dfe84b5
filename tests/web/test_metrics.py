"""Prometheus metrics: the backlog of one site, read from the database, for its admins."""

from __future__ import annotations

import httpx
from prometheus_client.parser import text_string_to_metric_families

from commentdesk import actions
from commentdesk.services import Services
from commentdesk.store import outbox as outbox_store
from tests.conftest import SiteKeys, create_site
from tests.test_actions import Raising, _with_scorer


def _samples(text: str) -> dict[tuple[str, str], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            label = next(iter(sample.labels.values()), "")
            found[(sample.name, label)] = sample.value
    return found


def test_metrics_show_the_sites_backlog_to_its_admins(
    services: Services, http: httpx.Client, site: SiteKeys
) -> None:
    assert http.get("/metrics").status_code == 401
    assert http.get("/metrics", headers=site.headers("moderator")).status_code == 403
    bearer = {"Authorization": f"Bearer {site.admin}"}
    empty = _samples(http.get("/metrics", headers=bearer).text)
    assert empty[("commentdesk_queue_comments", "held")] == 0
    assert empty[("commentdesk_queue_oldest_age_seconds", "held")] == 0

    post = actions.NewComment
    held = actions.submit(services, site.site.id, post(site.story_id, "You are a complete idiot."))
    assert held.comment.status.value == "held"
    civil = actions.submit(services, site.site.id, post(site.story_id, "The bridge is late."))
    actions.report(services, site.site.id, civil.comment.id, "spam", None)
    broken = _with_scorer(services, Raising())
    actions.submit(broken, site.site.id, post(site.story_id, "The ferry is late as well."))
    with services.store.write() as conn:
        outbox_store.enqueue(conn, site.site.id, ["http://127.0.0.1:9/"], "ping", {})
    # Another site's backlog is not this site's business.
    other = create_site(services)
    actions.submit(services, other.site.id, post(other.story_id, "You are a complete idiot."))

    response = http.get("/metrics", headers=site.headers())
    assert response.headers["content-type"].startswith("text/plain")
    seen = _samples(response.text)
    assert seen[("commentdesk_queue_comments", "held")] == 2  # the insult, the unscored
    assert seen[("commentdesk_queue_comments", "reported")] == 1
    assert seen[("commentdesk_queue_comments", "premoderation")] == 0
    assert seen[("commentdesk_queue_oldest_age_seconds", "held")] >= 0
    assert seen[("commentdesk_held_unscored_comments", "")] == 1
    assert seen[("commentdesk_webhook_messages", "waiting")] == 1
    assert seen[("commentdesk_webhook_messages", "failed")] == 0
