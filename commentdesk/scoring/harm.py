"""Violence the author means, in the words the encoder underrates, read as "kill".

Threats in the training data are few (76 of the development slice's Toxic
Spans posts) and mostly say "kill", so the encoder knows that word and not
its neighbours: "I'm going to stab the next reporter who lies about this"
scored THREAT 0.41, "I hope someone beats the living daylights out of you"
0.23, "If I ever meet a Jew I'll stab him" 0.39, "I want to see all Muslims
dead" 0.35, while "I'm going to kill the next reporter..." scored 0.92.

So, before either stage reads a comment, a violent act against a person or
a people ("stab", "behead", "beat ... up", "break his legs", "slit their
throats", "run them over", "take that mayor out for good", "deal with that
mayor, permanently", "send them back in body bags") is read as "kill"
where three things hold:

- the author means it: the act follows an intent, a call or a wish ("I'll",
  "I'd", "we should", "someone needs to", "let's", "it is our duty to", "I hope
  someone"), with nothing before it in its clause that denies it ("I would
  never hurt anyone", "I don't think we should...") or reports it ("police
  say he threatened to shoot his neighbour", "in the film he..."), and not
  inside quotation marks;
- someone receives it: "you", "him", "them", or a phrase whose head is a
  person or a people ("the next reporter", "every one of those traitors",
  "some immigrants"), so "we'll shoot you an email", "hang out with them",
  "beat the traffic" and "cut the budget" are left as written;
- the verb is one of violence to a body: "smash", "crush", "destroy" and a
  bare "beat" are how fans and voters talk ("we'll smash them on Saturday").

A place where people are, blown up, bombed or burnt down ("someone needs
to blow up that newspaper"), is read as killing everyone at it.

A wish to see someone dead ("I want to see all Muslims dead", "I'd love to
see them hanging from lampposts", "...you hit by a bus") is read as the
wish to kill them that it is. Harm wished as someone's due in the passive ("...should be shot") is
``commentdesk.scoring.veiled``'s, and hyperbole ("this tax will kill jobs")
``commentdesk.scoring.hyperbole``'s; this reading runs after both.
"""

from __future__ import annotations

import re
from itertools import pairwise

from commentdesk.scoring.cues import any_cue, cues_in
from commentdesk.scoring.spelling import GROUPS
from commentdesk.scoring.veiled import ONE_WHO, PERSONS, TARGETS
from commentdesk.textnorm import Normalized, disjoint, replace_words

