"""A people called by a derogatory word: an attack on them for who they are.

Perspective's IDENTITY_ATTACK is a negative or hateful comment aimed at
people because of their identity. Both stages score "Women are stupid" as
toxic (0.99) and insulting, but its IDENTITY_ATTACK stayed under 0.5 for a
third of such sentences (14 peoples x 14 derogatory words: "Immigrants are
animals" 0.24, "Refugees are stupid" 0.39, "Old people are worthless" 0.16):
the attribute was learned from corpora where hate is more often spelt out.

So where a comment says a people are a derogatory word ("Muslims are all
terrorists", "trans people are disgusting", "women are too stupid to vote",
"every Jew is a liar"),
or calls anyone by a slur for a people (IDENTITY_ATTACK 0.08-0.37 for
"faggot" in six sentences at TOXICITY 1.0), or says the author hates a
people ("I despise gay people"), its IDENTITY_ATTACK is at least its
TOXICITY. Not where the word is denied or
condemned (read as neutral by :mod:`commentdesk.scoring.scope` before this
runs), nor "not all Muslims are terrorists", nor what others are reported to
think ("many of them think women are inferior"); "I think women are
inferior" is the author's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from commentdesk.scoring.cues import any_cue, cues_in
from commentdesk.scoring.scope import DEROGATORY
from commentdesk.scoring.spelling import SLUR_MEANT
from commentdesk.textnorm import Normalized, alternatives, disjoint, normalize, replace_words

PEOPLES = frozenset(
    """
    muslims jews immigrants migrants refugees women gays lesbians homosexuals blacks whites
    mexicans africans arabs asians christians hindus sikhs catholics latinos hispanics indians
    chinese pakistanis somalis syrians afghans gypsies roma foreigners nigerians poles
    romanians bisexuals latinas buddhists atheists mormons kurds turks iraqis iranians
    jamaicans haitians koreans filipinos ukrainians russians albanians bangladeshis
    palestinians israelis aboriginals travellers ethiopians eritreans sudanese congolese
    ghanaians kenyans moroccans algerians egyptians lebanese yemenis vietnamese
    females
    """.split()
)
# "Black people", "trans women": a people named by what describes them.
DESCRIBING = frozenset(
    "black white gay trans transgender disabled old jewish muslim asian brown indian chinese "
    "mexican arab polish romanian nigerian somali african hispanic latino bisexual lesbian deaf "
    "blind autistic elderly christian catholic hindu sikh pakistani syrian afghan foreign "
    "immigrant migrant roma romani traveller indigenous aboriginal native kurdish turkish "
    "palestinian israeli iraqi iranian bangladeshi albanian haitian jamaican korean japanese "
    "vietnamese filipino ukrainian russian irish queer buddhist asylum".split()
)
# ("bankers", "financiers": the subjects of the oldest slander of Jews)
_NOUNS = frozenset("people men women folks workers seekers bankers financiers".split())
# Said of a people, these too call them something for who they are ("why are
# Chinese people so sneaky and dishonest?" IDENTITY_ATTACK 0.44 at TOXICITY
# 0.83), though said of a politician's argument ("dishonest") they are not
# the derogatory words :mod:`commentdesk.scoring.scope` reads as denied.
_VICE_WORDS = DEROGATORY | frozenset(
    """
    dishonest sneaky untrustworthy devious treacherous shifty deceitful smelly stinky inbred
    incapable uncivilised uncivilized backwards nasty vile repulsive disgusting revolting shit
    shite crap disgrace scammers freeloaders beggars
    """.split()
)
_DEROG_OF_PEOPLE = alternatives(_VICE_WORDS)
# "...are the most revolting people on earth" (IDENTITY_ATTACK 0.47 at
# TOXICITY 0.86): a superlative says it as plainly.
_SAID_OF = re.compile(
    r"[a-z]+(?:\s+[a-z]+)?\s+(?:are|r)\s+"
    r"(?:(?:all|just|nothing\s+but|so|such|really|truly|a\s+bunch\s+of|a|an|(?:among\s+)?the\s+most)\s+)*"
    rf"(?:[a-z]+\s+)?{_DEROG_OF_PEOPLE}(?![a-z])"
)
# "Not all Muslims...", "some women...": not the people as a whole.
_PICKED_OUT = re.compile(r"\b(?:not\s+all|not\s+every|some|few)\s+(?:of\s+(?:the\s+)?)?\Z")
# "Many of them think women are...": someone else's view, reported.
_REPORTED = re.compile(
    # Not the author's own ("I honestly believe women are...").
    r"\b(?!i\b|we\b)(?<!\bi\s)(?<!\bwe\s)[a-z]+\s+(?:think|thinks|thought|believe|believes|believed|claim|claims|"
    r"claimed|say|says|said|taught|told)\s+(?:us\s+|them\s+)?(?:(?:[a-z']+\s+){0,4}?that\s+)?"
    r"(?:(?:all|most|many|the|these|those)\s+)?(?:[a-z]+\s+)?\Z"
)


# "Immigrants are animals" scored TOXICITY 0.27 where "... are vermin" scored
# 0.98: the training data's animals are mostly farm and zoo ones. Said of a
# people, such a word is read as the dehumanising one it is; so are
# "inferior" ("Black people are inferior" 0.24, "... subhuman" 0.98) and
# "leeches" (0.45, "... parasites" 0.98).
# A people called a sickness ("Jews are a virus" 0.41) is read as the plague
# the encoder knows (0.99).
MEANT = {
    "animals": "vermin", "beasts": "vermin", "inferior": "subhuman", "leeches": "parasites",
    "virus": "plague", "cancer": "plague", "tumour": "plague", "tumor": "plague",
    "infection": "plague",
    # Pests, which the stages read as a third to two thirds of "vermin":
    # "Jews are lice" IDENTITY_ATTACK 0.43, "Women are dogs" 0.10.
    "locusts": "vermin", "insects": "vermin", "lice": "vermin", "maggots": "vermin",
    "rodents": "vermin", "termites": "vermin", "pests": "vermin", "pest": "vermin",
    "roaches": "vermin", "fleas": "vermin", "ticks": "vermin", "dogs": "vermin",
    # A people called predators of children: "Pakistanis are all groomers"
    # (IDENTITY_ATTACK 0.26, "...paedophiles" 0.97).
    "groomers": "pedophiles",
    # Owned, not people: "Women are property and should act like it"
    # (IDENTITY_ATTACK 0.56).
    # ("objects" left: "women are objects in these adverts" criticises the adverts.)
    "property": "subhuman",
}  # fmt: skip
_SAID_TO_BE = re.compile(
    r"\s+(?:are|r)\s+(?:(?:all|just|nothing\s+but|like|no\s+better\s+than|such|wild|filthy|dirty|a|an|"
    r"(?:a|an)\s+(?:swarm|pack|horde|plague|infestation|bunch|herd)\s+of|"
    r"so|naturally|genetically|simply|racially|clearly|biologically|inherently|innately|intellectually"
    rf"|morally|mentally|fundamentally|obviously|basically)\s+)*(?P<word>{alternatives(set(MEANT))})(?![a-z])"
)


# One substring search each; the short words with their space ("police" holds "lice").
_MEANT_CUES = tuple(word if len(word) > 5 else f" {word}" for word in MEANT)


# A people denied every right, which is to deny they are people: "Immigrants
# deserve no rights" scored TOXICITY 0.43, "Immigrants don't deserve any
# rights at all" 0.09, "... are not human" (read as "subhuman") 0.98. Only
# rights as a whole: "should not get the same rights as citizens" and "no
# right to stay" are arguments about law, read as written.
_RIGHTLESS = re.compile(
    r" (?:(?:deserve|have|get)s?\s+no\s+rights"
    r"|(?:don't|do\s+not|dont|shouldn't|should\s+not|must\s+not)\s+(?:deserve|have|get|be\s+given)\s+any"
    r"\s+rights|should\s+(?:have|get|be\s+given)\s+no\s+rights"
    r"|should\s+be\s+(?:stripped|deprived)\s+of\s+(?:all\s+)?(?:their\s+)?rights)"
    r"(?=\s*(?:$|[.!?,;]|at\s+all\b|whatsoever\b))"
)


# A people whose lives are said not to matter ("Black lives don't matter",
# IDENTITY_ATTACK 0.04-0.19 over eight peoples) or who are "not worth
# anything": denied their worth as people, read as "subhuman" too.
_LIFELESS = re.compile(
    r" (?:lives\s+(?:(?:just|simply|really|honestly|truly)\s+)?"
    r"(?:do\s+not|don't|dont|never|will\s+never|shouldn't|should\s+not)"
    r"\s+matter|(?:are|r)\s+(?:not|never)\s+worth\s+(?:anything|a\s+thing|a\s+damn|shit|spit)"
    r"|(?:are|r)\s+worth\s+nothing|aren't\s+worth\s+(?:anything|a\s+thing|a\s+damn|shit|spit)"
    # "Haitians are worth less than dogs" (TOXICITY 0.09).
    r"|(?:are|r)\s+worth\s+less\s+than\s+(?:a\s+)?(?:dogs?|animals?|rats?|dirt|vermin|cattle|pigs?|nothing))"
    r"\b(?!\s*\?)"
)


# A people denied any good ("Muslims are not good people", "Jews can never be
# good people", "women are never any good"): the linear stage read the
# negated praise as praise (TOXICITY 0.02-0.07 over eight peoples) and sent
# none of it to the encoder; read as "worthless", which both stages know
# (0.88-0.97). Not a people good for or at something ("immigrants are not
# good for wages"), nor a question.
_GOODLESS = re.compile(
    r" (?:(?:are|r)\s+(?:not|never)\s+(?:any\s+)?good(?:\s+people)?|(?:are|r)\s+no\s+good"
    r"|aren't\s+(?:any\s+)?good(?:\s+people)?"
    r"|(?:can|could|will|would)\s+never\s+be\s+(?:any\s+)?good(?:\s+people)?"
    r"|(?:can't|cannot|won't)\s+(?:ever\s+)?be\s+(?:any\s+)?good(?:\s+people)?)"
    r"(?=\s*(?:$|[.!,;]))"
)


# A people denied any worth or respect: "Disabled people are of no value to
# society" (IDENTITY_ATTACK 0.41), "disabled people have no value" (TOXICITY
# 0.11), "deaf people don't deserve any respect" (0.05). Read as "worthless"
# and, where the respect owed to anyone is denied, as "subhuman".
_VALUELESS = re.compile(
    r" (?:(?:are|r)\s+of\s+(?:no|zero)\s+(?:value|use|worth)"
    r"|(?:have|has)\s+(?:no|zero)\s+(?:value|worth)"
    r"|(?:bring|add|contribute|offer)s?\s+(?:absolutely\s+)?nothing(?:\s+of\s+value)?)"
    r"(?=\s*(?:$|[.!,;]|(?:to|for)\s+(?:society|anyone|anybody|this\s+country|the\s+country|our\s+country"
    r"|us|the\s+world|humanity|the\s+human\s+race)\b|whatsoever\b|at\s+all\b|left\b|anymore\b"
    r"|any\s+more\b))"
)
_RESPECTLESS = re.compile(
    r" (?:(?:deserve|get)s?\s+(?:no|zero)\s+(?:respect|dignity)"
    r"|(?:don't|do\s+not|dont|shouldn't|should\s+not)\s+(?:deserve|get|be\s+given|be\s+shown)\s+(?:any\s+)?"
    r"(?:respect|dignity)|(?:should|must)\s+(?:never|not)\s+be\s+(?:respected|treated\s+with\s+(?:respect|dignity)))"
    r"(?=\s*(?:$|[.!,;]|at\s+all\b|whatsoever\b))"
)


# "Roma are not capable of holding a job" (TOXICITY 0.08) said as the stages
# know it: "...are incapable of learning" scored 0.92.
_INCAPABLE = re.compile(
    r" (?:(?:are|r)\s+(?:not|never)|aren't|arent)\s+(?:(?:even|really)\s+)?capable(?=\s+of\s+[a-z])"
)

# What is denied a whole people, the cues one of which must be in the text
# first, and how the denial reads.
# Ranked with animals rather than people: "Black people are closer to apes
# than to humans" (IDENTITY_ATTACK 0.50), "...more animal than human".
_APELIKE = re.compile(
    r" (?:are|r)\s+(?:(?:closer|nearer|more\s+similar|more\s+akin|more\s+related)\s+to\s+"
    r"(?:apes|monkeys|animals|gorillas|chimps|chimpanzees|beasts|dogs|pigs|rats)"
    r"|more\s+(?:animal|animals|ape|apes|beast|beasts|monkey|monkeys))\s+than\s+(?:to\s+)?"
    r"(?:humans?|people|human\s+beings|men|us)\b"
)
_DENIED = (
    ((" than",), _APELIKE, "are subhuman"),
    ((" capable of",), _INCAPABLE, "are incapable"),
    ((" good",), _GOODLESS, "are worthless"),
    ((" rights",), _RIGHTLESS, "are subhuman"),
    ((" no", "nothing"), _VALUELESS, "are worthless"),
    ((" respect", " dignity"), _RESPECTLESS, "are subhuman"),
)

# A people denied a virtue is said to have the vice: "Mexicans are not
# honest" (TOXICITY 0.28), "Arabs are not civilised" (0.37), "Somalis can't be
# trusted" (IDENTITY_ATTACK 0.57), "no Jew has ever been trustworthy" (0.25):
# the stages read the virtue and little of its denial. Read as the vice,
# which they know ("Mexicans are liars"). Not where something follows the
# virtue ("not honest with themselves", "not clean enough to..."), nor a
# people picked out ("not all...").
_VICES = {
    "honest": "liars", "truthful": "liars", "trustworthy": "liars", "trusted": "liars",
    "intelligent": "stupid", "smart": "stupid", "clever": "stupid", "bright": "stupid",
    "clean": "filthy", "hygienic": "filthy", "civilised": "savages", "civilized": "savages",
    "decent": "scum", "hardworking": "lazy", "hard-working": "lazy", "productive": "useless",
    "useful": "useless", "capable": "useless", "competent": "useless", "loyal": "traitors",
    "peaceful": "violent", "law-abiding": "criminals",
}  # fmt: skip
_VIRTUE = (
    rf"(?:(?:very|so|really|particularly|especially|that|at\s+all)\s+)?(?P<virtue>{alternatives(set(_VICES))})"
    r"(?:\s+(?:people|folk|folks|human\s+beings))?"
)
_VIRTUE_CUES = tuple(_VICES)
_CLAUSE_ENDS = r"(?=\s*(?:$|[.!,;?]|at\s+all\b|whatsoever\b|ever\b|either\b))"
_VIRTUELESS = re.compile(
    # (an adverb between the people and the denial: "Black people just aren't...")
    r" (?:(?:just|simply|really|generally|naturally|genetically|biologically|inherently"
    r"|obviously)\s+)?"
    r"(?:(?:are|r)\s+(?:not|never)(?:\s+ever)?|aren't|arent|(?:can|could|will)\s+never\s+be"
    r"|(?:can't|cannot|cant|won't|wont)\s+(?:ever\s+)?be)\s+"
    # or denied it beside others: "women will never be as intelligent as men"
    # or with the others left unsaid: "...just aren't as intelligent, the data proves it"
    rf"(?P<compared>as\s+)?{_VIRTUE}(?(compared)(?:\s+as\s+(?:[a-z]+\s+){{0,2}}?[a-z]+)?){_CLAUSE_ENDS}"
    r"| (?:(?:can't|cannot|cant|should\s+never|must\s+never|shouldn't|should\s+not)"
    r"\s+(?:ever\s+)?be"
    rf"|(?:are|r)\s+(?:not|never)\s+to\s+be)\s+(?P<trust>trusted){_CLAUSE_ENDS}"
)
# "No Jew has ever been trustworthy", "not one Mexican is honest": the
# people named after the denial.
_NONE_OF = re.compile(
    r"(?:\A|(?<=[.!?,;:\n])\s*|(?<![a-z])(?:and|but|because|so)\s+)"
    r"(?P<denial>no|not\s+(?:a\s+single|one|a))\s+(?P<who>[a-z]+(?:\s+(?:man|woman|person|people|men|women))?)\s+"
    r"(?:is|was|are|were|has\s+ever\s+been|have\s+ever\s+been|will\s+ever\s+be|can\s+(?:ever\s+)?be"
    rf"|could\s+ever\s+be|is\s+ever)\s+{_VIRTUE}{_CLAUSE_ENDS}"
)


def _virtues_denied(text: str) -> list[tuple[int, int, str]]:
    """Where a whole people is denied a virtue, and how each denial reads."""
    found = [
        (match.start() + 1, match.end(), f"are {_VICES[match.group('virtue') or 'trusted']}")
        for match in _VIRTUELESS.finditer(text)
        if _a_whole_people_opens(text, match.start())
    ]
    for match in _NONE_OF.finditer(text):
        who = match.group("who")
        first, _, noun = who.partition(" ")
        if noun:
            named = first in DESCRIBING
            people = f"{first} people"
        else:
            named = who in PEOPLES or _one_of_a_people(who)
            people = _as_a_people(who)
        if named:
            reading = f"{people} are {_VICES[match.group('virtue')]}"
            found.append((match.start("denial"), match.end(), reading))
    return found


def _as_a_people(word: str) -> str:
    """The people one of whom ``word`` names, as a plural: "women" for
    "woman", "jews" for "jew", "gay people" for "gay"."""
    plural = "women" if word == "woman" else f"{word}s"
    return word if word in PEOPLES else plural if plural in PEOPLES else f"{word} people"


def dehumanised(norm: Normalized) -> Normalized:
    """``norm`` with "animals" (and the other words of ``MEANT``) said of a
    people read as what they mean there, a people denied every right or any
    respect read as "subhuman", one denied any good or worth as "worthless",
    one denied a virtue as having its vice ("are not honest" as "are
    liars"), and derogatory words said without a verb of a people the
    sentence before named ("...Filipinos. Lazy and dishonest, every one of
    them.") as "they are all lazy and dishonest"."""
    text = norm.text
    found = []
    if any_cue(text, _MEANT_CUES):
        found = [
            (match.start("word"), match.end("word"), MEANT[match.group("word")])
            for start, at in _peoples_said_to_be(text)
            for match in [_SAID_TO_BE.match(text, at)]
            if match and of_them_all(text, start)
        ]
    if " lives " in text or " worth " in text:
        for match in _LIFELESS.finditer(text):
            # "black lives", "muslim lives": the people named by what describes them.
            word = text.rfind(" ", 0, match.start()) + 1
            described = text[word : match.start()] in DESCRIBING
            start = word if described else people_before(text, match.start())
            if start is not None and of_them_all(text, start):
                found.append((match.start() + 1, match.end(), "are subhuman"))
    for cues, denial, reading in _DENIED:
        if any(cue in text for cue in cues):
            found += [
                (match.start() + 1, match.end(), reading)
                for match in denial.finditer(text)
                if _a_whole_people_opens(text, match.start())
            ]
    if any_cue(text, _VIRTUE_CUES):
        found += _virtues_denied(text)
    if " like " in text and " of them" in text:
        for match in _LIKE_ALL.finditer(text):
            one = match.group("one")
            if _as_a_people(one) in PEOPLES or _one_of_a_people(one):
                said = f"{_as_a_people(one)} are all {match.group('word')}"
                found.append((match.start(), match.end(), said))
    if any(cue in text for cue in _FRAGMENT_CUES):
        found += [
            (match.start(), match.end(), f"they are all {match.group('words')}")
            for match in _FRAGMENT_OF_THEM.finditer(text)
            if _named_before(text, match.start()) or _described_before(text, match.start())
        ]
    return replace_words(norm, disjoint(found)) if found else norm


def _previous_sentence(text: str, at: int) -> str:
    """The sentence that ends just before ``text[at]``, with its end mark."""
    end = max(text.rfind(mark, 0, at) for mark in ".!?\n")
    if end < 0:
        return ""
    start = _SENTENCE_START.search(text, 0, end)
    return text[start.start() + 1 if start else 0 : end + 1]


def _a_whole_people_opens(text: str, at: int) -> bool:
    """Whether a people named just before ``at`` opens its clause, all of them."""
    start = people_before(text, at)
    if start is None or not of_them_all(text, start):
        return False
    return _OPENS.search(text, 0, start) is not None


# Words that name a people only to derogate them, as the stages know them;
# the rarer ones are read as ``SLUR_MEANT`` (``spelling.READ_AS``). Left out:
# words as often something else ("fag" a cigarette, "dyke" a dam, "coon" a
# raccoon, "chink" a gap) and words reclaimed within the group ("queer",
# "nigga").
SLURS = frozenset(
    """
    nigger niggers sandnigger sandniggers faggot faggots
    """.split()
)
_SLUR_CUES = ("nigger", "faggot", SLUR_MEANT)
_SLUR_READ = re.compile(
    rf"(?<![a-z]){alternatives(SLURS | {SLUR_MEANT, SLUR_MEANT + 's'})}(?![a-z])"
)


def slurred(norm: Normalized) -> bool:
    """Whether ``norm`` (as read: :func:`commentdesk.scoring.features.read`)
    calls anyone by a slur. A rare slur is read as ``SLUR_MEANT``, so there
    the author's own word decides; a slur denied or mentioned is read as
    neutral before this looks (:mod:`commentdesk.scoring.scope`)."""
    if not any(cue in norm.text for cue in _SLUR_CUES):
        return False  # most comments: a few substring searches
    for match in _SLUR_READ.finditer(norm.text):
        if not match.group().startswith(SLUR_MEANT):
            return True
        written = norm.original[norm.offsets[match.start()] : norm.ends[match.end() - 1]]
        if not re.sub(r"[^a-z]", "", normalize(written).text).startswith(SLUR_MEANT):
            return True
    return False


def attacked(norm: Normalized, text: str) -> bool:
    """Whether a comment, as read (``norm``) and as the stages read it
    (``text``), says a people are a derogatory word, says the author hates a
    people, calls for a people's death, or calls anyone a slur."""
    return derogated(text) or hated(text) or doomed(norm, text) or slurred(norm)


# Death called for against a whole people: "Immigrants deserve to die"
# (IDENTITY_ATTACK 0.42 at TOXICITY 0.97), "refugees should be shot at the
# border" (read "...killed", 0.56 at 0.86), "let's go beat up some gays"
# (read "...kill some gays"). The threat readings (``veiled``, ``harm``)
# have read the violence as "kill" by now; "I'm going to stab every Arab I
# see" is read "...kill them all", so there the author's own words must name
# the people.
_DOOMED = re.compile(
    r" (?:should|must|deserves?\s+to|needs?\s+to|ought\s+to|have\s+to)\s+"
    r"(?:all\s+|just\s+|simply\s+)*"
    r"(?:die|be\s+killed|drop\s+dead|hurry\s+up\s+and\s+die)(?![a-z])"
)
_KILLED = re.compile(
    r"\bkill\s+(?:(?P<all>them\s+all)\b|(?:(?:all|some|every|each|the|those|these)\s+)+)"
)


def doomed(norm: Normalized, text: str) -> bool:
    """Whether ``text`` (as the stages read ``norm``) calls for a whole
    people's death."""
    if " kill" in text:
        for match in _KILLED.finditer(text):
            if match.group("all"):
                said = normalize(norm.original).text
                if names_a_people(said) or any(
                    _one_of_a_people(one.group(1)) for one in _EVERY_ONE_OF.finditer(said)
                ):
                    return True
            elif people_at(text, match.end()) or (
                (one := _NAMED_ONE.match(text, match.end())) and _one_of_a_people(one.group(1))
            ):
                return True
    if " die" in text or " killed" in text or " dead" in text:
        return any(_a_whole_people_opens(text, m.start()) for m in _DOOMED.finditer(text))
    return False


_NAMED_ONE = re.compile(r"([a-z]+)")
_EVERY_ONE_OF = re.compile(r"\b(?:every|each|any)\s+(?:single\s+|last\s+)?([a-z]+)")


def derogated(text: str) -> bool:
    """Whether ``text`` (as the stages read it) says a people are a derogatory
    word: outright, one by one ("every Jew is a liar", "every Arab I've met
    was a liar"), asked why they are ("why are Mexicans all so stupid?"), or
    of "they" or "every one of them" that the sentence or clause before named
    ("I met some immigrants yesterday. They are all scum.", "I've met lots of
    Poles and all of them are thieves")."""
    for start, _ in _peoples_said_to_be(text):
        if _SAID_OF.match(text, start) and of_them_all(text, start):
            return True
    if (" is " in text or " was " in text) and any(w in text for w in ("every ", "each ", "any ")):
        for match in _EVERY_ONE.finditer(text):
            if _one_of_a_people(match.group("who")) and of_them_all(text, match.start("who")):
                return True
    if "why " in text:
        for match in _WHY_ARE.finditer(text):
            if people_at(text, match.end()) and _ASKED_OF.match(text, match.end()):
                return True
    if " them " in text or "they " in text:
        for match in _OF_THEM_SAID.finditer(text):
            if _named_before(text, match.start()) or _described_before(text, match.start()):
                return True
    if "they " in text:
        for match in _THEY_ARE.finditer(text):
            before = text[: match.start()].rstrip()
            sentence = text[
                max(before.rfind(m, 0, len(before) - 1) for m in ".!?\n") + 1 : match.start()
            ]
            if (
                _SAID_OF.match(text, match.start())
                and names_a_people(sentence)
                and not _NOT_THEM.search(sentence)
            ):
                return True
    return False


# "Every Jew is a liar", "each Mexican is a rapist": the people, one by one
# (IDENTITY_ATTACK 0.23-0.54 where TOXICITY was 0.88-0.99); not "not every...".
_EVERY_ONE = re.compile(
    # "Every Arab I've ever met was a liar": whom the author met may follow.
    r"\b(?:every|each|any)\s+(?:single\s+)?(?P<who>[a-z]+)"
    r"(?:\s+(?:i|i've|i\s+have|we|we've|we\s+have)\s+(?:[a-z']+\s+){0,3}?(?:met|known|seen|worked\s+with"
    r"|dealt\s+with|hired|come\s+across))?\s+(?:is|was)\s+"
    r"(?:(?:just|nothing\s+but|such|really|truly|a|an|potential|future|secret|born|basically)\s+)*"
    rf"(?:[a-z]+\s+)?{_DEROG_OF_PEOPLE}(?![a-z])"
)


# "I have met plenty of Catholics and every single one of them is scum"
# (IDENTITY_ATTACK 0.36 at TOXICITY 0.98), "...all of them are thieves": the
# people named before, then every one of them called a derogatory word.
_OF_THEM_SAID = re.compile(
    r"\b(?:(?:every|each)\s+(?:single\s+)?one\s+of\s+them\s+(?:is|was)|(?:all|each)\s+of\s+them\s+"
    r"(?:are|r|were|is)|they\s+(?:are|r|were)\s+all|they\s+(?:are|r)\s+(?:every\s+one|each\s+one))\s+"
    r"(?:(?:just|nothing\s+but|such|really|truly|a|an|complete|total|utter|so)\s+)*"
    rf"(?:[a-z]+\s+)?{_DEROG_OF_PEOPLE}(?![a-z])"
)
# Said of them without a verb, in a sentence of its own after the one that
# named them: "I worked with a lot of Filipinos. Lazy and dishonest, every
# one of them." (IDENTITY_ATTACK 0.37 at TOXICITY 0.80), "My new neighbours
# are Mexican. Vermin, the lot of them.", "Did you see the Somalis moving in
# next door? Filthy people." (a question about them, not about those who
# do something to them: "Why do people hate Jews? Ignorant people.")
_THEM_ALL = (
    r"(?:every\s+(?:single\s+)?one\s+of\s+them|each\s+(?:and\s+every\s+)?one\s+of\s+them"
    r"|all\s+of\s+them|the\s+(?:whole\s+)?lot(?:\s+of\s+them)?|to\s+a\s+man)"
)
_FRAGMENT_OF_THEM = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?])|(?<=\n))"
    rf"(?P<words>(?:{_DEROG_OF_PEOPLE})(?:\s*(?:,|and|&)\s*(?:and\s+)?(?:{_DEROG_OF_PEOPLE}))*)"
    rf"(?:(?:\s+(?:people|folk|lot|bunch))?\s*,?\s*{_THEM_ALL}|\s+(?:people|folk|lot|bunch))\s*(?=[.!]|$)"
)
_FRAGMENT_CUES = (" them", " lot", " people", " folk", " bunch", " man")
# One of a people called a derogatory word "like all of them": "the landlord
# is a greedy Jew like all of them" (IDENTITY_ATTACK 0.44) says it of the
# people, read as "jews are all greedy" (revision 172).
_LIKE_ALL = re.compile(
    rf"\b(?:a|an)\s+(?P<word>{_DEROG_OF_PEOPLE})\s+(?P<one>[a-z]+)\s+"
    r"(?:like\s+(?:all|the\s+rest)\s+of\s+(?:them|his|her|their)(?:\s+kind|\s+lot)?"
    r"|just\s+like\s+the\s+rest\s+of\s+them)\b"
)
# What makes a people named before "them" not the ones meant: people who do
# something to them ("people who hate Muslims... all of them are bigots").
_NOT_THEM = re.compile(
    r"\b(?:who|that|which|hate|hates|hating|attack|attacks|attacking|against|insult|insults|insulting"
    r"|harass|harasses|harassing|bully|bullies|bullying|abuse|abuses|abusing|defend|defends|defending)\b"
)


