from typing import Any, Generic

from torch._tensor import Tensor
from typing_extensions import TypeVar, TypeVarTuple

from typedtorch._devices import Device
from typedtorch._dtypes import DType

from .module import Module

_S = TypeVarTuple("_S")
_AD = TypeVar("_AD", bound=Device)
_AT = TypeVar("_AT", bound=DType)
Size = TypeVar("Size", default=Any)
Scale = TypeVar("Scale", default=Any)
Mode = TypeVar("Mode", default=Any)

class Upsample(Module[Any, Any], Generic[Size, Scale, Mode]):
    """`torch.nn.Upsample` typed as `Upsample[size, scale_factor, mode]`.

    Shape:
        `(N, C, *in)` -> `(N, C, *out)`, `out = size` or `floor(in * scale_factor)`.
    """

    def __init__(
        self,
        size: int | tuple[int, ...] | None = None,
        scale_factor: float | tuple[float, ...] | None = None,
        mode: str = "nearest",
        align_corners: bool | None = None,
        recompute_scale_factor: bool | None = None,
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

# Names not declared here are `Any` (gradual), never an error.
def __getattr__(name: str) -> Any: ...