# The acts, each a pattern over the words from the verb on, up to its
# object (named ``obj``) or just before it. Multi-word acts name where the
# person goes in them.
_OBJ = r"(?P<obj>[a-z']+(?:\s+[a-z']+){0,5}?)"
_ACTS = (
    r"(?:kill|murder|stab|lynch|behead|decapitate|strangle|slaughter|butcher|torture|knife|shank"
    r"|massacre|exterminate|maim|rape|gas|punch|gun\s+down|shoot(?!\s+down)|choke(?!\s+(?:on|back))"
    r"|hang(?!\s+(?:out|up|on|around|with|about|onto|in|tough|loose|together|back|over))"
    r"|string\s+up|beat\s+up|blow\s+up|run\s+over"
    # "Someone ought to drown that reporter"; not "drown them out", "drown my sorrows".
    r"|drown(?!\s+(?:[a-z']+\s+){0,2}?out\b)(?!\s+(?:my|your|his|her|their|our)\s+sorrows))(?:s|es)?\s+"
    + _OBJ,
    # "beat him to a pulp", "string them up", "run her over", "take that mayor out for good".
    r"(?:beat|string|blow)s?\s+" + _OBJ + r"\s+up\b",
    # "I'm going to knock him out" (not "knock it out of the park": no one is;
    # nor "knock yourself out", go ahead).
    r"knocks?\s+(?!(?:yourself|yourselves|himself|herself|themselves|myself|ourselves)\b)"
    + _OBJ
    + r"\s+(?:out|unconscious|senseless|cold)\b",
    r"beats?\s+" + _OBJ + r"\s+(?:to\s+death|to\s+a\s+pulp|senseless|bloody|black\s+and\s+blue)\b",
    r"runs?\s+" + _OBJ + r"\s+(?:over|off\s+the\s+road)\b",
    # A firing squad: "line the Muslims up against a wall".
    r"lines?\s+" + _OBJ + r"\s+up\s+(?:against|in\s+front\s+of)\s+(?:a|the)\s+wall\b",
    # "I'll beat the next feminist I meet": whoever is met next is a person.
    r"(?:beat|hit|hurt|attack|smack|slap|kick)s?\s+(?P<obj>the\s+next\s+[a-z]+(?:\s+[a-z]+)?)"
    r"(?=\s+(?:i|we)\s+(?:see|meet|find|run\s+into|catch|spot|come\s+across)\b)",
    # "drag the councillor out of his house", "drag every last one of them into the street".
    r"drags?\s+"
    + _OBJ
    + r"\s+(?:out\s+of\s+(?:his|her|their|your)\s+(?:houses?|homes?|beds?|cars?)"
    r"|(?:into|through|out\s+into)\s+the\s+streets?)\b",
    r"takes?\s+" + _OBJ + r"\s+out,?\s+(?:for\s+good|permanently|once\s+and\s+for\s+all)\b",
    # "deal with that mayor, permanently", "take care of them for good".
    r"(?:deals?\s+with|takes?\s+care\s+of)\s+"
    + _OBJ
    + r",?\s+(?:for\s+good|permanently|once\s+and\s+for\s+all)\b",
    # "send them all back in body bags".
    r"sends?\s+" + _OBJ + r"\s+(?:back|home)\s+in\s+(?:body\s*bags|coffins|caskets|pine\s+boxes"
    r"|an?\s+(?:body\s*bag|coffin|casket|pine\s+box))\b",
    # "knock his teeth out", "rip your head off", "put a knife in the mayor".
    r"(?:knock|kick|punch|rip|tear)s?\s+(?P<teeth>(?:your|ur|his|her|their)\s+(?:teeth|heads?|throats?|faces?"
    r"|hearts?|lights))\s+(?:out|in|off)\b",
    r"(?:put|stick|sink|plunge)s?\s+(?:a|my|the)\s+(?:knife|bullet|blade|sword|axe)\s+(?:in|into|through)\s+"
    + _OBJ,
    r"(?:throw|toss|drown)s?\s+" + _OBJ + r"\s+(?:in|into|off)\s+(?:the\s+)?(?:sea|river|ocean|fire"
    r"|oven|ovens|gas\s+chambers?|furnace|bridge|cliff|roof)\b",
    r"(?:beat|kick|knock|punch|slap|smack)s?\s+the\s+(?:living\s+daylights|daylights|hell|crap|shit"
    r"|life|stuffing|snot|tar|piss)\s+out\s+of\s+" + _OBJ,
    # ("ur" is "your" before a body part: "i'll sl1t ur thr0at" scored THREAT 0.54)
    r"(?:break|snap|smash|slit|cut|crack)s?\s+(?P<own>(?:your|ur|his|her|their|that\s+[a-z]+'s|the\s+[a-z]+'s)"
    r"\s+(?:necks?|legs|arms|jaws?|bones|skulls?|faces?|throats?|teeth|kneecaps|heads?\s+open|noses?|ribs"
    r"|fingers|knees|spines?|backs?|wrists?|hands))\b",
    # "take a knife to that MP".
    r"takes?\s+(?:a|my|the|an)\s+(?:knife|bat|baseball\s+bat|hammer|axe|machete|crowbar|blade|gun|shotgun"
    r"|chainsaw|blowtorch)\s+to\s+" + _OBJ,
    # A place where people are: "someone needs to blow up that newspaper".
    r"(?:blow\s+up|blows\s+up|bomb|bombs|firebomb|firebombs|burn\s+down|burns\s+down|torch|torches|shoot\s+up"
    r"|shoots\s+up)\s+(?P<place>(?:the|that|this|their|your|his|her|every|a|our)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:newspapers?|offices?|newsrooms?|mosques?|synagogues?|churches|church|temples?|schools?|clinics?"
    r"|centres?|centers?|hotels?|shelters?|studios?|parliament|town\s+hall|city\s+hall))\b",
    # "put my fist through that presenter's face".
    r"(?:put|stick|drive|ram|smash)(?:s|es)?\s+(?:my|a|our)\s+(?:fist|fists|boot|foot|knee|head)\s+"
    r"(?:through|into|in)\s+(?P<fist>(?:your|his|her|their|that\s+[a-z]+'s|the\s+[a-z]+'s)\s+"
    r"(?:faces?|heads?|teeth|skulls?|mouths?|guts?|stomachs?))\b",
    # "I'll make you bleed".
    r"makes?\s+" + _OBJ + r"\s+(?:bleed|beg\s+for\s+(?:mercy|your\s+life|his\s+life|their\s+lives))"
    r"\b",
    r"(?:break|breaks)\s+every\s+bone\s+in\s+(?P<body>(?:your|his|her|their)\s+bod(?:y|ies))",
    r"(?:shut|shuts)\s+(?P<mouth>you|him|her|them|(?:your|his|her|their)\s+mouths?)\s+(?:up\s+)?"
    r"(?:for\s+good|permanently|forever)\b",
)
_ACT = tuple(re.compile(act) for act in _ACTS)
# The first word of every act: the acts are tried only where one begins.
_CUES = (
    "kill", "murder", "stab", "lynch", "behead", "decapitat", "strangl", "slaughter", "butcher",
    "tortur", "knife", "shank", "massacr", "extermin", "maim", "rape", "gas", "punch", "gun",
    "shoot", "chok", "hang", "string", "beat", "blow", "run", "take", "kick", "knock", "slap",
    "smack", "break", "snap", "smash", "slit", "cut", "crack", "shut", "rip", "tear", "put",
    "stick", "sink", "plunge", "throw", "toss", "drown", "drag", "hit", "hurt", "attack", "drive",
    "ram", "make", "bomb", "firebomb", "burn", "torch", "deal", "send", "line",
)  # fmt: skip
# Who may say it, and how it is meant: an intent of the author's own, a call
# on anyone, or a wish; ends where the act begins.
_FRAME = re.compile(
    r"""(?x)
    (?:\b(?:i|we)\s*(?:'ll|will|shall|'m\s+going\s+to|am\s+going\s+to|are\s+going\s+to|'re\s+going\s+to
        |'m\s+gonna|am\s+gonna|are\s+gonna|'re\s+gonna|gonna|want\s+to|wanna|would\s+love\s+to
        |'d\s+love\s+to|would\s+like\s+to|'d\s+like\s+to|should|must|need\s+to|have\s+to|gotta
        |plan\s+to|intend\s+to|(?:would|'d)\s+(?:happily|gladly|gleefully|love\s+to)
        # What the author would do, said plainly: "I'd break every bone in his body".
        |'d|\s+would
        |can't\s+wait\s+to|cannot\s+wait\s+to|(?:'m|am|are|'re)\s+(?:about|ready)\s+to|promise\s+to
        |swear\s+(?:to\s+god\s+)?(?:i'll|we'll|i\s+will|we\s+will))
    | \b(?:someone|somebody|anyone|everyone|everybody|people|they|y'all|you\s+all|real\s+men)\s+
        (?:should|needs?\s+to|must|ought\s+to|has\s+to|have\s+to|gotta|oughta|had\s+better|'d\s+better)
    | \b(?:someone|somebody)\s+(?:will|'ll|is\s+going\s+to|is\s+gonna|'s\s+going\s+to|'s\s+gonna)
    | \blet's|\blets|\blet\s+us|\btime\s+to|\b(?:my|our|your)\s+duty\s+to
    # A call said as the remedy: "the right thing to do is to exterminate...".
    | \bthe\s+(?:(?:right|only|best|real|obvious|simple|final)\s+)?(?:thing\s+to\s+do|solution
        |answer|fix|cure|remedy|way\s+forward)\s+(?:is|would\s+be)(?:\s+to)?
    | \bhope\s+(?:someone|somebody)|\bwish\s+(?:someone|somebody)\s+would)
    \s+(?:(?:just|really|honestly|personally|gladly|happily|seriously|literally|finally|actually
        |simply|all|eventually|one\s+day|go|go\s+and|come\s+and|sooner\s+or\s+later)\s+){0,2}$
    """
)
# An order opens its clause: "Throw the immigrants into the sea", "if you
# see one, shoot him".
_BASE_FORM = re.compile(r"(?:gas|[a-z]*[^s\W])\b")
_CONDITION = re.compile(r"\s*(?:if|when|once|next\s+time|the\s+moment)\b")
_ORDERS = frozenset({"", "so", "now", "please", "just", "go", "go and", "then", "and"})
# Before the intent, in its clause: a denial or a report, which the act is not the author's.
_DENIED_OR_REPORTED = re.compile(
    # ("show up" is turning up: "if you show up at the meeting we'll break your legs".)
    r"n't\b|\b(?:not|never|no\s+one|nobody|none|nothing|film|movie|novel|book|show(?!\s+up\b)|game"
    r"|episode|series|scene|character|story|said|says|told|tells|threatened|threatens|claimed"
    r"|claims|wrote|writes|tweeted|posted|shouted|yelled|screamed|heard|quoted|accused|alleged"
    r"|allegedly|reportedly|police|prosecutors?|court|jury|charged|arrested|convicted)\b"
)
# Words of a phrase naming someone, before the person: "every one of those".
_LEADING = frozenset(
    """
    every each all any some those these the that this a an his her their your my our one of
    single last damn damned fucking bloody filthy stupid dirty next first few more other
    lot whole
    """.split()
)
_PRONOUNS = frozenset("you u ya him her them 'em y'all yourself himself herself".split())
# After words describing a person, one of these opens a clause of its own.
_NEW_CLAUSE = _PRONOUNS | frozenset("i we he she they it".split())
# Who a possessive names: "break your legs" is read as "kill you".
_OWNER = {"your": "you", "his": "him", "her": "her", "their": "them"}
_PEOPLE = (
    PERSONS
    | TARGETS
    | GROUPS
    | frozenset(
        """
    men women kid kids child children boy boys girl girls guy guys traitor traitors snitch snitches
    councillor councillors minister ministers president mp mps senators governor priest imam
    rabbi landlord referee ref fan fans voter voters neighbour neighbours neighbor neighbors boss
    bitch bitches faggot faggots niggers nigger terrorists moron morons liberals leftists
    commies nazis illegals pedo pedos nonce nonces presenter presenters anchor pundit pundits
    officer officers protester protesters protestor protestors demonstrator demonstrators
    marcher marchers activist activists striker strikers
    """.split()
    )
)
# A wish to see someone dead, or struck by a bus, read as a wish to kill them.
_SEEN_DEAD = re.compile(
    # "I'd rather see you getting lynched"
    r"\b(?:(?:would|'d)\s+rather\s+(?:see|watch)"
    r"|(?:want|wanna|would\s+love|'d\s+love|would\s+like|'d\s+like|can't\s+wait|cannot\s+wait"
    # "I'd pay good money to watch that councillor get beaten" (THREAT 0.36)
    r"|hope|(?:would|'d)\s+pay(?:\s+(?:good|real|serious))?(?:\s+money)?)\s+to\s+(?:see|watch))\s+"
    + _OBJ
    + r"\s+(?:dead|hanging|hanged|hung|burn|burning|burned|burnt"
    r"|(?:get|getting)\s+(?:beaten(?:\s+up)?|beat\s+up|punched|stabbed|killed|shot|hurt|lynched)"
    # beaten in a vote or a game is no harm
    r"(?!\s+(?:at|in|on|by)\s+(?:the\s+|a\s+|next\s+)*(?:polls|ballot|ballot\s+box|elections?|primary"
    r"|primaries|vote|november|court|game|match|final|debate|race|votes|landslide))"
    r"|shot|in\s+body\s+bags|six\s+feet\s+under|in\s+(?:a|the|their)\s+graves?"
    # a lynching: "I'd love to see that senator swinging from a lamppost"
    r"|(?:swinging|dangling)\s+(?:from|at\s+the\s+end\s+of)\s+(?:a|the|some)\s+(?:nearest\s+)?"
    r"(?:lamp\s*-?\s*posts?|lampposts?|trees?|ropes?|nooses?|gallows|rafters|yardarm)"
    # an accident wished: "I'd love to see you hit by a bus"
    r"|(?:get\s+)?(?:hit|run\s+over|flattened|crushed)\s+by\s+an?\s+(?:bus|truck|lorry|car|train|tram))\b"
)