def _named_before(text: str, at: int) -> bool:
    """Whether a people is named just before ``text[at]``, in its sentence or
    the statement before it (not across a question), and nothing there says
    "them" are others (people who attack that people)."""
    start = _SENTENCE_START.search(text, 0, at)
    begin = start.start() + 1 if start else 0
    if start and text[start.start()] in ".!\n":
        earlier = _SENTENCE_START.search(text, 0, start.start())
        if not earlier or text[earlier.start()] != "?":
            begin = earlier.start() + 1 if earlier else 0
    before = text[begin:at]
    return (names_a_people(before) or _household_of_a_people(before)) and not _NOT_THEM.search(
        before
    )


# One household of a people, named for it: "a Muslim family moved in next
# door. Filthy people, all of them." (IDENTITY_ATTACK 0.16): what follows is
# said of the people the family stands for.
_HOUSEHOLD = re.compile(
    r"\b([a-z]+)\s+(?:family|families|couple|couples|household|households|neighbours?|neighbors?)\b"
)


def _household_of_a_people(sentence: str) -> bool:
    return any(_one_of_a_people(m.group(1)) for m in _HOUSEHOLD.finditer(sentence))


def _described_before(text: str, at: int) -> bool:
    """Whether the sentence just before ``text[at]`` says whom it names are
    of a people ("my new neighbours are Mexican."), or asks about a people
    ("did you see the Somalis moving in?"), and not about those who do
    something to them."""
    sentence = _previous_sentence(text, at)
    if not sentence or _NOT_THEM.search(sentence):
        return False
    asked = sentence.endswith("?") and names_a_people(sentence)
    return asked or _ARE_OF_A_PEOPLE.search(sentence) is not None


