"""Old tropes about a people, read as the derogation they carry.

"Jews control the media" names no derogatory word, and both stages learned
identity attacks from such words: it scored TOXICITY 0.05 and
IDENTITY_ATTACK 0.01, "Women belong in the kitchen" 0.10, "Gay people should
not be allowed near children" 0.40 and 0.21. Each is a familiar slander of a
people as a whole, not an argument about a policy, and the training data
holds too few of them to learn them from.

Before either stage reads a comment, a trope said of a people (the peoples
of :mod:`commentdesk.scoring.peoples`, as the subject of the sentence) is
read as the plain derogation it stands for, and the wish that all would be
better without a people as a wish to be rid of them, so each scores as what
it says and a highlight covers the author's whole phrase. Said of anyone
else ("the big studios control the media", "the cat belongs in the kitchen")
nothing changes; said of the reader as one of a people ("women like you
belong in the kitchen") it is the same trope. This runs before
:mod:`commentdesk.scoring.scope`, so a trope the author denies or condemns
("the lie that Jews control the media") is read as neutral there, like any
other derogation. A people named as the worst of all ("Is there anything
more worthless than a disabled person?") is read as the derogation said of
them ("disabled people are worthless?"), and the old slogan "the only good
immigrant is a deported one" ("...a dead one") as the people called vermin
(wished dead).
"""

from __future__ import annotations

import re

from commentdesk.scoring.cues import cues_in
from commentdesk.scoring.peoples import DESCRIBING, of_them_all, people_at, people_before
from commentdesk.textnorm import Normalized, replace_words

