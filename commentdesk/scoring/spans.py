"""Which words carry an attribute: a learned token lexicon and span extraction.

Training reads annotated toxic spans and learns, per attribute, how likely a
word is to lie inside an annotated span, generalising across spellings with a
character n-gram model. The result is stored as a plain table (word -> score
per attribute), so serving is a dictionary lookup per word of normalised text,
mapped back to the author's characters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from commentdesk.domain import Span
from commentdesk.scoring.features import MAX_CHARS, TOKEN_PATTERN
from commentdesk.textnorm import Normalized, normalize, to_original

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import TfidfVectorizer

_TOKEN = re.compile(TOKEN_PATTERN)
# How many observations the character n-gram guess for a word is worth.
PRIOR_STRENGTH = 3.0


@dataclass
class SpanLexicon:
    """Per-attribute word scores and the rule that turns them into spans.

    A word is highlighted when its score passes the attribute's absolute
    threshold and is within ``relative`` of the comment's best word: annotators
    mark the worst words of a comment, not every mildly negative one. When no
    word passes but the comment carries the attribute, its best word (if above
    ``floor``) is highlighted so a held comment always shows a reason.
    """

    attributes: list[str]
    index: dict[str, int]
    weights: np.ndarray  # (n_terms, n_attributes)
    thresholds: dict[str, float]
    relative: dict[str, float] = field(default_factory=dict)
    floor: float = 0.1

    def words(self, norm: Normalized) -> Words:
        """Every word of ``norm.text`` with its lexicon row, found once per comment."""
        found = [
            (m.start(), m.end(), self.index.get(m.group(0), -1)) for m in _TOKEN.finditer(norm.text)
        ]
        table = np.asarray(found, dtype=np.int64).reshape(-1, 3)
        return Words(table[:, 0], table[:, 1], table[:, 2])

    def extract(
        self, norm: Normalized, attribute: str, fallback: bool = True, words: Words | None = None
    ) -> list[Span]:
        """Original-text spans of the words that carry ``attribute``."""
        known = (words or self.words(norm)).known()
        rule = SpanRule(self.thresholds.get(attribute, 0.5), self.relative.get(attribute, 0.0))
        scores = self._lexicon_scores(known, attribute)
        return rule.select(norm, known, scores, self.floor, fallback)

    def extract_with_head(
        self,
        norm: Normalized,
        attribute: str,
        head: np.ndarray,
        rule: SpanRule,
        fallback: bool = True,
    ) -> list[Span]:
        """Spans from the encoder's span head, mixed with the lexicon per ``rule``.

        ``head`` is, per character of ``norm.text``, the span probability of
        the word piece covering it (NaN where the encoder read no piece); a
        word scores its best piece, so "id" + "##iot" is one word with one
        score.
        """
        words = self.words(norm)
        return self.extract_from_pieces(norm, attribute, words, words.maxima(head), rule, fallback)

    def extract_from_pieces(
        self,
        norm: Normalized,
        attribute: str,
        words: Words,
        pieces: np.ndarray,
        rule: SpanRule,
        fallback: bool = True,
    ) -> list[Span]:
        """As :meth:`extract_with_head`, with each word's best piece already
        found (``pieces``: one score per word of ``words``, NaN for a word
        the encoder did not read)."""
        lexicon = self._lexicon_scores(words, attribute)
        head = pieces.astype(np.float64)
        unread = np.isnan(head)
        mixed = rule.mix * np.where(unread, 0.0, head) + (1 - rule.mix) * lexicon
        scores = np.where(unread, lexicon, mixed) if rule.lexicon_unread else mixed
        return rule.select(norm, words, scores, self.floor, fallback)

    def _lexicon_scores(self, words: Words, attribute: str) -> np.ndarray:
        """Each word's lexicon score for ``attribute`` (0 for words it lacks)."""
        col = self.attributes.index(attribute)
        known = words.rows >= 0
        scores = np.zeros(len(words.rows), dtype=np.float64)
        scores[known] = self.weights[words.rows[known], col]
        return scores


