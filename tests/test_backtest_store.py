"""Backtest and calibration over a site's stored comments: CLI and API, nothing changed."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from commentdesk import actions
from commentdesk.cli import app
from commentdesk.services import Services
from tests.conftest import SiteKeys

CIVIL = [
    "The new budget cuts library hours, which hurts students most.",
    "I think the minister is wrong on tariffs, and the figures show it.",
    "Good article. The council should publish the tender documents.",
    "This policy will fail, just like the last two housing plans did.",
]
RUDE = [
    "You are a complete idiot and everyone here knows it.",
    "Shut up, moron, nobody asked for your stupid opinion.",
]
# A stricter candidate: hold anything that mentions "policy".
STRICT = """
rules:
  - id: no-policy-talk
    type: regex
    pattern: "(?i)\\\\bpolicy\\\\b"
    action: hold
"""


@pytest.fixture
def archive(services: Services, site: SiteKeys) -> list[int]:
    ids = []
    for text in CIVIL + RUDE:
        result = actions.submit(services, site.site.id, actions.NewComment(site.story_id, text))
        ids.append(result.comment.id)
    # Moderators confirm the rude ones and approve a civil one by hand.
    actions.decide(services, site.site.id, ids[-2:], "reject", actor="mod")
    actions.decide(services, site.site.id, ids[:1], "approve", actor="mod")
    return ids


def test_backtest_through_the_api_changes_nothing(
    http: httpx.Client, site: SiteKeys, archive: list[int]
) -> None:
    mod = site.headers("moderator")
    before = http.get("/api/v1/moderation/queue", params={"queue": "all"}, headers=mod).json()
    report = http.post("/api/v1/policies/backtest", json={"document": STRICT}, headers=mod).json()
    assert report["total"] == len(archive)
    assert report["counts"]["moderator"] == {"approved": 1, "rejected": 2}
    # The candidate holds the civil comment about policy and no longer holds the insults.
    assert report["changes_vs_recorded"].get("approved->held") == 1
    assert report["candidate_quality"]["judged"] == 3
    after = http.get("/api/v1/moderation/queue", params={"queue": "all"}, headers=mod).json()
    assert [c["status"] for c in after["items"]] == [c["status"] for c in before["items"]]
    bad = http.post("/api/v1/policies/backtest", json={"document": "rules: [{id: x}]"}, headers=mod)
    assert bad.status_code == 422 and "line" in bad.json()["error"]["message"]
    calibration = http.get(
        "/api/v1/policies/calibration", params={"target_precision": 0.9}, headers=mod
    ).json()
    assert {s["attribute"] for s in calibration["suggestions"]} >= {"INSULT", "TOXICITY"}


def test_backtest_cli_on_stored_comments(
    services: Services,
    site: SiteKeys,
    archive: list[int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COMMENTDESK_DATABASE_URL", services.settings.database_url)
    candidate = tmp_path / "strict.yaml"
    candidate.write_text(STRICT)
    result = CliRunner().invoke(
        app, ["policy", "backtest", str(candidate), "--site", site.site.slug, "--json"]
    )
    assert result.exit_code == 0, result.output
    assert '"total": 6' in result.output
    calibrated = CliRunner().invoke(app, ["policy", "calibrate", "--site", site.site.slug])
    assert calibrated.exit_code == 0, calibrated.output
