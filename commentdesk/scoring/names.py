"""Politicians' names read as one neutral name, so that who is named does not move a score.

The training data is news comments from years when a few names filled every
thread: "trump" appears in 3,184 of its comments, 91% of the labelled ones
toxic, "obama" in 643 (77%), "trudeau" in 292 (93%). Both stages learned the
names themselves as evidence, so "Trump is corrupt" scored INSULT 0.91 and
"Biden is corrupt" 0.53, and a policy threshold between them published one
and held the other: a viewpoint. Before either stage reads a comment, every
name below becomes the same stand-in; the scores then depend on what is said,
not about whom. Highlights still land on the author's own characters.

The list holds surnames (and a few first names) of political figures that
are not also common words; "May", "Brown" or "Johnson" stay as they are.
"""

from __future__ import annotations

import re

from commentdesk.textnorm import Normalized

# The one name every politician's name is read as: a common surname with no
# history of its own in the training data.
STAND_IN = "smith"

NAMES = frozenset(
    """
    trump obama barack biden hillary clinton kamala harris pelosi mcconnell schumer sanders
    bernie cruz rubio romney pence desantis newsom ocasio cortez aoc bush cheney reagan
    nixon palin kavanaugh comey mueller giuliani bannon vance walz haley ramaswamy
    corbyn starmer sunak truss farage thatcher blair boris
    trudeau harper poilievre
    merkel macron putin zelensky zelenskyy netanyahu erdogan modi bolsonaro orban
    """.split()
)

# One name or several in a row ("hillary clinton" is one person: one stand-in).
_ONE = "(?:" + "|".join(sorted(NAMES)) + ")"
_NAME = re.compile(rf"(?<![a-z0-9])({_ONE}(?:\s+{_ONE})*)(?:'s)?(?![a-z0-9])")


def blind(norm: Normalized) -> Normalized:
    """``norm`` with every listed name read as ``STAND_IN``; offsets still point
    at the author's characters (the stand-in covers the whole name)."""
    matches = list(_NAME.finditer(norm.text))
    if not matches:
        return norm
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for match in matches:
        begin, end = match.span(1)
        pieces.append(norm.text[pos:begin])
        starts.extend(norm.offsets[pos:begin])
        ends.extend(norm.ends[pos:begin])
        pieces.append(STAND_IN)
        starts.extend([norm.offsets[begin]] * len(STAND_IN))
        ends.extend([norm.ends[end - 1]] * len(STAND_IN))
        pos = end
    pieces.append(norm.text[pos:])
    starts.extend(norm.offsets[pos:])
    ends.extend(norm.ends[pos:])
    return Normalized(text="".join(pieces), offsets=starts, ends=ends, original=norm.original)
