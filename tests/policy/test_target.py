"""Whom strong words are aimed at: a thing (a policy, an institution) or a person.

Each case marks the word a scorer would flag with [brackets]; the module must
say whether it is about a thing or a person. Anything unclear is a person, so
the policy holds it as before.
"""

from __future__ import annotations

import pytest

from commentdesk.policy.target import aimed_at, all_about_things


def _aim(marked: str) -> tuple[str, str]:
    begin = marked.index("[")
    end = marked.index("]") - 1
    text = marked.replace("[", "").replace("]", "")
    target = aimed_at(text, begin, end)
    return target.kind, target.word


ABOUT_THINGS = [
    ("Congress is a [clown] show and both parties are to blame.", "congress"),
    ("This budget is [garbage] from top to bottom.", "budget"),
    ("What a [stupid] decision by the transport ministry.", "decision"),
    ("This is the [dumbest] piece of legislation I have ever read.", "legislation"),
    ("The opposition's plan is [idiotic] and would bankrupt the state.", "plan"),
    ("The mayor's housing scheme is a [scam].", "scheme"),
    ("Gerrymandering [is a cancer] on our democracy.", "gerrymandering"),
    ("[Gerrymandering] is a cancer on our democracy.", "gerrymandering"),
    ("The bureaucracy in this department is a [parasite] on taxpayers.", "bureaucracy"),
    ("Parliament has become a [circus].", "parliament"),
    ("The union's demands are absurd and [greedy].", "demands"),
    ("That's a [stupid] law.", "law"),
    ("This is one of the [dumbest] bills ever proposed.", "bills"),
    # Adjectives joined by "and" or qualified by an adverb describe the same noun.
    ("This is a [cruel] and economically stupid policy.", "policy"),
    ("What a truly [moronic] and cowardly decision by the council.", "decision"),
    ("The EU\u2019s fishing rules are [insane].", "rules"),
    # The noun a word describes ends where the predicate starts: an adverb or a
    # past tense ("policy maker" goes on, below).
    ("This [fucking] council never listens.", "council"),
    ("The [damn] bill failed again.", "bill"),
    # An act named by what is done, with a singular verb.
    ("Banning books is [stupid].", "banning"),
    ("Building the wall is a [stupid] waste of money.", "building"),
    ("Deporting families is cruel and [stupid].", "deporting"),
    ("Rewarding and normalizing self harm is just plain [stupid].", "normalizing"),
    # "So" before the words is a degree, not a clause: the subject still decides.
    ("These new bin rules are so [stupid] it hurts.", "rules"),
    ("The new curriculum is dumbed-down [rubbish].", "curriculum"),
    # The reader speaking to the publication speaks to no person.
    ("This editorial is the [dumbest] thing your paper has printed all year.", "editorial"),
    # A reaction to the news or to a reply: a pointer and its description alone.
    ("This is [insane].", "this"),
    ("That's [crazy]!", "that"),
    ("Wow, that is just [absolutely ridiculous].", "that"),
    ("You know what? That's [insane].", "that"),
    ("It's [pathetic].", "it"),
    ("Honestly this seems so [dumb].", "this"),
    # A person named in another clause is not whom the words are said of.
    ("The minister's excuse is [pathetic] and voters will remember.", "excuse"),
    ("The plan is [idiotic] and the mayor knows it.", "plan"),
    # A comma, then a subject and its verb, opens another clause too; so does
    # one after a clause of its own.
    ("[Stupid] decision by the FA, the fans were never consulted.", "decision"),
    ("What a [stupid] decision, the fans were never consulted.", "decision"),
    ("The fans were never consulted, [stupid] decision by the FA.", "decision"),
    # What a team or an artist made is a thing too.
    ("What a [pathetic] performance from the team tonight.", "performance"),
    ("The film was [garbage] from start to finish.", "film"),
]


@pytest.mark.parametrize(("marked", "word"), ABOUT_THINGS)
def test_harsh_words_about_things_are_about_things(marked, word):
    assert _aim(marked) == ("thing", word)


