# Static view of `torch.nn.functional`: typed signatures for the functions with a shape rule.
#
# Device and dtype are kept where plain generics can say them; shapes are unknown
# (`*tuple[Any, ...]`) where only the mypy plugin computes them (mypy_plugin/_conv.py, _nn.py,
# _functional_layers.py, _functional_loss.py), which is sound without the plugin.

from collections.abc import Sequence
from typing import Any, Literal, TypeVar, overload

from torch._tensor import Tensor
from typing_extensions import TypeVarTuple

from typedtorch._devices import Device
from typedtorch._dtypes import DType, Int64

_D = TypeVar("_D", bound=Device)
_T = TypeVar("_T", bound=DType)
_S = TypeVarTuple("_S")
_B = TypeVarTuple("_B")
_E = TypeVar("_E", bound=int)
_I = TypeVar("_I", bound=int)
_O = TypeVar("_O", bound=int)

_AnyShape = tuple[Any, ...]
_Unknown = Tensor[_D, _T, *tuple[Any, ...]]
_Indices = Tensor[_D, Int64, *tuple[Any, ...]]

# -- pooling ------------------------------------------------------------------------------------

# Static view of pooling. Output dims come from the mypy plugin; without it they are unknown
# (`*tuple[Any, ...]`), which is sound. `return_indices=True` gives (values, int64 indices).

_Size1 = int | tuple[int]
_Size2 = int | tuple[int, int]
_Size3 = int | tuple[int, int, int]
_Opt1 = int | None | tuple[int | None]
_Opt2 = int | None | tuple[int | None, int | None]
_Opt3 = int | None | tuple[int | None, int | None, int | None]

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

# -- activation --------------------------------------------------------------------------------

# Static view of the activations: every one keeps its input's device, dtype and shape.

_T2 = TypeVar("_T2", bound=DType)

def relu(input: Tensor[_D, _T, *_S], inplace: bool = False) -> Tensor[_D, _T, *_S]:
    """`max(0, x)` elementwise. Shape: `(*)` -> `(*)`."""

def gelu(input: Tensor[_D, _T, *_S], approximate: str = "none") -> Tensor[_D, _T, *_S]:
    """The Gaussian error linear unit (`approximate='tanh'` for the tanh form). Shape: `(*)`."""

def silu(input: Tensor[_D, _T, *_S], inplace: bool = False) -> Tensor[_D, _T, *_S]:
    """`x * sigmoid(x)` elementwise. Shape: `(*)` -> `(*)`."""

def sigmoid(input: Tensor[_D, _T, *_S]) -> Tensor[_D, _T, *_S]:
    """`1 / (1 + exp(-x))` elementwise. Shape: `(*)` -> `(*)`."""

def tanh(input: Tensor[_D, _T, *_S]) -> Tensor[_D, _T, *_S]:
    """`tanh(x)` elementwise. Shape: `(*)` -> `(*)`."""

def leaky_relu(
    input: Tensor[_D, _T, *_S], negative_slope: float = 0.01, inplace: bool = False
) -> Tensor[_D, _T, *_S]:
    """`max(0, x) + negative_slope * min(0, x)` elementwise. Shape: `(*)` -> `(*)`."""

def elu(
    input: Tensor[_D, _T, *_S], alpha: float = 1.0, inplace: bool = False
) -> Tensor[_D, _T, *_S]:
    """`x` if `x > 0` else `alpha * (exp(x) - 1)`, elementwise. Shape: `(*)` -> `(*)`."""

@overload
def softmax(
    input: Tensor[_D, _T, *_S], dim: int | None = None, _stacklevel: int = 3, dtype: None = None
) -> Tensor[_D, _T, *_S]:
    """Softmax along `dim` (the result in `dtype` if given). Shape: `(*)` -> `(*)`."""

@overload
def softmax(
    input: Tensor[_D, Any, *_S], dim: int | None, _stacklevel: int, dtype: _T2
) -> Tensor[_D, _T2, *_S]: ...
@overload
def softmax(
    input: Tensor[_D, Any, *_S], dim: int | None = None, _stacklevel: int = 3, *, dtype: _T2
) -> Tensor[_D, _T2, *_S]: ...
@overload
def log_softmax(
    input: Tensor[_D, _T, *_S], dim: int | None = None, _stacklevel: int = 3, dtype: None = None
) -> Tensor[_D, _T, *_S]:
    """`log(softmax(x))` along `dim`, computed stably. Shape: `(*)` -> `(*)`."""

