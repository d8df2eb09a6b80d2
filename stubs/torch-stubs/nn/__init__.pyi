# Static view of `torch.nn`: torch's layers, typed by their configuration where typedtorch has
# a shape rule (`nn.Linear(784, 10)` is `Linear[L[784], L[10], CPU, Float32]`); every other
# name is `Any`.
from typing import Any

from torch.nn import functional as functional
from torch.nn import init as init
from torch.nn import modules as modules
from torch.nn import parameter as parameter
from torch.nn import utils as utils
from torch.nn.modules import (
    ELU as ELU,
)
from torch.nn.modules import (
    GELU as GELU,
)
from torch.nn.modules import (
    GRU as GRU,
)
from torch.nn.modules import (
    LSTM as LSTM,
)
from torch.nn.modules import (
    RNN as RNN,
)
from torch.nn.modules import (
    AdaptiveAvgPool1d as AdaptiveAvgPool1d,
)
from torch.nn.modules import (
    AdaptiveAvgPool2d as AdaptiveAvgPool2d,
)
from torch.nn.modules import (
    AdaptiveAvgPool3d as AdaptiveAvgPool3d,
)
from torch.nn.modules import (
    AdaptiveMaxPool1d as AdaptiveMaxPool1d,
)
from torch.nn.modules import (
    AdaptiveMaxPool2d as AdaptiveMaxPool2d,
)
from torch.nn.modules import (
    AdaptiveMaxPool3d as AdaptiveMaxPool3d,
)
from torch.nn.modules import (
    AlphaDropout as AlphaDropout,
)
from torch.nn.modules import (
    AvgPool1d as AvgPool1d,
)
from torch.nn.modules import (
    AvgPool2d as AvgPool2d,
)
from torch.nn.modules import (
    AvgPool3d as AvgPool3d,
)
from torch.nn.modules import (
    BatchNorm1d as BatchNorm1d,
)
from torch.nn.modules import (
    BatchNorm2d as BatchNorm2d,
)
from torch.nn.modules import (
    BatchNorm3d as BatchNorm3d,
)
from torch.nn.modules import (
    BCELoss as BCELoss,
)
from torch.nn.modules import (
    BCEWithLogitsLoss as BCEWithLogitsLoss,
)
from torch.nn.modules import (
    Bilinear as Bilinear,
)
from torch.nn.modules import (
    Conv1d as Conv1d,
)
from torch.nn.modules import (
    Conv2d as Conv2d,
)
from torch.nn.modules import (
    Conv3d as Conv3d,
)
from torch.nn.modules import (
    ConvTranspose1d as ConvTranspose1d,
)
from torch.nn.modules import (
    ConvTranspose2d as ConvTranspose2d,
)
from torch.nn.modules import (
    ConvTranspose3d as ConvTranspose3d,
)
from torch.nn.modules import (
    CrossEntropyLoss as CrossEntropyLoss,
)
from torch.nn.modules import (
    Dropout as Dropout,
)
from torch.nn.modules import (
    Dropout1d as Dropout1d,
)
from torch.nn.modules import (
    Dropout2d as Dropout2d,
)
from torch.nn.modules import (
    Dropout3d as Dropout3d,
)
from torch.nn.modules import (
    Embedding as Embedding,
)
from torch.nn.modules import (
    Flatten as Flatten,
)
from torch.nn.modules import (
    GroupNorm as GroupNorm,
)
from torch.nn.modules import (
    GRUCell as GRUCell,
)
from torch.nn.modules import (
    Identity as Identity,
)
from torch.nn.modules import (
    L1Loss as L1Loss,
)
from torch.nn.modules import (
    LayerNorm as LayerNorm,
)
from torch.nn.modules import (
    LeakyReLU as LeakyReLU,
)
from torch.nn.modules import (
    Linear as Linear,
)
from torch.nn.modules import (
    LogSoftmax as LogSoftmax,
)
from torch.nn.modules import (
    LSTMCell as LSTMCell,
)
from torch.nn.modules import (
    MaxPool1d as MaxPool1d,
)
from torch.nn.modules import (
    MaxPool2d as MaxPool2d,
)
from torch.nn.modules import (
    MaxPool3d as MaxPool3d,
)
from torch.nn.modules import (
    Module as Module,
)
from torch.nn.modules import (
    ModuleDict as ModuleDict,
)
from torch.nn.modules import (
    ModuleList as ModuleList,
)
from torch.nn.modules import (
    MSELoss as MSELoss,
)
from torch.nn.modules import (
    MultiheadAttention as MultiheadAttention,
)
from torch.nn.modules import (
    NLLLoss as NLLLoss,
)
from torch.nn.modules import (
    PReLU as PReLU,
)
from torch.nn.modules import (
    ReLU as ReLU,
)
from torch.nn.modules import (
    RNNCell as RNNCell,
)
from torch.nn.modules import (
    Sequential as Sequential,
)
from torch.nn.modules import (
    Sigmoid as Sigmoid,
)
from torch.nn.modules import (
    SiLU as SiLU,
)
from torch.nn.modules import (
    Softmax as Softmax,
)
from torch.nn.modules import (
    Tanh as Tanh,
)
from torch.nn.modules import (
    Transformer as Transformer,
)
from torch.nn.modules import (
    TransformerDecoder as TransformerDecoder,
)
from torch.nn.modules import (
    TransformerDecoderLayer as TransformerDecoderLayer,
)
from torch.nn.modules import (
    TransformerEncoder as TransformerEncoder,
)
from torch.nn.modules import (
    TransformerEncoderLayer as TransformerEncoderLayer,
)
from torch.nn.modules import (
    Unflatten as Unflatten,
)
from torch.nn.modules import (
    Upsample as Upsample,
)
from torch.nn.parameter import Buffer as Buffer
from torch.nn.parameter import Parameter as Parameter

def __getattr__(name: str) -> Any: ...
