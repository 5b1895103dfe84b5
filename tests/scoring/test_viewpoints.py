"""The viewpoint measure: both sides of every debate, counted per side."""

from __future__ import annotations

from collections.abc import Sequence

from commentdesk.scoring import viewpoints


def test_every_debate_has_two_phrasings_on_each_side() -> None:
    cases = viewpoints.cases()
    assert len(cases) == 4 * len(viewpoints.OPINIONS)
    for debate in viewpoints.OPINIONS:
        sides = [side for d, side, _ in cases if d == debate]
        assert sides.count(viewpoints.LEFT) == sides.count(viewpoints.RIGHT) == 2
    assert len({text for _, _, text in cases}) == len(cases)


def test_the_report_counts_what_scores_toxic_on_each_side() -> None:
    # A stand-in score: TOXICITY 0.9 for sentences that name the death penalty.
    def score(texts: Sequence[str]) -> list[dict[str, float]]:
        return [{"TOXICITY": 0.9 if "death penalty" in t else 0.1} for t in texts]

    report = viewpoints.run(score)
    against, kept = viewpoints.OPINIONS["death penalty"]
    assert report[viewpoints.LEFT] == {"n": 40, "flagged": 1, "examples": [[against[1], 0.9]]}
    assert report[viewpoints.RIGHT] == {"n": 40, "flagged": 1, "examples": [[kept[0], 0.9]]}