@overload
def log_softmax(
    input: Tensor[_D, Any, *_S], dim: int | None, _stacklevel: int, dtype: _T2
) -> Tensor[_D, _T2, *_S]: ...
@overload
def log_softmax(
    input: Tensor[_D, Any, *_S], dim: int | None = None, _stacklevel: int = 3, *, dtype: _T2
) -> Tensor[_D, _T2, *_S]: ...
def dropout(
    input: Tensor[_D, _T, *_S], p: float = 0.5, training: bool = True, inplace: bool = False
) -> Tensor[_D, _T, *_S]:
    """Zeroes elements with probability `p` (when `training`), scaling the rest by `1 / (1 - p)`.

    Shape: `(*)` -> `(*)`.
    """

# -- conv --------------------------------------------------------------------------------

# Static view of the convolutions. The output dims come from the mypy plugin; without it they
# are unknown (`*tuple[Any, ...]`), which is sound. Input, weight and bias share device and dtype.

_Size1 = int | tuple[int]
_Size2 = int | tuple[int, int]
_Size3 = int | tuple[int, int, int]

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

# -- embedding --------------------------------------------------------------------------------

# Static view of `embedding` and `one_hot`. Precise with plain generics where possible; the
# plugin also checks the index dtype and a literal `num_classes`.

def embedding(
    input: Tensor[_D, Any, *_S],
    weight: Tensor[_D, _T, Any, _E],
    padding_idx: int | None = None,
    max_norm: float | None = None,
    norm_type: float = 2.0,
    scale_grad_by_freq: bool = False,
    sparse: bool = False,
) -> Tensor[_D, _T, *_S, _E]:
    """Looks up rows of `weight` at the integer indices `input`.

    Args:
        input: int64 (or int32) indices `[*]`.
        weight: the embedding matrix `[num_embeddings, embedding_dim]`.
        padding_idx: an index whose row gets no gradient.

    Returns:
        `[*, embedding_dim]`, in the weight's dtype.

    Shape:
        input `(*)`, weight `(V, E)` -> `(*, E)`.
    """

def one_hot(
    tensor: Tensor[_D, Int64, *_S], num_classes: int = -1
) -> Tensor[_D, Int64, *tuple[Any, ...]]:
    """One-hot encodes int64 class indices.

    Args:
        tensor: int64 class indices `[*]`.
        num_classes: the number of classes; `-1` takes the largest index + 1 (known only when
            the call runs).

    Returns:
        int64 `[*, num_classes]`.

    Shape:
        `(*)` -> `(*, num_classes)`.
    """

# -- linear --------------------------------------------------------------------------------

# Static view of `linear`. Precise with plain generics: the last input dim must be the weight's
# in_features, and the result keeps the batch dims. The plugin reports a mismatch readably.

def linear(
    input: Tensor[_D, _T, *_B, _I],
    weight: Tensor[_D, _T, _O, _I],
    bias: Tensor[_D, _T, _O] | None = None,
) -> Tensor[_D, _T, *_B, _O]:
    """Applies `y = x W^T + b`.

    Args:
        input: `[*, in_features]`.
        weight: `[out_features, in_features]`.
        bias: `[out_features]`, or None.

    Returns:
        `[*, out_features]`.

    Shape:
        input `(*, I)`, weight `(O, I)`, bias `(O)` -> `(*, O)`.
    """

# -- loss --------------------------------------------------------------------------------

# Static view of the losses. The result's shape depends on `reduction` and on the target (class
# indices or probabilities), which only the mypy plugin reads; here it is unknown, which is sound
# without the plugin. The result keeps the input's device and dtype.

