from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from commentdesk.domain import ATTRIBUTES
from commentdesk.ingest.dask_engine import score_with_dask
from commentdesk.scoring.cli import app as scoring_app

WORDS = ["council", "budget", "idiot", "bridge", "thanks", "stupid", "school", "hate", "rain"]


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as local:
        yield local


def _input(tmp_path: Path) -> Path:
    lines = []
    for n in range(240):
        text = " ".join(WORDS[(n * k) % len(WORDS)] for k in range(1, 2 + n % 7))
        ident: object = n if n % 2 else f"c{n}"
        lines.append(json.dumps({"id": ident, "text": f"Comment {n}: {text}."}))
    lines.insert(17, "{broken")
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_dask_output_equals_local_engine(tmp_path: Path, cluster) -> None:  # type: ignore[no-untyped-def]
    source = _input(tmp_path)
    local = tmp_path / "local.jsonl"
    result = CliRunner().invoke(scoring_app, ["score", str(source), "-o", str(local)])
    assert result.exit_code == 0, result.output

    out = tmp_path / "parts"
    report = score_with_dask(source, out, cluster.scheduler_address, chunk_rows=50)
    assert (report.rows, report.parts) == (240, 5)
    assert report.bad_lines and report.bad_lines[0][0] == 18
    assert len(list(out.glob("part-*.parquet"))) == 5

    frame = pd.read_parquet(out).sort_values("id").reset_index(drop=True)
    expected = []
    for line in local.read_text().splitlines():
        row = json.loads(line)
        ident = row["id"] if isinstance(row["id"], str) else json.dumps(row["id"])
        expected.append(
            {"id": ident, **row["scores"], "spans": row["spans"], "model": row["model"]}
        )
    wanted = pd.DataFrame(expected).sort_values("id").reset_index(drop=True)
    assert list(frame["id"]) == list(wanted["id"])
    for attribute in ATTRIBUTES:
        assert list(frame[attribute]) == list(wanted[attribute])  # same scorer, same numbers
    assert [json.loads(s) for s in frame["spans"]] == list(wanted["spans"])
    assert set(frame["model"]) == set(wanted["model"]) == {report.model_version}
