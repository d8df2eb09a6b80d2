"""`broadcast_to`, `take_along_dim`, `.mT`: shapes and index dtypes torch rejects."""

from typing import Literal as L

import torch

from typedtorch import CPU, Float32, Int32, Int64, Tensor


def layout(x: Tensor[CPU, Float32, L[2], L[3]], idx: Tensor[CPU, Int64, L[2]], idx32: Tensor[CPU, Int32, L[2], L[3]], v: Tensor[CPU, Float32, L[3]]) -> None:
    torch.broadcast_to(x, (4, -1, 5))  # E: Cannot "broadcast_to" [2, 3] to [4, -1, 5]: size 5 must match the existing size 3 at non-singleton dimension 2  [shape]
    x.broadcast_to((3,))  # E: Cannot "broadcast_to" [2, 3] to [3]: the number of sizes (1) must be at least the number of dimensions (2)  [shape]
    torch.take_along_dim(x, idx, 1)  # E: "take_along_dim" expects input and indices with the same number of dims, got input [2, 3] and indices [2]  [shape]
    x.take_along_dim(idx32, 0)  # E: Incompatible dtype for "take_along_dim": indices must be int64, got int32 (convert them with .long())  [dtype]
    v.mT  # E: "mT" is only supported on matrices or batches of matrices, got a 1-D tensor [3]  [shape]
