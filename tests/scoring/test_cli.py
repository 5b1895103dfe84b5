"""The score and eval commands, run through Typer on small real files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commentdesk.domain import ATTRIBUTES
from commentdesk.scoring import Scorer
from commentdesk.scoring.cli import app
from tests.processes import descendants

# Wide enough that no message of a long temporary path is wrapped mid-phrase.
runner = CliRunner(env={"COLUMNS": "400", "TERMINAL_WIDTH": "400"})


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


def test_score_in_worker_processes_writes_what_one_process_writes(tmp_path: Path) -> None:
    texts = ["you are a moron", "Lovely photos, thank you.", "I will find you and hurt you"]
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(texts * 3)]
    lines.insert(4, "{not json")
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        # Batches of two, so that two workers share five batches.
        args = ["score", str(src), "-o", str(out), "--batch-size", "2", "--workers", workers]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert "line 5" in result.output and "scored 9 comments" in result.output
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert [json.loads(row)["id"] for row in outputs[1].splitlines()] == list(range(9))


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


def _scored_ids(path: Path) -> list[object]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_score_reads_past_a_byte_order_mark_and_crlf(tmp_path: Path) -> None:
    jsonl = tmp_path / "bom.jsonl"
    jsonl.write_bytes(
        b'\xef\xbb\xbf{"id": 1, "text": "first"}\r\n{"id": 2, "text": "second"}\r\n'
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["score", str(jsonl), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert _scored_ids(out) == [1, 2]
    csv_file = tmp_path / "bom.csv"
    csv_file.write_bytes(b"\xef\xbb\xbfbody,id\r\nhello,7\r\n")
    result = runner.invoke(app, ["score", str(csv_file), "-o", str(out), "--text-col", "body"])
    assert result.exit_code == 0, result.output
    assert _scored_ids(out) == ["7"]


def test_score_reports_lines_that_are_not_utf8(tmp_path: Path) -> None:
    src = tmp_path / "latin1.jsonl"
    src.write_bytes(b'{"id": 1, "text": "caf\xe9"}\n{"id": 2, "text": "fine"}\n')
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["score", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "line 1" in result.output and "UTF-8" in result.output
    assert _scored_ids(out) == [2]
    csv_file = tmp_path / "latin1.csv"
    csv_file.write_bytes(b"id,body\n1,caf\xe9\n2,fine\n")
    result = runner.invoke(app, ["score", str(csv_file), "-o", str(out), "--text-col", "body"])
    assert result.exit_code == 0, result.output
    assert "line 2" in result.output and "UTF-8" in result.output
    assert _scored_ids(out) == ["2"]


def test_score_csv_field_over_the_limit_is_reported_and_skipped(tmp_path: Path) -> None:
    src = tmp_path / "long.csv"
    src.write_text("id,body\n1," + "word " * 40_000 + "\n2,short\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["score", str(src), "-o", str(out), "--text-col", "body"])
    assert result.exit_code == 0, result.output
    assert "line 2" in result.output and "field larger" in result.output
    assert _scored_ids(out) == ["2"]


def test_score_csv_without_an_id_column_names_rows_by_line(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("body\nhello\n\"two\nlines\"\nbye\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["score", str(src), "-o", str(out), "--text-col", "body"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [2, 3, 5]
    # Named on the command line, a missing column is a mistake, found before scoring.
    named = ["score", str(src), "-o", str(out), "--text-col", "body", "--id-col", "cid"]
    result = runner.invoke(app, named)
    assert result.exit_code == 2
    assert "no column 'cid'" in result.output and "--id-col" in result.output


def test_score_empty_csv_says_it_has_no_header(tmp_path: Path) -> None:
    src = tmp_path / "empty.csv"
    src.write_bytes(b"")
    result = runner.invoke(app, ["score", str(src), "-o", str(tmp_path / "o"), "--text-col", "t"])
    assert result.exit_code == 2
    assert "no header" in result.output


@pytest.mark.parametrize("where", ["missing-dir", "directory"])
def test_score_output_that_cannot_be_written_is_an_error(tmp_path: Path, where: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "hello"}) + "\n", encoding="utf-8")
    output = tmp_path / "nowhere" / "out.jsonl" if where == "missing-dir" else tmp_path
    result = runner.invoke(app, ["score", str(src), "-o", str(output)])
    assert result.exit_code == 2, result.output
    assert not isinstance(result.exception, OSError)
    assert "--output" in result.output
    assert ("no directory" if where == "missing-dir" else "is a directory") in result.output


def test_score_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    original = json.dumps({"id": 1, "text": "hello"}) + "\n"
    src.write_text(original, encoding="utf-8")
    same = tmp_path / "." / "in.jsonl"
    result = runner.invoke(app, ["score", str(src), "-o", str(same)])
    assert result.exit_code == 2
    assert "input" in result.output
    assert src.read_text(encoding="utf-8") == original


def test_score_dash_writes_to_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "hello"}) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["score", str(src), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "-").exists()
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [1]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_score_interrupted_leaves_no_partial_output(tmp_path: Path, workers: str) -> None:
    fifo = tmp_path / "in.jsonl"
    os.mkfifo(fifo)
    out = tmp_path / "out.jsonl"
    # -X faulthandler: should it hang, SIGABRT makes it print every thread's stack.
    command = [sys.executable, "-X", "faulthandler", "-m", "commentdesk.cli", "score", str(fifo)]
    # Two workers and batches of one: the second line starts the pool.
    command += ["-o", str(out), "--workers", workers, "--batch-size", "1"]
    # A run started in the background of a script inherits SIGINT ignored, and
    # Python then installs no KeyboardInterrupt for it: the child gets the default
    # back, as a terminal would give it.
    proc = subprocess.Popen(
        command,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        with fifo.open("w", encoding="utf-8") as pipe:
            for number in (1, 2, 3):
                pipe.write(json.dumps({"id": number, "text": "hello"}) + "\n")
            pipe.flush()
            # Once it writes its output it is mid-run, waiting for more lines;
            # with two workers, once they run (the forkserver and a worker).
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and (
                len(list(tmp_path.iterdir())) < 2
                or (workers == "2" and len(descendants(proc.pid)) < 2)
            ):
                time.sleep(0.05)
            time.sleep(0.5 if workers == "1" else 3)
            proc.send_signal(signal.SIGINT)
            try:
                _, stderr = proc.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGABRT)
                _, stderr = proc.communicate(timeout=30)
                pytest.fail(f"score did not stop on SIGINT; its threads:\n{stderr}")
    finally:
        proc.kill()
    assert proc.returncode != 0
    assert "Traceback" not in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def _eval_json(result: object) -> dict[str, object]:
    return json.loads(result.stdout)  # type: ignore[attr-defined]


def test_eval_reports_labels_that_are_not_0_to_1_by_line(tmp_path: Path) -> None:
    src = tmp_path / "labeled.csv"
    src.write_text(
        "text,label\nyou idiot,1\nthanks,0\nhi,2\nbye,-1\nodd,nan\nhuh,yes\nok,0.2\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval", str(src), "--json"])
    assert result.exit_code == 0, result.output
    for line in (4, 5, 6, 7):
        assert f"line {line}:" in result.stderr
    assert _eval_json(result)["metrics"]["n"] == 3  # type: ignore[index]


def test_eval_jsonl_reports_every_bad_line_with_its_number(tmp_path: Path) -> None:
    src = tmp_path / "labeled.jsonl"
    src.write_text(
        "\n".join(
            [
                '{"text": "you idiot", "label": 1}',
                "[1, 2]",
                '{"text": 5, "label": 1}',
                "",
                '{"text": "no label"}',
                '{"text": "thanks", "label": 0}',
                '{"text": "agreed", "label": true}',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval", str(src), "--json"])
    assert result.exit_code == 0, result.output
    assert "line 2:" in result.stderr and "line 3:" in result.stderr
    assert "line 5:" in result.stderr and "'label'" in result.stderr
    assert _eval_json(result)["metrics"]["n"] == 3  # type: ignore[index]


def test_eval_reads_a_csv_with_a_byte_order_mark(tmp_path: Path) -> None:
    src = tmp_path / "labeled.csv"
    src.write_bytes(b"\xef\xbb\xbftext,label\r\nyou idiot,1\r\nthanks,0\r\n")
    result = runner.invoke(app, ["eval", str(src), "--json"])
    assert result.exit_code == 0, result.output
    assert _eval_json(result)["metrics"]["n"] == 2  # type: ignore[index]


def test_eval_names_the_missing_column(tmp_path: Path) -> None:
    src = tmp_path / "labeled.csv"
    src.write_text("comment,label\nhi,0\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(src)])
    assert result.exit_code == 2
    assert "--text-col" in result.output and "no column 'text'" in result.output


def test_score_skips_a_line_whose_text_holds_half_an_escaped_pair(tmp_path: Path) -> None:
    # "\ud83d" without its "\udc12": json.loads keeps a lone surrogate, which no
    # encoder takes; the run crashed on it before.
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": 1, "text": "monkeys \\ud83d back"}\n'
        + '{"id": 2, "text": "\\ud83d\\udc12 a whole emoji is fine"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["score", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "line 1" in result.output and "unpaired surrogate" in result.output
    assert [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()] == [2]
