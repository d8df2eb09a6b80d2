# Static view of pooling. Output dims come from the mypy plugin; without it they are unknown
# (`*tuple[Any, ...]`), which is sound. `return_indices=True` gives (values, int64 indices).
from typing import Any, Literal, TypeVar, overload

from .._devices import Device
from .._dtypes import DType, Int64
from .._tensor import Tensor

_D = TypeVar("_D", bound=Device)
_T = TypeVar("_T", bound=DType)

_Size1 = int | tuple[int]
_Size2 = int | tuple[int, int]
_Size3 = int | tuple[int, int, int]
_Opt1 = int | None | tuple[int | None]
_Opt2 = int | None | tuple[int | None, int | None]
_Opt3 = int | None | tuple[int | None, int | None, int | None]
_Unknown = Tensor[_D, _T, *tuple[Any, ...]]
_Indices = Tensor[_D, Int64, *tuple[Any, ...]]

@overload
def max_pool1d(
    input: _Unknown[_D, _T],
    kernel_size: _Size1,
    stride: _Size1 | None = None,
    padding: _Size1 = 0,
    dilation: _Size1 = 1,
    ceil_mode: bool = False,
    return_indices: Literal[False] = False,
) -> _Unknown[_D, _T]:
    """1-D max pooling.

    Args:
        input: `[N, C, L_in]` or unbatched `[C, L_in]`.
        kernel_size: int or tuple, >= 1.
        stride: defaults to `kernel_size`.
        padding: at most half of `kernel_size`.

    Shape:
        `out = (in + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1` (rounded up with
        `ceil_mode`, where the last window must start inside the input or left padding): `[N, C, L_in]` -> `[N, C, L_out]`.
    """

@overload
def max_pool1d(
    input: _Unknown[_D, _T],
    kernel_size: _Size1,
    stride: _Size1 | None,
    padding: _Size1,
    dilation: _Size1,
    ceil_mode: bool,
    return_indices: Literal[True],
) -> tuple[_Unknown[_D, _T], _Indices[_D]]: ...
@overload
def max_pool1d(
    input: _Unknown[_D, _T],
    kernel_size: _Size1,
    stride: _Size1 | None = None,
    padding: _Size1 = 0,
    dilation: _Size1 = 1,
    ceil_mode: bool = False,
    *,
    return_indices: Literal[True],
) -> tuple[_Unknown[_D, _T], _Indices[_D]]: ...
@overload
def max_pool2d(
    input: _Unknown[_D, _T],
    kernel_size: _Size2,
    stride: _Size2 | None = None,
    padding: _Size2 = 0,
    dilation: _Size2 = 1,
    ceil_mode: bool = False,
    return_indices: Literal[False] = False,
) -> _Unknown[_D, _T]:
    """2-D max pooling.

    Args:
        input: `[N, C, H_in, W_in]` or unbatched `[C, H_in, W_in]`.
        kernel_size: int or tuple, >= 1.
        stride: defaults to `kernel_size`.
        padding: at most half of `kernel_size`.

    Shape:
        `out = (in + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1` (rounded up with
        `ceil_mode`, where the last window must start inside the input or left padding): `[N, C, H_in, W_in]` -> `[N, C, H_out, W_out]`.
    """

@overload
def max_pool2d(
    input: _Unknown[_D, _T],
    kernel_size: _Size2,
    stride: _Size2 | None,
    padding: _Size2,
    dilation: _Size2,
    ceil_mode: bool,
    return_indices: Literal[True],
) -> tuple[_Unknown[_D, _T], _Indices[_D]]: ...
@overload
def max_pool2d(
    input: _Unknown[_D, _T],
    kernel_size: _Size2,
    stride: _Size2 | None = None,
    padding: _Size2 = 0,
    dilation: _Size2 = 1,
    ceil_mode: bool = False,
    *,
    return_indices: Literal[True],
) -> tuple[_Unknown[_D, _T], _Indices[_D]]: ...
@overload
def max_pool3d(
    input: _Unknown[_D, _T],
    kernel_size: _Size3,
    stride: _Size3 | None = None,
    padding: _Size3 = 0,
    dilation: _Size3 = 1,
    ceil_mode: bool = False,
    return_indices: Literal[False] = False,
) -> _Unknown[_D, _T]:
    """3-D max pooling.

    Args:
        input: `[N, C, D_in, H_in, W_in]` or unbatched `[C, D_in, H_in, W_in]`.
        kernel_size: int or tuple, >= 1.
        stride: defaults to `kernel_size`.
        padding: at most half of `kernel_size`.

    Shape:
        `out = (in + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1` (rounded up with
        `ceil_mode`, where the last window must start inside the input or left padding): `[N, C, D_in, H_in, W_in]` -> `[N, C, D_out, H_out, W_out]`.
    """

