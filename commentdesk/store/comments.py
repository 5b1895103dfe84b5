"""Comments: stored as received, then updated only through recorded decisions."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from psycopg.types.json import Json
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from commentdesk.domain import Comment, CommentStatus, Decision, ScoreResult
from commentdesk.store import counts, rows
from commentdesk.store.schema import (
    authors,
    comment_edits,
    comments,
    reports,
    stories,
)

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)

# Rules whose hold means "waiting for pre-moderation" rather than "suspect".
# Holds for who wrote or where or when, not for what: the pre-moderation queue.
PREMODERATION_RULES = ("story-premoderated", "author-premoderated", "new-author", "quiet-hours")


@functools.lru_cache(maxsize=1024)
def fingerprint(text: str) -> str:
    """Same words, same fingerprint: case, accents, spacing and punctuation ignored.

    Cached: a submission asks for its fingerprint several times (the repeats
    check, the batch's own repeats, the stored row).
    """
    folded = text.casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in folded if not unicodedata.combining(c))
    return hashlib.sha256(_NON_WORD.sub(" ", folded).strip().encode()).hexdigest()


def row(
    *,
    site_id: int,
    story_id: int,
    parent_id: int | None,
    root_id: int | None,
    author_id: int | None,
    body: str,
    decision: Decision,
    score: ScoreResult | None,
    ip_hash: str | None = None,
    idempotency_key: str | None = None,
    external_id: str | None = None,
    created_at: datetime | None = None,
    staff_name: str | None = None,
) -> dict[str, Any]:
    """A comment with its scores and its decision, as values for `insert_rows`.

    `root_id` is the top-level comment of the thread a reply belongs to.
    """
    now = rows.utcnow()
    decisive = decision.decisive
    return {
        "site_id": site_id,
        "story_id": story_id,
        "parent_id": parent_id,
        "root_id": root_id,
        "author_id": author_id,
        "body": body,
        "status": decision.status.value,
        "scores": score.scores if score else {},
        "spans": {k: [list(x) for x in v] for k, v in score.spans.items()} if score else {},
        "reasons": [rows.reason_to_json(r) for r in decision.reasons],
        "model_version": score.model_version if score else decision.model_version,
        "policy_version": decision.policy_version,
        "decisive_rule": decisive.rule if decisive else None,
        "fingerprint": fingerprint(body),
        "ip_hash": ip_hash,
        "idempotency_key": idempotency_key,
        "external_id": external_id,
        "staff_name": staff_name,
        "created_at": created_at or now,
        "updated_at": now,
    }


def insert_rows(conn: Connection, values: list[dict[str, Any]]) -> list[int | None]:
    """Store comments made by `row`, in order; each one's id, or None for a duplicate.

    A run of comments without an idempotency key or import id cannot
    conflict, so it goes in one statement (one round trip on PostgreSQL).
    A comment with either goes alone: a retry racing its first copy inserts
    nothing rather than failing, and the caller then answers with the first copy.
    """
    ids: list[int | None] = []
    run: list[dict[str, Any]] = []
    for value in values:
        if value["idempotency_key"] is None and value["external_id"] is None:
            run.append(value)
            continue
        ids += _insert_run(conn, run)
        run = []
        unless_copy = _INSERT_UNLESS_COPY[conn.dialect.name == "postgresql"]
        ids.append(conn.execute(unless_copy, value).scalar_one_or_none())
    return ids + _insert_run(conn, run)


# Built once, the values bound at execution (every submission inserts).
_INSERT_ONE = comments.insert().returning(comments.c.id)
# By whether the database is PostgreSQL: a retry racing its first copy inserts nothing.
_INSERT_UNLESS_COPY = {
    postgres: (postgresql.insert if postgres else sqlite.insert)(comments)
    .on_conflict_do_nothing()
    .returning(comments.c.id)
    for postgres in (False, True)
}


def _insert_run(conn: Connection, values: list[dict[str, Any]]) -> list[int | None]:
    if not values:
        return []
    if len(values) == 1:
        return [conn.execute(_INSERT_ONE, values[0]).scalar_one()]
    if conn.dialect.name == "postgresql" and all(v.keys() == values[0].keys() for v in values):
        return _insert_each(conn, values)
    # sort_by_parameter_order: SQLAlchemy hands the ids back in the order of the rows.
    result = conn.execute(
        comments.insert().returning(comments.c.id, sort_by_parameter_order=True), values
    )
    return [comment_id for (comment_id,) in result]


def _insert_each(conn: Connection, values: list[dict[str, Any]]) -> list[int | None]:
    """Several comments on PostgreSQL: one statement per row, sent together by
    psycopg's executemany in one round trip, each row's id read back in order.

    SQLAlchemy sends several rows as one INSERT whose text grows with their
    number, so psycopg parses a new statement for each batch size (a tenth of
    the intake's time under load); one row's statement is parsed once and, used
    often, prepared by the server.
    """
    columns = tuple(values[0])
    driver = conn.connection.driver_connection
    assert driver is not None
    dbapi_error = conn.dialect.loaded_dbapi.Error
    ids: list[int | None] = []
    try:
        with driver.cursor() as cursor:
            cursor.executemany(
                _insert_one_sql(columns),
                [[_bound(column, v[column]) for column in columns] for v in values],
                returning=True,
            )
            while True:
                ids.append(int(cursor.fetchone()[0]))
                if not cursor.nextset():
                    break
    except dbapi_error as err:
        # Past SQLAlchemy: raised as the SQLAlchemy error it would have been,
        # so callers (and the web layer's error answers) see what they always did.
        raise sa.exc.DBAPIError.instance(None, None, err, dbapi_error) from err
    return ids


@functools.cache
def _insert_one_sql(columns: tuple[str, ...]) -> str:
    placeholders = ", ".join(["%s"] * len(columns))
    return f"INSERT INTO comments ({', '.join(columns)}) VALUES ({placeholders}) RETURNING id"


# The JSON columns, bound as SQLAlchemy would bind them.
_JSON_COLUMNS = frozenset(c.name for c in comments.c if isinstance(c.type, sa.JSON))


def _bound(column: str, value: Any) -> Any:
    return Json(value) if column in _JSON_COLUMNS else value


def stored(
    comment_id: int, values: dict[str, Any], decision: Decision, score: ScoreResult | None
) -> Comment:
    """The Comment that `insert_rows` stored from `values`."""
    return Comment(
        id=comment_id,
        site_id=values["site_id"],
        story_id=values["story_id"],
        parent_id=values["parent_id"],
        author_id=values["author_id"],
        body=values["body"],
        status=decision.status,
        scores=dict(values["scores"]),
        spans=dict(score.spans) if score else {},
        reasons=list(decision.reasons),
        model_version=values["model_version"],
        policy_version=decision.policy_version,
        created_at=values["created_at"],
        updated_at=values["updated_at"],
        ip_hash=values["ip_hash"],
        external_id=values["external_id"],
        root_id=values["root_id"] if values["parent_id"] is not None else None,
    )


def record_scores(conn: Connection, comment_id: int, score: ScoreResult | None) -> None:
    if score is None:
        return
    conn.execute(
        comments.update()
        .where(comments.c.id == comment_id)
        .values(
            scores=score.scores,
            spans={k: [list(s) for s in v] for k, v in score.spans.items()},
            model_version=score.model_version,
        )
    )


def record_decision(
    conn: Connection, comment_id: int, decision: Decision, *, by_moderator: bool
) -> None:
    decisive = decision.decisive
    values: dict[str, Any] = {
        "status": decision.status.value,
        "reasons": [rows.reason_to_json(r) for r in decision.reasons],
        "policy_version": decision.policy_version,
        "decisive_rule": decisive.rule if decisive else None,
        "updated_at": rows.utcnow(),
    }
    if decision.model_version is not None:
        values["model_version"] = decision.model_version
    if by_moderator:
        values["moderator_status"] = decision.status.value
    if decision.status is not CommentStatus.APPROVED:
        values["featured_at"] = None  # a pick that leaves the thread is no longer one
    conn.execute(comments.update().where(comments.c.id == comment_id).values(**values))


def adjust_reply_counts(conn: Connection, deltas: dict[int, int]) -> None:
    """Several threads' reply counts in one round trip."""
    counts.add(conn, comments.c.reply_count, deltas)


def root_of(conn: Connection, comment_id: int) -> int | None:
    return conn.execute(sa.select(comments.c.root_id).where(comments.c.id == comment_id)).scalar()


def adjust_reply_count(conn: Connection, root_id: int, delta: int) -> None:
    conn.execute(
        comments.update()
        .where(comments.c.id == root_id)
        .values(reply_count=comments.c.reply_count + delta)
    )


def _select(*columns: Any) -> sa.Select[Any]:
    """The comments' columns (all of them unless named) and their author's name:
    the reader's, or the newsroom's byline on a comment it wrote."""
    name = sa.func.coalesce(comments.c.staff_name, authors.c.display_name)
    return sa.select(*(columns or (comments,)), name.label("author_name")).select_from(
        comments.outerjoin(authors, authors.c.id == comments.c.author_id)
    )


def get(conn: Connection, site_id: int, comment_id: int) -> Comment | None:
    row = conn.execute(
        _select().where(comments.c.id == comment_id, comments.c.site_id == site_id)
    ).first()
    return rows.comment(row) if row else None


def get_with_root(conn: Connection, site_id: int, comment_id: int) -> tuple[Comment, int] | None:
    """A comment and the top-level comment of its thread (itself, for a top-level one)."""
    row = conn.execute(_GET_WITH_ROOT, {"comment_id": comment_id, "site_id": site_id}).first()
    return (rows.comment(row), int(row.root_id or row.id)) if row else None


# Built once: every reply reads its parent through it.
_GET_WITH_ROOT = _select().where(
    comments.c.id == sa.bindparam("comment_id"), comments.c.site_id == sa.bindparam("site_id")
)


def get_many(conn: Connection, site_id: int, ids: list[int]) -> list[Comment]:
    if not ids:
        return []
    query = _select().where(comments.c.site_id == site_id, comments.c.id.in_(ids))
    return [rows.comment(r) for r in conn.execute(query.order_by(comments.c.id))]


def of_author(conn: Connection, site_id: int, author_id: int) -> list[Comment]:
    """Every comment of one author, oldest first."""
    query = _select().where(comments.c.site_id == site_id, comments.c.author_id == author_id)
    return [rows.comment(r) for r in conn.execute(query.order_by(comments.c.id))]


def published_of_author(conn: Connection, site_id: int, story_id: int, author_id: int) -> list[int]:
    """The ids of one author's published comments on a story."""
    query = sa.select(comments.c.id).where(
        comments.c.author_id == author_id,
        comments.c.site_id == site_id,
        comments.c.story_id == story_id,
        comments.c.status == CommentStatus.APPROVED.value,
    )
    return [comment_id for (comment_id,) in conn.execute(query.order_by(comments.c.id))]


def erase_text(conn: Connection, ids: list[int]) -> None:
    """Remove what a comment said and what could lead back to its writer.

    The row keeps its place in the thread, its scores, decision and reasons,
    so counts, replies and the audit trail still make sense; the text, its
    highlights, its earlier versions, the address hash and the client's
    retry key go. An empty body marks it: no stored comment is otherwise empty.
    """
    if not ids:
        return
    conn.execute(comment_edits.delete().where(comment_edits.c.comment_id.in_(ids)))
    conn.execute(
        comments.update()
        .where(comments.c.id.in_(ids))
        .values(
            body="",
            spans={},
            fingerprint="",
            ip_hash=None,
            idempotency_key=None,
            updated_at=rows.utcnow(),
        )
    )


def by_idempotency_key(conn: Connection, site_id: int, key: str) -> Comment | None:
    row = conn.execute(
        _select().where(comments.c.site_id == site_id, comments.c.idempotency_key == key)
    ).first()
    return rows.comment(row) if row else None


def by_external_id(conn: Connection, site_id: int, external_id: str) -> Comment | None:
    row = conn.execute(
        _select().where(comments.c.site_id == site_id, comments.c.external_id == external_id)
    ).first()
    return rows.comment(row) if row else None


def moderator_status(conn: Connection, comment_id: int) -> CommentStatus | None:
    value = conn.execute(
        sa.select(comments.c.moderator_status).where(comments.c.id == comment_id)
    ).scalar()
    return CommentStatus(value) if value else None


def edit_body(conn: Connection, comment_id: int, new_body: str, actor: str | None) -> None:
    old = conn.execute(sa.select(comments.c.body).where(comments.c.id == comment_id)).scalar_one()
    conn.execute(
        comment_edits.insert().values(
            comment_id=comment_id, old_body=old, actor=actor, created_at=rows.utcnow()
        )
    )
    conn.execute(
        comments.update()
        .where(comments.c.id == comment_id)
        .values(body=new_body, fingerprint=fingerprint(new_body), updated_at=rows.utcnow())
    )


def edits(conn: Connection, comment_id: int) -> list[dict[str, Any]]:
    query = (
        sa.select(comment_edits)
        .where(comment_edits.c.comment_id == comment_id)
        .order_by(comment_edits.c.id)
    )
    return [
        {"old_body": r.old_body, "actor": r.actor, "at": rows.aware(r.created_at)}
        for r in conn.execute(query)
    ]


def add_report(
    conn: Connection, site_id: int, comment_id: int, reason: str, reporter: str | None
) -> int:
    conn.execute(
        reports.insert().values(
            site_id=site_id,
            comment_id=comment_id,
            reason=reason,
            reporter=reporter,
            created_at=rows.utcnow(),
        )
    )
    conn.execute(
        comments.update()
        .where(comments.c.id == comment_id)
        .values(report_count=comments.c.report_count + 1)
    )
    count = conn.execute(
        sa.select(comments.c.report_count).where(comments.c.id == comment_id)
    ).scalar_one()
    return int(count)


def reporters(conn: Connection, comment_id: int) -> int:
    """How many different reporters (an address's hash, or a key) flagged a comment:
    one reader reporting it five times is one reporter."""
    query = sa.select(sa.func.count(sa.distinct(reports.c.reporter))).where(
        reports.c.comment_id == comment_id, reports.c.reporter.is_not(None)
    )
    return int(conn.execute(query).scalar_one())


def reports_for(conn: Connection, comment_id: int) -> list[dict[str, Any]]:
    query = sa.select(reports).where(reports.c.comment_id == comment_id).order_by(reports.c.id)
    return [
        {"reason": r.reason, "reporter": r.reporter, "at": rows.aware(r.created_at)}
        for r in conn.execute(query)
    ]


# --- history the policy consults ---------------------------------------------------


def author_decisions(conn: Connection, author_id: int, since: datetime) -> tuple[int, int]:
    params = {"author_id": author_id, "since": since}
    by_status = {status: n for status, n in conn.execute(_AUTHOR_DECISIONS, params)}
    return by_status.get("approved", 0), by_status.get("rejected", 0)


# Built once: the policy asks it for every signed-in reader's comment.
_AUTHOR_DECISIONS = (
    sa.select(comments.c.status, sa.func.count())
    .where(
        comments.c.author_id == sa.bindparam("author_id"),
        comments.c.created_at >= sa.bindparam("since"),
    )
    .group_by(comments.c.status)
)


def decisions_of_authors(
    conn: Connection, author_ids: Collection[int], since: datetime, edge_until: datetime
) -> tuple[dict[int, tuple[int, int]], list[tuple[int, bool, datetime]]]:
    """`author_decisions` for many authors in one query: per author, the
    (approved, rejected) counts since `since`; and each of those decided
    comments created before `edge_until`, as (author id, approved?, created at),
    so that a later `since` up to `edge_until` can be answered too."""
    if not author_ids:
        return {}, []
    params = {"authors": sorted(author_ids), "since": since, "until": edge_until}
    counts: dict[int, list[int]] = {}
    edge: list[tuple[int, bool, datetime]] = []
    for author_id, status, edge_at, n in conn.execute(_DECISIONS_OF_AUTHORS, params):
        approved = status == "approved"
        counts.setdefault(author_id, [0, 0])[0 if approved else 1] += n
        if edge_at is not None:
            at = edge_at if edge_at.tzinfo else edge_at.replace(tzinfo=UTC)
            edge += [(int(author_id), approved, at)] * n
    return {a: (c[0], c[1]) for a, c in counts.items()}, edge


# Built once (a batch of signed-in readers' comments asks): see stories.get.
# The comments of the window's edge are grouped by their time, each apart;
# every other comment of an author and status falls in one group.
_EDGE_AT = sa.case(
    (comments.c.created_at < sa.bindparam("until"), comments.c.created_at), else_=sa.null()
)
_DECISIONS_OF_AUTHORS = (
    sa.select(comments.c.author_id, comments.c.status, _EDGE_AT, sa.func.count())
    .where(
        comments.c.author_id.in_(sa.bindparam("authors", expanding=True)),
        comments.c.status.in_(["approved", "rejected"]),
        comments.c.created_at >= sa.bindparam("since"),
    )
    .group_by(comments.c.author_id, comments.c.status, _EDGE_AT)
)


def repeats(
    conn: Connection, site_id: int, text: str, since: datetime, author_id: int | None
) -> tuple[int, int]:
    query = sa.select(comments.c.author_id).where(
        comments.c.site_id == site_id,
        comments.c.fingerprint == fingerprint(text),
        comments.c.created_at >= since,
    )
    same = others = 0
    for (other_author,) in conn.execute(query):
        if author_id is not None and other_author == author_id:
            same += 1
        else:
            others += 1
    return same, others


def same_text_since(
    conn: Connection, site_id: int, fingerprints: Collection[str], since: datetime
) -> list[tuple[str, int | None, datetime]]:
    """(fingerprint, author id, created at) of the site's comments since `since` with any
    of these fingerprints: what `repeats` counts, for many texts in one query."""
    if not fingerprints:
        return []
    found = conn.execute(
        _SAME_TEXT_SINCE,
        {"site_id": site_id, "fingerprints": sorted(fingerprints), "since": since},
    )
    return [(fp, author_id, rows.aware(at)) for fp, author_id, at in found]  # type: ignore[misc]


# Built once (every submission batch asks): see stories.get.
_SAME_TEXT_SINCE = sa.select(
    comments.c.fingerprint, comments.c.author_id, comments.c.created_at
).where(
    comments.c.site_id == sa.bindparam("site_id"),
    comments.c.fingerprint.in_(sa.bindparam("fingerprints", expanding=True)),
    comments.c.created_at >= sa.bindparam("since"),
)


# --- reading threads and queues -------------------------------------------------------

SORTS = {
    "newest": (comments.c.created_at.desc(), comments.c.id.desc()),
    "oldest": (comments.c.created_at.asc(), comments.c.id.asc()),
    "most_replied": (comments.c.reply_count.desc(), comments.c.id.desc()),
    # Ties newest first by id, as most_replied: the order its index holds.
    "liked": (comments.c.like_count.desc(), comments.c.id.desc()),
}


@dataclass
class ThreadPage:
    roots: list[Comment]
    replies: dict[int, list[Comment]]  # parent id -> approved replies, oldest first
    total_roots: int


# What `rows.public_comment` needs, and no more: a busy thread's page spent
# half its time reading and decoding scores and spans no reader is shown.
_PUBLIC_COLUMNS = (
    comments.c.id,
    comments.c.site_id,
    comments.c.story_id,
    comments.c.parent_id,
    comments.c.author_id,
    comments.c.body,
    comments.c.status,
    comments.c.created_at,
    comments.c.updated_at,
    comments.c.featured_at,
    comments.c.like_count,
    comments.c.staff_name,
    comments.c.reply_count,  # not shown; it places a removed comment among the others
    comments.c.root_id,
)


def thread(
    conn: Connection,
    site_id: int,
    story_id: int,
    *,
    sort: str = "newest",
    limit: int = 20,
    offset: int = 0,
    public: bool = False,
) -> ThreadPage:
    """Approved top-level comments of a story, a page at a time, with their approved replies.

    A comment that is no longer approved but has approved replies keeps its
    place, as a tombstone (the caller shows it as removed), so that other
    readers' replies do not vanish with it. With ``public``, the comments
    carry only what any reader may see (see `rows.public_comment`); the
    dashboard asks for everything.
    """
    columns, build = (_PUBLIC_COLUMNS, rows.public_comment) if public else ((), rows.comment)
    if sort == "featured":
        return _featured(conn, site_id, story_id, limit, offset, columns, build)
    top_level = sa.and_(comments.c.story_id == story_id, _IN_THREAD)
    roots_query = (
        _select(*columns)
        .where(comments.c.site_id == site_id, top_level)
        .order_by(*SORTS[sort])
        .limit(limit)
        .offset(offset)
    )
    roots = [build(r) for r in conn.execute(roots_query)]
    # Counted from the thread index alone: a story's comments all belong to its
    # site, and asking for the site too made the database read every row (3 ms
    # for a story of 5,000 comments, against 0.3).
    total = conn.execute(sa.select(sa.func.count()).where(top_level)).scalar_one()
    replies = _replies(conn, site_id, story_id, roots, columns, build, REPLIES_SHOWN)
    return ThreadPage(roots=roots, replies=replies, total_roots=int(total))


def one_thread(
    conn: Connection, site_id: int, comment_id: int, *, public: bool = False
) -> ThreadPage | None:
    """The thread an approved comment belongs to (its top-level comment, with the
    replies in view), for a link to that comment; None if it is not in view."""
    columns, build = (_PUBLIC_COLUMNS, rows.public_comment) if public else ((), rows.comment)
    found = get_with_root(conn, site_id, comment_id)
    if found is None or found[0].status is not CommentStatus.APPROVED:
        return None
    comment, root_id = found
    row = conn.execute(
        _select(*columns).where(comments.c.id == root_id, comments.c.site_id == site_id, _IN_THREAD)
    ).first()
    if row is None:
        return None
    roots = [build(row)]
    replies = _replies(conn, site_id, comment.story_id, roots, columns, build, THREAD_REPLIES)
    return ThreadPage(roots=roots, replies=replies, total_roots=1)


# Replies shown with each thread of a page, the oldest first; a reader asks for
# the rest of a long thread (`one_thread`), so one viral comment with thousands
# of answers cannot make every page of its story megabytes long.
REPLIES_SHOWN = 50
THREAD_REPLIES = 1000


@functools.cache
def _replies_query(public: bool) -> sa.Select[Any]:
    """The first replies of each of the threads named by `roots`, ranked within
    their thread; built once, as building a subquery costs more than running it."""
    order = (comments.c.created_at, comments.c.id)
    rank = sa.func.row_number().over(partition_by=comments.c.root_id, order_by=order)
    ranked = (
        _select(*(_PUBLIC_COLUMNS if public else (comments,)), rank.label("reply_rank"))
        .where(
            comments.c.root_id.in_(sa.bindparam("roots", expanding=True)),
            comments.c.status == CommentStatus.APPROVED.value,
        )
        .subquery()
    )
    return (
        sa.select(ranked)
        .where(ranked.c.reply_rank <= sa.bindparam("limit"))
        .order_by(ranked.c.created_at, ranked.c.id)
    )


def _replies(
    conn: Connection,
    site_id: int,
    story_id: int,
    roots: list[Comment],
    columns: tuple[Any, ...],
    build: Any,
    limit: int,
) -> dict[int, list[Comment]]:
    """The first ``limit`` approved replies in each thread of ``roots``, by parent,
    oldest first, with tombstones for removed replies that have approved replies
    of their own. A parent is older than its replies, so the first replies of a
    thread always come with their parents."""
    replies: dict[int, list[Comment]] = {}
    if not roots:
        return replies
    # By thread alone, so the database looks up the page's threads rather
    # than scanning the story (6 ms against 0.1 for a busy story); a reply
    # shares its thread's story and site, which is checked here anyway.
    reply_rows = conn.execute(
        _replies_query(bool(columns)), {"roots": [r.id for r in roots], "limit": limit}
    )
    found = [build(row) for row in reply_rows]
    found += _missing_parents(conn, [r.id for r in roots], found, columns, build)
    for reply in sorted(found, key=lambda c: (c.created_at or _EPOCH, c.id)):
        if reply.site_id == site_id and reply.story_id == story_id:
            replies.setdefault(reply.parent_id or 0, []).append(reply)
    return replies


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# The thread indexes' condition (schema.IN_THREAD), with the same constants
# rather than parameters: PostgreSQL proves a partial index covers a query
# only from constants, and a prepared statement's generic plan has none.
_IN_THREAD = sa.and_(
    comments.c.parent_id.is_(None),
    sa.or_(
        comments.c.status == sa.literal_column("'approved'"),
        comments.c.reply_count > sa.literal_column("0"),
    ),
)


def _missing_parents(
    conn: Connection,
    root_ids: list[int],
    found: list[Comment],
    columns: tuple[Any, ...],
    build: Any,
) -> list[Comment]:
    """The replies that are no longer approved but have approved replies under
    them, as tombstones, so a removed reply takes only itself out of view."""
    known = set(root_ids) | {c.id for c in found}
    out: list[Comment] = []
    wanted = {c.parent_id for c in found if c.parent_id is not None} - known
    while wanted:
        parents = [
            build(r) for r in conn.execute(_select(*columns).where(comments.c.id.in_(wanted)))
        ]
        out += parents
        known |= {p.id for p in parents}
        wanted = {p.parent_id for p in parents if p.parent_id is not None} - known
    return out


def _featured(
    conn: Connection,
    site_id: int,
    story_id: int,
    limit: int,
    offset: int,
    columns: tuple[Any, ...],
    build: Any,
) -> ThreadPage:
    """The story's featured comments, replies among them, latest pick first, each
    on its own (a pick is read for itself, not for its thread)."""
    picked = sa.and_(
        comments.c.story_id == story_id,
        comments.c.status == CommentStatus.APPROVED.value,
        comments.c.featured_at.is_not(None),
    )
    found = conn.execute(
        _select(*columns)
        .where(comments.c.site_id == site_id, picked)
        .order_by(comments.c.featured_at.desc(), comments.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    total = conn.execute(
        sa.select(sa.func.count()).where(comments.c.site_id == site_id, picked)
    ).scalar_one()
    return ThreadPage(roots=[build(r) for r in found], replies={}, total_roots=int(total))


def set_featured(conn: Connection, comment_id: int, at: datetime | None) -> None:
    conn.execute(comments.update().where(comments.c.id == comment_id).values(featured_at=at))


QUEUES = ("held", "reported", "premoderation", "approved", "featured", "rejected", "all")


@dataclass
class QueueFilter:
    queue: str = "held"
    section: str | None = None
    story_id: int | None = None
    author_id: int | None = None
    status: str | None = None
    text: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    attribute: str | None = None
    min_score: float | None = None
    max_score: float | None = None
    ids: list[int] = field(default_factory=list)
    after_id: int | None = None  # only comments newer than this one (what arrived since)
    # None: the queue's own order (work queues oldest first, others newest first);
    # "oldest", "newest", or "score": highest on `attribute` (TOXICITY) first.
    order: str | None = None


def _queue_conditions(site_id: int, f: QueueFilter) -> list[Any]:
    conds: list[Any] = [comments.c.site_id == site_id]
    premod = comments.c.decisive_rule.in_(PREMODERATION_RULES)
    # The work queues' conditions with the constants of their partial indexes
    # (schema.HELD, schema.REPORTED), so a count reads the index alone.
    held = comments.c.status == sa.literal_column("'held'")
    if f.queue == "held":
        conds += [held, sa.or_(comments.c.decisive_rule.is_(None), ~premod)]
    elif f.queue == "premoderation":
        conds += [held, premod]
    elif f.queue == "reported":
        conds += [
            comments.c.report_count > sa.literal_column("0"),
            comments.c.moderator_status.is_(None),
        ]
    elif f.queue in ("approved", "rejected"):
        conds.append(comments.c.status == f.queue)
    elif f.queue == "featured":
        conds += [comments.c.status == "approved", comments.c.featured_at.is_not(None)]
    if f.status:
        conds.append(comments.c.status == f.status)
    if f.section is not None:
        conds.append(
            comments.c.story_id.in_(
                sa.select(stories.c.id).where(
                    stories.c.site_id == site_id, stories.c.section == f.section
                )
            )
        )
    if f.story_id is not None:
        conds.append(comments.c.story_id == f.story_id)
    if f.author_id is not None:
        conds.append(comments.c.author_id == f.author_id)
    if f.text:
        escaped = f.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conds.append(comments.c.body.ilike(f"%{escaped}%", escape="\\"))
    if f.since is not None:
        conds.append(comments.c.created_at >= f.since)
    if f.until is not None:
        conds.append(comments.c.created_at < f.until)
    if f.attribute:
        value = comments.c.scores[f.attribute].as_float()
        if f.min_score is not None:
            conds.append(value >= f.min_score)
        if f.max_score is not None:
            conds.append(value <= f.max_score)
    if f.ids:
        conds.append(comments.c.id.in_(f.ids))
    if f.after_id is not None:
        conds.append(comments.c.id > f.after_id)
    return conds


def count(conn: Connection, site_id: int, f: QueueFilter) -> int:
    """How many comments the filter finds, without reading them."""
    found = conn.execute(
        sa.select(sa.func.count()).select_from(comments).where(*_queue_conditions(site_id, f))
    )
    return int(found.scalar_one())


def latest_id(conn: Connection, site_id: int) -> int:
    """The site's newest comment id (0 for none): where "new since" starts."""
    found = conn.execute(
        sa.select(sa.func.max(comments.c.id)).where(comments.c.site_id == site_id)
    )
    return int(found.scalar_one() or 0)


def backlog(conn: Connection, site_id: int, queue: str) -> tuple[int, datetime | None]:
    """How many comments wait in a work queue, and when the oldest of them was posted."""
    conds = _queue_conditions(site_id, QueueFilter(queue=queue))
    found = conn.execute(
        sa.select(sa.func.count(), sa.func.min(comments.c.created_at)).where(*conds)
    ).one()
    return int(found[0]), rows.aware(found[1])


def forget_addresses(conn: Connection, before: datetime, limit: int = 1000) -> int:
    """Clear the address hash of up to `limit` comments posted before `before`.

    In slices, so that one pass over a busy day never holds the writers'
    lock for long; the caller repeats until nothing is left.
    """
    expired = (
        sa.select(comments.c.id)
        .where(comments.c.ip_hash.is_not(None), comments.c.created_at < before)
        .limit(limit)
        .scalar_subquery()
    )
    done = conn.execute(comments.update().where(comments.c.id.in_(expired)).values(ip_hash=None))
    return int(done.rowcount)


def forget_reporters(conn: Connection, before: datetime, limit: int = 1000) -> int:
    """Clear the address hash that names an anonymous reporter (`ip:...`) on up to
    `limit` reports made before `before`; what they said stays."""
    expired = (
        sa.select(reports.c.id)
        .where(reports.c.reporter.like("ip:%"), reports.c.created_at < before)
        .limit(limit)
        .scalar_subquery()
    )
    done = conn.execute(reports.update().where(reports.c.id.in_(expired)).values(reporter=None))
    return int(done.rowcount)


def same_address(
    conn: Connection, site_id: int, hashes: Collection[str]
) -> dict[str, tuple[int, int]]:
    """For each address hash, how many of the site's comments still carry it and
    under how many authors (anonymous ones counted as one)."""
    if not hashes:
        return {}
    found = conn.execute(
        sa.select(
            comments.c.ip_hash,
            sa.func.count(),
            sa.func.count(sa.distinct(sa.func.coalesce(comments.c.author_id, 0))),
        )
        .where(comments.c.site_id == site_id, comments.c.ip_hash.in_(sorted(hashes)))
        .group_by(comments.c.ip_hash)
    )
    return {h: (int(n), int(names)) for h, n, names in found}


def held_for(conn: Connection, site_id: int, rule: str) -> int:
    """How many comments are held with ``rule`` as the decisive reason."""
    found = conn.execute(
        sa.select(sa.func.count()).where(
            comments.c.site_id == site_id,
            comments.c.status == "held",
            comments.c.decisive_rule == rule,
        )
    )
    return int(found.scalar_one())


def queue(
    conn: Connection, site_id: int, f: QueueFilter, *, limit: int = 50, offset: int = 0
) -> tuple[list[Comment], int]:
    conds = _queue_conditions(site_id, f)
    query = _select().where(*conds).order_by(*_order(f)).limit(limit).offset(offset)
    items = [rows.comment(r) for r in conn.execute(query)]
    return items, count(conn, site_id, f)


def _order(f: QueueFilter) -> list[Any]:
    # Oldest first for work queues (fairness); newest first for browsing.
    browsing = f.queue in ("approved", "featured", "rejected", "all")
    order = f.order or ("newest" if browsing else "oldest")
    if order == "score":
        # The clearest cases first, to clear them fast; unscored ones last, then by age.
        value = comments.c.scores[f.attribute or "TOXICITY"].as_float()
        return [value.desc().nulls_last(), comments.c.id.asc()]
    return [comments.c.id.desc() if order == "newest" else comments.c.id.asc()]


def neighbours(conn: Connection, comment: Comment, around: int = 2) -> list[Comment]:
    """The parent and the comments just before and after, for context on a card."""
    same_thread = sa.and_(
        comments.c.story_id == comment.story_id,
        comments.c.site_id == comment.site_id,
        comments.c.parent_id.is_(None)
        if comment.parent_id is None
        else comments.c.parent_id == comment.parent_id,
    )
    before = conn.execute(
        _select()
        .where(same_thread, comments.c.id < comment.id)
        .order_by(comments.c.id.desc())
        .limit(around)
    )
    after = conn.execute(
        _select()
        .where(same_thread, comments.c.id > comment.id)
        .order_by(comments.c.id)
        .limit(around)
    )
    found = [rows.comment(r) for r in before][::-1] + [rows.comment(r) for r in after]
    if comment.parent_id is not None:
        parent = get(conn, comment.site_id, comment.parent_id)
        if parent is not None:
            found.insert(0, parent)
    return found


def iterate(
    conn: Connection,
    site_id: int | None = None,
    since: datetime | None = None,
    batch: int = 1000,
) -> Iterator[Comment]:
    """Every stored comment in id order, in bounded memory (keyset pagination).

    Erased comments (an empty body) are left out: there is nothing left to
    score, decide again or export.
    """
    last = 0
    while True:
        query = _select().where(comments.c.id > last, comments.c.body != "")
        if site_id is not None:
            query = query.where(comments.c.site_id == site_id)
        if since is not None:
            query = query.where(comments.c.created_at >= since)
        page = [rows.comment(r) for r in conn.execute(query.order_by(comments.c.id).limit(batch))]
        if not page:
            return
        yield from page
        last = page[-1].id


def moderator_statuses(conn: Connection, ids: list[int]) -> dict[int, CommentStatus]:
    if not ids:
        return {}
    query = sa.select(comments.c.id, comments.c.moderator_status).where(
        comments.c.id.in_(ids), comments.c.moderator_status.is_not(None)
    )
    return {cid: CommentStatus(status) for cid, status in conn.execute(query)}


def site_of(conn: Connection, comment_id: int) -> int | None:
    return conn.execute(sa.select(comments.c.site_id).where(comments.c.id == comment_id)).scalar()
