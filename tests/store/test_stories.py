"""A story read with its site and its policies answers as the three reads apart.

Every submission batch reads them in one statement (`stories.get_with_site`);
these tests put several versions of each scope's policy, and policies of other
stories, sections and sites, where a wrong join or a wrong order would pick
them up.
"""

from __future__ import annotations

from commentdesk import actions
from commentdesk.actions.policies import policy_from
from commentdesk.services import Services
from commentdesk.store import policies as policy_store
from commentdesk.store import sites as site_store
from commentdesk.store import stories as story_store
from tests.conftest import SiteKeys, create_site


def _save(services: Services, site_id: int, scope: str, document: str) -> None:
    with services.store.write() as conn:
        policy_store.save(conn, site_id, scope, document[:20], document, None)


def test_story_site_and_documents_in_force_read_together(
    services: Services, site: SiteKeys
) -> None:
    site_id, story_id = site.site.id, site.story_id
    other = create_site(services)
    with services.store.write() as conn:
        sibling, _ = story_store.upsert(conn, site_id, "story-2", section="sport")
    for scope, versions in [
        ("site", ["site v1", "site v2"]),
        ("section:politics", ["politics v1", "politics v2", "politics v3"]),
        (f"story:{story_id}", ["story v1", "story v2"]),
        ("section:sport", ["sport v1"]),
        (f"story:{sibling.id}", ["sibling v1"]),
    ]:
        for document in versions:
            _save(services, site_id, scope, document)
    _save(services, other.site.id, "site", "other site")
    _save(services, other.site.id, f"story:{story_id}", "our story's id, their site")
    _save(services, site_id, "site", "site v3")  # the latest of a scope wins, not the first

    with services.store.read() as conn:
        found = story_store.get_with_site(conn, site_id, story_id)
        assert found is not None
        story, found_site, documents = found
        assert story == story_store.get(conn, site_id, story_id)
        assert found_site == site_store.get(conn, site_id)
        apart = policy_store.current_many(
            conn, site_id, ["site", "section:politics", f"story:{story_id}"]
        )
        assert documents == {scope: stored.document for scope, stored in apart.items()}
        assert documents == {
            "site": "site v3",
            "section:politics": "politics v3",
            f"story:{story_id}": "story v2",
        }
        # Another site's story: its own site and policies, never ours.
        theirs = story_store.get_with_site(conn, other.site.id, other.story_id)
        assert theirs is not None and theirs[1].id == other.site.id
        assert theirs[2] == {"site": "other site"}
        # A story asked for under the wrong site is not found.
        assert story_store.get_with_site(conn, site_id, other.story_id) is None
        assert story_store.get_with_site(conn, other.site.id, story_id) is None


def test_a_story_without_policies_gets_the_default_and_overrides_compose_as_policy_for(
    services: Services, site: SiteKeys
) -> None:
    site_id, story_id = site.site.id, site.story_id
    with services.store.read() as conn:
        found = story_store.get_with_site(conn, site_id, story_id)
        assert found is not None and found[2] == {}
        assert (
            policy_from(found[0], found[2]).version
            == actions.policy_for(conn, site_id, found[0]).version
        )
    actions.set_policy(services, site_id, "default: hold\n", scope="section:politics")
    actions.set_policy(services, site_id, "default: hold\n", scope=f"story:{story_id}")
    with services.store.read() as conn:
        found = story_store.get_with_site(conn, site_id, story_id)
        assert found is not None and len(found[2]) == 2
        composed = policy_from(found[0], found[2])
        assert composed.version == actions.policy_for(conn, site_id, found[0]).version
        assert composed.version != actions.policy_for(conn, site_id, None).version
