"""Asking for what the law does is an opinion about the law; violence, dehumanising
words and asking it of a people for who they are are not."""

from __future__ import annotations

import pytest

from commentdesk.policy.justice import all_lawful, lawful


def _whole(text: str) -> bool:
    return lawful(text, 0, len(text))


@pytest.mark.parametrize("text", [
    "He should be in prison.",
    "Murderers deserve the death penalty.",
    "Bring back capital punishment for child killers.",
    "Lock him up.",
    "The mayor should be prosecuted and jailed.",
    "She deserves a life sentence.",
    # the violence named is the crime, said of who committed it
    "Murderers who kill children deserve the death penalty.",
    "Anyone who shot a police officer should get life in prison.",
    "Gang members who kill should never be released.",
    "Child killers should be locked away without parole.",
])
def test_asking_for_the_courts_punishment_is_lawful(text):
    assert _whole(text)


@pytest.mark.parametrize("text", [
    "He should be executed.",  # a killing asked for as such
    "He should be in prison, or better, shot.",
    "Put him in jail and then hang him.",
    "She should be arrested and beaten.",
    "Someone should put a bullet in that judge.",
    "I know where you live.",
    "Murderers who kill children should be shot, not jailed.",  # asked for, beside the crime
])
def test_violence_or_no_court_at_all_is_not(text):
    assert not _whole(text)


def test_each_span_is_read_in_its_own_sentence():
    text = "He should be in prison. Someone should shoot him."
    prison = (0, 22)
    shoot = (text.index("shoot"), text.index("shoot") + 5)
    assert all_lawful(text, [prison])
    assert not all_lawful(text, [prison, shoot])
    assert not all_lawful(text, [])  # no evidence to read: not excused


@pytest.mark.parametrize("text", [
    "Illegal immigrants should be deported.",
    "We should deport illegal aliens.",
    "People who are here illegally should be deported.",
    "Foreign criminals should be deported after their sentence.",
    "Illegal Mexicans should be deported.",  # picked out by what they did
    "Muslims who commit crimes should be deported.",
    "Men who abuse children should be jailed.",
])
def test_asking_that_those_who_broke_the_law_be_deported_or_jailed_is_lawful(text):
    assert _whole(text)


@pytest.mark.parametrize("text", [
    "Muslims should be deported.",  # a people, for who they are
    "Mexicans should all be deported.",
    "Jews should be locked up.",
    "Gay people should be arrested.",
    "These animals should be deported.",
    "Illegals are rapists and should be deported.",
    "Deport them all.",  # nobody said what they did
    "Immigrants should be deported.",
])
def test_removal_of_a_people_or_with_dehumanising_words_is_not(text):
    assert not _whole(text)