# Violence named later in a clause the author opens with an intent, a call
# or a wish, aimed at someone: "I'll cave your skull in with a hammer",
# "somebody should torch that office with the editor inside", "I hope a
# truck flattens you", "I'm going to hunt down whoever wrote this and hurt
# them". Read as "kill" and whom, over the rest of the clause. Words that are
# as often sport or business ("bury", "smash", "bleed them dry") are not here.
_AIMED_CUES = (
    "skull", "bullet", "body bag", "noose", "hurt", "harm", "maim", "cripple", "flatten", "torch",
    "burn", "cave", "bomb", "hunt", "batter",
)  # fmt: skip
_INTENT = re.compile(
    r"\b(?:(?:i|we)\s*(?:'ll|will|'m\s+going\s+to|am\s+going\s+to|are\s+going\s+to|'re\s+going\s+to"
    r"|'m\s+gonna|'re\s+gonna|gonna|want\s+to|wanna|would\s+love\s+to|'d\s+love\s+to|should|must"
    r"|need\s+to|swear)|(?:someone|somebody|people|y'all)\s+(?:should|needs?\s+to|must|ought\s+to)"
    r"|(?:someone|somebody)\s+(?:will|'ll|is\s+going\s+to|is\s+gonna)|let's|lets|let\s+us|time\s+to"
    r"|(?P<hope>hope))\b"
)
# Harm of a purse or a vote, not a body: "hurt them where it hurts, in the wallet".
_NOT_BODILY = re.compile(
    r"\b(?:where\s+it\s+hurts|financially|economically|politically|at\s+the\s+(?:polls|ballot\s+box)"
    r"|wallet|pocket|pockets|elections?|votes?|ratings|sales|profits?|feelings|in\s+hell)\b"
)
_CLAUSE_END = re.compile(r"[.!?;,\n]|\s(?:but|because|so|then|or|unless)\s")
_BODY = frozenset(
    "skull head face neck throat legs arms jaw teeth ribs kneecaps body brains eyes nose".split()
)


