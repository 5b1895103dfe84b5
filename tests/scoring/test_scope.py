"""Abuse the author denies or condemns is read as neutral; abuse asserted is not."""

from __future__ import annotations

import re

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.features import prepare_to_score, read
from commentdesk.scoring.scope import DISOWNED, STAND_IN, VERDICT, scope
from commentdesk.textnorm import normalize


def _read(text: str) -> str:
    return scope(normalize(text)).text


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("He is not a moron, he just disagrees.", "moron"),
        ("She isn't stupid; she was misinformed.", "stupid"),
        ("They aren't idiots or cowards.", "idiots"),
        ("You are certainly no fool.", "fool"),
        ("Nobody here thinks you are an imbecile.", "imbecile"),
        ("I never called him a liar.", "liar"),
        ("I don't believe the mayor is a crook or a fool.", "crook"),
        ("None of us think you're pathetic at all.", "pathetic"),
        ("I'm not calling you stupid, I'm saying the argument is weak.", "stupid"),
        ("You're hardly an idiot; you just missed the point.", "idiot"),
        ("She is by no means a liar.", "liar"),
        ("She is anything but stupid.", "stupid"),
        ("Nobody in this thread is a moron.", "moron"),
        ("You're many things, but a liar isn't one of them.", "liar"),
        ("Far be it from me to call anyone stupid.", "stupid"),
        ("He's far from stupid.", "stupid"),
        ("You are neither a fool nor a liar.", "fool"),
        ("No one thinks you're a fool for asking.", "fool"),
        ("Not once did I call you a troll.", "troll"),
        ("There's no such thing as a stupid question.", "stupid"),
        ("Muslims are not the enemy.", "enemy"),
        ("Trans people aren't mentally ill.", "ill"),
        ("Being poor doesn't make someone worthless.", "worthless"),
        ("Disagreeing with me doesn't make you an idiot.", "idiot"),
        ("Refugees are people, not vermin.", "vermin"),  # a contrast that denies
        ("He is a journalist, not a liar.", "liar"),
    ],
)
def test_a_denied_word_is_read_as_the_stand_in(text: str, denied: str) -> None:
    read = _read(text)
    assert denied not in read
    assert STAND_IN in read


@pytest.mark.parametrize(
    ("text", "condemned"),
    [
        ("Calling refugees vermin is shameful.", "vermin"),
        ("Saying that Jews are greedy is an antisemitic lie.", "greedy"),
        ("People who call women sluts should be ashamed.", "sluts"),
        ("It's not okay to call women stupid.", "stupid"),
        ("It's wrong to call Mexicans criminals.", "criminals"),
        ("Stop calling disabled people retards.", "retards"),
        ("If someone says Muslims are terrorists, call it out.", "terrorists"),
        ("I reject the idea that immigrants are parasites.", "parasites"),
        ("Chill, no need to call them idiots.", "idiots"),
        ("Let's not call the referee a moron.", "moron"),
        ('"Refugees are vermin" - statements like that make me sick.', "vermin"),
        ("I can't believe people still say Black people are lazy.", "lazy"),
        ("Hearing someone call women whores makes my blood boil.", "whores"),
        ("If you say disabled people are worthless, you are the problem.", "worthless"),
        ('Using the word "retard" is never okay.', "retard"),
        ("It is disgusting when people call immigrants animals.", "animals"),
        ("Why would anyone call women sluts? That's vile.", "sluts"),
        ("My teacher said calling people retards is cruel.", "retards"),
        ("I was shocked to read a comment calling Muslims rats.", "rats"),
        ("Anyone who calls Black people monkeys is a disgrace.", "monkeys"),
        ("It's heartbreaking to read comments saying disabled kids are a burden.", "burden"),
        ('My coworker said "all gays are perverts" and I reported him.', "perverts"),
        ("Repeating the lie that Jews are greedy only spreads hate.", "greedy"),
        ("To the person who called immigrants cockroaches above: shame on you.", "cockroaches"),
        ('I heard a man on the bus call a woman a "stupid cow".', "stupid"),
        ('Referring to Black teenagers as "thugs" says more about you.', "thugs"),
        ("Every time someone calls women hysterical, I lose a little faith.", "hysterical"),
        ('No child should ever hear that they are "worthless".', "worthless"),
        ('Our columnist was called a "dirty Jew" in the comments.', "dirty"),
        ('She came home crying because a classmate called her a "fat pig".', "pig"),
        ('Calling Mexicans "illegals" and "animals" is how dehumanisation starts.', "animals"),
        ("When he wrote that Jews are parasites, he showed who he really is.", "parasites"),
        ("I hate it when people call women sluts.", "sluts"),
        ("I don't think Hindus are a plague at all.", "plague"),
        ('"Deaf people are useless" - what an ignorant thing to write.', "useless"),
        ('Posts saying "Pakistanis are dirty" should be taken down.', "dirty"),
        ("Don't believe the myth that immigrants are criminals.", "criminals"),
        ('Calling the mayor a "filthy Jew" on a forum is antisemitism.', "filthy"),
        ('Do people really still think immigrants are "parasites"? Shameful.', "parasites"),
        # Its speakers judged: "when you call..., you are spreading hate".
        ("When you call Mexicans rapists you are spreading hate.", "rapists"),
        ("If people say women are stupid, they are being sexist.", "stupid"),
        ("By calling refugees vermin you are being hateful.", "vermin"),
        # Its speakers opposed, or the author weary of them.
        ("We must stand up to anyone who says gay people are sick.", "sick"),
        ("We should report anyone who calls Jews vermin.", "vermin"),
        ("I'm tired of people pretending that Muslims are all terrorists.", "terrorists"),
        ("I'm sick of people insisting women are stupid.", "stupid"),
        # Condemned by the harm the words do.
        ("Telling a trans kid they are a freak can destroy their life.", "freak"),
        ("Telling kids they are stupid hurts them.", "stupid"),
        ("I'm sick of reading that gay people are perverts.", "perverts"),
        ("Don't let anyone tell you disabled people are a burden.", "burden"),
        ("It is shameful that a councillor called Travellers vermin.", "vermin"),
        ("Jokes about women being stupid aren't funny anymore.", "stupid"),
    ],
)
def test_a_condemned_word_is_read_as_the_stand_in(text: str, condemned: str) -> None:
    assert condemned not in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        # The author's own word, not what others are heard saying.
        "Sick of hearing AP kids bitch about their grades.",
        "I'm tired of hearing about markets from people who pick winners and losers.",
        "Jokes about Muslims being terrorists are funny.",  # approved, not condemned
    ],
)
def test_words_heard_or_joked_about_and_not_condemned_stay(text: str) -> None:
    assert _read(text) == normalize(text).text


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("I don't hate Muslims.", "hate"),
        ("We really do not despise anyone here.", "despise"),
        ("No immigrant deserves to die.", "die"),
        ("Nobody should be hanged for who they are.", "hanged"),
        ("Nobody deserves to be beaten for who they love.", "beaten"),
        ("I would never want to hurt anybody.", "hurt"),
        ("We don't mean to harm anyone.", "harm"),
    ],
)
def test_harm_disowned_is_read_as_a_neutral_verb(text: str, verb: str) -> None:
    assert verb not in _read(text)
    assert DISOWNED in _read(text)


