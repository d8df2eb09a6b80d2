"""torch's function forms of Tensor methods: `torch.softmax(x, 1)` is typed as `x.softmax(1)`.

torch exposes most Tensor methods as functions too (`torch.bmm`, `torch.exp`, `torch.tril`, ...),
taking the tensor as `input`. Each is checked as the method call it stands for, so every rule a
method has (a hook, or a precise stub signature) holds for the function form as written, with
no second copy.

`FUNCTION_FORMS` lists them: the names of `torch._C._VariableFunctions` that torch also defines
on `Tensor`, with an overload whose first parameter is the tensor (`input` or `self`). A test
re-derives the list from torch's own signatures (tests/test_function_forms.py).
"""

from __future__ import annotations

from typing import Final

from mypy.nodes import ARG_NAMED, ARG_POS, CallExpr, MemberExpr
from mypy.types import Type

from ._calls import Call
from ._codec import Codec
from ._names import VARIABLE_FUNCTIONS
from ._registry import OP_HOOKS, OpHook, op

FUNCTION_FORMS: Final = frozenset(
    """
    abs abs_ absolute acos acos_ acosh acosh_ add addbmm addcdiv addcmul addmm addmv addmv_
    addr adjoint all allclose amax amin aminmax angle any arccos arccos_ arccosh arccosh_
    arcsin arcsin_ arcsinh arcsinh_ arctan arctan2 arctan_ arctanh arctanh_ argmax argmin
    argsort argwhere as_strided as_strided_ as_strided_scatter asin asin_ asinh asinh_ atan
    atan2 atan_ atanh atanh_ baddbmm bernoulli bincount bitwise_and bitwise_left_shift
    bitwise_not bitwise_or bitwise_right_shift bitwise_xor bmm broadcast_to ceil ceil_
    cholesky cholesky_inverse cholesky_solve chunk clamp clamp_ clamp_max clamp_max_ clamp_min
    clamp_min_ clip clip_ clone conj conj_physical conj_physical_ copysign corrcoef cos cos_
    cosh cosh_ count_nonzero cov cross cummax cummin cumprod cumsum deg2rad deg2rad_
    dequantize det detach detach_ diag diag_embed diagflat diagonal diagonal_scatter diff
    digamma dist div divide dot dsplit eq equal erf erf_ erfc erfc_ erfinv exp exp2 exp2_ exp_
    expm1 expm1_ fill_ fix fix_ flatten flip fliplr flipud float_power floor floor_
    floor_divide fmax fmin fmod frac frac_ frexp gather gcd gcd_ ge geqrf ger greater
    greater_equal gt hardshrink hash_tensor heaviside histc histogram hsplit hypot i0 i0_
    igamma igammac index_add index_copy index_fill index_put index_put_ index_reduce
    index_select inner int_repr inverse is_complex is_conj is_distributed is_floating_point
    is_inference is_neg is_nonzero is_same_size is_signed isclose isfinite isinf isnan
    isneginf isposinf isreal istft kron kthvalue lcm lcm_ ldexp ldexp_ le lerp less less_equal
    lgamma log log10 log10_ log1p log1p_ log2 log2_ log_ log_softmax logaddexp logaddexp2
    logcumsumexp logdet logical_and logical_not logical_or logical_xor logit logit_ logsumexp
    lt lu_solve masked_fill masked_scatter masked_select matmul matrix_exp matrix_power max
    maximum mean median min minimum mm mode moveaxis movedim msort mul multinomial multiply mv
    mvlgamma nan_to_num nan_to_num_ nanmean nanmedian nanquantile nansum narrow narrow_copy ne
    neg neg_ negative negative_ nextafter nonzero nonzero_static not_equal numel orgqr ormqr
    outer permute pinverse positive pow prelu prod put q_per_channel_axis q_per_channel_scales
    q_per_channel_zero_points q_scale q_zero_point qr quantile rad2deg rad2deg_ ravel
    reciprocal reciprocal_ relu relu_ remainder renorm repeat_interleave reshape resize_as_
    resize_as_sparse_ resolve_conj resolve_neg roll rot90 round round_ rsqrt rsqrt_ scatter
    scatter_add scatter_reduce select select_scatter sgn sigmoid sigmoid_ sign signbit sin
    sin_ sinc sinc_ sinh sinh_ slice_inverse slice_scatter slogdet smm softmax sort
    split_with_sizes sqrt sqrt_ square square_ squeeze sspaddmm std sub subtract sum svd
    swapaxes swapdims t take take_along_dim tan tan_ tanh tanh_ tensor_split tile topk trace
    transpose triangular_solve tril triu true_divide trunc trunc_ unbind unflatten
    unsafe_chunk unsafe_split unsafe_split_with_sizes unsqueeze var vdot vsplit xlogy xlogy_
    zero_
    """.split()
)

# Keywords of the function form that the method does not take: the call is left as mypy types it.
_FUNCTION_ONLY: Final = frozenset({"out", "out_dtype"})


def method_form(name: str) -> OpHook:
    """The hook of `torch.<name>(input, ...)`: the type of `input.<name>(...)`."""

    def hook(call: Call, codec: Codec) -> Type | None:
        context = call.context
        if not isinstance(context, CallExpr) or call.unbindable:
            return None
        if call.positional_exprs:
            tensor, rest = call.positional_exprs[0], call.positional_exprs[1:]
            keywords = dict(call.keyword_exprs)
        elif "input" in call.keyword_exprs:
            keywords = dict(call.keyword_exprs)
            tensor, rest = keywords.pop("input"), []
        else:
            return None
        if _FUNCTION_ONLY & keywords.keys():
            return None
        if codec.tensor(call.api.get_expression_type(tensor)) is None:
            return None
        method = MemberExpr(tensor, name)
        method.set_line(context)
        as_method = CallExpr(
            method,
            [*rest, *keywords.values()],
            [ARG_POS] * len(rest) + [ARG_NAMED] * len(keywords),
            [None] * len(rest) + list(keywords),
        )
        as_method.set_line(context)
        result: Type = call.api.expr_checker.accept(as_method)  # type: ignore[attr-defined]
        return result

    return hook


def register() -> None:
    """Register the function forms no family has a hook of its own for."""
    for name in sorted(FUNCTION_FORMS):
        fullname = f"{VARIABLE_FUNCTIONS}.{name}"
        if fullname not in OP_HOOKS:
            op(fullname)(method_form(name))
