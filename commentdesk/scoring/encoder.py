"""The second stage: a small transformer encoder, run with onnxruntime.

The linear stage is fast but reads words, not sentences; the encoder reads
the sentence (negation, who is addressed, a threat without a threatening
word) and costs about ten times more per comment. So by default the scorer
runs it only on comments the linear stage does not settle as clearly clean
(``stages="full"`` runs it on every comment: more accurate, several times
slower), and blends the two stages' logits into one calibrated probability
per attribute.

Files beside the linear model: ``encoder.onnx`` (int8 MiniLM with a six-way
head), ``tokenizer.json`` and ``cascade.json`` (gate and calibration). All
are produced by ``commentdesk train-encoder``; none is downloaded.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from commentdesk.domain import ATTRIBUTES
from commentdesk.scoring.encoder_graph import KEEP_UNFUSED

ENCODER_FILE = "encoder.onnx"
TOKENIZER_FILE = "tokenizer.json"
CASCADE_FILE = "cascade.json"
ENCODER_FILES = (ENCODER_FILE, TOKENIZER_FILE, CASCADE_FILE)
TOXICITY = ATTRIBUTES.index("TOXICITY")
# Equal weight to both stages' logits, fixed before looking at any test data.
ENCODER_WEIGHT = 0.5


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def blend(encoder_logit: np.ndarray, linear_logit: np.ndarray) -> np.ndarray:
    return ENCODER_WEIGHT * encoder_logit + (1 - ENCODER_WEIGHT) * linear_logit


# Tokens shared by neighbouring windows of a long comment, so a word or phrase
# cut by a window's edge is read whole in the next one.
WINDOW_STRIDE = 16
# Windows read per comment, each a full encoder run. Through the gate, two
# (about 110 word pieces, all of most news comments): one comment must stay
# quick to score, and the linear stage reads the rest. With stages="full",
# four (about 210): there speed is already traded for accuracy, and on the
# development slice four raised Jigsaw TOXICITY ROC-AUC from 0.9725 to 0.9757
# while six added little more for half again the cost.
CASCADE_WINDOWS = 2
FULL_WINDOWS = 4
# A long comment's logit per attribute: this share of its loudest window's,
# the rest of its windows' mean. Through the gate, the loudest window alone,
# so abuse late in a comment counts in full. Over four windows the loudest
# alone let one noisy window decide (on the development slice, more windows
# made it worse) and the mean alone diluted late abuse; half and half was
# best or tied there.
CASCADE_LOUDEST_SHARE = 1.0
FULL_LOUDEST_SHARE = 0.5


def cpu(cpuinfo: Path = Path("/proc/cpuinfo")) -> dict[str, str]:
    """The processor, and which int8 arithmetic it gives onnxruntime: "amx",
    "vnni" (AVX-512 or AVX VNNI) or "plain" (AVX2 and older); "unknown" where
    there is no /proc/cpuinfo. The same files score a comment up to 0.003
    differently on each kind, so the model card says which one measured it."""
    try:
        text = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {"processor": "unknown", "int8": "unknown"}
    fields = dict(
        (key.strip(), value.strip())
        for key, _, value in (line.partition(":") for line in text.splitlines())
        if value
    )
    flags = set(fields.get("flags", "").split())
    kind = (
        "amx" if "amx_int8" in flags else "vnni" if flags & {"avx512_vnni", "avx_vnni"} else "plain"
    )
    return {"processor": fields.get("model name", "unknown"), "int8": kind}


@dataclass(frozen=True)
class Reading:
    """What the encoder read in one comment, window by window.

    ``window_logits`` are each window's per-attribute logits (one row per
    window); ``windows`` hold, per window, the word pieces' character ranges
    in the prepared text and their per-attribute span logits (None for an
    encoder without a span head).
    """

    window_logits: np.ndarray
    windows: tuple[tuple[list[tuple[int, int]], np.ndarray | None], ...]

    def pooled(self, loudest_share: float) -> np.ndarray:
        """The comment's per-attribute logits, pooled over its windows: this
        share of the loudest window's logit, the rest of their mean."""
        loudest = self.window_logits.max(axis=0)
        return loudest_share * loudest + (1 - loudest_share) * self.window_logits.mean(axis=0)

    def first(self, windows: int) -> Reading:
        """This reading as if only its first ``windows`` windows had been read."""
        return Reading(self.window_logits[:windows], self.windows[:windows])


