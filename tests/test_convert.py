"""Untyped -> typed conversions (`checked`, `unchecked`, `like`) and typed autograd (`grad`)."""

from __future__ import annotations

from typing import Any, TypeVar
from typing import Literal as L

import pytest
import torch

import typedtorch as tt
from typedtorch import CPU, Float32, Floating, Tensor

B = TypeVar("B", bound=int)


def test_checked_returns_the_same_tensor() -> None:
    x = torch.zeros(2, 3)
    assert tt.checked(x, Tensor[CPU, Float32, L[2], L[3]]) is x
    assert tt.checked(x, Tensor[CPU, Floating, B, Any]) is x


def test_checked_rejects_wrong_shape() -> None:
    with pytest.raises(
        tt.TensorTypeError,
        match=r"checked\(\): expected Tensor\[CPU, Float32, 2, 3\], "
        r"got Tensor\[CPU, Float32, 2, 4\]: dim 1 is 4, expected 3",
    ):
        tt.checked(torch.zeros(2, 4), Tensor[CPU, Float32, L[2], L[3]])


def test_checked_rejects_wrong_dtype_and_device() -> None:
    with pytest.raises(tt.TensorTypeError, match=r"dtype is torch.int64, expected Float32"):
        tt.checked(torch.zeros(2, dtype=torch.int64), Tensor[CPU, Float32, L[2]])
    with pytest.raises(tt.TensorTypeError, match=r"device is meta, expected CPU"):
        tt.checked(torch.zeros(2, device="meta"), Tensor[CPU, Float32, L[2]])


def test_checked_repeated_dim_within_one_tensor() -> None:
    tt.checked(torch.zeros(2, 2), Tensor[CPU, Float32, B, B])
    with pytest.raises(tt.TensorTypeError, match=r"dim 1 is 3, expected B=2\nDim bindings: B=2"):
        tt.checked(torch.zeros(2, 3), Tensor[CPU, Float32, B, B])


def test_checked_uses_the_bindings_of_the_current_call() -> None:
    @tt.typechecked
    def f(x: Tensor[CPU, Float32, B], y: Any) -> Tensor[CPU, Float32, B]:
        return tt.checked(y, Tensor[CPU, Float32, B])

    f(torch.zeros(2), torch.zeros(2))
    with pytest.raises(
        tt.TensorTypeError, match=r"checked\(\): .* dim 0 is 3, expected B=2\nDim bindings: B=2"
    ):
        f(torch.zeros(2), torch.zeros(3))


def test_checked_rejects_a_non_annotation() -> None:
    with pytest.raises(TypeError, match=r"expects a Tensor\[...\] annotation"):
        tt.checked(torch.zeros(2), "Tensor")
    x = torch.zeros(2)
    assert tt.checked(x, torch.Tensor) is x


def test_unchecked_is_identity() -> None:
    x = torch.zeros(2, 4)
    assert tt.unchecked(x, Tensor[CPU, Float32, L[2], L[3]]) is x  # no check at all


def test_like() -> None:
    ref = tt.checked(torch.zeros(2, 3), Tensor[CPU, Float32, L[2], L[3]])
    x = torch.ones(2, 3)
    assert tt.like(x, ref) is x
    with pytest.raises(
        tt.TensorTypeError,
        match=r"like\(\): expected Tensor\[CPU, Float32, 2, 3\], got Tensor\[CPU, Float32, 3, 2\]",
    ):
        tt.like(torch.ones(3, 2), ref)
    with pytest.raises(tt.TensorTypeError, match=r"got Tensor\[CPU, Float64, 2, 3\]"):
        tt.like(torch.ones(2, 3, dtype=torch.float64), ref)


def test_grad_types_like_inputs() -> None:
    w = tt.checked(torch.ones(3, 4, requires_grad=True), Tensor[CPU, Float32, L[3], L[4]])
    b = tt.checked(torch.ones(4, requires_grad=True), Tensor[CPU, Float32, L[4]])
    loss = tt.checked((w.sum(0) * b).sum() * 2, Tensor[CPU, Float32])
    gw, gb = tt.grad(loss, (w, b))
    assert gw.shape == (3, 4)
    assert gb.shape == (4,)
    torch.testing.assert_close(gw, torch.full((3, 4), 2.0))
    torch.testing.assert_close(gb, torch.full((4,), 6.0))


def test_grad_single_input_and_list() -> None:
    x = torch.arange(3.0, requires_grad=True)
    loss = (x**2).sum()
    (g,) = tt.grad(loss, x, retain_graph=True)
    torch.testing.assert_close(g, 2 * torch.arange(3.0))
    gs = tt.grad(loss, [x, x])
    assert len(gs) == 2


def test_grad_requires_a_scalar() -> None:
    x = torch.arange(3.0, requires_grad=True)
    with pytest.raises(
        tt.TensorTypeError,
        match=r'Argument "outputs" of "grad": expected a scalar \(rank-0\) tensor, '
        r"got Tensor\[CPU, Float32, 3\]",
    ):
        tt.grad(x * 2, (x,))


def test_create_graph_allows_second_derivatives() -> None:
    x = torch.tensor(3.0, requires_grad=True)
    (g,) = tt.grad(x**3, (x,), create_graph=True)
    (gg,) = tt.grad(g, (x,))
    assert gg.item() == pytest.approx(18.0)
