"""Damage done by things, said in violent words, read as an effect.

Readers argue about what policies, industries and habits do to the world in
the strongest verbs they have: "Fossil fuels are destroying the planet"
scored TOXICITY 0.89, "Eating meat is destroying the rainforest" 0.81,
"Cars are choking our cities" 0.76, "Wind farms are slaughtering birds and
ruining the landscape" 0.73, "Plastic is destroying the oceans" 0.71,
while "Plastic is affecting the oceans" scored 0.04. Both stages learned
"destroying" and "ruining" from abuse aimed at people; aimed by a thing at
a thing, they carry an opinion, on every side of every debate ("wind farms"
and "fossil fuels" alike), and no incivility at all.

Before either stage reads a comment, such a verb ("destroying", "ruining",
"wrecking", "killing", "choking", "gutting", "slaughtering"...) is read as
"affecting" (in its tense) where its subject, the words that open its
clause, is a thing, or people by their trade ("payday lenders are bleeding
poor families dry" 0.72: an argument about a business): not one person or a
pronoun ("this user", "you", "they"), not a people or a faith
("immigrants", "foreigners", "the Jewish lobby", "Islam"), and not a word of
contempt ("your kind", "that scum", "invaders"). Said of them, the verb is
the stages' to judge, as written ("Immigrants are destroying our country"
is an attack on a people, "Liberals are destroying the family" an argument
about a party, and the stages tell them apart). Nor where the damage is
done to the reader ("...is killing you").
"""

from __future__ import annotations

import re

from commentdesk.scoring.cues import any_cue
from commentdesk.scoring.peoples import DESCRIBING, PEOPLES
from commentdesk.scoring.praise import PERSONS
from commentdesk.scoring.scope import DEROGATORY
from commentdesk.textnorm import Normalized, replace_words

# Each violent verb of damage: its forms after "is" and after "has".
_VERBS: dict[str, tuple[str, str]] = {
    "destroy": ("destroying", "destroyed"),
    "ruin": ("ruining", "ruined"),
    "wreck": ("wrecking", "wrecked"),
    "kill": ("killing", "killed"),
    "murder": ("murdering", "murdered"),
    "choke": ("choking", "choked"),
    "strangle": ("strangling", "strangled"),
    "gut": ("gutting", "gutted"),
    "cripple": ("crippling", "crippled"),
    "devastate": ("devastating", "devastated"),
    "slaughter": ("slaughtering", "slaughtered"),
    "poison": ("poisoning", "poisoned"),
    "devour": ("devouring", "devoured"),
    "decimate": ("decimating", "decimated"),
    "ravage": ("ravaging", "ravaged"),
    "demolish": ("demolishing", "demolished"),
    "annihilate": ("annihilating", "annihilated"),
    "obliterate": ("obliterating", "obliterated"),
    "crush": ("crushing", "crushed"),
    "hammer": ("hammering", "hammered"),
    "batter": ("battering", "battered"),
    "drain": ("draining", "drained"),
    "bleed": ("bleeding", "bled"),
    "squeeze": ("squeezing", "squeezed"),
    "rob": ("robbing", "robbed"),
    "wipe out": ("wiping out", "wiped out"),
}
_AS: dict[str, str] = {}
_ING: list[str] = []
_ED: list[str] = []
for _ing, _ed in _VERBS.values():
    _AS[_ing.split()[0]] = "affecting"
    _ING.append(_ing.replace(" ", r"\s+"))
    _AS[_ed.split()[0]] = "affected"
    _ED.append(_ed.replace(" ", r"\s+"))
