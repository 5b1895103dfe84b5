"""A danger warned of reads as the risk it names.

The author's or the reader's harm, a people's, a wish, or a sentence that
speaks to the reader reads as written.
"""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.dangers import warned
from commentdesk.textnorm import normalize


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (
            "These drivers are going to kill someone on that road.",
            "these drivers are going to endanger someone on that road.",
        ),
        ("That dog is going to kill someone.", "that dog is going to endanger someone."),
        (
            "He's going to hurt somebody if they let him out.",
            "he's going to endanger somebody if they let him out.",
        ),
        ("If they close the ER, people will die.", "if they close the er, people will be at risk."),
        (
            "Somebody will get hurt if they don't fix it.",
            "somebody will be at risk if they don't fix it.",
        ),
        (
            "It's only a matter of time before someone gets killed there.",
            "it's only a matter of time before someone is at risk there.",
        ),
        (
            "The city should fix it before a kid dies.",
            "the city should fix it before a kid is at risk.",
        ),
        # a policy foretold to harm those it touches, a people too
        (
            "Abortion bans will kill women who need emergency care.",
            "abortion bans will endanger women who need emergency care.",
        ),
        (
            "These cuts are going to kill pensioners.",
            "these cuts are going to endanger pensioners.",
        ),
        # safety wished in the words of harm denied
        (
            "I hope no one gets killed at that junction.",
            "i hope no one is at risk at that junction.",
        ),
        (
            "Hope she doesn't die out there in the cold.",
            "hope she stays safe out there in the cold.",
        ),
        ("I hope you don't get hurt on that road.", "i hope you stay safe on that road."),
        # harm counted of those it befalls
        (
            "Men are twice as likely as women to die by suicide.",
            "men are twice as likely as women to be at risk.",
        ),
        (
            "Transgender people are murdered at alarming rates.",
            "transgender people are at risk at alarming rates.",
        ),
    ],
)
def test_harm_foretold_for_someone_nobody_names_reads_as_a_risk(text: str, meant: str) -> None:
    assert warned(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to kill someone on that road.",  # the author
        "We're going to hurt somebody.",
        "You'll hurt someone.",  # the reader
        "Someone is going to kill you, reporter.",  # the reader is the victim
        "Muslims are going to kill someone.",  # a people: a slander
        "He will kill women.",  # someone, not a policy
        "Someone should kill those drivers.",  # wished, not foretold
        "I hope someone gets killed there.",
        "I will make sure someone gets hurt.",
        "Keep talking and someone will get hurt.",  # a veiled threat
        "Someone will die tonight and it will be you.",
        "More people will be hurt by Muslim terrorists.",  # someone named who does it
        "Someone gets killed in the first scene.",  # no warning: a report
        "It's going to hurt someone's feelings.",
        "I hope he gets hurt.",  # no "no": the wish as written
        "I hope nobody notices the mistake.",
        "Immigrants are more likely to kill.",  # what they are said to do: a slander
    ],
)
def test_a_threat_a_wish_or_a_slander_reads_as_written(text: str) -> None:
    assert warned(normalize(text)).text == normalize(text).text


def test_offsets_still_point_at_the_authors_words() -> None:
    text = "That crossing will kill someone."
    norm = warned(normalize(text))
    begin = norm.text.index("endanger")
    assert text[norm.offsets[begin] : norm.ends[begin]] == "kill"


def test_a_warning_is_no_threat_and_a_threat_still_is(scorer: Scorer) -> None:
    warnings = [
        "These drivers are going to kill someone on that road.",
        "Somebody will get hurt if they don't fix the stairs.",
        "That dog is going to kill someone.",
        "If they close the ER, people will die.",
        "I hope no one gets killed at that junction.",
        "I hope you don't die on that road, it is dangerous.",
    ]
    for result in scorer.score(warnings):
        assert result.scores["THREAT"] < 0.5, result
    threats = ["I'm going to kill someone on that road.", "Someone is going to kill you, reporter."]
    for result in scorer.score(threats):
        assert result.scores["THREAT"] >= 0.5, result
