"""Pictographs that stand for words of abuse, read as those words.

Readers write abuse in emoji as well as in words: "Black people are 🐒🐒🐒"
scored TOXICITY 0.14, "Mexicans are 🐀 and should be treated like it" 0.46,
"You ignorant 🤡" passed only on "ignorant". Neither stage can read them:
the linear stage's words are letters and the encoder's vocabulary has no
emoji, so each is one unknown piece, whatever it pictures.

Before either stage reads a comment, each pictograph below becomes the word
it pictures, with a space either side, so the readings after it see "black
people are monkeys" and read it as they read the words (a people called
animals is :mod:`commentdesk.scoring.peoples`' to find). A run of the same
pictograph, or one right after "are", is read as the plural ("🐀🐀" as
"rats"). Only pictographs used in abuse are read; the rest ("🎉", "❤️")
stay as written. One that illustrates the word just before it ("the zoo's
new monkeys 🐒", "rats 🐀 in the subway", "the clown show 🤡") says nothing
more and is read as a space. Weapons and graves ("🔪", "🔫", "💣", "⚰️")
are read too (revision 156), for the veiled threats they make ("🔪🔪 see
you soon, journo").
"""

from __future__ import annotations

import re

from commentdesk.textnorm import Normalized, replace_words

# pictograph: (word, plural)
_PICTURED: dict[str, tuple[str, str]] = {
    "🐒": ("monkey", "monkeys"),
    "🐵": ("monkey", "monkeys"),
    "🦍": ("ape", "apes"),
    "🐀": ("rat", "rats"),
    "🐁": ("rat", "rats"),
    "🪳": ("cockroach", "cockroaches"),
    "🐍": ("snake", "snakes"),
    "🐖": ("pig", "pigs"),
    "🐷": ("pig", "pigs"),
    "🐽": ("pig", "pigs"),
    "🦠": ("disease", "diseases"),
    "🤡": ("clown", "clowns"),
    "💩": ("shit", "shit"),
    "🖕": ("fuck you", "fuck you"),
    # weapons and graves, for the threats they make ("🔪🔪 see you soon, journo")
    "🔪": ("knife", "knives"),
    "🗡": ("knife", "knives"),
    "🔫": ("gun", "guns"),
    "💣": ("bomb", "bombs"),
    "⚰": ("coffin", "coffins"),
    "🪦": ("grave", "graves"),
}
# A skin tone ("🖕🏼") or the emoji presentation selector ("⚰️") may
# follow; it goes with the pictograph.
_TONE = "[\U0001f3fb-\U0001f3ff\ufe0f]?"
_PICTOGRAPH = re.compile(
    "(" + "|".join(map(re.escape, _PICTURED)) + ")" + _TONE + r"(?:\s*\1" + _TONE + ")*"
)
# Any pictograph at all: one scan settles the comments without one.
_ANY = re.compile("[\U0001f300-\U0001faff\u26b0]")
_PLURAL_AFTER = re.compile(r"\b(?:are|r|all|those|these)\s*$")
_YOU_AFTER = re.compile(r"\s*(?:you|u|ya|off)\b")
# How far back the pictured word counts as written already (in characters).
_ILLUSTRATES = 30


def pictured(norm: Normalized) -> Normalized:
    """``norm`` with each pictograph of abuse read as the word it pictures;
    offsets still point at the author's characters."""
    text = norm.text
    if not _ANY.search(text):
        return norm
    found = []
    for m in _PICTOGRAPH.finditer(text):
        word, plural = _PICTURED[m.group(1)]
        many = m.group(0).count(m.group(1)) > 1
        meant = plural if many or _PLURAL_AFTER.search(text, 0, m.start()) else word
        if word in text[max(0, m.start() - _ILLUSTRATES) : m.start()]:
            meant = ""  # an illustration of the word just written: "rats 🐀"
        elif word == "fuck you" and _YOU_AFTER.match(text, m.end()):
            meant = "fuck"  # "🖕 you"
        before = " " if m.start() and not text[m.start() - 1].isspace() else ""
        after = " " if m.end() < len(text) and text[m.end()].isalnum() else ""
        found.append((m.start(), m.end(), f"{before}{meant}{after}"))
    return replace_words(norm, found) if found else norm
