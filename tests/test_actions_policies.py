"""A policy change is checked and backtested as it will then decide live."""

from __future__ import annotations

from importlib import resources

import pytest

from commentdesk import actions
from commentdesk.domain import CommentStatus
from commentdesk.errors import InvalidInput
from commentdesk.services import Services
from tests.conftest import SiteKeys

DEFAULT = resources.files("commentdesk.policy").joinpath("default.yaml").read_text("utf-8")
LINKED = "The council's own figures are at https://council.example/budget, page 4."
CIVIL = "The bypass was promised in 2019 and the council has not said why it stalled."


def test_a_site_policy_that_would_orphan_an_override_is_refused(
    services: Services, site: SiteKeys
) -> None:
    # The site's story is in "politics", which moves one threshold of the site policy.
    actions.set_policy(services, site.site.id, "rules:\n  - {id: insult-band, hold: 0.6}\n",
                       scope="section:politics", actor="admin:1")
    without_the_band = "default: approve\nrules:\n  - {id: links, type: links, action: hold}\n"
    with pytest.raises(InvalidInput, match=r"section:politics policy would no longer apply"):
        actions.set_policy(services, site.site.id, without_the_band, actor="admin:1")
    # Had it been saved, no comment in the section could have been decided, nor stored.
    posted = actions.submit(services, site.site.id, actions.NewComment(site.story_id, CIVIL))
    assert posted.decision.status is CommentStatus.APPROVED


def test_a_story_override_is_checked_on_top_of_its_section(
    services: Services, site: SiteKeys
) -> None:
    # In "politics", the rule with the id "links" is a length rule.
    actions.set_policy(
        services, site.site.id,
        "rules:\n  - {id: links, type: length, max: 3000, action: hold}\n",
        scope="section:politics", actor="admin:1",
    )
    with pytest.raises(InvalidInput, match="allow_domains"):
        actions.set_policy(
            services, site.site.id, "rules:\n  - {id: links, allow_domains: [council.example]}\n",
            scope=f"story:{site.story_id}", actor="admin:1",
        )
    posted = actions.submit(services, site.site.id, actions.NewComment(site.story_id, CIVIL))
    assert posted.decision.status is CommentStatus.APPROVED


def test_backtesting_the_policy_in_force_shows_no_change(
    services: Services, site: SiteKeys
) -> None:
    # Links are welcome in "politics"; on the site's other stories they wait.
    actions.set_policy(services, site.site.id, "rules:\n  - {id: links, enabled: false}\n",
                       scope="section:politics", actor="admin:1")
    linked = actions.submit(services, site.site.id, actions.NewComment(site.story_id, LINKED))
    assert linked.decision.status is CommentStatus.APPROVED
    report = actions.backtest(services, site.site.id, DEFAULT)
    assert (report.total, report.changes_vs_recorded) == (1, {})
    # And one that would orphan the section's override says so, as saving it would.
    with pytest.raises(InvalidInput, match="would no longer apply"):
        actions.backtest(services, site.site.id, "rules:\n  - {id: x, type: length, max: 9}\n")


def test_a_backtest_decides_only_what_the_policy_decided_as_it_stood(
    services: Services, site: SiteKeys
) -> None:
    posted = actions.submit(services, site.site.id, actions.NewComment(site.story_id, CIVIL))
    # The newsroom's own reply never passes a policy, and the story closed after both.
    actions.post_as_newsroom(services, site.site.id, site.story_id,
                             "Our sources: https://news.example/method", byline="Desk",
                             actor="user:ed")
    actions.update_story(services, site.site.id, site.story_id, actor="user:ed", is_open=False)
    assert posted.decision.status is CommentStatus.APPROVED
    report = actions.backtest(services, site.site.id, DEFAULT)
    assert (report.total, report.changes_vs_recorded) == (1, {})
