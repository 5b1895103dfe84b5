"""The tables, as SQLAlchemy Core metadata.

Alembic migrations in `commentdesk/store/migrations` are the source of truth
for the live schema; this module is what the code queries against, and a test
checks that the two agree.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

TS = sa.DateTime(timezone=True)

sites = sa.Table(
    "sites",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("slug", sa.String(64), nullable=False, unique=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("jwt_secret", sa.String(200), nullable=False),
    sa.Column("webhook_urls", sa.JSON, nullable=False),
    sa.Column("webhook_secret", sa.String(200), nullable=False),
    sa.Column("allowed_origins", sa.JSON, nullable=False),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("close_after_days", sa.Integer, nullable=True),
    sa.Column("sign_in_required", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("reports_to_hold", sa.Integer, nullable=True),
)

api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("site_id", sa.ForeignKey("sites.id"), nullable=False, index=True),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("prefix", sa.String(16), nullable=False, unique=True),
    sa.Column("key_hash", sa.String(128), nullable=False),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("revoked_at", TS, nullable=True),
)

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("username", sa.String(200), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(300), nullable=False),
    sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
    sa.Column("locked_until", TS, nullable=True),
    sa.Column("created_at", TS, nullable=False),
    # Dashboard sessions signed in before this are void (sign-out, new password).
    sa.Column("sessions_after", TS, nullable=True),
)

# A dashboard user's role on one site; a user may moderate several sites.
memberships = sa.Table(
    "memberships",
    metadata,
    sa.Column("user_id", sa.ForeignKey("users.id"), primary_key=True),
    sa.Column("site_id", sa.ForeignKey("sites.id"), primary_key=True),
    sa.Column("role", sa.String(20), nullable=False),
)

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("site_id", sa.ForeignKey("sites.id"), nullable=False),
    sa.Column("external_id", sa.String(300), nullable=False),
    sa.Column("url", sa.String(2000), nullable=False),
    sa.Column("title", sa.String(1000), nullable=False),
    sa.Column("section", sa.String(200), nullable=False, server_default=""),
    sa.Column("is_open", sa.Boolean, nullable=False),
    sa.Column("premoderated", sa.Boolean, nullable=False),
    sa.Column("created_at", TS, nullable=False),
    # Past this moment the story takes no new comments, as if closed by hand.
    sa.Column("closes_at", TS, nullable=True),
    # Its approved comments, replies included: kept by every status change in
    # that change's transaction (actions.transition.after_change), so listing pages read
    # a number instead of counting a busy story's comments on every view.
    sa.Column("comment_count", sa.Integer, nullable=False, server_default="0"),
    sa.UniqueConstraint("site_id", "external_id", name="uq_stories_site_external"),
)

authors = sa.Table(
    "authors",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("site_id", sa.ForeignKey("sites.id"), nullable=False),
    sa.Column("external_id", sa.String(300), nullable=False),
    sa.Column("display_name", sa.String(200), nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("suspended_until", TS, nullable=True),
    sa.Column("notes", sa.Text, nullable=False, server_default=""),
    sa.Column("approved_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("rejected_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("created_at", TS, nullable=False),
    sa.UniqueConstraint("site_id", "external_id", name="uq_authors_site_external"),
)

comments = sa.Table(
    "comments",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("site_id", sa.ForeignKey("sites.id"), nullable=False),
    sa.Column("story_id", sa.ForeignKey("stories.id"), nullable=False),
    sa.Column("parent_id", sa.ForeignKey("comments.id"), nullable=True),
    # The top-level comment of the thread, so a page of threads loads in one query.
    sa.Column("root_id", sa.Integer, nullable=True),
    sa.Column("author_id", sa.ForeignKey("authors.id"), nullable=True),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("scores", sa.JSON, nullable=False),
    sa.Column("spans", sa.JSON, nullable=False),
    sa.Column("reasons", sa.JSON, nullable=False),
    sa.Column("model_version", sa.String(100), nullable=True),
    sa.Column("policy_version", sa.String(100), nullable=True),
    # The rule that settled the status, for queues such as pre-moderation.
    sa.Column("decisive_rule", sa.String(100), nullable=True),
    # Normalised-text hash: finds repeats without scanning bodies.
    sa.Column("fingerprint", sa.String(64), nullable=False),
    sa.Column("report_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("reply_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("ip_hash", sa.String(64), nullable=True),
    sa.Column("idempotency_key", sa.String(200), nullable=True),
    sa.Column("external_id", sa.String(300), nullable=True),
    # Set once a person (not the system) has decided: the ground truth for backtests.
    sa.Column("moderator_status", sa.String(20), nullable=True),
    # Set while the newsroom features the comment (an editor's pick).
    sa.Column("featured_at", TS, nullable=True),
    # How many readers like it: kept with each like (see store.likes), as
    # every read of a thread shows it.
    sa.Column("like_count", sa.Integer, nullable=False, server_default="0"),
    # The byline of a comment the newsroom wrote; NULL for readers' comments.
    sa.Column("staff_name", sa.String(200), nullable=True),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
    sa.UniqueConstraint("site_id", "idempotency_key", name="uq_comments_site_idempotency"),
    sa.UniqueConstraint("site_id", "external_id", name="uq_comments_site_external"),
)
sa.Index("ix_comments_story_status", comments.c.story_id, comments.c.status, comments.c.id)
sa.Index("ix_comments_site_status", comments.c.site_id, comments.c.status, comments.c.id)
sa.Index("ix_comments_author", comments.c.author_id, comments.c.created_at)
sa.Index("ix_comments_fingerprint", comments.c.site_id, comments.c.fingerprint)
sa.Index("ix_comments_parent", comments.c.parent_id)
sa.Index("ix_comments_root", comments.c.root_id)
# The public thread: a story's top-level comments that are in view (approved,
# or removed but answered by approved replies, shown as a tombstone), a page at
# a time, newest or oldest first, by replies or by likes. The index holds the page's
# order, so a page reads 20 entries instead of sorting every comment of a busy
# story. Its condition is written with constants, as the thread's query writes
# it, so both databases can prove the query is covered.
# The comments that still carry an address hash: what housekeeping clears after
# COMMENTDESK_IP_KEEP_DAYS, and what a moderator's card groups by address.
sa.Index(
    "ix_comments_ip_hash_time",
    comments.c.ip_hash,
    comments.c.created_at,
    sqlite_where=sa.text("ip_hash IS NOT NULL"),
    postgresql_where=sa.text("ip_hash IS NOT NULL"),
)
# The moderation queue's tab counts, asked on every queue page and every poll
# of an open one: each reads a small index of what it counts instead of the
# site's whole archive (what waits, by the rule that held it; what readers
# reported and no moderator has decided; what is featured). As above, the
# conditions are written with constants, as the counts' queries write them.
HELD = sa.text("status = 'held'")
REPORTED = sa.text("report_count > 0 AND moderator_status IS NULL")
FEATURED = sa.text("featured_at IS NOT NULL")
sa.Index(
    "ix_comments_held_rule",
    comments.c.site_id,
    comments.c.status,
    comments.c.decisive_rule,
    sqlite_where=HELD,
    postgresql_where=HELD,
)
sa.Index(
    "ix_comments_reported",
    comments.c.site_id,
    comments.c.id,
    sqlite_where=REPORTED,
    postgresql_where=REPORTED,
)
sa.Index(
    "ix_comments_featured",
    comments.c.site_id,
    comments.c.featured_at,
    sqlite_where=FEATURED,
    postgresql_where=FEATURED,
)
IN_THREAD = sa.text("parent_id IS NULL AND (status = 'approved' OR reply_count > 0)")
sa.Index(
    "ix_comments_visible_time",
    comments.c.story_id,
    comments.c.created_at,
    comments.c.id,
    sqlite_where=IN_THREAD,
    postgresql_where=IN_THREAD,
)
sa.Index(
    "ix_comments_visible_replies",
    comments.c.story_id,
    comments.c.reply_count,
    comments.c.id,
    sqlite_where=IN_THREAD,
    postgresql_where=IN_THREAD,
)
sa.Index(
    "ix_comments_visible_likes",
    comments.c.story_id,
    comments.c.like_count,
    comments.c.id,
    sqlite_where=IN_THREAD,
    postgresql_where=IN_THREAD,
)

# A reader's like of a comment: one each, whatever they send.
likes = sa.Table(
    "likes",
    metadata,
    sa.Column("comment_id", sa.ForeignKey("comments.id"), primary_key=True),
    sa.Column("author_id", sa.ForeignKey("authors.id"), primary_key=True),
    sa.Column("created_at", TS, nullable=False),
)
sa.Index("ix_likes_author", likes.c.author_id, likes.c.comment_id)

# A reader who would rather not see another reader's comments: one row each.
ignores = sa.Table(
    "ignores",
    metadata,
    sa.Column("reader_id", sa.ForeignKey("authors.id"), primary_key=True),
    sa.Column("ignored_id", sa.ForeignKey("authors.id"), primary_key=True),
    sa.Column("created_at", TS, nullable=False),
)
sa.Index("ix_ignores_ignored", ignores.c.ignored_id)

comment_edits = sa.Table(
    "comment_edits",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("comment_id", sa.ForeignKey("comments.id"), nullable=False, index=True),
    sa.Column("old_body", sa.Text, nullable=False),
    sa.Column("actor", sa.String(200), nullable=True),
    sa.Column("created_at", TS, nullable=False),
)

reports = sa.Table(
    "reports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("site_id", sa.ForeignKey("sites.id"), nullable=False),
    sa.Column("comment_id", sa.ForeignKey("comments.id"), nullable=False, index=True),
    sa.Column("reason", sa.String(1000), nullable=False),
    sa.Column("reporter", sa.String(300), nullable=True),
    sa.Column("created_at", TS, nullable=False),
)

# Append-only: triggers installed by the first migration refuse UPDATE and DELETE.
audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("site_id", sa.ForeignKey("sites.id"), nullable=False),
    sa.Column("subject_type", sa.String(20), nullable=False),
    sa.Column("subject_id", sa.Integer, nullable=False),
    sa.Column("action", sa.String(40), nullable=False),
    sa.Column("actor", sa.String(200), nullable=True),
    sa.Column("old_state", sa.String(40), nullable=True),
    sa.Column("new_state", sa.String(40), nullable=True),
    sa.Column("reasons", sa.JSON, nullable=False),
    sa.Column("model_version", sa.String(100), nullable=True),
    sa.Column("policy_version", sa.String(100), nullable=True),
    sa.Column("created_at", TS, nullable=False),
)
sa.Index("ix_audit_subject", audit_log.c.subject_type, audit_log.c.subject_id)
sa.Index("ix_audit_site_time", audit_log.c.site_id, audit_log.c.created_at)

# Every version of every policy document; the newest row of a scope is in force.
policies = sa.Table(
    "policies",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("site_id", sa.ForeignKey("sites.id"), nullable=False),
    sa.Column("scope", sa.String(300), nullable=False),  # "site", "section:NAME", "story:ID"
    sa.Column("version", sa.String(100), nullable=False),
    sa.Column("document", sa.Text, nullable=False),
    sa.Column("created_by", sa.String(200), nullable=True),
    sa.Column("created_at", TS, nullable=False),
)
sa.Index("ix_policies_scope", policies.c.site_id, policies.c.scope, policies.c.id)

# Durable outbox for webhooks: written in the decision's transaction, sent later.
outbox = sa.Table(
    "outbox",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("site_id", sa.ForeignKey("sites.id"), nullable=False),
    sa.Column("url", sa.String(2000), nullable=False),
    sa.Column("event", sa.String(60), nullable=False),
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", TS, nullable=False),
    sa.Column("delivered_at", TS, nullable=True),
    sa.Column("failed_at", TS, nullable=True),
    sa.Column("last_error", sa.Text, nullable=True),
    sa.Column("claimed_until", TS, nullable=True),
    sa.Column("created_at", TS, nullable=False),
)
sa.Index("ix_outbox_due", outbox.c.delivered_at, outbox.c.failed_at, outbox.c.next_attempt_at)

# Fixed-window counters for rate limits when no Redis is configured.
rate_counters = sa.Table(
    "rate_counters",
    metadata,
    sa.Column("key", sa.String(400), primary_key=True),
    sa.Column("count", sa.Integer, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
)

# Perspective `suggestscore` corrections, kept for later training.
score_suggestions = sa.Table(
    "score_suggestions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("site_id", sa.ForeignKey("sites.id"), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("attribute_scores", sa.JSON, nullable=False),
    sa.Column("languages", sa.JSON, nullable=False),
    sa.Column("client_token", sa.String(300), nullable=True),
    sa.Column("created_at", TS, nullable=False),
)

# Live-update feed for readers: approved comments, read by any process (SSE).
events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("site_id", sa.ForeignKey("sites.id"), nullable=False),
    sa.Column("story_id", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("comment_id", sa.Integer, nullable=False),
    sa.Column("created_at", TS, nullable=False),
)
sa.Index("ix_events_story", events.c.story_id, events.c.id)
