"""Calls of the loss modules that run a functional loss beyond `_nn.py`'s own (`KLDivLoss`, the
margin and likelihood losses): each is typed as its functional call.

`nn.SoftMarginLoss(reduction="sum")(x, t)` is `F.soft_margin_loss(x, t, reduction="sum")`: the
module's tensors go to the functional's hook (registered by its family, `_functional_loss.py`
or `_losses_more.py`) with the configuration the module's type records, so the contracts and the
messages are the functional's, as for `nn.MSELoss`. A functional without a hook leaves the
module's call to its stub.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from mypy.types import LiteralType, Type

from ._calls import Call
from ._codec import Codec
from ._names import NN_FUNCTIONAL
from ._nn import CALL_RULES, Layer, bind_inputs
from ._registry import OP_HOOKS

# module: (functional, the forward's tensor parameters, which are optional). The tensors are
# passed to the functional in this order, by position (its own first parameters).
_DELEGATED: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "KLDivLoss": ("kl_div", ("input", "target")),
    "SoftMarginLoss": ("soft_margin_loss", ("input", "target")),
    "MarginRankingLoss": ("margin_ranking_loss", ("input1", "input2", "target")),
    "HingeEmbeddingLoss": ("hinge_embedding_loss", ("input", "target")),
    "CosineEmbeddingLoss": ("cosine_embedding_loss", ("input1", "input2", "target")),
    "TripletMarginLoss": ("triplet_margin_loss", ("anchor", "positive", "negative")),
    "PoissonNLLLoss": ("poisson_nll_loss", ("log_input", "target")),
    "GaussianNLLLoss": ("gaussian_nll_loss", ("input", "target", "var")),
    "MultiMarginLoss": ("multi_margin_loss", ("input", "target")),
    "MultiLabelMarginLoss": ("multilabel_margin_loss", ("input", "target")),
    "MultiLabelSoftMarginLoss": ("multilabel_soft_margin_loss", ("input", "target")),
    "CTCLoss": ("ctc_loss", ("log_probs", "targets", "input_lengths", "target_lengths")),
}


def _literal(codec: Codec, value: object) -> Type:
    """A configuration value as the functional's argument type: a literal, else its class."""
    if isinstance(value, bool):
        return LiteralType(value, fallback=codec.named("builtins.bool"))
    if isinstance(value, int):
        return LiteralType(value, fallback=codec.int_type())
    if isinstance(value, str):
        return LiteralType(value, fallback=codec.named("builtins.str"))
    return codec.any()


def _delegate(
    functional: str, names: tuple[str, ...]
) -> Callable[[Call, Codec, Layer], Type | None]:
    def rule(call: Call, codec: Codec, layer: Layer) -> Type | None:
        hook = OP_HOOKS.get(f"{NN_FUNCTIONAL}.{functional}")
        inputs = bind_inputs(call, names)
        if hook is None or inputs is None or any(t is None for t in inputs):
            return None
        reduction = layer.values["reduction"]
        keywords = {
            "reduction": _literal(codec, reduction)
            if isinstance(reduction, str)
            else codec.named("builtins.str")
        }
        if "p" in layer.values:
            keywords["p"] = _literal(codec, layer.values["p"])
        positional = [t for t in inputs if t is not None]
        return hook(Call(call.api, call.context, None, positional, keywords), codec)

    return rule


for _name, (_functional, _names) in _DELEGATED.items():
    CALL_RULES[_name] = _delegate(_functional, _names)
