"""Veiled threats, read as the threat they veil.

"I know where you live" (or "I'll find out where you live") names no
violence, and both stages learned threats from violent words: it scored
THREAT 0.03, "You'd better watch your back"
0.16, "Keep talking and see what happens to you" 0.18. The training data
holds a handful of such sentences (29 in 96,000 comments, most of them next
to an open threat that carried the label), too few to learn the idiom from.

Before either stage reads a comment, each idiom below becomes ``MEANT``, an
open threat, so it scores as one, and a highlight covers the author's whole
phrase. The idioms are the ones the default policy's intimidation rule holds,
with the same limits: "make them pay their share" and "you'll pay for it in
taxes" are not threats, nor "you have been warned" (Wikipedia's own
warnings use it). Some the rule does not hold are read too: "we know which
school your kids go to", "accidents happen to reporters who ask questions",
"people like you tend to disappear", "enjoy your last breath" (but not
"accidents happen to people who drive tired"), "your family isn't safe
anymore" (not "...isn't safe in that neighbourhood"), "you won't live to
see Christmas", a weapon and "I know where the mosque is". Harm named by
where it leaves someone ("someone will put you in the ground") is read as
"kill you" ("...in the hospital" as "hurt"), a wish of deadly illness ("I
hope you get cancer") or of an accident ("I hope someone runs you over") as
the wish of death it is, and people to be hunted ("let's go hunt some
immigrants") as people to be killed. Killing in other words, wished as a
duty ("every Jew should be wiped off the face of the earth"; "it's time
to wipe out gay people for good", "we should get rid of Muslims once and
for all", "...wipe Hindus off the map", not "get rid of illegal
immigrants" nor "wipe out poverty"), a beating veiled as a lesson
("somebody needs to teach those Muslims a lesson", "...teach you some
manners with a belt") and a call to take up
arms against someone are read as the killing or hurt they mean; "this
debt should be wiped out" and "we'll teach them a lesson on Saturday" are
not. So are a question about someone's children ("your kids
walk home alone, don't they?"), arson wished as a pity ("would be a shame
if it caught fire"), "people like you end up in ditches", "if I ever see
that reporter..., she's dead" and "line them all up against a wall"; and
violence against a people called fine ("it is fine to attack immigrants")
is read as the call to kill it is. So are regret promised ("I'll make you
regret this"; not "...at the ballot box"), "a bullet for every traitor",
"...should be rounded up and shot" or "tarred and feathered" (not where
someone was jailed for posting it), "I hope your office burns down with you
in it", "people like the author end up floating in the river", "keep
talking and someone will get hurt" and "you will die, I promise" (not "you
will die someday"), and what reporters are told: "journalists like you will
get what's coming" (not "the killer will get what's coming to him"), "we
know your route", "the editor better start his car carefully", "someone
will find out where this writer lives", "write one more article like this
and it'll be your last" (not "...your last chance to object"). Revision
135: care advised someone named at the sentence's end ("be careful walking
to your car at night, reporter"; not "...at night; the lights are broken"),
company promised ("I'll be waiting for you after the meeting, and I won't
be alone"), "would be a pity if it burned", and "people like you tend to
have accidents", whose words were listed but never looked for; "watch your
back" is no threat where it is about lifting. Revision 144, from a fresh
probe of veiled threats (TOXICITY 0.03-0.22 before): a building to be
torched with people inside (not "...burns down her home with her in it", a
report), a newsroom that "would make a nice bonfire", "one match is all it
takes", brakes that would be a tragedy to fail, a rifle and free time,
someone's kids walking to school alone (anyone's, not only the reader's),
five minutes alone with a writer wished for, "we'll find you, and you'll
regret it", well placed bullets, "enjoy your last summer, mayor", an
address "not hard to find", a knife in the ribs, a late-night visit, and a
weapon brought round ("I'm coming round with a bat"; not "...with a
casserole"). Revision 147: harm due to offenders named by their offence
("fentanyl dealers should be shot on sight" TOXICITY 0.33, found in a
blind probe) and castration as harm (not "chemically castrated", a sentence
some courts pass). Revision 150, from a fresh probe: a person to be set on
fire, choking wished on someone ("hope you choke on your latte"; not "...on
your words"), a death wished in the third person ("I hope he dies", which
the stages read far more mildly than "...they die"; not "I hope the bill
dies"), and death urged as a favour ("do the world a favour and stop
breathing"; not "...stop posting"). Revision 151: hanging "from lampposts"
asked for, and a judge or a reporter told to have good security after a
ruling or a story (not "the stadium better have good security").
Revision 154, from a blind probe: the author running someone over ("I'd
happily run that protester over"; not "I'd run the numbers again"),
leaving on a stretcher after "if I see that journalist...", and a
reporter's children's school named, "just saying". Revisions 156-161,
from four more blind probes: "I will find you.", a lynching needed, weapons
pictured beside "see you soon", regret promised for the writing, a person
to be found in a ditch or pushed off a bridge, arms taken up if someone
wins, a plane wished down, a head on a spike, "ballots or bullets, your
choice", a visit urged after an address, people sent to the gas chambers,
rape threatened as a lesson ("...what a real man is"), a woman put in her
place by force. Revision 165, from an eighth blind probe (threats to
politicians, THREAT 0.01-0.34 before): a visit "she won't forget", lying
in wait "with something for him" (not "...with flowers"), "I'd kick his
teeth in", "something to cry about", dragged out and dealt with, an
executioner's tool that "would sort out this cabinet", harm wished
through indifference ("I wouldn't shed a tear if someone torched his house
with him inside"; not "...if the bill died"), care advised "just saying",
guards kept close, a school found out, a stretcher made sure of.
Revision 168, from blind probes of crime and religion threads: "shoot them
on sight" (not "told to shoot on sight"), a throat to be cut, violence
wished ("I hope the rapist's daughter gets raped"; not "...gets killed off
next season"), a bomb put in a mosque, "whoever reported this should be
next" (not "...next in line"). Revision 172, from a blind probe of local
news and sport: tyres doomed on a car known, a brick wished through a
window, people to be run off the road (not "I was nearly run off the road"),
a home wished ablaze or to be burnt down, a slap promised on sight, not
walking out "next time he shows his face" (not "...without an apology").
Revision 173, from a blind probe of long comments: hanging and where from
("...strung up from the town hall balcony"), "needs a bullet" (not "...a
bullet point"), "welcome to a bullet", harm to the reader's daughter "I'll
make sure of", someone urged to find out where a reporter lives, and "better
yet, burn them all to the ground" (not "...burn it down groups").
Revisions 176-181, from blind probes of health, school, housing, sport,
court, faith, crime and election threads: windows named then "be a shame
if they all got broken", life support pulled on people in intensive care,
bones deserved broken, a river hoped to sweep them away, a reporter's
street posted "just putting it out there", a weapon brought "next time they
block my road", a cyclist knocked off his bike, "should have gassed the
lot", a reader's family found "would be a shame", a reader reported to
their employer and dared, "let Gaza burn, every last one of them", a place
set on fire by the author, boats sunk with people on them, "do to that MP
what happened to Jo Cox" (not "nobody should..."), where someone drinks
known "just saying", a rifle bought "you've been warned"; a death wished on
someone by role (nurses, landlords, clergy among the persons) or after
what they did, illness wished on someone's children.
"""

from __future__ import annotations

import re

from commentdesk.scoring.cues import any_cue
from commentdesk.scoring.peoples import DESCRIBING, PEOPLES, people_at
from commentdesk.scoring.spelling import GROUPS
from commentdesk.textnorm import Normalized, disjoint, replace_words

MEANT = "i will hurt you"

_VEILED = re.compile(
    r"""(?x)
      \bwatch\s+(?:your|his|her|their)\s+backs?\b
        # not the physio's advice: "watch your back when lifting boxes"
        (?!\s+(?:(?:when|while)\s+(?:lifting|bending|carrying|shovel+ing|gardening|you\s+(?:lift|bend|carry))
        |muscles|posture|and\s+(?:knees|neck)))
    | \b(?:i|we)(?:\s+know|'ll\s+find\s+out|\s+will\s+find\s+out|\s+found\s+out
        |'m\s+going\s+to\s+find\s+out|\s+am\s+going\s+to\s+find\s+out|'re\s+going\s+to\s+find\s+out)
        \s+where\s+
        (?:you|he|she|they|(?:your|his|her|their|the|that|this)\s+(?:[a-z]+'s\s+)?[a-z]+)
        \s+(?:live|lives|work|works|sleep|sleeps|go\s+to\s+school|goes\s+to\s+school|park|parks
        |walk|walks|play|plays)\b
    | \bsee\s+what\s+happens\s+to\s+(?:you|him|her|them)\b
    # "One more article like this and you're dead."
    | \bone\s+more\s+[a-z]+(?:\s+like\s+(?:this|that))?,?\s+and\s+(?:you're|you\s+are|you'll\s+be
        |you\s+will\s+be|he's|she's|they're)\s+(?:dead|a\s+dead\s+(?:man|woman))\b
    # A weapon brought where people meet: "I'm bringing my rifle to the council meeting".
    | \b(?:i'm|i\s+am|i'll|i\s+will|we're|we\s+are|we'll|we\s+will)\s+(?:going\s+to\s+|gonna\s+)?
        (?:bring|bringing|take|taking|carry|carrying)\s+(?:my|a|our)\s+(?:loaded\s+)?(?:guns?|rifles?
        |shotguns?|pistols?|knife|knives|machetes?|ar-?15|ak-?47|weapons?)\s+to\s+(?:the|your|tomorrow's
        |this|next|that|their)\s+(?:[a-z]+\s+)?(?:meeting|rally|march|office|school|mosque|synagogue
        |church|protest|vigil|hearing|debate|parade|event|newsroom|town\s+hall|surgery)\b
    | \b(?:(?:i'm|i\s+am|we're|we\s+are)\s+coming|(?:when\s+(?:we|i|they)|(?:we|i)(?:'ll|\s+will))
        \s+come)\s+for\s+(?:you|him|her|them|(?:your|his|her|their)\s+(?:kids|children|family|families
        |wife|husband|daughters?|sons?|parents|mother|mum|mom))\b(?!['’]|\s+(?:in|at|on)\s)
    | \bmake\s+(?:you|him|her|them)\s+pay\b
        (?!\s+(?:their|your|his|her|the|a|all|more|tax|taxes|rent|back|up|attention|its|at|in|on
          |with|through|when|next|come|for\s+(?:the|their|your|his|her|its|our))\b)
    | \byou(?:\s+and\s+(?:your|all\s+your)\s+(?:family|kids|children|wife|husband|friends
        |colleagues|kind))?
        (?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|\s+gonna)\s+pay\s+for\s+(?:this|that)
        (?:\s+(?:article|comment|column|story|post|piece|lie|lies|rubbish))?(?=\s*(?:$|[.!?,;:]))
    # "It would be a shame if something happened to your printing press" (0.38):
    # the whole of what it names (its opening, ``_SHAME_OPENING``, joins it).
    | \b(?:shame|pity)\s+if\s+(?:something|anything)\s+(?:bad\s+)?
        (?:happened|were\s+to\s+happen|happens)\s+to\s+(?:(?:you|him|her|them)\b
        |(?:your|his|her|their)\s+(?:printing\s+press|[a-z]+))
    | \b(?:shame|pity)\s+if\s+(?:it|that|this|(?:your|his|her|their)\s+(?:[a-z]+\s+)?[a-z]+)\s+
        (?:caught\s+fire|burned\s+down|burnt\s+down|went\s+up\s+in\s+flames|blew\s+up|got\s+torched
        # "Nice house you have. Would be a pity if it burned."
        |burned(?=\s*(?:$|[.!?]))|burnt(?=\s*(?:$|[.!?]))|burned\s+to\s+the\s+ground
        # "...if your printing press had an accident"
        |had\s+an?\s+(?:little\s+|nasty\s+|unfortunate\s+|terrible\s+)?accident(?=\s*(?:$|[.!?]))
        |got\s+(?:smashed|wrecked)\s+up)
    # The family named, then "be a shame if anything happened": "your kids look
    # lovely in their school photos. Be a shame if anything happened."
    | \b(?:your|ur)\s+(?:kids|children|family|wife|husband|daughters?|sons?|house|home|car|office
        |dog)\b[^\n]{0,80}?\b(?:shame|pity)\s+if\s+(?:something|anything)\s+(?:bad\s+)?
        (?:happened|were\s+to\s+happen|happens)\b
        (?=\s*(?:$|[.!?,;]|to\s+(?:them|him|her|it|you|your|ur)\b))
    | \b(?:your|ur|his|her|their|the\s+[a-z]+'s)\s+(?:kids|children|daughters?|sons?|wife|husband
        |girlfriend|boyfriend)\s+(?:walks?|goes|go|gets?|rides?|cycles?)\s+(?:home\s+)?
        (?:(?:from|to)\s+school\s+)?alone\b
        (?=[^.!?]*?(?:(?:don't|doesn't|didn't)\s+(?:they|he|she)|right|huh|eh)\s*\?)
    | \bsleep\s+with\s+one\s+eye\s+open\b
    | \b(?:i|we)\s+know\s+(?:which|what)\s+school\s+(?:your|his|her|their)\s+(?:kids|children|son|
        daughter|boy|girl|grandkids)\s+(?:go|goes|attend|attends)(?:\s+to)?\b
    | \b(?:i|we)\s+know\s+(?:which|what)\s+(?:car|truck|bus|train|route|gym|church|street|house)\s+
        (?:you|he|she|they|(?:your|his|her|their|the|that|this)\s+[a-z]+)\s+(?:drive|drives|take|takes|use|uses|
        live\s+on|lives\s+on|live\s+in|lives\s+in|go\s+to|goes\s+to|park|parks)\b
    | \b(?:people|men|women|folks|guys|others|reporters|journalists)\s+have\s+(?:gone\s+missing|
        disappeared|died|been\s+(?:hurt|killed|shot|found\s+dead))\s+for\s+less\b
    | \baccidents\s+(?:can\s+|do\s+|tend\s+to\s+)?happen\s+to\s+[a-z]+\s+
        (?:like\s+(?:you|him|her|them)|who\s+(?:ask|asks|talk|talks|snoop|snoops|snitch|snitches|meddle|meddles|pry|pries|dig|digs|
        write|writes|speak|speaks|poke|pokes|stick|sticks|don't\s+know\s+when)\b[^.!?,;:\n]*)
    | \b(?:people|folks|guys|men|women|reporters|journalists)\s+like\s+(?:you|him|her|them
        |(?:the|that|this)\s+(?:author|writer|reporter|journalist|columnist|editor|judge|mayor))\s+
        (?:(?:tend\s+to|often|usually|sometimes)\s+
        (?:disappear|go\s+missing|have\s+accidents|end\s+up\s+dead)
        |(?:tend\s+to\s+|often\s+|usually\s+|always\s+)?(?:end|ends|wind|winds)\s+up\s+
        (?:dead|(?:floating\s+|face\s+down\s+)?in\s+(?:a\s+)?(?:ditch|ditches|body\s+bags?|the\s+river
        |a\s+river|the\s+morgue|a\s+coffin|coffins|the\s+ground|shallow\s+graves?|a\s+shallow\s+grave)
        |floating\s+in\s+(?:the|a)\s+(?:river|canal|harbour|harbor|lake|sea)))\b
    | \b(?:we|i)\s+have\s+(?:our\s+|my\s+)?ways\s+of\s+dealing\s+with\s+(?:you|him|her|them
        |people|[a-z]+\s+like\s+(?:you|him|her|them))\b
    # Care told to someone named at the end: "Be careful walking to your car at
    # night, reporter." (not "...at night; the lot's lights are broken")
    | \bbe\s+(?:very\s+|really\s+|extra\s+)?careful\s+(?:walking|driving|going|getting)\s+
        (?:to\s+(?:your|ur)\s+car|home|alone|out)\b[^.!?;\n]{0,30}?,\s+
        (?:stringer|alderman|smith|editor|judge|writer|author|columnist|reporter|journalist|councillor
        |councilor|mayor|lady|buddy|pal|sweetheart|honey|sweetie|[a-z]+\s+boy|[a-z]+\s+girl)
        (?=\s*(?:$|[.!?]))
    # Windows named, then their breaking regretted: "The developer's house has
    # a lot of windows. Be a shame if they all got broken." (TOXICITY 0.06)
    | \b(?:windows?|house|home|car|shop|office|van)\b[^\n]{0,80}?\b(?:shame|pity)\s+if\s+
        (?:they|it)\s+(?:all\s+)?(?:got|were|was)\s+(?:broken|smashed(?:\s+up)?|torched|burnt|burned)
        (?=\s*(?:$|[.!?]))
    # Life support switched off by the author: "I'd happily pull the plug on
    # every Tory in intensive care" (TOXICITY 0.43); not a show's host, whom
    # a network pulls the plug on.
    | \b(?:i'd|i\s+would|i'll|i\s+will|we\s+should|someone\s+should)\s+(?:happily\s+|gladly\s+)?
        pull\s+the\s+plug\s+on\s+[a-z ]{1,40}?\s+
        (?:in\s+(?:intensive\s+care|icu|(?:the\s+)?hospital)|on\s+(?:a\s+)?life\s+support)\b
    # "I'll be waiting for you after the meeting, and I won't be alone."
    | \b(?:i'll|i\s+will|we'll|we\s+will)\s+be\s+waiting\s+for\s+(?:you|him|her|them)\b
        [^.!?\n]{0,50}?\band\s+(?:i|we)\s+(?:won't|will\s+not|wont)\s+be\s+alone\b
    | \b(?:i'd|i\s+would)\s+be\s+(?:very\s+|really\s+)?careful\s+
        [^.!?\n]{0,40}?\b(?:alone|at\s+night|after\s+dark|around\s+here)\b[^.!?\n]{0,20}?
        \bif\s+i\s+(?:were|was)\s+you\b
    | \b(?:you're|you\s+are|ur|you\s+r)\s+(?:a\s+)?dead\s+(?:man|men|meat|woman)\b
    | \benjoy\s+(?:your|his|her|their)\s+last\s+
        (?:breaths?|days?\s+alive|days?\s+on\s+earth|moments)\b
    # Harm told as what comes of going on: "that journalist is going to get hurt
    # if she keeps digging"
    # (speaking, asking, digging: not "...if you keep climbing that fence")
    | \b(?:is|are|'s|'re|will|'ll)\s+(?:going\s+to\s+|gonna\s+)?get\s+(?:hurt|killed|shot)\s+if\s+
        (?:he|she|they|you)\s+(?:keeps?|continues?\s+to|carries\s+on|carry\s+on|doesn't\s+stop|don't\s+stop)
        \s+(?:digging|writing|asking|talking|poking|snooping|reporting|publishing|posting|speaking
        |running\s+(?:his|her|their|your)\s+mouths?)\b
    # Threats to reporters in the words they get: "journalists like you will get
    # what's coming" (not "the killer will get what's coming to him": justice)
    | \b(?:you|[a-z]+\s+like\s+you)
        (?:'ll|\s+will|\s+are\s+going\s+to|'re\s+going\s+to|\s+are\s+gonna)\s+get\s+what(?:'s|\s+is)\s+coming(?:\s+to\s+(?:you|them))?\b
    | \b(?:i|we)\s+know\s+(?:your|ur)\s+(?:car|route|address|schedule|daily\s+routine|routine
        |license\s+plate|number\s+plate|plate)\b(?!\s+(?:is|was|are|were|has|had|and\s+i)\b)
    | \b(?:better|should|might\s+want\s+to|ought\s+to)\s+start\s+(?:his|her|your|their)\s+car
        \s+(?:very\s+)?carefully\b
    | \bcheck\s+under\s+(?:your|his|her|their)\s+car\b
        (?!\s+for\s+(?:leaks?|oil|fluids?|rust|damage))
    | \b(?:someone|somebody|people)(?:'ll|\s+will|\s+is\s+going\s+to|\s+are\s+going\s+to)
        \s+find\s+out\s+where\s+(?:you|he|she|they|(?:your|his|her|their|this|that|the)\s+[a-z]+)\s+(?:live|lives)\b
    # Where a reporter's children go to school, told: "The reporter's kids go
    # to Hillside Primary. Just saying." (TOXICITY 0.11)
    | \b(?:your|ur|his|her|their|the\s+(?:reporter|journalist|stringer|editor|writer|author
        |columnist|judge|mayor|councillor|councilor|senator|minister|alderman)'s)\s+
        (?:kids|children|daughters?|sons?|boys?|girls?)\s+(?:go|goes|attend|attends)\s+(?:to\s+)?(?:[a-z]+\s+){1,2}?(?:primary|elementary|academy|high|middle
        |school|nursery|kindergarten)\b(?:\s+school)?[^.!?\n]{0,30}[.!?]?\s*(?:just\s+saying|think\s+about\s+it
        |nice\s+school|lovely\s+school|food\s+for\s+thought|remember\s+that)\b
    # "I will find you." said alone (TOXICITY 0.9, THREAT under the band);
    # not "I'll find you a copy".
    | \b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to
        |\s+are\s+going\s+to)\s+(?:find|hunt\s+down|track\s+down)\s+you(?:\s+(?:all|both|people))?(?=\s*(?:$|[.!]))
    # A weapon pictured or named beside a promise to meet: "🔪🔪 see you soon,
    # journo" (read as "knives see you soon...", TOXICITY 0.05)
    | \b(?:knife|knives|gun|guns|bomb|bombs|coffin|coffins|grave|graves|noose|nooses|bullet
        |bullets)\b[^.!?\n]{0,20}?\b(?:see\s+you\s+(?:soon|tonight|tomorrow|around|later|on\s+[a-z]+)|(?:we're|i'm)
        \s+coming\s+for\s+you|you're\s+next|you\s+are\s+next)\b
    | \b(?:see\s+you\s+(?:soon|tonight|tomorrow|around|later)|you're\s+next|you\s+are\s+next)
        [\s,.!]{0,4}(?:[a-z]+[\s,.!]{1,3})?(?:knife|knives|gun|guns|bomb|bombs|coffin|coffins|noose|nooses)\b
    # "I'd love to see the president's head on a spike" (TOXICITY 0.25)
    | \b(?:see|put|want|wants)\s+(?:his|her|their|your|the\s+[a-z]+'s|[a-z]+'s)\s+heads?\s+on\s+
        (?:a|the)\s+(?:spike|spikes|pike|pikes|stake|platter)\b
    # "Ballots or bullets, your choice, senator." (not the speech's title alone)
    | \b(?:ballots?\s+or\s+bullets?|the\s+ballot\s+or\s+the\s+bullet)\b[\s,.!-]{0,4}
        (?:your\s+choice|you\s+choose|pick\s+one|take\s+your\s+pick|choose)\b
    # A visit urged where someone lives: "The mayor's house is on Maple Drive,
    # number 12. Go pay her a visit." (TOXICITY 0.12); not a grandmother's
    | \b(?:lives|house\s+is|home\s+is|address\s+is|flat\s+is|office\s+is)\s+(?:on|at|in)\s+
        [^\n]{0,30}?\b(?:street|st|road|rd|drive|dr|avenue|ave|lane|ln|close|crescent|way|court|place|number\s+\d+|\d+)\b
        [^\n]{0,40}?\b(?:go|let's|lets|someone\s+should|somebody\s+should|we\s+should|you\s+should)\s+(?:and\s+)?
        pay\s+(?:her|him|them)\s+a\s+(?:little\s+|late-night\s+|friendly\s+)?visit\b
    # "I know who the moderator is and where she works" (TOXICITY 0.29)
    | \b(?:i|we)\s+know\s+who\s+(?:you|the\s+[a-z]+|that\s+[a-z]+|this\s+[a-z]+)\s+(?:is|are)
        \s+and\s+where\s+(?:you|he|she|they)\s+(?:live|lives|work|works|sleep|sleeps)\b
    # "Delete my comment again and you'll regret it" (TOXICITY 0.15); not
    # "eat that cake and you'll regret it" (no act of the newsroom's)
    | \b(?:delete|remove|ban|block|censor|moderate)\b[^.!?\n]{0,30}\band\s+(?:you|he|she|they)
        (?:'ll|\s+will)\s+(?:regret\s+it|be\s+sorry|pay\s+for\s+it)\b
    # Rape threatened as a lesson: "Hope someone shows her what a real man is,
    # in a dark alley" (SEVERE_TOXICITY 0.46)
    | \b(?:show|shows|teach|teaches)\s+(?:her|them|you|that\s+[a-z]+)\s+what\s+a\s+real\s+man\s+
        (?:is|can\s+do|does|feels\s+like)\b
    # Put in her place by force: "She needs to be put in her place, by force if necessary"
    | \bput\s+in\s+(?:her|their|his|your)\s+place\b[,\s]{0,3}(?:by\s+force|with\s+(?:a\s+)?
        (?:fists?|belt|beating|slap|stick))\b
    # "Write one more article like this and it'll be your last."
    | \b(?:write|say|post|publish|print|do)\s+(?:one\s+more|another)\b[^.!?\n]{0,40}?\band\s+
        (?:it|that)(?:'ll|\s+will|\s+is\s+going\s+to)\s+be\s+(?:your|his|her|their)\s+(?:last|final)
        (?:\s+(?:one|article|column|story|piece|post))?(?=\s*(?:$|[.!,;]))
    """
)