def _aimed(text: str, at: int) -> tuple[int, int, str] | None:
    """The reading of a clause that aims the violence at ``text[at]`` at
    someone: (where its aim begins, where the clause ends, "kill" and whom)."""
    clause = _clause_start(text, at)
    intent = _INTENT.search(text, clause, at)
    # The violence follows the intent closely ("I hope a truck flattens you",
    # not "let's laugh at the hurting women").
    if intent is None or len(text[intent.end() : at].split()) > 2 or text.count('"', 0, at) % 2:
        return None
    if _DENIED_OR_REPORTED.search(text, clause, at):
        return None
    end_match = _CLAUSE_END.search(text, at)
    end = end_match.start() if end_match else len(text)
    if _NOT_BODILY.search(text, at, min(len(text), end + 30)):
        return None
    kill = " someone kills" if intent.group("hope") else " kill"
    # Whom: after the violence ("...flattens you", "torch that office with the editor inside").
    words = text[text.find(" ", at) + 1 : end].split() if " " in text[at:end] else []
    for word, following in pairwise([*words, ""]):
        if word in _PRONOUNS:  # not "burn you a copy"
            return (
                None
                if following in ("a", "an", "some", "one")
                else (intent.end(), end, f"{kill} {word}")
            )
        if word in _OWNER and following in _BODY:
            return (intent.end(), end, f"{kill} {_OWNER[word]}")
        if word in _PEOPLE or ONE_WHO.search(word):
            return (intent.end(), end, f"{kill} the {word}")
    return None


