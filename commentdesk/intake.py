"""The intake: groups concurrent submissions into batches (group commit).

Request threads hand their comment to the intake and wait. A single worker
thread takes whatever has queued up, scores it in one scorer call and stores
it in one transaction, then wakes each waiter with its own result; the next
batch is already being scored while one is written. Under load
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
        # The batch whose scoring has started, to be written next. Each turn starts
        # scoring the newly arrived batch before writing the one before it, so the
        # scorer works while the database does.
        ready: tuple[list[_Entry], actions.PreparedBatch] | None = None
        while True:
            entries, stop = self._take(block=ready is None)
            following = self._prepare(entries) if entries else None
            if ready is not None:
                self._write(*ready)
            ready = following
            if stop:
                if ready is not None:
                    self._write(*ready)
                return

    def _take(self, *, block: bool) -> tuple[list[_Entry], bool]:
        """What has queued up (waiting for a first one if `block`), and whether to stop."""
        taken: list[_Entry] = []
        if block:
            first = self._queue.get()
            if first is _STOP:
                return taken, True
            taken.append(cast(_Entry, first))
        while len(taken) < self.max_batch:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is _STOP:
                return taken, True
            taken.append(cast(_Entry, item))
        return taken, False

    def _prepare(self, entries: list[_Entry]) -> tuple[list[_Entry], actions.PreparedBatch] | None:
        try:
            items = [(site_id, new) for site_id, new, _future in entries]
            return entries, actions.prepare_batch(self.services, items)
        except BaseException as exc:  # noqa: BLE001 - every waiter must hear about it
            for _site, _new, future in entries:
                future.set_exception(exc)
            return None

    def _write(self, entries: list[_Entry], prepared: actions.PreparedBatch) -> None:
        futures = [future for _site, _new, future in entries]
        try:
            outcomes = actions.write_batch(self.services, prepared)
        except BaseException as exc:  # noqa: BLE001 - every waiter must hear about it
            for future in futures:
                future.set_exception(exc)
            return
        for future, outcome in zip(futures, outcomes, strict=True):
            if isinstance(outcome, Exception):
                future.set_exception(outcome)
            else:
                future.set_result(outcome)
