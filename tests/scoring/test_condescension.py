"""Condescending idioms said to the reader read as an insult; the same words otherwise not."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.condescension import MEANT, condescended
from commentdesk.textnorm import normalize, to_original


@pytest.mark.parametrize(
    "text",
    [
        "What planet are you on?",
        "Really, what planet are you guys living on",
        "Have you been living under a rock?",
        "You must live under a rock.",
        "What are you smoking??",
        "Do you even read?",
        "Are you off your meds again?",
        "How old are you, 12?",
        "Come back when you are out of puberty.",
        "Go back to your mom's basement.",
        "Nobody asked for your opinion.",
        "Learn to read, genius.",
        "You are wrong. Learn how to spell.",
        "You are not very smart.",
        "You sir are not intelligent.",
        "You're not the sharpest tool in the shed.",
        "wow you are not very bright are you",
        "Do you even know how to read?",
        "Can you even read?",
        "Were you dropped on your head as a baby?",
        "You have the IQ of a houseplant.",
        "You've got the IQ of a potato.",
        "Grow up, little boy, the adults are talking.",
        "Are you lost, little girl?",
        "Crawl back under your rock.",
        "Your parents must be so ashamed of you.",
        "People like you are the reason this country is falling apart.",
        "Honestly, people like you are the problem.",
        "You are a child.",
        "You're acting like a spoiled brat!",
        "You're too dense to understand any of this.",
        "You clearly have the reading comprehension of a toddler.",
        "You have the attention span of a goldfish.",
        "You couldn't think your way out of a paper bag.",
        "Did your mother drop you as a baby?",
        "Go back to your cave.",
        "Get back in the kitchen.",
        "People like you shouldn't be allowed to vote.",
        "Woman, make me a sandwich.",
        "You're a mom, so go make a sandwich and stay quiet.",
        "Are you really this dense?",
        "You're a few fries short of a happy meal.",
        "You are clearly not playing with a full deck.",
        "The lights are on but nobody's home.",
        "You wouldn't know a fact if it bit you.",
        "Did you even finish high school?",
        "You must be fun at parties.",
        "Rub your two brain cells together.",
        "Is English even your first language? Because it shows.",
        "You're the reason shampoo bottles have instructions.",
        "Do you ever think before you type?",
        "Who let you out of your cage?",
        "Keep talking, you're only proving how little you know.",
        "Were you born this clueless or did it take practice?",
        "You are a walking advertisement for birth control.",
        "You have the critical thinking skills of a potato.",
        "Go back to sniffing glue.",
        "Were you raised by wolves?",
        "Even a toddler could write a better argument than you.",
        "A five-year-old could make a smarter point than you.",
        "I'd explain it to you but I don't have any crayons.",
        "Your opinion would matter if you had a brain.",
        "Are you always this dense or is today special?",
        "You couldn't find your way out of a paper bag.",
        "Imagine being this clueless. Sad.",
        "Did you come up with that all by yourself?",
        "Nobody with half a brain would write that.",
        "Off your meds again, are we?",
        "You forgot to take your meds today.",
        "Go back to school and try again when you can write a sentence.",
        "Come back when you can string a sentence together.",
        "Reading comprehension clearly isn't your strong suit.",
        "Your reading comprehension is sorely lacking.",
        "You belong in a padded cell.",
        "You're about as sharp as a bowling ball.",
        "You have two brain cells and they're fighting for third place.",
        "Spoken like someone who has never worked a day in their life.",
    ],
)
def test_a_condescending_idiom_is_read_as_an_insult(text: str) -> None:
    assert MEANT in condescended(normalize(text)).text


@pytest.mark.parametrize(
    "text",
    [
        "I must have been living under a rock.",  # the author's own
        "Kids learn to read at five.",
        "Remember to take your meds.",
        "How old are you now? My son is twelve.",
        "Did you even read the article?",
        "Grow up.",
        "The planet is warming.",
        "What are you reading these days?",
        "You're not wrong.",
        "You are not wise to trust them.",  # advice: the clause runs on
        "If you're not smart about money, you lose it.",  # anyone
        "Can you read the article and tell me what you think?",  # no question of its own
        "Do you know how to read a balance sheet?",
        "She has the IQ of a genius.",
        "My little boy loves the park.",
        "Sorry little one, it is bedtime.",
        "The adults are talking about the budget tonight.",
        "Your parents must be proud.",
        "You are a child of the eighties, so you remember this.",  # the sentence runs on
        "People like you make this comment section worth reading.",
        "People like you are the reason I still read the comments.",  # no ruin named
        "People like you are the problem solvers we need.",
        "Go back to your country.",  # not condescension: a people's matter
        "The council is a few votes short of a majority.",
        "The lights are on at city hall late tonight.",
        "Did you finish the crossword today?",
        "Is English your first language? Your writing is excellent.",
        "My two brain cells are tired today.",  # the author's own
        "Who let you know about this?",
        "You're too young to remember the strike.",
        "Einstein would have loved this experiment.",
        "He was, by all accounts, a genius.",  # praise, not said to the reader
        "That proves how little we know about the ocean.",
        "The clown at the party was great.",  # no title closing a sentence
        "Stop licking the spoon.",
        "I couldn't find my way out of the car park.",
        "Did you bake that all by yourself? It looks delicious.",
        "Nobody with a brain tumour should wait this long for a scan.",
        "Imagine being this slow at work, said the coach.",  # the sentence runs on
        "She was raised by her grandparents.",
        "If you are too stupid to understand it, ask.",  # the insult is named already
        "Telling women to get back in the kitchen is sexist.",  # not the author's order
        "I went to the kitchen to make a sandwich.",
        "Then I get back to the kitchen and make him a sandwich.",
        "My child could do better than this team.",  # not said to the reader
        "If you had a brain tumour, you would want the best care.",
        "If you had a clue what they were about, you would agree.",
        "I'd explain the budget but the article already does it well.",
        "Remember to take your meds today.",  # no jibe in it
        "He went back to school at forty and finished his degree.",
        "Spelling was never taught well at my school.",
        "The patient belongs in a hospital, not a cell.",
        "The kitchen knife is as sharp as a razor.",
        "He is living in his mother's basement since the fire.",  # not where he posts from
        "Brain cells die without oxygen within minutes.",
        "The warrior poets of the north.",
        "The internet gangster who ran the scam was jailed.",
        "Our troops are heroes hiding behind nothing.",
        "The hack was a security breach.",
        "This life hack is great.",
        "Hey, genius idea, thanks!",
        "Spoken like a true fan.",
    ],
)
def test_the_same_words_otherwise_are_read_as_written(text: str) -> None:
    norm = normalize(text)
    assert condescended(norm).text == norm.text


def test_what_is_too_hard_to_understand_goes_with_the_idiom() -> None:
    # "...to understand the article" was read "you are clueless the article."
    assert condescended(normalize("You're too thick to understand the article.")).text == (
        MEANT + "."
    )


def test_the_reading_points_at_the_authors_whole_phrase() -> None:
    text = "Seriously, WHAT planet are you on?"
    norm = condescended(normalize(text))
    begin = norm.text.index(MEANT)
    assert text[slice(*to_original(norm, begin, begin + len(MEANT)))] == "WHAT planet are you on?"


def test_a_mock_title_said_to_the_reader_reads_as_the_name_it_stands_for() -> None:
    for text in (
        "Nice try, Einstein.",
        "No shit, Sherlock.",
        "Thanks for the proof, genius.",
        "Thanks for the laugh, clown.",
    ):
        read = condescended(normalize(text)).text
        assert read.endswith("idiot."), read
        assert MEANT not in read


def test_condescension_scores_as_an_insult(scorer: Scorer) -> None:
    for text in (
        "What planet are you on?",
        "How old are you, 12?",
        "People like you are the reason this country is falling apart.",
        "Nice try, Einstein.",
    ):
        assert scorer.score(text)[0].scores["INSULT"] >= 0.5, text
    assert scorer.score("Kids learn to read at five.")[0].scores["INSULT"] < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "You just proved that you possess an IQ of no higher than 20.",
        "Your IQ must be lower than your shoe size.",
        "You clearly have an IQ of room temperature.",
    ],
)
def test_a_low_iq_said_of_the_reader_is_read_as_an_insult(text: str) -> None:
    assert MEANT in condescended(normalize(text)).text


@pytest.mark.parametrize(
    "text",
    ["The average IQ of the class is 110.", "You have an IQ of 140, congrats."],
)
def test_an_iq_that_puts_no_one_down_stays(text: str) -> None:
    assert condescended(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Typical keyboard warrior.", "typical coward."),
        ("Big talk from a tough guy hiding behind a screen name.", "big talk from a coward."),
        ("Another troll typing from his mother's basement.", "another troll loser."),
        ("Get a life, you sad little man.", "get a life, idiot."),
        ("Go for it, tough guy.", "go for it, idiot."),
        ("Hey genius, read the article.", "idiot, read the article."),
        ("Your mother should have kept her legs closed.", "you are worthless."),
        ("The author is a hack.", "the author is a fraud."),
        ("You're a hack and a liar.", "you're a fraud and a liar."),
        ("Somebody take this guy's keyboard away.", "idiot."),
        ("You're about as useful as a screen door on a submarine.", "you are useless."),
        ("You're not worth the oxygen you breathe.", "you are worthless."),
    ],
)
def test_some_idioms_read_as_a_word_said_of_anyone(text: str, read: str) -> None:
    # said of someone else there is no "you" to be clueless: "she is you are
    # clueless" would read as nothing
    assert condescended(normalize(text)).text == read


def test_the_new_idioms_score_as_insults(scorer: Scorer) -> None:
    for text in (
        "Off your meds again, are we?",
        "Typical keyboard warrior typing from his mother's basement.",
        "You have two brain cells and they're fighting for third place.",
        "Get a life, you sad little man.",
    ):
        assert scorer.score(text)[0].scores["INSULT"] >= 0.5, text


@pytest.mark.parametrize(
    "text",
    [
        "You have the intellectual depth of a puddle.",
        "I've seen smarter arguments on a cereal box.",
        "Let the adults talk.",
        "Imagine being this wrong and this loud.",
        "Do you practise being this obtuse or does it come naturally?",
        "Zero brain cells, maximum confidence.",
    ],
)
def test_put_downs_of_revision_143_are_read_as_an_insult(text: str) -> None:
    assert MEANT in condescended(normalize(text)).text


@pytest.mark.parametrize(
    "text",
    [
        "The pond has the depth of a puddle after this drought.",
        "I've seen smarter arguments on this very topic in last week's paper.",
        "Let the adults in the room decide, said the minister of the two parties.",
        "Imagine being this close to a title and losing on penalties.",
        "The patient had zero brain cells damaged, the surgeon said.",
        "This umbrella is about as useful as a screen door today.",
        "The concert was worth the money.",
        "Someone take this bag away, it's blocking the door.",
    ],
)
def test_the_same_words_of_revision_143_otherwise_stay(text: str) -> None:
    assert condescended(normalize(text)).text == normalize(text).text


def test_put_downs_of_revision_143_score_as_insults(scorer: Scorer) -> None:
    for text in (
        "You have the intellectual depth of a puddle.",
        "I've seen smarter arguments on a cereal box.",
        "You're about as useful as a screen door on a submarine.",
        "Somebody take this guy's keyboard away.",
    ):
        assert scorer.score(text)[0].scores["INSULT"] >= 0.5, text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # revision 165: a person as wasted air; sent back to where vermin come from
        (
            "Nobody cares what a waste of oxygen like you thinks.",
            "nobody cares what a worthless idiot like you thinks.",
        ),
        ("Shut up, you waste of space.", "shut up, you worthless idiot."),
        ("He is a waste of skin.", "he is a worthless idiot."),
        (
            "Send every last one of them back where they crawled from.",
            "send every last one of them back to the sewer, vermin.",
        ),
        ("The new car park is a waste of space.", None),
        ("That serum was a waste of skin cream money.", None),
        ("The baby crawled back to where she started.", None),
        # revision 166: a person called an animal, or denied being human
        ("You're not even human, you animal.", "you are worthless, you idiot."),
        ("You animals.", "you idiot."),
        ("You're not even human if you don't cry at this film.", None),
        ("Thank you, you beast!", None),
        ("Animals, you say? Fine.", None),
        # revision 170: the reader's people as a stain on the country
        ("You people are a stain on this country.", "you are vermin."),
        ("The spill is a stain on the country's record.", None),
        # revision 172: a person's people as a "kind"
        (
            "He should be deported with the rest of his kind.",
            "he should be deported with the rest of the vermin.",
        ),
    ],
)
def test_put_downs_from_the_blind_probes_of_revisions_165_to_170(
    text: str, meant: str | None
) -> None:
    norm = normalize(text)
    assert condescended(norm).text == (meant or norm.text)


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Mate you're so thick you'd drown in a puddle.", "mate you are stupid."),
        ("You're thick.", "you are stupid."),
        ("You're thick-skinned, I'll give you that.", None),
        ("You're thick as thieves with the council.", None),
        ("Just be yourself, especially if you're thick.", None),
        (
            "You sound like a fat lonely cat lady who's never been touched.",
            "you are a loser.",
        ),
        ("You sound like a teacher.", None),
        ("You absolute weapon, sit down.", "idiot, sit down."),
        ("You absolute legend, thank you.", None),
        ("You couldn't organise a bake sale.", "you are useless."),
        ("You couldn't organise the meeting without the minutes.", None),
        ("Nobody will miss you when you're gone.", "you are worthless."),
        ("Nobody will miss you at the meeting, don't worry.", None),
    ],
)
def test_put_downs_from_the_blind_probes_of_revision_183(text: str, meant: str | None) -> None:
    norm = normalize(text)
    assert condescended(norm).text == (meant or norm.text)