def cross_entropy(
    input: Tensor[_D, _T, *_AnyShape],
    target: Tensor[_D, Any, *_AnyShape],
    weight: Tensor[_D, Any, *_AnyShape] | None = None,
    size_average: bool | None = None,
    ignore_index: int = -100,
    reduce: bool | None = None,
    reduction: str = "mean",
    label_smoothing: float = 0.0,
) -> Tensor[_D, _T, *_AnyShape]:
    """Cross entropy between unnormalised logits `input` and class indices or probabilities.

    Args:
        input: logits `[N, C, *d]`, or `[C]` unbatched.
        target: int64 class indices `[N, *d]` (`[]` unbatched), or float probabilities with the
            input's shape.
        weight: a rescaling weight per class, `[C]`.
        ignore_index: a class index that does not count (class-index targets only).
        reduction: `'none'`, `'mean'` or `'sum'`.
        label_smoothing: how much of the target mass to spread uniformly, in `[0, 1]`.

    Returns:
        The loss: `[N, *d]` for `reduction='none'`, else `[]`.

    Shape:
        input `(N, C, *d)`, target `(N, *d)` or `(N, C, *d)` -> `(N, *d)` or `()`.
    """

def nll_loss(
    input: Tensor[_D, _T, *_AnyShape],
    target: Tensor[_D, Any, *_AnyShape],
    weight: Tensor[_D, Any, *_AnyShape] | None = None,
    size_average: bool | None = None,
    ignore_index: int = -100,
    reduce: bool | None = None,
    reduction: str = "mean",
) -> Tensor[_D, _T, *_AnyShape]:
    """Negative log likelihood of log-probabilities `input` at class indices `target`.

    Args:
        input: log-probabilities `[N, C, *d]`, or `[C]` unbatched.
        target: int64 class indices `[N, *d]` (`[]` unbatched).
        weight: a rescaling weight per class, `[C]`.
        ignore_index: a class index that does not count.
        reduction: `'none'`, `'mean'` or `'sum'`.

    Returns:
        The loss: `[N, *d]` for `reduction='none'`, else `[]`.

    Shape:
        input `(N, C, *d)`, target `(N, *d)` -> `(N, *d)` or `()`.
    """

def mse_loss(
    input: Tensor[_D, _T, *_AnyShape],
    target: Tensor[_D, Any, *_AnyShape],
    size_average: bool | None = None,
    reduce: bool | None = None,
    reduction: str = "mean",
    weight: Tensor[_D, Any, *_AnyShape] | None = None,
) -> Tensor[_D, _T, *_AnyShape]:
    """Mean squared error. `input` and `target` must have one shape (torch would broadcast
    `[N, 1]` against `[N]` to `[N, N]`, warning only; the plugin reports it).

    Shape:
        input `(*)`, target `(*)` -> `(*)` for `reduction='none'`, else `()`.
    """

def l1_loss(
    input: Tensor[_D, _T, *_AnyShape],
    target: Tensor[_D, Any, *_AnyShape],
    size_average: bool | None = None,
    reduce: bool | None = None,
    reduction: str = "mean",
    weight: Tensor[_D, Any, *_AnyShape] | None = None,
) -> Tensor[_D, _T, *_AnyShape]:
    """Mean absolute error; `input` and `target` of one shape, as for `mse_loss`.

    Shape:
        input `(*)`, target `(*)` -> `(*)` for `reduction='none'`, else `()`.
    """

def smooth_l1_loss(
    input: Tensor[_D, _T, *_AnyShape],
    target: Tensor[_D, Any, *_AnyShape],
    size_average: bool | None = None,
    reduce: bool | None = None,
    reduction: str = "mean",
    beta: float = 1.0,
) -> Tensor[_D, _T, *_AnyShape]:
    """L1 loss, squared below `beta`; `input` and `target` of one shape, as for `mse_loss`.

    Shape:
        input `(*)`, target `(*)` -> `(*)` for `reduction='none'`, else `()`.
    """

def huber_loss(
    input: Tensor[_D, _T, *_AnyShape],
    target: Tensor[_D, Any, *_AnyShape],
    reduction: str = "mean",
    delta: float = 1.0,
    weight: Tensor[_D, Any, *_AnyShape] | None = None,
) -> Tensor[_D, _T, *_AnyShape]:
    """Squared error below `delta`, linear above; `input` and `target` of one shape.

    Shape:
        input `(*)`, target `(*)` -> `(*)` for `reduction='none'`, else `()`.
    """

