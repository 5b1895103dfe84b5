"""Damage a thing does, in violent words, reads as an effect; done by people, as written."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.damage import tempered
from commentdesk.textnorm import normalize


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Fossil fuels are destroying the planet.",
            "fossil fuels are affecting the planet.",
        ),
        (
            "The war on drugs has ruined millions of lives.",
            "the war on drugs has affected millions of lives.",
        ),
        ("Plastic is slowly choking the oceans.", "plastic is slowly affecting the oceans."),
        ("Debt is killing families. Wise up.", "debt is affecting families. wise up."),
        (
            "I agree, and the mayor's plan is gutting downtown.",
            "i agree, and the mayor's plan is affecting downtown.",
        ),
        ("Inflation has been crushing pensioners.", "inflation has been affecting pensioners."),
        ("Landlords are squeezing tenants out.", "landlords are affecting tenants out."),
        ("Illegal loggers are wiping out the forest.", "illegal loggers are affecting the forest."),
        (
            "Cuts to the health service are killing patients.",
            "cuts to the health service are affecting patients.",
        ),
        ("This weather is ruining my weekend.", "this weather is affecting my weekend."),
        (
            "This is appalling and it is destroying this country.",
            "this is appalling and it is affecting this country.",
        ),
    ],
)
def test_damage_a_thing_does_reads_as_an_effect(text: str, read: str) -> None:
    assert tempered(normalize(text)).text == read


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants are destroying our country.",  # a people: the stages' to judge
        "Muslims are ruining Europe.",
        "The Jewish lobby is destroying America.",
        "Islam is destroying the West.",
        "Your kind is destroying this country.",
        "Those animals are destroying our neighbourhood.",
        "They are killing us.",
        "Invaders are destroying our country.",  # no trade: a people in contempt
        "Foreigners are ruining this town.",
        "Islamists are destroying Europe.",
        "Muslims are wiping out Europe.",
        "Islamic culture is destroying Europe.",  # a people, in other words
        "Third world immigration is destroying the West.",
        "Diversity is destroying our country.",
        "Homosexual propaganda is poisoning our children.",
        "Gender ideology is destroying kids.",
        "This one user is ruining the article.",
        "Tribes have been killing each other for centuries.",
        "My gun will be killing every one of them.",  # no plain subject
        "This tax is killing you.",  # done to the reader
        "Abortion is murder.",  # a noun, not the verb
        "Annihilate means kill them all.",
        "The protesters were murdered by the police.",
        "His eyes were tearing.",
    ],
)
def test_damage_done_by_people_or_to_the_reader_stays(text: str) -> None:
    assert tempered(normalize(text)).text == normalize(text).text


def test_both_sides_of_a_debate_read_alike_and_the_attack_on_a_people_stays(
    scorer: Scorer,
) -> None:
    civil = [
        "Fossil fuels are destroying the planet our kids will inherit.",
        "Wind farms are slaughtering birds and ruining the landscape.",
        "Eating meat is destroying the rainforest.",
        "Homeless camps are ruining our downtown.",
    ]
    assert [r.scores["TOXICITY"] < 0.5 for r in scorer.score(civil)] == [True] * len(civil)
    attack = scorer.score("Immigrants are vermin destroying our country.")[0]
    assert attack.scores["IDENTITY_ATTACK"] >= 0.5
