"""Old tropes about a people, read as the derogation they carry.

"Jews control the media" names no derogatory word, and both stages learned
identity attacks from such words: it scored TOXICITY 0.05 and
IDENTITY_ATTACK 0.01, "Women belong in the kitchen" 0.10, "Gay people should
not be allowed near children" 0.40 and 0.21. Each is a familiar slander of a
people as a whole, not an argument about a policy, and the training data
holds too few of them to learn them from.

Before either stage reads a comment, a trope said of a people (the peoples
of :mod:`commentdesk.scoring.peoples`, as the subject of the sentence) is
read as the plain derogation it stands for, so it scores as one and a
highlight covers the author's whole phrase. Said of anyone else ("the big
studios control the media", "the cat belongs in the kitchen") nothing
changes. This runs before :mod:`commentdesk.scoring.scope`, so a trope the
author denies or condemns ("the lie that Jews control the media") is read
as neutral there, like any other derogation.
"""

from __future__ import annotations

import re

from commentdesk.scoring.peoples import of_them_all, people_before
from commentdesk.textnorm import Normalized, replace_words

# Each trope, and the derogation it is read as ("{people} are ...").
_TROPES: tuple[tuple[str, str], ...] = (
    # Conspiracy: a people secretly in charge.
    (
        r"(?:secretly\s+|really\s+)?(?:control|controls|run|runs|own|owns)\s+(?:all\s+)?"
        r"(?:the\s+)?(?:media|banks|world|government|money|hollywood|press|economy)",
        "are parasites",
    ),
    # Kept in their place: a kitchen, a cage, a zoo.
    (
        r"belongs?\s+(?:only\s+)?in\s+(?:the\s+|a\s+)?(?:kitchen|zoo|cages?|jungle|chains|gutter)",
        "are subhuman",
    ),
    # A danger to children.
    (
        r"(?:should|must)\s+(?:not|never)\s+be\s+(?:allowed|let)\s+(?:near|around|to\s+teach)"
        r"\s+(?:our\s+|the\s+|any\s+)?(?:children|kids)",
        "are pedophiles",
    ),
    # Worth only a use.
    (
        r"(?:are|r)\s+(?:only|just)\s+good\s+for\s+(?:one\s+thing|cooking|cleaning|breeding|sex)",
        "are worthless",
    ),
    # Invasion and replacement.
    (
        r"(?:are|r)\s+(?:invading|replacing|outbreeding)\s+(?:us|our\s+[a-z]+)"
        r"|(?:are|r)\s+taking\s+over\s+our\s+(?:country|towns|cities|neighbourhoods|neighborhoods)",
        "are invaders",
    ),
)
_TROPE = re.compile("|".join(f"({pattern})" for pattern, _ in _TROPES))
# Every trope has one of these words; a comment without any is not searched.
_CUES = ("control", "run", "own", "belong", "allowed", "let", "good for", "invad", "replac",
         "outbreed", "taking over")


def troped(norm: Normalized) -> Normalized:
    """``norm`` with each trope said of a people read as the derogation it
    carries; offsets still point at the author's characters."""
    text = norm.text
    if not any(cue in text for cue in _CUES):
        return norm
    found = []
    for match in _TROPE.finditer(text):
        if match.start() == 0 or text[match.start() - 1] != " ":
            continue
        start = people_before(text, match.start() - 1)
        if start is None or not of_them_all(text, start):
            continue
        meant = _TROPES[match.lastindex - 1][1] if match.lastindex else None
        if meant:
            found.append((match.start(), match.end(), meant))
    return replace_words(norm, found) if found else norm
