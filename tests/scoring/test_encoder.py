"""The second stage: the shipped cascade, and its training recipe on a small subset."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from commentdesk.domain import ATTRIBUTES
from commentdesk.scoring import Scorer
from commentdesk.scoring.encoder import ENCODER_FILES, Reading
from commentdesk.scoring.features import prepare_to_score
from commentdesk.scoring.model import MODEL_FILES
from commentdesk.scoring.scorer import DEFAULT_MODEL_DIR

TOX = ATTRIBUTES.index("TOXICITY")


def test_shipped_model_has_the_second_stage() -> None:
    scorer = Scorer.load()
    assert scorer.cascade is not None
    assert scorer.version.startswith("cd-cas-")
    size = sum((DEFAULT_MODEL_DIR / f).stat().st_size for f in MODEL_FILES + ENCODER_FILES)
    assert size < 50_000_000


def test_a_comment_alone_reads_exactly_as_in_a_batch() -> None:
    # Alone, a comment's windows run on a session that splits each across the
    # cores; in a batch, on one thread each. The arithmetic must not differ.
    from commentdesk.scoring.encoder import Encoder

    encoder = Encoder(DEFAULT_MODEL_DIR, max_tokens=64, threads=2)
    assert encoder._whole is not None
    texts = [
        "You are a pathetic idiot and everyone here knows it.",
        "Short.",
        " ".join(["The council's budget is late again and nobody will say why."] * 12),
    ]
    together = encoder.read(texts, windows=2)
    for text, batched in zip(texts, together, strict=True):
        (alone,) = encoder.read([text], windows=2)
        assert np.array_equal(alone.window_logits, batched.window_logits)
        for (offsets_a, pieces_a), (offsets_b, pieces_b) in zip(
            alone.windows, batched.windows, strict=True
        ):
            assert offsets_a == offsets_b and np.array_equal(pieces_a, pieces_b)
    assert len(together[2].windows) == 2
    # One thread: one session, as the service runs it.
    assert Encoder(DEFAULT_MODEL_DIR, max_tokens=64, threads=1)._whole is None


@pytest.mark.parametrize(
    ("flags", "kind"),
    [
        ("fpu sse2 avx2 fma", "plain"),
        ("avx2 avx512f avx512_vnni", "vnni"),
        ("avx2 avx_vnni", "vnni"),
        ("avx512_vnni amx_bf16 amx_int8 amx_tile", "amx"),
    ],
)
def test_the_cpu_kind_is_read_from_its_flags(tmp_path: Path, flags: str, kind: str) -> None:
    from commentdesk.scoring.encoder import cpu

    info = tmp_path / "cpuinfo"
    info.write_text(f"processor\t: 0\nmodel name\t: Some CPU\nflags\t\t: {flags}\n\n")
    assert cpu(info) == {"processor": "Some CPU", "int8": kind}
    assert cpu(tmp_path / "missing") == {"processor": "unknown", "int8": "unknown"}


def test_clean_comments_skip_the_encoder_and_others_are_refined() -> None:
    scorer = Scorer.load()
    assert scorer.cascade is not None
    texts = [
        "Thanks for the clear reporting on the council budget.",
        "You are a pathetic idiot and everyone here knows it.",
    ]
    linear = scorer.linear_probabilities(texts)
    final = scorer.probabilities(texts)
    settled = ~scorer.routed(texts)
    assert settled[0] and not settled[1]
    np.testing.assert_allclose(final[0], linear[0])
    assert not np.allclose(final[1], linear[1])
    assert final[1, TOX] > 0.8
    # score() and probabilities() are the same function of the text.
    scored = scorer.score(texts[1])[0].scores
    assert scored["TOXICITY"] == pytest.approx(final[1, TOX], abs=1e-5)


def test_a_comment_that_attacks_a_people_is_read_by_the_encoder_under_the_gate() -> None:
    scorer = Scorer.load()
    assert scorer.cascade is not None
    # The linear TOXICITY head never sees "Jews", and the rest is mild.
    texts = ["Jews are greedy, always have been.", "Jews have lived in this town since 1850."]
    own = scorer._linear([prepare_to_score(t) for t in texts])[0]
    assert own[0, TOX] < scorer.cascade.gate
    assert scorer.routed(texts).tolist() == [True, False]
    assert scorer.probabilities(texts)[0, TOX] > 0.5


def test_a_comment_scores_the_same_alone_and_in_any_batch() -> None:
    scorer = Scorer.load()
    texts = [
        "You are a pathetic idiot.",
        "This is crap policy and everyone in the department knows it, frankly, and "
        "the minister should resign before the next budget is voted on.",
        "ok",
        "Those people are animals.",
    ]
    together = scorer.probabilities(texts)
    alone = np.vstack([scorer.probabilities([t]) for t in texts])
    reversed_ = scorer.probabilities(texts[::-1])[::-1]
    assert np.array_equal(together, alone)
    assert np.array_equal(together, reversed_)


def test_full_stages_read_every_comment_under_their_own_version() -> None:
    cascade, full = Scorer.load(), Scorer.load(stages="full")
    assert full.version == "cd-full-" + cascade.version.removeprefix("cd-cas-")
    clean = [
        "Thanks for the clear reporting on the council budget.",
        "The new bus timetable starts on Monday, according to the transport office.",
    ]
    assert not cascade.routed(clean).any() and full.routed(clean).all()
    # Read by the encoder, a clean comment's scores move off the linear stage's.
    assert not np.allclose(full.probabilities(clean), cascade.probabilities(clean))
    assert full.probabilities(clean)[:, TOX].max() < 0.2


def test_full_stages_read_deeper_into_a_long_comment() -> None:
    cascade, full = Scorer.load(), Scorer.load(stages="full")
    civil = " ".join(
        f"Point {n}: the council's budget for the {n}th district deserves a closer look."
        for n in range(1, 9)
    )
    texts = [civil, civil + " You are a worthless, pathetic idiot."]
    insult = ATTRIBUTES.index("INSULT")
    # Past the second window, where the cascade's reading stops.
    assert full.cascade is not None and cascade.cascade is not None
    plain, abusive = full.cascade.encoder.read(texts, full.cascade.windows)
    assert len(abusive.windows) >= 3
    share = full.cascade.loudest_share
    assert abusive.pooled(share)[insult] > plain.pooled(share)[insult] + 1.0
    shallow = cascade.cascade.encoder.read(texts, cascade.cascade.windows)
    assert [len(r.windows) for r in shallow] == [2, 2]


def test_a_long_comment_is_pooled_over_its_windows() -> None:
    reading = Reading(np.array([[-4.0, 0.0], [2.0, 0.0]]), ((), ()))  # type: ignore[arg-type]
    # The loudest window alone, or half of it and half the mean.
    np.testing.assert_allclose(reading.pooled(1.0), [2.0, 0.0])
    np.testing.assert_allclose(reading.pooled(0.5), [0.5 * 2.0 + 0.5 * -1.0, 0.0])
    np.testing.assert_allclose(reading.first(1).pooled(0.5), [-4.0, 0.0])


def test_the_encoder_reads_sentences_not_just_words() -> None:
    scorer = Scorer.load()
    insult, negated = scorer.probabilities(
        ["You are an idiot.", "You are not an idiot, and your point about the budget is fair."]
    )[:, ATTRIBUTES.index("INSULT")]
    assert negated < insult


def test_recipe_trains_exports_and_fits_the_cascade(tmp_path: Path, data_dir: Path) -> None:
    pytest.importorskip("torch", reason="the training extra is installed by scripts/test.sh")
    onnx = pytest.importorskip("onnx", reason="the training extra is installed by scripts/test.sh")
    from commentdesk.scoring.encoder_train import float_heads, train_encoder

    model = tmp_path / "model"
    model.mkdir()
    for name in MODEL_FILES:
        shutil.copyfile(DEFAULT_MODEL_DIR / name, model / name)
    # Two layers: the recipe's option for a cheaper encoder, and a quicker test.
    cascade = train_encoder(data_dir, model, seed=1, epochs=1.0, limit=12, layers=2)
    assert all((model / name).exists() for name in ENCODER_FILES)
    assert float(cascade["gate"]) > 0
    spec = json.loads((model / "cascade.json").read_text(encoding="utf-8"))
    assert set(spec["calibration"]) == set(ATTRIBUTES)
    # The encoder reading every comment gets a calibration of its own.
    assert set(spec["full_calibration"]) == set(ATTRIBUTES)
    assert spec["training"]["layers"] == 2
    graph = onnx.load(str(model / "encoder.onnx")).graph
    assert sum(node.op_type == "QAttention" for node in graph.node) == 2
    # Layer norms as onnxruntime's vectorised standard kernel: residual Add, then one node.
    assert sum(node.op_type == "LayerNormalization" for node in graph.node) == 2 * 2
    assert not {"SkipLayerNormalization", "ReduceMean"} & {node.op_type for node in graph.node}
    # Three int8 products a layer; the two heads read in float.
    assert sum(node.op_type == "MatMulInteger" for node in graph.node) == 3 * 2
    assert not float_heads(model / "encoder.onnx")
    scorer = Scorer.load(model)
    assert scorer.cascade is not None and scorer.version.startswith("cd-cas-")
    assert scorer.cascade.encoder.has_span_head
    assert scorer.version != Scorer.load().version
    result = scorer.score(["You are an idiot", "Nice piece"])
    assert all(0.0 <= p <= 1.0 for r in result for p in r.scores.values())
    card = (model / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "Second stage (cascade)" in card
    assert "cut to its first 2 of 6 transformer layers" in card
    assert "Untargeted profanity" in card
    assert f"The encoder on every comment (`{Scorer.load(model, stages='full').version}`)" in card
    assert "| TOXICITY | identity templates: final bias metric |" in card
    assert "| run together |" in card  # the disguises measured
    # ...and which CPU measured them, as the fitting machine reads itself.
    from commentdesk.scoring.encoder import cpu

    assert f"measured on {cpu()['processor']} (" in card


def test_a_model_is_measured_again_on_this_machine_without_refitting(
    tmp_path: Path, data_dir: Path
) -> None:
    from typer.testing import CliRunner

    from commentdesk.scoring.cli import app
    from commentdesk.scoring.encoder import cpu

    model = tmp_path / "model"
    shutil.copytree(DEFAULT_MODEL_DIR, model)
    metrics = json.loads((model / "metrics.json").read_text(encoding="utf-8"))
    elsewhere = {"int8": "amx", "processor": "Another CPU"}
    metrics["measured_on"] = elsewhere
    metrics.pop("fitted_on", None)  # as on a card written before it was recorded
    metrics["kaggle_insults"] = {}
    (model / "metrics.json").write_text(json.dumps(metrics), encoding="utf-8")
    fitted = (model / "cascade.json").read_bytes()
    args = ["train-encoder", "--data-dir", str(data_dir), "--out", str(model), "--limit", "12"]
    result = CliRunner().invoke(app, [*args, "--measure-only"])
    assert result.exit_code == 0, result.output
    assert (model / "cascade.json").read_bytes() == fitted  # nothing refitted
    measured = json.loads((model / "metrics.json").read_text(encoding="utf-8"))
    assert measured["fitted_on"] == elsewhere and measured["measured_on"] == cpu()
    assert 0.0 <= measured["kaggle_insults"]["INSULT"]["roc_auc"] <= 1.0
    assert measured["version"] == Scorer.load(model).version
    card = (model / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "fitted on Another CPU (with AMX) and every figure below measured on" in card
    both = CliRunner().invoke(app, [*args, "--measure-only", "--cascade-only"])
    assert both.exit_code == 2 and "refits nothing" in both.output


def test_corpus_keeps_each_rows_windows_labels_and_span_labels(
    tmp_path: Path, data_dir: Path
) -> None:
    pytest.importorskip("tokenizers", reason="the training extra is installed by scripts/test.sh")
    from commentdesk.scoring.encoder_train import Corpus, build_corpus

    corpus = build_corpus(data_dir, seed=1, limit=12)
    assert corpus.count("train") == 12 * 8 and corpus.count("dev") > 0
    # Every row has one to four windows, and the windows tile the tokens.
    per_row = np.diff(corpus.row_bounds)
    assert per_row.min() >= 1 and per_row.max() <= 4
    assert corpus.window_bounds[-1] == len(corpus.tokens) == len(corpus.piece_y)
    spans = np.flatnonzero(corpus.source == "toxic-spans")
    assert corpus.piece_mask[corpus.window_bounds[corpus.row_bounds[spans[0]]] :].any()
    jigsaw = np.flatnonzero(corpus.source == "jigsaw")[0]
    window = corpus.windows(int(jigsaw))[0]
    b, e = corpus.window_bounds[window], corpus.window_bounds[window + 1]
    assert not corpus.piece_mask[b:e].any()  # only annotated posts teach the span head
    ids, attention, _, _ = corpus.batch([int(jigsaw)])
    assert len(ids) == len(corpus.windows(int(jigsaw)))  # one padded row per window
    assert (ids[0, : e - b] == corpus.tokens[b:e]).all() and attention[0].sum() == e - b
    corpus.save(tmp_path / "corpus.npz")
    again = Corpus.load(tmp_path / "corpus.npz")
    assert (again.tokens == corpus.tokens).all() and (again.split == corpus.split).all()
    np.testing.assert_array_equal(again.mask, corpus.mask)


def test_weights_fitted_elsewhere_with_teachers_are_exported_here(
    tmp_path: Path, data_dir: Path
) -> None:
    pytest.importorskip("torch", reason="the training extra is installed by scripts/test.sh")
    from commentdesk.scoring.encoder_train import (
        base_model,
        build_corpus,
        fit_weights,
        load_weights,
    )

    build_corpus(data_dir, seed=1, limit=12).save(tmp_path / "corpus.npz")
    # As on a GPU machine: only the corpus file, no shared data.
    teacher = tmp_path / "teacher.safetensors"
    fit_weights(tmp_path / "corpus.npz", teacher, seed=2, epochs=0.5, layers=1)
    student = tmp_path / "student.safetensors"
    dev = fit_weights(
        tmp_path / "corpus.npz", student, seed=1, epochs=0.5, layers=2, teachers=[teacher]
    )
    assert set(ATTRIBUTES) <= set(dev) and "TOXICITY jigsaw" in dev
    model, training = load_weights(base_model(), student)
    assert model.encoder.config.num_hidden_layers == 2
    assert training["teachers"] == 1 and training["dev_auc"] == dev

    from commentdesk.scoring.encoder_train import train_encoder

    model_dir = tmp_path / "model"
    model_dir.mkdir()
    for name in MODEL_FILES:
        shutil.copyfile(DEFAULT_MODEL_DIR / name, model_dir / name)
    train_encoder(data_dir, model_dir, seed=1, limit=12, weights=student)
    spec = json.loads((model_dir / "cascade.json").read_text(encoding="utf-8"))
    assert spec["training"]["teachers"] == 1 and spec["training"]["layers"] == 2
    card = (model_dir / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "matches the mean probabilities of 1 teacher encoders" in card
    assert "scripts/distil_encoder.sh" in card
    result = Scorer.load(model_dir, stages="full").score(["You are an idiot"])
    assert 0.0 <= result[0].scores["INSULT"] <= 1.0


def test_the_gate_is_chosen_within_the_routing_budget() -> None:
    from commentdesk.scoring.encoder_train import GATE_CANDIDATES, ROUTING_BUDGET, _choose_gate

    def gates(*rows: tuple[float, float, float]) -> dict[str, dict[str, float]]:
        return {str(g): {"routed": r, "toxicity_auc": auc} for g, r, auc in rows}

    over = ROUTING_BUDGET + 0.05
    # The best dev AUC sends too much on: the best within the budget, and then
    # the highest gate within 0.001 of it.
    chosen = gates(
        (0.01, over, 0.990), (0.025, 0.74, 0.9800), (0.03, 0.70, 0.9795), (0.05, 0.6, 0.970)
    )
    assert _choose_gate(chosen) == 0.03
    assert _choose_gate(gates((0.01, 0.7, 0.990), (0.03, 0.6, 0.980))) == 0.01
    # Nothing within the budget: the gate that sends least.
    assert _choose_gate(gates((0.01, over, 0.99))) == max(GATE_CANDIDATES)


def test_an_attribute_keeps_its_own_span_rule_only_when_it_clearly_wins() -> None:
    from commentdesk.scoring.encoder_train import keeps_own_rule

    # 76 noisy posts (THREAT's on the development slice): a lead of 0.02 is
    # within one standard error, so the shared rule is kept.
    noisy = [0.0, 1.0] * 38
    assert not keeps_own_rule(noisy, shared=0.48)
    # The same lead over steady posts is clear.
    steady = [0.5] * 76
    assert keeps_own_rule(steady, shared=0.48)
    # Behind the shared rule, never.
    assert not keeps_own_rule(steady, shared=0.6)


def test_output_heads_are_read_in_float(tmp_path: Path) -> None:
    torch = pytest.importorskip(
        "torch", reason="the training extra is installed by scripts/test.sh"
    )
    onnx = pytest.importorskip("onnx", reason="the training extra is installed by scripts/test.sh")
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from commentdesk.scoring.encoder_train import float_heads

    torch.manual_seed(0)
    body = torch.nn.Sequential(torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Linear(64, 6))
    source, path = tmp_path / "toy.onnx", tmp_path / "toy.int8.onnx"
    x = torch.randn(256, 64)
    torch.onnx.export(
        body, (x,), str(source), input_names=["x"], output_names=["logits"], dynamo=False
    )
    quantize_dynamic(str(source), str(path), weight_type=QuantType.QInt8)
    before = ort.InferenceSession(str(path)).run(None, {"x": x.numpy()})[0]

    assert float_heads(path)
    graph = onnx.load(str(path)).graph
    # The body's product stays int8; the head's, feeding the output, is float.
    assert [n.op_type for n in graph.node].count("MatMulInteger") == 1
    assert [n.op_type for n in graph.node].count("MatMul") == 1
    after = ort.InferenceSession(str(path)).run(None, {"x": x.numpy()})[0]
    exact = body(x).detach().numpy()
    # One source of rounding fewer, so a smaller squared error on the whole;
    # not at every value: the body's int8 rounding differs between CPUs, and on
    # one without VNNI the worst of four rows came out 0.0006 further.
    assert ((after - exact) ** 2).mean() < ((before - exact) ** 2).mean()
    assert not float_heads(path)  # nothing left to change


def test_the_shipped_encoders_heads_are_float(tmp_path: Path) -> None:
    pytest.importorskip("onnx", reason="the training extra is installed by scripts/test.sh")
    from commentdesk.scoring.encoder_train import float_heads

    copy = tmp_path / "encoder.onnx"
    shutil.copyfile(DEFAULT_MODEL_DIR / "encoder.onnx", copy)
    assert not float_heads(copy)
