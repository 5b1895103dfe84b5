"""A danger warned of, read as the risk it names.

Local news threads are full of warnings: "These drivers are going to kill
someone on that road", "That intersection is going to kill somebody one
day", "If they close the ER, people will die", "It's only a matter of time
before someone gets killed there". Both stages learned threats from "kill",
"die" and "get hurt", and read the warning as one: "These drivers are
going to kill someone on that road." scored THREAT 0.86 (the default policy
rejected it), "Somebody will get hurt if they don't fix the stairs." 0.95,
"That dog is going to kill someone." 0.89; of 20 such warnings 11 were
held or rejected. A reader asking for a crossing to be fixed must not be
treated as one threatening to kill.

Before either stage reads a comment, harm foretold for someone nobody names
("someone", "a kid", "people", "pedestrians"), by a thing, a place or a
third party ("these drivers are going to kill someone", "that bridge will
hurt somebody"), is read as "endanger"; the same harm said of the victim
("someone will die", "a kid is going to get hurt", "before someone gets
killed") as "be at risk" ("is at risk"). Nothing is read where the author or
the reader is the one who harms ("I'm going to kill someone", "you'll hurt
someone"), where a people is ("immigrants are going to kill someone": an
old slander, read as written), where it is wished or promised ("I hope
someone gets killed", "I'll make sure someone gets hurt", "someone should
kill those drivers": not foretold), nor where the sentence speaks to the
reader ("keep talking and someone will get hurt", "someone will die and it
will be you": a veiled threat is read by ``commentdesk.scoring.veiled``).
Safety wished in the words of harm denied ("I hope no one gets killed at
that junction", "hope she doesn't die out there in the cold") is read as
"be at risk" or "stay safe" (revision 152), and harm counted of those it
befalls ("men are twice as likely as women to die by suicide",
"transgender people are murdered at alarming rates") as "at risk"
(revision 158); never what they are said to do ("...more likely to kill").
"""

from __future__ import annotations

import re

from commentdesk.scoring.cues import any_cue
from commentdesk.scoring.peoples import people_before
from commentdesk.textnorm import Normalized, replace_words

# Whom a warning is about: someone nobody names.
_VICTIM = (
    r"(?:someone|somebody|some\s+one|anyone|anybody|people|innocent\s+people|more\s+people"
    r"|kids|children|pedestrians|cyclists|bikers|students|drivers|motorists|walkers|joggers"
    r"|(?:a|some|another|an\s+innocent)\s+(?:kid|child|person|pedestrian|cyclist|biker|student"
    r"|driver|motorist|family|jogger|walker|toddler|teenager|senior))"
)
# What is foretold, not wished: "will", "is going to", "could".
_FORETOLD = (
    r"(?:will|'ll|(?:is|are|'s|'re)\s+(?:going\s+to|gonna|bound\s+to|likely\s+to)|could|might|may)"
    r"\s+(?:(?:eventually|definitely|probably|actually|seriously|really|certainly|surely|soon)\s+)*"
)
# A thing or someone else harming someone: "...are going to kill someone".
_HARMS = re.compile(
    rf"\b{_FORETOLD}(?P<verb>kill|hurt|injure|maim|run\s+over|run\s+down)\s+{_VICTIM}"
    r"(?![a-z'])"
)
# Someone nobody names coming to harm: "someone will die", "before someone
# gets killed".
_HARMED = re.compile(
    rf"""(?x)
    (?:(?P<when>\b(?:before|until|till|unless|once|when|if|after)\s+(?:finally\s+)?))?
    (?<![a-z']){_VICTIM}\s+
    (?:{_FORETOLD}(?P<will>die|(?:get|be)\s+(?:seriously\s+|badly\s+)?(?:killed|hurt|injured|shot
        |run\s+over|hit))
      |(?P<gets>dies|(?:gets|is)\s+(?:seriously\s+|badly\s+)?(?:killed|hurt|injured|shot|run\s+over
        |hit)))
    (?![a-z'])
    # no one named who does it ("...will be hurt by Muslim terrorists"): that
    # may be a slander of a people, read as written
    (?![^.!?;\n]*\bby\b)
    """
)
# A policy foretold to harm those it touches, a people too: "abortion bans
# will kill women who need emergency care" (THREAT 0.54, TOXICITY 0.94),
# "these cuts are going to kill pensioners". Both sides of every such
# argument say it; the harm is the policy's, no one's threat.
_POLICY_HARMS = re.compile(
    r"\b(?:bans?|laws?|bills?|cuts?|polic(?:y|ies)|plans?|closures?|reforms?|shortages?|budgets?"
    r"|mandates?|restrictions?|sanctions?|tariffs?|waiting\s+lists?|delays?)\s+"
    rf"{_FORETOLD}(?P<verb>kill|hurt|harm)\s+"
    r"(?=(?:more\s+|many\s+|thousands\s+of\s+|the\s+)?(?:women|girls|mothers|patients|babies|children"
    r"|kids|families|workers|people|poor|elderly|seniors|pensioners|veterans|sick|homeless|refugees"
    r"|migrants|immigrants|farmers|miners|students)\b)"
)
# Safety wished, the harm denied: "I hope no one gets killed at that
# junction" (THREAT 0.47), "hope she doesn't die out there in the cold"
# (TOXICITY 0.65), "I hope you don't die on that road, it is dangerous"
# (THREAT 0.56): the words of a death wish with a "no" in them, read as
# "be at risk" (no one) or "stay safe" (someone).
_SPARED = re.compile(
    r"\b(?:hope|hoping|pray|praying)\s+(?:to\s+god\s+)?(?:that\s+)?"
    r"(?:(?:nobody|no\s+one|no-one|noone|none\s+of\s+(?:them|you|us))\s+(?P<none>dies|(?:gets|is|was|were)\s+"
    r"(?:seriously\s+|badly\s+)?(?:killed|hurt|injured|shot))"
    r"|[a-z]+\s+(?P<not>(?:don't|doesn't|dont|doesnt|won't|wont|will\s+not|never)"
    r"\s+(?:die|get\s+(?:seriously\s+|badly\s+)?(?:killed|hurt|injured|shot))))(?![a-z'])"
)
_STAYS = {"he": "stays safe", "she": "stays safe"}
# Harm counted, not wished: "Men are twice as likely as women to die by
# suicide" (TOXICITY 0.92), "transgender people are murdered at alarming
# rates" (SEVERE_TOXICITY 0.74): a statistic of those harmed, read as "at
# risk". Only what befalls them ("...likely to be killed"), never what they
# are said to do ("...more likely to kill").
_COUNTED = re.compile(
    r"\b(?:more|less|twice\s+as|(?:three|four|five|ten)\s+times\s+(?:as|more)|as|most|least)\s+likely"
    r"(?:\s+than\s+[a-z]+(?:\s+[a-z]+)?|\s+as\s+[a-z]+(?:\s+[a-z]+)?)?\s+to\s+"
    r"(?P<likely>die(?:\s+by\s+suicide|\s+young|\s+early|\s+in\s+custody)?|be\s+(?:killed|murdered|bullied"
    r"|attacked|assaulted|harassed|abused|beaten|hurt|injured|raped|shot|stabbed|harmed)|take\s+their\s+own"
    r"\s+lives|kill\s+themselves)\b"
    r"|\b(?:are|is|were|was|get|gets|got)\s+(?P<rates>killed|murdered|attacked|assaulted|harassed|bullied|beaten"
    r"|raped|shot|stabbed)\s+at\s+(?:alarming|high|higher|record|shocking|staggering|disproportionate)\s+rates\b"
)
# The harm comes from the author or the reader: a threat, not a warning.
_AUTHOR_OR_READER = frozenset("i im we you u ya they y'all".split())
# A wish or a promise earlier in the sentence: "I hope someone gets killed",
# "I'll make sure someone gets hurt". ("Someone should kill them" has no
# word that foretells, and "the city should fix it before someone gets
# killed" warns.)
_WISHED = re.compile(
    r"\b(?:hope|hoping|wish|pray|praying|want|wants|make\s+sure|see\s+to\s+it|guarantee|promise"
    r"|swear|let|deserves?|can't\s+wait)\b"
)
# The sentence speaks to the reader: "keep talking and someone will get hurt".
_TO_THE_READER = re.compile(r"\b(?:you|your|yours|u|ya|yourself|keep|continue)\b")
_SENTENCE = re.compile(r"[.!?;\n]")
# Each a word's start: "die" alone is in "soldier" and "audience".
_CUES = (" kill", " hurt", " injur", " maim", " run over", " run down", " die", " shot", " hit")
_OPENING = tuple(cue[1:] for cue in _CUES)  # the same words opening the comment


