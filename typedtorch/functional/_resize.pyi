# Static view of `interpolate` and `pad`. Output dims come from the mypy plugin; without it they
# are unknown (`*tuple[Any, ...]`), which is sound.
from collections.abc import Sequence
from typing import Any, TypeVar

from .._devices import Device
from .._dtypes import DType
from .._tensor import Tensor

_D = TypeVar("_D", bound=Device)
_T = TypeVar("_T", bound=DType)
_Unknown = Tensor[_D, _T, *tuple[Any, ...]]

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
