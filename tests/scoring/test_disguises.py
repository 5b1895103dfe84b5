"""Abuse in disguise is still caught; the disguises themselves do what they say."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer, disguises
from commentdesk.scoring.functional import Case


def test_the_key_word_is_the_longest_listed_one() -> None:
    assert disguises.key_word("You are a pathetic idiot.") == "pathetic"
    assert disguises.key_word("Muslims are lovely.") is None  # a people's name is no abuse


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("letters swapped", "idoit"),
        ("a letter dropped", "idot"),
        ("letters spaced", "i d i o t"),
        ("l33t", "1d107"),
        ("a mark inside", "id.iot"),
        ("look-alike letters", "idiоt"),  # a Cyrillic o
        ("letters repeated", "idiooooot"),
    ],
)
def test_each_disguise_rewrites_the_word(name: str, written: str) -> None:
    assert disguises.WORD_DISGUISES[name]("idiot") == written


def test_every_disguise_of_an_abusive_case_and_none_of_a_clean_one() -> None:
    cases = [
        Case("plain insult", "You are a complete idiot.", "INSULT", True),
        Case("negated insult", "You are not an idiot.", "INSULT", False),
    ]
    items = disguises.disguised(cases)
    assert {item.disguise for item in items} == set(disguises.DISGUISES)
    assert all(item.case is cases[0] for item in items)
    assert "Youareacompleteidiot." in {item.text for item in items}


def test_disguised_abuse_is_still_caught(scorer: Scorer) -> None:
    report = disguises.run(lambda texts: [r.scores for r in scorer.score(list(texts))])
    assert set(report) == set(disguises.DISGUISES)
    for name, (caught, total) in report.items():
        assert total >= 20, name
        # Every disguise of one word is read through; a whole comment run
        # together splits only where its words are of some use.
        assert caught / total >= (0.6 if name == "run together" else 0.9), (name, caught, total)