def test_harm_not_disowned_is_read_as_written() -> None:
    for text in (
        "I hate all immigrants.",
        "I don't hate to say it, but you are wrong.",
        'Statements like "Jews are vermin" are the truth.',
        "I would never want to hurt him, but I will.",
        'He called them "rats" and he\'s right.',
        "Someone here wrote that Jewish people are rats. Disgraceful people.",
    ):
        assert _read(text) == normalize(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("My uncle said immigrants are rats, and he's right.", "rats"),  # endorsed
        ("My uncle said immigrants are rats. He's not racist for saying it.", "rats"),
        ("My uncle said immigrants are rats. Disgraceful people.", "rats"),  # of a people
        ("My comments got rated uncivil for calling you an idiot, so apologise.", "idiot"),
        ("It is logical, not racist, to be anti-immigrant.", "racist"),  # a disclaimer
        ("This forum is for civil comments, not trash talk like yours.", "trash"),
        ("He is wrong, not just stupid.", "stupid"),
    ],
)
def test_abuse_reported_but_not_condemned_is_read_as_written(text: str, kept: str) -> None:
    assert kept in re.findall(r"[a-z]+", _read(text))


@pytest.mark.parametrize(
    "text",
    [
        'My uncle said "all immigrants are scum" at dinner and I walked out.',
        'Some guy wrote "gays are sick" and I blocked him.',
        'It\'s awful that people still call Asians "yellow".',
        "It's terrible how people call Muslims terrorists.",
        'I can\'t believe someone here called Jewish people "rats". Disgraceful.',
        "Someone here wrote that Jewish people are rats. Disgraceful.",
        "I'm so tired of people calling Mexicans lazy.",
        "There's nothing funny about calling Black people monkeys.",
        # Two frames read the same verdict; it is read once.
        "People who call refugees vermin should be ashamed of themselves.",
        # Said by someone else, condemned in any words in its sentence or the next.
        "When my coworker said women are too dumb for engineering, I told HR.",
        "Whoever keeps posting that immigrants are rats: please stop, it's vile.",
        "If someone says Black people are criminals, they're wrong, simple as that.",
        "It breaks my heart that kids are still called retards at school.",
        "The politician was fined for calling migrants an invasion of rats.",
        "He keeps saying trans women are predators; it's ignorant and cruel.",
        'Our pastor once said gay people were "an abomination". Most of us walked out.',
        'Calling Mexicans "rapists" was a disgrace then and it\'s a disgrace now.',
        'A woman in the queue called the cashier a "stupid" foreigner, and we stared in disgust.',
    ],
)
def test_abuse_quoted_and_disapproved_is_read_as_neutral(text: str) -> None:
    assert "wrongwrong" not in _read(text)
    read = _read(text)
    words = set(read.replace('"', " ").split())
    derogatory = {"scum", "sick", "terrorists", "rats", "lazy", "monkeys", "dumb", "retards"}
    named = {"asians", "muslims", "jewish", "mexicans", "black", "women", "immigrants", "migrants"}
    assert not (derogatory | named) & words


