"""Abuse the author denies or condemns, read as neutral: negation and counter-speech.

Both stages learned words, not who asserts them. "idiot" is evidence of an
insult wherever it stands, so "You are not an idiot, you just made a mistake"
scored INSULT 0.98, and a reader who wrote "Calling immigrants animals is
disgusting" scored TOXICITY 0.96 for defending them. The encoder can learn
the difference from generated pairs, but only a GPU run can fit it without
losing elsewhere (bench/README, 2026-12-05), and the linear stage never can:
it has no syntax.

So, before either stage reads a comment, a derogatory word that sits in one
of these frames is read as the neutral stand-in ``STAND_IN``:

- a negated "is": "he is not a moron", "they aren't idiots", "you are
  certainly no fool", "she is by no means a liar", "he's far from stupid",
  "you are neither a fool nor a liar"; and a contrast that denies ("refugees
  are people, not vermin"; not "...not just stupid", "not racist, to be...",
  "not trash talk like yours");
- negated naming or thinking: "nobody here thinks you are an imbecile", "I
  never called him a liar", "I don't believe the mayor is a crook", "I'm
  not calling you stupid", "not once did I call you a troll";
- naming condemned: "calling refugees vermin is shameful", "the claim that
  Jews are greedy is a lie", "people who call women sluts should be ashamed",
  "it's not okay to call women stupid", "stop calling disabled people
  retards", "if someone says Muslims are terrorists, call it out", "I can't
  believe people still say...", a quoted attack answered in its sentence
  ('"Refugees are vermin": statements like that make me sick'), dismay ("I
  was shocked to read a comment calling Muslims rats"), a question answered
  ("Why would anyone call women sluts? That's vile"), "it is disgusting when
  people call...", "stop calling women bitches, it's disgusting", "you
  can't just say all Muslims are violent, that's bigotry" (with its verdict
  only: "you can't say ... anymore" is a grievance), "whoever keeps saying
  ... needs to stop", "calling her a whore is not something I would ever
  do";
- a quotation in single quotes as one in double ("statements like
  'Muslims are scum' are deeply hurtful", "if you call Jews 'vermin', you
  are part of the problem"), and a quotation denied to be an opinion and
  judged ('"women are stupid" is not an opinion, it is sexism');
- a word mentioned, not used: 'using the word "retard" is never okay' (not
  "the word 'traitor' comes to mind"). The
  condemning word itself ("shameful", "disgusting", "makes my blood boil")
  judges what was said, not a person, and is read as "wrong";
- a quotation answered ('"gay people are sick" - no, they are not', '"all
  immigrants are criminals" is a racist lie'), a report judged in the next
  sentence ("someone wrote that... That is racist garbage"), "no immigrant
  deserves to be treated like vermin", "none of you are idiots";
- a quotation said by someone and condemned after it ('my uncle always says
  "Mexicans are criminals", which is racist nonsense', 'someone posted
  "...". That is disgusting.', 'someone wrote that "...". That is vile.',
  'if you think "...", you need to take a hard look at yourself'), or
  likened and answered ('statements like "women belong in the kitchen" have
  no place here', with no derogatory word in it), not where the verdict is
  denied ("...and he's not wrong") or comes before it;
- the speaker shamed ("to the person who called immigrants cockroaches
  above: shame on you"), a report ("I heard a man call a woman a stupid
  cow", "our columnist was called a 'dirty Jew'", "kids called him a 'dirty
  Mexican'", the people named read as "person"; not "...and he is one"),
  "if you think immigrants are vermin, you need to take a hard look at
  yourself", "the man kept calling her a 'stupid Muslim bitch'" (not "I kept
  calling her..."), "I'm tired of seeing comments saying...", "please stop
  calling disabled people 'retards'", "stop treating Muslims as if they are
  all...", "why do people think it's okay to call...?", "fired after
  calling his coworker a...", 'some guy yelled "..." at us', "I
  refuse to believe that...", "imagine thinking that...", "whoever thinks
  ... needs to grow up", "the troll who said... has been banned", "you don't
  get to call...", "my daughter was told that...", "nobody deserves to be
  called a 'dirty Jew'", "I keep seeing '...' and I'm reporting every one",
  "no child should
  hear that they are worthless", "I hate it when people say..." (its "hate" read
  as "dislike"), "the lie that...", "..., he showed who he really is",
  "I'm tired of hearing that...", "when people say..., they are repeating
  Nazi propaganda", "he tweeted that... and lost his job over it", "calling
  someone a Nazi for wanting lower taxes is absurd"; not where the author
  resents a ban on the word ("sick of people saying you should not call
  them ...").

The peoples that condemned words name are read as "people" (or "person"):
what was said of them is not the author's, and the encoder read "blacks are
tall" and "gays are tall" as attacks themselves.

A verdict on what was said stands alone too, with nothing derogatory
quoted ("telling refugees to go back where they came from is racist", "your
comments about Muslims are hateful", "saying women can't drive is a sexist
cliche": a negation inside what was said is part of it when the verdict is
moral, where "saying ... isn't true is lying" asserts the opposite), being
fed up with what people do as "tired of" ("I'm sick of people blaming
immigrants for everything"; not of a people), and hostility condemned is read as
``HOSTILITY`` ("the hatred aimed at Muslims here is shameful"): the words
of condemnation were the stages' evidence of abuse. A people's denied word
takes its "not" with it ("Muslims are not terrorists" is read as "muslims
are tall"), since the encoder read "muslims are not tall" itself as an attack;
so does a threat or a burden denied of a people ("trans people are not a
threat to women"), which said of anything else is read as written ("this
is not a threat, it's a promise").

A word a group has reclaimed, said of the author ("as a queer man I...",
"I'm a proud dyke", "fags like me"), is read as neutral too: said of
oneself it attacks no one.

Harm disowned is read the same way, its verb as ``DISOWNED``: "I don't hate
Muslims", "no immigrant deserves to die". Who someone is, defended ("being
trans is not a mental illness", "being gay is nothing to be ashamed of",
"there's nothing wrong with being gay") is read as "okay", unless the
sentence takes it back ("not a sin, it is an abomination").

What is not: "not only / just / even" ("you're not just stupid, you're a
liar"), "nothing but", "I'm not saying you're an idiot, but...", naming
approved ("calling immigrants animals is accurate", "it's not racist to say
..."), swearing (a negated swear word is still a swear word) and threats.
Scope ends at the clause: a comma, a full stop, a semicolon or "but", so
"I don't care what you say, immigrants are vermin" keeps its vermin. The
policy's word lists still see the author's text, so a slur quoted in
counter-speech is still held for a person to read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from commentdesk.scoring.spelling import GROUPS, WORDS
from commentdesk.textnorm import Normalized, alternatives, disjoint, replace_words, to_original

# Read in place of a denied or condemned word: an everyday word that the
# training data never uses as abuse.
STAND_IN = "tall"
# Read in place of the word that condemns what was said ("disgusting").
VERDICT = "wrong"

# Swearing stays swearing, and a negated threat is a matter for the threat
# rules, not for this reading.
_NOT_DEROGATORY = frozenset(
    """
    fuck fucked fucker fuckers fucking motherfucker shit shitty bullshit crap piss pissed
    goddamn bollocks cock pussy
    kill killed killing kills murder murdered murdering shoot shooting stab stabbed hang hanged
    lynch lynched rape raped raping burn burned bomb bombed behead beheaded slaughter
    slaughtered exterminate exterminated gassed massacre torture tortured strangle execute
    executed die dies died hate hateful despise detest
    """.split()
)
# What a group or a person is called when they are derogated without a slur.
_DEROGATION = frozenset(
    """
    crook crooks criminal criminals terrorist terrorists thief thieves thug thugs rapists
    invaders lazy greedy dirty diseased inferior evil sick brainless clueless crazy insane
    psycho psychos sociopath dimwits nitwits buffoons idiocy weak ugly fat dense thick
    stupidest dumbest ignorant primitive backward barbaric barbarians savage animal beast
    cockroach rat pig pigs dogs snakes leeches locusts monkey filth sluts perverts groomers
    predators deviants degenerate degenerates bigot bigots racist racists nazi nazis fascist
    fascists traitor traitors liar liars hypocrite hypocrites fraud frauds pedophiles paedophiles
    pedophile paedophile pedos paedos violent dangerous troll trolls threat threats danger
    menace menaces burden burdens abomination abominations monsters enemy enemies hysterical
    deranged unstable ill brainwashed failure failures nuisance nuisances pest pests
    """.split()
)
DEROGATORY = (WORDS - GROUPS - _NOT_DEROGATORY) | _DEROGATION
# Denied only of a people: "trans people are not a threat to women", but
# "this is not a threat, it's a promise" makes one.
_OF_PEOPLES = frozenset("threat threats danger menace menaces burden burdens enemy enemies".split())

_WORD = r"[a-z0-9'*]+"
# In what is named and condemned, quotation marks around words too:
# 'calling the mayor a "filthy jew" ... is antisemitism'.
_QUOTED_WORD = r"\"?[a-z0-9'*]+\"?"
_DEROG = alternatives(DEROGATORY)
_DEROG_WORD = re.compile(rf"(?<![a-z0-9'*]){_DEROG}(?![a-z0-9'*])")
# How far before a derogatory word its frame can begin, in characters.
_REACH = 160
_SENTENCE_END = re.compile(r"[.!?\n]")
_LETTERS = re.compile(r"[a-z]+")
_CLAUSE_END = re.compile(r"[,.;:!?\n]|\bbut\b")


# A negated "is", with an adverb between ("is certainly not") allowed.
_COPULA_NOT = (
    r"(?:\b(?:is|are|am|was|were|be|been|being)|'(?:s|re|m))\s+(?:[a-z]+ly\s+)?"
    r"(?P<not>not|never|no|hardly|scarcely|by\s+no\s+means|in\s+no\s+way|far\s+from|neither"
    r"|nowhere\s+near|anything\s+but)\b"
    r"|\b(?:is|are|was|were|ai)n't\b"
    # "Nobody in this thread is a moron."
    r"|\b(?:nobody|no\s+one|noone)(?:\s+(?:here|on\s+here|in\s+(?:this|the)\s+(?:thread|discussion"
    r"|conversation|room|comments)))?\s+(?:is|was)\b"
    r"|\bnone\s+of\s+(?:us|you|them|these|those"
    r"|(?:my|our|his|her|their|the)(?:\s+[a-z]+){1,3}?)\s+(?:is|are|was|were)\b"
    r"|\bnot\s+(?:one|a\s+single\s+one)\s+of\s+(?:[a-z]+\s+){1,4}?(?:is|was|are|were)\b"
)
# Words that may stand between the negation and the denied word. "only",
# "just", "even" and "nothing but" assert it instead, and "so" or "that"
# wish it away ("if you weren't so fat"): none of them is among these.
_FILLER = (
    r"(?:\s+(?:a|an|the|some|any|really|truly|remotely|actually|particularly|exactly|"
    r"very|total|complete|real|big|one|of|those|these|such|at|all|mentally)){0,3}"
)
_LIST = rf"{_DEROG}(?:\s+(?:or|and|nor)(?:\s+(?:a|an|the))?\s+{_DEROG})*"
_CONTRACTED_NOT = re.compile(r"(?P<copula>is|are|was|were|ai)n't\b")
# "It's not racist to say..." judges saying, and is left to _IT_IS.
_NEGATED_IS = re.compile(
    rf"(?:{_COPULA_NOT}){_FILLER}(?:\s+[a-z]+-[a-z]+)?\s+(?P<scope>{_LIST})(?![a-z0-9'*])"
    # "...not racist to say" judges saying; "not a threat to women" denies.
    rf"(?!\s+to\b(?<!(?:threat|danger|menace|burden)\sto))"
)

# A contrast that denies: "refugees are people, not vermin" (TOXICITY 0.90),
# "he is a journalist, not a liar" (0.96).
_CONTRASTED = re.compile(
    # ("'s" may be a possessive: "hitler's rocked...")
    r"(?:\b(?:is|are|am|was|were)|'(?:re|m))\s+[^,.;:!?\n\"()]{1,40}?,\s+(?:and\s+)?(?:not|never)\s+"
    rf"(?:(?:a|an|some)\s+)?(?P<scope>{_LIST})(?![a-z0-9'*])"
    # not "it is logical, not racist, to be...", "...not trash talk like yours";
    # nor "...not the lying thief", which names someone as one
    r"(?![\s,]+to\b|\s+[a-z]+\s+like\s+(?:you|yours)\b|\s+like\s+(?:you|yours)\b)"
)

# "There's no such thing as a stupid question."
_NO_SUCH = re.compile(rf"\bno\s+such\s+thing\s+as\s+(?:an?\s+)?(?P<scope>{_LIST})(?![a-z0-9'*])")

# "can't believe" and "can not believe" are exasperation, not denial.
_NEGATOR = (
    r"\b(?:never|(?<!can\s)not|nobody|no\s+one|noone|none\s+of\s+(?:us|them|you)"
    r"|(?!can't|couldn't)[a-z]+n't)"
)
# Function words that may stand between a negation and the verb it negates:
# "nobody here thinks", "doesn't make me think", "I would never say".
_BETWEEN = (
    r"(?:\s+(?:i|we|you|he|she|they|really|ever|even|would|will|should|could|do|does|did|is|"
    r"are|was|am|here|of|us|me|make|makes|made|actually|personally|seriously|one|ever|once)){0,3}"
)
_NAMING = (
    r"(?:call|calls|called|calling|say|says|said|saying|think|thinks|thought|believe|believes|"
    r"believed|suggest|suggests|suggested|suggesting|mean|meant|imply|implies|implied|implying|"
    r"tell|tells|told|telling|consider|considers|considered|accuse|accused|accusing|label|"
    r"labelled|labeled|claim|claims|claimed|claiming|describe|described|describing|find)"
)
# The denied word ends its clause, a few words on: "...is a fool", "...dumb
# at all". A longer or unfinished clause is not a denial of that word ("don't
# tell me what to do bitch i'll punch...").
_ENDS = (
    r"(?=\s*(?:$|[,.;:!?\n\"]|(?:at\s+all|anymore|either|though|too|here|online|again|"
    r"just\s+because|because|but|and\s+then|for\s+(?:[a-z]+ing|that|this|it)"
    # "...are a danger to anyone": whom a people would threaten, named.
    r"|to\s+(?:anyone|anybody|us|society|others|people|women|children|kids|the\s+public))\b))"
)
_PLACE = r"(?:\s+(?:in|on|at)\s+(?:this|the|these)\s+[a-z]+)?"  # "nobody in this thread"
_NEGATED_NAMING = re.compile(
    rf"{_NEGATOR}{_PLACE}{_BETWEEN}\s+{_NAMING}\b(?!\s+in\b)(?P<scope>(?:\s+{_WORD}){{0,5}}?\s+{_LIST}){_ENDS}"
)
# "Being poor doesn't make someone worthless"; not the question "doesn't
# that make you a hypocrite?".
_NOT_MADE = re.compile(
    rf"{_NEGATOR}(?:\s+(?:really|necessarily|automatically))?\s+(?:make|makes|made)\s+(?:someone|"
    rf"somebody|anyone|anybody|you|them|him|her|people|a\s+person|one)"
    rf"(?P<scope>\s+(?:(?:an?|any)\s+)?{_LIST}){_ENDS}(?!\s*\?)"
)

# "He's many things, but a coward isn't one of them."
_NOT_ONE_OF = re.compile(
    rf"\b(?:an?|the\s+word)\s+(?P<scope>{_LIST})\s+(?:isn't|is\s+not|ain't|wasn't|was\s+not)\s+"
    r"one\s+of\s+them\b"
)
# "Far be it from me to call anyone stupid."
_FAR_BE_IT = re.compile(
    rf"\bfar\s+be\s+it\s+from\s+me\s+to\s+{_NAMING}\b(?P<scope>(?:\s+{_WORD}){{0,5}}?\s+{_LIST}){_ENDS}"
)
# A people named after what they were called: 'a "dirty Mexican"', 'a "dirty Jew"'.
_NAMED_PEOPLE = alternatives((GROUPS - {"people"}) | {"jew", "muslim", "arab", "asian", "paki"})

# Naming as the subject of a sentence, and what is said of it.
_SPEECH = (
    r"(?:calling|(?:to\s+)?call|saying|(?:to\s+)?say|claiming|(?:to\s+)?claim|describing|repeating|"
    r"(?:to\s+)?describe|referring\s+to|(?:to\s+)?refer\s+to|labell?ing|(?:to\s+)?label|telling|"
    r"(?:to\s+)?tell|branding|(?:to\s+)?brand|comparing|(?:to\s+)?compare|suggesting|"
    r"(?:to\s+)?suggest|implying|(?:to\s+)?imply|(?:hearing|seeing|reading)\s+(?:someone|people|"
    r"anyone|him|her|them|a\s+[a-z]+)\s+(?:call|say|claim|describe)"
    r"|(?:posting|writing|tweeting|(?:to\s+)?(?:post|write|tweet))\s+that"
    # "jokes about women being stupid aren't funny".
    r"|(?:jokes?|memes?|cartoons?|comments?|remarks?|posts?)\s+about"
    # "stop treating Muslims as if they are all terrorists".
    r"|treating\s+[a-z]+(?:\s+[a-z]+)?\s+as(?:\s+(?:if|though)\s+they\s+(?:are|were)(?:\s+all)?)?)"
)
# "That comment calling...": what said it.
_UTTERANCE = (
    r"(?:the|this|that|a|any|his|her|your|their)\s+(?:comment|post|remark|tweet|headline|"
    r"speech|sign|meme|article|letter|ad|advert|poster|cartoon|video|chant|joke|jokes|comments|posts)"
)
_CLAIM = (
    r"(?:the|this|that|any)\s+(?:claim|idea|notion|myth|lie|belief|stereotype|assumption|"
    r"suggestion|trope|narrative|slur|insinuation)"
)
_SPEAKERS = (
    r"(?:people|anyone|anybody|those|someone|somebody|whoever|everyone|everybody|a\s+person|"
    r"men|women|folks|commenters|posters)(?:\s+(?:who|that))?"
)
_SPEAKING = (
    r"(?:call|calls|called|say|says|said|claim|claims|think|thinks|believe|believes|describe|"
    r"describes|refer\s+to|refers\s+to|label|labels|write|writes|wrote|post|posts|spread|spreads|"
    r"compare|compares|tell|tells)"
)
_CONDEMNING = (
    r"(?:wrong|racist|sexist|bigoted|bigotry|hateful|hate\s+speech|hate|cruel|disgusting|vile|"
    r"shameful|unacceptable|offensive|dehumani[sz]ing|homophobic|transphobic|islamophobic|"
    r"antisemitic|anti-semitic|xenophobic|misogynistic|misogynist|appalling|disgraceful|"
    r"despicable|hurtful|harmful|inappropriate|abhorrent|inexcusable|indefensible|gross|"
    r"heartless|callous|inhumane?|unkind|nasty|wicked|low|sick|shameless|disrespectful|ugly|"
    r"awful|terrible|horrible|horrid|sad|saddening|depressing|"
    r"unfair|unjust|rude|uncivil|insulting|demeaning|degrading|petty|childish|a\s+cheap\s+shot|"
    # "calling someone a Nazi for wanting lower taxes is absurd" (TOXICITY 0.91)
    r"absurd|ridiculous|laughable|silly|lazy|unhelpful|"
    r"nonsense|false|untrue|a\s+lie|lie|lies|lying|a\s+myth|a\s+smear|a\s+slur|ignorant|"
    # "calling Sikhs terrorists because of their turbans is pure ignorance"
    r"ignorance|prejudice|prejudiced|"
    r"ashamed\s+of\s+(?:themselves|yourselves|yourself|himself|herself)|ashamed|"
    r"bigots?|racists?|out\s+of\s+line|uncalled\s+for|spreading\s+hate|beneath\s+you|"
    r"over\s+the\s+top|beyond\s+the\s+pale|"
    r"an?\s+(?:absolute\s+|total\s+|complete\s+)?disgrace|racism|sexism|antisemitism|"
    r"anti-semitism|homophobia|transphobia|islamophobia|xenophobia|misogyny|garbage|trash|rubbish|"
    r"drivel|claptrap|"
    r"not\s+something\s+(?:i|we)(?:'d|\s+would|\s+will)?\s+(?:ever\s+)?(?:do|say)|"
    r"not\s+(?:ok|okay|acceptable|fine|right|true|cool|funny)|never\s+(?:ok|okay|acceptable|fine|right))"
)
# Said of a claim or of its speakers: it is (adverbs) condemned. The whole
# verdict ("an antisemitic lie", "hateful nonsense") is read as one word.
_MODIFIER = (
    rf"(?:just|simply|plain|both|deeply|utterly|totally|completely|really|so|an?|pure|"
    rf"[a-z]+ly|{_CONDEMNING})"
)
_VERDICT = (
    rf"(?:{_MODIFIER}\s+)*{_CONDEMNING}(?:\s+(?:and|or)\s+(?:{_MODIFIER}\s+)*{_CONDEMNING})*"
    r"(?:\s+(?:garbage|trash|rubbish|drivel|claptrap|bile|filth|talk|rhetoric|stereotypes?|tropes?|"
    r"myths?|cliches?|generali[sz]ations?|smears?|lies|lie|claims?|nonsense|idea|"
    r"thing\s+to\s+(?:say|write|post|tweet)))?"
)
# The verdicts the stages read as abuse themselves: a comment with one of
# them and a word of saying is searched for a verdict on what was said, with
# nothing derogatory quoted. (A milder one, "wrong", "false", "not okay",
# is plain already, and words as common as those would have every comment
# searched: four times the cost of this reading.)
_VERDICT_WORDS = frozenset(
    """
    racist racists sexist bigoted bigotry bigot bigots hateful homophobic transphobic
    islamophobic antisemitic xenophobic misogynistic misogynist dehumanising dehumanizing
    disgusting vile shameful despicable disgraceful appalling abhorrent cruel inhumane
    callous heartless wicked insulting demeaning degrading hate unbelievable outrageous
    sickening shocking horrifying awful horrible terrible horrifies horrified appalled appals
    appalls sickens disgusts disgusted ashamed saddens banned
    """.split()
)
_VERDICT_PHRASE = (
    rf"(?:(?:\s+(?:is|are|was|were|remains|sounds|should\s+be|must\s+be|needs\s+to\s+be)"
    # "When you call Mexicans rapists, you are spreading hate": its speakers judged.
    rf"|,?\s+(?:you|they|he|she)(?:'re|\s+are|\s+is|\s+were|\s+was)(?:\s+(?:just|only|simply|being))*"
    rf"|\s+(?:only\s+|just\s+|simply\s+)?(?:spread|spreads|spreading|peddle|peddles))\s+"
    rf"(?P<verdict>{_VERDICT})(?![a-z])"
    # Told to stop: "...needs to stop" is plain already, so it is not read.
    rf"|\s+(?:(?:needs?|has|have|ought)\s+to|should|must)\s+stop\b"
    rf"|\s+(?P<reaction>is\s+(?:exactly\s+|precisely\s+|just\s+)?how\s+(?:dehumani[sz]ation|genocide|hatred|hate|racism|bigotry|"
    rf"persecution)\s+(?:starts|begins)"
    # "...is exactly the kind of rhetoric that gets people hurt" (revision 165)
    rf"|is\s+(?:exactly\s+|precisely\s+|just\s+)?the\s+(?:kind|sort|type)\s+of\s+(?:rhetoric|talk|language"
    rf"|speech|hate|thing)\s+that\s+(?:gets|got|leads\s+to|fuels|incites|ends\s+with)\s+(?:people|someone"
    rf"|innocent\s+people|kids|children|violence)(?:\s+(?:hurt|killed|attacked|beaten))?"
    rf"|says\s+(?:a\s+lot\s+|more\s+|everything\s+)about\s+(?:you|them|him|her|"
    rf"the\s+(?:speaker|writer|author|poster))"
    rf"|(?:makes?|made)\s+(?:me|us|my\s+blood)\s+(?:sick|angry|furious|ashamed|"
    rf"boil|cringe|shudder)|(?:is|are|was)\s+what\s+(?:bigots|racists|sexists|haters|fascists|nazis)\s+"
    rf"(?:do|did|say|said)|(?:has|have)\s+been\s+(?:reported|removed|deleted|flagged|taken\s+down)"
    # Dismissed as no argument: "...doesn't help your case", "...is not an argument".
    rf"|(?:doesn't|does\s+not|won't|will\s+not|never)\s+(?:help|helps|helped|strengthen|advance|win|change)"
    rf"|(?:is|isn't)\s+(?:not\s+)?(?:an?\s+)?(?:argument|rebuttal|debate)|adds?\s+nothing"
    rf"|(?:isn't|aren't|wasn't|weren't|is\s+not|are\s+not)\s+(?:ever\s+|remotely\s+|even\s+)?"
    rf"(?:funny|clever|okay|ok|acceptable|cool|edgy|witty)"
    # Harm done by the words: "telling a trans kid they are a freak can
    # destroy their life" (TOXICITY 1.00), "...hurts them".
    rf"|(?:(?:can|could|will|does|do|may|might|is\s+going\s+to)\s+(?:really\s+|seriously\s+|easily\s+)?"
    rf"(?:destroy|ruin|wreck|scar|damage|hurt|harm|traumati[sz]e|devastate|crush|break)"
    rf"|(?:destroys|ruins|wrecks|scars|damages|hurts|harms|traumati[sz]es|devastates|crushes|breaks))"
    rf"\s+(?:them|him|her|people|kids|children|someone|lives|(?:a|their|his|her|someone's|people's"
    rf"|a\s+child's|a\s+kid's|kids'|children's|young\s+people's)\s+(?:life|lives|self-esteem|confidence"
    rf"|mental\s+health|childhood|spirit|hearts?)))\b)"
)
# "Whoever keeps saying...".
_PERSISTING = r"(?:still|keeps?|kept)\s+(?:saying|calling|claiming|posting|writing|telling)"
_CONDEMNED_NAMING = re.compile(
    rf"(?:^|(?<=[,.;:!?\n\"])\s*|\b(?:that|and|but|because|so|said|says|think|thinks|believe|"
    rf"believes|agree|know|knows|feel|feels|by)\s+)"
    rf"(?:{_UTTERANCE}\s+)?(?:(?:{_SPEECH})|(?:{_CLAIM})(?:\s+that)?|(?:when|if|whenever)\s+(?:you|they|he|she|people|someone|somebody|anyone|others)\s+"
    rf"(?:{_SPEAKING})|(?:{_SPEAKERS})\s+"
    rf"(?:{_SPEAKING}|{_PERSISTING})(?:\s+that)?)"
    rf"(?P<scope>(?:\s+{_QUOTED_WORD}){{1,10}}?){_VERDICT_PHRASE}"
)
# "It's not okay to call...", "it is wrong to say...": condemned unless the
# verdict is denied ("it's not racist to say...").
_IT_IS = re.compile(
    rf"(?:\bit(?:'s|\s+is|\s+was|\s+would\s+be)\s+(?:(?P<neg>not|never)\s+)?"
    # "There's nothing funny about calling Black people monkeys."
    rf"|\bthere(?:'s|\s+is)\s+(?P<nothing>nothing)\s+)(?:[a-z]+ly\s+)?"
    rf"(?P<verdict>ok|okay|acceptable|fine|right|alright|appropriate|fair|cool|funny|clever|brave"
    rf"|edgy|witty|smart|{_CONDEMNING})"
    rf"\s+(?:to\s+{_SPEECH}|about\s+(?:calling|saying|telling|describing|labell?ing|comparing"
    rf"|referring\s+to)|(?:when|that|how)\s+(?:people|someone|anyone|they|folks|others|"
    # "It is shameful that a councillor called Travellers vermin."
    rf"politicians|commenters|you|(?:a|an|the|this|that|our|one|some)\s+[a-z]+)\s+(?:still\s+)?"
    rf"(?:{_SPEAKING}))\b(?P<scope>[^,.;:!?\n]*)"
)
_APPROVING = frozenset(
    "ok okay acceptable fine right alright appropriate fair cool funny clever brave edgy witty "
    "smart".split()
)
# "It is a lie that...", "it's not true that...": what follows is denied;
# "it's true that...", "it is not a myth that..." assert it.
_IT_IS_UNTRUE = re.compile(
    r"\bit(?:'s|\s+is|\s+was)\s+(?:(?P<neg>not|never)\s+)?(?:(?:an?|the)\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?P<verdict>true|false|untrue|lie|myth|nonsense|falsehood|smear)\s+that\b(?P<scope>[^,.;:!?\n]*)"
)
_TRUTH = frozenset("true false untrue lie myth nonsense falsehood smear".split())
# "The lie that Jews control the media": what follows is the author's to deny.
_THE_LIE = re.compile(
    r"\bthe\s+(?:[a-z]+\s+)?(?:lie|myth|falsehood|smear)\s+that\b(?P<scope>[^,.;:!?\n]*)"
)
_UNTRUE = _TRUTH | frozenset("lies lying myths smears falsehoods".split())
# "Stop calling...", "don't call...".
# What is named, and the verdict that may follow it in the next clause
# ("..., it's disgusting"), shared by the frames that stop or forbid naming.
_NAMED_WORDS = rf"{_SPEECH}\b(?P<scope>(?:\s+{_WORD}){{0,5}}?\s+\"?{_LIST})\"?"
_NAMED = rf"{_NAMED_WORDS}{_ENDS}"
_THEN_JUDGED = (
    rf"\s*[,;:.!\-]+\s*(?:and\s+)?(?:it(?:'s|\s+is)|that(?:'s|\s+is)|this\s+is)\s+"
    rf"(?P<verdict>{_VERDICT})(?![a-z])"
)
_STOP_NAMING = re.compile(
    rf"\b(?:stop|quit|(?:do|please)\s+not|don't|never|no\s+more|(?:there's\s+|there\s+is\s+)?no\s+"
    rf"(?:need|reason|call)\s+to|let's\s+not|we\s+(?:shouldn't|should\s+not)"
    rf"|(?:no\s+one|nobody|noone)\s+should(?:\s+ever)?|you\s+(?:don't|do\s+not)\s+get\s+to)\s+"
    # what to do instead may follow: "stop calling people idiots and argue the point"
    rf"{_NAMED_WORDS}(?:{_ENDS}|(?=\s+and\s+(?!(?:a|an|the|then)\b)[a-z]+))"
    # and its verdict, where one follows: "stop calling women bitches, it's disgusting".
    rf"(?:{_THEN_JUDGED})?"
)
# "You can't just say..., that's bigotry": judged in the same breath. Without
# its verdict it is as often a grievance ("you can't say ... anymore").
_CANT_SAY = re.compile(
    rf"\b(?:you|we|one|people)\s+(?:can't|cannot|can\s+not|shouldn't|should\s+not)\s+(?:just\s+)?"
    rf"{_NAMED}{_THEN_JUDGED}"
)
# "I'm sick of people blaming...": fed up with what others do, read as
# "tired of" ("sick" was the stages' evidence of abuse); not of a people.
_FED_UP = re.compile(
    r"\b(?P<sick>sick(?:\s+and\s+tired)?)\s+of\s+(?:all\s+)?(?:the\s+)?(?:people|everyone|"
    r"everybody|politicians|folks|commenters|posters|media|pundits|trolls)\s+(?:(?:[a-z]+\s+)?"
    # "...politicians who never keep their promises".
    r"[a-z]+ing\b|(?:who|that)\s+(?!are\b|is\b|were\b))"
)
# Who someone is, defended: "being trans is not a mental illness", "being
# gay is nothing to be ashamed of", "there's nothing wrong with being gay",
# "no one should be ashamed of being trans". The encoder read the
# condemnation beside the people (0.59-0.85); each is read as "okay".
_BEINGS = (
    r"(?:an?\s+)?(?:gay|lesbian|bisexual|bi|trans|transgender|queer|black|brown|white|asian|muslim|"
    r"jewish|christian|hindu|sikh|mexican|latino|latina|disabled|deaf|blind|autistic|immigrant|"
    r"refugee|woman|girl|old|fat|poor|atheist|arab|african|indian|chinese|nonbinary|non-binary)"
)
_BEING_OKAY = re.compile(
    rf"\bbeing\s+{_BEINGS}\s+(?P<okay>(?:is|was)(?:\s+(?:not|never)|n't)\s+(?:an?\s+)?"
    r"(?:sin|crime|(?:mental\s+)?(?:illness|disease|disorder|sickness)|perversion|abomination|"
    r"choice|phase|wrong|unnatural|shameful|(?:a\s+)?problem|threat|dangerous|disgusting)"
    r"|is\s+nothing\s+to\s+be\s+ashamed\s+of)\b"
    rf"|\b(?P<wrong>there(?:'s|\s+is)\s+nothing\s+(?:wrong|shameful|bad|abnormal)\s+(?:with|about))"
    rf"\s+being\s+{_BEINGS}\b"
    r"|\b(?P<ashamed>(?:no\s+one|nobody|noone)\s+should\s+(?:ever\s+)?(?:be|feel)\s+ashamed\s+of)"
    rf"\s+being\s+{_BEINGS}\b"
)

# "If someone says..., call it out": reported, then answered.
_ANSWERED = re.compile(
    rf"\b(?:if|when|whenever|every\s+time|each\s+time)(?:\s+you\s+(?:hear|see|read))?\s+"
    rf"(?:someone|anyone|somebody|people|a\s+person|they|he|she|you|a\s+commenter|a\s+politician)"
    rf"\s+{_SPEAKING}\b"
    rf"(?P<scope>[^,.;:!?\n]*),\s*(?:please\s+)?(?:speak\s+up|call\s+(?:it|them|that)\s+out|"
    rf"push\s+back|report\s+(?:it|them)|challenge\s+(?:it|them)|stand\s+up|say\s+something|"
    rf"correct\s+(?:it|them)|don't\s+stay\s+silent|don't\s+let\s+it\s+slide|tell\s+them|"
    rf"you(?:'re|\s+are)\s+(?:part\s+of\s+the\s+problem|(?:a\s+|the\s+)?(?:problem|bigot|racist|"
    rf"sexist|homophobe|wrong))"
    # "..., you need to take a hard look at yourself".
    rf"|you\s+(?:need|ought|have|should)\s+(?:to\s+)?(?:take\s+a\s+(?:long\s+|hard\s+|good\s+)?look\s+at\s+"
    rf"yourself|check\s+yourself|educate\s+yourself|get\s+(?:some\s+)?help|rethink|reconsider|"
    rf"examine\s+your|be\s+ashamed)"
    # "..., I lose a little faith", "..., I cringe".
    rf"|i\s+(?:(?:lose|lost)\s+(?:a\s+little\s+|some\s+|all\s+)?faith|cringe|despair|wince|die\s+inside)"
    # "..., he showed who he really is".
    rf"|(?:he|she|they|you)\s+(?:showed|show|shows|revealed|reveal|reveals)\s+(?:us\s+|everyone\s+)?"
    rf"(?:who|what)\s+(?:he|she|they|you)\s+(?:really\s+|truly\s+)?(?:is|are|was|were)"
    # "..., they are repeating Nazi propaganda".
    rf"|(?:he|she|they|you)(?:'re|\s+are|\s+is|'s)\s+(?:just\s+|only\s+|simply\s+)?"
    rf"(?:repeating|parroting|echoing|spreading|peddling|regurgitating)\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?:propaganda|lies|hate|bigotry|racism|myths?|tropes?|talking\s+points|smears?|slurs?))"
)
# "I can't believe people still say...": disbelief that anyone says it.
_DISBELIEVED = re.compile(
    rf"\b(?:can't|cannot|can\s+not|couldn't)\s+believe\s+(?:that\s+)?(?:people|anyone|someone|"
    rf"somebody|they|you|he|she|folks)(?:\s+(?:here|on\s+here|online|above|in\s+this\s+thread))?"
    rf"\s+(?:still\s+|actually\s+|really\s+)?{_SPEAKING}\b"
    rf"(?P<scope>[^,.;:!?\n]*)"
)
# What someone said, then paid for: "he tweeted that women are too emotional
# to lead, and lost his job over it" (TOXICITY 1.00).
_PUNISHED = re.compile(
    r"\b(?!(?:i|we)\b)[a-z]+\s+(?:tweeted|posted|wrote|said|claimed|told\s+[a-z]+|shouted)\s+that\b"
    r"(?P<scope>[^,.;:!?\n]*)[,;]?\s+(?:and\s+|so\s+|then\s+)?(?:(?:he|she|they)\s+)?"
    r"(?:was\s+|were\s+|got\s+|has\s+been\s+|have\s+been\s+)?"
    r"(?:fired|sacked|suspended|banned|arrested|charged|expelled|disciplined|jailed|fined|convicted"
    r"|lost\s+(?:his|her|their)\s+(?:job|seat|post|column|show|place|contract|licence|license))\b"
)
# A word mentioned, not used: 'the word "retard"', "the term 'savages'"; but
# "the word 'traitor' comes to mind" uses it.
_MENTIONED = re.compile(
    rf"\b(?:the|that|this|a)\s+(?:word|term|slur|label|insult|epithet)s?\s*[\"']?(?P<scope>{_LIST})"
    rf"[\"']?(?![\"']?[.,!?]?[\"']?\s*(?:comes?|springs?)\s+to\s+mind"
    rf"|[\"']?\s+(?:describes|fits|sums|applies|suits))"
)
_MENTION_CUES = frozenset(
    "word words term terms slur slurs label labels insult insults epithet".split()
)
# Dismay at someone's words: "I was shocked to read a comment calling...".
_DISMAYED = re.compile(
    rf"\b(?:(?:shocked|appalled|disgusted|horrified|sickened|saddened|outraged|ashamed|dismayed|upset|"
    rf"angry|furious|sad|sick)\s+(?:to\s+(?:read|see|hear)|that|when|by|at|how)"
    rf"|(?:tired|sick|weary)\s+of\s+(?:seeing|reading|hearing|people|folks|everyone|everybody"
    rf"|others|those)"
    rf"|fed\s+up\s+with\s+(?:seeing|reading|hearing)|(?:sickens|disgusts|"
    rf"appalls|angers|saddens|infuriates|upsets)\s+me\s+(?:when|that|how|to\s+(?:read|see|hear))"
    rf"|(?:heartbreaking|depressing|upsetting|sickening|disturbing|painful|sad|awful|horrible)\s+"
    rf"to\s+(?:read|see|hear))\b"
    rf"[^,.;:!?\n]{{0,60}}?"
    # "I'm tired of hearing that trans people are predators": what is heard, said
    rf"\b(?:{_SPEAKING}|calling|saying|claiming|describing|labell?ing|(?<=(?:hearing|reading)\s)that)\b"
    rf"(?P<scope>[^,.;:!?\n]*)"
)
# A rhetorical question answered by a verdict: "Why would anyone call women
# sluts? That's vile."
_ASKED = re.compile(
    rf"\b(?:why\s+would|how\s+(?:can|could|dare)|who\s+would|do|does|did|can|could)\s+"
    rf"(?:anyone|someone|you|people|they|he|she|some\s+people)\s+(?:(?:ever|really|still|honestly|"
    rf"seriously|actually)\s+){{0,2}}{_SPEAKING}\b(?P<scope>[^,.;:!?\n]*)\?\s*"
    # "That's vile.", or the verdict alone: "Shameful."
    rf"(?:(?:that(?:'s|\s+is)|it(?:'s|\s+is)|this\s+is)\s+)?(?P<verdict>{_VERDICT})\b"
)
# Asked why anyone thinks it fine: "Why do people think it's okay to call
# trans people freaks?"
_ASKED_OKAY = re.compile(
    rf"\bwhy\s+(?:do|does|would|did)\s+(?:people|anyone|someone|you|they|he|she|some\s+people)\s+"
    rf"(?:still\s+|really\s+)?think\s+(?:it(?:'s|\s+is)|that(?:'s|\s+is))\s+(?:ok|okay|fine|acceptable|"
    rf"alright|normal|funny|cool)\s+to\s+{_SPEAKING}\b(?P<scope>[^,.;:!?\n]*)\?"
)
# Whoever said it, shamed: "To the person who called immigrants cockroaches
# above: shame on you."
_SHAMED = re.compile(
    rf"\b(?:(?:the\s+(?:person|people|guy|man|woman|one|commenter|poster|troll)s?|those|anyone|"
    rf"everyone|people)\s+(?:who|that)|whoever)\s+{_SPEAKING}\b(?P<scope>[^,.;:!?\n]*)[,.;:!?\s-]+"
    rf"(?P<verdict>shame\s+on\s+(?:you|them|him|her)|you\s+should\s+be\s+ashamed(?:\s+of\s+yourself)?"
    # "Whoever thinks gay people are perverts needs to grow up", "the troll
    # who said... has been banned".
    rf"|(?:needs?|have|has)\s+to\s+grow\s+up|(?:is|are)\s+(?:stuck\s+in\s+the\s+past|living\s+in\s+the\s+past)"
    rf"|should\s+be\s+ashamed(?:\s+of\s+(?:themselves|himself|herself))?"
    rf"|(?:has|have)\s+been\s+(?:banned|blocked|reported|removed|suspended|fired)"
    rf"|(?:was|were|got)\s+(?:banned|blocked|suspended|fired|arrested))"
)
# Said by others and hated: "I hate it when people say Mexicans are drug
# dealers". The author's "hate" is of the saying, read as "dislike".
_HATE_WHEN = re.compile(
    rf"\b(?:i|we)\s+(?:really\s+|just\s+)?(?P<verdict>hate|despise|detest|loathe|can't\s+stand)\s+"
    rf"(?:it\s+)?(?:when|how)\s+(?:people|someone|somebody|anyone|they|folks|politicians|commenters)\s+"
    rf"(?:still\s+|keep\s+|always\s+)?{_SPEAKING}\b(?P<scope>[^,.;:!?\n]*)"
)
# Heard said by someone else: "I heard a man on the bus call a woman a stupid cow".
_HEARD = re.compile(
    rf"\b(?:i|we)\s+(?:just\s+)?(?:heard|overheard|saw|watched)\s+(?:someone|somebody|people|him|her|them|"
    rf"(?:a|an|the|some|this|that)\s+[a-z]+)(?:\s+(?:on|in|at)\s+(?:the|a|my|our)\s+[a-z]+)?\s+"
    rf"(?:call|calling|say|saying|shout|shouting|yell|yelling|scream|screaming)\b"
    rf"(?P<scope>(?:\s+{_QUOTED_WORD}){{0,6}}?\s+\"?{_LIST})(?![a-z0-9'*])"
)
# Abuse shouted at the author or others: 'some guy yelled "faggots" at us'.
_YELLED = re.compile(
    rf"\b(?:someone|somebody|some\s+[a-z]+|a\s+[a-z]+|the\s+[a-z]+|he|she|they|people|kids|men|guys)"
    rf"\s+(?:(?:kept|started|began)\s+)?(?:yelled|yelling|shouted|shouting|screamed|screaming|hurled|"
    rf"spat|sneered|muttered|hissed)\s+(?P<scope>\"?(?:{_QUOTED_WORD},?\s+){{0,4}}?{_LIST})\"?\s+at\s+"
    rf"(?:us|me|him|her|them|(?:my|our|his|her|their)\s+[a-z]+)\b"
)
# Told it by someone: "my daughter was told that girls are too stupid for science".
_TOLD_THAT = re.compile(
    rf"\b(?:was|were|got|been|being)\s+told\s+(?:that\s+)?"
    # ...of a people ("girls are too stupid"), not of a plan ("their plan was idiotic").
    rf"(?=(?:all\s+|the\s+)?(?:[a-z]+\s+)?(?:{_NAMED_PEOPLE}|girls|boys|people)\b)"
    rf"(?P<scope>(?:\s*{_WORD}){{1,5}}?\s+{_LIST})(?![a-z0-9'*])"
)
# "I reject the idea that...".
_REJECTED = re.compile(
    rf"\bi\s+(?:reject|condemn|denounce|deplore|refuse\s+to\s+accept|don't\s+accept|"
    rf"do\s+not\s+accept|disagree\s+with)\s+{_CLAIM}\b(?P<scope>[^,.;:!?\n]*)"
)
# "We must stand up to anyone who says gay people are sick": its speakers opposed.
_OPPOSED = re.compile(
    r"\b(?:stand\s+up\s+to|challenge|confront|oppose|call\s+out|push\s+back\s+(?:against|on)|report"
    r"|block|ban|reject|fight|speak\s+out\s+against|stand\s+against)\s+"
    rf"(?:anyone|anybody|people|those|someone|somebody|whoever|everyone|every\s+one)(?:\s+(?:who|that))?"
    rf"\s+(?:still\s+|keeps?\s+)?{_SPEAKING}\b(?:\s+that)?(?P<scope>[^,.;:!?\n]*)"
)
# "I'm tired of people pretending that Muslims are all terrorists": weary of
# what others keep saying.
_TIRED_OF = re.compile(
    r"\b(?:tired|sick|weary|fed\s+up)\s+(?:and\s+tired\s+)?(?:of|with)\s+(?:all\s+)?(?:the\s+)?"
    r"(?:(?:people|everyone|everybody|politicians|folks|commenters|posters|pundits|trolls|those)"
    r"\s+(?:who\s+|that\s+)?(?:keep\s+|still\s+|always\s+)?(?:saying|claiming|pretending|insisting"
    r"|implying|suggesting|acting\s+(?:like|as\s+if)|say|claim|pretend|insist|imply|suggest)"
    # "I'm sick of reading that gay people are perverts."
    # (Not "sick of hearing AP kids bitch about their grades": the author's own.)
    r"|(?:reading|hearing|seeing)(?:\s+(?:people|others|comments|posts|politicians)\s+"
    r"(?:say|saying|claim|claiming))?(?=\s+that\b))"
    r"\s+(?:that\s+)?(?P<scope>[^,.;:!?\n]*)"
)
# "Don't let anyone tell you disabled people are a burden."
_DONT_LET = re.compile(
    r"\b(?:don't|do\s+not|never)\s+let\s+(?:anyone|anybody|people|them|someone|others|the\s+trolls)\s+"
    r"(?:tell|convince)\s+(?:you|us|them|your\s+kids|your\s+children)\s+(?:that\s+)?"
    r"(?P<scope>[^,.;:!?\n]*)"
)
# "I refuse to believe that immigrants are a burden", "I don't believe for a
# second that...".
_UNBELIEVED = re.compile(
    r"\bi\s+(?:refuse\s+to\s+believe|(?:don't|do\s+not|will\s+never|won't)\s+believe"
    r"(?:\s+for\s+(?:a|one)\s+(?:second|minute|moment))?)\s+(?!in\b)(?:that\s+)?"
    r"(?P<scope>[^,.;:!?\n]*)"
)
# "Imagine thinking that refugees are subhuman."
_IMAGINED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]))imagine\s+(?:actually\s+|seriously\s+)?(?:thinking|believing|"
    r"saying|claiming|writing|posting)\s+(?:that\s+)?(?P<scope>[^,.;:!?\n]*)"
)
# The author reports being called it: "as a gay man I was called a faggot at
# school", "they called me a liar". The word was aimed at the author, who
# repeats it; it is not the author's own.
_CALLED_ME = re.compile(
    rf"\b(?:(?:(?:i|we)\s+(?:was|were|got|get|am|are|have\s+been|had\s+been)|i've\s+been|"
    rf"we've\s+been)\s+(?:(?:often|always|once|repeatedly|constantly|even|also)\s+)?called"
    rf"|(?<=[a-z]\s)(?:called|calls)\s+(?:me|us)"
    # Said of the author by someone else: "he said I was a loser", "my boss told me I was useless".
    rf"|(?<=[a-z]\s)(?<!\bi\s)(?<!\bwe\s)(?:said|says|told\s+(?:me|us|everyone|people)|thinks|thought"
    rf"|claimed|claims|wrote|implied|decided)\s+(?:that\s+)?(?:i|we)\s*(?:was|were|am|are|'m|'re)"
    # What someone else called a third: "a classmate called her a fat pig";
    # not the author ("I called him...").
    rf"|(?<![a-z])(?<!\bi\s)(?<!\bwe\s)called\s+(?:her|him|them|my\s+[a-z]+)"
    # "He called Black players 'monkeys' on air."
    rf"|\b(?:he|she|they)\s+called\s+[a-z]+(?:\s+[a-z]+)?(?=\s+\")"
    # "He was fired after calling his Black coworker a monkey."
    rf"|(?<=\bafter\s)calling\s+(?:her|him|them|(?:his|her|their)(?:\s+[a-z]+){{1,2}}?)(?=\s+an?\s)"
    # Someone else, at it: "the man kept calling her a...", not "I kept
    # calling her", "by calling him" (the author's own).
    rf"|(?<![a-z])(?!(?:i|we|me|you)\b)[a-z]+\s+(?:kept|keeps|was|were|started|began|has\s+been|"
    rf"had\s+been)\s+calling\s+(?:her|him|them)"
    # Someone else reported called it: "our columnist was called a 'dirty jew'".
    rf"|\b(?:he|she|they|[a-z]+)\s+(?:was|were|got|has\s+been|have\s+been|is\s+being|are\s+being)\s+"
    rf"(?:(?:often|repeatedly|constantly|publicly|openly)\s+)?called)\s+"
    # The people named after the word is in what was called: 'a "dirty mexican"'.
    rf"(?P<scope>(?:(?:a|an)\s+)?\"?(?:[a-z]+\s+){{0,2}}{_LIST}"
    rf"(?:\s+{_NAMED_PEOPLE})?)(?![a-z0-9'*])"
)
# A quoted attack answered in its sentence: '"Refugees are vermin": statements
# like that make me sick', 'comments like "women are stupid" have no place here'.
_QUOTED = re.compile(r'"(?P<scope>[^"\n]{3,160})"')
_LIKE_THAT = re.compile(
    r"\b(?:statements?|comments?|words?|remarks?|claims?|things?|posts?|tweets?|talk|language|"
    r"slurs?|lines?|phrases?|sentences?|rhetoric|garbage|nonsense|speech|chants?|slogans?|jokes?"
    r"|insults?|messages?|graffiti|signs?|memes?)\s+like\b"
)
_ANSWER = re.compile(
    rf"\b(?:{_CONDEMNING})\b|\bmakes?\s+(?:me|us|people)\s+(?:sick|angry|furious|ashamed|"
    rf"cringe|shudder)|\b(?:has|have)\s+no\s+place\b|\b(?:should|must)\s+(?:be\s+)?"
    rf"(?:stop|stopped|removed|deleted|called\s+out|condemned|taken\s+down|banned|reported|moderated|"
    rf"prosecuted|punished|fired|sacked|arrested)\b|\bmakes?\s+my\s+blood\s+boil"
    r"|\b(?:should|would|will|ought\s+to)\s+get\s+(?:you|him|her|them|people|anyone|someone)\s+(?:banned"
    r"|fired|sacked|arrested|suspended|kicked\s+out)\b"
    r"|\b(?:unbelievable|outrageous|sickening|shocking|horrifying)\b"
    # Answers in plain words, read as written: "...take a hard look at
    # yourself", "...and I reported him".
    r"|(?P<plain>\b(?:take\s+a\s+(?:long\s+|hard\s+)?look\s+at|educate|check)\s+yourself\b"
    r"|\b(?:i|we)\s+(?:have\s+|already\s+)?reported\s+(?:him|her|them|it|this|that)\b"
    r"|\b(?:i'm|i\s+am|we're|we\s+are)\s+reporting\b"
    # Dismay, and disapproval done, not said: "...and it horrifies me now",
    # "...at dinner and I walked out".
    r"|\b(?:horrifies|appals|appalls|sickens|disgusts|saddens|shames|embarrasses)\s+(?:me|us)\b"
    r"|\b(?:i'm|i\s+am|i\s+was|we\s+were|we're)\s+(?:so\s+|truly\s+)?(?:horrified|appalled|"
    r"disgusted|sickened|saddened|ashamed|embarrassed)\b"
    r"|\b(?:i|we)\s+(?:just\s+|immediately\s+)?(?:walked\s+out|left\s+the\s+(?:room|table|group|chat)"
    r"|got\s+up\s+and\s+left|stormed\s+out|hung\s+up|blocked\s+(?:him|her|them)|unfollowed"
    r"|unfriended|called\s+(?:him|her|them)\s+out|told\s+(?:him|her|them)\s+off)\b"
    r"|\b(?:nobody|no\s+one|noone)\s+should\s+(?:have\s+to\s+)?(?:tolerate|accept|hear|put\s+up\s+with"
    r"|say|write|post)\b"
    r"|\b(?:should|must)\s+(?:delete|remove|ban|report)\s+(?:it|them|that|this|him|her)\b)"
)
# A saying that opens its sentence, its quotation next: 'Posting "..." should...'.
_SAYING_OPENS = re.compile(
    r"(?:\A|[.!?;:\n]\s*)(?:saying|posting|writing|tweeting|chanting|shouting|yelling|screaming)\s*\Z"
)
# A quotation said by someone, as the words before it tell: 'someone here
# wrote "...", 'if you think "..."'. Answered after it in its sentence, or in
# a next sentence that opens with "that's..." or is the verdict alone
# ("Unbelievable."), it is counter-speech.
_QUOTE_SAID = re.compile(
    r"\b(?:say|says|said|saying|write|writes|wrote|writing|post|posts|posted|posting|think|"
    r"thinks|thought|claim|claims|claimed|claiming|tweet|tweets|tweeted|shout|shouts|shouted|"
    r"shouting|yell|yells|yelled|chant|chants|chanted|hear|heard|hearing|read|reading|see|saw|seeing|"
    r"told|call|calls|called|calling)(?:\s+that)?"
    r"\s*[:,]?\s*\Z"
)
# What "what a ..." names when it judges something said: "what an ignorant
# thing to write", "what a lie", not "what a nasty buffoon".
_THINGS_SAID = ("thing to say", "thing to write", "thing to post", "thing to tweet", "lie", "lies")
_NEXT_VERDICT = re.compile(
    r"\s*(?:that(?:'s|\s+is|\s+was)|this\s+is|it(?:'s|\s+is)|what\s+an?)\b"
    # or the verdict alone: "Unbelievable."
    r"|\s*[a-z]+(?:\s+[a-z]+)?\s*[.!]"
)
# "...and he's not wrong", "nothing hateful about it": a verdict denied endorses.
_VERDICT_DENIED = re.compile(r"(?:\bnot|n't|\bnever|\bnothing)\s+(?:[a-z]+\s+)?\Z")

# Hostility towards someone, condemned: "the hatred aimed at Muslims in this
# thread is shameful", "hate speech against gay people has no place here".
# The hostility is read as ``HOSTILITY`` and the verdict as ``VERDICT``.
HOSTILITY = "talk"
_HOSTILE = frozenset(
    """
    hatred hate abuse bigotry racism sexism antisemitism islamophobia homophobia transphobia
    xenophobia misogyny harassment contempt vitriol venom hostility prejudice discrimination
    slurs insults
    """.split()
)
# What was said, judged the same way: "your comments about Muslims are hateful".
_UTTERED = frozenset(
    """
    comments comment remarks remark posts post words views jokes joke tweets tweet statements
    statement rhetoric language
    """.split()
)
_SAID = (
    rf"(?:(?:your|his|her|their|these|those|such|the|this|that|any)\s+(?:{alternatives(_UTTERED)})"
    # "What you wrote about Roma people is disgusting."
    r"|what\s+(?:you|he|she|they)\s+(?:just\s+)?(?:wrote|said|posted|tweeted|typed))"
)
_HOSTILITY = re.compile(
    rf"\b(?:(?P<noun>{alternatives(_HOSTILE - {'hate'})}|hate(?:\s+speech)?)|{_SAID})"
    rf"\s+(?:(?:aimed|directed|targeted|hurled|thrown|levell?ed|spewed)\s+at|towards?|against|at|of|about)\s+"
    rf"(?:[a-z']+\s+){{0,6}}?(?:(?:is|are|was|were|remains)\s+(?P<verdict>{_VERDICT})(?![a-z])"
    rf"|(?P<reaction>(?:has|have)\s+no\s+place|(?:has|have|needs?|must)\s+(?:got\s+)?to\s+stop"
    rf"|(?:must|should)\s+(?:be\s+)?(?:stop|stopped|end|ended|condemned|called\s+out))\b)"
)
# What was said, judged outright: "that comment is disgusting".
_UTTERANCE_JUDGED = re.compile(
    rf"\b{_SAID}\s+(?:is|are|was|were)\s+(?P<verdict>{_VERDICT})(?![a-z])"
)
# Speech condemned by its kind: "stop posting racist comments about Asians".
_STOP_SAYING = re.compile(
    rf"\b(?:stop|quit|no\s+more|(?:don't|do\s+not|never)(?:\s+post)?)\s+(?:posting|making|writing|"
    rf"sharing|spreading|telling|repeating|saying|using)\s+(?:(?:such|these|those|the|your|any)\s+)?"
    rf"(?P<verdict>{_VERDICT})\s+(?:comments|jokes|remarks|posts|lies|slurs|stereotypes|memes|"
    rf"things|insults|tropes|words|language|garbage|nonsense)\b"
)
# A quotation answered right after it: '"Gay people are sick" - no, they are
# not', '"All immigrants are criminals" is the kind of lie that...'.
_QUOTE_ANSWERED = re.compile(
    # "no one can deny it", "no lie", "no doubt" assert what was quoted.
    r"\s*(?:[-:,]+\s*)?(?:(?:no|nope|wrong|false|untrue|nonsense)\b"
    r"(?!\s+(?:doubt|question|matter|one|wonder|kidding|joke|lie|exaggeration|surprise|shit|"
    r"offen[cs]e)\b)"
    # '"...disgusting" is not an opinion, it is bigotry': the answer after the denial.
    r"|(?P<be>(?:that|this|which|it)(?:'s|\s+is|\s+was)|is|was|are|were|what"
    r"|(?:is|was|are)\s+not\s+(?:an?\s+)?(?:opinion|fact|argument|view|joke|debate)s?"
    r"\s*[,;:.-]*\s*(?:it|that|they)(?:'s|\s+is|'re|\s+are))"
    rf"\s+(?P<verdict>"
    rf"(?:(?:just|simply|the\s+kind\s+of|exactly\s+the\s+kind\s+of|a|an|pure|such|"
    rf"the\s+sort\s+of)\s+)*{_VERDICT})(?![a-z]))"
)
# Said by someone else, then judged in the next sentence: "Someone on here
# wrote that Black people are animals. That is racist garbage."
_REPORTED_THEN_JUDGED = re.compile(
    r"\b(?:someone|somebody|a\s+(?:commenter|poster|reader|guy|man|woman|person)|he|she|they|"
    r"people|this\s+(?:commenter|poster|person|guy))(?:\s+(?:on\s+here|here|above|below|earlier|"
    r"online))?\s+(?:(?:wrote|said|posted|claimed|says|writes|claims|suggested|tweeted)\s+that\b"
    # "...called Jewish people rats. Disgraceful."
    r"|(?=(?:called|calls)\s))"
    rf"(?P<scope>[^.;!?\n]*)[.!?]\s*(?:(?P<that>that(?:'s|\s+is|\s+was)|this\s+is|it(?:'s|\s+is)"
    r"|what\s+(?:a|an))\s+)?"
    rf"(?P<verdict>(?:(?:just|simply|pure|a|an)\s+)*{_VERDICT})(?![a-z])"
    # Without "that is", the verdict is the whole sentence: "Disgraceful."
    r"(?(that)|(?=\s*(?:[.!?]|$)))"
)
# "No immigrant deserves to be treated like vermin."
_UNDESERVED = re.compile(
    r"\b(?:no|nobody|no\s+one|noone)\s+(?:[a-z]+\s+){0,2}?(?:deserves?\s+to|should(?:\s+ever)?)\s+be\s+"
    r"(?:(?:treated|"
    r"described|spoken\s+(?:to|of|about)|talked\s+about|seen|regarded)\s+(?:like|as)|(?:called|"
    r"labell?ed|branded)(?:\s+(?:like|as))?)"
    rf"(?P<scope>(?:\s+{_QUOTED_WORD}){{0,2}}?\s+\"?{_LIST}"
    rf"(?:\s+{_NAMED_PEOPLE})?)(?![a-z0-9'*])"
)
# "No child should ever hear that they are worthless."
_UNTOLD = re.compile(
    r"\b(?:no|nobody|no\s+one|noone)\s+(?:[a-z]+\s+){0,2}?(?:deserves?\s+to|should(?:\s+ever)?)\s+"
    r"(?:hear|be\s+told)\s+(?:that\s+)?(?:they|he|she|you)(?:'re|\s+are|\s+is)"
    rf"(?P<scope>(?:\s+{_WORD}){{0,2}}?\s+\"?{_LIST})(?![a-z0-9'*])"
)

# A word a group has reclaimed, said of the author: "as a queer man I...",
# "I'm a proud dyke", "us fat girls", "fags like me". Both stages read the
# word as abuse wherever it stands ("Fags like me are tired of hiding"
# TOXICITY 0.96); said of oneself it attacks no one. A swear word stays one
# ("us bitches" is still profane).
_RECLAIMED = frozenset(
    """
    fag fags faggot faggots dyke dykes queer queers homo homos nigga niggas
    slut sluts fat freak freaks crip crips nerd nerds geek geeks weirdo weirdos
    """.split()
)
_RECLAIMED_WORD = alternatives(_RECLAIMED)
_SELF_NAMED = re.compile(
    rf"(?:(?:^|(?<=[.!?;\n]))\s*as\s+an?\s+(?:proud\s+)?(?P<as>{_RECLAIMED_WORD})(?![a-z])"
    rf"(?=(?:\s+[a-z]+)?(?:\s+myself)?\s*,?\s+i\b)"
    rf"|\bi(?:'m|\s+am)\s+(?:an?\s+)?(?:proud\s+|happy\s+|out\s+and\s+proud\s+)?"
    rf"(?P<am>{_RECLAIMED_WORD})(?![a-z])"
    rf"|\b(?:we|us)\s+(?:proud\s+|old\s+)?(?P<we>{_RECLAIMED_WORD})(?![a-z])"
    rf"|\bi\s+call\s+myself\s+(?:an?\s+)?(?:proud\s+)?(?P<call>{_RECLAIMED_WORD})(?![a-z])"
    # "my nigga just got engaged": a friend, in the word of the group.
    rf"|\bmy\s+(?P<my>niggas?)(?![a-z])"
    rf"|\b(?P<like>{_RECLAIMED_WORD})(?:\s+(?:folks|people|men|women|guys|girls|boys|kids))?"
    rf"\s+like\s+(?:me|us|myself)\b)"
)

# Harm disowned: "I don't hate Muslims", "no immigrant deserves to die". The
# verb is read as ``DISOWNED``; what else the sentence says is read as written.
DISOWNED = "know"
_HARM = (
    "killed murdered attacked beaten raped hurt harmed shot hanged lynched abused harassed "
    "threatened hated"
)
# Harm the author would never do: "I would never want to hurt anybody".
_ACTS = "hurt harm kill attack hit threaten"
_HARMING = frozenset(f"hate despise detest loathe dislike die {_HARM} {_ACTS}".split())
_DISOWNING = re.compile(
    r"\b(?:i|we)\s+(?:really\s+|honestly\s+|truly\s+)?(?:don't|do\s+not|never|didn't|did\s+not)"
    r"\s+(?:really\s+|actually\s+|even\s+)?(?P<verb>hate|despise|detest|loathe|dislike)\b"
    r"(?!\s+(?:to|it|when|how|that|the\s+way)\b)"
    r"|\b(?:no|nobody|no\s+one|noone)\s+(?:[a-z]+\s+)?(?:deserves?\s+to|should(?:\s+ever)?)\s+"
    r"(?P<harm>die|be\s+"
    rf"(?:{_HARM.replace(' ', '|')}))\b"
    r"|\b(?:i|we)\s+(?:(?:would|will|could|'d)\s+never\s+(?:(?:want|wish|try|dream)\s+to\s+)?"
    r"|(?:really\s+)?(?:don't|do\s+not|never)\s+(?:want|wish|mean|meant|intend)\s+to\s+)"
    rf"(?P<act>{_ACTS.replace(' ', '|')})"
    r"\s+(?:anybody|anyone|anything|nobody|a\s+soul|a\s+fly|people)\b"
)


# A frame needs a negation or a word of saying (as ``_LETTERS`` splits them:
# "don't" is "don", "t"); a comment with neither is not searched.
# _FRAMES[negated, reported]: the simple frames worth trying.
_NEGATIONS = frozenset(
    "not never no nobody noone none t cannot hardly scarcely neither far nowhere anything".split()
)
_SAYING = frozenset(
    """
    call calls called calling say says said saying claim claims claimed claiming describe
    describes described describing refer refers referring label labels labelled labeled
    labelling labeling tell tells told telling brand branding compare compares comparing
    suggest suggests suggested suggesting imply implies implied implying think thinks thought
    believe believes believed write writes wrote writing post posts posting tweet tweets tweeting
    spread spreads mean meant consider thinking believing imagine yelled yelling shouted
    shouting screamed screaming hurled spat sneered muttered hissed treating treat
    considers considered accuse accused accusing find idea notion myth lie belief stereotype
    assumption trope narrative slur insinuation comment remark statement assertion chanting
    hearing tweeted posted pretending pretend pretends insisting insist insists reading jokes joke
    memes
    """.split()
)
# Frames that need a negation, and frames that need a word of saying.
_NEGATED_FRAMES = (
    _NEGATED_IS,
    _CONTRASTED,
    _UNDESERVED,
    _UNTOLD,
    _NO_SUCH,
    _NOT_MADE,
    _NOT_ONE_OF,
    _FAR_BE_IT,
)
_REPORTED_FRAMES = (
    _PUNISHED,
    _TOLD_THAT,
    _ASKED_OKAY,
    _YELLED,
    _UNBELIEVED,
    _IMAGINED,
    _HATE_WHEN,
    _SHAMED,
    _HEARD,
    _STOP_NAMING,
    _ANSWERED,
    _REJECTED,
    _OPPOSED,
    _TIRED_OF,
    _DONT_LET,
    _DISMAYED,
    _ASKED,
    _CALLED_ME,
    _REPORTED_THEN_JUDGED,
)
_FRAMES = {
    (False, False): (),
    (True, False): _NEGATED_FRAMES,
    (False, True): _REPORTED_FRAMES,
    # Both, and the frames that need the two: "nobody here is calling you...",
    # "you can't say... anymore", "can't believe people still say...".
    (True, True): (
        *_NEGATED_FRAMES,
        _NEGATED_NAMING,
        _CANT_SAY,
        _DISBELIEVED,
        *_REPORTED_FRAMES,
    ),
}
# Frames whose verdict judges what was said even where nothing derogatory
# was: "telling refugees to go back where they came from is racist".
# A frame whose verdict reads as another word than ``VERDICT``: "I hate it
# when people say..." hates the saying, read as "dislike".
_VERDICT_AS = {_HATE_WHEN: "dislike"}
_JUDGING_SPEECH = frozenset({_CONDEMNED_NAMING, _IT_IS, _REPORTED_THEN_JUDGED, _HATE_WHEN})
# Frames with a verdict of their own, read as ``VERDICT`` with the words denied.
_VERDICT_FRAMES = frozenset(
    {_ASKED, _REPORTED_THEN_JUDGED, _STOP_NAMING, _CANT_SAY, _SHAMED, _HATE_WHEN}
)
_STOPPING = frozenset("stop quit more don't not never".split())
# Frames that condemn what someone else said: the peoples it names are read
# as "people" too ("you have to stop saying that immigrants are vermin" read
# "...immigrants are tall" 0.53).
_CONDEMNED_SPEECH = frozenset(
    {
        _PUNISHED,
        _HATE_WHEN,
        _NEGATED_NAMING,
        _SHAMED,
        _HEARD,
        _STOP_NAMING,
        _CANT_SAY,
        _ANSWERED,
        _REJECTED,
        _OPPOSED,
        _TIRED_OF,
        _DONT_LET,
        _TOLD_THAT,
        _ASKED_OKAY,
        _YELLED,
        _UNBELIEVED,
        _IMAGINED,
        _DISBELIEVED,
        _DISMAYED,
        _ASKED,
        _REPORTED_THEN_JUDGED,
        _CALLED_ME,
        _UNDESERVED,
        _CONDEMNED_NAMING,
        _IT_IS,
        _IT_IS_UNTRUE,
        _THE_LIE,
    }
)
# Who a denial speaks for when it drops its "not" too.
_PEOPLE_WORDS = GROUPS | frozenset(
    """
    men folks gays gypsies roma indian indians sikh sikhs pakistani pakistanis somali somalis
    syrian syrians afghan afghans arab hispanic hispanics latina foreigner foreigners
    """.split()
)
# A people as a noun ("muslims"), or an adjective before one ("gay men").
_PEOPLE_WORD = re.compile(
    r"(?<![a-z])(?:(?:gay|lesbian|bisexual|trans|queer|black|white|asian|chinese|african|hindu|"
    r"christian|jewish|muslim|mexican|disabled|deaf|blind|old|immigrant)(?=\s+(?P<noun>people|"
    r"men|women|folks|persons?|man|woman|kids|children|families)\b)"
    rf"|{alternatives((_PEOPLE_WORDS - {'people'}) | {'jew'})})(?![a-z])"
)
_VERDICT_WORD = re.compile(rf"(?<![a-z]){alternatives(_VERDICT_WORDS)}(?![a-z])")
_AGAIN = re.compile(
    rf"\b(?:it|that|this)(?:'s|\s+is|\s+was)\s+(?:still\s+|now\s+|just\s+|also\s+)?"
    rf"(?P<verdict>{alternatives(_VERDICT_WORDS)})(?![a-z])"
)
# What after a denial takes it back: "..., but", a tag question, a
# comparison ("we are not stupid like you"), agreement ("...and he is one").
_ASSERTED_AFTER = re.compile(
    r"\s*,?\s*(?:but\b|like\b"
    # Called it, and rightly: "...a dirty mexican\" and he is one".
    r"|\"?\s*and\s+(?:he|she|they|it)(?:'s|\s+is|\s+was|'re|\s+are|\s+were)\s+(?:one|that|right)\b"
    r"|(?:are|is|were|was|do|does|did|aren't|isn't)\s+(?:you|he|she|they|we|it)\b)"
)


_PUNCTUATION = re.compile(r"[,.;:!?\n]")
_DENIED = re.compile(r"\b(?:not|never|no)\b|n't\b")
_BAN_RESENTED = re.compile(
    r"\b(?:sick|tired|weary)\s+of\b|\bfed\s+up\b|\bpolitical(?:ly)?\s+correct(?:ness)?\b|\bwoke\b"
)
_NAMING_FORBIDDEN = re.compile(
    r"(?:\b(?:not|never|stop|quit)|n't)\s+(?:to\s+)?(?:call|calling|say|saying|use|using)\b"
)
_WISHED = re.compile(r"\b(?:if|unless|wish|wished)\s+(?:[a-z']+\s+){0,2}\Z")
# "...it's you idiot" addresses the reader; "not calling you stupid" names them.
_VOCATIVE = re.compile(r"(?<!call\s)(?<!calls\s)(?<!called\s)(?<!calling\s)\byou\s+\Z")


def scope(norm: Normalized) -> Normalized:
    """``norm`` with each derogatory word the author denies or condemns read as
    ``STAND_IN`` and each condemning verdict as ``VERDICT``; offsets still point
    at the author's characters."""
    # Two frames may both read a verdict ("...should be ashamed of themselves"
    # as one, "ashamed" as another): the first, the longer, is read.
    found = disjoint(_found(norm.text))
    return replace_words(norm, found) if found else norm


