"""Rate limits that hold across processes and machines.

The counting and windows come from the `limits` library. Counters live in
Redis when COMMENTDESK_REDIS_URL is set; otherwise in a database table, so
that several workers behind one database still share them. On SQLite the
counters use a separate file with synchronous=OFF: they need to be shared,
not durable, and must not cost a comment's durable commit an extra fsync.

A counter's key names who is counted, so a reader's address or account would
sit in the counter table (or Redis) in clear; keys carry a hash of it
instead, as comments do. Redis forgets a window when it ends; the table drops
ended windows every minute, so it holds the last minutes' posters, not
everyone who ever posted.
"""

from __future__ import annotations

import functools
import hashlib
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from limits import RateLimitItem, parse
from limits.storage import Storage, storage_from_string
from limits.strategies import FixedWindowRateLimiter
from sqlalchemy.dialects import postgresql, sqlite

from commentdesk.config import Settings
from commentdesk.intake import Limits
from commentdesk.store.database import create_engine, writer_lock
from commentdesk.store.schema import rate_counters

# How often one process drops ended windows from the counter table.
PRUNE_EVERY_S = 60.0


class DatabaseStorage(Storage):
    """A `limits` storage over a SQL table of fixed-window counters."""

    STORAGE_SCHEME = ["commentdesk-db"]

    def __init__(self, uri: str = "", wrap_exceptions: bool = False, **options: Any) -> None:
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self.engine: sa.Engine = options["engine"]
        self._writers = writer_lock(self.engine)
        if self.engine.dialect.name == "sqlite":
            rate_counters.create(self.engine, checkfirst=True)
        # Built once: it runs on every request, and building and compiling a
        # statement costs more CPU than the database spends running it.
        self._incr = _increment(self.engine.dialect.name)
        self._pruned_at = 0.0

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return sa.exc.SQLAlchemyError

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        """One statement: start a new window if the old one expired, else count on."""
        now = time.time()
        params = {"key": key, "amount": amount, "now": now, "expires": now + expiry}
        with self._writing() as conn:
            count = int(conn.execute(self._incr, params).scalar_one())
            self._prune_when_due(conn, now)
            return count

    def incr_counts(self, asked: Sequence[tuple[str, int, int]]) -> dict[str, tuple[int, float]]:
        """Several counters, each (key, amount, expiry in seconds), counted on in
        one statement: each one's count after it and the end of its window, by
        key. The keys must differ."""
        now = time.time()
        params: dict[str, Any] = {"now": now}
        # One order for every statement, so two that share counters lock them
        # in the same order and cannot deadlock.
        ordered = sorted(asked)
        for i, (key, amount, expiry) in enumerate(ordered):
            params[f"key{i}"], params[f"amount{i}"] = key, amount
            params[f"expires{i}"] = now + expiry
        with self._writing() as conn:
            counted = conn.execute(_increment_many(len(ordered)), params)
            found = {key: (int(count), float(ends)) for key, count, ends in counted}
            self._prune_when_due(conn, now)
        return found

    def _prune_when_due(self, conn: sa.Connection, now: float) -> None:
        if now - self._pruned_at >= PRUNE_EVERY_S:
            self._pruned_at = now
            self._prune(conn, now)

    @contextmanager
    def _writing(self) -> Iterator[sa.Connection]:
        """A transaction, behind the SQLite writers' queue where there is one."""
        lock: AbstractContextManager[None] = (
            self._writers.held() if self._writers else nullcontext()
        )
        with lock, self.engine.begin() as conn:
            yield conn

    def prune(self, now: float | None = None) -> int:
        """Drop every counter whose window has ended; returns how many."""
        with self._writing() as conn:
            return self._prune(conn, time.time() if now is None else now)

    @staticmethod
    def _prune(conn: sa.Connection, now: float) -> int:
        # An ended window counts as zero anyway (see `get` and the upsert), so
        # removing it changes no verdict.
        ended = rate_counters.delete().where(rate_counters.c.expires_at <= now)
        return int(conn.execute(ended).rowcount)

    def get(self, key: str) -> int:
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(rate_counters.c.count, rate_counters.c.expires_at).where(
                    rate_counters.c.key == key
                )
            ).first()
        if row is None or row.expires_at <= time.time():
            return 0
        return int(row[0])

    def get_expiry(self, key: str) -> float:
        with self.engine.connect() as conn:
            value = conn.execute(
                sa.select(rate_counters.c.expires_at).where(rate_counters.c.key == key)
            ).scalar()
        return float(value) if value is not None else time.time()

    def check(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(sa.select(1))
            return True
        except sa.exc.SQLAlchemyError:
            return False

    def reset(self) -> int | None:
        with self.engine.begin() as conn:
            return int(conn.execute(rate_counters.delete()).rowcount)

    def clear(self, key: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(rate_counters.delete().where(rate_counters.c.key == key))


def _increment(dialect: str) -> Any:
    amount = sa.bindparam("amount", type_=sa.Integer)
    now = sa.bindparam("now", type_=sa.Float)
    expires = sa.bindparam("expires", type_=sa.Float)
    stmt = _insert(dialect).values(key=sa.bindparam("key"), count=amount, expires_at=expires)
    expired = rate_counters.c.expires_at <= now
    return stmt.on_conflict_do_update(
        index_elements=["key"],
        set_={
            "count": sa.case((expired, amount), else_=rate_counters.c.count + amount),
            "expires_at": sa.case((expired, expires), else_=rate_counters.c.expires_at),
        },
    ).returning(rate_counters.c.count)


@functools.cache
def _increment_many(n: int) -> sa.TextClause:
    # As `_increment`, for n keys at once; built once for each n. Written as
    # text: SQLAlchemy cannot cache an INSERT of several VALUES rows, and
    # compiled it again on every call (about 0.2 ms, once per intake batch).
    # Both SQLite and PostgreSQL read this statement the same way.
    rows = ", ".join(f"(:key{i}, :amount{i}, :expires{i})" for i in range(n))
    expired = "rate_counters.expires_at <= :now"
    return sa.text(
        f"INSERT INTO rate_counters (key, count, expires_at) VALUES {rows} "
        "ON CONFLICT (key) DO UPDATE SET "
        f"count = CASE WHEN {expired} THEN excluded.count "
        "ELSE rate_counters.count + excluded.count END, "
        f"expires_at = CASE WHEN {expired} THEN excluded.expires_at "
        "ELSE rate_counters.expires_at END "
        "RETURNING key, count, expires_at"
    )


def _insert(dialect: str) -> Any:
    if dialect == "postgresql":
        return postgresql.insert(rate_counters)
    return sqlite.insert(rate_counters)


class TooManyRequests(Exception):
    """Refused by a rate limit: answered 429 with Retry-After."""

    def __init__(self, retry_after: int, limit: str) -> None:
        super().__init__(f"too many requests: the limit is {limit}")
        self.retry_after = retry_after
        self.limit = limit


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0
    limit: str = ""


class RateLimiter:
    """Named limits ("author", "ip", "report", "draft", "like") over one shared storage."""

    def __init__(self, settings: Settings) -> None:
        self.storage = _storage(settings)
        self.strategy = FixedWindowRateLimiter(self.storage)
        self.limits: dict[str, RateLimitItem] = {
            "author": parse(settings.author_rate),
            "ip": parse(settings.ip_rate),
            "report": parse(settings.report_rate),
            "draft": parse(settings.draft_rate),
            "like": parse(settings.like_rate),
        }

    def hit(self, name: str, *identifiers: str) -> Verdict:
        item = self.limits[name]
        hidden = [opaque(i) for i in identifiers]
        try:
            if self.strategy.hit(item, name, *hidden):
                return Verdict(True)
            reset_at, _remaining = self.strategy.get_window_stats(item, name, *hidden)
        except Exception:  # noqa: BLE001 - an unreachable counter store must not lose comments
            return Verdict(True)
        return _refused(item, reset_at)

    def hit_all(self, *asked: tuple[str, str]) -> Verdict:
        """One request counted against several limits, each (name, identifier):
        every one counts it, and the first that refuses answers. The database
        store counts them all in one statement, one round trip per request."""
        return self.hit_many([asked])[0]

    def hit_many(self, requests: Sequence[Limits]) -> list[Verdict]:
        """Several requests, in order, each counted as `hit_all` counts it.

        A submission batch asks for all of its comments at once: the database
        store counts them in one statement, so a batch of comments costs one
        round trip to the counters, not one per comment."""
        if not isinstance(self.storage, DatabaseStorage):
            return [self._hit_each(asked) for asked in requests]
        keyed = [
            [(self.limits[name], self.limits[name].key_for(name, opaque(i))) for name, i in asked]
            for asked in requests
        ]
        totals: Counter[str] = Counter(key for request in keyed for _item, key in request)
        expiry = {key: item.get_expiry() for request in keyed for item, key in request}
        if not totals:
            return [Verdict(True) for _ in requests]
        try:
            counted = self.storage.incr_counts([(k, n, expiry[k]) for k, n in totals.items()])
        except Exception:  # noqa: BLE001 - an unreachable counter store must not lose comments
            return [Verdict(True) for _ in requests]
        # A counter hit several times by the batch: each request sees the count
        # its own hit made, as if the requests had come one after the other.
        seen: Counter[str] = Counter()
        verdicts = []
        for request in keyed:
            verdict = Verdict(True)
            for item, key in request:
                seen[key] += 1
                final, ends = counted[key]
                if verdict.allowed and final - totals[key] + seen[key] > item.amount:
                    verdict = _refused(item, ends)
            verdicts.append(verdict)
        return verdicts

    def refusals(self, requests: Sequence[Limits]) -> list[Exception | None]:
        """As `hit_many`, as the intake asks it: the error for each refused
        request, None for each allowed one."""
        return [
            None if v.allowed else TooManyRequests(v.retry_after, v.limit)
            for v in self.hit_many(requests)
        ]

    def _hit_each(self, asked: Limits) -> Verdict:
        verdicts = [self.hit(name, identifier) for name, identifier in asked]
        return next((v for v in verdicts if not v.allowed), Verdict(True))


def _refused(item: RateLimitItem, reset_at: float) -> Verdict:
    return Verdict(False, max(1, int(reset_at - time.time()) + 1), str(item))


def opaque(identifier: str) -> str:
    """What a counter's key holds instead of an address or an account."""
    return hashlib.blake2b(identifier.encode(), digest_size=16).hexdigest()


def _storage(settings: Settings) -> Storage:
    if settings.redis_url:
        storage = storage_from_string(settings.redis_url)
        assert isinstance(storage, Storage)
        return storage
    url = settings.effective_database_url
    if url.startswith("sqlite"):
        db_path = url.split("///", 1)[-1]
        counters = Path(db_path).with_name("ratelimits.db") if db_path != ":memory:" else None
        url = f"sqlite:///{counters}" if counters else "sqlite://"
    # Counters must be shared, not durable: they never cost a comment an fsync.
    return DatabaseStorage("commentdesk-db://", engine=create_engine(url, durable=False))
