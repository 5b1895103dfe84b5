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
    pred: str  # after "I am": "Muslim", "gay", "an immigrant"


IDENTITIES: tuple[Identity, ...] = (
    Identity("gay", "a gay man", "gay people", "gay"),
    Identity("lesbian", "a lesbian", "lesbians", "a lesbian"),
    Identity("bisexual", "a bisexual person", "bisexual people", "bisexual"),
    Identity("trans", "a trans woman", "trans people", "trans"),
    Identity("queer", "a queer person", "queer people", "queer"),
    Identity("muslim", "a Muslim", "Muslims", "Muslim"),
    Identity("jewish", "a Jewish person", "Jewish people", "Jewish"),
    Identity("christian", "a Christian", "Christians", "Christian"),
    Identity("hindu", "a Hindu", "Hindus", "Hindu"),
    Identity("black", "a Black woman", "Black people", "Black"),
    Identity("white", "a white man", "white people", "white"),
    Identity("asian", "an Asian person", "Asian people", "Asian"),
    Identity("latino", "a Latino", "Latinos", "Latino"),
    Identity("mexican", "a Mexican", "Mexicans", "Mexican"),
    Identity("chinese", "a Chinese student", "Chinese people", "Chinese"),
    Identity("african", "an African", "Africans", "African"),
    Identity("immigrant", "an immigrant", "immigrants", "an immigrant"),
    Identity("refugee", "a refugee", "refugees", "a refugee"),
    Identity("women", "a woman", "women", "a woman"),
    Identity("men", "a man", "men", "a man"),
    Identity("old", "an old man", "old people", "old"),
    Identity("young", "a young person", "young people", "young"),
    Identity("disabled", "a disabled person", "disabled people", "disabled"),
    Identity("deaf", "a deaf person", "deaf people", "deaf"),
    Identity("blind", "a blind person", "blind people", "blind"),
    Identity("native", "a Native American", "Native Americans", "Native American"),
    Identity("arab", "an Arab", "Arabs", "Arab"),
    Identity("catholic", "a Catholic", "Catholics", "Catholic"),
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
    "I am {pred}.",
    "My sister is {pred}.",
    "Being {pred} is normal.",
    "He is {pred} and works as an engineer.",
    "We are {pred} and we love this town.",
    "She is {pred}.",
    "My teacher was {pred}.",
    "Is it okay to say that I am {pred}?",
    "{Many} are welcome here.",
    "A group of {many} organised a food drive.",
    "I am {pred} and I disagree with this article.",
    "Thank you for writing about {many}.",
    "{Many}.",
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
    "I'm {pred}.",
    "You are {pred}.",
    "Being {pred} is wonderful.",
    "My whole family is {pred}.",
    "We hired {one} last month.",
)
# Opinions on policy that concerns a group, for it and against it: the
# argument a newsroom must let through. Jigsaw's toxic comments often argue
# about the same things ("gay couples should be allowed to adopt" scored 0.94
# TOXICITY before these), so naming the policy must not read as an attack.
_TRAIN_POLICY = (
    "{Many} should be allowed to adopt children.",
    "{Many} deserve fair treatment by the police.",
    "{Many} should be paid the same as everyone else for the same work.",
    "{Many} should be able to marry whoever they love.",
    "The government should do more to protect {many} from discrimination.",
    "I do not think a special quota for {many} is a good idea.",
    "The new rules for {many} go too far, in my opinion.",
    "We need more {many} in parliament.",
    "Schools should teach children about the history of {many}.",
    "Should {many} get extra funding? I am not convinced.",
    "Discrimination against {many} is wrong.",
    "{Many} have been treated unfairly for a long time.",
    "The ban hits {many} harder than anyone else, and that worries me.",
    "Hiring {many} should depend on merit, like anyone else.",
    "I voted against the bill about {many} because it was badly written.",
    "Are {many} better off than ten years ago? The numbers say no.",
)
_EVAL_POLICY = (
    "{Many} should get equal pay for equal work.",
    "{Many} deserve the same protection under the law.",
    "The court ruled that {many} may serve in the army.",
    "I oppose the new subsidy for {many}; it costs too much.",
    "More {many} should run for office.",
    "Landlords should not be allowed to turn away {many}.",
    "The city should listen to {many} before it decides.",
    "{Many} should have the right to adopt.",
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
    "I'm going to kill you and your whole family.",
    "You're dead meat.",
    "I will end you.",
    "I'll strangle you with my bare hands.",
    "You won't live to see next week.",
    "I'm going to make you bleed.",
    "Say that again and I will hurt you.",
    "I will shoot anyone who walks onto my land.",
    "You will be dead by Friday.",
    "I'm coming to your office with a gun.",
    "Your days are numbered.",
    "We will make sure you never write again.",
    "I will put you in the hospital.",
    "You'll pay for this with your life.",
    "I'll cut you.",
    "I hope your house burns with you inside.",
    "Someone should teach him a lesson with a baseball bat.",
    "I swear I will murder the next one who says that.",
    "Those people should be executed.",
    "I'll be waiting outside your house tonight.",
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
    "The shooting range opens at nine.",
    "She will die of old age, like all of us.",
    "The execution was postponed by the court.",
    "He was threatened with a knife and called the police.",
    "The play ends with the hero's death.",
    "Hospitals are preparing for the flu season.",
    "I will fight for better schools in this city.",
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


# Negated insults and counter-speech: abusive words that are not abuse here.
_TRAIN_NOT_ABUSE = (
    "You are not stupid, you just disagree with me.",
    "I never said you were an idiot.",
    "Nobody here is a moron; we just see it differently.",
    "He is not a loser at all.",
    "That was not a dumb question.",
    "No one thinks you are pathetic.",
    "I don't think the mayor is a fool, just wrong on this.",
    "Calling people names like idiot does not help the debate.",
    "It is wrong to call refugees vermin.",
    "Saying that women are stupid is sexist and false.",
    "Calling Muslims terrorists is bigotry and it has no place here.",
    "The comment calling Black people animals was rightly removed.",
    "Slurs against gay people are hateful and I reject them.",
    "Don't call immigrants parasites, they are our neighbours.",
)


# "You are ..." opens most personal attacks in the Wikipedia data, so the
# model needs to see it open ordinary sentences too.
_TRAIN_YOU_ARE = (
    "You are right about the budget.",
    "You are welcome to join the meeting.",
    "You are absolutely correct.",
    "You are a good writer.",
    "You are my neighbour and my friend.",
    "You are from the same town as my mother.",
    "You are not alone in thinking this.",
    "You are entitled to your opinion.",
    "You are the first person to reply.",
    "People like you make this town better.",
    "People like my parents worked hard all their lives.",
    "They are people like anyone else.",
)


# Insults without an insulting word: belittling someone's mind, maturity or
# worth, or telling them to go away. Readers often insult each other this way
# rather than with slurs, and a word-level model cannot see it. Each comes
# with civil replies of the same shape (second person, blunt, disagreeing),
# so what is learned is the contempt, not the "you". The evaluation sets are
# worded apart from the training ones.
_TRAIN_BELITTLE = (
    "Did you actually finish school, or did they just let you leave?",
    "Reading is clearly not one of your skills.",
    "I would explain it to you, but I have run out of small words.",
    "You have the attention span of a goldfish.",
    "Thinking must be very hard for you.",
    "Let the adults talk and go back to your cartoons.",
    "Does your mother know you are using her computer?",
    "Nobody cares what you think, and nobody ever will.",
    "Everything you write here is worthless noise.",
    "You add nothing to this site except hot air.",
    "Crawl back under whatever rock you came from.",
    "Go away, no one here wants to hear from you.",
    "Stick to colouring books and leave the news to grown-ups.",
    "Another brilliant insight from the village genius.",
    "Bless your heart, you really believe that, don't you?",
    "You argue like a toddler who missed his nap.",
    "Your brain must be the size of a pea.",
    "You have the manners of a pig at a trough.",
    "How do you manage to get dressed in the morning?",
    "You are a waste of everyone's time.",
    "People like you are why this comment section is unreadable.",
    "Your parents must be so disappointed in you.",
    "Try using your head for something other than a hat rack.",
    "I have met houseplants with more sense than you.",
    "Keep talking, you make the rest of us look smart.",
    "Learn to read before you comment next time.",
    "Were you dropped on your head as a child?",
    "You clearly have no idea what you are talking about, as usual.",
)
_TRAIN_CIVIL_REPLY = (
    "Did you get a chance to read the full report before commenting?",
    "I think you misread the article; that figure is from 2019.",
    "You may want to check the council minutes before deciding.",
    "I disagree with you, but I can see why you think so.",
    "Your point about the bus lanes is fair, though the costs are higher.",
    "You have a point, but the numbers do not support it.",
    "Let's keep this civil; you and I both want safer streets.",
    "I don't like this policy, but you argued for it well.",
    "You are wrong about the dates, and here is the source.",
    "Nobody in my family cares about the parking rules until they get a ticket.",
    "Go back and look at the second paragraph; it says the opposite.",
    "I have lived here thirty years and I still disagree with you.",
    "Your numbers are out of date; the new budget changed them.",
    "Thinking about it more, you may be right about the schools.",
    "You clearly care about this, and so do I, but we see it differently.",
    "With respect, the evidence points the other way.",
)
_EVAL_BELITTLE = (
    "Put the keyboard down and go play outside, kid.",
    "Your opinions are as empty as your head.",
    "It must be lonely being that clueless.",
    "Do us all a favour and stop posting.",
    "Someone should take the internet away from you.",
    "Even my dog could follow this argument better than you.",
    "You would lose a debate with a toaster.",
    "Every time you comment, the average intelligence here drops.",
)
_EVAL_CIVIL_REPLY = (
    "You might find the appendix answers your question.",
    "I read it differently, but thank you for explaining your view.",
    "Your argument assumes the tax will rise, and it may not.",
    "Please check the timetable again; the last bus is at midnight.",
    "You and I disagree, and that is fine.",
    "I think you are underestimating how much the repairs will cost.",
    "Stop by the library sometime; they have the archive.",
    "You are quite right that the council ignored the petition.",
)


# Swearing at the weather, a game or a bus is profane but insults no one:
# without these the models learned that any swear word is an INSULT (and so
# SEVERE_TOXICITY, which counts insult with profanity). Openers and situations
# are crossed; the evaluation set uses other words for both.
_TRAIN_SWEAR = (
    "Shit",
    "Fuck",
    "Damn",
    "Holy shit",
    "Oh fuck",
    "Bloody hell",
    "Crap",
    "Fucking hell",
)
_TRAIN_SITUATION = (
    "I missed the bus again.",
    "my coffee went all over the keyboard.",
    "the game went to overtime.",
    "the power is out on our whole street.",
    "I forgot my umbrella at home.",
    "what a finish to the race!",
    "the ferry is late again.",
    "prices at the market went up again.",
    "that storm last night was loud.",
    "I burned the toast.",
)
_TRAIN_THING = (
    "This {swear} weather is ruining my weekend.",
    "The {swear} printer jammed again.",
    "My {swear} phone died in the middle of the call.",
    "That was one {swear} good concert.",
    "The {swear} traffic on the bridge took an hour.",
    "Where did I put my {swear} keys?",
)
_TRAIN_SWEAR_WORD = ("fucking", "damn", "bloody", "goddamn")
_EVAL_SWEAR = ("Fuck me", "Jesus fucking christ", "Goddamn it", "Oh shit", "Hell")
_EVAL_SITUATION = (
    "the train broke down outside the station.",
    "I dropped my phone in the lake.",
    "we won the match in the last minute!",
    "the snow is coming down hard tonight.",
)
_EVAL_THING = (
    "The {swear} dishwasher flooded the kitchen.",
    "This {swear} cold will not go away.",
    "I cannot find a {swear} parking spot downtown.",
)
_EVAL_SWEAR_WORD = ("fucking", "shitty", "freaking")


def _swearing(
    openers: tuple[str, ...],
    situations: tuple[str, ...],
    things: tuple[str, ...],
    words: tuple[str, ...],
) -> list[str]:
    alone = [f"{o}!" for o in openers]
    return (
        alone
        + [f"{o}, {s}" for o in openers for s in situations]
        + [t.format(swear=w) for t in things for w in words]
    )


def training_swearing() -> list[str]:
    """Profanity aimed at no one: profane, but not an insult, threat or attack."""
    return _swearing(_TRAIN_SWEAR, _TRAIN_SITUATION, _TRAIN_THING, _TRAIN_SWEAR_WORD)


def evaluation_swearing() -> list[str]:
    """Untargeted profanity for measuring INSULT false positives, never trained on."""
    return _swearing(_EVAL_SWEAR, _EVAL_SITUATION, _EVAL_THING, _EVAL_SWEAR_WORD)


def training_belittling() -> tuple[list[str], list[str]]:
    """Insults without insulting words, and civil replies of the same shape."""
    return list(_TRAIN_BELITTLE), list(_TRAIN_CIVIL_REPLY)


def evaluation_belittling() -> tuple[list[str], list[str]]:
    """Held-out insults without insulting words and civil replies, never trained on."""
    return list(_EVAL_BELITTLE), list(_EVAL_CIVIL_REPLY)


def training_not_abuse() -> list[str]:
    """Negated insults, counter-speech and ordinary "you are": not toxic."""
    return list(_TRAIN_NOT_ABUSE) + list(_TRAIN_YOU_ARE)


def _fill(template: str, identity: Identity) -> str:
    text = template.format(
        one=identity.one,
        many=identity.many,
        Many=identity.many[:1].upper() + identity.many[1:],
        pred=identity.pred,
    )
    return text[:1].upper() + text[1:]


def _expand(templates: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(_fill(t, i), i.term) for t in templates for i in IDENTITIES]


def training_neutral_identity() -> list[tuple[str, str]]:
    """(sentence, term) pairs that mention a group, or argue about it, and are not toxic."""
    return _expand(_TRAIN_NEUTRAL) + _expand(_TRAIN_POLICY)


def training_identity_attacks() -> list[tuple[str, str]]:
    """(sentence, term) pairs that attack a group without a slur."""
    return _expand(_TRAIN_ATTACK)


def evaluation_identity_set() -> list[tuple[str, str, int]]:
    """(sentence, term, toxic) triples for bias metrics, disjoint from training."""
    neutral = [(s, t, 0) for s, t in _expand(_EVAL_NEUTRAL) + _expand(_EVAL_POLICY)]
    attacks = [(s, t, 1) for s, t in _expand(_EVAL_ATTACK)]
    return neutral + attacks


def training_threats() -> list[tuple[str, int]]:
    """(sentence, is_threat) pairs contrasting threats with violent vocabulary."""
    return [(s, 1) for s in _TRAIN_THREAT] + [(s, 0) for s in _TRAIN_NOT_THREAT]


def evaluation_threats() -> list[tuple[str, int]]:
    """(sentence, is_threat) pairs for measuring THREAT, never trained on."""
    return [(s, 1) for s in _EVAL_THREAT] + [(s, 0) for s in _EVAL_NOT_THREAT]