def denied(norm: Normalized) -> list[tuple[int, int]]:
    """Where in the author's text (begin, end) the derogatory words are that
    the author denies or condemns: a word list can let them pass."""
    return [
        to_original(norm, begin, end) for begin, end, word in _found(norm.text) if word == STAND_IN
    ]


# A quotation in single quotes ("statements like 'Muslims are scum' are
# hurtful", "if you call women 'vermin'...") is read as one in double quotes:
# the frames know only those, and readers type either. Same length, so
# every offset stays; a quotation with an apostrophe inside is left alone.
_SINGLE_QUOTED = re.compile(r"(?<![^\s(\[:,;])'(?=[a-z0-9])([^'\n]{0,80}?[a-z0-9.!?])'(?![a-z0-9])")


def _double_quoted(text: str) -> str:
    return _SINGLE_QUOTED.sub(_quotation, text) if "'" in text else text


def _quotation(m: re.Match[str]) -> str:
    # One word in single quotes is a quotation only if it is a derogatory
    # one ("call Jews 'vermin'"); otherwise they are scare quotes ("that
    # 'certain' person").
    said = m.group(1)
    return f'"{said}"' if " " in said or said.rstrip(".!?") in DEROGATORY else m.group()


def _found(text: str) -> list[tuple[int, int, str]]:
    text = _double_quoted(text)
    words = set(_LETTERS.findall(text))
    negated = not _NEGATIONS.isdisjoint(words)
    found: dict[int, tuple[int, int, str]] = {}
    if negated and not _HARMING.isdisjoint(words):
        for match in _DISOWNING.finditer(text):
            b, e = match.span(match.lastgroup or 0)
            found[b] = (b, e, DISOWNED)
    if not _RECLAIMED.isdisjoint(words):
        for match in _SELF_NAMED.finditer(text):
            b, e = match.span(
                match.lastgroup or 0
            )  # the one of "as", "am", "we", "call", "my", "like" that matched
            # "Fags like me" as "people like me": "tall like me" read oddly (0.54).
            plural = text[e - 1] == "s"
            if match.lastgroup == "my":  # "my nigga" as "my friend"
                found[b] = (b, e, "friends" if plural else "friend")
            else:
                found[b] = (b, e, "people" if plural else STAND_IN)
    if "being" in words:
        for match in _BEING_OKAY.finditer(text):
            rest = _sentence(text, match.end(), match.end())[1]
            if _ASSERTED_AFTER.match(text, match.end()) or _DEROG_WORD.search(
                text, match.end(), rest
            ):
                continue  # "not a sin, it is an abomination": taken back
            part = match.lastgroup or "okay"
            found[match.start(part)] = (
                *match.span(part),
                "is okay" if part == "okay" else "it is okay",
            )
    if "sick" in words:
        for match in _FED_UP.finditer(text):
            found[match.start("sick")] = (*match.span("sick"), "tired")
    reported = not _SAYING.isdisjoint(words)
    judged = not _VERDICT_WORDS.isdisjoint(words)
    speech_judged = judged and (not _UTTERED.isdisjoint(words) or "what" in words)
    if speech_judged or not _HOSTILE.isdisjoint(words):
        for match in _HOSTILITY.finditer(text):
            _judge(found, match, noun=True)
    if speech_judged:
        for match in _UTTERANCE_JUDGED.finditer(text):
            _judge(found, match)
    if judged and not _STOPPING.isdisjoint(words):
        for match in _STOP_SAYING.finditer(text):
            _judge(found, match)
    # A quotation likened and answered ('statements like "women belong in the
    # kitchen" have no place here') may hold no derogatory word.
    likened = '"' in text and " like " in text
    if DEROGATORY.isdisjoint(words) and not (reported and judged) and not likened:
        return [found[k] for k in sorted(found)]  # most comments: nothing to deny
    if '"' in text:
        for match in _QUOTED.finditer(text):
            answered = _QUOTE_ANSWERED.match(text, match.end())
            if (
                answered
                and answered.group("be") == "what"
                and not answered.group("verdict").endswith(_THINGS_SAID)
            ):
                answered = None  # '"..." what a nasty buffoon' judges a person
            if answered:
                denied = _deny(found, text, match)
                if denied:
                    _unnamed(found, text, match)
                # The verdict judges the quotation, derogatory words or none
                # ('"Go back to Africa" is a disgusting thing to shout'), if
                # it is something said: not scare quotes ('this "administration"
                # is disgusting'), nor its speakers ('..." are ignorant'),
                # unless likened ('comments like "..." are sexist').
                said = len(match.group("scope").split()) >= 3 and (
                    answered.group("be") not in ("are", "were")
                    or (
                        likened
                        and _LIKE_THAT.search(text, max(0, match.start() - 40), match.start())
                    )
                )
                if answered.group("verdict") and (denied or said):
                    if said and not denied:
                        _unnamed(found, text, match)
                    _judge(found, answered)
                continue
            lo, hi = _sentence(text, match.start(), match.end())
            spoken = (
                _QUOTE_SAID.search(text, max(lo, match.start() - 17), match.start()) is not None
            )
            if not (spoken or (likened and _LIKE_THAT.search(text, lo, hi))):
                continue
            answer = _quote_answer(text, match, lo, hi, spoken)
            if answer is None:
                continue
            denied = _deny(found, text, match)
            # Something said, judged in a sentence of its own, derogatory words
            # or none: 'she was told "go back to Africa" on her first day.
            # Unbelievable.' (In its own sentence a verdict may judge its
            # speakers: '"...": those who say it are ignorant'.)
            judged_apart = spoken and answer.start() >= hi
            # ...or met after it in its own with dismay or a deed: 'my grandfather
            # used to say "..." and it horrifies me now' (a verdict there may
            # judge its speakers: 'those that claim "..." are ignorant').
            judged_after = spoken and answer.start() >= match.end() and bool(answer.group("plain"))
            # Likened ('comments like "..." have no place here'): the answer
            # judges what was said, whatever its words.
            judged_like = (
                likened
                and answer.start() >= match.end()
                and _LIKE_THAT.search(text, lo, match.start()) is not None
            )
            # ...or said as the subject its sentence judges: 'posting "..."
            # should get you banned'.
            judged_saying = (
                spoken
                and answer.start() >= match.end()
                and _SAYING_OPENS.search(text, lo, match.start()) is not None
            )
            if denied or (
                (judged_apart or judged_after or judged_like or judged_saying)
                and len(match.group("scope").split()) >= 3
            ):
                _unnamed(found, text, match)
                if not answer.group("plain"):
                    found[answer.start()] = (answer.start(), answer.end(), VERDICT)
    if not _MENTION_CUES.isdisjoint(words):
        for match in _MENTIONED.finditer(text):
            _deny(found, text, match)
    if reported and not _CONDEMNING_WORDS.isdisjoint(words) and not _ENDORSED.search(text):
        for start, begin, end in _said_by_others(text):
            lo, hi = _sentence(text, start, end)
            # Condemned in its sentence or the next.
            if _condemns(text[lo : _sentence(text, hi, hi)[1]]):
                _distanced(found, text, begin, end)
                _answered(found, text, start, begin, hi)
    untrue = "that" in words and not _TRUTH.isdisjoint(words)
    if not (negated or reported or untrue):
        return [found[k] for k in sorted(found)]
    for lo, hi in _windows(text, judged=reported and judged):
        for match in _IT_IS_UNTRUE.finditer(text, lo, hi) if untrue else ():
            asserted = match.group("verdict") == "true"
            if asserted == bool(match.group("neg")):  # "not true that", "a lie that"
                _deny(found, text, match, verdict=not asserted)
        for match in _THE_LIE.finditer(text, lo, hi) if untrue else ():
            _deny(found, text, match)
        for pattern in _FRAMES[negated, reported]:
            for match in pattern.finditer(text, lo, hi):
                _deny(found, text, match, verdict=pattern in _VERDICT_FRAMES)
        if not reported:
            continue
        for match in _IT_IS.finditer(text, lo, hi):
            approving = match.group("verdict") in _APPROVING
            negated = bool(match.group("neg") or match.group("nothing"))
            if approving == negated:  # "not okay to", "wrong to", "nothing funny about"
                _deny(found, text, match, verdict=True)
        for match in _CONDEMNED_NAMING.finditer(text, lo, hi):
            _deny(found, text, match, verdict=True)
    _judged_again(found, text)
    return [found[k] for k in sorted(found)]