def binary_cross_entropy(
    input: Tensor[_D, _T, *_AnyShape],
    target: Tensor[_D, _T, *_AnyShape],
    weight: Tensor[_D, _T, *_AnyShape] | None = None,
    size_average: bool | None = None,
    reduce: bool | None = None,
    reduction: str = "mean",
) -> Tensor[_D, _T, *_AnyShape]:
    """Binary cross entropy of probabilities `input` against `target` (same shape and dtype).

    Args:
        input: probabilities in `[0, 1]`, any shape.
        target: the same shape and dtype as `input`.
        weight: broadcastable to the target's shape.
        reduction: `'none'`, `'mean'` or `'sum'`.

    Shape:
        input `(*)`, target `(*)` -> `(*)` for `reduction='none'`, else `()`.
    """

def binary_cross_entropy_with_logits(
    input: Tensor[_D, _T, *_AnyShape],
    target: Tensor[_D, Any, *_AnyShape],
    weight: Tensor[_D, Any, *_AnyShape] | None = None,
    size_average: bool | None = None,
    reduce: bool | None = None,
    reduction: str = "mean",
    pos_weight: Tensor[_D, Any, *_AnyShape] | None = None,
) -> Tensor[_D, _T, *_AnyShape]:
    """Binary cross entropy of logits `input` against `target` (same shape).

    Args:
        input: logits, any shape.
        target: the same shape as `input`.
        weight: broadcastable to the input's shape.
        reduction: `'none'`, `'mean'` or `'sum'`.
        pos_weight: a weight of positive examples, broadcastable to the input's shape
            (typically `[C]` for the last dim).

    Shape:
        input `(*)`, target `(*)` -> `(*)` for `reduction='none'`, else `()`.
    """

def kl_div(
    input: Tensor[_D, _T, *_AnyShape],
    target: Tensor[_D, Any, *_AnyShape],
    size_average: bool | None = None,
    reduce: bool | None = None,
    reduction: str = "mean",
    log_target: bool = False,
) -> Tensor[_D, _T, *_AnyShape]:
    """Kullback-Leibler divergence of log-probabilities `input` from `target`.

    Torch broadcasts `input` and `target` without a warning, and so does the plugin.

    Shape:
        input `(*)`, target broadcastable -> the broadcast shape for `reduction='none'`, else
        `()` (`'batchmean'` included).
    """

# -- normalization --------------------------------------------------------------------------------

# Static view of normalisation, channel dropout and the distances. The norms and dropouts keep
# their input's type; the plugin checks their channel / normalized_shape contracts. The
# distances' result shape (broadcast, one dim reduced) is computed by the plugin only.

def layer_norm(
    input: Tensor[_D, _T, *_S],
    normalized_shape: Sequence[int],
    weight: Tensor[_D, _T, *_AnyShape] | None = None,
    bias: Tensor[_D, _T, *_AnyShape] | None = None,
    eps: float = 1e-05,
) -> Tensor[_D, _T, *_S]:
    """Normalises over the trailing dims `normalized_shape`.

    Args:
        input: `[*, *normalized_shape]`.
        normalized_shape: the trailing dims to normalise over.
        weight: `normalized_shape`, or None.
        bias: `normalized_shape`, or None.

    Shape:
        `(*, *normalized_shape)` -> the same.
    """

def batch_norm(
    input: Tensor[_D, _T, *_S],
    running_mean: Tensor[_D, _T, *_AnyShape] | None,
    running_var: Tensor[_D, _T, *_AnyShape] | None,
    weight: Tensor[_D, _T, *_AnyShape] | None = None,
    bias: Tensor[_D, _T, *_AnyShape] | None = None,
    training: bool = False,
    momentum: float = 0.1,
    eps: float = 1e-05,
) -> Tensor[_D, _T, *_S]:
    """Normalises each channel (dim 1) over the batch and spatial dims.

    Args:
        input: `[N, C, *]`.
        running_mean, running_var, weight, bias: `[C]`, or None.

    Shape:
        `(N, C, *)` -> the same.
    """

def group_norm(
    input: Tensor[_D, _T, *_S],
    num_groups: int,
    weight: Tensor[_D, _T, *_AnyShape] | None = None,
    bias: Tensor[_D, _T, *_AnyShape] | None = None,
    eps: float = 1e-05,
) -> Tensor[_D, _T, *_S]:
    """Normalises over groups of channels; `C` must be divisible by `num_groups`.

    Args:
        input: `[N, C, *]`.
        weight, bias: `[C]`, or None.

    Shape:
        `(N, C, *)` -> the same.
    """

