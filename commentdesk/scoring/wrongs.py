"""Violence and practices called wrong, read as the judgement they are.

Readers condemn what a story reports ("Rape is a horrific crime", "Killing
is always wrong", "Torture is a crime") and argue about practices in the
strongest words they have ("Abortion is murder", "The death penalty is
state murder", "Eating meat is murder"). Both stages learned the violent
words and "horrific" from abuse: "Rape is a horrific crime." scored
TOXICITY 0.95, "Killing is always wrong." 0.72 (SEVERE_TOXICITY 0.86),
"Murder is wrong, full stop." 0.65, "War is hell." 0.91, and of the
argument "Abortion is murder." 0.71 and "The death penalty is murder." 0.91
(THREAT 0.72), while "Harm is wrong." and "Abortion is wrong." scored 0.01
and 0.06. Condemning violence is counter-speech, and an argument about a
practice is an opinion, on every side of it.

Before either stage reads a comment, a violent act that opens its clause
and is condemned there ("killing people is never okay", "violence against
women is a horrific crime", "war is hell") is read as "harm" and the
condemnation as "wrong"; a practice that is called murder, a crime or theft
("abortion is murder", "taxation is theft") is read as called wrong.
Nothing is read where the clause denies or doubts it ("killing them is not
wrong", "I don't think murder is wrong"), where the condemnation is taken
back ("..., except for them", "...unless they deserve it"), nor where what
is called murder is a person or a people ("he is a murderer", "immigrants
are criminals"): those read as written. Violence forbidden or disowned in
a clause of its own ("no one should hurt them", "we must never harm
refugees", "no woman deserves a beating", "don't hit your kids") is read
as "harm is wrong" (not where it waits on a condition: "I won't hurt you
if you pay up").

Prejudice condemned is counter-speech too, and both stages learned the
names of hatreds from those accused of them: "Hate has no home here."
scored TOXICITY 0.97, "Racism is a disease." 0.91, "Racism is still a
problem in this city." 0.64, where "Prejudice is still a problem..." scored
0.11. A hatred that opens its clause and is condemned there is read as
"prejudice is wrong", and one stood against ("we must stand against
racism") as "prejudice"; not someone's ("your racism is showing": an
accusation), nor where the clause denies it ("racism is not a problem").

An offender named by the harm they did, in a sentence that asks the courts
to punish them, is an opinion about sentencing: "Gang members who kill
should never be released from prison" scored TOXICITY 0.93 and "Drunk
drivers who kill should face much longer sentences" 0.98, where "Gang
members should never be released from prison" scored 0.11. The harm ("who
kill police officers") is read as "who commit crimes"; not where the
punishment asked is a killing or a beating ("people who kill should be
hanged": no prison, sentence or parole named after it). Capital punishment
is a sentence: an execution asked for an offender is read as one first
(:mod:`commentdesk.scoring.sentencing`).

Coercion that a state does to people, condemned, is read the same way
(revision 146): "Deporting families who have lived here for decades is
inhumane" scored TOXICITY 0.73 (as removal, read by then), "Forcing women
to give birth is state-sanctioned cruelty" 0.55; each is read as "harm is
wrong". Only acts done to people (forcing, separating, detaining, evicting,
removing families...), never a people let in ("letting them in is a
disgrace" reads as written).
"""

from __future__ import annotations

import re

from commentdesk.scoring.cues import any_cue, cue_windows
from commentdesk.scoring.grants import doubted
from commentdesk.scoring.peoples import people_before
from commentdesk.scoring.praise import PERSONS
from commentdesk.textnorm import Normalized, replace_words