_NAMED_FIRST = frozenset({_STOP_NAMING, _CALLED_ME})


# Abuse someone else said, in a comment that condemns it somewhere, in any
# words: the frames above each name one way of condemning it, and fresh
# counter-speech found a new way each time ("When my coworker said women are
# too dumb for engineering, I told HR"; "There's a guy on my street who calls
# every Asian he sees a 'virus'. He's a bigot."). Not where the comment
# agrees with what was said ("...and he's right") or condemns nothing but
# its denial ("he's not racist for saying it"), nor what the author says.
_CONDEMNS = re.compile(
    r"\b(?:vile|disgusting|disgraceful|shameful|bigot|bigots|bigoted|bigotry|racist|racism|sexist"
    r"|sexism|homophobic|homophobia|transphobic|transphobia|xenophobic|xenophobia|antisemitic"
    r"|antisemitism|islamophobic|islamophobia|misogynist|misogynistic|misogyny|hate\s+speech"
    r"|antisemites|racists|homophobes|transphobes|xenophobes|misogynists|islamophobes|sexists"
    r"|hateful|horrified|horrifies|horrifying|appalled|appalling|ashamed|sickening|sickens"
    r"|dehumani[sz]ing|offensive|unacceptable|(?:needs?|has|have|must)\s+to\s+stop|please\s+stop"
    r"|told\s+(?:hr|human\s+resources|the\s+police|the\s+teacher|a\s+teacher|my\s+boss|the\s+manager)"
    r"|reported\s+(?:him|her|them|it|this|that|(?:the|a|an|his|her|their)\s+(?:post|comment|tweet|account"
    r"|user|message|video|page))|(?:will|should|must|ought\s+to)\s+be\s+(?:removed|deleted|taken\s+down"
    r"|banned|moderated|reported)|(?:was|were|got|been)\s+(?:fined|banned|suspended"
    r"|fired|sacked|arrested|charged)|gets?\s+(?:you|him|her|them|people|anyone|someone)\s+(?:banned"
    r"|fired|sacked|arrested|suspended|kicked\s+out)|breaks\s+my\s+heart|heartbreaking|not\s+true|is\s+false"
    r"|a\s+lie|nonsense|pretending|(?:is|are|'re|'s|was|were)\s+(?:just\s+|simply\s+|dead\s+)?wrong"
    r"|cruel|ignorant|hurtful"
    # Disapproval done: "...and my mum kicked him out", "most of us walked out", "I speak up".
    r"|walked\s+out|kicked\s+(?:him|her|them)\s+out|(?:has|have)\s+(?:now\s+)?resigned|resigned"
    r"|speak\s+up|spoke\s+up|call\s+(?:it|him|her|them)\s+out|called\s+(?:it|him|her|them)\s+out"
    r"|blocked\s+(?:him|her|them)|complained|(?:was|were)\s+(?:sacked|expelled|kicked\s+out)"
    r"|in\s+disgust|disgusted|(?:an?\s+)?disgrace|rightly)\b"
)
# A word each condemnation above holds: a comment with none is not searched
# (the search for a speaker costs 15 us a comment).
_CONDEMNING_WORDS = frozenset(
    """
    vile disgusting disgraceful shameful bigot bigots bigoted bigotry racist racism sexist sexism
    homophobic homophobia transphobic transphobia xenophobic xenophobia antisemitic antisemitism
    islamophobic islamophobia misogynist misogynistic misogyny hate hateful horrified horrifies
    antisemites racists homophobes transphobes xenophobes misogynists islamophobes sexists
    horrifying appalled appalling ashamed sickening sickens dehumanising dehumanizing offensive
    unacceptable stop told reported removed deleted moderated fined banned suspended fired sacked
    arrested charged breaks
    heartbreaking true false lie nonsense pretending wrong cruel ignorant hurtful walked kicked
    resigned speak spoke call called blocked complained expelled disgust disgusted disgrace rightly
    """.split()
)
_OF_A_PEOPLE = re.compile(r"\s+(?:people|folks|lot|bunch|race|creatures|animals|scum|savages)\b")
_NOT_CONDEMNING = re.compile(r"(?:\bnot|n't|\bnever|\bno)\s+(?:[a-z]+\s+)?\Z")
_ENDORSED = re.compile(
    r"\b(?:(?:he|she|they|you)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+(?:so\s+|absolutely\s+|totally\s+"
    r"|completely\s+|dead\s+|100%\s+)?(?:right|correct|spot\s+on)|i\s+agree|agreed|exactly|well\s+said"
    r"|so\s+true|(?:it's|it\s+is|that's|that\s+is)\s+(?:the\s+)?(?:true|truth)|the\s+truth|facts)\b"
)
# What someone else is reported to have said: the verb first (a search for
# the speaker at every word cost 3 us a comment), then who said it, just
# before it: "my coworker", "a guy on my street who", "comments", "whoever
# keeps", "if someone". The passive ("kids are still called 'retards'") and
# the naming itself ("fined for calling migrants...") need no speaker.
# The sayings a naming opens its clause with, as its subject.
_GERUNDS = r"calling|saying|describing|labell?ing|posting|writing|tweeting|chanting|shouting"
_REPORTING = re.compile(
    r"\b(?P<active>said|says|saying|wrote|writes|writing|posted|posts|posting|called|calls|calling|call"
    r"|claimed|claims|claiming|preached|preaches|shouted|yelled|tweeted|commented|screamed|chanted"
    r"|thinks)\b"
    r"|\b(?:(?:are|is|was|were|get|gets|got|being|been)\s+(?:still\s+|often\s+|always\s+)?(?:called"
    r"|labell?ed|branded)|(?:for|after)\s+(?:calling|saying|posting|writing|tweeting|describing))\b"
    # The naming as the subject of its clause: "Calling Mexicans 'rapists' was a disgrace".
    rf"|(?:^|(?<=[.!?;:,\n])\s*|(?<=[.!?;:,\n]))(?:{_GERUNDS})\b"
    r"(?!\s+(?:for|on|out|off|in|up|back|it|that)\b)"
    # What was said named by its noun: "your comment that Black people are...".
    r"|\b(?:your|his|her|their|the|this|that|a)\s+(?:comment|remark|statement|claim|post|tweet"
    r"|suggestion|assertion|insinuation)\s+that\b"
)
_SPEAKER = re.compile(
    r"\b(?:he|she|they|someone|somebody|anyone|whoever|people|(?:(?:my|a|an|the|some|this|that|these"
    r"|those|our|his|her|their)\s+(?:[a-z]+\s+){0,3}?)?(?:guy|guys|man|men|woman|women|person|bloke"
    r"|lady|kid|kids|boy|boys|girl|girls|coworker|co-worker|colleague|neighbou?r|uncle|aunt|boss"
    r"|teacher|pastor|priest|preacher|politician|commenters?|posters?|trolls?|users?|students?"
    r"|friend|relative|grandfather|grandmother|grandpa|grandma|father|mother|dad|mum|mom|brother"
    r"|sister|cousin|stranger|driver|customer|manager|mp|senator|mayor|councillor|minister"
    r"|president|host|presenter|columnist|writer|author|crowd|mob|fans|protesters|comments?|posts?"
    r"|tweets?|messages?|signs?|graffiti|article|video|speaker|candidate|idiot|bigot))"
    # "a guy on my street who calls...", "the people in this thread calling...".
    r"(?:\s+(?:on|in|at|from|of)\s+(?:[a-z]+\s+){0,2}?[a-z]+)?"
    r"(?:\s+(?:who|that))?(?:\s+(?:still|keeps?|kept|always|just|often|actually|openly|would|once|also"
    r"|even|then|recently|publicly))*\s+\Z"
)
# ...and what they said, to its clause's end; not of the author or the
# reader ("calling me...", "calling you an idiot").
_WHAT_WAS_SAID = re.compile(r"(?!\s+(?:me|us|myself|you)\b)[^.;:!?\n]*")


