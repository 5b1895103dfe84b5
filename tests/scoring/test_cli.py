"""The score and eval commands, run through Typer on small real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commentdesk.domain import ATTRIBUTES
from commentdesk.scoring import Scorer
from commentdesk.scoring.cli import app

runner = CliRunner()


def test_score_jsonl_skips_bad_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": 1, "text": "you are a moron"})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": 3, "body": "no text field"})
        + "\n"
        + json.dumps({"id": "x4", "text": "Lovely photos, thank you."})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["score", str(src), "-o", str(out), "--batch-size", "1"])
    assert result.exit_code == 0, result.output
    assert "line 2" in result.output and "line 3" in result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [1, "x4"]
    for row in rows:
        assert set(row["scores"]) == set(ATTRIBUTES)
        assert row["model"] == Scorer.load().version
    assert rows[0]["scores"]["INSULT"] > rows[1]["scores"]["INSULT"]
    assert rows[0]["spans"]["INSULT"] and len(rows[0]["spans"]["INSULT"][0]) == 3


def test_score_csv_with_text_col(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text(
        'cid,body\n7,"shut up, idiot"\n8,"A, quoted, line"\n9,a,b,extra\n', encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(
        app, ["score", str(src), "-o", str(out), "--text-col", "body", "--id-col", "cid"]
    )
    assert result.exit_code == 0, result.output
    assert "line 4" in result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["7", "8"]


def test_score_with_every_stage_records_that_stage_in_the_version(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "Thanks for the clear report."}) + "\n")
    for stages, prefix in (("full", "cd-full-"), ("linear", "cd-lin-")):
        out = tmp_path / f"{stages}.jsonl"
        result = runner.invoke(app, ["score", str(src), "-o", str(out), "--stages", stages])
        assert result.exit_code == 0, result.output
        assert json.loads(out.read_text(encoding="utf-8"))["model"].startswith(prefix)
    result = runner.invoke(app, ["score", str(src), "-o", str(tmp_path / "x"), "--stages", "all"])
    assert result.exit_code != 0 and "cascade, full, linear" in result.output


def test_score_csv_missing_column_is_an_error(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("a,b\n1,2\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(src), "-o", str(tmp_path / "o"), "--text-col", "t"])
    assert result.exit_code != 0


def test_eval_reports_auc_and_bias(tmp_path: Path) -> None:
    rows = []
    for group in ("Muslims", "women", "immigrants", "gay people"):
        rows += [
            (f"{group} are my neighbours and friends.", 0),
            (f"I like talking to {group} about books.", 0),
            (f"{group} are filthy disgusting animals.", 1),
            (f"You {group} are stupid idiots.", 1),
        ]
    rows += [("Thanks for the thoughtful article.", 0), ("You are a pathetic moron.", 1)]
    src = tmp_path / "labeled.csv"
    src.write_text("comment,toxic\n" + "".join(f'"{t}",{y}\n' for t, y in rows), encoding="utf-8")
    result = runner.invoke(
        app, ["eval", str(src), "--text-col", "comment", "--label-col", "toxic", "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["metrics"]["n"] == len(rows)
    assert report["metrics"]["roc_auc"] > 0.8
    groups = {s["subgroup"] for s in report["bias"]["subgroups"]}
    assert {"muslim", "women", "immigrant", "gay"} <= groups
    assert report["bias"]["final_metric"] is not None
    table = runner.invoke(
        app,
        [
            "eval",
            str(src),
            "--text-col",
            "comment",
            "--label-col",
            "toxic",
            "--attribute",
            "insult",
        ],
    )
    assert table.exit_code == 0 and "ROC-AUC" in table.output


def test_eval_rejects_unknown_attribute(tmp_path: Path) -> None:
    src = tmp_path / "l.csv"
    src.write_text("text,label\nhi,0\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(src), "--attribute", "RUDENESS"])
    assert result.exit_code != 0


def test_help_has_examples() -> None:
    for command in ("score", "train", "eval"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Example: commentdesk" in result.output


def test_train_encoder_writes_a_corpus_and_refuses_half_a_remote_fit(
    tmp_path: Path, data_dir: Path
) -> None:
    pytest.importorskip("tokenizers", reason="the training extra is installed by scripts/test.sh")
    corpus = tmp_path / "corpus.npz"
    result = runner.invoke(
        app,
        ["train-encoder", "--data-dir", str(data_dir), "--limit", "5", "--corpus-out", str(corpus)],
    )
    assert result.exit_code == 0, result.output
    assert corpus.stat().st_size > 0
    # Fitting from a corpus saves weights and nothing else, so it needs both.
    result = runner.invoke(app, ["train-encoder", "--corpus", str(corpus)])
    assert result.exit_code != 0
    assert "--corpus and --weights-out go together" in result.output
