"""Device strings as torch parses them (`torch.device("cuda:1")`, `x.to("cpu")`)."""

from __future__ import annotations

import re
from typing import Final

from ._errors import DeviceMismatch

# torch's device types, in the order its message lists them (c10/core/DeviceType.cpp).
DEVICE_TYPES: Final = (
    "cpu",
    "cuda",
    "ipu",
    "xpu",
    "mkldnn",
    "opengl",
    "opencl",
    "ideep",
    "hip",
    "ve",
    "fpga",
    "maia",
    "xla",
    "lazy",
    "vulkan",
    "mps",
    "meta",
    "hpu",
    "mtia",
    "privateuseone",
)
# Backends that torch extensions add by renaming `privateuseone`
# (`torch.utils.rename_privateuse1_backend`): torch_npu ("npu"), torch_mlu ("mlu"), torch_musa
# ("musa"), torch_gcu ("gcu"), torch_sdaa ("sdaa"), dipu ("dipu"). Valid where the extension is
# imported, which the checker cannot see: taken, as a device of no known kind.
OUT_OF_TREE: Final = ("npu", "mlu", "musa", "gcu", "sdaa", "dipu")
# A device index: digits without a leading zero (`cuda:01` is rejected).
_INDEX: Final = re.compile(r"0|[1-9][0-9]*")


def device_string_type(text: str) -> str:
    """The device type a device string names (`"cuda:1"` -> `"cuda"`).

    Raises DeviceMismatch (code `device`) where `torch.device(text)` raises.
    """
    if not text:
        raise DeviceMismatch("Device string must not be empty")
    kind, colon, index = text.partition(":")
    known = kind in DEVICE_TYPES or kind in OUT_OF_TREE
    if not known or (colon and _INDEX.fullmatch(index) is None):
        raise DeviceMismatch(
            f'Invalid device string "{text}": expected a device type '
            f'({", ".join(DEVICE_TYPES)}), optionally followed by ":" and an index such as 0'
        )
    return kind
