"""Text normalisation that undoes the usual tricks for hiding abuse.

Both the scorer and the policy engine's banned-phrase matcher read the
normalised text, so that "f u c k", "fuuuuck", "ƒ𝐮сk" and "sh1t" all meet the
same vocabulary. Every normalised character remembers which range of the
original string it came from, so a match found in the normalised text can be
highlighted in what the author actually wrote.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Normalized", "normalize", "to_original"]


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, per character, where it came from.

    ``offsets[i]`` is the index in the original string of the first character
    that produced ``text[i]``; ``ends[i]`` is one past the last one (a collapsed
    run such as "uuuu" produces one character covering the whole run).
    """

    text: str
    offsets: list[int]
    ends: list[int]
    original: str


# Look-alike letters from other scripts that NFKD leaves alone. Written out by
# hand from the Unicode charts for the scripts abusers actually use.
_CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "а": "a",
    "в": "b",
    "с": "c",
    "ԁ": "d",
    "е": "e",
    "һ": "h",
    "і": "i",
    "ј": "j",
    "к": "k",
    "ӏ": "l",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "ԛ": "q",
    "ѕ": "s",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѡ": "w",
    "ү": "y",
    "ё": "e",
    "ї": "i",
    "А": "a",
    "В": "b",
    "С": "c",
    "Е": "e",
    "Н": "h",
    "І": "i",
    "Ј": "j",
    "К": "k",
    "М": "m",
    "О": "o",
    "Р": "p",
    "Ѕ": "s",
    "Т": "t",
    "У": "y",
    "Х": "x",
    # Greek
    "α": "a",
    "β": "b",
    "ε": "e",
    "η": "n",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "ω": "w",
    "Α": "a",
    "Β": "b",
    "Ε": "e",
    "Ζ": "z",
    "Η": "h",
    "Ι": "i",
    "Κ": "k",
    "Μ": "m",
    "Ν": "n",
    "Ο": "o",
    "Ρ": "p",
    "Τ": "t",
    "Υ": "y",
    "Χ": "x",
    # Latin extensions and symbols used as letters
    "ƒ": "f",
    "∂": "d",
    "ı": "i",
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ħ": "h",
    "ŧ": "t",
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ɑ": "a",
    "ɡ": "g",
    "ɩ": "i",
    "ʋ": "u",
    "ᴀ": "a",
    "ʙ": "b",
    "ᴄ": "c",
    "ᴅ": "d",
    "ᴇ": "e",
    "ɢ": "g",
    "ʜ": "h",
    "ɪ": "i",
    "ᴊ": "j",
    "ᴋ": "k",
    "ʟ": "l",
    "ᴍ": "m",
    "ɴ": "n",
    "ᴏ": "o",
    "ᴘ": "p",
    "ʀ": "r",
    "ꜱ": "s",
    "ᴛ": "t",
    "ᴜ": "u",
    "ᴠ": "v",
    "ᴡ": "w",
    "ʏ": "y",
    "ᴢ": "z",
    # small capitals' fonts borrow these for the letters Unicode has no small capital of
    "ꜰ": "f",
    "ғ": "f",
    "ꞯ": "q",
    # Typographic punctuation folded to ASCII so tokenisers see one apostrophe.
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
}

# Half of a UTF-16 pair, alone: what a JSON escape such as "\\ud83d" decodes to
# without its partner. No encoder takes it, so every door that accepts text
# (the API, imports, the score and check commands, Scorer.score) refuses it.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# Regional indicator letters (🇮🇩🇮🇴🇹) spell words; two of them are a flag, left as is.
_REGIONAL = re.compile("[\U0001F1E6-\U0001F1FF]{3,}")

# Characters with no visible width are a favourite way to split a word.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f")

# Digits and symbols that stand for letters when they sit inside a word.
_LEET: dict[str, str] = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "8": "b",
    "9": "g",
    "@": "a",
    "$": "s",
    "!": "i",
    "|": "l",
    "€": "e",
    "+": "t",
}
_LEET_CHARS = re.escape("".join(_LEET))
# "8" also stands for the sound "ate", in one word that matters here.
_H8 = re.compile(r"(?<![a-z0-9])h8(?=(s|ed|ers?|ful)?(?![a-z0-9]))")
# A token that mixes letters with l33t characters; at least one letter is
# needed so that plain numbers ("2019", "$5") are left alone.
_LEET_TOKEN = re.compile(
    rf"(?<![a-z0-9{_LEET_CHARS}])"
    rf"(?=[a-z{_LEET_CHARS}]*[a-z])(?=[a-z{_LEET_CHARS}]*[{_LEET_CHARS}])"
    rf"[a-z{_LEET_CHARS}]+"
    # A digit that stands for no letter ends no token: "b12" and "f16s" are not
    # "bi2" and "fi6s".
    r"(?![0-9])"
)
# Every such token has a letter beside a l33t character: most comments have
# none, and one search for that settles them.
_LEET_PAIR = re.compile(rf"[a-z][{_LEET_CHARS}]|[{_LEET_CHARS}][a-z]")
# Three or more of the same letter is emphasis or evasion, never spelling.
_REPEATS = re.compile(r"([a-z])\1{2,}")
# Three or more single letters split by one separator: "f u c k", "f.u.c.k".
# A lone "a" or "i" before a spaced word is usually the article or pronoun.
_SPACED = re.compile(
    r"(?<![a-z0-9])(?![ai] [a-z] [a-z] [a-z](?![a-z0-9]))"
    r"[a-z](?:([ .\-_,/*~+])[a-z](?![a-z0-9]))(?:\1[a-z](?![a-z0-9])){1,}"
)
# ...unless the whole run spells an insult that starts with that letter: "i d i o t"
# is one word, "i h a t e" two.
_AI_WORDS = (
    "idiot idiots idiotic imbecile imbeciles ignorant inbred incel incels asshole assholes"
    " arse arsehole arseholes asswipe asshat anus animal animals"
).split()
_SPACED_AI = re.compile(
    r"(?<![a-z0-9])(?=(?:"
    + "|".join("[ .\\-_,/*~+]".join(word) for word in _AI_WORDS)
    + r")(?![a-z0-9]))[ai]([ .\-_,/*~+])[a-z](?:\1[a-z])+(?![a-z0-9])"
)