def test_the_condemning_verdict_is_read_as_one_plain_word() -> None:
    # "an antisemitic lie" judges what was said, not a person: one plain word.
    read = _read("Saying that Jews are greedy is an antisemitic lie.")
    assert read == f"saying that people are {STAND_IN} is {VERDICT}."


@pytest.mark.parametrize(
    "text",
    [
        "You are not smart, you are an idiot.",  # the denial is of "smart"
        "You're not just stupid, you're a liar too.",  # "just" asserts it
        "He is not only a moron but a coward.",
        "You are nothing but a pathetic loser.",
        "I'm not saying you're an idiot, but you are.",  # taken back after
        "And you're not a racist, are you.",  # a tag question
        "We are not stupid like you.",  # a comparison
        "If you weren't so dumb you'd understand.",  # wished away
        "If you weren't an ignorant troll you would know.",
        "I never said you weren't an idiot.",  # denied twice
        "I don't care what you say, immigrants are vermin.",  # another clause
        "Please don't say it's you idiot.",  # said to the reader
        "I can't believe the stupid people on this site.",  # exasperation
        "It's not racist to say Muslims are terrorists.",  # approved, not condemned
        "It's fine to call immigrants vermin.",
        "Calling immigrants animals is accurate.",
        "Don't be such a moron.",
        "You can't be this stupid.",
        "Don't tell me what to do bitch i'll punch you",  # the clause runs on
        "You aren't a man, you're a spineless coward.",
        "Fuck off, nobody cares.",
        'The term "traitor" comes to mind.',  # a mention that names someone
        'Things like "fat people are gross" are what I say.',  # the quote answers nothing
        "Why would anyone call women sluts? Because they are.",
        "Doesn't that make you a hypocrite?",  # a question that asserts it
        "Don't make me sick.",  # nobody judged
        "Do you think immigrants are parasites? Yes or no.",  # asked, not answered
        "I hate Mexicans, everyone says they are drug dealers.",  # hates a people
        "I'm not saying this is a threat, it's a promise.",
        '"See how it is imploding?" what a nasty buffoon.',  # judges a person
        "I called him an idiot and I meant it.",  # the author's own word
        'Those that claim "a religion of peace" are either ignorant or liars.',  # its speakers
    ],
)
def test_asserted_abuse_is_read_as_written(text: str) -> None:
    assert _read(text) == normalize(text).text


def test_a_comment_without_derogatory_words_is_returned_as_it_came() -> None:
    norm = normalize("I don't think the council is right about the bins.")
    assert scope(norm) is norm


def test_the_stand_in_points_at_the_authors_characters() -> None:
    norm = scope(normalize("Calling refugees VERMIN is shameful."))
    begin = norm.text.index(STAND_IN)
    original = norm.original[norm.offsets[begin] : norm.ends[begin + len(STAND_IN) - 1]]
    assert original == "VERMIN"


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("You are not an idiot, you just made a mistake.", "INSULT"),
        ("Nobody here thinks you are an imbecile.", "INSULT"),
        ("Calling refugees vermin is shameful.", "TOXICITY"),
        ("People who call women sluts should be ashamed of themselves.", "TOXICITY"),
    ],
)
def test_denied_and_condemned_abuse_scores_low(scorer: Scorer, text: str, attribute: str) -> None:
    assert scorer.score(text)[0].scores[attribute] < 0.5


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("You are not smart, you are an idiot.", "INSULT"),
        ("I'm not saying you're an idiot, but you are.", "INSULT"),
        ("Nobody cares, shut up you moron.", "INSULT"),
        ("It's not racist to say Muslims are terrorists.", "TOXICITY"),
    ],
)
def test_asserted_abuse_still_scores_high(scorer: Scorer, text: str, attribute: str) -> None:
    assert scorer.score(text)[0].scores[attribute] >= 0.5


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("It is a lie that immigrants are criminals.", True),
        ("It's not true that women are stupid.", True),
        ("It is an antisemitic lie that Jews are greedy.", True),
        ("It's false that Muslims are terrorists.", True),
        ("It's true that they are criminals.", False),
        ("It is not a myth that they are criminals.", False),
        ("It is sad that so many of them are criminals.", False),
    ],
)
def test_what_the_author_calls_untrue_is_denied(text: str, denied: bool) -> None:
    read = _read(text)
    assert (STAND_IN in read) == denied, read


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("As a gay man I was called a faggot at school, and it hurt.", "faggot"),
        ("They called me a liar.", "liar"),
        ("I got called an idiot today.", "idiot"),
        ("We were called vermin by the mayor.", "vermin"),
    ],
)
def test_what_the_author_was_called_is_reported_not_said(text: str, reported: str) -> None:
    read = _read(text)
    assert reported not in read and STAND_IN in read