# A people said to come here only to do something ("...come here to rob").
_COME_HERE = (
    r"(?:only\s+|just\s+)?(?:come|came|comes|are\s+coming)\s+(?:over\s+)?(?:here|to\s+(?:this|our)\s+"
    r"(?:country|town|city))\s+(?:only\s+|just\s+)?to\s+"
)
# Each trope, and the derogation it is read as ("{people} are ...").
_TROPES: tuple[tuple[str, str], ...] = (
    # Conspiracy: a people secretly in charge.
    (
        r"(?:secretly\s+|really\s+)?(?:control|controls|run|runs|own|owns)\s+(?:all\s+)?"
        r"(?:the\s+)?(?:media|banks|world|government|money|hollywood|press|economy)"
        # "Jews control everything" (TOXICITY 0.60); revision 169
        r"|(?:secretly\s+|really\s+)?(?:control|controls|run|runs|own|owns)\s+(?:everything|it\s+all"
        r"|the\s+whole\s+(?:world|country|system|show))(?=\s*(?:$|[.!?,;]|behind\b|from\b))",
        "are parasites",
    ),
    # Greed: "Jews only care about money" (IDENTITY_ATTACK 0.13).
    (
        r"(?:only|just)\s+(?:ever\s+)?(?:care|cares|think|thinks)\s+about\s+(?:money|profit|gold|cash)"
        r"(?=\s*(?:$|[.!,;]|and\b))",
        "are greedy",
    ),
    # ...and behind every war: "Jews are behind every war in history".
    (
        r"(?:are|is)\s+(?:secretly\s+|really\s+)?behind\s+(?:every|all|each|most)\s+(?:the\s+)?"
        r"(?:wars?|attacks?|crisis|crises|conflicts?|pandemics?|recessions?|problems?)"
        # ...and behind it all: "the Jews are behind all of this, as usual"
        r"|(?:are|is)\s+(?:secretly\s+|really\s+|always\s+)?behind\s+(?:it\s+all|everything|all\s+of\s+(?:this|it))\b"
        # ...and behind this one, "as always": "Jewish bankers are behind this crash, as always"
        r"|(?:are|is)\s+(?:secretly\s+|really\s+)?behind\s+(?:this|that|the)\s+(?:[a-z]+\s+)?[a-z]+,?\s+"
        r"(?:as\s+(?:always|usual|ever)|like\s+always|again)\b",
        "are parasites",
    ),
    # Kept in their place: a kitchen, a cage, a zoo, a ghetto, behind a fence
    # ("Roma people belong behind a fence": IDENTITY_ATTACK 0.05). Not
    # "behind bars" or "in camps": where a law or a border sends people is
    # argued over, and "refugees belong in camps near home" is an opinion.
    (
        r"belongs?\s+(?:only\s+)?(?:in\s+(?:the\s+|a\s+)?(?:kitchen|zoo|cages?|jungle|chains|gutter"
        r"|ghettos?|concentration\s+camps?|gas\s+chambers?)"
        r"|behind\s+(?:a\s+|the\s+)?(?:fences?|barbed\s+wire|electric\s+fences?|razor\s+wire))",
        "are subhuman",
    ),
    (r"(?:belongs?|should\s+(?:be|stay)|are\s+best)\s+barefoot\s+and\s+pregnant", "are worthless"),
    # Of the devil: "Jews are the children of Satan" (TOXICITY 0.15; "...are
    # evil" 0.90); revision 168.
    (
        r"(?:are|r)\s+(?:all\s+|literally\s+)?(?:the\s+)?(?:children|spawn|offspring|sons|servants|agents|minions)"
        r"\s+of\s+(?:satan|the\s+devil|lucifer|hell)\b",
        "are evil",
    ),
    # Slavery wished back: "Black people should go back to picking cotton"
    # (IDENTITY_ATTACK 0.43).
    (
        r"(?:should|need\s+to|ought\s+to|must|can|belong)\s+(?:go\s+)?back\s+(?:to\s+(?:picking\s+cotton"
        r"|the\s+(?:cotton\s+)?fields|the\s+plantations?|being\s+slaves|slavery|their\s+chains|chains)"
        r"|in\s+(?:chains|the\s+fields))",
        "are subhuman",
    ),
    # Worth nothing to anyone: "immigrants have never contributed anything".
    (
        r"(?:have|has)\s+(?:never|not)\s+(?:ever\s+)?contributed\s+(?:anything|a\s+thing)(?:\s+of\s+value)?"
        r"|(?:have|has)\s+contributed\s+(?:absolutely\s+)?nothing\s+to\s+(?:civili[sz]ation|humanity|"
        r"the\s+world|society|science)"
        r"|(?:contribute|contributes|add|adds|bring|brings)\s+(?:absolutely\s+)?nothing\s+"
        r"(?:of\s+value\s+)?to\s+(?:this|our|any|the)\s+(?:country|society|nation|community)",
        "are worthless",
    ),
    # Unfit for a civilised society: "Muslims are incompatible with Western values".
    (
        r"(?:are|r)\s+(?:simply\s+|just\s+|fundamentally\s+)?incompatible\s+with\s+(?:a\s+)?"
        r"(?:civili[sz]ed|western|modern|decent|our|european|american|british)\s+"
        r"(?:society|values|civili[sz]ation|culture|way\s+of\s+life|countries|nations)",
        "are savages",
    ),
    # A danger to children.
    (
        # "Gay men shouldn't be allowed anywhere near children" (0.45) too.
        r"(?:(?:should|must)\s+(?:not|never)|shouldn't|shouldnt|mustn't)\s+be\s+(?:allowed|let|trusted)"
        r"\s+(?:(?:anywhere|to\s+go|to\s+be)\s+)?(?:near|around|to\s+teach|with)"
        r"\s+(?:our\s+|the\s+|any\s+|young\s+|little\s+)?(?:children|kids|schools)",
        "are pedophiles",
    ),
    # Worth only a use.
    (
        r"(?:are|r)\s+(?:only|just)\s+good\s+for\s+(?:one\s+thing|cooking|cleaning|breeding|sex|"
        r"(?:making\s+)?(?:sandwiches|babies)|housework|the\s+kitchen|the\s+bedroom|(?:cheap\s+|manual\s+)?"
        r"labou?r|picking\s+(?:fruit|crops|cotton)|cleaning\s+toilets)"
        # "...are not worth the money we spend on them".
        r"|(?:are|r)\s+not\s+worth\s+(?:the\s+(?:money|cost|effort|trouble|space|oxygen|air)|saving|"
        r"feeding|keeping\s+alive|helping)"
        # "...are a waste of taxpayers' money".
        r"|(?:are|r)\s+(?:just\s+|nothing\s+but\s+|such\s+)?a\s+(?:complete\s+|total\s+|huge\s+)?waste\s+of\s+"
        r"(?:space|oxygen|air|skin|money|(?:our\s+|the\s+)?taxpayers'?\s+money|resources)",
        "are worthless",
    ),
    # A weight on everyone else: "disabled people are a burden on society".
    (
        r"(?:are|r)\s+(?:just\s+|nothing\s+but\s+)?an?\s+(?:huge\s+|massive\s+|terrible\s+|real\s+)?"
        r"(?:burden|drain|strain|weight|leech)\s+on\s+(?:society|the\s+state|the\s+taxpayers?|taxpayers"
        r"|us|the\s+rest\s+of\s+us|everyone|the\s+nhs|the\s+economy|the\s+system|this\s+country)",
        "are worthless",
    ),
    # All alike: "Asians all look the same".
    (r"(?:all\s+)?look\s+(?:exactly\s+)?(?:the\s+same|alike)\b", "are subhuman"),
    # Everyone's enemy: "Jews have always been the enemy of decent people".
    (
        r"(?:are|r|were|remain|(?:have|has)\s+always\s+been)\s+(?:the\s+)?(?:enemy|enemies)\s+(?:of|to)\s+"
        r"(?:all\s+)?(?:decent|good|ordinary|honest|civili[sz]ed|normal|western|christian|our|every|the)\b"
        r"(?:\s+(?:people|folk|folks|society|civili[sz]ation|nations?|countries|values|humanity|mankind"
        r"|men|women|citizens))?",
        "are parasites",
    ),
    # Told to keep to their place: "women should know their place", "...should
    # be seen and not heard".
    (
        r"(?:should|must|need\s+to|ought\s+to|have\s+to|better)\s+(?:learn\s+to\s+)?know\s+their\s+place"
        r"|(?:should|must|ought\s+to|need\s+to)\s+(?:only\s+)?be\s+seen\s+and\s+not\s+heard",
        "are worthless",
    ),
    # Unwanted anywhere: "immigrants are not welcome here, go home", "Black
    # people don't belong in this neighborhood" (TOXICITY 0.12: the linear
    # stage sent it nowhere).
    (
        r"(?:(?:are|r)\s+not\s+welcome|(?:don't|dont|do\s+not|never|shouldn't|should\s+not)\s+belong)"
        r"\s+(?:here|in\s+(?:this|our)\s+(?:country|town|city|neighbou?rhood|street|community))",
        "are invaders",
    ),
    # Living as beasts: "those people live like animals".
    (
        r"(?:live|lives|behave|behaves|act|acts)\s+like\s+(?:animals|savages|pigs|rats|beasts)",
        "are animals",
    ),
    # Shut out of society: "Black people have no place in civilised society".
    (
        r"(?:have|has)\s+no\s+place\s+in\s+(?:a\s+|our\s+|any\s+|this\s+)?(?:(?:civili[sz]ed|decent|"
        r"modern|western|normal|free|respectable|proper)\s+)?(?:society|country|nation|world|communities"
        r"|community|neighbou?rhoods?|towns?)",
        "are savages",
    ),
    # Beyond reason: "Arabs only understand violence".
    (
        r"(?:only|just)\s+(?:understand|understands|respond\s+to|responds\s+to|respect|respects)\s+"
        r"(?:violence|force|the\s+(?:stick|whip|boot|gun|fist|sword|bullet|lash)|brute\s+force|a\s+beating)",
        "are savages",
    ),
    # Disease carried in: "Chinese people eat dogs and spread diseases", "migrants bring
    # disease"; a people as its carriers, the oldest slander of strangers.
    (
        r"(?:(?:are\s+)?(?:eat|eats|eating)\s+(?:dogs|cats|bats|rats)\s+and\s+)?(?:are\s+)?(?:spread"
        r"|spreads|spreading|carry|carries|carrying|bring|brings|bringing)\s+(?:in\s+)?"
        r"(?:all\s+(?:sorts|kinds)\s+of\s+|their\s+)?"
        r"(?:diseases?|diseased|germs|plagues?|filth|infections?|lice|viruses|the\s+virus)"
        r"(?!\s+(?:research|control|prevention|awareness|testing|screening|vaccines?|treatment)\b)",
        "are a plague",
    ),
    # Unclean: "Indians smell like curry", "immigrants stink".
    (
        r"(?:all\s+)?(?:smell|smells|stink|stinks|reek|reeks)\s+(?:like|of)\s+[a-z]+"
        r"|(?:all\s+)?(?:smell|smells|stink|stinks|reek|reeks)(?=\s*(?:$|[.!,;])|\s+and\s)",
        "are dirty",
    ),
    # Trans women as men in disguise, preying on girls: "trans women are just
    # men in dresses".
    (
        r"(?:are|r)\s+(?:just|only|really|simply|all|nothing\s+but)?\s*(?:men|dudes|guys|males)\s+in\s+"
        r"(?:dresses|wigs|skirts|drag|makeup|lipstick)"
        r"|(?:are\s+)?(?:preying|prey)\s+on\s+(?:girls|children|kids|women|little\s+girls|our\s+[a-z]+)",
        "are predators",
    ),
    # Breeding as vermin do: "immigrants breed like rabbits".
    (
        r"(?:(?:are|r)\s+)?(?:breed|breeds|breeding|multiply|multiplies|multiplying|reproduce|reproduces"
        r"|reproducing)\s+like\s+"
        r"(?:rabbits|rats|cockroaches|roaches|flies|vermin|animals|mice|insects|bugs)",
        "are vermin",
    ),
    # Women as things: "Muslim men see women as property".
    (
        r"(?:see|sees|treat|treats|view|views|regard|regards)\s+(?:all\s+)?women\s+as\s+"
        r"(?:property|objects|slaves|cattle|possessions)",
        "are savages",
    ),
    # Invasion and replacement.
    (
        r"(?:are|r)\s+(?:invading|replacing|outbreeding)\s+(?:us|our\s+[a-z]+)"
        r"|(?:are|r)\s+taking\s+over\s+(?:our\s+(?:country|towns|cities|neighbourhoods|neighborhoods"
        r"|schools|jobs)|everything|the\s+(?:world|country|town|city|neighbou?rhood))",
        "are invaders",
    ),
    # Blamed for a place's decline: "Mexicans are the reason this town went downhill".
    (
        r"(?:are|r)\s+(?:the\s+)?(?:real\s+|main\s+|only\s+|whole\s+)?(?:reason|cause)\s+"
        r"(?:why\s+)?(?:this|our|the|my)\s+(?:town|country|city|neighbou?rhood|street|school|nation"
        r"|area)\s+(?:went|is\s+going|has\s+gone|is)\s+(?:downhill|to\s+hell|to\s+the\s+dogs"
        r"|to\s+shit|to\s+pot|bad|unsafe|dangerous|falling\s+apart)",
        "are vermin",
    ),
    # Who someone is, called a sickness: "trans people are confused and need therapy".
    (
        r"(?:are|r)\s+(?:all\s+|just\s+|simply\s+)?(?:confused|delusional|deluded)\b(?!\s+(?:about|by|as\s+to))"
        r"|(?:need|needs)\s+(?:therapy|treatment|to\s+be\s+cured|curing|a\s+psychiatrist|conversion\s+therapy)"
        r"(?:,?\s+not\s+rights)?"
        # ...or a man to mend them: "lesbians just need a good man to fix them"
        # (TOXICITY 0.12); revision 170
        r"|(?:just\s+|only\s+)?(?:need|needs)\s+(?:a\s+)?(?:good|real|proper)\s+(?:man|men|woman|women|dick|seeing\s+to)"
        r"\s+to\s+(?:fix|cure|straighten\s+out|sort\s+out|change)\s+(?:them|her|him)\b",
        "are mentally ill",
    ),
    # Unfit to think: "women are not capable of thinking for themselves".
    (
        r"(?:are|r)\s+(?:not\s+(?:capable|able)\s+of|incapable\s+of|unable\s+to|not\s+able\s+to)"
        r"\s+(?:(?:rational|logical|independent|critical)\s+thought|thinking|think|reasoning|reason"
        r"|logic)(?:\s+for\s+themselves)?"
        r"|(?:can't|cannot|can\s+not)\s+think\s+for\s+themselves",
        "are brainless",
    ),
    # Unfit by nature: "women are too emotional to lead".
    (
        r"(?:are|r)\s+too\s+(?:emotional|hysterical|irrational|primitive)(?=\s+to\s)",
        "are too stupid",
    ),
    # Race science: "black people have lower IQs", "...are genetically less
    # intelligent", "...are naturally more violent".
    (r"(?:have|got)\s+(?:lower|low|smaller|inferior)\s+(?:iqs?|intelligence|brains)", "are stupid"),
    (
        r"(?:are|r)\s+(?:genetically|naturally|inherently|biologically|simply|just)\s+"
        r"(?:less\s+(?:intelligent|evolved|civili[sz]ed|capable|human)|dumber|stupider)",
        "are stupid",
    ),
    # The same said plainly: "Black people are less intelligent" ("less
    # capable" alone may be of means, "...of paying the tax").
    (
        r"(?:are|r)\s+(?:(?:all|much|far|so|way)\s+)?(?:less\s+(?:intelligent|evolved|civili[sz]ed|human)"
        r"|dumber|stupider)\b(?!\s+than\s+(?:ever|before|usual))",
        "are stupid",
    ),
    (
        r"(?:are|r)\s+(?:genetically|naturally|inherently|biologically)\s+(?:more\s+)?"
        r"(?:violent|criminal|dishonest|prone\s+to\s+(?:crime|violence))",
        "are criminals",
    ),
    # Idle by nature: "Black people just want handouts" (IDENTITY_ATTACK 0.11).
    (
        r"(?:(?:all|only|just)\s+)+(?:want|wants|live\s+on|live\s+off|expect)\s+(?:free\s+)?(?:handouts"
        r"|free\s+stuff|free\s+money|welfare|benefits|freebies)(?=\s*(?:$|[.!,;]|and\b))",
        "are parasites",
    ),
    # Crooks by nature: "Jews always stick together to cheat the rest of us",
    # "...and they all sell drugs".
    (
        r"(?:(?:(?:always|all)\s+)?stick\s+together\s+to|always|all)\s+(?:cheat|rob|scam|swindle|con|fleece)"
        r"(?:\s+(?:the\s+rest\s+of\s+us|everyone|us|honest\s+people|decent\s+people)\b|(?=\s*(?:$|[.!,;])))"
        r"|all\s+(?:sell|deal|push|run)\s+drugs",
        "are thieves and criminals",
    ),
    # Come to prey: "immigrants come here to rob and rape" (IDENTITY_ATTACK
    # 0.58), so that "it's a lie that immigrants come here to rob and rape"
    # is read as the denial it is (commentdesk.scoring.scope, after this).
    (
        _COME_HERE + r"(?:rob|rape|steal|kill|plunder|loot|murder)"
        r"(?:\s+(?:and|or)\s+(?:rob|rape|steal|kill|plunder|loot|murder|pillage))*",
        # ("criminals" alone is what "illegal immigrants" are argued to be: 0.68)
        "are thieves and criminals",
    ),
    (
        _COME_HERE + r"(?:sponge|scrounge|live\s+off\s+(?:us|benefits|welfare))"
        r"(?:\s+off\s+(?:us|benefits|welfare|the\s+state|taxpayers))?",
        "are parasites",
    ),
    # Unwanted by all: "Lesbians are just women nobody wanted" (TOXICITY 0.76).
    (
        r"(?:are|r)\s+(?:just|only|simply)\s+(?:women|men|girls|guys|people)\s+(?:that\s+|who\s+)?"
        r"(?:nobody|no\s+one|no\s+man|no\s+woman)\s+(?:wanted|wants|would\s+(?:date|marry|have|touch))",
        "are worthless",
    ),
    # A lesser people: "Arabs are a primitive people who only understand the
    # sword" (IDENTITY_ATTACK 0.73 for its first half).
    (
        r"(?:are|r)\s+(?:a|an)\s+(?:(?:very|truly|deeply|utterly)\s+)?(?:primitive|backwards?|barbaric|savage"
        r"|inferior|uncivili[sz]ed|degenerate)\s+(?:people|race|culture|tribe|lot|folk)\b",
        "are savages",
    ),
    # Traitors within: "Muslims are a fifth column and should be treated as
    # enemies" (IDENTITY_ATTACK 0.41).
    (
        r"(?:are|r)\s+(?:a|the)\s+fifth\s+column|(?:are|r)\s+the\s+enemy\s+within"
        r"|should\s+be\s+treated\s+as\s+(?:the\s+)?(?:enemies|enemy|traitors)",
        "are parasites",
    ),
    # Every crime theirs: "Blacks commit all the crime" (IDENTITY_ATTACK 0.76).
    # Not "men commit most violent crime", a figure argued over: only all of it.
    (
        r"(?:commit|commits|committed|are\s+behind|are\s+responsible\s+for|do)\s+(?:literally\s+)?"
        r"(?:all|every(?:\s+single)?)\s+(?:of\s+)?(?:the\s+|our\s+)?(?:crimes?|murders?|rapes?|violence"
        r"|stabbings?|shootings?|robber(?:y|ies)|thefts?)\b(?!\s+(?:in\s+(?:this|the)\s+(?:case|study|sample)))",
        "are thieves and criminals",
    ),
    # Not human: "gay people are not normal human beings".
    (
        r"(?:are|r)\s+not\s+(?:even\s+)?(?:(?:real|normal|proper|fully|really|actual|true)\s+)?"
        r"(?:human\s+beings|humans|human|people)(?=\s*(?:$|[.,;:!?\n]|and\b|but\b))",
        "are subhuman",
    ),
)
_TROPE = re.compile("|".join(f"({pattern})" for pattern, _ in _TROPES))
# Every trope has one of these words; a comment without any is not searched.
_CUES = (
    " of satan",
    " of the devil",
    " of lucifer",
    " of hell",
    "care about",
    "cares about",
    "think about",
    "thinks about",
    "control",
    "run the",
    "runs the",
    "own the",
    "owns the",
    "belong",
    "barefoot",
    " back to",
    " back in",
    "trusted near",
    "trusted around",
    "trusted with",
    "contribute",
    "nothing to",
    "bring nothing",
    "incompatible",
    "allowed",
    "good for",
    "not worth",
    "women as",
    "not welcome",
    "like animals",
    "like savages",
    "like pigs",
    "like rats",
    "like beasts",
    "no place in",
    "behind every",
    "behind all",
    "behind each",
    "behind most",
    "understand violence",
    "understands violence",
    "understand force",
    "understands force",
    "respond to violence",
    "respond to force",
    "understand the",
    "understands the",
    "respect force",
    "respect violence",
    "understand brute",
    "understand a beating",
    "understand the sword",
    "understands the sword",
    "disease",
    "germs",
    "plague",
    "infection",
    " filth",
    " lice",
    "breed like",
    "breeds like",
    "breeding like",
    "multiplying like",
    "reproducing like",
    "multiply like",
    "multiplies like",
    "reproduce like",
    "reproduces like",
    "invading",
    "replacing",
    "outbreeding",
    "taking over",
    "capable",
    "genetically",
    "less intelligent",
    "commit",
    "are behind",
    "responsible for",
    "do all",
    "do every",
    "fifth column",
    "nobody want",
    "no one want",
    "no man want",
    "no woman want",
    "no man would",
    "no woman would",
    "nobody would",
    "no one would",
    "primitive",
    "backward",
    "barbaric",
    "savage ",
    "inferior",
    "uncivili",
    "degenerate",
    "here to ",
    "country to ",
    "town to ",
    "city to ",
    "enemy within",
    "treated as",
    "behind th",
    "handouts",
    "free stuff",
    "free money",
    "welfare",
    "benefits",
    "freebies",
    "stick together",
    "always cheat",
    "always swindle",
    "always scam",
    "always rob",
    "always con",
    "always fleece",
    "all cheat",
    "all swindle",
    "all scam",
    "all rob",
    "all con",
    "all fleece",
    "all sell drugs",
    "all deal drugs",
    "all push drugs",
    "all run drugs",
    "less evolved",
    "less civili",
    "less human",
    "dumber",
    "stupider",
    "naturally",
    "inherently",
    "biologically",
    "simply less",
    "just less",
    "unable",
    "not able",
    "think for",
    "too emotional",
    "too hysterical",
    "too irrational",
    "too primitive",
    "human",
    "not people",
    "not even people",
    "not real people",
    "not normal people",
    " iq",
    "intelligence",
    "brains",
    "waste of",
    "burden on",
    "drain on",
    "strain on",
    "weight on",
    "leech on",
    "look the same",
    "look exactly",
    "look alike",
    "enem",
    "their place",
    "not heard",
    "smell",
    "stink",
    "reek",
    " in dresses",
    " in wigs",
    " in skirts",
    " in drag",
    " in makeup",
    " in lipstick",
    "prey",
    "virus",
    "eating dogs",
    "eat dogs",
    "eats dogs",
    "eating cats",
    "eating bats",
    "reason",
    "cause",
    "confused",
    "delusional",
    "deluded",
    "therapy",
    "treatment",
    "cured",
    "curing",
    "psychiatrist",
    " to fix",
    " to cure",
    " to straighten",
    " to sort out",
    " to change",
)