ABOUT_PEOPLE = [
    # The subject is a person, or one is named anywhere in the sentence.
    "The mayor is a [clown] and a liar.",
    "This reporter is [garbage].",
    "She is a [clown].",
    "He's an [idiot] and so is his plan.",
    "You are [pathetic].",
    "Your comment is [idiotic].",
    "The mayor's plan is [stupid] and so is the mayor.",
    "The plan is [stupid] and the mayor is too.",
    "This budget is [garbage], just like the people who wrote it.",
    "The author of this article is a [moron].",
    "Whoever wrote this garbage article is a [moron].",
    "The plan is [idiotic], like its authors.",
    "What a [stupid] woman.",
    "What a [pathetic] excuse for a human being.",
    "Politicians like him are [scum].",
    # What the words describe hangs off a preposition, or counts people.
    "The council is full of [idiots].",
    "This bill was written by [imbeciles].",
    "The committee is a bunch of spineless [cowards].",
    # A subject that is no listed thing: groups, religions, unknown names.
    "Immigrants [are a cancer] on this country.",
    "Islam [is a cancer] on Europe.",
    "Smith is an [idiot].",
    "The plan is stupid and Smith is an [idiot].",
    # Nothing to tell by: a word on its own, a noun that acts.
    "Democrats caved again. [Pathetic].",
    "Only an [imbecile] would support this bill.",
    # A pointer at a noun, or a person's pronoun, is no reaction to the news.
    "That's an [idiot].",
    "That is one [stupid] woman.",
    "That's a [crazy] man.",
    "He's [crazy].",
    "Those are [morons].",
    "That is [crazy], the mayor is a moron.",
    "What a [stupid] man, the fans deserve better.",
    "The fans were never consulted, [stupid] man.",
    "The chairman, who is an [idiot], never listens.",
    "That's insane. You are [pathetic].",
    "One [match] is all it takes to deal with that mosque.",  # not a game
]


@pytest.mark.parametrize("marked", ABOUT_PEOPLE)
def test_words_aimed_at_people_or_unclear_are_about_people(marked):
    assert _aim(marked)[0] == "person"


def test_a_comment_is_about_things_only_when_every_span_is():
    text = "The plan is stupid and Smith is an idiot."
    plan = (text.index("stupid"), text.index("stupid") + 6)
    smith = (text.index("idiot"), text.index("idiot") + 5)
    targets = all_about_things(text, [plan])
    assert targets is not None and [t.word for t in targets] == ["plan"]
    assert all_about_things(text, [plan, smith]) is None
    assert all_about_things(text, []) is None  # no evidence: a person, as before


def test_offsets_outside_the_text_or_between_sentences_are_about_people():
    assert aimed_at("The plan is stupid.", 40, 45).kind == "person"
    assert aimed_at("The plan is stupid. ", 19, 20).kind == "person"


def test_speaking_to_the_publication_s_people_is_still_personal():
    assert _aim("Your paper hired an [idiot].")[0] == "person"
    assert _aim("This editorial is [garbage], and so are you.")[0] == "person"
    assert _aim("Your reporter is an [idiot].")[0] == "person"


def test_an_act_is_a_thing_unless_it_is_violence_or_the_words_are_inside_it():
    assert _aim("Electing that [clown] was the stupidest thing this town did.")[0] == "person"
    assert _aim("Burning the whole lot is [the answer].")[0] == "person"
    assert _aim("Fucking idiots is [all they are].")[0] == "person"
    assert _aim("Disgusting pigs are [running] this city.")[0] == "person"  # no act: plural
    assert _aim("Sterling is an [idiot].")[0] == "person"  # a name, not an act
    # No act: a clause with a verb of its own, or "nothing", ends before the subject.
    text = 'Nothing "green" could exist without subsidies ,this is a piece of [ignorance]'
    assert _aim(text)[0] == "person"


def test_a_subject_of_no_known_kind_leaves_it_to_the_noun_described():
    assert _aim("Brexit is cruel and [stupid] policy.") == ("thing", "policy")
    assert _aim("Smith is a [stupid] policy maker.")[0] == "person"
    assert _aim("This [fucking] council member never listens.")[0] == "person"
    assert _aim("Smith is [garbage].")[0] == "person"
    assert _aim("Smith is [cruel] and utterly stupid.")[0] == "person"
    assert _aim("She is a [cruel] and utterly stupid woman.")[0] == "person"


def test_a_comment_that_speaks_to_someone_is_personal_in_every_sentence():
    assert _aim("You know nothing. This plan is [stupid].")[0] == "person"
    assert _aim("Read it again, u fool. This plan is [stupid].")[0] == "person"
    assert _aim("Young people voted. This plan is [stupid].") == ("thing", "plan")