def _told(cues: str, pattern: str) -> tuple[tuple[str, ...], re.Pattern[str]]:
    return tuple(cues.split("|")), re.compile(pattern, re.VERBOSE)


# Told what is coming: "the editor had better hire bodyguards", "we'll show
# you what real violence looks like", "watch what happens to your kids",
# "we'll make sure none of them get home safe". Each pattern with the cues
# one of which it needs: an alternation of them all cost every comment with
# any cue 180 us (Python's re tries each alternative at each position).
# Someone named in a stock phrase of harm: a pronoun, or a person by what
# they are or do ("that paedophile", "the journalist", read by then as the
# press's stand-in, "stringer"); not "this spreadsheet".
_SOMEONE_NAMED = r"""(?:you|him|her|them|(?:that|this|the|those|these)\s+(?:[a-z]+\s+)?
        (?:stringers?|aldermen|alderman|smith|whigs?|paedos?|pedos?|paedophiles?|pedophiles?|nonces?|rapists?|murderers?|killers?|thugs?
        |scumbags?|bastards?|creeps?|animals?|monsters?|traitors?|cowards?|idiots?|morons?|guys?|man|men
        |woman|women|judges?|reporters?|journalists?|editors?|mps?|councillors?|politicians?|mayors?
        |writers?|authors?|columnists?))"""
