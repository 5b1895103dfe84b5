"""Violence condemned and practices called crimes read as judged wrong.

Doubted, taken back or said of people, they read as written.
"""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.features import read
from commentdesk.scoring.wrongs import condemned
from commentdesk.textnorm import normalize


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Killing is always wrong.", "harm is always wrong."),
        ("Rape is a horrific crime.", "harm is wrong."),
        ("Murder is wrong, full stop.", "harm is wrong, full stop."),
        ("War is hell.", "harm is wrong."),
        ("Killing Muslims is not okay.", "harm is wrong."),
        ("Violence against women is a horrific crime.", "harm is wrong."),
        ("Hitting children is wrong and evil.", "harm is wrong."),
        ("Slavery was evil.", "harm was wrong."),
        ("Stabbings are a tragedy for this city.", "harm are wrong for this city."),
        # punishment a state inflicts
        ("The death penalty is barbaric.", "harm is wrong."),
        ("Solitary confinement is inhumane.", "harm is wrong."),
    ],
)
def test_violence_condemned_is_read_as_harm_called_wrong(text: str, meant: str) -> None:
    assert condemned(normalize(text)).text == meant


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Abortion is murder.", "abortion is wrong."),
        ("The death penalty is state murder.", "the death penalty is wrong."),
        ("Taxation is theft.", "taxation is wrong."),
        (
            "Honestly, eating meat is murder and I will say so.",
            "honestly, eating meat is wrong and i will say so.",
        ),
    ],
)
def test_a_practice_called_a_crime_is_read_as_called_wrong(text: str, meant: str) -> None:
    assert condemned(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "Killing them is not wrong.",  # no condemnation
        "Killing them is never wrong.",
        "I don't think murder is wrong.",  # doubted
        "Killing is wrong, except for Muslims.",  # taken back
        "Killing is wrong unless they deserve it.",
        "Killing is wrong in their case, but not ours.",
        "Violence is the answer.",
        "He is a murderer.",  # a person, not a practice
        "Immigrants are murder.",
        "They are theft.",
        "Race mixing is genocide.",  # a hate slogan, not an argument
        "White genocide is a crime.",
    ],
)
def test_denied_taken_back_or_said_of_people_reads_as_written(text: str) -> None:
    assert condemned(normalize(text)).text == normalize(text).text


def test_offsets_still_point_at_the_authors_words() -> None:
    text = "Rape is a horrific crime."
    norm = condemned(normalize(text))
    begin = norm.text.index("wrong")
    assert text[norm.offsets[begin] : norm.ends[begin]] == "a horrific crime"


def test_condemning_violence_does_not_score_as_violence(scorer: Scorer) -> None:
    condemnations = [
        "Rape is a horrific crime.",
        "Killing is always wrong.",
        "War is hell.",
        "Torture is a crime.",
        "Abortion is murder.",
    ]
    for result in scorer.score(condemnations):
        assert result.scores["TOXICITY"] < 0.6, result
        assert result.scores["THREAT"] < 0.5, result
    for result in scorer.score(["Killing them is never wrong.", "I will kill you."]):
        assert result.scores["TOXICITY"] >= 0.5, result


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Racism is still a problem in this city.", "prejudice is wrong."),
        ("Hate has no home here.", "prejudice is wrong."),
        ("Homophobia has no place in our schools.", "prejudice is wrong."),
        ("Transphobia kills.", "prejudice is wrong."),
        (
            "Antisemitism is rising and we must call it out.",
            "prejudice is wrong and we must call it out.",
        ),
        ("We must stand against racism.", "we must stand against prejudice."),
    ],
)
def test_prejudice_condemned_is_read_as_prejudice_called_wrong(text: str, meant: str) -> None:
    assert condemned(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "Your racism is showing.",  # an accusation: someone's
        "Racism is not a problem anymore.",  # denied: an opinion, read as written
        "I hate Mondays.",
        "Hate speech is a problem.",
    ],
)
def test_someones_prejudice_or_a_denial_reads_as_written(text: str) -> None:
    assert condemned(normalize(text)).text == normalize(text).text


def test_condemning_prejudice_does_not_score_as_abuse(scorer: Scorer) -> None:
    texts = [
        "Hate has no home here.",
        "Racism is a disease.",
        "Homophobia has no place in our schools.",
    ]
    for result in scorer.score(texts):
        assert result.scores["TOXICITY"] < 0.5, result


@pytest.mark.parametrize(
    "text",
    [
        "Racism in football is still a huge problem.",
        "Hatred against Muslims in this country is rising.",
        "Homophobia in schools is real.",
    ],
)
def test_prejudice_where_it_is_condemned_is_read_as_called_wrong(text: str) -> None:
    assert condemned(normalize(text)).text.startswith("prejudice is wrong")


