"""The scorer: texts in, six calibrated probabilities with spans and a version out.

Everything runs locally from the model files shipped in the package; nothing
is downloaded and no text leaves the process. A loaded scorer holds only
read-only arrays, so one instance can serve many threads at once.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from commentdesk.domain import ATTRIBUTES, ScoreResult, Span
from commentdesk.scoring import spelling
from commentdesk.scoring.encoder import Cascade, Reading, logit
from commentdesk.scoring.features import (
    collapse_spaces,
    collapse_spaces_mapped,
    prepare_to_score,
    read,
)
from commentdesk.scoring.model import LinearModel, model_version
from commentdesk.scoring.peoples import attacked
from commentdesk.scoring.spans import SpanRule, Words, head_by_character
from commentdesk.textnorm import LONE_SURROGATE, Normalized

DEFAULT_MODEL_DIR = Path(__file__).parent / "models" / "default"
# Spans are only worth showing on comments that plausibly carry some attribute.
DEFAULT_SPAN_GATE = 0.2

# Which stages read a comment: the linear stage, then the encoder where the
# gate sends it (the default); the encoder on every comment too (more
# accurate, several times slower); or the linear stage alone (fastest).
STAGES = ("cascade", "full", "linear")

# A long comment's abuse is diluted by the rest of it: "...quotes only one
# side. Whoever edited it is a clueless moron." scored INSULT 0.29 as a whole
# and 0.95 for its last sentence. Each sentence of a comment is scored by the
# linear stage on what was read of it (cheap); where the hottest sentence
# passes the whole comment by HOT_GAP on TOXICITY, INSULT, THREAT or
# IDENTITY_ATTACK, that sentence is scored again on its own by every stage,
# and each attribute's logit takes HOT_SHARE of the louder of the two.
# Chosen on the development slices of seven corpora (mean ROC-AUC +0.0022,
# none below it; TOXICITY's heat alone +0.0018, one -0.0002; a share of 0.5
# gained more on average and lost 0.0007 on one); about one comment in
# eight has such a sentence.
HOT_GAP = 0.3
HOT_SHARE = 0.25
# A threat is not diluted by the civil sentences around it: "...the vote
# would come next month. Someone should shoot the mayor." scored THREAT 0.54
# with a quarter share, under the default policy's 0.6 band, and was
# published. THREAT takes THREAT_SHARE of the hot sentence instead
# (development slices: Toxic Spans THREAT +0.0068, Jigsaw TOXICITY -0.0002,
# nothing else moved; a full share gained +0.0096 and lost -0.0007).
THREAT_SHARE = 0.75
# Nor is a people attacked in one sentence, which the linear stage cannot
# find (it never sees the words that name a people): "...on balance.
# Immigrants are vermin." scored IDENTITY_ATTACK 0.22. In a comment that
# attacks a people, the sentence that does is scored alone and takes
# ATTACK_SHARE of every attribute (development slices: no ROC-AUC moved by
# more than 0.0001; that comment 0.61).
ATTACK_SHARE = 0.5
# The attributes whose heat picks a sentence: one hotter by any of them
# ("...I'll make them pay in blood" is a threat more than it is toxic).
_HEATS = ("TOXICITY", "INSULT", "THREAT", "IDENTITY_ATTACK")
_SENTENCES = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
# A sentence of fewer words is a fragment ("Sad.", "Wow."), read with the rest.
_SENTENCE_WORDS = 3

_default: dict[str, Scorer] = {}
_default_lock = threading.Lock()


class Scorer:
    """Scores comments with a :class:`LinearModel`, refined by a :class:`Cascade`.

    See :meth:`load`. Without the encoder files the linear stage scores alone.
    """

    def __init__(self, model: LinearModel, version: str, cascade: Cascade | None = None) -> None:
        self.model = model
        self.version = version
        self.cascade = cascade
        self._lexicon = model.span_lexicon()
        self._gate = float(model.span_params.get("gate", DEFAULT_SPAN_GATE))
        self._span_rules = {
            a: SpanRule.of(rule) for a, rule in (cascade.span_rules if cascade else {}).items()
        }

    @classmethod
    def load(
        cls, path: str | Path | None = None, threads: int | None = None, stages: str = "cascade"
    ) -> Scorer:
        """The packaged default model (cached per process), or the model at ``path``.

        ``stages`` (see ``STAGES``): ``"linear"`` scores with the linear stage
        alone (faster, less accurate), ``"full"`` has the encoder read every
        comment (more accurate, slower); each has its own version, since the
        same files score differently. ``threads`` caps the second stage's
        onnxruntime threads (default min(2, CPUs)); the cached default keeps
        the value it was first loaded with.
        """
        if stages not in STAGES:
            raise ValueError(f"stages must be one of {', '.join(STAGES)}, not {stages!r}")
        if path is None:
            with _default_lock:
                if stages not in _default:
                    _default[stages] = cls._from_dir(DEFAULT_MODEL_DIR, threads, stages)
                return _default[stages]
        directory = Path(path)
        if directory.is_file():
            directory = directory.parent
        return cls._from_dir(directory, threads, stages)

    @classmethod
    def _from_dir(cls, directory: Path, threads: int | None, stages: str) -> Scorer:
        second = (
            Cascade.load(directory, threads, read_all=stages == "full")
            if stages != "linear"
            else None
        )
        version = model_version(directory, stages if second is not None else "linear")
        spelling.load()  # at load time, not in the first comment's latency
        return cls(LinearModel.load(directory), version, second)

    @property
    def attributes(self) -> tuple[str, ...]:
        return self.model.attributes

    def score(self, texts: str | Sequence[str]) -> list[ScoreResult]:
        """One :class:`ScoreResult` per text, in order; a lone string is a batch of one."""
        if isinstance(texts, str):
            texts = [texts]
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError(f"text {i} is {type(text).__name__}, not str")
            if LONE_SURROGATE.search(text):
                raise ValueError(f"text {i} holds an unpaired surrogate")
        if not texts:
            return []
        norms = [read(t) for t in texts]
        probs, readings = self._predict(norms)
        return [
            self._result(norm, row, readings.get(i))
            for i, (norm, row) in enumerate(zip(norms, probs, strict=True))
        ]

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Just the (n_texts, n_attributes) probability matrix, for evaluation."""
        return self._predict([read(t) for t in texts])[0]

    def linear_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """The first stage alone, for comparisons and for fitting the cascade."""
        return self._linear([prepare_to_score(t) for t in texts])[1]

    def routed(self, texts: Sequence[str]) -> np.ndarray:
        """Which texts the second stage would read (all False without one)."""
        if self.cascade is None:
            return np.zeros(len(texts), dtype=bool)
        norms = [read(t) for t in texts]
        prepared = [collapse_spaces(n.text) for n in norms]
        return self.cascade.routes(self._linear(prepared)[0], _attacks(norms, prepared))

    def _linear(self, prepared: list[str]) -> tuple[np.ndarray, np.ndarray]:
        return self.model.predict_heads(self.model.featurizer.transform_normalized(prepared))

    def _predict(self, norms: list[Normalized]) -> tuple[np.ndarray, dict[int, Reading]]:
        """Probabilities of comments as :func:`read`, and the encoder's readings by index."""
        prepared = [collapse_spaces(n.text) for n in norms]
        own, probs = self._linear(prepared)
        attacks = _attacks(norms, prepared)
        if self.cascade is None:
            return _peoples_attacked(attacks, probs), {}
        refined, readings = self.cascade.refine(prepared, probs, own, attacks)
        # A people attacked lifts IDENTITY_ATTACK last, over the hot sentence too.
        scored = self._with_hot_sentences(norms, probs, self.model.apply_implies(refined), attacks)
        return _peoples_attacked(attacks, scored), readings

    def _with_hot_sentences(
        self,
        norms: list[Normalized],
        linear: np.ndarray,
        whole: np.ndarray,
        attacks: np.ndarray,
    ) -> np.ndarray:
        """``whole`` with each comment's hottest sentence given ``HOT_SHARE``
        where the linear stage finds it ``HOT_GAP`` hotter (see ``HOT_GAP``),
        or ``ATTACK_SHARE`` where it attacks a people as the comment does
        (``attacks``); THREAT at least ``THREAT_SHARE``."""
        cols = [ATTRIBUTES.index(a) for a in _HEATS]
        # Each sentence of a comment that has several, by its comment's index
        # (no sentence can be HOT_GAP hotter than a comment already that hot).
        flat = [
            (i, span)
            for i, norm in enumerate(norms)
            if linear[i, cols].min() < 1 - HOT_GAP
            for found in [_sentences(norm.text)]
            if len(found) > 1
            for span in found
        ]
        if not flat:
            return whole
        heat = self._linear([collapse_spaces(norms[i].text[b:e]) for i, (b, e) in flat])[1]
        hottest: dict[int, tuple[float, tuple[int, int]]] = {}
        for (i, span), h in zip(flat, heat[:, cols], strict=True):
            hotter = (h - linear[i, cols]).max() >= HOT_GAP
            if hotter and h.max() > hottest.get(i, (-1.0, span))[0]:
                hottest[i] = (float(h.max()), span)
        share = dict.fromkeys(hottest, HOT_SHARE)
        # What was read of an attacking sentence, kept so it is read once.
        attacking: dict[int, Normalized] = {}
        for i, span in flat:
            if attacks[i] and i not in attacking:
                norm = read(_original(norms[i], *span))
                if attacked(norm, collapse_spaces(norm.text)):
                    hottest[i], share[i], attacking[i] = (1.0, span), ATTACK_SHARE, norm
        if not hottest:
            return whole
        chosen = sorted(hottest)
        sentences = [attacking.get(i) or read(_original(norms[i], *hottest[i][1])) for i in chosen]
        alone = self._predict(sentences)[0]
        out = whole.copy()
        rows = np.asarray(chosen)
        w = np.repeat(np.asarray([share[i] for i in chosen])[:, None], len(ATTRIBUTES), axis=1)
        threat = ATTRIBUTES.index("THREAT")
        w[:, threat] = np.maximum(w[:, threat], THREAT_SHARE)
        z = (1 - w) * logit(whole[rows]) + w * logit(np.maximum(whole[rows], alone))
        out[rows] = 1.0 / (1.0 + np.exp(-z))
        return self.model.apply_implies(out)

    def _result(self, norm: Normalized, row: np.ndarray, reading: Reading | None) -> ScoreResult:
        scores = {a: round(float(p), 6) for a, p in zip(self.attributes, row, strict=True)}
        spans: dict[str, list[Span]] = {a: [] for a in self.attributes}
        # A comment that scores low on everything gets no highlights at all;
        # otherwise each attribute highlights the words its lexicon knows.
        if max(scores.values()) < self._gate:
            return ScoreResult(scores=scores, spans=spans, model_version=self.version)
        words = self._lexicon.words(norm)
        head = self._span_head(norm, reading, words)
        for attr in self.attributes:
            source = attr if attr in self._lexicon.attributes else "TOXICITY"
            # TOXICITY highlights whatever made the comment suspect; a specific
            # attribute only highlights words when it scores in its own right.
            if attr != "TOXICITY" and scores[attr] < self._gate:
                continue
            if source in self._lexicon.attributes:
                # Always show the best word of a comment that carries this
                # attribute; never invent one for an attribute it lacks.
                fallback = scores[attr] >= 0.5 or attr == "TOXICITY"
                rule = self._span_rules.get(source)
                if rule is not None and (head is not None or rule.lexicon_unread):
                    # A comment the encoder did not read is highlighted by the
                    # rule for words it did not read, where the rule has one.
                    pieces = (
                        head[:, ATTRIBUTES.index(source)]
                        if head is not None
                        else np.full(len(words.rows), np.nan, dtype=np.float32)
                    )
                    spans[attr] = self._lexicon.extract_from_pieces(
                        norm, source, words, pieces, rule, fallback=fallback
                    )
                else:
                    spans[attr] = self._lexicon.extract(norm, source, fallback, words)
        return ScoreResult(scores=scores, spans=spans, model_version=self.version)

    def _span_head(
        self, norm: Normalized, reading: Reading | None, words: Words
    ) -> np.ndarray | None:
        """Per word of ``words``, its best word piece's span probability for
        every attribute, from a comment the encoder read; None where the
        lexicon must do."""
        if reading is None or self.cascade is None or not self._span_rules:
            return None
        _, where = collapse_spaces_mapped(norm.text)
        pieces = self.cascade.encoder.piece_probabilities(reading)
        if not pieces:  # nothing but special tokens: no attribute's columns to spread
            return None
        return words.maxima(head_by_character(norm, where, pieces))


