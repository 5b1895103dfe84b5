"""The app factory each server process runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_a_server_process_loads_the_model_and_freezes_what_it_loaded(tmp_path: Path) -> None:
    # In a process of its own: freezing is process-wide, as in a worker.
    probe = (
        "import gc\n"
        "from commentdesk.config import Settings\n"
        "from commentdesk.services import Services\n"
        "from commentdesk.web.server import create_app, prepare_database\n"
        "prepare_database(Services.from_settings(Settings.from_env()))\n"
        "before = gc.get_freeze_count()\n"
        "app = create_app()\n"
        "print(before, gc.get_freeze_count(), app.state.services._scorer is not None)\n"
    )
    env = {**os.environ, "COMMENTDESK_DATA_DIR": str(tmp_path)}
    env.pop("COMMENTDESK_DATABASE_URL", None)
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=env,
    )
    before, frozen, loaded = out.stdout.split()
    assert int(before) == 0
    # The model's vocabularies alone are tens of thousands of objects.
    assert int(frozen) > 50_000
    assert loaded == "True"
