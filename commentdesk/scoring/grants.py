"""A right or a life granted to people, read as the welcome it is.

The project's templates teach "{Many} should not be allowed to live here"
as an identity attack, and the corpora teach "you don't deserve to live" as
a threat. Both stages learned the words of the grant themselves from them,
negation or not, so the opposite sentence read as the attack: of 140
sentences "{people} should be allowed to {give blood, serve, vote, run for
office...}" 77 scored TOXICITY 0.5 or more ("Gay people should be allowed
to give blood" 0.93, the exact template "...to adopt children" 0.00: the
stages learned the template, not the grant). "Trans people should be free
to live their lives" scored 0.98 (IDENTITY_ATTACK 0.78), "Everyone deserves
to live" 0.93, "Live and let live" 0.96, "I want to live my life" 0.86,
"Black lives matter" SEVERE_TOXICITY 0.57. A thread about rights, refugees
or a funeral is full of such sentences, and a newsroom must let both sides
of the argument through.

Before either stage reads a comment, a right granted to a people ("gay
people should be allowed to", "women have every right to", "immigrants are
free to") is read as "are welcome to" (3 of the 140 then score 0.5 or
more); "live" that is granted, deserved, wanted or let ("free to live",
"deserves to live", "let them live", "live and let live") as "thrive";
living one's life ("live their lives", "live a normal life") as enjoying
it; and "lives matter" as "people matter". Nothing is read where the clause
before it denies or doubts it ("don't deserve to live", "I don't think
women should be allowed to...", "why would they let them live?", "only we
deserve to live"), where what is granted is to leave or to suffer
("Muslims are free to leave", "should be allowed to be deported"), nor
where the life wished is a misery or a slur ("deserves to live in fear",
"want to live like animals", "live off welfare", "live a miserable life"):
those read as written. A people denied a right ("...should not be allowed
to vote") is an opinion the stages judge as they learned it.
"""

from __future__ import annotations

import re

from commentdesk.scoring.cues import any_cue
from commentdesk.scoring.peoples import of_them_all, people_before
from commentdesk.textnorm import Normalized, replace_words

# What grants or wants someone's living: "free to live", "deserves to
# live", "the right to live".
_GRANTED = (
    r"(?:free|allowed|able|entitled|deserves?|deserved|deserving|want|wants|wanted|wish|wishes"
    r"|right|rights|chance|freedom|opportunity|permitted|welcome)\s+to"
)
# A right granted to whoever is named before it: "(gay people) should be
# allowed to", "(women) have every right to", "(immigrants) are free to".
_GRANT = re.compile(
    r"""(?x)
      \s(?:(?:should|must|shall|ought\s+to)(?:\s+(?:also|still|always|surely|certainly|absolutely))?
          \s+(?:be\s+(?:allowed|able|free|permitted|entitled)|get|have\s+(?:the|every|a|an\s+equal)\s+right)
        |(?:have|has)\s+(?:(?:the|every|a|an\s+equal)\s+)right
        |are\s+(?:(?:also|still|perfectly|completely|totally)\s+)?(?:allowed|free|entitled))
      \s+to\s
    """
)
# What a grant may not be: to leave, to be silent or to suffer ("Muslims
# are free to leave", "...free to drown in the sea", "...free to shut up"),
# anything done to them ("should be allowed to be deported"), or harm they
# may do to others ("...the right to refuse them service").
_UNWELCOME = re.compile(
    r"(?:leave|go|get|die|suffer|rot|starve|burn|hang|be|fuck|piss|return|self-deport"
    r"|emigrate|pack|move\s+(?:back|away|out)|stay\s+(?:away|out|home|in\s+their)|kill|shoot|hate"
    r"|force|deny|refuse|discriminate|exclude|ban|harm|hurt|attack|drown|disappear|vanish|perish"
    r"|crawl|swim|shut|choke|jump|drop|bleed|sink|freeze|suffocate|cry|beg|keep\s+(?:out|quiet)"
    r"|stop|quit|try\s+(?:living|their\s+luck)\s+elsewhere)\b"
)
# A grant with a condition that takes it back ("...allowed to vote only if
# they pass a test", "...free to pray, in their own countries"): as written
# ("...keep driving if they pass the test" is no such condition).
_CONDITIONED = re.compile(
    r"[^.!?\n]*?\b(?:only\s+(?:if|when|after|once)|in\s+their\s+own|back\s+home|somewhere\s+else"
    r"|elsewhere)\b"
)
_GRANT_CUES = (
    "allowed to",
    "able to",
    "free to",
    "permitted to",
    "right to",
    "entitled to",
    "get to",
)
# Whom "let" lets: "let them live", "let people live", "let gay people live".
_LET_WHOM = (
    r"(?:me|us|him|her|them|you|people|everyone|everybody|others|folks|(?:[a-z]+\s+){1,2}people)"
)
# A life wished that is a misery, or a stereotype ("live off welfare",
# "live like animals"): read as written.
_MISERY = (
    r"in\s+(?:fear|terror|misery|agony|pain|shame|hell|a\s+cage|cages|chains|poverty|squalor"
    r"|the\s+gutter|a\s+ditch|sewers?|a\s+hole|torment|regret)\b|like\s|off\b|long\s+enough"
    r"|to\s+(?:regret|see|tell)\b|with\s+(?:the\s+)?(?:guilt|shame|consequences)"
)
_SAD = (
    r"miserable|wretched|short|painful|lonely|pathetic|sad|worthless|meaningless|useless|empty"
    r"|hellish|horrible|awful|terrible|brutal|shameful|pitiful"
)
# A life lived: "their lives", "a normal life", "my own life".
_LIFE = re.compile(
    r"\s+(?:out\s+)?(?:my|your|his|her|our|their|its|a|an|one's)\s+"
    r"(?P<words>(?:[a-z'-]+\s+){0,3}?)(?:own\s+)?(?:life|lives)\b"
)
_LIVING = re.compile(
    rf"""(?x)
      # "live and let live": both read as "thrive".
      \b(?P<motto1>live)\s+and\s+let\s+(?P<motto2>live)\b
      # granted or let: "free to live", "let them live"
    | \b(?:let|lets|letting|allow|allows|allowing)\s+{_LET_WHOM}\s+(?P<let>live)\b
    | \b(?:{_GRANTED})\s+(?P<granted>live)\b
      # living one's life: "live their lives", "live a normal life"
    | \b(?P<life>live|lives|living|lived)(?={_LIFE.pattern})
      # "black lives matter", "all lives matter"
    | \b(?P<matter>lives)\s+(?=matters?\b)
    """
)
# "live up to", "live down": not a life.
_WRETCHED = re.compile(rf"\s+(?:{_MISERY}|up\b|down\b)")
_SAD_WORD = re.compile(rf"\b(?:{_SAD})\b")
_ENJOY = {"live": "enjoy", "lives": "enjoys", "living": "enjoying", "lived": "enjoyed"}
# Words that deny or doubt what follows in their clause ("don't deserve to
# live", "why would they let them live?", "only we deserve to live").
_DOUBT = re.compile(
    r"\b(?:not|no|never|nobody|none|neither|nor|only|why|cannot|without|hardly|barely"
    # and the same typed without an apostrophe: "they dont deserve to live"
    r"|dont|doesnt|didnt|cant|wont|shouldnt|wouldnt|couldnt|isnt|arent|aint|mustnt)\b|n't\b"
)
# Where a clause begins: its denial does not reach past these.
_CLAUSE = re.compile(r"[.!?;:,]|\bbut\b|\band\b")