def _someone(phrase: str) -> bool:
    """Whether ``phrase`` (the words after the act) names a person or a people."""
    words = [word.strip(",;:!?") for word in phrase.split()]  # "that mayor, permanently"
    if words and words[0] in _PRONOUNS:
        return True
    described = 0  # "that smug presenter": up to two words describe the person
    for word in words[:6]:
        if described and word in _NEW_CLAUSE:
            return False  # "...the messenger if you...": a clause of its own
        if word in _PEOPLE or word.rstrip("s") in _PEOPLE or ONE_WHO.search(word):
            return True
        if word not in _LEADING:
            described += 1
            if described > 2 or words[0] not in _LEADING:
                return False
    return False


def _clause_start(text: str, at: int) -> int:
    """Where the clause around ``text[at]`` begins: after its punctuation or quotation mark."""
    return max(text.rfind(mark, 0, at) for mark in '.!?;:,\n"') + 1


def _opens_sentence(text: str, clause: int) -> bool:
    """Whether the clause at ``text[clause]`` opens its sentence, or follows a
    condition that does ("if they come back, shoot them")."""
    before = text[:clause].rstrip()
    if not before or before[-1] in ".!?\n":
        return True
    sentence = max(text.rfind(mark, 0, clause) for mark in ".!?\n") + 1
    return before.endswith(",") and _CONDITION.match(text, sentence) is not None