_ARE_OF_A_PEOPLE = re.compile(
    rf"\b(?:are|were)\s+(?:all\s+)?(?:{alternatives(DESCRIBING)})\s*[.!\n]\s*\Z"
)


def _one_of_a_people(word: str) -> bool:
    """Whether ``word`` names one of a people ("jew", "immigrant", "woman")."""
    return word + "s" in PEOPLES or word in DESCRIBING or word == "woman"


# "Why are Mexicans all so stupid?", "why are gay people always so disgusting".
_WHY_ARE = re.compile(r"\bwhy\s+(?:are|r)\s+(?:(?:all|so\s+many|most|the)\s+)?")
_ASKED_OF = re.compile(
    r"[a-z]+(?:\s+(?:people|men|women|folks))?\s+(?:(?:all|always|so|such|just|nothing\s+but|a\s+bunch\s+of"
    rf"|complete|total|utter|so\s+damn|this)\s+)*(?:[a-z]+\s+)?{_DEROG_OF_PEOPLE}(?![a-z])"
)
# "They are..." opening a sentence, after one that named a people.
# ...or a clause ("Gays don't deserve to adopt children, they are perverts").
# ...or the reason given for what they do ("Hindus worship cows because they
# are too stupid to know better": IDENTITY_ATTACK 0.40 at INSULT 0.99).
_THEY_ARE = re.compile(
    r"(?:(?<=[.!?,;]\s)|(?<=[.!?])|(?<=\n)|\A|(?<=\bbecause\s)|(?<=\bsince\s)|(?<=\bcause\s)"
    r"|(?<=\bcoz\s))they\s+(?=are\b|r\b)"
)


