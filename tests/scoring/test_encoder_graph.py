"""The encoder graph rewrite: the same values as onnxruntime's fused kernel, without it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper

from commentdesk.scoring.encoder import ENCODER_FILE
from commentdesk.scoring.encoder_graph import unfuse_layer_norms
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


@pytest.mark.parametrize("with_bias", [True, False])
def test_rewrite_matches_the_fused_kernel(tmp_path: Path, with_bias: bool) -> None:
    path = tmp_path / "block.onnx"
    _residual_block(path, with_bias)
    x = np.random.default_rng(0).standard_normal((1, 7, WIDTH)).astype(np.float32) * 3
    fused = _run(path, x)

    assert unfuse_layer_norms(path) == 1
    ops = [n.op_type for n in onnx.load(str(path)).graph.node]
    assert "SkipLayerNormalization" not in ops and "ReduceMean" in ops
    np.testing.assert_allclose(_run(path, x), fused, rtol=1e-4, atol=1e-4)
    assert unfuse_layer_norms(path) == 0


def test_shipped_encoder_carries_the_rewrite() -> None:
    ops = {n.op_type for n in onnx.load(str(DEFAULT_MODEL_DIR / ENCODER_FILE)).graph.node}
    assert "SkipLayerNormalization" not in ops
    assert "QAttention" in ops  # still int8 and fused where that is fast
