"""What the reader is, said plainly, read as the plain statement it is.

Readers tell each other what they are: "You are a mother, so you know how
hard this is", "You're a farmer, you know the drought is real", "You are a
taxpayer too", "Are you a nurse?". In the corpora "you are a ..." is nearly
always followed by an insult, so both stages learned the frame and not the
word after it: "You are a mother." scored TOXICITY 0.88, "You are a
reporter." 0.94, "You are a taxpayer too, so this affects you." 0.89, "Are
you a farmer?" 0.83, while "You are a member of the public." scored 0.04.
Party and viewpoint labels scored apart by side: "You're a liberal." 0.95,
"You're a conservative." 0.76, "You are a Democrat." 0.93. Naming what
someone is, or which side they take, is no insult, for any side.

Before either stage reads a comment, a role said of the reader after a verb
of being, with nothing but a plain word before it ("you are a retired
teacher", "you are a registered Republican", "are you a farmer?", "you guys
are taxpayers") and nothing after it but the end of its clause, is read as
"a member" ("members"). Nothing is read where the role is belittled ("you
are just a farmer"), doubted or denied ("you are not a journalist", "I
don't think you're a teacher"), asked in disbelief ("you're a journalist?",
"a teacher, right?"), qualified ("a liberal hack", "a mother's worst
nightmare", "a teacher who can't spell" keeps what follows), nor for words
said of the reader as insults as often as not ("a child", "a politician",
"a fascist"): those read as written. An identity ("you are a Muslim") is
left to both stages, which learned those words from the templates.
"""

from __future__ import annotations

import re

from commentdesk.scoring.cues import cue_windows, cues_of
from commentdesk.scoring.grants import doubted
from commentdesk.scoring.names import MEMBER_STAND_IN, OFFICE_STAND_IN, PRESS_STAND_IN
from commentdesk.scoring.praise import TAKEN_BACK
from commentdesk.textnorm import Normalized, replace_words

# What a reader may be, as a reader says it of another: family, work, a
# place in the community, a side taken. Singular stems; each takes an "s".
# Not "child", "kid", "baby", "boy" or "girl" (belittling said to an adult),
# "politician", "lobbyist", "activist" or "lawmaker" (a reproach as often
# as a job), nor a label that is itself the insult ("fascist", "commie").
_FAMILY = (
    "mother|father|mom|mum|dad|parent|grandmother|grandfather|grandparent|grandma|grandpa"
    "|granny|wife|husband|son|daughter|sister|brother|aunt|uncle|widow|widower|stepmother"
    "|stepfather|stepmom|stepdad|godmother|godfather|homeowner|homemaker|renter|tenant|landlord"
    "|caregiver|carer"
)
_WORK = (
    "teacher|doctor|nurse|lawyer|attorney|farmer|rancher|engineer|scientist|reporter|journalist"
    "|editor|writer|columnist|author|student|professor|lecturer|researcher|accountant|pharmacist"
    "|dentist|mechanic|electrician|plumber|carpenter|builder|firefighter|paramedic|cop"
    "|police\\s+officer|officer|soldier|veteran|vet|sailor|pilot|driver|trucker|banker|economist"
    "|historian|programmer|developer|designer|architect|chef|cook|baker|waiter|waitress"
    "|bartender|cashier|clerk|librarian|pastor|priest|rabbi|imam|nun|therapist|counsell?or"
    "|psychologist|psychiatrist|surgeon|physician|veterinarian|musician|artist|photographer"
    "|retiree|pensioner|business\\s+owner|small\\s+business\\s+owner|entrepreneur|shopkeeper"
    "|fisherman|fisher|miner|midwife|social\\s+worker|worker|volunteer|coach|athlete|referee"
    "|nanny|janitor|contractor|consultant|manager|employee|employer|analyst|statistician"
    "|biologist|chemist|physicist|doctor\\s+of\\s+medicine|epidemiologist|civil\\s+servant"
)
_COMMUNITY = (
    "citizen|voter|taxpayer|resident|subscriber|reader|commenter|member|neighbou?r|local"
    "|customer|consumer|patient|commuter|cyclist|motorist|shareholder|investor|donor|fan"
    "|supporter|parishioner|churchgoer|alumnus|graduate|hunter|gun\\s+owner"
)
_SIDES = (
    "liberal|conservative|progressive|libertarian|moderate|centrist|independent|socialist"
    "|capitalist|leftist|right-?winger|left-?winger|environmentalist|unionist|democrat"
    f"|republican|{MEMBER_STAND_IN}|{OFFICE_STAND_IN}|{PRESS_STAND_IN}"
)
_ROLES = f"{_FAMILY}|{_WORK}|{_COMMUNITY}|{_SIDES}"
# Plain words a reader puts before a role: "a retired teacher", "a
# registered Republican". Not "just", "only", "real", "true", "so-called",
# "wannabe": they belittle or doubt it.
_PLAIN = (
    r"(?:(?:retired|former|working|single|new|young|older|local|registered|lifelong|fellow"
    r"|proud|practicing|practising|devout|full-?time|part-?time|first-?time|licensed|small-?town"
    r"|rural|stay-?at-?home|married|divorced|long-?time|longtime|committed|card-?carrying"
    r"|school|family|dairy|nurse|union)\s+)*"
)
# Words between the verb and the role that leave it plain: "you are clearly
# a liberal", "you are also a taxpayer".
_BETWEEN = r"(?:(?:also|clearly|obviously|probably|definitely|certainly|both|all|still)\s+)*"
_ROLE = re.compile(
    rf"""(?x)
    (?:(?<![a-z'])(?:you|ya|y'all)(?:\s+(?:guys|all|both|two|folks))?\s+(?:are|were)
      |(?<![a-z'])(?:you're|youre)
      |(?<![a-z'])(?:are|were|aren't)\s+you(?:\s+(?:guys|all|both))?)
    \s+{_BETWEEN}
    (?:(?P<one>(?:a|an)\s+{_PLAIN}(?:{_ROLES}))|(?P<many>{_PLAIN}(?:{_ROLES})s))
    # nothing after it but the end of its clause: a stop, a comma, a
    # conjunction, or a phrase saying where or of what
    (?=\s*(?:[.!,;:)\n]|$|\?|[\U0001F300-\U0001FAFF\u2600-\u27BF]
      |\s(?:and|but|so|too|as\s+well|yourself|yourselves|of|in|at|for|from|with|like
        |now|then|here|there|since|by|on|when|if|because|myself|or\s+not)\b))
    """
)


