"""Names read as neutral stand-ins, so that who or what is named does not move a score.

The training data is news comments from years when a few names filled every
thread: "trump" appears in 3,184 of its comments, 91% of the labelled ones
toxic, "obama" in 643 (77%), "trudeau" in 292 (93%). Both stages learned the
names themselves as evidence, so "Trump is corrupt" scored INSULT 0.91 and
"Biden is corrupt" 0.53, and a policy threshold between them published one
and held the other: a viewpoint. The same held for parties ("{party} are
corrupt": TOXICITY 0.25 to 0.92), countries ("Israel is corrupt" 0.36,
"Russia is corrupt" 0.90, "Canada is corrupt" 0.96) and news outlets ("The
New York Times is evil" 0.14, "Breitbart is evil" 0.94).

Before either stage reads a comment, each such name becomes its kind's one
stand-in: a politician "smith", an office "alderman", a journalist
"stringer", a party or movement "whigs" (one member "whig"), a political
idea "whiggism", a policy "rezoning", a
country (or a state or province) "ruritania", a news outlet "gazette". Scores then depend on what is
said, not about whom. Highlights still land on the author's own characters.

The lists hold names that are not also common words ("May", "Brown" or
"Johnson" stay as they are); words that are as often something else count
only when the author capitalised them: "Labour", "the Greens", "a
Conservative MP", "Turkey", "the Guardian", but not "labour market", "eat
your greens", "a conservative estimate", "turkey dinner" or "a guardian".
"""

from __future__ import annotations

import re

from commentdesk.textnorm import Normalized, alternatives, replace_words

# The one name every politician's name is read as: a common surname with no
# history of its own in the training data.
STAND_IN = "smith"
PARTY_STAND_IN = "whigs"
MEMBER_STAND_IN = "whig"
COUNTRY_STAND_IN = "ruritania"
OUTLET_STAND_IN = "gazette"
IDEOLOGY_STAND_IN = "whiggism"
POLICY_STAND_IN = "rezoning"
OFFICE_STAND_IN = "alderman"
PRESS_STAND_IN = "stringer"

