"""`tt.einsum` errors: reported at the call, naming the operand and the subscript."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch as tt
from typedtorch import CPU, CUDA, Float32, Float64, Tensor

B = TypeVar("B", bound=int)
I = TypeVar("I", bound=int)  # noqa: E741
J = TypeVar("J", bound=int)
K = TypeVar("K", bound=int)


def rank(x: Tensor[CPU, Float32, B, L[3]], y: Tensor[CPU, Float32, L[3], L[4]]) -> None:
    z = tt.einsum("bij,jk->bik", x, y)  # E: Incompatible shapes for "einsum": operand 0 has subscripts 'bij' (3 dims), but its shape [B, 3] has 2 dims  [shape]
    reveal_type(z)  # N: Revealed type is "Any"


def size(x: Tensor[CPU, Float32, B, L[3]], y: Tensor[CPU, Float32, L[4], L[5]]) -> None:
    tt.einsum("ij,jk->ik", x, y)  # E: Incompatible shapes for "einsum": subscript j has size 4 in operand 1 but size 3 in operand 0 ([B, 3], [4, 5])  [shape]


def unproven(x: Tensor[CPU, Float32, I, J], y: Tensor[CPU, Float32, K, L[5]]) -> None:
    tt.einsum("ij,jk->ik", x, y)  # E: Incompatible shapes for "einsum": subscript j has size K in operand 1 but size J in operand 0 ([I, J], [K, 5]) (cannot prove they are equal or 1)  [shape-unproven]


def equation(x: Tensor[CPU, Float32, L[2], L[3]]) -> None:
    tt.einsum("ij->k", x)  # E: Invalid equation for "einsum": output subscript k does not appear in the equation for any input operand  [shape]
    tt.einsum("ij,jk", x)  # E: "einsum" equation 'ij,jk' has 2 operands, got 1 tensor  [shape]


def kinds(
    x: Tensor[CPU, Float32, L[2], L[3]],
    y: Tensor[CPU, Float64, L[3], L[4]],
    z: Tensor[CUDA, Float32, L[3], L[4]],
) -> None:
    tt.einsum("ij,jk", x, y)  # E: Incompatible dtypes for "einsum": torch contracts subscript j with a matrix product, which needs equal dtypes, got float32 and float64 (convert one with .to(torch.float32))  [dtype]
    tt.einsum("ij,jk", x, z)  # E: Expected all tensors to be on the same device for "einsum": operand 0 is on cpu and operand 1 is on cuda (move one with .to("cpu"))  [device]
