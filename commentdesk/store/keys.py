"""API keys: shown once at creation, stored only as a hash, bound to one site."""

from __future__ import annotations

import hashlib
import hmac
import secrets

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from commentdesk.domain import ApiKey, Role
from commentdesk.store import rows
from commentdesk.store.schema import api_keys

KEY_PREFIX = "cdk_"


def _hash(secret: str) -> str:
    # Keys are 256 random bits, so a fast hash is safe; argon2 is for passwords.
    return hashlib.sha256(secret.encode()).hexdigest()


def create(conn: Connection, site_id: int, role: Role, name: str) -> tuple[ApiKey, str]:
    """Returns the key record and the plaintext key, which is never stored."""
    prefix = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    plaintext = f"{KEY_PREFIX}{prefix}_{secret}"
    result = conn.execute(
        api_keys.insert().values(
            site_id=site_id,
            role=role.value,
            name=name,
            prefix=prefix,
            key_hash=_hash(plaintext),
            created_at=rows.utcnow(),
        )
    )
    key_id = result.inserted_primary_key[0]  # type: ignore[index]
    return ApiKey(id=key_id, site_id=site_id, role=role, name=name, prefix=prefix), plaintext


def verify(conn: Connection, plaintext: str) -> ApiKey | None:
    if not plaintext.startswith(KEY_PREFIX) or plaintext.count("_") < 2:
        return None
    prefix = plaintext[len(KEY_PREFIX) :].split("_", 1)[0]
    row = conn.execute(
        sa.select(api_keys).where(api_keys.c.prefix == prefix, api_keys.c.revoked_at.is_(None))
    ).first()
    if row is None or not hmac.compare_digest(row.key_hash, _hash(plaintext)):
        return None
    return ApiKey(id=row.id, site_id=row.site_id, role=Role(row.role), name=row.name, prefix=prefix)


def revoke(conn: Connection, site_id: int, prefix: str) -> bool:
    result = conn.execute(
        api_keys.update()
        .where(api_keys.c.site_id == site_id, api_keys.c.prefix == prefix)
        .values(revoked_at=rows.utcnow())
    )
    return bool(result.rowcount)


def for_site(conn: Connection, site_id: int) -> list[ApiKey]:
    query = sa.select(api_keys).where(
        api_keys.c.site_id == site_id, api_keys.c.revoked_at.is_(None)
    )
    return [
        ApiKey(id=r.id, site_id=r.site_id, role=Role(r.role), name=r.name, prefix=r.prefix)
        for r in conn.execute(query)
    ]