@dataclass(frozen=True)
class Words:
    """A comment's words: where each lies in the normalised text, and its
    lexicon row (-1 for a word the lexicon does not know).

    Found once per comment and shared by every attribute's highlights."""

    begins: np.ndarray
    ends: np.ndarray
    rows: np.ndarray

    def known(self) -> Words:
        """Only the words the lexicon knows."""
        keep = self.rows >= 0
        return Words(self.begins[keep], self.ends[keep], self.rows[keep])

    def maxima(self, by_character: np.ndarray) -> np.ndarray:
        """Per word, the highest value of ``by_character`` (one row per
        character of the text, any columns) over the word's characters,
        NaNs ignored (NaN only where all of a word's are)."""
        if len(self.begins) == 0:
            return np.zeros((0, *by_character.shape[1:]), dtype=by_character.dtype)
        # reduceat takes the maximum between consecutive bounds: the even
        # segments are the words, the odd ones the gaps between them.
        bounds = np.empty(2 * len(self.begins), dtype=np.intp)
        bounds[0::2], bounds[1::2] = self.begins, self.ends
        padded = np.concatenate([by_character, np.full_like(by_character[:1], np.nan)])
        return np.fmax.reduceat(padded, bounds, axis=0)[0::2]


@dataclass(frozen=True)
class SpanRule:
    """Which scored words become highlights.

    A word is highlighted when its score passes ``threshold`` and is within
    ``relative`` of the comment's best word: annotators mark the worst words of
    a comment, not every mildly negative one. ``mix`` weighs the encoder's
    span head against the lexicon (1.0: the head alone). A word next to a
    highlight also joins it when it reaches ``grow`` times the cut: annotators
    mark phrases ("incompetent hack", "kiss my butt"), whose weaker words
    would not pass alone (1.0: no growing). A word past the encoder's
    windows has no head score: with ``lexicon_unread`` the lexicon speaks for
    it alone, otherwise it is mixed as if the head had given it nothing.
    """

    threshold: float
    relative: float = 0.0
    mix: float = 1.0
    grow: float = 1.0
    lexicon_unread: bool = False

    @classmethod
    def of(cls, spec: Mapping[str, float]) -> SpanRule:
        """The rule a cascade file stores (``dataclasses.asdict`` of one, as JSON)."""
        return cls(
            threshold=float(spec["threshold"]),
            relative=float(spec.get("relative", 0.0)),
            mix=float(spec.get("mix", 1.0)),
            grow=float(spec.get("grow", 1.0)),
            lexicon_unread=bool(spec.get("lexicon_unread", False)),
        )

    def select(
        self, norm: Normalized, words: Words, scores: np.ndarray, floor: float, fallback: bool
    ) -> list[Span]:
        """Original-text spans of the chosen ``words`` (one score each)."""
        if len(scores) == 0:
            return []
        best = float(scores.max())
        cut = max(self.threshold, self.relative * best)
        keep = scores >= cut
        if not keep.any():
            if not (fallback and best >= floor):
                return []
            keep[int(np.argmax(scores))] = True
        if self.grow < 1.0:
            _grow(norm.text, words, scores, keep, self.grow * cut)
        hits = [
            (int(words.begins[i]), int(words.ends[i]), float(scores[i]))
            for i in np.flatnonzero(keep)
        ]
        spans = [(*to_original(norm, b, e), round(s, 4)) for b, e, s in _merge(norm.text, hits)]
        return _whole_words(norm.original, spans)


# Symbols that mask letters inside a word ("f&ck", "F@#k", "a$$hole",
# "****hole"). The words the lexicon reads stop at most of them, so a
# highlight covered only the letters on one side of the mask; annotators
# mark the whole masked word. "@" and "#" also open mentions and hashtags,
# so a masked word never starts or ends with them. Measured on the Toxic
# Spans posts (training, held-out and tsd_trial alike) the F1 rose
# 0.0002-0.0005.
_MASKS = frozenset("*&$@#%")
_OPENERS = "@#"