_TOLD = (
    # Protection advised: "you'd better hire some bodyguards", "the judge
    # better have good security after this ruling" (THREAT 0.03); not "the
    # stadium better have good security for the final".
    _told(
        "security|bodyguard|police protection",
        # (the whole of "you'd": "youi will hurt you" was read before)
        r"""(?:(?:\b(?:you|he|she|they|we)(?:'d|\s+had)|'d|\bhad)\s+better
        |\b(?:(?:you|he|she|they|we)\s+)?(?:might|may)\s+want\s+to)\s+(?:hire|get|find)\s+
        # ("protection" alone is also against rain or the sun)
        (?:some\s+|a\s+)?(?:bodyguards?|security
        |police\s+protection)\b(?!\s+(?:software|updates?|patch|patches|camera|cameras|system|for\s+(?:your|the)))
        # ...said of someone named, with any amount of it, where the clause ends
        | \b(?:you|he|she|they|(?:that|this|the)\s+(?:judge|mayor|reporter|journalist|editor|writer
        |author|senator|councillor|councilor|governor|minister|columnist|prosecutor|jurors?|witness))
        (?:'d|\s+had|'ll|\s+will|\s+would)?\s+(?:better|need\s+to|want\s+to)\s+(?:have|hire|get)\s+
        (?:(?:really\s+)?good|lots\s+of|plenty\s+of|some|a\s+lot\s+of|extra|a\s+good|more|round-the-clock)\s+
        (?:security|bodyguards?|police\s+protection)\b
        # (said of the person, not of their computer: "...better get some security software")
        (?=\s*(?:$|[.!?,;]|(?:after|because|when|once|now|from|if|then)\b))""",
    ),
    _told(
        "what happens to",
        r"""\b(?:watch\s+what\s+happens\s+to\s+(?:you|him|her|them)|(?:see|watch)\s+what\s+happens\s+to\s+
        (?:your|his|her|their)\s+(?:family|kids|children|wife|husband|daughter|son|mother|mum|mom
        |loved\s+ones|house|home|car|office|offices|business|shop|store|newspaper|paper|newsroom|staff
        |reporters|printing\s+press|windows|door|tyres|tires|garden|dog|cat|pets|face|legs|kneecaps
        |van|truck))\b""",
    ),
    _told(
        "show you what|show them what|show him what|show her what",
        r"""\b(?:we'll|we\s+will|i'll|i\s+will)\s+show\s+(?:you|him|her|them)\s+what\s+(?:real\s+)?
        (?:violence|pain|suffering)\s+(?:looks\s+like|feels\s+like|is)\b""",
    ),
    _told(
        "deserve",
        r"""\bdeserves?\s+(?:a\s+(?:good\s+|proper\s+|real\s+)?(?:old[\s-]fashioned\s+)?(?:beating|lynching
        |kicking|thrashing|bullet
        |slap|punch|bullet\s+in\s+the\s+head)|to\s+be\s+(?:beaten\s+up|beaten(?:\s+(?:bloody|senseless
        |to\s+death|to\s+a\s+pulp|black\s+and\s+blue))?|shot|hanged|hung|lynched|strung\s+up|executed))\b
        (?!\s+(?:at|in|on)\s+(?:the\s+)?(?:polls|ballot|election|box|next|court)|\s+by\b
          |\s+points?\b|\s+train\b|\s+proof\b)""",
    ),
    # Which car is the reader's: "we know which car is yours, reporter"
    # (THREAT 0.02), as "we know where you live"; or whose tyres are doomed
    # (revision 172): "I know which car the referee drives, his tyres won't
    # last the week".
    _told(
        "which car|which house|which school|which door|which flat|which office|what car",
        r"""\b(?:i|we)\s+know\s+(?:exactly\s+)?which\s+(?:car|house|home|school|door|flat|apartment
        |office)\s+(?:is\s+yours|you\s+(?:drive|live\s+in|park)|your\s+(?:kids|children|daughter|son)
        \s+(?:go\s+to|goes\s+to|attend|attends))\b
        |\bknow\s+(?:which|what)\s+car\b[^.!?;\n]{0,40}?\b(?:drives|owns|parks)\b[^.!?\n]{0,4}?\s*
        (?:his|her|their|your|ur)\s+(?:tyres|tires|brakes|brake\s+lines?)\s+(?:won't|will\s+not|wont)\s+
        (?:last|hold|make\s+it)\b""",
    ),
    # What befalls informers: "you know what happens to snitches", "keep
    # talking and you'll find out what happens to rats" (THREAT 0.15).
    _told(
        "happens to",
        r"""\b(?:know|find\s+out|see|learn|remember|guess)\s+what\s+happens\s+to\s+(?:rats|snitches
        |grasses|traitors|informants|informers|troublemakers|people\s+like\s+you|your\s+kind
        |(?:journalists|reporters|writers|liars)\s+like\s+you)\b""",
    ),
    # A visit foretold: "one day someone is going to show up at your door"
    # (THREAT 0.16); not one on an errand ("...with a cake", "...asking you
    # to surrender your guns", "...to collect the rent").
    _told(
        "at your door|at your house|at your home|at your office|on your doorstep|on your door",
        r"""\b(?:someone|somebody|we|they|my\s+(?:boys|friends|guys|brothers|people))\s*
        (?:is\s+|are\s+|'s\s+|'re\s+)?(?:going\s+to|gonna|will|'ll)\s+(?:show\s+up|turn\s+up
        |come\s+knocking|be\s+knocking|pay\s+a\s+visit|be\s+waiting)\s+(?:at|on)\s+your\s+
        (?:door|doorstep|house|home|office)\b(?!\s+(?:with|asking|demanding|looking|to\s+[a-z]+))""",
    ),
    # Leaving dead: "you'll go home in a body bag", "he'll leave in a box".
    _told(
        "body bag|bodybag|in a box|coffin|casket",
        r"""\b(?:you|he|she|they|anyone|anybody|whoever|(?:who|that)(?:\s+[a-z']+){1,8}?)
        (?:'ll|\s+will|\s+is\s+going\s+to|\s+are\s+going\s+to|'re\s+going\s+to|\s+gonna)\s+
        (?:be\s+)?(?:leave|leaving|go\s+home|going\s+home|carried\s+out|come\s+out|coming\s+out
        |walk\s+out|leave\s+here)(?:\s+of\s+(?:here|there|(?:my|this|our|the)\s+[a-z]+))?\s+in\s+
        (?:an?\s+|the\s+)?(?:body\s*bag|box|coffin|casket|pine\s+box)\b""",
    ),
    # Leaving hurt, for coming near: "any Hindu who comes near my shop will
    # leave in an ambulance" (THREAT 0.05); not "patients who need care will
    # go home in an ambulance".
    _told(
        "ambulance|stretcher|body bag",
        # ...or the author meets him: "if I see that journalist at the game on
        # Saturday, he'll leave on a stretcher" (THREAT 0.07)
        # (revision 177: "if the chairman shows up at the ground again he'll
        # leave in an ambulance", THREAT 0.09)
        r"""\b(?:(?:who|that|if\s+(?:you|he|she|they|anyone|(?:the|that|this)\s+[a-z]+))\s+(?:ever\s+)?
        (?:comes?|came|shows?\s+up
        |sets?\s+foot|steps?|walks?\s+in|touches?|tries|try|dares?|shows?\s+(?:his|her|their|your)\s+face)
        |if\s+(?:i|we)\s+(?:ever\s+)?(?:see|catch|meet|find|spot|run\s+into|bump\s+into))
        \b[^.!?;]{0,60}?(?:'ll|\s+will|\s+is\s+going\s+to|\s+are\s+going\s+to|'re\s+going\s+to|\s+gonna)\s+
        (?:be\s+)?(?:leave|leaving|go\s+home|going\s+home|carried\s+out|come\s+out|walk\s+out
        |leave\s+here)(?:\s+of\s+(?:here|there|(?:my|this|our|the)\s+[a-z]+))?\s+(?:in|on)\s+
        (?:an?\s+|the\s+)?(?:ambulance|stretcher)\b
        # ...or made sure of (revision 165): "if the mayor shows up I'll make
        # sure he leaves on a stretcher" (THREAT 0.03)
        |\b(?:i'll|i\s+will|we'll|we\s+will|i'd|i\s+would|i'm\s+going\s+to|we're\s+going\s+to)\s+
        (?:make\s+sure|see\s+to\s+it|ensure)\s+(?:that\s+)?(?:he|she|you|they)\s+(?:leaves?|goes?\s+home
        |ends?\s+up|is\s+carried\s+out|are\s+carried\s+out|gets?\s+carried\s+out)(?:\s+of\s+(?:here|there))?
        \s+(?:in|on)\s+(?:an?\s+|the\s+)?(?:ambulance|stretcher|body\s+bag)\b""",
    ),
    # "The Jews in this town had better leave before we make them" (THREAT
    # 0.03): told to go, or else; not "...before the storm hits".
    _told(
        "better leave|better go|better get out|better run|better move|better pack",
        r"""\b(?:had|[a-z]+'d)\s+better\s+(?:leave|go|get\s+out|run|move\s+out|move\s+away|pack\s+up)\b
        (?:\s+[a-z']+){0,4}?,?\s+(?:before\s+(?:we|i)\s+(?:make|force|drag|throw|kick|run|burn|smoke|come\s+for
        |come\s+after|get\s+to)|or\s+else\b(?=\s*(?:$|[.!?;]))|or\s+(?:we|i)(?:'ll|\s+will)\s+(?:make|force|drag|throw|kick|run
        |burn|smoke|come))""",
    ),
    # "Every gay bar in this city deserves a pipe bomb" (THREAT 0.18): a bomb
    # is due to whoever is inside.
    _told(
        "deserve|needs|need ",
        r"""\b(?:deserves?|needs?)\s+(?:a\s+|an\s+)?(?:pipe\s+bomb|car\s+bomb|nail\s+bomb|bomb|firebomb
        |molotov(?:\s+cocktail)?|grenade|ied)s?\b
        # not "...a bomb shelter", nor "needs a bomb under it" (shaking up)
        (?!\s*-?\s*(?:proof|sniffing|squad|shelter|threat|scare|disposal|under)\b)""",
    ),
    # "What that reporter needs is a good beating" (not "...a good kicking at the polls").
    _told(
        "needs|need |could use",
        r"""\b(?:needs?|could\s+use)\s+(?:is\s+)?a\s+
        (?:(?:good\s+|proper\s+|real\s+)?(?:punch\s+in\s+the\s+face|bullet\s+in\s+the\s+head
          |bullet\s+between\s+the\s+eyes|(?:slap|smack)\s+(?:in|across)\s+the\s+face)
        # "whoever wrote this needs a bullet" (THREAT 0.48); not "...a bullet
        # point", "...a bullet list" (revision 173)
        |bullet(?=\s*(?:$|[.!?,;]))
        # a good slap, but not "a slap on the wrist", a light sentence
        |(?:good|proper|real)\s+(?:slap|smack)(?!\s+on\s+the\s+wrist))\b
        (?!\s+(?:at|in|on)\s+(?:the\s+)?(?:polls|ballot|election|box|next|court))""",
    ),
    # A good beating, needed by a person: a team's is a defeat ("the team needs
    # a good beating at home to wake them up").
    _told(
        "beating|lynching",
        # "Y'all need a good old-fashioned lynching" (PROFANITY 0.21, THREAT 0.1)
        r"""\b(?:you|u|y'all|yall|he|she|they|him|her|them|stringers?|smith|alderman|scum|thugs?|idiots?
        |morons?|[a-z]+(?:ist|ists|man|men|woman|women|or|ors|er|ers))\s+(?:needs?|could\s+use)
        \s+(?:is\s+)?a\s+(?:good\s+|proper\s+|real\s+)?(?:old[\s-]fashioned\s+)?(?:beating|lynching)\b
        (?!\s+(?:at|in|on)\s+(?:the\s+)?(?:polls|ballot|election|box|next|court|home))""",
    ),
    # "He had better watch himself walking home at night."
    _told(
        "better watch",
        r"\b(?:had|'d)\s+better\s+watch\s+(?:yourself|yourselves|himself|herself|themselves)\b",
    ),
    # "Give me five minutes alone with that paedophile."
    _told(
        "minutes alone",
        r"""\b(?:give\s+me|(?:i'd|i\s+would|we'd|we\s+would)\s+(?:love|like|kill\s+for)|all\s+i\s+want\s+is)
        \s+(?:five|ten|two|three|5|10|2|3|a\s+few)\s+minutes\s+alone\s+
        (?:in\s+a\s+room\s+)?with\s+"""
        + _SOMEONE_NAMED
        # not time asked for questions: "...with the senator to ask about the fund"
        + r"\b(?!\s+(?:to|and\s+(?:ask|talk|discuss|chat)|so\s+(?:i|we)\s+(?:could|can))\b)",
    ),
    # "Nobody would miss her if she disappeared tomorrow."
    _told(
        "miss ",
        r"\b(?:nobody|no\s+one|no-one)\s+(?:would|will|'d)\s+miss\s+"
        + _SOMEONE_NAMED
        + r"""\s+if\s+(?:you|he|she|they)\s+(?:disappeared|vanished|went\s+missing|were\s+gone
        |was\s+gone|died|never\s+came\s+back)\b""",
    ),
    # "I would make sure he never walked again."
    _told(
        "make sure",
        r"""\bmake\s+sure\s+(?:you|he|she|they)\s+(?:never|won't|can't|couldn't|wouldn't)\s+
        (?:walk|walks|walked|talk|talks|talked|see|sees|saw)\s+again\b""",
    ),
    # "A rope and a tree is all these traitors deserve."
    _told(
        "rope|noose",
        r"""\ba\s+(?:rope|noose)(?:\s+and\s+a\s+(?:tree|lamp\s*post|lamppost))?\s+(?:is|are)\s+
        (?:all|what|the\s+only\s+thing)\s+(?:[a-z']+\s+){1,4}?deserves?\b""",
    ),
    _told("address", r"\b(?:i|we)\s+know\s+(?:your|his|her|their)\s+(?:home\s+)?address\b"),
    _told(
        "a visit|a little visit",
        r"""\b(?:we'll|i'll|we\s+will|i\s+will)\s+be\s+paying\s+(?:you|him|her|them)\s+a\s+
        (?:little\s+)?visit\b
        # "someone should pay the judge a visit at home": a call on others, at someone's door.
        |\b(?:someone|somebody|some\s+of\s+us)\s+(?:should|needs\s+to|ought\s+to|will|'ll|is\s+going\s+to)
        \s+pay\s+(?:you|him|her|them|(?:the|that|this)\s+[a-z]+)\s+a\s+(?:little\s+)?(?:late-night\s+)?visit
        (?=\s+(?:at\s+(?:home|(?:his|her|their|your)\s+(?:home|house|place|door))|one\s+night|soon|tonight)\b)
        # "Let's pay the newsroom a visit with some baseball bats."
        |\b(?:let's|lets|let\s+us|we\s+should|we'll|we\s+will|i'll|i\s+will)\s+pay\s+(?:you|him|her|them
        |(?:the|that|this|their|his|her)\s+[a-z]+)\s+a\s+(?:little\s+)?visit\s+with\s+(?:some|our|my|a|the)\s+
        (?:baseball\s+)?(?:bats?|guns?|rifles?|knives|knife|crowbars?|hammers?|petrol|matches|torches
        |pitchforks|machetes?)\b
        # "Print one more lie and we'll pay your office a visit."
        |\b(?:(?:print|write|publish|post|tell)\s+(?:one|another)\s+(?:more\s+)?[a-z]+(?:\s+like\s+(?:this|that))?
        |keep\s+(?:it\s+up|this\s+up|lying|writing|printing|publishing|talking))\s+and\s+
        (?:we'll|i'll|we\s+will|i\s+will|we're\s+going\s+to|i'm\s+going\s+to)\s+pay\s+(?:you|him|her|them
        |(?:your|the|that|this|their|his|her)\s+[a-z]+)\s+a\s+(?:little\s+)?visit\b""",
    ),
    # Harm asked about, to the reader: "how would you like it if someone set
    # your car on fire?" (THREAT 0.22), "what if someone followed you home one
    # night?" (0.10); not "how would you like it if your taxes doubled?".
    _told(
        "like it if|what if some",
        r"""\b(?:how\s+would\s+(?:you|u)\s+like\s+it|what)\s+if\s+(?:someone|somebody|some\s+[a-z]+|i|we)\s+
        (?:set\s+(?:fire\s+to\s+)?|torched\s+|burned\s+(?:down\s+)?|burnt\s+(?:down\s+)?|smashed\s+(?:up\s+)?
        |slashed\s+|followed\s+|visited\s+|found\s+|came\s+for\s+|hurt\s+|beat\s+(?:up\s+)?|stabbed\s+|shot\s+
        |waited\s+for\s+|paid\s+|showed\s+up\s+at\s+|turned\s+up\s+at\s+)(?:you|u|your|ur)\b
        # not "...hurt your feelings", "...beat your record"
        (?!\s+(?:feelings|pride|ego|chances|reputation|business|sales|record|score|time|case|argument
        |credit|identity|idea|team))""",
    ),
    # "If I were you I'd start looking over my shoulder."
    _told(
        "over my shoulder|over your shoulder",
        r"""\b(?:if\s+i\s+were\s+(?:you|u)\s*,?\s+i'd|if\s+i\s+were\s+(?:you|u)\s*,?\s+i\s+would|you'd\s+better
        |you\s+better|you\s+should|better)\s+(?:start\s+)?(?:be\s+)?look(?:ing)?\s+over\s+(?:my|your|ur)\s+
        shoulder\b""",
    ),
    # What befell others for less: "people have disappeared for saying less than you".
    _told(
        "for saying|for writing|for doing|for posting|for publishing|for printing",
        r"""\b(?:people|others|men|women|journalists|reporters|folks|guys)\s+(?:have|'ve|has)\s+(?:been\s+)?
        (?:disappeared|died|killed|hurt|beaten|shot|ended\s+up\s+dead|gone\s+missing|vanished)\s+for\s+
        (?:saying|writing|doing|posting|publishing|printing)\s+(?:much\s+|a\s+lot\s+|far\s+)?less\b""",
    ),
    # Courage mocked before a visit: "you won't be so brave when we're at your door".
    _told(
        "so brave|so tough|so smug|so cocky|so funny|so clever|so smart|so brave|so big",
        r"""\b(?:you|u|he|she|they)\s+(?:won't|will\s+not|wont)\s+be\s+so\s+(?:brave|tough|smug|cocky|funny
        |clever|smart|big|mouthy)\s+when\s+(?:we|i|they|we're|i'm|they're|we\s+are|i\s+am|they\s+are)\s+
        (?:at|outside|on|come|show|turn|get|knock|find|catch|visit)""",
    ),
    # A house burnt with its owner inside: "I hope the editor's house burns
    # down with him in it" (THREAT 0.19).
    _told(
        "burn down|burns down|to the ground",
        # (Wished or promised, not what happened: "the barn burnt down with the animals inside".)
        r"""\b(?:burns?)\s+(?:down|to\s+the\s+ground)\s+with\s+(?:you|him|her|them
        |everyone|everybody|(?:the|that|this|your|his|her|their)\s+[a-z]+|all\s+of\s+(?:you|them))
        \s+(?:still\s+)?(?:in\s+it|inside(?:\s+it)?|in\s+there)\b""",
    ),
    # A last week foretold: "enjoy your last week at the paper, it'll be your
    # last week alive" (THREAT 0.02).
    _told(
        "last day|last week|last month|last year|last christmas|last night on|last day on",
        # (Promised, not told of the dead: "it was his last week alive, his family said".)
        r"""\b(?:[a-z]+'ll|will|is\s+going\s+to|[a-z]+'s\s+going\s+to|is\s+gonna|[a-z]+'s\s+gonna)\s+be\s+
        (?:your|his|her|their)\s+
        last\s+(?:day|week|month|year|christmas|weekend)
        \s+(?:alive|on\s+(?:this\s+)?earth|breathing|above\s+ground)\b""",
    ),
    _told(
        "your grave|own grave",
        r"(?:^|(?<=[.!?]\s))(?:start|go|better\s+start)\s+digging\s+your\s+(?:own\s+)?grave\b",
    ),
    # Regret promised for the writing: "You'll be sorry you wrote this"
    # (TOXICITY 0.16); not "you'll regret buying that car".
    _told(
        "be sorry|regret",
        r"""\byou(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:be\s+sorry|regret)\s+
        (?:(?:that\s+)?you\s+(?:ever\s+)?(?:wrote|said|posted|published|printed)|(?:ever\s+)?(?:writing|saying
        |posting|publishing|printing))\s+(?:this|that|it)\b""",
    ),
    _told(
        "regret it|be sorry",
        r"""\bif\s+i\s+(?:ever\s+)?(?:meet|see|find|catch|run\s+into)\s+you\b[^.!?\n]{0,30}?
        \byou(?:'ll|\s+will)\s+(?:regret\s+it|be\s+sorry)\b""",
    ),
    _told(
        "dead",
        r"""\bif\s+i\s+(?:ever\s+)?(?:meet|see|find|catch|run\s+into)\s+(?:you|him|her|them|
        (?:that|this|the)\s+[a-z]+)\b[^.!?\n]{0,40}?\b(?:you're|you\s+are|he's|he\s+is|she's|she\s+is
        |they're|they\s+are)\s+(?:a\s+)?dead(?:\s+(?:meat|man|woman))?\b""",
    ),
    _told("are numbered", r"\byour\s+days\s+are\s+numbered\b"),
    # Regret promised by the author: "I'm going to find you and make you regret
    # ever posting this", "you'll regret the day you crossed me"; not "we'll
    # make them regret it at the ballot box", nor "you'll regret skipping breakfast".
    _told(
        "regret",
        r"""\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to
        |\s+are\s+going\s+to|'m\s+gonna|'re\s+gonna|\s+gonna)\s+(?:personally\s+)?
        (?:(?:find|catch|track\s+down|hunt\s+down)\s+(?:you|him|her|them)\s+and\s+)?
        (?:make\s+(?:you|him|her|them)|make\s+sure\s+(?:that\s+)?(?:you|he|she|they)(?:'ll|\s+will)?)
        \s+regrets?\b
        (?![^.!?\n]{0,50}\b(?:polls?|ballot|vote|votes|voting|election|elections|court|market|price|prices)\b)
        |\b(?:you|he|she|they)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'s\s+going\s+to
        |\s+is\s+going\s+to|'re\s+gonna|'s\s+gonna)\s+regret\s+(?:ever\s+(?:crossing|messing\s+with
        |meeting|threatening|insulting|talking\s+to|mouthing\s+off\s+to|coming\s+after)\s+(?:me|us)
        |the\s+day\s+(?:you|he|she|they)\s+(?:crossed|messed\s+with|met|insulted|threatened|came\s+after)
        \s+(?:me|us))\b""",
    ),
    # "A bullet for every traitor", "a rope for each of them".
    _told(
        "bullet for|rope for|noose for|bullets for|ropes for|nooses for",
        r"""(?:^|(?<=[.!?,;:]\s)|(?<=[.!?,;:])|\b(?:just|only|and|then|so)\s+|\bi\s+say\s+)
        (?:a|one|the|some)?\s*(?:bullets?|ropes?|nooses?)\s+for\s+
        (?:every|each|all|the|those|these|them|him|her|you|every\s+last|each\s+and\s+every)\b""",
    ),
    _told(
        "out back|behind the barn",
        r"""\btake\s+(?:him|her|them|this\s+guy|that\s+guy|these\s+people)\s+out\s+
        (?:back|behind\s+the\s+barn)\b""",
    ),
    _told(
        "rope",
        r"""\b(?:grab|get|bring|fetch)\s+(?:the|a|some)\s+ropes?\b(?=[^.!?\n]{0,40}\b(?:visit
        |for\s+(?:him|her|them)|council|mayor|judge|senators?|politicians?|traitors?))
        # or the one meant named first: "We'll be at the mayor's house tonight. Bring a rope."
        | \b(?:mayor|alderman|smith|judge|senator|councillor|councilor|editor|reporter|stringer
          |traitor)
          (?:'s|s'|s)?\b[^\n]{0,80}?\b(?:grab|get|bring|fetch)\s+(?:the|a|some)\s+ropes?
          (?=\s*(?:$|[.!?]))""",
    ),
    # "The editor will pay for this with his blood" (THREAT 0.11); not a
    # price paid ("the soldiers paid with their lives").
    _told(
        "with his|with her|with their|with your|in blood",
        r"""\b(?:(?:[a-z]+'ll|will|shall|(?:is|are|am|[a-z]+'s|[a-z]+'re|i'm)\s+going\s+to|gonna|must|should)
        # or made to: "we will make them pay in blood" (0.26)
        |make\s+(?:you|him|her|them|(?:that|this|the|those)\s+[a-z]+))\s+pay\s+
        (?:for\s+(?:this|that|it)(?:\s+[a-z]+)?\s+)?(?:with\s+(?:his|her|their|your)\s+(?:blood|life|lives|necks?
        |heads?)|in\s+blood(?!\s*-?\s*(?:money|sugar|tests?|pressure|donations?)))\b""",
    ),
    # A jaw wired shut: "write one more article like this and you'll be eating
    # through a straw" (THREAT 0.04).
    _told(
        "a straw",
        r"""\b(?:you|he|she|they)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'s\s+going\s+to
        |\s+is\s+going\s+to|'re\s+gonna|'s\s+gonna)\s+be\s+(?:eating|drinking|sipping|having\s+(?:your|his
        |her|their)\s+meals)(?:\s+[a-z]+)?\s+(?:through|from|with)\s+a\s+straw\b""",
    ),
    # Arson foretold: "keep it up and your car might just catch fire one night"
    # (THREAT 0.23); not a warning about a battery ("your car might catch fire
    # if you leave it charging").
    _told(
        "catch fire|catches fire|burn down|burns down|in flames",
        r"""(?:\b(?:keep\s+(?:it\s+up|this\s+up|talking|writing|posting|lying)|one\s+more\s+[a-z]+
        (?:\s+like\s+(?:this|that))?)\s+and\s+|\b(?=(?:your|ur|his|her|their)\s+[a-z]+\s+[a-z']+\s+
        (?:(?:just|accidentally|mysteriously)\s+)?(?:catch\s+fire|burn\s+down|go\s+up\s+in\s+flames)
        \s+(?:one|some)\s+(?:night|day|evening)\b))
        (?:your|ur|his|her|their)\s+(?:car|house|home|office|shop|store|garage|newsroom|business)\s+
        (?:might|could|may|will|'ll)\s+(?:just\s+|accidentally\s+|mysteriously\s+)?
        (?:catch\s+fire|burn\s+down|go\s+up\s+in\s+flames)\b""",
    ),
    # "Any Sikh who comes here will get his throat cut" (THREAT 0.37), "you'll
    # get your legs broken" (0.46): harm promised in the passive; not what
    # happened ("he got his throat cut in prison"). Or deserved: "any ref who
    # gives that penalty deserves to have his legs broken" (revision 177).
    _told(
        "get his|get her|get their|get your|get ur|have his|have her|have their|have your",
        r"""\b(?:(?:[a-z]+'ll|will|(?:is|are|[a-z]+'s|[a-z]+'re)\s+going\s+to|gonna)\s+get
        |(?:deserves?|needs?|ought)\s+to\s+(?:have|get))\s+
        (?:his|her|their|your|ur)\s+(?:throats?\s+(?:cut|slit|slashed)|(?:heads?|skulls?|teeth|faces?)
        \s+(?:kicked|smashed|bashed|caved|knocked)\s+in|(?:legs?|arms?|necks?|knees|kneecaps?|fingers|jaws?
        |nose|ribs)\s+(?:broken|snapped|smashed))\b
        (?!\s+(?:politically|electorally|at\s+the\s+polls|in\s+the\s+polls|metaphorically))""",
    ),
    # "The next immigrant who steps on my lawn gets a bullet" (THREAT 0.45).
    _told(
        "a bullet",
        r"""\b(?:gets?|getting|will\s+get|[a-z]+'ll\s+get|gonna\s+get)\s+(?:a|the)\s+bullet\b
        (?!\s*(?:points?|proof|train|-proof))""",
    ),
    # "If that reporter shows his face here again, he's a dead man" (THREAT
    # 0.39); not the author's own ("if my wife finds out I'm a dead man").
    _told(
        "a dead man|a dead woman|dead meat",
        r"""\b(?:you're|you\s+are|you'll\s+be|you\s+will\s+be|he's|he\s+is|he'll\s+be|he\s+will\s+be
        |she's|she\s+is|she'll\s+be|she\s+will\s+be|they're|they\s+are|they'll\s+be|they\s+will\s+be)\s+
        (?:a\s+dead\s+(?:man|woman|men|women)|dead\s+meat)\b(?!\s+walking\s+(?:politically|electorally))""",
    ),
    # "Journalists like you end up in ditches" (THREAT 0.10): where people
    # like the reader end up, told them.
    _told(
        "end up in|ends up in|ended up in",
        # or like the one the author names: "people like this mayor end up in
        # ditches" (0.06)
        r"""\b[a-z]+\s+like\s+(?:you|u|him|her|them|(?:this|that|the)\s+[a-z]+)
        \s+(?:(?:will|tend\s+to|often|usually|always|sometimes)\s+)?end\s+up\s+(?:in\s+)?(?:a\s+)?
        (?:ditch|ditches|body\s*bags?|the\s+morgue|coffins?|the\s+river|shallow\s+graves?|graves?)\b""",
    ),
    # A visit at the door foretold: "one day you'll open your door and we'll be
    # standing there" (THREAT 0.34).
    _told(
        "open your door|open the door",
        r"""\b(?:you'll|you\s+will|you're\s+going\s+to|you\s+are\s+going\s+to)\s+open\s+(?:your|the)\s+
        (?:front\s+)?door\s+and\s+(?:we'll|we\s+will|i'll|i\s+will|someone\s+will|somebody\s+will
        |we're\s+going\s+to|they'll|they\s+will)\s+be\s+(?:standing|waiting)\s+(?:there|outside)\b""",
    ),
    # Waiting at someone's own door: "...if this isn't fixed by Friday, I'll be
    # waiting for him outside his house" (0.05); not to give them a lift.
    _told(
        "be waiting for",
        r"""\b(?:i'll|i\s+will|we'll|we\s+will|i'm\s+going\s+to|we're\s+going\s+to)\s+be\s+waiting\s+
        for\s+(?:you|him|her|them)\s+(?:outside|at|by|in\s+front\s+of)\s+(?:your|his|her|their)\s+
        (?:house|home|front\s+door|door|office|work|car|flat|apartment)\b
        (?!\s+(?:to\s+(?:pick|give|drive|take|bring|collect)|with\s+(?:a\s+)?(?:cake|flowers|coffee|the\s+car)))""",
    ),
    # "Enjoy your kids while you still can" (0.04): not the sunshine.
    _told(
        "while you still can|while you can|while u can",
        r"""\benjoy\s+(?:your|ur)\s+(?:kids|children|family|wife|husband|daughters?|sons?|legs|face
        |kneecaps|teeth|life)\s+while\s+(?:you|u)\s+(?:still\s+)?can\b""",
    ),
    # Acid wished on a face: "I hope someone throws acid in her face" (0.45).
    _told(
        "acid",
        r"""\b(?:hope|wish|pray|wouldn't\s+mind\s+if)\s+(?:that\s+)?(?:someone|somebody|some\s+one
        |a\s+[a-z]+)\s+(?:throws?|splashes?|pours?|chucks?|sprays?)\s+acid\s+(?:in|on|at|into|over)\s+
        (?:your|his|her|their|[a-z]+'s)\s+faces?\b""",
    ),
    # A fall wished with a smile: "wouldn't it be nice if that senator fell down
    # a flight of stairs" (0.01); not "...if the bus came on time".
    _told(
        "be nice if|be great if|be lovely if|be funny if|be a shame if|be a pity if"
        "|be hilarious if",
        r"""\b(?:wouldn't\s+it|it\s+would|it'd|would(?:n't)?\s+it)\s+be\s+(?:so\s+|really\s+)?
        (?:nice|great|lovely|funny|hilarious|a\s+shame|a\s+pity)\s+if\s+"""
        + _SOMEONE_NAMED
        + r"""\s+(?:accidentally\s+)?(?:fell|tripped|slipped
        |had\s+an?\s+(?:little\s+|nasty\s+)?accident|got\s+hit|was\s+hit|were\s+hit|got\s+run\s+over|was\s+run\s+over|went\s+missing
        |disappeared|had\s+a\s+heart\s+attack|caught\s+fire|drowned)\b""",
    ),
    _told(
        "home safe|home alive|home in one piece",
        r"""(?:\bmake\s+sure\s+(?:that\s+)?none\s+of\s+(?:them|you)\s+(?:gets?|makes?\s+it)
        |\b(?:you|they|he|she|none\s+of\s+(?:them|you))\s+(?:won't|will\s+not|wont|never)\s+
        (?:get|go|make\s+it))\s+home\s+(?:safe|safely|alive|in\s+one\s+piece)\b""",
    ),
    # Revision 144, from a fresh probe of veiled threats (each TOXICITY
    # 0.03-0.22 before). Arson with people inside: "someone should torch that
    # refinery with the owners inside".
    _told(
        "torch|burn|firebomb|petrol bomb",
        # (asked or promised; "...and burns down her home with her in it" is a report)
        r"""\b(?:torch|burn|firebomb|petrol\s+bomb)\s+
        (?:down\s+)?(?:[a-z']+\s+){0,3}?with\s+(?:the\s+|their\s+|his\s+|her\s+|your\s+)?(?:[a-z]+\s+)?
        (?:owners?|people|them|him|her|you|staff|family|families|workers|reporters|journalists|everyone
        |kids|children|editors?|occupants|congregation|worshippers)\s+(?:still\s+)?(?:inside|in\s+it)\b""",
    ),
    # A building of someone's called fuel: "your newsroom would make a nice
    # bonfire", "one match is all it takes to fix that mosque".
    _told(
        "bonfire|nice fire|good fire|blaze|one match|one spark|one lighter",
        r"""\b(?:(?:your|his|her|their|that|this|the)\s+(?:[a-z]+\s+)?(?:newsroom|office|offices|house|home
        |mosque|church|synagogue|temple|shop|paper|station|school|clinic|studio)\s+would\s+make\s+
        (?:a\s+)?(?:nice|good|great|lovely|beautiful|fine)\s+(?:bonfire|fire|blaze)
        |\bone\s+(?:match|spark|lighter|molotov)\s+(?:is\s+)?(?:all\s+it\s+takes|would\s+(?:fix|solve|sort))\b)""",
    ),
    # An accident wished as a pity: "it would be a tragedy if the editor's
    # brakes failed".
    _told(
        "brakes",
        r"""\b(?:shame|pity|tragedy)\s+if\s+(?:your|his|her|their|the\s+[a-z]+'s)\s+brakes\s+
        (?:failed|fail|were\s+cut|gave\s+out|went)\b""",
    ),
    # A weapon and time to use it: "I have a rifle and a lot of free time
    # this weekend".
    _told(
        "free time|time on my hands|nothing to lose",
        r"""\b(?:i|we)(?:'ve|\s+have|\s+got|\s+own)\s+(?:got\s+)?(?:a|an|my)\s+(?:rifle|gun|shotgun|pistol
        |knife|machete|bat|crossbow|handgun)\s+and\s+(?:a\s+lot\s+of\s+|plenty\s+of\s+|some\s+|lots\s+of\s+)?
        (?:free\s+time|time\s+on\s+my\s+hands|nothing\s+to\s+lose)\b""",
    ),
    # Found, then regret: "we'll find you, and when we do you'll regret it".
    _told(
        "find you|find him|find her|find them",
        # (not "we'll find you a seat, and you won't regret it")
        r"""\b(?:we|i)(?:'ll|\s+will|'re\s+going\s+to|'m\s+going\s+to)\s+find\s+(?:you|him|her|them)\b
        (?:\s+(?:soon|eventually|one\s+day|sooner\s+or\s+later))?\s*(?:,|\band\b)[^.!?\n]{0,30}?
        \b(?:you'll|you\s+will|he'll|she'll|they'll|you're\s+going\s+to)\s+(?:regret|pay\s+for|be\s+sorry
        |wish\s+(?:you|he|she|they)\s+(?:had|hadn't))\b""",
    ),
    # Bullets placed: "a few well placed bullets would solve the council's
    # problems".
    _told(
        "well placed|well-placed|well aimed|well-aimed",
        r"""\b(?:a\s+few|some|one|a|two|three)\s+well[\s-](?:placed|aimed)\s+(?:bullets?|shots?|rounds?
        |bombs?|rocks?|bricks?)\b""",
    ),
    # A last season wished on someone named: "enjoy your last summer, mayor".
    _told(
        "enjoy your last|enjoy ur last",
        r"""\benjoy\s+(?:your|ur)\s+last\s+(?:summer|christmas|day|days|week|weekend|birthday|year|holiday
        |month|spring|winter|autumn|election)\s*,\s*(?:mr\.?\s+|mrs\.?\s+|ms\.?\s+|madam\s+)?
        (?:mayor|alderman|reporter|journalist|editor|councillor|senator|judge|stringer|smith|whig
        |traitor|writer|columnist|author)\b""",
    ),
    # Where someone lives called easy to find: "your family's address isn't
    # hard to find".
    _told(
        "address",
        r"""\b(?:your|ur|his|her|their|the\s+[a-z]+'s)\s+(?:family's\s+|home\s+|kids'\s+|mother's\s+)?address
        \s+(?:isn't|is\s+not|wasn't|won't\s+be|will\s+not\s+be|ain't)\s+(?:that\s+|very\s+|so\s+)?
        (?:hard|difficult)\s+to\s+(?:find|get)\b""",
    ),
    # A blade foretold: "he'll get a knife in the ribs one of these days".
    _told(
        "knife in|blade in|bullet in",
        r"""\b(?:get|gets|getting|got|deserves?|needs?|catch|catches)\s+(?:a\s+)?(?:knife|blade|shiv|bullet)
        \s+in\s+(?:the|his|her|your|their|ur)\s+(?:ribs|back|gut|belly|head|chest|throat|neck|skull)\b""",
    ),
    # Revision 173, from a blind probe of long comments. A bullet offered as
    # the welcome: "Refugees welcome? Welcome to a bullet, more like."
    _told(
        "welcome to a|welcome to the",
        r"""\bwelcome\s+to\s+(?:a|the)\s+(?:bullet|noose|rope|firing\s+squad|gas\s+chambers?|gallows)\b""",
    ),
    # Harm to the reader's child foretold and promised: "...when it's your
    # daughter he goes after. I'll make sure of it."
    _told(
        "make sure of it",
        # (harm named between: "your daughter will love the fair. I'll make sure of it" is kind)
        r"""\byour\s+(?:daughter|son|kids|children|wife|husband|family|mum|mother|girlfriend)\b[^\n]{0,30}?
        \b(?:goes\s+after|go\s+after|comes\s+for|come\s+for|gets\s+hurt|get\s+hurt|is\s+next|are\s+next
        |suffers?|gets\s+attacked|pays)\b[^\n]{0,20}?[.!?;,]?\s*(?:i'll|i\s+will|we'll|we\s+will)\s+make\s+sure
        \s+of\s+it\b""",
    ),
    # A weapon brought round: "next time you post that, I'm coming round with a bat".
    _told(
        "coming round|coming over|coming around|coming to your",
        r"""\b(?:i'm|i\s+am|we're|we\s+are|i'll\s+be|we'll\s+be)\s+coming\s+(?:round|over|around
        |to\s+your\s+(?:house|place|home|door|office))\s+with\s+(?:a|my|the|some|our)\s+(?:baseball\s+)?
        (?:bat|bats|knife|knives|gun|guns|crowbar|hammer|machete|shotgun|rifle|axe|petrol|can\s+of\s+petrol)\b""",
    ),
    # A visit with a wink: "let's pay the editor a late-night visit", or one
    # to remember: "let's pay her a visit she won't forget" (THREAT 0.02).
    _told(
        "visit",
        r"""\b(?:pay|paying|pays)\s+(?:the\s+[a-z]+|that\s+[a-z]+|this\s+[a-z]+|him|her|them|you|'?em)\s+a\s+
        (?:(?:little\s+|late[\s-]night\s+|midnight\s+|friendly\s+|surprise\s+|personal\s+)+visit\b
        |visit\s+(?:that\s+)?(?:he|she|they|you)(?:'ll|\s+will)?\s+(?:won't|will\s+not|wont|never|'ll\s+never
        |will\s+never)\s+forget\b)""",
    ),
    # Revision 165, from a blind probe of threats to politicians (THREAT
    # 0.01-0.34 before). Lying in wait with a gift: "I'll be waiting for the
    # senator outside the town hall with something for him"; not "...with
    # flowers".
    _told(
        "be waiting for",
        # (outside, for someone else: "...waiting for you at the station with
        # something special" is a surprise)
        r"""\b(?:i'll|i\s+will|we'll|we\s+will)\s+be\s+waiting\s+for\s+(?:him|her|them
        |(?:the|that|this)\s+[a-z]+)\s+outside\b[^.!?\n]{0,40}?\bwith\s+something
        \s+for\s+(?:him|her|them)\b""",
    ),
    # The author's fist: "I'd happily kick the chancellor's teeth in" (THREAT
    # 0.34); not "they kicked our teeth in at the weekend", a score.
    _told(
        "teeth in|head in|face in|skull in",
        r"""\b(?:i'd|i\s+would|i'll|i\s+will|i'm\s+going\s+to|i'm\s+gonna|we'll|we\s+will
        |(?:someone|somebody)\s+(?:should|needs\s+to|ought\s+to))
        \s+(?:happily\s+|gladly\s+|love\s+to\s+|like\s+to\s+)?(?:kick|knock|punch|smash|bash|cave)\s+
        (?:your|his|her|their|ur|(?:the|that|this)\s+[a-z]+'s|[a-z]+'s)\s+(?:teeth|head|face|skull)\s+in\b""",
    ),
    # "I'd give that anchor something to cry about."
    _told(
        "something to cry about",
        r"""\b(?:i'll|i\s+will|i'd|i\s+would|we'll|we\s+will|i'm\s+going\s+to|i'm\s+gonna
        |(?:someone|somebody)\s+(?:should|needs\s+to|ought\s+to))\s+(?:happily\s+)?give\s+
        (?:you|him|her|them|(?:that|this|the)\s+[a-z]+)\s+something\s+to\s+cry\s+about\b""",
    ),
    # Dragged out to be dealt with: "time to drag the president out and deal
    # with him ourselves"; not "drag the bins out and deal with the recycling".
    _told(
        "drag",
        r"""\bdrag\s+(?:him|her|them|you|(?:the|that|this)\s+[a-z]+)\s+out\b[^.!?;\n]{0,30}?\band\s+
        (?:deal\s+with|hang|beat|lynch|string\s+up|finish\s+off|shoot|kill)\s+(?:him|her|them|you)\b""",
    ),
    # An executioner's tool as the cure: "a guillotine in the square would sort
    # out this cabinet" (THREAT 0.01).
    _told(
        "guillotine|gallows|firing squad|lynch mob",
        r"""\b(?:a|the|some)\s+(?:guillotines?|gallows|firing\s+squads?|lynch\s+mobs?)\b[^.!?;\n]{0,30}?
        \b(?:would|will|could|'d|'ll|should)\s+(?:soon\s+)?(?:sort\s+out|fix|solve|deal\s+with|take\s+care\s+of
        |sort|cure)\s+(?:them|him|her|you|(?:this|that|the|these|those|our|their)(?:\s+[a-z]+)?)\b""",
    ),
    # Harm wished through indifference: "I wouldn't shed a tear if someone
    # torched the congressman's house with him inside" (THREAT 0.19); not
    # "...if the bill died", nor "...if they shot the film here".
    _told(
        "shed a tear|lose sleep|lose any sleep|t mind if|not mind if",
        r"""\b(?:i|we)\s+(?:wouldn't|would\s+not|wouldnt|won't|will\s+not|wont)\s+(?:shed\s+a\s+(?:single\s+)?tear
        |lose\s+(?:any\s+)?sleep|mind)\s+if\s+(?:someone|somebody|anyone|they|he|she|you|[a-z]+)\s+
        (?:(?:killed|stabbed|lynched|murdered|strangled)\s+(?:him|her|them|you|(?:the|that|this)\s+[a-z]+)\b
        |(?:shot|beat\s+up|ran\s+over|hanged|hung)\s+(?:him|her|them|you)\b
        |(?:torched|burned|burnt|firebombed|bombed)\b[^.!?;\n]{0,40}?\bwith\s+(?:him|her|them|you)\s+(?:in\s+it|inside)\b
        |(?:died|got\s+(?:killed|shot|stabbed|lynched|murdered|hurt|beaten(?:\s+up)?))\b)""",
    ),
    # Comings and goings watched: "the councillor should be careful walking
    # home after dark, just saying" (THREAT 0.08); "you'd better be careful
    # walking to your car at night".
    _told(
        "careful",
        r"""\b(?:should|'d\s+better|had\s+better|better|needs?\s+to|want\s+to|might\s+want\s+to)\s+be\s+
        (?:very\s+|really\s+|extra\s+)?careful\s+(?:walking|driving|going|getting)\s+(?:to\s+(?:your|his|her
        |their|ur)\s+car|home|alone|out)\b[^.!?;\n]{0,30}?(?:,|\.|;|\s-)?\s*(?:just\s+saying|i'm\s+just\s+saying
        |that's\s+all\s+i'm\s+saying)\b
        |\b(?:'d\s+better|had\s+better)\s+be\s+(?:very\s+|really\s+|extra\s+)?careful\s+(?:walking|driving
        |going|getting)\s+(?:to\s+(?:your|his|her|their|ur)\s+car|home|alone|out)\b[^.!?;\n]{0,20}?
        \b(?:at\s+night|after\s+dark|alone)\b""",
    ),
    # Guards kept close: "the governor had better keep his guards close,
    # people are angry" (THREAT 0.05).
    _told(
        "guards close|guard close|security close|bodyguards close",
        r"""\b(?:'d\s+better|had\s+better|better|should|might\s+want\s+to)\s+keep\s+(?:his|her|their|your)
        \s+(?:guards?|bodyguards?|security)\s+(?:close|near|around)\b""",
    ),
    # What comes of a school found: "...won't be smiling when we find out
    # where his kids go to school"; or a home to be found, urged on others
    # (revision 173): "somebody should find out where she lives and explain a
    # few things to her" (THREAT 0.08).
    _told(
        "find out where",
        r"""\b(?:when|once|after)\s+(?:we|i)\s+find\s+out\s+where\s+(?:you|he|she|they|(?:your|his|her|their)
        \s+[a-z]+)\s+(?:live|lives|work|works|sleep|sleeps|go\s+to\s+school|goes\s+to\s+school)\b
        |\b(?:someone|somebody|some\s+of\s+us|people|we)\s+(?:should|needs\s+to|need\s+to|ought\s+to|must)
        \s+find\s+out\s+where\s+(?:she|he|they|you|the\s+[a-z]+|this\s+[a-z]+|that\s+[a-z]+)\s+(?:lives?
        |works?|sleeps?|parks?)\b""",
    ),
    # Revision 168, from a blind probe of crime and religion threads (THREAT
    # 0.02-0.36 before). Killing on sight, ordered: "drag queens are paedos,
    # shoot them on sight"; not "the officers were told to shoot on sight".
    _told(
        "on sight",
        # (a person: "kill any bindweed on sight" is gardening)
        r"""\b(?:shoot|kill|hang|lynch|stab|gun\s+down)\s+(?:them|him|her|'?em|(?:every|each)\s+one\s+of\s+them)
        \s+on\s+sight\b""",
    ),
    # A throat to be cut: "that lawyer defending him should have her throat cut".
    _told(
        "throat cut|throat slit|throats cut|throats slit|head cut off|head chopped off"
        "|heads cut off",
        r"""\b(?:should|must|needs?\s+to|deserves?\s+to|ought\s+to|would|'d)\s+(?:all\s+)?have\s+(?:his|her|their)\s+
        (?:throats?\s+(?:cut|slit)|heads?\s+(?:cut|chopped|hacked)\s+off)\b""",
    ),
    # Violence wished on someone: "I hope the rapist's daughter gets raped"
    # (THREAT 0.27); not "I hope the shooter gets caught".
    _told(
        "gets raped|get raped|gets killed|get killed|gets shot|get shot|gets stabbed|get stabbed"
        "|gets murdered|get murdered|gets lynched|get lynched|gets beaten|get beaten",
        r"""(?:\b(?:i|we)\s+(?:really\s+|sincerely\s+|truly\s+)?)?\b(?:hope|wish|pray)\s+(?:that\s+)?
        (?:you|he|she|they|(?:your|his|her|their|the\s+[a-z]+'s|[a-z]+'s)\s+(?:[a-z]+\s+)?[a-z]+)\s+
        (?:all\s+)?(?:gets?|got)\s+(?:raped|killed|shot|stabbed|murdered|lynched
        |beaten\s+(?:up|to\s+death|to\s+a\s+pulp|senseless))\b
        # (a character written out: "I hope he gets killed off next season";
        # a defeat: "I hope they get killed at the polls")
        (?!\s+off\b|\s+(?:at|in)\s+(?:the\s+)?(?:polls|elections?|ballot\s+box|vote|primar(?:y|ies)|game
        |match|final|playoffs|derby|league|standings|ratings|debate)\b)""",
    ),
    # A bomb placed: "put a bomb in that mosque and see how they like it" (THREAT 0.14).
    _told(
        "a bomb in|a bomb under|bomb in the|bomb under the",
        # (urged or promised: "someone had put a bomb in the car" reports)
        r"""(?:^|(?<=[.!?,;]\s)|\b(?:let's|lets|we\s+should|someone\s+should|somebody\s+should|i'll|i\s+will
        |we'll|we\s+will|i'd|i\s+would|gonna|going\s+to|should|must|just)\s+)
        (?:put|plant|place|leave|stick|throw)\s+(?:a|the|some)\s+bombs?\s+(?:in|under|inside|outside)\s+
        (?:that|the|their|this|every|your|his|her)\s+(?:[a-z]+\s+)??[a-z]+\b""",
    ),
    # Told who is next: "whoever reported this should be next" (THREAT 0.02);
    # not "whoever wins should be next in line".
    _told(
        "be next",
        r"""\b(?:whoever\s+(?:[a-z']+\s+){1,5}?|(?:the|that|this)\s+(?:reporter|journalist|writer|author|editor
        |moderator|judge|columnist|stringer)\s+(?:[a-z']+\s+){0,4}?)(?:should|will|could|is\s+going\s+to
        |deserves\s+to|needs\s+to)\s+be\s+next(?=\s*(?:$|[.!?,;]))""",
    ),
    # Revision 172, from a blind probe of local news and sport (THREAT
    # 0.02-0.19 before).
    # A brick wished through a window: "whoever runs this council deserves a
    # brick through their window".
    _told(
        "brick through",
        r"""\b(?:deserves?|needs?|should\s+get|will\s+get|'ll\s+get|is\s+getting|'s\s+getting)\s+(?:a\s+)?bricks?
        \s+through\s+(?:his|her|their|your|ur|the)\s+(?:front\s+)?(?:windows?|windscreen|door)\b""",
    ),
    # Driven off the road, asked for: "cyclists should be run off the road,
    # every one of them"; not "I was nearly run off the road by a lorry".
    _told(
        "off the road",
        r"""\b(?:should|must|deserve\s+to|deserves\s+to|need\s+to|needs\s+to|ought\s+to)\s+(?:all\s+)?be\s+
        (?:run|driven|knocked|forced)\s+off\s+the\s+road\b""",
    ),
    # Someone's home wished ablaze: "the developer's house would look better
    # on fire"; "burn the referee's house down"; and arson ordered of what
    # was just named (revision 173): "stop funding mosques. Better yet, burn
    # them all to the ground" (THREAT 0.40).
    _told(
        "on fire|in flames|house down|home down|car down|shop down|office down|to the ground"
        "|burn them|burn it",
        r"""\b(?:his|her|their|your|[a-z]+'s)\s+(?:house|home|car|shop|office|flat|place)\s+would\s+look\s+
        (?:better|nicer|good|great|lovely|best)\s+(?:on\s+fire|in\s+flames|burning)\b
        |(?:^|(?<=[.!?,;]\s)|\b(?:let's|lets|we\s+should|someone\s+should|i'll|i\s+will|we'll|gonna|just)\s+)
        burn\s+(?:the\s+[a-z]+'s|that\s+[a-z]+'s|his|her|their|your|[a-z]+'s)\s+(?:house|home|car|shop|office|flat
        |place)\s+down\b
        |(?:^|(?<=[.!?,;:]\s)|\b(?:better\s+yet|or\s+better|let's|lets|just|we\s+should|someone\s+should)
        ,?\s+)burn\s+(?:them|it|'em)\s+(?:all\s+)?(?:to\s+the\s+ground|down)\b
        # (an order that ends its clause: not "...marxist, burn it down groups")
        (?=\s*(?:$|[.!?,;]))""",
    ),
    # A slap promised on sight: "if I see that traffic warden again he's
    # getting a slap".
    _told(
        "getting a|get a|gets a",
        r"""\bif\s+(?:i|we)\s+(?:ever\s+)?(?:see|catch|meet|spot)\b[^.!?;\n]{0,50}?\b(?:he|she|they|you)
        (?:'s|'re|\s+is|\s+are|'ll|\s+will)\s+(?:getting|get|gets)\s+(?:a\s+)?(?:good\s+)?(?:slap|smack|kicking
        |beating|hiding|punch|thrashing|clip|battering)\b""",
    ),
    # Not walking out, next time: "next time that linesman shows his face here
    # he won't walk out".
    _told(
        "his face|her face|their face|your face",
        r"""\b(?:next\s+time|if|when)\b[^.!?;\n]{0,30}?\bshows?\s+(?:his|her|their|your)\s+faces?\b
        [^.!?;\n]{0,30}?\b(?:he|she|they|you)\s+(?:won't|will\s+not|wont)\s+(?:walk|leave|get|go)\s+
        (?:out|away|home)\b(?!\s+(?:with|empty-handed|without))""",
    ),
    # Revision 177, from blind probes of sport and of climate, transport and
    # court threads. Swept away, hoped for: "Gypsy camps on the flood plain? Hopefully the
    # river sweeps them all away." (TOXICITY 0.35)
    _told(
        "sweeps|washes|swallows|wipes them|takes them|carries them",
        r"""\b(?:hope|hopefully)\b[^.!?\n]{0,20}?\b(?:the\s+)?(?:river|flood|floods|sea|tide|storm|tsunami
        |fire|volcano|earthquake)\s+(?:sweeps|washes|takes|wipes|carries|swallows)\s+(?:them|him|her|you
        |the\s+lot)(?:\s+all)?\s+(?:away|out)\b""",
    ),
    # A reporter's street, posted with a nod: "The reporter who wrote this
    # lives on Elm Street. Just putting it out there." (TOXICITY 0.03)
    _told(
        "out there|just saying|food for thought|think about it|what you will",
        r"""\b(?:lives?|works?|house\s+is|home\s+is)\s+(?:on|in|at)\s+(?:[a-z]+\s+){1,2}(?:street|st|road|rd
        |avenue|ave|drive|lane|close|crescent|way|terrace|grove|gardens)\b[^\n]{0,40}?\b(?:just\s+(?:putting
        \s+(?:it|that)\s+out\s+there|saying)|food\s+for\s+thought|think\s+about\s+it|(?:do|make)\s+(?:of|with)\s+
        (?:that|it)\s+what\s+you\s+will)\b""",
    ),
    # A weapon brought for whoever does it again: "Next time the protesters
    # block my road I'm bringing a baseball bat." (THREAT under the band);
    # not "next time I go camping I'm bringing a knife".
    _told(
        "baseball bat|crowbar|machete|shotgun|rifle| gun| knife",
        r"""\b(?:next\s+time|if|when)\b[^.!?\n]{0,40}?\b(?:block|blocks|comes?|shows?\s+up|tries|try|parks?
        |cuts?\s+me\s+up|does\s+that|do\s+that|says\s+that|touch|touches)\b[^.!?\n]{0,30}?\b(?:i'm|i\s+am|i'll
        |i\s+will|we're|we\s+are|we'll|we\s+will)\s+(?:going\s+to\s+|gonna\s+)?(?:bring|bringing|take|taking
        |grab|grabbing|get|getting|use|using)\s+(?:a|my|the|our)\s+(?:baseball\s+bat|crowbar|machete|shotgun
        |rifle|gun|knife)\b""",
    ),
    # A massacre wished done already: "The whole away end was full of
    # animals, should have gassed the lot." (THREAT 0.17)
    _told(
        "gassed|lynched|exterminated|butchered|slaughtered|hanged",
        r"""\b(?:should|ought\s+to|shoulda)\s+(?:have|'ve|of)\s+(?:gassed|lynched|exterminated|butchered
        |slaughtered|hanged)\s+(?:them|him|her|you|the\s+lot|every\s+(?:last\s+)?one)
        (?:\s+(?:all|of\s+them))?\b""",
    ),
    # Revision 178, from blind probes of faith and conflict threads and of
    # replies to readers. A reader's family found, then a shame: "I found
    # your Facebook, cute kids. Would be a shame." (TOXICITY 0.39)
    # Revision 186: a relative's walk home regretted in advance, "That
    # reporter's daughter is pretty, it'd be a shame if she walked home
    # alone." (0.37); the relative named first, and the walk where the
    # sentence ends (not "...home alone in this rain, give her a lift").
    _told(
        "a shame|a pity",
        r"""\b(?:found|know|seen|saw)\s+(?:your|ur)\s+(?:facebook|instagram|profile|address|house|home|kids
        |children|family|wife|husband)\b[^\n]{0,60}?\b(?:would|'d|it'd|it\s+would)\s+be\s+a\s+(?:shame|pity)
        (?=\s*(?:$|[.!]))
        |\b(?:daughters?|sons?|wife|husband|kids|children|girlfriend|boyfriend|mum|mother|sister)\b[^\n]{0,80}?
        \b(?:shame|pity)\s+if\s+(?:she|he|they)\s+(?:walked|walks|went|goes|had\s+to\s+walk|were\s+to\s+walk)\s+
        home\s+alone(?=\s*(?:$|[.!]))""",
    ),
    # A reader reported to their employer, and dared: "I'm screenshotting
    # this and sending it to your employer, then we'll see how brave you are."
    _told(
        "employer|your boss|your work|your family",
        r"""\b(?:send|sending|report|reporting|forward|forwarding|contact|contacting|email|emailing|show|showing)
        \b[^.!?\n]{0,20}?\b(?:your|ur)\s+(?:employer|boss|work|workplace|family)\b[^.!?\n]{0,40}?\b(?:see\s+how
        \s+(?:brave|tough|smart|funny|clever|big|smug)\s+you\s+are|you'll\s+regret|you\s+will\s+regret
        |watch\s+what\s+happens)\b""",
    ),
    # A people, or a place's people, left to burn: "Let Gaza burn, every
    # last one of them." (TOXICITY 0.58)
    _told(
        "every last one|all of them|the lot",
        r"""\blet\s+(?:them|(?:[a-z]+\s+){1,2})(?:all\s+)?(?:burn|starve|die|rot|drown|freeze)\b[\s,.;-]{1,4}
        (?:every\s+(?:last\s+)?one(?:\s+of\s+them)?|all\s+of\s+them|the\s+lot(?:\s+of\s+them)?)\b""",
    ),
    # Revision 179, from a blind probe of crime and immigration threads. A
    # place where people are set alight by the author: "I'd set the asylum
    # hotel on fire myself if I had the chance." (TOXICITY 0.15)
    _told(
        "on fire",
        r"""\b(?:i'd|i\s+would|i'll|i\s+will|we'd|we'll|we\s+will)\s+(?:happily\s+|gladly\s+|personally\s+)?
        (?:set|put)\s+(?:the|that|this|their|those|these|every)\s+(?:[a-z]+\s+){0,2}?(?:hotels?|mosques?
        |synagogues?|church|churches|hostels?|centres?|centers?|camps?|house|home|building|office|newsroom
        |clinic)\s+on\s+fire\b""",
    ),
    # Boats sunk with people on them: "Send them back in boats and sink the
    # boats." (TOXICITY 0.14); revision 183: "Put the lot of them on a boat
    # and sink it halfway." (0.10)
    _told(
        "sink",
        r"""\bsend\s+them\s+(?:all\s+)?back\b[^.!?\n]{0,30}?\bsink\s+(?:them|(?:the|their)\s+(?:boats?|dinghies
        |dinghy))\b|\bsink\s+(?:the|their|those|these)\s+(?:boats?|dinghies|dinghy)\s+with\s+them\s+
        (?:on|in|aboard|still)\b
        |\b(?:put|stick|load|send|throw)\s+(?:them|the\s+lot(?:\s+of\s+them)?|them\s+all|all\s+of\s+them
        |every\s+(?:last\s+)?one\s+of\s+them)\s+(?:all\s+)?(?:on|in|into|onto)\s+(?:a|the)\s+(?:boat|dinghy
        |ship|raft|barge)\b[^.!?\n]{0,20}?\bsink\s+(?:it|them|the\s+(?:boat|dinghy|ship|raft|barge))\b""",
    ),
    # Revision 181, from a blind probe of election threads. A murder named as
    # what should be done: "Someone should do to that MP what happened to Jo
    # Cox." (TOXICITY 0.03)
    _told(
        "what happened to|what was done to",
        # (not "nobody should do to that MP what...")
        r"""(?<!\bnobody\sshould\s)(?<!\bno\sone\sshould\s)(?<!\bnever\s)(?<!\bnot\s)
        \b(?:do|did|does|doing)\s+to\s+(?:you|him|her|them|(?:that|this|the)\s+[a-z]+)\s+what\s+
        (?:happened|was\s+done)\s+to\b""",
    ),
    # Where someone drinks or shops, known, then a nod: "I know where that
    # councillor drinks on a Friday. Just saying." (TOXICITY 0.06)
    _told(
        "just saying|been warned|watch out|be careful",
        r"""\b(?:i|we)\s+know\s+where\s+(?:you|he|she|they|(?:your|his|her|their|the|that|this)\s+[a-z]+)\s+
        (?:drinks?|eats?|shops?|goes|go|runs?|jogs?|trains?|prays?|walks?\s+(?:the|his|her|their|your)\s+dogs?)
        \b[^\n]{0,40}?\b(?:just\s+saying|(?:you've|you\s+have)\s+been\s+warned|watch\s+out|be\s+careful)\b""",
    ),
    # A gun bought against an outcome, with a warning: "If she wins, I'm buying
    # a rifle. You've been warned." (TOXICITY 0.39)
    _told(
        "been warned|consider yourself",
        r"""\b(?:i'm|i\s+am|i'll|i\s+will|we're|we'll)\s+(?:going\s+to\s+|gonna\s+)?(?:buy|buying|get|getting
        |load|loading)\s+(?:a|my|our|some)\s+(?:guns?|rifles?|shotguns?|pistols?|weapons?|ammo|ammunition)\b
        [^\n]{0,40}?\b(?:(?:you've|you\s+have|you\s+all\s+have)\s+been\s+warned|consider\s+yourselves?\s+warned)\b""",
    ),
    # "I'll knock the next one off his bike" (after "cyclists are parasites").
    _told(
        "knock",
        r"""\b(?:i'll|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to|we'll|we\s+will|i'd)\s+
        (?:happily\s+|gladly\s+|personally\s+)?knock\s+(?:you|him|her|them|the\s+next\s+one
        |(?:that|the|any|every)\s+(?:[a-z]+\s+)?[a-z]+)\s+off\s+(?:his|her|their|your|the)\s+
        (?:bike|bicycle|feet|scooter|horse)\b""",
    ),
    # Revision 183, from blind probes of sport, court, crime and local
    # threads (each TOXICITY 0.08-0.92, THREAT under the band). A beating
    # given as someone's due: "The ref should be dragged off the pitch and
    # given a proper kicking in the car park" (not "the team got a kicking").
    _told(
        "kicking|hiding|beating|battering|pasting",
        r"""\b(?:should|needs?\s+to|ought\s+to|deserves?\s+to|wants?\s+to)\s+be\s+(?:[a-z]+\s+){0,8}?
        given\s+a\s+(?:proper\s+|good\s+|right\s+|real\s+|sound\s+|severe\s+)?(?:kicking|hiding|beating
        |battering|pasting)\b""",
    ),
    # A blow as someone's due: "Every last one of those protesters deserves a
    # baton to the skull."
    _told(
        "deserve|needs a|need a|could do with",
        r"""\b(?:deserves?|deserved|needs?|could\s+do\s+with)\s+(?:a|an)\s+(?:good\s+)?(?:baton|bat|brick
        |bullet|boot|crowbar|hammer|fist|kick|punch|slap|smack|machete|knife|axe)\s+(?:to|in|round|across
        |through)\s+(?:the|his|her|their|your)\s+(?:skull|head|face|teeth|mouth|jaw|nose|knees|back)\b""",
    ),
    # Told to watch himself on the way home: "That judge needs to watch
    # himself walking home, people know his face now" (not "watch yourself
    # on the ice").
    _told(
        "watch himself|watch herself|watch themselves|watch yourself",
        r"""\b(?:needs?\s+to|had\s+better|'d\s+better|better|should|wants?\s+to|ought\s+to)\s+watch\s+
        (?:himself|herself|themselves|yourself)\b(?=\s*(?:$|[.!,;]|walking|going|on\s+(?:the|his|her|your
        |their)\s+way|at\s+night|after\s+dark|from\s+now\s+on))""",
    ),
    # A visit to teach someone manners: "Someone needs to pay a visit to the
    # reporter who wrote this and teach her some manners" (TOXICITY 0.28).
    _told(
        "visit",
        r"""\bpay(?:s|ing)?\s+a\s+(?:little\s+|late-night\s+|friendly\s+)?visit\s+to\s+(?:the|that|this|her
        |him|them)\b[^.!?\n]{0,60}?\bteach\s+(?:her|him|them|you)\s+(?:some\s+manners|a\s+lesson
        |some\s+respect|manners|respect)\b""",
    ),
    # A family burned out of its home: "The defendant's family should be
    # burned out of their house, every one of them."
    _told(
        "burned out|burnt out|burn them out|burn him out|burn her out|firebombed",
        # (a family by whose it is: "each Roma family should be burned out" is
        # read by _DUE_HARM, as killing a people)
        r"""\b[a-z]+'s\s+(?:family|families|household|relatives|kids|children)\s+
        (?:should|ought\s+to|needs?\s+to|deserves?\s+to)\s+be\s+(?:burned|burnt|firebombed)
        (?:\s+out(?:\s+of\s+(?:their|his|her|your)\s+(?:house|home|homes|houses|flat|street))?)?
        (?=\s*(?:$|[.!,;]|out\b))|\bburn\s+(?:them|him|her)\s+out\b""",
    ),
    # A building burned with people inside, wished: "the best thing that
    # could happen to this town is if the mosque burned down with them in it"
    # (TOXICITY 0.08).
    _told(
        "with them in|with them inside|with him in|with her in|with everyone in|with them still",
        r"""\b(?:burn(?:ed|t|s)?\s+down|burn(?:ed|t)?\s+to\s+the\s+ground|went\s+up\s+in\s+flames
        |go(?:es)?\s+up\s+in\s+flames|blew\s+up|blows\s+up|caught\s+fire|catches\s+fire|collapsed)\s+
        with\s+(?:them|him|her|everyone|all\s+of\s+them|the\s+lot)\s+(?:still\s+)?(?:in|inside)(?:\s+it)?\b""",
    ),
    # Waiting outside for someone who "won't walk away this time": "I'll be
    # waiting outside the courthouse for him. He won't walk away this time."
    _told(
        "be waiting",
        r"""\b(?:i'll|i\s+will|we'll|we\s+will)\s+be\s+waiting\s+(?:outside\s+(?:the\s+)?[a-z]+\s+)?for\s+
        (?:you|him|her|them)\b[^\n]{0,50}?\b(?:won't|will\s+not|wont)\s+(?:walk\s+away|get\s+away
        |be\s+so\s+lucky|know\s+what\s+hit)\b""",
    ),
    # Blood promised, the author first: "there'll be blood on the streets,
    # and I'll be the first" (not the forecast alone).
    _told(
        "be blood",
        r"""\bthere(?:'ll|\s+will|\s+is\s+going\s+to)\s+be\s+blood(?:\s+(?:on|in)\s+the\s+streets?
        |\s+spilt|\s+spilled)?\b[^.!?\n]{0,20}?\b(?:i'll|i\s+will)\s+be\s+(?:the\s+)?first\b""",
    ),
    # Hanging, in its stock words: "the only cure for people like the mayor
    # is a long drop and a short rope" (TOXICITY 0.50).
    _told(
        "short rope|sudden stop",
        r"""\b(?:a\s+)?long\s+drop\s+(?:and|on)\s+a\s+short\s+rope\b|\bshort\s+drop\s+and\s+a\s+sudden\s+stop\b""",
    ),
    # "You're not even worth the bullet."
    _told(
        "worth the|worth a",
        r"""\b(?:you're|you\s+are|ur|u\s+r|he's|he\s+is|she's|she\s+is|they're|they\s+are)\s+not\s+(?:even\s+)?
        worth\s+(?:the|a)\s+(?:bullet|rope|ammo|cost\s+of\s+(?:a|the)\s+bullet)\b""",
    ),
    # Revision 184, from a blind probe of arts, schools, business and local
    # threads. Crippling promised: "If I see that MP in town I'm going to
    # make sure he can't walk for a month" (TOXICITY 0.32).
    _told(
        "make sure",
        r"""\bmake\s+sure\s+(?:he|she|you|they|(?:that|this|the)\s+[a-z]+)\s+(?:can't|cannot|won't|will\s+never
        |never)\s+(?:walk|talk|see|work|play|write|speak|stand|eat|type)\s+(?:again|properly|straight
        |for\s+a\s+(?:week|month|year|while|long\s+time))\b""",
    ),
    # A family made to watch: "The referee's kids should be made to watch
    # what happens to their dad." (TOXICITY 0.30)
    _told(
        "watch what happens",
        r"""\bmade\s+to\s+watch\s+what\s+(?:happens|we\s+do|they\s+do)\s+to\s+(?:their|his|her|your)\s+
        (?:dad|father|mum|mom|mother|parents|family|wife|husband|kids|children|sons?|daughters?)\b""",
    ),
    # Revision 185, from a blind probe of American news threads. A killing
    # asked as a favour: "Somebody should do the world a favor and take out
    # the judge." (TOXICITY 0.12)
    _told(
        "a favor|a favour",
        r"""\bdo\s+(?:the\s+world|us\s+all|everyone|everybody|society|humanity|the\s+country|america)\s+a\s+
        favou?r\s+and\s+(?:take\s+out|get\s+rid\s+of|shoot|kill|off|eliminate|whack|waste)\s+"""
        # (someone named, not "...and take out the trash")
        + _SOMEONE_NAMED
        + r"\b",
    ),
    # A weapon brought to a meeting: "I'll be at the school board meeting
    # with my AR. Let's see them vote for this then." (TOXICITY 0.18)
    _told(
        "rifle| gun|shotgun|pistol|glock|machete|weapon|my ar|my ak|my piece|my bat|a bat",
        r"""\b(?:i'll|i\s+will|we'll|we\s+will|i'm\s+going\s+to|we're\s+going\s+to)\s+be\s+at\s+(?:the|tomorrow's
        |tonight's|this|next|their|that)\s+(?:[a-z]+\s+){0,3}?(?:meeting|rally|hearing|protest|march|vote|session
        |event|count|polling\s+station|office)\s+with\s+(?:my|our|a|an)\s+(?:ar|ar-?15|ak|ak-?47|rifle|gun|guns
        |shotgun|pistol|piece|weapon|glock|bat|machete)\b""",
    ),
    # A family to pay for the author's words: "Your family will pay for what
    # you wrote." (TOXICITY 0.78)
    _told(
        "will pay|'ll pay|going to pay|gonna pay",
        r"""\b(?:your|ur|his|her|their)\s+(?:family|families|kids|children|wife|husband|daughters?|sons?|parents
        |loved\s+ones)\s+(?:will|'ll|are\s+going\s+to|is\s+going\s+to|are\s+gonna|is\s+gonna)\s+
        pay\s+for\s+(?:what\s+(?:you|he|she|they)\s+(?:wrote|said|did|posted|published|printed|write|say|do)
        |this|that|it|(?:your|his|her|their)\s+(?:words|lies|article|column|story|comments?|post|sins|crimes))\b""",
    ),
    # What is coming, hoped for a reporter or an official (not for an
    # offender: "I hope the killer gets what's coming to him" is justice).
    _told(
        "what's coming|what is coming",
        r"""\b(?:hope|hoping|can't\s+wait\s+(?:until|till|for))\s+(?:you|(?:that|this|the)\s+(?:stringers?
        |alderman|aldermen|reporters?|journalists?|editors?|writers?|authors?|columnists?|judges?|mps?
        |councillors?|mayors?|presenters?|referees?|ref|woman|lady|girl|man|guy|bloke|moderators?))\s+
        (?:gets?|receives?)\s+what(?:'s|\s+is)\s+coming\s+to\s+(?:you|him|her|them)\b""",
    ),
)
# Veiled threats with cues of their own, in a pattern of their own, so the
# common cues above ("back", "know") do not make every comment pay for them.
_VEILED_MORE = re.compile(
    r"""(?x)
      \b(?:your|his|her|their)\s+(?:family|families|kids|children|wife|husband|daughter|son|mother|
        mum|mom|loved\s+ones)\s+(?:isn't|aren't|is\s+not|are\s+not|won't\s+be|will\s+not\s+be|
        (?:is|are)\s+no\s+longer)\s+safe(?:\s+(?:anymore|any\s+more|now))?(?=\s*(?:$|[.!]))
    | \b(?:you|he|she|they|(?:this|that|the)\s+[a-z]+)\s+(?:won't|will\s+not|wont)\s+
        (?:live\s+to\s+see|see|make\s+it\s+to|survive)\s+
        (?:the\s+end\s+of\s+(?:the|this)\s+(?:week|day|month|year)|tomorrow|next\s+(?:week|month|year)
        |christmas|the\s+weekend|another\s+(?:day|week))\b
    | \b(?:have|got|own|bought|carry)\s+(?:a|my)\s+(?:gun|rifle|shotgun|pistol|knife|machete|bomb)\b
        [^.!?\n]{0,40}?\bknow\s+where\s+(?:the|your|that|this|his|her|their)\s+[a-z]+\s+(?:is|are|lives?)\b
    """
)
# What is coming to someone, told: their own cues, so that words as common as
# "find" and "make sure" do not make every comment pay for the idioms above.
_COMING = re.compile(
    r"""(?x)
    # Hands laid on someone, and what follows: "you'll be sorry when I get my
    # hands on you", "once we get our hands on him...".
      \b(?:when|once|if|till|until)\s+(?:i|we)\s+get\s+(?:my|our)\s+hands\s+on\s+
        (?:you|him|her|them)\b
    # Found, then the regret: "I'm going to find you, and you'll regret it".
    | \b(?:i'm|i\s+am|i'll|i\s+will|we'll|we\s+will|we're|we\s+are)\s+(?:going\s+to\s+|gonna\s+)?
        (?:find|hunt\s+down|track\s+down|come\s+for)\s+(?:you|him|her|them)\b(?!\s+(?:a|an|some|one|the)\b)
        [^.!?\n]{0,30}?
        \b(?:you|he|she|they)(?:'ll|\s+will)\s+(?:regret\s+it|be\s+sorry|pay)\b
    # The regret first: "you're going to regret writing this when we find you".
    | \b(?:you|he|she|they)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'s\s+going\s+to
        |\s+is\s+going\s+to|'re\s+gonna|'s\s+gonna)\s+(?:regret|be\s+sorry\s+about)\b[^.!?\n]{0,40}?
        \b(?:when|once|after)\s+(?:i|we)\s+(?:find|catch|get\s+(?:my|our)\s+hands\s+on|track\s+down)
        \s+(?:you|him|her|them)\b
    # Death foretold to the reader with a vow: "you will die, I promise", "mark
    # my words, you're going to die soon" (not "you will die someday, we all do").
    | \byou(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'re\s+gonna|\s+are\s+gonna)\s+die\b
        (?=[,\s]*(?:i\s+promise|i\s+swear|mark\s+my\s+words|trust\s+me|soon|tonight|tomorrow
        |by\s+my\s+hand|slowly|painfully|like\s+a\s+dog)\b)
    | \b(?:i\s+promise|i\s+swear|mark\s+my\s+words)[,\s]+
        you(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'re\s+gonna|\s+are\s+gonna)\s+die\b
        (?!\s+(?:of|from|laughing|happy|old|rich|poor|alone|waiting|trying|before|in\s+peace)\b)
    # Family lost to someone who keeps on: "you won't see your kids again if
    # you keep writing this"; not "...if you move abroad".
    | \byou(?:'ll|\s+will)?\s+(?:won't|will\s+not|wont|never|'ll\s+never|will\s+never)\s+see\s+
        (?:your|ur)\s+(?:kids|children|family|wife|husband|daughter|son|mother|mum|mom|loved\s+ones)
        \s+(?:again|alive)\b(?=[^.!?\n]{0,10}\bif\s+you\s+(?:keep|don't\s+stop|do\s+not\s+stop
        |carry\s+on|continue|publish|print|post|write)\b)
    # What becomes of someone who keeps on: "keep writing articles like this and
    # you will end up in a ditch", "keep talking and someone will get hurt".
    | \bkeep\s+(?:it\s+up|this\s+up|talking|writing|posting|lying|running\s+your\s+mouth|
        (?:writing|posting|publishing)(?:\s+[a-z]+){1,3}?(?:\s+like\s+(?:this|that))?)\s+and\s+
        (?:you|he|she|they|someone|somebody)
        (?:'ll|\s+will|(?:'s|'re|\s+is|\s+are)\s+(?:going\s+to|gonna))\s+(?:end\s+up\s+(?:dead|in\s+(?:a|the)\s+(?:ditch|river|hospital
        |morgue|grave|body\s+bag|wheelchair))|get\s+hurt|regret\s+it|be\s+sorry|never\s+walk\s+again)\b
    # Harm made certain: "I will personally make sure every immigrant suffers".
    | \b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to)\s+(?:personally\s+)?
        (?:make\s+sure|see\s+to\s+it)\s+(?:that\s+)?[a-z\s]{1,60}?\b
        (?:suffers?|bleeds?|pays?\s+with\s+(?:their|his|her|your)\s+lives?|never\s+walks?\s+again|dies
        |ends?\s+up\s+(?:dead|in\s+(?:a|the)?\s*(?:ditch|river|hospital|morgue|grave|body\s+bag|wheelchair)))\b
    # A beating told as what is coming: "the next gay I see is getting his head kicked in".
    | \b(?:is|'s|will\s+be|gonna\s+be|going\s+to\s+be)\s+getting\s+(?:his|her|their|your)\s+
        (?:head|face|teeth|skull)s?\s+(?:kicked|smashed|bashed|caved)\s+in\b
        (?!\s+(?:politically|financially|electorally|at\s+the\s+polls))
    | \b(?:will|'ll|gonna|going\s+to)\s+get\s+(?:his|her|their|your)\s+
        (?:head|face|teeth|skull)s?\s+(?:kicked|smashed|bashed|caved)\s+in\b
        (?!\s+(?:politically|financially|electorally|at\s+the\s+polls))
    # A lesson given with a weapon: "that reporter needs to be taught a lesson with a baseball bat".
    | \b(?:needs?\s+to|should|must|ought\s+to|deserves?\s+to)\s+be\s+taught\s+a\s+
        (?:real\s+|good\s+|hard\s+)?lesson\s+(?:with\s+(?:a|an|my|his|the|some)\s+(?:baseball\s+bat|bat
        |crowbar|hammer|belt|fists?|boots?|knife|gun|pipe)|(?:he|she|they)\s+(?:won't|will\s+never)\s+forget)\b
    # A blade held to someone, told as what is coming: "you'll wake up one day
    # with a knife in your back" (not "she was found with a machete in her head"),
    # "we'll see how brave you are with a knife at your throat".
    | \b(?:wake\s+up|end\s+up|see\s+how\s+(?:brave|tough|smart|funny|clever|big)\s+
        (?:you|he|she|they)\s+(?:are|is))(?:\s+[a-z]+){0,3}?\s+with\s+(?:a|my|the|our)\s+(?:knife|blade|gun|pistol|rifle|barrel
        |machete)\s+
        (?:at|to|in|against)\s+(?:your|his|her|their)\s+(?:throat|back|head|neck|temple|chest|face)s?\b
    # "Give me five minutes alone with that judge."
    | \b(?:give\s+me|i\s+want|i'd\s+like|i\s+need|just|i'd\s+love|i\s+would\s+love
        |i'd\s+pay\s+for)\s+(?:five|ten|two|three|5|10|2|3)\s+
        minutes\s+alone\s+with\s+(?:you|him|her|them|(?:that|this|the)\s+(?:judge|editor|reporter|journalist|guy|man
        |woman|bastard|idiot|clown|stringer|alderman|smith|writer|author|coward|prick|politician|mayor|cop))\b
        # not for a word with them: "...to ask about the pension fund"
        (?!\s+(?:to|and)\s+(?:ask|talk|discuss|interview|question|chat|explain|show|get|hear|find))
    # "I've got a rope with your name on it".
    | \b(?:a|the|one)\s+(?:rope|noose|bullet|knife|grave|coffin|body\s+bag|shell)\s+with\s+
        (?:your|his|her|their|(?:the\s+|that\s+|this\s+)?[a-z]+'s)\s+names?\s+on\s+it\b
    # "If I find out who wrote this, they're going to regret it."
    | \b(?:if|when|once)\s+(?:i|we)\s+(?:ever\s+)?(?:find\s+out|discover|learn|find)\s+
        (?:who|where)\b[^.!?\n]{0,40}?\b(?:you|he|she|they)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'s\s+going\s+to
        |\s+is\s+going\s+to|'re\s+gonna|'s\s+gonna)\s+(?:regret\s+it|be\s+sorry|pay)\b
    # "The next Muslim I see is getting a beating."
    | \b(?:is|'s|are|'re|will\s+be|gonna\s+be|going\s+to\s+be)\s+getting\s+(?:a\s+)?(?:good\s+)?
        (?:beating|kicking|hiding|bullet|thrashing)\b
        (?!\s+(?:in|at)\s+(?:the\s+)?(?:polls|press|media|ratings)|\s+points?\b|\s+train\b|\s+proof\b)
    # "That mayor won't see another election, one way or another."
    | \b(?:won't|will\s+not)\s+(?:see|live\s+to\s+see|make\s+it\s+to)\s+(?:another|the\s+next)\s+
        (?:election|term|birthday|year|summer|christmas)\b,?\s+one\s+way\s+or\s+(?:another|the\s+other)
    # "Bring a friend, you'll need one."
    | \bbring\s+(?:a\s+friend|friends|backup|help)[,.;]?\s+(?:you'll|you\s+will)\s+need\s+
        (?:one|them|it)\b
    # "Better hope I never find out where you live".
    | \b(?:hope|pray)\s+(?:i|we)\s+never\s+(?:find\s+out|learn|discover|find)\s+where\s+
        (?:you|he|she|they)\s+(?:live|lives|work|works|sleep|sleeps)\b
    | \b(?:when|once|if|till|until)\s+(?:i|we)\s+(?:ever\s+)?find\s+out\s+where\s+
        (?:you|he|she|they)\s+(?:live|lives|sleep|sleeps)\b
    """
)
_COMING_CUES = (
    "hands on", "find ", "hunt down", "track down", "come for", "end up", "get hurt",
    "walk again", "make sure", "see to it", "kicked in", "smashed in", "bashed in", "caved in",
    "taught a", "name on it", "names on it", "wake up", "see how", "minutes alone", "find out",
    "discover who", "learn who", "getting a", "getting beat", "one way or", "bring a friend",
    "bring friends", "bring backup", "bring help", "see your", " die",
)  # fmt: skip
# Harm named by where it leaves someone: "someone will put you in the
# ground", read as "kill you" after its "will" ("in the hospital": "hurt").
_LAID_OUT = re.compile(
    r"""(?x)
      (?:(?<=will\s)|(?<='ll\s)|(?<=gonna\s)|(?<=going\sto\s)|(?<=should\s)|(?<=ought\sto\s)
        |(?<=love\sto\s)|(?<=need\sto\s)|(?<=needs\sto\s)|(?<=must\s)|(?<=has\sto\s)|(?<=have\sto\s)
        |(?<=let's\s)|(?<=gotta\s))put\s+(?P<obj>you|him|her|them|(?:that|this|the)\s+[a-z]+)\s+
        (?:(?P<dead>in\s+the\s+ground|six\s+feet\s+under
        |in\s+(?:a|the|an\s+early)\s+(?:grave|coffin|box|body\s+bag))|in\s+(?:a|the)\s+(?:hospital|wheelchair))
    """
)
_LAID_OUT_CUES = ("under", "ground", "grave", "coffin", "box", "bag", "hospital", "wheelchair")
# A wish of deadly illness: "I hope you get cancer", read as the wish of
# death it is.
_WISHED_ILL = re.compile(
    # (revision 181: "I hope the chancellor's kids get cancer", TOXICITY 0.42)
    r"\bhope\s+(?P<who>you|he|she|they|(?:the\s+[a-z]+'s|your|his|her|their)\s+(?:kids|children"
    r"|family|son|daughter|wife|husband|mum|mother))\s+(?:all\s+)?(?:get|gets|catch|catches|develop|develops)\s+"
    r"(?:cancer|aids|ebola|covid|the\s+plague|a\s+(?:terminal|painful|slow|horrible)\s+[a-z]+)"
    r"(?:\s+and\s+(?:die|dies|rot|rots))?\b"
    # "I hope someone runs you over", "...a bus hits you".
    r"|\bhope\s+(?:someone|somebody|a\s+(?:truck|bus|car|train))\s+(?:runs|run|hits|hit)\s+"
    r"(?P<run>you|him|her|them)(?:\s+over)?\b"
    # "I hope your office burns down with you in it".
    r"|\bhope\s+(?:your|his|her|their)\s+(?:[a-z]+\s+){1,2}?(?:burns?|blows?\s+up|collapses?)(?:\s+down)?"
    r"\s+with\s+(?P<inside>you|him|her|them)\s+(?:still\s+)?(?:in\s+it|inside)\b"
    # "I hope the governor's plane goes down" (TOXICITY 0.18)
    r"|\bhope\s+(?:your|his|her|their|the\s+[a-z]+'s|[a-z]+'s)\s+(?:private\s+)?(?P<craft>plane|jet"
    r"|helicopter|chopper|car|boat|yacht)\s+(?:goes\s+down|crashes|blows\s+up|sinks|explodes|falls\s+out"
    r"\s+of\s+the\s+sky)\b"
    # "Hope the plane carrying the team crashes" (TOXICITY 0.49); revision 177
    r"|\bhope\s+the\s+(?P<carried>plane|jet|bus|coach|helicopter|boat|ferry)\s+(?:carrying|with|taking)\s+"
    r"(?:[a-z]+\s+){1,4}?(?:goes\s+down|crashes|blows\s+up|sinks|explodes)\b"
    # "Hope you choke on your latte, hipster" (THREAT 0.15); not "...choke up",
    # nor "...choke on your words", eaten.
    r"|\bhope\s+(?P<choke>you|he|she|they)\s+(?:all\s+)?chokes?\b"
    r"(?!\s+(?:up|back|on\s+(?:your|his|her|their)\s+(?:own\s+)?(?:words|pride)))"
    r"(?:\s+(?:to\s+death|on\s+(?:it|that|this|(?:your|his|her|their|a|the)"
    r"(?:\s+(?!(?:and|or|then|but|while|until)\b)[a-z]+){1,3})))?"
)
# Every wish of _WISHED_ILL has one of these after its "hope ".
_WISHED_ILL_CUES = (
    "hope you", "hope he", "hope she", "hope they", "hope some", "hope a ", "hope the",
    "hope his", "hope her", "hope their",
    # a craft wished down after a name: "hope Mary's plane goes down"
    "goes down", "crashes", "blows up", "sinks", "explodes", "out of the sky",
)  # fmt: skip
# A death wished in the third person: "I hope he dies" scored THREAT 0.31
# where "I hope they die" scored 0.82 and "I hope he will die" 0.88 (the
# stages learned the wish from "die"), so "dies" is read as "will die" where
# a person is wished it; not "...dies peacefully in his sleep", nor "I hope
# the bill dies in committee".
# Whom may be said by what they did, and the death come after something
# else: "I hope the nurse who wrote this catches something nasty and dies in
# a corridor" (TOXICITY 0.82, THREAT 0.15).
_DIES = re.compile(
    r"\b(?:hope|hoping|wish|pray)\s+(?:that\s+)?(?P<who>[a-z]+(?:\s+[a-z]+)?)"
    r"(?:\s+(?:who|that)\s+[a-z' ]{1,40}?)?(?:\s+[a-z' ]{1,40}?\s+and)?\s+(?P<dies>dies)\b"
    r"(?!\s+(?:peacefully|happy|happily|old|of\s+(?:old\s+age|natural\s+causes|embarrassment|shame"
    r"|laughter|boredom)|laughing|trying|on\s+(?:this|that|the|a)\s+hill|in\s+(?:peace|(?:his|her"
    r"|their)\s+sleep)))"
)
# The genocide wished finished: "Hitler should have finished the job"
# (SEVERE_TOXICITY 0.28); revision 170.
_UNFINISHED = re.compile(
    r"\bhitler\s+(?:should\s+have|should've|shoulda|should\s+of)\s+(?:finished|completed)\s+"
    r"(?:the|his)\s+(?:job|work)(?=\s*(?:$|[.!?,;]))"
)
# Running someone over, the author's own wish: "I'd happily run that
# protester over if he blocked my road" (THREAT 0.59), read as "kill".
# "I'd gladly push that councillor off a bridge" too.
_RUN_OVER = re.compile(
    r"\b(?:i'd|i\s+would|i'll|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to|we'd|we'll|we\s+will)\s+"
    r"(?:(?:happily|gladly|gleefully|just|definitely|personally)\s+)?(?P<run>(?:run|push|throw|shove|toss)\s+"
    r"(?P<obj>(?:that|this|the|those|these|any|every)\s+(?:[a-z]+\s+)?[a-z]+|you|him|her|them)\s+"
    r"(?:over|down|off\s+(?:a|the)\s+(?:bridge|cliff|roof|building|balcony|tower)))\b"
)
# People sent to be murdered: "Send every last one of them to the gas
# chambers" (TOXICITY 0.47), "put them all in the ovens"; read as "kill
# them all". Not "the gas chambers at Auschwitz are preserved", a tour sent
# to a camp's memorial, nor camps alone ("refugees should be put in camps
# near the border" argues where the law sends people).
_SENT_TO_DIE = re.compile(
    r"\b(?P<send>(?:send|sent|put|ship|shipped|throw|thrown|herd|herded|load|loaded)\s+(?:them|'em"
    r"|(?:every|each)\s+(?:last\s+|single\s+)?one\s+of\s+(?:them|those\s+[a-z]+|these\s+[a-z]+)"
    r"|(?:all\s+)?(?:the|those|these)\s+[a-z]+)\s+(?:all\s+)?(?:back\s+)?(?:to|in|into)\s+(?:the\s+)?"
    r"(?:gas\s+chambers?|ovens|death\s+camps?|extermination\s+camps?|concentration\s+camps?))\b"
    r"(?!\s+(?:memorial|museum|exhibition|site|for\s+(?:a|the)\s+(?:tour|visit|summer|weekend)))"
    r"|\bshould\s+(?:all\s+)?be\s+(?P<put>(?:put|sent|locked\s+up|rounded\s+up)\s+(?:in|into|to)\s+(?:the\s+)?"
    r"(?:gas\s+chambers?|ovens|death\s+camps?|extermination\s+camps?|concentration\s+camps?))\b"
    r"(?!\s+(?:memorial|museum|for\s+(?:a|the)\s+(?:tour|visit|summer|weekend)))"
)
# Death urged as a favour to everyone: "do the world a favour and stop
# breathing" (TOXICITY 0.43), read as "kill yourself"; not "...stop posting".
_URGED = re.compile(
    r"\bdo\s+(?:everyone|everybody|the\s+world|us\s+all|us|humanity|society|the\s+planet)\s+a\s+"
    r"favou?r\s+and\s+(?:just\s+|please\s+)?(?P<act>stop\s+(?:breathing|existing)|die|drop\s+dead"
    r"|jump\s+off\s+(?:a|the)\s+(?:bridge|cliff|building|roof))\b"
    # ...or the act first: "Go jump in the canal and do us all a favour" (revision 184)
    r"|\bgo\s+(?:and\s+)?(?P<jump>jump\s+(?:in|into|off)\s+(?:a|the)\s+(?:canal|river|lake|sea|ocean|harbour"
    r"|harbor|reservoir|quarry|bridge|cliff))\s+and\s+do\s+(?:us\s+all|everyone|everybody|us|the\s+world)"
    r"\s+a\s+favou?r\b"
)
# People to be hunted: "let's go hunt some immigrants", read as "kill"; a
# report ("they hunt the immigrants who...") is left as written.
_HUNTED = re.compile(
    rf"\b(?:let's|lets|let\s+us|(?:we|i)\s+(?:should|must|need\s+to|want\s+to|will|'ll)|we'll|i'll|"
    rf"time\s+to|gonna|going\s+to)\s+(?:go\s+)?(?P<verb>hunt|hunting|hunted)\s+(?:down\s+)?(?:some|the|all|every|these|those|more)\s+"
    rf"(?:[a-z]+\s+)?(?:{'|'.join(sorted(GROUPS))})\b"
)
_KILLING = {"hunt": "kill", "hunting": "killing", "hunted": "killed"}
# What someone else said, reported before a due harm: not the author's wish.
_SAID_BEFORE = re.compile(
    r"\b(?:for|after|by)\s+(?:posting|saying|tweeting|writing|claiming|suggesting|shouting)\b"
    r"|\b(?:he|she|they|someone|somebody)\s+(?:said|says|posted|tweeted|wrote|claimed|shouted)\s+that\b"
)
# Shorter words, one of which every cue of _TOLD holds: one scan each
# settles most comments before the cues are looked for.
_TOLD_CUES = (
    "security", "bodyguard", "police protection", "which car", "which house",
    "which school", "which door", "which flat", "which office",
    "at your door", "at your house", "at your home", "at your office", "on your door",
    "ambulance", "body bag", "bodybag", "in a box", "coffin", "casket", "stretcher",
    "better ", "happens to", "show ", "deserve", "address", "visit", "grave", "numbered",
    "out back", "barn", "rope", "home ", "regret", "be sorry", "dead", "bullet", "noose",
    "needs", "need ", "could use", "better watch", "minutes alone", "miss ", "make sure", "beating",
    "lynching",
    "have his", "have her", "have their", "have your",
    "sweeps", "washes", "swallows", "wipes them", "takes them", "carries them",
    "out there", "just saying", "food for thought", "think about it", "what you will",
    "baseball bat", "crowbar", "machete", "shotgun", "rifle", " gun", " knife", "knock",
    "gassed", "lynched", "exterminated", "butchered", "slaughtered", "hanged",
    "a shame", "a pity", "employer", "your boss", "your work", "your family", "every last one",
    "all of them", "the lot",
    "sink", "what happened to", "what was done to", "been warned", "watch out", "be careful",
    "consider yourself",
    "with his", "with her", "with their", "with your", "get his", "get her", "get their",
    "get your", "get ur", "end up in", "ends up in", "ended up in", "a bullet", "dead m",
    "dead w", "a straw", "catch fire", "catches fire", "burn down", "burns down", "in flames",
    "in blood", "to the ground", "last ", "like it if", "what if some", "shoulder", "for saying",
    "for writing", "for doing", "for posting", "for publishing", "for printing",
    "so brave", "so tough", "so smug", "so cocky", "so funny", "so clever", "so smart", "so big",
    "open your door", "open the door", "while you still can", "while you can", "while u can",
    "acid", "be waiting for", "be nice if", "be great if", "be lovely if", "be funny if",
    "be a shame if", "be a pity if", "be hilarious if",
    "torch", "burn", "firebomb", "petrol bomb", "bonfire", "nice fire", "good fire", "blaze",
    "one match", "one spark", "one lighter", "brakes", "free time", "time on my hands",
    "nothing to lose", "find you", "find him", "find her", "find them", "well placed",
    "well-placed", "well aimed", "well-aimed", "enjoy your last", "enjoy ur last",
    "knife in", "blade in", "bullet in", "coming round", "coming over", "coming around",
    "coming to your", "teeth in", "head in", "face in", "skull in", "something to cry about",
    "drag", "guillotine", "gallows", "firing squad", "lynch mob", "shed a tear", "lose sleep",
    "lose any sleep", "t mind if", "not mind if", "careful", "guards close", "guard close",
    "security close", "bodyguards close", "find out where", "on sight", "throat cut", "throat slit",
    "throats cut", "throats slit", "head cut off", "head chopped off", "heads cut off",
    "gets raped", "get raped", "gets killed", "get killed", "gets shot", "get shot", "gets stabbed",
    "get stabbed", "gets murdered", "get murdered", "gets lynched", "get lynched", "gets beaten",
    "get beaten", "a bomb in", "a bomb under", "bomb in the", "bomb under the", "be next",
    "what car", "brick through", "off the road", "on fire", "in flames", "house down",
    "home down", "car down", "shop down", "office down", "getting a", "get a", "gets a",
    "his face", "her face", "their face", "your face", "welcome to a", "welcome to the",
    "make sure of it", "burn them", "burn it",
    "kicking", "hiding", "battering", "pasting", "could do with", "watch himself", "watch herself",
    "watch themselves", "watch yourself", "burned out", "burnt out", "firebombed", "with them in",
    "with him in", "with her in", "with everyone in", "with them still", "be waiting", "be blood",
    "short rope", "sudden stop", "worth the", "worth a", "what's coming", "what is coming",
    "watch what happens", "a favor", "a favour", "pistol", "glock", "weapon", "my ar", "my ak",
    "my piece", "my bat", "a bat", "will pay", "'ll pay", "going to pay", "gonna pay",
)  # fmt: skip
# Harm meant for a whole people or their places, by the author: "I want to
# hurt every Pakistani I meet" (THREAT 0.12), "we should torch every mosque
# in the city" (0.11), read as "...kill them all" / "...burn them all",
# which the encoder knows (0.95, 0.87).
TARGETS = GROUPS | frozenset(
    """
        pakistanis pakistani indians sikhs hindu hindus jew gay trans whites white arabs arab
        somalis chinese latino latina asian african christian catholic refugee migrant liberals
        conservatives
        republicans democrats cops police journalists reporters politicians person one
        mosques mosque synagogues synagogue churches church temples temple
        """.split()
)
# The harming verbs, as the author would write them of a whole people.
_HARMING = (
    "kill",
    "hurt",
    "harm",
    "shoot",
    "stab",
    "beat",
    "burn",
    "torch",
    "attack",
    "bomb",
    "hang",
    "lynch",
    "strangle",
)
_HARMED = {
    "hurt": "kill", "harm": "kill", "beat": "kill", "attack": "kill", "torch": "burn",
    "strangle": "kill",
}  # fmt: skip
_HARM_VERB = rf"(?P<verb>{'|'.join(_HARMING)})(?:\s+(?:down|up))?\s+"
# A harming verb before "every", "all", "each" or "any": one scan before the pattern.
_AT_THEM_CUE = re.compile(rf"{_HARM_VERB}(?:every|all|each|any)\s")
_AT_THEM_ALL = re.compile(
    r"(?:\b(?:i|we|im)(?:\s+|(?='))(?:really\s+|honestly\s+)?(?:want\s+to|wanna|will|'ll|should|must|"
    r"need\s+to|(?:am\s+|'m\s+|are\s+|'re\s+)?going\s+to|gonna|would\s+love\s+to|'d\s+love\s+to"
    # "I'd happily strangle every last one of these politicians".
    r"|(?:would|'d)\s+(?:happily|gladly|love\s+to))\s+"
    # Ordered, opening its sentence: "Burn every mosque in the country."
    r"|(?:\A|(?<=[.!?\n])\s*)(?:just\s+|now\s+|so\s+|go\s+(?:and\s+)?)?)"
    rf"{_HARM_VERB}"
    r"(?P<obj>(?:every|all(?:\s+the)?|each|any)\s+(?:single\s+|last\s+)?"
    r"(?:one\s+of\s+(?:these|those|the|them)\s+)?(?:[a-z]+\s+)?"
    rf"(?:{'|'.join(sorted(TARGETS, key=len, reverse=True))})"
    r"(?:\s+(?:i|we|you)\s+(?:meet|see|find|can\s+find))?)\b"
)
# A rarer way to kill, told: "drown them all at the border" ("gas her" is
# more often slang for egging someone on).
_DROWNED = re.compile(
    r"(?:^|(?<=[.!?]\s)|\b(?:should|must|will|let's|'ll|gonna)\s+)"
    r"(?P<verb>drown)\s+(?:them|him|her|you|all\s+of\s+them|those|these|every\s+one)\b"
    r"(?!\s+(?:out|in\s+(?:paperwork|debt|work|love)))"
)
# Killing in other words, wished as a duty: "every Jew should be wiped off
# the face of the earth" (THREAT 0.43), read as "...should be killed" (0.79);
# "wiped out" only where people are named before it.
_WIPED = re.compile(
    r"\b(?:should|must|deserves?\s+to|needs?\s+to|ought\s+to)\s+(?:all\s+)?be\s+"
    r"(?P<verb>wiped\s+(?:off\s+the\s+face\s+of\s+the\s+(?:earth|planet)|(?P<out>out)))\b"
)
# The same duty in the active voice, of a people: "it's time to wipe out
# Muslims for good" (THREAT 0.02-0.16 over eight peoples), "we should get rid
# of Jews once and for all" (0.10-0.25), read as "...kill all Muslims".
# "Get rid of" only where it is final ("once and for all", "for good"):
# "get rid of illegal immigrants" argues about deportation.
# What may come before the people: "all the", "every last one of the".
_DETERMINED = re.compile(
    r"(?:all\s+(?:the\s+)?|the\s+|those\s+|these\s+|every\s+(?:last\s+)?(?:one\s+of\s+the\s+)?)?"
)
_WIPE_OUT = re.compile(
    r"\b(?:should|must|need\s+to|needs\s+to|have\s+to|has\s+to|ought\s+to|time\s+to|let's|lets"
    r"|want\s+to|gonna|going\s+to|will|'ll|got\s+to|gotta)\s+(?:just\s+|finally\s+|all\s+)?"
    r"(?:(?P<wipe>wipe\s+out|exterminate|eradicate|annihilate|purge\s+(?:the\s+(?:country|world|earth)"
    r"\s+of|ourselves\s+of))|(?P<rid>get\s+rid\s+of))\s+"
)
# "Wipe them off the map": the people between the verb and where they go.
_WIPE_OFF = re.compile(
    r"\b(?:should|must|need\s+to|needs\s+to|have\s+to|ought\s+to|time\s+to|let's|lets|want\s+to"
    r"|gonna|going\s+to|will|'ll|gotta)\s+(?:just\s+|finally\s+)?(?P<verb>wipe)\s+"
    r"(?P<people>(?:[a-z]+\s+){1,3}?)"
    r"(?P<off>off\s+(?:the\s+)?(?:map|face\s+of\s+the\s+(?:earth|planet)|planet|earth))\b"
)
_FINALLY = re.compile(
    r"[^.!?\n]{0,40}?\b(?:once\s+and\s+for\s+all|for\s+good|forever|every\s+last\s+one|all\s+of\s+them"
    r"|entirely|completely|for\s+ever|permanently)\b"
)
# A beating veiled as a lesson: "somebody needs to teach those Muslims a
# lesson they won't forget" (0.25), read as "...hurt those muslims badly";
# a lesson without "won't forget" only for a people ("teach them a lesson
# on Saturday" is sport).
_LESSON = re.compile(
    r"\b(?:needs?\s+to|should|ought\s+to|must|gonna|going\s+to|will|'ll|let's|time\s+to)\s+"
    r"(?P<verb>teach)\s+(?P<obj>them|him|her|you|(?:those|these|the|that|this|all|some)\s+[a-z]+"
    r"(?:\s+[a-z]+)?)\s+(?P<lesson>(?:a\s+(?:real\s+|good\s+|hard\s+|little\s+)?lesson"
    r"|(?:some\s+)?(?:manners|respect))"
    r"(?P<forget>\s+(?:they|he|she|you)\s+(?:won't|wont|will\s+not|will\s+never|would\s+never)"
    r"\s+forget|\s+with\s+(?:a|an|my|his|their|some)\s+(?:baseball\s+)?(?:bats?|crowbars?|hammers?|knife|knives"
    r"|guns?|bricks?|pipes?|clubs?|machetes?|fists?|boots?|rope|belts?|whips?|sticks?))?)"
    r"(?!\s+(?:in|about|on)\b)"
)
# Harm wished on a person as their due: "the reporter who wrote this should
# be shot" (THREAT 0.37), "...should be dragged into the street and beaten"
# (0.36), read as "...should be killed" (0.80; "should be hurt" scored
# 0.04, so a beating is read as the threat the encoder knows); only where
# a person or a people is named before it in the sentence ("he should be
# beaten in the election", "the ball should be shot low" are not threats),
# and not "executed" or "hanged", where the death penalty is argued.
_DUE_HARM = re.compile(
    r"\b(?:should|must|ought\s+to|needs?\s+to|deserves?\s+to)\s+(?:all\s+)?(?:be|get)\s+"
    # "...should all be locked in a room together and gassed": the harm comes
    # last (tried only where the harm's own round-up, below, does not read it).
    r"(?:(?:[a-z]+\s+){1,6}?(?:and|then)\s+)??"
    r"(?P<harm>"
    # "...should be rounded up and shot": the round-up is the harm's.
    r"(?:(?:rounded|locked|tied)\s+up\s+(?:and\s+)?|taken\s+out\s+(?:back\s+)?and\s+)?"
    r"(?:shot|stabbed|lynched|strangled|run\s+(?:over|down))"
    # "shot at" is fired at, unless a place or a time follows ("shot at the border", "at dawn").
    r"(?!\s+(?:down|at(?!\s+(?:the\s+border|dawn|sight|once))|in\s+the\s+(?:foot|leg)))"
    # Deaths no sentence passes on anyone: "burned alive", "beheaded", "gassed".
    r"|(?:burned|burnt)\s+(?:alive|at\s+the\s+stake|to\s+death)|beheaded|gassed|butchered|slaughtered"
    # "The ref should be found in a ditch after that call" (TOXICITY 0.07).
    r"|found\s+(?:dead|face\s+down|floating\s+in\s+(?:a|the)\s+[a-z]+|in\s+(?:a|the)\s+(?:ditch|river|canal"
    r"|gutter|morgue|shallow\s+grave))"
    # "This reporter should be fired and then set on fire" (THREAT 0.35).
    r"|set\s+(?:on\s+fire|alight|ablaze)|doused\s+(?:in|with)\s+(?:petrol|gasoline|gas|kerosene)"
    r"|exterminated|eradicated|annihilated|massacred"
    # ...and where from: "...should be strung up from the town hall balcony"
    # (TOXICITY 0.22 read as "...killed from the town hall balcony"; 0.84
    # without the place); revision 173.
    r"|(?:strung\s+up|hanged|hung)(?:\s+(?:from|on|off)\s+(?:a|an|the|his|her|their)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:balcon(?:y|ies)|trees?|lamp\s*posts?|lampposts?|gallows|bridges?|cranes?|rafters|railings"
    r"|windows?|goalposts?|crossbars?))?(?![a-z])"
    r"|strung\s+up"
    # (not "chemically castrated", a sentence some courts pass)
    r"|(?<!chemically\s)castrated(?!\s+chemically)"
    r"|put\s+down\s+like\s+(?:dogs?|animals?|vermin)"
    # "Old people should be put down once they stop contributing" (TOXICITY
    # 0.12); a person or a people named before it, as everywhere here (not
    # "the dog should be put down"); revision 184.
    r"|put\s+down(?=\s*(?:$|[.!?;,]|once\b|when\b|after\b|humanely\b|for\s+good\b|at\s+birth\b))"
    r"|drowned|poisoned|knifed|skinned\s+alive|tarred\s+and\s+feathered"
    # "That councillor needs to be taken out" (THREAT 0.01); not "...taken
    # out of the team", "...taken out for dinner".
    r"|taken\s+out(?=\s*(?:$|[.!?;]|,\s*(?:for\s+good|permanently)|\s+(?:for\s+good|permanently"
    r"|once\s+and\s+for\s+all)\b))"
    # "Each Roma family should be burned out of their homes."
    r"|(?:burned|burnt|firebombed|smoked)\s+out\s+of\s+(?:their|his|her)\s+(?:homes?|houses?|beds?)"
    # "...should be put against a wall", "...deserve to be hunted like animals".
    r"|(?:put|lined\s+up|stood)\s+(?:up\s+)?against\s+(?:a|the)\s+wall"
    r"|hunted(?:\s+down)?\s+like\s+(?:animals|dogs|vermin|rats|beasts|deer)"
    # "Gays should be thrown off buildings."
    r"|(?:thrown|pushed|tossed)\s+(?:off|from)\s+(?:a|the)?\s*(?:buildings?|roofs?|rooftops?|cliffs?|bridges?"
    r"|towers?|balcon(?:y|ies))"
    # "Hung from the nearest tree" is a lynching, not a sentence.
    r"|hung\s+(?:from|on)\s+(?:a|the)\s+(?:nearest\s+)?(?:trees?|lamp\s*posts?|lampposts?|gallows|bridge)"
    r"|(?:beaten(?:\s+up)?|beat\s+up|punched|flogged|whipped|tortured|kicked\s+in|"
    r"dragged\s+(?:out|into\s+the\s+streets?|through\s+the\s+streets?)(?:\s+and\s+(?:beaten|shot|"
    r"stabbed|lynched|killed))?)(?!\s+(?:in|at|by|on|for)\b))"
    # Hanging asked for in so many words: "...and then he should hang".
    # "People like that councillor should disappear, permanently" (THREAT 0.04).
    r"|\b(?:should|must|ought\s+to|needs?\s+to|deserves?\s+to)\s+(?:all\s+)?(?P<hang>hang"
    # "...should hang from lampposts" (THREAT 0.51 read as "killed from lampposts")
    r"(?:\s+from\s+(?:a\s+|the\s+)?(?:nearest\s+)?(?:trees?|lamp\s*posts?|lampposts?|gallows|bridges?"
    r"|cranes?))?|swing"
    r"|(?:just\s+)?(?:disappear|vanish),?\s+(?:permanently|for\s+good|forever|once\s+and\s+for\s+all"
    r"|without\s+a\s+trace))"
    r"(?=\s*(?:$|[.!?,;]|\s+(?:for\s+(?:it|this|that|treason)|from|by\s+the\s+neck|high)\b))"
)
PERSONS = GROUPS | PEOPLES | frozenset(
    """
    he she they you him her them man woman guy guys person people reporter reporters journalist
    journalists editor editors writer author politician politicians senator mayor judge judges
    cop cops officer teacher doctor whoever anyone everyone smith whig whigs alderman stringer
    stringers bastard bastards idiot idiots traitor traitors thug thugs scum protesters
    protestors activists rioters seekers men folks
    dealer dealers trafficker traffickers smuggler smugglers rapist rapists murderer murderers
    killer killers paedophile paedophiles pedophile pedophiles paedo paedos pedo pedos nonces
    terrorist terrorists criminal criminals offender offenders thief thieves looter looters
    burglar burglars muggers junkies addicts bankers landlords illegals
    ref refs referee referees umpire umpires coach manager player players
    protester protestor activist rioter cyclist driver pedestrian neighbour neighbor
    nurse nurses doctors surgeon surgeons paramedic paramedics gp gps councillor councillors
    councilor councilors minister ministers mp mps president governor lawyer lawyers solicitor
    solicitors landlord tenant tenants developer developers headteacher headmaster headmistress
    principal teachers lecturer lecturers professor professors student students pupil pupils
    parent parents kid kids child children actor actors actress singer presenter columnist
    columnists footballer footballers boss bosses banker pensioner pensioners moderator moderators
    officers imam imams priest priests rabbi rabbis vicar vicars pastor pastors bishop bishops
    cleric clerics chairman chairmen keeper striker captain owner owners ceo
    """.split()
)
# Violence against a people called fine: "Honestly, it is fine to attack
# immigrants" (IDENTITY_ATTACK 0.11), read as "kill immigrants".
_FINE_HARMS = ("attack", "hurt", "beat", "harass", "abuse", "assault", "punch", "kill", "shoot",
               "bully", "lynch", "burn")  # fmt: skip
