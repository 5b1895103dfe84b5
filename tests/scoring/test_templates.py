"""The project's own template sentences: held-out sets never overlap training."""

from __future__ import annotations

import re

from commentdesk.scoring import datasets, templates

SECOND_PERSON = re.compile(r"\b(you|your|u|ur)\b", re.IGNORECASE)


def test_evaluation_templates_are_not_trained_on() -> None:
    trained = {ex.text for ex in datasets.load_templates()}
    held_out = (
        [s for s, _, _ in templates.evaluation_identity_set()]
        + [s for s, _ in templates.evaluation_threats()]
        + templates.evaluation_swearing()
        + [s for group in templates.evaluation_belittling() for s in group]
    )
    assert held_out and not trained & set(held_out)


def test_swearing_templates_are_profane_and_aimed_at_no_one() -> None:
    rows = [ex for ex in datasets.load_templates() if ex.text in set(templates.training_swearing())]
    assert len(rows) == len(templates.training_swearing()) > 50
    for ex in rows:
        assert ex.labels["PROFANITY"] == 1 and ex.labels["INSULT"] == 0
        assert "TOXICITY" not in ex.labels  # profane is toxic enough; the set does not say
    for text in templates.training_swearing() + templates.evaluation_swearing():
        assert not SECOND_PERSON.search(text), text


def test_belittling_templates_are_insults_and_their_replies_are_civil() -> None:
    insults, replies = templates.training_belittling()
    rows = {ex.text: ex.labels for ex in datasets.load_templates()}
    assert all(rows[t]["INSULT"] == 1 and rows[t]["PROFANITY"] == 0 for t in insults)
    assert all(not any(rows[t].values()) for t in replies)
    # Both sides speak to someone, so "you" alone cannot tell them apart.
    for group in (*templates.training_belittling(), *templates.evaluation_belittling()):
        assert sum(bool(SECOND_PERSON.search(t)) for t in group) >= len(group) // 2


def test_opinions_on_policy_about_a_group_are_taught_as_civil() -> None:
    rows = {ex.text: ex.labels for ex in datasets.load_templates()}
    adopt = "Gay people should be allowed to adopt children."
    against = "I do not think a special quota for immigrants is a good idea."
    assert not any(rows[adopt].values()) and not any(rows[against].values())
    held_out = {s for s, _, toxic in templates.evaluation_identity_set() if not toxic}
    assert "Gay people should have the right to adopt." in held_out
