"""A right or a life granted to people is read as a welcome; denied or wretched, as written."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.grants import granted
from commentdesk.textnorm import normalize


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Gay people should be allowed to give blood.", "gay people are welcome to give blood."),
        ("Women have every right to vote.", "women are welcome to vote."),
        (
            "Immigrants are free to start a business here.",
            "immigrants are welcome to start a business here.",
        ),
        ("Muslims should be able to pray at work.", "muslims are welcome to pray at work."),
        ("Trans people should get to serve.", "trans people are welcome to serve."),
    ],
)
def test_a_right_granted_to_a_people_is_read_as_a_welcome(text: str, meant: str) -> None:
    assert granted(normalize(text)).text == meant


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Trans people should be free to live their lives.", "trans people are welcome to thrive."),
        ("Everyone deserves to live.", "everyone deserves to thrive."),
        ("Live and let live.", "thrive and let thrive."),
        ("Let them live their lives.", "let them thrive."),
        ("She lives her life quietly.", "she enjoys her life quietly."),
        ("He lived a normal life.", "he enjoyed a normal life."),
        ("Black lives matter.", "black people matter."),
        (
            "Refugees deserve to live in safety like anyone else.",
            "refugees deserve to thrive in safety like anyone else.",
        ),
    ],
)
def test_a_life_granted_or_lived_is_read_as_thriving(text: str, meant: str) -> None:
    assert granted(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "Muslims should not be allowed to live here.",  # denied
        "They don't deserve to live.",
        "They dont deserve to live.",  # typed without its apostrophe
        "People like you shouldn't be allowed to live.",
        "I don't think women should be allowed to vote.",  # the clause denies it
        "Why would they let them live?",  # doubted
        "Only we deserve to live here.",
        "Not all lives matter.",
        "Muslims are free to leave.",  # to leave or to suffer is no welcome
        "Immigrants are free to drown in the sea.",
        "Women should be allowed to shut up.",
        "Black people should be allowed to vote only if they pass a test.",  # taken back
        "Muslims are free to pray, in their own countries.",
        "Immigrants should be allowed to be deported.",
        "Christians have the right to refuse them service.",
        "He deserves to live in fear.",  # a misery wished
        "They want to live like animals.",
        "They live off welfare.",
        "I hope you live a miserable life.",
        "They lived their lives in fear.",
        "You should live up to your promises.",  # not a life
        "Criminals should be allowed to vote.",  # no people named: the stages judge it
    ],
)
def test_denied_doubted_or_wretched_reads_as_written(text: str) -> None:
    assert granted(normalize(text)).text == normalize(text).text


def test_offsets_still_point_at_the_authors_words() -> None:
    text = "Gay people should be allowed to give blood."
    norm = granted(normalize(text))
    begin = norm.text.index("welcome")
    assert text[norm.offsets[begin] : norm.ends[begin]] == " should be allowed to "


def test_a_right_granted_to_a_people_does_not_score_as_an_attack(scorer: Scorer) -> None:
    texts = [
        "Gay people should be allowed to give blood.",
        "Trans people should be allowed to serve.",
        "Immigrants should be allowed to work while they wait.",
        "Trans people should be free to live their lives.",
        "Everyone deserves to live.",
        "Live and let live.",
        "I want to live my life.",
    ]
    for result in scorer.score(texts):
        assert result.scores["TOXICITY"] < 0.5, result
        assert result.scores["IDENTITY_ATTACK"] < 0.5, result
    # The denial is an opinion the stages judge as they learned it; the
    # death wish is still one.
    wish = scorer.score(["You don't deserve to live."])[0].scores
    assert wish["TOXICITY"] >= 0.5
