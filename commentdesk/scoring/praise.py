"""Praise of a person or a people, read as the appreciation it is.

Short sentences are rare in the corpora, and the project's templates teach
"{Many} are {claim}" as an identity attack, so both stages learned the
frame of a description, not what it says. Bare praise read as abuse: of
73 compliments said to the reader ("You are smart.", "You are a good
mother.") 30 scored TOXICITY 0.5 or more ("You're a genius." 0.97, "You
are insightful." 0.94), and of 120 positive statements about ten peoples
("Muslims are so smart.", "Women are geniuses.", "Gay people are a gift to
this country.") 30 did ("Muslims are so smart." 0.91). A reader thanking a
reporter, or a comment welcoming a people, must not be held for it.

Before either stage reads a comment, a description of a person or a people
made only of praise after a verb of being ("you are so smart", "the mayor is
a good man", "women are heroes", "Muslims are a gift to this country", "she
is kind and generous") is read as "appreciated", which neither stage takes
for abuse. Praise of a thing or a deed ("any way we can get rid of him is
good") is read as written. Nothing is read where the clause denies or doubts
it ("you are not smart", "I don't think you're a genius"), where the praise
goes on ("smart for a woman", "so smart with money", "a genius at lying") or
asks ("you're so smart?"), where a tag or a "not" takes it back ("you're a
genius, aren't you", "so smart... not", "/s"), where someone else believes
or claims it ("he thinks he is smart"), nor where a word of the description
is no praise ("a good liar"): those read as written, and condescension
("learn to read, genius") is read by ``commentdesk.scoring.condescension``.
"""

from __future__ import annotations

import re

from commentdesk.scoring.cues import any_cue, cues_of
from commentdesk.scoring.grants import doubted
from commentdesk.scoring.names import MEMBER_STAND_IN, OFFICE_STAND_IN, PRESS_STAND_IN, STAND_IN
from commentdesk.scoring.peoples import people_before
from commentdesk.textnorm import Normalized, replace_words

# Words that only praise whoever they describe. Not "clever", "cunning" or
# "shrewd": said of a people they are an old trope ("Jews are clever"). Not
# "right" or "correct": agreement ("maybe they're right"), which both stages
# read as it is.
_ADJECTIVES = (
    "smart|kind|brilliant|wise|honest|generous|funny|thoughtful|fair|brave"
    "|strong|talented|helpful|polite|nice|lovely|beautiful|amazing|awesome|wonderful|great"
    "|good|patient|careful|insightful|reasonable|sensible|intelligent|articulate|gracious"
    "|caring|humble|sweet|respectful|knowledgeable|gifted|hard-?working|decent|admirable"
    "|inspiring|courageous|compassionate|loving|friendly|warm|welcoming|fantastic|excellent"
    "|outstanding|incredible|marvell?ous|remarkable|extraordinary|terrific|superb|gorgeous"
    "|handsome|cute|adorable|charming|delightful|witty|creative|resilient|dedicated|loyal"
    "|trustworthy|reliable|considerate|open-?minded|well-?informed"
)
# Nouns that praise on their own: "a genius", "heroes", "a gift to this country".
_NOUNS = (
    "geniuses|genius|heroes|hero|legends?|gems?|stars?|saints?|treasures?|inspirations?"
    "|gifts?|blessings?|assets?|credit|champions?|angels?|role\\s+models?|sweethearts?"
    "|rock\\s*stars?|national\\s+treasures?"
)
# Nouns that need a word of praise before them: "a good man", "great neighbours".
_ROLES = (
    "person|people|man|men|woman|women|mothers?|fathers?|parents?|friends?|writers?|neighbou?rs?"
    "|citizens?|human(?:\\s+beings?)?|souls?|teachers?|doctors?|nurses?|leaders?|guys?|kids?"
    "|famil(?:y|ies)|folks?|reporters?|journalists?|students?|workers?|members?|colleagues?"
    "|reader|readers|communit(?:y|ies)|addition"
)
_DEGREE = (
    r"(?:(?:so|very|really|truly|incredibly|absolutely|genuinely|remarkably|extremely|super"
    r"|quite|just|always|also|too|such|unbelievably|amazingly|exceptionally)\s+)*"
)
_ONE_WORD = rf"{_DEGREE}(?:{_ADJECTIVES})"
_PRAISED_NOUN = (
    rf"(?:(?:a|an|the|my|our|such\s+an?|one)\s+)?(?:(?:true|real|absolute|total|{_ONE_WORD})\s+)*"
    rf"(?:(?:{_NOUNS})(?:\s+to\s+(?:this|our|the|us|all|society|everyone|humanity)"
    rf"(?:\s+(?!and\b|but\b)[a-z]+)?)?"
    rf"|(?:{_ONE_WORD})\s+(?:{_ROLES}))"
)
_ONE = rf"(?:{_PRAISED_NOUN}|{_ONE_WORD})"
_PRAISE = re.compile(
    rf"""(?x)
    (?:\b(?:is|are|was|were|am|r)|(?<=[a-z])'(?:re|s|m))\s+
    (?P<praise>{_ONE}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_ONE})*)
    # the clause ends with it: a full stop, a comma, "and"/"but", or the end
    (?=\s*(?:[.!,;:)\n]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|\s(?:and|but)\b))
    """
)
# What takes the praise back right after it: a tag question, a "not", a
# sarcasm mark.
TAKEN_BACK = re.compile(
    r"[\s.!,]*(?:aren't\s+you|are\s+you|isn't\s+(?:he|she|it)|right\s*\?|huh|eh\b|not\b|/s\b"
    r"|lol\b|lmao\b|said\s+no\s*one|yeah\s+right|in\s+your\s+dreams)"
)


