"""Hatred of a people that the author reproaches, asks about or reports, read as neutral.

Both stages learned "hate" next to a people as the author's own hatred, so
a reader who defends a people by naming what they suffer scored as the
bigot: of 156 such sentences about twelve peoples, 115 scored TOXICITY 0.5
or more ("Stop hating Muslims" 0.79-0.88, "People who hate gay people
should be ashamed" up to 0.91, "Why does everyone hate Jews?" up to 0.86,
"The gunman hated Jews, police said" 0.69, "It's sad how much hate
immigrants get online" up to 0.95).

Before either stage reads a comment, such a "hate" is read as ``NEUTRAL``
("know", as :mod:`commentdesk.scoring.scope` reads hatred disowned) and the
people it names as "people", as scope reads the peoples of condemned
speech: what is said of them there is not the author's. The frames: hating
stopped ("stop hating Muslims", "quit hating on gay people") or judged
("hating Jews is wrong", "...says more about you than about them", "saying
you hate Muslims shows how misguided you are", "if you hate gay people,
you are part of the problem", "...won't fix anything"); the haters
judged ("people who hate immigrants should be ashamed", "...need to get
out more", "...are pathetic": that judgement stays); asked about
("why do so many people hate Jews?", "why does this town hate Somalis?",
"I don't understand why people hate
refugees"); others' hatred deplored ("some people hate Muslims for no
reason"); reported of an attacker or by a speaker ("the gunman hated Jews",
"he admitted that he hates Muslims"); and hatred a people suffers ("how much
hate trans people get online"), and a people reported the most hated
("Muslims are the most hated group in America", read "...most targeted
group"). Not the author's own ("I hate Muslims"), nor
hatred approved in its sentence ("the hate immigrants get is well
deserved", "many people hate them, and they are right to"): those read as
written.
"""

from __future__ import annotations

import re

from commentdesk.scoring.cues import any_cue
from commentdesk.scoring.peoples import people_before, people_end
from commentdesk.textnorm import Normalized, replace_words