def _meant(text: str, at: int) -> bool:
    """Whether the author means the act that begins at ``text[at]``."""
    clause = _clause_start(text, at)
    if text.count('"', 0, at) % 2:  # inside a quotation
        return False
    if text[clause:at].strip() in _ORDERS and _opens_sentence(text, clause):
        return _BASE_FORM.match(text, at) is not None  # an order: "shoot him", not "beats the..."
    if not _FRAME.search(text, clause, at):
        return False
    return not _DENIED_OR_REPORTED.search(text, clause, at)


def _reading(text: str, m: re.Match[str]) -> tuple[int, int, str] | None:
    """What the act ``m`` found is read as, if someone receives it."""
    if "place" in m.re.groupindex:  # whoever is inside
        return (m.start(), m.start("place"), "kill everyone at ")
    if "obj" not in m.re.groupindex:
        owner = m.group(m.lastgroup or 1).split()  # "your neck", "that senator's legs"
        whom = _OWNER.get(owner[0]) or " ".join(owner[:2]).removesuffix("'s")
        return (m.start(), m.end(), f"kill {whom}")
    # The pattern may have stopped short of the person: judge what follows the act.
    begin = m.start("obj")
    if not _someone(text[begin : begin + 60].split(".")[0]):
        return None
    verb = text[m.start() : begin].split()[0]
    # "I hope someone beats...": the verb's own form.
    return (m.start(), begin, "kills " if verb.endswith("s") and verb != "gas" else "kill ")


# Violence endorsed as an act, the subject of its sentence: "shooting looters
# on sight is the only language they understand" (THREAT 0.04), "lynching him
# would be justice" (0.42), "gassing the lot of them would be a mercy" (0.30).
# Read as the call it is, "we should kill ... now", where the act opens its
# clause, someone receives it, and what is said of it approves; said of it
# otherwise ("shooting protesters is a crime", "...is never the answer") it
# stays as written, and so does an act on no one ("shooting hoops after work
# is the best therapy", "killing the bill would be a mercy").
_ENDORSED = re.compile(
    r"(?P<act>shooting|gassing|hanging|lynching|stringing\s+up|executing|killing|murdering"
    r"|slaughtering|butchering|beheading|torturing|stabbing|strangling|drowning|exterminating"
    r"|massacring|gunning\s+down|running\s+over|running|beating|whipping|flogging|castrating|stoning"
    r"|stringing|burning\s+down|firebombing|bombing|torching|blowing\s+up)\s+"
    r"(?P<obj>[a-z']+(?:\s+[a-z']+){0,6}?)"
    # "running those marchers over", "stringing them up": the particle after whom
    r"(?:\s+(?P<particle>over|up|down))?\s+"
    r"(?P<verdict>(?:is|was|would\s+be|will\s+be|'d\s+be|'s)\s+"
    r"(?:(?:still|just|honestly|really|frankly|simply|probably|surely|clearly|obviously)\s+)?"
    r"(?:the\s+(?:only|best|right|real|obvious|simplest|quickest|final|one|perfect)\s+"
    r"(?:answer|solution|way|option|cure|language|thing|fix|choice|remedy|punishment)"
    r"|the\s+(?:answer|solution|cure|way\s+forward|way\s+to\s+go)"
    r"|(?:a|an)\s+(?:mercy|kindness|favou?r|(?:public\s+)?service|good\s+start|start|good\s+idea"
    r"|great\s+idea|fitting\s+end)"
    r"|justice|justified|deserved|necessary|needed|(?:long\s+)?overdue|fine|ok|okay|acceptable"
    r"|too\s+good\s+for|what\s+(?:they|he|she)\s+deserves?"
    r"|doing\s+(?:the\s+world|us\s+all|everyone|the\s+country|society|humanity|mankind)"
    r"\s+a\s+(?:favou?r|service))\b"
    r"|(?:would|will|'d|could)\s+(?:solve|fix|end|stop|settle|sort)\b)"
)
# Harm wished as what the author would not mind, or would enjoy: "I wouldn't
# shed a tear if someone ran him over" (THREAT 0.05), "I'd laugh if somebody
# shot her". Read as the wish it is, "hope someone kills" whom.
_GLAD_IF = re.compile(
    r"\b(?:(?:wouldn't|would\s+not|won't|will\s+not)\s+(?:shed\s+a\s+(?:single\s+)?tear|cry"
    r"|lose\s+(?:any\s+)?sleep|mourn|complain|mind|be\s+(?:sad|upset|sorry))"
    r"|(?:would|'d|will|'ll)\s+(?:laugh|cheer|celebrate|dance|be\s+(?:glad|happy|delighted|thrilled))"
    r"|(?:nobody|no\s+one)\s+(?:[a-z]+\s+)?(?:would|will)\s+(?:shed\s+a\s+(?:single\s+)?tear|cry|mourn"
    r"|care|complain|mind))"
    r"\s+if\s+(?:someone|somebody|anyone|they|some\s+[a-z]+|a\s+[a-z]+)\s+"
    r"(?P<verb>ran\s+over|ran\s+down|ran|shot(?!\s+down)|stabbed|killed|murdered|hanged|lynched"
    r"|strangled|beat\s+up|knifed|punched|gunned\s+down|beat)\s+"
    r"(?P<obj>[a-z']+(?:\s+[a-z']+){0,4}?)"
    r"(?=\s+(?:over|down|up|to\s+death|senseless|dead)\b|\s*(?:$|[.!?,;]))"
)
_GLAD_CUES = ("shed a", " cry", "sleep", "mourn", " mind", "laugh", "cheer", "celebrate",
              "dance", " glad", "happy", "delighted", "thrilled", "be sad", "upset",
              "be sorry", "complain", " care")  # fmt: skip
