"""typedtorch: statically shape-typed tensors for PyTorch.

`Tensor[Device, DType, *Shape]` carries a tensor's device, dtype and shape in its type; the mypy
plugin (`plugins = typedtorch_mypy`) computes every op's output shape at check time, and
`typechecked` checks the same annotations at runtime. Typed tensors are plain `torch.Tensor`s.

This module only re-exports; it must stay light, because the mypy plugin imports it.
"""

from . import _devices as _devices
from . import _dims as _dims
from . import _dtypes as _dtypes
from . import _shapes as _shapes
from . import _tensor as _tensor
from ._devices import CPU as CPU
from ._devices import CUDA as CUDA
from ._devices import MPS as MPS
from ._devices import Device as Device
from ._devices import Meta as Meta
from ._devices import cpu as cpu
from ._devices import cuda as cuda
from ._devices import device_kind as device_kind
from ._devices import meta as meta
from ._devices import mps as mps
from ._dims import Add as Add
from ._dims import CeilDiv as CeilDiv
from ._dims import FloorDiv as FloorDiv
from ._dims import Mod as Mod
from ._dims import Mul as Mul
from ._dims import Sub as Sub
from ._dtypes import BFloat16 as BFloat16
from ._dtypes import Bool as Bool
from ._dtypes import BoolDType as BoolDType
from ._dtypes import Complex64 as Complex64
from ._dtypes import Complex128 as Complex128
from ._dtypes import ComplexFloating as ComplexFloating
from ._dtypes import DType as DType
from ._dtypes import Float16 as Float16
from ._dtypes import Float32 as Float32
from ._dtypes import Float64 as Float64
from ._dtypes import Floating as Floating
from ._dtypes import Int8 as Int8
from ._dtypes import Int16 as Int16
from ._dtypes import Int32 as Int32
from ._dtypes import Int64 as Int64
from ._dtypes import Integer as Integer
from ._dtypes import UInt8 as UInt8
from ._dtypes import bfloat16 as bfloat16
from ._dtypes import bool as bool
from ._dtypes import cdouble as cdouble
from ._dtypes import cfloat as cfloat
from ._dtypes import complex64 as complex64
from ._dtypes import complex128 as complex128
from ._dtypes import double as double
from ._dtypes import dtype_kind as dtype_kind
from ._dtypes import float as float
from ._dtypes import float16 as float16
from ._dtypes import float32 as float32
from ._dtypes import float64 as float64
from ._dtypes import half as half
from ._dtypes import int as int
from ._dtypes import int8 as int8
from ._dtypes import int16 as int16
from ._dtypes import int32 as int32
from ._dtypes import int64 as int64
from ._dtypes import long as long
from ._dtypes import short as short
from ._dtypes import uint8 as uint8
from ._tensor import Tensor as Tensor
from ._tensor import ValuesIndices as ValuesIndices

__version__ = "0.1.0"
