"""Rate limits: per author and per IP (anonymous posters too), shared across processes."""

from __future__ import annotations

from pathlib import Path

import httpx

from commentdesk.services import Services
from commentdesk.web.app import build_app
from commentdesk.web.ratelimit import RateLimiter
from tests.conftest import LiveServer, SiteKeys, create_site
from tests.web.test_api import reader_token


def _limited(services: Services, **limits: str) -> Services:
    return Services(
        settings=services.settings.replace(**limits),
        store=services.store,
        scorer_factory=services.scorer_factory,
    )


def test_per_ip_limit_answers_429_with_retry_after(services: Services) -> None:
    keys = create_site(services)
    limited = _limited(services, ip_rate="3/minute")
    with LiveServer(build_app(limited)) as server, server.client() as http:
        url = f"/api/v1/stories/{keys.story_id}/comments"
        codes = [
            http.post(url, json={"body": f"Anonymous point {i} about the budget."}).status_code
            for i in range(4)
        ]
        assert codes == [201, 201, 201, 429]
        blocked = http.post(url, json={"body": "One more."})
        assert blocked.status_code == 429
        assert int(blocked.headers["Retry-After"]) >= 1
        assert blocked.json()["error"]["code"] == "rate_limited"


def test_per_author_limit(services: Services) -> None:
    keys: SiteKeys = create_site(services)
    limited = _limited(services, author_rate="2/minute")
    with LiveServer(build_app(limited)) as server, server.client() as http:
        url = f"/api/v1/stories/{keys.story_id}/comments"

        def post(sub: str, i: int) -> int:
            token = reader_token(keys, sub=sub)
            return http.post(
                url,
                json={"body": f"Comment {i} from {sub} on the plan."},
                headers={"Authorization": f"Bearer {token}"},
            ).status_code

        assert [post("alice", i) for i in range(3)] == [201, 201, 429]
        assert post("bob", 0) == 201  # another author is not affected


def test_counters_are_shared_between_limiters(services: Services, tmp_path: Path) -> None:
    # Two limiters over one database stand for two server processes.
    settings = services.settings.replace(ip_rate="2/minute")
    first, second = RateLimiter(settings), RateLimiter(settings)
    assert first.hit("ip", "10.0.0.9").allowed
    assert second.hit("ip", "10.0.0.9").allowed
    assert not first.hit("ip", "10.0.0.9").allowed
    assert not second.hit("ip", "10.0.0.9").allowed


def test_redis_backend_when_configured(services: Services) -> None:
    import pytest
    import redis

    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/0").ping()
    except redis.RedisError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    settings = services.settings.replace(redis_url="redis://127.0.0.1:6379/0", ip_rate="2/minute")
    first, second = RateLimiter(settings), RateLimiter(settings)
    ip = "ip-" + httpx.__version__ + str(id(first))
    assert first.hit("ip", ip).allowed and second.hit("ip", ip).allowed
    assert not first.hit("ip", ip).allowed