_ENDORSED_CUES = tuple(
    "shooting gassing hanging lynching stringing executing killing murdering slaughtering "
    "butchering beheading torturing stabbing strangling drowning exterminating massacring "
    "gunning running beating whipping flogging castrating stoning burning firebombing bombing "
    "torching blowing".split()
)
# Acts that need their particle after whom ("running them over"), and acts
# on a place where people are, with the places they are read for.
_NEEDS_PARTICLE = frozenset({"running", "stringing"})
_ON_PLACES = frozenset({"burning down", "firebombing", "bombing", "torching", "blowing up"})
_PLACE = re.compile(
    r"\b(?:mosques?|synagogues?|churches|church|temples?|gurdwaras?|newsrooms?|newspapers?"
    r"|offices|schools?|clinics?|shelters?|refugee\s+centres?|hotels?|camps?)\b"
)
# What may come before the act in its clause: an order's words, or an aside.
_OPENERS = _ORDERS | {"honestly", "frankly", "seriously", "personally", "but", "i say"}
# Who receives it, beyond the people ``_someone`` knows: whoever is named by
# what they do ("looters", "marchers"), in this frame only.
_DOERS = re.compile(r"[a-z]{3,}ers$")
_NOT_DOERS = frozenset(
    "numbers papers matters letters orders borders powers waters centers chambers corners "
    "answers offers flowers towers layers filters computers servers headers folders "
    "prayers laws rivers posters banners stickers flyers covers trailers sliders burgers "
    "dinners fingers shoulders containers markers timers meters barriers".split()
)  # "hanging posters around town is the best way to..." hangs no one


def _endorsed(text: str) -> list[tuple[int, int, str]]:
    """The readings of each act of violence on someone the sentence approves."""
    found: list[tuple[int, int, str]] = []
    for m in _ENDORSED.finditer(text):
        clause = _clause_start(text, m.start())
        opener = text[clause : m.start()].strip()
        if opener not in _OPENERS or text.count('"', 0, m.start()) % 2:
            continue  # the act must open its clause: "after shooting him is..." is no call
        act, obj = m.group("act"), m.group("obj")
        if act in _NEEDS_PARTICLE and m.group("particle") is None:
            continue  # "running the marathon was the best thing", "stringing words together"
        if act in _ON_PLACES:
            # A place where people are: "burning down their mosques is the only answer".
            if _PLACE.search(obj):
                found.append((m.start("act"), m.end("act"), "we should kill everyone at"))
                found.append((m.start("verdict"), m.end("verdict"), "now"))
            continue
        doers = [w for w in obj.split() if _DOERS.match(w) and w not in _NOT_DOERS]
        if not (_someone(obj) or doers):
            continue
        found.append((m.start("act"), m.end("act"), "we should kill"))
        found.append((m.start("verdict"), m.end("verdict"), "now"))
    return found


