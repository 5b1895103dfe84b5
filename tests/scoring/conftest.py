"""Shared fixtures: the packaged scorer and the shared data directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from commentdesk.scoring import Scorer

DATA_DIR = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


@pytest.fixture(scope="session")
def scorer() -> Scorer:
    return Scorer.load()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not (DATA_DIR / "jigsaw2018-train-first20k").is_dir():
        pytest.skip("../shared/data is not present")
    return DATA_DIR.resolve()
