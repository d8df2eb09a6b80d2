# Static view of the convolutions. The output dims come from the mypy plugin; without it they
# are unknown (`*tuple[Any, ...]`), which is sound. Input, weight and bias share device and dtype.
from typing import Any, TypeVar

from .._devices import Device
from .._dtypes import DType
from .._tensor import Tensor

_D = TypeVar("_D", bound=Device)
_T = TypeVar("_T", bound=DType)

_Size1 = int | tuple[int]
_Size2 = int | tuple[int, int]
_Size3 = int | tuple[int, int, int]
_Unknown = Tensor[_D, _T, *tuple[Any, ...]]

def conv1d(
    input: _Unknown[_D, _T],
    weight: _Unknown[_D, _T],
    bias: _Unknown[_D, _T] | None = None,
    stride: _Size1 = 1,
    padding: _Size1 | str = 0,
    dilation: _Size1 = 1,
    groups: int = 1,
) -> _Unknown[_D, _T]:
    """Applies a 1-D convolution.

    Args:
        input: `[N, C_in, L_in]` or unbatched `[C_in, L_in]`.
        weight: `[C_out, C_in / groups, kL]`.
        bias: `[C_out]`, or None.
        stride: int or tuple, >= 1.
        padding: int or tuple (>= 0), or `'valid'` (0) or `'same'` (output size = input size;
            stride 1 only).
        dilation: int or tuple, >= 1.
        groups: divides both C_in and C_out.

    Shape:
        `out = (in + 2 * padding - dilation * (k - 1) - 1) // stride + 1` per spatial dim:
        `[N, C_in, L_in]` -> `[N, C_out, L_out]`.
    """

def conv2d(
    input: _Unknown[_D, _T],
    weight: _Unknown[_D, _T],
    bias: _Unknown[_D, _T] | None = None,
    stride: _Size2 = 1,
    padding: _Size2 | str = 0,
    dilation: _Size2 = 1,
    groups: int = 1,
) -> _Unknown[_D, _T]:
    """Applies a 2-D convolution.

    Args:
        input: `[N, C_in, H_in, W_in]` or unbatched `[C_in, H_in, W_in]`.
        weight: `[C_out, C_in / groups, kH, kW]`.
        bias: `[C_out]`, or None.
        stride: int or tuple, >= 1.
        padding: int or tuple (>= 0), or `'valid'` (0) or `'same'` (output size = input size;
            stride 1 only).
        dilation: int or tuple, >= 1.
        groups: divides both C_in and C_out.

    Shape:
        `out = (in + 2 * padding - dilation * (k - 1) - 1) // stride + 1` per spatial dim:
        `[N, C_in, H_in, W_in]` -> `[N, C_out, H_out, W_out]`.
    """

def conv3d(
    input: _Unknown[_D, _T],
    weight: _Unknown[_D, _T],
    bias: _Unknown[_D, _T] | None = None,
    stride: _Size3 = 1,
    padding: _Size3 | str = 0,
    dilation: _Size3 = 1,
    groups: int = 1,
) -> _Unknown[_D, _T]:
    """Applies a 3-D convolution.

    Args:
        input: `[N, C_in, D_in, H_in, W_in]` or unbatched `[C_in, D_in, H_in, W_in]`.
        weight: `[C_out, C_in / groups, kD, kH, kW]`.
        bias: `[C_out]`, or None.
        stride: int or tuple, >= 1.
        padding: int or tuple (>= 0), or `'valid'` (0) or `'same'` (output size = input size;
            stride 1 only).
        dilation: int or tuple, >= 1.
        groups: divides both C_in and C_out.

    Shape:
        `out = (in + 2 * padding - dilation * (k - 1) - 1) // stride + 1` per spatial dim:
        `[N, C_in, D_in, H_in, W_in]` -> `[N, C_out, D_out, H_out, W_out]`.
    """

def conv_transpose1d(
    input: _Unknown[_D, _T],
    weight: _Unknown[_D, _T],
    bias: _Unknown[_D, _T] | None = None,
    stride: _Size1 = 1,
    padding: _Size1 = 0,
    output_padding: _Size1 = 0,
    groups: int = 1,
    dilation: _Size1 = 1,
) -> _Unknown[_D, _T]:
    """Applies a 1-D transposed convolution ("deconvolution").

    Args:
        input: `[N, C_in, L_in]` or unbatched `[C_in, L_in]`.
        weight: `[C_in, C_out / groups, kL]`.
        bias: `[C_out]`, or None.
        output_padding: added to one side of the output; smaller than stride or dilation.

    Shape:
        `out = (in - 1) * stride - 2 * padding + dilation * (k - 1) + output_padding + 1`:
        `[N, C_in, L_in]` -> `[N, C_out, L_out]`.
    """

def conv_transpose2d(
    input: _Unknown[_D, _T],
    weight: _Unknown[_D, _T],
    bias: _Unknown[_D, _T] | None = None,
    stride: _Size2 = 1,
    padding: _Size2 = 0,
    output_padding: _Size2 = 0,
    groups: int = 1,
    dilation: _Size2 = 1,
) -> _Unknown[_D, _T]:
    """Applies a 2-D transposed convolution ("deconvolution").

    Args:
        input: `[N, C_in, H_in, W_in]` or unbatched `[C_in, H_in, W_in]`.
        weight: `[C_in, C_out / groups, kH, kW]`.
        bias: `[C_out]`, or None.
        output_padding: added to one side of the output; smaller than stride or dilation.

    Shape:
        `out = (in - 1) * stride - 2 * padding + dilation * (k - 1) + output_padding + 1`:
        `[N, C_in, H_in, W_in]` -> `[N, C_out, H_out, W_out]`.
    """

def conv_transpose3d(
    input: _Unknown[_D, _T],
    weight: _Unknown[_D, _T],
    bias: _Unknown[_D, _T] | None = None,
    stride: _Size3 = 1,
    padding: _Size3 = 0,
    output_padding: _Size3 = 0,
    groups: int = 1,
    dilation: _Size3 = 1,
) -> _Unknown[_D, _T]:
    """Applies a 3-D transposed convolution ("deconvolution").

    Args:
        input: `[N, C_in, D_in, H_in, W_in]` or unbatched `[C_in, D_in, H_in, W_in]`.
        weight: `[C_in, C_out / groups, kD, kH, kW]`.
        bias: `[C_out]`, or None.
        output_padding: added to one side of the output; smaller than stride or dilation.

    Shape:
        `out = (in - 1) * stride - 2 * padding + dilation * (k - 1) + output_padding + 1`:
        `[N, C_in, D_in, H_in, W_in]` -> `[N, C_out, D_out, H_out, W_out]`.
    """
