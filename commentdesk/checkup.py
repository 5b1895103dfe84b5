"""A checkup of an install, for the newsroom that runs it: `commentdesk doctor`.

Each check is a small function in an ordered list; each answers ok, warn (it
works, but a newsroom would want to know) or fail (the service would not do
its job). Nothing is changed: the checks read and try, they do not repair.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from commentdesk.services import Services
from commentdesk.store import SchemaOutOfDate
from commentdesk.store import outbox as outbox_store
from commentdesk.store import sites as site_store

OK, WARN, FAIL = "ok", "warn", "fail"


@dataclass(frozen=True)
class Finding:
    check: str
    status: str  # OK, WARN or FAIL
    detail: str


def _database(services: Services) -> Finding:
    try:
        services.store.check()
    except SchemaOutOfDate as err:
        return Finding("database", FAIL, str(err))
    except sa.exc.SQLAlchemyError as err:
        return Finding("database", FAIL, f"unreachable: {str(err).splitlines()[0][:200]}")
    return Finding("database", OK, f"{services.store.dialect}, schema current")


def _durability(services: Services) -> Finding:
    # A 2xx promises the comment is on disk: WAL with full sync, or synchronous commit.
    with services.store.read() as conn:
        if services.store.dialect == "sqlite":
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
            sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
            good = mode == "wal" and sync == 2
            detail = f"journal_mode={mode}, synchronous={sync} (2 is FULL)"
        else:
            setting = conn.exec_driver_sql("SHOW synchronous_commit").scalar()
            good = setting != "off"
            detail = f"synchronous_commit={setting}"
    return Finding("durability", OK if good else FAIL, detail)


def _statistics(services: Services) -> Finding:
    # PostgreSQL chooses each query's indexes from table statistics, which
    # autovacuum keeps. Without them it took a site's every comment for the
    # repeats check of each submission batch: 4-6 ms a batch at 10,000
    # comments, and more as they accumulate.
    if services.store.dialect == "sqlite":
        return Finding("statistics", OK, "not needed on SQLite")
    with services.store.read() as conn:
        autovacuum, counted = conn.exec_driver_sql(
            "SELECT current_setting('autovacuum'), current_setting('track_counts')"
        ).one()
    if autovacuum == "on" and counted == "on":
        return Finding("statistics", OK, "autovacuum keeps the planner's statistics")
    return Finding(
        "statistics",
        WARN,
        f"autovacuum={autovacuum}, track_counts={counted}: nothing keeps the planner's "
        "statistics, and submissions slow as comments accumulate; turn both on, or run "
        "`vacuumdb --analyze-only` daily",
    )


def _scorer(services: Services) -> Finding:
    started = time.perf_counter()
    try:
        scorer = services.scorer
        loaded = time.perf_counter() - started
        began = time.perf_counter()
        [result] = scorer.score(["The council should publish the full costings."])
        scored = (time.perf_counter() - began) * 1000
    except Exception as err:  # noqa: BLE001 - any failure is the finding
        return Finding("scorer", FAIL, f"{type(err).__name__}: {err}"[:300])
    return Finding(
        "scorer",
        OK,
        f"model {result.model_version}, loaded in {loaded:.1f} s, one comment {scored:.0f} ms",
    )


def _rate_limits(services: Services) -> Finding:
    if not services.settings.redis_url:
        return Finding("rate limits", OK, "counters in the database")
    import redis

    try:
        redis.Redis.from_url(services.settings.redis_url, socket_timeout=2).ping()
    except redis.RedisError as err:
        return Finding("rate limits", FAIL, f"Redis unreachable: {err}")
    return Finding("rate limits", OK, "counters in Redis")


def _sites(services: Services) -> Finding:
    with services.store.read() as conn:
        found = site_store.all_sites(conn)
    if not found:
        return Finding("sites", WARN, "none yet: `commentdesk sites create`")
    bare = [s.slug for s in found if not s.allowed_origins]
    if bare:
        return Finding("sites", WARN, f"no origin may embed the discussion of: {', '.join(bare)}")
    return Finding("sites", OK, f"{len(found)} site(s)")


def _webhooks(services: Services) -> Finding:
    with services.store.read() as conn:
        failed = {
            s.slug: outbox_store.counts(conn, s.id)["failed"] for s in site_store.all_sites(conn)
        }
    stuck = {slug: n for slug, n in failed.items() if n}
    if stuck:
        listed = ", ".join(f"{slug}: {n}" for slug, n in stuck.items())
        return Finding("webhooks", WARN, f"given up on ({listed}): `commentdesk webhooks list`")
    return Finding("webhooks", OK, "no failed deliveries")


def _cookies(services: Services) -> Finding:
    if services.settings.secure_cookies:
        return Finding("cookies", OK, "dashboard cookies are Secure")
    return Finding(
        "cookies", WARN, "set COMMENTDESK_SECURE_COOKIES=true once the service is behind HTTPS"
    )


def _data_dir(services: Services) -> Finding:
    path = Path(services.settings.data_dir)
    if not path.exists():
        parent = path.resolve().parent
        if os.access(parent, os.W_OK):
            return Finding("data directory", OK, f"{path.resolve()} will be created at start")
        return Finding("data directory", FAIL, f"{path.resolve()} cannot be created")
    probe = path / ".checkup"
    try:
        probe.write_text("ok")
        probe.unlink()
    except OSError as err:
        return Finding("data directory", FAIL, f"{path}: {err}")
    return Finding("data directory", OK, f"{path.resolve()} is writable")


# In order: a later check may rely on an earlier one having passed.
CHECKS: list[Callable[[Services], Finding]] = [
    _data_dir,
    _database,
    _durability,
    _statistics,
    _scorer,
    _rate_limits,
    _sites,
    _webhooks,
    _cookies,
]


def at_start(services: Services) -> list[Finding]:
    """The warnings `commentdesk serve` prints as it starts: what would not stop
    the service today but would slow it as comments accumulate."""
    return [found for found in (_statistics(services),) if found.status != OK]


def run(services: Services) -> list[Finding]:
    """Every check, in order; after a failed database check the rest are skipped."""
    findings = []
    for check in CHECKS:
        found = check(services)
        findings.append(found)
        if found.check == "database" and found.status == FAIL:
            break
    return findings
