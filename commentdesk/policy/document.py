"""The policy document: YAML text read into values that remember their line.

Validation errors must name the line an editor has to fix, so mappings and
lists are loaded as subclasses that carry the line (and source file) of each
entry. The same values survive an override merge, so an error in a merged
policy still points at the file and line the bad value came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, SequenceNode


class PolicyError(ValueError):
    """A policy that cannot be used; ``str()`` names the place and the problem."""

    def __init__(self, problem: str, line: int | None = None, source: str = "<policy>"):
        self.problem = problem
        self.line = line
        self.source = source
        where = f"{source}, line {line}" if line is not None else source
        super().__init__(f"{where}: {problem}")


class Located:
    """Where a mapping or list came from, and where each of its entries is."""

    source: str = "<policy>"
    line: int | None = None
    lines: dict[Any, int]
    # Set only by an override merge: the file a merged-in key came from.
    key_sources: dict[Any, str] | None = None

    def line_of(self, key: Any) -> int | None:
        return self.lines.get(key, self.line)

    def source_of(self, key: Any) -> str:
        if self.key_sources and key in self.key_sources:
            return self.key_sources[key]
        return self.source


class Mapping(dict[str, Any], Located):
    """A YAML mapping whose keys remember their line."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.lines = {}


class Sequence(list[Any], Located):
    """A YAML list whose items remember their line (keyed by index)."""

    def __init__(self, *args: Any):
        super().__init__(*args)
        self.lines = {}


def _line(node: Node) -> int:
    return node.start_mark.line + 1


class _Loader(yaml.SafeLoader):
    """SafeLoader that builds located containers and rejects duplicate keys."""

    source = "<policy>"

    def construct_located_mapping(self, node: MappingNode) -> Mapping:
        result = Mapping()
        result.source, result.line = self.source, _line(node)
        self.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise PolicyError(f"key {key!r} must be text", _line(key_node), self.source)
            if key in result:
                # PyYAML silently keeps the last; an editor would never notice.
                raise PolicyError(f"duplicate key {key!r}", _line(key_node), self.source)
            result[key] = self.construct_object(value_node, deep=True)
            result.lines[key] = _line(key_node)
        return result

    def construct_located_sequence(self, node: SequenceNode) -> Sequence:
        result = Sequence()
        result.source, result.line = self.source, _line(node)
        for index, child in enumerate(node.value):
            result.append(self.construct_object(child, deep=True))
            result.lines[index] = _line(child)
        return result


_Loader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _Loader.construct_located_mapping
)
_Loader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _Loader.construct_located_sequence
)


def load(text: str, source: str = "<policy>") -> Mapping:
    """Parse YAML text into a located mapping, or raise PolicyError with the line."""
    loader_class = type("_SourcedLoader", (_Loader,), {"source": source})
    try:
        data = yaml.load(text, Loader=loader_class)  # noqa: S506 - a SafeLoader subclass
    except PolicyError:
        raise
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark is not None else None
        raise PolicyError(f"not valid YAML: {err.problem or err}", line, source) from err
    except yaml.YAMLError as err:
        raise PolicyError(f"not valid YAML: {err}", None, source) from err
    if data is None:
        raise PolicyError("the policy is empty", None, source)
    if not isinstance(data, Mapping):
        raise PolicyError("a policy must be a mapping of keys to values", 1, source)
    return data


def plain(value: Any) -> Any:
    """Strip location info: the JSON-able content that the version hashes."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> float:
    """'90s', '15m', '2h', '30d', '1w' -> seconds. Raises ValueError otherwise."""
    match = _DURATION.match(str(text))
    if not match:
        raise ValueError(f"{text!r} is not a duration like 30s, 15m, 2h, 30d or 1w")
    return float(match.group(1)) * _SECONDS[match.group(2)]


class Fields:
    """Typed, located access to one mapping of a policy, with clear errors.

    Every getter records the key as known; ``finish()`` then rejects any key the
    caller never asked for, so a misspelt option fails loudly instead of being
    silently ignored.
    """

    def __init__(self, mapping: Mapping, where: str):
        self.mapping = mapping
        self.where = where
        self.known: set[str] = set()

    def error(self, key: str | None, problem: str) -> PolicyError:
        line = self.mapping.line_of(key) if key is not None else self.mapping.line
        label = f"{self.where}.{key}" if key is not None else self.where
        source = self.mapping.source_of(key) if key is not None else self.mapping.source
        return PolicyError(f"{label}: {problem}", line, source)

    def has(self, key: str) -> bool:
        self.known.add(key)
        return key in self.mapping and self.mapping[key] is not None

    def raw(self, key: str, default: Any = None) -> Any:
        self.known.add(key)
        value = self.mapping.get(key)
        return default if value is None else value

    def text(self, key: str, default: str | None = None) -> str:
        value = self.raw(key, default)
        if value is None:
            raise self.error(key, "is required")
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, "must be non-empty text")
        return value

    def number(
        self, key: str, default: float | None = None, low: float = 0.0, high: float | None = None
    ) -> float | None:
        value = self.raw(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(key, f"must be a number, not {value!r}")
        if value < low or (high is not None and value > high):
            span = f"between {low:g} and {high:g}" if high is not None else f"at least {low:g}"
            raise self.error(key, f"must be {span}, not {value!r}")
        return float(value)

    def integer(self, key: str, default: int | None = None, low: int = 0) -> int | None:
        value = self.raw(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise self.error(key, f"must be a whole number of at least {low}, not {value!r}")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.raw(key, default)
        if not isinstance(value, bool):
            raise self.error(key, f"must be true or false, not {value!r}")
        return value

    def choice(self, key: str, options: Iterable[str], default: str | None = None) -> str:
        allowed = list(options)
        value = self.raw(key, default)
        if value not in allowed:
            raise self.error(key, f"must be one of {', '.join(allowed)}, not {value!r}")
        return str(value)

    def texts(self, key: str, default: list[str] | None = None) -> list[str]:
        value = self.raw(key, default)
        if value is None:
            raise self.error(key, "is required")
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise self.error(key, "must be a list of text")
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                line = value.lines.get(index) if isinstance(value, Sequence) else None
                raise PolicyError(
                    f"{self.where}.{key}[{index}]: must be non-empty text, not {item!r}",
                    line or self.mapping.line_of(key),
                    self.mapping.source_of(key),
                )
        return list(value)

    def duration(self, key: str, default: str | None = None) -> float:
        value = self.raw(key, default)
        try:
            return parse_duration(value)
        except ValueError as err:
            raise self.error(key, str(err)) from err

    def finish(self) -> None:
        for key in self.mapping:
            if key not in self.known:
                raise self.error(key, "unknown key" + _suggest(key, self.known))


def _suggest(key: str, known: set[str]) -> str:
    import difflib

    close = difflib.get_close_matches(key, sorted(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(sorted(known))})"
