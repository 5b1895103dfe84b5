"""The thread report: highlighting, escaping, and failing closed without a scorer."""

from __future__ import annotations

from commentdesk.domain import Action, CommentStatus, Decision, Reason
from commentdesk.policy import Policy
from commentdesk.policy.report import check_thread, highlights, segments
from commentdesk.policy.thread import read_thread


def _decision(*reasons: Reason) -> Decision:
    return Decision(CommentStatus.HELD, list(reasons), "pol-x", "m")


def test_overlapping_spans_merge_into_labelled_segments():
    decision = _decision(
        Reason("insult-band", Action.HOLD, "m", {"spans": [[4, 9, 0.8]]}),
        Reason("words", Action.FLAG, "m", {"spans": [[7, 12]]}),
        Reason("default", Action.APPROVE, "m", {"spans": [[0, 3]]}),
    )
    marks = highlights(decision)
    assert marks == [(4, 7, ("insult-band",)), (7, 9, ("insult-band", "words")),
                     (9, 12, ("words",))]
    parts = segments("You idiot, go away", marks)
    assert "".join(p.text for p in parts) == "You idiot, go away"
    assert [p.rules for p in parts][0] == ()


def test_read_thread_detects_formats():
    assert read_thread('{"text": "a"}\n{"text": "b", "author": {"name": "z"}}\n').kind == "jsonl"
    assert read_thread("plain one\n\nplain two\n").comments[1].line == 3
    # A JSONL file with a broken line stays JSONL: the line is skipped, with its number.
    mixed = read_thread('{"text": "a"}\nnot json\n{"body": "b"}\n')
    assert mixed.kind == "jsonl" and [c.text for c in mixed.comments] == ["a", "b"]
    assert mixed.bad_lines == [(2, "not a JSON object")]
    assert read_thread('{not json\nplain two\n').kind == "lines"
    page = read_thread("date 2020-01-02 Article.\nJoin the discussion\nFirst!\n")
    assert page.kind == "scraped-page" and page.comments[0].line == 3


def _broken_scorer(text: str):
    raise RuntimeError("model file missing")


def test_without_a_working_scorer_everything_is_held_and_escaped():
    policy = Policy.from_yaml("rules:\n  - {id: words, type: phrases, phrases: [spam],"
                              " action: reject}\n")
    thread = read_thread("<script>alert(1)</script> hello\nbuy spam now\n")
    report = check_thread(thread, policy, _broken_scorer, source="t.txt")
    statuses = [e.decision.status for e in report.entries]
    assert statuses == [CommentStatus.HELD, CommentStatus.REJECTED]
    assert report.entries[0].decision.decisive.rule == "scoring-unavailable"
    html = report.to_html()
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "<mark title=\"words\">spam</mark>" in html
    data = report.to_dict()
    assert data["counts"] == {"approved": 0, "held": 1, "rejected": 1}
