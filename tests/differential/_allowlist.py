"""Disagreement classes that are known and not fixed yet, each with the reason and where the fix
lies (`plugin`: mypy_plugin/, `stubs`: stubs/torch-stubs, `rule`: typedtorch/_shapes/).

An entry matches a finding by category, a regular expression matched in full against the op
(the generator's spelling-independent name: `T.view` a method, `torch.cat` a function of torch or
typedtorch, `F.softmax` a functional, `nn.Linear` a layer, `op:+` an operator) and one searched
in the detail. The CI run passes when every disagreement it finds matches an entry, and prints the
ones it met. When a fix lands, delete its entry (or narrow it): the CI run then guards the fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ._compare import Finding


@dataclass(frozen=True)
class Known:
    category: str  # a regular expression over the category, matched in full
    op: str
    detail: str
    reason: str


def _ops(*names: str) -> str:
    return "|".join(re.escape(n) for n in names)


JOINS: Final = r"torch\.(cat|concat|stack)"

KNOWN: Final[tuple[Known, ...]] = (
    # -- imprecise ------------------------------------------------------------------------------
    Known(
        "imprecise",
        r"T\.clamp",
        r"",
        "stubs: clamp is typed Self-like; with a float bound or a bool input torch promotes",
    ),
    # -- wrong static types --------------------------------------------------------------------------
    Known(
        "wrong",
        r"(T|torch)\.clamp",
        r"^dtype",
        "stubs: clamp keeps the dtype; torch promotes with the bounds (int + 0.5 -> float32, bool + int -> int64)",
    ),
    Known(
        "wrong",
        JOINS,
        r"^dtype",
        "plugin: with an operand of unknown dtype the known dtype wins; torch promotes over all",
    ),
    Known(
        "wrong",
        r"(T|torch)\.(any|all)\(dim\)",
        r"dtype mypy=bool torch=uint8",
        "plugin: any/all of a uint8 tensor with a dim tuple (an untyped path) is bool; torch "
        "keeps uint8 (reduce_dtype has it right)",
    ),
    # -- false alarms ---------------------------------------------------------------------------------
    Known(
        "false-alarm",
        JOINS,
        r"^\[dtype\] Incompatible dtypes",
        "plugin: cat/stack require equal dtypes (require_same_dtype); torch promotes",
    ),
    Known(
        "false-alarm",
        r"F\.(l1_loss|binary_cross_entropy_with_logits)|nn\.L1Loss",
        r"^\[dtype\].*\(complex",
        "rule (_loss): complex inputs/targets; torch takes them for these losses",
    ),
    Known(
        "false-alarm",
        r"nn\.ConvTranspose[123]d|F\.conv_transpose[123]d",
        r"^\[shape\] .*gives out.*empty(, a symbol is 0)?\)$",
        "rule (_conv), kept: a 0-size transposed-conv output; torch returns an empty tensor only on the oneDNN path (float32, batch >= 2, output_padding < stride) and raises elsewhere (float64, batch 1, unbatched)",
    ),
    Known(
        "false-alarm",
        r"nn\.Unflatten|T\.unflatten|T\.view|T\.reshape|torch\.reshape",
        r"elements vs N.*empty(, a symbol is 0)?\)$",
        "rule (_reshape._count_truth), by design: element counts treat symbols as non-zero; a symbol that is 0 at runtime matches a literal 0",
    ),
    Known(
        "false-alarm",
        r".*",
        r"^\[shape\].*a symbol is 0\)$",
        "rule (_symbolic, by design since the facts work): symbols are taken to be >= 1, so a "
        "symbol that is 0 at runtime is reported as differing from a literal 0 (H vs 0)",
    ),
    # -- misses ----------------------------------------------------------------------------------------
    Known(
        "miss(-symbolic)?",
        r".*",
        r"^no rule: ",
        "plugin: the op's result is untyped (no hook), so nothing is checked",
    ),
    Known(
        "miss(-symbolic)?",
        r"nn\.(Alpha)?Dropout[123]?d?",
        r"can't be cast to the desired output type|not implemented for",
        "plugin: a dropout layer's train/eval mode is not tracked, so its dtype kernel (floating "
        "point, in training: _dropout.dropout_dtype) is not checked",
    ),
    Known(
        "imprecise",
        r"torch\.einsum 2",
        r"^dtype \(\w+/\w+",
        "rule (_einsum.einsum_dtype): an empty operand makes torch skip its matrix product, whose "
        "dtype for operands of different dtypes is not modelled (unknown)",
    ),
    Known(
        "imprecise",
        r"F\.conv(_transpose)?[123]d|nn\.Conv(Transpose)?[123]d",
        r"^dtype \(\w+/\w+",
        "plugin (_conv._combine), by design: a convolution of an empty input with mixed dtypes runs "
        "no kernel; torch's result dtype then follows no one rule (bool with int64 gives int64, "
        "float32 with float64 gives float32), so it is unknown",
    ),
    Known(
        "miss(-symbolic)?",
        r"torch\.einsum 2",
        r"expected scalar type|not implemented for",
        "rule (_einsum.einsum_dtype), by design: with two operands of other dtypes (or integer "
        "ones) torch's sums and bmm are not modelled; the dtype is unknown, no error",
    ),
    Known(
        "miss(-symbolic)?",
        r"nn\.MaxPool1d",
        r"not implemented for",
        "plugin: MaxPool1d's return_indices is not tracked; with it torch takes integers, so "
        "the layer is checked against that lenient kernel",
    ),
    Known(
        "miss(-symbolic)?",
        r"F\.(softmax|log_softmax)|nn\.(Softmax|LogSoftmax)",
        r"Dimension out of range",
        "plugin: F.softmax/F.log_softmax and their modules have no hook (the method forms x.softmax(d) are checked)",
    ),
    Known(
        "miss-symbolic",
        r"tuple\[i\]",
        r"tuple index out of range",
        "by design: split/chunk/unbind of a symbolic dim give tuple[Tensor, ...] (the count is a "
        "symbol); with literal sizes the tuple is fixed and mypy reports an index past its end",
    ),
    Known(
        "miss(-symbolic)?",
        r"F\.cross_entropy|nn\.CrossEntropyLoss",
        r"doesn't match the broadcast shape",
        "rule (_loss.cross_entropy_shape) and plugin: an unbatched [C] input with a [1] target is accepted by torch unless label_smoothing > 0 (the rule has no label_smoothing argument)",
    ),
    Known(
        "miss(-symbolic)?",
        r"T\.view",
        r"view size is not compatible",
        "by design: contiguity is not tracked (x.t().view(...) fails in torch)",
    ),
    Known(
        "miss(-symbolic)?",
        r"nn\.BatchNorm[123]d(\.eval\(\))?",
        r"select\(\): index",
        "plugin: BatchNorm*(0) (zero features) is accepted; torch's module fails (F.batch_norm does not)",
    ),
    Known(
        "miss(-symbolic)?",
        r"nn\.ConvTranspose[123]d|nn\.Conv[123]d",
        r"ValueError: (out_channels|in_channels) must be divisible by groups",
        "plugin: layer arguments are not checked at construction (out_channels % groups)",
    ),
    Known(
        "miss(-symbolic)?",
        r"F\.(cross_entropy|nll_loss)|nn\.(CrossEntropyLoss|NLLLoss)",
        r"size mismatch.*empty(, a symbol is 0)?\)$",
        "torch checks an empty input's shape before its dtype; the checker reports neither here",
    ),
    Known(
        "miss",
        r"nn\.BatchNorm[123]d|F\.batch_norm",
        r"Expected more than N value per channel when training",
        "rule (_layers.batch_norm_shape has no training flag) and plugin (train/eval is not "
        "tracked): BatchNorm in training on one value per channel ([1, C])",
    ),
    # Symbolic dims: torch raised for the symbols' runtime values; the checker assumes sizes are
    # large enough for indices, slices, narrow, kernels and split sizes (it says shape-unproven
    # only where two dims must be equal).
    Known(
        "miss-symbolic",
        r".*",
        r"(out of bounds|out of range|exceeds dimension|Calculated padded input size|Calculated output size|smaller than kernel size|divisible by num_groups|Expected more than N value per channel|too small|non-positive|must match the size|must match the existing size|is invalid for input of size|expanded size|Expected reduction dim|selected (index|number) k|greater than N|to be no larger|maximum size for tensor)",
        "by design: bounds that depend on a symbol's value are not reported (no shape-unproven for indices, narrow, kernels)",
    ),
)


def allowed(finding: Finding) -> str | None:
    """The reason a finding's class is known, or None."""
    for k in KNOWN:
        if (
            re.fullmatch(k.category, finding.category)
            and re.fullmatch(k.op, finding.op)
            and re.search(k.detail, finding.detail)
        ):
            return k.reason
    return None
