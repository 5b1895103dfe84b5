"""Contempt for things, not people, read as plain dislike.

Both stages learned "hate", "disgusting" and "useless piece of junk" from
comments that aimed them at people, so a reader grumbling about the
weather or a printer scored as an abuser: "I hate Mondays so much" TOXICITY
0.92, "Honestly this soup is disgusting" 0.81, "My laptop is a useless
piece of junk" 0.97 (INSULT 0.95). Abuse needs someone to receive it.

Before either stage reads a comment, hatred of a thing ("I hate Mondays",
"I can't stand cauliflower") is read as "dislike", and contempt said of one
("this soup is disgusting", "my laptop is a useless piece of junk", "the
weather was absolutely awful") as "bad", where the thing is one of the
everyday things below: days and weather, food, machines, shows, journeys.
A swear word in it stays ("this printer is a piece of shit" is still
profane), and so does everything said of a person, a people, a policy, an
article or a newspaper: whether that is abuse is the stages' to judge.
"""

from __future__ import annotations

import re

from commentdesk.scoring.peoples import cues_in
from commentdesk.textnorm import Normalized, alternatives, replace_words

_THINGS = frozenset(
    """
    monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays
    saturday saturdays sunday sundays mornings morning weekend weekends winter winters summer
    weather rain snow wind heat humidity cold fog traffic commute commutes queue queues
    printer printers laptop laptops computer computers phone phones app apps update updates
    software wifi internet website keyboard mouse tv telly remote microwave fridge oven kettle
    car cars bus buses train trains tram trams flight flights airport lift elevator
    soup pizza coffee tea food meal meals sandwich burger burgers cauliflower broccoli sprouts
    olives mushrooms coriander cilantro celery tomatoes cheese beer wine curry pasta salad
    film films movie movies sequel episode episodes song songs album albums
    homework exam exams paperwork meetings meeting parking potholes roadworks shoes jacket
    haircut mattress couch sofa chair umbrella alarm noise smell cat cats dog dogs puppy kitten
    """.split()
)
_THING = (
    r"(?:(?:my|this|the|that|these|those|our|your|his|her|their|today's|tonight's)\s+"
    r"(?:(?:new|old|stupid|damn|bloody|whole|latest|last)\s+)?)?"
    rf"(?:{alternatives(_THINGS)})"
)
# Contempt that names no swear word: a swear word stays as written.
_CONTEMPT = (
    r"disgusting|revolting|vile|gross|garbage|trash|junk|rubbish|useless|pathetic|stupid|dumb"
    r"|worthless|awful|terrible|horrible|dreadful|hideous|a\s+(?:bad\s+)?joke|a\s+disgrace"
    r"|a\s+nightmare|piece\s+of\s+(?:junk|garbage|trash|rubbish)|insane|ridiculous|a\s+(?:little\s+)?monster"
    r"|a\s+(?:little\s+)?devil|(?:a\s+)?waste\s+of\s+(?:money|time|space)"
)
_DEGREE = (
    r"so|such|absolutely|utterly|totally|completely|really|just|truly|an?|complete|total|utter|little"
    r"|useless|worthless|pathetic|stupid|disgusting|awful|terrible|horrible"
)
# The thing opens its clause, so it is what the contempt is said of ("disabled
# people on tv are pathetic" is not said of the television).
_OPENS = (
    r"(?:^|(?<=[.,;:!?\"])\s*|\b(?:and|but|so|because|honestly|ugh|god|man|omg|lol|seriously|tbh"
    r"|frankly|today|tonight)\s+)"
)
_SAID_OF = re.compile(
    rf"{_OPENS}{_THING}\s+(?:is|are|was|were|'s|'re|tastes|taste|tasted|looks|look|looked|smells|smelt"
    rf"|smelled)\s+(?P<contempt>(?:(?:{_DEGREE})\s+)*(?:{_CONTEMPT}))\b"
)
_HATED = re.compile(
    r"\b(?:i|we)\s+(?:(?:really|absolutely|just|so|truly|honestly|do)\s+)*"
    r"(?P<hate>hate|despise|loathe|detest|can't\s+stand|cannot\s+stand|can\s+not\s+stand)\s+"
    # The thing ends its phrase: not "the traffic wardens", "the bus drivers".
    rf"(?={_THING}(?:\s*(?:$|[.,!?;:])|\s+(?:so|too|very|anymore|today|now|again|already|in|on|at"
    r"|when|because|and|but|or|more|with|every|all|right|here|there|lately|much|though)\b))"
)
# Every reading names one of these things and one of these cues: most
# comments are settled by the two scans.
_ANY_THING = re.compile(rf"(?<![a-z])(?:{alternatives(_THINGS)})(?![a-z])")
_CUES = (
    "hate", "despise", "loathe", "detest", "stand", "disgusting", "revolting", "vile", "gross",
    "garbage", "trash", "junk", "rubbish", "useless", "pathetic", "stupid", "dumb", "worthless",
    "awful", "terrible", "horrible", "dreadful", "hideous", "joke", "disgrace", "nightmare",
    "insane", "ridiculous", "monster", "devil", "waste of",
)  # fmt: skip


def of_things(norm: Normalized) -> Normalized:
    """``norm`` with hatred of an everyday thing read as "dislike" and
    contempt said of one as "bad"; offsets still point at the author's
    characters."""
    text = norm.text
    if next(cues_in(text, _CUES), None) is None or not _ANY_THING.search(text):
        return norm
    found = [(*m.span("hate"), "dislike") for m in _HATED.finditer(text)]
    found += [(*m.span("contempt"), "bad") for m in _SAID_OF.finditer(text)]
    found.sort()
    return replace_words(norm, found) if found else norm