def test_an_insult_beside_a_reported_one_is_the_authors() -> None:
    assert "moron" in _read("You called me an idiot, you moron.")
    assert "idiot" in _read("I am an idiot, they said.")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # A people's denied word drops its "not" too: "muslims are not tall"
        # still read as an attack.
        ("Muslims are not terrorists.", f"muslims are  {STAND_IN}."),
        ("Trans women are not predators.", f"trans women are  {STAND_IN}."),
        (
            "None of you are idiots, you just disagree.",
            f"none of you are {STAND_IN}, you just disagree.",
        ),
        (
            "No immigrant deserves to be treated like vermin.",
            f"no immigrant deserves to be treated like {STAND_IN}.",
        ),
        (
            '"Gay people are sick" - no, they are not.',
            f'"people are {STAND_IN}" - no, they are not.',
        ),
        (
            '"All immigrants are criminals" is a racist lie.',
            f'"all people are {STAND_IN}" is {VERDICT}.',
        ),
        (
            "Someone wrote that Black people are animals. That is racist garbage.",
            f"someone wrote that people are {STAND_IN}. that is {VERDICT}.",
        ),
        ("Nobody deserves to be called vermin.", f"nobody deserves to be called {STAND_IN}."),
        ("Nobody should be called a faggot, ever.", f"nobody should be called a {STAND_IN}, ever."),
        ("You are not a two-faced liar.", f"you are not a two-faced {STAND_IN}."),
        (
            "It sickens me when people call immigrants cockroaches.",
            f"it sickens me when people call people {STAND_IN}.",
        ),
        (
            "Not one of my Muslim colleagues is a terrorist.",
            f"not one of my muslim colleagues is a {STAND_IN}.",
        ),
        (
            "Comparing refugees to rats is what fascists did.",
            f"comparing people to {STAND_IN} {VERDICT}.",
        ),
        (
            '"Go back to Africa" is a disgusting thing to shout.',
            f'"leave" is {VERDICT} thing to shout.',
        ),
        (
            '"Immigrants are parasites" - that is a hateful lie.',
            f'"people are {STAND_IN}" - that is {VERDICT}.',
        ),
        (
            "Posting that Jews are vermin is antisemitic and vile.",
            f"posting that people are {STAND_IN} is {VERDICT}.",
        ),
        (
            "Saying Mexicans are rapists was racist then and it's racist now.",
            f"saying people are {STAND_IN} was {VERDICT} then and it's {VERDICT} now.",
        ),
    ],
)
def test_more_denials_and_answers_are_read_as_neutral(text: str, read: str) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Being trans is not a mental illness.", "being trans is okay."),
        ("Being gay is nothing to be ashamed of.", "being gay is okay."),
        ("Being Muslim isn't a crime.", "being muslim is okay."),
        ("There's nothing wrong with being gay.", "it is okay being gay."),
        ("No one should be ashamed of being a refugee.", "it is okay being a refugee."),
        ("There is nothing shameful about being an immigrant.", "it is okay being an immigrant."),
    ],
)
def test_who_someone_is_defended_is_read_as_okay(text: str, read: str) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Being gay is a sin.",
        "Being gay is not a sin, it is an abomination.",  # taken back
        "Being Muslim is not a crime, but...",
        "Being late is not a crime.",  # not who someone is: read as written
    ],
)
def test_a_defence_taken_back_or_of_anything_else_is_read_as_written(text: str) -> None:
    assert "okay" not in _read(text)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # A verdict on what was said, where nothing derogatory was quoted.
        (
            "Telling refugees to go back where they came from is racist.",
            f"telling people to leave is {VERDICT}.",
        ),
        (
            "Your comments about Muslims are hateful and wrong.",
            f"your comments about muslims are {VERDICT}.",
        ),
        (
            "Please stop posting racist comments about Asians.",
            f"please stop posting {VERDICT} comments about asians.",
        ),
        ("That comment is disgusting.", f"that comment is {VERDICT}."),
        # The whole verdict, its noun too; a negation inside what was said
        # is part of it.
        (
            "The idea that Asians are robots is a racist stereotype.",
            f"the idea that people are robots is {VERDICT}.",
        ),
        (
            "Saying women can't drive is a sexist cliche.",
            f"saying people can't drive is {VERDICT}.",
        ),
        # Naming stopped, then judged.
        (
            "Stop calling women bitches, it's disgusting.",
            f"stop calling people {STAND_IN}, it's {VERDICT}.",
        ),
        (
            "Don't call disabled people retards. That is cruel.",
            f"don't call people {STAND_IN}. that is {VERDICT}.",
        ),
        (
            "Calling her a whore is not something I would ever do.",
            f"calling her a {STAND_IN} is {VERDICT}.",
        ),
        (
            "Whoever keeps saying Mexicans are rapists needs to stop.",
            f"whoever keeps saying people are {STAND_IN} needs to stop.",
        ),
        ("None of my gay friends are perverts.", f"none of my gay friends are {STAND_IN}."),
        # Denied of a people: a threat or a burden, and its "not" with it.
        ("Trans people are not a threat to women.", f"trans people are  a {STAND_IN} to women."),
        ("Refugees are not a burden.", f"refugees are  a {STAND_IN}."),
        (
            "You can't just say all Muslims are violent, that's bigotry.",
            f"you can't just say all people are {STAND_IN}, that's {VERDICT}.",
        ),
        # Fed up with what people do, not with a people.
        (
            "I'm sick and tired of people blaming immigrants for everything.",
            "i'm tired of people blaming immigrants for everything.",
        ),
        # Hostility condemned: the hostility and the verdict both read plain.
        (
            "The hatred aimed at Muslims in this thread is shameful.",
            "the talk aimed at muslims in this thread is wrong.",
        ),
        (
            "Hate speech against gay people has no place here.",
            "talk against gay people has no place here.",
        ),
    ],
)
def test_a_verdict_on_speech_or_hostility_is_read_plain(text: str, read: str) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Muslims are not terrorists, but they are.",  # taken back
        "Hatred of immigrants is justified.",  # approved, not condemned
        "Your comments about Muslims are spot on.",
        '"Immigrants are criminals" and I stand by it.',
        "Someone wrote that Black people are animals. That is true.",
        "Nobody deserves to be treated like that, except vermin like you.",
        '"Women are stupid" no one can deny that.',  # answered, but asserted
        "None of the people I met are criminals, but some are.",  # taken back
        "You can't say immigrants are criminals anymore.",  # a grievance, no verdict
        "He is far from the only idiot here.",
        "It's you idiot.",
        "This is not a threat, it is a promise.",  # not of a people
        "He is not a threat.",
        "Saying something that isn't true is lying.",  # untrue, so asserted
        "I'm sick of immigrants taking our jobs.",  # of a people
        '"Immigrants are criminals" no lie.',
        'This entire "administration" is disgusting.',  # scare quotes, not a quotation
        'He said "immigrants are parasites" and he is not wrong.',  # the verdict denied
        'They wrote "women are stupid" and I agree.',  # no verdict
        # A verdict before a quotation said by someone judges something else.
        'She eats cereal ugly & she gon say "you rude little bitch"',
        'Girls like "her" should be locked up, the stupid cow.',  # likened, not answered
        'They called him a "dirty Mexican" and he is one.',
        "I kept calling her a liar.",  # the author's own
        "Treat them as criminals.",  # not told to stop
        "Whoever wrote this is an idiot.",  # no one quoted or named
        "We were told that the bridge is unsafe.",
        'I yelled "idiot" at him.',  # the author's own
        "I don't believe in negotiating with vermin.",  # believing in, not disbelieving
        "I don't believe she's getting death threats.",  # threats, not said of a people
    ],
)
def test_the_new_frames_leave_assertions_alone(text: str) -> None:
    assert _read(text) == normalize(text).text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            'Someone posted "immigrants are parasites". That is disgusting.',
            f'someone posted "people are {STAND_IN}". that is {VERDICT}.',
        ),
        (
            'My uncle always says "Mexicans are criminals", which is racist nonsense.',
            f'my uncle always says "people are {STAND_IN}", which is {VERDICT}.',
        ),
        (
            'If you think "Blacks are criminals", you need to take a hard look at yourself.',
            f'if you think "people are {STAND_IN}", you need to take a hard look at yourself.',
        ),
        (
            '"Gay men are an abomination" is a hateful thing to say.',
            f'"people are an {STAND_IN}" is {VERDICT}.',
        ),
        (
            'I can\'t believe someone here wrote "all Jews are rats".',
            f'i can\'t believe someone here wrote "all people are {STAND_IN}".',
        ),
        (
            'Someone in this thread wrote that "Jews are rats". That is vile.',
            f'someone in this thread wrote that "people are {STAND_IN}". that is {VERDICT}.',
        ),
        (
            'Kids called him a "dirty Mexican" at school.',
            f'kids called him a "{STAND_IN} person" at school.',
        ),
        (
            'Statements like "women belong in the kitchen" have no place here.',
            f'statements like "people belong in the kitchen" {VERDICT} here.',
        ),
        (
            'Comments like "women belong in the kitchen" are sexist.',
            f'comments like "people belong in the kitchen" are {VERDICT}.',
        ),
        (
            'Please stop calling disabled people "retards".',
            f'please stop calling people "{STAND_IN}".',
        ),
        (
            "I'm tired of seeing comments saying gay people are paedophiles.",
            f"i'm tired of seeing comments saying people are {STAND_IN}.",
        ),
        (
            'The man kept calling her a "stupid Muslim bitch".',
            f'the man kept calling her a "{STAND_IN} person {STAND_IN}".',
        ),
        (
            "Why do people think it's okay to call trans people freaks?",
            f"why do people think it's okay to call people {STAND_IN}?",
        ),
        (
            "We need to stop treating Muslims as if they are all terrorists.",
            f"we need to stop treating people as if they are all {STAND_IN}.",
        ),
        (
            "He was fired after calling his coworker a monkey.",
            f"he was fired after calling his coworker a {STAND_IN}.",
        ),
        (
            "I refuse to believe that immigrants are a burden.",
            f"i refuse to believe that people are a {STAND_IN}.",
        ),
        (
            "Imagine thinking that refugees are subhuman.",
            f"imagine thinking that people are {STAND_IN}.",
        ),
        (
            "Whoever thinks gay people are perverts needs to grow up.",
            f"whoever thinks people are {STAND_IN} {VERDICT}.",
        ),
        (
            "People who call women sluts for dating are stuck in the past.",
            f"people who call people {STAND_IN} for dating {VERDICT}.",
        ),
        (
            "You don't get to call immigrants vermin and then claim otherwise.",
            f"you don't get to call people {STAND_IN} and then claim otherwise.",
        ),
        (
            "My daughter was told that girls are too stupid for science.",
            f"my daughter was told that girls are too {STAND_IN} for science.",
        ),
        (
            'Nobody deserves to be called a "dirty Jew" on their way to work.',
            f'nobody deserves to be called a "{STAND_IN} person" on their way to work.',
        ),
        (
            'I keep seeing "Jews are parasites" in the replies and I\'m reporting every one.',
            f'i keep seeing "people are {STAND_IN}" in the replies and i\'m reporting every one.',
        ),
        (
            'A man spat "go home, terrorist" at my sister.',
            f'a man spat "leave, {STAND_IN}" at my sister.',
        ),
        (
            'Some guy yelled "faggots" at us outside the bar.',
            f'some guy yelled "{STAND_IN}" at us outside the bar.',
        ),
        (  # likened: hate speech, chants and slogans like it
            'Hate speech like "gas the Jews" has no place here.',
            'hate speech like "gas the people" wrong here.',
        ),
    ],
)
def test_a_quotation_said_by_someone_and_condemned_is_read_as_neutral(text: str, read: str) -> None:
    # The peoples it names are read as "people": "blacks are tall" still
    # read as an attack, and what the quotation says of them is not the author's.
    assert _read(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Muslims are not terrorists.",
        "Trans women are not predators.",
        "Your comments about Muslims are hateful and wrong.",
        "This kind of hatred towards trans people has no place here.",
        "Telling refugees to go back where they came from is racist.",
        "No immigrant deserves to be treated like vermin.",
        "Someone on here wrote that Black people are animals. That is racist garbage.",
        '"Gays are an abomination" is a hateful thing to say.',
        'If you think "Blacks are criminals", you need to take a hard look at yourself.',
        "You have to stop saying that immigrants are vermin.",
        "Queer folks like me deserve to feel safe on the street.",
        "I hate it when people say Mexicans are drug dealers.",
        "Saying all Muslims should leave is xenophobic.",
        'She was told "go back to Africa" on her first day at work. Unbelievable.',
        "Repeating the lie that Jews control the media only spreads hate.",
        "If you think immigrants are vermin, you need to take a hard look at yourself.",
        'My son came home crying because kids called him a "dirty Mexican". This has to end.',
        'Statements like "women belong in the kitchen" have no place in 2026.',
        "Jokes about women being stupid aren't funny anymore.",
        "It is shameful that a councillor called Travellers vermin.",
        "Don't let anyone tell you disabled people are a burden.",
    ],
)
def test_counter_speech_without_quoted_abuse_scores_low(scorer: Scorer, text: str) -> None:
    assert scorer.score(text)[0].scores["TOXICITY"] < 0.5


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "As a faggot myself, I can say that word.",
            f"as a {STAND_IN} myself, i can say that word.",
        ),
        ("I'm a proud dyke.", f"i'm a proud {STAND_IN}."),
        ("Us queers know how to party.", "us people know how to party."),
        ("Fags like me are tired of hiding.", "people like me are tired of hiding."),
        ("As a fat woman, I'm tired of it.", f"as a {STAND_IN} woman, i'm tired of it."),
        (
            "I call myself a crip and I'm proud of it.",
            f"i call myself a {STAND_IN} and i'm proud of it.",
        ),
        ("My nigga just got engaged!", "my friend just got engaged!"),
        ("Us old crips remember.", "us old people remember."),
    ],
)
def test_a_reclaimed_word_said_of_the_author_is_read_as_neutral(text: str, read: str) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "You are a fag.",
        "Shut up you fat dyke.",
        "Us bitches stick together.",  # a swear word stays one
        "As a fag, he should know better.",  # someone else
    ],
)
def test_a_reclaimed_word_said_of_anyone_else_is_read_as_written(text: str) -> None:
    assert _read(text) == normalize(text).text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Your comment that Black people are animals is racist and gross.",
            "your comment that people are tall is wrong and wrong.",
        ),
        (
            'He keeps calling immigrants "rats" and it\'s disgusting.',
            'he keeps calling people "tall" and it\'s wrong.',
        ),
        ('Posting "gas the Jews" should get you banned.', 'posting "gas the people" wrong.'),
        (
            "Comments calling women stupid will be removed.",
            "comments calling people tall will be removed.",
        ),
        (
            "I reported the post that called trans people freaks.",
            "i reported the post that called people tall.",
        ),
        (
            "Calling the mayor an idiot doesn't help your argument.",
            "calling the mayor an tall wrong your argument.",
        ),
        ("He said I was a loser, which hurt.", "he said i was a tall, which hurt."),
        ("My boss told me I was useless.", "my boss told me i was tall."),
    ],
)
def test_counter_speech_in_fresh_words_is_read_as_neutral(text: str, read: str) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Do you have evidence for your claim that the editor is disgusting?",  # what was claimed
        "Your comment that the mayor is an idiot is spot on.",  # agreed with
        "I said I was an idiot for believing him.",  # the author's own
        "He said I was right and you are an idiot.",
        "Calling people idiots isn't an argument, you moron.",
    ],
)
def test_the_abuse_beside_or_inside_such_words_stays(text: str) -> None:
    read = _read(text)
    assert any(word in read for word in ("disgusting", "idiot", "moron")), read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Don't be so hard on yourself, you're not a failure.",
            "don't be so hard on yourself, you're not a tall.",
        ),
        (
            "I don't think trans people are a danger to anyone.",
            "i don't think people are a tall to anyone.",
        ),
        # A verdict in other words: "over the top".
        (
            "Calling the mayor a traitor is over the top, even if you disagree with her.",
            "calling the mayor a tall is wrong, even if you disagree with her.",
        ),
        # A people's contracted "not" goes with the word, as "are not" does.
        ("Muslims aren't a threat to anyone.", "muslims are a tall to anyone."),
        ("Immigrants aren't criminals.", "immigrants are tall."),
        ("You aren't an idiot.", "you aren't an tall."),  # not a people: the "not" stays
    ],
)
def test_a_failure_or_a_peoples_danger_denied_is_neutral(text: str, read: str) -> None:
    assert scope(normalize(text)).text == read


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (
            "Statements like 'Muslims are scum' are deeply hurtful.",
            "statements like 'people are tall' are wrong.",
        ),
        (
            "If you call Jews 'vermin', you are part of the problem.",
            "if you call people 'tall', you are part of the problem.",
        ),
        (
            '"Women are stupid" is not an opinion, it is sexism.',
            '"people are tall" is not an opinion, it is wrong.',
        ),
    ],
)
def test_a_quotation_in_single_quotes_is_answered_like_one_in_double(text: str, meant: str) -> None:
    assert _read(text) == meant


