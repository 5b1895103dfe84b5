"""Settings: one documented table, read from the environment.

Every knob of the service lives here, with its environment variable and its
default, so `commentdesk settings` and the README can print the same table.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

ENV_PREFIX = "COMMENTDESK_"


def _meta(env: str, doc: str) -> dict[str, str]:
    return {"env": ENV_PREFIX + env, "doc": doc}


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(
        default=Path("./data"),
        metadata=_meta("DATA_DIR", "Where the embedded SQLite database and other state live."),
    )
    database_url: str = field(
        default="",
        metadata=_meta(
            "DATABASE_URL",
            "SQLAlchemy URL; empty means SQLite at DATA_DIR/commentdesk.db. "
            "postgresql://user@host/db runs on PostgreSQL.",
        ),
    )
    redis_url: str = field(
        default="",
        metadata=_meta(
            "REDIS_URL", "Shared store for rate-limit counters; empty means the database."
        ),
    )
    max_body_chars: int = field(
        default=10_000, metadata=_meta("MAX_BODY_CHARS", "Longest comment body accepted (422).")
    )
    max_request_bytes: int = field(
        default=64 * 1024, metadata=_meta("MAX_REQUEST_BYTES", "Largest request body (413).")
    )
    max_document_bytes: int = field(
        default=1024 * 1024,
        metadata=_meta(
            "MAX_DOCUMENT_BYTES",
            "Largest request body carrying a policy document: the policy page, storing one "
            "and backtesting one (413).",
        ),
    )
    author_rate: str = field(
        default="10/minute",
        metadata=_meta("AUTHOR_RATE", "Submissions allowed per author (limits syntax)."),
    )
    ip_rate: str = field(
        default="30/minute",
        metadata=_meta("IP_RATE", "Submissions allowed per client IP, anonymous posters included."),
    )
    report_rate: str = field(
        default="20/minute", metadata=_meta("REPORT_RATE", "Reports allowed per client IP.")
    )
    draft_rate: str = field(
        default="60/minute",
        metadata=_meta("DRAFT_RATE", "Draft civility checks allowed per client IP."),
    )
    like_rate: str = field(
        default="60/minute",
        metadata=_meta("LIKE_RATE", "Likes and unlikes allowed per signed-in reader."),
    )
    login_failures: int = field(
        default=5,
        metadata=_meta("LOGIN_FAILURES", "Failed sign-ins before a moderator account locks."),
    )
    login_lockout_s: int = field(
        default=900, metadata=_meta("LOGIN_LOCKOUT_S", "How long a locked account stays locked.")
    )
    scoring_timeout_s: float = field(
        default=2.0,
        metadata=_meta(
            "SCORING_TIMEOUT_S",
            "Longer than this for each 16 comments scored together, and they are held unscored.",
        ),
    )
    model_path: str = field(
        default="", metadata=_meta("MODEL_PATH", "Scorer model; empty means the packaged default.")
    )
    scorer_stages: str = field(
        default="cascade",
        metadata=_meta(
            "SCORER_STAGES",
            "cascade (linear, then the encoder where needed), full (the encoder reads every "
            "comment: more accurate, several times slower) or linear (fastest, least accurate).",
        ),
    )
    scorer_threads: int = field(
        default=1,
        metadata=_meta(
            "SCORER_THREADS",
            "Threads for the scorer's second stage in each server process; 0 means min(2, CPUs).",
        ),
    )
    jwt_leeway_s: int = field(
        default=30, metadata=_meta("JWT_LEEWAY_S", "Clock skew tolerated on reader tokens.")
    )
    jwt_max_age_s: int = field(
        default=3600,
        metadata=_meta("JWT_MAX_AGE_S", "Reader tokens older than this (by iat) are refused."),
    )
    edit_window_s: int = field(
        default=900,
        metadata=_meta(
            "EDIT_WINDOW_S",
            "Seconds after posting during which readers may edit their comment (each edit is "
            "decided again); 0: no edits. Deleting one's own comment is always allowed.",
        ),
    )
    webhook_timeout_s: float = field(
        default=5.0, metadata=_meta("WEBHOOK_TIMEOUT_S", "Per-attempt timeout for webhooks.")
    )
    webhook_max_attempts: int = field(
        default=8, metadata=_meta("WEBHOOK_MAX_ATTEMPTS", "Attempts before a webhook is dropped.")
    )
    trusted_proxies: str = field(
        default="127.0.0.1",
        metadata=_meta(
            "TRUSTED_PROXIES",
            "Comma-separated addresses of the reverse proxies whose X-Forwarded-For and "
            "X-Forwarded-Proto are believed (* for any). Rate limits count the reader's "
            "address they pass on; from anyone else, those headers are ignored.",
        ),
    )
    secure_cookies: bool = field(
        default=False,
        metadata=_meta("SECURE_COOKIES", "Mark session cookies Secure (set when behind HTTPS)."),
    )
    session_secret: str = field(
        default="",
        metadata=_meta(
            "SESSION_SECRET", "Signs dashboard sessions; empty means one kept in DATA_DIR."
        ),
    )
    run_outbox: bool = field(
        default=True,
        metadata=_meta("RUN_OUTBOX", "Deliver webhooks from this process's background worker."),
    )
    events_keep_h: int = field(
        default=24,
        metadata=_meta(
            "EVENTS_KEEP_H",
            "Hours the live feed's events are kept for open pages that reconnect.",
        ),
    )
    outbox_keep_days: int = field(
        default=30,
        metadata=_meta(
            "OUTBOX_KEEP_DAYS", "Days delivered and abandoned webhooks are kept, for inspection."
        ),
    )
    ip_keep_days: int = field(
        default=30,
        metadata=_meta(
            "IP_KEEP_DAYS",
            "Days a comment (or an anonymous report) keeps the hash of the address it came "
            "from (for moderators tracing abuse); then housekeeping clears it.",
        ),
    )
    thread_cache_s: int = field(
        default=0,
        metadata=_meta(
            "THREAD_CACHE_S",
            "Seconds a shared cache (a CDN) may serve a public thread page before asking "
            "again; browsers always revalidate with its ETag. 0: no shared caching.",
        ),
    )

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return normalise_database_url(self.database_url)
        return f"sqlite:///{(self.data_dir / 'commentdesk.db').resolve()}"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        env = dict(os.environ if env is None else env)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f.metadata["env"])
            if raw is None:
                continue
            values[f.name] = _coerce(f.default, raw)
        values.update(overrides)
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @classmethod
    def table(cls) -> list[tuple[str, str, str]]:
        """(environment variable, default, meaning) for docs and `commentdesk settings`."""
        return [(f.metadata["env"], str(f.default), f.metadata["doc"]) for f in fields(cls)]


def normalise_database_url(url: str) -> str:
    """Let users write postgresql://; we always drive PostgreSQL with psycopg 3."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _coerce(default: Any, raw: str) -> Any:
    if isinstance(default, bool):
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, Path):
        return Path(raw)
    return raw
