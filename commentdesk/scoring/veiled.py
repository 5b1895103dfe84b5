"""Veiled threats, read as the threat they veil.

"I know where you live" names no violence, and both stages learned threats
from violent words: it scored THREAT 0.03, "You'd better watch your back"
0.16, "Keep talking and see what happens to you" 0.18. The training data
holds a handful of such sentences (29 in 96,000 comments, most of them next
to an open threat that carried the label), too few to learn the idiom from.

Before either stage reads a comment, each idiom below becomes ``MEANT``, an
open threat, so it scores as one, and a highlight covers the author's whole
phrase. The idioms are the ones the default policy's intimidation rule holds,
with the same limits: "make them pay their share" and "you'll pay for it in
taxes" are not threats, nor "you have been warned" (Wikipedia's own
warnings use it). Some the rule does not hold are read too: "we know which
school your kids go to", "accidents happen to reporters who ask questions",
"people like you tend to disappear", "enjoy your last breath" (but not
"accidents happen to people who drive tired").
"""

from __future__ import annotations

import re

from commentdesk.textnorm import Normalized, replace_words

MEANT = "i will hurt you"

_VEILED = re.compile(
    r"""(?x)
      \bwatch\s+(?:your|his|her|their)\s+backs?\b
    | \b(?:i|we)\s+know\s+where\s+(?:you|he|she|they|(?:your|his|her|their)\s+[a-z]+)
        \s+(?:live|lives|work|works|sleep|sleeps)\b
    | \bsee\s+what\s+happens\s+to\s+(?:you|him|her|them)\b
    | \b(?:i'm|i\s+am|we're|we\s+are)\s+coming\s+for\s+(?:you|him|her|them)\b(?!\s+(?:in|at|on)\s)
    | \bmake\s+(?:you|him|her|them)\s+pay\b
        (?!\s+(?:their|your|his|her|the|a|all|more|tax|taxes|rent|back|up|attention|its|at|in|on
          |with|through|when|next|come|for\s+(?:the|their|your|his|her|its|our))\b)
    | \byou(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|\s+gonna)\s+pay\s+for\s+(?:this|that)
        (?=\s*(?:$|[.!?,;:]))
    | \b(?:shame|pity)\s+if\s+(?:something|anything)\s+(?:bad\s+)?
        (?:happened|were\s+to\s+happen|happens)\s+to\s+(?:you|him|her|them|(?:your|his|her|their)\s+[a-z]+)
    | \bsleep\s+with\s+one\s+eye\s+open\b
    | \b(?:i|we)\s+know\s+(?:which|what)\s+school\s+(?:your|his|her|their)\s+(?:kids|children|son|
        daughter|boy|girl|grandkids)\s+(?:go|goes|attend|attends)(?:\s+to)?\b
    | \b(?:i|we)\s+know\s+(?:which|what)\s+(?:car|truck|bus|train|route|gym|church|street|house)\s+
        (?:you|he|she|they|(?:your|his|her|their)\s+[a-z]+)\s+(?:drive|drives|take|takes|use|uses|
        live\s+on|lives\s+on|live\s+in|lives\s+in|go\s+to|goes\s+to|park|parks)\b
    | \b(?:people|men|women|folks|guys|others|reporters|journalists)\s+have\s+(?:gone\s+missing|
        disappeared|died|been\s+(?:hurt|killed|shot|found\s+dead))\s+for\s+less\b
    | \baccidents\s+(?:can\s+|do\s+|tend\s+to\s+)?happen\s+to\s+[a-z]+\s+
        (?:like\s+(?:you|him|her|them)|who\s+(?:ask|asks|talk|talks|snoop|snoops|snitch|snitches|meddle|meddles|pry|pries|dig|digs|
        write|writes|speak|speaks|poke|pokes|stick|sticks|don't\s+know\s+when)\b[^.!?,;:\n]*)
    | \b(?:people|folks|guys|men|women|reporters|journalists)\s+like\s+(?:you|him|her|them)\s+
        (?:tend\s+to|often|usually|sometimes)\s+
        (?:disappear|go\s+missing|have\s+accidents|end\s+up\s+dead)\b
    | \benjoy\s+(?:your|his|her|their)\s+last\s+
        (?:breaths?|days?\s+alive|days?\s+on\s+earth|moments)\b
    """
)
# Every idiom has one of these words; a comment without any is not searched.
_CUES = (
    "back",
    "know",
    "happen",
    "coming",
    "pay",
    "eye",
    "disappear",
    "missing",
    "enjoy",
    "for less",
)


def unveil(norm: Normalized) -> Normalized:
    """``norm`` with each veiled threat read as ``MEANT``; offsets still point at
    the author's characters."""
    text = norm.text
    if not any(cue in text for cue in _CUES):
        return norm
    found = [(m.start(), m.end(), MEANT) for m in _VEILED.finditer(text)]
    return replace_words(norm, found) if found else norm