def names_a_people(sentence: str) -> bool:
    """Whether ``sentence`` names a people."""
    return any(people_at(sentence, m.start()) for m in re.finditer(r"(?<![a-z])[a-z]", sentence))


def of_them_all(text: str, start: int) -> bool:
    """Whether what is said of the people named at ``text[start]`` is said of
    them all, by the author: not "not all Muslims...", "some women...", nor
    "many of them think women..."."""
    before = text[max(0, start - 60) : start]
    return not _PICKED_OUT.search(before) and not _REPORTED.search(before)


# The author's hatred of a people, said outright: "I hate Muslims", "gay
# people disgust me". Both stages score these toxic (0.90-0.99) but put
# IDENTITY_ATTACK under 0.5 for some ("I despise gay people" 0.37).
_HATING = re.compile(
    r"(?<![a-z])(?:i|we)\s+(?:(?:really|just|truly|absolutely|do|still|fucking|bloody|damn|freaking"
    r"|effing)\s+){0,2}"
    r"(?:(?P<verb>hate|despise|loathe|detest|abhor|can'?t\s+stand|cannot\s+stand|can'?t\s+bear"
    r"|cannot\s+bear|can'?t\s+tolerate|cannot\s+tolerate|can'?t\s+abide|cannot\s+abide)(?:\s+(?:being|living|working)\s+(?:around|near|with|next\s+to))?"
    r"|(?:have|feel)\s+(?:(?:nothing\s+but|only|pure|such|so\s+much|real|deep)\s+)?"
    r"(?P<noun>contempt|hatred|hate|disdain|loathing|disgust)\s+(?:for|towards?))\s+"
    r"(?:(?:all|those|these|the|you)\s+)?(?=[a-z])"
)
# Hatred of a people named before it in the sentence: "I've known plenty of
# Afghans and I despise every one of them" (TOXICITY 0.12).
_OF_THEM_ALL = re.compile(
    r"\s+(?:(?:every|each)\s+(?:single\s+|and\s+every\s+)?one|all|the\s+lot)\s+of\s+them\b"
    r"|\s+them\s+all\b"
)
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*\Z")
_SICKENING = re.compile(
    r" (?:(?:really|just|all|truly)\s+)?(?:disgust|sicken|repulse|revolt)s?\s+me(?![a-z])"
    r"| (?:(?:really|just|all|truly)\s+)?make\s+me\s+(?:sick|puke|vomit)(?![a-z])"
)


