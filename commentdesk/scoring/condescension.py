"""Condescension in set phrases, read as the insult it is.

"What planet are you on?" names no insult, and both stages learned insults
from insulting words: it scored INSULT 0.03, "How old are you, 12?" 0.05,
"Have you been living under a rock?" 0.21, where "You are clueless" scored
0.62. Each is a stock way of telling a reader they are too ignorant, too
young or too unwell to be listened to; the training data holds a handful of
them (two "what planet" in 96,000 comments), too few to learn the idiom from.

Before either stage reads a comment, each idiom below, said to the reader,
becomes ``MEANT``, so it scores as the insult it is and a highlight covers
the author's whole phrase; so does a compliment denied to the reader ("you
are not very smart" INSULT 0.45, "you're not the brightest bulb in the box"
0.13). Phrases that are as often plain ("get a life",
"grow up", "take your meds", "did you even read the article?") are left to
what the stages learned; so is anything said of the author ("I must have
been living under a rock"). Asking whether the reader can read, write or
spell is an idiom only as a question of its own ("Can you even read?", not
"can you read the article and tell me..."); the IQ of a thing only when the
thing is named as a dull one (not "the IQ of a genius").

Revision 46 adds the stock put-downs that name no insulting word, each
measured weak before ("People like you are the reason this country is
falling apart" INSULT 0.07, "You are a child." 0.09, "You must be fun at
parties" 0.07, "You wouldn't know a fact if it bit you" 0.20): too dense to
understand (not "too stupid to...", which both stages read as the insult it
names), a faculty "of a goldfish", a few fries short of a happy meal, the
lights on and nobody home, back to your cave or hole (not "back to your
country", which is another matter), back to the kitchen or make me a
sandwich (an order of the author's own: not "telling women to get back in
the kitchen is sexist"), people like you shouldn't be allowed to vote, did
you even finish school, your two brain cells, living proof that
evolution..., were you born this clueless, a walking advertisement for birth
control. A mock title closing a sentence to the reader ("Nice try,
Einstein.", "No shit, Sherlock.", "Thanks for the laugh, clown.") reads as
the name it stands for, "idiot"; "people like you are the reason" only with
a ruin after it (not "...the reason I read the comments"), "you are a child"
only where the sentence ends ("a child of the eighties" is not).

Revision 134 adds, from a fresh probe of put-downs (each INSULT 0.04-0.27
before): "off your meds again, are we?", "reading comprehension isn't your
strong suit", "you belong in a padded cell", "as sharp as a bowling ball",
"two brain cells fighting for third place", "try again when you can write a
sentence". Some idioms stand for a name said of anyone, not "you are
clueless": a keyboard warrior, or a tough guy hiding behind a screen name,
reads "coward"; someone posting from his mother's basement "loser" (not
where he lives); "you sad little man" closing a sentence "idiot". Revision
137: a mock title opening a sentence ("Hey genius, read the article") reads
"idiot", a reader's birth regretted ("your mother should have kept her legs
closed") "you are worthless", a writer called a hack a fraud (not "a
security hack"), and "spoken like someone who has never worked a day in
their life" is an idiom. Revision 143, from another fresh probe (INSULT
0.07-0.25 before): the intellectual depth of a puddle, smarter arguments
seen on a cereal box, "let the adults talk", "imagine being this wrong",
practising being this obtuse, zero brain cells; "as useful as a screen door
on a submarine" reads "you are useless", "not worth the oxygen you breathe"
"you are worthless", and "somebody take this guy's keyboard away" "idiot".
"""

from __future__ import annotations

import re

from commentdesk.scoring.cues import cue_windows
from commentdesk.textnorm import Normalized, replace_words

MEANT = "you are clueless"
# A mock title said to the reader ("Nice try, Einstein.") reads as the
# name it stands for; "you are clueless" in its place reads as a clause.
_CALLED = "idiot"
# Other idioms stand for a name of their own, said of anyone (there is no
# "you" to be clueless): the keyboard warrior is a "coward", whoever posts
# from his mother's basement a "loser".
_NAMES = {
    "vocative": _CALLED,
    "coward": "coward",
    "loser": "loser",
    "worthless": "you are worthless",
    "fraud": "is a fraud",
    "a_fraud": "a fraud",
    "opening": _CALLED,
    "useless": "you are useless",
    "worthless_air": "you are worthless",
    "keyboard": _CALLED,
    "waste": "worthless idiot",
    "crawled": "to the sewer, vermin",
    "animal": _CALLED,
    "inhuman": "you are worthless",
    "stain": "you are vermin",
    "kind": "the rest of the vermin",
    "thick": "you are stupid",
    "sounds": "you are a loser",
    "absolute": _CALLED,
    "organise": "you are useless",
    "unmissed": "you are worthless",
}