# Violent acts, as a reader names them when condemning them.
_ACTS = (
    r"(?:killing|killings|murder|murders|murdering|rape|rapes|raping|torture|torturing|violence"
    r"|shootings?|stabbings?|beatings?|assault|assaulting|sexual\s+assault|abuse|abusing"
    r"|child\s+abuse|domestic\s+violence|terrorism|genocide|lynching|lynchings|bombing|bombings"
    r"|massacres?|slaughter|slaughtering|war|wars|hate\s+crimes?|harassment|harassing|bullying"
    r"|hitting|hurting|harming|attacking|threatening|executing|shooting|stabbing|beating|slavery"
    r"|ethnic\s+cleansing"
    # punishment a state inflicts: "the death penalty is barbaric" (TOXICITY 0.91)
    r"|(?:the\s+)?(?:death\s+penalty|capital\s+punishment|corporal\s+punishment|solitary\s+confinement"
    r"|electric\s+chair|firing\s+squads?|waterboarding|executions))"
)
# Whom or what the act is done to: "people", "innocent children", "against women".
_DONE_TO = r"(?:\s+(?:of|against|on|to)?\s*(?:[a-z']+\s+){0,2}?[a-z']+)?"
_DEGREE = (
    # Not "never": "killing them is never wrong" is no condemnation.
    r"(?:(?:always|simply|just|absolutely|clearly|utterly|completely|totally|so|truly"
    r"|still|morally|plainly|plain|pure|purely|nothing\s+but|nothing\s+less\s+than)\s+)*"
)
_BAD = (
    r"wrong|evil|criminal|unacceptable|inexcusable|indefensible|unforgivable|abhorrent"
    r"|despicable|horrific|horrible|horrendous|terrible|appalling|disgusting|vile|barbaric"
    r"|monstrous|inhumane|immoral|sinful|shameful|cowardly|sickening|heinous|tragic|hell|awful"
    r"|hateful|outrageous|unjustifiable|unconscionable"
)
_CONDEMNED = (
    rf"(?:(?:{_BAD})(?:\s+(?:and|,)\s+(?:{_BAD}))*"
    rf"|(?:an?\s+)?(?:(?:{_BAD}|serious|violent|real)\s+)*(?:crimes?|acts?|things?|sins?|tragedy|tragedies"
    r"|atrocity|atrocities|disgrace|abomination|outrage)"
    r"|(?:never|not|in\s+no\s+way)\s+(?:okay|ok|acceptable|justified|justifiable|excusable"
    r"|the\s+answer|an\s+answer|right|a\s+solution|the\s+solution|an\s+option|fine))"
)
# Where the condemnation ends: its clause does, or a place or people it is
# condemned for ("...a tragedy for this city", "...a crime in every country").
_FOR = r"(?:\s+(?:for|in|to|on)\s+(?:this|our|the|every|any|all|their|its)\s+[a-z]+)?"
_END = rf"{_FOR}(?=\s*(?:[.!;\n]|$|,\s*(?!except|unless|but|if|when|apart|save|only))|\s+and\s)"
_CLAUSE_START = r"(?:^|(?<=[.!?;:\n])\s*|(?<=,)\s*|(?<=\bbut\s)|(?<=\band\s))"
_VIOLENCE = re.compile(
    rf"{_CLAUSE_START}(?P<act>{_ACTS}{_DONE_TO})\s+(?:is|are|was|were)\s+{_DEGREE}"
    rf"(?P<judgement>{_CONDEMNED}){_END}"
)
# Coercion by the state condemned, the one it is done to named at length:
# "Deporting families who have lived here for decades is inhumane" (TOXICITY
# 0.73), "Forcing women to give birth is state-sanctioned cruelty" (0.55),
# "Separating children from their parents is cruel". Read as "harm is
# wrong", as violence condemned is; only acts done to people, not a people
# let in ("letting them in is a disgrace" reads as written).
_COERCION = re.compile(
    rf"{_CLAUSE_START}(?P<act>(?:forcing|separating|detaining|caging|evicting|criminali[sz]ing"
    r"|persecuting|starving|sterili[sz]ing|jailing|imprisoning|banning|denying|locking\s+up"
    r"|tear[\s-]gassing"
    # deportation is read as removal first (commentdesk.scoring.deportation)
    r"|removing(?=\s+(?:(?:these|those|the|all|whole|entire|young|innocent)\s+)*(?:families|children"
    r"|kids|people|refugees|migrants|immigrants|asylum\s+seekers|them|mothers|fathers|parents"
    r"|workers|students|residents|dreamers|citizens)\b))\b(?:\s+[a-z']+){1,9}?)\s+"
    rf"(?:is|are|was|were)\s+{_DEGREE}(?P<judgement>(?:state-sanctioned\s+|government-sanctioned\s+)?"
    rf"(?:{_CONDEMNED}|cruel|cruelty|heartless|unjust|an?\s+injustice|disgraceful)){_END}"
)
_COERCION_CUES = (
    "deporting", "removing", "forcing", "separating", "detaining", "caging", "evicting",
    "criminalis", "criminaliz", "persecuting", "starving", "sterilis", "steriliz", "jailing",
    "imprisoning", "banning", "denying", "locking up", "gassing",
)  # fmt: skip
# A practice argued about as a crime: "abortion is murder", "taxation is theft".
# Not "genocide": "race mixing is genocide" and "white genocide is a crime"
# are the slogans of a hatred (``commentdesk.scoring.tropes``).
_ARGUED = re.compile(
    rf"{_CLAUSE_START}(?P<practice>(?:[a-z'-]+\s+){{0,3}}?[a-z'-]+)\s+(?:is|are)\s+"
    rf"(?:(?:simply|just|nothing\s+but|nothing\s+less\s+than)\s+)*"
    rf"(?P<judgement>(?:(?:plain|pure|legalised|legalized|legal|state|state-sanctioned|mass"
    rf"|premeditated|cold-blooded|an?)\s+)*(?:murder|theft|slavery|torture|crime"
    rf"|war\s+crime|robbery|child\s+abuse|abuse|killing|homicide)){_END}"
)
# Violence forbidden or disowned, in a clause of its own: "No one should
# hurt them" (TOXICITY 0.87, THREAT 0.64), "We must never harm refugees"
# (0.68, IDENTITY_ATTACK 0.55), "I would never hurt a trans person" (0.86),
# "No woman deserves a beating" (0.91), "Don't hit your kids". The stages
# read the act and its victim, not the "no" before them; read as the
# judgement said ("harm is wrong", 0.01). Not where it waits on a condition
# ("I won't hurt you if you pay", "...yet"), nor where it is taken back.
_HARM_DONE = (
    r"(?:kill|murder|hurt|harm|attack|assault|beat\s+up|beat|shoot|stab|abuse|harass|bully"
    r"|threaten|lynch|rape|torture|hit|punch|burn|bomb|execute|hang|gas)"
)
_HARM_SUFFERED = (
    r"(?:killed|murdered|hurt|harmed|attacked|assaulted|beaten\s+up|beaten|shot|stabbed|abused"
    r"|harassed|bullied|threatened|lynched|raped|tortured|hit|punched|burned|burnt|bombed"
    r"|executed|hanged|hung|gassed|slaughtered|massacred)"
)
_FORBIDDING = (
    # nobody may: "no one should hurt them", "no child deserves to be beaten"
    r"(?:(?:no\s+(?!doubt\b|question\b|wonder\b|matter\b)[a-z']+(?:\s+(?:[a-z']+|on\s+earth))?|nobody"
    r"|none\s+of\s+(?:us|them|you))\s+(?:should|must|may|deserves?|ought|has\s+(?:the\s+)?right|gets)"
    # someone will not: "we must never harm refugees", "she didn't deserve to be shot"
    r"|(?:we|you|i|people|they|one|society|he|she|anyone)\s+(?:(?:should|must|would|will|did|do|does"
    r"|ought)(?:\s+not|\s+never)|shouldn't|mustn't|wouldn't|won't|didn't|don't|doesn't|oughtn't"
    r"|never)"
    # told not to: "don't hit your kids", "never hurt an animal"
    r"|don't|do\s+not|never"
    r"|the\s+(?:answer|solution)\s+is\s+(?:not|never)"
    # whoever it is: "gay people should never be attacked"
    r"|(?:[a-z']+\s+){0,3}?(?:should|must|ought\s+to)(?:\s+not|\s+never|n't)(?=\s+(?:ever\s+)?(?:be|get)\s))"
)
# The acts' other senses: "I won't beat around the bush", "I don't burn bridges".
_IDIOM = (
    r"(?:around|about|round|the\s+(?:bush|road|mood|vibe|buzz|breeze|nail|books|hay|sack|ground"
    r"|spot|jackpot|brakes|gas|lights|engine|messenger|clock)|bridges?|my\s+(?:vibe|buzz|mood)"
    r"|time|it\s+off|it\s+big|home|back)\b"
)
_FORBIDDEN = re.compile(
    rf"{_CLAUSE_START}(?P<clause>{_FORBIDDING}\s+(?:(?:ever|really|truly|deserve)\s+)?(?:to\s+)?"
    rf"(?:{_HARM_DONE}(?!\s+{_IDIOM})|(?:be|get)\s+{_HARM_SUFFERED}|an?\s+(?:beating|bullet|kicking"
    r"|thrashing|slap|punch))(?:\s+(?!for\b|because\b|but\b|and\b|if\b|unless\b|until\b|yet\b|when\b|just\b"
    r"|simply\b|before\b|as\b)[a-z']+){0,4}?"
    r")(?=\s*(?:[.!?;,\n]|$)|\s+(?:for|because|but|and|just|simply|even|whatever|no\s+matter)\b)"
    r"(?![.,!\s]*(?:if|unless|until|yet|as\s+long\s+as|before|again)\b)"
)
_TAKEN_BACK = re.compile(r"\s*,?\s*(?:except|unless|but\s+not|apart\s+from|only\s+when)\b")
# Prejudice condemned: "racism is still a problem" (TOXICITY 0.64), "hate has
# no home here" (0.97), "racism is a disease" (0.91), "transphobia kills"
# (0.77), while "prejudice is still a problem" scored 0.11: the stages
# learned the names of hatreds from those accused of them. Read as
# "prejudice is wrong"; and "stand against racism" as "...prejudice".
# Not someone's ("your racism is showing": an accusation, read as written).
_ISM = (
    r"(?:(?:systemic|systematic|institutional|structural|casual|open|online|everyday|rampant|blatant"
    r"|overt|covert|anti-?black|anti-?asian|anti-?muslim|anti-?jewish|anti-?immigrant)\s+)?"
    r"(?:racism|sexism|antisemitism|anti-semitism|islamophobia|homophobia|transphobia|biphobia"
    r"|xenophobia|misogyny|bigotry|hatred|hate|white\s+supremacy|ableism|ageism|intolerance)"
)
_PREJUDICE = re.compile(
    rf"{_CLAUSE_START}(?P<ism>{_ISM})"
    # where it is: "racism in football is still a huge problem" (0.61)
    r"(?:\s+(?:in|on|at|within|across|among|against|towards?)\s+(?:[a-z']+\s+){0,3}?[a-z']+)??\s+"
    rf"(?:(?:has|have)\s+no\s+(?:place|home|room)(?:\s+(?:here|in\s+(?:[a-z']+\s+){{0,3}}?[a-z']+))?"
    rf"|(?:is|are)\s+{_DEGREE}(?:(?:a|an|the)\s+(?:real\s+|serious\s+|growing\s+|big\s+|huge\s+)?"
    r"(?:problem|disease|cancer|scourge|plague|poison|blight|evil|sin|stain|disgrace|crime|threat"
    r"|danger|sickness)(?:\s+(?:in|on|for|of)\s+(?:[a-z']+\s+){0,2}?[a-z']+)?"
    rf"|real|rising|on\s+the\s+rise|growing|everywhere|alive\s+and\s+well|(?:{_BAD}))"
    r"|kills|kill\s+people|hurts\s+(?:people|everyone|us\s+all|us)|destroys\s+(?:lives|communities)"
    r"|must\s+(?:end|stop|be\s+stopped|be\s+fought|be\s+called\s+out|be\s+condemned))"
    rf"(?=\s*(?:[.!,;:\n]|$|\s(?:and|but|in|here|today|now|anywhere|everywhere)\b))"
)
_AGAINST = re.compile(
    r"\b(?:against|fight|fighting|fought|combat|combating|combatting|oppose|opposing|condemn"
    r"|condemning|denounce|denouncing|call\s+out|calling\s+out|end|ending|stop|stopping|reject"
    rf"|rejecting|confront|confronting|challenge|challenging)\s+(?P<ism>{_ISM})\b(?!\s+(?:of|from)\b)"
)
_ISM_CUES = (
    "racism", "sexism", "semitism", "phobia", "misogyny", "bigotry", "hate", "hatred", "supremacy",
    "ableism", "ageism", "intolerance",
)  # fmt: skip


