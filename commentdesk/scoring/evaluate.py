"""Evaluation metrics: ranking, thresholded precision/recall, calibration, identity bias.

The identity-bias metric is the one Jigsaw defined for its Unintended Bias
challenge: per identity subgroup, the subgroup AUC, BPSN AUC (background
positive, subgroup negative) and BNSP AUC, combined with the overall AUC as
0.25 * overall + 0.75 * mean of the three generalised (p = -5) means.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# Scores and labels arrive as lists from callers and as arrays from the scorer.
Values = Sequence[float] | np.ndarray
Labels = Sequence[int] | np.ndarray

DEFAULT_THRESHOLD = 0.5
POWER = -5.0


@dataclass(frozen=True)
class BinaryReport:
    """How well one attribute's scores rank and separate one labeled set."""

    n: int
    positives: int
    roc_auc: float | None
    threshold: float
    precision: float
    recall: float


def binary_report(
    labels: Labels, scores: Values, threshold: float = DEFAULT_THRESHOLD
) -> BinaryReport:
    y = np.asarray(labels, dtype=int)
    s = np.asarray(scores, dtype=float)
    auc = _auc(y, s)
    predicted = s >= threshold
    tp = int((predicted & (y == 1)).sum())
    precision = tp / int(predicted.sum()) if predicted.any() else 0.0
    recall = tp / int(y.sum()) if y.any() else 0.0
    return BinaryReport(len(y), int(y.sum()), auc, threshold, precision, recall)


@dataclass(frozen=True)
class ReliabilityBin:
    low: float
    high: float
    count: int
    mean_score: float
    positive_rate: float


def reliability(labels: Labels, scores: Values, bins: int = 10) -> list[ReliabilityBin]:
    """Reliability-diagram table: per score bin, mean score vs observed rate."""
    y = np.asarray(labels, dtype=float)
    s = np.asarray(scores, dtype=float)
    out = []
    for k in range(bins):
        low, high = k / bins, (k + 1) / bins
        mask = (s >= low) & ((s < high) if k < bins - 1 else (s <= high))
        if mask.any():
            out.append(
                ReliabilityBin(
                    low, high, int(mask.sum()), float(s[mask].mean()), float(y[mask].mean())
                )
            )
    return out


def expected_calibration_error(table: Sequence[ReliabilityBin]) -> float:
    total = sum(b.count for b in table)
    if not total:
        return 0.0
    return sum(b.count * abs(b.mean_score - b.positive_rate) for b in table) / total


@dataclass(frozen=True)
class SubgroupBias:
    subgroup: str
    size: int
    subgroup_auc: float | None
    bpsn_auc: float | None
    bnsp_auc: float | None
    false_positive_rate: float


@dataclass(frozen=True)
class BiasReport:
    overall_auc: float | None
    final_metric: float | None
    subgroups: list[SubgroupBias]


def _auc(y: np.ndarray, s: np.ndarray) -> float | None:
    """ROC-AUC, or None where the labels hold one class only."""
    if not 0 < y.sum() < len(y):
        return None
    # Imported here: every `commentdesk` command loads this module, and
    # scikit-learn costs a second and about 100 MB before the command starts.
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, s))


def bias_report(
    labels: Labels,
    scores: Values,
    subgroups: Sequence[Sequence[str]],
    threshold: float = DEFAULT_THRESHOLD,
) -> BiasReport:
    """Jigsaw unintended-bias metrics; ``subgroups[i]`` lists the groups text i mentions."""
    y = np.asarray(labels, dtype=int)
    s = np.asarray(scores, dtype=float)
    names = sorted({g for groups in subgroups for g in groups})
    rows = []
    for name in names:
        member = np.array([name in groups for groups in subgroups])
        negatives = member & (y == 0)
        rows.append(
            SubgroupBias(
                subgroup=name,
                size=int(member.sum()),
                subgroup_auc=_auc(y[member], s[member]),
                bpsn_auc=_auc(
                    y[(member & (y == 0)) | (~member & (y == 1))],
                    s[(member & (y == 0)) | (~member & (y == 1))],
                ),
                bnsp_auc=_auc(
                    y[(member & (y == 1)) | (~member & (y == 0))],
                    s[(member & (y == 1)) | (~member & (y == 0))],
                ),
                false_positive_rate=float((s[negatives] >= threshold).mean())
                if negatives.any()
                else 0.0,
            )
        )
    overall = _auc(y, s)
    final = None
    if overall is not None and rows:
        parts = [
            _power_mean([getattr(r, key) for r in rows])
            for key in ("subgroup_auc", "bpsn_auc", "bnsp_auc")
        ]
        if all(p is not None for p in parts):
            final = 0.25 * overall + 0.75 * float(np.mean([p for p in parts if p is not None]))
    return BiasReport(overall, final, rows)


def _power_mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    if not present:
        return None
    return float(np.mean(np.power(present, POWER)) ** (1.0 / POWER))


def mean_or_nan(values: Sequence[float]) -> float:
    return float(np.mean(values)) if values else math.nan


# Words that mark a mention of each identity subgroup, for files that carry no
# identity columns of their own (matched on normalised text).
IDENTITY_KEYWORDS: dict[str, tuple[str, ...]] = {
    "gay": ("gay", "gays", "homosexual", "homosexuals"),
    "lesbian": ("lesbian", "lesbians"),
    "bisexual": ("bisexual", "bisexuals"),
    "trans": ("trans", "transgender", "transgenders"),
    "queer": ("queer", "lgbt", "lgbtq"),
    "muslim": ("muslim", "muslims", "islam", "islamic"),
    "jewish": ("jew", "jews", "jewish"),
    "christian": ("christian", "christians"),
    "hindu": ("hindu", "hindus"),
    "black": ("black", "blacks"),
    "white": ("white", "whites"),
    "asian": ("asian", "asians"),
    "latino": ("latino", "latinos", "latina", "latinas", "hispanic", "hispanics"),
    "mexican": ("mexican", "mexicans"),
    "chinese": ("chinese",),
    "african": ("african", "africans"),
    "immigrant": ("immigrant", "immigrants", "migrant", "migrants"),
    "refugee": ("refugee", "refugees"),
    "women": ("woman", "women", "female", "females"),
    "men": ("man", "men", "male", "males"),
    "old": ("old", "elderly"),
    "young": ("young",),
    "disabled": ("disabled", "disability"),
    "deaf": ("deaf",),
    "blind": ("blind",),
    "native": ("native",),
    "arab": ("arab", "arabs"),
    "catholic": ("catholic", "catholics"),
}
_KEYWORD_TO_GROUP = {w: g for g, words in IDENTITY_KEYWORDS.items() for w in words}


def identity_mentions(text: str) -> list[str]:
    """The identity subgroups that ``text`` mentions by name."""
    from commentdesk.textnorm import normalize

    words = set(_WORD.findall(normalize(text).text))
    return sorted({_KEYWORD_TO_GROUP[w] for w in words if w in _KEYWORD_TO_GROUP})


_WORD = re.compile(r"[a-z]+")
