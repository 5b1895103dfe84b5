"""Scoring at scale: comments/s for the local engine and for Dask with 1 and 2 workers.

Generates N comments (default 100,000) from word lists written here, scores
them with `commentdesk score` (the local engine: in one process, then in
worker processes, its default; starting them is timed too) and with
`commentdesk.ingest.dask_engine.score_with_dask` on a LocalCluster of 1 and
then 2 worker processes (one thread each), checks that every engine wrote the
same scores, and prints a Markdown table for bench/README.md.

    nice python bench/scale_bench.py --n 100000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from commentdesk.domain import ATTRIBUTES
from commentdesk.ingest.dask_engine import score_with_dask
from commentdesk.scoring.cli import app as scoring_app

OUT = Path(__file__).parent / "out" / "scale"

OPENERS = ["I think", "Honestly,", "Read the article:", "As a parent,", "Frankly", "Well,",
           "So", "My view:", "Again,", "Look,"]
SUBJECTS = ["the council", "this mayor", "the new bridge", "the school board", "you",
            "the editor", "our team", "those critics", "the police", "the budget office"]
VERBS = ["is", "seems", "was", "looks", "has been", "keeps being"]
COMPLEMENTS = ["doing a fine job", "completely wrong", "a total idiot", "careful and fair",
               "stupid beyond belief", "worth another look", "a disgrace", "right this time",
               "lying to everyone", "helpful to readers", "pathetic", "a bunch of morons"]
CLOSERS = ["", "Thanks for reporting.", "Shut up.", "What a joke.", "Well said.",
           "I hope someone hurts them.", "See you at the meeting.", "Go away."]


def generate(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            text = " ".join(
                [rng.choice(OPENERS), rng.choice(SUBJECTS), rng.choice(VERBS),
                 rng.choice(COMPLEMENTS) + ".", rng.choice(CLOSERS)]
            ).strip()
            handle.write(json.dumps({"id": f"g{i}", "text": text}) + "\n")


def local(source: Path, n: int, workers: int | None = None) -> tuple[float, pd.DataFrame]:
    """Comments/s through `commentdesk score` (worker processes unless ``workers`` is 1),
    starting its workers and loading their models included."""
    target = OUT / "local.jsonl"
    args = ["score", str(source), "-o", str(target)]
    args += ["--workers", str(workers)] if workers else []
    start = time.perf_counter()
    result = CliRunner().invoke(scoring_app, args)
    elapsed = time.perf_counter() - start
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in target.read_text().splitlines()]
    frame = pd.DataFrame([{"id": r["id"], **r["scores"]} for r in rows])
    return n / elapsed, frame


def dask(source: Path, n: int, workers: int) -> tuple[float, pd.DataFrame]:
    from dask.distributed import LocalCluster

    target = OUT / f"dask-{workers}"
    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        start = time.perf_counter()
        report = score_with_dask(source, target, cluster.scheduler_address)
        elapsed = time.perf_counter() - start
    assert report.rows == n and not report.bad_lines
    return n / elapsed, pd.read_parquet(target)


def importing(n: int) -> float:
    """Comments/s through `commentdesk import` (scored and decided, one transaction each)."""
    import tempfile

    from commentdesk.config import Settings
    from commentdesk.ingest.importer import import_file
    from commentdesk.services import Services
    from commentdesk.store import sites as site_store

    source = OUT / "import.jsonl"
    rng = random.Random(11)
    with source.open("w", encoding="utf-8") as handle:
        for i in range(n):
            text = f"{rng.choice(OPENERS)} {rng.choice(SUBJECTS)} {rng.choice(VERBS)} " + (
                f"{rng.choice(COMPLEMENTS)}. {rng.choice(CLOSERS)}"
            )
            record = {"id": f"i{i}", "story_id": f"s{i % 50}", "author_id": f"a{i % 400}",
                      "body": text}
            handle.write(json.dumps(record) + "\n")
    with tempfile.TemporaryDirectory() as data:
        services = Services.from_settings(Settings(data_dir=Path(data)))
        services.store.migrate()
        with services.store.write() as conn:
            site_id = site_store.create(conn, "bench", "Bench").id
        _ = services.scorer
        start = time.perf_counter()
        report = import_file(services, site_id, source)
        elapsed = time.perf_counter() - start
        services.close()
    assert report.added == n
    return n / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--import-n", type=int, default=5_000)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    source = OUT / "comments.jsonl"
    generate(source, args.n)
    rates: dict[str, float] = {}
    rates["local (commentdesk score), one process (--workers 1)"], reference = local(
        source, args.n, workers=1
    )
    rates["local (commentdesk score), worker processes (default)"], pooled = local(source, args.n)
    reference = reference.set_index("id").sort_index()
    pooled = pooled.set_index("id").sort_index()
    assert (pooled[list(ATTRIBUTES)] == reference[list(ATTRIBUTES)]).all().all()
    for workers in (1, 2):
        rate, frame = dask(source, args.n, workers)
        frame = frame.set_index("id").sort_index()
        assert (frame[list(ATTRIBUTES)] == reference[list(ATTRIBUTES)]).all().all()
        rates[f"dask, {workers} worker{'s' if workers > 1 else ''}"] = rate
    import_rate = importing(args.import_n)
    print(f"\n{args.n} generated comments, {os.cpu_count()} CPUs; same scores from every engine\n")
    print("| engine | comments/s |\n| --- | ---: |")
    for name, rate in rates.items():
        print(f"| {name} | {rate:,.0f} |")
    print(f"\nimport into SQLite, scored and decided: {import_rate:,.0f} comments/s "
          f"({args.import_n} comments)")


if __name__ == "__main__":
    main()
