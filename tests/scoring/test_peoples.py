"""A people called by a derogatory word is an identity attack; the same words otherwise are not."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.features import prepare, prepare_to_score, read
from commentdesk.scoring.peoples import attacked, derogated, hated
from commentdesk.textnorm import normalize


@pytest.mark.parametrize(
    "text",
    [
        "Women are too stupid to vote.",
        "Immigrants are animals.",
        "Black people are so lazy.",
        "All Muslims are terrorists.",
        "I think women are inferior.",  # the author's own view
        "I honestly believe women are inferior to men.",  # still the author's
        "trans people r disgusting",
        "Honestly, Pakistanis are the most revolting people on earth.",  # a superlative
        "Hindus worship cows because they are too stupid to know better.",  # the reason given
        "Pakistanis are all groomers.",
    ],
)
def test_a_people_called_a_derogatory_word_is_found(text: str) -> None:
    assert derogated(prepare_to_score(text))


@pytest.mark.parametrize(
    "text",
    [
        "Not all Muslims are terrorists.",  # picked out, not the people
        "Some immigrants are criminals, like some natives.",
        "Many of them think women are inferior to men.",  # reported
        "My uncle honestly believes women are inferior.",  # reported
        "They've been taught their entire lives that women are inferior.",
        "Muslims are not terrorists.",  # denied: read as neutral first
        "Calling immigrants animals is disgusting.",  # condemned
        "The women are here and the men are late.",
        "These policies are stupid.",
        "Women are among the most affected by the cuts.",
        "Immigrants are the most hardworking people I know.",
    ],
)
def test_other_sentences_with_the_same_words_are_not(text: str) -> None:
    assert not derogated(prepare_to_score(text))


def test_identity_attack_is_at_least_toxicity_where_a_people_is_derogated(scorer: Scorer) -> None:
    for text in ("Immigrants are animals.", "Women are too stupid to vote."):
        scores = scorer.score(text)[0].scores
        assert scores["IDENTITY_ATTACK"] >= scores["TOXICITY"] >= 0.5, text
    calm = scorer.score("Immigrants are our neighbours.")[0].scores
    assert calm["IDENTITY_ATTACK"] < 0.5


def test_a_people_called_animals_is_read_as_dehumanised() -> None:
    from commentdesk.scoring.features import read

    assert read("Immigrants are animals.").text == "immigrants are vermin."
    assert read("Muslims r nothing but wild animals").text == "muslims r nothing but wild vermin"
    for text in ("Farm animals are animals too.", "We are all animals.", "Cats are animals."):
        assert "vermin" not in read(text).text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Black people are inferior.", "black people are subhuman."),
        ("Mexicans are naturally inferior to us", "mexicans are naturally subhuman to us"),
        ("Asians are leeches.", "asians are parasites."),
        ("Jews are a virus.", "jews are a plague."),
        ("Immigrants are a cancer on this country.", "immigrants are a plague on this country."),
        (
            "I honestly believe women are inferior to men.",
            "i honestly believe women are subhuman to men.",
        ),
        # ranked with animals rather than people
        ("Black people are closer to apes than to humans.", "black people are subhuman."),
        ("Muslims are more animal than human.", "muslims are subhuman."),
    ],
)
def test_other_weak_words_said_of_a_people_are_read_as_meant(text: str, meant: str) -> None:
    from commentdesk.scoring.features import read

    assert read(text).text == meant
    assert read("This pipe is inferior to copper.").text == "this pipe is inferior to copper."
    cats = "Our cats are closer to humans than dogs are."
    assert read(cats).text == cats.lower()
    reported = "They were taught that women are inferior to men."
    assert read(reported).text == reported.lower()


@pytest.mark.parametrize(
    "text",
    [
        "I hate Muslims.",
        "I really can't stand immigrants.",
        "Gay people disgust me.",
        "Honestly, black people make me sick",
        "We hate the Jews",
        "I have nothing but contempt for Jews.",
        "We feel such disdain for immigrants",
    ],
)
def test_the_authors_hatred_of_a_people_is_found(text: str) -> None:
    from commentdesk.scoring.peoples import hated

    assert hated(prepare_to_score(text))


@pytest.mark.parametrize(
    "text",
    [
        "I don't hate Muslims.",  # disowned: read as neutral first
        "I hate it when people say Muslims are bad.",
        "My uncle hates Muslims.",
        "I hate Muslim extremists.",
        "I hate the new parking rules.",
        "People who hate Muslims disgust me.",  # the people is not the subject
    ],
)
def test_other_hatred_is_not(text: str) -> None:
    from commentdesk.scoring.peoples import hated

    assert not hated(prepare_to_score(text))


def test_hatred_of_a_people_is_an_identity_attack(scorer: Scorer) -> None:
    for text in ("I despise gay people.", "Gay people disgust me."):
        scores = scorer.score(text)[0].scores
        assert scores["IDENTITY_ATTACK"] >= scores["TOXICITY"] >= 0.5, text


def test_a_slur_is_found_however_the_stages_read_it() -> None:
    from commentdesk.scoring.features import read
    from commentdesk.scoring.peoples import slurred

    for text in (
        "shut up tranny",
        "Another kike lawyer.",
        "you w3tback",
        "Those PAKIS again",
        "The tranny next door is at it again.",
        "Trannies everywhere now.",
    ):
        assert slurred(read(text)), text
    for text in (
        "You are subhuman.",
        "The tranny went out this morning, the car needs a new clutch.",  # a gearbox
        "The kitchen was spic and span.",
        "He is a nice guy.",
        "He used the word kike in his speech, and the crowd booed.",
    ):
        assert not slurred(read(text)), text


def test_a_slur_is_an_identity_attack_and_a_mention_is_not(scorer: Scorer) -> None:
    for text in (
        "Get out of here, you spic.",
        "Those kikes are everywhere now.",
        "Shut up, faggot.",
    ):
        scores = scorer.score(text)[0].scores
        assert scores["IDENTITY_ATTACK"] >= scores["TOXICITY"] >= 0.5, text
    mention = scorer.score("He used the word kike in his speech, and the crowd booed.")[0]
    assert mention.scores["IDENTITY_ATTACK"] < 0.5


def test_a_rare_word_of_hatred_of_a_people_is_read_as_hate() -> None:
    from commentdesk.scoring.features import read

    assert read("I loathe Mexicans.").text == "i hate mexicans."
    assert read("We really detest the Jews").text == "we really hate the jews"
    assert read("I loathe this policy.").text == "i loathe this policy."
    assert read("I really can't stand disabled people.").text == "i really hate disabled people."
    assert read("I can't stand the waiting.").text == "i can't stand the waiting."
    assert "hate" not in read("I don't loathe Mexicans.").text  # disowned first
    assert read("I have nothing but contempt for Jews.").text == "i have nothing but hate for jews."
    assert read("I have contempt for this government.").text == (
        "i have contempt for this government."
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("I absolutely despise Roma people.", "i absolutely hate roma people."),
        ("I can't bear being around Sikhs.", "i hate being around sikhs."),
        ("Disabled people make my skin crawl.", "disabled people disgust me."),
        ("Trans women turn my stomach.", "trans women disgust me."),
        ("Jews are lice.", "jews are vermin."),
        ("Refugees are a swarm of locusts.", "refugees are a swarm of vermin."),
    ],
)
def test_hatred_and_pests_in_rarer_words_are_read_as_the_common_ones(text: str, read: str) -> None:
    assert prepare_to_score(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Horror films make my skin crawl.",  # no people
        "People who hate Muslims make my skin crawl.",  # the people are the object
        "Women are dog lovers more often than men.",
        "I despise the way this paper covers crime.",
    ],
)
def test_the_same_words_aimed_at_no_people_are_read_as_written(text: str) -> None:
    assert prepare_to_score(text) == prepare(text)


@pytest.mark.parametrize(
    ("text", "derogates"),
    [
        ("Why are Mexicans all so stupid?", True),
        ("Why are gay people always so disgusting?", True),
        ("Why are Mexicans so good at football?", False),
        ("I met some immigrants yesterday. They are all scum.", True),
        ("I met some immigrants yesterday. They are all lovely.", False),
        ("The police arrested the men. They are scum.", False),  # no people named
        ("Every Jew is a liar.", True),  # one by one
        ("Each Mexican is a rapist.", True),
        ("Every woman is a liar.", True),
        ("Not every immigrant is a criminal.", False),
        ("Every politician is a liar.", False),  # not a people
        ("Every player is a winner.", False),
    ],
)
def test_a_people_derogated_in_a_question_or_as_they(text: str, derogates: bool) -> None:
    assert derogated(prepare_to_score(text)) is derogates


def test_a_people_derogated_as_they_is_an_identity_attack(scorer: Scorer) -> None:
    scores = scorer.score(["I met some immigrants yesterday. They are all scum."])[0].scores
    assert scores["IDENTITY_ATTACK"] >= 0.5


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Immigrants don't deserve any rights at all.", "immigrants are subhuman at all."),
        ("Muslims deserve no rights whatsoever.", "muslims are subhuman whatsoever."),
        ("Gay people should have no rights.", "gay people are subhuman."),
        ("Jews repulse me.", "jews disgust me."),
        ("Roma people make me want to throw up.", "roma people disgust me."),
    ],
)
def test_a_people_denied_every_right_or_repulsive_is_read_as_meant(text: str, read: str) -> None:
    assert prepare_to_score(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants should not get the same rights as citizens.",  # an argument about law
        "Prisoners should have no rights.",  # no people
        "Not all immigrants deserve no rights.",
        "Immigrants deserve no rights to the land they squat on.",  # a right, not every right
        "His manners repulse me.",
    ],
)
def test_rights_argued_or_denied_to_no_people_are_read_as_written(text: str) -> None:
    assert prepare_to_score(text) == prepare(text)


def test_a_people_denied_every_right_is_an_identity_attack(scorer: Scorer) -> None:
    scores = scorer.score(["Immigrants don't deserve any rights at all."])[0].scores
    assert scores["IDENTITY_ATTACK"] >= 0.5
    assert (
        scorer.score(["Immigrants should have the same rights as everyone."])[0].scores["TOXICITY"]
        < 0.5
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Black people lives do not matter.", "black people are subhuman."),
        ("Muslim lives don't matter.", "muslim are subhuman."),
        ("Hindus are not worth anything.", "hindus are subhuman."),
        ("Asylum seekers lives will never matter.", "asylum seekers are subhuman."),
        ("Buddhists are worth nothing.", "buddhists are subhuman."),
        ("Immigrants lives just don't matter.", "immigrants are subhuman."),
    ],
)
def test_a_people_whose_lives_are_said_not_to_matter_is_dehumanised(text: str, read: str) -> None:
    assert prepare_to_score(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "White lives don't matter? Of course they do.",  # asked, then answered
        "Their lives don't matter to the council.",  # no people named
        "Not all lives matter.",
        "This car is not worth anything.",
    ],
)
def test_lives_said_not_to_matter_of_no_people_or_asked_stay(text: str) -> None:
    assert prepare_to_score(text) == prepare(text)


def test_a_people_whose_lives_do_not_matter_scores_as_an_identity_attack(scorer: Scorer) -> None:
    assert scorer.score(["Muslim lives don't matter."])[0].scores["IDENTITY_ATTACK"] >= 0.5


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Muslims are not good people.", "muslims are worthless."),
        ("Jews can never be good people.", "jews are worthless."),
        ("Women are never any good.", "women are worthless."),
        ("Trans people aren't good people!", "trans people are worthless!"),
        ("Gay people can't ever be good people.", "gay people are worthless."),
    ],
)
def test_a_people_denied_any_good_is_read_as_worthless(text: str, read: str) -> None:
    assert prepare_to_score(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants are not good for wages.",  # good for something: an argument
        "Not all Muslims are good people.",  # some, not all
        "Some women are never any good.",
        "Are Muslims not good people?",  # asked
        "The refs are no good.",  # no people
    ],
)
def test_good_denied_to_some_or_for_something_stays(text: str) -> None:
    assert prepare_to_score(text) == prepare(text)


def test_a_people_denied_any_good_scores_as_toxic(scorer: Scorer) -> None:
    texts = [
        "Muslims are not good people.",
        "Women can never be good people.",
        "Black people don't belong in this neighborhood.",
    ]
    for result in scorer.score(texts):
        assert result.scores["TOXICITY"] >= 0.5, result


def test_a_thing_of_a_peoples_is_not_the_people() -> None:
    assert hated(prepare_to_score("I hate women."))
    assert not hated(prepare_to_score("I hate women's football, it is boring."))
    assert not hated(prepare_to_score("I hate black people's music."))


def test_hatred_of_every_one_of_a_people_named_before_is_hatred_of_them() -> None:
    read = prepare_to_score("I've known plenty of Afghans and I despise every one of them.")
    assert read == "i've known plenty of afghans and i hate every one of them."
    assert hated(read)
    # not across a question, nor love
    assert not hated(prepare_to_score("People who attack Muslims? I despise every one of them."))
    assert not hated(prepare_to_score("I met many Jews and I love every one of them."))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Mexicans are not honest.", "mexicans are liars."),
        ("Somalis can't be trusted.", "somalis are liars."),
        ("Arabs are not civilised people.", "arabs are savages."),
        ("Immigrants are never clean.", "immigrants are filthy."),
        ("No Jew has ever been trustworthy.", "jews are liars."),
        ("Not a single Iraqi is honest.", "iraqis are liars."),
        ("No deaf person is capable.", "deaf people are useless."),
        ("Not one woman is smart.", "women are stupid."),
        ("Roma are not capable of holding a job.", "roma are incapable of holding a job."),
    ],
)
def test_a_people_denied_a_virtue_is_read_as_having_the_vice(text: str, read: str) -> None:
    assert prepare_to_score(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Politicians are not honest.",  # no people
        "No politician has ever been honest.",
        "Mexicans are not honest with themselves about this.",  # something follows the virtue
        "Not all Muslims are peaceful.",  # picked out
        "The water is not clean.",
    ],
)
def test_a_virtue_denied_to_no_whole_people_is_read_as_written(text: str) -> None:
    assert prepare_to_score(text) == prepare(text)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Disabled people are of no value to society.",
            "disabled people are worthless to society.",
        ),
        ("Elderly people have no value left.", "elderly people are worthless left."),
        ("Deaf people don't deserve any respect.", "deaf people are subhuman."),
        ("Trans people deserve no dignity.", "trans people are subhuman."),
        ("Haitians are worth less than dogs.", "haitians are subhuman."),
        ("Nothing disgusts me more than lesbians.", "i hate lesbians."),
        ("There is nothing I despise more than Syrians.", "i hate syrians."),
        ("Catholics fill me with rage.", "catholics disgust me."),
    ],
)
def test_a_people_denied_worth_or_hated_in_other_words_is_read_as_meant(
    text: str, read: str
) -> None:
    assert prepare_to_score(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Landlords contribute nothing to society.",  # no people
        "Estate agents deserve no respect.",
        "Trans people deserve respect like anyone else.",
        "Nothing disgusts me more than people who hate Muslims.",  # the people are the object
        "Nothing makes me angrier than cruelty to animals.",
        "Cold showers fill me with dread.",
    ],
)
def test_the_same_denials_of_no_people_are_read_as_written(text: str) -> None:
    assert prepare_to_score(text) == prepare(text)


@pytest.mark.parametrize(
    ("text", "derogates"),
    [
        ("I have met plenty of Catholics and every single one of them is scum.", True),
        ("I've met lots of Poles and all of them are thieves.", True),
        ("I know some Somalis. Every one of them is a criminal.", True),
        ("Why are Arabs so dishonest?", True),
        ("Jews are shit.", True),
        ("Pakistanis are a disgrace to this country.", True),
        ("Every Arab I've ever met was a liar and a cheat.", True),
        ("Every Arab I've met was kind.", False),
        ("Gays don't deserve to adopt children, they are perverts.", True),
        ("People who hate gays are wrong, they are bigots.", False),
        ("The food here is shit.", False),
        ("My neighbours are Sikhs and all of them are kind.", False),
        ("I have met people who hate Muslims and all of them are idiots.", False),
        ("People who attack Jews? All of them are scum.", False),  # not across a question
        ("The senator's argument is dishonest.", False),
    ],
)
def test_a_people_derogated_as_every_one_of_them(text: str, derogates: bool) -> None:
    assert derogated(prepare_to_score(text)) is derogates


def test_hatred_of_a_people_one_by_one_is_hatred_of_them() -> None:
    assert hated(prepare_to_score("I despise every Hindu I have ever met."))
    assert hated(prepare_to_score("I can't tolerate Buddhists at all."))
    assert hated(prepare_to_score("I really fucking hate Mexicans."))
    assert not hated(prepare_to_score("I hate every minute of this."))


def test_a_people_denied_a_virtue_or_worth_is_an_identity_attack(scorer: Scorer) -> None:
    texts = [
        "Mexicans are never honest.",
        "No Jew has ever been trustworthy.",
        "Deaf people don't deserve any respect.",
        "Nothing disgusts me more than lesbians.",
        "I have met plenty of Catholics and every single one of them is scum.",
    ]
    for result in scorer.score(texts):
        assert result.scores["IDENTITY_ATTACK"] >= 0.5, result
    civil = scorer.score(["Mexicans are honest, hardworking people in my experience."])[0]
    assert civil.scores["TOXICITY"] < 0.5


@pytest.mark.parametrize(
    ("text", "doomed"),
    [
        ("Immigrants deserve to die.", True),
        ("Old people should just hurry up and die.", True),
        ("Refugees should be shot at the border.", True),  # read "...killed"
        ("I am going to stab every Arab I see.", True),  # read "...kill them all"
        ("Let's go beat up some gays tonight.", True),
        ("Immigrants should not die in the Channel.", False),
        ("That judge should drop dead.", False),  # a person, not a people
        ("Kill them all, the zombies are coming.", False),
        ("Israel must stop killing Palestinians.", False),
    ],
)
def test_death_called_for_against_a_whole_people_is_found(text: str, doomed: bool) -> None:
    assert attacked(read(text), prepare_to_score(text)) is doomed


def test_death_called_for_against_a_people_is_an_identity_attack(scorer: Scorer) -> None:
    for result in scorer.score(["Immigrants deserve to die.", "Gay people should all just die."]):
        assert result.scores["IDENTITY_ATTACK"] >= 0.5, result


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Women will never be as intelligent as men.", "women are stupid."),
        ("Immigrants are not as hardworking as real Canadians.", "immigrants are lazy."),
        (
            "Nothing makes me angrier than seeing Arabs in my neighbourhood.",
            "i hate arabs in my neighbourhood.",
        ),
        ("Nothing makes me sicker than seeing gay men everywhere.", "i hate gay men everywhere."),
        # derogatory words without a verb, after the sentence that named the people
        (
            "I used to work with a lot of Filipinos. Lazy and dishonest, every one of them.",
            "i used to work with a lot of filipinos. they are all lazy and dishonest.",
        ),
        (
            "My new neighbours are Mexican. Vermin, the lot of them.",
            "my new neighbours are mexican. they are all vermin.",
        ),
        (
            "The Roma camp by the river is back. Thieves and beggars, the whole lot.",
            "the roma camp by the river is back. they are all thieves and beggars.",
        ),
        (
            "Did you see the Somalis moving in next door? Filthy people.",
            "did you see the somalis moving in next door? they are all filthy.",
        ),
        # one household named for its people stands for them
        (
            "A Muslim family moved in next door. Filthy people, all of them.",
            "a muslim family moved in next door. they are all filthy.",
        ),
    ],
)
def test_a_people_attacked_in_other_words_is_read_as_meant(text: str, meant: str) -> None:
    assert prepare_to_score(text) == meant
    assert attacked(read(text), meant)


@pytest.mark.parametrize(
    "text",
    [
        "My son is not as clever as his sister.",  # no people
        "Politicians are not as honest as they claim.",
        # what is done to the people angers the author
        "Nothing makes me angrier than seeing Muslims harassed on the bus.",
        "Nothing makes me sicker than hearing Jews mocked.",
    ],
)
def test_the_same_words_of_no_people_or_for_them_read_as_written(text: str) -> None:
    assert prepare_to_score(text) == normalize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "I used to work with a lot of Filipinos. Kind and hardworking, every one of them.",
        "People who attack Jews. Scum, every one of them.",  # those who attack them
        "I met the council members. Disgusting people.",  # no people named
        "My dog is black. Filthy, the lot of them.",
        "Why do people hate Jews? Ignorant people.",  # those who hate them
        "What do you think of the council? Useless people.",
        "The Smith family moved in next door. Filthy people, all of them.",  # a name, no people
        "A Muslim family opened the new bakery. Lovely people, all of them.",
    ],
)
def test_the_same_fragments_of_no_people_or_no_derogation_stay(text: str) -> None:
    assert not derogated(prepare_to_score(text))


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # revision 165, from a blind probe: an adverb before the denial, the
        # others left unsaid; a people's worth in biology; owned, not people
        (
            "Black people just aren't as intelligent, the data proves it.",
            "black people are stupid, the data proves it.",
        ),
        ("Females are biologically inferior.", "females are biologically subhuman."),
        (
            "Women are property and should act like it.",
            "women are subhuman and should act like it.",
        ),
        ("Women are not as strong as men on average.", None),
        ("The land is property of the council.", None),
        ("Females lay their eggs in the sand.", None),
    ],
)
def test_peoples_denied_virtue_or_personhood_in_more_words(text: str, meant: str | None) -> None:
    assert prepare_to_score(text) == (meant or prepare(text))


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # revision 172: one of a people called a word "like all of them"
        ("The landlord is a greedy Jew like all of them.", "the landlord is jews are all greedy."),
        ("He's a greedy landlord like all of them.", None),
    ],
)
def test_one_of_a_people_like_all_of_them(text: str, meant: str | None) -> None:
    assert prepare_to_score(text) == (meant or prepare(text))
