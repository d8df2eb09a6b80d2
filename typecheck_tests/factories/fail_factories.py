"""Factory calls that torch rejects: reported at the call, with torch's reason."""

from typing import TypeVar, reveal_type

import torch

import typedtorch as tt

B = TypeVar("B", bound=int)

tt.tensor([[1.0, 2.0], [3.0, 4.0, 5.0]])  # E: Ragged nested sequence for "tensor": expected sequence of length 2 at dim 1 (got 3)  [shape]
tt.tensor([[1, 2], 3])  # E: Ragged nested sequence for "tensor": expected a sequence at dim 1, got a scalar  [shape]
tt.tensor([1, [2, 3]])  # E: Ragged nested sequence for "tensor": expected a scalar at dim 1, got a sequence  [shape]
ragged = tt.tensor([[1, 2], [3]])  # E: Ragged nested sequence for "tensor": expected sequence of length 2 at dim 1 (got 1)  [shape]
# After an error the result is unknown: nothing downstream reports an error from it.
reveal_type(ragged)  # N: Revealed type is "Any"
tt.zeros(2, -1)  # E: Invalid size [2, -1] for "zeros": dimension sizes must be non-negative, got -1  [shape]
tt.ones((3, -2))  # E: Invalid size [3, -2] for "ones": dimension sizes must be non-negative, got -2  [shape]
tt.full((-1,), 1.0)  # E: Invalid size [-1] for "full": dimension sizes must be non-negative, got -1  [shape]
tt.randint(10, (2, -3))  # E: Invalid size [2, -3] for "randint": dimension sizes must be non-negative, got -3  [shape]
tt.arange(0, 10, 0)  # E: Invalid step for "arange": step must be nonzero  [shape]
tt.arange(10, 0)  # E: Invalid range for "arange": start 10 and end 0 are inconsistent with the sign of step 1  [shape]
tt.arange(0, 1, -0.5)  # E: Invalid range for "arange": start 0 and end 1 are inconsistent with the sign of step -0.5  [shape]
tt.linspace(0, 1, -1)  # E: Invalid steps for "linspace": number of steps must be non-negative, got -1  [shape]
tt.eye(-1)  # E: Invalid size for "eye": n must be greater or equal to 0, got -1  [shape]
tt.eye(2, -3)  # E: Invalid size for "eye": m must be greater or equal to 0, got -3  [shape]
tt.zeros(2, dtype=tt.int64, requires_grad=True)  # E: "zeros" cannot make a tensor of dtype int64 that requires grad: only floating point and complex dtypes can require gradients  [dtype]
tt.arange(5, requires_grad=True)  # E: "arange" cannot make a tensor of dtype int64 that requires grad: only floating point and complex dtypes can require gradients  [dtype]
tt.randint(5, (2,), requires_grad=True)  # E: "randint" cannot make a tensor of dtype int64 that requires grad: only floating point and complex dtypes can require gradients  [dtype]
tt.tensor([1, 2], requires_grad=True)  # E: "tensor" cannot make a tensor of dtype int64 that requires grad: only floating point and complex dtypes can require gradients  [dtype]
tt.rand(2, dtype=torch.int64)  # E: "rand" does not support dtype int64: expected a floating point or complex dtype  [dtype]
tt.randn(2, dtype=tt.bool)  # E: "randn" does not support dtype bool: expected a floating point or complex dtype  [dtype]


def like(x: tt.Tensor[tt.CPU, tt.Int64, B]) -> None:
    tt.zeros_like(x, requires_grad=True)  # E: "zeros_like" cannot make a tensor of dtype int64 that requires grad: only floating point and complex dtypes can require gradients  [dtype]
    tt.randn_like(x)  # E: "randn_like" does not support dtype int64: expected a floating point or complex dtype  [dtype]
    tt.randn_like(x, dtype=tt.float32)  # fine: the dtype is float


def computed_values() -> None:
    # arange and linspace compute their values: torch has no bool (or, for arange, complex)
    # kernel; an empty linspace runs none, so any dtype is taken.
    torch.arange(3, dtype=torch.bool)  # E: Incompatible dtype for "arange": expected a floating point or integer tensor, got bool (make it with another dtype=, then convert it with .to())  [dtype]
    tt.arange(0, dtype=tt.complex64)  # E: Incompatible dtype for "arange": expected a floating point or integer tensor, got complex64 (make it with another dtype=, then convert it with .to())  [dtype]
    torch.linspace(0, 1, 5, dtype=torch.bool)  # E: Incompatible dtype for "linspace": expected a non-bool tensor, got bool (make it with another dtype=, then convert it with .to())  [dtype]
    reveal_type(torch.linspace(0, 1, 0, dtype=torch.bool))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, Literal[0]]"
    reveal_type(torch.arange(3, dtype=torch.int8))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int8, Literal[3]]"
