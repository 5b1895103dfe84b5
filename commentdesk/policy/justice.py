"""Asking for what the law does: an opinion about justice and policy, not a threat.

"He should be in prison", "Murderers deserve the death penalty" and "Bring
back the death penalty for child killers" score as threats and severe
toxicity (0.65-0.99), while "The death penalty is barbaric" does not: a
threshold alone held one side of the argument about punishment. The same
with immigration: "Illegal immigrants should be deported" scored TOXICITY
0.95 and IDENTITY_ATTACK 0.82, and was held as an attack on a group, while
"Illegal immigrants should be given a path to citizenship" passed.

A band with ``lawful: true`` asks this module about each span that carries
its evidence. A span in a sentence that asks for a sentence from the courts
(prison, jail, prosecution, arrest, the death penalty), or for people who
broke immigration law to be deported, is an opinion about the law, unless
the sentence also:

- names violence of its own ("... or better, shot"; a killing asked for as
  such, "he should be executed", is not excused either);
- dehumanises ("these animals should be deported");
- asks it of a people for who they are ("Muslims should be deported",
  "Jews should be locked up"): a group named by religion, race, origin,
  gender or sexuality, unless its members are picked out by what they did
  ("illegal Mexicans", "Muslims who commit crimes").
"""

from __future__ import annotations

import re

from commentdesk.textnorm import lower_in_place

_COURTS = re.compile(
    r"\b(prison|jail|gaol|behind bars|locked up|lock (him|her|them|'?em) up|prosecuted|"
    r"prosecute|prosecution|charged|indicted|convicted|arrested|arrest|trial|"
    r"sentenced|life sentence|death penalty|capital punishment|impeached|impeach|jailed|"
    r"imprisoned|incarcerated|never be released|never get out|no parole|without parole|"
    r"denied parole|locked away|throw away the key)\b"
)
# Removal from the country, and who it may be asked of: those picked out by
# what they did, not by who they are.
_REMOVAL = re.compile(
    r"\b(deport|deported|deporting|deportation|deportations|deportable|removed from the country|"
    r"sent home|sent back|send (them|'?em) (home|back))\b"
)
_BROKE_THE_LAW = re.compile(
    r"\b(illegal|illegals|illegally|undocumented|unauthori[sz]ed|overstay|overstayed|overstayers?|"
    r"failed asylum|without (papers|a visa|permission)|broke the law|break the law|"
    r"commit crimes|committed crimes|commits crimes|convicted|criminals?)\b"
)
# Violence asked for in its own words, in the same sentence: never excused.
_VIOLENCE = re.compile(
    r"\b(shot|shoot|kill|killed|hang|hanged|hung|lynch|lynched|beat|beaten|stab|stabbed|"
    r"burn|burned|die|dies|dead|executed?|execution|gassed|tortured?|raped?|rot in hell|"
    r"firing squad|bullet|noose|put down|strung up|drowned|camps)\b"
)
# Words that make people less than people, or a people into criminals.
_DEHUMANISING = re.compile(
    r"\b(animals|vermin|parasites|savages|beasts|invaders|scum|filth|cockroaches|rats|pests|"
    r"subhumans?|infestation|plague|disease|rapists|terrorists)\b"
)
# A people named as such, for who they are (religion, race, origin,
# sexuality): "Muslims", "the Chinese", "gay people"; not "Muslim extremists"
# or "Mexicans who broke the law", whom what they did picks out.
_PEOPLES = re.compile(
    r"\b(muslims|jews|christians|hindus|sikhs|catholics|blacks|whites|asians|arabs|africans|"
    r"mexicans|hispanics|latinos|latinas|indians|pakistanis|somalis|gays|lesbians|homosexuals|"
    r"gypsies|roma|the (chinese|jewish|irish|french|english|muslim world)|"
    r"(black|white|gay|trans|transgender|jewish|muslim|chinese|asian|brown) "
    r"(people|folks|men|women))\b"
    r"(?!\s+(who|that|which|convicted|caught|found|accused|charged))"
)
_SENTENCE = re.compile(r"[^.!?;\n]+")
# A violent word that says what the offenders did ("murderers who kill
# children deserve the death penalty") names the crime, not violence asked for.
_OFFENCE = re.compile(r"\b(who|that|which)\s+([a-z']+\s+){0,2}\Z")


def lawful(text: str, begin: int, end: int) -> bool:
    """Whether the words at ``text[begin:end]`` ask only for what the law does."""
    return _lawful_in(lower_in_place(text), begin)


def all_lawful(text: str, spans: list[tuple[int, int]]) -> bool:
    """Every span asks only for what the law does (and there is a span)."""
    lowered = lower_in_place(text)
    return bool(spans) and all(_lawful_in(lowered, begin) for begin, _ in spans)


def _lawful_in(lowered: str, begin: int) -> bool:
    for sentence in _SENTENCE.finditer(lowered):
        if sentence.start() <= begin < sentence.end():
            said = sentence.group()
            if _asked_violence(said) or _DEHUMANISING.search(said):
                return False
            if any(not _picked_out(said, m.start()) for m in _PEOPLES.finditer(said)):
                return False
            return bool(_COURTS.search(said)) or bool(
                _REMOVAL.search(said) and _BROKE_THE_LAW.search(said)
            )
    return False


def _asked_violence(sentence: str) -> bool:
    """Violence in the sentence that is not the offence its offenders committed."""
    return any(not _OFFENCE.search(sentence, 0, m.start()) for m in _VIOLENCE.finditer(sentence))


def _picked_out(sentence: str, at: int) -> bool:
    """The people named at ``at`` are picked out by what they did ("illegal
    Mexicans", "undocumented Somalis"): a lawbreaking word just before them.
    (What follows them, "Mexicans who broke the law", ``_PEOPLES`` reads.)"""
    before = sentence[max(0, at - 25) : at]
    return bool(_BROKE_THE_LAW.search(before))
