"""The exported encoder's graph, rewritten for the CPU it is served on.

onnxruntime's transformer optimiser turns every residual + layer norm into its
fused ``SkipLayerNormalization``, whose CPU kernel normalises one row at a
time in scalar code: on a 64-piece window it took a third of the encoder's
time. The standard ONNX ``LayerNormalization`` (after a plain ``Add`` for the
residual) runs in a vectorised kernel, and with one node where the
element-wise version (``ReduceMean``, ``Sub``, ``Mul``, ``Sqrt``, ``Div``...)
needed nine, a run also pays less per-node overhead: 3-7% less time for a
16-piece window and 9-16% for a 64-piece one against that element-wise graph,
which earlier models shipped with and which this rewrite also converts.

The session that serves the model keeps onnxruntime from fusing the pair
back (:data:`KEEP_UNFUSED`). Values are the same up to float rounding.

Used by the training recipe (``commentdesk train-encoder``); needs ``onnx``
from the training extra, never at serving time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

# onnxruntime optimisers the serving session turns off: this one would put the
# slow fused kernel back in place of Add + LayerNormalization.
KEEP_UNFUSED = ["SkipLayerNormFusion"]

# An initializer the element-wise graph of earlier recipes used for its axes.
ELEMENTWISE_AXES = "layer_norm_last_axis"
ELEMENTWISE_PREFIX = "unfused_ln"


def plain_layer_norms(path: Path) -> int:
    """Rewrite the model at ``path`` in place; return how many layer norms changed.

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
    dropped: set[str] = set()
    count = 0
    source = list(graph.node)
    at = 0
    while at < len(source):
        node = source[at]
        if node.op_type == "SkipLayerNormalization" and node.domain == "com.microsoft":
            if any(node.output[1:]):
                raise ValueError(f"{node.name}: only the normalised output can be rewritten")
            eps = next((a.f for a in node.attribute if a.name == "epsilon"), 1e-12)
            x, skip, gamma, beta = node.input[:4]
            bias = node.input[4] if len(node.input) > 4 and node.input[4] else None
            prefix = f"plain_ln{count}_"
            nodes += _layer_norm(helper, prefix, [x, skip, bias], gamma, beta, eps, node.output[0])
            at += 1
        elif node.output and _elementwise_start(node):
            # (x + skip [+ bias]), then nine nodes of normalisation, then "+ beta".
            prefix = node.output[0][: -len("sum")]
            group = [node]
            while source[at + len(group)].output[0].startswith(prefix):
                group.append(source[at + len(group)])
            last = source[at + len(group)]
            named = {n.output[0][len(prefix) :]: n for n in group}
            if last.op_type != "Add" or last.input[0] != prefix + "scaled":
                raise ValueError(f"{prefix}: not the element-wise layer norm this rewrites")
            eps_name = prefix + "eps"
            eps = next(
                float(numpy_helper.to_array(i)) for i in graph.initializer if i.name == eps_name
            )
            dropped.add(eps_name)
            terms = list(named["sum"].input) + (
                [named["biased"].input[1]] if "biased" in named else [None]
            )
            gamma = named["scaled"].input[1]
            nodes += _layer_norm(
                helper, f"plain_ln{count}_", terms, gamma, last.input[1], eps, last.output[0]
            )
            at += len(group) + 1
        else:
            nodes.append(node)
            at += 1
            continue
        count += 1
    if not count:
        return 0
    del graph.node[:]
    graph.node.extend(nodes)
    dropped.add(ELEMENTWISE_AXES)
    kept = [i for i in graph.initializer if i.name not in dropped]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    # LayerNormalization is an ONNX operator from opset 17 on.
    for opset in model.opset_import:
        if opset.domain in ("", "ai.onnx") and opset.version < 17:
            opset.version = 17
    return count


def _elementwise_start(node: Any) -> bool:
    name = node.output[0]
    return node.op_type == "Add" and name.startswith(ELEMENTWISE_PREFIX) and name.endswith("_sum")


def _layer_norm(
    helper: Any,
    p: str,
    terms: list[str | None],
    gamma: str,
    beta: str,
    eps: float,
    out: str,
) -> list[Any]:
    """The sum of ``terms`` (x, skip and an optional bias), normalised over the last
    axis, scaled and shifted."""
    x, skip, bias = terms
    assert x and skip
    steps = [helper.make_node("Add", [x, skip], [p + "sum"], name=p + "sum")]
    total = p + "sum"
    if bias:
        steps.append(helper.make_node("Add", [total, bias], [p + "biased"], name=p + "biased"))
        total = p + "biased"
    norm = helper.make_node(
        "LayerNormalization", [total, gamma, beta], [out], name=p + "norm", axis=-1, epsilon=eps
    )
    return [*steps, norm]