# Said before a people: that all would be better without them, a wish to be
# rid of them ("The world would be better without Muslims" scored TOXICITY
# 0.28; "The world should be rid of Muslims" 0.88).
_RID_OF = re.compile(
    r"(?P<wish>(?:would|will)\s+(?:all\s+)?be\s+(?:a\s+(?:lot\s+|much\s+|far\s+)?)?"
    r"(?:lot\s+|much\s+|far\s+)?better(?:\s+place|\s+off)?\s+without)\s+(?:(?:all|the|any)\s+)?"
)
RID_MEANT = "should be rid of"
# Said before a people as the worst of all: "Is there anything more
# worthless than a disabled person?" (IDENTITY_ATTACK 0.10), read as
# "disabled people are worthless" (0.89).
_WORSE_THAN = re.compile(
    r"\b(?:is\s+there\s+)?(?:anything|anyone|anybody|nothing|no\s*one)\s+(?:is\s+)?(?:more|as)\s+"
    r"(?P<adj>worthless|useless|disgusting|pathetic|vile|stupid|lazy|dangerous|evil|ugly|dirty|"
    r"filthy|repulsive)\s+(?:than|as)\s+(?:an?\s+|the\s+)?(?=[a-z])"
)
# The old slogan: "the only good immigrant is a deported one", "...a dead
# one" (TOXICITY 0.42 for the first), read as the people wished gone or dead.
_ONLY_GOOD = re.compile(r"\bthe\s+only\s+good\s+(?=[a-z])")
_GOOD_WHEN = re.compile(
    r"\s+is\s+(?:an?\s+(?P<how>dead|deported|gone|buried|departed|absent|hanged|hung)\s+(?:one|[a-z]+)\b"
    # ...or where they lie: "...is one at the bottom of the sea" (TOXICITY 0.19)
    r"|(?:one|an?\s+[a-z]+)\s+(?:(?:that|who)(?:'s|\s+is)\s+)?(?P<where>at\s+the\s+bottom\s+of\s+(?:the|a)\s+"
    r"(?:sea|ocean|river|channel|lake|mediterranean)|in\s+the\s+ground|six\s+feet\s+under"
    r"|in\s+an?\s+(?:grave|coffin|body\s*bag|box)|(?:swinging|hanging)\s+from\s+a\s+(?:tree|rope|lamp\s*post)"
    r"|on\s+(?:a|the\s+next)\s+(?:plane|boat|flight)\s+(?:home|out|back))\b)"
)
# Ruin foretold from letting one of a people in: "Hire a woman and watch the
# department fall apart" (IDENTITY_ATTACK 0.05), "Let a Mexican in and the
# whole street goes downhill" (0.39): no derogatory word, the people blamed
# for a decline all the same. Read as "women ruin everything" (0.89).
_LET_IN = re.compile(
    r"\b(?:hire|elect|let|appoint|promote|admit|allow|put|bring\s+in|move\s+in)\s+"
    r"(?:in\s+)?(?:an?\s+|one\s+|some\s+|more\s+|the\s+first\s+|the\s+|those\s+|these\s+)?(?=[a-z])"
)
_RUIN_AFTER = re.compile(
    r"(?:\s+(?:in|in\s+here|in\s+charge(?:\s+of\s+[a-z]+)?|next\s+door|on\s+the\s+[a-z]+"
    r"|into\s+(?:the\s+|your\s+|our\s+)?[a-z]+))?,?\s+and\s+(?:just\s+)?(?:(?:watch|see)\s+(?:how\s+)?)?"
    r"(?:[a-z']+\s+){1,4}?(?:fall\s+apart|falls\s+apart|go(?:es)?\s+downhill|collapses?"
    r"|crumbles?|go(?:es)?\s+(?:to\s+(?:hell|pot|ruin|shit|the\s+dogs)|down\s+the\s+(?:drain|toilet|tubes))"
    r"|burns?\s+(?:down|to\s+the\s+ground)|turns?\s+into\s+a\s+(?:slum|ghetto|dump|zoo|jungle)"
    r"|(?:fail|fails|tank|tanks|rot|rots)(?=\s*(?:$|[.!?,;:])))"
)
RUIN_MEANT = "ruin everything"
_BEING_CUES = tuple(f"being {who}" for who in "gay trans lesbian bisexual queer homosexual".split())
_LET_IN_CUES = ("hire ", "elect ", "let ", "appoint ", "promote ", "admit ", "allow ", "put ",
                "bring in", "move in")  # fmt: skip
