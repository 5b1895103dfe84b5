"""Scoring a file of any size on a Dask distributed cluster, into partitioned Parquet.

The client streams the input (JSONL with ``id``/``text`` fields, or CSV with
named columns) and hands chunks of rows to the workers; each worker loads the
scorer once and writes its chunk as ``part-NNNNN.parquet`` under the output
directory. At most a few chunks per worker are in flight, so memory stays
bounded on both sides whatever the input size. Rows and values are the same
as the local engine's (`commentdesk score`): one row per comment with the six
scores as columns, the spans as JSON and the model version.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from commentdesk.domain import ATTRIBUTES
from commentdesk.scoring import inputs

CHUNK_ROWS = 5000
IN_FLIGHT_PER_WORKER = 2

_scorers: dict[str, Any] = {}
_scorers_lock = threading.Lock()


@dataclass(frozen=True)
class Chunk:
    index: int
    ids: list[str | None]
    texts: list[str]


@dataclass
class DaskScoreReport:
    rows: int = 0
    parts: int = 0
    bad_lines: list[tuple[int, str]] = field(default_factory=list)
    model_version: str | None = None


def score_with_dask(
    input_path: Path,
    output_dir: Path,
    scheduler: str | None,
    text_col: str | None = None,
    id_col: str | None = None,
    *,
    model: Path | None = None,
    chunk_rows: int = CHUNK_ROWS,
    batch_size: int = 256,
    stages: str = "cascade",
) -> DaskScoreReport:
    """Score ``input_path`` on the cluster at ``scheduler`` (None: an in-process one).

    ``text_col`` None reads JSONL ({"id": ..., "text": ...} per line); a name
    reads CSV with the text in that column. Bad lines are reported, not fatal.
    """
    from dask.distributed import Client, LocalCluster, as_completed

    output_dir.mkdir(parents=True, exist_ok=True)
    for stale in output_dir.glob("part-*.parquet"):
        stale.unlink()  # a rerun replaces the output instead of mixing with it
    report = DaskScoreReport()
    cluster = None if scheduler else LocalCluster(n_workers=1, processes=False)
    client = Client(scheduler or cluster)
    try:
        limit = IN_FLIGHT_PER_WORKER * max(len(client.scheduler_info()["workers"]), 1)
        pending = as_completed()
        model_arg = str(model) if model else None
        for chunk in _chunks(input_path, text_col, id_col, chunk_rows, report.bad_lines):
            pending.add(
                client.submit(
                    score_chunk,
                    chunk,
                    str(output_dir),
                    model_arg,
                    batch_size,
                    stages,
                    pure=False,
                )
            )
            while pending.count() >= limit:
                _collect(next(pending), report)
        for future in pending:
            _collect(future, report)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return report


def _collect(future: Any, report: DaskScoreReport) -> None:
    rows, version = future.result()
    report.rows += rows
    report.parts += 1
    report.model_version = version


def _chunks(
    path: Path, text_col: str | None, id_col: str | None, size: int, bad: list[tuple[int, str]]
) -> Iterator[Chunk]:
    ids: list[str | None] = []
    texts: list[str] = []
    index = 0
    for number, item in _records(path, text_col, id_col):
        if isinstance(item, str):
            bad.append((number, item))
            continue
        ids.append(item[0])
        texts.append(item[1])
        if len(texts) >= size:
            yield Chunk(index, ids, texts)
            index, ids, texts = index + 1, [], []
    if texts:
        yield Chunk(index, ids, texts)


def _records(
    path: Path, text_col: str | None, id_col: str | None
) -> Iterator[tuple[int, tuple[str | None, str] | str]]:
    """(line, (id, text)) per good record, (line, problem) per bad one."""
    with inputs.open_input(path) as handle:
        for number, item in inputs.items(handle, text_col, id_col, path.name):
            yield number, item if isinstance(item, str) else (_id(item[0]), item[1])


def _id(value: object) -> str | None:
    # Parquet wants one type per column; ids keep their JSON spelling as text.
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value)


def _scorer(model: str | None, stages: str) -> Any:
    key = f"{stages}:{model or ''}"
    with _scorers_lock:
        if key not in _scorers:
            from commentdesk.scoring import Scorer

            # Parallelism comes from the workers; one thread each avoids
            # oversubscribing the cores the cluster was sized for.
            _scorers[key] = Scorer.load(Path(model) if model else None, threads=1, stages=stages)
        return _scorers[key]


def score_chunk(
    chunk: Chunk, output_dir: str, model: str | None, batch_size: int, stages: str = "cascade"
) -> tuple[int, str]:
    """Runs on a worker: score one chunk and write it as one Parquet part."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    scorer = _scorer(model, stages)
    results = []
    for begin in range(0, len(chunk.texts), batch_size):
        results.extend(scorer.score(chunk.texts[begin : begin + batch_size]))
    columns: dict[str, list[Any]] = {"id": chunk.ids}
    for attribute in ATTRIBUTES:
        columns[attribute] = [r.scores[attribute] for r in results]
    columns["spans"] = [
        json.dumps({a: [list(s) for s in v] for a, v in r.spans.items()}) for r in results
    ]
    columns["model"] = [r.model_version for r in results]
    table = pa.table(columns, schema=schema())
    pq.write_table(table, str(Path(output_dir) / f"part-{chunk.index:05d}.parquet"))
    return len(results), scorer.version


def schema() -> Any:
    import pyarrow as pa

    return pa.schema(
        [pa.field("id", pa.string())]
        + [pa.field(a, pa.float64()) for a in ATTRIBUTES]
        + [pa.field("spans", pa.string()), pa.field("model", pa.string())]
    )
