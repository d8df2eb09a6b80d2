# Static view of `typedtorch.nn`: torch's own layers (`tnn.Linear` is `torch.nn.Linear`), typed
# by `stubs/torch-stubs`, and typedtorch's runtime checks and checked loading. Self-contained: the
# checker reads no runtime module from here.
from collections.abc import Mapping
from contextlib import AbstractContextManager
from os import PathLike
from typing import IO, Any, TypeVar, overload

import torch
from torch._tensor import Tensor

# Every other public name of torch.nn, as torch's stubs type it (`tnn.RMSNorm`, `tnn.init`).
from torch.nn import *  # noqa: F403
from torch.nn import (
    ELU as ELU,
)
from torch.nn import (
    GELU as GELU,
)
from torch.nn import (
    GRU as GRU,
)
from torch.nn import (
    LSTM as LSTM,
)
from torch.nn import (
    RNN as RNN,
)
from torch.nn import (
    AdaptiveAvgPool1d as AdaptiveAvgPool1d,
)
from torch.nn import (
    AdaptiveAvgPool2d as AdaptiveAvgPool2d,
)
from torch.nn import (
    AdaptiveAvgPool3d as AdaptiveAvgPool3d,
)
from torch.nn import (
    AdaptiveMaxPool1d as AdaptiveMaxPool1d,
)
from torch.nn import (
    AdaptiveMaxPool2d as AdaptiveMaxPool2d,
)
from torch.nn import (
    AdaptiveMaxPool3d as AdaptiveMaxPool3d,
)
from torch.nn import (
    AlphaDropout as AlphaDropout,
)
from torch.nn import (
    AvgPool1d as AvgPool1d,
)
from torch.nn import (
    AvgPool2d as AvgPool2d,
)
from torch.nn import (
    AvgPool3d as AvgPool3d,
)
from torch.nn import (
    BatchNorm1d as BatchNorm1d,
)
from torch.nn import (
    BatchNorm2d as BatchNorm2d,
)
from torch.nn import (
    BatchNorm3d as BatchNorm3d,
)
from torch.nn import (
    BCELoss as BCELoss,
)
from torch.nn import (
    BCEWithLogitsLoss as BCEWithLogitsLoss,
)
from torch.nn import (
    Bilinear as Bilinear,
)
from torch.nn import (
    Buffer as Buffer,
)
from torch.nn import (
    Conv1d as Conv1d,
)
from torch.nn import (
    Conv2d as Conv2d,
)
from torch.nn import (
    Conv3d as Conv3d,
)
from torch.nn import (
    ConvTranspose1d as ConvTranspose1d,
)
from torch.nn import (
    ConvTranspose2d as ConvTranspose2d,
)
from torch.nn import (
    ConvTranspose3d as ConvTranspose3d,
)
from torch.nn import (
    CrossEntropyLoss as CrossEntropyLoss,
)
from torch.nn import (
    Dropout as Dropout,
)
from torch.nn import (
    Dropout1d as Dropout1d,
)
from torch.nn import (
    Dropout2d as Dropout2d,
)
from torch.nn import (
    Dropout3d as Dropout3d,
)
from torch.nn import (
    Embedding as Embedding,
)
from torch.nn import (
    Flatten as Flatten,
)
from torch.nn import (
    GroupNorm as GroupNorm,
)
from torch.nn import (
    GRUCell as GRUCell,
)
from torch.nn import (
    Identity as Identity,
)
from torch.nn import (
    L1Loss as L1Loss,
)
from torch.nn import (
    LayerNorm as LayerNorm,
)
from torch.nn import (
    LeakyReLU as LeakyReLU,
)
from torch.nn import (
    Linear as Linear,
)
from torch.nn import (
    LogSoftmax as LogSoftmax,
)
from torch.nn import (
    LSTMCell as LSTMCell,
)
from torch.nn import (
    MaxPool1d as MaxPool1d,
)
from torch.nn import (
    MaxPool2d as MaxPool2d,
)
from torch.nn import (
    MaxPool3d as MaxPool3d,
)
from torch.nn import (
    Module as Module,
)
from torch.nn import (
    ModuleDict as ModuleDict,
)
from torch.nn import (
    ModuleList as ModuleList,
)
from torch.nn import (
    MSELoss as MSELoss,
)
from torch.nn import (
    MultiheadAttention as MultiheadAttention,
)
from torch.nn import (
    NLLLoss as NLLLoss,
)
from torch.nn import (
    Parameter as Parameter,
)
from torch.nn import (
    PReLU as PReLU,
)
from torch.nn import (
    ReLU as ReLU,
)
from torch.nn import (
    RNNCell as RNNCell,
)
from torch.nn import (
    Sequential as Sequential,
)
from torch.nn import (
    Sigmoid as Sigmoid,
)
from torch.nn import (
    SiLU as SiLU,
)
from torch.nn import (
    Softmax as Softmax,
)
from torch.nn import (
    Tanh as Tanh,
)
from torch.nn import (
    Transformer as Transformer,
)
from torch.nn import (
    TransformerDecoder as TransformerDecoder,
)
from torch.nn import (
    TransformerDecoderLayer as TransformerDecoderLayer,
)
from torch.nn import (
    TransformerEncoder as TransformerEncoder,
)
from torch.nn import (
    TransformerEncoderLayer as TransformerEncoderLayer,
)
from torch.nn import (
    Unflatten as Unflatten,
)
from torch.nn import (
    Upsample as Upsample,
)
from torch.nn import functional as functional
from torch.nn import init as init
from torch.nn import parameter as parameter
from torch.nn import utils as utils