# A people, or their "agenda", to be kept from children: "keep your gay
# agenda away from our kids" (IDENTITY_ATTACK 0.45), "keep the gays away
# from our kids" (0.50), read as the danger to children it alleges (0.95).
_KEEP = re.compile(r"\bkeep\s+(?:the\s+|those\s+|these\s+|your\s+|their\s+|all\s+)?(?=[a-z])")
_THEIR_AGENDA = re.compile(
    r"([a-z]+)\s+(?:agenda|ideology|lifestyle|propaganda|nonsense|perversion)\b"
)
_AWAY_FROM_CHILDREN = re.compile(
    r"\s+(?:far\s+)?away\s+from\s+(?:our|my|the|your|their|all)?\s*"
    r"(?:kids|children|schools?|daughters|sons|boys|girls|classrooms?)\b"
)
DANGER_MEANT = "are a danger to our kids"
# Who someone is, called a sickness, with no people as the subject: "being
# gay is a disease that can be cured" (IDENTITY_ATTACK 0.35), read as the
# trope said of the people ("gay people are mentally ill"). Denied ("...is
# not a disease") it is :mod:`commentdesk.scoring.scope`'s to read as okay.
_BEING_SICK = re.compile(
    r"\bbeing\s+(?P<who>gay|trans|transgender|lesbian|bisexual|queer|homosexual)\s+is\s+"
    r"(?:(?:just|simply|clearly|obviously|really)\s+)?(?:an?\s+)?"
    r"(?:(?:mental|psychiatric|curable|sick|treatable)\s+)?"
    r"(?:disease|illness|disorder|sickness|perversion|abomination|defect|mental\s+illness)\b"
)
_ORDER_AFTER = frozenset("just you then and so".split())


