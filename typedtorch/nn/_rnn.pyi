# Static view of the recurrent layers. Type parameters record the configuration that decides
# shapes: `LSTM[input_size, hidden_size, num_layers, bidirectional, batch_first, proj_size, D, T]`.
# Without the plugin the sizes are `Any` and forward results have unknown dims (sound); the plugin
# (`mypy_plugin/_nn_rnn.py`) fills the sizes from literal constructor arguments and computes
# `output`, `h_n`, `c_n` with the rules in `typedtorch._shapes._rnn`.
from typing import Any, Generic, overload

import torch
from typing_extensions import TypeVar

from .._devices import CPU
from .._dtypes import Float32
from .._tensor import Tensor
from ._module import D, DeviceLike, KindD, KindT, Module, T

In = TypeVar("In", bound=int, default=Any)
H = TypeVar("H", bound=int, default=Any)
NL = TypeVar("NL", bound=int, default=Any)
Bi = TypeVar("Bi", bound=bool, default=Any)
BF = TypeVar("BF", bound=bool, default=Any)
P = TypeVar("P", bound=int, default=Any)

class RNN(torch.nn.RNN, Module[D, T], Generic[In, H, NL, Bi, BF, D, T]):
    """`torch.nn.RNN` typed as `RNN[input_size, hidden_size, num_layers, bidirectional, batch_first, Device, DType]`.

    Shape:
        input `(L, N, In)` (`(N, L, In)` with batch_first, `(L, In)` unbatched) -> output
        `(L, N, D * H_out)`; h_0/h_n `(D * num_layers, N, H_out)` EVEN WITH batch_first; `H_out` = H.
        `D` = 2 if bidirectional else 1.
    """

    @overload
    def __init__(
        self: RNN[Any, Any, Any, Any, Any, CPU, Float32],
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        nonlinearity: str = "tanh",
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: RNN[Any, Any, Any, Any, Any, KindD, Float32],
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        nonlinearity: str = "tanh",
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: RNN[Any, Any, Any, Any, Any, CPU, KindT],
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        nonlinearity: str = "tanh",
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: RNN[Any, Any, Any, Any, Any, KindD, KindT],
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        nonlinearity: str = "tanh",
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: RNN[Any, Any, Any, Any, Any, Any, Any],
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        nonlinearity: str = "tanh",
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(
        self,
        input: Tensor[D, T, *tuple[Any, ...]],
        hx: Tensor[D, T, *tuple[Any, ...]] | None = None,
    ) -> tuple[Tensor[D, T, *tuple[Any, ...]], Tensor[D, T, *tuple[Any, ...]]]: ...
    def forward(  # type: ignore[override]
        self,
        input: Tensor[D, T, *tuple[Any, ...]],
        hx: Tensor[D, T, *tuple[Any, ...]] | None = None,
    ) -> tuple[Tensor[D, T, *tuple[Any, ...]], Tensor[D, T, *tuple[Any, ...]]]: ...

class LSTM(torch.nn.LSTM, Module[D, T], Generic[In, H, NL, Bi, BF, P, D, T]):
    """`torch.nn.LSTM` typed as `LSTM[input_size, hidden_size, num_layers, bidirectional, batch_first, proj_size, Device, DType]`.

    Shape:
        input `(L, N, In)` (`(N, L, In)` with batch_first, `(L, In)` unbatched) -> output
        `(L, N, D * H_out)`; h_0/h_n `(D * num_layers, N, H_out)` EVEN WITH batch_first;
        c_0/c_n `(D * num_layers, N, H)`; `H_out` is proj_size if > 0 else H.
        `D` = 2 if bidirectional else 1.
    """

    @overload
    def __init__(
        self: LSTM[Any, Any, Any, Any, Any, Any, CPU, Float32],
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        proj_size: int = 0,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: LSTM[Any, Any, Any, Any, Any, Any, KindD, Float32],
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        proj_size: int = 0,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: LSTM[Any, Any, Any, Any, Any, Any, CPU, KindT],
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        proj_size: int = 0,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: LSTM[Any, Any, Any, Any, Any, Any, KindD, KindT],
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        proj_size: int = 0,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: LSTM[Any, Any, Any, Any, Any, Any, Any, Any],
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        proj_size: int = 0,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(
        self,
        input: Tensor[D, T, *tuple[Any, ...]],
        hx: tuple[Tensor[D, T, *tuple[Any, ...]], Tensor[D, T, *tuple[Any, ...]]] | None = None,
    ) -> tuple[
        Tensor[D, T, *tuple[Any, ...]],
        tuple[Tensor[D, T, *tuple[Any, ...]], Tensor[D, T, *tuple[Any, ...]]],
    ]: ...
    def forward(  # type: ignore[override]
        self,
        input: Tensor[D, T, *tuple[Any, ...]],
        hx: tuple[Tensor[D, T, *tuple[Any, ...]], Tensor[D, T, *tuple[Any, ...]]] | None = None,
    ) -> tuple[
        Tensor[D, T, *tuple[Any, ...]],
        tuple[Tensor[D, T, *tuple[Any, ...]], Tensor[D, T, *tuple[Any, ...]]],
    ]: ...

class GRU(torch.nn.GRU, Module[D, T], Generic[In, H, NL, Bi, BF, D, T]):
    """`torch.nn.GRU` typed as `GRU[input_size, hidden_size, num_layers, bidirectional, batch_first, Device, DType]`.

    Shape:
        input `(L, N, In)` (`(N, L, In)` with batch_first, `(L, In)` unbatched) -> output
        `(L, N, D * H_out)`; h_0/h_n `(D * num_layers, N, H_out)` EVEN WITH batch_first; `H_out` = H.
        `D` = 2 if bidirectional else 1.
    """

    @overload
    def __init__(
        self: GRU[Any, Any, Any, Any, Any, CPU, Float32],
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: GRU[Any, Any, Any, Any, Any, KindD, Float32],
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: GRU[Any, Any, Any, Any, Any, CPU, KindT],
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: GRU[Any, Any, Any, Any, Any, KindD, KindT],
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: GRU[Any, Any, Any, Any, Any, Any, Any],
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(
        self,
        input: Tensor[D, T, *tuple[Any, ...]],
        hx: Tensor[D, T, *tuple[Any, ...]] | None = None,
    ) -> tuple[Tensor[D, T, *tuple[Any, ...]], Tensor[D, T, *tuple[Any, ...]]]: ...
    def forward(  # type: ignore[override]
        self,
        input: Tensor[D, T, *tuple[Any, ...]],
        hx: Tensor[D, T, *tuple[Any, ...]] | None = None,
    ) -> tuple[Tensor[D, T, *tuple[Any, ...]], Tensor[D, T, *tuple[Any, ...]]]: ...

class RNNCell(torch.nn.RNNCell, Module[D, T], Generic[In, H, D, T]):
    """`torch.nn.RNNCell` typed as `RNNCell[input_size, hidden_size, Device, DType]`.

    Shape:
        input `(N, In)` or `(In)`; hx `(N, H)` or `(H)` -> h' `(N, H)` or `(H)`.
    """

    @overload
    def __init__(
        self: RNNCell[Any, Any, CPU, Float32],
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        nonlinearity: str = "tanh",
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: RNNCell[Any, Any, KindD, Float32],
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        nonlinearity: str = "tanh",
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: RNNCell[Any, Any, CPU, KindT],
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        nonlinearity: str = "tanh",
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: RNNCell[Any, Any, KindD, KindT],
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        nonlinearity: str = "tanh",
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: RNNCell[Any, Any, Any, Any],
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        nonlinearity: str = "tanh",
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(
        self,
        input: Tensor[D, T, *tuple[Any, ...]],
        hx: Tensor[D, T, *tuple[Any, ...]] | None = None,
    ) -> Tensor[D, T, *tuple[Any, ...]]: ...
    def forward(  # type: ignore[override]
        self,
        input: Tensor[D, T, *tuple[Any, ...]],
        hx: Tensor[D, T, *tuple[Any, ...]] | None = None,
    ) -> Tensor[D, T, *tuple[Any, ...]]: ...

class LSTMCell(torch.nn.LSTMCell, Module[D, T], Generic[In, H, D, T]):
    """`torch.nn.LSTMCell` typed as `LSTMCell[input_size, hidden_size, Device, DType]`.

    Shape:
        input `(N, In)` or `(In)`; hx, cx `(N, H)` or `(H)` -> (h', c') `(N, H)` or `(H)`.
    """

    @overload
    def __init__(
        self: LSTMCell[Any, Any, CPU, Float32],
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: LSTMCell[Any, Any, KindD, Float32],
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: LSTMCell[Any, Any, CPU, KindT],
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: LSTMCell[Any, Any, KindD, KindT],
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: LSTMCell[Any, Any, Any, Any],
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(
        self,
        input: Tensor[D, T, *tuple[Any, ...]],
        hx: tuple[Tensor[D, T, *tuple[Any, ...]], Tensor[D, T, *tuple[Any, ...]]] | None = None,
    ) -> tuple[Tensor[D, T, *tuple[Any, ...]], Tensor[D, T, *tuple[Any, ...]]]: ...
    def forward(  # type: ignore[override]
        self,
        input: Tensor[D, T, *tuple[Any, ...]],
        hx: tuple[Tensor[D, T, *tuple[Any, ...]], Tensor[D, T, *tuple[Any, ...]]] | None = None,
    ) -> tuple[Tensor[D, T, *tuple[Any, ...]], Tensor[D, T, *tuple[Any, ...]]]: ...

class GRUCell(torch.nn.GRUCell, Module[D, T], Generic[In, H, D, T]):
    """`torch.nn.GRUCell` typed as `GRUCell[input_size, hidden_size, Device, DType]`.

    Shape:
        input `(N, In)` or `(In)`; hx `(N, H)` or `(H)` -> h' `(N, H)` or `(H)`.
    """

    @overload
    def __init__(
        self: GRUCell[Any, Any, CPU, Float32],
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: GRUCell[Any, Any, KindD, Float32],
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: GRUCell[Any, Any, CPU, KindT],
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: GRUCell[Any, Any, KindD, KindT],
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: GRUCell[Any, Any, Any, Any],
        input_size: int,
        hidden_size: int,
        bias: bool = True,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(
        self,
        input: Tensor[D, T, *tuple[Any, ...]],
        hx: Tensor[D, T, *tuple[Any, ...]] | None = None,
    ) -> Tensor[D, T, *tuple[Any, ...]]: ...
    def forward(  # type: ignore[override]
        self,
        input: Tensor[D, T, *tuple[Any, ...]],
        hx: Tensor[D, T, *tuple[Any, ...]] | None = None,
    ) -> Tensor[D, T, *tuple[Any, ...]]: ...
