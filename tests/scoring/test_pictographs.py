"""Pictographs of abuse read as the words they picture; illustrations and the rest stay."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.pictographs import pictured
from commentdesk.textnorm import normalize, to_original


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Black people are 🐒🐒🐒", "black people are monkeys"),
        (
            "mexicans are 🐀 and should be treated like it.",
            "mexicans are rats and should be treated like it.",
        ),
        ("You ignorant 🤡, nobody asked.", "you ignorant clown, nobody asked."),
        ("Go back to the jungle 🐒", "go back to the jungle monkey"),
        ("🖕 you and your paper", "fuck you and your paper"),
        ("the editor🖕", "the editor fuck you"),
        ("The cops are 🐷 🐷", "the cops are pigs"),
        # weapons and graves (revision 156), the presentation selector with them
        ("🔪🔪 see you soon, journo", "knives see you soon, journo"),
        ("⚰️ for you", "coffin for you"),
    ],
)
def test_a_pictograph_of_abuse_is_read_as_the_word_it_pictures(text: str, read: str) -> None:
    assert pictured(normalize(text)).text == read


@pytest.mark.parametrize(
    "text",
    [
        "Congratulations to the team 🎉🎉",
        "Love this city ❤️",
        "I forgot my keys again 🙈",  # embarrassment, not a monkey
        "No pictographs here at all.",
    ],
)
def test_other_pictographs_stay(text: str) -> None:
    assert pictured(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The zoo's new monkeys 🐒 are a hit.", "the zoo's new monkeys  are a hit."),
        ("Rats 🐀 in the subway again.", "rats  in the subway again."),
    ],
)
def test_a_pictograph_that_illustrates_the_word_before_it_says_nothing_more(
    text: str, read: str
) -> None:
    assert pictured(normalize(text)).text == read


def test_the_reading_points_at_the_authors_pictographs() -> None:
    text = "They are 🐀🐀!"
    norm = pictured(normalize(text))
    begin = norm.text.index("rats")
    assert text[slice(*to_original(norm, begin, begin + 4))] == "🐀🐀"


def test_a_people_called_animals_in_pictographs_scores_as_an_identity_attack(
    scorer: Scorer,
) -> None:
    attack, civil = scorer.score(["Black people are 🐒🐒🐒", "Black people are 🎉🎉🎉"])
    assert attack.scores["IDENTITY_ATTACK"] >= 0.5
    assert civil.scores["IDENTITY_ATTACK"] < 0.5