@pytest.mark.parametrize(
    "text",
    [
        "I don't think 'they're scum' is fair.",  # an apostrophe inside: left alone
        '"Women are stupid" is not an opinion, it is a fact.',  # the answer endorses
    ],
)
def test_single_quotes_and_denied_opinions_that_endorse_stay(text: str) -> None:
    assert _read(text) == normalize(text).text


def test_a_single_quoted_attack_answered_does_not_score_as_one(scorer: Scorer) -> None:
    texts = [
        "Statements like 'Muslims are scum' are deeply hurtful.",
        "If you call Jews 'vermin', you are part of the problem.",
    ]
    for result in scorer.score(texts):
        assert result.scores["TOXICITY"] < 0.5, result


def test_scare_quotes_are_no_quotation() -> None:
    # One word in single quotes that is not derogatory reads as if unquoted.
    text = "You don't think that 'certain' person is a troll, I do think he is."
    unquoted = text.replace("'certain'", "certain")
    assert _read(text).replace("'certain'", "certain") == _read(unquoted)


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # Naming stopped, and what to do instead said.
        (
            "Stop calling people idiots and argue the point.",
            f"stop calling people {STAND_IN} and argue the point.",
        ),
        # A contrast that denies a people are a nuisance.
        (
            "The homeless are human beings, not a nuisance.",
            f"the homeless are human beings, not a {STAND_IN}.",
        ),
    ],
)
def test_naming_stopped_with_what_to_do_instead_and_a_nuisance_denied(
    text: str, meant: str
) -> None:
    assert scope(normalize(text)).text == meant


