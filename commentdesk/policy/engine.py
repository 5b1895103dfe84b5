"""A newsroom policy: a validated document and the decision procedure over it.

How a decision is made:

1. Every enabled rule is evaluated, in document order, and every rule that
   matches is recorded as a ``Reason`` in that order.
2. The first matching rule whose action is not ``flag`` is decisive. Flags only
   annotate. If nothing is decisive, a final reason with rule id ``default``
   carries the policy's ``default`` action.
3. Fail closed: when the scorer gave nothing (rule ``scoring-unavailable``) or a
   rule raised an error (the reason names the rule), the comment can no longer
   be approved. Such a hold is put first and becomes decisive, unless a rule
   already rejected the comment.

So ``Decision.reasons`` lists the decisive reason as its first non-flag entry,
which is what ``Decision.decisive`` returns.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

import regex

from commentdesk.domain import Action, CommentStatus, Decision, Reason
from commentdesk.policy.document import Fields, Mapping, PolicyError, load, plain
from commentdesk.policy.override import merge
from commentdesk.policy.rules import (
    Context,
    Hit,
    Named,
    RejectionRate,
    Repeats,
    Rule,
    build_rule,
    check_rule_id,
    with_fragments,
)
from commentdesk.policy.submission import Submission

SCORING_UNAVAILABLE = "scoring-unavailable"
DEFAULT_RULE = "default"

_LEAD = {
    Action.HOLD: "A moderator will read your comment before it appears, because {why}.",
    Action.REJECT: "Your comment was not published because {why}.",
    Action.APPROVE: "Your comment was published because {why}.",
    Action.FLAG: "Your comment was marked for attention because {why}.",
}
_DEFAULT_WHY = {
    Action.APPROVE: "it meets the site's guidelines",
    Action.HOLD: "this site reads every comment before publishing it",
    Action.REJECT: "this site is not accepting comments",
}


# What a moderator may tell a writer when rejecting their comment, unless the
# policy lists its own (`moderator_reasons`, in the newsroom's language):
# civility, never opinion. The dashboard offers them in this order, keys 1-9.
DEFAULT_MODERATOR_REASONS = (
    "It insults someone.",
    "It attacks people for who they are.",
    "It threatens or wishes harm on someone.",
    "It uses language this site does not publish.",
    "It is spam or advertising.",
    "It shares someone's private information.",
    "It is off topic.",
)
MAX_MODERATOR_REASONS = 9


@dataclass(frozen=True)
class _Top:
    name: str
    default: Action
    rules: tuple[Rule, ...]
    moderator_reasons: tuple[str, ...] = DEFAULT_MODERATOR_REASONS


class Policy:
    """A validated policy. Build with ``from_yaml``; decide with ``decide``."""

    def __init__(self, document: Mapping, source: str = "<policy>"):
        self.document = document
        self.source = source
        self._top = _validate(document)
        digest = hashlib.sha256(
            json.dumps(plain(document), sort_keys=True, ensure_ascii=False).encode()
        ).hexdigest()
        self.version = f"pol-{digest[:8]}"

    @classmethod
    def from_yaml(cls, text: str, source: str = "<policy>") -> Policy:
        return cls(load(text, source), source)

    @property
    def name(self) -> str:
        return self._top.name

    @property
    def default(self) -> Action:
        return self._top.default

    @property
    def rules(self) -> tuple[Rule, ...]:
        return self._top.rules

    def history_windows(self) -> tuple[float | None, float | None]:
        """How far back its rules look, in seconds: the longest window of the
        author decisions and of the repeats they ask about (None where no rule
        asks), so a batch can read that history while its comments are scored."""
        decisions = [r.window_s for r in self.rules if isinstance(r, RejectionRate)]
        repeats = [r.window_s for r in self.rules if isinstance(r, Repeats)]
        return max(decisions, default=None), max(repeats, default=None)

    @property
    def moderator_reasons(self) -> tuple[str, ...]:
        """What a moderator's rejection may tell its writer."""
        return self._top.moderator_reasons

    def with_override(self, override_yaml: str, source: str = "<override>") -> Policy:
        """This policy with a section's or story's override applied, validated again."""
        override = load(override_yaml, source)
        return Policy(merge(self.document, override), source)

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "name": self.name, "document": plain(self.document)}

    def decide(self, sub: Submission) -> Decision:
        ctx = Context(sub)
        reasons: list[Reason] = []
        failures: list[Reason] = []
        decisive: Reason | None = None
        for rule, outcome in self._evaluate(sub, ctx):
            if isinstance(outcome, Exception):
                failures.append(_failure(rule, outcome))
                continue
            reason = Reason(
                rule.id,
                outcome.action,
                _message(rule, outcome),
                outcome.detail,
                own_words=rule.message is not None,
            )
            reasons.append(reason)
            if decisive is None and outcome.action is not Action.FLAG:
                decisive = reason
        if sub.score is None:
            failures.insert(0, _scoring_unavailable())
        if decisive is None:
            decisive = _default_reason(self.default)
            reasons.append(decisive)
        if failures and decisive.action is not Action.REJECT:
            kept = [r for r in reasons if r.rule != DEFAULT_RULE]
            return self._decision(Action.HOLD, failures + kept, sub)
        return self._decision(decisive.action, reasons + failures, sub)

    def _evaluate(self, sub: Submission, ctx: Context) -> Iterator[tuple[Rule, Hit | Exception]]:
        for rule in self.rules:
            if rule.needs_score and sub.score is None:
                continue
            try:
                hit = rule.evaluate(sub, ctx)
            except Exception as err:  # noqa: BLE001 - any failure must hold, not crash
                yield rule, err
                continue
            if hit is not None:
                yield rule, hit

    def _decision(self, action: Action, reasons: list[Reason], sub: Submission) -> Decision:
        return Decision(
            status=action.status(),
            reasons=reasons,
            policy_version=self.version,
            model_version=sub.score.model_version if sub.score is not None else None,
        )


