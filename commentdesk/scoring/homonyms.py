"""Slurs and swear words in their other, older senses, read as those senses.

A word that is a slur in one sense names a bundle of sticks, a dish, a sea
wall, a female dog, a rooster or a donkey in another, and both stages
learned only the first: "We had faggots with mash and onion gravy" scored
TOXICITY 0.97 and IDENTITY_ATTACK 0.97, "Our bitch had eight puppies last
night" 0.94, "The cock crowed at dawn" 0.91, "Jesus rode into Jerusalem on
an ass" 0.95. A thread under a recipe, a farming story or a dog show would
be held for its vocabulary.

So, before either stage reads a comment, such a word is read as the plain
word of its other sense ("meatballs", "dog", "rooster", "donkey") where its
sentence holds a word of that sense's world and it is not said to someone
or with an insult's adjective ("you stupid bitch, I hope your puppies
die"): puppies or a kennel for
"bitch", gravy or a butcher for "faggots", firewood for "faggot", the sea
or a flood for "dyke". Without one it is read as written, and so is every
word whose other sense has no such world ("You stupid bitch", "a dyke
like her"). The policy's word lists still see the author's text.
"""

from __future__ import annotations

import re

from commentdesk.scoring.cues import cues_in
from commentdesk.textnorm import Normalized, replace_words

# (the word, its forms; what each form is read as; the words of its other world)
_SENSES: tuple[tuple[dict[str, str], frozenset[str]], ...] = tuple(
    (forms, frozenset(world.split()))
    for forms, world in (
        (
            {"bitch": "dog", "bitches": "dogs"},
            "puppy puppies litter litters whelp whelped whelping whelps breeder breeders "
            "breeding kennel kennels sire pedigree spayed crufts greyhound greyhounds terrier "
            "spaniel labrador collie",
        ),
        (
            {"faggot": "bundle", "faggots": "bundles"},
            "firewood sticks twigs kindling brushwood fireplace hearth stove bonfire bundle "
            "bundles",
        ),
        (
            {"faggot": "meatball", "faggots": "meatballs"},
            "peas gravy mash butcher butchers recipe",
        ),
        (
            {
                "dyke": "embankment",
                "dykes": "embankments",
                "dike": "embankment",
                "dikes": "embankments",
            },
            "sea seas flood floods flooding flooded water waters river rivers canal canals dam "
            "dams tide tides tidal levee levees embankment drain drainage polder polders dutch "
            "holland netherlands breach breached burst marsh marshes fens fenland farmland "
            "reclaimed surge",
        ),  # fmt: skip
        (
            # British for a cigarette: "nicked a fag from his mate outside the pub".
            {"fag": "cigarette", "fags": "cigarettes"},
            "smoke smoked smoking smokes smoker lit light lighter lighting ash ashtray puff "
            "packet pack rolled roll rollie tobacco nicotine cigarette cigarettes cig ciggie "
            "vape break pub nicked bum bummed cadge cadged",
        ),
        (
            {"cock": "rooster", "cocks": "roosters"},
            "crowed crow crows crowing hen hens farmyard pheasant pheasants cockerel poultry coop "
            "dawn",
        ),
        (
            {"ass": "donkey", "asses": "donkeys"},
            "colt foal bray brayed braying balaam jerusalem ox oxen manger",
        ),
    )
)
# Each word's senses, in the order above.
_SENSES_OF = {
    form: [(forms, world) for forms, world in _SENSES if form in forms]
    for form in {form for forms, _ in _SENSES for form in forms}
}
_FORMS = frozenset(_SENSES_OF)
# Every word above, once: a comment without any is not searched.
_CUES = ("bitch", "faggot", "fag", "dyke", "dike", "cock", "ass", "pussy willow")
_WORD = re.compile(r"[a-z]+")
# Only one sense in every world: "pussy willow" (not "pussy cats", which
# calls someone a coward).
_WILLOW = re.compile(r"\bpussy(?=\s+willows?\b)")
# And "spotted dick", the suet pudding: "my grandmother's spotted dick
# recipe" scored TOXICITY 0.88 (not "a dick", which is said to someone).
_PUDDING = re.compile(r"(?<=\bspotted\s)dick\b")
# Said to someone or with an insult's adjective, the word is the slur:
# "you stupid bitch, I hope your puppies die".
_ABUSING = re.compile(
    r"(?:\b(?:you|u|ya|stupid|dumb|fat|ugly|crazy|lying|little|fucking|filthy|dirty|silly|psycho"
    r"|worthless|useless|lazy)\s+)\Z"
)
_SMOKED = re.compile(
    r"\b(?:a|my|his|her|your|their|our|last|quick|cheeky|crafty|another|of|for|first)\s+\Z"
)
_NAMED_A = re.compile(
    r"\b(?:what|such|is|are|was|were|you're|you\s+are|he's|she's|being|like|a\s+real|act\s+like)\s+(?:a|an)\s+\Z"
)
_SMOKE_AFTER = re.compile(r"\s+(?:break|breaks|packet|packets|end|ends|papers|lighter)\b")
_BEAST = re.compile(r"\b(?:an|the|braying|wild|balaam's)\s+\Z")
# Followed by these, the word is the swear word: "cock sucking".
_SWEARING = re.compile(r"[\s-]*(?:suck|sucking|sucker|sucks|ring|block|blocker|tease|head|fuck)")


def _sentence_words(text: str, begin: int, end: int) -> set[str]:
    """The words of the sentence around ``text[begin:end]``."""
    lo = max(text.rfind(mark, 0, begin) for mark in ".!?\n") + 1
    his = [text.find(mark, end) for mark in ".!?\n"]
    hi = min((h for h in his if h >= 0), default=len(text))
    return set(_WORD.findall(text, lo, hi))


def unslurred(norm: Normalized) -> Normalized:
    """``norm`` with each slur or swear word said in its other sense read as
    that sense's plain word; offsets still point at the author's characters."""
    text = norm.text
    found: dict[int, tuple[int, int, str]] = {}
    for at in cues_in(text, _CUES):
        if at in found or (at and text[at - 1].isalpha()):
            continue
        m = _WORD.match(text, at)
        if m is None or m.group() not in _FORMS:
            continue
        if m.group() in ("ass", "asses") and not _BEAST.search(text, max(0, at - 12), at):
            continue  # "kiss my ass", "lick jewish ass": only "an ass", "the ass" is the beast
        if m.group() in ("fag", "fags") and (
            _NAMED_A.search(text, max(0, at - 16), at)
            or not (_SMOKED.search(text, max(0, at - 16), at) or _SMOKE_AFTER.match(text, m.end()))
        ):
            continue  # "that fag on the bus" is a person; "a quick fag", "fag break" a smoke
        if _ABUSING.search(text, max(0, at - 12), at) or _SWEARING.match(text, m.end()):
            continue
        world = _sentence_words(text, at, m.end())
        for forms, senses in _SENSES_OF[m.group()]:
            if not senses.isdisjoint(world):
                found[at] = (at, m.end(), forms[m.group()])
                break
    for m in _WILLOW.finditer(text) if "pussy willow" in text else ():
        found[m.start()] = (m.start(), m.end(), "catkin")
    for m in _PUDDING.finditer(text) if "spotted dick" in text else ():
        found[m.start()] = (m.start(), m.end(), "pudding")
    return replace_words(norm, [found[k] for k in sorted(found)]) if found else norm
