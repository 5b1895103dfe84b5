"""Merging a section's or a story's override into a site policy.

An override is a partial policy. Scalars replace, each named phrase list and
pattern is replaced whole, and rules are matched by id: the override's keys replace the
base rule's keys (so ``{id: insult-band, hold: 0.8}`` moves one threshold), a
changed ``type`` replaces the rule outright, and an unknown id adds a rule at
``before:``/``after:`` another rule, or at the end.
"""

from __future__ import annotations

import copy

from commentdesk.policy.document import Mapping, PolicyError, Sequence


def merge(base: Mapping, override: Mapping) -> Mapping:
    """A new document: ``base`` with ``override`` applied. Neither is changed."""
    merged = copy.copy(base)
    merged.lines = dict(base.lines)
    merged.key_sources = dict(base.key_sources or {})
    for key, value in override.items():
        if key == "rules":
            merged[key] = _merge_rules(base.get("rules"), value, override, key)
        elif key in ("phrase_lists", "patterns") and isinstance(value, dict):
            current = base.get(key)
            lists = copy.copy(current) if isinstance(current, Mapping) else Mapping()
            lists.lines = dict(lists.lines)
            lists.key_sources = dict(lists.key_sources or {})
            lists.update(value)
            if isinstance(value, Mapping):
                lists.lines.update(value.lines)
                lists.key_sources.update({name: value.source for name in value})
            merged[key] = lists
        else:
            merged[key] = value
        merged.lines[key] = override.line_of(key) or 0
        merged.key_sources[key] = override.source
    return merged


def _merge_rules(base: object, value: object, override: Mapping, key: str) -> Sequence:
    if not isinstance(value, list):
        raise PolicyError("rules: must be a list of rules", override.line_of(key), override.source)
    rules = Sequence(base if isinstance(base, list) else [])
    if isinstance(base, Sequence):
        rules.source, rules.line = base.source, base.line
    for index, rule in enumerate(value):
        line = value.lines.get(index) if isinstance(value, Sequence) else None
        if not isinstance(rule, Mapping) or "id" not in rule:
            raise PolicyError(
                f"rules[{index}]: an override rule needs an id", line, override.source
            )
        position = _find(rules, rule["id"])
        if position is None:
            rules.insert(_placement(rules, rule, index), rule)
            continue
        current = rules[position]
        if "type" in rule and rule["type"] != current.get("type"):
            rules[position] = rule
            continue
        updated = copy.copy(current)
        updated.lines = dict(current.lines)
        updated.key_sources = dict(current.key_sources or {})
        updated.update(rule)
        updated.lines.update(rule.lines)
        updated.key_sources.update({name: rule.source for name in rule})
        rules[position] = updated
    rules.lines = {}
    return rules


def _find(rules: list[Mapping], rule_id: object) -> int | None:
    for position, rule in enumerate(rules):
        if isinstance(rule, dict) and rule.get("id") == rule_id:
            return position
    return None


def _placement(rules: list[Mapping], rule: Mapping, index: int) -> int:
    for key, shift in (("before", 0), ("after", 1)):
        if key in rule:
            anchor = _find(rules, rule[key])
            if anchor is None:
                raise PolicyError(
                    f"rules[{index}].{key}: no rule with id {rule[key]!r} to place it by",
                    rule.line_of(key),
                    rule.source,
                )
            return anchor + shift
    return len(rules)
