"""Garbage in a dim of `Tensor[...]` gets a `typedtorch-annotation` error at the annotation (it
would otherwise read as a dim of unknown size), and ops on such a tensor report nothing more."""

from typing import TypeVar, reveal_type
from typing import Literal as L

import typedtorch
import typedtorch as tt
from typedtorch import CPU, Device, Float32, Tensor

H = TypeVar("H", bound=int)
T = TypeVar("T")
S = TypeVar("S", bound=str)
Dv = TypeVar("Dv", bound=Device)


def literals(
    a: Tensor[CPU, Float32, L[-1]],  # E: Invalid dim "-1" in "Tensor[...]": sizes are >= 0  [typedtorch-annotation]
    b: Tensor[CPU, Float32, L["a"]],  # E: Invalid dim "Literal['a']" in "Tensor[...]": expected Literal[n] with n >= 0, a TypeVar bound to int, a dim operator or Any  [typedtorch-annotation]
    c: Tensor[CPU, Float32, L[3], L[True]],  # E: Invalid dim "Literal[True]" in "Tensor[...]": expected Literal[n] with n >= 0, a TypeVar bound to int, a dim operator or Any  [typedtorch-annotation]
) -> None:
    reveal_type(a.view(-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Any]"


def types(
    a: Tensor[CPU, Float32, None],  # E: Invalid dim "None" in "Tensor[...]": expected Literal[n] with n >= 0, a TypeVar bound to int, a dim operator or Any  [typedtorch-annotation]
    b: Tensor[CPU, Float32, str],  # E: Invalid dim "str" in "Tensor[...]": expected Literal[n] with n >= 0, a TypeVar bound to int, a dim operator or Any  [typedtorch-annotation]
    c: Tensor[CPU, Float32, int],  # E: Invalid dim "int" in "Tensor[...]": expected Literal[n] with n >= 0, a TypeVar bound to int, a dim operator or Any (Any for a dim of unknown size)  [typedtorch-annotation]
    d: Tensor[CPU, Float32, list[int]],  # E: Invalid dim "list[int]" in "Tensor[...]": expected Literal[n] with n >= 0, a TypeVar bound to int, a dim operator or Any  [typedtorch-annotation]
    e: Tensor[CPU, Float32, Tensor],  # E: Invalid dim "torch._tensor.Tensor[Any, Any, *tuple[Any, ...]]" in "Tensor[...]": expected Literal[n] with n >= 0, a TypeVar bound to int, a dim operator or Any  [typedtorch-annotation]
) -> None:
    pass


def typevars(
    a: Tensor[CPU, Float32, T],  # E: Invalid dim "T" in "Tensor[...]": a TypeVar used as a dim must be bound to int (TypeVar("T", bound=int)), not "object"  [typedtorch-annotation]
    b: Tensor[CPU, Float32, S],  # E: Invalid dim "S" in "Tensor[...]": a TypeVar used as a dim must be bound to int (TypeVar("S", bound=int)), not "str"  [typedtorch-annotation]
    c: Tensor[CPU, Float32, Dv],  # E: Invalid dim "Dv" in "Tensor[...]": a TypeVar used as a dim must be bound to int (TypeVar("Dv", bound=int)), not "typedtorch._devices.Device"  [typedtorch-annotation]
) -> None:
    pass


def arithmetic(
    a: Tensor[CPU, Float32, tt.Sub[L[2], L[5]]],  # E: Invalid dim "-3" in "Tensor[...]": sizes are >= 0  [typedtorch-annotation]
    b: Tensor[CPU, Float32, tt.Mul[H, L[-1]]],  # E: Invalid dim "-H" in "Tensor[...]": sizes are >= 0  [typedtorch-annotation]
    c: Tensor[CPU, Float32, typedtorch._dims.Quotient[H, L[0]]],  # E: Invalid dim "H // 0" in "Tensor[...]": division by zero  [typedtorch-annotation]
    d: Tensor[CPU, Float32, typedtorch._dims.Product[L[-2], H]],  # E: Invalid dim "-2 * H" in "Tensor[...]": sizes are >= 0  [typedtorch-annotation]
    e: Tensor[CPU, Float32, typedtorch._dims.Sum[H, str]],  # E: Invalid dim "str" in "Tensor[...]": expected Literal[n] with n >= 0, a TypeVar bound to int, a dim operator or Any (in "H + str")  [typedtorch-annotation]
) -> None:
    reveal_type(c.view(-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Any]"
    reveal_type(c + 1)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Any]"


def heads(
    a: Tensor[CPU],  # E: Tensor[...] needs a device kind and a dtype kind: write Tensor[Device, DType, *dims], e.g. Tensor[CPU, Float32, B, L[3]]  [typedtorch-annotation]
) -> None:
    reveal_type(a)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, Any, *tuple[Any, ...]]"