class Encoder:
    """Raw per-attribute logits for prepared texts; safe to share between threads."""

    def __init__(self, directory: Path, max_tokens: int, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        # In a batch each run gets one thread and up to ``threads`` windows run
        # at once (onnxruntime releases the GIL and a session may be run from
        # several threads): a short window's matrices split poorly across
        # cores. A comment scored alone has too few windows to fill the cores
        # that way, so its windows run in turn on a second session whose
        # every run splits across ``threads`` cores: on two cores without
        # VNNI, one window of 64 pieces 7.3 -> 4.0 ms, two 10.8 -> 8.6 ms,
        # the outputs bit for bit the same. The service gives each process
        # one thread (its requests already run in parallel) and no second
        # session.
        self.parallel = threads or min(2, os.cpu_count() or 1)
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        self._session = self._open(directory, ort, 1)
        self._whole = self._open(directory, ort, self.parallel) if self.parallel > 1 else None
        outputs = [o.name for o in self._session.get_outputs()]
        self._outputs = ["logits"] + (["token_logits"] if "token_logits" in outputs else [])
        self.has_span_head = len(self._outputs) == 2
        self._tokenizer = Tokenizer.from_file(str(directory / TOKENIZER_FILE))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_tokens, stride=WINDOW_STRIDE)

    @staticmethod
    def _open(directory: Path, ort: Any, threads: int) -> Any:
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        return ort.InferenceSession(
            str(directory / ENCODER_FILE),
            options,
            providers=["CPUExecutionProvider"],
            disabled_optimizers=KEEP_UNFUSED,
        )

    def _run(self, ids: np.ndarray, whole: bool = False) -> tuple[np.ndarray, np.ndarray | None]:
        batch = ids[np.newaxis, :]
        session = self._whole if whole and self._whole is not None else self._session
        out = session.run(
            self._outputs, {"input_ids": batch, "attention_mask": np.ones_like(batch)}
        )
        return out[0][0], (out[1][0] if self.has_span_head else None)

    def read(self, texts: Sequence[str], windows: int = CASCADE_WINDOWS) -> list[Reading]:
        # One comment per run, never a padded batch: int8 activations are
        # quantised with a scale taken from the whole input, so batching would
        # make a comment's score depend on its neighbours. Alone, the same text
        # always gets the same score, and on a CPU it costs about the same.
        encodings = self._tokenizer.encode_batch(list(texts))
        jobs = [
            (i, window)
            for i, encoding in enumerate(encodings)
            for window in (encoding, *encoding.overflowing[: windows - 1])
        ]
        if len(encodings) == 1:  # a comment alone: each window on every core, in turn
            runs = [self._run_window(w, whole=True) for _, w in jobs]
        elif len(jobs) > 1 and self.parallel > 1:
            runs = list(self._executor().map(self._run_window, [w for _, w in jobs]))
        else:
            runs = [self._run_window(w) for _, w in jobs]
        per_text: list[list[tuple[np.ndarray, list[tuple[int, int]], np.ndarray | None]]] = [
            [] for _ in encodings
        ]
        for (i, _), run in zip(jobs, runs, strict=True):
            per_text[i].append(run)
        return [
            Reading(
                np.vstack([logits for logits, _, _ in runs]),
                tuple((offsets, pieces) for _, offsets, pieces in runs),
            )
            for runs in per_text
        ]

    def _run_window(
        self, window: Any, whole: bool = False
    ) -> tuple[np.ndarray, list[tuple[int, int]], np.ndarray | None]:
        logits, pieces = self._run(np.asarray(window.ids, dtype=np.int64), whole)
        return logits, list(window.offsets), pieces

    def _executor(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.parallel, thread_name_prefix="encoder")
            return self._pool

    def piece_probabilities(self, reading: Reading) -> list[tuple[int, int, np.ndarray]]:
        """(begin, end, per-attribute span probability) for every word piece of
        the comment, special tokens left out."""
        out = []
        for offsets, piece_logits in reading.windows:
            if piece_logits is None:
                continue
            probs = 1.0 / (1.0 + np.exp(-np.clip(piece_logits, -30.0, 30.0)))
            out += [(b, e, probs[i]) for i, (b, e) in enumerate(offsets) if e > b]
        return out


