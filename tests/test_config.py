"""Settings: read from the environment, and every one documented in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from commentdesk.config import Settings
from commentdesk.services import load_default_scorer

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_setting_is_in_the_readme_table():
    readme = README.read_text(encoding="utf-8")
    missing = [env for env, _, _ in Settings.table() if f"| `{env}` |" not in readme]
    assert missing == []


def test_environment_values_are_coerced_to_the_field_type():
    env = {"COMMENTDESK_SCORER_THREADS": "1", "COMMENTDESK_SCORING_TIMEOUT_S": "0.5"}
    settings = Settings.from_env(env)
    assert settings.scorer_threads == 1
    assert settings.scoring_timeout_s == 0.5


def test_scorer_stages_choose_the_cascade_the_full_encoder_or_the_linear_stage():
    cascade = load_default_scorer(Settings.from_env({}))
    linear = load_default_scorer(Settings.from_env({"COMMENTDESK_SCORER_STAGES": "linear"}))
    full = load_default_scorer(Settings.from_env({"COMMENTDESK_SCORER_STAGES": "full"}))
    assert cascade.version.startswith("cd-cas-")  # type: ignore[attr-defined]
    assert linear.version.startswith("cd-lin-")  # type: ignore[attr-defined]
    assert full.version.startswith("cd-full-")  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="cascade, full, linear"):
        load_default_scorer(Settings.from_env({"COMMENTDESK_SCORER_STAGES": "fast"}))
