"""`commentdesk score --engine dask` writes the same scores as the local engine."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from commentdesk.cli import app


def test_dask_engine_from_the_cli_matches_local(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    texts = ["You are a moron.", "I like the new bus lanes.", "{broken", "Go to hell, idiot."]
    source.write_text(
        "\n".join(
            t if t.startswith("{") else json.dumps({"id": i, "text": t})
            for i, t in enumerate(texts)
        )
        + "\n"
    )
    runner = CliRunner()
    local = runner.invoke(app, ["score", str(source), "-o", str(tmp_path / "local.jsonl")])
    assert local.exit_code == 0, local.output
    dask = runner.invoke(
        app, ["score", str(source), "--engine", "dask", "-o", str(tmp_path / "parts")]
    )
    assert dask.exit_code == 0, dask.output
    assert "line 3" in dask.output
    expected = {
        row["id"]: row["scores"]
        for row in map(json.loads, (tmp_path / "local.jsonl").read_text().splitlines())
    }
    frame = pd.read_parquet(tmp_path / "parts")
    got = {int(r["id"]): {a: r[a] for a in expected[0]} for _, r in frame.iterrows()}
    assert got.keys() == expected.keys()
    for key, scores in expected.items():
        assert got[key] == scores
    bad = runner.invoke(app, ["score", str(source), "--engine", "spark", "-o", "x"])
    assert bad.exit_code != 0
