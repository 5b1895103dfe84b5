"""Contempt for things, not people, read as plain dislike.

Both stages learned "hate", "disgusting" and "useless piece of junk" from
comments that aimed them at people, so a reader grumbling about the
weather or a printer scored as an abuser: "I hate Mondays so much" TOXICITY
0.92, "Honestly this soup is disgusting" 0.81, "My laptop is a useless
piece of junk" 0.97 (INSULT 0.95). Abuse needs someone to receive it.

Before either stage reads a comment, hatred of a thing ("I hate Mondays",
"I can't stand cauliflower") is read as "dislike", "stupid" said of one
("this stupid printer") as "bad", and contempt said of one ("this soup is
disgusting", "my laptop is a useless piece of junk", "the weather was
absolutely awful") as "bad", where the thing is one of the
everyday things below: days and weather, food, machines, shows, journeys.
A swear word in it stays ("this printer is a piece of shit" is still
profane), and so does everything said of a person, a people, an article or
a newspaper: whether that is abuse is the stages' to judge.

Contempt for what governments and councils make ("the tax hike is
ridiculous", "this is the worst budget in twenty years", "the new law is
awful", "the new stadium is an eyesore") and for the institutions
themselves ("this government is corrupt", "the senate is useless") is read
as "bad" too: a harsh argument about a policy is argument, and both stages
scored it as an insult (0.97 for the tax hike, 0.89 for the senate). Said of
whoever made it ("those behind the plan are stupid"), or of the reader with
it ("...and so are you"), it is read as written, and so are the words of
wits ("a stupid idea", "the plan is idiotic"), which call its makers
stupid: the Toxic Spans annotators mark them as insults.

A thing may be named by two nouns ("the app update is garbage"), and
contempt may come before it ("what a pathetic excuse for a budget", "what a
joke of a timetable"); a statement, a response or a leadership criticised
is criticised as an institution is ("the chief's statement was a
disgraceful cover-up").

A game played "like garbage" or "like amateurs" is read as played "like a
bad team": a fan's lament, not abuse. A piece of journalism, writing or
reporting is read as the article it is ("what a lazy piece of journalism"
scored INSULT 0.81, as "piece of shit" does), of legislation as a bill, of
research as a study; their criticism is then the stages' to judge.

Hatred of how things are ("I hate how this town treats the elderly" 0.65,
"I hate that the library closed") is read as "dislike" too; not where what
is hated names a people, points at someone ("I hate that woman") or holds
a listed word.
"""

from __future__ import annotations

import re

from commentdesk.scoring.cues import any_cue
from commentdesk.scoring.peoples import DESCRIBING, names_a_people
from commentdesk.scoring.spelling import WORDS
from commentdesk.textnorm import Normalized, alternatives, disjoint, replace_words

