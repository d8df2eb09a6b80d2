"""`typedtorch.nn`: `import typedtorch.nn as tnn` (see README.md in this folder).

The layers are torch's own classes (`tnn.Linear is torch.nn.Linear`): the static view in
`stubs/torch-stubs` types them by the configuration that decides their shapes. typedtorch adds
runtime checks of typed layers (`runtime_checks`), checked loading of weights (`load_checked`)
and typed functional calls (`parameters_of`, `functional_call`).
"""

from torch.nn import ELU as ELU
from torch.nn import GELU as GELU
from torch.nn import GRU as GRU
from torch.nn import LSTM as LSTM
from torch.nn import RNN as RNN
from torch.nn import AdaptiveAvgPool1d as AdaptiveAvgPool1d
from torch.nn import AdaptiveAvgPool2d as AdaptiveAvgPool2d
from torch.nn import AdaptiveAvgPool3d as AdaptiveAvgPool3d
from torch.nn import AdaptiveMaxPool1d as AdaptiveMaxPool1d
from torch.nn import AdaptiveMaxPool2d as AdaptiveMaxPool2d
from torch.nn import AdaptiveMaxPool3d as AdaptiveMaxPool3d
from torch.nn import AlphaDropout as AlphaDropout
from torch.nn import AvgPool1d as AvgPool1d
from torch.nn import AvgPool2d as AvgPool2d
from torch.nn import AvgPool3d as AvgPool3d
from torch.nn import BatchNorm1d as BatchNorm1d
from torch.nn import BatchNorm2d as BatchNorm2d
from torch.nn import BatchNorm3d as BatchNorm3d
from torch.nn import BCELoss as BCELoss
from torch.nn import BCEWithLogitsLoss as BCEWithLogitsLoss
from torch.nn import Bilinear as Bilinear
from torch.nn import Buffer as Buffer
from torch.nn import Conv1d as Conv1d
from torch.nn import Conv2d as Conv2d
from torch.nn import Conv3d as Conv3d
from torch.nn import ConvTranspose1d as ConvTranspose1d
from torch.nn import ConvTranspose2d as ConvTranspose2d
from torch.nn import ConvTranspose3d as ConvTranspose3d
from torch.nn import CrossEntropyLoss as CrossEntropyLoss
from torch.nn import Dropout as Dropout
from torch.nn import Dropout1d as Dropout1d
from torch.nn import Dropout2d as Dropout2d
from torch.nn import Dropout3d as Dropout3d
from torch.nn import Embedding as Embedding
from torch.nn import Flatten as Flatten
from torch.nn import GroupNorm as GroupNorm
from torch.nn import GRUCell as GRUCell
from torch.nn import Identity as Identity
from torch.nn import L1Loss as L1Loss
from torch.nn import LayerNorm as LayerNorm
from torch.nn import LeakyReLU as LeakyReLU
from torch.nn import Linear as Linear
from torch.nn import LogSoftmax as LogSoftmax
from torch.nn import LSTMCell as LSTMCell
from torch.nn import MaxPool1d as MaxPool1d
from torch.nn import MaxPool2d as MaxPool2d
from torch.nn import MaxPool3d as MaxPool3d
from torch.nn import Module as Module
from torch.nn import ModuleDict as ModuleDict
from torch.nn import ModuleList as ModuleList
from torch.nn import MSELoss as MSELoss
from torch.nn import MultiheadAttention as MultiheadAttention
from torch.nn import NLLLoss as NLLLoss
from torch.nn import Parameter as Parameter
from torch.nn import PReLU as PReLU
from torch.nn import ReLU as ReLU
from torch.nn import RNNCell as RNNCell
from torch.nn import Sequential as Sequential
from torch.nn import Sigmoid as Sigmoid
from torch.nn import SiLU as SiLU
from torch.nn import Softmax as Softmax
from torch.nn import Tanh as Tanh
from torch.nn import Transformer as Transformer
from torch.nn import TransformerDecoder as TransformerDecoder
from torch.nn import TransformerDecoderLayer as TransformerDecoderLayer
from torch.nn import TransformerEncoder as TransformerEncoder
from torch.nn import TransformerEncoderLayer as TransformerEncoderLayer
from torch.nn import Unflatten as Unflatten
from torch.nn import Upsample as Upsample
from torch.nn import functional as functional
from torch.nn import init as init
from torch.nn import parameter as parameter
from torch.nn import utils as utils

from ._parameterized import functional_call as functional_call
from ._parameterized import parameters_of as parameters_of
from ._runtime_checks import disable_runtime_checks as disable_runtime_checks
from ._runtime_checks import enable_runtime_checks as enable_runtime_checks
from ._runtime_checks import runtime_checks as runtime_checks
from ._runtime_checks import runtime_checks_enabled as runtime_checks_enabled
from ._transformer import generate_square_subsequent_mask as generate_square_subsequent_mask
from ._weights import StateDictError as StateDictError
from ._weights import load_checked as load_checked


def __getattr__(name: str) -> object:
    """Every other public name of `torch.nn`, as torch has it (`tnn.RMSNorm is nn.RMSNorm`,
    `tnn.init is nn.init`): `typedtorch.nn` mirrors torch's names."""
    import torch.nn

    if not name.startswith("_") and hasattr(torch.nn, name):
        return getattr(torch.nn, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    import torch.nn

    return sorted(set(globals()) | {n for n in dir(torch.nn) if not n.startswith("_")})