# Every role begins with one of these: most comments hold none, and one pass
# says so.
_CUES = cues_of(_ROLES)


# Fallibility forgiven: "You're only human." scored TOXICITY 0.85 and
# "Nobody's perfect, you're only human after all" 0.75 (the frame again, and
# "only"); read as the plain "a member" ("members" of "we", "they"); revision 174.
_ONLY_HUMAN = re.compile(
    r"(?<![a-z'])(?:(?P<one>you're|youre|you\s+are|he's|he\s+is|she's|she\s+is|i'm|i\s+am)"
    r"|(?:we're|we\s+are|they're|they\s+are))\s+(?:all\s+)?(?P<human>(?:only|just|but)\s+human)"
    r"(?:\s+beings?)?(?![a-z])"
)


def plainly(norm: Normalized) -> Normalized:
    """``norm`` with each role said plainly of the reader read as "a member"
    ("members"), and "only human" as the same; offsets still point at the
    author's characters."""
    text = norm.text
    found = []
    if " human" in text:
        found += [
            (*m.span("human"), "a member" if m.group("one") else "members")
            for m in _ONLY_HUMAN.finditer(text)
        ]
    for m in _near_cues(text):
        asked = text.startswith(("are", "were", "aren't"), m.start())
        after = text[m.end() :].lstrip()
        if after.startswith("?") and not asked:  # "you're a journalist?": disbelief
            continue
        if doubted(text, m.start()) or TAKEN_BACK.match(text, m.end()):
            continue
        if m.group("one"):
            found.append((m.start("one"), m.end("one"), "a member"))
        else:
            found.append((m.start("many"), m.end("many"), "members"))
    return replace_words(norm, sorted(found)) if found else norm


# How far before a role's first letter its verb may begin, and after it how
# far the pattern must see to know where its clause ends.
_BEFORE, _AFTER = 90, 60


def _near_cues(text: str) -> list[re.Match[str]]:
    """Each match of ``_ROLE`` in ``text``, searched only around the cues: over
    the whole of every comment with a "son" or a "fan" in it, the pattern
    cost 13 us a comment."""
    if "you" not in text and "ya" not in text and "y'all" not in text:
        return []  # said to no reader: most comments, found faster than any cue
    matches: dict[int, re.Match[str]] = {}
    for lo, hi in cue_windows(text, _CUES, _BEFORE, _AFTER, word_start=True):
        if text.find("y", lo, hi) < 0:
            continue  # no "you", "ya" or "y'all" near it
        for m in _ROLE.finditer(text, lo, hi):
            matches.setdefault(m.start(), m)
    return [matches[k] for k in sorted(matches)]