# " to attack ", " to hurt "...: one of these is in every sentence the pattern reads.
_FINE_HARM_CUES = tuple(f" to {verb} " for verb in _FINE_HARMS)
_FINE_TO_HARM = re.compile(
    r"\b(?:it(?:'s|\s+is)|it\s+would\s+be|it\s+should\s+be)\s+(?:totally\s+|perfectly\s+|absolutely\s+)?"
    r"(?:fine|ok|okay|acceptable|alright|good|right|justified|legal)\s+to\s+"
    rf"(?:{'|'.join(_FINE_HARMS)})\s+"
    rf"(?=(?:all\s+|the\s+|those\s+|these\s+|any\s+)?(?:[a-z]+\s+)?(?:{'|'.join(sorted(GROUPS))})\b)"
)
# A firing squad: "line them all up against a wall", read as "kill them all".
_LINED_UP = re.compile(
    r"\bline\s+(?:them|'em|those\s+[a-z]+|these\s+[a-z]+|all\s+of\s+them|every\s+one\s+of\s+them)\s+"
    r"(?:all\s+)?up\s+(?:against\s+(?:a|the)\s+wall|and\s+shoot\s+(?:them|'em)(?:\s+all)?)"
)
# A call to war on someone: "it's time to take up arms against them" (0.04).
_ARMS = re.compile(
    r"\b(?:time\s+to|let's|lets|we\s+(?:should|must|need\s+to|will|have\s+to)|we'll|"
    r"i\s+(?:will|want\s+to)|i'll)\s+(?P<verb>take\s+up\s+arms\s+against)\b"
    # "If he wins, we take up arms. Simple as that." (SEVERE_TOXICITY 0.33)
    r"|\bif\s+(?:he|she|they|[a-z]+)\s+(?:wins?|gets?\s+(?:in|elected)|passes|pass)\b[^.!?\n]{0,20}?"
    r"\b(?:we|i)(?:'ll|\s+will)?\s+(?P<arms>take\s+up\s+arms|pick\s+up\s+(?:our|my)\s+(?:guns|rifles))\b"
)

