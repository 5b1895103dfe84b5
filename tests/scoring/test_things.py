"""Contempt for everyday things is read as plain dislike; said of people, as written."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.things import of_things
from commentdesk.textnorm import normalize


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("I hate Mondays so much.", "i dislike mondays so much."),
        ("Honestly this soup is disgusting.", "honestly this soup is bad."),
        ("My laptop is a useless piece of junk.", "my laptop is bad."),
        ("I can't stand cauliflower.", "i dislike cauliflower."),
        ("The weather was absolutely awful today.", "the weather was bad today."),
        ("This new phone is a complete waste of money.", "this new phone is bad."),
        ("My cat is such a little monster.", "my cat is bad."),
    ],
)
def test_contempt_for_a_thing_is_read_as_dislike(text: str, meant: str) -> None:
    assert of_things(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "I hate the traffic wardens in this town.",  # people
        "This printer is a piece of shit.",  # a swear word stays
        "You are garbage.",
        "This policy is garbage.",  # whether that is abuse is the stages' to judge
        "Disabled people on tv are so pathetic.",  # said of people, not of the television
        "I hate people who drive like that.",
    ],
)
def test_contempt_for_people_is_read_as_written(text: str) -> None:
    assert of_things(normalize(text)).text == normalize(text).text


def test_contempt_for_things_does_not_score_as_abuse(scorer: Scorer) -> None:
    for text in ("I hate Mondays so much.", "My laptop is a useless piece of junk."):
        scores = scorer.score([text])[0].scores
        assert scores["TOXICITY"] < 0.5 and scores["INSULT"] < 0.5
