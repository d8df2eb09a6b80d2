"""Hooks for the margin and likelihood losses of `torch.nn.functional`: `soft_margin_loss`,
`margin_ranking_loss`, `hinge_embedding_loss`, `cosine_embedding_loss`, `triplet_margin_loss`,
`multi_margin_loss`, `multilabel_margin_loss`, `multilabel_soft_margin_loss`,
`poisson_nll_loss`, `gaussian_nll_loss`, `ctc_loss`.

The rules are in `typedtorch._shapes._loss_margin` and `_loss_likelihood`; `reduction` is read
as `_functional_loss.py` reads it (with the legacy `size_average`/`reduce` flags). The result
has the input's dtype where every operand has it (class-index targets aside), else an unknown
one; `ctc_loss` the dtype of its log-probabilities.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from mypy.subtypes import is_same_type
from mypy.types import Instance, LiteralType, TupleType, Type, UnpackType, get_proper_type

from typedtorch._shapes import (
    Shape,
    cosine_embedding_loss_shape,
    ctc_loss_dtype,
    ctc_loss_shape,
    gaussian_nll_loss_shape,
    hinge_embedding_loss_shape,
    margin_ranking_loss_shape,
    multi_margin_loss_shape,
    multilabel_margin_loss_shape,
    multilabel_soft_margin_loss_shape,
    poisson_nll_loss_shape,
    soft_margin_loss_shape,
    triplet_margin_loss_shape,
)
from typedtorch._shapes._loss_margin import soft_margin_loss_dtype

from ._args import common_device, given, int_value, number_at, tensor_at
from ._calls import Call
from ._codec import Codec, TensorType
from ._elementwise import _category
from ._functional_loss import effective_reduction
from ._kinds import dtype_name, dtype_type
from ._names import NN_FUNCTIONAL
from ._registry import op


def _with_reduction(compute: Callable[[str], Shape], reduction: str | None) -> Shape | None:
    """The shape for a known reduction; for an unknown one, check the shapes (`'none'`) and
    leave the rank unknown."""
    if reduction is None:
        compute("none")
        return None
    return compute(reduction)


def _shared_dtype(codec: Codec, tensors: Sequence[TensorType]) -> Type:
    first = tensors[0].dtype
    return first if all(is_same_type(first, t.dtype) for t in tensors[1:]) else codec.any()


# name: (tensor parameters in order, reduction position, legacy (size_average, reduce) positions,
# which tensors share the result's dtype).
_LOSSES: Final[dict[str, tuple[tuple[str, ...], int, tuple[int, int] | None, tuple[str, ...]]]] = {
    "soft_margin_loss": (("input", "target"), 4, (2, 3), ("input", "target")),
    "margin_ranking_loss": (
        ("input1", "input2", "target"),
        6,
        (4, 5),
        ("input1", "input2", "target"),
    ),
    "hinge_embedding_loss": (("input", "target"), 5, (3, 4), ("input", "target")),
    "cosine_embedding_loss": (("input1", "input2", "target"), 6, (4, 5), ("input1", "input2")),
    "poisson_nll_loss": (("input", "target"), 7, (4, 6), ("input", "target")),
    "multilabel_margin_loss": (("input", "target"), 4, (2, 3), ("input",)),
    "multilabel_soft_margin_loss": (("input", "target"), 5, (3, 4), ("input", "target")),
}
_RULES: Final[dict[str, Callable[..., Shape]]] = {
    "soft_margin_loss": soft_margin_loss_shape,
    "margin_ranking_loss": margin_ranking_loss_shape,
    "hinge_embedding_loss": hinge_embedding_loss_shape,
    "cosine_embedding_loss": cosine_embedding_loss_shape,
    "poisson_nll_loss": poisson_nll_loss_shape,
    "multilabel_margin_loss": multilabel_margin_loss_shape,
    "multilabel_soft_margin_loss": multilabel_soft_margin_loss_shape,
}


def _loss_hook(name: str) -> Callable[[Call, Codec], Type | None]:
    params, reduction_at, legacy, sharing = _LOSSES[name]
    rule = _RULES[name]

    def hook(call: Call, codec: Codec) -> Type | None:
        tensors = [tensor_at(call, codec, i, p) for i, p in enumerate(params)]
        if any(t is None for t in tensors):
            return None
        typed = [t for t in tensors if t is not None]
        weight = (
            tensor_at(call, codec, 2, "weight") if name == "multilabel_soft_margin_loss" else None
        )
        if name == "multilabel_soft_margin_loss" and given(call, 2, "weight") and weight is None:
            return None
        device = common_device(
            name,
            (params[0], typed[0]),
            [*zip(params[1:], typed[1:], strict=True), ("weight", weight)],
        )
        dtype = _shared_dtype(
            codec, [t for p, t in zip(params, typed, strict=True) if p in sharing]
        )
        if name == "soft_margin_loss":
            dtype = _soft_margin_dtype(codec, typed[0], typed[1])
        reduction = effective_reduction(call, reduction_at, legacy)
        shapes = [t.shape for t in typed]
        if any(s is None for s in shapes) or (weight is not None and weight.shape is None):
            return codec.tensor_type(device, dtype, None)
        known = [s for s in shapes if s is not None]
        extra = [weight.shape] if weight is not None and weight.shape is not None else []

        def compute(r: str) -> Shape:
            if name == "multilabel_soft_margin_loss":
                return multilabel_soft_margin_loss_shape(
                    known[0], known[1], extra[0] if extra else None, r
                )
            return rule(*known, reduction=r)

        return codec.tensor_type(device, dtype, _with_reduction(compute, reduction))

    return hook


def _soft_margin_dtype(codec: Codec, input: TensorType, target: TensorType) -> Type:
    """The input's dtype (`soft_margin_loss_dtype`); kept as it is when abstract and floating."""
    names = dtype_name(input.dtype), dtype_name(target.dtype)
    if names[0] is not None and names[1] is not None:
        return dtype_type(codec, soft_margin_loss_dtype(names[0], names[1]))
    if _category(input.dtype) == "floating" and _category(target.dtype) in (
        "bool",
        "integer",
        "floating",
    ):
        return input.dtype
    return codec.any()