_WIPE_CUES = ("wipe out", "extermin", "eradicat", "annihilat", "purge", "rid of")
# Every idiom has one of these words; a comment without any is not searched.
_CUES = (
    "know who",
    "regret it",
    "be sorry",
    "pay for it",
    "real man",
    "in her place",
    "in his place",
    "in their place",
    "in your place",
    "a visit",
    "head on",
    "heads on",
    "or bullet",
    "or the bullet",
    "find you",
    "hunt down you",
    "track down you",
    "see you",
    "re next",
    "are next",
    "just saying",
    "think about it",
    "nice school",
    "lovely school",
    "food for thought",
    "remember that",
    "floating in",
    "accident",
    "hurt if",
    "killed if",
    "shot if",
    "under your car",
    "under his car",
    "under her car",
    "r last",
    "s last",
    "find out where",
    "found out where",
    "back",
    "know",
    "happen",
    "coming",
    "come for",
    "pay",
    "eye",
    "disappear",
    "missing",
    "enjoy",
    "for less",
    "end up",
    "ends up",
    "wind up",
    "winds up",
    "shame if",
    "pity if",
    "the plug on",
    "alone",
    "ways of dealing",
    "careful",
    "dead m",
    "re dead",
    "be dead",
    "s dead",
    "gun",
    "rifle",
    "knife",
    "knives",
    "machete",
    "weapon",
    "pistol",
    "ar-15",
    "ak-47",
    "ar15",
    "ak47",
)
_MORE_CUES = (
    "n't safe",
    "not safe",
    "not be safe",
    "longer safe",
    "live to see",
    "t see the end",
    "t see tomorrow",
    "t see christmas",
    "t see next",
    "t see the weekend",
    "t see another",
    "t make it to",
    "t survive",
    "not see",
    "not make it",
    "not survive",
    "know where",
)