# Each pattern has one of its cues; a comment without any is not searched.
# ("loathe", "detest" and "abhor" aimed at a people are already read as
# "hate" by :func:`hatred`.)
_HATING_CUES = (
    " hate",
    " despise",
    "t stand",
    "t bear",
    "t tolerate",
    "t abide",
    " contempt",
    " disdain",
    " loathing",
    " disgust for",
)
_SICKENING_CUES = ("disgust", "sicken", "repulse", "revolt", " me sick", " me puke", " me vomit")


def hated(text: str) -> bool:
    """Whether ``text`` (as the stages read it) says the author hates a people.
    Hatred denied ("I don't hate Muslims") is read as neutral before this looks."""
    for at in cues_in(text, _HATING_CUES):
        for match in _HATING.finditer(text, max(0, at - 30), at + 30):
            if _hated_people(text, match):
                return True
    for at in cues_in(text, _SICKENING_CUES):
        for match in _SICKENING.finditer(text, max(0, at - 20), at + 30):
            start = people_before(text, match.start())
            if start is not None and _OPENS.search(text, 0, start):
                return True
    return False


# Hatred in words too rare in the training data for the stages to know:
# "I loathe Mexicans" scored TOXICITY 0.04, "I hate Mexicans" 0.98.
# "I can't stand disabled people" scored 0.07: as hatred as "hate" itself.
# The stages know "despise" for some peoples only ("I despise Muslims" 0.90,
# "I absolutely despise Roma people" 0.16).
_RARE_HATING = (
    "despise",
    "loathe",
    "detest",
    "abhor",
    "contempt",
    "hatred",
    "disdain",
    "loathing",
    "disgust",
    "can't stand",
    "cant stand",
    "cannot stand",
    "can't bear",
    "cant bear",
    "cannot bear",
    "can't tolerate",
    "cant tolerate",
    "cannot tolerate",
    "can't abide",
    "cant abide",
    "cannot abide",
)
_RARE_HATING_CUES = tuple(f" {verb}" for verb in _RARE_HATING)


