# Static view of `MultiheadAttention`. Type parameters record the configuration that decides
# shapes: `MultiheadAttention[embed_dim, num_heads, add_bias_kv, add_zero_attn, kdim, vdim,
# batch_first, D, T]` (`kdim`/`vdim` are `None` when they default to embed_dim). Without the
# plugin the results have unknown dims (sound); the plugin (`mypy_plugin/_nn_attention.py`) checks query/key/value and masks and computes
# the output and attention-weight shapes with the rules in `typedtorch._shapes._attention`.
from typing import Any, Generic, Literal, overload

import torch
from typing_extensions import TypeVar

from .._devices import CPU, CUDA
from .._dtypes import BFloat16, Float16, Float32, Float64
from .._tensor import Tensor
from ._module import D, DeviceLike, KindD, KindT, Module, T

E = TypeVar("E", bound=int, default=Any)
NH = TypeVar("NH", bound=int, default=Any)
AB = TypeVar("AB", bound=bool, default=Any)
AZ = TypeVar("AZ", bound=bool, default=Any)
KD = TypeVar("KD", default=Any)
VD = TypeVar("VD", default=Any)
BF = TypeVar("BF", bound=bool, default=Any)

# Masks are boolean or of the query's float dtype.
_Mask = Tensor[Any, Any, *tuple[Any, ...]] | None

