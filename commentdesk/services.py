"""The things every use case needs, built once and handed down explicitly.

The API, the dashboard, the CLI and batch jobs each build one `Services` and
pass it to the functions in `commentdesk.actions`; there is no global state.
"""

from __future__ import annotations

import concurrent.futures
import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from commentdesk.config import Settings
from commentdesk.domain import ATTRIBUTES, ScoreResult
from commentdesk.store import Store


class TextScorer(Protocol):
    version: str

    def score(self, texts: Sequence[str]) -> list[ScoreResult]: ...


def load_default_scorer(settings: Settings) -> TextScorer:
    from commentdesk.scoring import Scorer
    from commentdesk.scoring.scorer import STAGES

    threads = settings.scorer_threads or None
    if settings.scorer_stages not in STAGES:
        raise ValueError(
            f"COMMENTDESK_SCORER_STAGES must be one of {', '.join(STAGES)}, "
            f"not {settings.scorer_stages!r}"
        )
    return Scorer.load(settings.model_path or None, threads=threads, stages=settings.scorer_stages)


@dataclass
class Services:
    settings: Settings
    store: Store
    scorer_factory: Callable[[], TextScorer] | None = None
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    _scorer: TextScorer | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _pool: concurrent.futures.ThreadPoolExecutor | None = field(
        default=None, init=False, repr=False
    )

    @classmethod
    def from_settings(cls, settings: Settings) -> Services:
        return cls(
            settings=settings,
            store=Store(settings.effective_database_url),
            scorer_factory=lambda: load_default_scorer(settings),
        )

    @property
    def scorer(self) -> TextScorer:
        with self._lock:
            if self._scorer is None:
                factory = self.scorer_factory or (lambda: load_default_scorer(self.settings))
                self._scorer = factory()
            return self._scorer

    def score_safely(self, texts: Sequence[str]) -> list[ScoreResult | None]:
        """Scores, or None for each text whose score can't be trusted: we fail closed.

        A scorer that raises, overruns its time budget, or returns anything that is
        not six probabilities yields None, and the policy then holds the comment.
        """
        return self.start_scoring(texts)()

    def start_scoring(self, texts: Sequence[str]) -> Callable[[], list[ScoreResult | None]]:
        """`score_safely` in two steps: start the scorer now, and get back a function
        that waits for its scores. The time budget runs from now, so the caller
        may do other work (reads from the database) while the scorer works."""
        count = len(texts)
        if not count:
            return lambda: []
        try:
            # Loading is not scoring: the time budget starts once the model is in memory.
            scorer = self.scorer
            future = self._executor().submit(scorer.score, list(texts))
        except Exception:  # noqa: BLE001 - any failure of the scorer means "unscored"
            return lambda: [None] * count
        deadline = time.monotonic() + scoring_budget(self.settings.scoring_timeout_s, count)

        def scores() -> list[ScoreResult | None]:
            try:
                results = future.result(timeout=max(0.0, deadline - time.monotonic()))
            except Exception:  # noqa: BLE001 - any failure of the scorer means "unscored"
                return [None] * count
            if not isinstance(results, list) or len(results) != count:
                return [None] * count
            return [r if _trustworthy(r) else None for r in results]

        return scores

    def _executor(self) -> concurrent.futures.ThreadPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = concurrent.futures.ThreadPoolExecutor(
                    max_workers=4, thread_name_prefix="scorer"
                )
            return self._pool

    def now(self) -> datetime:
        return self.clock()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self.store.close()


# The time budget is for each this many comments scored together. A budget
# for the whole call would hold a whole batch unscored whenever it was big: on
# a CPU without VNNI, 64 long abusive comments (an intake batch in a raid) take
# about 1.8 s to score, and a rescore batch of 256 several seconds.
SCORING_BUDGET_COMMENTS = 16


def scoring_budget(timeout_s: float, count: int) -> float:
    """Seconds allowed to score ``count`` comments in one call."""
    return timeout_s * max(1, math.ceil(count / SCORING_BUDGET_COMMENTS))


def _trustworthy(result: object) -> bool:
    if not isinstance(result, ScoreResult) or not isinstance(result.scores, dict):
        return False
    for attribute in ATTRIBUTES:
        value = result.scores.get(attribute)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        if math.isnan(value) or not 0.0 <= value <= 1.0:
            return False
    return isinstance(result.model_version, str) and bool(result.model_version)