# Disgust at a people in an idiom the stages barely know: "Disabled people
# make my skin crawl" scored TOXICITY 0.40, "... disgust me" 0.95.
# "Catholics fill me with rage" (TOXICITY 0.33) is the same disgust.
_SKIN_CRAWLING = re.compile(
    r" (?P<idiom>(?:(?:really|just|all|truly|honestly)\s+)?(?:make|makes)\s+(?:my\s+skin\s+crawl"
    r"|my\s+blood\s+boil|my\s+stomach\s+(?:turn|churn)|me\s+(?:want\s+to\s+)?(?:throw\s+up|retch|gag|vomit|puke))"
    r"|(?:turn|turns)\s+my\s+stomach|(?:repulse|repulses|repel|repels)\s+me"
    r"|(?:(?:really|just|all|truly|honestly)\s+)?(?:fill|fills)\s+me\s+with\s+(?:(?:such|pure|so\s+much)\s+)?"
    r"(?:rage|disgust|hatred|revulsion|loathing|contempt|anger|fury))(?![a-z])"
)
_SKIN_CRAWLING_CUES = (
    "skin crawl", "blood boil", "my stomach", "throw up", " retch", " gag", " repulse", " repel",
    " me with", " vomit", " puke",
)  # fmt: skip
# The author's hatred said as a superlative, the people last: "Nothing
# disgusts me more than lesbians" (IDENTITY_ATTACK 0.27), "nothing makes me
# angrier than Sikhs" (TOXICITY 0.07). Read as "I hate", which both stages know.
_NOTHING_MORE = re.compile(
    r"(?<![a-z])(?P<idiom>(?:there\s+is\s+|there's\s+)?nothing\s+(?:(?:that\s+)?(?:i\s+)?(?:hate|despise|loathe|detest)"
    r"|(?:that\s+)?(?:disgusts|sickens|repulses|revolts|angers|enrages|annoys)\s+me"
    r"|(?:that\s+)?makes\s+me\s+(?:angrier|sicker|madder|more\s+(?:angry|sick|furious|disgusted))"
    r")\s+(?:more|as\s+much|quite\s+as\s+much)?\s*(?:than|as)\s+"
    r"(?P<seeing>(?:seeing|hearing|meeting|having)\s+)?(?:(?:all|those|these|the|so\s+many)\s+)?)(?=[a-z])"
)
# "...than seeing Muslims harassed on the bus", "...than hearing Jews
# mocked": what is done to the people angers the author, not the people.
_DONE_TO = re.compile(
    r"(?<![a-z])(?!(?:wo)?men\b|children\b|citizens\b|kitchen\b|everything\b|anything\b"
    r"|something\b|nothing\b|evening\b|morning\b|(?:over|every)?ten\b)"
    r"(?:[a-z]+(?:ed|en|ing)|suffer|die|cry|hurt|lose|lied\s+to|shot|spat\s+on)(?![a-z])"
)
_CLAUSE_END = re.compile(r"[.!?;,\n]|$")


