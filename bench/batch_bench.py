"""One intake batch, timed alone and beside a thread that keeps the GIL busy.

In the service, a batch's thread gives up the GIL at every round trip to the
database and at every wait for the scorer, and under load it waits for the
request threads to give it back: Python hands the GIL over every 5 ms at most
(`sys.getswitchinterval`). A thread that never blocks is the worst such
neighbour, so with it each blocking call costs about one switch interval, and
the time per batch counts the batch's blocking calls. Every comment is by a
signed-in reader the site already knows (the usual case: the rejection-rate
rule then asks for each reader's record), scored by the linear stage so that
the scorer adds as few waits of its own as possible.

    .venv/bin/python bench/batch_bench.py --db postgresql://postgres@127.0.0.1:5432/test
    .venv/bin/python bench/batch_bench.py --db sqlite
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # databases.py
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's commentdesk

from databases import refresh_statistics, temporary_database  # noqa: E402 - bench/

from commentdesk import actions  # noqa: E402
from commentdesk.config import Settings  # noqa: E402
from commentdesk.scoring import Scorer  # noqa: E402
from commentdesk.services import Services  # noqa: E402
from commentdesk.store import Store  # noqa: E402
from commentdesk.store import sites as site_store  # noqa: E402
from commentdesk.store import stories as story_store  # noqa: E402

READERS = 5


def run(database_url: str, data_dir: str, batch_size: int, batches: int) -> dict[str, float]:
    store = Store(database_url)
    store.migrate()
    scorer = Scorer.load(stages="linear")
    settings = Settings(data_dir=Path(data_dir), database_url=database_url, run_outbox=False)
    services = Services(settings=settings, store=store, scorer_factory=lambda: scorer)
    with store.write() as conn:
        site = site_store.create(conn, "b" + uuid.uuid4().hex[:8], "Bench", allowed_origins=[])
        story, _ = story_store.upsert(conn, site.id, "bench-story", title="Bench")
    sent = 0

    def batch() -> None:
        nonlocal sent
        items = []
        for _ in range(batch_size):
            sent += 1
            text = f"The council should publish the full costings, point {sent}."
            new = actions.NewComment(
                story.id, text, author_external_id=f"reader-{sent % READERS}", author_name="R"
            )
            items.append((site.id, new))
        outcomes = actions.submit_batch(services, items)
        assert not any(isinstance(o, Exception) for o in outcomes), outcomes

    for _ in range(10):  # the readers become known; caches and statements warm
        batch()
    refresh_statistics(database_url)
    figures: dict[str, float] = {}
    for busy in (False, True):
        stop = threading.Event()

        neighbour = threading.Thread(target=_spin, args=(stop,)) if busy else None
        if neighbour:
            neighbour.start()
        start = time.perf_counter()
        for _ in range(batches):
            batch()
        elapsed = time.perf_counter() - start
        stop.set()
        if neighbour:
            neighbour.join()
        key = "busy_neighbour" if busy else "alone"
        figures[f"{key}_ms_per_batch"] = round(elapsed / batches * 1e3, 2)
    figures["switch_interval_ms"] = sys.getswitchinterval() * 1e3
    store.close()
    return figures


def _spin(stop: threading.Event) -> None:
    n = 0
    while not stop.is_set():
        n += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="sqlite", help="'sqlite' or a PostgreSQL URL")
    parser.add_argument("--batch-size", type=int, default=12)
    parser.add_argument("--batches", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        with temporary_database(args.db, data_dir) as url:
            figures = run(url, data_dir, args.batch_size, args.batches)
    print(json.dumps({"database": args.db.split(":")[0], "batch_size": args.batch_size, **figures}))


if __name__ == "__main__":
    main()
