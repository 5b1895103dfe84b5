"""The exported encoder's graph, rewritten for the CPU it is served on.

onnxruntime's fused layer-norm kernels (``SkipLayerNormalization``, which the
transformer optimiser produces for every residual + layer norm) normalise one
row at a time in scalar code: on a 64-piece window they took a third of the
encoder's time. The same arithmetic written as element-wise ONNX operators
runs in onnxruntime's vectorised kernels, about four times faster, and gives
the same values up to float rounding. onnxruntime does not fuse them back,
since the variance is written as ``d * d`` rather than the ``Pow`` its fusion
looks for.

Used by the training recipe (``commentdesk train-encoder``); needs ``onnx``
from the training extra, never at serving time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

AXES = "layer_norm_last_axis"


def unfuse_layer_norms(path: Path) -> int:
    """Rewrite the model at ``path`` in place; return how many nodes were replaced.

    Running it again on a rewritten model changes nothing.
    """
    import onnx

    model = onnx.load(str(path))
    count = _rewrite(model)
    if count:
        onnx.save(model, str(path))
    return count


def _rewrite(model: Any) -> int:
    from onnx import helper, numpy_helper

    graph = model.graph
    nodes: list[Any] = []
    count = 0
    for node in graph.node:
        if node.op_type != "SkipLayerNormalization" or node.domain != "com.microsoft":
            nodes.append(node)
            continue
        if any(node.output[1:]):
            raise ValueError(f"{node.name}: only the normalised output can be rewritten")
        eps = next((a.f for a in node.attribute if a.name == "epsilon"), 1e-12)
        prefix = f"unfused_ln{count}_"
        graph.initializer.append(
            numpy_helper.from_array(np.array(eps, dtype=np.float32), prefix + "eps")
        )
        x, skip, gamma, beta = node.input[:4]
        bias = node.input[4] if len(node.input) > 4 and node.input[4] else None
        nodes += _layer_norm(helper, prefix, x, skip, bias, gamma, beta, node.output[0])
        count += 1
    if not count:
        return 0
    if not any(init.name == AXES for init in graph.initializer):
        graph.initializer.append(numpy_helper.from_array(np.array([-1], dtype=np.int64), AXES))
    del graph.node[:]
    graph.node.extend(nodes)
    # ReduceMean takes its axes as an input from opset 18 on.
    for opset in model.opset_import:
        if opset.domain in ("", "ai.onnx") and opset.version < 18:
            opset.version = 18
    return count


def _layer_norm(
    helper: Any, p: str, x: str, skip: str, bias: str | None, gamma: str, beta: str, out: str
) -> list[Any]:
    """(x + skip + bias), normalised over the last axis, scaled and shifted."""
    steps = [helper.make_node("Add", [x, skip], [p + "sum"])]
    total = p + "sum"
    if bias:
        steps.append(helper.make_node("Add", [total, bias], [p + "biased"]))
        total = p + "biased"
    return steps + [
        helper.make_node("ReduceMean", [total, AXES], [p + "mean"], keepdims=1),
        helper.make_node("Sub", [total, p + "mean"], [p + "centred"]),
        helper.make_node("Mul", [p + "centred", p + "centred"], [p + "squared"]),
        helper.make_node("ReduceMean", [p + "squared", AXES], [p + "var"], keepdims=1),
        helper.make_node("Add", [p + "var", p + "eps"], [p + "var_eps"]),
        helper.make_node("Sqrt", [p + "var_eps"], [p + "std"]),
        helper.make_node("Div", [p + "centred", p + "std"], [p + "normed"]),
        helper.make_node("Mul", [p + "normed", gamma], [p + "scaled"]),
        helper.make_node("Add", [p + "scaled", beta], [out]),
    ]