def hatred(norm: Normalized) -> Normalized:
    """``norm`` with a rarer word of the author's hatred of a people
    ("despise", "loathe", "detest", "abhor", "can't stand", "can't bear",
    "can't tolerate"; "contempt", "disdain" for them) read as "hate", a people
    said to make the author's skin crawl (or blood boil, or stomach turn, or
    to fill them with rage) as one that disgusts them, and hatred said as a
    superlative ("nothing disgusts me more than...") as "I hate". Hatred
    disowned ("I don't loathe...") is read as neutral before this looks."""
    text = norm.text
    found: dict[int, tuple[int, int, str]] = {}
    for at in cues_in(text, _RARE_HATING_CUES):
        for match in _HATING.finditer(text, max(0, at - 30), at + 30):
            word = match.lastgroup or 0  # "verb" or "noun", whichever matched
            if match.group(word) in _RARE_HATING and _hated_people(text, match):
                found[match.start(word)] = (match.start(word), match.end(word), "hate")
    for at in cues_in(text, _SKIN_CRAWLING_CUES):
        for match in _SKIN_CRAWLING.finditer(text, max(0, at - 40), at + 20):
            start = people_before(text, match.start())
            if start is not None and _OPENS.search(text, 0, start):
                found[match.start("idiom")] = (*match.span("idiom"), "disgust me")
    if "nothing " in text:
        for match in _NOTHING_MORE.finditer(text):
            if not (people_at(text, match.end()) and _OPENS.search(text, 0, match.start())):
                continue
            if match.group("seeing"):
                end = _CLAUSE_END.search(text, match.end()).start()  # type: ignore[union-attr]
                if _DONE_TO.search(text, match.end(), end):
                    continue
            found[match.start("idiom")] = (*match.span("idiom"), "i hate ")
    return replace_words(norm, sorted(found.values())) if found else norm