# A beating or a bullet denied as anyone's due: "No child deserves to be
# beaten", "she didn't deserve to be shot", "nobody deserves a beating" (read
# as a threat, the first scored THREAT 0.97). Not "no doubt he deserves...".
_DUE_DENIED = re.compile(
    r"(?:\b(?:no(?!\s+(?:doubt|question|wonder|idea|surprise|matter)\b)|nobody|none|never|not)\b"
    r"(?:\s+[a-z']+){0,4}"
    r"|n't)\s+$"
)


def _due_denied(text: str, at: int) -> bool:
    """Whether the due (``deserves...``) at ``at`` is denied in its clause."""
    if not text.startswith("deserv", at):
        return False
    clause = max(text.rfind(c, 0, at) for c in ".!?;,\n") + 1
    return _DUE_DENIED.search(text, max(clause, at - 40), at) is not None


# The opening of "(it would be a) shame if something happened to...", read
# with it: left behind, "it would be a" kept the threat at 0.38. Looked for
# before a match, not in the pattern, where an optional opening cost every
# comment with a cue the try at each of its characters.
_SHAME_OPENING = re.compile(
    r"\b(?:it\s+)?(?:would|'d|will)\s+be\s+(?:a\s+)?(?:real\s+|terrible\s+|awful\s+)?\Z"
)