# Text that passed through an exporter or a repr once too often keeps its
# escapes as characters ("idiot.\\n\\nYou", "don\\xe2\\x80\\x99t"): the glued
# words miss the vocabulary. Archives arrive like this, so decode them before
# anything else reads the words. One or two backslashes: some rows are escaped
# twice. Runs of "\\xNN" are UTF-8 bytes when they decode as such.
_ESCAPE = re.compile(r"(?:\\{1,2}x[0-9a-f]{2})+|\\{1,2}u[0-9a-f]{4}|\\{1,2}[nrt'\"]")
_BYTE = re.compile(r"x([0-9a-f]{2})")
# A one-line comment that is a quotation from end to end is the author's own
# words: quotation marks must not launder an insult, so they are dropped. A
# quotation with the author's words around it (counter-speech) stays, and so
# does a quoted block of several lines, which is mostly pasted from elsewhere.
_QUOTED = re.compile(r'\s*"+[^"\n]*"+\s*')
_QUOTE_EDGES = re.compile(r'\A\s*"+|"+\s*\Z')


def normalize(text: str) -> Normalized:
    """Decode, casefold, de-accent, de-confuse, de-l33t, collapse and join ``text``."""
    folded, starts, ends = _fold(text)
    out = _Builder(folded, starts, ends)
    if not folded.isascii() and _REGIONAL.search(folded):
        out = out.sub(_REGIONAL, lambda m: "".join(chr(ord(c) - 0x1F1E6 + 97) for c in m.group()))
    if "\\" in folded:
        out = out.sub(_ESCAPE, _unescape)
    if _QUOTED.fullmatch(out.text):
        out = out.sub(_QUOTE_EDGES, lambda m: "")
    if "h8" in out.text:
        out = out.sub(_H8, lambda m: "hat" if (m.group(1) or "").startswith("e") else "hate")
    # A spaced insult starting with "a" or "i" always contains a plain spaced
    # run too ("d i o t"), so most comments are settled by one search.
    if _SPACED.search(out.text):
        out = out.sub(_SPACED_AI, lambda m: m.group(0)[::2])
        out = out.sub(_SPACED, lambda m: m.group(0)[::2])
    if _LEET_PAIR.search(out.text):
        out = out.sub(_LEET_TOKEN, _unleet)
    out = out.sub(_REPEATS, lambda m: m.group(1))
    return Normalized(text=out.text, offsets=out.starts, ends=out.ends, original=text)