@pytest.mark.parametrize(
    "text",
    ["Your racism in this thread is showing.", "Racism in football is not a problem."],
)
def test_prejudice_accused_or_denied_where_it_is_stays(text: str) -> None:
    assert condemned(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("No one should hurt them.", "harm is wrong."),
        ("We must never harm refugees.", "harm is wrong."),
        ("I would never hurt a trans person.", "harm is wrong."),
        ("No woman deserves a beating.", "harm is wrong."),
        ("She didn't deserve to be shot.", "harm is wrong."),
        ("Gay people should never be attacked.", "harm is wrong."),
        ("Nobody deserves to be attacked for who they love.", "harm is wrong for who they love."),
        (
            "Don't hit your kids, it teaches them violence.",
            "harm is wrong, it teaches them violence.",
        ),
        (
            "The solution is not to kill them but to educate them.",
            "harm is wrong but to educate them.",
        ),
    ],
)
def test_violence_forbidden_or_disowned_is_read_as_harm_called_wrong(text: str, meant: str) -> None:
    assert condemned(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "I won't hurt you if you pay up.",  # a condition: a threat
        "Nobody will hurt you... yet.",
        "I won't hurt you, as long as you stay quiet.",
        "He deserves to be shot.",  # nothing denied
        "There is no doubt he deserves a beating.",
        "Okay, I won't beat around the bush.",  # the acts' other senses
        "I don't burn bridges.",
        "Don't kill my vibe.",
    ],
)
def test_violence_denied_only_on_a_condition_or_in_an_idiom_reads_as_written(text: str) -> None:
    assert condemned(normalize(text)).text == normalize(text).text


def test_forbidding_violence_does_not_score_as_violence(scorer: Scorer) -> None:
    texts = [
        "No one should hurt them.",
        "We must never harm refugees.",
        "I would never hurt a trans person.",
        "No woman deserves a beating.",
        "We shouldn't kill them, we should help them.",
    ]
    for text, result in zip(texts, scorer.score(texts), strict=True):
        assert result.scores["TOXICITY"] < 0.5 and result.scores["THREAT"] < 0.5, text
    (threat,) = scorer.score(["I will hurt them."])
    assert threat.scores["THREAT"] >= 0.5


def test_every_forbidden_act_passes_the_scan_before_it() -> None:
    import re

    from commentdesk.scoring.wrongs import _HARM_CUES, _HARM_DONE, _HARM_SUFFERED

    acts = re.findall(
        r"[a-z]+", _HARM_DONE + _HARM_SUFFERED + "beating bullet kicking thrashing slap"
    )
    for act in set(acts) - {"s", "up"}:  # "\\s+up"
        assert any(cue in act for cue in _HARM_CUES), act


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Gang members who kill should never be released from prison.",
            "gang members who commit crimes should never be released from prison.",
        ),
        (
            "People who kill police officers should get life in prison.",
            "people who commit crimes should get life in prison.",
        ),
        ("Cops who shot him must be prosecuted.", "cops who committed crimes must be prosecuted."),
        (
            "Anyone who abuses a child deserves to rot in jail.",
            "anyone who commits crimes deserves to rot in jail.",
        ),
    ],
)
def test_an_offender_the_courts_are_asked_to_punish_is_read_as_one(text: str, read: str) -> None:
    assert condemned(normalize(text)).text == read


@pytest.mark.parametrize(
    "text",
    [
        "People who kill should be hanged.",  # no lawful punishment
        "Those who kill Muslims should be praised.",
        "The man who killed her was released from prison last year.",  # a report
    ],
)
def test_harm_with_no_lawful_punishment_asked_stays(text: str) -> None:
    assert condemned(normalize(text)).text == normalize(text).text


def test_asking_for_prison_for_killers_is_not_toxic(scorer: Scorer) -> None:
    text = "Gang members who kill should never be released from prison."
    assert scorer.score(text)[0].scores["TOXICITY"] < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Deporting families who have lived here for decades is inhumane.",
        "Forcing women to give birth is state-sanctioned cruelty.",
        "Separating children from their parents is cruel.",
        "Denying gay couples the right to marry is unjust.",
    ],
)
def test_coercion_condemned_reads_as_harm_called_wrong(text: str) -> None:
    assert read(text).text.startswith("harm is ")


@pytest.mark.parametrize(
    "text",
    [
        "Letting them in is a disgrace.",  # a people let in: not an act done to them
        "Deporting them is not wrong at all.",
        "Removing the statue is a disgrace.",
    ],
)
def test_inclusion_judged_or_coercion_excused_reads_as_written(text: str) -> None:
    assert "harm" not in read(text).text
