"""Condescending idioms said to the reader read as an insult; the same words otherwise not."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.condescension import MEANT, condescended
from commentdesk.textnorm import normalize, to_original


@pytest.mark.parametrize(
    "text",
    [
        "What planet are you on?",
        "Really, what planet are you guys living on",
        "Have you been living under a rock?",
        "You must live under a rock.",
        "What are you smoking??",
        "Do you even read?",
        "Are you off your meds again?",
        "How old are you, 12?",
        "Come back when you are out of puberty.",
        "Go back to your mom's basement.",
        "Nobody asked for your opinion.",
        "Learn to read, genius.",
        "You are wrong. Learn how to spell.",
        "You are not very smart.",
        "You sir are not intelligent.",
        "You're not the sharpest tool in the shed.",
        "wow you are not very bright are you",
        "Do you even know how to read?",
        "Can you even read?",
        "Were you dropped on your head as a baby?",
        "You have the IQ of a houseplant.",
        "You've got the IQ of a potato.",
        "Grow up, little boy, the adults are talking.",
        "Are you lost, little girl?",
        "Crawl back under your rock.",
        "Your parents must be so ashamed of you.",
    ],
)
def test_a_condescending_idiom_is_read_as_an_insult(text: str) -> None:
    assert MEANT in condescended(normalize(text)).text


@pytest.mark.parametrize(
    "text",
    [
        "I must have been living under a rock.",  # the author's own
        "Kids learn to read at five.",
        "Remember to take your meds.",
        "How old are you now? My son is twelve.",
        "Did you even read the article?",
        "Grow up.",
        "The planet is warming.",
        "What are you reading these days?",
        "You're not wrong.",
        "You are not wise to trust them.",  # advice: the clause runs on
        "If you're not smart about money, you lose it.",  # anyone
        "Can you read the article and tell me what you think?",  # no question of its own
        "Do you know how to read a balance sheet?",
        "She has the IQ of a genius.",
        "My little boy loves the park.",
        "Sorry little one, it is bedtime.",
        "The adults are talking about the budget tonight.",
        "Your parents must be proud.",
    ],
)
def test_the_same_words_otherwise_are_read_as_written(text: str) -> None:
    norm = normalize(text)
    assert condescended(norm).text == norm.text


def test_the_reading_points_at_the_authors_whole_phrase() -> None:
    text = "Seriously, WHAT planet are you on?"
    norm = condescended(normalize(text))
    begin = norm.text.index(MEANT)
    assert text[slice(*to_original(norm, begin, begin + len(MEANT)))] == "WHAT planet are you on?"


def test_condescension_scores_as_an_insult(scorer: Scorer) -> None:
    for text in ("What planet are you on?", "How old are you, 12?"):
        assert scorer.score(text)[0].scores["INSULT"] >= 0.5, text
    assert scorer.score("Kids learn to read at five.")[0].scores["INSULT"] < 0.5