def _opens_an_order(text: str, at: int) -> bool:
    """Whether the verb at ``text[at]`` opens its clause ("Hire a woman and
    ...", "...so just let them in and..."), as an order or a condition does."""
    window = text[max(0, at - 40) : at]
    before = window.rstrip()
    if not before or "\n" in window[len(before) :] or before[-1] in ".!?,;:":
        return True  # the comment's, a line's or a sentence's first word
    return before.rsplit(None, 1)[-1] in _ORDER_AFTER


_PLURAL = {"person": "people", "man": "men", "woman": "women", "child": "children"}
_NAMING_NOUNS = frozenset({*_PLURAL, *_PLURAL.values(), "folks", "persons"})


def _plural(people: list[str]) -> str:
    """A people named as one of them ("disabled person", "immigrant"), as all of them."""
    last = people[-1]
    return " ".join(
        [*people[:-1], _PLURAL.get(last, last if last in _NAMING_NOUNS else last.rstrip("s") + "s")]
    )


def _people_end(text: str, begin: int) -> int | None:
    """Where the people named at ``text[begin]`` ends ("disabled person",
    "immigrant"), or None where no people is named there."""
    words = list(re.finditer(r"[a-z]+", text[begin : begin + 40]))
    if len(words) > 1 and words[1].group() in _PLURAL:  # "a disabled person": one of a people
        return begin + words[1].end() if people_at(f"{words[0].group()} people", 0) else None
    first = words[0].group() if words else ""
    # "The only good asylum seeker is one at the bottom of the Channel"
    # (TOXICITY 0.14; revision 179): the people in two words, one of them
    if first == "asylum" and len(words) > 1 and words[1].group() in ("seeker", "seekers"):
        return begin + words[1].end()
    if first in ("woman", "man"):  # one woman stands for women as "a Muslim" for Muslims
        return begin + words[0].end() if people_at(_PLURAL[first], 0) else None
    if not words or not (people_at(text, begin) or people_at(first + "s", 0)):
        return None  # not a people, nor one of a people ("an immigrant")
    if len(words) > 1 and words[1].group() in _NAMING_NOUNS:  # "gay people"
        return begin + words[1].end()
    return begin + words[0].end()


