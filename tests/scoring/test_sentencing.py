"""Offenders the courts are asked to punish read as offenders; harm beyond the law, as written."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.features import read
from commentdesk.scoring.sentencing import sentenced
from commentdesk.textnorm import normalize


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("Rapists should face life imprisonment.", "offenders should face life imprisonment."),
        (
            "Drunk drivers should go to prison for life.",
            "offenders should serve sentences for life.",
        ),
        (
            "Serial killers deserve to be executed.",
            "offenders deserve to receive capital punishment.",
        ),
        (
            "Drunk driving should carry a life sentence.",
            "serious offences should carry a life sentence.",
        ),
        (
            "Child abusers deserve the harshest sentence the law allows.",
            "offenders deserve the harshest sentence the law allows.",
        ),
        (
            "Any terrorist should be jailed for life.",
            "any offender should serve sentences for life.",
        ),
        (
            "Corrupt officials should go to jail, whichever party they belong to.",
            "offenders should serve sentences, whichever party they belong to.",
        ),
        ("Car thieves should serve real time.", "offenders should serve real time."),
        (
            "Poachers convicted of killing rhinos must go to jail.",
            "offenders convicted of killing rhinos must serve sentences.",
        ),
    ],
)
def test_offenders_the_courts_are_asked_to_punish_read_as_offenders(
    text: str, read_as: str
) -> None:
    assert sentenced(normalize(text)).text == read_as


def test_the_offence_and_the_death_penalty_read_as_the_sentence_asked() -> None:
    # The offence itself is read in wrongs (after the readings in between).
    assert (
        read("The man who murdered those children deserves the death penalty.").text
        == "the man who committed crimes deserves capital punishment."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rapists should be castrated.",  # no court passes it
        "Terrorists should be shot on sight and never see a prison.",
        "Paedophiles deserve to be hanged from a tree, not jailed.",
        "The mayor deserves to be executed.",  # no offender named
        "Let the criminals shoot it out, which will save on prison costs.",
        "Rape charges aren't the way to get revenge, you will get locked up.",
        "Lock her up, she belongs in jail.",
    ],
)
def test_harm_beyond_the_law_or_asked_of_others_stays(text: str) -> None:
    assert sentenced(normalize(text)).text == normalize(text).text


def test_sentencing_argued_scores_civil_and_a_wish_of_violence_stays_a_threat(
    scorer: Scorer,
) -> None:
    civil = [
        "Rapists should face life imprisonment.",
        "Terrorists who bomb civilians deserve to be executed.",
        "Drunk drivers who kill someone should go to prison for life.",
    ]
    assert [r.scores["TOXICITY"] < 0.5 for r in scorer.score(civil)] == [True] * len(civil)
    assert scorer.score("Rapists should be shot in the street.")[0].scores["THREAT"] >= 0.5
