"""Condescension in set phrases, read as the insult it is.

"What planet are you on?" names no insult, and both stages learned insults
from insulting words: it scored INSULT 0.03, "How old are you, 12?" 0.05,
"Have you been living under a rock?" 0.21, where "You are clueless" scored
0.62. Each is a stock way of telling a reader they are too ignorant, too
young or too unwell to be listened to; the training data holds a handful of
them (two "what planet" in 96,000 comments), too few to learn the idiom from.

Before either stage reads a comment, each idiom below, said to the reader,
becomes ``MEANT``, so it scores as the insult it is and a highlight covers
the author's whole phrase; so does a compliment denied to the reader ("you
are not very smart" INSULT 0.45, "you're not the brightest bulb in the box"
0.13). Phrases that are as often plain ("get a life",
"grow up", "take your meds", "did you even read the article?") are left to
what the stages learned; so is anything said of the author ("I must have
been living under a rock"). Asking whether the reader can read, write or
spell is an idiom only as a question of its own ("Can you even read?", not
"can you read the article and tell me..."); the IQ of a thing only when the
thing is named as a dull one (not "the IQ of a genius").
"""

from __future__ import annotations

import re

from commentdesk.scoring.peoples import cues_in
from commentdesk.textnorm import Normalized, replace_words

MEANT = "you are clueless"

_YOU = r"(?:you|u|ya)"
# A question mark goes with the idiom: "you are clueless?" asks, where the
# idiom never does.
_CONDESCENDING = re.compile(
    rf"""(?x)
    (?:
      \bwhat\s+planet\s+(?:are|r)\s+{_YOU}(?:\s+guys)?\s+(?:on|from|living\s+on)\b
    | \b(?:have|are)\s+{_YOU}\s+been\s+living\s+under\s+a\s+rock\b
    | \b{_YOU}\s+(?:must\s+)?(?:live|have\s+been\s+living|been\s+living)\s+under\s+a\s+rock\b
    | \bwhat\s+(?:are|r)\s+{_YOU}(?:\s+guys)?\s+smoking\b
    | \bdo\s+{_YOU}\s+even\s+(?:read|think)\b
    | \b(?:are|r)\s+{_YOU}\s+off\s+(?:your|ur)\s+meds\b
    | \bhow\s+old\s+(?:are|r)\s+{_YOU}[,?]?\s+(?:12|twelve|10|ten|8|eight|5|five|six|6)\b
    | \b(?:come|go)\s+back\s+when\s+{_YOU}(?:'re|\s+are|\s+r)?\s+(?:out\s+of\s+puberty
        |(?:have\s+)?grown\s+up|(?:can|learn\s+to)\s+read)\b
    | \b(?:your|ur)\s+(?:mom|mum|mother|mommy|momma)'?s\s+basement\b
    | \b(?:nobody|no\s+one|noone)\s+asked\s+(?:{_YOU}|for\s+(?:your|ur)\s+opinion)\b
    | (?:^|(?<=[.!?,;:])\s*)learn\s+(?:how\s+)?to\s+(?:read|spell|think)\b
    | (?<!if\s)\b{_YOU}(?:\s+(?:sir|madam|guys|people))?(?:'re|\s+are|\s+r)\s+
        (?:clearly\s+|obviously\s+|really\s+|just\s+)?not\s+(?:very\s+|that\s+|too\s+|exactly\s+|
        particularly\s+|terribly\s+|overly\s+|all\s+that\s+)?(?:smart|intelligent|bright|clever|sharp|wise)
        (?=\s*(?:$|[.!?,;:]|and\b|but\b|(?:are|r)\s+(?:you|u)\b))
    | \b(?:do|can)\s+{_YOU}\s+(?:even\s+)?(?:know\s+how\s+to\s+)?(?:read|write|spell)\s*\?
    | \b(?:were|was|are)\s+{_YOU}\s+dropped\s+on\s+(?:your|ur)\s+head
        (?:\s+as\s+an?\s+(?:baby|child|kid|infant))?
    | \b{_YOU}(?:'ve|\s+have)?(?:\s+got)?\s+(?:the|an)\s+iq\s+of\s+an?\s+
        (?:houseplant|plant|rock|potato|turnip|brick|doorknob|carrot|goldfish|gnat|cabbage
        |squirrel|toddler|fence\s*post|lettuce|stone|slug)\b
    | \b(?:grow\s+up|run\s+along|are\s+{_YOU}\s+lost)
        [,.!]?\s+little\s+(?:boy|girl|man|one)\b
    | \b(?:the\s+)?(?:adults|grown[\s-]?ups)\s+are\s+talking(?=\s*(?:$|[.!?,;:]|now\b|here\b))
    | \bcrawl\s+back\s+under\s+(?:your|ur|the|that)\s+(?:rock|bridge)\b
    | \b(?:your|ur)\s+parents\s+must\s+(?:be\s+(?:so\s+|very\s+)?ashamed(?:\s+of\s+{_YOU})?
        |regret\s+having\s+{_YOU})\b
    | \b{_YOU}(?:'re|\s+are|\s+r)\s+not\s+the\s+(?:brightest|sharpest|smartest)\s+
        (?:bulb|tool|knife|crayon|pencil|light|spoon|cookie)(?:\s+(?:in|on)\s+the\s+[a-z]+)?
    )(?:\s*\?+)?
    """
)
# How far an idiom may reach from its cue, in characters.
_REACH = 90
# Every idiom has one of these words; a comment without any is not searched.
_CUES = (
    "planet",
    "a rock",
    "smoking",
    "even read",
    "even think",
    "meds",
    "how old",
    "back when",
    "basement",
    "asked you",
    "asked u",
    "asked for",
    "learn to",
    "read?",
    "write?",
    "spell?",
    "dropped on",
    "iq of",
    "little boy",
    "little girl",
    "little man",
    "little one",
    "are talking",
    "crawl back",
    "parents must",
    "learn how",
    # A compliment denied: "not" with an adverb or the adjective itself.
    "not very",
    "not that",
    "not too",
    "not exactly",
    "not particularly",
    "not terribly",
    "not overly",
    "not all that",
    "not smart",
    "not intelligent",
    "not bright",
    "not clever",
    "not sharp",
    "not wise",
    "not the bright",
    "not the sharp",
    "not the smart",
)


def condescended(norm: Normalized) -> Normalized:
    """``norm`` with each condescending idiom read as ``MEANT``; offsets still
    point at the author's characters."""
    text = norm.text
    # The idioms are short: search only around each cue, not a whole long comment.
    spans = sorted((max(0, at - _REACH), at + _REACH) for at in cues_in(text, _CUES))
    if not spans:
        return norm
    found: dict[int, tuple[int, int, str]] = {}
    lo, hi = spans[0]
    for begin, end in [*spans[1:], (len(text) + _REACH, 0)]:
        if begin <= hi:
            hi = max(hi, end)
            continue
        for m in _CONDESCENDING.finditer(text, lo, min(hi, len(text))):
            found.setdefault(m.start(), (m.start(), m.end(), MEANT))
        lo, hi = begin, end
    return replace_words(norm, sorted(found.values())) if found else norm
