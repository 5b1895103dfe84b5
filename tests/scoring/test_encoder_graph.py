"""The encoder graph rewrite: the same values as onnxruntime's fused kernel, without it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper

from commentdesk.scoring.encoder import ENCODER_FILE, Encoder
from commentdesk.scoring.encoder_graph import KEEP_UNFUSED, plain_layer_norms
from commentdesk.scoring.scorer import DEFAULT_MODEL_DIR

WIDTH = 16


def _residual_block(path: Path, with_bias: bool) -> None:
    """x -> MatMul -> SkipLayerNormalization(skip=x) -> y, as the optimiser writes it."""
    rng = np.random.default_rng(3)
    inits = [
        numpy_helper.from_array(rng.standard_normal((WIDTH, WIDTH)).astype(np.float32), "w"),
        numpy_helper.from_array(rng.standard_normal(WIDTH).astype(np.float32), "gamma"),
        numpy_helper.from_array(rng.standard_normal(WIDTH).astype(np.float32), "beta"),
    ]
    inputs = ["h", "x", "gamma", "beta"]
    if with_bias:
        inits.append(numpy_helper.from_array(rng.standard_normal(WIDTH).astype(np.float32), "b"))
        inputs.append("b")
    nodes = [
        helper.make_node("MatMul", ["x", "w"], ["h"]),
        helper.make_node(
            "SkipLayerNormalization", inputs, ["y"], domain="com.microsoft", epsilon=1e-5
        ),
    ]
    graph = helper.make_graph(
        nodes,
        "block",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, "tokens", WIDTH])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, "tokens", WIDTH])],
        inits,
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]
    )
    onnx.save(model, str(path))


def _run(path: Path, x: np.ndarray) -> np.ndarray:
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return np.asarray(session.run(None, {"x": x})[0])


def _elementwise(path: Path, with_bias: bool) -> None:
    """The same block as earlier recipes wrote it: the layer norm as nine element-wise
    operators (``unfused_ln0_*``)."""
    _residual_block(path, with_bias)
    model = onnx.load(str(path))
    graph = model.graph
    fused = graph.node[1]
    x, skip, gamma, beta = fused.input[:4]
    p = "unfused_ln0_"
    nodes = [graph.node[0], helper.make_node("Add", [x, skip], [p + "sum"])]
    total = p + "sum"
    if with_bias:
        nodes.append(helper.make_node("Add", [total, fused.input[4]], [p + "biased"]))
        total = p + "biased"
    axes = "layer_norm_last_axis"
    nodes += [
        helper.make_node("ReduceMean", [total, axes], [p + "mean"], keepdims=1),
        helper.make_node("Sub", [total, p + "mean"], [p + "centred"]),
        helper.make_node("Mul", [p + "centred", p + "centred"], [p + "squared"]),
        helper.make_node("ReduceMean", [p + "squared", axes], [p + "var"], keepdims=1),
        helper.make_node("Add", [p + "var", p + "eps"], [p + "var_eps"]),
        helper.make_node("Sqrt", [p + "var_eps"], [p + "std"]),
        helper.make_node("Div", [p + "centred", p + "std"], [p + "normed"]),
        helper.make_node("Mul", [p + "normed", gamma], [p + "scaled"]),
        helper.make_node("Add", [p + "scaled", beta], ["y"]),
    ]
    graph.initializer.append(numpy_helper.from_array(np.array(1e-5, dtype=np.float32), p + "eps"))
    graph.initializer.append(numpy_helper.from_array(np.array([-1], dtype=np.int64), axes))
    del graph.node[:]
    graph.node.extend(nodes)
    model.opset_import[0].version = 18
    onnx.save(model, str(path))


@pytest.mark.parametrize("with_bias", [True, False])
@pytest.mark.parametrize("written_as", ["fused", "element-wise"])
def test_rewrite_matches_the_fused_kernel(tmp_path: Path, with_bias: bool, written_as: str) -> None:
    reference = tmp_path / "reference.onnx"
    _residual_block(reference, with_bias)
    x = np.random.default_rng(0).standard_normal((1, 7, WIDTH)).astype(np.float32) * 3
    fused = _run(reference, x)

    path = tmp_path / "block.onnx"
    (_residual_block if written_as == "fused" else _elementwise)(path, with_bias)
    assert plain_layer_norms(path) == 1
    model = onnx.load(str(path))
    ops = [n.op_type for n in model.graph.node]
    assert ops == ["MatMul", "Add", *(["Add"] if with_bias else []), "LayerNormalization"]
    assert {i.name for i in model.graph.initializer} == {
        "w", "gamma", "beta", *(["b"] if with_bias else [])
    }
    np.testing.assert_allclose(_run(path, x), fused, rtol=1e-4, atol=1e-4)
    assert plain_layer_norms(path) == 0


def _served_ops(path: Path) -> list[str]:
    """The operators onnxruntime runs once it has optimised the graph as the service does."""
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.optimized_model_filepath = str(path.with_suffix(".served.onnx"))
    ort.InferenceSession(
        str(path), options, providers=["CPUExecutionProvider"], disabled_optimizers=KEEP_UNFUSED
    )
    return [n.op_type for n in onnx.load(options.optimized_model_filepath).graph.node]


def test_served_graph_keeps_the_plain_layer_norms(tmp_path: Path) -> None:
    path = tmp_path / "block.onnx"
    _residual_block(path, with_bias=True)
    plain_layer_norms(path)
    assert "SkipLayerNormalization" not in _served_ops(path)


def test_shipped_encoder_carries_no_fused_layer_norm(tmp_path: Path) -> None:
    shipped = DEFAULT_MODEL_DIR / ENCODER_FILE
    ops = {n.op_type for n in onnx.load(str(shipped)).graph.node}
    assert "SkipLayerNormalization" not in ops
    assert "QAttention" in ops  # still int8 and fused where that is fast
    copy = tmp_path / ENCODER_FILE
    copy.write_bytes(shipped.read_bytes())
    assert "SkipLayerNormalization" not in _served_ops(copy)


def test_the_rewrite_keeps_the_shipped_encoders_readings(tmp_path: Path) -> None:
    # Rewritten as every refit rewrites it (the shipped one already was), the
    # shipped encoder has two standard layer norms per layer and reads the same.
    model = tmp_path / "model"
    shutil.copytree(DEFAULT_MODEL_DIR, model)
    plain_layer_norms(model / ENCODER_FILE)
    ops = [n.op_type for n in onnx.load(str(model / ENCODER_FILE)).graph.node]
    layers = json.loads((DEFAULT_MODEL_DIR / "cascade.json").read_text())["training"]["layers"]
    assert ops.count("LayerNormalization") == 2 * layers and "ReduceMean" not in ops
    assert "SkipLayerNormalization" not in _served_ops(model / ENCODER_FILE)
    max_tokens = int(json.loads((DEFAULT_MODEL_DIR / "cascade.json").read_text())["max_tokens"])
    texts = [
        "You are a complete idiot and everyone knows it.",
        "The council should publish the costs before the vote.",
        "Those people are animals who come here to steal.",
        "Great article, thanks for the detailed reporting on the budget. " * 8,
    ]
    before = Encoder(DEFAULT_MODEL_DIR, max_tokens, 1).read(texts)
    after = Encoder(model, max_tokens, 1).read(texts)
    for old, new in zip(before, after, strict=True):
        np.testing.assert_allclose(new.window_logits, old.window_logits, atol=0.05)
