"""Batch scoring in worker processes: the same results as one process, in order."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.pool import ScorerPool, WorkerLost, default_workers, score_batches
from tests.processes import descendants, parents

TEXTS = [
    "You are an idiot.",
    "Thanks for the clear report on the council vote.",
    "I know where you live, watch your back",
    "Immigration law should apply to everyone equally.",
    "",
    "those people are animals who come here to steal",
    "What a f*cking m0ron",
]


def test_a_pool_scores_as_one_process_does_in_input_order(scorer: Scorer) -> None:
    # Batches of uneven size, each with its own payload, so that a batch
    # returned out of turn or a result matched to the wrong text shows.
    batches = [("a", TEXTS[:3]), ("b", TEXTS[3:4]), ("c", TEXTS[4:])]
    with ScorerPool(2) as pool:
        scored = list(pool.map(batches))
    assert [payload for payload, _ in scored] == ["a", "b", "c"]
    assert [r for _, results in scored for r in results] == scorer.score(TEXTS)


def test_a_worker_error_is_raised_in_the_parent() -> None:
    with ScorerPool(1) as pool:
        results = pool.map([(1, ["fine"]), (2, ["fine", 3])])  # type: ignore[list-item]
        assert next(results)[0] == 1
        with pytest.raises(TypeError, match="text 1 is int"):
            next(results)


def test_one_batch_or_one_worker_is_scored_in_this_process(scorer: Scorer) -> None:
    calls: list[int] = []

    def local() -> Scorer:
        calls.append(1)
        return scorer

    alone = list(score_batches([(0, TEXTS)], local, workers=2))
    assert calls == [1] and alone == [(0, scorer.score(TEXTS))]
    serial = list(score_batches([(0, TEXTS[:2]), (1, TEXTS[2:])], local, workers=1))
    assert calls == [1, 1] and [r for _, rs in serial for r in rs] == scorer.score(TEXTS)
    # Two batches and two workers: a pool, so this process's scorer is never asked for.
    pooled = list(score_batches([(0, TEXTS[:2]), (1, TEXTS[2:])], local, workers=2))
    assert calls == [1, 1] and [r for _, rs in pooled for r in rs] == scorer.score(TEXTS)
    assert list(score_batches([], local, workers=2)) == []


def test_a_pool_needs_a_worker_and_defaults_to_the_cores() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        ScorerPool(0)
    assert 1 <= default_workers() <= 8


def test_workers_load_the_model_and_stages_they_are_given(monkeypatch: pytest.MonkeyPatch) -> None:
    from commentdesk.scoring.scorer import DEFAULT_MODEL_DIR

    # A relative model path, from a directory the workers need not share.
    monkeypatch.chdir(DEFAULT_MODEL_DIR.parent)
    linear = Scorer.load(stages="linear")
    with ScorerPool(1, model=Path(DEFAULT_MODEL_DIR.name), stages="linear") as pool:
        [(_, results)] = list(pool.map([(0, TEXTS)]))
    assert results == linear.score(TEXTS)
    assert all(r.model_version.startswith("cd-lin-") for r in results)


def test_a_worker_killed_mid_run_is_reported_not_waited_for() -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to find the worker")
    before = descendants(os.getpid())
    with ScorerPool(1) as pool:
        assert len(next(pool.map([(0, ["warm up"])]))[1]) == 1
        parent_of = parents()
        # The worker is new, under this process, and a child of the forkserver.
        new = descendants(os.getpid(), parent_of) - before
        [worker] = [p for p in new if parent_of[p] != os.getpid()]
        os.kill(worker, signal.SIGKILL)
        with pytest.raises(WorkerLost, match="ended unexpectedly"):
            list(pool.map([(i, TEXTS) for i in range(4)]))
