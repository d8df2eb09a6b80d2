"""Sampling and counting: `multinomial`, `histc`, `bincount`, with the dtypes torch gives.

`bincount`'s length is data: the largest value in the input plus one (or `minlength` if larger),
so the rule gives an unknown length; only an input known to be empty fixes it to `minlength`.
"""

from __future__ import annotations

from ._common import Shape, require_equal, shape_numel
from ._conv import is_negative
from ._dtypes import category, is_floating
from ._errors import DTypeMismatch, ShapeMismatch
from ._symbolic import UNKNOWN, Dim, format_dim, format_shape


def multinomial_shape(input: Shape, num_samples: Dim, replacement: bool = False) -> Shape:
    """`torch.multinomial(input, num_samples, replacement)`: probabilities `[C]` or `[N, C]` ->
    indices `[num_samples]` or `[N, num_samples]`.

    Raises:
        ShapeMismatch: an input that is not 1-D or 2-D, `num_samples < 1`, more samples than
            categories without replacement, or no categories to draw a non-empty result from.
    """
    op = "multinomial"
    if len(input) not in (1, 2):
        raise ShapeMismatch(
            f'"{op}" expects a 1-D or 2-D input of probabilities, got {len(input)}-D input '
            f"{format_shape(input)}"
        )
    if is_negative(num_samples - 1):
        raise ShapeMismatch(f'"{op}" expects num_samples > 0, got {format_dim(num_samples)}')
    categories = input[-1]
    if not replacement and is_negative(categories - num_samples):
        raise ShapeMismatch(
            f'"{op}" cannot draw {format_dim(num_samples)} samples without replacement from '
            f"{format_dim(categories)} categories (the last dim of input {format_shape(input)})"
        )
    out = (*input[:-1], num_samples)
    numel = shape_numel(out)
    if categories == 0 and isinstance(numel, int) and numel > 0:
        raise ShapeMismatch(
            f'"{op}" cannot draw samples from 0 categories (the last dim of input '
            f"{format_shape(input)})"
        )
    return out


def multinomial_dtype(dtype: str) -> str:
    """Indices, int64, drawn from floating point probabilities.

    Raises:
        DTypeMismatch: a probabilities tensor that is not floating point.
    """
    if not is_floating(dtype):
        raise DTypeMismatch(
            f'Incompatible dtype for "multinomial": expected floating point probabilities, got '
            f"{dtype}"
        )
    return "int64"


def histc_shape(input: Shape, bins: Dim = 100, min: float = 0, max: float = 0) -> Shape:
    """`torch.histc(input, bins, min, max)`: `[bins]` counts over the flattened input.

    Raises:
        ShapeMismatch: `bins < 1`, or `max < min` (equal bounds mean the data's range).
    """
    if is_negative(bins - 1):
        raise ShapeMismatch(f'"histc" expects bins > 0, got {format_dim(bins)}')
    if max < min:
        raise ShapeMismatch(f'"histc" expects max >= min, got min={min} and max={max}')
    return (bins,)


def histc_dtype(dtype: str) -> str:
    """Counts in the input's (floating point) dtype.

    Raises:
        DTypeMismatch: a non-floating input (torch has no kernel).
    """
    if not is_floating(dtype):
        raise DTypeMismatch(
            f'Incompatible dtype for "histc": expected a floating point tensor, got {dtype}'
        )
    return dtype


def bincount_shape(input: Shape, weights: Shape | None = None, minlength: Dim = 0) -> Shape:
    """`torch.bincount(input, weights, minlength)`: a 1-D input of non-negative ints ->
    `[max(input) + 1]` (at least `minlength`), a length only the data knows: UNKNOWN, except for
    an empty input (a literal 0), which gives `[minlength]` and skips the other checks.

    Raises:
        ShapeMismatch: an input that is not 1-D, a negative `minlength`, or weights that are not
            1-D of the input's length.
    """
    op = "bincount"
    if is_negative(minlength):
        raise ShapeMismatch(f'"{op}" expects minlength >= 0, got {format_dim(minlength)}')
    if len(input) != 1:
        raise ShapeMismatch(
            f'"{op}" expects a 1-D input, got {len(input)}-D input {format_shape(input)}'
        )
    if input[0] == 0:
        return (minlength,)
    if weights is not None:
        message = (
            f'Incompatible shapes for "{op}": weights must be 1-D with the length of input '
            f"{format_shape(input)}, got weights {format_shape(weights)}"
        )
        if len(weights) != 1:
            raise ShapeMismatch(message)
        require_equal(weights[0], input[0], message.replace("{", "{{").replace("}", "}}"))
    return (UNKNOWN,)


def bincount_dtype(dtype: str, weights: str | None = None) -> str:
    """int64 counts; with weights, float32 weights stay float32 and any others give float64.

    Raises:
        DTypeMismatch: an input that is not an integer tensor.
    """
    if category(dtype) != 1:
        raise DTypeMismatch(
            f'Incompatible dtype for "bincount": expected an integer input, got {dtype}'
        )
    if weights is None:
        return "int64"
    return "float32" if weights == "float32" else "float64"
