"""Names are read as one stand-in per kind, so who or what is named does not move a score."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.names import STAND_IN, blind
from commentdesk.textnorm import normalize, to_original


def test_listed_names_become_the_stand_in_and_keep_their_offsets():
    text = "TRUMP's tariffs and Obama\u2019s plan, not a trumpet or Mr Brown."
    norm = blind(normalize(text))
    assert norm.text.count(STAND_IN) == 2
    assert "trumpet" in norm.text and "brown" in norm.text
    first = norm.text.index(STAND_IN)
    assert text[slice(*to_original(norm, first, first + len(STAND_IN)))] == "TRUMP"
    second = norm.text.index(STAND_IN, first + 1)
    assert text[slice(*to_original(norm, second, second + len(STAND_IN)))] == "Obama"
    both = blind(normalize("Hillary Clinton and Kamala Harris spoke."))
    assert both.text == f"{STAND_IN} and {STAND_IN} spoke."
    plain = normalize("Nothing to read as anyone else here.")
    assert blind(plain) is plain


TEMPLATES = ["{x} is corrupt.", "{x} is incompetent.", "{x} is destroying this country.",
             "I voted for {x} and I would again."]
NAMES = ["Trump", "Biden", "Obama", "Hillary Clinton", "Sunak", "Starmer", "Trudeau", "Putin"]


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_same_words_about_different_politicians_score_the_same(
    scorer: Scorer, template: str
) -> None:
    # "Trump is corrupt" scored INSULT 0.91 and "Biden is corrupt" 0.53: a policy
    # threshold between them published one and held the other.
    texts = [template.format(x=name) for name in NAMES]
    results = scorer.score(texts)
    first = results[0].scores
    for text, result in zip(texts[1:], results[1:], strict=True):
        for attribute, value in result.scores.items():
            assert value == pytest.approx(first[attribute], abs=1e-6), (text, attribute)
    probabilities = scorer.probabilities(texts)
    assert (abs(probabilities - probabilities[0]) < 1e-6).all()


def test_highlights_of_a_blinded_comment_land_on_the_authors_words(scorer: Scorer) -> None:
    text = "Trudeau is a corrupt idiot and his voters are morons."
    result = scorer.score([text])[0]
    marked = [text[b:e] for b, e, _ in result.spans["INSULT"]]
    assert marked and all(word in text for word in marked)
    assert any("idiot" in word or "moron" in word for word in marked)


def test_parties_read_as_one_party_and_words_that_are_often_something_else_only_capitalised():
    from commentdesk.scoring.names import MEMBER_STAND_IN, PARTY_STAND_IN

    norm = blind(normalize("The GOP, Democrats and a Tory; Labour and the Greens."))
    assert norm.text == (f"the {PARTY_STAND_IN}, {PARTY_STAND_IN} and a {MEMBER_STAND_IN}; "
                         f"{PARTY_STAND_IN} and the {PARTY_STAND_IN}.")
    ordinary = "the labour market, a conservative estimate, eat your greens"
    assert blind(normalize(ordinary)).text == ordinary
    assert blind(normalize("a Conservative MP")).text == f"a {MEMBER_STAND_IN} mp"
    # Disguised or not, a name is a name.
    assert blind(normalize("D3mocrats")).text == PARTY_STAND_IN


PARTIES = ["Republicans", "Democrats", "Liberals", "Tories", "Labour", "Socialists",
           "Libertarians", "Leftists", "Feminists", "Communists"]


@pytest.mark.parametrize("template", ["{x} are corrupt.", "I vote for {x}.",
                                      "{x} are destroying this country."])
def test_the_same_words_about_different_parties_score_the_same(
    scorer: Scorer, template: str
) -> None:
    # "{party} are corrupt" scored TOXICITY 0.25 to 0.92 by party before.
    results = scorer.score([template.format(x=party) for party in PARTIES])
    for result in results[1:]:
        for attribute, value in result.scores.items():
            assert value == pytest.approx(results[0].scores[attribute], abs=1e-6)


@pytest.mark.parametrize("template", ["{x} is a cancer on society.", "{x} has lost its way."])
def test_the_same_words_about_different_political_ideas_score_the_same(
    scorer: Scorer, template: str
) -> None:
    # "Feminism is a cancer on society" scored TOXICITY 0.78, "Conservatism" 0.09.
    ideas = ["Feminism", "Conservatism", "Liberalism", "Socialism", "Marxism"]
    results = scorer.score([template.format(x=idea) for idea in ideas])
    for result in results[1:]:
        for attribute, value in result.scores.items():
            assert value == pytest.approx(results[0].scores[attribute], abs=1e-6)


def test_offices_read_as_one_office() -> None:
    from commentdesk.scoring.names import OFFICE_STAND_IN

    norm = blind(normalize("The Prime Minister, the mayor and a senator"))
    assert norm.text == f"the {OFFICE_STAND_IN}, the {OFFICE_STAND_IN} and a {OFFICE_STAND_IN}"


def test_journalists_read_as_one_and_wikipedia_editors_stay() -> None:
    from commentdesk.scoring.names import PRESS_STAND_IN

    norm = blind(normalize("The reporter and two columnists; the editor."))
    assert norm.text == f"the {PRESS_STAND_IN} and two {PRESS_STAND_IN}s; the editor."


def test_movements_and_their_members_read_as_a_party():
    from commentdesk.scoring.names import IDEOLOGY_STAND_IN, MEMBER_STAND_IN, PARTY_STAND_IN

    norm = blind(normalize("Feminists say a feminist writer defends feminism."))
    assert norm.text == (
        f"{PARTY_STAND_IN} say a {MEMBER_STAND_IN} writer defends {IDEOLOGY_STAND_IN}."
    )


def test_countries_and_news_outlets_read_as_one_of_each():
    from commentdesk.scoring.names import COUNTRY_STAND_IN, OUTLET_STAND_IN

    text = "Fox News and the New York  Times on Israel and Saudi Arabia; the Guardian in Turkey."
    assert blind(normalize(text)).text == (
        f"{OUTLET_STAND_IN} and the {OUTLET_STAND_IN} on {COUNTRY_STAND_IN} and "
        f"{COUNTRY_STAND_IN}; the {OUTLET_STAND_IN} in {COUNTRY_STAND_IN}."
    )
    assert blind(normalize("Donald Trump in New York and Alaska")).text == (
        f"smith in {COUNTRY_STAND_IN} and {COUNTRY_STAND_IN}"
    )
    ordinary = "a turkey dinner, a legal guardian, a fox in Indiana, Indian food"
    assert blind(normalize(ordinary)).text == ordinary.lower()


@pytest.mark.parametrize(("template", "names"), [
    ("{x} is corrupt.", ["Israel", "Palestine", "Russia", "Ukraine", "China", "Canada"]),
    ("{x} is committing war crimes.", ["Israel", "Palestine", "Russia", "Ukraine", "Iran"]),
    ("{x} is evil.", ["Fox News", "CNN", "MSNBC", "Breitbart", "NPR"]),
])
def test_the_same_words_about_different_countries_or_outlets_score_the_same(
    scorer: Scorer, template: str, names: list[str]
) -> None:
    # "Israel is corrupt" scored TOXICITY 0.36 and "Russia is corrupt" 0.90;
    # "Breitbart is evil" 0.94 and "The New York Times is evil" 0.14.
    results = scorer.score([template.format(x=name) for name in names])
    for result in results[1:]:
        for attribute, value in result.scores.items():
            assert value == pytest.approx(results[0].scores[attribute], abs=1e-6)


def test_policies_read_as_one_policy_and_the_people_they_touch_stay() -> None:
    from commentdesk.scoring.names import POLICY_STAND_IN

    norm = blind(normalize("Immigration, taxation and multiculturalism; immigrants stay."))
    assert norm.text == (
        f"{POLICY_STAND_IN}, {POLICY_STAND_IN} and {POLICY_STAND_IN}; immigrants stay."
    )


@pytest.mark.parametrize("template", ["{x} should be cut.", "We need much less {y}."])
def test_arguing_against_a_policy_scores_alike_for_every_policy(
    scorer: Scorer, template: str
) -> None:
    # "Immigration should be cut" scored TOXICITY 0.91 and IDENTITY_ATTACK 0.57,
    # "Taxation should be cut" 0.48 and 0.11.
    policies = ["Immigration", "Taxation", "Austerity", "Multiculturalism"]
    texts = [template.format(x=p, y=p.lower()) for p in policies]
    results = scorer.score(texts)
    for result in results[1:]:
        for attribute, value in result.scores.items():
            assert value == pytest.approx(results[0].scores[attribute], abs=1e-6)
    assert results[0].scores["IDENTITY_ATTACK"] < 0.5


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Open borders are a terrible idea.", "rezoning are a terrible idea."),
        ("The border wall is a waste of money.", "the rezoning is a waste of money."),
        ("End sanctuary cities and affirmative action.", "end rezoning and rezoning."),
        ("Bush lied about the war.", f"{STAND_IN} lied about the war."),
    ],
)
def test_policies_named_in_two_words_are_read_as_the_policy_stand_in(text: str, meant: str) -> None:
    assert blind(normalize(text)).text == meant


@pytest.mark.parametrize("text", ["I won't beat around the bush.", "She planted a rose bush."])
def test_a_bush_that_is_a_shrub_stays(text: str) -> None:
    assert blind(normalize(text)).text == normalize(text).text