for _name in _LOSSES:
    op(f"{NN_FUNCTIONAL}.{_name}")(_loss_hook(_name))


@op(f"{NN_FUNCTIONAL}.triplet_margin_loss")
def _triplet_margin_loss(call: Call, codec: Codec) -> Type | None:
    names = ("anchor", "positive", "negative")
    tensors = [tensor_at(call, codec, i, n) for i, n in enumerate(names)]
    if any(t is None for t in tensors):
        return None
    a, p, n = (t for t in tensors if t is not None)
    device = common_device("triplet_margin_loss", ("anchor", a), [("positive", p), ("negative", n)])
    dtype = _shared_dtype(codec, [a, p, n])
    margin = number_at(call, 3, "margin", 1.0)
    reduction = effective_reduction(call, 9, (7, 8))
    if a.shape is None or p.shape is None or n.shape is None:
        return codec.tensor_type(device, dtype, None)
    shapes = (a.shape, p.shape, n.shape)
    shape = _with_reduction(
        lambda r: triplet_margin_loss_shape(*shapes, margin if margin is not None else 1.0, r),
        reduction,
    )
    return codec.tensor_type(device, dtype, shape)


@op(f"{NN_FUNCTIONAL}.multi_margin_loss")
def _multi_margin_loss(call: Call, codec: Codec) -> Type | None:
    x = tensor_at(call, codec, 0, "input")
    t = tensor_at(call, codec, 1, "target")
    w = tensor_at(call, codec, 4, "weight")
    if x is None or t is None or (given(call, 4, "weight") and w is None):
        return None
    device = common_device("multi_margin_loss", ("input", x), [("target", t), ("weight", w)])
    p = int_value(call, codec, 2, "p", 1)
    reduction = effective_reduction(call, 7, (5, 6))
    if x.shape is None or t.shape is None or (w is not None and w.shape is None) or p is None:
        return codec.tensor_type(device, x.dtype, None)
    xs, ts = x.shape, t.shape
    ws = w.shape if w is not None else None
    shape = _with_reduction(lambda r: multi_margin_loss_shape(xs, ts, ws, p, r), reduction)
    return codec.tensor_type(device, x.dtype, shape)


@op(f"{NN_FUNCTIONAL}.gaussian_nll_loss")
def _gaussian_nll_loss(call: Call, codec: Codec) -> Type | None:
    x = tensor_at(call, codec, 0, "input")
    t = tensor_at(call, codec, 1, "target")
    var_type = call.arg(2, "var")
    if x is None or t is None or var_type is None:
        return None
    var = codec.tensor(var_type)
    is_number = var is None and _is_number(var_type)
    if var is None and not is_number:
        return None
    device = common_device("gaussian_nll_loss", ("input", x), [("target", t), ("var", var)])
    dtype = _shared_dtype(codec, [x, t] + ([var] if var is not None else []))
    reduction = effective_reduction(call, 5, None)
    if x.shape is None or t.shape is None or (var is not None and var.shape is None):
        return codec.tensor_type(device, dtype, None)
    xs, ts = x.shape, t.shape
    vs = var.shape if var is not None else None
    shape = _with_reduction(lambda r: gaussian_nll_loss_shape(xs, ts, vs, r), reduction)
    return codec.tensor_type(device, dtype, shape)


def _is_number(typ: Type) -> bool:
    p = get_proper_type(typ)
    if isinstance(p, LiteralType):
        p = p.fallback
    return isinstance(p, Instance) and p.type.fullname in ("builtins.int", "builtins.float")


@op(f"{NN_FUNCTIONAL}.ctc_loss")
def _ctc_loss(call: Call, codec: Codec) -> Type | None:
    names = ("log_probs", "targets", "input_lengths", "target_lengths")
    log_probs = tensor_at(call, codec, 0, names[0])
    targets = tensor_at(call, codec, 1, names[1])
    if log_probs is None or targets is None:
        return None
    lengths: list[Shape | None] = []
    others: list[tuple[str, TensorType | None]] = [("targets", targets)]
    for i, what in enumerate(names[2:], start=2):
        typ = call.arg(i, what)
        t = codec.tensor(typ) if typ is not None else None
        others.append((what, t))
        lengths.append(t.shape if t is not None else _tuple_length(typ))
    device = common_device("ctc_loss", ("log_probs", log_probs), others)
    name = dtype_name(log_probs.dtype)
    dtype = dtype_type(codec, ctc_loss_dtype(name)) if name is not None else log_probs.dtype
    reduction = effective_reduction(call, 5, None)
    if log_probs.shape is None or targets.shape is None or any(s is None for s in lengths):
        return codec.tensor_type(device, dtype, None)
    lp, tg = log_probs.shape, targets.shape
    il, tl = (s for s in lengths if s is not None)
    shape = _with_reduction(lambda r: ctc_loss_shape(lp, tg, il, tl, r), reduction)
    return codec.tensor_type(device, dtype, shape)


def _tuple_length(typ: Type | None) -> Shape | None:
    """Lengths given as a tuple of ints (torch takes those too): a 1-D shape of its length."""
    p = get_proper_type(typ) if typ is not None else None
    if isinstance(p, TupleType) and not any(isinstance(i, UnpackType) for i in p.items):
        return (len(p.items),)
    return None