def test_a_name_called_and_then_more_is_not_stopped() -> None:
    text = "Stop being such an idiot and read the article."
    assert scope(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (
            "Calling someone a Nazi for wanting lower taxes is absurd.",
            f"calling someone a {STAND_IN} for wanting lower taxes is {VERDICT}.",
        ),
        ("Calling immigrants vermin is ridiculous.", f"calling people {STAND_IN} is {VERDICT}."),
    ],
)
def test_naming_called_absurd_is_condemned(text: str, meant: str) -> None:
    assert scope(normalize(text)).text == meant


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (
            "I'm tired of hearing that trans people are predators. It's a lie.",
            f"i'm tired of hearing that people are {STAND_IN}. it's a lie.",
        ),
        (
            "I'm tired of hearing that Muslims are terrorists.",
            f"i'm tired of hearing that people are {STAND_IN}.",
        ),
    ],
)
def test_what_the_author_is_tired_of_hearing_is_not_theirs(text: str, meant: str) -> None:
    assert scope(normalize(text)).text == meant


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (
            "When people say refugees are rats, they are repeating Nazi propaganda.",
            f"when people say people are {STAND_IN}, they are repeating nazi propaganda.",
        ),
        (
            "The coach said that black players are lazy and was fired.",
            f"the coach said that black players are {STAND_IN} and was fired.",
        ),
    ],
)
def test_speech_called_propaganda_or_paid_for_is_not_the_authors(text: str, meant: str) -> None:
    assert scope(normalize(text)).text == meant


