"""Authors as the host site knows them, with their standing and counts."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from commentdesk.domain import Author, AuthorStatus
from commentdesk.store import rows
from commentdesk.store.schema import authors


def ensure(conn: Connection, site_id: int, external_id: str, display_name: str) -> Author:
    """The author with this external id, created on first sight; the name follows the host."""
    existing = by_external_id(conn, site_id, external_id)
    if existing is not None:
        rename(conn, existing, display_name)
        return existing
    # Two first comments of a new author may arrive at once (other process or
    # thread): whoever inserts second keeps the first one's row.
    insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    conn.execute(
        insert(authors)
        .values(
            site_id=site_id,
            external_id=external_id,
            display_name=display_name or external_id,
            status=AuthorStatus.ACTIVE.value,
            created_at=rows.utcnow(),
        )
        .on_conflict_do_nothing(index_elements=["site_id", "external_id"])
    )
    author = by_external_id(conn, site_id, external_id)
    assert author is not None
    return author


def rename(conn: Connection, author: Author, display_name: str) -> None:
    """The host site's name for the author wins: it is the one readers know."""
    if display_name and display_name != author.display_name:
        conn.execute(
            authors.update().where(authors.c.id == author.id).values(display_name=display_name)
        )
        author.display_name = display_name


def get(conn: Connection, site_id: int, author_id: int) -> Author | None:
    row = conn.execute(
        sa.select(authors).where(authors.c.id == author_id, authors.c.site_id == site_id)
    ).first()
    return rows.author(row) if row else None


def site_of(conn: Connection, author_id: int) -> int | None:
    """The site an author belongs to, for a request that names only the author."""
    found = conn.execute(sa.select(authors.c.site_id).where(authors.c.id == author_id)).scalar()
    return None if found is None else int(found)


def by_external_id(conn: Connection, site_id: int, external_id: str) -> Author | None:
    row = conn.execute(
        sa.select(authors).where(authors.c.site_id == site_id, authors.c.external_id == external_id)
    ).first()
    return rows.author(row) if row else None


def by_external_ids(conn: Connection, site_id: int, external_ids: Collection[str]) -> list[Author]:
    if not external_ids:
        return []
    params = {"site_id": site_id, "ids": sorted(external_ids)}
    return [rows.author(r) for r in conn.execute(_BY_EXTERNAL_IDS, params)]


# Built once: every batch of signed-in readers' comments loads its authors.
_BY_EXTERNAL_IDS = sa.select(authors).where(
    authors.c.site_id == sa.bindparam("site_id"),
    authors.c.external_id.in_(sa.bindparam("ids", expanding=True)),
)


def find(conn: Connection, site_id: int, key: str) -> Author | None:
    author = by_external_id(conn, site_id, key)
    if author is None and key.isdigit() and len(key) < 18:
        author = get(conn, site_id, int(key))
    return author


def set_status(
    conn: Connection,
    author_id: int,
    status: AuthorStatus,
    suspended_until: datetime | None = None,
) -> None:
    conn.execute(
        authors.update()
        .where(authors.c.id == author_id)
        .values(status=status.value, suspended_until=suspended_until)
    )


def set_notes(conn: Connection, author_id: int, notes: str) -> None:
    conn.execute(authors.update().where(authors.c.id == author_id).values(notes=notes))


def adjust_counts(conn: Connection, author_id: int, approved: int, rejected: int) -> None:
    if approved or rejected:
        conn.execute(
            authors.update()
            .where(authors.c.id == author_id)
            .values(
                approved_count=authors.c.approved_count + approved,
                rejected_count=authors.c.rejected_count + rejected,
            )
        )


def adjust_counts_many(conn: Connection, deltas: dict[int, tuple[int, int]]) -> None:
    """Several authors' (approved, rejected) changes in one round trip, in id order
    (so two writers that touch the same authors lock them in the same order)."""
    changed = [
        {"author": author_id, "approved": a, "rejected": r}
        for author_id, (a, r) in sorted(deltas.items())
        if a or r
    ]
    if changed:
        conn.execute(_ADJUST_MANY, changed)


# Built once: every batch with a signed-in reader's comment runs it.
_ADJUST_MANY = (
    authors.update()
    .where(authors.c.id == sa.bindparam("author"))
    .values(
        approved_count=authors.c.approved_count + sa.bindparam("approved"),
        rejected_count=authors.c.rejected_count + sa.bindparam("rejected"),
    )
)


def listing(conn: Connection, site_id: int, limit: int = 50, offset: int = 0) -> list[Author]:
    query = (
        sa.select(authors)
        .where(authors.c.site_id == site_id)
        .order_by(authors.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return [rows.author(r) for r in conn.execute(query)]


def search(conn: Connection, site_id: int, text: str, limit: int = 50) -> list[Author]:
    """Readers whose host id is ``text``, or whose name contains it (any case),
    newest first. An erased reader keeps neither, so is found by neither."""
    text = text.strip()
    if not text:
        return listing(conn, site_id, limit)
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    query = (
        sa.select(authors)
        .where(
            authors.c.site_id == site_id,
            sa.or_(
                authors.c.external_id == text,
                authors.c.display_name.ilike(pattern, escape="\\"),
            ),
        )
        .order_by(authors.c.id.desc())
        .limit(limit)
    )
    return [rows.author(r) for r in conn.execute(query)]


def erase(conn: Connection, author_id: int) -> None:
    """Forget who the author was: name, notes and the host site's id for them.

    The row stays (comments and audit rows point at it), under an id of our
    own, so the same reader coming back starts afresh as a new author.
    """
    conn.execute(
        authors.update()
        .where(authors.c.id == author_id)
        .values(
            external_id=f"erased:{author_id}",
            display_name="",
            notes="",
            status=AuthorStatus.ERASED.value,
            suspended_until=None,
        )
    )
