"""The policy commands: validate, backtest and calibrate from a JSONL archive."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from commentdesk.policy.cli import app

runner = CliRunner()
NOW = datetime.now(UTC)


def _row(i: int, insult: float, recorded: str, moderator: str | None, days_ago: int) -> dict:
    return {"id": i, "text": f"comment {i}", "scores": {"INSULT": insult, "TOXICITY": 0.1},
            "recorded_status": recorded, "moderator_status": moderator,
            "created_at": (NOW - timedelta(days=days_ago)).isoformat(),
            "story": {"id": 1, "site_id": 2 if i == 9 else 1}}


ROWS = [_row(1, 0.9, "approved", "rejected", 1), _row(2, 0.8, "held", "rejected", 2),
        _row(3, 0.7, "approved", "rejected", 3), _row(4, 0.2, "approved", "approved", 4),
        _row(5, 0.75, "approved", "rejected", 5), _row(6, 0.85, "approved", "rejected", 6),
        _row(7, 0.1, "approved", None, 40), _row(9, 0.99, "approved", "rejected", 1)]


def _files(tmp_path: Path) -> tuple[Path, Path]:
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n")
    policy = tmp_path / "new.yaml"
    policy.write_text("rules:\n  - {id: insult-band, type: score_band, attribute: INSULT,"
                      " hold: 0.5}\n")
    return cases, policy


def test_validate_prints_ok_or_the_error_with_its_line(tmp_path: Path):
    _, policy = _files(tmp_path)
    result = runner.invoke(app, ["policy", "validate", str(policy)])
    assert result.exit_code == 0 and result.stdout.startswith("OK ") and "pol-" in result.stdout
    policy.write_text("rules:\n  - id: a\n    type: links\n    action: maybe\n")
    result = runner.invoke(app, ["policy", "validate", str(policy)])
    assert result.exit_code == 1 and "line 4" in result.output and "action" in result.output
    override = tmp_path / "story.yaml"
    override.write_text("rules:\n  - {id: insult-band, hold: 0.8}\n")
    result = runner.invoke(app, ["policy", "validate", "--override", str(override)])
    assert result.exit_code == 0, result.output


def test_backtest_from_jsonl_with_site_and_since(tmp_path: Path):
    cases, policy = _files(tmp_path)
    result = runner.invoke(app, ["policy", "backtest", str(policy), "--cases", str(cases),
                                 "--site", "1", "--since", "30d", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["total"] == 6  # comment 7 is too old, comment 9 is another site
    assert report["candidate_quality"]["precision"] == 1.0
    assert report["changes_vs_recorded"] == {"approved->held": 4}
    text = runner.invoke(app, ["policy", "backtest", str(policy), "--cases", str(cases)])
    assert text.exit_code == 0 and "Holds against moderator rejections" in text.stdout


def test_calibrate_from_jsonl(tmp_path: Path):
    cases, _ = _files(tmp_path)
    result = runner.invoke(app, ["policy", "calibrate", "--cases", str(cases),
                                 "--target-precision", "0.9", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    insult = next(s for s in report["suggestions"] if s["attribute"] == "INSULT")
    assert insult["threshold"] == 0.7 and insult["recall"] == 1.0
    assert "insult-band" in report["override_yaml"]


def test_help_has_examples():
    for args in (["check", "--help"], ["policy", "validate", "--help"],
                 ["policy", "backtest", "--help"], ["policy", "calibrate", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "Example" in result.stdout, args
