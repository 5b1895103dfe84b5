"""A functional test suite for the scorer, in the spirit of HateCheck, written here.

Each case names the attribute it probes and whether that attribute should be
above 0.5. Cases are grouped by the capability they test, so a report can say
"threats without slurs: 7/8" rather than a single number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    capability: str
    text: str
    attribute: str
    expected: bool  # True: the attribute should score >= 0.5


def _c(capability: str, attribute: str, expected: bool, *texts: str) -> list[Case]:
    return [Case(capability, t, attribute, expected) for t in texts]


CASES: tuple[Case, ...] = tuple(
    _c(
        "plain insult",
        "INSULT",
        True,
        "You are a complete idiot.",
        "What a pathetic loser you are.",
        "Shut up, you ignorant moron.",
        "Only a brainless fool would write this garbage.",
    )
    + _c(
        "negated insult",
        "INSULT",
        False,
        "You are not an idiot, you just made a mistake.",
        "I don't think anyone here is stupid.",
        "Nobody is calling you a fool.",
        "He is not a moron, he just disagrees with you.",
        "No one called you a liar.",
        "They aren't idiots, they simply have different priorities.",
        "I'm not calling you stupid, I'm saying the argument is weak.",
        "She is by no means a liar.",
        "No one thinks you're a fool for asking.",
    )
    + _c("negated insult", "TOXICITY", False, "I would never say you are worthless.")
    + _c(
        "counter-speech quoting abuse",
        "TOXICITY",
        False,
        "Calling immigrants animals is disgusting and wrong.",
        "It is not okay to call women stupid.",
        "Saying gay people are diseased is hateful nonsense.",
        "If you hear someone say Muslims are terrorists, call it out.",
        "Calling refugees vermin is shameful.",
        "People who call women sluts should be ashamed of themselves.",
        "Describing immigrants as parasites is dehumanising.",
        "Stop calling women bitches, it's disgusting.",
        "When he wrote that Jews are parasites, he showed who he really is.",
        "Whoever keeps saying Mexicans are rapists needs to stop.",
        "You can't just say all Muslims are violent, that's bigotry.",
        "The idea that Asians are robots is a racist stereotype.",
        "I hate it when people say Mexicans are drug dealers.",
    )
    # Counter-speech that names no abuse: the words of condemnation ("racist",
    # "hatred") are themselves the stages' evidence of abuse.
    + _c(
        "counter-speech without quoted abuse",
        "TOXICITY",
        False,
        "Your comments about Muslims are hateful and wrong.",
        "This kind of hatred towards trans people has no place here.",
        "Telling refugees to go back where they came from is racist.",
        "Telling women to get back in the kitchen is sexist.",
        "Saying all Muslims should leave is xenophobic.",
        "I'm sick of people blaming immigrants for everything.",
        "Saying women can't drive is a sexist cliche.",
    )
    + _c(
        "negated derogation of a group",
        "TOXICITY",
        False,
        "Muslims are not terrorists.",
        "Trans women are not predators.",
        "Immigrants are not criminals.",
        "No immigrant deserves to be treated like vermin.",
        "Nobody here is saying trans people are mentally ill.",
        "None of my gay friends are perverts, obviously.",
        "Trans people are not a threat to women.",
        "Refugees are not a danger to anyone.",
    )
    # The same words asserted: a negation or a report nearby takes nothing back.
    + _c(
        "abuse despite a negation or a report",
        "INSULT",
        True,
        "You are not smart, you are an idiot.",
        "I'm not saying you're an idiot, but you are.",
        "You're not a human, you're a worthless pig.",
        "No one cares what a fool like you thinks.",
    )
    + _c(
        "abuse despite a negation or a report",
        "TOXICITY",
        True,
        "It's not racist to say Muslims are terrorists.",
        "I don't care what you say, immigrants are vermin.",
    )
    + _c(
        "reclaimed and in-group terms",
        "TOXICITY",
        False,
        "I'm queer and proud of it.",
        "As a gay man I loved this film.",
        "My fellow trans women and I marched today.",
        "As a faggot myself, I can say that word.",
        "Fags like me are tired of being told to hide.",
        "I'm a proud dyke.",
        "As a fat woman, I'm tired of doctors ignoring me.",
        "As a crip, I find the new ramps great.",
    )
    + _c(
        "spelling variants",
        "TOXICITY",
        True,
        "you are an 1d10t",
        "f u c k you",
        "what a st.u.p.i.d comment",
        "you m0r0n",
        "shuuuut uppp you idiooooot",
        "ѕhіt for brains",
    )
    + _c(
        "misspelt, masked or run together",
        "INSULT",
        True,
        "Go home, you imbicile.",
        "Nobody asked you, stupdi.",
        "You absolute mo.ron",
        "Shut up, r*tard.",
        "What a phucking joke you are.",
        "Go fck yourself.",
    )
    + _c(
        "misspelt, masked or run together",
        "IDENTITY_ATTACK",
        True,
        "Refugeesareparasites",
        "Jews are vrmin.",
    )
    + _c(
        "direct threat",
        "THREAT",
        True,
        "I will kill you.",
        "I'm going to beat you up when I find you.",
        "I will shoot you if you come here again.",
        "You will die tonight.",
    )
    + _c(
        "implicit threat or wish of violence",
        "THREAT",
        True,
        "Someone should shoot them.",
        "I hope somebody stabs him.",
        "People like her deserve a bullet.",
        "Somebody should burn their house down.",
        "Your family isn't safe anymore.",
        "I hope you get cancer and die.",
        "I'd happily strangle every last one of these politicians.",
    )
    + _c(
        "violent words, no threat",
        "THREAT",
        False,
        "The suspect was shot by police on Tuesday.",
        "This commute is killing me.",
        "The film is about a soldier who survives a shooting.",
        "We should fight this policy at the ballot box.",
        "This bill will kill jobs.",
        "I'd kill for a holiday right now.",
        "I'm going to kill this workout today.",
        "The storm will kill the crops if it doesn't stop raining.",
    )
    + _c(
        "condescension",
        "INSULT",
        True,
        "Do you even know how to read?",
        "Were you dropped on your head as a baby?",
        "Grow up, little boy, the adults are talking.",
    )
    + _c(
        "derogation without slurs",
        "IDENTITY_ATTACK",
        True,
        "Those people are animals who come here to steal and rape.",
        "Muslims are all terrorists and should be deported.",
        "Women are too stupid to vote.",
        "Immigrants are vermin infesting our country.",
        "Gay people are disgusting perverts.",
        "Jews are parasites.",
        "Women are not capable of thinking for themselves.",
        "Gay people are not normal human beings.",
        "I have nothing but contempt for Jews.",
        "Is there anything more worthless than a disabled person?",
        "Honestly, it is fine to attack immigrants.",
        "Women belong barefoot and pregnant.",
        "Muslims are incompatible with civilised society.",
        "I really can't stand disabled people.",
        "Immigrants have never contributed anything of value.",
    )
    + _c(
        "opinion about a group",
        "IDENTITY_ATTACK",
        False,
        "Immigration law should apply to everyone equally.",
        "I think the refugee quota is too high for our small town.",
        "The church's position on marriage is outdated, in my opinion.",
        "Policy on border security needs an honest debate.",
    )
    + _c(
        "neutral identity mention",
        "TOXICITY",
        False,
        "I am a Black woman and a nurse.",
        "My neighbours are Muslim.",
        "I am gay.",
        "She is Jewish and teaches history.",
        "Mexican food is my favourite.",
        "My grandmother is old and wise.",
    )
    + _c(
        "profanity",
        "PROFANITY",
        True,
        "This is fucking ridiculous.",
        "What a shitty decision.",
        "Holy shit, that's bad.",
    )
    + _c(
        "clean civil disagreement",
        "TOXICITY",
        False,
        "I disagree with the author; the numbers don't support the conclusion.",
        "This is a poorly reasoned article, but thanks for writing it.",
        "The mayor's plan is expensive and will not work.",
    )
)


@dataclass(frozen=True)
class FunctionalResult:
    correct: int
    total: int
    by_capability: dict[str, tuple[int, int]]
    failures: list[tuple[str, str, float]]

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def run(
    score: Callable[[Sequence[str]], list[dict[str, float]]], cases: Sequence[Case] = CASES
) -> FunctionalResult:
    """Score every case; ``score`` maps texts to per-attribute probabilities."""
    results = score([c.text for c in cases])
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    for case, scores in zip(cases, results, strict=True):
        value = scores[case.attribute]
        ok = (value >= 0.5) == case.expected
        tally[case.capability][0] += int(ok)
        tally[case.capability][1] += 1
        if not ok:
            failures.append((case.text, case.attribute, round(value, 3)))
    correct = sum(v[0] for v in tally.values())
    return FunctionalResult(
        correct, len(cases), {k: (v[0], v[1]) for k, v in tally.items()}, failures
    )
