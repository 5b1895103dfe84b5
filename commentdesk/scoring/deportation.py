"""Deportation argued over, read as removal, so both sides of the argument read alike.

Whether those who broke immigration law should be sent home is argued under
every immigration story, and both stages learned "deport" from corpora where
it came mostly with hatred (HatEval's tweets say "#deportthemall" beside
"invaders"): "Illegal immigrants should be deported, no exceptions." scored
TOXICITY 0.81 and "Undocumented immigrants should be deported." 0.84, where
"...should be removed." scored 0.22; on the other side "Deporting children
who grew up here is heartless." scored 0.55 where "Removing children..." 0.19.

Before either stage reads a comment, "deport", "deported", "deporting" and
"deportation" are read as "remove", "removed", "removing" and "removal"
where the argument is about the law: the one to be deported is named by
what they did or by their status ("illegal immigrants", "those who came
here illegally", "foreign criminals", "failed asylum seekers"), deportation
is opposed or denied ("should not be deported", "stop the deportations"),
argued as a policy ("mass deportations are the answer", "the deportation
policy") or judged as an act ("deporting families is cruel"). Where a people
is named for who they are, and nothing of the law is said ("Muslims should
be deported", "deport all the Mexicans", "the deportation of every Jew"),
nothing changes: that is asked of a people, and read as written; so is
"deport them all", whose "them" the sentence does not say.
"""

from __future__ import annotations

import re

from commentdesk.scoring.peoples import PEOPLES, names_a_people
from commentdesk.textnorm import Normalized, replace_words

_AS = {
    "deport": "remove",
    "deports": "removes",
    "deported": "removed",
    "deporting": "removing",
    "deportation": "removal",
    "deportations": "removals",
}
_WORD = re.compile(r"\b(?:deport|deports|deported|deporting|deportation|deportations)\b")
# Named by their standing in law ("illegal Mexicans"), or by what they did.
_IN_LAW_WORDS = (
    r"illegal(?:ly|s)?|undocumented|unauthori[sz]ed|unlawful(?:ly)?|convicted|overstay(?:ed|ers?|ing)?"
    r"|failed\s+asylum|rejected\s+asylum|without\s+(?:papers|visas?|status|permission)|expired\s+visas?"
)
_BY_WHAT_THEY_DID = (
    _IN_LAW_WORDS
    + r"|criminals?|convicts?|offenders?|felons?|no\s+(?:legal\s+)?right\s+to\s+(?:be|stay)"
    r"|gang\s+members?|drug\s+dealers?|traffickers?|smugglers?|rapists?|murderers?|terrorists?"
    r"|lawbreakers?|broke\s+the\s+law|break\s+the\s+law|committed|commit|crimes?"
)
_IN_LAW = re.compile(rf"\b(?:{_IN_LAW_WORDS})\b")
_STATUS = re.compile(rf"\b(?:{_BY_WHAT_THEY_DID})\b")
# ...or the law's own words about it.
_BY_THE_LAW = re.compile(
    rf"\b(?:{_BY_WHAT_THEY_DID}|due\s+process|courts?|hearings?|visas?|permits?|legal\s+status)\b"
)
# Opposed or denied, just before: "should not be deported", "stop the
# deportations", "against deporting families".
_DENIED = re.compile(
    r"\b(?:not|never|n't|no\s+one|nobody|stop|stopping|halt|halting|end|ending|against|oppose[sd]?"
    r"|opposing|pause|suspend(?:ing)?|protest(?:ing)?|fight(?:ing)?|resist(?:ing)?|block(?:ed|ing)?)\s+"
    r"(?:(?:be|being|been|get|getting|the|all|these|those|mass|any|more|further|their|his|her)\s+){0,3}$"
)
# Judged as an act, after it: "deporting families is cruel".
_JUDGED = re.compile(
    r"\b(?:is|are|was|were|would\s+be|'s)\s+(?:(?:so|simply|just|truly|deeply|utterly|plain|plainly)\s+)?"
    r"(?:cruel|heartless|inhumane|wrong|shameful|unjust|immoral|a\s+disgrace|disgraceful|evil|barbaric)\b"
)
# A clause ends here: what is said of whom stops at its edge.
_CLAUSE = re.compile(r"[.!?;:,\n]|\bbut\b")


def removed(norm: Normalized) -> Normalized:
    """``norm`` with deportation argued over read as removal; offsets still
    point at the author's characters."""
    text = norm.text
    if "deport" not in text:
        return norm
    found = [
        (m.start(), m.end(), _AS[m.group()])
        for m in _WORD.finditer(text)
        if _argued(text, m.start(), m.end())
    ]
    return replace_words(norm, found) if found else norm


def _argued(text: str, begin: int, end: int) -> bool:
    """Whether the deportation at ``text[begin:end]`` is argued about the law,
    not asked of a people for who they are, nor wished on someone."""
    before, after = _clause_before(text, begin), _clause_after(text, end)
    if _DENIED.search(before) or _JUDGED.search(after):
        return True
    # the one deported: before a passive ("...should be deported"), after a verb
    whom = (
        before
        if text[begin:end] == "deported" and re.search(r"\b(?:be|been|being|get|got)\s+$", before)
        else after
    )
    # A people called criminals is derogated, not named by what they did:
    # with a people, only their standing in law counts ("illegal Mexicans").
    status = _IN_LAW if _of_a_people(whom) else _STATUS
    if status.search(whom) or _BY_THE_LAW.search(after):
        return True
    # a policy by its name ("mass deportations", "deportation flights"), of no people
    noun = text[begin:end].startswith("deportation")
    return noun and not _of_a_people(before[-30:] + " " + after[:40])


def _of_a_people(said: str) -> bool:
    """Whether ``said`` names a people, or one of them ("every Jew")."""
    return names_a_people(said) or any(w + "s" in PEOPLES for w in re.findall(r"[a-z]+", said))


def _clause_before(text: str, at: int) -> str:
    edges = [m.end() for m in _CLAUSE.finditer(text, max(0, at - 120), at)]
    return text[edges[-1] if edges else max(0, at - 120) : at]


def _clause_after(text: str, at: int) -> str:
    edge = _CLAUSE.search(text, at, at + 120)
    return text[at : edge.start() if edge else at + 120]
