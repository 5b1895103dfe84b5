"""Metric functions checked against values worked out by hand."""

from __future__ import annotations

import pytest

from commentdesk.scoring.evaluate import (
    bias_report,
    binary_report,
    expected_calibration_error,
    identity_mentions,
    reliability,
)
from commentdesk.scoring.spans import span_f1


def test_binary_report() -> None:
    r = binary_report([0, 0, 1, 1], [0.1, 0.6, 0.4, 0.9])
    assert r.roc_auc == pytest.approx(0.75)
    assert r.precision == pytest.approx(0.5)
    assert r.recall == pytest.approx(0.5)


def test_reliability_of_a_calibrated_score() -> None:
    labels = [1] * 8 + [0] * 2 + [1] * 2 + [0] * 8
    scores = [0.8] * 10 + [0.2] * 10
    table = reliability(labels, scores)
    assert [b.count for b in table] == [10, 10]
    assert expected_calibration_error(table) == pytest.approx(0.0)


def test_bias_report_detects_a_biased_subgroup() -> None:
    # Non-toxic mentions of "a" score as high as toxic background comments.
    labels = [0, 0, 1, 1, 0, 0, 1, 1]
    scores = [0.9, 0.8, 0.95, 0.85, 0.1, 0.2, 0.7, 0.9]
    groups = [["a"], ["a"], ["a"], ["a"], [], [], [], []]
    report = bias_report(labels, scores, groups)
    a = report.subgroups[0]
    assert a.subgroup == "a" and a.size == 4
    assert a.bpsn_auc is not None and a.bpsn_auc < 0.5
    assert a.false_positive_rate == 1.0
    assert report.final_metric is not None and report.final_metric < report.overall_auc


def test_span_f1() -> None:
    assert span_f1(set(), set()) == 1.0
    assert span_f1({1}, set()) == 0.0
    assert span_f1({1, 2}, {2, 3}) == pytest.approx(0.5)


def test_identity_mentions() -> None:
    assert identity_mentions("Muslims and J3ws live here") == ["jewish", "muslim"]
    assert identity_mentions("nothing here") == []
