"""Calls for the courts' punishment: an opinion about justice, not a threat.

"He should be in prison", "Murderers deserve the death penalty" and "Bring
back the death penalty for child killers" score as threats and severe
toxicity (0.65-0.99), while "The death penalty is barbaric" does not: a
threshold alone held one side of the argument about punishment. A band with
``lawful: true`` asks this module about each span that carries its evidence;
a span in a sentence that asks for a sentence from the courts (prison, jail,
prosecution, arrest, the death penalty), and names no violence of its own
("... or better, shot"), is opinion about justice. A killing asked for as
such ("he should be executed", "hang them") is not excused.
"""

from __future__ import annotations

import re

from commentdesk.textnorm import lower_in_place

_COURTS = re.compile(
    r"\b(prison|jail|gaol|behind bars|locked up|lock (him|her|them|'?em) up|prosecuted|"
    r"prosecute|prosecution|charged|indicted|convicted|arrested|arrest|trial|"
    r"sentenced|life sentence|death penalty|capital punishment|impeached|impeach|jailed|"
    r"imprisoned|incarcerated)\b"
)
# Violence asked for in its own words, in the same sentence: never excused.
_VIOLENCE = re.compile(
    r"\b(shot|shoot|kill|killed|hang|hanged|hung|lynch|lynched|beat|beaten|stab|stabbed|"
    r"burn|burned|die|dies|dead|executed?|execution|gassed|tortured?|raped?|rot in hell|"
    r"firing squad|bullet|noose|put down|strung up)\b"
)
_SENTENCE = re.compile(r"[^.!?;\n]+")


def lawful(text: str, begin: int, end: int) -> bool:
    """Whether the words at ``text[begin:end]`` ask only for the courts' punishment."""
    return _lawful_in(lower_in_place(text), begin)


def all_lawful(text: str, spans: list[tuple[int, int]]) -> bool:
    """Every span asks only for the courts' punishment (and there is a span)."""
    lowered = lower_in_place(text)
    return bool(spans) and all(_lawful_in(lowered, begin) for begin, _ in spans)


def _lawful_in(lowered: str, begin: int) -> bool:
    for sentence in _SENTENCE.finditer(lowered):
        if sentence.start() <= begin < sentence.end():
            said = sentence.group()
            return bool(_COURTS.search(said)) and not _VIOLENCE.search(said)
    return False
