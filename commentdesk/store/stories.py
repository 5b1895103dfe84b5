"""Stories: the article a thread hangs under, known by the host site's id."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from commentdesk.domain import Site, Story
from commentdesk.store import counts, rows
from commentdesk.store import policies as policy_store
from commentdesk.store.schema import policies, sites, stories


class _Unset(enum.Enum):
    UNSET = "unset"


# A closing time not given, as opposed to None (no closing time): a new story
# then takes its site's default, and an existing one keeps the one it has.
UNSET = _Unset.UNSET
ClosesAt = datetime | None | Literal[_Unset.UNSET]


def upsert(
    conn: Connection,
    site_id: int,
    external_id: str,
    *,
    url: str = "",
    title: str = "",
    section: str = "",
    is_open: bool = True,
    premoderated: bool = False,
    closes_at: ClosesAt = UNSET,
) -> tuple[Story, bool]:
    """Create the story, or update its details; returns (story, created)."""
    existing = by_external_id(conn, site_id, external_id)
    values: dict[str, Any] = {
        "url": url,
        "title": title,
        "section": section,
        "is_open": is_open,
        "premoderated": premoderated,
    }
    if closes_at is not UNSET:
        values["closes_at"] = closes_at
    if existing is not None:
        conn.execute(stories.update().where(stories.c.id == existing.id).values(**values))
        story = get(conn, site_id, existing.id)
        assert story is not None
        return story, False
    created_at = rows.utcnow()
    if closes_at is UNSET:
        days = conn.execute(
            sa.select(sites.c.close_after_days).where(sites.c.id == site_id)
        ).scalar()
        values["closes_at"] = created_at + timedelta(days=days) if days else None
    result = conn.execute(
        stories.insert().values(
            site_id=site_id, external_id=external_id, created_at=created_at, **values
        )
    )
    story = get(conn, site_id, result.inserted_primary_key[0])  # type: ignore[index]
    assert story is not None
    return story, True


# Built once: every submission reads its story, and building the statement
# cost more than running it.
_GET = sa.select(stories).where(
    stories.c.id == sa.bindparam("story_id"), stories.c.site_id == sa.bindparam("site_id")
)


def get(conn: Connection, site_id: int, story_id: int) -> Story | None:
    row = conn.execute(_GET, {"story_id": story_id, "site_id": site_id}).first()
    return rows.story(row) if row else None


def _policy_in_force(scope: sa.ColumnElement[str]) -> sa.ScalarSelect[str]:
    """The latest policy document of the story's site for ``scope`` (as policies.current)."""
    return (
        sa.select(policies.c.document)
        .where(policies.c.site_id == stories.c.site_id, policies.c.scope == scope)
        .order_by(policies.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )


# A story with its site and, for each scope its policy may come from (see
# actions.policies.policy_for), the document in force: one statement.
_GET_WITH_SITE = (
    sa.select(
        stories,
        *(c.label(f"site__{c.name}") for c in sites.c),
        _policy_in_force(sa.literal(policy_store.SITE_SCOPE)).label("policy_site"),
        _policy_in_force(sa.literal(policy_store.SECTION_PREFIX) + stories.c.section).label(
            "policy_section"
        ),
        _policy_in_force(
            sa.literal(policy_store.STORY_PREFIX) + sa.cast(stories.c.id, sa.String)
        ).label("policy_story"),
    )
    .join_from(stories, sites, sites.c.id == stories.c.site_id)
    .where(stories.c.id == sa.bindparam("story_id"), stories.c.site_id == sa.bindparam("site_id"))
)


def get_with_site(
    conn: Connection, site_id: int, story_id: int
) -> tuple[Story, Site, dict[str, str]] | None:
    """The story, its site and the policy documents in force for it, in one round trip.

    Every submission batch needs all three; read one after the other they were
    three waits for the database. The documents are keyed by scope name as in
    the policies table ("site", "section:NAME", "story:ID"); a scope with no
    policy is left out.
    """
    row = conn.execute(_GET_WITH_SITE, {"story_id": story_id, "site_id": site_id}).first()
    if row is None:
        return None
    found = row._mapping
    story = rows.story(row)
    site = rows.site(SimpleNamespace(**{c.name: found[f"site__{c.name}"] for c in sites.c}))
    scopes = {
        "site": policy_store.SITE_SCOPE,
        "section": policy_store.section_scope(story.section or ""),
        "story": policy_store.story_scope(story.id),
    }
    documents = {
        scope: found[f"policy_{name}"]
        for name, scope in scopes.items()
        if found[f"policy_{name}"] is not None
    }
    return story, site, documents


def by_external_id(conn: Connection, site_id: int, external_id: str) -> Story | None:
    row = conn.execute(
        sa.select(stories).where(stories.c.site_id == site_id, stories.c.external_id == external_id)
    ).first()
    return rows.story(row) if row else None


def find(conn: Connection, site_id: int, key: str) -> Story | None:
    """A story by our numeric id or by the host site's external id."""
    story = by_external_id(conn, site_id, key)
    if story is None and key.isdigit() and len(key) < 18:
        story = get(conn, site_id, int(key))
    return story


def listing(conn: Connection, site_id: int, limit: int = 50, offset: int = 0) -> list[Story]:
    query = (
        sa.select(stories)
        .where(stories.c.site_id == site_id)
        .order_by(stories.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return [rows.story(r) for r in conn.execute(query)]


def set_state(
    conn: Connection,
    site_id: int,
    story_id: int,
    *,
    is_open: bool | None = None,
    premoderated: bool | None = None,
    closes_at: ClosesAt = UNSET,
) -> Story | None:
    values: dict[str, Any] = {}
    if is_open is not None:
        values["is_open"] = is_open
    if premoderated is not None:
        values["premoderated"] = premoderated
    if closes_at is not UNSET:
        values["closes_at"] = closes_at
    if values:
        conn.execute(
            stories.update()
            .where(stories.c.id == story_id, stories.c.site_id == site_id)
            .values(**values)
        )
    return get(conn, site_id, story_id)


# Built once: every read of a public thread asks (see get).
_GET_ANY = sa.select(stories).where(stories.c.id == sa.bindparam("story_id"))


def get_any(conn: Connection, story_id: int) -> Story | None:
    """A story by our id whatever its site: for public, unauthenticated reads."""
    row = conn.execute(_GET_ANY, {"story_id": story_id}).first()
    return rows.story(row) if row else None


def adjust_comment_counts(conn: Connection, deltas: dict[int, int]) -> None:
    """Several stories' published-comment counts in one round trip."""
    counts.add(conn, stories.c.comment_count, deltas)


def comment_counts(conn: Connection, site_id: int, external_ids: Iterable[str]) -> dict[str, int]:
    """Published-comment counts of a site's stories by the host's ids; ids it
    does not know are left out."""
    wanted = sorted(set(external_ids))
    if not wanted:
        return {}
    query = sa.select(stories.c.external_id, stories.c.comment_count).where(
        stories.c.site_id == site_id, stories.c.external_id.in_(wanted)
    )
    return {external_id: int(count) for external_id, count in conn.execute(query)}
