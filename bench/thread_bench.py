"""Reading a busy story's public thread: the query behind every page view.

Builds one story of N approved comments (a share of them replies to earlier
top-level comments, as on a busy article) among other stories of the same
site (by default 200 of 100 comments each), then times `comments.thread`
as GET /api/v1/stories/{id}/comments and the embed read it (the public view)
for each sort, on the first page and a deep one. Then times the moderation
queue's tab counts over the whole site, as every queue page and every poll
of an open one asks them.

Usage:
    python bench/thread_bench.py --db sqlite --comments 5000
    python bench/thread_bench.py --db postgresql://postgres@127.0.0.1/test
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from databases import refresh_statistics, temporary_database  # noqa: E402 - bench/


def build(
    database_url: str, comments: int, reply_share: float, other_stories: int, other_comments: int
) -> Any:
    from commentdesk import actions
    from commentdesk.config import Settings
    from commentdesk.domain import ScoreResult
    from commentdesk.services import Services
    from commentdesk.store import Store, sites, stories

    store = Store(database_url)
    store.migrate()
    with store.write() as conn:
        site = sites.create(conn, "thread-" + uuid.uuid4().hex[:8], "Thread bench")
        story, _ = stories.upsert(conn, site.id, "busy", title="Busy")
        others = [stories.upsert(conn, site.id, f"other-{i}")[0] for i in range(other_stories)]
    services = Services(settings=Settings(), store=store, scorer_factory=None)
    # Scores given, so the bench measures reading, not the scorer.
    fine = ScoreResult(scores=dict.fromkeys(_attributes(), 0.01), spans={}, model_version="bench")
    rnd = random.Random(0)
    roots: list[int] = []

    def submit(story_id: int, count: int, replies: bool) -> None:
        for start in range(0, count, 64):
            items = []
            for n in range(start, min(count, start + 64)):
                reply = replies and roots and rnd.random() < reply_share
                parent = rnd.choice(roots) if reply else None
                body = f"Comment {n}: the council's budget leaves out the buses."
                items.append(
                    (
                        site.id,
                        actions.NewComment(
                            story_id=story_id, body=body, parent_id=parent, score=fine
                        ),
                    )
                )
            for outcome in actions.submit_batch(services, items):
                assert not isinstance(outcome, Exception), outcome
                if replies and outcome.comment.parent_id is None:
                    roots.append(outcome.comment.id)

    for other in others:
        submit(other.id, other_comments, replies=False)
    submit(story.id, comments, replies=True)
    return store, site.id, story.id


def _attributes() -> tuple[str, ...]:
    from commentdesk.domain import ATTRIBUTES

    return ATTRIBUTES


def time_pages(store: Any, site_id: int, story_id: int, rounds: int) -> dict[str, Any]:
    import inspect

    from commentdesk.store import comments

    # What readers get (the public view); code before 2026-12-03 had only one.
    public = (
        {"public": True} if "public" in inspect.signature(comments.thread).parameters else {}
    )
    out: dict[str, Any] = {}
    for sort in ("newest", "oldest", "most_replied"):
        for page in (1, 51):
            times = []
            for _ in range(rounds):
                start = time.perf_counter()
                with store.read() as conn:
                    found = comments.thread(
                        conn,
                        site_id,
                        story_id,
                        sort=sort,
                        limit=20,
                        offset=(page - 1) * 20,
                        **public,
                    )
                times.append((time.perf_counter() - start) * 1000)
            replies = sum(len(v) for v in found.replies.values())
            out[f"{sort}_page_{page}"] = {
                "median_ms": round(statistics.median(times), 2),
                "p90_ms": round(sorted(times)[int(0.9 * (len(times) - 1))], 2),
                "replies_on_page": replies,
            }
    return out


def time_queue_counts(store: Any, site_id: int, rounds: int) -> dict[str, Any]:
    """Each moderation queue tab's count, as every queue page and poll asks them."""
    from commentdesk.store import comments
    from commentdesk.web.dashboard_filters import QUEUE_LABELS

    out: dict[str, Any] = {}
    totals = []
    for _ in range(rounds):
        total = 0.0
        for name in QUEUE_LABELS:
            start = time.perf_counter()
            with store.read() as conn:
                found = comments.count(conn, site_id, comments.QueueFilter(queue=name))
            took = (time.perf_counter() - start) * 1000
            out.setdefault(name, {"count": found, "times": []})["times"].append(took)
            total += took
        totals.append(total)
    for entry in out.values():
        entry["median_ms"] = round(statistics.median(entry.pop("times")), 2)
    out["all_tabs_median_ms"] = round(statistics.median(totals), 2)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="sqlite", help="'sqlite' or a PostgreSQL URL")
    parser.add_argument("--comments", type=int, default=5000)
    parser.add_argument("--reply-share", type=float, default=0.4)
    parser.add_argument("--other-stories", type=int, default=200)
    parser.add_argument("--other-comments", type=int, default=100, help="comments per other story")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    with temporary_database(args.db, tempfile.mkdtemp(prefix="cd-thread-")) as database_url:
        started = time.perf_counter()
        store, site_id, story_id = build(
            database_url, args.comments, args.reply_share, args.other_stories, args.other_comments
        )
        built_s = time.perf_counter() - started
        refresh_statistics(database_url)
        report = {
            "database": store.dialect,
            "comments_in_story": args.comments,
            "other_stories": args.other_stories,
            "comments_per_other_story": args.other_comments,
            "built_in_s": round(built_s, 1),
            "pages": time_pages(store, site_id, story_id, args.rounds),
            "queue_counts": time_queue_counts(store, site_id, args.rounds),
        }
        store.close()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