_THINGS = frozenset(
    """
    monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays
    saturday saturdays sunday sundays mornings morning weekend weekends winter winters summer
    weather rain snow wind heat humidity cold fog traffic commute commutes queue queues
    printer printers laptop laptops computer computers phone phones app apps update updates
    software wifi internet website keyboard mouse tv telly remote microwave fridge oven kettle
    car cars bus buses train trains tram trams flight flights airport lift elevator
    timetable timetables schedule service signal signals ticket tickets road roads pavement
    pavements resurfacing
    soup pizza coffee tea food meal meals sandwich burger burgers cauliflower broccoli sprouts
    olives mushrooms coriander cilantro celery tomatoes cheese beer wine curry pasta salad
    film films movie movies sequel episode episodes song songs album albums
    homework exam exams paperwork meetings meeting parking potholes roadworks shoes jacket
    haircut mattress couch sofa chair umbrella alarm noise smell cat cats dog dogs puppy kitten
    meter meters machine machines
    """.split()
)
# Words that do not name a thing: whose it is, or a person.
_NOT_NAMING = frozenset(
    """
    behind of for by with from in on at who that which whose the this these those a an and or
    people person man woman men women guy guys
    """.split()
)
# Another noun may name which one ("the app update", "the new bus
# timetable"), not a people's ("the immigrant bus") nor whose it is.
_NOT_WHICH = DESCRIBING | _NOT_NAMING
_THING = (
    r"(?:(?:my|this|the|that|these|those|our|your|his|her|their|today's|tonight's)\s+"
    # "this stupid new parking meter": a machine's wits are no one's.
    r"(?:(?:new|old|(?P<wits>stupid|dumb|idiotic)|damn|bloody|whole|latest|last)\s+){0,2}"
    rf"(?:(?!(?:{alternatives(_NOT_WHICH)})\s)[a-z]+\s+)?)?"
    rf"(?:{alternatives(_THINGS)})"
)
# Contempt that names no swear word (a swear word stays as written): first
# the words of a thing's worth, said of things and policies alike.
_WORTH = (
    r"disgusting|revolting|vile|gross|garbage|trash|junk|rubbish|useless|worthless|awful|terrible"
    r"|horrible|dreadful|hideous|a\s+(?:bad\s+)?joke|a\s+disgrace|a\s+nightmare|insane|ridiculous"
    r"|the\s+worst"
)
_CONTEMPT = (
    rf"{_WORTH}|pathetic|stupid|dumb|piece\s+of\s+(?:junk|garbage|trash|rubbish)"
    r"|a\s+(?:little\s+)?monster|a\s+(?:little\s+)?devil|(?:a\s+)?waste\s+of\s+(?:money|time|space)"
)
_INTENSIFIERS = (
    r"so|such|absolutely|utterly|totally|completely|really|just|truly|an?|complete|total|utter"
    r"|absolute|pure|sheer|plain"
)
_DEGREE = (
    rf"{_INTENSIFIERS}|little|the\s+(?:most|biggest)"
    r"|useless|worthless|pathetic|stupid|disgusting|awful|terrible|horrible"
)
# The thing opens its clause, so it is what the contempt is said of ("disabled
# people on tv are pathetic" is not said of the television).
_OPENS = (
    r"(?:^|(?<=[.,;:!?\"])\s*|\b(?:and|but|so|because|honestly|ugh|god|man|omg|lol|seriously|tbh"
    r"|frankly|today|tonight)\s+)"
)
_SAID_OF = re.compile(
    # "the traffic on the bypass is a nightmare": where it is may follow the thing.
    rf"{_OPENS}{_THING}(?:\s+(?:on|in|at|from|of|to)\s+(?:the|this|that|my|our|[a-z]+'s)\s+[a-z]+)?"
    r"\s+(?:is|are|was|were|'s|'re|tastes|taste|tasted|looks|look|looked|smells|smelt"
    rf"|smelled)\s+(?P<contempt>(?:(?:{_DEGREE})\s+)*(?:{_CONTEMPT}))\b"
)
_HATED = re.compile(
    r"\b(?:i|we)\s+(?:(?:really|absolutely|just|so|truly|honestly|do)\s+)*"
    r"(?P<hate>hate|despise|loathe|detest|can't\s+stand|cannot\s+stand|can\s+not\s+stand)\s+"
    # The thing ends its phrase: not "the traffic wardens", "the bus drivers".
    rf"(?={_THING}(?:\s*(?:$|[.,!?;:])|\s+(?:so|too|very|anymore|today|now|again|already|in|on|at"
    r"|when|because|and|but|or|more|with|every|all|right|here|there|lately|much|though)\b))"
)
# The thing named, then hated as "it" or "them" in the same sentence
# ("Mondays are the worst, I hate them").
_HATED_AFTER = re.compile(
    rf"{_OPENS}{_THING}\s+(?:is|are|was|were|keeps?|kept|has|have|had|never|always|just|won't|wont"
    r"|doesn't|don't|didn't|can't|will|gets?|got|makes?|made|ruins?|ruined|takes?|took|broke"
    r"|crash(?:es|ed)?|froze|freezes|died|dies)\s[^.!?;]{0,60}?[,;:]\s*(?:and\s+|so\s+|honestly\s+)?(?:i|we)\s+"
    r"(?:(?:really|absolutely|just|so|truly|honestly|do)\s+)*"
    r"(?P<hate>hate|despise|loathe|detest|can't\s+stand|cannot\s+stand)\s+(?:them|it)(?![a-z])"
)
# What governments and councils make and do: contempt for one is argument,
# and both stages scored it as abuse ("The tax hike is ridiculous" TOXICITY
# 0.99, INSULT 0.97; "The new law is awful" 0.70). Read as "bad" where the
# thing is the subject; what is said of whoever made it is left to the stages.
# "rezoning" is the stand-in `names` reads every named policy as ("open
# borders", "immigration"), so contempt for one is argument as for a tax.
_CIVIC = frozenset(
    """
    plan plans policy policies bill bills law laws tax taxes hike hikes budget budgets proposal
    proposals decision decisions scheme schemes ruling reform reforms regulation regulations
    idea ideas strategy deal treaty mandate mandates levy levies tariff tariffs cut cuts
    increase increases rise rule rules ordinance legislation amendment project programme
    program system process rollout deficit deficits debt spending
    rezoning
    stadium stadiums arena bridge bridges building buildings tower towers statue statues
    monument development developments roundabout roundabouts station stations terminal
    extension redevelopment refurbishment estate car-park
    lane lanes road roads highway highways motorway motorways pipeline pipelines subway tram
    trams railway airport airports parking
    government governments administration council councils party senate congress parliament
    ministry department agency regime cabinet committee board commission opposition
    leadership management union unions statement statements response handling investigation
    inquiry
    argument arguments claim claims logic reasoning comparison comparisons analogy excuse excuses
    assumption assumptions
    """.split()
)
# (An argument is argued with as a plan is: "your argument is ridiculous"
# scored INSULT 0.98, "that's a ridiculous claim" 0.97; revision 165.)
# Words of a thing's worth, not of its makers' wits: "a stupid idea" calls
# whoever had it stupid, and the Toxic Spans annotators mark it an insult, so
# "stupid", "idiotic", "dumb" and "pathetic" are left to the stages.
_CIVIC_CONTEMPT = (
    rf"{_WORTH}|absurd|crazy|(?:a\s+)?waste\s+of\s+(?:money|time)"
    # Charges laid at an institution: "this government is corrupt", "the council is incompetent".
    r"|corrupt|incompetent|crooked|dishonest|inept|rotten|broken|disgraceful|shameful|appalling"
    r"|outrageous|scandalous"
    r"|(?:an?\s+)?(?:(?:ugly|hideous|total|complete|utter|disgraceful|shameful|shameless|blatant"
    r"|cynical)\s+)?(?:disaster|mess|farce|shambles|scam|con"
    r"|sham|failure|eyesore|monstrosity|carbuncle|white\s+elephant|cover-up|coverup|whitewash|travesty"
    r"|embarrassment)"
    r"|(?:a|an)\s+(?:terrible|awful|bad|ridiculous|horrible|insane|crazy|absurd)\s+(?:idea|plan|policy"
    r"|move|decision|joke)"
)
_CIVIC_DEGREE = rf"{_INTENSIFIERS}|frankly|quite|pretty"
_CIVIC_THING = (
    r"(?:(?:the|this|that|these|those|our|their|his|her|your|its|a|an)\s+)?(?:(?:[a-z]+\s+)?[a-z]+'s\s+)?"
    # Up to two words name it ("housing plan"), none of which make it
    # someone's ("those behind the plan", "people who back this bill").
    rf"(?:(?!(?:{alternatives(_NOT_NAMING)})\s)[a-z]+\s+){{0,2}}?(?:{alternatives(_CIVIC)})"
)
_CIVIC_SAID_OF = re.compile(
    rf"{_OPENS}{_CIVIC_THING}\s+(?:is|are|was|were|'s|seems|sounds|looks|(?:has|have|had)\s+been"
    # foretold: "government-run health care would be a disaster"
    r"|(?:would|will|could|'ll)\s+be)\s+"
    # "...is an eyesore and a waste of money": the whole list, one "bad".
    rf"(?P<contempt>(?:(?:{_CIVIC_DEGREE})\s+)*(?:{_CIVIC_CONTEMPT})"
    rf"(?:\s*(?:,\s*|\s+)(?:and\s+|or\s+)?(?:(?:{_CIVIC_DEGREE})\s+)*(?:{_CIVIC_CONTEMPT}))*)\b"
    # "...is stupid, and so are you": said of a person too.
    r"(?!\s*,?\s*(?:(?:and|just)\s+(?:so|as)\s+(?:are|is|was|were|have|has|will|would)|(?:just\s+)?(?:like|as)\s+(?:you|him|her|them))\b)"
    # "This is the worst budget in twenty years."
    rf"|\b(?:this|that|it)(?:\s+is|\s+was|'s|\s+'s)\s+(?:the|a|an)\s+(?:(?:{_CIVIC_DEGREE})\s+)*(?P<before>worst"
    r"|terrible|awful|ridiculous|horrible|dreadful|absurd|insane|crazy)\s+"
    rf"(?:[a-z]+\s+){{0,2}}?(?:{alternatives(_CIVIC)})\b"
)
# "What a pathetic excuse for a road resurfacing job", "what a joke of a
# budget": the contempt is for the thing named after it.
_EXCUSE_FOR = re.compile(
    rf"\bwhat\s+(?P<contempt>an?\s+(?:(?:{_DEGREE})\s+)*(?:{_CONTEMPT}|excuse|joke|mess|farce|shambles)"
    r"(?:\s+excuse)?\s+(?:for|of)\s+(?:an?\s+|the\s+)?)(?:[a-z]+\s+){0,2}?"
    rf"(?:{alternatives(_THINGS | _CIVIC)})(?![a-z])"
)
# A game played badly: "our team played like garbage in the second half"
# (TOXICITY 0.91, INSULT 0.82) is a fan's lament, not abuse of the players.
_PLAYED_LIKE = re.compile(
    r"\b(?:played|plays|play|playing|performed|performing|defended|defending)\s+like\s+"
    r"(?P<contempt>(?:absolute\s+|total\s+|complete\s+|utter\s+)?(?:garbage|trash|rubbish|amateurs"
    r"|a\s+pub\s+team|a\s+bunch\s+of\s+amateurs|schoolkids|schoolboys))(?![a-z])"
)
# A piece of writing or law named as such: "what a pointless, lazy piece of
# journalism" (INSULT 0.81) scored as "piece of shit" does; read as the
# article it is, whose criticism the stages judge as they judge any article's.
_WRITTEN = {
    "journalism": "article",
    "writing": "article",
    "reporting": "article",
    "legislation": "bill",
    "research": "study",
}
_PIECE_OF = re.compile(rf"\bpiece\s+of\s+(?P<kind>{'|'.join(_WRITTEN)})(?![a-z])")
_ANY_CIVIC = re.compile(rf"(?<![a-z])(?:{alternatives(_CIVIC)})(?![a-z])")
_HATE_IT = re.compile(r"(?:hate|despise|loathe|detest|stand)\s+(?:them|it)(?![a-z])")
# Hatred of how things are: "I hate how this town treats the elderly"
# (TOXICITY 0.65), "I hate that the library closed"; not "I hate that
# woman" (a "that" which points), nor where what is hated names a people
# ("I hate how Muslims...": that is hatred of them) or holds a listed word
# ("I hate how bitches dress").
_HATED_HOW = re.compile(
    r"\b(?:i|we)\s+(?:(?:really|absolutely|just|so|truly|honestly)\s+)*(?P<hate>hate)\s+"
    r"(?:how|the\s+way|seeing|watching|having\s+to|being"
    r"|that(?=\s+(?:i|we|you|he|she|they|it|the|my|our|your|his|her|their|there|this|these|so"
    r"|every|no|nobody|everyone|people)\b))\b(?P<rest>[^.!?;\n]*)"
)
# Every reading names one of these things and one of these cues: most
# comments are settled by the two scans.
_ANY_THING = re.compile(rf"(?<![a-z])(?:{alternatives(_THINGS)})(?![a-z])")
_CUES = (
    "hate", "despise", "loathe", "detest", "stand", "disgusting", "revolting", "vile", "gross",
    "garbage", "trash", "junk", "rubbish", "useless", "pathetic", "stupid", "dumb", "worthless",
    "awful", "terrible", "horrible", "dreadful", "hideous", "joke", "disgrace", "nightmare",
    "insane", "ridiculous", "monster", "devil", "waste of", "worst", "amateurs", "pub team",
    "schoolkids", "schoolboys",
)  # fmt: skip
_CIVIC_CUES = (
    " absurd", " crazy", " disaster", " mess", " farce", " shambles", " scam", " sham", " eyesore",
    " monstrosity", " carbuncle", " white elephant", " corrupt", " incompetent", " crooked",
    " dishonest", " inept", " rotten", " broken", " failure", " disgraceful", " shameful",
    " appalling", " outrageous", " scandalous", " cover", " whitewash", " travesty",
    " embarrassment",
)  # fmt: skip
_ALL_CUES = _CUES + _CIVIC_CUES