@dataclass(frozen=True)
class Cascade:
    """When the encoder runs, and how its logits join the linear stage's."""

    encoder: Encoder
    gate: float
    # Per attribute, Platt slope and offset applied to the blended logit.
    calibration: np.ndarray
    # Per span attribute, how its highlights are chosen from the span head
    # (see :class:`commentdesk.scoring.spans.SpanRule`); empty without one.
    span_rules: dict[str, dict[str, float]] = field(default_factory=dict)
    # Read every comment, the gate ignored (``stages="full"``); ``calibration``
    # is then the one fitted for that reading.
    read_all: bool = False

    @property
    def windows(self) -> int:
        """Windows read per comment (see ``CASCADE_WINDOWS``)."""
        return FULL_WINDOWS if self.read_all else CASCADE_WINDOWS

    @property
    def loudest_share(self) -> float:
        """How a comment's windows pool (see ``CASCADE_LOUDEST_SHARE``)."""
        return FULL_LOUDEST_SHARE if self.read_all else CASCADE_LOUDEST_SHARE

    @classmethod
    def load(
        cls, directory: Path, threads: int | None = None, read_all: bool = False
    ) -> Cascade | None:
        if not all((directory / name).exists() for name in ENCODER_FILES):
            return None
        spec = json.loads((directory / CASCADE_FILE).read_text(encoding="utf-8"))
        # A cascade fitted before stages="full" existed has only the one.
        fitted = (read_all and spec.get("full_calibration")) or spec["calibration"]
        calibration = np.asarray([fitted[a] for a in spec["attributes"]])
        encoder = Encoder(directory, int(spec["max_tokens"]), threads)
        rules = spec.get("span_rules", {}) if encoder.has_span_head else {}
        return cls(encoder, float(spec["gate"]), calibration, rules, read_all)

    def routes(self, own: np.ndarray, attacks: np.ndarray | None = None) -> np.ndarray:
        """Which comments the encoder reads, from the linear heads' own probabilities:
        those whose TOXICITY head, before the other attributes lift it, reaches the gate,
        and those ``attacks`` marks (all of them with ``read_all``).

        The TOXICITY head never sees the words that name a people (see
        ``features.py``), so a people called greedy in otherwise mild words
        ("Jews are greedy, always have been": TOXICITY head 0.023) fell under
        the gate, and the encoder, which reads it as an attack (0.68), never
        saw it. ``attacks`` marks the comments that say a people is a
        derogatory word, hate a people, or use a slur
        (:mod:`commentdesk.scoring.peoples`)."""
        if self.read_all:
            return np.ones(len(own), dtype=bool)
        gated = own[:, TOXICITY] >= self.gate
        return gated if attacks is None else gated | attacks

    def refine(
        self,
        texts: Sequence[str],
        linear: np.ndarray,
        own: np.ndarray,
        attacks: np.ndarray | None = None,
    ) -> tuple[np.ndarray, dict[int, Reading]]:
        """Linear probabilities in, cascade probabilities out (same shape), with
        the encoder's reading of each routed comment by its index, for spans.

        ``own`` holds the linear heads' probabilities before `implies`, and
        ``attacks`` the comments that attack a people (see :meth:`routes`);
        comments they do not route keep their linear scores.
        """
        probs = linear.copy()
        routed = np.flatnonzero(self.routes(own, attacks))
        if routed.size == 0:
            return probs, {}
        readings = self.encoder.read([texts[int(i)] for i in routed], self.windows)
        enc = np.vstack([r.pooled(self.loudest_share) for r in readings]).astype(np.float32)
        z = blend(enc, logit(linear[routed]))
        z = z * self.calibration[np.newaxis, :, 0] + self.calibration[np.newaxis, :, 1]
        probs[routed] = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
        return probs, {int(i): r for i, r in zip(routed, readings, strict=True)}
