"""The device vocabulary: kinds used in types (`CPU`) and their values (`tt.cpu`).

At runtime the kinds are marker classes and the values are plain `torch.device` objects; the
static view in `_devices.pyi` makes each kind a subclass of `torch.device`.
"""

from __future__ import annotations

from typing import ClassVar

import torch


class Device:
    """Base of the device kinds; `Tensor[Device, ...]` accepts a tensor on any device."""

    torch_type: ClassVar[str] = ""


class CPU(Device):
    torch_type = "cpu"


class CUDA(Device):
    torch_type = "cuda"


class MPS(Device):
    torch_type = "mps"


class Meta(Device):
    torch_type = "meta"


cpu = torch.device("cpu")
cuda = torch.device("cuda")
mps = torch.device("mps")
meta = torch.device("meta")

_KINDS: dict[str, type[Device]] = {k.torch_type: k for k in (CPU, CUDA, MPS, Meta)}


def device_kind(device: torch.device | str) -> type[Device]:
    """The device kind (`CPU`, `CUDA`, ...) of a torch device or device string."""
    kind = torch.device(device).type
    try:
        return _KINDS[kind]
    except KeyError:
        raise ValueError(f"typedtorch has no device kind for torch device type {kind!r}") from None