# Most comments name no violence and no crime: one pass for these cues says so,
# where the patterns, tried at every clause, cost 73 us a comment.
_ACT_CUES = (
    "kill", "murder", "rape", "raping", "tortur", "violence", "shooting", "stabbing", "beating",
    "assault", "abus", "terrorism", "genocide", "lynching", "bombing", "massacre", "slaughter",
    "war", "hate crime", "harass", "bullying", "hitting", "hurting", "harming", "attacking",
    "threatening", "executing", "slavery", "cleansing", "penalty", "punishment", "confinement",
    "electric chair", "firing squad", "waterboard", "executions",
)  # fmt: skip
# A forbidding word and an act, both: the pattern tried at every clause of
# every comment with a "not" in it cost more than all the rest of this reading.
_FORBIDDEN_CUES = ("no ", "nobody", "none ", "not ", "never", "n't")
_HARM_CUES = (
    "kill", "murder", "hurt", "harm", "attack", "assault", "beat", "shoot", "shot", "stab", "abus",
    "harass", "bull", "threaten", "lynch", "rape", "tortur", "hit", "punch", "burn", "bomb",
    "execut", "hang", "hung", "gas", "slaughter", "massacre", "kick", "thrash", "slap",
)  # fmt: skip
_CRIME_CUES = (
    "murder", "theft", "slavery", "torture", "crime", "robbery", "abuse", "killing", "homicide",
)  # fmt: skip


