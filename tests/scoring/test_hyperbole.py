"""Violent words in everyday hyperbole read as the plain words they mean; threats as written."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.hyperbole import deflated
from commentdesk.textnorm import normalize, to_original


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("This bill will kill jobs.", "this bill will cost jobs."),
        ("This tax will kill small businesses.", "this tax will cost small businesses."),
        ("Rising rents are killing our town centre", "rising rents are costing our town centre"),
        (
            "The pesticides will kill the farming industry.",
            "the pesticides will cost the farming industry.",
        ),
        ("They murdered the local economy", "they cost the local economy"),
        ("I'd kill for a coffee right now.", "i'd love a coffee right now."),
        ("That tax is murder on small farms.", "that tax is hard on small farms."),
        ("I could murder a pizza right now.", "i could enjoy a pizza right now."),
        ("I'm going to murder this sandwich.", "i'm going to enjoy this sandwich."),
        ("I'm going to kill this workout today.", "i'm going to ace this workout today."),
        ("She absolutely killed it on stage.", "she absolutely aced it on stage."),
        ("We crushed that presentation.", "we aced that presentation."),
        ("The frost will kill the crops.", "the frost will cost the crops."),
        ("That joke killed the mood.", "that joke cost the mood."),
        (
            "We should kill this bill before it reaches the Senate.",
            "we should stop this bill before it reaches the senate.",
        ),
        (
            "The committee killed the mayor's proposal.",
            "the committee stopped the mayor's proposal.",
        ),
        ("This traffic is killing me.", "this traffic is bothering me."),
        ("My knees are killing me!", "my knees are bothering me!"),
        ("I'll shoot you a message later.", "i'll send you a message later."),
        (
            "He was charged with threatening to kill his neighbour.",
            "he was charged with threatening to harm his neighbour.",
        ),
        ("I'm going to kill it at the interview.", "i'm going to ace it at the interview."),
        ("Just killing time until the game starts.", "just passing time until the game starts."),
        ("He is killing time at the bar.", "he is passing time at the bar."),
        (
            "Landlords are making a killing while tenants freeze.",
            "landlords are making a fortune while tenants freeze.",
        ),
        ("The death penalty deters crime.", "capital punishment deters crime."),
        ("Bring back the death penalty.", "bring back capital punishment."),
        ("I oppose the death penalty.", "i oppose capital punishment."),
    ],
)
def test_hyperbole_is_read_as_what_it_means(text: str, meant: str) -> None:
    assert deflated(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "I will kill small business owners.",  # people, not a business
        "I'm going to kill the neighbours.",
        "I am going to kill the whole town.",  # where people are
        "Kill them all.",
        "Someone should kill the mayor.",
        "They killed the workers at the farm.",
        "The film is about a murder on a train.",
        "I will crush your skull.",
        "I'll kill the interviewer.",  # a person, not the interview
        "I will kill the gardener.",
        "He killed it with a shovel, the poor snake.",
        "Kill the bill's sponsors.",  # the people behind it
        "I'm going to kill that pizza guy.",  # a person
        "Everyone wants to kill bill gates.",  # a name, not a bill
        "He is killing me slowly with poison.",
        "I better kill it before it bites.",  # the spider, not a performance
        "They kill it, then sell it.",
        "I guess it's baby killing time!",  # a time for killing
        "That reporter deserves the death penalty.",  # wished on someone
        "He went on a killing spree.",
    ],
)
def test_threats_and_reports_are_read_as_written(text: str) -> None:
    norm = normalize(text)
    assert deflated(norm).text == norm.text


def test_the_reading_points_at_the_authors_word() -> None:
    text = "This bill will KILL jobs."
    norm = deflated(normalize(text))
    begin = norm.text.index("cost")
    assert text[slice(*to_original(norm, begin, begin + len("cost")))] == "KILL"


def test_a_policy_argument_is_no_threat_and_a_threat_still_is(scorer: Scorer) -> None:
    for text in ("This bill will kill jobs.", "I'd kill for a holiday right now."):
        scores = scorer.score(text)[0].scores
        assert scores["THREAT"] < 0.5 and scores["TOXICITY"] < 0.5, text
    assert scorer.score("I will kill small business owners.")[0].scores["THREAT"] >= 0.5


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("If my team loses again I will die.", "if my team loses again i will cry."),
        (
            "If they raise the rent again, I'm gonna die.",
            "if they raise the rent again, i'm gonna cry.",
        ),
    ],
)
def test_the_authors_own_death_foretold_is_dismay(text: str, meant: str) -> None:
    assert deflated(normalize(text)).text == meant


@pytest.mark.parametrize("text", ["You will die.", "I'll die if you don't stop.", "They will die."])
def test_death_foretold_for_anyone_else_is_read_as_written(text: str) -> None:
    assert deflated(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("My mother will kill me if I'm late again.", "my mother will scold me if i'm late again."),
        ("My boss is going to kill me.", "my boss is going to scold me."),
    ],
)
def test_family_and_bosses_who_will_kill_me_scold(text: str, meant: str) -> None:
    assert deflated(normalize(text)).text == meant


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("He threatened to kill me.", "he threatened to harm me."),
        ("Nobody should threaten to kill anyone.", "nobody should threaten to harm anyone."),
        ("Threatening to kill people is a crime.", "threatening to harm people is a crime."),
        (
            "Threats to shoot reporters are never acceptable.",
            "threats to harm reporters are never acceptable.",
        ),
        (
            "Anyone threatening to shoot up a school should be arrested.",
            "anyone threatening to harm a school should be arrested.",
        ),
    ],
)
def test_a_threat_reported_or_condemned_is_read_as_harm(text: str, meant: str) -> None:
    assert deflated(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text", ["I threaten to kill you.", "I'm threatening to kill you.", "We threaten to burn it."]
)
def test_the_authors_own_threat_is_read_as_written(text: str) -> None:
    assert deflated(normalize(text)).text == normalize(text).text


def test_a_reported_threat_is_no_threat(scorer: Scorer) -> None:
    assert scorer.score(["He threatened to kill me."])[0].scores["THREAT"] < 0.5
    assert scorer.score(["I threaten to kill you."])[0].scores["THREAT"] >= 0.5


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Don't shoot the messenger.", "don't blame the messenger."),
        ("They always shoot the messenger here.", "they always blame the messenger here."),
    ],
)
def test_shooting_the_messenger_is_blaming_them(text: str, meant: str) -> None:
    assert deflated(normalize(text)).text == meant


def test_a_city_held_hostage_is_held_back() -> None:
    read = deflated(normalize("The union is holding the city hostage with this strike.")).text
    assert read == "the union is holding the city back with this strike."
    kept = "The gunman held two people hostage for hours."
    assert deflated(normalize(kept)).text == normalize(kept).text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # revision 168: a character written out of a story
        (
            "I hope he gets killed off in the next season.",
            "i hope he gets written out in the next season.",
        ),
        (
            "I hope they kill off that character next season.",
            "i hope they write out that character next season.",
        ),
        ("Kill him off, then.", None),
    ],
)
def test_a_character_killed_off_is_written_out(text: str, meant: str | None) -> None:
    norm = normalize(text)
    assert deflated(norm).text == (meant or norm.text)


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # revision 183: services and trades ended; an idiom of impunity
        (
            "Killing off the night bus will leave shift workers stranded.",
            "costing off the night bus will leave shift workers stranded.",
        ),
        (
            "This budget is going to murder the hospitality sector.",
            "this budget is going to cost the hospitality sector.",
        ),
        (
            "Landlords are getting away with murder on deposits.",
            "landlords are getting away with anything on deposits.",
        ),
        ("They should kill the bus driver.", None),
        ("Kill the hospitality sector bosses.", None),
        ("He was charged with murder.", None),
    ],
)
def test_services_ended_and_impunity_are_read_as_plain_words(text: str, meant: str | None) -> None:
    norm = normalize(text)
    assert deflated(norm).text == (meant or norm.text)