def _said_by_others(text: str) -> Iterator[tuple[int, int, int]]:
    """(where the report begins, where what was said begins and ends) for each
    thing someone else is reported to have said in ``text``."""
    for verb in _REPORTING.finditer(text):
        start = verb.start()
        if verb.group("active"):
            speaker = _SPEAKER.search(text, max(0, start - 90), start)
            if speaker is None:
                continue
            start = speaker.start()
        said = _WHAT_WAS_SAID.match(text, verb.end())
        if said is not None:
            yield start, said.start(), said.end()


def _condemns(text: str) -> bool:
    """Whether ``text`` condemns something in words not denied ("not racist"),
    nor said of a people ("disgraceful people")."""
    return any(
        not _NOT_CONDEMNING.search(text, max(0, m.start() - 16), m.start())
        and not _OF_A_PEOPLE.match(text, m.end())
        for m in _CONDEMNS.finditer(text)
    )


def _distanced(found: dict[int, tuple[int, int, str]], text: str, begin: int, end: int) -> None:
    """Read the derogatory words of what someone else said, ``text[begin:end]``,
    as ``STAND_IN`` and its peoples as "people"."""
    verdict = _CONDEMNS.search(text, begin, end)  # "saying... was racist": what was said ends there
    end = verdict.start() if verdict else end
    words = list(_DEROG_WORD.finditer(text, begin, end))
    for word in words:
        found.setdefault(word.start(), (word.start(), word.end(), STAND_IN))
    # A quotation names its abuse in words of its own ("bat eaters"): its
    # peoples are read as "people" all the same.
    if words or '"' in text[begin:end]:
        _unnamed_between(found, text, begin, end)