# "who kill police officers", then in the same sentence a lawful punishment.
_OFFENDER = re.compile(
    r"\bwho\s+(?P<harm>(?:kill|kills|killed|murder|murders|murdered|rape|rapes|raped|stab|stabs"
    r"|stabbed|shoot|shoots|shot|assault|assaults|assaulted|abuse|abuses|abused|maim|maims|maimed)"
    r"(?:\s+(?!should|must|deserve|deserves|need|needs|ought|will|get|face|belong)[a-z']+){0,3}?)"
    r"(?=\s+(?:should|must|deserve|deserves|need\s+to|needs\s+to|ought\s+to|have\s+to)\s"
    r"[^.!?;\n]{0,50}?\b(?:prison|jail|sentences?|sentenced|released|parole|behind\s+bars"
    r"|locked\s+up|prosecuted|convicted|life\s+in|the\s+book\s+thrown|capital\s+punishment)\b)"
)
OFFENCE_MEANT = "commit crimes"


def _offence(harm: str) -> str:
    """``OFFENCE_MEANT`` in the tense and person of the author's verb."""
    verb = harm.split()[0]
    if verb.endswith("ed") or verb == "shot":
        return "committed crimes"
    return "commits crimes" if verb.endswith("s") else OFFENCE_MEANT
_OFFENDER_CUES = ("prison", "jail", "sentence", "released", "parole", "bars", "locked up",
                  "prosecuted", "convicted", "life in", "book thrown",
                  "capital punishment")  # fmt: skip


