"""Moving tensors between devices and dtypes: `x.to(...)` in every spelling torch accepts, and
`torch.device("cuda")` typed as the `CUDA` kind. The shape never changes.
"""

from __future__ import annotations

from mypy.types import Type

from ._calls import Call
from ._codec import TENSOR, Codec
from ._kind_values import to_target
from ._registry import op


@op(f"{TENSOR}.to")
def tensor_to(call: Call, codec: Codec) -> Type | None:
    x = codec.tensor(call.receiver) if call.receiver is not None else None
    if x is None or call.unbindable:
        return None
    device, dtype = to_target(codec, call)
    return codec.tensor_type_raw(
        device if device is not None else x.device,
        dtype if dtype is not None else x.dtype,
        x.raw_shape,
    )
