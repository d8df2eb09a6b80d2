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


# Ops the plugin has no hook for: mypy types them from the stub alone (often a bare Tensor).
# Several have a rule in typedtorch/_shapes already (topk_shape, sort_dtype, gather_shape,
# scatter_shape, triangle_shape, diag_shape, repeat_interleave_shape, kron_shape, tile_shape, ...).
UNHOOKED: Final = _ops(
    *"""F.celu F.hardsigmoid F.hardswish F.hardtanh F.logsigmoid F.mish F.relu6 F.selu
    F.soft_margin_loss F.softplus F.softsign F.tanhshrink F.dropout F.dropout1d F.dropout2d
    F.dropout3d F.alpha_dropout
    T.atan2 T.bitwise_and T.bitwise_not T.clamp T.copysign T.count_nonzero() T.count_nonzero(dim)
    T.exp2 T.fmax T.fmin T.fmod T.frac T.hypot T.log2 T.logical_and T.logical_or T.median()
    T.median(dim) T.nanmean() T.nanmean(dim) T.nansum() T.nansum(dim) T.new_ones T.new_zeros
    T.positive T.pow T.remainder T.sgn T.signbit T.swapaxes T.type(dtype) T.unfold T.xlogy
    nn.Hardtanh nn.Mish nn.ReLU6 nn.SELU nn.Softplus
    torch.argsort torch.atan2 torch.bitwise_and torch.bitwise_not torch.broadcast_to
    torch.copysign torch.count_nonzero() torch.count_nonzero(dim) torch.cummax torch.cummin
    torch.logcumsumexp torch.diag torch.diag_embed torch.diagflat torch.diagonal torch.exp2
    torch.fliplr torch.flip torch.roll torch.rot90 torch.fmax torch.fmin torch.fmod torch.frac
    torch.gather torch.hypot torch.kron torch.kthvalue torch.log2 torch.logical_and
    torch.logical_or torch.median() torch.median(dim) torch.mode torch.nanmean()
    torch.nanmean(dim) torch.nansum() torch.nansum(dim) torch.norm() torch.norm(dim) torch.outer
    torch.positive torch.pow torch.remainder torch.repeat_interleave
    torch.repeat_interleave(tensor) torch.scatter torch.scatter_add torch.scatter_reduce
    torch.sgn torch.signbit torch.sort torch.tile torch.topk torch.trace torch.xlogy
    torch.tril torch.triu""".split()
)
# Elementwise ops torch computes in floating point: on int or bool inputs torch gives float32,
# the stubs give the dtype `Any` (imprecise) or keep the input's (wrong).
FLOAT_UNARY: Final = _ops(
    *[
        f"{p}.{n}"
        for p in ("T", "torch")
        for n in "exp exp2 expm1 log log1p log2 sqrt rsqrt sin cos tanh sigmoid erf reciprocal".split()
    ]
)
NORM_LAYERS: Final = (
    r"nn\.(LayerNorm|GroupNorm|BatchNorm[123]d)(\.eval\(\))?|F\.(batch_norm|layer_norm|group_norm)"
)
JOINS: Final = r"torch\.(cat|concat|stack)"

