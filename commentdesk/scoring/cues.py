"""Where the readings' cue words occur in a text, found in one pass.

Each reading tries its patterns only where one of its cues occurs (a pattern
tried at every character of a long comment costs far more than a scan for
the words every match must hold). Each reading used to scan for its own
cues, some twenty scans of every comment in all (about 150 us a Jigsaw
comment). Here every cue any reading has asked for goes into one
Aho-Corasick automaton, and the text being read is scanned once (about
8 us); the next reading, which is almost always handed the same text,
finds the answer remembered. A reading that changes the text makes the
next one scan again.

The answers are exactly those of a scan for the reading's own cues alone:
every occurrence, overlapping ones too, in the order the automaton reports
them (by where they end, the longest first).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import cache, lru_cache

import ahocorasick

_lock = threading.Lock()
# Every cue asked for so far, and the automaton that finds them all (None
# until the next scan builds it again with the cues added since).
_known: set[str] = set()
_automaton: ahocorasick.Automaton | None = None
_generation = 0


def cues_in(text: str, cues: tuple[str, ...]) -> Iterator[int]:
    """Where each of ``cues`` starts in ``text``, every occurrence, ordered by
    where it ends (the longest first where two end together)."""
    wanted = _wanted(cues)
    return (start for start, cue in _found(text, _generation) if cue in wanted)


def any_cue(text: str, cues: tuple[str, ...]) -> bool:
    """Whether any of ``cues`` occurs in ``text`` (``any(c in text for c in cues)``)."""
    wanted = _wanted(cues)
    found = _found(text, _generation)
    return bool(found) and any(cue in wanted for _, cue in found)


def cue_windows(
    text: str, cues: tuple[str, ...], before: int, after: int, word_start: bool = False
) -> list[tuple[int, int]]:
    """The stretches of ``text`` from ``before`` characters before each of
    ``cues`` (only where one opens a word, with ``word_start``) to ``after``
    characters after it, overlapping ones merged: a pattern tried only there
    is not tried at every position of a long comment."""
    windows: list[list[int]] = []
    for at in sorted(cues_in(text, cues)):
        if word_start and at and text[at - 1].isalpha():
            continue
        lo, hi = max(0, at - before), min(len(text), at + after)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]


def cues_of(alternatives: str) -> tuple[str, ...]:
    """The letters every match of each of a pattern's ``|``-separated
    ``alternatives`` begins with ("legends?|hero": "legend", "hero"), for
    ``cues_in``."""
    stems = set()
    for alternative in alternatives.split("|"):
        special = re.search(r"[?(\\\[]", alternative)
        stem = alternative if special is None else alternative[: special.start()]
        stems.add(stem[:-1] if special is not None and special.group() == "?" else stem)
    return tuple(sorted(stems))


@cache
def _wanted(cues: tuple[str, ...]) -> frozenset[str]:
    """``cues`` as a set, added to the automaton the first time they are asked for."""
    global _automaton, _generation
    with _lock:
        new = set(cues) - _known
        if new:
            _known.update(new)
            _automaton = None
            _generation += 1
    return frozenset(cues)


@lru_cache(maxsize=64)
def _found(text: str, generation: int) -> tuple[tuple[int, str], ...]:
    """(start, cue) of every known cue in ``text``, in the automaton's order.

    Keyed by the generation of the cue set too: a text scanned before a
    reading first asked for its cues is scanned again with them."""
    return tuple((end - len(cue) + 1, cue) for end, cue in _scanner().iter(text))


def _scanner() -> ahocorasick.Automaton:
    global _automaton
    with _lock:
        if _automaton is None:
            automaton = ahocorasick.Automaton()
            for cue in sorted(_known):
                automaton.add_word(cue, cue)
            automaton.make_automaton()
            _automaton = automaton
        return _automaton