# Between a people and what is said of them, the reader or someone pointed
# at as one of them: "women like you belong in the kitchen".
_LIKE = (" like you", " like u", " like her", " like him", " like them", " like that", " like this")


def _subject_end(text: str, end: int) -> int:
    """Where the people that ``text[:end]`` ends with ends, past "like you"."""
    for like in _LIKE:
        if text.endswith(like, 0, end):
            return end - len(like)
    return end


# The replacement conspiracy endorsed: "the great replacement is happening"
# (IDENTITY_ATTACK 0.11) says immigrants are sent to replace a people, read
# as "immigrants are invaders". Not where the sentence calls it a myth or
# reports who claims it ("the great replacement theory is a racist myth").
_REPLACEMENT = re.compile(
    r"\b(?:the\s+)?(?:great\s+replacement|white\s+genocide)\s+(?:is|has)\s+"
    r"(?:already\s+|really\s+|definitely\s+|clearly\s+|finally\s+|now\s+)?"
    r"(?:happening|real|underway|begun|started|here|coming|a\s+fact|no\s+(?:myth|conspiracy|theory))\b"
    r"|\bstop\s+the\s+(?:great\s+replacement|white\s+genocide)\b"
)
_REPLACEMENT_DOUBTED = re.compile(
    r"\b(?:myths?|lies?|conspirac(?:y|ies)|nonsense|racist|debunked|false|hoax|claims?|claimed"
    r"|believes?|insists?|says?|said|argues?|fantasy|propaganda|theory)\b"
)
REPLACED_MEANT = "immigrants are invaders"


