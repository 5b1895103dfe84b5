"""The ways authors disguise abuse, applied to the functional suite's abusive cases.

A reader who wants an insult published past a filter misspells it: swaps
two letters, drops one, spaces it out, writes l33t, puts a mark inside it,
borrows a Cyrillic letter that looks Latin, stretches it, or runs the whole
comment together. Each disguise here is applied, the same way every time,
to the longest listed word of every abusive case of
:mod:`commentdesk.scoring.functional` that the scorer catches undisguised,
and the report says how many it still catches: a measure of robustness on
sentences the disguises were not written for, not a list of fixed examples.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from commentdesk.scoring.functional import CASES, Case
from commentdesk.scoring.spelling import GROUPS, WORDS

# Listed words long enough to disguise; a people's name is not the abuse.
_ABUSIVE = WORDS - GROUPS
_WORD = re.compile(r"[A-Za-z]+")
_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
# Cyrillic letters drawn like Latin ones.
_LOOKALIKE = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у"})


def _swap(word: str) -> str:
    """Two letters past the first swapped: "idoit"."""
    i = len(word) // 2
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _drop(word: str) -> str:
    """A letter past the first dropped: "idot"."""
    i = len(word) // 2
    return word[:i] + word[i + 1 :]


def _stretch(word: str) -> str:
    """A vowel repeated: "idiooooot"."""
    for i in range(len(word) - 1, 0, -1):
        if word[i] in "aeiou":
            return word[:i] + word[i] * 4 + word[i:]
    return word + word[-1] * 3


# Each disguise of a word, by name; "run together" disguises the whole comment.
WORD_DISGUISES: dict[str, Callable[[str], str]] = {
    "letters swapped": _swap,
    "a letter dropped": _drop,
    "letters spaced": " ".join,
    "l33t": lambda word: word.translate(_LEET),
    "a mark inside": lambda word: word[: len(word) // 2] + "." + word[len(word) // 2 :],
    "look-alike letters": lambda word: word.translate(_LOOKALIKE),
    "letters repeated": _stretch,
}
DISGUISES = (*WORD_DISGUISES, "run together")


@dataclass(frozen=True)
class Disguised:
    case: Case
    disguise: str
    text: str


def key_word(text: str) -> str | None:
    """The longest listed word of ``text`` (four letters or more), as written."""
    words = [w for w in _WORD.findall(text) if len(w) >= 4 and w.lower() in _ABUSIVE]
    return max(words, key=len) if words else None


def disguised(cases: Sequence[Case] = CASES) -> list[Disguised]:
    """Every disguise of every abusive case that has a listed word."""
    out = []
    for case in cases:
        word = key_word(case.text) if case.expected else None
        if word is None:
            continue
        for name, disguise in WORD_DISGUISES.items():
            out.append(Disguised(case, name, case.text.replace(word, disguise(word), 1)))
        out.append(Disguised(case, "run together", re.sub(r"\s+", "", case.text)))
    return out


def run(score: Callable[[Sequence[str]], list[dict[str, float]]]) -> dict[str, list[int]]:
    """Per disguise, [still caught, cases]: over the abusive cases ``score``
    catches undisguised (a disguise cannot hide what was never seen)."""
    items = disguised()
    cases = list({id(item.case): item.case for item in items}.values())
    plain = score([case.text for case in cases])
    seen = {id(c) for c, s in zip(cases, plain, strict=True) if s[c.attribute] >= 0.5}
    items = [item for item in items if id(item.case) in seen]
    scores = score([item.text for item in items])
    out = {name: [0, 0] for name in DISGUISES}
    for item, s in zip(items, scores, strict=True):
        out[item.disguise][1] += 1
        out[item.disguise][0] += int(s[item.case.attribute] >= 0.5)
    return out
