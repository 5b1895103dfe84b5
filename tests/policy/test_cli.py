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


def test_files_that_are_not_utf8_are_named_not_a_traceback(tmp_path: Path):
    cases, policy = _files(tmp_path)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(b"caf\xe9 au lait\n")
    for args, code in (
        (["check", str(latin1)], 2),
        (["check", str(cases), "--policy", str(latin1)], 2),
        (["policy", "validate", str(latin1)], 1),
        (["policy", "backtest", str(policy), "--cases", str(latin1)], 2),
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == code, (args, result.output)
        assert not isinstance(result.exception, UnicodeDecodeError), args
        assert "latin1.txt" in result.output and "not UTF-8" in result.output, args


def test_directories_and_missing_files_are_usage_errors(tmp_path: Path):
    cases, policy = _files(tmp_path)
    for args in (
        ["check", str(cases), "--policy", str(tmp_path / "missing.yaml")],
        ["check", str(cases), "--policy", str(tmp_path)],
        ["policy", "backtest", str(tmp_path), "--cases", str(cases)],
        ["policy", "backtest", str(policy), "--cases", str(tmp_path)],
        ["policy", "calibrate", "--cases", str(tmp_path)],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert not isinstance(result.exception, OSError), args


def test_check_html_that_cannot_be_written_is_an_error(tmp_path: Path):
    thread = tmp_path / "thread.jsonl"
    thread.write_text(json.dumps({"id": 1, "text": "Thanks for the report."}) + "\n")
    target = tmp_path / "nowhere" / "report.html"
    result = runner.invoke(app, ["check", str(thread), "--html", str(target)])
    assert result.exit_code == 2, result.output
    assert not isinstance(result.exception, OSError)
    assert "cannot write" in result.output


def test_cases_with_a_byte_order_mark_and_malformed_fields(tmp_path: Path):
    cases, policy = _files(tmp_path)
    cases.write_bytes(b"\xef\xbb\xbf" + cases.read_bytes())
    result = runner.invoke(app, ["policy", "backtest", str(policy), "--cases", str(cases)])
    assert result.exit_code == 0, result.output
    for field, value in (("scores", [1]), ("story", [1]), ("author", "someone")):
        bad = tmp_path / f"bad-{field}.jsonl"
        bad.write_text(json.dumps(ROWS[0]) + "\n" + json.dumps({**ROWS[1], field: value}) + "\n")
        result = runner.invoke(app, ["policy", "backtest", str(policy), "--cases", str(bad)])
        assert result.exit_code == 2, (field, result.output)
        assert "line 2" in result.output, field
