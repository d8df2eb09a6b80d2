"""Checked weight loading: `load_checked(model, source)`, all or nothing.

torch's `load_state_dict` stops at the first bad entry it meets while copying, reports shape
mismatches only after copying the good ones, and casts any dtype to the parameter's (a float
checkpoint into an integer buffer truncates silently). `load_checked` validates every entry
against the model's own parameters and buffers first (names, shapes, dtypes), raises ONE
`StateDictError` naming every offending key, and only then loads: a failed load leaves the model
exactly as it was. Dtypes follow torch's casting rule (`torch.can_cast`: a cast within a kind, or
to a wider kind), so an fp16 checkpoint loads into an fp32 model, cast on copy as
`load_state_dict` does, while float -> int or complex -> real is an error; `strict_dtype=True`
asks for equal dtypes.

A typed layer is torch's own class, so its `state_dict` has torch's keys: weights move freely
between a typed model and the equivalent plain torch model, in both directions.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, Any, TypeVar

import torch

__all__ = ["StateDictError", "load_checked"]

M = TypeVar("M", bound=torch.nn.Module)

# Keys under which training scripts commonly nest the model's weights in a checkpoint.
_CHECKPOINT_KEYS = ("state_dict", "model_state_dict", "model")


@dataclass(frozen=True)
class Mismatch:
    """One entry whose tensor does not fit: expected vs actual shape and dtype."""

    key: str
    expected_shape: tuple[int, ...]
    actual_shape: tuple[int, ...]
    expected_dtype: torch.dtype
    actual_dtype: torch.dtype

    def __str__(self) -> str:
        parts = []
        if self.expected_shape != self.actual_shape:
            parts.append(
                f"expected shape {list(self.expected_shape)}, got {list(self.actual_shape)}"
            )
        if self.expected_dtype != self.actual_dtype:
            parts.append(f"expected dtype {self.expected_dtype}, got {self.actual_dtype}")
        return f"{self.key}: " + "; ".join(parts)


class StateDictError(ValueError):
    """A state_dict that does not fit the model; nothing was loaded.

    Attributes:
        missing: keys the model has and the state_dict lacks.
        unexpected: keys the state_dict has and the model lacks.
        mismatched: entries whose shape or dtype differs from the model's.
    """

    def __init__(
        self,
        model: str,
        missing: list[str],
        unexpected: list[str],
        mismatched: list[Mismatch],
    ) -> None:
        self.missing = missing
        self.unexpected = unexpected
        self.mismatched = mismatched
        lines = [f"Cannot load state_dict into {model}; the model was left unchanged:"]
        if missing:
            lines.append(f"  missing keys ({len(missing)}): {', '.join(missing)}")
        if unexpected:
            lines.append(f"  unexpected keys ({len(unexpected)}): {', '.join(unexpected)}")
        for mismatch in mismatched:
            lines.append(f"  {mismatch}")
        super().__init__("\n".join(lines))


StateDictError.__module__ = "typedtorch.nn"

Source = Mapping[str, Any] | str | os.PathLike[str] | IO[bytes]


def _is_torchscript(source: str | os.PathLike[str] | IO[bytes]) -> bool:
    """A `torch.jit.save` archive: a zip holding compiled code, not just pickled data."""
    try:
        with zipfile.ZipFile(source) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    finally:
        if isinstance(source, io.IOBase):
            source.seek(0)
    return any(name.endswith("constants.pkl") or "/code/" in name for name in names)


def read_state_dict(source: Source) -> dict[str, Any]:
    """The state_dict in `source`: a mapping, a `torch.save`d state_dict or checkpoint dict, or a
    TorchScript archive. Loaded onto the CPU, with `weights_only=True` for pickles."""
    if isinstance(source, Mapping):
        data: Any = source
    elif _is_torchscript(source):
        data = torch.jit.load(source, map_location="cpu").state_dict()  # type: ignore[no-untyped-call, unused-ignore]
    else:
        data = torch.load(source, map_location="cpu", weights_only=True)
    if isinstance(data, torch.nn.Module):
        data = data.state_dict()
    if not isinstance(data, Mapping):
        raise TypeError(
            f"Expected a state_dict (a mapping of names to tensors), got {type(data).__name__}"
        )
    if not all(isinstance(v, torch.Tensor) for v in data.values()):
        for key in _CHECKPOINT_KEYS:
            inner = data.get(key)
            if (
                isinstance(inner, Mapping)
                and inner
                and all(isinstance(v, torch.Tensor) for v in inner.values())
            ):
                data = inner
                break
    return dict(data)


def _dtype_fits(actual: torch.dtype, expected: torch.dtype, strict_dtype: bool) -> bool:
    """Whether a checkpoint tensor of dtype `actual` may be copied into one of `expected`."""
    if actual == expected:
        return True
    return not strict_dtype and torch.can_cast(actual, expected)


def _validate(
    model: torch.nn.Module, state: Mapping[str, Any], strict: bool, strict_dtype: bool
) -> None:
    own = model.state_dict(keep_vars=True)
    missing = [k for k in own if k not in state] if strict else []
    unexpected = [k for k in state if k not in own] if strict else []
    mismatched: list[Mismatch] = []
    for key, expected in own.items():
        actual = state.get(key)
        if not isinstance(expected, torch.Tensor) or actual is None:
            continue
        if not isinstance(actual, torch.Tensor):
            # `_extra_state` entries are arbitrary objects; anything else must be a tensor.
            if not key.endswith("_extra_state"):
                unexpected.append(f"{key} (a {type(actual).__name__}, not a tensor)")
            continue
        if expected.shape != actual.shape or not _dtype_fits(
            actual.dtype, expected.dtype, strict_dtype
        ):
            mismatched.append(
                Mismatch(
                    key,
                    tuple(expected.shape),
                    tuple(actual.shape),
                    expected.dtype,
                    actual.dtype,
                )
            )
    if missing or unexpected or mismatched:
        raise StateDictError(type(model).__name__, missing, unexpected, mismatched)


def load_checked(model: M, source: Source, *, strict: bool = True, strict_dtype: bool = False) -> M:
    """Load weights into `model` after checking every entry; all or nothing.

    Args:
        model: any `torch.nn.Module` (typed or not).
        source: a state_dict; a path or binary file of a `torch.save`d state_dict or checkpoint
            dict (weights under `state_dict`, `model_state_dict` or `model`); or a TorchScript
            archive (`torch.jit.save` of a scripted or traced equivalent model).
        strict: as torch's: when true (the default), missing and unexpected keys are errors.
            Shapes and dtypes are always checked.
        strict_dtype: when false (the default), an entry whose dtype torch casts to the
            model's without leaving its kind or narrowing it (`torch.can_cast`: float16 ->
            float32, float64 -> bfloat16, int32 -> int64, int -> float) is accepted and cast on
            copy, as `load_state_dict` does; float -> int, complex -> real and anything -> bool
            are errors. When true, every dtype must equal the model's.

    Returns:
        `model`, loaded.

    Raises:
        StateDictError: naming every missing, unexpected or mismatched key (expected vs actual
            shape and dtype); the model is left exactly as it was.
    """
    state = read_state_dict(source)
    _validate(model, state, strict, strict_dtype)
    model.load_state_dict(state, strict=strict)
    return model