def _answered(
    found: dict[int, tuple[int, int, str]], text: str, start: int, begin: int, end: int
) -> None:
    """Read the verdict on what someone else said (reported from
    ``text[start]``, said in ``text[begin:end]``) as ``VERDICT``: "your
    comment that... is racist and gross" judges a comment, it insults no one."""
    answer = _ANSWER.search(text, begin, end)
    if answer is None or answer.group("plain"):
        return
    # The verdict is what the saying is ("...is racist"), not a word of it
    # ("being called ignorant, racist..."); what was said, unless a naming
    # ("calling Mexicans rapists is..."), has a verb of its own first ("your
    # claim that the editor is disgusting" judges no claim).
    naming = _GERUND_REPORT.match(text, start) or _NAMING_VERB.search(text, start, begin)
    copulas = len(_COPULA.findall(text, begin, answer.start()))
    if (
        not _IS_VERDICT.search(text, begin, answer.start())
        or copulas < (1 if naming else 2)
        or _VERDICT_DENIED.search(text, max(0, answer.start() - 20), answer.start())
    ):
        return
    found.setdefault(answer.start(), (answer.start(), answer.end(), VERDICT))
    # "...is racist and gross": each verdict of the run.
    again = _AND_AGAIN.match(text, answer.end())
    while again:
        found.setdefault(again.start("verdict"), (*again.span("verdict"), VERDICT))
        again = _AND_AGAIN.match(text, again.end())


