"""The intake: groups concurrent submissions into batches (group commit).

Request threads (or event-loop tasks) hand their comment to the intake and
wait. A single worker thread takes whatever has queued up, scores it in one
scorer call while it counts it against its rate limits, and stores it in one
transaction, then wakes each waiter with its own result. Under load this turns
hundreds of fsyncs, counter updates and scorer calls a second into a few
dozen, and it keeps this process's writers from queueing on the database lock.
Nothing is acknowledged before its transaction commits.
"""

from __future__ import annotations

import asyncio
import functools
import queue
import threading
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, cast

from commentdesk import actions
from commentdesk.services import Services

_STOP = object()
# The limits one comment counts against: (limit name, identifier) pairs.
Limits = tuple[tuple[str, str], ...]
# Counts a batch's comments against their limits, in order: for each, None or
# the error that refuses it. A refused comment is not stored.
Counting = Callable[[list[Limits]], list[Exception | None]]
# Who waits for a comment's outcome: a blocked thread, or a task on an event loop.
_Waiter = Future[actions.SubmitResult] | asyncio.Future[actions.SubmitResult]
_Entry = tuple[int, actions.NewComment, Limits, _Waiter]
_Outcome = actions.SubmitResult | BaseException


class Intake:
    def __init__(
        self, services: Services, max_batch: int = 64, count: Counting | None = None
    ) -> None:
        self.services = services
        self.max_batch = max_batch
        self.count = count
        # Whether the last batch counted had a comment refused by a rate limit.
        self._refused_lately = False
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(
        self, site_id: int, new: actions.NewComment, limits: Limits = ()
    ) -> actions.SubmitResult:
        """Blocks until the comment is committed (or refused); raises what submit
        raises, and the rate limit's error when one of ``limits`` refuses it."""
        self._ensure_started()
        future: Future[actions.SubmitResult] = Future()
        self._queue.put((site_id, new, limits, future))
        return future.result()

    async def submit_async(
        self, site_id: int, new: actions.NewComment, limits: Limits = ()
    ) -> actions.SubmitResult:
        """As `submit`, awaited on the running event loop instead of blocking a
        thread: the web service's submissions hold no worker thread while they wait."""
        self._ensure_started()
        future: asyncio.Future[actions.SubmitResult] = asyncio.get_running_loop().create_future()
        self._queue.put((site_id, new, limits, future))
        return await future

    def _ensure_started(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="intake", daemon=True)
                self._thread.start()

    def close(self) -> None:
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(_STOP)
            thread.join(timeout=30)

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is _STOP:
                return
            batch = [first]
            while len(batch) < self.max_batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    self._queue.put(_STOP)
                    break
                batch.append(item)
            self._process([cast(_Entry, entry) for entry in batch])

    def _process(self, entries: list[_Entry]) -> None:
        answers: list[tuple[_Waiter, _Outcome]] = []
        try:
            limits = [entry[2] for entry in entries]
            admit = None
            if self.count is not None and any(limits):
                if self._refused_lately:
                    # Comments are being refused: count before scoring, so that
                    # a flood of them costs a statement, not the scorer's time.
                    entries = self._admitted(entries, answers)
                else:
                    # The usual case: count while the scorer works, one wait fewer.
                    admit = functools.partial(self._counted, limits)
            outcomes = actions.submit_batch(
                self.services,
                [(site_id, new) for site_id, new, _limits, _w in entries],
                admit=admit,
            )
            answers += [(entry[3], o) for entry, o in zip(entries, outcomes, strict=True)]
        except BaseException as exc:  # noqa: BLE001 - every waiter must hear about it
            answered = {id(waiter) for waiter, _ in answers}
            answers += [(e[3], exc) for e in entries if id(e[3]) not in answered]
        _answer(answers)

    def _admitted(
        self, entries: list[_Entry], answers: list[tuple[_Waiter, _Outcome]]
    ) -> list[_Entry]:
        """The entries no rate limit refuses; each refused one's answer says why."""
        refusals = self._counted([limits for _s, _n, limits, _w in entries])
        admitted = []
        for entry, refusal in zip(entries, refusals, strict=True):
            if refusal is None:
                admitted.append(entry)
            else:
                answers.append((entry[3], refusal))
        return admitted

    def _counted(self, limits: list[Limits]) -> list[Exception | None]:
        """The batch counted against its limits, remembering whether anything
        was refused (see `_process`)."""
        assert self.count is not None
        refusals = self.count(limits)
        self._refused_lately = any(r is not None for r in refusals)
        return refusals


def _answer(answers: list[tuple[_Waiter, _Outcome]]) -> None:
    """Wake every waiter with its outcome: threads one by one, and each event
    loop once for all of its tasks (one wake-up of the loop, not one per comment)."""
    by_loop: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future[Any], _Outcome]]]
    by_loop = defaultdict(list)
    for waiter, outcome in answers:
        if isinstance(waiter, asyncio.Future):
            by_loop[waiter.get_loop()].append((waiter, outcome))
        else:
            _settle(waiter, outcome)
    for loop, settled in by_loop.items():
        try:
            loop.call_soon_threadsafe(_settle_all, settled)
        except RuntimeError:  # the loop has closed: nobody is waiting any more
            pass


def _settle_all(settled: list[tuple[asyncio.Future[Any], _Outcome]]) -> None:
    for future, outcome in settled:
        if not future.done():  # a task whose client went away was cancelled
            _settle(future, outcome)


def _settle(waiter: _Waiter | asyncio.Future[Any], outcome: _Outcome) -> None:
    if isinstance(outcome, BaseException):
        waiter.set_exception(outcome)
    else:
        waiter.set_result(outcome)