def _sentences(text: str) -> list[tuple[int, int]]:
    """(begin, end) in ``text`` of each sentence of at least ``_SENTENCE_WORDS`` words."""
    return [
        m.span() for m in _SENTENCES.finditer(text) if len(m.group().split()) >= _SENTENCE_WORDS
    ]


def _original(norm: Normalized, begin: int, end: int) -> str:
    """What the author wrote for ``norm.text[begin:end]``."""
    return norm.original[norm.offsets[begin] : norm.ends[end - 1]]


def _attacks(norms: list[Normalized], prepared: list[str]) -> np.ndarray:
    """Which comments attack a people (:func:`commentdesk.scoring.peoples.attacked`)."""
    pairs = zip(norms, prepared, strict=True)
    return np.fromiter((attacked(n, t) for n, t in pairs), dtype=bool, count=len(norms))


def _peoples_attacked(attacks: np.ndarray, probs: np.ndarray) -> np.ndarray:
    """IDENTITY_ATTACK at least TOXICITY where ``attacks`` says a people is attacked."""
    attack, toxic = ATTRIBUTES.index("IDENTITY_ATTACK"), ATTRIBUTES.index("TOXICITY")
    probs[attacks, attack] = np.maximum(probs[attacks, attack], probs[attacks, toxic])
    return probs