def _hated_people(text: str, match: re.Match[str]) -> bool:
    """Whether the hatred ``match`` found is of a people: named after it, one
    by one ("I despise every Hindu I have ever met"), or before it."""
    if people_at(text, match.end()):
        return True
    one = _EACH_OF_A_PEOPLE.match(text, match.end())
    return bool(one and _one_of_a_people(one.group("who"))) or _of_a_people_named(text, match)


_EACH_OF_A_PEOPLE = re.compile(r"(?:every|each|any)\s+(?:single\s+)?(?P<who>[a-z]+)")


def _of_a_people_named(text: str, match: re.Match[str]) -> bool:
    """Whether the hatred ``match`` found is of "every one of them", a people
    named before it in its sentence (not across a question: "People who
    attack Muslims? I hate every one of them")."""
    verb = match.group("verb")
    if verb is None or not _OF_THEM_ALL.match(text, match.end("verb")):
        return False
    before = _SENTENCE_START.search(text, 0, match.start())
    return names_a_people(text[before.start() + 1 if before else 0 : match.start()])


# What may come before a people that is the subject of its clause ("all
# Muslims disgust me", "and gay people make me sick"), and not the object of
# another ("people who hate Muslims disgust me").
_OPENS = re.compile(r"(?:\A|[.!?,;:]\s*|(?<![a-z])(?:all|these|those|the|and|but)\s+)\Z")


def people_at(text: str, begin: int) -> bool:
    """Whether a people is named at ``text[begin]``: not a thing of theirs
    ("women's football", "the people's vote")."""
    return people_end(text, begin) is not None


def people_end(text: str, begin: int) -> int | None:
    """Where the people named at ``text[begin]`` ends ("muslims", "gay
    people"), if one is named there."""
    end = begin
    while end < len(text) and text[end].isalpha():
        end += 1
    if text.startswith("'s", end):
        return None
    if text[begin:end] in PEOPLES:
        return end
    following = _NEXT_NOUN.match(text, end)
    if text[begin:end] in DESCRIBING and following and following.group(1) in _NOUNS:
        return following.end()
    return None


# The word after one that describes a people: "gay [people]", not "gay [people's]".
_NEXT_NOUN = re.compile(r"\s+([a-z]+)(?!'s)")


def _peoples_said_to_be(text: str) -> Iterator[tuple[int, int]]:
    """(where a people is named, where its " are " follows), in text order.
    Each " are " (a C search) is a place to look: most comments have one or two."""
    at = _next_copula(text, 0)
    while at >= 0:
        start = people_before(text, at)
        if start is not None:
            yield start, at
        at = _next_copula(text, at + 1)


def _next_copula(text: str, start: int) -> int:
    found = [at for at in (text.find(" are ", start), text.find(" r ", start)) if at >= 0]
    return min(found, default=-1)


def people_before(text: str, at: int) -> int | None:
    """Where the people named just before ``text[at]`` begins, if one is."""
    begin = text.rfind(" ", 0, at) + 1
    word = text[begin:at]
    if word in PEOPLES and word not in _NOUNS:
        return begin
    if word in _NOUNS and begin >= 2:
        first = text.rfind(" ", 0, begin - 1) + 1
        if text[first : begin - 1] in DESCRIBING:
            return first  # "trans women", "black men"
    return begin if word in PEOPLES else None