@overload
def max_pool3d(
    input: _Unknown[_D, _T],
    kernel_size: _Size3,
    stride: _Size3 | None,
    padding: _Size3,
    dilation: _Size3,
    ceil_mode: bool,
    return_indices: Literal[True],
) -> tuple[_Unknown[_D, _T], _Indices[_D]]: ...
@overload
def max_pool3d(
    input: _Unknown[_D, _T],
    kernel_size: _Size3,
    stride: _Size3 | None = None,
    padding: _Size3 = 0,
    dilation: _Size3 = 1,
    ceil_mode: bool = False,
    *,
    return_indices: Literal[True],
) -> tuple[_Unknown[_D, _T], _Indices[_D]]: ...
def avg_pool1d(
    input: _Unknown[_D, _T],
    kernel_size: _Size1,
    stride: _Size1 | None = None,
    padding: _Size1 = 0,
    ceil_mode: bool = False,
    count_include_pad: bool = True,
) -> _Unknown[_D, _T]:
    """1-D average pooling.

    Args:
        input: `[N, C, L_in]` or unbatched `[C, L_in]`.
        kernel_size: int or tuple, >= 1.
        stride: defaults to `kernel_size`.
        padding: at most half of `kernel_size`.

    Shape:
        `out = (in + 2 * padding - kernel_size) // stride + 1` (rounded up with
        `ceil_mode`, where the last window must start inside the input or left padding):
        `[N, C, L_in]` -> `[N, C, L_out]`.
    """

def avg_pool2d(
    input: _Unknown[_D, _T],
    kernel_size: _Size2,
    stride: _Size2 | None = None,
    padding: _Size2 = 0,
    ceil_mode: bool = False,
    count_include_pad: bool = True,
    divisor_override: int | None = None,
) -> _Unknown[_D, _T]:
    """2-D average pooling.

    Args:
        input: `[N, C, H_in, W_in]` or unbatched `[C, H_in, W_in]`.
        kernel_size: int or tuple, >= 1.
        stride: defaults to `kernel_size`.
        padding: at most half of `kernel_size`.

    Shape:
        `out = (in + 2 * padding - kernel_size) // stride + 1` (rounded up with
        `ceil_mode`, where the last window must start inside the input or left padding):
        `[N, C, H_in, W_in]` -> `[N, C, H_out, W_out]`.
    """

def avg_pool3d(
    input: _Unknown[_D, _T],
    kernel_size: _Size3,
    stride: _Size3 | None = None,
    padding: _Size3 = 0,
    ceil_mode: bool = False,
    count_include_pad: bool = True,
    divisor_override: int | None = None,
) -> _Unknown[_D, _T]:
    """3-D average pooling.

    Args:
        input: `[N, C, D_in, H_in, W_in]` or unbatched `[C, D_in, H_in, W_in]`.
        kernel_size: int or tuple, >= 1.
        stride: defaults to `kernel_size`.
        padding: at most half of `kernel_size`.

    Shape:
        `out = (in + 2 * padding - kernel_size) // stride + 1` (rounded up with
        `ceil_mode`, where the last window must start inside the input or left padding):
        `[N, C, D_in, H_in, W_in]` -> `[N, C, D_out, H_out, W_out]`.
    """

def adaptive_avg_pool1d(input: _Unknown[_D, _T], output_size: _Size1) -> _Unknown[_D, _T]:
    """1-D adaptive average pooling to `output_size`.

    Shape:
        `[N, C, L_in]` -> `[N, C, *output_size]`.
    """

@overload
def adaptive_max_pool1d(
    input: _Unknown[_D, _T], output_size: _Size1, return_indices: Literal[False] = False
) -> _Unknown[_D, _T]:
    """1-D adaptive max pooling to `output_size`.

    Shape:
        `[N, C, L_in]` -> `[N, C, *output_size]`.
    """

@overload
def adaptive_max_pool1d(
    input: _Unknown[_D, _T], output_size: _Size1, return_indices: Literal[True]
) -> tuple[_Unknown[_D, _T], _Indices[_D]]: ...
def adaptive_avg_pool2d(input: _Unknown[_D, _T], output_size: _Opt2) -> _Unknown[_D, _T]:
    """2-D adaptive average pooling to `output_size` (None keeps that input size).

    Shape:
        `[N, C, H_in, W_in]` -> `[N, C, *output_size]`.
    """

@overload
def adaptive_max_pool2d(
    input: _Unknown[_D, _T], output_size: _Opt2, return_indices: Literal[False] = False
) -> _Unknown[_D, _T]:
    """2-D adaptive max pooling to `output_size` (None keeps that input size).

    Shape:
        `[N, C, H_in, W_in]` -> `[N, C, *output_size]`.
    """

@overload
def adaptive_max_pool2d(
    input: _Unknown[_D, _T], output_size: _Opt2, return_indices: Literal[True]
) -> tuple[_Unknown[_D, _T], _Indices[_D]]: ...
def adaptive_avg_pool3d(input: _Unknown[_D, _T], output_size: _Opt3) -> _Unknown[_D, _T]:
    """3-D adaptive average pooling to `output_size` (None keeps that input size).

    Shape:
        `[N, C, D_in, H_in, W_in]` -> `[N, C, *output_size]`.
    """

@overload
def adaptive_max_pool3d(
    input: _Unknown[_D, _T], output_size: _Opt3, return_indices: Literal[False] = False
) -> _Unknown[_D, _T]:
    """3-D adaptive max pooling to `output_size` (None keeps that input size).

    Shape:
        `[N, C, D_in, H_in, W_in]` -> `[N, C, *output_size]`.
    """

@overload
def adaptive_max_pool3d(
    input: _Unknown[_D, _T], output_size: _Opt3, return_indices: Literal[True]
) -> tuple[_Unknown[_D, _T], _Indices[_D]]: ...