NAMES = frozenset(
    """
    donald trump obama barack biden hillary clinton kamala harris pelosi mcconnell schumer sanders
    bernie cruz rubio romney pence desantis newsom ocasio cortez aoc bush cheney reagan
    nixon palin kavanaugh comey mueller giuliani bannon vance walz haley ramaswamy
    corbyn starmer sunak truss farage thatcher blair boris
    trudeau harper poilievre
    merkel macron putin zelensky zelenskyy netanyahu erdogan modi bolsonaro orban
    """.split()
)
PARTIES = frozenset(
    """
    democrats republicans dems gop tories liberals conservatives progressives leftists
    rightists socialists libertarians centrists libs lefties maga
    feminists communists marxists
    """.split()
)
MEMBERS = frozenset(
    """
    democrat republican tory leftist rightist libertarian centrist feminist communist marxist
    """.split()
)
# Offices, which the training data named in abuse at different rates and the
# project's own templates named in clean sentences ("the mayor" 29 times):
# "The mayor is a liar" passed and "The senator is a liar" was held.
OFFICES = frozenset(
    """
    mayor senator premier minister governor president congressman congresswoman councillor
    councilor chancellor
    """.split()
) | {"prime minister"}
# The newsroom's own people, as readers name them ("the reporter", "this
# columnist"): "The reporter is a clown" passed and "The columnist is a clown"
# was held. "Editor" and "author" are left out: on Wikipedia's talk pages they
# are the site's own users, hundreds of times, nearly always civilly.
PRESS = frozenset("reporter journalist columnist correspondent".split())
# Political ideas by name: "Feminism is a cancer on society" scored TOXICITY
# 0.78 and "Conservatism is a cancer on society" 0.09.
IDEOLOGIES = frozenset(
    """
    feminism conservatism liberalism socialism communism marxism progressivism
    libertarianism
    """.split()
)
# Policies by name. A policy that touches a group is argued about in the
# training data beside abuse of the group, so the word itself scored:
# "Immigration should be cut" TOXICITY 0.91 and IDENTITY_ATTACK 0.57,
# "Taxation should be cut" 0.48 and 0.11. Arguing for less of a policy is an
# opinion; "immigrants", the people, are not a policy and stay as they are.
POLICIES = frozenset(
    """
    immigration emigration multiculturalism taxation austerity globalisation globalization
    deregulation privatisation privatization
    """.split()
) | {
    # "Open borders are a terrible idea" scored IDENTITY_ATTACK 0.71: the
    # words sat beside abuse of migrants in training, like "immigration".
    "open borders", "border wall", "border security", "affirmative action",
    "sanctuary cities", "sanctuary city",
}
COUNTRIES = frozenset(
    """
    israel palestine gaza russia ukraine iran iraq syria afghanistan pakistan india
    qatar egypt lebanon yemen japan taiwan cuba venezuela mexico canada america usa uk
    britain scotland ireland france germany italy spain poland hungary sweden brazil
    argentina nigeria somalia kenya ethiopia australia
    alaska hawaii alberta ontario quebec manitoba saskatchewan texas california florida
    oregon arizona ohio michigan illinois
    """.split()
) | {
    "saudi arabia", "north korea", "south korea", "south africa", "new zealand",
    "british columbia", "nova scotia", "new york",
}
OUTLETS = frozenset(
    """
    cnn msnbc bbc nyt breitbart newsmax infowars huffpost npr cbc wsj reuters
    """.split()
) | {
    "fox news", "new york times", "washington post", "wall street journal",
    "daily mail", "huffington post", "globe and mail", "toronto star", "national post",
}
# Names only when capitalised; the rest of the time, ordinary words.
CAPITALISED = {
    "labour": PARTY_STAND_IN,
    "greens": PARTY_STAND_IN,
    "liberal": MEMBER_STAND_IN,
    "conservative": MEMBER_STAND_IN,
    "china": COUNTRY_STAND_IN,
    "turkey": COUNTRY_STAND_IN,
    "fox": OUTLET_STAND_IN,
    "guardian": OUTLET_STAND_IN,
}
_STAND_INS: dict[str, str] = {
    **dict.fromkeys(PARTIES, PARTY_STAND_IN),
    **dict.fromkeys(MEMBERS, MEMBER_STAND_IN),
    **dict.fromkeys(IDEOLOGIES, IDEOLOGY_STAND_IN),
    **dict.fromkeys(POLICIES, POLICY_STAND_IN),
    **dict.fromkeys(OFFICES, OFFICE_STAND_IN),
    **dict.fromkeys(PRESS, PRESS_STAND_IN),
    **{f"{word}s": f"{PRESS_STAND_IN}s" for word in PRESS},
    **dict.fromkeys(COUNTRIES, COUNTRY_STAND_IN),
    **dict.fromkeys(OUTLETS, OUTLET_STAND_IN),
    **CAPITALISED,
}


_NAMES_ANY = re.compile(
    r"(?<![a-z0-9])(" + alternatives(NAMES | set(_STAND_INS)) + r")(?![a-z0-9])"
)
_SPACES = re.compile(r"\s+")
_SHRUB = re.compile(r"(?:(?:around|about|round)\s+the|\ba|\brose|\bberry|\bholly)\s+\Z")


def blind(norm: Normalized) -> Normalized:
    """``norm`` with every listed name read as its kind's stand-in; offsets still
    point at the author's characters (a stand-in covers the whole name)."""
    found: list[tuple[int, int, str]] = []
    for match in _NAMES_ANY.finditer(norm.text):
        begin, end = match.span(1)
        word = _SPACES.sub(" ", match.group(1))
        if word in NAMES:
            if word == "bush" and _SHRUB.search(norm.text, max(0, begin - 12), begin):
                continue  # "beat around the bush", "a rose bush"
            # Several in a row ("hillary clinton") are one person: one stand-in.
            if found and found[-1][2] == STAND_IN and not norm.text[found[-1][1] : begin].strip():
                found[-1] = (found[-1][0], end, STAND_IN)
            else:
                found.append((begin, end, STAND_IN))
            continue
        written = norm.original[norm.offsets[begin] : norm.ends[end - 1]]
        if word in CAPITALISED and not written[:1].isupper():
            continue  # "labour market", "a conservative estimate", "turkey dinner"
        found.append((begin, end, _STAND_INS[word]))
    return replace_words(norm, found) if found else norm
