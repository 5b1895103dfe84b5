"""Batch scoring on every core: whole batches scored in worker processes, in order.

In one process the readings, the linear stage and the spans are Python and
hold the GIL, so while they run only one core works, and the encoder's runs
(which do use every core) wait for them. A batch job has no one waiting on a
single comment, so it scores whole batches in worker processes instead, each
with its own one-thread scorer: on two cores that is about a third more
comments per second than one process (``bench/README.md``). The scores are
the same either way, since every comment is scored alone: features and their
weights are per row, and the encoder reads one comment per run.

Workers ignore SIGINT, so Ctrl-C stops the parent, which lets each worker
finish the batch it holds (under a second) and shuts the pool down, without a
traceback from every worker.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from commentdesk.domain import ScoreResult
from commentdesk.scoring.scorer import Scorer

T = TypeVar("T")

# More workers than this rarely pays on one machine (each holds its own model,
# a few hundred MB); a cluster is what the Dask engine is for.
MAX_DEFAULT_WORKERS = 8
# Batches queued per worker: one to score, one waiting, so a worker never idles
# while the parent collects; memory stays bounded by the queue, not the input.
IN_FLIGHT_PER_WORKER = 2

_worker_scorer: Scorer | None = None


class WorkerLost(RuntimeError):
    """A worker process ended while scoring (killed, or out of memory): the
    batches it held are lost, so the run cannot go on in order."""


def default_workers() -> int:
    """One worker per core this process may run on, at most ``MAX_DEFAULT_WORKERS``."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_DEFAULT_WORKERS))


class ScorerPool:
    """``workers`` processes, each scoring whole batches with its own scorer."""

    def __init__(self, workers: int, model: Path | None = None, stages: str = "cascade") -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        self.workers = workers
        # forkserver: a worker starts from a clean process, not a copy of a
        # parent that may hold onnxruntime's threads or an open database.
        self._executor = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("forkserver"),
            initializer=_start_worker,
            # Resolved here: a worker need not share this process's directory.
            initargs=(str(Path(model).resolve()) if model else None, stages),
        )

    def map(
        self, batches: Iterable[tuple[T, Sequence[str]]]
    ) -> Iterator[tuple[T, list[ScoreResult]]]:
        """Each ``(payload, texts)`` batch back as ``(payload, results)``, in input order.

        At most ``IN_FLIGHT_PER_WORKER`` batches per worker are read ahead. A
        worker's error is raised here, and a worker that dies as
        :class:`WorkerLost`; nothing after it is yielded.
        """
        try:
            yield from self._map(batches)
        except BrokenProcessPool as exc:
            raise WorkerLost(
                f"a scoring worker process ended unexpectedly (killed, or out of memory?): {exc}"
            ) from exc

    def _map(
        self, batches: Iterable[tuple[T, Sequence[str]]]
    ) -> Iterator[tuple[T, list[ScoreResult]]]:
        pending: deque[tuple[T, Future[list[ScoreResult]]]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        for payload, texts in batches:
            pending.append((payload, self._executor.submit(_score, list(texts))))
            # Whatever is finished at the head goes out now: a slow input
            # (a pipe) then gets its output as it comes, not a queue later.
            while len(pending) >= limit or (pending and pending[0][1].done()):
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()

    def close(self) -> None:
        """Stop the workers: batches not yet started are dropped, started ones finish."""
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ScorerPool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def score_batches(
    batches: Iterable[tuple[T, Sequence[str]]],
    scorer: Callable[[], Scorer],
    *,
    workers: int = 1,
    model: Path | None = None,
    stages: str = "cascade",
) -> Generator[tuple[T, list[ScoreResult]], None, None]:
    """Each batch scored, in order: in this process by ``scorer()`` with one
    worker or when there is only one batch (starting processes and loading a
    model in each would cost more than it saves), else on a :class:`ScorerPool`
    of ``workers`` loading ``model`` (None: the packaged one) for ``stages``."""
    rest = iter(batches)
    first = next(rest, None)
    if first is None:
        return
    second = next(rest, None) if workers > 1 else None
    if second is None:
        local = scorer()
        for payload, texts in itertools.chain([first], rest):
            yield payload, local.score(texts)
        return
    with ScorerPool(workers, model, stages) as pool:
        yield from pool.map(itertools.chain([first, second], rest))


def _start_worker(model: str | None, stages: str) -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _worker_scorer
    # One thread each: the workers are the parallelism.
    _worker_scorer = Scorer.load(Path(model) if model else None, threads=1, stages=stages)


def _score(texts: list[str]) -> list[ScoreResult]:
    assert _worker_scorer is not None, "the pool's initializer loads the scorer"
    return _worker_scorer.score(texts)
