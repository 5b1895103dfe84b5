"""The per-process caches a submission looks up, and when they can answer alone.

A submission whose lookups are all cached is prepared on the event loop; one
that would read the database goes to a worker thread (`Lookups.ready`).
"""

from __future__ import annotations

import time

from commentdesk.services import Services
from commentdesk.web.lookups import Lookups
from tests.conftest import SiteKeys


def test_ready_once_each_lookup_a_submission_makes_is_cached(
    services: Services, site: SiteKeys
) -> None:
    lookups = Lookups(services, ttl_s=60)
    story, key = site.story_id, site.integration
    assert not lookups.ready(story, None) and not lookups.ready(story, key)
    assert lookups.story_site(story) == site.site.id
    # The story's site is known, but not yet the site's settings or the key.
    assert not lookups.ready(story, None) and not lookups.ready(story, key)
    assert lookups.site(site.site.id) is not None
    assert lookups.ready(story, None) and not lookups.ready(story, key)
    assert lookups.api_key(key) is not None
    assert lookups.ready(story, key)
    # A key never seen, and a story never looked up, are not ready.
    assert not lookups.ready(story, key + "x")
    assert not lookups.ready(story + 1000, None)


def test_not_ready_once_an_entry_is_too_old_to_trust(services: Services, site: SiteKeys) -> None:
    lookups = Lookups(services, ttl_s=0.05)
    lookups.story_site(site.story_id)
    lookups.site(site.site.id)
    lookups.api_key(site.integration)
    assert lookups.ready(site.story_id, None) and lookups.ready(site.story_id, site.integration)
    time.sleep(0.1)
    # The story's site never changes; the site's settings and the key are re-read.
    assert not lookups.ready(site.story_id, None)
    assert not lookups.ready(site.story_id, site.integration)


def test_an_unknown_story_is_never_ready(services: Services, site: SiteKeys) -> None:
    lookups = Lookups(services)
    assert lookups.story_site(10**9) is None
    assert not lookups.ready(10**9, None)