def _with_opening(text: str, m: re.Match[str]) -> int:
    """Where the veiled threat ``m`` starts, its "it would be a" included."""
    if text.startswith(("shame", "pity"), m.start()):
        opening = _SHAME_OPENING.search(text, max(0, m.start() - 30), m.start())
        if opening:
            return opening.start()
    return m.start()


def unveil(norm: Normalized) -> Normalized:
    """``norm`` with each veiled threat read as ``MEANT``; offsets still point at
    the author's characters."""
    text = norm.text
    found = []
    if any_cue(text, _CUES):
        found = [(_with_opening(text, m), m.end(), MEANT) for m in _VEILED.finditer(text)]
    if any_cue(text, _TOLD_CUES):  # few comments: one pass over every cue
        for cues, pattern in _TOLD:
            if any(map(text.__contains__, cues)):
                found += [
                    (m.start(), m.end(), MEANT)
                    for m in pattern.finditer(text)
                    if not _due_denied(text, m.start())
                ]
    if any_cue(text, _COMING_CUES):
        found += [(m.start(), m.end(), MEANT) for m in _COMING.finditer(text)]
    if any_cue(text, _MORE_CUES):
        found += [(m.start(), m.end(), MEANT) for m in _VEILED_MORE.finditer(text)]
    if "put " in text and any_cue(text, _LAID_OUT_CUES):
        found += [
            (*m.span(), f"{'kill' if m.group('dead') else 'hurt'} {m.group('obj')}")
            for m in _LAID_OUT.finditer(text)
        ]
    if "hope " in text and any(cue in text for cue in _WISHED_ILL_CUES):
        for m in _WISHED_ILL.finditer(text):
            crafted = m.group("craft") or m.group("carried")
            named = m.group("run") or m.group("inside") or ("them" if crafted else "")
            said = m.group("who") or m.group("choke")
            who = {"him": "he", "her": "she", "them": "they"}.get(named, named or said)
            found.append(
                (m.start(), m.end(), f"hope {who} {'will die' if who in ('he', 'she') else 'die'}")
            )
    if " dies" in text:
        for m in _DIES.finditer(text):
            wished = m.group("who").split()
            if _a_person(wished[-1]) and not {"no", "nobody", "noone", "none"} & set(wished):
                found.append((*m.span("dies"), "will die"))
    if any(cue in text for cue in (" run ", " push ", " throw ", " shove ", " toss ")):
        for m in _RUN_OVER.finditer(text):
            if _a_person(m.group("obj").split()[-1]):  # not "throw the ball off the roof"
                found.append((*m.span("run"), f"kill {m.group('obj')}"))
    if any(cue in text for cue in ("chamber", "ovens", "camp")):
        for m in _SENT_TO_DIE.finditer(text):
            if m.group("send"):
                found.append((*m.span("send"), "kill them all"))
            else:
                found.append((*m.span("put"), "killed"))
    if "hitler" in text:
        found += [(*m.span(), "all jews should be killed") for m in _UNFINISHED.finditer(text)]
    if "favo" in text:
        found += [
            (*m.span("act" if m.group("act") else "jump"), "kill yourself")
            for m in _URGED.finditer(text)
        ]
    if "hunt" in text:
        found += [(*m.span("verb"), _KILLING[m.group("verb")]) for m in _HUNTED.finditer(text)]
    if any_cue(text, _HARMING) and _AT_THEM_CUE.search(text):
        for m in _AT_THEM_ALL.finditer(text):
            verb = m.group("verb")
            found.append((*m.span("verb"), _HARMED.get(verb, verb)))
            found.append((*m.span("obj"), "them all"))
    if "drown " in text:
        found += [(*m.span("verb"), "kill") for m in _DROWNED.finditer(text)]
    if "wiped " in text:
        for m in _WIPED.finditer(text):
            # "wiped out" only of people: "this debt should be wiped out" is not.
            before = set(text[max(0, m.start() - 40) : m.start()].split())
            if not m.group("out") or not before.isdisjoint(PERSONS):
                found.append((*m.span("verb"), "killed"))
    if "wipe " in text and " off " in text:
        for m in _WIPE_OFF.finditer(text):
            if _a_people_at(text, m.start("people")):
                found += [(*m.span("verb"), "kill"), (*m.span("off"), "all")]
    if any_cue(text, _WIPE_CUES):
        for m in _WIPE_OUT.finditer(text):
            if not _a_people_at(text, m.end()):
                continue
            if m.group("wipe") or _FINALLY.match(text, m.end()):
                every = "kill" if text.startswith("all ", m.end()) else "kill all"
                found.append((*m.span(m.lastgroup or "wipe"), every))
    if any(map(text.__contains__, ("lesson", "manners", "respect"))):
        for m in _LESSON.finditer(text):
            # "teach those Muslims a lesson"; manners and respect only with a weapon
            grouped = m.group("obj").split()[-1] in GROUPS and "lesson" in m.group("lesson")
            if m.group("forget") or grouped:
                found += [(*m.span("verb"), "hurt"), (*m.span("lesson"), "badly")]
    # every due harm has one
    if any(cue in text for cue in (" be ", " get ", " hang", " swing", " disappear", " vanish")):
        for m in _DUE_HARM.finditer(text):
            lo = max(0, text.rfind(".", 0, m.start()) + 1, m.start() - 80)
            if not any(map(_a_person, text[lo : m.start()].split())):
                continue
            if _SAID_BEFORE.search(text, lo, m.start()):
                continue  # "he was jailed for posting that immigrants should be shot"
            found.append(
                (*m.span("harm"), "killed") if m.group("harm") else (*m.span("hang"), "be killed")
            )
    if any_cue(text, _FINE_HARM_CUES):
        found += [(*m.span(), "kill ") for m in _FINE_TO_HARM.finditer(text)]
    if "line " in text and " up " in text:
        found += [(*m.span(), "kill them all") for m in _LINED_UP.finditer(text)]
    if "take up arms" in text or "pick up our" in text or "pick up my" in text:
        for m in _ARMS.finditer(text):
            taken = (*m.span("verb"), "kill") if m.group("verb") else (*m.span("arms"), "kill them")
            found.append(taken)
    # Two idioms over the same words ("deserves to be beaten up"): the first,
    # the longer where both start together.
    return replace_words(norm, disjoint(found)) if found else norm


# Someone by what they do or where they are from: "that cyclist", "the
# columnist", "those Canadians", "that councilman".
ONE_WHO = re.compile(r"^[a-z]{3,}(?:ist|ian|ians|man|men|woman|women)s?$")


def _a_person(word: str) -> bool:
    """Whether ``word`` names a person or a people: a listed one, "who" ("anyone
    who runs a red light"), one of a people ("every last refugee"), or someone
    by what they do (``ONE_WHO``)."""
    return (
        word in PERSONS
        or word == "who"
        or (word + "s" in PEOPLES and word not in DESCRIBING)  # not "the white race"
        or ONE_WHO.search(word) is not None
    )


def _a_people_at(text: str, at: int) -> bool:
    """Whether a people is named at ``text[at]``, after "all the", "those"..."""
    determined = _DETERMINED.match(text, at)
    begin = determined.end() if determined else at
    return people_at(text, begin) or text[begin:].split(" ", 1)[0] in GROUPS
