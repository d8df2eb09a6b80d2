"""An integer tensor divided by a literal 0 (`//`, `%`, `div` with a rounding mode) raises
ZeroDivisionError in torch, unless it is empty; to a negative literal power it is refused."""

from typing import TypeVar, reveal_type
from typing import Literal as L

import torch

from typedtorch import CPU, Bool, Float32, Int64, Tensor, UInt8

H = TypeVar("H", bound=int)


def division(i: Tensor[CPU, Int64, L[2]], u: Tensor[CPU, UInt8, H], b: Tensor[CPU, Bool]) -> None:
    i // 0  # E: Integer division by zero: "floor_divide" of an int64 tensor by 0 raises ZeroDivisionError in torch  [dtype]
    i % 0  # E: Integer division by zero: "remainder" of an int64 tensor by 0 raises ZeroDivisionError in torch  [dtype]
    u % 0  # E: Integer division by zero: "remainder" of a uint8 tensor by 0 raises ZeroDivisionError in torch  [dtype]
    b // 0  # E: Integer division by zero: "floor_divide" of a bool tensor by 0 raises ZeroDivisionError in torch  [dtype]
    i.div(0, rounding_mode="floor")  # E: Integer division by zero: "div(rounding_mode='floor')" of an int64 tensor by 0 raises ZeroDivisionError in torch  [dtype]
    torch.div(i, 0, rounding_mode="trunc")  # E: Integer division by zero: "div(rounding_mode='trunc')" of an int64 tensor by 0 raises ZeroDivisionError in torch  [dtype]


def powers(i: Tensor[CPU, Int64, L[2]], e: Tensor[CPU, Int64, L[0]]) -> None:
    i ** -1  # E: Integers to negative integer powers are not allowed: "pow" of an int64 tensor to -1 (use a floating point tensor, e.g. .to(torch.float32))  [dtype]
    e ** -2  # E: Integers to negative integer powers are not allowed: "pow" of an int64 tensor to -2 (use a floating point tensor, e.g. .to(torch.float32))  [dtype]


def fine(i: Tensor[CPU, Int64, L[2]], e: Tensor[CPU, Int64, L[0]], x: Tensor[CPU, Float32, L[2]]) -> None:
    reveal_type(e // 0)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[0]]"
    reveal_type(x // 0)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2]]"
    reveal_type(x ** -1)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2]]"
    reveal_type(i ** -1.0)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2]]"
    reveal_type(i // 2)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2]]"
    reveal_type(i.div(0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2]]"
