"""Tropes said of a people read as the derogation they carry; the same words otherwise not."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.features import read
from commentdesk.scoring.tropes import troped
from commentdesk.textnorm import normalize, to_original


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Jews control the media.", "jews are parasites."),
        ("Jews only care about money.", "jews are greedy."),
        ("Muslims secretly run the government", "muslims are parasites"),
        ("Women belong in the kitchen.", "women are subhuman."),
        ("Black people belong in a zoo", "black people are subhuman"),
        ("Gay people should not be allowed near children.", "gay people are pedophiles."),
        ("Women are only good for one thing.", "women are worthless."),
        ("Immigrants are replacing us.", "immigrants are invaders."),
        ("Refugees are taking over our towns.", "refugees are invaders."),
        ("The world would be better without Muslims.", "the world should be rid of muslims."),
        ("We would all be a lot better off without the Jews", "we should be rid of the jews"),
        ("Women are not capable of thinking for themselves.", "women are brainless."),
        ("Women can't think for themselves", "women are brainless"),
        ("Women are too emotional to lead anything.", "women are too stupid to lead anything."),
        ("Gay people are not normal human beings.", "gay people are subhuman."),
        ("Immigrants are not human", "immigrants are subhuman"),
        ("Women are only good for making sandwiches.", "women are worthless."),
        ("Black people have lower IQs.", "black people are stupid."),
        ("Women belong barefoot and pregnant.", "women are worthless."),
        ("Muslims are incompatible with Western values.", "muslims are savages."),
        ("Immigrants have never contributed anything of value.", "immigrants are worthless."),
        ("Muslims contribute nothing to this country.", "muslims are worthless."),
        ("Black people are genetically less intelligent.", "black people are stupid."),
        ("Muslims are inherently violent.", "muslims are criminals."),
        ("Mexicans are only good for cheap labour.", "mexicans are worthless."),
        ("Muslim men see women as property.", "muslim men are savages."),
        ("Africans have contributed nothing to civilisation.", "africans are worthless."),
        ("Disabled people are not worth the money.", "disabled people are worthless."),
        ("Immigrants are not welcome here, go home.", "immigrants are invaders, go home."),
        (
            "Black people don't belong in this neighborhood.",
            "black people are invaders.",
        ),
        ("Immigrants do not belong here.", "immigrants are invaders."),
        ("Immigrants breed like rabbits.", "immigrants are vermin."),
        ("Muslims multiply like cockroaches", "muslims are vermin"),
        ("Black people are less intelligent.", "black people are stupid."),
        ("Arabs only understand violence.", "arabs are savages."),
        ("Black people have no place in civilised society.", "black people are savages."),
        ("Jews are behind every war in history.", "jews are parasites in history."),
        (
            "Is there anything more worthless than a disabled person?",
            "disabled people are worthless?",
        ),
        ("Nothing is as lazy as an immigrant.", "immigrants are lazy."),
        ("Jews have always been the enemy of decent people.", "jews are parasites."),
        ("Women should know their place and keep quiet.", "women are worthless and keep quiet."),
        ("Women should be seen and not heard.", "women are worthless."),
        ("Indians smell like curry.", "indians are dirty."),
        ("Immigrants stink.", "immigrants are dirty."),
        ("Mexicans smell and steal.", "mexicans are dirty and steal."),
        ("Trans women are just men in dresses.", "trans women are predators."),
        ("The Chinese are eating dogs and spreading viruses.", "the chinese are a plague."),
        ("Women like you belong in the kitchen.", "women like you are subhuman."),
        ("Disabled people are a waste of taxpayers' money.", "disabled people are worthless."),
        ("Women are not capable of logical thought.", "women are brainless."),
        ("Black people have no place in a decent neighbourhood.", "black people are savages."),
        ("Mexicans are the reason this town went downhill.", "mexicans are vermin."),
        (
            "Trans people are confused and need therapy, not rights.",
            "trans people are mentally ill and need therapy, not rights.",
        ),
        ("Chinese people are taking over everything.", "chinese people are invaders."),
        ("Disabled people are a burden on society.", "disabled people are worthless."),
        ("Asians all look the same.", "asians are subhuman."),
        ("Roma people belong behind a fence.", "roma people are subhuman."),
        ("Jews belong in ghettos.", "jews are subhuman."),
        ("Black people should go back to picking cotton.", "black people are subhuman."),
        ("Gay men shouldn't be allowed anywhere near children.", "gay men are pedophiles."),
        ("Blacks commit all the crime.", "blacks are thieves and criminals."),
        (
            "Immigrants are behind every robbery in town.",
            "immigrants are thieves and criminals in town.",
        ),
        ("Black people just want handouts.", "black people are parasites."),
        ("Jews always stick together to cheat the rest of us.", "jews are thieves and criminals."),
        ("Mexicans all sell drugs.", "mexicans are thieves and criminals."),
        ("Immigrants come here to rob and rape.", "immigrants are thieves and criminals."),
        ("Migrants only come here to sponge off benefits.", "migrants are parasites."),
        ("Arabs are a primitive people.", "arabs are savages."),
        ("Arabs only understand the sword.", "arabs are savages."),
        ("Lesbians are just women nobody wanted.", "lesbians are worthless."),
        # every form of a trope passes the cheap scan before it
        ("Gypsies all rob everyone.", "gypsies are thieves and criminals."),
        ("Jews always con everyone.", "jews are thieves and criminals."),
        ("Blacks commit all crimes.", "blacks are thieves and criminals."),
        ("Lesbians are just women no man wanted.", "lesbians are worthless."),
        ("Muslims are a fifth column.", "muslims are parasites."),
        ("Jewish bankers are behind this crash, as always.", "jewish bankers are parasites."),
        ("Jewish bankers control the media.", "jewish bankers are parasites."),
    ],
)
def test_a_trope_said_of_a_people_is_read_as_its_derogation(text: str, meant: str) -> None:
    assert troped(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "The big studios control the media.",  # not a people
        "The cat belongs in the kitchen.",
        "Teachers should not be allowed to work alone with children.",
        "Not all Jews control the media.",  # picked out
        "Some people think Jews control the banks.",  # reported
        "The claim that Jews control the banks is an old myth.",
        "Muslims run many of the small shops on Main Street.",
        "Immigrants are good for the economy.",
        "The team is taking over our stadium for the final.",
        "The world would be better without the Tories.",  # a party: an opinion
        "Europe would be better off without mass immigration.",  # a policy
        "My life would be better without Twitter.",
        "Muslims are not people who want to hurt you.",  # the clause runs on
        "Refugees are not human shields.",
        "Immigrants are not just numbers, they are human beings.",
        "My kids can't think for themselves yet.",  # not a people
        "My dog has a lower IQ than me.",
        "They believe that all South Africans are unable to think.",  # reported
        "These rules are incompatible with our values.",  # not a people
        "My brother has never contributed anything to the rent.",
        "Women are naturally more caring.",  # no derogation
        "Wolves are naturally violent.",  # not a people
        "You are not welcome here.",
        "Socks don't belong in this neighborhood.",  # not a people
        "Do you think immigrants don't belong here?",
        "My kids behave like animals at dinner.",
        "Dogs only understand the stick.",  # not a people
        "Hate has no place in our society.",
        "Is there anything more useless than a broken umbrella?",
        "Nothing is more annoying than a tall man.",
        "Phones are less intelligent than they claim.",
        "Rabbits breed like rabbits in spring.",
        "The Tories have always been the enemy of ordinary people.",  # a party
        "This phone is a waste of money.",
        "Players should know their place in the formation.",
        "Children should be seen and not heard.",  # an old saying about manners, not a people
        "The roses smell like heaven.",
        "Drag queens are men in dresses.",  # said of no people
        "Mosquitoes are spreading viruses.",
        "People like you should be seen and not heard.",
        "The council are the reason this town went downhill.",  # not a people
        "Women are confused about the new tax rules.",  # about something
        "My knee needs treatment.",
        "These new flats all look the same.",
        "The new tax is a burden on small firms.",
        "Refugees belong in camps near their home countries.",  # where law sends people
        "Farmers should go back to the fields after the rain.",  # not a people
        "Sex offenders shouldn't be allowed anywhere near children.",
        "Men commit most violent crime.",  # a figure argued over, not all of it
        "Pensioners just want their benefits paid on time.",
        "Farmers always cheat at cards.",  # not a people
        "Russians are behind this hack, officials say.",  # this one, not as always
        "Jewish bankers fled Frankfurt in the 1930s.",
        "Refugees come here to work, not to steal.",
        "The Romans thought the Britons were a primitive people.",  # reported
        "Burglars come here to rob the empty holiday homes.",  # not a people
        "The gang commits all the burglaries on this street.",  # not a people
    ],
)
def test_the_same_words_otherwise_are_read_as_written(text: str) -> None:
    norm = normalize(text)
    assert troped(norm).text == norm.text


def test_the_reading_points_at_the_authors_whole_phrase() -> None:
    text = "Honestly, Jews CONTROL the media."
    norm = troped(normalize(text))
    begin = norm.text.index("are parasites")
    assert text[slice(*to_original(norm, begin, begin + len("are parasites")))] == (
        "CONTROL the media"
    )


def test_a_trope_the_author_calls_a_lie_is_read_as_neutral() -> None:
    assert "parasites" not in read("It is a lie that Jews control the media.").text


def test_tropes_score_as_identity_attacks_and_their_denials_do_not(scorer: Scorer) -> None:
    attacks = [
        "Jews control the media and the banks.",
        "Women belong in the kitchen.",
        "Gay people should never be allowed around kids.",
        "Immigrants come here to rob and rape.",
    ]
    for result, text in zip(scorer.score(attacks), attacks, strict=True):
        assert result.scores["IDENTITY_ATTACK"] >= 0.5, text
    civil = [
        "It is a lie that Jews control the media.",
        "Women belong in every boardroom.",
        # counter-speech the encoder read as the slander it denies (TOXICITY 0.91)
        "It's a lie that immigrants come here to rob and rape.",
    ]
    for result, text in zip(scorer.score(civil), civil, strict=True):
        assert result.scores["TOXICITY"] < 0.5 and result.scores["IDENTITY_ATTACK"] < 0.5, text


def test_breeding_like_vermin_in_the_progressive_is_the_same_trope() -> None:
    assert (
        "are vermin" in troped(normalize("Latinos are breeding like rabbits to replace us.")).text
    )
    assert troped(normalize("Our rabbits are breeding like rabbits.")).text == (
        "our rabbits are breeding like rabbits."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Chinese people eat dogs and spread diseases.",
        "Migrants bring disease.",
        "Refugees bring all sorts of diseases.",
    ],
)
def test_a_people_said_to_spread_disease_is_read_as_a_plague(text: str) -> None:
    assert "are a plague" in troped(normalize(text)).text


@pytest.mark.parametrize(
    "text",
    [
        "Mosquitoes spread disease.",
        "Doctors spread disease awareness.",
        "Not all migrants bring disease.",
    ],
)
def test_disease_spread_by_no_people_or_not_all_stays(text: str) -> None:
    assert troped(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The only good immigrant is a deported one.", "immigrants are vermin."),
        ("The only good Muslim is a dead Muslim.", "muslims should all be killed."),
    ],
)
def test_the_only_good_one_slogan_is_read_as_what_it_wishes(text: str, read: str) -> None:
    assert troped(normalize(text)).text == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Hire a woman and watch the department fall apart.", "women ruin everything."),
        ("Let a Mexican in and the whole street goes downhill.", "mexicans ruin everything."),
        ("Let the refugees in and watch the town turn into a slum.", "refugees ruin everything."),
    ],
)
def test_ruin_foretold_from_letting_a_people_in_is_read_as_blame(text: str, read: str) -> None:
    assert troped(normalize(text)).text == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Keep your gay agenda away from our kids.", "gay people are a danger to our kids."),
        ("Keep the gays away from our kids.", "gays are a danger to our kids."),
        (
            "Being gay is a disease that can be cured.",
            "gay people are mentally ill that can be cured.",
        ),
        ("Being trans is a mental illness.", "trans people are mentally ill."),
        ("Jews are behind everything.", "jews are parasites."),
    ],
)
def test_a_people_kept_from_children_or_called_a_sickness_is_read_as_the_trope(
    text: str, read: str
) -> None:
    assert troped(normalize(text)).text == read


@pytest.mark.parametrize(
    "text",
    [
        "Keep your politics away from our kids.",
        "Keep the dogs away from the children.",
        "Being gay is not a disease.",  # denied: scope's to read
        "Being homeless is a disease of the economy.",
        "The unions are behind all of this.",
    ],
)
def test_the_same_words_of_no_people_stay(text: str) -> None:
    assert troped(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Hire a woman and watch the department thrive.",
        "Hire a nurse and watch the ward fall apart.",  # no people
        "Elect a senator and watch the budget fail.",
        "They let the immigrants in and the city is better for it.",
    ],
)
def test_a_people_let_in_without_ruin_foretold_stays(text: str) -> None:
    assert troped(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    "text",
    ["The only good politician is a dead one.", "The only good thing about it is the price."],
)
def test_the_slogan_of_no_people_stays(text: str) -> None:
    assert troped(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "The great replacement is happening.",
        "Wake up, the great replacement is already here.",
        "Stop the great replacement!",
        "White genocide is real.",
    ],
)
def test_the_replacement_conspiracy_endorsed_is_read_as_invasion(text: str) -> None:
    assert "immigrants are invaders" in troped(normalize(text)).text


@pytest.mark.parametrize(
    "text",
    [
        "The great replacement theory is a racist conspiracy myth.",
        "Some claim the great replacement is real. It is not.",
        "The hip replacement is happening next week.",
    ],
)
def test_the_replacement_conspiracy_called_a_myth_or_reported_stays(text: str) -> None:
    assert troped(normalize(text)).text == normalize(text).text


def test_the_replacement_conspiracy_scores_as_an_identity_attack(scorer: Scorer) -> None:
    assert scorer.score("Stop the great replacement!")[0].scores["IDENTITY_ATTACK"] >= 0.5
    assert (
        scorer.score("The great replacement theory is a racist myth.")[0].scores["IDENTITY_ATTACK"]
        < 0.5
    )


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # revision 165: the slogan with where they lie, or where they are sent
        (
            "The only good migrant is one at the bottom of the sea.",
            "migrants should all be killed.",
        ),
        ("The only good immigrant is one on the next plane home.", "immigrants are vermin."),
        ("The only good seat is one at the back of the bus.", None),
        # revision 168: a people of the devil
        ("Jews are the children of Satan.", "jews are evil."),
        ("Witches in the play are the servants of the devil.", None),
        ("My kids are the children of two teachers.", None),
        # revision 169: a people said to control everything
        ("Jews control everything.", "jews are parasites."),
        ("My wife controls everything in this house.", None),
        # revision 170: a people said to need a man to mend them
        ("Lesbians just need a good man to fix them.", "lesbians are mentally ill."),
        ("My car just needs a good mechanic to fix it.", None),
    ],
)
def test_tropes_from_the_blind_probes_of_revisions_165_to_170(text: str, meant: str | None) -> None:
    norm = normalize(text)
    assert troped(norm).text == (meant or norm.text)


def test_the_only_good_one_of_a_people_in_two_words() -> None:
    # revision 179: "asylum seeker" is one of a people as "immigrant" is
    text = "The only good asylum seeker is one at the bottom of the Channel."
    assert read(text).text == "asylum seekers should all be killed."