def of_things(norm: Normalized) -> Normalized:
    """``norm`` with hatred of an everyday thing read as "dislike" and
    contempt said of one as "bad"; offsets still point at the author's
    characters."""
    text = norm.text
    written = (
        [(*m.span(), _WRITTEN[m.group("kind")]) for m in _PIECE_OF.finditer(text)]
        if "piece of " in text
        else []
    )
    if not any_cue(text, _ALL_CUES):
        return replace_words(norm, written) if written else norm
    found = _of_policies(text) + written
    if " like " in text:
        found += [(*m.span("contempt"), "a bad team") for m in _PLAYED_LIKE.finditer(text)]
    if "what a" in text and (" excuse " in text or " of a" in text):
        found += [(*m.span("contempt"), "a bad ") for m in _EXCUSE_FOR.finditer(text)]
    if "hate " in text:
        found += [
            (*m.span("hate"), "dislike")
            for m in _HATED_HOW.finditer(text)
            if not names_a_people(m.group("rest")) and WORDS.isdisjoint(m.group("rest").split())
        ]
    if _ANY_THING.search(text):
        for m in _HATED.finditer(text):
            found += [(*m.span("hate"), "dislike"), *_witless(m)]
        if _HATE_IT.search(text):
            found += [(*m.span("hate"), "dislike") for m in _HATED_AFTER.finditer(text)]
        for m in _SAID_OF.finditer(text):
            found += [(*m.span("contempt"), "bad"), *_witless(m)]
    return replace_words(norm, disjoint(found)) if found else norm


def _witless(m: re.Match[str]) -> list[tuple[int, int, str]]:
    """A thing called stupid in ``m`` ("I hate this stupid printer"), read as
    "bad": it has no wits to insult (INSULT 1.00 for the printer)."""
    return [(*m.span("wits"), "bad")] if m.group("wits") else []


def _of_policies(text: str) -> list[tuple[int, int, str]]:
    """Contempt said of a policy in ``text``, each read as "bad"."""
    found: dict[int, tuple[int, int, str]] = {}
    for thing in _ANY_CIVIC.finditer(text):  # read around each policy named
        for m in _CIVIC_SAID_OF.finditer(text, max(0, thing.start() - 60), thing.end() + 120):
            span = m.span("contempt" if m.group("contempt") else "before")
            found[span[0]] = (*span, "bad")
    return list(found.values())
