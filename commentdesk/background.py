"""A daemon thread that each service process starts with the app and stops with it.

The webhook outbox and housekeeping run this way in every process: the work
they do is claimed in the database, so any number of processes may run them.
"""

from __future__ import annotations

import threading

from commentdesk.services import Services


class Background:
    """Runs ``run`` on its own daemon thread; ``stopping`` is set by ``stop``."""

    name = "background"

    def __init__(self, services: Services, interval_s: float) -> None:
        self.services = services
        self.interval_s = interval_s
        self.stopping = threading.Event()
        self._thread = threading.Thread(target=self.run, name=self.name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self._thread.join(timeout=5)

    def run(self) -> None:
        raise NotImplementedError
