"""The newsroom policy engine: one policy language, explained decisions, safe trials.

The language is described in LANGUAGE.md next to this file.

Public entry points::

    Policy.from_yaml(text, source) / policy.with_override(yaml) / policy.decide(sub)
    default_policy(), author_message(decision)
    Submission, History, NoHistory, repeat_key (what History.repeats compares)
"""

from commentdesk.policy.document import PolicyError
from commentdesk.policy.engine import (
    DEFAULT_RULE,
    SCORING_UNAVAILABLE,
    Policy,
    author_message,
    default_policy,
)
from commentdesk.policy.submission import History, NoHistory, Submission, repeat_key

__all__ = [
    "DEFAULT_RULE",
    "SCORING_UNAVAILABLE",
    "History",
    "NoHistory",
    "Policy",
    "PolicyError",
    "Submission",
    "author_message",
    "default_policy",
    "repeat_key",
]
