"""Device strings: the rule raises exactly where `torch.device` does."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import DeviceMismatch
from typedtorch._shapes._devices import DEVICE_TYPES, OUT_OF_TREE, device_string_type

_PIECES = st.sampled_from(
    [
        *DEVICE_TYPES,
        "CPU",
        "Cuda",
        "bogus",
        "gpu",
        "npu2",
        "",
        ":",
        "0",
        "1",
        "01",
        "12",
        "-1",
        "+1",
        "x",
        " ",
        "_",
        "cuda0",
    ]
)


def _torch_type(text: str) -> str | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # `mkldnn` is deprecated as a device type
        try:
            return torch.device(text).type
        except RuntimeError:
            return None


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=4).map("".join))
def test_device_strings_match_torch(text: str) -> None:
    if text.partition(":")[0] in OUT_OF_TREE:
        return  # torch takes these only once their extension is imported (below)
    expected = _torch_type(text)
    if expected is None:
        with pytest.raises(DeviceMismatch):
            device_string_type(text)
    else:
        assert device_string_type(text) == expected


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("cpu", True),
        ("cuda:1", True),
        ("meta:0", True),
        ("xla", True),
        ("bogus", False),
        ("cuda:x", False),
        ("cuda:01", False),
        ("CPU", False),
        ("", False),
        ("cpu ", False),
    ],
)
def test_device_strings_by_hand(text: str, valid: bool) -> None:
    assert (_torch_type(text) is not None) is valid
    if valid:
        assert device_string_type(text) == text.partition(":")[0]
    else:
        with pytest.raises(DeviceMismatch, match="[Dd]evice string"):
            device_string_type(text)


@pytest.mark.parametrize("name", OUT_OF_TREE)
def test_out_of_tree_backends_are_taken_as_torch_takes_them_once_registered(name: str) -> None:
    """An extension renames torch's `privateuseone` backend; then `torch.device(name)` parses
    (checked in a fresh process: a rename is once per process)."""
    code = (
        "import torch; "
        f"torch.utils.rename_privateuse1_backend({name!r}); "
        f"print(torch.device({name + ':1'!r}).type)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == name, result.stderr
    assert device_string_type(f"{name}:1") == name
    with pytest.raises(DeviceMismatch):
        device_string_type(f"{name}:01")