_ADVERBS = (
    r"(?:(?:slowly|steadily|literally|quietly|already|just|now|still|basically|actively|really"
    r"|systematically|gradually|rapidly|absolutely|simply|truly|utterly|completely|effectively)\s+)?"
)
# A word of a subject: never a helper or a joint, so a clause that fails
# ("this is appalling and it is destroying...") leaves the next one to try.
_WORD = r"(?!(?:is|are|was|were|has|have|had|and|but|or|that|which|who)\b)[a-z0-9'&-]+"
# A clause opens, then its subject (one to six words), then the verb after
# its helper: "fossil fuels are destroying", "the war on drugs has ruined".
# Never the bare verb: "murders" and "kills" are as often nouns ("abortion
# is murder"), and "kill them all" a command with no subject.
_DAMAGE = re.compile(
    rf"""(?x)
    (?:^|(?<=[.!?;:\n,(])|\b(?:and|but|because|since|while|that|as|when|if|so)\b)\s*
    (?P<subject>(?:{_WORD}\s+){{0,5}}?{_WORD})\s+
    (?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|keeps|keep|kept)\s+{_ADVERBS}
        (?P<ing>{"|".join(_ING)})
      | (?:has|have|had)\s+{_ADVERBS}(?P<ed>{"|".join(_ED)}))\b
    (?!\s+(?:you|u|ya|yourself|your\s+(?:family|kids|children|wife|husband|life))\b)
    """
)
# Who is not a thing: people named by a belief, an origin or a party
# ("activists", "politicians", "Christians", "Indians"), in their
# collectives, and in contempt; nor the words that stand for a people in
# the talk of those who hate it ("Islamic culture", "third world
# immigration", "diversity", "gender ideology").
_PERSON_ENDINGS = (
    "ist", "ists", "ian", "ians", "ite", "ites", "men", "women", "folk", "folks", "people",
    "kids", "guys", "children", "ones", "tards", "bros",
)  # fmt: skip
# People by their trade, in the plural, may be said to do damage: "payday
# lenders are bleeding poor families dry" (0.72) and "landlords are
# squeezing tenants out" (0.79) argue about a business, as "bankers are
# ruining the economy" does. One of them ("this user is ruining the
# article") is someone in the thread, and those words of the plural that
# name a people by where they come from, or in contempt, are not trades.
_NOT_TRADES = frozenset(
    """
    foreigners outsiders settlers newcomers northerners southerners westerners easterners
    islanders highlanders villagers travellers invaders infiltrators colonizers colonisers
    occupiers squatters scroungers spongers freeloaders breeders others brothers sisters
    mothers fathers daughters neighbors neighbours lovers supporters followers voters dreamers
    """.split()
)
# One person by what they do: someone in the thread or the story.
_ONE_OF_THEM = frozenset(
    """
    user member player leader owner driver worker officer voter poster commenter reader writer
    teacher manager lawyer banker dealer farmer author editor actor doctor partner trader
    landlord lender developer councillor councilor commissioner director
    """.split()
)
_NOT_THINGS = (
    PERSONS
    | PEOPLES
    | DESCRIBING
    | DEROGATORY
    | frozenset(
        """
        i me us them him her someone somebody anyone anybody everyone everybody nobody whoever
        kind lot sort type types breed race tribe mob horde hordes gang gangs crowd scum vermin
        filth sicko monster maniac police cop cops army troops forces militia militias militants
        rebels allies enemies one whigs whig smith stringer stringers alderman aldermen elite elites
        islam judaism christianity hinduism sikhism buddhism catholicism sharia zionism mormonism
        islamic islamist islamists jihad jihadi jihadis zionist zionists globalist globalists
        homosexual homosexuals homosexuality lgbt lgbtq lgbtq+ gender alien aliens illegals third
        diversity multiculturalism multicultural miscegenation race-mixing mixing
        """.split()
    )
)
# Words no plain subject holds: helpers of a future, a wish or a command.
_NOT_SUBJECTS = frozenset(
    """
    will would shall should must gonna going can could might may let let's lets 'll be been
    being am do does did need needs want wanna gotta go please then i'll we'll i'd we'd is are
    was were has have had it's that's what's there's here's he's she's who's who whom which
    what when where why how if because than
    """.split()
)
_CUES = tuple(sorted({form[:5] for form in _AS}))


def tempered(norm: Normalized) -> Normalized:
    """``norm`` with damage that a thing does, in violent words, read as an
    effect; offsets still point at the author's characters."""
    text = norm.text
    if not any_cue(text, _CUES):
        return norm
    found = [
        (*m.span(verb), _AS[m.group(verb).split()[0]])
        for m in _DAMAGE.finditer(text)
        if _a_thing(m.group("subject"))
        for verb in ["ing" if m.group("ing") else "ed"]
    ]
    return replace_words(norm, found) if found else norm


def _a_thing(subject: str) -> bool:
    """Whether ``subject`` names a thing: no word of it a person, a people, a
    faith or contempt, nor ending as people's names do, nor a helper of a
    future or a wish ("my gun will be killing...") that says it is no plain
    subject. A possessor may be anyone ("the mayor's plan is ruining...")."""
    words = subject.split()
    for i, word in enumerate(words):
        if word in _NOT_SUBJECTS:
            return False
        if word.endswith("'s"):
            if i < len(words) - 1:
                continue  # a possessor: "the mayor's plan"
            word = word[:-2]  # the head itself: "the nazi's were killing..."
        if "'" in word:  # "they'll", "we've": a pronoun and a helper
            return False
        one = word[:-1] if word.endswith("s") else word
        if word in _NOT_THINGS or one in _NOT_THINGS or word.endswith(_PERSON_ENDINGS):
            return False
        if word in _ONE_OF_THEM or word in _NOT_TRADES:
            return False
    return True