def _sentence(text: str, begin: int, end: int) -> str:
    start = max(text.rfind(mark, 0, begin) for mark in ".!?\n") + 1
    stops = [i for i in (text.find(mark, end) for mark in ".!?\n") if i >= 0]
    return text[start : min(stops, default=len(text))]


def troped(norm: Normalized) -> Normalized:
    """``norm`` with each trope said of a people read as the derogation it
    carries; offsets still point at the author's characters."""
    text = norm.text
    found: dict[int, tuple[int, int, str]] = {}
    for at in cues_in(text, _CUES):
        # A trope starts at most a few words before its cue ("should not be
        # allowed"), each one after a space and a people.
        begin = text.rfind(" ", 0, at) + 1
        for _ in range(5):
            match = _TROPE.match(text, begin) if begin else None
            if match and match.end() > at and begin not in found:
                start = people_before(text, _subject_end(text, begin - 1))
                if start is not None and of_them_all(text, start):
                    meant = _TROPES[(match.lastindex or 1) - 1][1]
                    found[begin] = (begin, match.end(), meant)
            if begin < 2:
                break
            begin = text.rfind(" ", 0, begin - 1) + 1
    for at in cues_in(text, (" without ",)):
        for match in _RID_OF.finditer(text, max(0, at - 50), at + 30):
            if people_at(text, match.end()) and match.start("wish") not in found:
                found[match.start("wish")] = (match.start("wish"), match.end("wish"), RID_MEANT)
    worst = any(map(text.__contains__, ("anything", "anyone", "anybody", "nothing", "no one")))
    for at in cues_in(text, (" than ", " as ")) if worst or "noone" in text else ():
        for match in _WORSE_THAN.finditer(text, max(0, at - 60), at + 12):
            end = _people_end(text, match.end())
            if end is not None and match.start() not in found:
                meant = f"{_plural(text[match.end() : end].split())} are {match.group('adj')}"
                found[match.start()] = (match.start(), end, meant)
    if " only good " in text:
        for match in _ONLY_GOOD.finditer(text):
            end = _people_end(text, match.end())
            when = _GOOD_WHEN.match(text, end) if end is not None else None
            if when and match.start() not in found:
                people = _plural(text[match.end() : when.start()].split())
                where = when.group("where") or ""
                dead = when.group("how") in ("dead", "buried", "hanged", "hung") or (
                    bool(where) and not where.startswith("on ")
                )
                meant = f"{people} should all be killed" if dead else f"{people} are vermin"
                found[match.start()] = (match.start(), when.end(), meant)
    if "keep " in text and " away from " in text:
        for match in _KEEP.finditer(text):
            agenda = _THEIR_AGENDA.match(text, match.end())
            named = _people_end(text, match.end())
            if agenda and agenda.group(1) in DESCRIBING:
                end, people = agenda.end(), f"{agenda.group(1)} people"
            elif named is not None:
                end, people = named, _plural(text[match.end() : named].split())
            else:
                continue
            away = _AWAY_FROM_CHILDREN.match(text, end)
            if away and match.start() not in found:
                found[match.start()] = (match.start(), away.end(), f"{people} {DANGER_MEANT}")
    if "being " in text and any(map(text.__contains__, _BEING_CUES)):
        for match in _BEING_SICK.finditer(text):
            found[match.start()] = (
                match.start(),
                match.end(),
                f"{match.group('who')} people are mentally ill",
            )
    if " and " in text:
        for at in cues_in(text, _LET_IN_CUES):
            match = _LET_IN.match(text, at)
            if not match or not _opens_an_order(text, at):
                continue
            end = _people_end(text, match.end())
            ruin = _RUIN_AFTER.match(text, end) if end is not None else None
            if ruin and match.start() not in found:
                people = _plural(text[match.end() : ruin.start()].split())
                found[match.start()] = (match.start(), ruin.end(), f"{people} {RUIN_MEANT}")
    if "replacement" in text or "white genocide" in text:
        for match in _REPLACEMENT.finditer(text):
            said = _sentence(text, match.start(), match.end())
            if not _REPLACEMENT_DOUBTED.search(said) and match.start() not in found:
                found[match.start()] = (match.start(), match.end(), REPLACED_MEANT)
    kept: list[tuple[int, int, str]] = []
    for begin, end, meant in sorted(found.values()):
        if not kept or begin >= kept[-1][1]:
            kept.append((begin, end, meant))
    return replace_words(norm, kept) if kept else norm