class MultiheadAttention(
    torch.nn.MultiheadAttention, Module[D, T], Generic[E, NH, AB, AZ, KD, VD, BF, D, T]
):
    """`torch.nn.MultiheadAttention` typed as `MultiheadAttention[embed_dim, num_heads, add_bias_kv,
    add_zero_attn, kdim, vdim, batch_first, Device, DType]`.

    Shape:
        query `(L, N, E)`, key `(S, N, kdim)`, value `(S, N, vdim)` (`(N, L, E)`, ... with
        batch_first; `(L, E)`, ... unbatched); attn_mask `(L, S)` or `(N * num_heads, L, S)`;
        key_padding_mask `(N, S)` -> attn_output like query, attn_weights `(N, L, S)` (averaged
        over heads) or `(N, num_heads, L, S)`; None with `need_weights=False`.
    """

    @overload
    def __init__(
        self: MultiheadAttention[Any, Any, Any, Any, Any, Any, Any, CPU, Float32],
        embed_dim: int,
        num_heads: int,
        dropout: float = 0.0,
        bias: bool = True,
        add_bias_kv: bool = False,
        add_zero_attn: bool = False,
        kdim: int | None = None,
        vdim: int | None = None,
        batch_first: bool = False,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: MultiheadAttention[Any, Any, Any, Any, Any, Any, Any, KindD, Float32],
        embed_dim: int,
        num_heads: int,
        dropout: float = 0.0,
        bias: bool = True,
        add_bias_kv: bool = False,
        add_zero_attn: bool = False,
        kdim: int | None = None,
        vdim: int | None = None,
        batch_first: bool = False,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: MultiheadAttention[Any, Any, Any, Any, Any, Any, Any, CPU, KindT],
        embed_dim: int,
        num_heads: int,
        dropout: float = 0.0,
        bias: bool = True,
        add_bias_kv: bool = False,
        add_zero_attn: bool = False,
        kdim: int | None = None,
        vdim: int | None = None,
        batch_first: bool = False,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: MultiheadAttention[Any, Any, Any, Any, Any, Any, Any, KindD, KindT],
        embed_dim: int,
        num_heads: int,
        dropout: float = 0.0,
        bias: bool = True,
        add_bias_kv: bool = False,
        add_zero_attn: bool = False,
        kdim: int | None = None,
        vdim: int | None = None,
        batch_first: bool = False,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: MultiheadAttention[Any, Any, Any, Any, Any, Any, Any, Any, Any],
        embed_dim: int,
        num_heads: int,
        dropout: float = 0.0,
        bias: bool = True,
        add_bias_kv: bool = False,
        add_zero_attn: bool = False,
        kdim: int | None = None,
        vdim: int | None = None,
        batch_first: bool = False,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    @overload
    def __call__(
        self,
        query: Tensor[D, T, *tuple[Any, ...]],
        key: Tensor[D, T, *tuple[Any, ...]],
        value: Tensor[D, T, *tuple[Any, ...]],
        key_padding_mask: _Mask = None,
        need_weights: Literal[True] = True,
        attn_mask: _Mask = None,
        average_attn_weights: bool = True,
        is_causal: bool = False,
    ) -> tuple[Tensor[D, T, *tuple[Any, ...]], Tensor[D, T, *tuple[Any, ...]]]: ...
    @overload
    def __call__(
        self,
        query: Tensor[D, T, *tuple[Any, ...]],
        key: Tensor[D, T, *tuple[Any, ...]],
        value: Tensor[D, T, *tuple[Any, ...]],
        key_padding_mask: _Mask = None,
        *,
        need_weights: Literal[False],
        attn_mask: _Mask = None,
        average_attn_weights: bool = True,
        is_causal: bool = False,
    ) -> tuple[Tensor[D, T, *tuple[Any, ...]], None]: ...
    @overload
    def __call__(
        self,
        query: Tensor[D, T, *tuple[Any, ...]],
        key: Tensor[D, T, *tuple[Any, ...]],
        value: Tensor[D, T, *tuple[Any, ...]],
        key_padding_mask: _Mask = None,
        need_weights: bool = True,
        attn_mask: _Mask = None,
        average_attn_weights: bool = True,
        is_causal: bool = False,
    ) -> tuple[Tensor[D, T, *tuple[Any, ...]], Tensor[D, T, *tuple[Any, ...]] | None]: ...
    def forward(  # type: ignore[override]
        self,
        query: Tensor[D, T, *tuple[Any, ...]],
        key: Tensor[D, T, *tuple[Any, ...]],
        value: Tensor[D, T, *tuple[Any, ...]],
        key_padding_mask: _Mask = None,
        need_weights: bool = True,
        attn_mask: _Mask = None,
        average_attn_weights: bool = True,
        is_causal: bool = False,
    ) -> tuple[Tensor[D, T, *tuple[Any, ...]], Tensor[D, T, *tuple[Any, ...]] | None]: ...
    # -- movers: generated by tools/layer_movers.py, do not edit --
    @overload  # type: ignore[override]
    def to(
        self, device: KindD, dtype: KindT, non_blocking: bool = ...
    ) -> MultiheadAttention[E, NH, AB, AZ, KD, VD, BF, KindD, KindT]: ...
    @overload
    def to(
        self, device: KindD, non_blocking: bool = ...
    ) -> MultiheadAttention[E, NH, AB, AZ, KD, VD, BF, KindD, T]: ...
    @overload
    def to(
        self, dtype: KindT, non_blocking: bool = ...
    ) -> MultiheadAttention[E, NH, AB, AZ, KD, VD, BF, D, KindT]: ...
    @overload
    def to(
        self, tensor: Tensor[KindD, KindT, *tuple[Any, ...]], non_blocking: bool = ...
    ) -> MultiheadAttention[E, NH, AB, AZ, KD, VD, BF, KindD, KindT]: ...
    @overload
    def to(
        self, *args: Any, **kwargs: Any
    ) -> MultiheadAttention[E, NH, AB, AZ, KD, VD, BF, Any, Any]: ...
    def cuda(  # type: ignore[override]
        self, device: int | torch.device | None = None
    ) -> MultiheadAttention[E, NH, AB, AZ, KD, VD, BF, CUDA, T]: ...
    def cpu(self) -> MultiheadAttention[E, NH, AB, AZ, KD, VD, BF, CPU, T]: ...  # type: ignore[override]
    def float(self) -> MultiheadAttention[E, NH, AB, AZ, KD, VD, BF, D, Float32]: ...  # type: ignore[override]
    def double(self) -> MultiheadAttention[E, NH, AB, AZ, KD, VD, BF, D, Float64]: ...  # type: ignore[override]
    def half(self) -> MultiheadAttention[E, NH, AB, AZ, KD, VD, BF, D, Float16]: ...  # type: ignore[override]
    def bfloat16(self) -> MultiheadAttention[E, NH, AB, AZ, KD, VD, BF, D, BFloat16]: ...  # type: ignore[override]
    # -- end of movers --