def _whole_words(original: str, spans: list[Span]) -> list[Span]:
    """``spans`` in the author's text without white space at their ends (a
    reading that rewrote a phrase can map a word's trailing space into its
    span) and widened over the masked letters they touch; spans that then
    overlap become one."""

    def part(c: str) -> bool:
        return c.isalnum() or c in _MASKS

    out: list[Span] = []
    for b, e, s in spans:
        while b < e and original[b].isspace():
            b += 1
        while e > b and original[e - 1].isspace():
            e -= 1
        if b == e:
            continue
        if part(original[b]):
            lo = b
            while lo > 0 and part(original[lo - 1]):
                lo -= 1
            while lo < b and original[lo] in _OPENERS:
                lo += 1
            b = lo
        if part(original[e - 1]):
            hi = e
            while hi < len(original) and part(original[hi]):
                hi += 1
            while hi > e and original[hi - 1] in _OPENERS:
                hi -= 1
            e = hi
        if out and b <= out[-1][1]:
            pb, pe, ps = out[-1]
            out[-1] = (min(pb, b), max(pe, e), max(ps, s))
        else:
            out.append((b, e, s))
    return out


def _grow(text: str, words: Words, scores: np.ndarray, keep: np.ndarray, least: float) -> None:
    """Extend each run of kept words, in place, to neighbours scoring at least
    ``least``; neighbours have only white space between them."""

    def joins(i: int, neighbour: int) -> bool:
        a, b = sorted((i, neighbour))
        touching = not text[words.ends[a] : words.begins[b]].strip()
        return not keep[i] and scores[i] >= least and touching

    for k in np.flatnonzero(keep).tolist():  # rightwards from each run
        i = k + 1
        while i < len(keep) and joins(i, i - 1):
            keep[i] = True
            i += 1
    for k in np.flatnonzero(keep)[::-1].tolist():  # then leftwards
        i = k - 1
        while i >= 0 and joins(i, i + 1):
            keep[i] = True
            i -= 1


def head_by_character(
    norm: Normalized,
    where: Sequence[int] | np.ndarray,
    pieces: list[tuple[int, int, np.ndarray]],
    col: int | None = None,
) -> np.ndarray:
    """Spread word-piece probabilities over the characters of ``norm.text``:
    one value per character for attribute ``col``, or one row of every
    attribute's per character when ``col`` is None; NaN for a character no
    piece covers (past the windows read, or white space).

    ``pieces`` hold ranges in the prepared (space-collapsed) text; ``where``
    maps each prepared character to its index in ``norm.text``.
    """
    if not pieces:
        shape = len(norm.text) if col is not None else (len(norm.text), 0)
        return np.full(shape, np.nan, np.float32)
    out = np.full((len(norm.text), len(pieces[0][2])), np.nan, dtype=np.float32)
    spread = np.asarray(where, dtype=np.intp)
    ranges = np.array([(b, e) for b, e, _ in pieces], dtype=np.intp)
    probs = np.array([p for _, _, p in pieces], dtype=np.float32)
    ok = (ranges[:, 1] > ranges[:, 0]) & (ranges[:, 0] < len(spread))
    ranges, probs = ranges[ok], probs[ok]
    if len(ranges):
        # Each piece covers the author's characters from its first to its last.
        begins = spread[ranges[:, 0]]
        lengths = spread[np.minimum(ranges[:, 1], len(spread)) - 1] + 1 - begins
        piece = np.repeat(np.arange(len(begins)), lengths)
        starts = np.cumsum(lengths) - lengths  # where each piece's run begins in ``chars``
        chars = np.arange(lengths.sum()) + np.repeat(begins - starts, lengths)
        np.fmax.at(out, chars, probs[piece])  # windows overlap: the higher value stands
    return out if col is None else out[:, col]


