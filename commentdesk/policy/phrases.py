"""Phrase lists matched the way abusers can't dodge and innocents don't trip.

Both the comment and each phrase go through ``commentdesk.textnorm.normalize``
(case, accents, look-alike letters, l33t, spaced and stretched letters), then
phrases match as whole words. A ``*`` at either end of a phrase lets it match
inside a longer word ("*cunt*"); exception phrases then excuse innocent words
that contain a listed string ("scunthorpe"), which is the Scunthorpe problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commentdesk.textnorm import Normalized, normalize, to_original

_WORD = "a-z0-9"


@dataclass(frozen=True)
class PhraseMatch:
    """One phrase found in a comment: what was listed and where it was written."""

    phrase: str
    begin: int  # in the original text
    end: int
    found: str  # the original text of the match

    def to_dict(self) -> dict[str, object]:
        return {"phrase": self.phrase, "begin": self.begin, "end": self.end, "found": self.found}


@dataclass(frozen=True)
class _Pattern:
    phrase: str
    regex: re.Pattern[str]
    normal_length: int
    has_doubles: bool
    body: str  # the phrase's letters alone, without the word-boundary checks


def _compile(phrase: str) -> _Pattern:
    stripped = phrase.strip()
    prefix_free = stripped.startswith("*")
    suffix_free = stripped.endswith("*")
    core = normalize(stripped.strip("*").strip()).text
    if not re.search(f"[{_WORD}]", core):
        raise ValueError(f"phrase {phrase!r} has no letters or digits to match")
    words = [w for w in re.split(f"[^{_WORD}]+", core) if w]
    body = r"[^a-z0-9]*".join(_word_pattern(w) for w in words)
    head = r"[a-z0-9]*" if prefix_free else rf"(?<![{_WORD}])"
    tail = r"[a-z0-9]*" if suffix_free else rf"(?![{_WORD}])"
    joined = "".join(words)
    doubles = bool(re.search(r"([a-z])\1", joined))
    # The body is a group of its own: whether stretched letters made a match
    # (``_real``) is a question about the listed letters, not about the longer
    # word a ``*`` lets them sit in ("nigger*" squeezed to "niger" must not
    # find "nigerian").
    return _Pattern(stripped, re.compile(f"{head}({body}){tail}"), len(joined), doubles, body)


def _word_pattern(word: str) -> str:
    # The normaliser squeezes three or more repeats to one letter, so a
    # listed double ("ass") may appear as a single letter ("asssss" -> "as").
    # ``_real`` later checks that such a short match really was stretched.
    parts = []
    for run in re.finditer(r"(.)\1*", word):
        char, count = run.group(1), len(run.group(0))
        escaped = re.escape(char)
        parts.append(f"(?:{escaped * count}|{escaped})" if count == 2 else escaped * count)
    return "".join(parts)


class PhraseList:
    """A compiled list of phrases with the exceptions that excuse them."""

    def __init__(self, phrases: list[str], exceptions: list[str] | None = None):
        self.patterns = [_compile(p) for p in phrases]
        self.exceptions = [_compile(p) for p in exceptions or []]
        # Most comments contain no listed phrase: one pass over the phrases' letters
        # as alternatives says so, where one pass per phrase would read the text
        # 20 times. A phrase can only match where its letters do.
        self._any = re.compile("|".join(f"(?:{p.body})" for p in self.patterns))

    def find(self, text: str, norm: Normalized | None = None) -> list[PhraseMatch]:
        norm = norm or normalize(text)
        if not self.patterns or self._any.search(norm.text) is None:
            return []
        excused = [m.span() for pat in self.exceptions for m in pat.regex.finditer(norm.text)]
        found: list[PhraseMatch] = []
        for pattern in self.patterns:
            for match in pattern.regex.finditer(norm.text):
                begin, end = match.span()
                if any(b <= begin and end <= e for b, e in excused):
                    continue
                orig_begin, orig_end = to_original(norm, begin, end)
                body_begin, body_end = match.span(1)
                written = to_original(norm, body_begin, body_end)
                if not _real(pattern, body_end - body_begin, written[1] - written[0]):
                    continue
                found.append(
                    PhraseMatch(pattern.phrase, orig_begin, orig_end, text[orig_begin:orig_end])
                )
        found.sort(key=lambda m: (m.begin, m.end))
        return found


def _real(pattern: _Pattern, norm_length: int, original_length: int) -> bool:
    """A match of the listed letters shorter than the phrase counts only if
    stretched letters made it so."""
    if not pattern.has_doubles or norm_length >= pattern.normal_length:
        return True
    return original_length > pattern.normal_length