def test_a_people_named_in_speech_paid_for_is_unnamed() -> None:
    # "too emotional" is read as derogation first (peoples), then denied here.
    text = "He tweeted that women are too emotional to lead, and lost his job over it."
    assert read(text).text == (
        f"he tweeted that people are too {STAND_IN} to lead, and lost his job over it."
    )


@pytest.mark.parametrize(
    "text",
    [
        "When people say refugees are rats, they are right.",
        "I said that women are stupid and I got banned.",  # the author's own
    ],
)
def test_speech_agreed_with_or_the_authors_own_stays(text: str) -> None:
    assert scope(normalize(text)).text == normalize(text).text


def test_a_word_whose_ban_the_author_resents_is_not_denied() -> None:
    text = (
        "I am sick of everyone being so politically correct and saying that you "
        "should not call trans people trannies."
    )
    assert STAND_IN not in scope(normalize(text)).text
    assert STAND_IN in scope(normalize("People should not call trans people trannies.")).text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("What you wrote about Roma people is disgusting.", "what you wrote about roma people is"),
        ("What he said about Jews was vile and antisemitic.", "what he said about jews was"),
    ],
)
def test_what_someone_wrote_about_a_people_judged_is_read_as_a_verdict(
    text: str, read: str
) -> None:
    assert scope(normalize(text)).text == f"{read} {VERDICT}."


