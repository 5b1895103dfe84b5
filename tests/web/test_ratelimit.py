"""Rate limits: per author and per IP (anonymous posters too), shared across processes."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import sqlalchemy as sa

from commentdesk.services import Services
from commentdesk.store.schema import rate_counters
from commentdesk.web.app import build_app
from commentdesk.web.ratelimit import DatabaseStorage, RateLimiter, opaque
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


def _storage(limiter: RateLimiter) -> DatabaseStorage:
    assert isinstance(limiter.storage, DatabaseStorage)
    return limiter.storage


def _counter_rows(limiter: RateLimiter) -> list[tuple[str, int]]:
    with _storage(limiter).engine.connect() as conn:
        found = conn.execute(sa.select(rate_counters.c.key, rate_counters.c.count))
        return [(key, count) for key, count in found]


def test_counters_keep_no_address_or_account_in_clear(services: Services) -> None:
    limiter = RateLimiter(services.settings)
    _storage(limiter).reset()
    assert limiter.hit("ip", "203.0.113.77").allowed
    assert limiter.hit("author", "4:reader-ana@example.org").allowed
    keys = [key for key, _ in _counter_rows(limiter)]
    assert len(keys) == 2
    assert not any("203.0.113" in k or "reader-ana" in k for k in keys)
    # The same address still meets its own counter.
    assert limiter.hit("ip", "203.0.113.77").allowed
    assert sorted(count for _, count in _counter_rows(limiter)) == [1, 2]


def test_ended_windows_are_dropped(services: Services) -> None:
    limiter = RateLimiter(services.settings.replace(ip_rate="2/minute"))
    storage = _storage(limiter)
    storage.reset()
    for address in ("198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.3"):
        assert limiter.hit("ip", address).allowed
    assert len(_counter_rows(limiter)) == 3
    # Nothing has ended yet: a prune now keeps every counter and every verdict.
    assert storage.prune() == 0
    assert not limiter.hit("ip", "198.51.100.3").allowed
    # Two minutes on, every window has ended: the table empties.
    assert storage.prune(now=time.time() + 120) == 3
    assert _counter_rows(limiter) == []
    # Counting prunes too, once a minute per process, without being asked.
    assert limiter.hit("ip", "198.51.100.9").allowed
    with storage.engine.begin() as conn:
        conn.execute(sa.update(rate_counters).values(expires_at=time.time() - 1))
    storage._pruned_at = time.time() - 61  # the last prune was over a minute ago
    assert limiter.hit("ip", "198.51.100.10").allowed
    assert [count for _, count in _counter_rows(limiter)] == [1]


def test_per_reader_like_limit(services: Services) -> None:
    keys = create_site(services)
    limited = _limited(services, like_rate="3/minute")
    with LiveServer(build_app(limited)) as server, server.client() as http:
        writer = {"Authorization": f"Bearer {reader_token(keys, sub='writer')}"}
        url = f"/api/v1/stories/{keys.story_id}/comments"
        body = {"body": "The depot move is a good idea."}
        comment = http.post(url, json=body, headers=writer).json()["id"]

        def toggle(sub: str, method: str) -> int:
            token = reader_token(keys, sub=sub)
            return http.request(
                method,
                f"/api/v1/comments/{comment}/like",
                headers={"Authorization": f"Bearer {token}"},
            ).status_code

        assert [toggle("alice", m) for m in ("POST", "DELETE", "POST", "DELETE")] == [
            200,
            200,
            200,
            429,
        ]
        assert toggle("bob", "POST") == 200  # another reader is not affected


def test_several_limits_counted_in_one_statement_as_one_by_one(services: Services) -> None:
    """`hit_all` (a signed-in reader's comment: its address and its account)
    counts as `hit` does for each limit, in one statement on the database."""
    settings = services.settings.replace(ip_rate="5/minute", author_rate="2/minute")
    together, apart = RateLimiter(settings), RateLimiter(settings)
    assert isinstance(together.storage, DatabaseStorage)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    engine = together.storage.engine
    verdicts = []
    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        for n in range(4):
            verdicts.append(together.hit_all(("ip", "10.0.0.7"), ("author", "1:ann")))
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    assert [v.allowed for v in verdicts] == [True, True, False, False]
    assert verdicts[2].limit == "2 per 1 minute" and 1 <= verdicts[2].retry_after <= 61
    assert len([s for s in statements if s.lstrip().startswith("INSERT")]) == 4
    # The same counts as counting each limit on its own (another site's
    # counters, so the two do not add up).
    for n in range(4):
        apart.hit("ip", "10.0.0.8")
        apart.hit("author", "1:bob")
    storage = together.storage
    ip_limit, author_limit = together.limits["ip"], together.limits["author"]
    assert (
        storage.get(ip_limit.key_for("ip", opaque("10.0.0.7")))
        == storage.get(ip_limit.key_for("ip", opaque("10.0.0.8")))
        == 4
    )
    assert (
        storage.get(author_limit.key_for("author", opaque("1:ann")))
        == storage.get(author_limit.key_for("author", opaque("1:bob")))
        == 4
    )
    # Past its window a counter starts again from one, and ended windows are
    # dropped once a minute, as single hits drop them.
    expired = time.time() - 1
    with engine.begin() as conn:
        conn.execute(sa.update(rate_counters).values(expires_at=expired))
    storage._pruned_at = time.time() - 61
    assert together.hit_all(("ip", "10.0.0.7"), ("author", "1:ann")).allowed
    assert storage.get(author_limit.key_for("author", opaque("1:ann"))) == 1
    assert [count for _, count in _counter_rows(together)] == [1, 1]


def test_a_batch_is_counted_in_one_statement_as_one_by_one(services: Services) -> None:
    """`hit_many` (an intake batch): each request's verdict is the one it
    would get counted alone, in order, though the counters shared by several
    requests of the batch are counted in a single statement."""
    settings = services.settings.replace(ip_rate="3/minute", author_rate="2/minute")
    batched, alone = RateLimiter(settings), RateLimiter(settings)
    _storage(batched).reset()
    requests = [
        (("ip", "10.1.0.1"), ("author", "2:ann")),
        (("ip", "10.1.0.1"),),
        (("ip", "10.1.0.1"), ("author", "2:ann")),
        (("ip", "10.1.0.2"), ("author", "2:ann")),  # ann's third: her limit refuses
        (("ip", "10.1.0.1"), ("author", "2:bob")),  # the address's fourth
        (),
    ]
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    engine = _storage(batched).engine
    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        verdicts = batched.hit_many(requests)
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    assert len([s for s in statements if s.lstrip().startswith("INSERT")]) == 1
    assert [v.allowed for v in verdicts] == [True, True, True, False, False, True]
    assert verdicts[3].limit == "2 per 1 minute" and verdicts[4].limit == "3 per 1 minute"
    # Another site's counters, one request at a time, give the same verdicts.
    one_by_one = [
        alone.hit_all(*[(name, i.replace("10.1.", "10.2.").replace("2:", "3:")) for name, i in r])
        for r in requests
    ]
    assert [v.allowed for v in one_by_one] == [v.allowed for v in verdicts]
    # And the batch left the counters where the single hits left theirs.
    storage = _storage(batched)
    ip_limit = batched.limits["ip"]
    assert storage.get(ip_limit.key_for("ip", opaque("10.1.0.1"))) == 4
    assert storage.get(ip_limit.key_for("ip", opaque("10.2.0.1"))) == 4
    # The next batch goes on from there.
    assert [v.allowed for v in batched.hit_many([(("author", "2:bob"),)] * 2)] == [True, False]


def test_an_unreachable_counter_store_refuses_no_batch(services: Services) -> None:
    limiter = RateLimiter(services.settings.replace(ip_rate="1/minute"))
    storage = _storage(limiter)

    def broken(*_args: object) -> dict[str, tuple[int, float]]:
        raise sa.exc.OperationalError("INSERT", {}, Exception("the counter store is down"))

    storage.incr_counts = broken  # type: ignore[method-assign]
    verdicts = limiter.hit_many([(("ip", "10.3.0.1"),)] * 3)
    assert all(v.allowed for v in verdicts)
