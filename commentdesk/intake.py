"""The intake: groups concurrent submissions into batches (group commit).

Request threads hand their comment to the intake and wait. A single worker
thread takes whatever has queued up, scores it in one scorer call and stores
it in one transaction, then wakes each waiter with its own result. Under load
this turns hundreds of fsyncs and scorer calls a second into a few dozen, and
it keeps this process's writers from queueing on the database lock. Nothing is
acknowledged before its transaction commits.
"""

from __future__ import annotations

import queue
import threading
from concurrent.futures import Future
from typing import cast

from commentdesk import actions
from commentdesk.services import Services

_STOP = object()
_Entry = tuple[int, actions.NewComment, "Future[actions.SubmitResult]"]


class Intake:
    def __init__(self, services: Services, max_batch: int = 64) -> None:
        self.services = services
        self.max_batch = max_batch
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, site_id: int, new: actions.NewComment) -> actions.SubmitResult:
        """Blocks until the comment is committed (or refused); raises what submit raises."""
        self._ensure_started()
        future: Future[actions.SubmitResult] = Future()
        self._queue.put((site_id, new, future))
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
            self._process(batch)

    def _process(self, batch: list[object]) -> None:
        entries = [cast(_Entry, entry) for entry in batch]
        items = [(site_id, new) for site_id, new, _future in entries]
        futures = [future for _site, _new, future in entries]
        try:
            outcomes = actions.submit_batch(self.services, items)
        except BaseException as exc:  # noqa: BLE001 - every waiter must hear about it
            for future in futures:
                future.set_exception(exc)
            return
        for future, outcome in zip(futures, outcomes, strict=True):
            if isinstance(outcome, Exception):
                future.set_exception(outcome)
            else:
                future.set_result(outcome)