_COPULA = re.compile(r"\b(?:is|are|was|were|'s|'re)\b")
_GERUND_REPORT = re.compile(_GERUNDS)
_NAMING_VERB = re.compile(
    r"\b(?:call|calls|called|calling|described|describes|labell?ed|labels|branded)\b"
)
_IS_VERDICT = re.compile(
    r"(?:[a-z]+,?\s+(?:is|was|are|were|remains|seems|sounds)|'s|'re)\s+"
    r"(?:(?:just|simply|plainly|utterly|deeply|totally|frankly|so|really|both|pretty|quite|very)\s+)*\Z"
)
_AND_AGAIN = re.compile(
    rf"\s*,?\s*(?:and\s+|or\s+)?(?:(?:so|really|just|utterly|deeply|totally|frankly)\s+)?"
    rf"(?P<verdict>{_CONDEMNING})(?![a-z])"
)


def _unnamed(found: dict[int, tuple[int, int, str]], text: str, said: re.Match[str]) -> None:
    """Read the peoples that condemned words name as "people" (or "person"):
    what was said of them is not the author's, and "blacks are tall", "gays
    are tall" still read as attacks ('"Gays are disgusting" is a hateful
    thing to say' 0.63). Where the frame names them before what was said of
    them ("stop treating Muslims as...", "after calling his Black coworker
    a..."), from the frame's start."""
    begin, end = said.span("scope")
    if said.re in _NAMED_FIRST:
        begin = said.start()
    _unnamed_between(found, text, begin, end)