def test_offsets_hold_where_lower_case_changes_the_length():
    # "\u0130".lower() is two characters: the words after it must not shift.
    text = "\u0130" * 40 + "! The council is a joke. The mayor is an idiot."
    joke = text.index("joke")
    assert _aim(text[:joke] + "[joke]" + text[joke + 4 :]) == ("thing", "council")
    idiot = text.index("idiot")
    assert _aim(text[:idiot] + "[idiot]" + text[idiot + 5 :]) == ("person", "mayor")


def test_places_are_not_things_their_people_live_there():
    for marked in [
        "The state of Israel [is a cancer].",
        "This country [is a plague].",
        "That city is [garbage] and so are the people.",
    ]:
        assert _aim(marked)[0] == "person", marked


def test_a_party_is_its_own_kind_and_one_member_is_a_person():
    assert _aim("Democrats are [destroying] this country.") == ("party", "democrats")
    assert _aim("The Tories are [ruining] our schools.") == ("party", "tories")
    assert _aim("[Republicans] are destroying this country.") == ("party", "republicans")
    assert _aim("What a [stupid] Republican.")[0] == "person"
    assert _aim("The Republican is an [idiot].")[0] == "person"
    assert _aim("Labour voters are [destroying] this country.")[0] == "person"
    text = "Democrats are destroying this country."
    span = [(text.index("destroying"), text.index("destroying") + 10)]
    assert all_about_things(text, span) is None
    about = all_about_things(text, span, parties=True)
    assert about is not None and about[0].kind == "party"


def test_a_you_that_speaks_to_no_one_does_not_make_it_personal():
    # "And you know it" is an aside; the words are still about the argument.
    assert _aim("That argument is [brain dead] and you know it.") == ("thing", "argument")
    assert _aim("You know, this plan is [stupid].") == ("thing", "plan")
    assert _aim("Mind you, the budget is [garbage].") == ("thing", "budget")
    # A "you know" with an object says something to the reader, and a real
    # "you" beside an aside still counts.
    assert _aim("You know nothing. This plan is [stupid].")[0] == "person"
    assert _aim("The plan is [stupid] and you know it, you clown.")[0] == "person"


def test_what_should_happen_is_said_of_the_subject():
    # "Needs to die" wishes it on its subject: a procedure here, a person there.
    assert _aim("The filibuster needs to [die].") == ("thing", "filibuster")
    assert _aim("This loophole must [die].") == ("thing", "loophole")
    assert _aim("He needs to [die].")[0] == "person"
    assert _aim("Whoever wrote this bill must be [killed].")[0] == "person"


def test_a_second_verb_shares_the_first_ones_subject():
    assert _aim("That external link is broken and needs to [die].") == ("thing", "link")
    assert _aim("He is a liar and needs to [die].")[0] == "person"


def test_a_movement_named_in_several_words_is_one_name():
    # "Boys" alone would name people; "the Proud Boys" is an organisation.
    assert _aim("The Proud Boys are [terrorists].") == ("party", "proud boys")
    assert _aim("Antifa are [terrorists].") == ("party", "antifa")


@pytest.mark.parametrize(
    ("marked", "kind", "word"),
    [
        # How someone holds an office is argued, as a policy is.
        ("He's a [terrible] president.", "thing", "president"),
        ("He is a [useless] minister.", "thing", "minister"),
        ("She was the [worst] prime minister in decades.", "thing", "minister"),
        ("He's a [terrible president].", "thing", "president"),
        # Not the words of wits, not a person with no office, not an office alone.
        ("He's a [stupid] president.", "person", "he's"),
        ("She is a [terrible] person.", "person", "she"),
        ("He's [terrible].", "person", "he's"),
        # Charges of conduct in office, said of an office-holder or of politicians.
        ("The senator is a [hypocrite] on spending.", "thing", "senator"),
        ("Every politician in that party is a [hypocrite] on free speech.", "thing", "politician"),
        ("He is a [disgrace] to the office he holds.", "thing", "office"),
        ("She is a [hypocrite]: she flew private to the summit.", "person", "she"),
        ("The senator is a [clown].", "person", "senator"),
        ("You are a [disgrace] to the office you hold.", "person", "you"),
        ("He is a [disgrace] to this country.", "person", "he"),
    ],
)
def test_an_office_judged_by_how_it_is_held_is_argued_about(marked, kind, word):
    assert _aim(marked) == (kind, word)
