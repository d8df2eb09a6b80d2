"""Weights move between typed and plain torch models; `load_checked` is all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

import typedtorch.nn as tnn


class TypedNet(tnn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = tnn.Conv2d(1, 4, kernel_size=3)
        self.fc = tnn.Linear(4 * 6 * 6, 5)
        self.lstm = tnn.LSTM(5, 6, batch_first=True)
        self.attn = tnn.MultiheadAttention(6, 2, batch_first=True)
        self.norm = tnn.BatchNorm2d(4)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.norm(self.conv(x)).relu().flatten(1)
        seq = self.fc(h).unsqueeze(1).repeat(1, 3, 1)
        out, _ = self.lstm(seq)
        y, _ = self.attn(out, out, out)
        return y


class PlainNet(torch.nn.Module):
    """The same architecture in plain torch."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = torch.nn.Conv2d(1, 4, kernel_size=3)
        self.fc = torch.nn.Linear(4 * 6 * 6, 5)
        self.lstm = torch.nn.LSTM(5, 6, batch_first=True)
        self.attn = torch.nn.MultiheadAttention(6, 2, batch_first=True)
        self.norm = torch.nn.BatchNorm2d(4)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.norm(self.conv(x)).relu().flatten(1)
        seq = self.fc(h).unsqueeze(1).repeat(1, 3, 1)
        out, _ = self.lstm(seq)
        y, _ = self.attn(out, out, out)
        return y


def _snapshot(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def _same(a: dict[str, torch.Tensor], b: dict[str, torch.Tensor]) -> bool:
    return a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def test_state_dict_round_trips_between_typed_and_plain_models() -> None:
    torch.manual_seed(0)
    typed, plain = TypedNet().eval(), PlainNet().eval()
    assert typed.state_dict().keys() == plain.state_dict().keys()
    plain.load_state_dict(typed.state_dict())
    x = torch.randn(2, 1, 8, 8)
    torch.testing.assert_close(plain(x), typed(x))
    torch.manual_seed(1)
    other = PlainNet().eval()
    typed.load_state_dict(other.state_dict())
    torch.testing.assert_close(typed(x), other(x))


@pytest.mark.parametrize(
    "layout", ["dict", "file", "state_dict", "model_state_dict", "scripted", "traced"]
)
def test_load_checked_reads_every_source(layout: str, tmp_path: Path) -> None:
    torch.manual_seed(3)
    plain = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
    typed = tnn.Sequential(tnn.Linear(3, 4), tnn.ReLU(), tnn.Linear(4, 2))
    path = tmp_path / "weights.pt"
    source: object
    if layout == "dict":
        source = plain.state_dict()
    elif layout == "file":
        torch.save(plain.state_dict(), path)
        source = str(path)
    elif layout in ("state_dict", "model_state_dict"):
        torch.save({layout: plain.state_dict(), "epoch": 3, "optimizer": {"lr": 0.1}}, path)
        source = path
    elif layout == "scripted":
        torch.jit.save(torch.jit.script(plain), str(path))
        source = path
    else:
        torch.jit.save(torch.jit.trace(plain, torch.zeros(1, 3)), str(path))
        source = path
    assert not _same(_snapshot(typed), _snapshot(plain))
    tnn.load_checked(typed, source)  # type: ignore[arg-type]
    assert _same(_snapshot(typed), _snapshot(plain))


def test_a_bad_state_dict_names_every_offending_key_and_loads_nothing() -> None:
    torch.manual_seed(0)
    model = TypedNet()
    before = _snapshot(model)
    bad = dict(_snapshot(PlainNet()))
    del bad["lstm.weight_hh_l0"]
    bad["extra.weight"] = torch.zeros(1)
    bad["fc.weight"] = torch.zeros(5, 145)
    bad["attn.in_proj_bias"] = bad["attn.in_proj_bias"].double()
    with pytest.raises(tnn.StateDictError) as info:
        tnn.load_checked(model, bad, strict_dtype=True)
    message = str(info.value)
    assert "missing keys (1): lstm.weight_hh_l0" in message
    assert "unexpected keys (1): extra.weight" in message
    assert "fc.weight: expected shape [5, 144], got [5, 145]" in message
    assert "attn.in_proj_bias: expected dtype torch.float32, got torch.float64" in message
    assert info.value.missing == ["lstm.weight_hh_l0"]
    assert [m.key for m in info.value.mismatched] == ["fc.weight", "attn.in_proj_bias"]
    # All or nothing: the good entries (conv, norm, ...) were not loaded either.
    assert _same(_snapshot(model), before)


def test_non_strict_load_still_checks_shapes() -> None:
    model = tnn.Linear(3, 4)
    before = _snapshot(model)
    with pytest.raises(tnn.StateDictError, match=r"weight: expected shape \[4, 3\], got \[3, 4\]"):
        tnn.load_checked(model, {"weight": torch.zeros(3, 4)}, strict=False)
    assert _same(_snapshot(model), before)
    tnn.load_checked(model, {"weight": torch.zeros(4, 3)}, strict=False)
    assert torch.equal(model.weight, torch.zeros(4, 3))


def test_error_type_is_public() -> None:
    assert tnn.StateDictError.__module__ == "typedtorch.nn"
    assert issubclass(tnn.StateDictError, ValueError)


def test_a_castable_dtype_loads_as_torch_casts_it() -> None:
    # An fp16 checkpoint into an fp32 model: load_state_dict copies (casts); so does load_checked.
    torch.manual_seed(0)
    model, source = TypedNet(), PlainNet()
    half = {k: v.half() if v.is_floating_point() else v for k, v in source.state_dict().items()}
    tnn.load_checked(model, half)
    assert all(p.dtype == torch.float32 for p in model.parameters())
    expected = PlainNet()
    expected.load_state_dict(half)
    assert _same(_snapshot(model), _snapshot(expected))


def test_strict_dtype_rejects_a_castable_dtype_and_loads_nothing() -> None:
    model = tnn.Linear(3, 4)
    before = _snapshot(model)
    half = {k: v.half() for k, v in tnn.Linear(3, 4).state_dict().items()}
    with pytest.raises(
        tnn.StateDictError, match="weight: expected dtype torch.float32, got torch.float16"
    ):
        tnn.load_checked(model, half, strict_dtype=True)
    assert _same(_snapshot(model), before)


@pytest.mark.parametrize(
    ("model_dtype", "checkpoint_dtype"),
    [(torch.int64, torch.float32), (torch.float32, torch.complex64), (torch.bool, torch.int64)],
    ids=["float-into-int", "complex-into-real", "int-into-bool"],
)
def test_a_lossy_dtype_is_an_error_by_default(
    model_dtype: torch.dtype, checkpoint_dtype: torch.dtype
) -> None:
    # What `load_state_dict` would truncate silently: torch's casting rule says no.
    model = torch.nn.Module()
    model.register_buffer("table", torch.zeros(3, dtype=model_dtype))
    model.register_buffer("scale", torch.zeros(2))
    good_scale = torch.ones(2)
    with pytest.raises(
        tnn.StateDictError,
        match=f"table: expected dtype {model_dtype}, got {checkpoint_dtype}",
    ):
        tnn.load_checked(
            model, {"table": torch.ones(3, dtype=checkpoint_dtype), "scale": good_scale}
        )
    # All or nothing: the good entry was not loaded either.
    assert torch.equal(model.scale, torch.zeros(2))