# Someone told to go back where they came from, in what was said: 'posting
# "go back to Africa" under a story about a nurse is disgusting racism'
# (SEVERE_TOXICITY 0.86) judges the telling; read as "leave", which names
# no place (revision 165).
_GO_BACK = re.compile(
    r"\bgo\s+(?:back\s+)?(?:home|to\s+[a-z]+|where\s+(?:you|they|he|she)\s+(?:came|come)\s+from)\b"
)


def _unnamed_between(
    found: dict[int, tuple[int, int, str]], text: str, begin: int, end: int
) -> None:
    """:func:`_unnamed` for the peoples named in ``text[begin:end]``, and a
    "go back to..." said there."""
    for told in _GO_BACK.finditer(text, begin, end):
        found.setdefault(told.start(), (told.start(), told.end(), "leave"))
    for word in _PEOPLE_WORD.finditer(text, begin, end):
        # "gay people" as "people", not "people people".
        if word.group("noun"):  # the space after it too
            found.setdefault(word.start(), (word.start(), word.start("noun"), ""))
            continue
        plural = word.group().endswith("s") or word.group() in ("men", "women")
        found.setdefault(word.start(), (word.start(), word.end(), "people" if plural else "person"))


def _quote_answer(
    text: str, quote: re.Match[str], lo: int, hi: int, said: bool
) -> re.Match[str] | None:
    """The condemnation of ``quote`` outside its quotation marks: in its
    sentence after it, or before it where the quotation is not introduced as
    said ('she gon say "..."' after "ugly" is not judged by it), or, for a
    quotation said by someone, in a next sentence that judges it ('...wrote
    "...". That is disgusting.'); None where there is none or it is denied
    ("...and he's not wrong")."""
    answer = _ANSWER.search(text, quote.end(), hi)
    if answer is None and not said:
        answer = _ANSWER.search(text, lo, quote.start())
    if answer is None and said and _NEXT_VERDICT.match(text, hi):
        answer = _ANSWER.search(text, hi, _sentence(text, hi, hi)[1])
    if answer is None or _VERDICT_DENIED.search(text, max(0, answer.start() - 20), answer.start()):
        return None
    return answer


