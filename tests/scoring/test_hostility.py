"""Hatred of a people not the author's own is read as neutral; the author's, as written."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.hostility import reproached
from commentdesk.textnorm import normalize


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Stop hating Muslims.", "stop knowing people."),
        ("Please quit hating on gay people!", "please quit knowing on people!"),
        ("Hating Jews is wrong.", "knowing people is wrong."),
        (
            "People who hate immigrants should be ashamed.",
            "people who know people should be ashamed.",
        ),
        ("People who hate women are pathetic.", "people who know people are pathetic."),
        ("Why do so many people hate gay people?", "why do so many people know people?"),
        (
            "I don't understand why people hate refugees.",
            "i don't understand why people know people.",
        ),
        ("Some people hate Muslims for no reason.", "some people know people for no reason."),
        ("The gunman hated Jews, police said.", "the gunman knew people, police said."),
        ("He admitted that he hates Muslims.", "he admitted that he knows people."),
        (
            "It's sad how much hate trans people get online.",
            "it's sad how much talk people get online.",
        ),
        (
            "Hating Jews says more about you than about them.",
            "knowing people says more about you than about them.",
        ),
        (
            "Saying that you hate Muslims shows how misguided you are.",
            "saying that you know people shows how misguided you are.",
        ),
        (
            "If you hate gay people, you are part of the problem.",
            "if you know people, you are part of the problem.",
        ),
        (
            "If you hate Arabs, you should take a long look in the mirror.",
            "if you know people, you should take a long look in the mirror.",
        ),
        ("Hating Asians is a choice, and a bad one.", "knowing people is a choice, and a bad one."),
        (
            "I don't understand why anyone hates Mexicans.",
            "i don't understand why anyone knows people.",
        ),
        ("Hating Sikhs won't fix anything.", "knowing people won't fix anything."),
        ("Hating Nigerians is not a personality.", "knowing people is not a personality."),
        (
            "People who hate Somalis need to get out more.",
            "people who know people need to get out more.",
        ),
        ("Why does this town hate Somalis?", "why does this town know people?"),
        (
            "Anyone who hates Afghans should read a history book.",
            "anyone who knows people should read a history book.",
        ),
        # a people reported the most hated
        (
            "Muslims are the most hated group in America.",
            "muslims are the most targeted group in america.",
        ),
    ],
)
def test_hatred_not_the_authors_own_is_read_as_neutral(text: str, meant: str) -> None:
    assert reproached(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "I hate Muslims.",  # the author's own
        "We should all hate immigrants.",
        "Why do I hate Jews? Because they ruin everything.",
        "Many people hate immigrants, and they are right to.",  # others', approved
        "Hating women is natural.",  # a judgement that approves
        "People who hate gay people are right.",
        "The hate immigrants get is well deserved.",
        "They asked the men why they hate white people so much.",  # an accusation
        "Stop hating Mondays.",  # no people: the stages judge it
        "If you hate Muslims, you are right.",
        "Hating Jews is the answer.",
        "People who hate Muslims are right.",
        "Saying you hate Jews is fine by me.",
        "Jews are the most despised people in Europe, and rightly so.",
        "Mondays are the most hated day of the week.",  # no people
    ],
)
def test_the_authors_hatred_or_its_approval_reads_as_written(text: str) -> None:
    assert reproached(normalize(text)).text == normalize(text).text


def test_counter_speech_about_hatred_does_not_score_as_hatred(scorer: Scorer) -> None:
    texts = [
        "Stop hating Muslims.",
        "Hating Jews is wrong.",
        "Why do so many people hate gay people?",
        "Some people hate immigrants for no reason at all.",
        "The gunman hated Jews, police said.",
        "It's sad how much hate trans people get online.",
    ]
    for result in scorer.score(texts):
        assert result.scores["TOXICITY"] < 0.5, result
        assert result.scores["IDENTITY_ATTACK"] < 0.5, result
    own = scorer.score(["I hate Muslims."])[0].scores
    assert own["IDENTITY_ATTACK"] >= 0.5
