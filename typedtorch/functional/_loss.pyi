# Static view of the losses. The result's shape depends on `reduction` and on the target (class
# indices or probabilities), which only the mypy plugin reads; here it is unknown, which is sound
# without the plugin. The result keeps the input's device and dtype.
from typing import Any, TypeVar

from .._devices import Device
from .._dtypes import DType
from .._tensor import Tensor

_D = TypeVar("_D", bound=Device)
_T = TypeVar("_T", bound=DType)

_AnyShape = tuple[Any, ...]

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