def _judged_again(found: dict[int, tuple[int, int, str]], text: str) -> None:
    """A verdict repeated in the sentence of one already read is read the
    same: "saying Mexicans are rapists was racist then and it's racist now"."""
    for at in [k for k, (_, _, word) in found.items() if word == VERDICT]:
        lo, hi = _sentence(text, at, at)
        for again in _AGAIN.finditer(text, lo, hi):
            b, e = again.span("verdict")
            found.setdefault(b, (b, e, VERDICT))


def _sentence(text: str, begin: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[begin:end]``: from the last full stop before
    it to the next one after it."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, begin - 200), begin)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else max(0, begin - 200), after.end() if after else len(text))


def _windows(text: str, judged: bool = False) -> list[tuple[int, int]]:
    """Stretches of ``text`` a frame around a derogatory word (or, where
    ``judged``, a verdict) could span: from ``_REACH`` before it to the end
    of its sentence, merged; a long comment with one insult is searched near
    that insult only."""
    windows: list[tuple[int, int]] = []
    anchors: Iterable[re.Match[str]] = _DEROG_WORD.finditer(text)
    if judged:
        verdicts = _VERDICT_WORD.finditer(text)
        anchors = sorted((*anchors, *verdicts), key=lambda m: m.start())
    for word in anchors:
        lo = max(0, word.start() - _REACH)
        stop = _SENTENCE_END.search(text, word.end() + _REACH // 2)
        hi = stop.end() if stop else len(text)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


# A question that asks the reader to agree: "don't you think...", "doesn't
# everyone know...", "wouldn't you say...".
_ASKED_TO_AGREE = re.compile(
    r"(?:don't|doesn't|didn't|wouldn't|won't|isn't|aren't|can't)\s+(?:you|anyone|anybody|everyone"
    r"|everybody|we|people|most\s+people)\b"
)


def _clause_start(text: str, at: int) -> int:
    ends = [m.end() for m in _PUNCTUATION.finditer(text, max(0, at - 200), at)]
    return ends[-1] if ends else max(0, at - 200)


def _deny(
    found: dict[int, tuple[int, int, str]], text: str, match: re.Match[str], verdict: bool = False
) -> bool:
    """Read the derogatory words in ``match``'s scope as ``STAND_IN`` (and its
    verdict as ``VERDICT``) unless something around it asserts them; whether
    any word was read so."""
    begin, end = match.span("scope")
    if match.re is not _YELLED and _CLAUSE_END.search(text, begin, end):
        return False  # the denial does not reach past its clause (a shout is bounded by "at")
    if match.re is _NEGATED_IS:
        clause = _clause_start(text, match.start())
        if _WISHED.search(text, clause, match.start()):
            return False  # "if you weren't an ignorant troll...": wished away, so asserted
        if _DENIED.search(text, clause, match.start()):
            return False  # "I never said you weren't an idiot": denied twice, asserted
    if _ASSERTED_AFTER.match(text, match.end()):
        return False  # "I'm not saying you're an idiot, but...", "you're not a racist, are you"
    if match.re is not _NEGATED_IS and _DENIED.search(text, begin, end) and not _moral(match):
        return False  # "I never said you weren't an idiot": denied twice, asserted
    if match.re in _CONDEMNED_SPEECH and _NAMING_FORBIDDEN.search(text, begin, end):
        return False  # the author condemns a ban on the word, not the word
    if (
        match.re is _NEGATED_NAMING
        and _ASKED_TO_AGREE.match(text, match.start())
        and "?" in text[match.end() : match.end() + 80]
    ):
        return False  # "Don't you think Hindus are a bit primitive?": asked to agree, not denied
    if match.re is _NEGATED_NAMING and _BAN_RESENTED.search(
        text, max(0, match.start() - 200), match.start()
    ):
        # "I am sick of everyone being so politically correct and saying that
        # you should not call trans people trannies": the ban is resented.
        return False
    people = match.re is _NEGATED_IS and _said_of_a_people(text, match.start())
    condemned = match.re in _CONDEMNED_SPEECH
    # What condemned speech calls a threat or a burden is denied of anyone;
    # "I'm not saying this is a threat, it's a promise" denies nothing.
    anyone = condemned and match.re not in (_NEGATED_NAMING, _UNBELIEVED)
    # Disbelieved of a people ("I refuse to believe immigrants are a burden"),
    # not of anything ("...she's getting death threats").
    # So is a people's threat denied as a thought ("I don't think trans people
    # are a danger to anyone").
    of_people = people or (
        match.re in (_UNBELIEVED, _NEGATED_NAMING) and bool(_PEOPLE_WORD.search(text, begin, end))
    )
    # "immigrants are our neighbours, not a threat"
    of_people = of_people or (match.re is _CONTRASTED and _said_of_a_people(text, match.start()))
    words = [
        word
        for word in _DEROG_WORD.finditer(text, begin, end)
        if not _VOCATIVE.search(text, 0, word.start())  # "...it's you idiot"
        and (of_people or anyone or word.group() not in _OF_PEOPLES)  # "not a threat, a promise"
    ]
    for word in words:
        found[word.start()] = (word.start(), word.end(), STAND_IN)
    if words and people and match.group("not"):
        # "Muslims are not terrorists" read as "muslims are tall": the
        # encoder scored "muslims are not tall" 0.53, "muslims are tall" 0.09.
        found[match.start("not")] = (match.start("not"), match.end("not"), "")
    elif words and people and (contracted := _CONTRACTED_NOT.match(text, match.start())):
        # ...and "Muslims aren't a threat" as "muslims are tall" (0.66 as "aren't tall").
        copula = contracted.group("copula")
        found[match.start()] = (*contracted.span(), "are" if copula == "ai" else copula)
    judged = verdict and (words or match.re in _JUDGING_SPEECH) and "verdict" in match.re.groupindex
    # What someone paid for saying is unnamed too, derogatory words or none.
    if condemned and (words or (judged and match.group("verdict")) or match.re is _PUNISHED):
        # "Telling women to get back in the kitchen is sexist": what was said
        # of them is judged, with no derogatory word to deny.
        _unnamed(found, text, match)
    if judged:
        _judge(found, match)
    return bool(words)


def _said_of_a_people(text: str, at: int) -> bool:
    """Whether the word before ``at`` names a people ("Muslims are not...")."""
    before = text[max(0, at - 30) : at].split()
    return bool(before) and before[-1] in _PEOPLE_WORDS


def _moral(match: re.Match[str]) -> bool:
    """Whether ``match`` condemns what was said as wrong, not as untrue: a
    negation inside it is then part of what was said ("saying women can't
    drive is sexist"), where "saying immigrants aren't criminals is a lie"
    asserts the opposite."""
    if match.re is not _CONDEMNED_NAMING:
        return False
    verdict = match.group("verdict") or ""
    return bool(verdict) and _UNTRUE.isdisjoint(verdict.split())


def _judge(
    found: dict[int, tuple[int, int, str]], match: re.Match[str], noun: bool = False
) -> None:
    """Read ``match``'s verdict (and its reaction) as ``VERDICT``, and where
    ``noun``, the hostility it condemns as ``HOSTILITY`` ("has no place" is
    plain already)."""
    groups = match.re.groupindex
    if noun:
        if not (match.group("verdict") or match.group("reaction")):
            return
        if match.group("noun"):
            b, e = match.span("noun")
            found[b] = (b, e, HOSTILITY)
    for group in ("verdict",) if noun else ("verdict", "reaction"):
        if group in groups and match.group(group):
            b, e = match.span(group)
            if match.string[b:e] not in _APPROVING:
                found[b] = (b, e, _VERDICT_AS.get(match.re, VERDICT))