def author_message(decision: Decision) -> str | None:
    """The plain-language reason an author is shown; None when the comment is published.

    Only the decisive reason's message: which rules, spans and scores were
    involved is the moderators' record, not the author's.
    """
    if decision.status is CommentStatus.APPROVED:
        return None
    decisive = decision.decisive
    return decisive.message if decisive is not None else None


def _message(rule: Rule, hit: Hit) -> str:
    if hit.lead is not None:
        return hit.lead.format(why=hit.why)
    if rule.message:
        return rule.message
    return _LEAD[hit.action].format(why=hit.why)


def _failure(rule: Rule, err: Exception) -> Reason:
    return Reason(
        rule.id,
        Action.HOLD,
        "A moderator will read your comment before it appears, because one of our "
        "automatic checks could not be completed.",
        {"error": f"{type(err).__name__}: {err}", "failed_rule": rule.id},
    )


def _scoring_unavailable() -> Reason:
    return Reason(
        SCORING_UNAVAILABLE,
        Action.HOLD,
        "A moderator will read your comment before it appears, because automatic "
        "scoring is unavailable right now.",
        {"error": "scoring unavailable"},
    )


def _default_reason(action: Action) -> Reason:
    return Reason(DEFAULT_RULE, action, _LEAD[action].format(why=_DEFAULT_WHY[action]), {})


def _validate(document: Mapping) -> _Top:
    fields = Fields(document, "policy")
    name = fields.text("name", "unnamed policy")
    fields.raw("description")
    default = Action(fields.choice("default", ["approve", "hold", "reject"], "approve"))
    named = Named(_phrase_lists(fields), _patterns(fields))
    reasons = _moderator_reasons(fields)
    raw_rules = fields.raw("rules", [])
    if not isinstance(raw_rules, list):
        raise fields.error("rules", "must be a list of rules")
    fields.finish()
    rules: list[Rule] = []
    seen: dict[str, int | None] = {}
    for index, item in enumerate(raw_rules):
        where = f"rules[{index}]"
        if not isinstance(item, Mapping):
            raise PolicyError(
                f"{where}: each rule must be a mapping",
                raw_rules_line(raw_rules, index, document),
                document.source,
            )
        rule_id = check_rule_id(item.get("id"), item, where)
        if rule_id in (SCORING_UNAVAILABLE, DEFAULT_RULE):
            raise PolicyError(
                f"{where}.id: {rule_id!r} is reserved", item.line_of("id"), item.source
            )
        if rule_id in seen:
            raise PolicyError(
                f"{where}.id: duplicate rule id {rule_id!r} (first used on line {seen[rule_id]})",
                item.line_of("id"),
                item.source,
            )
        seen[rule_id] = item.line_of("id")
        rule = build_rule(item, where, named)
        if rule is not None:
            rules.append(rule)
    return _Top(name, default, tuple(rules), reasons)


def _moderator_reasons(fields: Fields) -> tuple[str, ...]:
    reasons = fields.texts("moderator_reasons", list(DEFAULT_MODERATOR_REASONS))
    if not 1 <= len(reasons) <= MAX_MODERATOR_REASONS:
        raise fields.error(
            "moderator_reasons", f"must list 1 to {MAX_MODERATOR_REASONS} reasons (keys 1-9)"
        )
    if any(len(reason) > 200 for reason in reasons):
        raise fields.error("moderator_reasons", "each reason must be at most 200 characters")
    return tuple(reason.strip() for reason in reasons)


def raw_rules_line(rules: list[Any], index: int, document: Mapping) -> int | None:
    lines = getattr(rules, "lines", {})
    return lines.get(index) or document.line_of("rules")


def _phrase_lists(fields: Fields) -> dict[str, list[str]]:
    raw = fields.raw("phrase_lists", Mapping())
    if not isinstance(raw, Mapping):
        raise fields.error("phrase_lists", "must map list names to lists of phrases")
    inner = Fields(raw, "phrase_lists")
    named = {name: inner.texts(name) for name in raw}
    inner.finish()
    return named


_PATTERN_NAME = regex.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _patterns(fields: Fields) -> dict[str, str]:
    raw = fields.raw("patterns", Mapping())
    if not isinstance(raw, Mapping):
        raise fields.error("patterns", "must map names to regular-expression fragments")
    inner = Fields(raw, "patterns")
    patterns = {}
    for name in raw:
        if not isinstance(name, str) or not _PATTERN_NAME.fullmatch(name):
            raise inner.error(name, "a pattern's name is letters, digits and '_', not digit-first")
        patterns[name] = inner.text(name)
    for name in patterns:  # each alone, with the patterns it calls
        try:
            regex.compile(with_fragments(f"(?&{name})", patterns), regex.VERSION1)
        except KeyError as err:
            raise inner.error(name, f"calls no pattern named {err.args[0]!r}") from None
        except ValueError as err:
            raise inner.error(name, str(err)) from None
        except regex.error as err:
            raise inner.error(name, f"not a valid regular expression: {err}") from err
    inner.finish()
    return patterns


def default_policy() -> Policy:
    """The packaged, viewpoint-neutral default policy (``default.yaml``)."""
    text = resources.files("commentdesk.policy").joinpath("default.yaml").read_text("utf-8")
    return Policy.from_yaml(text, "default.yaml")
