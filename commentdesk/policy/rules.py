"""The rule types of the policy language, each built from its YAML mapping.

A rule looks at one submission and either stays silent (``None``) or returns a
``Hit``: the action it asks for, why in plain words, and the evidence (scores,
spans, matched phrases) that a moderator sees. The engine decides which hit
wins; rules never know about each other.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import regex

from commentdesk.domain import ATTRIBUTES, Action, AuthorStatus
from commentdesk.policy.document import Fields, Mapping, PolicyError
from commentdesk.policy.justice import all_lawful
from commentdesk.policy.links import allowed, find_links
from commentdesk.policy.phrases import PhraseList
from commentdesk.policy.submission import Submission
from commentdesk.policy.target import all_about_things
from commentdesk.scoring.scope import denied
from commentdesk.textnorm import Normalized, normalize, to_original

# A hostile or careless pattern must not stall the pipeline; past this the
# regex engine gives up, the rule raises, and the comment is held.
REGEX_TIMEOUT_S = 0.25


@dataclass(frozen=True)
class Named:
    """What rules may name instead of spelling out: phrase lists (``phrase_lists``)
    and regular-expression fragments (``patterns``), each defined once per policy."""

    phrases: dict[str, list[str]] = field(default_factory=dict)
    patterns: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Hit:
    """A rule that matched: what it asks for, why, and the evidence."""

    action: Action
    why: str
    detail: dict[str, object] = field(default_factory=dict)
    # How the reason reads when not the usual "<action> because <why>": a rule
    # that stepped back says so to the moderators who read the record.
    lead: str | None = None


class Context:
    """Per-submission work shared by rules (the normalised text is computed once)."""

    def __init__(self, sub: Submission):
        self.sub = sub
        self._norm: Normalized | None = None

    @property
    def norm(self) -> Normalized:
        if self._norm is None:
            self._norm = normalize(self.sub.text)
        return self._norm


@dataclass(frozen=True)
class Rule:
    """What every rule has: an id, an action, and an optional author message."""

    id: str
    action: Action
    message: str | None
    needs_score = False

    def evaluate(self, sub: Submission, ctx: Context) -> Hit | None:
        raise NotImplementedError

    def hit(self, why: str, detail: dict[str, object] | None = None) -> Hit:
        return Hit(self.action, why, detail or {})


@dataclass(frozen=True)
class StoryClosed(Rule):
    def evaluate(self, sub: Submission, ctx: Context) -> Hit | None:
        if sub.story.is_open:
            return None
        return self.hit("this story is closed to new comments", {"story": sub.story.id})


@dataclass(frozen=True)
class StoryPremoderated(Rule):
    def evaluate(self, sub: Submission, ctx: Context) -> Hit | None:
        if not sub.story.premoderated:
            return None
        return self.hit(
            "every comment on this story is read by a moderator first", {"story": sub.story.id}
        )


@dataclass(frozen=True)
class QuietHours(Rule):
    """Hours when nobody moderates (a newsroom's night, in its own time zone): what
    is posted then waits for a moderator instead of going up unread."""

    start: time = time(22, 0)
    end: time = time(7, 0)
    zone: str = "UTC"

    def evaluate(self, sub: Submission, ctx: Context) -> Hit | None:
        local = sub.now.astimezone(ZoneInfo(self.zone)).time()
        if self.start < self.end:
            inside = self.start <= local < self.end
        else:  # across midnight
            inside = local >= self.start or local < self.end
        if not inside:
            return None
        span = f"{self.start:%H:%M}-{self.end:%H:%M}"
        return self.hit(
            f"comments posted between {self.start:%H:%M} and {self.end:%H:%M} are read by a "
            "moderator first",
            {"quiet_hours": span, "timezone": self.zone, "local_time": f"{local:%H:%M}"},
        )


_STATUS_WHY = {
    AuthorStatus.BANNED: "your account is banned from commenting",
    AuthorStatus.SUSPENDED: "your account is suspended from commenting for now",
    AuthorStatus.PREMODERATED: "a moderator reads your comments before they appear",
    AuthorStatus.ACTIVE: "your account is in good standing",
    AuthorStatus.ERASED: "this account was erased",
}


@dataclass(frozen=True)
class AuthorStatusRule(Rule):
    statuses: tuple[AuthorStatus, ...] = ()

    def evaluate(self, sub: Submission, ctx: Context) -> Hit | None:
        if sub.author is None:
            return None
        status = sub.author.effective_status(sub.now)
        if status not in self.statuses:
            return None
        detail: dict[str, object] = {"author": sub.author.id, "status": status.value}
        if status is AuthorStatus.SUSPENDED and sub.author.suspended_until is not None:
            detail["suspended_until"] = sub.author.suspended_until.isoformat()
        return self.hit(_STATUS_WHY[status], detail)


@dataclass(frozen=True)
class NewAuthor(Rule):
    min_approved: int = 3
    anonymous: bool = False  # whether anonymous comments count as new authors

    def evaluate(self, sub: Submission, ctx: Context) -> Hit | None:
        if sub.author is None:
            if not self.anonymous:
                return None
            return self.hit("comments without an account are read by a moderator first")
        if sub.author.approved_count >= self.min_approved:
            return None
        return self.hit(
            "comments from new participants are read by a moderator first",
            {"approved_count": sub.author.approved_count, "min_approved": self.min_approved},
        )


@dataclass(frozen=True)
class RejectionRate(Rule):
    window_s: float = 30 * 86400
    max_rate: float = 0.5
    min_decisions: int = 3

    def evaluate(self, sub: Submission, ctx: Context) -> Hit | None:
        if sub.author is None:
            return None
        since = sub.now - timedelta(seconds=self.window_s)
        approved, rejected = sub.history.author_decisions(sub.author.id, since)
        total = approved + rejected
        if total < self.min_decisions or total == 0:
            return None
        rate = rejected / total
        if rate <= self.max_rate:
            return None
        return self.hit(
            "many of your recent comments were not published",
            {
                "approved": approved,
                "rejected": rejected,
                "rate": round(rate, 3),
                "max_rate": self.max_rate,
                "since": since.isoformat(),
            },
        )


@dataclass(frozen=True)
class Repeats(Rule):
    scope: str = "same_author"  # or "other_authors"
    at_least: int = 1
    window_s: float = 3600.0
    min_length: int = 0

    def evaluate(self, sub: Submission, ctx: Context) -> Hit | None:
        if len(sub.text.strip()) < self.min_length:
            return None
        since = sub.now - timedelta(seconds=self.window_s)
        author_id = sub.author.id if sub.author is not None else None
        same, others = sub.history.repeats(sub.story.site_id, sub.text, since, author_id)
        count = same if self.scope == "same_author" else others
        if count < self.at_least:
            return None
        why = (
            "you posted the same text recently"
            if self.scope == "same_author"
            else "the same text was posted recently by other people"
        )
        return self.hit(why, {"scope": self.scope, "count": count, "since": since.isoformat()})


@dataclass(frozen=True)
class Length(Rule):
    min: int | None = None
    max: int | None = None

    def evaluate(self, sub: Submission, ctx: Context) -> Hit | None:
        length = len(sub.text.strip())
        if self.min is not None and length < self.min:
            return self.hit(
                f"comments must be at least {self.min} characters long",
                {"length": length, "min": self.min},
            )
        if self.max is not None and length > self.max:
            return self.hit(
                f"comments may be at most {self.max} characters long",
                {"length": length, "max": self.max},
            )
        return None


@dataclass(frozen=True)
class Links(Rule):
    allow_domains: tuple[str, ...] = ()
    max_links: int = 0  # links outside the allow-list tolerated before the rule fires

    def evaluate(self, sub: Submission, ctx: Context) -> Hit | None:
        domains = list(self.allow_domains)
        links = [link for link in find_links(sub.text) if not allowed(link.host, domains)]
        if len(links) <= self.max_links:
            return None
        why = (
            "it links to a site we don't recognise"
            if self.allow_domains
            else "comments with links are read by a moderator first"
        )
        return self.hit(
            why,
            {
                "links": [link.to_dict() for link in links],
                "spans": [[link.begin, link.end] for link in links],
            },
        )


@dataclass(frozen=True)
class Phrases(Rule):
    phrases: PhraseList = field(default_factory=lambda: PhraseList([]))
    list_name: str = ""
    unless_denied: bool = False  # ``unless_denied: true``
    # ``when_denied: hold``: a reject rule holds what the author only reports
    # or condemns ("he called me a <slur>"), so a victim's account reaches a
    # moderator instead of being turned away like the abuse it describes.
    when_denied: Action | None = None

    def evaluate(self, sub: Submission, ctx: Context) -> Hit | None:
        matches = self.phrases.find(sub.text, ctx.norm)
        if matches and (self.unless_denied or self.when_denied is not None):
            # "He is not a moron": a word the author denies or condemns is not
            # name-calling (commentdesk.scoring.scope, as the scorer reads it).
            spans = denied(ctx.norm)
            excused = [m for m in matches if any(b <= m.begin and m.end <= e for b, e in spans)]
            matches = [m for m in matches if m not in excused]
            if excused and not matches:
                words = ", ".join(repr(m.found) for m in excused)
                detail: dict[str, object] = {
                    "list": self.list_name,
                    "denied": [m.to_dict() for m in excused],
                    "spans": [[m.begin, m.end] for m in excused],
                }
                if self.when_denied is not None:
                    why = f"it reports or condemns {words}, which a moderator reads first"
                    return Hit(self.when_denied, why, detail)
                # A flag keeps what was found, and why it did not count, in the record.
                why = f"the author denies or condemns {words} rather than calling anyone that"
                return Hit(Action.FLAG, why, detail, lead=_STEPPED_BACK)
        if not matches:
            return None
        why = (
            "it contains language this site does not publish"
            if self.action is Action.REJECT
            else "it contains language a moderator should look at"
        )
        return self.hit(
            why,
            {
                "list": self.list_name,
                "matches": [m.to_dict() for m in matches],
                "spans": [[m.begin, m.end] for m in matches],
            },
        )


@dataclass(frozen=True)
class Pattern(Rule):
    pattern: Any = None  # a compiled ``regex`` pattern
    source: str = ""  # the pattern as the policy writes it, named fragments called
    on_normalized: bool = False
    people_only: bool = False  # ``aimed_at: people``
    parties_pass: bool = False  # ``parties: institutions``
    unless_denied: bool = False  # ``unless_denied: true``

    def evaluate(self, sub: Submission, ctx: Context) -> Hit | None:
        text = ctx.norm.text if self.on_normalized else sub.text
        spans = []
        for match in self.pattern.finditer(text, timeout=REGEX_TIMEOUT_S):
            begin, end = match.span()
            if self.on_normalized:
                begin, end = to_original(ctx.norm, begin, end)
            spans.append([begin, end])
        if not spans:
            return None
        detail: dict[str, object] = {"pattern": self.source or self.pattern.pattern, "spans": spans}
        if self.unless_denied:
            # "I'm tired of hearing that trans people are predators": a match
            # holding a word the author denies or condemns says nothing of theirs.
            words = denied(ctx.norm)
            kept = [s for s in spans if not any(b < s[1] and s[0] < e for b, e in words)]
            if not kept:
                detail["denied"] = [[b, e] for b, e in words]
                why = "the author denies or condemns what it matches rather than saying it"
                return Hit(Action.FLAG, why, detail, lead=_STEPPED_BACK)
            detail["spans"] = spans = kept
        if self.people_only:
            things = _things_only(sub.text, [(b, e) for b, e in spans], detail, self.parties_pass)
            if things is not None:
                return things
        return self.hit("it matches a pattern this site checks for", detail)


_BAND_WHY = {
    "TOXICITY": "it may be uncivil",
    "SEVERE_TOXICITY": "it appears to be seriously abusive",
    "INSULT": "it appears to insult someone",
    "PROFANITY": "it contains strong language",
    "THREAT": "it appears to threaten or wish harm on someone",
    "IDENTITY_ATTACK": "it appears to attack people for who they are",
}


@dataclass(frozen=True)
class ScoreBand(Rule):
    """Approve below ``hold``, hold from ``hold``, reject from ``reject``.

    ``also`` asks for corroboration: the band fires only if each listed
    attribute also reaches its score, which lets a lower threshold be used
    where one attribute alone is noisy.
    """

    attribute: str = "TOXICITY"
    hold: float | None = None
    reject: float | None = None
    also: tuple[tuple[str, float], ...] = ()
    people_only: bool = False  # ``aimed_at: people``
    parties_pass: bool = False  # ``parties: institutions``
    lawful_pass: bool = False  # ``lawful: true``
    needs_score = True

    def evaluate(self, sub: Submission, ctx: Context) -> Hit | None:
        assert sub.score is not None
        if self.attribute not in sub.score.scores:
            # A model that doesn't produce the attribute can't clear it either.
            raise KeyError(f"the scorer returned no {self.attribute} score")
        score = _probability(sub.score.scores, self.attribute)
        corroboration = {name: _probability(sub.score.scores, name) for name, _ in self.also}
        if any(corroboration[name] < low for name, low in self.also):
            return None
        if self.reject is not None and score >= self.reject:
            action = Action.REJECT
        elif self.hold is not None and score >= self.hold:
            action = Action.HOLD
        else:
            return None
        spans = [list(span) for span in sub.score.spans.get(self.attribute, [])]
        detail: dict[str, object] = {
            "attribute": self.attribute,
            "score": round(score, 4),
            "hold": self.hold,
            "reject": self.reject,
            "spans": spans,
        }
        if self.also:
            detail["also"] = {name: round(value, 4) for name, value in corroboration.items()}
        pairs = [(int(s[0]), int(s[1])) for s in spans]
        if self.people_only:
            things = _things_only(sub.text, pairs, detail, self.parties_pass)
            if things is not None:
                return things
        if self.lawful_pass and all_lawful(sub.text, pairs):
            why = "it asks for what the law does (the courts' punishment, deportation of "
            why += "those who broke immigration law), which is an opinion about the law"
            return Hit(Action.FLAG, why, {**detail, "lawful": True}, lead=_STEPPED_BACK)
        return Hit(action, _BAND_WHY.get(self.attribute, "of its score"), detail)


_STEPPED_BACK = "Not held by this rule, although its score or pattern reached it: {why}."


def _things_only(
    text: str, spans: list[tuple[int, int]], detail: dict[str, object], parties: bool
) -> Hit | None:
    """A flag in place of the rule's action when every span is about a thing, not a person.

    The flag keeps the evidence in the decision record, so a moderator or a
    backtest sees what the rule found and why it did not act.
    """
    targets = all_about_things(text, spans, parties)
    if targets is None:
        return None
    words = sorted({t.word for t in targets})
    detail = {**detail, "aimed_at": "things", "targets": words}
    why = f"its strong words are about {', '.join(repr(w) for w in words)}, not about a person"
    return Hit(Action.FLAG, why, detail, lead=_STEPPED_BACK)


def _probability(scores: dict[str, float], attribute: str) -> float:
    # NaN compares false with every threshold, so it would clear the band
    # silently: a score outside [0, 1] is a broken scorer, and the rule fails.
    score = float(scores[attribute])
    if not 0.0 <= score <= 1.0:
        raise ValueError(f"the scorer's {attribute} score is {score!r}, not between 0 and 1")
    return score


# --- building rules from the document ---------------------------------------

_ACTIONS = [a.value for a in Action]


def _lists(fields: Fields, key: str, named: Named) -> tuple[list[str], str]:
    """A phrase list given inline or by the name of an entry in ``phrase_lists``."""
    value = fields.raw(key)
    if isinstance(value, str):
        if value not in named.phrases:
            known = ", ".join(sorted(named.phrases)) or "none defined"
            raise fields.error(key, f"no phrase list named {value!r} (lists: {known})")
        return named.phrases[value], value
    if value is None:
        return [], ""
    return fields.texts(key), ""


def _phrases(fields: Fields, named: Named) -> dict[str, Any]:
    phrases, name = _lists(fields, "phrases", named)
    if not phrases and not fields.has("phrases"):
        raise fields.error("phrases", "is required (a list, or the name of a phrase list)")
    exceptions, _ = _lists(fields, "exceptions", named)
    try:
        compiled = PhraseList(phrases, exceptions)
    except ValueError as err:
        raise fields.error("phrases", str(err)) from err
    unless_denied = fields.flag("unless_denied", False)
    when_denied = None
    if fields.has("when_denied"):
        if unless_denied:
            raise fields.error("when_denied", "goes with unless_denied: false")
        if fields.raw("action") != Action.REJECT.value:
            raise fields.error("when_denied", "only softens a rule whose action is reject")
        when_denied = Action(fields.choice("when_denied", [Action.HOLD.value]))
    return {
        "phrases": compiled,
        "list_name": name or "inline",
        "unless_denied": unless_denied,
        "when_denied": when_denied,
    }


def _pattern(fields: Fields, named: Named) -> dict[str, Any]:
    source = fields.text("pattern")
    flags = regex.IGNORECASE if fields.flag("ignore_case", True) else 0
    try:
        compiled = regex.compile(with_fragments(source, named.patterns), flags | regex.VERSION1)
    except KeyError as err:
        known = ", ".join(sorted(named.patterns)) or "none defined"
        problem = f"no pattern named {err.args[0]!r} (patterns: {known})"
        raise fields.error("pattern", problem) from None
    except ValueError as err:
        raise fields.error("pattern", str(err)) from None
    except regex.error as err:
        raise fields.error("pattern", f"not a valid regular expression: {err}") from err
    on = fields.choice("text", ["original", "normalized"], "original")
    return {
        "pattern": compiled,
        "source": source,
        "on_normalized": on == "normalized",
        "unless_denied": fields.flag("unless_denied", False),
        **_aim(fields),
    }


_CALL = regex.compile(r"\(\?&([A-Za-z_][A-Za-z0-9_]*)\)")


def with_fragments(source: str, fragments: dict[str, str]) -> str:
    """``source`` with each policy pattern it calls as ``(?&name)``, and does not
    define itself, written out in its place, read in verbose mode whatever the
    rule's flags. Written out rather than called: the regex engine narrows an
    alternation it can see to the letters it may start with, and a called
    group it tries at every position (four times the cost on the default
    policy's peoples). KeyError names a pattern nobody defined; ValueError a
    pattern that calls itself."""
    own = {name for name in _CALL.findall(source) if regex.search(rf"\(\?P?<{name}>", source)}

    def expand(text: str, calling: tuple[str, ...]) -> str:
        def written(call: regex.Match[str]) -> str:
            name = call.group(1)
            if name in own:
                return call.group()
            if name not in fragments:
                raise KeyError(name)
            if name in calling:
                raise ValueError(f"pattern {name!r} calls itself")
            return f"(?x:{expand(fragments[name], (*calling, name))})"

        return _CALL.sub(written, text)

    return expand(source, ())


def _band(fields: Fields, named: Named) -> dict[str, Any]:
    attribute = fields.choice("attribute", ATTRIBUTES)
    hold = fields.number("hold", None, 0.0, 1.0)
    reject = fields.number("reject", None, 0.0, 1.0)
    if hold is None and reject is None:
        raise fields.error(None, "a score band needs a hold: or a reject: threshold")
    if hold is not None and reject is not None and reject < hold:
        raise fields.error("reject", f"must not be below hold ({hold:g})")
    return {
        "attribute": attribute,
        "hold": hold,
        "reject": reject,
        "also": _also(fields),
        **_aim(fields),
        # "lawful: true": a call for the courts' punishment ("he should be in
        # prison") or for those who broke immigration law to be deported is an
        # opinion about the law (commentdesk.policy.justice).
        "lawful_pass": fields.flag("lawful", False),
    }


def _aim(fields: Fields) -> dict[str, bool]:
    # "aimed_at: people" lets harsh words about a policy or an institution pass
    # (commentdesk.policy.target); "anyone" (the default) counts every match.
    # "parties: institutions" lets argument with a party or camp pass too.
    people = fields.choice("aimed_at", ["anyone", "people"], "anyone") == "people"
    parties = fields.choice("parties", ["people", "institutions"], "people") == "institutions"
    if parties and not people:
        raise fields.error("parties", "only goes with aimed_at: people")
    return {"people_only": people, "parties_pass": parties}


def _also(fields: Fields) -> tuple[tuple[str, float], ...]:
    raw = fields.raw("also", Mapping())
    if not isinstance(raw, Mapping):
        raise fields.error("also", "must map attributes to the score each must also reach")
    inner = Fields(raw, f"{fields.where}.also")
    pairs = []
    for name in raw:
        if name not in ATTRIBUTES:
            raise inner.error(name, f"not an attribute (one of {', '.join(ATTRIBUTES)})")
        value = inner.number(name, None, 0.0, 1.0)
        if value is None:
            raise inner.error(name, "needs a score between 0 and 1")
        pairs.append((name, value))
    return tuple(pairs)


def _author_status(fields: Fields, named: Named) -> dict[str, Any]:
    names = fields.texts("statuses")
    statuses = []
    for name in names:
        try:
            statuses.append(AuthorStatus(name))
        except ValueError:
            options = ", ".join(s.value for s in AuthorStatus)
            raise fields.error("statuses", f"{name!r} is not one of {options}") from None
    return {"statuses": tuple(statuses)}


def _new_author(fields: Fields, named: Named) -> dict[str, Any]:
    return {
        "min_approved": fields.integer("min_approved", 3),
        "anonymous": fields.flag("anonymous", False),
    }


def _rejection_rate(fields: Fields, named: Named) -> dict[str, Any]:
    return {
        "window_s": fields.duration("window", "30d"),
        "max_rate": fields.number("max_rate", 0.5, 0.0, 1.0),
        "min_decisions": fields.integer("min_decisions", 3, low=1),
    }


def _repeats(fields: Fields, named: Named) -> dict[str, Any]:
    return {
        "scope": fields.choice("scope", ["same_author", "other_authors"], "same_author"),
        "at_least": fields.integer("at_least", 1, low=1),
        "window_s": fields.duration("window", "1h"),
        "min_length": fields.integer("min_length", 0),
    }


def _length(fields: Fields, named: Named) -> dict[str, Any]:
    low = fields.integer("min")
    high = fields.integer("max", low=1)
    if low is None and high is None:
        raise fields.error(None, "a length rule needs min: or max:")
    if low is not None and high is not None and high < low:
        raise fields.error("max", f"must not be below min ({low})")
    return {"min": low, "max": high}


def _links(fields: Fields, named: Named) -> dict[str, Any]:
    domains = fields.texts("allow_domains", [])
    return {
        "allow_domains": tuple(d.lower() for d in domains),
        "max_links": fields.integer("max_links", 0),
    }


def _clock(fields: Fields, key: str, default: str) -> time:
    text = fields.text(key, default)
    found = regex.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", text.strip())
    if not found:
        raise fields.error(key, f"must be a time of day like 22:00, not {text!r}")
    return time(int(found.group(1)), int(found.group(2)))


def _quiet_hours(fields: Fields, named: Named) -> dict[str, Any]:
    start, end = _clock(fields, "from", "22:00"), _clock(fields, "until", "07:00")
    if start == end:
        raise fields.error("until", "must differ from from:")
    zone = fields.text("timezone", "UTC")
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        problem = f"{zone!r} is not a time zone (e.g. Europe/Berlin)"
        raise fields.error("timezone", problem) from None
    return {"start": start, "end": end, "zone": zone}


def _nothing(fields: Fields, named: Named) -> dict[str, Any]:
    return {}


_Builder = Callable[[Fields, Named], dict[str, Any]]

# type name -> (class, option reader, default action)
RULE_TYPES: dict[str, tuple[type[Rule], _Builder, Action | None]] = {
    "story_closed": (StoryClosed, _nothing, Action.REJECT),
    "story_premoderated": (StoryPremoderated, _nothing, Action.HOLD),
    "quiet_hours": (QuietHours, _quiet_hours, Action.HOLD),
    "author_status": (AuthorStatusRule, _author_status, None),
    "new_author": (NewAuthor, _new_author, Action.HOLD),
    "rejection_rate": (RejectionRate, _rejection_rate, Action.HOLD),
    "repeats": (Repeats, _repeats, Action.HOLD),
    "length": (Length, _length, Action.REJECT),
    "links": (Links, _links, Action.HOLD),
    "phrases": (Phrases, _phrases, None),
    "regex": (Pattern, _pattern, None),
    "score_band": (ScoreBand, _band, None),
}


def build_rule(mapping: Mapping, where: str, named: Named) -> Rule | None:
    """One rule from its mapping; None when the rule is switched off."""
    fields = Fields(mapping, where)
    rule_id = fields.text("id")
    kind = fields.choice("type", sorted(RULE_TYPES))
    cls, reader, default_action = RULE_TYPES[kind]
    enabled = fields.flag("enabled", True)
    message = fields.raw("message")
    if message is not None and (not isinstance(message, str) or not message.strip()):
        raise fields.error("message", "must be non-empty text")
    fields.known.update({"before", "after"})  # placement hints used by overrides
    if kind == "score_band":
        if "action" in mapping:
            raise fields.error("action", "a score band acts by its hold: and reject: thresholds")
        action = Action.HOLD
    else:
        if default_action is None and "action" not in mapping:
            raise fields.error("action", f"is required for a {kind} rule")
        action = Action(
            fields.choice("action", _ACTIONS, default_action.value if default_action else None)
        )
    options = reader(fields, named)
    fields.finish()
    if not enabled:
        return None
    rule = cls(id=rule_id, action=action, message=message)
    return dataclasses.replace(rule, **options) if options else rule


def check_rule_id(rule_id: object, mapping: Mapping, where: str) -> str:
    if not isinstance(rule_id, str) or not regex.fullmatch(r"[a-z0-9][a-z0-9_.-]*", rule_id):
        raise PolicyError(
            f"{where}.id: must be lower-case letters, digits, '-', '_' or '.', not {rule_id!r}",
            mapping.line_of("id"),
            mapping.source,
        )
    return rule_id
