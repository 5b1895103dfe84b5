"""Generated sentences about identity groups and threats, written for this project.

Two disjoint families: ``training_*`` sentences augment the training data (so the
model learns that naming a group is not an attack), ``evaluation_*`` sentences
measure identity bias and threat handling and are never trained on.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Identity:
    """One identity group: the term that names it and two ways to say it."""

    term: str  # subgroup key used in bias reports
    one: str  # a member, with article: "a Muslim"
    many: str  # the group, plural: "Muslims"


IDENTITIES: tuple[Identity, ...] = (
    Identity("gay", "a gay man", "gay people"),
    Identity("lesbian", "a lesbian", "lesbians"),
    Identity("bisexual", "a bisexual person", "bisexual people"),
    Identity("trans", "a trans woman", "trans people"),
    Identity("queer", "a queer person", "queer people"),
    Identity("muslim", "a Muslim", "Muslims"),
    Identity("jewish", "a Jewish person", "Jewish people"),
    Identity("christian", "a Christian", "Christians"),
    Identity("hindu", "a Hindu", "Hindus"),
    Identity("black", "a Black woman", "Black people"),
    Identity("white", "a white man", "white people"),
    Identity("asian", "an Asian person", "Asian people"),
    Identity("latino", "a Latino", "Latinos"),
    Identity("mexican", "a Mexican", "Mexicans"),
    Identity("chinese", "a Chinese student", "Chinese people"),
    Identity("african", "an African", "Africans"),
    Identity("immigrant", "an immigrant", "immigrants"),
    Identity("refugee", "a refugee", "refugees"),
    Identity("women", "a woman", "women"),
    Identity("men", "a man", "men"),
    Identity("old", "an old man", "old people"),
    Identity("young", "a young person", "young people"),
    Identity("disabled", "a disabled person", "disabled people"),
    Identity("deaf", "a deaf person", "deaf people"),
    Identity("blind", "a blind person", "blind people"),
    Identity("native", "a Native American", "Native Americans"),
    Identity("arab", "an Arab", "Arabs"),
    Identity("catholic", "a Catholic", "Catholics"),
)

# Sentences that mention a group and are not toxic. {one}/{many} are filled in.
_TRAIN_NEUTRAL = (
    "I am {one}.",
    "My best friend is {one}.",
    "{Many} live in my neighbourhood.",
    "The new mayor is {one}.",
    "I grew up with {many} and we still talk every week.",
    "The article interviews {many} about the housing shortage.",
    "Being {one} is part of who I am.",
    "Many {many} voted in the last election.",
    "The documentary follows {one} who runs a bakery.",
    "{Many} have the same rights as everyone else.",
    "My doctor is {one} and she is excellent.",
    "Our school hired {one} as the new principal.",
    "The survey asked {many} about public transport.",
    "I disagree with the council, and so do many {many}.",
)
_EVAL_NEUTRAL = (
    "{Many} are people like anyone else.",
    "I am proud to be {one}.",
    "My colleague is {one}.",
    "The report says {many} pay taxes like everyone.",
    "Our neighbours are {many} and they invited us for dinner.",
    "As {one}, I think the new bus route is a good idea.",
    "The festival celebrated {many} in our city.",
    "{one} won the chess tournament this year.",
    "The law should treat {many} the same as anyone else.",
    "I met {one} at the library today.",
)
# Attacks on a group without a slur; used as IDENTITY_ATTACK positives.
_TRAIN_ATTACK = (
    "{Many} are disgusting animals.",
    "I hate {many}, they are vermin.",
    "{Many} are subhuman and should be kicked out.",
    "All {many} are filthy parasites.",
    "{Many} should not be allowed to live here.",
    "Never trust {one}, they are all liars and thieves.",
    "{Many} are a plague on this country.",
    "Get rid of {many}, they ruin everything.",
)
_EVAL_ATTACK = (
    "{Many} are worthless scum.",
    "Those {many} are animals who come here to steal.",
    "I despise {many}, every one of them is trash.",
    "{Many} are a disease and we need to wipe them out.",
    "{one} is always a criminal, it is in their blood.",
    "{Many} are stupid and dirty.",
)

# Threats and wishes of violence, with and without a named target.
_TRAIN_THREAT = (
    "I will find you and kill you.",
    "Someone should shoot him.",
    "I'm going to beat you until you can't walk.",
    "You deserve to be hanged.",
    "I know where you live and I'm coming for you.",
    "Somebody needs to put a bullet in her head.",
    "I hope someone stabs you.",
    "I will burn your house down.",
    "They should all be lined up and shot.",
    "Keep talking and I'll break your neck.",
    "He deserves a bullet.",
    "I'm going to hurt your family.",
    "Watch your back, you'll be dead soon.",
    "I'd love to punch that guy in the face.",
    "Someone should run them over with a truck.",
)
# Violent vocabulary that is not a threat: reporting, idiom, fiction, sport.
_TRAIN_NOT_THREAT = (
    "Police said the suspect was shot during the arrest.",
    "I would kill for a cup of coffee right now.",
    "The team killed it in the second half.",
    "The novel is about a man who wants to kill his brother.",
    "The bill would ban people convicted of assault from owning guns.",
    "Two people were stabbed near the station last night.",
    "That comedian absolutely slayed the audience.",
    "The storm will hit the coast tomorrow.",
    "We need tougher sentences for people who threaten violence.",
    "The war killed thousands of civilians.",
    "My phone battery is dead again.",
    "The article says the gunman was arrested.",
)
_EVAL_THREAT = (
    "Someone should shoot them.",
    "I'm going to find where you live and make you pay.",
    "You'll end up in a ditch if you keep this up.",
    "I hope somebody breaks your legs.",
    "People like you should be strung up.",
    "I will slit your throat.",
    "One day someone will put you in the ground.",
    "If I see you I will smash your face in.",
)
_EVAL_NOT_THREAT = (
    "The officer was shot in the leg and survived.",
    "This heat is killing me.",
    "The murder rate fell last year.",
    "He was sentenced for threatening his neighbour.",
    "The band killed it last night.",
    "Hunting season opens next week.",
    "The museum has an exhibit on medieval weapons.",
    "The attack on the embassy was condemned by all parties.",
)


def _fill(template: str, identity: Identity) -> str:
    text = template.format(
        one=identity.one, many=identity.many, Many=identity.many[:1].upper() + identity.many[1:]
    )
    return text[:1].upper() + text[1:]


def _expand(templates: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(_fill(t, i), i.term) for t in templates for i in IDENTITIES]


def training_neutral_identity() -> list[tuple[str, str]]:
    """(sentence, term) pairs that mention a group and are not toxic."""
    return _expand(_TRAIN_NEUTRAL)


def training_identity_attacks() -> list[tuple[str, str]]:
    """(sentence, term) pairs that attack a group without a slur."""
    return _expand(_TRAIN_ATTACK)


def evaluation_identity_set() -> list[tuple[str, str, int]]:
    """(sentence, term, toxic) triples for bias metrics, disjoint from training."""
    neutral = [(s, t, 0) for s, t in _expand(_EVAL_NEUTRAL)]
    attacks = [(s, t, 1) for s, t in _expand(_EVAL_ATTACK)]
    return neutral + attacks


def training_threats() -> list[tuple[str, int]]:
    """(sentence, is_threat) pairs contrasting threats with violent vocabulary."""
    return [(s, 1) for s in _TRAIN_THREAT] + [(s, 0) for s in _TRAIN_NOT_THREAT]


def evaluation_threats() -> list[tuple[str, int]]:
    """(sentence, is_threat) pairs for measuring THREAT, never trained on."""
    return [(s, 1) for s in _EVAL_THREAT] + [(s, 0) for s in _EVAL_NOT_THREAT]
