"""typedtorch: statically shape-typed tensors for PyTorch.

`Tensor[Device, DType, *Shape]` carries a tensor's device, dtype and shape in its type; the mypy
plugin (`plugins = typedtorch_mypy`) computes every op's output shape at check time, and
`typechecked` checks the same annotations at runtime. Typed tensors are plain `torch.Tensor`s.

This module only re-exports, and lazily (PEP 562): `import typedtorch` imports nothing, and
torch is imported the first time a name is used (`tt.Tensor`, `tt.nn`, `tt.zeros`). Every
submodule import runs this file first, so whatever it imported eagerly would be paid by the
mypy plugin, the pytest plugin (loaded into every pytest run of an environment that has
typedtorch) and `python -m typedtorch report`. Type checkers read `__init__.pyi`.
"""

import importlib as _importlib
import typing as _typing

__version__ = "0.1.0"

# Submodules bound as attributes (`tt.nn`, `tt.functional`, and the private ones the static
# view names).
_SUBMODULES = frozenset(
    {
        "_devices",
        "_dims",
        "_dtypes",
        "_factories",
        "_joins",
        "_pointwise",
        "_shapes",
        "_tensor",
        "functional",
        "nn",
    }
)

# Public name -> the private module that defines it.
_EXPORTS: dict[str, str] = {
    "grad": "_autograd",
    "TensorTypeError": "_checking",
    "checked": "_convert",
    "like": "_convert",
    "unchecked": "_convert",
    "CPU": "_devices",
    "CUDA": "_devices",
    "MPS": "_devices",
    "Device": "_devices",
    "Meta": "_devices",
    "cpu": "_devices",
    "cuda": "_devices",
    "device_kind": "_devices",
    "meta": "_devices",
    "mps": "_devices",
    "Add": "_dims",
    "CeilDiv": "_dims",
    "Dim": "_dims",
    "FloorDiv": "_dims",
    "Mod": "_dims",
    "Mul": "_dims",
    "Sub": "_dims",
    "BFloat16": "_dtypes",
    "Bool": "_dtypes",
    "BoolDType": "_dtypes",
    "Complex64": "_dtypes",
    "Complex128": "_dtypes",
    "ComplexFloating": "_dtypes",
    "DType": "_dtypes",
    "Float16": "_dtypes",
    "Float32": "_dtypes",
    "Float64": "_dtypes",
    "Floating": "_dtypes",
    "Int8": "_dtypes",
    "Int16": "_dtypes",
    "Int32": "_dtypes",
    "Int64": "_dtypes",
    "Integer": "_dtypes",
    "UInt8": "_dtypes",
    "bfloat16": "_dtypes",
    "bool": "_dtypes",
    "cdouble": "_dtypes",
    "cfloat": "_dtypes",
    "complex64": "_dtypes",
    "complex128": "_dtypes",
    "double": "_dtypes",
    "dtype_kind": "_dtypes",
    "float": "_dtypes",
    "float16": "_dtypes",
    "float32": "_dtypes",
    "float64": "_dtypes",
    "half": "_dtypes",
    "int": "_dtypes",
    "int8": "_dtypes",
    "int16": "_dtypes",
    "int32": "_dtypes",
    "int64": "_dtypes",
    "long": "_dtypes",
    "short": "_dtypes",
    "uint8": "_dtypes",
    "einsum": "_einsum",
    "arange": "_factories",
    "empty": "_factories",
    "empty_like": "_factories",
    "eye": "_factories",
    "full": "_factories",
    "full_like": "_factories",
    "linspace": "_factories",
    "ones": "_factories",
    "ones_like": "_factories",
    "rand": "_factories",
    "rand_like": "_factories",
    "randint": "_factories",
    "randn": "_factories",
    "randn_like": "_factories",
    "tensor": "_factories",
    "zeros": "_factories",
    "zeros_like": "_factories",
    "cat": "_joins",
    "chunk": "_joins",
    "concat": "_joins",
    "flatten": "_joins",
    "movedim": "_joins",
    "permute": "_joins",
    "reshape": "_joins",
    "split": "_joins",
    "squeeze": "_joins",
    "stack": "_joins",
    "transpose": "_joins",
    "unbind": "_joins",
    "unsqueeze": "_joins",
    "maximum": "_pointwise",
    "minimum": "_pointwise",
    "where": "_pointwise",
    "Generator": "_random",
    "initial_seed": "_random",
    "manual_seed": "_random",
    "seed": "_random",
    "install_import_hook": "_runtime",
    "typechecked": "_runtime",
    "Tensor": "_tensor",
    "ValuesIndices": "_tensor",
}

# `from typedtorch import *` takes what `import typedtorch` used to bind eagerly.
__all__ = sorted({"functional", "nn", *_EXPORTS})


def __getattr__(name: str) -> _typing.Any:
    if name in _SUBMODULES:
        return _importlib.import_module(f"{__name__}.{name}")
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # once: later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_SUBMODULES, *_EXPORTS})
