"""Misspelt and run-together abuse is read as meant; everything else as written."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.features import read
from commentdesk.scoring.names import blind
from commentdesk.scoring.spelling import respell
from commentdesk.textnorm import normalize


def _text(text: str) -> str:
    return respell(normalize(text)).text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("You are an idoit.", "you are an idiot."),  # two letters swapped
        ("Muslims are vermn.", "muslims are vermin."),  # one dropped
        ("All of them should be kiled", "all of them should be killed"),
        ("What a stpuid bitch", "what a stupid bitch"),
    ],
)
def test_a_listed_word_one_edit_away_is_read_as_meant(text: str, meant: str) -> None:
    assert _text(text) == meant


def test_other_words_stay_as_written() -> None:
    # "shuold" is one edit from "should", a word nobody disguises: left alone.
    # Dictionary words never change, whatever they are one edit from.
    text = "they shuold have filed it on the moon, said mr dickson of scunthorpe"
    assert _text(text) == text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Muslimsarevermin", "muslims are vermin"),
        ("AllJewsshouldbekilled", "all jews should be killed"),
        ("youareanidiot", "you are an idiot"),
    ],
)
def test_words_run_together_are_split_when_one_is_listed(text: str, meant: str) -> None:
    assert _text(text) == meant


def test_a_run_splits_only_into_three_or_more_words() -> None:
    # Two-word splits are too easy to find in names and new words.
    assert _text("dicksonville") == "dicksonville"
    assert _text("the wikipediaarticle") == "the wikipediaarticle"


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("I hope you g e t c a n c e r", "i hope you get cancer"),
        ("k.i.l.l.y.o.u.r.s.e.l.f", "kill yourself"),
        ("I am s o t i r e d of this", "i am so tired of this"),
    ],
)
def test_words_spaced_out_letter_by_letter_are_read_as_the_words(text: str, meant: str) -> None:
    assert _text(text) == meant


def test_short_spaced_runs_and_letters_glued_to_a_handle_stay_whole() -> None:
    assert _text("the U S A and the N A T O") == "the usa and the nato"
    # "@alanaaaaaa" alternates letters too, but nothing spaces them
    assert _text("@alanaaaaaa_ hi") == normalize("@alanaaaaaa_ hi").text


def test_a_spaced_out_wish_of_harm_scores_as_the_wish(scorer: Scorer) -> None:
    plain, spaced = scorer.score(["I hope you get cancer", "I hope you g e t c a n c e r"])
    assert spaced.scores["TOXICITY"] >= 0.5
    assert spaced.scores == plain.scores


def test_ordinary_comments_read_exactly_as_before() -> None:
    text = "The council voted on the budget, and residents were not happy about it."
    assert read(text) == blind(normalize(text))


def test_highlights_land_on_the_authors_run_together_word(scorer: Scorer) -> None:
    text = "Honestly, Muslimsarevermin."
    result = scorer.score([text])[0]
    assert result.scores["IDENTITY_ATTACK"] >= 0.5
    marked = [text[b:e] for b, e, _ in result.spans["IDENTITY_ATTACK"]]
    assert "Muslimsarevermin" in marked  # the whole word as written, not a piece


def test_misspelt_abuse_scores_as_the_word_it_stands_for(scorer: Scorer) -> None:
    meant, misspelt = scorer.score(["You are an idiot.", "You are an idoit."])
    assert misspelt.scores == meant.scores


def test_names_and_addresses_stay_as_written() -> None:
    # "Chinn" is one edit from a slur, and a surname; a link is no run of words.
    assert _text("Good ol Doug Chinn, busy again") == "good ol doug chinn, busy again"
    link = "see http://crooksandliars.com/2017/09 and mail youareanidiot@example.org"
    assert "crooksandliars" in _text(link) and "youareanidiot" in _text(link)
    assert _text("IDOIT") == "idiot"  # capitals throughout are shouting, not a name
    # A group's name is capitalised too, and no surname stands for it.
    assert _text("I hate Msulims and Black pepole") == "i hate muslims and black people"


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("a piece of s*it", "a piece of shit"),  # a mark for each letter
        ("f**k you", "fuck you"),
        ("Muslims are v*rmin", "muslims are vermin"),
        ("You are an id.iot.", "you are an idiot."),  # one mark inside the word
        ("I will ki-ll you", "i will kill you"),
        ("Refugees are pa-ra-sites.", "refugees are parasites."),  # the same mark between syllables
        ("you are a m.o.r.o.n", "you are a moron"),
    ],
)
def test_masked_and_split_listed_words_are_read_as_meant(text: str, meant: str) -> None:
    assert _text(text) == meant


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # l33t reads "@" as "a", so "ni@@ers" was "niaaers": two letters from
        # the word; each symbol inside the word is read as a mask instead.
        ("you ni@@ers are all the same", "you niggers are all the same"),
        ("f++k off", "fuck off"),
    ],
)
def test_symbols_l33t_cannot_spell_are_read_as_masks(text: str, meant: str) -> None:
    assert _text(text) == meant


def test_hyphenated_phrases_that_spell_no_listed_word_stay() -> None:
    for text in ("She is a well-to-do lawyer.", "A state-of-the-art stadium, e.g. this one."):
        assert _text(text) == normalize(text).text


def test_symbols_at_a_words_edge_or_digits_in_a_name_are_not_masks() -> None:
    text = "H1N1 and AR15s, says @ILL_Wil_ and the 49ers fans!!"
    assert _text(text) == normalize(text).text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Go fck yourself.", "go fuck yourself."),
        ("what a fukin joke", "what a fucking joke"),
        ("You are an azz", "you are an ass"),
        ("a phucking azzhole", "a fucking asshole"),
        ("he is so stoopid", "he is so stupid"),
        ("you biatch", "you bitch"),
        ("Do everyone a favour and kys.", "do everyone a favour and kill yourself."),
    ],
)
def test_swearing_spelt_by_sound_or_without_vowels_is_read_as_meant(text: str, meant: str) -> None:
    assert _text(text) == meant


def test_a_reclaimed_word_the_dictionary_lacks_is_no_slip() -> None:
    # "crip" is one edit from the listed "crap"; disabled people reclaim it.
    assert _text("As a crip, I like the new ramps.") == "as a crip, i like the new ramps."
    assert _text("@axo_fck_love said so") == normalize("@axo_fck_love said so").text


def test_digits_that_spell_a_listed_word_are_read_as_letters() -> None:
    # Normalisation keeps "d13" as written, as it keeps "covid19" and "b12".
    assert _text("all of them should d13") == "all of them should die"
    assert _text("covid19, b12 and the 1990s") == "covid19, b12 and the 1990s"


def test_marks_inside_ordinary_words_and_links_stay() -> None:
    text = "a well-known co-op, e.g. the one at example.com, says wh*t it wants"
    assert _text(text) == text


def test_guesses_that_would_be_too_loose_are_not_made() -> None:
    # Another first letter is another word; a mask over most of a word could
    # be many; a run with rare pieces is a new word, not a sentence.
    assert _text("cucking hoser") == "cucking hoser"
    assert _text("what the h*** and p****") == "what the h*** and p****"
    assert _text("an islamaphobe") == "an islamaphobe"


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Hey Fucktard, read it again.", "hey fucking idiot, read it again."),
        ("you dipshits", "you fucking idiots"),
        ("Shithead.", "fucking idiot."),  # capitalised, still no name
        ("Go away, simpleton", "go away, idiot"),
        ("typical libtards and conservatards", "typical retards and retards"),
        ("Go home, wetback", "go home, subhuman"),  # a rare slur: as the dehumanisation it means
        ("those kikes", "those subhumans"),
        ("Muzzies out!", "subhumans out!"),
        ("The kitchen was spic and span.", "the kitchen was spic and span."),
        ("the tranny next door", "the subhuman next door"),
        ("two trannies", "two subhumans"),
        ("the tranny on my truck needs fluid", "the tranny on my truck needs fluid"),  # a gearbox
        ("Somebody should firebomb that office.", "somebody should bomb that office."),
        # A letter dropped from a four-letter word, too short for the speller.
        ("I want to kll them", "i want to kill them"),
        ("they are scm", "they are scum"),
        # Name-calling for a slow mind, with a hyphen or without.
        ("The mayor is a cretin.", "the mayor is a idiot."),
        ("Typical knuckle-dragger response.", "typical idiot response."),
        ("The author is a brain-dead propagandist.", "the author is a stupid propagandist."),
        ("What a dim-witted, pea-brained take.", "what a stupid, stupid take."),
        ("brainless mouth-breathers", "stupid idiots"),
        ("You mongoloid, read the article.", "you retard, read the article."),
        ("What a brain-damaged take.", "what a stupid take."),
        ("These dunderheads never learn.", "these idiots never learn."),
        ("You dopey meathead.", "you stupid idiot."),
        # the antisemites' echo marks whom it encloses as a Jew
        ("The (((globalists))) did this.", "the jews did this."),
    ],
)
def test_rare_insults_are_read_as_the_common_insult_they_mean(text: str, meant: str) -> None:
    assert _text(text) == meant


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # a double letter stretched: normalisation alone would leave "fol"
        (
            "No one cares what a fooooool like you thinks.",
            "no one cares what a fool like you thinks.",
        ),
        ("You are a looooser.", "you are a loser."),
        ("Sooooo good.", "so good."),  # no listed word: as normalised
        (
            "Onlyabrainlessfoolwouldwritethisgarbage.",
            "only a brainless fool would write this garbage.",
        ),
    ],
)
def test_stretched_and_run_together_insults_are_read_whole(text: str, meant: str) -> None:
    assert respell(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "The patient was declared brain-dead on Tuesday.",
        "He was left braindead after the crash.",
        "Brain-dead donors save lives.",
        "He was brain-damaged in the crash.",
        "Brain-damaged babies need years of care.",
        "It was a well-known author's self-portrait.",  # hyphened words no insult joins
    ],
)
def test_brain_death_as_the_clinic_says_it_and_other_hyphened_words_stay(text: str) -> None:
    assert _text(text) == text.lower()


def test_name_calling_for_a_slow_mind_scores_as_an_insult_of_anyone(scorer: Scorer) -> None:
    texts = ["The columnist is a cretin.", "Typical knuckle-dragger response."]
    assert all(r.scores["INSULT"] >= 0.5 for r in scorer.score(texts))


def test_compound_swearing_scores_as_an_insult_and_profanity(scorer: Scorer) -> None:
    scores = scorer.score("Try reading it first, dipshit.")[0].scores
    assert scores["INSULT"] >= 0.5
    assert scores["PROFANITY"] >= 0.5


def test_a_tie_between_two_listed_words_is_broken_the_same_way_in_every_process() -> None:
    # "assholee" is one edit from "asshole" and from "assholes"; which one won
    # used to depend on the process's hash seed.
    code = "from commentdesk.scoring.features import read; print(read('an assholee').text)"
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in (1, 2, 3)
    }
    assert seen == {"an asshole"}


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("so you are an id iot", "so you are an idiot"),
        ("you re a pat het ic loser", "you re a pathetic loser"),
        ("snarky, ha te ful, elitist", "snarky, hateful, elitist"),
        ("lol i diot", "lol idiot"),
        ("you are st upid", "you are stupid"),
    ],
)
def test_a_listed_word_cut_by_spaces_is_read_whole(text: str, meant: str) -> None:
    assert respell(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "what a douche bag",  # words as written, each a word
        "you mother fucker",  # a piece is listed itself
        "your dumb ass",
        "his father's cum",  # after an apostrophe
        "he is a pat riot",  # not a listed word
        "the id card and the st ation",
    ],
)
def test_words_that_only_look_cut_stay_as_written(text: str) -> None:
    assert respell(normalize(text)).text == normalize(text).text


def test_a_cut_insult_scores_as_an_insult(scorer: Scorer) -> None:
    assert scorer.score("so basically you are an id iot")[0].scores["INSULT"] >= 0.5


def test_weak_name_calling_is_read_as_the_common_insult() -> None:
    assert read("He is a Trump lackey.").text.endswith("puppet.")
    assert read("She is vile.").text == "she is disgusting."
    assert read("You absolute bozo").text == "you absolute idiot"


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # The first two letters swapped, the commonest slip of all.
        ("they are ikll", "they are kill"),
        ("Black people are csum.", "black people are scum."),
        # A sentence's first word is capitalised whatever it is, where it
        # opens abuse; any other may be a name.
        ("Klil all women.", "kill all women."),
        ("Stoopid. Hipocrite.", "stupid. hypocrite."),
        ("Hani said no.", "hani said no."),
        ("Chinp is here.", "chinp is here."),
    ],
)
def test_slips_at_a_words_start_or_a_sentences_are_read_as_meant(text: str, meant: str) -> None:
    assert _text(text) == meant


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Immigrantsarefilth.", "immigrants are filth."),
        ("Women are infreior.", "women are inferior."),
    ],
)
def test_more_listed_words_are_found_run_together_or_misspelt(text: str, read: str) -> None:
    assert respell(normalize(text)).text == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Transpeoplearerepulsive.", "trans people are repulsive."),
        ("Blackpeoplearelazyandviolent.", "black people are lazy and violent."),
    ],
)
def test_a_run_of_less_common_words_is_split_too(text: str, read: str) -> None:
    assert respell(normalize(text)).text == read


def test_a_run_with_short_rare_pieces_is_left_as_written() -> None:
    assert respell(normalize("what an islamaphobe")).text == "what an islamaphobe"


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("I hate blakc people.", "i hate black people."),
        ("Asain women are dirty.", "asian women are dirty."),
        ("Whtie people are trash.", "white people are trash."),
        ("Gay ppl are pedos.", "gay people are pedos."),  # shorthand for the people too
        ("I hateMuslims.", "i hate muslims."),  # hatred glued to its people
        ("killjews now", "kill jews now"),
        ("I hateblack people.", "i hate black people."),
    ],
)
def test_a_slip_in_a_word_that_describes_a_people_is_read_as_meant(text: str, meant: str) -> None:
    assert _text(text) == meant


@pytest.mark.parametrize(
    "text",
    [
        "Try agian tomorrow.",  # "again", not "asian": no people follows
        "The aran islands are lovely.",
        "Blakc is my favourite colour.",
        "The hatemail was awful.",  # no people glued on
    ],
)
def test_a_describing_word_is_guessed_only_before_a_word_for_people(text: str) -> None:
    assert _text(text) == normalize(text).text


def test_a_misspelt_people_scores_as_the_people(scorer: Scorer) -> None:
    assert scorer.score(["I hate blakc people."])[0].scores["IDENTITY_ATTACK"] >= 0.5


def test_a_coded_slur_is_read_as_the_rare_slurs_are() -> None:
    # revision 180
    assert _text("Another dindu nuffin story.") == "another subhuman nuffin story."
