"""Device and dtype kinds as the plugin sees them: mypy types <-> torch names.

A concrete kind (`Float32`, `CPU`) has a name; an abstract one (`Floating`, `Device`), a TypeVar
or `Any` has none, and no check is made against it.
"""

from __future__ import annotations

from typing import Final

from mypy.types import Instance, Type, get_proper_type

from typedtorch._shapes import DeviceMismatch
from typedtorch._shapes._dtypes import require_same_dtype

from ._codec import Codec

_DTYPE_PREFIX: Final = "typedtorch._dtypes."
_DEVICE_PREFIX: Final = "typedtorch._devices."

DTYPE_CLASSES: Final = {
    "float16": "Float16",
    "bfloat16": "BFloat16",
    "float32": "Float32",
    "float64": "Float64",
    "complex64": "Complex64",
    "complex128": "Complex128",
    "int8": "Int8",
    "int16": "Int16",
    "int32": "Int32",
    "int64": "Int64",
    "uint8": "UInt8",
    "bool": "Bool",
}
_DTYPE_NAMES: Final = {cls: name for name, cls in DTYPE_CLASSES.items()}
DEVICE_CLASSES: Final = {"cpu": "CPU", "cuda": "CUDA", "mps": "MPS", "meta": "Meta"}
_DEVICE_NAMES: Final = {cls: name for name, cls in DEVICE_CLASSES.items()}


def dtype_name(typ: Type) -> str | None:
    """`"float32"` for `Float32`; None for abstract kinds, TypeVars and Any."""
    p = get_proper_type(typ)
    if isinstance(p, Instance) and p.type.fullname.startswith(_DTYPE_PREFIX):
        return _DTYPE_NAMES.get(p.type.name)
    return None


def device_name(typ: Type) -> str | None:
    """`"cpu"` for `CPU`; None for `Device`, TypeVars and Any."""
    p = get_proper_type(typ)
    if isinstance(p, Instance) and p.type.fullname.startswith(_DEVICE_PREFIX):
        return _DEVICE_NAMES.get(p.type.name)
    return None


def dtype_type(codec: Codec, name: str) -> Type:
    cls = DTYPE_CLASSES.get(name)
    return codec.named(_DTYPE_PREFIX + cls) if cls else codec.any()


def device_type(codec: Codec, name: str) -> Type:
    cls = DEVICE_CLASSES.get(name)
    return codec.named(_DEVICE_PREFIX + cls) if cls else codec.any()


def check_same_dtype(op: str, a: Type, b: Type, what: tuple[str, str] = ("self", "other")) -> Type:
    """Raise DTypeMismatch when two concrete dtypes differ; return the better-known dtype."""
    na, nb = dtype_name(a), dtype_name(b)
    if na is not None and nb is not None:
        require_same_dtype(op, na, nb, what)
    return a if na is not None else b


def check_same_device(op: str, a: Type, b: Type, what: tuple[str, str] = ("self", "other")) -> Type:
    """Raise DeviceMismatch when two concrete devices differ; return the better-known device."""
    na, nb = device_name(a), device_name(b)
    if na is not None and nb is not None and na != nb:
        raise DeviceMismatch(
            f'Expected all tensors to be on the same device for "{op}": {what[0]} is on {na} '
            f'and {what[1]} is on {nb} (move one with .to("{na}"))'
        )
    return a if na is not None else b
