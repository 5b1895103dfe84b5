"""Dashboard users: argon2-hashed passwords, per-site roles, lock-out on failures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Connection

from commentdesk.domain import Role
from commentdesk.store import rows
from commentdesk.store.schema import memberships, users

_hasher = PasswordHasher()


@dataclass
class User:
    id: int
    username: str
    roles: dict[int, Role] = field(default_factory=dict)  # site id -> role
    locked_until: datetime | None = None
    sessions_after: datetime | None = None  # sessions signed in earlier are void


class LockedOut(Exception):
    def __init__(self, until: datetime) -> None:
        super().__init__(f"account locked until {until.isoformat()}")
        self.until = until


def create(conn: Connection, username: str, password: str) -> User:
    result = conn.execute(
        users.insert().values(
            username=username,
            password_hash=_hasher.hash(password),
            failed_logins=0,
            created_at=rows.utcnow(),
        )
    )
    return User(id=int(result.inserted_primary_key[0]), username=username)  # type: ignore[index]


def grant(conn: Connection, user_id: int, site_id: int, role: Role) -> None:
    conn.execute(
        memberships.delete().where(
            memberships.c.user_id == user_id, memberships.c.site_id == site_id
        )
    )
    conn.execute(memberships.insert().values(user_id=user_id, site_id=site_id, role=role.value))


def get(conn: Connection, user_id: int) -> User | None:
    row = conn.execute(sa.select(users).where(users.c.id == user_id)).first()
    if row is None:
        return None
    roles = {
        site_id: Role(role)
        for site_id, role in conn.execute(
            sa.select(memberships.c.site_id, memberships.c.role).where(
                memberships.c.user_id == user_id
            )
        )
    }
    return User(
        row.id, row.username, roles, rows.aware(row.locked_until), rows.aware(row.sessions_after)
    )


def listing(conn: Connection) -> list[User]:
    """Every dashboard user, by name, with their roles."""
    ids = conn.execute(sa.select(users.c.id).order_by(users.c.username)).scalars().all()
    return [user for uid in ids if (user := get(conn, uid)) is not None]


def revoke(conn: Connection, user_id: int, site_id: int) -> bool:
    """Take away the user's role on a site; True if they had one."""
    gone = conn.execute(
        memberships.delete().where(
            memberships.c.user_id == user_id, memberships.c.site_id == site_id
        )
    )
    return bool(gone.rowcount)


def end_sessions(conn: Connection, user_id: int, at: datetime) -> None:
    """Void every dashboard session of the user signed in before ``at``."""
    conn.execute(users.update().where(users.c.id == user_id).values(sessions_after=at))


def by_username(conn: Connection, username: str) -> User | None:
    uid = conn.execute(sa.select(users.c.id).where(users.c.username == username)).scalar()
    return get(conn, uid) if uid is not None else None


def authenticate(
    conn: Connection, username: str, password: str, *, max_failures: int, lockout: timedelta
) -> User | None:
    """The user if the password matches; counts failures and locks the account."""
    row = conn.execute(sa.select(users).where(users.c.username == username)).first()
    now = rows.utcnow()
    if row is None:
        # Spend the same effort as a real check, so timing does not reveal names.
        try:
            _hasher.verify(_DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            pass
        return None
    locked_until = rows.aware(row.locked_until)
    if locked_until and locked_until > now:
        raise LockedOut(locked_until)
    try:
        _hasher.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        failures = row.failed_logins + 1
        values: dict[str, object] = {"failed_logins": failures}
        if failures >= max_failures:
            values = {"failed_logins": 0, "locked_until": now + lockout}
        conn.execute(users.update().where(users.c.id == row.id).values(**values))
        return None
    conn.execute(
        users.update().where(users.c.id == row.id).values(failed_logins=0, locked_until=None)
    )
    return get(conn, row.id)


def set_password(conn: Connection, user_id: int, password: str) -> None:
    """A new password, which also ends every session signed in with the old one
    and lifts a lock-out."""
    conn.execute(
        users.update()
        .where(users.c.id == user_id)
        .values(
            password_hash=_hasher.hash(password),
            failed_logins=0,
            locked_until=None,
            sessions_after=rows.utcnow(),
        )
    )


_DUMMY_HASH = _hasher.hash("commentdesk-not-a-password")
