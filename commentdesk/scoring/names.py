"""Politicians' and parties' names read as neutral stand-ins, so who is named does not move a score.

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

Parties and camps likewise: "{party} are corrupt" scored TOXICITY 0.25 to
0.92 and "I vote for {party}" SEVERE_TOXICITY 0.02 to 0.50, depending on the
party. Their names become "whigs" (one member, "whig"), a party the training
data hardly knows. Words that are as often something else count only when the
author capitalised them: "Labour", "the Greens", "a Conservative MP", but not
"labour market", "eat your greens" or "a conservative estimate".
"""

from __future__ import annotations

import re
from collections.abc import Callable

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
def _alternatives(words: frozenset[str]) -> str:
    """A regular expression for any of ``words``, written as a trie: one pass
    over a comment with no name in it costs a third of the plain alternation."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            body = f"(?:{body})?"
        return body

    return "(?:" + emit(tree) + ")"


_ONE = _alternatives(NAMES)
_NAME = re.compile(rf"(?<![a-z0-9])({_ONE}(?:\s+{_ONE})*)(?:'s)?(?![a-z0-9])")

# What a party or camp is called, as a whole (read as "whigs") or as one member
# ("whig").
PARTY_STAND_IN = "whigs"
MEMBER_STAND_IN = "whig"
PARTIES = frozenset(
    """
    democrats republicans dems gop tories liberals conservatives progressives leftists
    rightists socialists libertarians centrists libs lefties maga
    """.split()
)
MEMBERS = frozenset("democrat republican tory leftist rightist libertarian centrist".split())
# Parties only when capitalised; the rest of the time, ordinary words.
CAPITALISED = frozenset("labour greens".split())
CAPITALISED_MEMBERS = frozenset("liberal conservative".split())
_PARTY = re.compile(
    r"(?<![a-z0-9])("
    + _alternatives(PARTIES | MEMBERS | CAPITALISED | CAPITALISED_MEMBERS)
    + r")(?![a-z0-9])"
)


def blind(norm: Normalized) -> Normalized:
    """``norm`` with every listed politician read as ``STAND_IN`` and every party
    as ``PARTY_STAND_IN`` (a member as ``MEMBER_STAND_IN``); offsets still point
    at the author's characters (a stand-in covers the whole name)."""
    return _replace(_replace(norm, _NAME, lambda _, __: STAND_IN), _PARTY, _party)


def _party(word: str, written: str) -> str | None:
    if word in CAPITALISED | CAPITALISED_MEMBERS and not written[:1].isupper():
        return None  # "labour market", "a conservative estimate"
    return MEMBER_STAND_IN if word in MEMBERS | CAPITALISED_MEMBERS else PARTY_STAND_IN


def _replace(
    norm: Normalized, pattern: re.Pattern[str], stand_in: Callable[[str, str], str | None]
) -> Normalized:
    """``norm`` with each match of ``pattern``'s group 1 replaced by what
    ``stand_in(word, as written)`` says (None: left as it is)."""
    matches = []
    for match in pattern.finditer(norm.text):
        begin, end = match.span(1)
        written = norm.original[norm.offsets[begin] : norm.ends[end - 1]]
        word = stand_in(match.group(1), written)
        if word is not None:
            matches.append((begin, end, word))
    if not matches:
        return norm
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for begin, end, word in matches:
        pieces.append(norm.text[pos:begin])
        starts.extend(norm.offsets[pos:begin])
        ends.extend(norm.ends[pos:begin])
        pieces.append(word)
        starts.extend([norm.offsets[begin]] * len(word))
        ends.extend([norm.ends[end - 1]] * len(word))
        pos = end
    pieces.append(norm.text[pos:])
    starts.extend(norm.offsets[pos:])
    ends.extend(norm.ends[pos:])
    return Normalized(text="".join(pieces), offsets=starts, ends=ends, original=norm.original)
