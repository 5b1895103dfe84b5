"""A people called by a derogatory word is an identity attack; the same words otherwise are not."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.features import prepare_to_score
from commentdesk.scoring.peoples import derogated


@pytest.mark.parametrize(
    "text",
    [
        "Women are too stupid to vote.",
        "Immigrants are animals.",
        "Black people are so lazy.",
        "All Muslims are terrorists.",
        "I think women are inferior.",  # the author's own view
        "trans people r disgusting",
    ],
)
def test_a_people_called_a_derogatory_word_is_found(text: str) -> None:
    assert derogated(prepare_to_score(text))


@pytest.mark.parametrize(
    "text",
    [
        "Not all Muslims are terrorists.",  # picked out, not the people
        "Some immigrants are criminals, like some natives.",
        "Many of them think women are inferior to men.",  # reported
        "Muslims are not terrorists.",  # denied: read as neutral first
        "Calling immigrants animals is disgusting.",  # condemned
        "The women are here and the men are late.",
        "These policies are stupid.",
    ],
)
def test_other_sentences_with_the_same_words_are_not(text: str) -> None:
    assert not derogated(prepare_to_score(text))


def test_identity_attack_is_at_least_toxicity_where_a_people_is_derogated(scorer: Scorer) -> None:
    for text in ("Immigrants are animals.", "Women are too stupid to vote."):
        scores = scorer.score(text)[0].scores
        assert scores["IDENTITY_ATTACK"] >= scores["TOXICITY"] >= 0.5, text
    calm = scorer.score("Immigrants are our neighbours.")[0].scores
    assert calm["IDENTITY_ATTACK"] < 0.5


def test_a_people_called_animals_is_read_as_dehumanised() -> None:
    from commentdesk.scoring.features import read

    assert read("Immigrants are animals.").text == "immigrants are vermin."
    assert read("Muslims r nothing but wild animals").text == "muslims r nothing but wild vermin"
    for text in ("Farm animals are animals too.", "We are all animals.", "Cats are animals."):
        assert "vermin" not in read(text).text
