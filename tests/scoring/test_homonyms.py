"""Slurs in their other senses are read as those senses; said as slurs, as written."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.homonyms import unslurred
from commentdesk.textnorm import normalize


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Our bitch had eight puppies last night.", "our dog had eight puppies last night."),
        (
            "We had faggots with mash and onion gravy.",
            "we had meatballs with mash and onion gravy.",
        ),
        ("He tied a faggot of sticks.", "he tied a bundle of sticks."),
        (
            "The Dutch built a dyke to hold back the sea.",
            "the dutch built a embankment to hold back the sea.",
        ),
        ("The cock crowed at dawn.", "the rooster crowed at dawn."),
        ("Jesus rode into Jerusalem on an ass.", "jesus rode into jerusalem on an donkey."),
        ("The pussy willow is out.", "the catkin willow is out."),
    ],
)
def test_a_word_in_its_other_sense_is_read_as_that_sense(text: str, meant: str) -> None:
    assert unslurred(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "You stupid bitch, I hope your puppies die.",  # said to someone
        "Shut up, bitch.",  # no other world in the sentence
        "A dyke like her shouldn't teach.",
        "Faggots should burn.",
        "Kiss my ass, the sea is rising.",  # the sea is no donkey's
        "What a pain in the ass. The puppies are fine though.",  # another sentence
    ],
)
def test_the_slur_is_read_as_written(text: str) -> None:
    assert unslurred(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    "text",
    ["Our bitch had eight puppies last night.", "We had faggots with mash and onion gravy."],
)
def test_other_senses_do_not_score_as_abuse(scorer: Scorer, text: str) -> None:
    scores = scorer.score([text])[0].scores
    assert scores["TOXICITY"] < 0.5 and scores["IDENTITY_ATTACK"] < 0.5


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (
            "He nicked a fag from his mate outside the pub.",
            "he nicked a cigarette from his mate outside the pub.",
        ),
        ("Went outside for a fag break.", "went outside for a cigarette break."),
        (
            "I ordered a bundle of faggots for the fireplace.",
            "i ordered a bundle of bundles for the fireplace.",
        ),
    ],
)
def test_a_cigarette_and_firewood_are_read_as_themselves(text: str, meant: str) -> None:
    assert unslurred(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "That fag on the bus was smoking weed.",  # a person
        "What a fag, smoking in the pub.",
        "He's a fag who smokes.",
        "All y'all some wood pushing faggots man.",
    ],
)
def test_a_person_called_fag_is_read_as_written(text: str) -> None:
    assert unslurred(normalize(text)).text == normalize(text).text


def test_spotted_dick_is_a_pudding(scorer: Scorer) -> None:
    recipe = "My grandmother's spotted dick recipe is the best."
    assert (
        unslurred(normalize(recipe)).text == "my grandmother's spotted pudding recipe is the best."
    )
    rude = "Don't be a dick about the recipe."
    assert unslurred(normalize(rude)).text == normalize(rude).text
    (pudding,) = scorer.score([recipe])
    assert pudding.scores["TOXICITY"] < 0.5
