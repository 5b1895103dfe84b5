"""Praise of a person or a people reads as appreciation.

Doubted, qualified or taken back, it reads as written.
"""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.praise import praised
from commentdesk.textnorm import normalize


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("You are smart.", "you are appreciated."),
        ("You're so smart!", "you're appreciated!"),
        ("You are a good mother.", "you are appreciated."),
        ("Muslims are a gift to this country.", "muslims are appreciated."),
        ("Women are geniuses.", "women are appreciated."),
        ("He is kind and generous.", "he is appreciated."),
        ("She is a true hero, and we owe her.", "she is appreciated, and we owe her."),
        ("They are heroes \U0001f60a", "they are appreciated \U0001f60a"),
        ("You are smart but lazy.", "you are appreciated but lazy."),
        ("My wife is a genius.", "my wife is appreciated."),
        ("You guys really are awesome!", "you guys really are appreciated!"),
        ("Trans women are brave.", "trans women are appreciated."),
        ("I think you are brilliant.", "i think you are appreciated."),
    ],
)
def test_a_description_made_only_of_praise_is_read_as_appreciation(text: str, meant: str) -> None:
    assert praised(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "You are not smart.",  # denied
        "I don't think you're a genius.",  # the clause doubts it
        "You are smart for a woman.",  # the praise goes on: backhanded
        "Jews are so smart with money.",
        "He is a genius at lying.",
        "You are so smart?",  # asked
        "You're a genius, aren't you?",  # taken back
        "You are a real genius... not.",
        "So brave /s",
        "You are so brave /s",
        "You are a good liar.",  # a word that is no praise
        "Muslims are clever.",  # a trope, not praise
        "Learn to read, genius.",  # condescension is read elsewhere
        "Any way we can get rid of him is good.",  # praise of a deed, not of someone
        "That is brilliant.",
        "Maybe they're right; it wasn't unpopular.",  # agreement, read as it is
        "He thinks he is smart.",  # someone else's belief
        "She acts like she is a genius.",
    ],
)
def test_doubted_qualified_or_taken_back_reads_as_written(text: str) -> None:
    assert praised(normalize(text)).text == normalize(text).text


def test_offsets_still_point_at_the_authors_words() -> None:
    text = "Honestly, you are such a good mother."
    norm = praised(normalize(text))
    begin = norm.text.index("appreciated")
    assert text[norm.offsets[begin] : norm.ends[begin]] == "such a good mother"


def test_praise_does_not_score_as_abuse_and_abuse_still_does(scorer: Scorer) -> None:
    texts = [
        "You are insightful.",
        "You're a genius.",
        "You are a good mother.",
        "Muslims are so smart.",
        "Women are geniuses.",
        "Gay people are a gift to this country.",
    ]
    for result in scorer.score(texts):
        assert result.scores["TOXICITY"] < 0.5, result
        assert result.scores["IDENTITY_ATTACK"] < 0.5, result
    for result in scorer.score(["You are a smart idiot.", "You're pretty smart for a black guy."]):
        assert result.scores["TOXICITY"] >= 0.5, result
