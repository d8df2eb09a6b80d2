# Static view of the Transformer layers. Type parameters record the configuration that decides
# shapes: `TransformerEncoderLayer[d_model, nhead, batch_first, D, T]`. Forward passes keep their
# input's shape, which plain generics say (sound without the plugin); the plugin
# (`mypy_plugin/_nn_attention.py`) also checks `d_model` and the masks' shapes.
from collections.abc import Callable
from typing import Any, Generic, overload

import torch
from typing_extensions import TypeVar, TypeVarTuple

from .._devices import CPU, Device
from .._dtypes import DType, Float32
from .._tensor import Tensor
from ._module import D, DeviceLike, KindD, KindT, Module, T

DM = TypeVar("DM", bound=int, default=Any)
NH = TypeVar("NH", bound=int, default=Any)
BF = TypeVar("BF", bound=bool, default=Any)
Layer = TypeVar("Layer", default=Any)
_S = TypeVarTuple("_S")
_AD = TypeVar("_AD", bound=Device)
_AT = TypeVar("_AT", bound=DType)

# Masks are boolean or of the input's float dtype.
_Mask = Tensor[Any, Any, *tuple[Any, ...]] | None
_Activation = str | Callable[[torch.Tensor], torch.Tensor]

class TransformerEncoderLayer(
    torch.nn.TransformerEncoderLayer, Module[D, T], Generic[DM, NH, BF, D, T]
):
    """`torch.nn.TransformerEncoderLayer` typed as `TransformerEncoderLayer[d_model, nhead,
    batch_first, Device, DType]`.

    Shape:
        src `(S, N, DM)` (`(N, S, DM)` with batch_first, `(S, DM)` unbatched) -> same shape;
        src_mask `(S, S)` or `(N * nhead, S, S)`; src_key_padding_mask `(N, S)`.
    """

    @overload
    def __init__(
        self: TransformerEncoderLayer[Any, Any, Any, CPU, Float32],
        d_model: int,
        nhead: int,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: _Activation = ...,
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: TransformerEncoderLayer[Any, Any, Any, KindD, Float32],
        d_model: int,
        nhead: int,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: _Activation = ...,
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: TransformerEncoderLayer[Any, Any, Any, CPU, KindT],
        d_model: int,
        nhead: int,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: _Activation = ...,
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: TransformerEncoderLayer[Any, Any, Any, KindD, KindT],
        d_model: int,
        nhead: int,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: _Activation = ...,
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: TransformerEncoderLayer[Any, Any, Any, Any, Any],
        d_model: int,
        nhead: int,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: _Activation = ...,
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(
        self,
        src: Tensor[D, T, *_S],
        src_mask: _Mask = None,
        src_key_padding_mask: _Mask = None,
        is_causal: bool = False,
    ) -> Tensor[D, T, *_S]: ...
    def forward(  # type: ignore[override]
        self,
        src: Tensor[D, T, *_S],
        src_mask: _Mask = None,
        src_key_padding_mask: _Mask = None,
        is_causal: bool = False,
    ) -> Tensor[D, T, *_S]: ...

class TransformerDecoderLayer(
    torch.nn.TransformerDecoderLayer, Module[D, T], Generic[DM, NH, BF, D, T]
):
    """`torch.nn.TransformerDecoderLayer` typed as `TransformerDecoderLayer[d_model, nhead,
    batch_first, Device, DType]`.

    Shape:
        tgt `(T, N, DM)`, memory `(S, N, DM)` -> tgt's shape; tgt_mask `(T, T)`, memory_mask
        `(T, S)` (or with a leading `N * nhead`); tgt_key_padding_mask `(N, T)`,
        memory_key_padding_mask `(N, S)`.
    """

    @overload
    def __init__(
        self: TransformerDecoderLayer[Any, Any, Any, CPU, Float32],
        d_model: int,
        nhead: int,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: _Activation = ...,
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: TransformerDecoderLayer[Any, Any, Any, KindD, Float32],
        d_model: int,
        nhead: int,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: _Activation = ...,
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: TransformerDecoderLayer[Any, Any, Any, CPU, KindT],
        d_model: int,
        nhead: int,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: _Activation = ...,
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: TransformerDecoderLayer[Any, Any, Any, KindD, KindT],
        d_model: int,
        nhead: int,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: _Activation = ...,
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: TransformerDecoderLayer[Any, Any, Any, Any, Any],
        d_model: int,
        nhead: int,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: _Activation = ...,
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(
        self,
        tgt: Tensor[D, T, *_S],
        memory: Tensor[D, T, *tuple[Any, ...]],
        tgt_mask: _Mask = None,
        memory_mask: _Mask = None,
        tgt_key_padding_mask: _Mask = None,
        memory_key_padding_mask: _Mask = None,
        tgt_is_causal: bool = False,
        memory_is_causal: bool = False,
    ) -> Tensor[D, T, *_S]: ...
    def forward(  # type: ignore[override]
        self,
        tgt: Tensor[D, T, *_S],
        memory: Tensor[D, T, *tuple[Any, ...]],
        tgt_mask: _Mask = None,
        memory_mask: _Mask = None,
        tgt_key_padding_mask: _Mask = None,
        memory_key_padding_mask: _Mask = None,
        tgt_is_causal: bool = False,
        memory_is_causal: bool = False,
    ) -> Tensor[D, T, *_S]: ...

class TransformerEncoder(torch.nn.TransformerEncoder, Module[Any, Any], Generic[Layer]):
    """`torch.nn.TransformerEncoder` typed as `TransformerEncoder[<its layer's type>]`.

    Shape:
        as its layer's: src `(S, N, DM)` -> same shape; mask `(S, S)`.
    """

    def __init__(
        self,
        encoder_layer: Layer,
        num_layers: int,
        norm: torch.nn.Module | None = None,
        enable_nested_tensor: bool = True,
        mask_check: bool = True,
    ) -> None: ...
    def __call__(
        self,
        src: Tensor[_AD, _AT, *_S],
        mask: _Mask = None,
        src_key_padding_mask: _Mask = None,
        is_causal: bool | None = None,
    ) -> Tensor[_AD, _AT, *_S]: ...
    def forward(  # type: ignore[override]
        self,
        src: Tensor[_AD, _AT, *_S],
        mask: _Mask = None,
        src_key_padding_mask: _Mask = None,
        is_causal: bool | None = None,
    ) -> Tensor[_AD, _AT, *_S]: ...

class TransformerDecoder(torch.nn.TransformerDecoder, Module[Any, Any], Generic[Layer]):
    """`torch.nn.TransformerDecoder` typed as `TransformerDecoder[<its layer's type>]`.

    Shape:
        as its layer's: tgt `(T, N, DM)`, memory `(S, N, DM)` -> tgt's shape.
    """

    def __init__(
        self, decoder_layer: Layer, num_layers: int, norm: torch.nn.Module | None = None
    ) -> None: ...
    def __call__(
        self,
        tgt: Tensor[_AD, _AT, *_S],
        memory: Tensor[_AD, _AT, *tuple[Any, ...]],
        tgt_mask: _Mask = None,
        memory_mask: _Mask = None,
        tgt_key_padding_mask: _Mask = None,
        memory_key_padding_mask: _Mask = None,
        tgt_is_causal: bool | None = None,
        memory_is_causal: bool = False,
    ) -> Tensor[_AD, _AT, *_S]: ...
    def forward(  # type: ignore[override]
        self,
        tgt: Tensor[_AD, _AT, *_S],
        memory: Tensor[_AD, _AT, *tuple[Any, ...]],
        tgt_mask: _Mask = None,
        memory_mask: _Mask = None,
        tgt_key_padding_mask: _Mask = None,
        memory_key_padding_mask: _Mask = None,
        tgt_is_causal: bool | None = None,
        memory_is_causal: bool = False,
    ) -> Tensor[_AD, _AT, *_S]: ...

class Transformer(torch.nn.Transformer, Module[D, T], Generic[DM, NH, BF, D, T]):
    """`torch.nn.Transformer` typed as `Transformer[d_model, nhead, batch_first, Device, DType]`.

    Shape:
        src `(S, N, DM)`, tgt `(T, N, DM)` -> tgt's shape; src_mask `(S, S)`, tgt_mask `(T, T)`,
        memory_mask `(T, S)`; `*_key_padding_mask` `(N, S)` / `(N, T)` / `(N, S)`.
    """

    @overload
    def __init__(
        self: Transformer[Any, Any, Any, CPU, Float32],
        d_model: int = 512,
        nhead: int = 8,
        num_encoder_layers: int = 6,
        num_decoder_layers: int = 6,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: _Activation = ...,
        custom_encoder: Any | None = None,
        custom_decoder: Any | None = None,
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: Transformer[Any, Any, Any, KindD, Float32],
        d_model: int = 512,
        nhead: int = 8,
        num_encoder_layers: int = 6,
        num_decoder_layers: int = 6,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: _Activation = ...,
        custom_encoder: Any | None = None,
        custom_decoder: Any | None = None,
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: Transformer[Any, Any, Any, CPU, KindT],
        d_model: int = 512,
        nhead: int = 8,
        num_encoder_layers: int = 6,
        num_decoder_layers: int = 6,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: _Activation = ...,
        custom_encoder: Any | None = None,
        custom_decoder: Any | None = None,
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: Transformer[Any, Any, Any, KindD, KindT],
        d_model: int = 512,
        nhead: int = 8,
        num_encoder_layers: int = 6,
        num_decoder_layers: int = 6,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: _Activation = ...,
        custom_encoder: Any | None = None,
        custom_decoder: Any | None = None,
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: Transformer[Any, Any, Any, Any, Any],
        d_model: int = 512,
        nhead: int = 8,
        num_encoder_layers: int = 6,
        num_decoder_layers: int = 6,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: _Activation = ...,
        custom_encoder: Any | None = None,
        custom_decoder: Any | None = None,
        layer_norm_eps: float = 1e-5,
        batch_first: bool = False,
        norm_first: bool = False,
        bias: bool = True,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(
        self,
        src: Tensor[D, T, *tuple[Any, ...]],
        tgt: Tensor[D, T, *_S],
        src_mask: _Mask = None,
        tgt_mask: _Mask = None,
        memory_mask: _Mask = None,
        src_key_padding_mask: _Mask = None,
        tgt_key_padding_mask: _Mask = None,
        memory_key_padding_mask: _Mask = None,
        src_is_causal: bool | None = None,
        tgt_is_causal: bool | None = None,
        memory_is_causal: bool = False,
    ) -> Tensor[D, T, *_S]: ...
    def forward(  # type: ignore[override]
        self,
        src: Tensor[D, T, *tuple[Any, ...]],
        tgt: Tensor[D, T, *_S],
        src_mask: _Mask = None,
        tgt_mask: _Mask = None,
        memory_mask: _Mask = None,
        src_key_padding_mask: _Mask = None,
        tgt_key_padding_mask: _Mask = None,
        memory_key_padding_mask: _Mask = None,
        src_is_causal: bool | None = None,
        tgt_is_causal: bool | None = None,
        memory_is_causal: bool = False,
    ) -> Tensor[D, T, *_S]: ...
    @overload
    @staticmethod
    def generate_square_subsequent_mask(
        sz: int, device: None = None, dtype: None = None
    ) -> Tensor[CPU, Float32, Any, Any]: ...
    @overload
    @staticmethod
    def generate_square_subsequent_mask(
        sz: int, device: DeviceLike = None, dtype: torch.dtype | None = None
    ) -> Tensor[Any, Any, Any, Any]: ...

@overload
def generate_square_subsequent_mask(
    sz: int, device: None = None, dtype: None = None
) -> Tensor[CPU, Float32, Any, Any]: ...
@overload
def generate_square_subsequent_mask(
    sz: int, device: DeviceLike = None, dtype: torch.dtype | None = None
) -> Tensor[Any, Any, Any, Any]: ...