def _merge(text: str, hits: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Join neighbouring words split by a single space into one phrase span."""
    merged: list[tuple[int, int, float]] = []
    for b, e, s in hits:
        if merged and text[merged[-1][1] : b] == " ":
            pb, _, ps = merged[-1]
            merged[-1] = (pb, e, max(ps, s))
        else:
            merged.append((b, e, s))
    return merged


def token_labels(text: str, offsets: Iterable[int]) -> tuple[Normalized, list[tuple[str, int]]]:
    """Normalised words of ``text`` with 1 where most of the word is annotated."""
    marked = set(offsets)
    norm = normalize(text[:MAX_CHARS])
    out = []
    for m in _TOKEN.finditer(norm.text):
        b, e = to_original(norm, m.start(), m.end())
        inside = sum(1 for i in range(b, e) if i in marked)
        out.append((m.group(0), int(inside * 2 > (e - b))))
    return norm, out


def fit_lexicon(
    attributes: Sequence[str],
    labeled_posts: dict[str, list[tuple[str, list[int]]]],
    vocabulary_texts: Sequence[str],
    seed: int,
    min_count: int = 2,
) -> SpanLexicon:
    """Learn word scores per attribute from (text, annotated offsets) posts.

    ``labeled_posts[attr]`` are posts carrying that attribute with the offsets
    annotated for it; the lexicon covers words seen ``min_count`` times in
    ``vocabulary_texts`` (normalised), so misspellings seen in the wild are in it.
    """
    # Training only: serving never imports scikit-learn (a second and about
    # 100 MB more per server process).
    from sklearn.feature_extraction.text import TfidfVectorizer

    counts: Counter[str] = Counter()
    for text in vocabulary_texts:
        counts.update(_TOKEN.findall(text))
    terms = sorted(t for t, c in counts.items() if c >= min_count and len(t) <= 40)
    chars = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 5),
        lowercase=False,
        min_df=2,
        sublinear_tf=True,
        dtype=np.float32,
    )
    chars.fit(terms)
    term_features = chars.transform(terms)
    weights = np.zeros((len(terms), len(attributes)), dtype=np.float32)
    for col, attr in enumerate(attributes):
        pos: Counter[str] = Counter()
        neg: Counter[str] = Counter()
        for text, offsets in labeled_posts.get(attr, []):
            for token, label in token_labels(text, offsets)[1]:
                (pos if label else neg)[token] += 1
        weights[:, col] = _fit_token_model(chars, term_features, terms, pos, neg, seed)
    return SpanLexicon(list(attributes), {t: i for i, t in enumerate(terms)}, weights, {})


def _fit_token_model(
    chars: TfidfVectorizer,
    term_features: object,
    terms: list[str],
    pos: Counter[str],
    neg: Counter[str],
    seed: int,
) -> np.ndarray:
    seen = sorted(set(pos) | set(neg))
    if not pos or not seen:
        return np.zeros(len(terms), dtype=np.float32)
    # Each distinct word appears once per label, weighted by how often it had it.
    words = [t for t in seen if pos[t]] + [t for t in seen if neg[t]]
    y = np.array([1] * sum(1 for t in seen if pos[t]) + [0] * sum(1 for t in seen if neg[t]))
    w = np.array([pos[t] for t in seen if pos[t]] + [neg[t] for t in seen if neg[t]], float)
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=4.0, solver="liblinear", random_state=seed)
    model.fit(chars.transform(words), y, sample_weight=w)
    scores = model.predict_proba(term_features)[:, 1].astype(np.float32)
    # Where the data has seen a word often, trust its observed rate over the
    # n-gram guess; smoothing toward the guess keeps rare words in check.
    index = {t: i for i, t in enumerate(terms)}
    for t in seen:
        i = index.get(t)
        if i is not None:
            n = pos[t] + neg[t]
            scores[i] = (pos[t] + PRIOR_STRENGTH * scores[i]) / (n + PRIOR_STRENGTH)
    return scores


def span_f1(predicted: set[int], gold: set[int]) -> float:
    """SemEval-2021 Task 5 per-post F1 over character offsets (empty/empty = 1)."""
    if not gold and not predicted:
        return 1.0
    if not gold or not predicted:
        return 0.0
    tp = len(predicted & gold)
    if tp == 0:
        return 0.0
    precision, recall = tp / len(predicted), tp / len(gold)
    return 2 * precision * recall / (precision + recall)


def offsets_of(spans: Sequence[Span]) -> set[int]:
    return {i for b, e, _ in spans for i in range(b, e)}
