"""Policy documents, every version kept; the newest row of a scope is in force."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from commentdesk.store import rows
from commentdesk.store.schema import policies

# Where a policy document applies: the whole site, one section, or one story.
# A story's policy is the site's with its section's and then its own overrides.
SITE_SCOPE = "site"
SECTION_PREFIX = "section:"
STORY_PREFIX = "story:"


def section_scope(section: str) -> str:
    return SECTION_PREFIX + section


def story_scope(story_id: int) -> str:
    return f"{STORY_PREFIX}{story_id}"


def is_scope(scope: str) -> bool:
    """Whether ``scope`` names a site, a section or a story, as stored."""
    return scope == SITE_SCOPE or scope.startswith((SECTION_PREFIX, STORY_PREFIX))


@dataclass(frozen=True)
class StoredPolicy:
    id: int
    site_id: int
    scope: str
    version: str
    document: str
    created_by: str | None
    created_at: datetime | None


def _stored(row: object) -> StoredPolicy:
    return StoredPolicy(
        id=row.id,  # type: ignore[attr-defined]
        site_id=row.site_id,  # type: ignore[attr-defined]
        scope=row.scope,  # type: ignore[attr-defined]
        version=row.version,  # type: ignore[attr-defined]
        document=row.document,  # type: ignore[attr-defined]
        created_by=row.created_by,  # type: ignore[attr-defined]
        created_at=rows.aware(row.created_at),  # type: ignore[attr-defined]
    )


def save(
    conn: Connection,
    site_id: int,
    scope: str,
    version: str,
    document: str,
    created_by: str | None,
) -> StoredPolicy:
    result = conn.execute(
        policies.insert().values(
            site_id=site_id,
            scope=scope,
            version=version,
            document=document,
            created_by=created_by,
            created_at=rows.utcnow(),
        )
    )
    row = conn.execute(
        sa.select(policies).where(policies.c.id == result.inserted_primary_key[0])  # type: ignore[index]
    ).one()
    return _stored(row)


def current(conn: Connection, site_id: int, scope: str) -> StoredPolicy | None:
    row = conn.execute(
        sa.select(policies)
        .where(policies.c.site_id == site_id, policies.c.scope == scope)
        .order_by(policies.c.id.desc())
        .limit(1)
    ).first()
    return _stored(row) if row else None


def history(conn: Connection, site_id: int, scope: str | None = None) -> list[StoredPolicy]:
    query = sa.select(policies).where(policies.c.site_id == site_id)
    if scope is not None:
        query = query.where(policies.c.scope == scope)
    return [_stored(r) for r in conn.execute(query.order_by(policies.c.id.desc()))]


def scopes(conn: Connection, site_id: int) -> list[str]:
    query = sa.select(policies.c.scope).where(policies.c.site_id == site_id).distinct()
    return sorted(s for (s,) in conn.execute(query))


# Built once (every submission batch asks): see stories.get.
_CURRENT_MANY = sa.select(policies).where(
    policies.c.id.in_(
        sa.select(sa.func.max(policies.c.id))
        .where(
            policies.c.site_id == sa.bindparam("site_id"),
            policies.c.scope.in_(sa.bindparam("scopes", expanding=True)),
        )
        .group_by(policies.c.scope)
    )
)


def current_many(conn: Connection, site_id: int, scopes: list[str]) -> dict[str, StoredPolicy]:
    """The policy in force for each of several scopes, in one query."""
    found = conn.execute(_CURRENT_MANY, {"site_id": site_id, "scopes": list(scopes)})
    return {row.scope: _stored(row) for row in found}
