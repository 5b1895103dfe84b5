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
        ("That movie was absolute garbage.", "that movie was bad."),
        ("Mondays are the worst, I hate them.", "mondays are bad, i dislike them."),
        ("My phone keeps crashing, I hate it.", "my phone keeps crashing, i dislike it."),
        # a machine called stupid: it has no wits to insult
        ("I hate this stupid new parking meter.", "i dislike this bad new parking meter."),
        ("This stupid printer is useless.", "this bad printer is bad."),
        # a game played badly
        (
            "Our team played like garbage in the second half.",
            "our team played like a bad team in the second half.",
        ),
        ("They played like absolute amateurs.", "they played like a bad team."),
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
        "The bus drivers here are rude, I hate them.",  # "them" are the drivers
        "Those behind the plan are stupid.",  # people, not the plan
        "The plan is stupid, and so are you.",
        "The plan is stupid, like you.",
        "This was a stupid idea.",  # whoever had it is called stupid
        "The council's plan is idiotic.",
        "Disabled people on tv are so pathetic.",  # said of people, not of the television
        "I hate people who drive like that.",
    ],
)
def test_contempt_for_people_is_read_as_written(text: str) -> None:
    assert of_things(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("This policy is garbage.", "this policy is bad."),
        ("This is a terrible idea.", "this is a bad idea."),
        ("The tax hike is ridiculous.", "the tax hike is bad."),
        ("The mayor's housing plan is a disaster.", "the mayor's housing plan is bad."),
        ("This is the worst budget in twenty years.", "this is the bad budget in twenty years."),
        ("Our new transport strategy is an absolute mess.", "our new transport strategy is bad."),
    ],
)
def test_contempt_for_a_policy_is_read_as_argument(text: str, meant: str) -> None:
    assert of_things(normalize(text)).text == meant


def test_a_harsh_word_about_a_policy_is_not_an_insult(scorer: Scorer) -> None:
    for text in ("The tax hike is ridiculous.", "The new law is awful."):
        scores = scorer.score([text])[0].scores
        assert scores["TOXICITY"] < 0.5 and scores["INSULT"] < 0.5
    # ...while the same word said of a person still is.
    assert scorer.score(["The mayor is ridiculous."])[0].scores["INSULT"] >= 0.5


def test_contempt_for_things_does_not_score_as_abuse(scorer: Scorer) -> None:
    for text in ("I hate Mondays so much.", "My laptop is a useless piece of junk."):
        scores = scorer.score([text])[0].scores
        assert scores["TOXICITY"] < 0.5 and scores["INSULT"] < 0.5


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (
            "This government is corrupt and should be voted out.",
            "this government is bad and should be voted out.",
        ),
        ("The council is incompetent.", "the council is bad."),
        ("This party is a disgrace.", "this party is bad."),
        ("The new stadium is an eyesore and a waste of money.", "the new stadium is bad."),
        ("The bike lanes are a disaster.", "the bike lanes are bad."),
        ("The tax hike is ridiculous, absurd and a disaster.", "the tax hike is bad."),
        (
            "The traffic on the bypass is a nightmare every morning.",
            "the traffic on the bypass is bad every morning.",
        ),
    ],
)
def test_contempt_for_an_institution_or_a_public_work_is_argument(text: str, meant: str) -> None:
    assert of_things(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "The council members are corrupt.",  # people
        "The bus drivers on this route are useless.",
        "Those in the government are corrupt and so are you.",
        "The government is stupid.",  # words of wits stay
        "The plan is awful and so are you.",
        "I hate this stupid guy.",  # a person's wits
        "I hate this stupid idea.",  # its maker's wits
    ],
)
def test_the_same_words_said_of_people_stay(text: str) -> None:
    assert of_things(normalize(text)).text == normalize(text).text


