"""Punishment asked of the courts for offenders, read as an opinion about sentencing.

How hard the law should come down on those who break it is argued under
every crime story, on both sides, and both stages learned the names of
offenders from the abuse around them: "Rapists should face life
imprisonment" scored TOXICITY 0.85, "Drunk drivers should go to prison for
life" 0.97, "Terrorists should face life imprisonment" 0.92, where
"Offenders should face life imprisonment" scored 0.15. "Serial killers
deserve to be executed" was read as a threat (1.00): an execution is a
sentence the law passes, argued for and against as the death penalty.

Before either stage reads a comment, an offender named by the offence
("rapists", "drunk drivers", "child abusers", "terrorists") is read as
"offenders" where the same sentence asks the courts to punish them: prison,
a sentence, no parole, a prosecution, the death penalty. An execution asked
for them ("...deserve to be executed", "...should be put to death") is read
as "capital punishment". Harm the law does not pass ("rapists should be
castrated", "...should be shot", "...should be hanged from a tree") is a
wish of violence and reads as written; so does everything asked of a
person named otherwise ("the mayor deserves to be executed") or of a people.
"""

from __future__ import annotations

import re

from commentdesk.scoring.cues import any_cue
from commentdesk.textnorm import Normalized, replace_words

# Offenders by their offence: what a reader calls those a court sentences.
_OFFENDERS = (
    r"(?:(?:serial|mass|child|cop|contract|convicted|violent|repeat|sex|drug|career|armed|car|"
    r"school|knife|gun|war|habitual|dangerous|human|people|wildlife|ivory)\s+)?"
    r"(?:murderers?|killers?|rapists?|paedophiles?|pedophiles?|child\s+(?:abusers?|molesters?)"
    r"|abusers?|molesters?|terrorists?|drunk\s+drivers?|drink\s+drivers?|drunk-drivers?"
    r"|hit-and-run\s+drivers?|drug\s+dealers?|dealers?|traffickers?|smugglers?|poachers?"
    r"|arsonists?|burglars?|thieves|thief|muggers?|robbers?|fraudsters?|scammers?|embezzlers?"
    r"|criminals?|offenders?|felons?|convicts?|gang\s+members?|gangsters?|shooters?|bombers?"
    r"|hijackers?|kidnappers?|stalkers?|wife\s+beaters?|looters?|rioters?|carjackers?"
    r"|perpetrators?|perps?|attackers?|assailants?|culprits?"
    # Office holders by their corruption: "corrupt officials should go to jail".
    r"|(?:corrupt|crooked)\s+(?:officials?|politicians?|cops?|police\s+officers?|officers?|judges?"
    r"|executives?|ceos?|bankers?|councillors?|councilors?|mayors?|ministers?|senators?))"
)
# What the courts pass, asked for after the offenders in their sentence.
_PUNISHMENT = (
    r"(?:prison|jail|gaol|sentences?|sentenced|locked\s+up|behind\s+bars|imprison(?:ed|ment)"
    r"|jailed|parole|paroled|released|prosecuted|convicted|charged|punished|fined|fines"
    r"|death\s+penalty|capital\s+punishment|executed|put\s+to\s+death|electric\s+chair"
    r"|lethal\s+injection|the\s+book\s+thrown|life\s+in|lose\s+(?:their|his|her)\s+licen[cs]es?"
    r"|serve\s+(?:real\s+|hard\s+)?time|do\s+(?:real\s+|hard\s+)?time|(?:criminal\s+)?charges"
    r"|stand\s+trial|face\s+trial|be\s+tried"
    r"|banned\s+from\s+driving)"
)
# Offences by their name, whose punishment is argued: "drunk driving should
# carry a life sentence" (0.88; "serious offences should..." 0.08).
_OFFENCES = (
    r"(?:drunk\s+driving|drink\s+driving|drunk-driving|murder|rape|child\s+abuse|sexual\s+assault"
    r"|assault|terrorism|arson|fraud|manslaughter|poaching|(?:human\s+)?trafficking|drug\s+dealing"
    r"|burglary|theft|carjacking|animal\s+cruelty|hate\s+crimes?|kidnapping|stalking"
    r"|domestic\s+violence|gun\s+crime|knife\s+crime)"
)
# Someone named by what they did, in the clause after them ("the man who
# murdered those children"): the offence is read in
# :mod:`commentdesk.scoring.wrongs`, the sentence asked for here.
_WHO_DID = (
    r"(?:(?:the|any|a|every|those|these)\s+)?(?:man|woman|men|women|person|persons|people|guy|guys"
    r"|one|ones|those|anyone|anybody|someone|somebody|whoever|parents?|father|mother|driver)"
    r"(?=\s+who\s+(?:kill|kills|killed|murder|murders|murdered|rape|rapes|raped|abuse|abuses"
    r"|abused|stab|stabs|stabbed|shoot|shoots|shot|assault|assaults|assaulted|molest|molested"
    r"|harm|harms|harmed|hurt|hurts|drive\s+drunk|drives\s+drunk|drove\s+drunk)\b)"
)
# The offenders, opening their clause, then what is asked of them: should,
# must, deserve, ought to, need to, face; then what the courts pass.
_ASKED = re.compile(
    rf"""(?x)
    (?:^|(?<=[.!?;:\n,(])|\b(?:that|and|but|because|all|every|any|most|these|those|the|such)\b)\s*
    (?:(?P<offenders>{_OFFENDERS})|(?P<offence>{_OFFENCES})|(?P<who_did>{_WHO_DID}))\b
    # Only what says which of them: "who kill police officers", "convicted
    # of fraud", "in this city".
    (?P<between>\s+(?:who|that|convicted|found|caught|guilty|in|of|on|from|like)\b
        (?:\s+(?!should|must|deserve|deserves|ought|need|needs|face|will|have|has)[a-z',-]+){{0,7}}?)?
    \s+(?:should|must|deserve|deserves|ought\s+to|need\s+to|needs\s+to|have\s+to|has\s+to
        |will|face)\b
    (?P<asked>[^.!?;\n]{{0,60}}?)\b(?P<punishment>{_PUNISHMENT})\b
    """
)
# Prison asked for, in words both stages learned from "lock her up": read
# as the sentences served ("offenders should go to prison for life" 0.73,
# "...should serve sentences for life" 0.13).
_JAILED = re.compile(
    r"\b(?:(?:go|be\s+sent|be\s+put|be\s+thrown|get\s+sent|be\s+shipped)\s+(?:straight\s+|back\s+)?"
    r"(?:to|in|into)\s+(?:prison|jail|gaol)|rot\s+in\s+(?:prison|jail|gaol)|be\s+(?:locked\s+up"
    r"|jailed|imprisoned|put\s+away|put\s+behind\s+bars|kept\s+behind\s+bars|behind\s+bars))\b"
)
# An execution asked for, read as the sentence it is.
_EXECUTED = re.compile(
    r"\b(?:be\s+(?:executed|put\s+to\s+death)|the\s+death\s+penalty|the\s+electric\s+chair"
    r"|a\s+lethal\s+injection)\b"
)
# What the law does not pass: "...should be castrated", "...shot", "...hanged".
_BEYOND_THE_LAW = re.compile(
    r"\b(?:castrated|shot|hanged|hung|lynched|beaten|tortured|burned|burnt|strung\s+up|stoned"
    r"|killed|murdered|gassed|whipped|flogged|mutilated|beheaded|hunted|on\s+the\s+spot"
    r"|without\s+(?:a\s+)?trial|in\s+the\s+street|from\s+a\s+tree|slowly|painfully)\b"
)
_SENTENCE_END = re.compile(r"[.!?;\n]")
_CUES = (
    "prison", "jail", "gaol", "sentence", "locked up", "behind bars", "imprison", "parole",
    "released", "prosecuted", "convicted", "charged", "punished", "fined", "fines",
    "death penalty", "capital punish", "executed", "put to death", "electric chair",
    "lethal injection", "book thrown", "life in", "lose their licen", "lose his licen",
    "lose her licen", "banned from driving", "serve time", "serve real", "serve hard", "do time",
    "do real time", "do hard time", "charges", "stand trial", "face trial", "be tried",
)  # fmt: skip
# ...and every offender, offence or offence done has one of these.
_OFFENDER_CUES = (
    "murder", "killer", "rapist", "rape", "paedo", "pedo", "abuser", "child abuse", "molest",
    "terroris", "drunk", "drink driv", "dealer", "drug dealing", "traffick", "smuggl", "poach",
    "arson", "burglar", "thief", "thieves", "mugger", "robber", "fraud", "scammer", "embezzl",
    "criminal", "offender", "felon", "convict", "gang member", "gangster", "shooter", "bomber",
    "hijack", "kidnap", "stalker", "stalking", "beater", "looter", "rioter", "carjack", "perps",
    "perp ", "perpetrator", "attacker", "assailant", "culprit", "corrupt", "crooked", "assault",
    "manslaughter", "theft", "cruelty", "hate crime", "domestic violence", "gun crime",
    "knife crime", "who kill", "who stab", "who shoot", "who shot", "who harm", "who hurt",
    "who drive", "who drove",
)  # fmt: skip


def sentenced(norm: Normalized) -> Normalized:
    """``norm`` with offenders whom the courts are asked to punish read as
    "offenders", and an execution asked for them as capital punishment;
    offsets still point at the author's characters."""
    text = norm.text
    if not any_cue(text, _CUES) or not any_cue(text, _OFFENDER_CUES):
        return norm
    found: list[tuple[int, int, str]] = []
    for m in _ASKED.finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        if _BEYOND_THE_LAW.search(text, m.start("asked"), end.start() if end else len(text)):
            continue
        if m.group("offenders"):
            plural = m.group("offenders").endswith("s")
            found.append((*m.span("offenders"), "offenders" if plural else "offender"))
        elif m.group("offence"):
            found.append((*m.span("offence"), "serious offences"))
        for e in _EXECUTED.finditer(text, m.start("asked"), m.end()):
            passive = e.group().startswith("be ")  # "...deserve to be executed"
            found.append((*e.span(), f"{'receive ' if passive else ''}capital punishment"))
        for j in _JAILED.finditer(text, m.start("asked"), m.end()):
            found.append((*j.span(), "serve sentences"))
    return replace_words(norm, sorted(found)) if found else norm