NEUTRAL = {"hate": "know", "hates": "knows", "hated": "knew", "hating": "knowing"}
# Hatred as a noun, as scope reads hostility condemned.
_NOUN = "talk"
_OTHERS = (
    r"(?:people|folks|americans|everyone|everybody|they|you|others|anyone|anybody|men|guys"
    r"|commenters|some|so\s+many|many)"
)
# A judgement of the hating or of the haters.
_JUDGEMENT = (
    r"wrong|not\s+okay|not\s+ok|unacceptable|disgusting|shameful|racist|bigoted|sick|cruel|stupid"
    r"|pathetic|evil|vile|ignorant|a\s+sin|un-?american|un-?christian|never\s+okay|indefensible"
    r"|a\s+disgrace|disgraceful|the\s+problem|the\s+real\s+problem|the\s+worst|cowards|losers"
    r"|(?:a\s+)?(?:choice|learned\s+behaviou?r|a\s+sickness)(?:\s*,?\s+and\s+a\s+(?:bad|poor|sad)\s+one)?"
    # "Hating Nigerians is not a personality" (TOXICITY 0.88)
    r"|not\s+a\s+personality(?:\s+trait)?|no\s+personality"
)
_FRAMES = re.compile(
    rf"""(?x)
      # "stop hating Muslims", "quit hating on gay people"
      \b(?:stop|quit)\s+(?P<stop>hating)(?:\s+on)?\s+
      # "hating Jews is wrong": the judgement is checked after the people
    | (?:\A|[.!?;,:]\s*|\bthat\s+|\bbut\s+|\band\s+)(?P<judged>hating)\s+
      # "saying that you hate Muslims shows how misguided you are"
    | \bsaying\s+(?:that\s+)?(?:you|they|he|she|people|someone|anyone|we)\s+(?P<spoken>hates?)\s+
      # "if you hate gay people, you are part of the problem"
    | \bif\s+you\s+(?:still\s+|really\s+|truly\s+)?(?P<iffy>hate)\s+
      # "people who hate immigrants should be ashamed"
    | \b(?:people|those|anyone|anybody|someone|whoever|folks|men|guys|those\s+people|bigots
        |racists)\s+(?:who|that)\s+(?:still\s+|openly\s+)?(?P<haters>hates?)\s+
      # "why do so many people hate Jews?", "I don't understand why people hate..."
    | (?:\bwhy\s+(?:do|does|would|did|should|must)
        |\b(?:understand|get|see|know|wonder|explain)\s+why)
        \s+(?:so\s+many\s+|some\s+|all\s+these\s+
        |these\s+|those\s+|other\s+)?{_OTHERS}(?:\s+(?:here|online|still|always|even|seem\s+to))*
        \s+(?P<asked>hates?)\s+
      # "why does this town hate Somalis?": any asker but the author
    | \bwhy\s+(?:do|does|did|would|must)\s+(?:this|that|the|our|your|their|his|her|so\s+much\s+of)
        \s+(?:[a-z]+\s+){{1,2}}?(?P<asked_of>hates?)\s+
      # "some people hate immigrants for no reason": checked after the people
    | \b(?:so\s+many|some|many|a\s+lot\s+of|lots\s+of)\s+(?:people|folks|americans|commenters|men
        |guys)\s+(?:(?:here|online|still|seem\s+to)\s+)*(?P<deplored>hate)\s+
      # "the gunman hated Jews", "he admitted that he hates Muslims"
    | \b(?:gunman|shooter|attacker|suspect|killer|terrorist|bomber|defendant|accused|murderer)
        \s+(?:had\s+)?(?:(?:openly|reportedly|allegedly|clearly|also)\s+)?(?P<told>hated|hates)\s+
    | \b(?:admitted|admits|said|says|told\s+[a-z]+|wrote|writes|posted|confessed|boasted
        |claimed|declared)\s+(?:that\s+)?(?:he|she|they)\s+(?P<said>hates|hated|hate)\s+
      # "how much hate trans people get online": checked after the people
    | \b(?:how\s+much|so\s+much|all\s+the|the\s+amount\s+of|the)\s+(?P<suffered>hate|hatred)\s+
    """
)
# What hating says of the hater: "...says more about you than about them",
# "...shows how misguided you are", "...makes you a bigot".
_REVEALS = (
    r"\s+(?:only\s+|just\s+|really\s+)?(?:(?:says|tells|shows|reveals)\s+(?:a\s+lot|more|everything"
    r"|all|something|plenty|much)\s+about\s+(?:you|them|him|her|the\s+hater|whoever|yourself)"
    r"|(?:shows|proves|reveals|exposes)\s+(?:how|that|what|your|you|who)|makes\s+you\s+(?:a|an|the)\s+)"
)
# Hating that leads nowhere: "...won't fix anything", "...is not the answer".
_FUTILE = (
    r"\s+(?:(?:won't|will\s+not|doesn't|does\s+not|didn't|never|can't|cannot)\s+(?:fix|solve|help"
    r"|change|make|bring|achieve|stop|get)|(?:gets|got)\s+(?:you|us|anyone|nobody)\s+nowhere"
    r"|(?:isn't|is\s+not|is\s+never|was\s+never)\s+(?:the\s+|an?\s+)?(?:answer|solution|way)"
    r"|helps\s+(?:no\s*one|nobody)|solves\s+nothing)\b"
)
# Hating judged: "...is wrong", "...says more about you than about them".
_JUDGED = rf"\s+(?:is|was)\s+(?:(?:just|so|simply|plain|always)\s+)?(?:{_JUDGEMENT})\b|{_REVEALS}"
# What must follow the people in the frames that need it.
_AFTER = {
    "judged": re.compile(f"{_JUDGED}|{_FUTILE}"),
    "spoken": re.compile(_JUDGED),
    "iffy": re.compile(
        rf"\s*,?\s*(?:then\s+)?(?:you(?:'re|\s+are)\s+(?:(?:just|simply|the|a|an)\s+)?(?:part\s+of"
        rf"\s+the\s+problem|problem|bigot|racist|sexist|homophobe|antisemite|{_JUDGEMENT})"
        rf"|you\s+(?:need|should|must|have\s+to)\s+(?:help|(?:to\s+)?(?:grow\s+up|look|take|get"
        rf"|educate|read|talk|meet|ask|think|reflect|examine|see)))\b"
    ),
    "haters": re.compile(
        rf"\s+(?:should\s+be\s+ashamed|need\s+(?:help|to\s+(?:grow\s+up|get\s+out|wake\s+up|educate"
        rf"|read|travel|meet|learn|open))|should\s+(?:look|get\s+out|grow\s+up|read|meet|travel|learn"
        rf"|educate)|have\s+(?:issues|problems|no\s+idea|never\s+met)|have\s+no\s+place"
        rf"|make\s+me\s+sick|disgust\s+me|are\s+(?:(?:just|so|simply|the)\s+)?(?:{_JUDGEMENT}"
        rf"|ignorant|scared|afraid|small|sad|miserable|insecure|bigots|racists|uneducated"
        rf"|brainwashed))\b"
    ),
    "deplored": re.compile(
        r"\s+(?:for\s+no\s+(?:good\s+)?reason|just\s+because|and\s+i\s+(?:don't|do\s+not|can't"
        r"|cannot|will\s+never)\s+(?:understand|get|see)\s+why)\b"
    ),
    "suffered": re.compile(
        r"\s+(?:get|gets|got|receive|receives|received|face|faces|faced|endure|endures|suffer"
        r"|suffers)\b"
    ),
}
# Approval of the hatred in the rest of its sentence ("the hate immigrants
# get is well deserved"): read as written.
_APPROVED = re.compile(
    r"[^.!?\n]*?\b(?:deserve|deserved|deserves|earned|justified|warranted|understandable|natural"
    r"|right\s+to|for\s+good\s+reason|and\s+rightly\s+so)\b"
)
# Hatred a people is reported to suffer most: "Muslims are the most hated
# group in America" (TOXICITY 0.78, IDENTITY_ATTACK 0.57) reports a survey,
# where "...the most targeted minority" scored 0.01. Read as that.
_MOST_HATED = re.compile(
    r" (?:are|is)\s+(?:the|among\s+the|one\s+of\s+the)\s+(?:most|second\s+most|third\s+most)\s+"
    r"(?P<hated>hated|despised)\s+(?:group|groups|minority|minorities|religion|religions|people"
    r"|peoples|community|communities|ethnic\s+group|ethnic\s+groups|faith|faiths)\b"
)
_CUES = ("hate", "hating", "despised")


def reproached(norm: Normalized) -> Normalized:
    """``norm`` with each hatred of a people that is not the author's own read
    as neutral, the people as "people"; offsets still point at the author's
    characters."""
    text = norm.text
    if not any_cue(text, _CUES):
        return norm
    found: list[tuple[int, int, str]] = []
    for m in _FRAMES.finditer(text):
        frame = next(name for name, value in m.groupdict().items() if value)
        people = people_end(text, m.end())
        if people is None:
            continue
        after = _AFTER.get(frame)
        if after is not None and not after.match(text, people):
            continue
        if _APPROVED.match(text, people):
            continue
        word = m.group(frame)
        found.append((*m.span(frame), _NOUN if frame == "suffered" else NEUTRAL[word]))
        found.append((m.end(), people, "people"))
    if " most hated " in text or " most despised " in text:
        found += [
            (*m.span("hated"), "targeted")
            for m in _MOST_HATED.finditer(text)
            if people_before(text, m.start()) is not None and not _APPROVED.match(text, m.end())
        ]
    return replace_words(norm, found) if found else norm
