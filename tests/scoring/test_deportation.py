"""Deportation argued over as law reads as removal; asked of a people, as written."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.deportation import removed
from commentdesk.textnorm import normalize


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Illegal immigrants should be deported.", "illegal immigrants should be removed."),
        (
            "People who entered illegally should be deported, full stop.",
            "people who entered illegally should be removed, full stop.",
        ),
        (
            "Deport foreign criminals after their sentence.",
            "remove foreign criminals after their sentence.",
        ),
        (
            "Children who grew up here should not be deported.",
            "children who grew up here should not be removed.",
        ),
        ("Deporting families is cruel.", "removing families is cruel."),
        ("Stop the deportations now.", "stop the removals now."),
        ("Mass deportations are the only answer.", "mass removals are the only answer."),
        ("Illegal Mexicans should be deported.", "illegal mexicans should be removed."),
    ],
)
def test_deportation_argued_over_as_law_reads_as_removal(text: str, read: str) -> None:
    assert removed(normalize(text)).text == read


@pytest.mark.parametrize(
    "text",
    [
        "Muslims should be deported.",
        "Deport all the Mexicans.",
        "Immigrants should be deported.",
        "Arrest them and deport them all!",
        "The deportation of every Jew is what we need.",
        "Muslims are all terrorists and should be deported.",  # derogated, not named by a crime
        "Deport this clown.",
        "The internees were deported to Dachau in 1944.",
    ],
)
def test_deportation_asked_of_a_people_or_wished_on_someone_stays(text: str) -> None:
    assert removed(normalize(text)).text == normalize(text).text


def test_both_sides_of_the_argument_score_alike_and_the_attack_stays(scorer: Scorer) -> None:
    civil = [
        "Illegal immigrants should be deported, no exceptions.",
        "Deporting children who grew up here is heartless.",
    ]
    assert all(r.scores["TOXICITY"] < 0.5 for r in scorer.score(civil))
    assert (
        scorer.score("Jews should be deported from this country.")[0].scores["IDENTITY_ATTACK"]
        >= 0.5
    )