# Whom praise is of: someone pointed at or named, or a people. Praise of
# a thing or a deed ("any way we can get rid of him is good") reads as written.
PERSONS = frozenset(
    """
    you u ya he she they we i who y'all guys folks everyone everybody man woman men women guy
    girl boy kid kids wife husband son daughter mom mum dad mother father brother sister friend
    friends family boss mayor author writer reporter journalist editor columnist president
    senator governor minister premier teacher doctor nurse coach player neighbour neighbor
    """.split()
) | {STAND_IN, MEMBER_STAND_IN, OFFICE_STAND_IN, PRESS_STAND_IN}
# Between the subject and its verb: "you really are", "you guys are".
_BETWEEN = frozenset("really truly all both certainly definitely guys still always".split())


# Praise someone else believes, claims or pretends ("he thinks he is smart",
# "she acts like she is a genius"): no praise of the author's.
_BELIEVED = re.compile(
    r"\b(?!i\b|we\b)[a-z']+\s+(?:thinks|thought|believes|believed|claims|claimed|pretends"
    r"|pretended|imagines|imagined|acts\s+like|acted\s+like|says|said)\s+(?:that\s+)?[a-z']+\s*$"
)


# Every word of praise begins with one of these: most comments hold none, and
# one pass says so, where the pattern, tried at every verb, cost 20 us a comment.
_CUES = cues_of(f"{_ADJECTIVES}|{_NOUNS}")


def praised(norm: Normalized) -> Normalized:
    """``norm`` with each description of a person or a people made only of
    praise read as "appreciated"; offsets still point at the author's
    characters."""
    text = norm.text
    if not any_cue(text, _CUES):
        return norm
    found = []
    for m in _PRAISE.finditer(text):
        if not _of_someone(text, m.start()):
            continue
        if doubted(text, m.start()) or TAKEN_BACK.match(text, m.end()):
            continue
        if _BELIEVED.search(text, max(0, m.start() - 60), m.start()):
            continue
        found.append((m.start("praise"), m.end("praise"), "appreciated"))
    return replace_words(norm, found) if found else norm


def _of_someone(text: str, verb: int) -> bool:
    """Whether the subject of the verb at ``text[verb]`` is a person or a people."""
    if text[verb] == "'":  # "you're", "he's": the word the verb is glued to
        return text[text.rfind(" ", 0, verb) + 1 : verb] in PERSONS
    words = text[max(0, verb - 40) : verb].split()
    while len(words) > 1 and words[-1] in _BETWEEN:
        words.pop()
    if not words:
        return False
    if words[-1] in PERSONS:
        return True
    end = text.rfind(words[-1], 0, verb) + len(words[-1])
    return people_before(text, end) is not None