# A bare "beat" hurts only with its outcome: "beat him up", not "beat him in the primary".
_BEATEN = re.compile(r"\s+(?:up|to\s+death|senseless)\b")


def _glad(text: str) -> list[tuple[int, int, str]]:
    """The readings of each harm the author would not mind, done to someone."""
    found: list[tuple[int, int, str]] = []
    for m in _GLAD_IF.finditer(text):
        rest = text[m.end() : m.end() + 40]
        if not _someone(m.group("obj")) or _NOT_BODILY.search(m.group("obj") + rest):
            continue
        if m.group("verb") == "beat" and not _BEATEN.match(rest):
            continue
        glued = m.group().split()[0] + " " if m.group().startswith("'") else ""  # "i'd laugh"
        found.append((m.start(), m.start("obj"), f"{glued}hope someone kills "))
    return found


# Harm to a body promised in the present ("If I ever see you, I'm breaking
# your jaw": THREAT 0.17, where "I will break your jaw" read as "kill you"
# scored 0.99): the acts above follow an intent, and this has none.
_DOING_CUES = ("breaking", "snapping", "smashing", "slitting", "cracking")
_DOING = re.compile(
    r"\b(?P<who>i|we)\s*(?:'m|am|'re|are)\s+(?:(?:just|gonna\s+be|going\s+to\s+be)\s+)?"
    r"(?:breaking|snapping|smashing|slitting|cracking)\s+(?P<own>your|his|her|their)\s+"
    r"(?:necks?|legs|arms|jaws?|skulls?|faces?|throats?|teeth|kneecaps|noses?|ribs|fingers|knees"
    r"|spines?|backs?|wrists?|hands)\b"
)


# An act begun on someone, after an intent or a call: "It's time to start
# killing these gays" (THREAT 0.49), "we should begin shooting looters".
_STARTED = re.compile(
    r"\b(?:start|begin)\s+(?:shooting|gassing|hanging|lynching|executing|killing|murdering"
    r"|slaughtering|butchering|beheading|torturing|stabbing|strangling|drowning|exterminating"
    r"|massacring)\s+(?P<obj>[a-z']+(?:\s+[a-z']+){0,5})"
)


def harmed(norm: Normalized) -> Normalized:
    """``norm`` with each violent act the author means against someone read as
    "kill"; offsets still point at the author's characters."""
    text = norm.text
    found: list[tuple[int, int, str]] = []
    for at in cues_in(text, _CUES):
        if at and text[at - 1].isalpha():
            continue
        # Most cues begin no act ("take the bus"): the acts first, then the frame.
        acts = [m for m in (act.match(text, at) for act in _ACT) if m]
        if not acts or not _meant(text, at):
            continue
        reading = next(filter(None, (_reading(text, m) for m in acts)), None)
        if reading:
            found.append(reading)
    for at in cues_in(text, _AIMED_CUES):
        if at and text[at - 1].isalpha():
            continue
        aimed = _aimed(text, at)
        if aimed:
            found.append(aimed)
    if "see " in text or "watch " in text:
        for m in _SEEN_DEAD.finditer(text):
            if _someone(m.group("obj")) and not _DENIED_OR_REPORTED.search(
                text, max(0, text.rfind(".", 0, m.start()) + 1), m.start()
            ):
                # "I'd love to see...": "I'd want to kill..."
                glued = "'d " if m.group().startswith("'") else ""
                found.append((m.start(), m.end(), f"{glued}want to kill {m.group('obj')}"))
    if "start " in text or "begin " in text:
        found += [
            (m.start(), m.start("obj"), "kill ")
            for m in _STARTED.finditer(text)
            if _meant(text, m.start()) and _someone(m.group("obj"))
        ]
    if any_cue(text, _DOING_CUES):
        found += [
            (m.start(), m.end(), f"{m.group('who')} will kill {_OWNER[m.group('own')]}")
            for m in _DOING.finditer(text)
            if text.count('"', 0, m.start()) % 2 == 0
            and not _DENIED_OR_REPORTED.search(text, _clause_start(text, m.start()), m.start())
        ]
    if any_cue(text, _ENDORSED_CUES):
        found += _endorsed(text)
    if " if " in text and any_cue(text, _GLAD_CUES):
        found += _glad(text)
    return replace_words(norm, disjoint(found)) if found else norm
