"""The second stage: a small transformer encoder, run with onnxruntime.

The linear stage is fast but reads words, not sentences; the encoder reads
the sentence (negation, who is addressed, a threat without a threatening
word) and costs about ten times more per comment. So the scorer runs it only
on comments the linear stage does not settle as clearly clean, and blends the
two stages' logits into one calibrated probability per attribute.

Files beside the linear model: ``encoder.onnx`` (int8 MiniLM with a six-way
head), ``tokenizer.json`` and ``cascade.json`` (gate and calibration). All
are produced by ``commentdesk train-encoder``; none is downloaded.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from commentdesk.domain import ATTRIBUTES

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


class Encoder:
    """Raw per-attribute logits for prepared texts; safe to share between threads."""

    def __init__(self, directory: Path, max_tokens: int, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # One comment's matrices are small: more than two threads only adds
        # synchronisation, and the service already runs requests in parallel.
        options.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(directory / ENCODER_FILE), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(directory / TOKENIZER_FILE))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_tokens)

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(list(texts))
        out = np.zeros((len(texts), len(ATTRIBUTES)), dtype=np.float32)
        # One comment per run, never a padded batch: int8 activations are
        # quantised with a scale taken from the whole input, so batching would
        # make a comment's score depend on its neighbours. Alone, the same text
        # always gets the same score, and on a CPU it costs about the same.
        for i, encoding in enumerate(encodings):
            ids = np.asarray([encoding.ids], dtype=np.int64)
            (logits,) = self._session.run(
                ["logits"], {"input_ids": ids, "attention_mask": np.ones_like(ids)}
            )
            out[i] = logits[0]
        return out


@dataclass(frozen=True)
class Cascade:
    """When the encoder runs, and how its logits join the linear stage's."""

    encoder: Encoder
    gate: float
    # Per attribute, Platt slope and offset applied to the blended logit.
    calibration: np.ndarray

    @classmethod
    def load(cls, directory: Path, threads: int | None = None) -> Cascade | None:
        if not all((directory / name).exists() for name in ENCODER_FILES):
            return None
        spec = json.loads((directory / CASCADE_FILE).read_text(encoding="utf-8"))
        calibration = np.asarray([spec["calibration"][a] for a in spec["attributes"]])
        encoder = Encoder(directory, int(spec["max_tokens"]), threads)
        return cls(encoder, float(spec["gate"]), calibration)

    def routes(self, own: np.ndarray) -> np.ndarray:
        """Which comments the encoder reads, from the linear heads' own probabilities:
        those whose TOXICITY head, before the other attributes lift it, reaches the gate."""
        return own[:, TOXICITY] >= self.gate

    def refine(self, texts: Sequence[str], linear: np.ndarray, own: np.ndarray) -> np.ndarray:
        """Linear probabilities in, cascade probabilities out (same shape).

        ``own`` holds the linear heads' probabilities before `implies` (see
        :meth:`routes`); comments it does not route keep their linear scores.
        """
        probs = linear.copy()
        routed = np.flatnonzero(self.routes(own))
        if routed.size == 0:
            return probs
        enc = self.encoder.logits([texts[int(i)] for i in routed])
        z = blend(enc, logit(linear[routed]))
        z = z * self.calibration[np.newaxis, :, 0] + self.calibration[np.newaxis, :, 1]
        probs[routed] = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
        return probs
