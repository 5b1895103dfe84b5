"""The default policy with the real scorer on realistic comments written for the project.

Civil comments, however heated, must be approved; abusive ones (insults at
people, threats, slurs, dehumanising generalisations) must be held or
rejected. The set lives in realistic_comments.yaml next to this file.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from commentdesk.domain import CommentStatus, Story
from commentdesk.policy import NoHistory, Submission, default_policy
from commentdesk.scoring import viewpoints
from commentdesk.scoring.scorer import Scorer

CASES = yaml.safe_load((Path(__file__).parent / "realistic_comments.yaml").read_text("utf-8"))
STORY = Story(id=1, site_id=1, external_id="s", url="https://news.example/s", title="Story")
NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _decide(texts: list[str]) -> list[tuple[str, CommentStatus, str]]:
    policy = default_policy()
    results = Scorer.load().score(texts)
    out = []
    for text, score in zip(texts, results, strict=True):
        decision = policy.decide(Submission(text, STORY, None, score, NOW, NoHistory()))
        decisive = decision.decisive
        out.append((text, decision.status, decisive.rule if decisive else ""))
    return out


@pytest.fixture(scope="module")
def decided() -> dict[str, tuple[CommentStatus, str]]:
    return {text: (status, rule) for text, status, rule in _decide([c["text"] for c in CASES])}


def test_the_set_is_large_and_mixed():
    kinds = {case["kind"] for case in CASES}
    assert len(CASES) >= 60
    assert {
        "politics",
        "sarcasm",
        "quote",
        "frustration",
        "insult",
        "slur",
        "threat",
        "dehumanising",
    } <= kinds


# Civil comments the default policy still holds, each named with why, so that
# a new one fails the test instead of hiding in a margin (the set allowed 1 in
# 20 until 2026-12-06, and two new failures went unnoticed for a session). One
# that starts passing must be taken off the list.
# ("...is cruel and economically stupid policy." was, until the target check
# read adjectives joined by "and" as describing one noun.)
KNOWN_HELD: dict[str, str] = {
    # Counter-speech that quotes a people called trash and judges it "as wrong
    # as...": the denial frames read "is wrong" but not "is as wrong as", and
    # reading "as" so turned "...is as ignorant as Trump" into "...is wrong as".
    'Saying "all men are trash" is as wrong as saying it about any group.': "peoples-condemned",
    # Unnamed wrongdoers called idiots (INSULT 0.98): the insult band holds any
    # name said of people, and "the idiots who voted for..." is no different
    # in its words; a moderator approves it in a second (a blind probe of
    # revision 184).
    "The protest was peaceful until a handful of idiots started throwing bottles.": "insult-band",
    # A verdict as a sentence of its own is read as said of someone, as in
    # "Democrats caved again. Pathetic."; telling when the sentence before
    # names no one was tried (revision 185) and held "Hack journalist. Paid
    # shill. Disgusting." no longer.
    "Another mass shooting, another round of thoughts and prayers. Pathetic.": "insult-band",
}


def test_civil_comments_are_approved(decided):
    civil = [c["text"] for c in CASES if c["expect"] == "civil"]
    held = {
        text: decided[text][1] for text in civil if decided[text][0] is not CommentStatus.APPROVED
    }
    assert held == KNOWN_HELD


def test_abusive_comments_are_held_or_rejected(decided):
    missed = [
        c["text"]
        for c in CASES
        if c["expect"] == "abusive" and decided[c["text"]][0] is CommentStatus.APPROVED
    ]
    assert missed == []


def test_the_idioms_of_politics_are_not_wishes_of_violence(decided):
    # "Killed in committee", "beaten at the ballot box": said of bills and votes, these
    # are ordinary political speech, so none may be held, whatever the margin above.
    idioms = [c["text"] for c in CASES if c["kind"] == "idiom"]
    assert len(idioms) >= 5
    assert [(t, decided[t]) for t in idioms if decided[t][0] is not CommentStatus.APPROVED] == []


def test_asking_for_the_courts_punishment_is_an_opinion_on_either_side(decided):
    # "Murderers deserve the death penalty" scored as a threat and "the death
    # penalty is barbaric" did not: the band held one side of the argument.
    justice = [c["text"] for c in CASES if c["kind"] == "justice"]
    assert len(justice) >= 4
    assert [(t, decided[t]) for t in justice if decided[t][0] is not CommentStatus.APPROVED] == []


def test_harsh_words_about_institutions_and_policies_pass(decided):
    about = [c["text"] for c in CASES if c["kind"] == "institution"]
    assert len(about) >= 8
    assert [(t, decided[t]) for t in about if decided[t][0] is not CommentStatus.APPROVED] == []


# Both sides of the immigration argument, as a newsroom's readers put them.
# "Illegal immigrants should be deported" scored IDENTITY_ATTACK 0.82 and was
# held while the other side passed; asking it of a people is another thing.
IMMIGRATION_ARGUMENT = [
    "Illegal immigrants should be deported.",
    "We should deport illegal aliens.",
    "People who are here illegally should be deported.",
    "Illegal immigration should be stopped.",
    "The border should be secured and illegal immigrants deported.",
    "Immigration should be reduced.",
    "Illegal immigrants should be given a path to citizenship.",
    "Undocumented immigrants should be allowed to stay.",
    "Refugees should be welcomed.",
]
PERSECUTION = [
    "Muslims should be deported.",
    "Mexicans should all be deported.",
    "Jews should be locked up.",
    "Gay people should be arrested.",
    "Deport all Muslims.",
]


def test_both_sides_of_the_immigration_argument_pass_and_persecution_does_not():
    decided = {text: status for text, status, _ in _decide(IMMIGRATION_ARGUMENT + PERSECUTION)}
    assert [t for t in IMMIGRATION_ARGUMENT if decided[t] is not CommentStatus.APPROVED] == []
    assert [t for t in PERSECUTION if decided[t] is CommentStatus.APPROVED] == []


PARTIES = ["Republicans", "Democrats", "Tories", "Labour", "Greens", "Libertarians"]
POLITICIANS = [
    "Trump",
    "Biden",
    "Obama",
    "Hillary Clinton",
    "Sunak",
    "Starmer",
    "Trudeau",
    "McConnell",
    "Pelosi",
]
PEOPLES = ["Immigrants", "Muslims", "Jews", "Mexicans", "Women", "Gay people", "Black people"]
GROUPS = [
    "Immigrants",
    "Christians",
    "Muslims",
    "Jews",
    "Americans",
    "Liberals",
    "Conservatives",
    "Atheists",
    "Women",
    "Men",
]
NATIONS = [
    "Israelis",
    "Palestinians",
    "Americans",
    "Russians",
    "Jews",
    "Muslims",
    "Mexicans",
    "Immigrants",
    "Women",
    "Men",
    "Black people",
    "White people",
]
OFFICIALS = [
    "The mayor",
    "The senator",
    "The premier",
    "The minister",
    "The governor",
    "The president",
]
MOVEMENTS = ["Feminists", "Conservatives", "Liberals", "Socialists", "Libertarians", "Communists"]
IDEAS = ["Feminism", "Conservatism", "Liberalism", "Socialism", "Marxism", "Capitalism"]
MIRRORS = [
    ("{x} are wrong about the budget and always have been.", PARTIES, True),
    ("{x} broke their promises on housing again.", PARTIES, True),
    ("{x} are vermin and should be driven out of the country.", GROUPS, False),
    ("{x} are subhuman filth.", GROUPS, False),
    # The scorer reads harsh argument with a party as severe, a little more for
    # some parties than others; on either side of a threshold, that was a
    # viewpoint. Argument with any party passes; the same about people for who
    # they are does not.
    ("{x} are destroying this country.", PARTIES, True),
    ("{x} are ruining our schools.", PARTIES, True),
    ("{x} are destroying this country.", PEOPLES, False),
    ("{x} are hypocrites on the deficit.", PARTIES, True),
    ("{x} are a disgrace.", PARTIES, True),
    ("{x} are idiots.", PARTIES, False),  # the name-calling list, for every party
    # Who is named must not decide either: "Trump is corrupt" scored INSULT 0.91
    # and "Biden is corrupt" 0.53 before the scorer read names as one stand-in.
    ("{x} is corrupt.", POLITICIANS, True),
    ("{x} is incompetent and should resign.", POLITICIANS, True),
    ("{x} is a moron.", POLITICIANS, False),
    # Nor which office: "The mayor is a liar" passed and "The senator is a liar"
    # was held before the scorer read offices as one stand-in.
    ("{x} is corrupt.", OFFICIALS, True),
    ("{x} is a liar.", OFFICIALS, False),
    ("{x} is a clown.", ["The reporter", "The columnist", "The journalist"], False),
    ("{x} are vermin.", PARTIES, False),
    # Violence asked for, whoever it is asked against; an election is no violence.
    ("{x} should be deported or shot.", GROUPS, False),
    ("Someone should burn down the {x} headquarters.", PARTIES, False),
    ("{x} are a waste of oxygen.", GROUPS, False),
    # A whole people called criminals: the scorer held "Palestinians are
    # terrorists" and passed "Jews are murderers" and "Americans are murderers".
    ("{x} are murderers.", NATIONS, False),
    ("{x} are terrorists.", NATIONS, False),
    # "Men are trash" was held and "Women are trash" passed; "Muslims are
    # destroying this country" was held and "... ruining this country" passed.
    ("{x} are trash.", NATIONS, False),
    ("{x} are evil.", NATIONS + ["Christians", "Atheists", "Trans people"], False),
    ("{x} are pathetic.", NATIONS + ["Christians", "Atheists"], False),
    ("{x} are lazy.", NATIONS, False),
    ("{x} are ruining this country.", PEOPLES + ["Christians", "Men", "White people"], False),
    # Movements and armed groups are argued about on every side alike: "Antifa
    # are terrorists" passed while "the Proud Boys are terrorists" was held.
    ("{x} are terrorists.", ["Hamas", "The IDF", "Antifa", "The Proud Boys"], True),
    # Political movements and their ideas too: "Feminists hate men" was held
    # as an attack on people for who they are, "Conservatives hate women" passed.
    ("{x} are ruining this country.", MOVEMENTS, True),
    ("{x} want to destroy the family.", MOVEMENTS, True),
    ("{x} hate free speech.", MOVEMENTS, True),
    ("{x} are idiots.", MOVEMENTS, False),
    ("{x} are vermin.", MOVEMENTS, False),
    ("{x} is a cancer on society.", IDEAS, True),
    ("We will beat the {x} at the polls and we will kill their bill in committee.", PARTIES, True),
]


@pytest.mark.parametrize(("template", "fills", "approved"), MIRRORS)
def test_the_same_words_about_different_groups_get_the_same_outcome(template, fills, approved):
    outcomes = {
        f: status
        for f, (_, status, _) in zip(
            fills, _decide([template.format(x=f) for f in fills]), strict=True
        )
    }
    expected = {f: approved for f in fills}
    assert {f: s is CommentStatus.APPROVED for f, s in outcomes.items()} == expected


def test_civil_opinions_from_both_sides_are_approved() -> None:
    # The scorer alone flags some of these (the model card says how many per
    # side); the default policy must let every one of them through.
    texts = [text for _, _, text in viewpoints.cases()]
    decided = _decide(texts)
    assert [(t, s, rule) for t, s, rule in decided if s is not CommentStatus.APPROVED] == []


def test_a_people_hated_in_the_authors_own_words_is_held_and_nothing_else(decided):
    hatred = [c for c in CASES if c["kind"] == "hatred"]
    assert {c["expect"] for c in hatred} == {"civil", "abusive"}
    wrong = [
        (c["text"], decided[c["text"]])
        for c in hatred
        if (decided[c["text"]][0] is CommentStatus.APPROVED) != (c["expect"] == "civil")
    ]
    assert wrong == []


def test_a_slur_reported_is_held_and_a_slur_used_is_rejected():
    reported = [
        "He called me a nigger and the police did nothing.",
        "The officer used the word 'spic' in the video, the lawsuit says.",
        "Stop calling gay men faggots.",
    ]
    used = ["You are a faggot.", "Go home, spic.", "He called me a nigger, and you niggers agree."]
    decided = {text: (status, rule) for text, status, rule in _decide(reported + used)}
    assert {decided[t] for t in reported} == {(CommentStatus.HELD, "slurs")}
    assert {decided[t] for t in used} == {(CommentStatus.REJECTED, "slurs")}


def test_every_rule_that_names_peoples_names_the_same_peoples():
    # One shared pattern (`patterns: peoples`): each of these was passed by a
    # rule whose own list of peoples had drifted from the others'.
    held = [
        "Disabled people should be locked up.",
        "Nigerians should be rounded up.",
        "Old folks are a burden on society.",
        "I despise Americans.",
        "Everyone should hate Australians.",
    ]
    decided = _decide(held)
    assert [(t, s) for t, s, _ in decided if s is not CommentStatus.HELD] == []
    # Deporting those named by how they came argues immigration law.
    assert _decide(["Migrants should be deported."])[0][2] != "persecution"


def test_discrimination_in_the_authors_own_acts_is_held():
    held = [
        "I would never hire a Muslim.",
        "I'd never let a gay man teach my kids.",
        "We will never rent to immigrants.",
        "I refuse to serve any black person.",
    ]
    decided = _decide(held)
    assert [(t, s, r) for t, s, r in decided if r != "discrimination"] == []
    # Whom one votes for, dates or lets the children watch is no people.
    others = [
        "I would never vote for a Republican.",
        "I would never date a smoker.",
        "I'd never let my kids watch that.",
    ]
    assert [t for t, _, r in _decide(others) if r == "discrimination"] == []
