"""The intake: groups concurrent submissions into batches (group commit).

Request threads hand their comment to the intake and wait. A single worker
thread takes whatever has queued up, counts it against its rate limits, scores
it in one scorer call and stores it in one transaction, then wakes each waiter
with its own result. Under load this turns hundreds of fsyncs, counter updates
and scorer calls a second into a few dozen, and it keeps this process's
writers from queueing on the database lock. Nothing is acknowledged before its
transaction commits.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import cast

from commentdesk import actions
from commentdesk.services import Services

_STOP = object()
# The limits one comment counts against: (limit name, identifier) pairs.
Limits = tuple[tuple[str, str], ...]
# Counts a batch's comments against their limits, in order: for each, None or
# the error that refuses it. A refused comment is not stored.
Counting = Callable[[list[Limits]], list[Exception | None]]
_Entry = tuple[int, actions.NewComment, Limits, "Future[actions.SubmitResult]"]


class Intake:
    def __init__(
        self, services: Services, max_batch: int = 64, count: Counting | None = None
    ) -> None:
        self.services = services
        self.max_batch = max_batch
        self.count = count
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
        try:
            entries = self._admitted(entries)
            outcomes = actions.submit_batch(
                self.services, [(site_id, new) for site_id, new, _limits, _future in entries]
            )
        except BaseException as exc:  # noqa: BLE001 - every waiter must hear about it
            for *_, future in entries:
                future.set_exception(exc)
            return
        for (*_, future), outcome in zip(entries, outcomes, strict=True):
            if isinstance(outcome, Exception):
                future.set_exception(outcome)
            else:
                future.set_result(outcome)

    def _admitted(self, entries: list[_Entry]) -> list[_Entry]:
        """The entries no rate limit refuses; each refused one hears why."""
        if self.count is None or not any(limits for _s, _n, limits, _f in entries):
            return entries
        refusals = self.count([limits for _s, _n, limits, _f in entries])
        admitted = []
        for entry, refusal in zip(entries, refusals, strict=True):
            if refusal is None:
                admitted.append(entry)
            else:
                entry[3].set_exception(refusal)
        return admitted