from typedtorch._devices import CPU, Device
from typedtorch._dtypes import DType, Float32

_D = TypeVar("_D", bound=Device)
_T = TypeVar("_T", bound=DType)
_M = TypeVar("_M", bound=torch.nn.Module)

@overload
def generate_square_subsequent_mask(
    sz: int, device: None = None, dtype: None = None
) -> Tensor[CPU, Float32, Any, Any]:
    """A causal mask `(sz, sz)`: `-inf` above the diagonal, 0 elsewhere (the mypy plugin types it
    `Tensor[..., sz, sz]`), as `torch.nn.Transformer.generate_square_subsequent_mask`."""

@overload
def generate_square_subsequent_mask(
    sz: int, device: torch.device | str | int | None = None, dtype: torch.dtype | None = None
) -> Tensor[Any, Any, Any, Any]: ...
def runtime_checks() -> AbstractContextManager[None]:
    """Within the block, every typed layer's inputs and outputs are checked at runtime."""

def enable_runtime_checks() -> None: ...
def disable_runtime_checks() -> None: ...
def runtime_checks_enabled() -> bool: ...

class StateDictError(ValueError):
    """A state_dict that does not fit the model: names every missing, unexpected, mis-shaped key."""

def load_checked(
    model: _M,
    source: Mapping[str, Any] | str | PathLike[str] | IO[bytes],
    *,
    strict: bool = True,
    strict_dtype: bool = False,
) -> _M:
    """Loads `source` into `model` after checking every tensor; the model is unchanged on error."""

@overload
def parameters_of(model: Module[_D, _T]) -> dict[str, Tensor[_D, _T, *tuple[Any, ...]]]: ...
@overload
def parameters_of(model: torch.nn.Module) -> dict[str, torch.Tensor]: ...
def functional_call(
    module: torch.nn.Module,
    parameter_and_buffer_dicts: Mapping[str, torch.Tensor] | tuple[Mapping[str, torch.Tensor], ...],
    args: Any = None,
    kwargs: dict[str, Any] | None = None,
    *,
    tie_weights: bool = True,
    strict: bool = False,
) -> Any: ...

# Names torch's stubs leave gradual (`Any`) are gradual here too.
def __getattr__(name: str) -> Any: ...