_YOU = r"(?:you|u|ya)"
# A question mark goes with the idiom: "you are clueless?" asks, where the
# idiom never does.
_CONDESCENDING = re.compile(
    rf"""(?x)
    (?:
      \bwhat\s+planet\s+(?:are|r)\s+{_YOU}(?:\s+guys)?\s+(?:on|from|living\s+on)\b
    | \b(?:have|are)\s+{_YOU}\s+been\s+living\s+under\s+a\s+rock\b
    | \b{_YOU}\s+(?:must\s+)?(?:live|have\s+been\s+living|been\s+living)\s+under\s+a\s+rock\b
    | \bwhat\s+(?:are|r)\s+{_YOU}(?:\s+guys)?\s+smoking\b
    | \bdo\s+{_YOU}\s+even\s+(?:read|think)\b
    | \b(?:are|r)\s+{_YOU}\s+off\s+(?:your|ur)\s+meds\b
    # "Off your meds again, are we?", "You forgot your meds today": again
    # or today makes it a jibe (not "remember to take your meds").
    | (?:(?:^|(?<=[.!?,;:\n])\s*)off|\b{_YOU}\s+(?:forgot|forget)(?:\s+to\s+take)?)\s+
        (?:your|ur)\s+meds\s+(?:again|today)\b(?:,?\s*(?:are|aren't|arent)\s+we\s*\?+)?
    | \bhow\s+old\s+(?:are|r)\s+{_YOU}[,?]?\s+(?:12|twelve|10|ten|8|eight|5|five|six|6)\b
    | \b(?:come\s+back|go\s+back|try\s+again)(?:\s+to\s+school\s+and\s+(?:try|come\s+back)\s+again)?
        \s+when\s+{_YOU}(?:'re|\s+are|\s+r)?\s+(?:out\s+of\s+puberty
        |(?:have\s+)?grown\s+up|(?:can|learn\s+to)\s+(?:read|write|spell|form|string)\b[^.!?\n]{{0,30}})
    | (?:^|(?<=[.!?,;:\n])\s*)go\s+back\s+to\s+school\s+and\s+(?:try|come\s+back)\s+again\s+when\s+
        {_YOU}\s+(?:can|learn\s+to)\s+(?:read|write|spell|form|string)\b[^.!?\n]{{0,30}}
    | \b(?:your|ur)\s+(?:mom|mum|mother|mommy|momma)'?s\s+basement\b
    # someone else's basement only as where they are said to post from (not
    # "the boxes are in his mother's basement", "he lives in his mother's
    # basement since the fire")
    | (?P<loser>\b(?:typ(?:e|es|ing)|post(?:s|ing)|commenting|ranting|trolling|blogging)\s+
        (?:in|from)\s+(?:his|her|their)\s+(?:mom|mum|mother|mommy|momma|parents)'?s?'?\s+basement\b)
    # "Reading comprehension isn't your strong suit."
    | \b(?:reading\s+comprehension|critical\s+thinking|logic|spelling|grammar|basic\s+math
        |thinking)\s+
        (?:clearly\s+|obviously\s+|just\s+|really\s+)?(?:isn't|is\s+not|isnt|was\s+never|ain't)\s+
        (?:your|ur)\s+(?:strong\s+suit|forte|strength|strong\s+point)\b
    | \b(?:your|ur)\s+reading\s+comprehension(?:\s+skills)?\s+(?:is|are)\s+
        (?:clearly\s+|obviously\s+|really\s+|seriously\s+|sorely\s+)?(?:lacking|poor|terrible|awful
        |abysmal|nonexistent|non-existent|zero|nil)\b
    # "You belong in a padded cell."
    | \b{_YOU}\s+(?:belong|should\s+be|need\s+to\s+be|ought\s+to\s+be)\s+(?:locked\s+up\s+)?in\s+
        (?:a|the)\s+(?:padded\s+cell|rubber\s+room|loony\s+bin|looney\s+bin|nut\s*house|nut\s*hatch
        |funny\s+farm|asylum|psych\s+ward)\b
    # "You're as sharp as a bowling ball" ("dumb as a box of rocks" names its
    # insult already: INSULT 0.92-0.98)
    | \b{_YOU}(?:'re|\s+are|\s+r)\s+(?:about\s+|just\s+|clearly\s+)?(?:as\s+)?
        (?:sharp|bright|smart|clever|quick)\s+as\s+an?\s+(?:bowling\s+ball|marble|brick|rock|potato
        |spoon|doorknob|butter\s+knife|(?:sack|bag|box)\s+of\s+(?:wet\s+)?(?:mice|hammers|rocks))\b
    # "You have two brain cells (and they're fighting for third place)."
    | \b{_YOU}(?:'ve|\s+have)?(?:\s+got)?\s+(?:only\s+|maybe\s+|about\s+)?(?:two|2|one|1)\s+
        (?:working\s+|functioning\s+)?brain\s*cells?\b
        (?:[^.!?\n]{{0,30}}?\bfighting\s+(?:for|over)\s+(?:third|3rd|second|2nd)\s+place)?
    | \b(?:nobody|no\s+one|noone)\s+asked\s+(?:{_YOU}|for\s+(?:your|ur)\s+opinion)\b
    | (?:^|(?<=[.!?,;:])\s*)learn\s+(?:how\s+)?to\s+(?:read|spell|think)\b
    | (?<!if\s)\b{_YOU}(?:\s+(?:sir|madam|guys|people))?(?:'re|\s+are|\s+r)\s+
        (?:clearly\s+|obviously\s+|really\s+|just\s+)?not\s+(?:very\s+|that\s+|too\s+|exactly\s+|
        particularly\s+|terribly\s+|overly\s+|all\s+that\s+)?(?:smart|intelligent|bright|clever|sharp|wise)
        (?=\s*(?:$|[.!?,;:]|and\b|but\b|(?:are|r)\s+(?:you|u)\b))
    | \b(?:do|can)\s+{_YOU}\s+(?:even\s+)?(?:know\s+how\s+to\s+)?(?:read|write|spell)\s*\?
    | \b(?:were|was|are)\s+{_YOU}\s+dropped\s+on\s+(?:your|ur)\s+head
        (?:\s+as\s+an?\s+(?:baby|child|kid|infant))?
    | \b{_YOU}(?:\s+clearly|\s+obviously)?(?:'ve|\s+have)?(?:\s+got)?\s+
        (?:clearly\s+|obviously\s+)?(?:the|an)\s+
        (?:iq|personality|brains?|intelligence|intellect|reading\s+comprehension|attention\s+span
        |emotional\s+maturity|wit|charm|(?:critical\s+)?thinking\s+skills|common\s+sense
        |brain\s*power)\s+of\s+an?\s+(?:wet\s+|soggy\s+|dead\s+)?
        (?:houseplant|plant|rock|potato|turnip|brick|doorknob|carrot|goldfish|gnat|cabbage
        |squirrel|toddler|fence\s*post|lettuce|stone|slug|sock|sponge|amoeba|fruit\s+fly
        |paper\s+bag|(?:three|four|five|3|4|5)[\s-]year[\s-]old)\b
    | \b{_YOU}\s+(?:couldn't|could\s+not|can't|cannot)\s+(?:think|argue|reason|find|fight|get)\s+
        (?:your|ur)\s+way\s+out\s+of\s+a\s+(?:wet\s+)?paper\s+bag\b
    | \b{_YOU}(?:'re|\s+are|\s+r)\s+(?:clearly\s+|obviously\s+|just\s+|simply\s+)?too\s+
        (?:dense|thick|dim|slow|brainwashed|simple[\s-]minded)\s+to\s+
        (?:understand|grasp|get|comprehend|follow|see|realize|realise)\b
        # What is not understood goes with it: "...to understand the article"
        # read as "...clueless the article" scored INSULT 0.10.
        (?:(?:\s+[a-z'-]+){{1,6}}?(?=\s*(?:$|[.!?,;:\n]))
        |\s+(?:(?:any|all|some|most|much|half)\s+of\s+)?(?:this|that|it|anything|simple\s+things)\b)?
    | \b{_YOU}(?:'re|\s+are|\s+r)\s+(?:such\s+|just\s+|nothing\s+but\s+|acting\s+like\s+)?
        an?\s+(?:child|baby|toddler|crybaby|spoiled\s+brat|spoilt\s+brat)(?=\s*(?:$|[.!?]))
    | \b(?:people|folks|trolls|idiots|morons)\s+like\s+{_YOU}\s+(?:are|r)\s+
        (?:exactly\s+|precisely\s+|literally\s+|truly\s+)?
        (?:the\s+(?:problem|cancer|disease|rot|downfall|worst)(?=\s*(?:$|[.!?,;:]|with\b|in\b|here\b|today\b))
        |(?:the|a)\s+(?:reason|cause)\s+(?:why\s+)?(?:this|the|our|we|society|america|everything)\b
          [^.!?]{{0,40}}?\b(?:failing|falling\s+apart|dying|going\s+downhill|in\s+trouble|a\s+mess
          |broken|screwed|doomed|down\s+the\s+drain|can't\s+have\s+nice\s+things))
    # a right denied the reader for who they are: "people like you shouldn't be
    # allowed to vote"
    | \b(?:people|folks|idiots|morons|trolls)\s+like\s+{_YOU}\s+
        (?:shouldn't|should\s+not|should\s+never|must\s+never|must\s+not)\s+be\s+allowed\s+to\s+
        (?:vote|breed|reproduce|have\s+(?:kids|children)|drive|comment|post|write|speak|teach
        |own\s+a\s+[a-z]+)\b
    | \b(?:did|do)\s+(?:your|ur)\s+(?:mother|mom|mum|parents|dad|father)\s+drop\s+{_YOU}\b
    | \b(?:your|ur)\s+(?:mother|mom|mum|parents|dad|father)\s+(?:must\s+have|clearly|obviously)\s+
        dropped\s+{_YOU}\b
    | \b(?:go|crawl|slither|get)\s+back\s+(?:in)?to\s+(?:your|ur)\s+(?:cave|hole|swamp|sewer)\b
    # a woman told her place, as an order of the author's own (not "telling
    # women to get back in the kitchen is sexist")
    | (?:^|(?<=[.!?,;:\n])|(?<=[.!?,;:]\s)|(?<=\bso\s)|(?<=\band\s)|(?<=\bnow\s)|(?<=\bjust\s)
        |(?<=\bwoman\s)|(?<=\bsweetie\s)|(?<=\bhoney\s)|(?<=\bladies\s))
      (?:(?:go|get)\s+(?:back\s+)?(?:in|into|to)\s+(?:the|ur|your)\s+kitchen\b
      |(?:go\s+)?make\s+(?:me|us)\s+(?:a\s+)?(?:sandwich|sammich)\b
      |go\s+make\s+(?:a\s+)?(?:sandwich|sandwiches|sammich)\b)
    | \b(?:are|r)\s+{_YOU}\s+(?:really\s+|actually\s+|always\s+|just\s+|truly\s+|seriously\s+)?
        (?:this|that|so)\s+(?:dense|thick|dim|gullible|brainwashed|clueless|slow)
        # and the mock alternative with it: "...or is today special?" left
        # behind read "you are clueless" as a question about the day (INSULT 0.14)
        (?:\s+or\s+(?:is\s+(?:it\s+|today\s+)(?:just\s+)?(?:a\s+)?special(?:\s+(?:day|occasion))?(?:\s+today)?
        |(?:did|do)\s+{_YOU}\s+(?:practi[sc]e|work\s+at\s+it|try)|(?:just\s+)?today(?:\s+only)?))?
        (?=\s*(?:$|[.!?,;:]|or\b))
    # "Nobody with half a brain would write that." (0.37)
    | \b(?:nobody|no\s+one|noone|no-one)\s+with\s+(?:half\s+a|a|one)\s+(?:functioning\s+)?
        (?:brain|brain\s+cell|braincell)\s+(?:would|could|can)\b
        # and what they would not do, so that "you are clueless" reads as a clause
        (?:\s+[a-z'-]+){{0,8}}?(?=\s*(?:$|[.!?,;:\n]))
    # "Did you come up with that all by yourself?" (0.17)
    | \bdid\s+{_YOU}\s+(?:come\s+up\s+with|think\s+of|think\s+up|figure\s+out|work\s+out|write)\s+
        (?:that|this|it)\s+all\s+by\s+(?:yourself|urself|your\s+own)\b
    # "Imagine being this clueless." (0.40)
    | (?:^|(?<=[.!?,;:\n])\s*|\bjust\s+)imagine\s+being\s+(?:this|that|so)\s+
        (?:dense|thick|dim|gullible|brainwashed|clueless|ignorant|slow)(?=\s*(?:$|[.!?,;:]))
    | \b{_YOU}(?:'re|\s+are|\s+r)\s+(?:clearly\s+|obviously\s+|just\s+)?
        (?:a\s+few|one|two|several)\s+
        (?:fries|sandwiches|bricks|cards|beers|screws|peas|chromosomes|crayons|nuggets)\s+short\s+of\s+
        an?\s+(?:full\s+)?(?:happy\s+meal|picnic|load|deck|six[\s-]pack|pod|box)\b
    | \b{_YOU}(?:'re|\s+are|\s+r)\s+(?:clearly\s+|obviously\s+)?not\s+playing\s+with\s+a\s+
        full\s+deck\b
    | \b(?:the\s+)?lights\s+are\s+on\s+but\s+(?:nobody|no\s+one|no-one)(?:'s|\s+is)\s+home\b
    | \b{_YOU}\s+(?:wouldn't|would\s+not|wouldnt)\s+know\s+(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?\s+
        if\s+it\s+(?:bit|hit|slapped|kicked|smacked)\s+{_YOU}
    | \bdid\s+{_YOU}\s+even\s+
        (?:finish|graduate|go\s+to|pass|complete|attend|make\s+it\s+through)\s+
        (?:from\s+)?(?:high\s+school|grade\s+school|middle\s+school|elementary(?:\s+school)?|kindergarten
        |school|the\s+(?:third|fourth|fifth|sixth)\s+grade)\b
    # "Spoken like someone who has never worked a day in their life."
    | \bspoken\s+like\s+(?:someone|somebody|a\s+(?:person|man|woman|guy|kid|child))\s+
        who(?:\s+has|'s)\s+never\s+(?:worked|held|had|read|left|paid|done|lifted|run|built|earned)\b[^.!?\n]{{0,40}}
    # "Your mother should have kept her legs closed": the reader's birth regretted.
    | (?P<worthless>\b(?:your|ur)\s+(?:mother|mom|mum|parents)\s+should\s+have\s+
        (?:kept\s+(?:her|their)\s+legs\s+(?:closed|shut)|swallowed|aborted\s+{_YOU}|had\s+an\s+abortion)\b)
    # A writer called a hack: "the author is a hack" (not "a security hack").
    | (?P<fraud>(?:(?<=author\s)|(?<=writer\s)|(?<=reporter\s)|(?<=stringer\s)|(?<=journalist\s)
        |(?<=columnist\s)|(?<=editor\s))(?:is|was)\s+
        (?:a\s+)?(?:total\s+|complete\s+|partisan\s+|political\s+|talentless\s+|lazy\s+)?hack\b
        )
    | (?P<a_fraud>(?<=\byou're\s)(?:a\s+)?(?:total\s+|complete\s+|partisan\s+|talentless\s+)?hack\b
        (?=\s*(?:$|[.!?,;]|who\b|and\b)))
    # A mock title opening a sentence: "Hey genius, maybe read the article."
    | (?P<opening>(?:^|(?<=[.!?]\s)|(?<=[.!?]))
        (?:hey|listen|look|ok|okay|well|nice\s+try|good\s+job|sorry)[,\s]+(?:genius|einstein|sherlock|smart\s+guy|brainiac|tough\s+guy)(?=\s*[,.!]))
    # A coward's names: "keyboard warrior", a tough guy hiding behind a screen.
    | (?P<coward>\b(?:keyboard|internet|online)\s+(?:warrior|tough\s+guy|commando)s?\b
        |\b(?:tough\s+guy|big\s+man|hero)\s+hiding\s+behind\s+(?:a|an|the|your|ur|his|their)\s+
        (?:anonymous\s+|fake\s+)?(?:screen(?:\s*name)?|keyboard|computer|monitor|username|user\s+name
        |name|avatar|pseudonym)\b)
    | (?P<vocative>(?:(?<=,\s)|(?<=,))(?:einstein|genius|sherlock|captain\s+obvious|smart\s+guy
        |smarty\s*pants|brainiac|rocket\s+scientist|clown|bozo|tough\s+guy
        |(?:you\s+)?sad\s+little\s+(?:man|boy|person|troll|creature))(?=\s*(?:$|[.!?])))
    | \bwere\s+{_YOU}\s+born\s+this\s+
        (?:dense|clueless|thick|dim|slow|gullible|ignorant|stupid|dumb)
        (?:\s+or\s+(?:did|do)\s+(?:{_YOU}|it)\s+(?:have\s+to\s+)?(?:practi[sc]e|work\s+at\s+it|train
        |take\s+(?:practi[sc]e|lessons|a\s+course|effort|work)))?
    | \b(?:go\s+back\s+to|keep|stop|quit|have\s+{_YOU}\s+been|were\s+{_YOU})\s+
        (?:sniffing\s+glue|eating\s+(?:crayons|paint\s+chips|paste)|licking\s+(?:windows|lead\s+paint))
    | \b(?:were|was)\s+{_YOU}\s+raised\s+by\s+(?:wolves|apes|monkeys|animals)\b
    # "I'd explain it to you but I don't have any crayons" (INSULT 0.07).
    | \b(?:(?:i'd|i\s+would|i\s+could|i\s+can|i'll|i\s+will)\s+(?:try\s+to\s+)?)?
        (?:explain|draw|spell)\s+(?:it|this|that)\s+(?:out\s+)?(?:to|for)\s+{_YOU}\b[^.!?\n]{{0,40}}?
        \b(?:crayons|sock\s+puppets|puppets|smaller\s+words|small\s+words|picture\s+book|finger\s+puppets)\b
    # "Your opinion would matter if you had a brain" (0.20).
    | \b(?:(?:your|ur)\s+(?:opinion|argument|comment|point|view|vote)s?\s+(?:would|might|could)\s+
        (?:matter|count|make\s+sense|be\s+worth\s+(?:something|reading|hearing))\s+)?
        if\s+{_YOU}\s+(?:had|ever\s+had|grew|got|found|owned|possessed)\s+(?:a|half\s+a|one)\s+
        (?:brain|brain\s+cell|clue)\b
        (?!\s+(?:what|about|how|as|where|who|why|that|tumou?r|injury|injuries|scan|surgery|bleed|damage|haemorrhage|hemorrhage|cancer|condition
        |disorder|transplant))
    # "Even a toddler could write a better argument than you" (INSULT 0.39).
    | \b(?:a|my)\s+(?:toddler|child|(?:three|four|five|six|3|4|5|6)[\s-]year[\s-]old|monkey|chimp
        |chimpanzee|parrot|goldfish|hamster)\s+could\s+(?:write|make|do|come\s+up\s+with|understand
        |argue|think|figure)\b[^.!?\n]{{0,40}}?\b(?:better|smarter|more\s+[a-z]+)\b[^.!?\n]{{0,30}}?
        \bthan\s+{_YOU}\b
    | \b{_YOU}(?:'re|\s+are|\s+r)\s+(?:a\s+)?walking\s+(?:advertisement|advert|ad|argument)\s+
        (?:for|against)\s+(?:birth\s+control|contraception|abortion|sterili[sz]ation|eugenics)
    | \b{_YOU}\s+must\s+be\s+(?:a\s+(?:lot\s+of\s+|real\s+|ton\s+of\s+)?)?
        (?:fun|blast|joy|hoot|riot)\s+
        at\s+parties\b
    | \b(?:rub\s+)?(?:your|ur|those|both\s+of\s+your)\s+(?:two|2|one|1|last|remaining|only)\s+
        (?:working\s+|functioning\s+)?(?:brain\s*cells?|neurons?)\b(?:\s+together)?
    | \bis\s+english\s+even\s+(?:your|ur)\s+(?:first|native|1st)\s+language\b
        (?:\s*\?\s*(?:because|cause|'cause|coz)\s+it\s+shows\b)?
    | \b{_YOU}(?:'re|\s+are|\s+r)\s+the\s+reason\s+(?:why\s+)?
        (?:shampoo\s+bottles\s+(?:have|come\s+with)\s+instructions
        |they\s+put\s+(?:warning\s+labels|instructions)\s+on\s+[a-z]+(?:\s+[a-z]+)?
        |warning\s+labels\s+exist)\b
    | \b{_YOU}(?:'re|\s+are|\s+r)\s+(?:the\s+)?living\s+proof\s+that\s+
        (?:evolution|natural\s+selection|stupidity|ignorance)\b
    | \bdo\s+{_YOU}\s+(?:ever|even)\s+think\s+before\s+{_YOU}\s+
        (?:type|speak|post|write|comment|open)\b
    | \bwho\s+let\s+{_YOU}\s+
        (?:out\s+of\s+(?:your|ur|the|its)\s+(?:cage|pen|kennel)|near\s+a\s+keyboard)
    | \bprov(?:e|es|ing|ed)\s+how\s+little\s+{_YOU}\s+(?:know|understand)\b
    | \b(?:grow\s+up|run\s+along|are\s+{_YOU}\s+lost)
        [,.!]?\s+little\s+(?:boy|girl|man|one)\b
    | \b(?:the\s+)?(?:adults|grown[\s-]?ups)\s+are\s+talking(?=\s*(?:$|[.!?,;:]|now\b|here\b))
    | \bcrawl\s+back\s+under\s+(?:your|ur|the|that)\s+(?:rock|bridge)\b
    | \b(?:your|ur)\s+parents\s+must\s+(?:be\s+(?:so\s+|very\s+)?ashamed(?:\s+of\s+{_YOU})?
        |regret\s+having\s+{_YOU})\b
    # "you possess an IQ of no higher than 20", "your IQ must be lower than your shoe size"
    | \b(?:{_YOU}\s+(?:clearly\s+|obviously\s+|must\s+)?(?:have|possess|got|'ve\s+got)\s+an?
        |(?:your|ur)(?=\s+iq\s+(?:is|must\s+be|can't\s+be)))
        \s+iq\s+(?:is\s+|must\s+be\s+|can't\s+be\s+)?(?:of\s+)?(?:no\s+(?:higher|more)\s+than|lower\s+than
        |less\s+than|below|under|smaller\s+than|around|about|maybe|at\s+most|barely)?\s*
        (?:\d{{1,2}}|single\s+digits?|room\s+temperature|(?:your|ur)\s+shoe\s+size)\b
    # Revision 143, from a fresh probe of put-downs (INSULT 0.07-0.25 before).
    # "You have the intellectual depth of a puddle."
    | \b{_YOU}(?:'ve|\s+have)?(?:\s+got)?\s+(?:about\s+)?the\s+
        (?:intellectual\s+depth|depth|intelligence|brains|brainpower|wit|wits|attention\s+span
        |reasoning\s+skills)\s+of\s+an?\s+(?:puddle|teaspoon|kiddie\s+pool|paddling\s+pool|rock|potato
        |brick|turnip|houseplant|doorknob|gnat|amoeba|toddler)\b
    # "I've seen smarter arguments on a cereal box."
    | \b(?:i've|i\s+have)\s+seen\s+(?:smarter|better|more\s+intelligent|more\s+coherent)\s+
        (?:arguments|comments|posts|reasoning|thoughts|takes)\s+(?:on|from|in|written\s+on)\s+
        (?:a|the)\s+(?:cereal\s+box|bathroom\s+wall|toilet\s+wall|fortune\s+cookie|napkin
        |crayon\s+drawing)\b
    # "Go back to your basement and let the adults talk."
    | \blet\s+the\s+(?:adults|grown-?ups|big\s+boys)\s+(?:talk|speak|handle\s+(?:this|it))\b
    # "Imagine being this wrong and this loud."
    | (?:^|(?<=[.!?,;:\n])\s*)imagine\s+being\s+this\s+
        (?:wrong|stupid|dumb|clueless|ignorant|dense|thick|obtuse|gullible)\b
    # "Do you practise being this obtuse, or does it come naturally?"
    | \bdo\s+{_YOU}\s+(?:practi[sc]e|work\s+at|train\s+for|try)\s+being\s+this\s+
        (?:obtuse|stupid|dense|dumb|thick|clueless|ignorant|gullible)\b
        (?:[^.!?\n]{{0,30}}?\bcome\s+naturally)?
    # "Zero brain cells, maximum confidence."
    | (?:^|(?<=[.!?,;:\n])\s*)(?:zero|no)\s+(?:working\s+)?brain\s*cells\b
    # "You're about as useful as a screen door on a submarine."
    | (?P<useless>\b{_YOU}(?:'re|\s+are|\s+r)\s+(?:about\s+|just\s+)?(?:as\s+)?useful\s+as\s+
        (?:a|an)\s+(?:screen\s+door|chocolate\s+teapot|glass\s+hammer|ashtray\s+on\s+a\s+motorbike
        |solar[\s-]powered\s+torch|inflatable\s+dartboard)(?:\s+on\s+a\s+submarine)?\b)
    # "You're not worth the oxygen you breathe."
    | (?P<worthless_air>\b{_YOU}(?:'re|\s+are|\s+r)\s+not\s+worth\s+the\s+(?:oxygen|air)\s+
        {_YOU}\s+breathe\b)
    # A person as wasted air: "Nobody cares what a waste of oxygen like you
    # thinks" (INSULT 0.68), "you waste of space"; read as "worthless idiot",
    # the words around it kept. Not "the car park is a waste of space".
    | (?P<waste>(?<=\byou\s)(?:(?:complete|total|utter|absolute)\s+)?waste\s+of\s+
          (?:oxygen|space|skin|air|flesh)\b
        | (?<=\sa\s)(?:(?:complete|total|utter|absolute)\s+)?waste\s+of\s+(?:oxygen|skin|flesh)\b
          (?=\s*(?:$|[.!?,;:]|like\b|and\b|you\b|your\b|who\b|if\b))  # not "...skin cream"
        | (?<=\sa\s)(?:(?:complete|total|utter|absolute)\s+)?waste\s+of\s+(?:space|air)
          (?=\s+like\s+(?:you|u|him|her|them)\b))
    # A person called an animal, or denied being human: "You're not even
    # human, you animal." (INSULT 0.44); not "you're only human", nor
    # "you're not even human if you don't cry at this film", nor "you beast",
    # which praises as often (revision 165).
    | (?<=\byou\s)(?P<animal>animal|animals|savage|savages)(?=\s*(?:$|[.!?,;]))
    | (?P<inhuman>\b{_YOU}(?:'re|\s+are|\s+r)\s+not\s+(?:even\s+)?(?:human|a\s+human(?:\s+being)?)
        (?=\s*(?:$|[.!?,;])))
    # A stain on the country: "You people are a stain on this country"
    # (IDENTITY_ATTACK 0.55); revision 170.
    | (?P<stain>\b(?:you|u|you\s+people|you\s+lot|y'all)\s+(?:are|'re|r)\s+(?:just\s+)?a\s+
        (?:stain|blight|disgrace|cancer|plague)\s+on\s+(?:this\s+country|society|humanity|the\s+(?:country
        |world|nation|earth|planet|human\s+race))\b)
    # A person's people as a "kind": "...should be deported with the rest of
    # his kind" (IDENTITY_ATTACK 0.57); revision 172.
    | (?P<kind>\bthe\s+rest\s+of\s+(?:his|her|their|your|ur)\s+kind\b)
    # Sent back to where vermin come from: "send every last one of them back
    # where they crawled from" (IDENTITY_ATTACK 0.36).
    | (?<=\bback\s)(?P<crawled>(?:to\s+)?where(?:ver)?\s+(?:they|you|u|he|she)\s+
        (?:crawled|slithered|came\s+crawling)(?:\s+out)?\s+(?:from|of)\b)
    # "Somebody take this guy's keyboard away."
    | (?P<keyboard>\b(?:somebody|someone)\s+(?:please\s+)?take\s+(?:this|that|his|her|their|your)\s+
        (?:guy's\s+|person's\s+|clown's\s+|man's\s+|woman's\s+|idiot's\s+)?(?:keyboard|phone|crayons|computer
        |internet\s+access|laptop)\s+away\b)
    | \b{_YOU}(?:'re|\s+are|\s+r)\s+not\s+the\s+(?:brightest|sharpest|smartest)\s+
        (?:bulb|tool|knife|crayon|pencil|light|spoon|cookie)(?:\s+(?:in|on)\s+the\s+[a-z]+)?
    # Revision 183, from blind probes of sport, local and court threads
    # (INSULT 0.44-0.57 before). "Mate you're so thick you'd drown in a
    # puddle": thick said of the reader (not thick-skinned, nor thick as thieves,
    # nor "if you're thick", which may be of a build).
    | (?P<thick>(?<!\bif\s)\b{_YOU}(?:'re|\s+are|\s+r)\s+
        (?:(?:so|that|really|just|too|bloody|pig|proper|clearly)\s+)?
        thick\b(?![\s-](?:skinned|skin|hair|accent|coat|set|as\s+thieves|with|and\s+thin))
        (?:\s+(?:you'd|you\s+would|you\s+could|that\s+you'd|that\s+you\s+would)\b[^.!?\n]{{0,40}})?)
    # "You sound like a fat lonely cat lady who's never been touched."
    | (?P<sounds>\b{_YOU}\s+(?:sound|look|seem|write|type)\s+like\s+(?:a|an|some)\s+
        (?:[a-z]+\s+){{0,3}}?
        (?:cat\s+lady|virgin|incel|basement\s+dweller|neckbeard|spinster)\b
        (?:\s+who(?:'s|\s+has)\s+never\s+been\s+(?:touched|kissed|laid|loved))?)
    # "You absolute weapon": the names said this way (not "you absolute legend").
    | (?P<absolute>\b{_YOU}\s+(?:absolute|utter|complete|total)\s+
        (?:weapon|melt|walnut|muppet|spanner
        |plank|bellend|tool|knob|numpty|pillock|wazzock|berk|prat|donut|doughnut|wally|goon)\b)
    # "You couldn't organise a bake sale."
    | (?P<organise>\b{_YOU}\s+(?:couldn't|could\s+not|can't|cannot)\s+(?:even\s+)?
        (?:organi[sz]e|run)\s+
        (?:a|an)\s+(?:piss[\s-]?up(?:\s+in\s+a\s+brewery)?|bake\s+sale|raffle|tea\s+party|whelk\s+stall
        |school\s+fete|car\s+boot\s+sale|lemonade\s+stand|bath)\b)
    # "Nobody will miss you when you're gone."
    | (?P<unmissed>\b(?:nobody|no\s+one|no-one|noone)\s+
        (?:will|would|'d|is\s+going\s+to|is\s+gonna)\s+
        (?:even\s+)?(?:miss|notice|mourn)\s+{_YOU}\s+(?:when\s+{_YOU}(?:'re|\s+are)\s+gone
        |once\s+{_YOU}(?:'re|\s+are)\s+gone|if\s+{_YOU}\s+(?:died|were\s+gone|disappeared|were\s+dead)))
    )(?:\s*\?+)?
    """
)
# How far an idiom may reach from its cue, in characters.
_REACH = 90
# Every idiom has one of these words; a comment without any is not searched.
_CUES = (
    "thick",
    "sound like",
    "look like",
    "seem like",
    "write like",
    "type like",
    "absolute",
    "utter",
    "complete",
    "total",
    "organise",
    "organize",
    "run a",
    "miss you",
    "notice you",
    "mourn you",
    "of his kind",
    "of her kind",
    "of their kind",
    "of your kind",
    "of ur kind",
    "a stain on",
    "a blight on",
    "a disgrace on",
    "a cancer on",
    "a plague on",
    "waste of",
    "you animal",
    "you savage",
    "not human",
    "not even human",
    "not a human",
    "crawled",
    "slithered",
    "crayons",
    "puppets",
    "small words",
    "smaller words",
    "picture book",
    "had a brain",
    "had half a brain",
    "had one brain",
    "had a clue",
    "grew a brain",
    "got a brain",
    "found a brain",
    "a brain cell",
    "could write",
    "could make",
    "could do",
    "could come up",
    "could understand",
    "could argue",
    "could think",
    "could figure",
    "planet",
    "a rock",
    "smoking",
    "even read",
    "even think",
    "meds",
    "how old",
    "back when",
    "basement",
    "asked you",
    "asked u",
    "asked for",
    "learn to",
    "read?",
    "write?",
    "spell?",
    "dropped on",
    "iq of",
    "iq ",
    "personality of",
    "brain of",
    "brains of",
    "intelligence of",
    "intellect of",
    "comprehension of",
    "span of",
    "maturity of",
    "wit of",
    "charm of",
    "way out of",
    "too dense",
    "too thick",
    "too dim",
    "too slow",
    "too brainwashed",
    "too simple",
    "a child",
    "a baby",
    "a toddler",
    "a crybaby",
    "a spoil",
    "like you",
    "like u ",
    "drop you",
    "drop u",
    "dropped you",
    "dropped u",
    "back to your",
    "back into your",
    "back to ur",
    "this dense",
    "that dense",
    "so dense",
    "this thick",
    "that thick",
    "so thick",
    "this dim",
    "so dim",
    "gullible",
    "brainwashed",
    "clueless",
    "this slow",
    "that slow",
    "so slow",
    "imagine being",
    "all by your",
    "half a brain",
    "with a brain",
    "with a functioning brain",
    "with one brain",
    "with one functioning brain",
    "with a braincell",
    "with one braincell",
    "with a brain",
    "with one brain",
    "all by ur",
    "short of a",
    "full deck",
    "nobody's home",
    "nobody is home",
    "no one's home",
    "no one is home",
    "no-one's home",
    "if it ",
    "even finish",
    "even graduate",
    "even go to",
    "even pass",
    "even complete",
    "even attend",
    "even make it",
    "einstein",
    "genius",
    "sherlock",
    "captain obvious",
    "smart guy",
    "smarty",
    "brainiac",
    "rocket scientist",
    "at parties",
    "brain cell",
    "braincell",
    "neuron",
    "first language",
    "native language",
    "1st language",
    "the reason",
    "living proof",
    "think before",
    "who let",
    "how little",
    "clown",
    "bozo",
    "born this",
    "walking ad",
    "thinking skills",
    "common sense of",
    "brain power",
    "brainpower",
    "sniffing glue",
    "eating crayons",
    "paint chips",
    "eating paste",
    "licking",
    "raised by",
    "walking arg",
    "little boy",
    "little girl",
    "little man",
    "little one",
    "are talking",
    "crawl back",
    "be allowed to",
    "kitchen",
    "sandwich",
    "sammich",
    "parents must",
    "learn how",
    # A compliment denied: "not" with an adverb or the adjective itself.
    "not very",
    "not that",
    "not too",
    "not exactly",
    "not particularly",
    "not terribly",
    "not overly",
    "not all that",
    "not smart",
    "not intelligent",
    "not bright",
    "not clever",
    "not sharp",
    "not wise",
    "not the bright",
    "not the sharp",
    "not the smart",
    "meds again",
    "meds today",
    "again when",
    "strong suit",
    "forte",
    "strong point",
    "comprehension",
    "padded cell",
    "rubber room",
    "loony bin",
    "looney bin",
    "nut house",
    "nuthouse",
    "nut hatch",
    "nuthatch",
    "funny farm",
    "the asylum",
    "psych ward",
    "sharp as",
    "bright as",
    "smart as",
    "clever as",
    "quick as",
    "warrior",
    "tough guy",
    "commando",
    "hiding behind",
    "sad little",
    "spoken like",
    "should have kept",
    "should have swallowed",
    "should have aborted",
    "should have had an abortion",
    "hack",
    # revision 143
    "depth of a",
    "intelligence of a",
    "brains of a",
    "brainpower of a",
    "wit of a",
    "wits of a",
    "span of a",
    "skills of a",
    "seen smarter",
    "seen better a",
    "seen better c",
    "seen better p",
    "seen better r",
    "seen better t",
    "seen more intelligent",
    "seen more coherent",
    "let the adults",
    "let the grown",
    "let the big boys",
    "imagine being",
    "practise being",
    "practice being",
    "work at being",
    "train for being",
    "try being",
    "brain cells",
    "braincells",
    "useful as",
    "worth the oxygen",
    "worth the air",
    "keyboard away",
    "phone away",
    "crayons away",
    "computer away",
    "laptop away",
    "access away",
)


def condescended(norm: Normalized) -> Normalized:
    """``norm`` with each condescending idiom read as ``MEANT``; offsets still
    point at the author's characters."""
    text = norm.text
    # The idioms are short: search only around each cue, not a whole long comment.
    found: dict[int, tuple[int, int, str]] = {}
    for lo, hi in cue_windows(text, _CUES, _REACH, _REACH):
        for m in _CONDESCENDING.finditer(text, lo, hi):
            meant = next((w for g, w in _NAMES.items() if m.group(g)), MEANT)
            found.setdefault(m.start(), (m.start(), m.end(), meant))
    return replace_words(norm, sorted(found.values())) if found else norm
