"""`commentdesk check` on generated threads and on the shared example page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commentdesk.policy.cli import app

EXAMPLE = Path(__file__).resolve().parents[2] / ".." / "shared" / "examples" / \
    "article-with-comments.txt"

runner = CliRunner()


def _check(*args: str) -> dict:
    result = runner.invoke(app, ["check", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


THREAD = [
    {"id": "c1", "author": "ann",
     "text": "The council's budget is a scandal and the mayor should resign."},
    {"id": "c2", "author": "bob", "text": "You are a pathetic moron and nobody wants you here."},
    {"id": "c3", "author": "cy", "text": "Oh sure, another tax cut for the rich. Brilliant idea."},
    {"id": "c4", "author": "dee", "text": "Someone should put a bullet in that judge."},
    {"id": "c5", "author": "eve", "text": "Immigrants are vermin infesting our towns."},
    {"id": "c6", "author": "fay",
     "text": "Thanks for the reporting, this needed saying. [bold]x[/bold] <b>y</b>"},
]


@pytest.fixture
def thread_file(tmp_path: Path) -> Path:
    path = tmp_path / "thread.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in THREAD) + "\n", encoding="utf-8")
    return path


def test_check_jsonl_thread(thread_file: Path):
    report = _check(str(thread_file))
    assert report["kind"] == "jsonl"
    statuses = {c["id"]: c["status"] for c in report["comments"]}
    assert statuses["c1"] == statuses["c3"] == statuses["c6"] == "approved"
    assert {statuses["c2"], statuses["c4"], statuses["c5"]} <= {"held", "rejected"}
    held = next(c for c in report["comments"] if c["id"] == "c5")
    assert held["message"] and held["rule"] and held["reasons"][0]["detail"]
    assert report["policy_version"].startswith("pol-") and report["model_version"]
    assert held["author"] == "eve" and held["line"] == 5


def test_check_text_report_and_html_escape_comment_text(thread_file: Path, tmp_path: Path):
    page = tmp_path / "report.html"
    result = runner.invoke(app, ["check", str(thread_file), "--html", str(page)],
                           env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    # Comment text is data: markup in it is printed, never interpreted.
    assert "[bold]x[/bold]" in result.stdout
    html = page.read_text(encoding="utf-8")
    assert "&lt;b&gt;y&lt;/b&gt;" in html and "<b>y</b>" not in html
    assert "<mark" in html  # spans of the abusive comments are highlighted


def test_check_plain_lines_and_a_custom_policy(tmp_path: Path):
    thread = tmp_path / "thread.txt"
    thread.write_text("A reasonable point about rates.\nvisit cheap-pills.biz today\n")
    policy = tmp_path / "p.yaml"
    policy.write_text("rules:\n  - {id: links, type: links}\n")
    report = _check(str(thread), "--policy", str(policy))
    assert report["kind"] == "lines"
    assert [c["status"] for c in report["comments"]] == ["approved", "held"]
    assert report["comments"][1]["highlights"] == [[6, 21, ["links"]]]


def test_check_reports_a_bad_policy_with_its_line(tmp_path: Path, thread_file: Path):
    policy = tmp_path / "bad.yaml"
    policy.write_text("rules:\n  - id: x\n    type: links\n    acton: hold\n")
    result = runner.invoke(app, ["check", str(thread_file), "--policy", str(policy)])
    assert result.exit_code == 2 and "line 4" in result.output


# Expectations for the shared example page, by line number in the file, judged
# by reading each comment (the text itself stays in ../shared).
# Comments that insult people, attack a group or wish violence:
ABUSIVE_LINES = {
    33,  # calls the organisation's people "putrid communist monsters"
    38,  # "illegal invaders": dehumanising term for immigrants
    42,  # "up to citizens to shoot these criminals", "demoRats"
    58,  # "morons", "demented democRATS", "loony liberals"
    62,  # immigrants as a group free to "rob rape and plunder"
    66,  # "illegal invaders" again
    73,  # "Stupid leftist loons!"
    74,  # wishes an invasion would "decimate the libtard population"
    77,  # "Idiot libtards"
    78,  # "LOONY ACLU IDIOTS"
    83,  # a whole generation likened to the Hitler Youth
}
# Harsh words about an organisation, or calls for prosecution, that reasonable
# moderators could decide either way: not asserted.
UNDECIDED_LINES = {30, 35, 39, 41, 64, 88, 95, 101}


@pytest.mark.skipif(not EXAMPLE.exists(), reason="shared example page not present")
def test_check_the_example_page():
    report = _check(str(EXAMPLE))
    assert report["kind"] == "scraped-page"
    by_line = {c["line"]: c for c in report["comments"]}
    assert min(by_line) == 29 and ABUSIVE_LINES <= set(by_line)
    missed = sorted(n for n in ABUSIVE_LINES if by_line[n]["status"] == "approved")
    civil = set(by_line) - ABUSIVE_LINES - UNDECIDED_LINES
    stopped = sorted(n for n in civil if by_line[n]["status"] != "approved")
    assert (missed, stopped) == ([], [])


def test_check_reads_export_files_and_reports_bad_lines_without_reading_them_as_comments(
    tmp_path: Path,
):
    # Import and export files name the words "body"; a broken line is skipped with
    # its number, not scored as text (the whole file used to be read as plain lines).
    thread = tmp_path / "export.jsonl"
    thread.write_text(
        json.dumps({"id": "e1", "author_name": "Ann", "body": "Rates went up again."}) + "\n"
        + '{"id": "e2", "body": \n'
        + json.dumps({"id": "e3", "body": "   "}) + "\n"
        + json.dumps(["not", "an", "object"]) + "\n"
        + json.dumps({"id": "e5", "text": "You are a pathetic moron."}) + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", str(thread), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["kind"] == "jsonl"
    assert [(c["id"], c["line"]) for c in report["comments"]] == [("e1", 1), ("e5", 5)]
    assert report["comments"][0]["author"] == "Ann"
    assert report["comments"][0]["status"] == "approved"
    assert report["comments"][1]["status"] in ("held", "rejected")
    assert [s["line"] for s in report["skipped"]] == [2, 3, 4]
    assert "export.jsonl:2: not a JSON object; skipped" in result.stderr


def test_check_skips_a_line_whose_text_holds_half_an_escaped_pair(tmp_path: Path):
    thread = tmp_path / "thread.jsonl"
    thread.write_text(
        '{"id": "a", "text": "hi \\ud83d there"}\n{"id": "b", "text": "Rates went up."}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", str(thread), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [c["id"] for c in report["comments"]] == ["b"]