def lower_in_place(text: str) -> str:
    """``text`` lower-cased with every offset kept ("\u0130".lower() is two
    characters; such a character stays as it is)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def to_original(norm: Normalized, begin: int, end: int) -> tuple[int, int]:
    """Map the half-open range ``[begin, end)`` of ``norm.text`` to the original."""
    if not norm.text:
        return (0, 0)
    begin = max(0, min(begin, len(norm.text)))
    end = max(begin, min(end, len(norm.text)))
    if begin == end:
        pos = norm.offsets[begin] if begin < len(norm.text) else len(norm.original)
        return (pos, pos)
    return (norm.offsets[begin], norm.ends[end - 1])


def leet_letters(token: str) -> str:
    """``token`` with every l33t character read as the letter it stands for,
    whatever the rest of the token; for callers that know which word to expect."""
    return "".join(_LEET.get(c, c) for c in token)


# Numbers with a unit or suffix ("1990s", "3rd", "10am", "covid19") are not l33t.
_NUMBERISH = re.compile(r"[0-9]+(?:st|nd|rd|th)|[0-9]{2,}[a-z]+|[a-z]+[0-9]{2,}")


def _unescape(match: re.Match[str]) -> str:
    escape = match.group(0)
    kind = escape.lstrip("\\")[0]
    if kind in "nrt":
        decoded = " "
    elif kind == "u":
        decoded = chr(int(escape[-4:], 16))
    elif kind == "x":
        raw = bytes(int(h, 16) for h in _BYTE.findall(escape))
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            decoded = raw.decode("latin-1")
    else:
        decoded = kind
    # Never longer than the escape, so every character keeps a source range.
    return "".join(_fold_char(c) for c in decoded)[: len(escape)]


def _unleet(match: re.Match[str]) -> str:
    token = match.group(0)
    # Leading "!"/"+" and trailing "!"/"$"/"+" are punctuation, not letters.
    head = len(token) - len(token.lstrip("!+"))
    tail = len(token.rstrip("!$+"))
    core = token[head:tail]
    if _NUMBERISH.fullmatch(core):
        return token
    return token[:head] + leet_letters(core) + token[tail:]


def _fold(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` with every character folded, and each output character's source range."""
    n = len(text)
    if text.isascii():
        return text.lower(), list(range(n)), list(range(1, n + 1))
    pieces = list(map(_fold_char, text))
    folded = "".join(pieces)
    if len(folded) == n and "" not in pieces:  # one character for one: offsets as in ASCII
        return folded, list(range(n)), list(range(1, n + 1))
    starts: list[int] = []
    ends: list[int] = []
    for i, piece in enumerate(pieces):
        starts += [i] * len(piece)
        ends += [i + 1] * len(piece)
    return folded, starts, ends


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch.isascii():
        return ch.lower()
    if ch in _INVISIBLE:
        return ""
    if ch in _CONFUSABLES:
        return _CONFUSABLES[ch]
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    # Decomposition can reveal a confusable (e.g. a Cyrillic letter with a mark).
    base = "".join(_CONFUSABLES.get(c, c) for c in base)
    if unicodedata.category(ch).startswith("Z"):
        return " "
    return base


class _Builder:
    """Normalised text with per-character source ranges, rewritten by regex."""

    def __init__(self, text: str, starts: list[int], ends: list[int]) -> None:
        self.text = text
        self.starts = starts
        self.ends = ends

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> _Builder:
        matches = list(pattern.finditer(self.text))
        if not matches:
            return self
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        for m in matches:
            b, e = m.span()
            pieces.append(self.text[pos:b])
            starts.extend(self.starts[pos:b])
            ends.extend(self.ends[pos:b])
            replacement = repl(m)
            pieces.append(replacement)
            starts_r, ends_r = self._spread(b, e, len(replacement), m)
            starts.extend(starts_r)
            ends.extend(ends_r)
            pos = e
        pieces.append(self.text[pos:])
        starts.extend(self.starts[pos:])
        ends.extend(self.ends[pos:])
        return _Builder("".join(pieces), starts, ends)

    def _spread(self, b: int, e: int, n: int, m: re.Match[str]) -> tuple[list[int], list[int]]:
        """Source ranges for ``n`` replacement characters of the match ``[b, e)``."""
        width = e - b
        if n == width:
            return self.starts[b:e], self.ends[b:e]
        if n == 0:
            return [], []
        # Shrinking replacement: give replacement char k the stretch of source
        # from its proportional position up to the next one, so the ranges
        # stay contiguous and together cover the whole match.
        bounds = [b + (k * width) // n for k in range(n)] + [e]
        if m.re is _SPACED or m.re is _SPACED_AI:
            bounds = [b + 2 * k for k in range(n)] + [e]
        starts = [self.starts[bounds[k]] for k in range(n)]
        ends = [self.ends[bounds[k + 1] - 1] for k in range(n)]
        return starts, ends


def disjoint(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` in order, without the readings that overlap an earlier one (the
    longer wins where two start together), as :func:`replace_words` needs:
    two readings over the same words ("deserves to be beaten up") came out
    garbled."""
    kept: list[tuple[int, int, str]] = []
    for item in sorted(found, key=lambda item: (item[0], -item[1])):
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def replace_words(norm: Normalized, found: list[tuple[int, int, str]]) -> Normalized:
    """``norm`` with each ``(begin, end, word)`` of ``found`` (in order, not
    overlapping) put in place of ``norm.text[begin:end]``. Every character of a
    new word points at the whole of what it replaced, so highlights still land
    on the author's own characters."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for begin, end, word in found:
        pieces.append(norm.text[pos:begin])
        starts.extend(norm.offsets[pos:begin])
        ends.extend(norm.ends[pos:begin])
        pieces.append(word)
        starts.extend([norm.offsets[begin]] * len(word))
        ends.extend([norm.ends[end - 1]] * len(word))
        pos = end
    pieces.append(norm.text[pos:])
    starts.extend(norm.offsets[pos:])
    ends.extend(norm.ends[pos:])
    return Normalized(text="".join(pieces), offsets=starts, ends=ends, original=norm.original)


def alternatives(words: frozenset[str] | set[str]) -> str:
    """A regular expression for any of ``words`` (a space: any run of spaces),
    written as a trie: a pass over a comment that names nothing costs a third
    of the plain alternation's (names, derogatory words)."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [
            (r"\s+" if c == " " else re.escape(c)) + emit(sub)
            for c, sub in sorted(node.items())
            if c
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(tree) + ")"