KNOWN: Final[tuple[Known, ...]] = (
    # -- imprecise ------------------------------------------------------------------------------
    Known(
        "imprecise",
        UNHOOKED,
        r"^no rule",
        "plugin: no hook for this op; the stub gives a bare Tensor",
    ),
    Known(
        "imprecise",
        FLOAT_UNARY,
        r"^dtype \((int|bool)",
        "stubs: int/bool inputs give dtype Any; torch computes in float32",
    ),
    Known(
        "imprecise",
        r"F\.soft_margin_loss|nn\.SoftMarginLoss",
        r"^dtype",
        "plugin: soft_margin_loss gives dtype Any",
    ),
    Known("imprecise", r"T\.mT", r"^rank", "stubs: .mT has unknown dims (plugin: no hook)"),
    Known(
        "imprecise",
        r"F\.interpolate\(scale_factor\)",
        r"^dim",
        "plugin: a float scale_factor (2.0, 0.5) is read as unknown; the rule takes floats",
    ),
    Known(
        "imprecise",
        r"T\.clamp",
        r"",
        "stubs: clamp is typed Self-like; with a float bound or a bool input torch promotes",
    ),
    # -- wrong static types --------------------------------------------------------------------------
    Known(
        "wrong",
        r"op:scalar (==|!=)",
        r"^type",
        "stubs/plugin: `0 == x` takes int.__eq__ (-> bool) before Tensor.__eq__; torch gives a bool tensor",
    ),
    Known(
        "wrong",
        r"F\.(sigmoid|tanh)|nn\.(Sigmoid|Tanh)",
        r"^dtype",
        "stubs: F.sigmoid/F.tanh (and the modules) keep the input dtype; torch gives float32 for int/bool",
    ),
    Known(
        "wrong",
        r"(T|torch)\.clamp",
        r"^dtype",
        "stubs: clamp keeps the dtype; torch promotes with the bounds (int + 0.5 -> float32, bool + int -> int64)",
    ),
    Known(
        "wrong",
        r"(T|torch)\.square",
        r"dtype mypy=bool torch=int64",
        "stubs: square of bool is int64 in torch",
    ),
    Known(
        "wrong",
        r"(T|torch)\.abs|nn\.L1Loss|F\.l1_loss",
        r"dtype mypy=complex\d+ torch=float",
        "stubs/plugin: abs (and l1 losses) of complex are real in torch",
    ),
    Known(
        "wrong",
        r"torch\.einsum [12]",
        r"dtype mypy=(bool|u?int\d+) torch=int64",
        "plugin: einsum takes the operands' dtype; a summed label makes torch sum, which gives int64 for bool/int",
    ),
    Known(
        "wrong",
        r"x\[.*slice.*\]",
        r"^shape",
        "rule (_index._slice_length), by design: x[a:] on a symbolic H is H - a, assuming H >= a; torch gives max(H - a, 0)",
    ),
    Known(
        "wrong",
        JOINS,
        r"^dtype",
        "plugin: with an operand of unknown dtype the known dtype wins; torch promotes over all",
    ),
    Known(
        "wrong",
        NORM_LAYERS,
        r"^dtype mypy=float32 torch=(bfloat16|float16|float64|bool)",
        "plugin: norm layers/functions give the parameters' dtype; torch keeps the input's "
        "(float16/bfloat16/float64 inputs with float32 parameters)",
    ),
    Known(
        "wrong",
        r"(T|torch)\.(any|all)\(dim\)",
        r"dtype mypy=bool torch=uint8",
        "plugin: any/all of a uint8 tensor with a dim tuple (an untyped path) is bool; torch "
        "keeps uint8 (reduce_dtype has it right)",
    ),
    Known(
        "wrong",
        r"torch\.kron",
        r"^dtype",
        "plugin (_linalg): kron promotes with result_type, where a 0-dim operand loses; torch's "
        "kron promotes with promote_types (float32 0-dim with float16 gives float32)",
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
        r"torch\.einsum 2",
        r"^\[dtype\]",
        "plugin: einsum requires equal dtypes; torch promotes unless it contracts a dim of size > 1 (then bmm needs equal dtypes)",
    ),
    Known(
        "false-alarm",
        NORM_LAYERS,
        r"^\[dtype\] Incompatible dtypes",
        "plugin: norm layers require the parameters' dtype; torch's CPU kernels take a float16/bfloat16 input with float32 parameters",
    ),
    Known(
        "false-alarm",
        r".*",
        r"^\[dtype\].*, empty(, a symbol is 0)?\)$",
        "rules/plugin: dtype checks on an empty tensor; torch runs no kernel on 0 elements, so it skips them",
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
    Known(
        "false-alarm",
        r"torch\.(kthvalue|mode|cummax|cummin)",
        r"^\[dtype\] Incompatible dtype",
        "rule (_sort.sort_dtype has no rank): torch runs kthvalue/mode/cummax on 0-dim bool and "
        "complex tensors (no kernel) and rejects them from 1-D up; the plugin should pass the rank",
    ),
    # -- misses ----------------------------------------------------------------------------------------
    Known(
        "miss(-symbolic)?",
        UNHOOKED,
        r"",
        "plugin: no hook (or only the stub's signature) for this op, so nothing is checked",
    ),
    Known(
        "miss(-symbolic)?",
        r".*",
        r"^no rule: ",
        "plugin: the op's result is untyped (no hook), so nothing is checked",
    ),
    Known(
        "miss(-symbolic)?",
        r".*",
        r"(NotImplementedError|RuntimeError|TypeError): .*(not implemented for|not supported|not intended to support complex|is only implemented on|Boolean inputs|Bool inputs|Negation|operator, on|Integral inputs|expected .*floating point|could not infer output dtype|can't be cast|not supported for complex|Found dtype|does not support (bool|complex))",
        "stubs/plugin: torch has no kernel for this dtype here (bool/int/complex); the checker does not model per-op dtype kernels",
    ),
    Known(
        "miss(-symbolic)?",
        r"F\.(softmax|log_softmax)|nn\.(Softmax|LogSoftmax)",
        r"Dimension out of range",
        "plugin: F.softmax/F.log_softmax and their modules have no hook (the method forms x.softmax(d) are checked)",
    ),
    Known(
        "miss(-symbolic)?",
        r"F\.(alpha_)?dropout[123]?d?|nn\.(Alpha)?Dropout[123]?d?",
        r"dropout probability has to be between",
        "plugin: a dropout probability outside [0, 1] is accepted",
    ),
    Known(
        "miss(-symbolic)?",
        r"T\.(expand_as|view_as|reshape_as)|torch\.broadcast_to|T\.mT",
        r"",
        "plugin: expand_as/view_as/reshape_as/broadcast_to/.mT have no hook",
    ),
    Known(
        "miss(-symbolic)?",
        r"tuple\[i\]",
        r"tuple index out of range",
        "stubs: split/chunk/unbind give tuple[Tensor, ...]; an index past the end is not seen",
    ),
    Known(
        "miss(-symbolic)?",
        r"torch\.randint",
        r"is out of bounds for",
        "plugin: randint's high beyond the dtype's range (dtype=bool with high 5)",
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
        r"T\.(permute|reshape|view)",
        r"TypeError",
        "stubs: x.permute() / x.reshape() / x.view() with no sizes are accepted",
    ),
    Known(
        "miss(-symbolic)?",
        r"F\.layer_norm",
        r"TypeError: layer_norm\(\): argument 'normalized_shape'",
        "stubs: F.layer_norm accepts a bare int normalized_shape; torch needs a tuple/list",
    ),
    Known(
        "miss(-symbolic)?",
        r"op:(//|%) scalar|op:scalar (//|%)|T\.div\(floor\)|op:\*\* scalar",
        r"ZeroDivisionError|negative integer powers",
        "plugin: integer division by a literal 0 / an integer tensor to a negative literal power",
    ),
    Known(
        "miss(-symbolic)?",
        r"nn\.BatchNorm[123]d(\.eval\(\))?",
        r"select\(\): index",
        "plugin: BatchNorm*(0) (zero features) is accepted; torch's module fails (F.batch_norm does not)",
    ),
    Known(
        "miss(-symbolic)?",
        r"T\.max\(\)|T\.min\(\)|torch\.max\(\)|torch\.min\(\)",
        r"Expected reduction dim to be specified",
        "plugin: x.max() of an empty tensor (the extremum hook does not call reduce_shape for the all-dims form)",
    ),
    Known(
        "miss(-symbolic)?",
        r"F\.interpolate\(scale_factor\)",
        r"output sizes should be greater",
        "plugin: a float scale_factor is read as unknown, so the 0-size output is not seen",
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
        r"(out of bounds|out of range|exceeds dimension|Calculated padded input size|Calculated output size|smaller than kernel size|divisible by num_groups|Expected more than N value per channel|too small|non-positive|must match the size|must match the existing size|is invalid for input of size|expanded size|Expected reduction dim|selected (index|number) k|greater than N)",
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
