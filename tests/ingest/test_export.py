from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from commentdesk import actions
from commentdesk.config import Settings
from commentdesk.domain import ATTRIBUTES
from commentdesk.ingest.export import export_comments
from commentdesk.ingest.importer import import_file
from commentdesk.services import Services
from commentdesk.store import comments as comment_store
from commentdesk.store import sites as site_store
from tests.ingest.ingest_archives import JSONL, WXR

KEPT = ("id", "story_id", "story_url", "story_title", "parent_id", "author_id", "author_name",
        "staff_name", "body", "status", "created_at")


def _load(path: Path, fmt: str) -> list[dict[str, object]]:
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text().splitlines()]
    if fmt == "csv":
        with path.open(newline="") as handle:
            return list(csv.DictReader(handle))
    return pq.read_table(path).to_pylist()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_round_trips(tmp_path: Path, services: Services, site_id: int, fmt: str) -> None:
    for name, text in (("blog.xml", WXR), ("c.jsonl", JSONL)):
        (tmp_path / name).write_text(text)
        import_file(services, site_id, tmp_path / name, keep_status=True)
    with services.store.read() as conn:
        asked = comment_store.by_external_id(conn, site_id, "c1")
    assert asked is not None
    answer = actions.post_as_newsroom(
        services, site_id, asked.story_id, "They will, says the bank.", byline="City desk",
        actor="user:ed", parent_id=asked.id,
    ).comment.id
    first = tmp_path / f"first.{fmt}"
    assert export_comments(services, site_id, first) == 7
    rows = _load(first, fmt)
    staff = f"cd:{answer}"
    assert [r["id"] for r in rows] == ["wxr:7", "wxr:8", "wxr:10", "c1", "c2", "c4", staff]
    assert rows[-1]["staff_name"] == "City desk" and rows[-1]["parent_id"] == "c1"
    assert all(r["staff_name"] == "" for r in rows[:-1])
    assert rows[1]["parent_id"] == "wxr:7" and rows[2]["parent_id"] == "wxr:8"
    assert [r["status"] for r in rows] == [
        "approved", "held", "rejected", "approved", "held", "rejected", "approved"
    ]
    assert rows[0]["created_at"] == "2020-05-01T08:00:00+00:00"
    score_keys = [f"score_{a}" for a in ATTRIBUTES] if fmt != "jsonl" else ["scores"]
    assert all(k in rows[0] for k in score_keys + ["model_version", "policy_version", "rule"])

    # Into a fresh install: the same threads, states and authors come out again.
    other = Services.from_settings(Settings(data_dir=tmp_path / "other"))
    other.store.migrate()
    with other.store.write() as conn:
        other_site = site_store.create(conn, "copy", "Copy").id
    report = import_file(other, other_site, first, keep_status=True)
    assert report.added == 7 and not report.bad
    second = tmp_path / f"second.{fmt}"
    export_comments(other, other_site, second)
    other.close()
    again = _load(second, fmt)
    assert [{k: r[k] for k in KEPT} for r in again] == [{k: r[k] for k in KEPT} for r in rows]
