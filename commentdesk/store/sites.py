"""Sites: one install serves several newsrooms, each fully isolated."""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from commentdesk.domain import Site
from commentdesk.store import rows
from commentdesk.store.schema import sites


def create(
    conn: Connection,
    slug: str,
    name: str,
    *,
    jwt_secret: str | None = None,
    webhook_urls: list[str] | None = None,
    allowed_origins: list[str] | None = None,
    close_after_days: int | None = None,
    sign_in_required: bool = False,
    reports_to_hold: int | None = None,
) -> Site:
    result = conn.execute(
        sites.insert().values(
            slug=slug,
            name=name,
            jwt_secret=jwt_secret or secrets.token_urlsafe(32),
            webhook_urls=webhook_urls or [],
            webhook_secret=secrets.token_urlsafe(32),
            allowed_origins=allowed_origins or [],
            created_at=rows.utcnow(),
            close_after_days=close_after_days,
            sign_in_required=sign_in_required,
            reports_to_hold=reports_to_hold,
        )
    )
    site = get(conn, result.inserted_primary_key[0])  # type: ignore[index]
    assert site is not None
    return site


# Built once (every submission reads its site): see stories.get.
_GET = sa.select(sites).where(sites.c.id == sa.bindparam("site_id"))


def get(conn: Connection, site_id: int) -> Site | None:
    row = conn.execute(_GET, {"site_id": site_id}).first()
    return rows.site(row) if row else None


def by_slug(conn: Connection, slug: str) -> Site | None:
    row = conn.execute(sa.select(sites).where(sites.c.slug == slug)).first()
    return rows.site(row) if row else None


def all_sites(conn: Connection) -> list[Site]:
    return [rows.site(r) for r in conn.execute(sa.select(sites).order_by(sites.c.id))]


def update(conn: Connection, site_id: int, **values: object) -> Site | None:
    allowed = {
        "name",
        "jwt_secret",
        "webhook_urls",
        "allowed_origins",
        "close_after_days",
        "sign_in_required",
        "reports_to_hold",
    }
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"cannot update {sorted(unknown)}")
    conn.execute(sites.update().where(sites.c.id == site_id).values(**values))
    return get(conn, site_id)


def all_origins(conn: Connection) -> set[str]:
    found: set[str] = set()
    for (origins,) in conn.execute(sa.select(sites.c.allowed_origins)):
        found.update(origins or [])
    return found