def test_a_charge_against_an_institution_is_not_an_insult(scorer: Scorer) -> None:
    for text in ("This government is corrupt and should be voted out.", "The senate is useless."):
        scores = scorer.score([text])[0].scores
        assert scores["TOXICITY"] < 0.5 and scores["INSULT"] < 0.5


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (
            "I hate how this town treats the elderly.",
            "i dislike how this town treats the elderly.",
        ),
        ("I hate that the library closed.", "i dislike that the library closed."),
        ("We hate being lied to.", "we dislike being lied to."),
    ],
)
def test_hatred_of_how_things_are_is_read_as_dislike(text: str, meant: str) -> None:
    assert of_things(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "I hate how Muslims are taking over.",  # hatred of a people
        "I hate that black people live here.",
        "I hate that woman.",  # a "that" which points
        "I hate how bitches dress.",  # a listed word in what is hated
    ],
)
def test_hatred_of_a_people_or_a_person_stays(text: str) -> None:
    assert of_things(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("The app update is garbage.", "the app update is bad."),
        ("I hate this new bus timetable.", "i dislike this new bus timetable."),
        ("What a pathetic excuse for a road resurfacing job.", "what a bad road resurfacing job."),
        ("What a joke of a budget.", "what a bad budget."),
        ("Frankly the union leadership is incompetent.", "frankly the union leadership is bad."),
        (
            "The police chief's statement was a disgraceful cover-up.",
            "the police chief's statement was bad.",
        ),
        ("The government's response has been shameful.", "the government's response has been bad."),
    ],
)
def test_contempt_for_a_thing_named_in_two_words_or_a_statement_is_read_as_bad(
    text: str, meant: str
) -> None:
    assert of_things(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "What a pathetic excuse for a man.",  # a person
        "I hate the immigrant bus.",  # a people's
        "The union leadership has been incompetent and so have you.",
    ],
)
def test_the_same_contempt_for_a_person_or_a_people_is_read_as_written(text: str) -> None:
    assert of_things(normalize(text)).text == normalize(text).text


def test_contempt_for_a_named_policy_is_argument(scorer: Scorer) -> None:
    # "open borders" is read as the policy stand-in, and contempt for it as "bad".
    assert of_things(normalize("The rezoning is a waste of money.")).text == "the rezoning is bad."
    texts = [
        "Open borders are a terrible idea and will strain public services.",
        "The border wall is a waste of money.",
        "Immigration is a disaster for this country.",
    ]
    for text, result in zip(texts, scorer.score(texts), strict=True):
        assert result.scores["TOXICITY"] < 0.5 and result.scores["IDENTITY_ATTACK"] < 0.5, text
    (said_of_you,) = scorer.score(["Open borders are a disaster, and so are you."])
    assert said_of_you.scores["INSULT"] >= 0.5


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("The federal deficit is a disaster.", "the federal deficit is bad."),
        ("The new budget would be a disaster.", "the new budget would be bad."),
        ("This plan will be a total disaster.", "this plan will be bad."),
    ],
)
def test_contempt_for_public_money_or_foretold_for_a_plan_is_argument(
    text: str, meant: str
) -> None:
    assert of_things(normalize(text)).text == meant


def test_contempt_foretold_for_the_reader_too_reads_as_written() -> None:
    text = "This plan will be a total disaster, and so will you."
    assert of_things(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # revision 165: an argument is argued with as a plan is, and "that's"
        # opens the clause as "that is" does
        ("Your argument is ridiculous.", "your argument is bad."),
        ("That's a ridiculous claim.", "that's a bad claim."),
        ("That's the worst budget in twenty years.", "that's the bad budget in twenty years."),
        ("Your argument is ridiculous, and so are you.", None),
        ("That's a stupid argument.", None),  # the words of wits stay
    ],
)
def test_arguments_called_ridiculous_are_argued_with(text: str, meant: str | None) -> None:
    norm = normalize(text)
    assert of_things(norm).text == (meant or norm.text)


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # revision 176: a piece of writing is an article, not a "piece of shit"
        ("What a lazy piece of journalism.", "what a lazy article."),
        ("A sloppy piece of reporting.", "a sloppy article."),
        ("This is a garbage piece of legislation.", "this is a garbage bill."),
        ("He is a nasty piece of work.", None),
        ("What a piece of shit.", None),
    ],
)
def test_a_piece_of_writing_or_law_is_read_as_the_article_or_bill(
    text: str, meant: str | None
) -> None:
    norm = normalize(text)
    assert of_things(norm).text == (meant or norm.text)


def test_a_lazy_piece_of_journalism_is_no_insult(scorer: Scorer) -> None:
    text = "What a pointless, lazy piece of journalism. Did anyone fact-check this?"
    assert scorer.score([text])[0].scores["INSULT"] < 0.5
