"""What the reader is, said plainly, reads as "a member".

Belittled, doubted, disbelieved or qualified, it reads as written.
"""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.features import read
from commentdesk.scoring.roles import plainly
from commentdesk.textnorm import normalize


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("You are a mother.", "you are a member."),
        (
            "You're a farmer, you know the drought is real.",
            "you're a member, you know the drought is real.",
        ),
        (
            "You are a taxpayer too, so this affects you.",
            "you are a member too, so this affects you.",
        ),
        ("Are you a nurse?", "are you a member?"),
        ("You are clearly a liberal.", "you are clearly a member."),
        ("You are a retired teacher.", "you are a member."),
        ("You guys are taxpayers and voters.", "you guys are members and voters."),
        ("If you are a nurse, you know this.", "if you are a member, you know this."),
        ("You are a father of three.", "you are a member of three."),
        ("Youre a police officer.", "youre a member."),
    ],
)
def test_a_role_said_plainly_of_the_reader_reads_as_a_member(text: str, meant: str) -> None:
    assert plainly(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "You are a terrible mother.",  # qualified
        "You are a mother fucker.",
        "You're a liberal hack.",
        "You are a teacher who can't even spell.",  # the relative clause describes the role
        "You are a teacher's pet.",
        "You are just a farmer, what do you know.",  # belittled
        "You are not a journalist.",  # denied
        "I don't think you're a teacher.",  # doubted
        "You're a journalist? Give me a break.",  # disbelief
        "You are a journalist, right?",  # taken back
        'You are a "journalist".',  # scare quotes
        "You are a real journalist.",
        "You are a child.",  # an insult as often as not
        "You are a politician.",
        "You are a fascist.",
        "You are a Muslim.",  # an identity is left to both stages
        "She is a mother.",  # only what the reader is
    ],
)
def test_belittled_doubted_or_qualified_reads_as_written(text: str) -> None:
    assert plainly(normalize(text)).text == normalize(text).text


def test_a_party_read_as_its_stand_in_is_a_role_too() -> None:
    assert (
        read("You are a Democrat.").text
        == read("You are a Republican.").text
        == "you are a member."
    )


def test_offsets_still_point_at_the_authors_words() -> None:
    text = "Honestly, you are a retired teacher."
    norm = plainly(normalize(text))
    begin = norm.text.index("a member")
    assert text[norm.offsets[begin] : norm.ends[begin]] == "a retired teacher"


def test_a_role_does_not_score_as_abuse_and_abuse_still_does(scorer: Scorer) -> None:
    texts = [
        "You are a mother.",
        "You are a reporter.",
        "You're a liberal.",
        "You're a conservative.",
        "You are a taxpayer too, so this affects you.",
        "Are you a farmer?",
    ]
    for result in scorer.score(texts):
        assert result.scores["TOXICITY"] < 0.5, result
        assert result.scores["INSULT"] < 0.5, result
    abuse = [
        "You are a terrible mother.",
        "You are a reporter and a liar.",
        "You're a liberal hack.",
    ]
    for result in scorer.score(abuse):
        assert result.scores["TOXICITY"] >= 0.5, result
        assert result.scores["INSULT"] >= 0.5, result


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # revision 174: fallibility forgiven
        ("You're only human.", "you're a member."),
        ("We're all only human.", "we're all members."),
        ("I'm only human, I make mistakes too.", "i'm a member, i make mistakes too."),
        ("Are you even human?", None),
    ],
)
def test_only_human_is_said_plainly(text: str, meant: str | None) -> None:
    norm = normalize(text)
    assert plainly(norm).text == (meant or norm.text)
