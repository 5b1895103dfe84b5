from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commentdesk.config import Settings
from commentdesk.ingest.cli import app
from commentdesk.services import Services
from commentdesk.store import sites as site_store

SHARED_PAGE = Path(__file__).resolve().parents[2] / "../shared/examples/article-with-comments.txt"


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    settings = Settings(data_dir=tmp_path / "data")
    services = Services.from_settings(settings)
    services.store.migrate()
    with services.store.write() as conn:
        site_store.create(conn, "paper", "The Paper")
    services.close()
    return {"COMMENTDESK_DATA_DIR": str(tmp_path / "data")}


def test_every_help_has_an_example() -> None:
    for command in ("import", "export", "rescore"):
        result = CliRunner().invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Example: commentdesk " + command in result.output


def test_import_export_rescore(tmp_path: Path, env: dict[str, str]) -> None:
    runner = CliRunner()
    source = tmp_path / "c.jsonl"
    source.write_text(
        json.dumps({"id": "a", "story_id": "s", "body": "Thanks for the report."}) + "\n"
        + "{oops\n"
        + json.dumps({"id": "b", "story_id": "s", "parent_id": "a", "body": "Agreed."}) + "\n"
    )
    first = runner.invoke(app, ["import", str(source), "--site", "paper"], env=env)
    assert first.exit_code == 0, first.output
    assert "c.jsonl:2:" in first.output and "added 2 comments" in first.output
    again = runner.invoke(app, ["import", str(source), "--site", "paper"], env=env)
    assert "added 0 comments" in again.output and "2 already there" in again.output

    out = tmp_path / "out.csv"
    exported = runner.invoke(app, ["export", str(out), "--site", "paper"], env=env)
    assert exported.exit_code == 0 and "exported 2 comments" in exported.output
    assert out.read_text().splitlines()[0].startswith("id,story_id")

    dry = runner.invoke(app, ["rescore", "--site", "paper", "--since", "30d"], env=env)
    assert dry.exit_code == 0 and "examined 2" in dry.output and "dry run" in dry.output

    missing = runner.invoke(app, ["import", str(source), "--site", "nope"], env=env)
    assert missing.exit_code == 2 and "no site" in missing.output
    bad_since = runner.invoke(app, ["rescore", "--since", "yesterday"], env=env)
    assert bad_since.exit_code == 2


@pytest.mark.skipif(not SHARED_PAGE.exists(), reason="../shared/examples not present")
def test_import_scraped_page_twice(env: dict[str, str]) -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["import", str(SHARED_PAGE), "--site", "paper"], env=env)
    assert first.exit_code == 0, first.output
    added = int(first.output.split("added ")[1].split()[0])
    assert added > 10
    again = runner.invoke(app, ["import", str(SHARED_PAGE), "--site", "paper"], env=env)
    assert "added 0 comments" in again.output and f"{added} already there" in again.output


def test_import_reads_past_a_byte_order_mark(tmp_path: Path, env: dict[str, str]) -> None:
    source = tmp_path / "bom.jsonl"
    line = json.dumps({"id": "a", "story_id": "s", "body": "Thanks for the report."})
    source.write_bytes(b"\xef\xbb\xbf" + line.encode() + b"\r\n")
    result = CliRunner().invoke(app, ["import", str(source), "--site", "paper"], env=env)
    assert result.exit_code == 0, result.output
    assert "added 1 comments" in result.output and "0 skipped" in result.output


@pytest.mark.parametrize("name", ["latin1.jsonl", "latin1.csv"])
def test_import_reports_lines_that_are_not_utf8_and_goes_on(
    tmp_path: Path, env: dict[str, str], name: str
) -> None:
    source = tmp_path / name
    if name.endswith(".jsonl"):
        good = json.dumps({"id": "b", "story_id": "s", "body": "Thanks for the report."})
        source.write_bytes(b'{"id": "a", "story_id": "s", "body": "caf\xe9"}\n' + good.encode())
    else:
        source.write_bytes(b"id,story_id,body\na,s,caf\xe9\nb,s,Thanks for the report.\n")
    result = CliRunner().invoke(app, ["import", str(source), "--site", "paper"], env=env)
    assert result.exit_code == 0, result.output
    said = "".join(result.output.split())  # Rich wraps long paths, even mid-word
    assert f"{name}:{1 if name.endswith('.jsonl') else 2}:notUTF-8text" in said
    assert "added1comments" in said and "1skipped" in said


def test_import_with_the_wrong_format_says_so(tmp_path: Path, env: dict[str, str]) -> None:
    source = tmp_path / "c.jsonl"
    source.write_text(json.dumps({"id": "a", "story_id": "s", "body": "Hi."}) + "\n")
    result = CliRunner().invoke(
        app, ["import", str(source), "--site", "paper", "--format", "parquet"], env=env
    )
    assert result.exit_code == 2, result.output
    assert "cannot import" in result.output and "parquet" in result.output.lower()


@pytest.mark.parametrize("where", ["missing-dir", "directory"])
def test_export_to_a_path_that_cannot_be_written(
    tmp_path: Path, env: dict[str, str], where: str
) -> None:
    target = tmp_path / "nowhere" / "out.csv" if where == "missing-dir" else tmp_path
    result = CliRunner().invoke(
        app, ["export", str(target), "--site", "paper", "--format", "csv"], env=env
    )
    assert result.exit_code == 2, result.output
    assert not isinstance(result.exception, OSError)
    assert "cannot write" in result.output