def test_naming_called_ignorance_or_prejudice_is_condemned(scorer: Scorer) -> None:
    texts = [
        "Calling Sikhs terrorists is pure ignorance.",
        'Calling Sikhs "terrorists" because of their turbans is pure ignorance.',
        "Calling immigrants criminals is prejudice, plain and simple.",
    ]
    for text, result in zip(texts, scorer.score(texts), strict=True):
        assert result.scores["TOXICITY"] < 0.5 and result.scores["IDENTITY_ATTACK"] < 0.5, text


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("I don't think Hindus are primitive.", True),
        ("Don't you think Hindus are a bit primitive?", False),  # asked to agree
        ("Doesn't everyone think women are stupid?", False),
    ],
)
def test_a_question_that_asks_to_agree_denies_nothing(text: str, denied: bool) -> None:
    assert (STAND_IN in read(text).text) is denied


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # revision 166, from a blind probe of counter-speech: a "go back..."
        # judged as it was told, and rhetoric judged by the harm it brings
        (
            'Posting "go back to Africa" under a story about a nurse is disgusting racism.',
            'posting "leave" under a story about a nurse is wrong racism.',
        ),
        (
            'Saying "all Mexicans are criminals" is exactly the kind of rhetoric that gets '
            "people hurt.",
            'saying "all people are tall" wrong.',
        ),
        ("Go back to Africa.", "go back to africa."),
    ],
)
def test_counter_speech_judging_a_go_back_or_by_its_harm(text: str, meant: str) -> None:
    assert prepare_to_score(text) == meant