def condemned(norm: Normalized) -> Normalized:
    """``norm`` with violence condemned read as harm called wrong, and a
    practice called a crime read as called wrong; offsets still point at the
    author's characters."""
    text = norm.text
    found: list[tuple[int, int, str]] = []
    if any_cue(text, _ACT_CUES):
        for m in _VIOLENCE.finditer(text):
            if _stands(text, m):
                found += [(*m.span("act"), "harm"), (*m.span("judgement"), "wrong")]
    if any_cue(text, _COERCION_CUES):
        for m in _COERCION.finditer(text):
            if _stands(text, m) and not _overlaps(found, m.start()):
                found += [(*m.span("act"), "harm"), (*m.span("judgement"), "wrong")]
    if any_cue(text, _FORBIDDEN_CUES) and any_cue(text, _HARM_CUES):
        for m in _FORBIDDEN.finditer(text):
            if _stands(text, m) and not _overlaps(found, m.start()):
                found.append((*m.span("clause"), "harm is wrong"))
    if any_cue(text, _CRIME_CUES):
        for m in _ARGUED.finditer(text):
            if _stands(text, m) and not _someone(text, m) and not _overlaps(found, m.start()):
                found.append((*m.span("judgement"), "wrong"))
    # Tried only near a hatred's name: over every comment with "hate" in it,
    # the two patterns cost 5 us a comment.
    for lo, hi in cue_windows(text, _ISM_CUES, 40, 160):
        for m in _PREJUDICE.finditer(text, lo, hi):
            if _stands(text, m) and not _overlaps(found, m.start()):
                found.append((m.start(), m.end(), "prejudice is wrong"))
        for m in _AGAINST.finditer(text, lo, hi):
            if not doubted(text, m.start()) and not _overlaps(found, m.start("ism")):
                found.append((*m.span("ism"), "prejudice"))
    if " who " in text and any_cue(text, _OFFENDER_CUES):
        for m in _OFFENDER.finditer(text):
            if not _overlaps(found, m.start("harm")):
                found.append((*m.span("harm"), _offence(m.group("harm"))))
    return replace_words(norm, sorted(found)) if found else norm


def _stands(text: str, m: re.Match[str]) -> bool:
    """Neither doubted before nor taken back after."""
    return not doubted(text, m.start()) and not _TAKEN_BACK.match(text, m.end())


def _someone(text: str, m: re.Match[str]) -> bool:
    """Whether what is called a crime is a person or a people ("they are
    murder", "immigrants are theft"), or a slogan's "genocide"."""
    practice = m.group("practice").split()
    if "genocide" in practice:
        return True
    return practice[-1] in PERSONS or people_before(text, m.end("practice")) is not None


def _overlaps(found: list[tuple[int, int, str]], at: int) -> bool:
    return any(begin <= at < end for begin, end, _ in found)