def warned(norm: Normalized) -> Normalized:
    """``norm`` with each danger foretold for someone nobody names read as
    "endanger" or "be at risk"; offsets still point at the author's
    characters."""
    text = norm.text
    counted = "likely" in text or " rates" in text
    if not (counted or any_cue(text, _CUES) or text.startswith(_OPENING)):  # the cues open words
        return norm
    found = []
    for m in _HARMS.finditer(text):
        if _foretold(text, m) and _by_a_thing(text, m.start()):
            found.append((m.start("verb"), m.end("verb"), "endanger"))
    found += [(*m.span("verb"), "endanger") for m in _POLICY_HARMS.finditer(text)]
    for m in _HARMED.finditer(text):
        if not _foretold(text, m):
            continue
        if m.group("will"):
            found.append((m.start("will"), m.end("will"), "be at risk"))
        elif m.group("when"):  # "before someone gets killed"; not "someone gets killed"
            found.append((m.start("gets"), m.end("gets"), "is at risk"))
    if "hop" in text or "pray" in text:
        for m in _SPARED.finditer(text):
            if m.group("none"):
                found.append((*m.span("none"), "is at risk"))
            else:
                who = text[: m.start("not")].split()[-1]
                found.append((*m.span("not"), _STAYS.get(who, "stay safe")))
    if counted:
        for m in _COUNTED.finditer(text):
            if m.group("likely"):
                found.append((*m.span("likely"), "be at risk"))
            else:
                found.append((*m.span("rates"), "at risk"))
    found = sorted(set(found))
    return replace_words(norm, found) if found else norm


def _foretold(text: str, m: re.Match[str]) -> bool:
    """Whether the harm at ``m`` is foretold: nothing in its sentence wishes,
    promises or speaks to the reader."""
    begin = max((s.end() for s in _SENTENCE.finditer(text, 0, m.start())), default=0)
    end = _sentence_end(text, m)
    return not _WISHED.search(text, begin, m.start()) and not _TO_THE_READER.search(
        text, begin, end
    )


def _sentence_end(text: str, m: re.Match[str]) -> int:
    end = _SENTENCE.search(text, m.end())
    return end.start() if end else len(text)


def _by_a_thing(text: str, modal: int) -> bool:
    """Whether the one who harms, before ``text[modal]``, is a thing, a place or
    a third party: not the author, the reader, nor a people."""
    # ("they're going to...": the pattern begins at the "'re", after "they")
    before = text[:modal].rstrip()
    words = re.findall(r"[a-z']+", before[-60:])
    if not words or words[-1] in _AUTHOR_OR_READER:
        return False
    return people_before(text, len(before)) is None