def dropout1d(
    input: Tensor[_D, _T, *_S], p: float = 0.5, training: bool = True, inplace: bool = False
) -> Tensor[_D, _T, *_S]:
    """Zeroes whole channels of `(N, C, L)` / `(C, L)` input. Shape: `(*)` -> `(*)`."""

def dropout2d(
    input: Tensor[_D, _T, *_S], p: float = 0.5, training: bool = True, inplace: bool = False
) -> Tensor[_D, _T, *_S]:
    """Zeroes whole channels of `(N, C, H, W)` / `(C, H, W)` input. Shape: `(*)` -> `(*)`."""

def dropout3d(
    input: Tensor[_D, _T, *_S], p: float = 0.5, training: bool = True, inplace: bool = False
) -> Tensor[_D, _T, *_S]:
    """Zeroes whole channels of `(N, C, D, H, W)` / `(C, D, H, W)` input. Shape: `(*)`."""

def alpha_dropout(
    input: Tensor[_D, _T, *_S], p: float = 0.5, training: bool = False, inplace: bool = False
) -> Tensor[_D, _T, *_S]:
    """Dropout that keeps a SELU network's mean and variance. Shape: `(*)` -> `(*)`."""

def normalize(
    input: Tensor[_D, _T, *_S],
    p: float = 2.0,
    dim: int = 1,
    eps: float = 1e-12,
    out: Tensor[_D, _T, *_S] | None = None,
) -> Tensor[_D, _T, *_S]:
    """Divides by the `p`-norm along `dim`. Shape: `(*)` -> `(*)`."""

def cosine_similarity(
    x1: Tensor[_D, _T, *_AnyShape], x2: Tensor[_D, _T, *_AnyShape], dim: int = 1, eps: float = 1e-08
) -> Tensor[_D, _T, *_AnyShape]:
    """Cosine similarity along `dim` of `x1` and `x2` broadcast together.

    Shape:
        `x1`, `x2` broadcast to `(*S)` -> `(*S)` without dim `dim`.
    """

def pairwise_distance(
    x1: Tensor[_D, _T, *_AnyShape],
    x2: Tensor[_D, _T, *_AnyShape],
    p: float = 2.0,
    eps: float = 1e-06,
    keepdim: bool = False,
) -> Tensor[_D, _T, *_AnyShape]:
    """The `p`-norm of `x1 - x2` along the last dim (of the broadcast shape).

    Shape:
        `x1`, `x2` broadcast to `(*S, D)` -> `(*S)` (`(*S, 1)` with `keepdim`).
    """

# -- resize --------------------------------------------------------------------------------

# Static view of `interpolate` and `pad`. Output dims come from the mypy plugin; without it they
# are unknown (`*tuple[Any, ...]`), which is sound.

def interpolate(
    input: _Unknown[_D, _T],
    size: int | Sequence[int] | None = None,
    scale_factor: float | Sequence[float] | None = None,
    mode: str = "nearest",
    align_corners: bool | None = None,
    recompute_scale_factor: bool | None = None,
    antialias: bool = False,
) -> _Unknown[_D, _T]:
    """Resizes the spatial dims to `size`, or by `scale_factor`.

    Args:
        input: `[N, C, *in]`, 3-D to 5-D (`linear` 3-D, `bilinear`/`bicubic` 4-D,
            `trilinear` 5-D).
        size: the output's spatial sizes (one int for all).
        scale_factor: multiplier per spatial dim; exactly one of `size` / `scale_factor`.

    Shape:
        `[N, C, *in]` -> `[N, C, *out]` with `out = size` or `floor(in * scale_factor)`.
    """

def pad(
    input: _Unknown[_D, _T],
    pad: Sequence[int],
    mode: str = "constant",
    value: float | None = None,
) -> _Unknown[_D, _T]:
    """Pads the last `len(pad) // 2` dims: `pad = (left_last, right_last, left_2nd_last, ...)`.

    Negative padding crops. `reflect`, `replicate` and `circular` pad the last 1 to 3 dims.

    Shape:
        each padded dim becomes `size + left + right`.
    """

# Names not declared here are `Any` (gradual), never an error.
def __getattr__(name: str) -> Any: ...
