"""Policy documents: errors name the line and the problem; versions follow content."""

from __future__ import annotations

import textwrap

import pytest

from commentdesk.policy import Policy, PolicyError, default_policy


def _load(text: str) -> Policy:
    return Policy.from_yaml(textwrap.dedent(text), "test.yaml")


def _error(text: str) -> PolicyError:
    with pytest.raises(PolicyError) as info:
        _load(text)
    return info.value


GOOD = """\
name: test
default: approve
rules:
  - id: insult-band
    type: score_band
    attribute: INSULT
    hold: 0.5
    reject: 0.9
  - id: words
    type: phrases
    phrases: [badword]
    action: reject
"""


def test_a_valid_policy_loads_with_its_rules_in_order():
    policy = _load(GOOD)
    assert [rule.id for rule in policy.rules] == ["insult-band", "words"]
    assert policy.version.startswith("pol-") and len(policy.version) == 12


def test_version_is_a_content_hash():
    assert _load(GOOD).version == _load(GOOD + "\n# a comment changes nothing\n").version
    assert _load(GOOD).version != _load(GOOD.replace("0.5", "0.6")).version


def test_bad_yaml_names_its_line():
    err = _error("name: x\nrules:\n  - id: a\n   type: [unclosed\n")
    assert err.line == 4
    assert "test.yaml, line 4" in str(err) and "not valid YAML" in str(err)


def test_unknown_key_names_its_line_and_suggests():
    err = _error(GOOD.replace("    hold: 0.5\n", "    hodl: 0.5\n"))
    assert err.line == 7
    assert "unknown key" in str(err) and "'hold'" in str(err)


def test_unknown_top_level_key():
    err = _error("name: x\nrulez: []\n")
    assert err.line == 2 and "rulez" in str(err)


def test_threshold_out_of_range():
    err = _error(GOOD.replace("reject: 0.9", "reject: 1.5"))
    assert err.line == 8 and "between 0 and 1" in str(err)


def test_threshold_must_be_a_number():
    err = _error(GOOD.replace("hold: 0.5", "hold: high"))
    assert err.line == 7 and "must be a number" in str(err)


def test_reject_below_hold_is_refused():
    err = _error(GOOD.replace("reject: 0.9", "reject: 0.2"))
    assert err.line == 8 and "below hold" in str(err)


def test_duplicate_rule_id():
    err = _error(GOOD.replace("id: words", "id: insult-band"))
    assert err.line == 9 and "duplicate rule id" in str(err) and "line 4" in str(err)


def test_duplicate_key_in_a_mapping():
    err = _error("name: x\nname: y\n")
    assert err.line == 2 and "duplicate key" in str(err)


def test_bad_regex():
    err = _error(
        """\
        rules:
          - id: pattern
            type: regex
            pattern: "(unclosed"
            action: hold
        """
    )
    assert err.line == 4 and "regular expression" in str(err)


def test_unknown_rule_type_and_action():
    err = _error("rules:\n  - id: a\n    type: vibes\n    action: hold\n")
    assert err.line == 3 and "must be one of" in str(err)
    err = _error("rules:\n  - id: a\n    type: links\n    action: delete\n")
    assert err.line == 4 and "approve, hold, reject, flag" in str(err)


def test_unknown_attribute_and_missing_threshold():
    err = _error(
        "rules:\n  - id: a\n    type: score_band\n    attribute: RUDENESS\n    hold: 0.5\n"
    )
    assert err.line == 4
    err = _error("rules:\n  - id: a\n    type: score_band\n    attribute: INSULT\n")
    assert err.line == 2 and "needs a hold" in str(err)


def test_unknown_phrase_list_and_bad_duration():
    err = _error("rules:\n  - id: a\n    type: phrases\n    phrases: nosuch\n    action: hold\n")
    assert err.line == 4 and "no phrase list named 'nosuch'" in str(err)
    err = _error("rules:\n  - id: a\n    type: repeats\n    window: soon\n")
    assert err.line == 4 and "duration" in str(err)


def test_empty_and_non_mapping_documents():
    assert "empty" in str(_error(""))
    assert _error("- just\n- a list\n").line == 1


def test_reserved_rule_ids():
    err = _error("rules:\n  - id: default\n    type: links\n")
    assert "reserved" in str(err)


def test_override_changes_one_threshold_and_keeps_the_rest():
    base = _load(GOOD)
    changed = base.with_override("rules:\n  - id: insult-band\n    hold: 0.7\n")
    band = changed.rules[0]
    assert getattr(band, "hold") == 0.7 and getattr(band, "reject") == 0.9
    assert changed.version != base.version
    assert getattr(base.rules[0], "hold") == 0.5  # the base is untouched


def test_override_adds_disables_and_places_rules():
    base = _load(GOOD)
    changed = base.with_override(
        textwrap.dedent(
            """\
            rules:
              - id: closed
                type: story_closed
                before: insult-band
              - id: words
                enabled: false
            """
        )
    )
    assert [rule.id for rule in changed.rules] == ["closed", "insult-band"]


def test_override_errors_point_into_the_override():
    with pytest.raises(PolicyError) as info:
        _load(GOOD).with_override("\nrules:\n  - id: insult-band\n    hold: 2\n", "story.yaml")
    assert info.value.line == 4 and "story.yaml" in str(info.value)


def test_override_replaces_phrase_lists_by_name():
    base = _load(
        """\
        phrase_lists:
          words: [alpha]
        rules:
          - id: words
            type: phrases
            phrases: words
            action: hold
        """
    )
    changed = base.with_override("phrase_lists:\n  words: [beta]\n")
    assert changed.document["phrase_lists"]["words"] == ["beta"]
    assert base.document["phrase_lists"]["words"] == ["alpha"]


def test_default_policy_loads():
    policy = default_policy()
    ids = [rule.id for rule in policy.rules]
    assert "story-closed" in ids and "insult-band" in ids and "new-author" not in ids


def test_bad_corroboration():
    base = "rules:\n  - id: a\n    type: score_band\n    attribute: INSULT\n    hold: 0.5\n"
    err = _error(base + "    also:\n      RUDENESS: 0.5\n")
    assert err.line == 7 and "not an attribute" in str(err)
    err = _error(base + "    also:\n      TOXICITY: 7\n")
    assert err.line == 7 and "between 0 and 1" in str(err)
