"""Small per-process caches for what every submission looks up.

Each entry says how stale it may be: a story never moves to another site, so
that mapping is kept for good; a site's settings and an API key are re-read
after a few seconds, so a rotated secret or a revoked key takes effect in every
process within `ttl_s` without a restart.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

from commentdesk.domain import ApiKey, Site
from commentdesk.services import Services
from commentdesk.store import keys as key_store
from commentdesk.store import sites as site_store
from commentdesk.store import stories as story_store

K = TypeVar("K")
V = TypeVar("V")


class _Cache(Generic[K, V]):
    """LRU with an optional time to live; only found values are kept."""

    def __init__(self, maxsize: int, ttl_s: float | None) -> None:
        self.maxsize = maxsize
        self.ttl_s = ttl_s
        self._items: OrderedDict[K, tuple[float, V]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K, load: Callable[[], V | None]) -> V | None:
        now = time.monotonic()
        with self._lock:
            found = self._items.get(key)
            if found is not None and (self.ttl_s is None or now - found[0] < self.ttl_s):
                self._items.move_to_end(key)
                return found[1]
        value = load()
        if value is not None:
            with self._lock:
                self._items[key] = (now, value)
                self._items.move_to_end(key)
                while len(self._items) > self.maxsize:
                    self._items.popitem(last=False)
        return value

    def peek(self, key: K) -> V | None:
        """What `get` would answer from the cache alone (None: it would load)."""
        with self._lock:
            found = self._items.get(key)
        if found is None or (self.ttl_s is not None and time.monotonic() - found[0] >= self.ttl_s):
            return None
        return found[1]


class Lookups:
    def __init__(self, services: Services, ttl_s: float = 5.0) -> None:
        self.services = services
        self._story_sites: _Cache[int, int] = _Cache(100_000, None)
        self._sites: _Cache[int, Site] = _Cache(10_000, ttl_s)
        self._keys: _Cache[str, ApiKey] = _Cache(10_000, ttl_s)

    def story_site(self, story_id: int) -> int | None:
        def load() -> int | None:
            with self.services.store.read() as conn:
                story = story_store.get_any(conn, story_id)
            return story.site_id if story else None

        return self._story_sites.get(story_id, load)

    def site(self, site_id: int) -> Site | None:
        def load() -> Site | None:
            with self.services.store.read() as conn:
                return site_store.get(conn, site_id)

        return self._sites.get(site_id, load)

    def api_key(self, plaintext: str) -> ApiKey | None:
        def load() -> ApiKey | None:
            with self.services.store.read() as conn:
                return key_store.verify(conn, plaintext)

        return self._keys.get(_digest(plaintext), load)

    def ready(self, story_id: int, key: str | None) -> bool:
        """Whether a submission to this story, with this API key (or none),
        finds everything it looks up here, so no lookup reads the database."""
        site_id = self._story_sites.peek(story_id)
        if site_id is None:
            return False
        if key is not None:
            return self._keys.peek(_digest(key)) is not None
        return self._sites.peek(site_id) is not None


def _digest(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode()).hexdigest()
