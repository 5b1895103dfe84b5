"""A people called by a derogatory word: an attack on them for who they are.

Perspective's IDENTITY_ATTACK is a negative or hateful comment aimed at
people because of their identity. Both stages score "Women are stupid" as
toxic (0.99) and insulting, but its IDENTITY_ATTACK stayed under 0.5 for a
third of such sentences (14 peoples x 14 derogatory words: "Immigrants are
animals" 0.24, "Refugees are stupid" 0.39, "Old people are worthless" 0.16):
the attribute was learned from corpora where hate is more often spelt out.

So where a comment says a people are a derogatory word ("Muslims are all
terrorists", "trans people are disgusting", "women are too stupid to vote"),
its IDENTITY_ATTACK is at least its TOXICITY. Not where the word is denied or
condemned (read as neutral by :mod:`commentdesk.scoring.scope` before this
runs), nor "not all Muslims are terrorists", nor what others are reported to
think ("many of them think women are inferior"); "I think women are
inferior" is the author's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from commentdesk.scoring.scope import DEROGATORY
from commentdesk.textnorm import Normalized, alternatives, replace_words

PEOPLES = frozenset(
    """
    muslims jews immigrants migrants refugees women gays lesbians homosexuals blacks whites
    mexicans africans arabs asians christians hindus sikhs catholics latinos hispanics indians
    chinese pakistanis somalis syrians afghans gypsies roma foreigners
    """.split()
)
# "Black people", "trans women": a people named by what describes them.
_DESCRIBING = frozenset(
    "black white gay trans transgender disabled old jewish muslim asian brown indian chinese "
    "mexican arab".split()
)
_NOUNS = frozenset("people men women folks".split())
_SAID_OF = re.compile(
    r"[a-z]+(?:\s+[a-z]+)?\s+(?:are|r)\s+"
    r"(?:(?:all|just|nothing\s+but|so|such|really|truly|a\s+bunch\s+of|a|an)\s+)*"
    rf"(?:[a-z]+\s+)?{alternatives(DEROGATORY)}(?![a-z])"
)
# "Not all Muslims...", "some women...": not the people as a whole.
_PICKED_OUT = re.compile(r"\b(?:not\s+all|not\s+every|some|few)\s+(?:of\s+(?:the\s+)?)?\Z")
# "Many of them think women are...": someone else's view, reported.
_REPORTED = re.compile(
    r"\b(?!i\b|we\b)[a-z]+\s+(?:think|thinks|thought|believe|believes|believed|claim|claims|"
    r"claimed|say|says|said|taught|told)\s+(?:us\s+|them\s+)?(?:that\s+)?\Z"
)


# "Immigrants are animals" scored TOXICITY 0.27 where "... are vermin" scored
# 0.98: the training data's animals are mostly farm and zoo ones. Said of a
# people, the word is read as the dehumanising one it is.
_ANIMALS = re.compile(
    r"\s+(?:are|r)\s+(?:(?:all|just|nothing\s+but|like|no\s+better\s+than|such|wild|filthy|dirty)"
    r"\s+)*(?P<word>animals|beasts)(?![a-z])"
)
ANIMALS_MEANT = "vermin"


def dehumanised(norm: Normalized) -> Normalized:
    """``norm`` with "animals" said of a people read as ``ANIMALS_MEANT``."""
    text = norm.text
    if "animals" not in text and "beasts" not in text:
        return norm
    found = [
        (match.start("word"), match.end("word"), ANIMALS_MEANT)
        for _, at in _peoples_said_to_be(text)
        for match in [_ANIMALS.match(text, at)]
        if match
    ]
    return replace_words(norm, found) if found else norm


def derogated(text: str) -> bool:
    """Whether ``text`` (as the stages read it) says a people are a derogatory word."""
    for start, _ in _peoples_said_to_be(text):
        if _SAID_OF.match(text, start):
            before = text[max(0, start - 60) : start]
            if not _PICKED_OUT.search(before) and not _REPORTED.search(before):
                return True
    return False


def _peoples_said_to_be(text: str) -> Iterator[tuple[int, int]]:
    """(where a people is named, where its " are " follows), in text order.
    Each " are " (a C search) is a place to look: most comments have one or two."""
    at = _next_copula(text, 0)
    while at >= 0:
        start = _people_before(text, at)
        if start is not None:
            yield start, at
        at = _next_copula(text, at + 1)


def _next_copula(text: str, start: int) -> int:
    found = [at for at in (text.find(" are ", start), text.find(" r ", start)) if at >= 0]
    return min(found, default=-1)


def _people_before(text: str, at: int) -> int | None:
    """Where the people named just before ``text[at]`` begins, if one is."""
    begin = text.rfind(" ", 0, at) + 1
    word = text[begin:at]
    if word in PEOPLES:
        return begin
    if word in _NOUNS and begin >= 2:
        first = text.rfind(" ", 0, begin - 1) + 1
        if text[first : begin - 1] in _DESCRIBING:
            return first
    return None
