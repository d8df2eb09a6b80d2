"""Dtype changes that are not promotion: `x.view(dtype)` (the same bytes read as another
dtype) and the float-valued unary functions (`exp`, `sqrt`, `sigmoid`, ...), which give integer
and bool inputs the default float dtype.
"""

from __future__ import annotations

from typing import Final

from ._common import Shape
from ._dtypes import category
from ._errors import DTypeMismatch, ShapeMismatch, UnprovenShape
from ._symbolic import format_shape, mod

ITEMSIZE: Final = {
    "bool": 1,
    "uint8": 1,
    "int8": 1,
    "int16": 2,
    "int32": 4,
    "int64": 8,
    "float16": 2,
    "bfloat16": 2,
    "float32": 4,
    "float64": 8,
    "complex32": 4,
    "complex64": 8,
    "complex128": 16,
}


def view_dtype_shape(input: Shape, dtype: str, to: str) -> Shape:
    """`x.view(to)` of a contiguous `x` of `dtype`: the same shape for an element of the same
    size; else the last dim scaled by the ratio of the sizes (it must divide a last dim that
    shrinks).

    Raises:
        ShapeMismatch / UnprovenShape: a 0-dim input with a different element size, or a last
            dim not divisible by the ratio (an empty last dim of a 2-D or larger input too:
            torch checks the strides, which count it as 1).
    """
    have, want = ITEMSIZE[dtype], ITEMSIZE[to]
    if have == want:
        return input
    if not input:
        raise ShapeMismatch(
            f'"view" cannot view a 0-dim {dtype} tensor as {to} (different element sizes)'
        )
    last = input[-1]
    if want < have:
        return (*input[:-1], last * (have // want))
    ratio = want // have
    rest = 1 if last == 0 and len(input) > 1 else mod(last, ratio)
    message = (
        f'"view" cannot view {dtype} input {format_shape(input)} as {to}: its last dim must be '
        f"divisible by {ratio}"
    )
    if isinstance(rest, int):
        if rest:
            raise ShapeMismatch(message)
    else:
        raise UnprovenShape(message + " (cannot prove it divides)")
    return (*input[:-1], last // ratio)


# Float-valued elementwise functions: bool and integer inputs give the default float dtype.
FLOAT_UNARY: Final = frozenset(
    """
    exp exp2 expm1 log log2 log10 log1p sqrt rsqrt sigmoid tanh sin cos tan asin acos atan sinh
    cosh asinh acosh atanh arcsin arccos arctan arcsinh arccosh arctanh erf erfc erfinv
    reciprocal lgamma digamma sinc logit i0 deg2rad rad2deg angle
    """.split()
)
# ... of which these have no complex kernel.
_NO_COMPLEX: Final = frozenset("erf erfc erfinv lgamma digamma logit i0 deg2rad rad2deg".split())
_REAL_OF: Final = {"complex32": "float16", "complex64": "float32", "complex128": "float64"}


def unary_float_dtype(op: str, dtype: str) -> str:
    """The result dtype of float-valued `op` (in `FLOAT_UNARY`) on a tensor of `dtype`.

    Raises:
        DTypeMismatch: a complex input to an op without a complex kernel.
    """
    cat = category(dtype)
    if cat <= 1:
        return "float32"
    if cat == 3:
        if op in _NO_COMPLEX:
            raise DTypeMismatch(
                f'Incompatible dtype for "{op}": torch does not support {dtype} tensors here'
            )
        if op == "angle":
            return _REAL_OF[dtype]
    return dtype