def granted(norm: Normalized) -> Normalized:
    """``norm`` with each right granted to a people read as a welcome and
    each wish that people live as a wish that they thrive; offsets still
    point at the author's characters."""
    text = norm.text
    found = _welcomed(text) if any_cue(text, _GRANT_CUES) else []
    if "liv" in text:
        found += _lived(text)
    return replace_words(norm, sorted(found)) if found else norm


def _welcomed(text: str) -> list[tuple[int, int, str]]:
    """Each right granted to a people, as "are welcome to"."""
    found = []
    for m in _GRANT.finditer(text):
        start = people_before(text, m.start())
        if start is None or not of_them_all(text, start) or doubted(text, start):
            continue
        if not _UNWELCOME.match(text, m.end()) and not _CONDITIONED.match(text, m.end()):
            found.append((m.start(), m.end(), " are welcome to "))
    return found


def _lived(text: str) -> list[tuple[int, int, str]]:
    """Each wish that people live, as a wish that they thrive."""
    found: list[tuple[int, int, str]] = []
    for m in _LIVING.finditer(text):
        if doubted(text, m.start()):
            continue
        if m.group("motto1"):
            found += [(*m.span("motto1"), "thrive"), (*m.span("motto2"), "thrive")]
        elif m.group("matter"):
            found.append((*m.span("matter"), "people"))
        else:
            group = next(g for g in ("let", "granted", "life") if m.group(g))
            reading = _wished(text, m.start(group), m.end(group), group == "life")
            if reading:
                found.append(reading)
    return found


def doubted(text: str, at: int) -> bool:
    """Whether a word in the clause before ``at`` denies or doubts it."""
    begin = max((c.end() for c in _CLAUSE.finditer(text, 0, at)), default=0)
    return _DOUBT.search(text, begin, at) is not None


def _wished(text: str, begin: int, end: int, lived: bool) -> tuple[int, int, str] | None:
    """How the "live" at ``begin:end`` reads: one's life lived as enjoyed
    ("live my life": "enjoy my life"), granted or let as "thrive", with its
    life ("free to live their lives": "free to thrive", which both stages
    read as kindly; "free to enjoy their lives" they did not); None where the
    life wished is a misery."""
    life = _LIFE.match(text, end)
    if life is None and lived:
        return None
    after = life.end() if life else end
    if _WRETCHED.match(text, after) or (life and _SAD_WORD.search(life.group("words"))):
        return None
    if lived:
        return begin, end, _ENJOY[text[begin:end]]
    return begin, after, "thrive"
