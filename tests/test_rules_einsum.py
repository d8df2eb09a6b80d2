"""`einsum` rule against torch: same shape, and an error exactly when torch raises."""

from __future__ import annotations

import os

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import ShapeMismatch, UnprovenShape, einsum_shape, sym

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
B, I, J, K = sym("B"), sym("I"), sym("J"), sym("K")  # noqa: E741
LETTERS = "abcA"


def torch_shape(equation: str, shapes: list[tuple[int, ...]]) -> tuple[int, ...] | None:
    try:
        ops = [torch.zeros(s, device="meta") for s in shapes]
        return tuple(torch.einsum(equation, *ops).shape)
    except RuntimeError:
        return None


def rule_shape(equation: str, shapes: list[tuple[int, ...]]) -> tuple[object, ...] | None:
    try:
        return einsum_shape(equation, shapes)
    except ShapeMismatch:
        return None


@st.composite
def einsum_cases(draw: st.DrawFn) -> tuple[str, list[tuple[int, ...]]]:
    """A random equation over a small alphabet, and operand shapes that mostly fit it."""
    base = {c: draw(st.integers(1, 3)) for c in LETTERS}
    n_ops = draw(st.integers(1, 3))
    ell_dims = draw(st.lists(st.integers(1, 3), max_size=2))
    terms: list[str] = []
    shapes: list[tuple[int, ...]] = []
    for _ in range(n_ops):
        letters = draw(st.lists(st.sampled_from(LETTERS), max_size=3))
        ellipsis = draw(st.booleans())
        at = draw(st.integers(0, len(letters)))
        labels: list[str] = list(letters)
        if ellipsis:
            labels.insert(at, "...")
        terms.append("".join(labels))
        shape: list[int] = []
        for label in labels:
            if label == "...":
                # A suffix of the shared ellipsis dims, sometimes with a dim set to 1 or changed.
                cut = draw(st.integers(0, len(ell_dims)))
                shape.extend(draw(st.sampled_from([d, d, 1, d + 1])) for d in ell_dims[cut:])
            else:
                size = base[label]
                shape.append(draw(st.sampled_from([size, size, size, 1, size + 1])))
        # Sometimes a dim too many or too few: a rank mismatch.
        wrong_rank = draw(st.sampled_from([0, 0, 0, 0, 1, -1]))
        if wrong_rank == 1:
            shape.append(2)
        elif wrong_rank == -1 and shape:
            shape.pop()
        shapes.append(tuple(shape))
    equation = ",".join(terms)
    if draw(st.booleans()):
        used = sorted({c for t in terms for c in t if c != "."})
        out = draw(st.lists(st.sampled_from(used + ["d", "..."]), max_size=4)) if used else []
        if draw(st.booleans()):
            out = [c for c in out if c != "d"]
        equation += "->" + "".join(out)
    return equation, shapes


@settings(max_examples=EXAMPLES * 3, deadline=None)
@given(case=einsum_cases())
def test_einsum_matches_torch(case: tuple[str, list[tuple[int, ...]]]) -> None:
    equation, shapes = case
    assert rule_shape(equation, shapes) == torch_shape(equation, shapes)


@pytest.mark.parametrize(
    ("equation", "shapes"),
    [
        ("bij,bjk->bik", [(2, 3, 4), (2, 4, 5)]),
        ("...ij,...jk", [(2, 1, 3, 4), (5, 4, 6)]),
        ("ij,ij->ij", [(1, 4), (3, 4)]),
        ("ii->i", [(3, 3)]),
        ("i->...", [(3,)]),
        ("bA,Ab", [(2, 3), (3, 2)]),
        ("aB", [(2, 3)]),
        (" a , b ", [(3,), (2,)]),
        ("", [()]),
        ("a,a->a", [(0,), (1,)]),
    ],
)
def test_einsum_examples(equation: str, shapes: list[tuple[int, ...]]) -> None:
    expected = torch_shape(equation, shapes)
    assert expected is not None
    assert einsum_shape(equation, shapes) == expected


@pytest.mark.parametrize(
    ("equation", "shapes", "message"),
    [
        ("ij,jk", [(2, 3), (4, 5)], r"subscript j has size 4 in operand 1 but size 3 in operand 0"),
        ("ij,jk", [(2, 3)], r"equation 'ij,jk' has 2 operands, got 1 tensor"),
        ("ij", [(2,)], r"operand 0 has subscripts 'ij' \(2 dims\), but its shape \[2\] has 1"),
        ("ii->i", [(3, 4)], r"subscript i is repeated for operand 0 but its sizes 3 and 4 differ"),
        ("ij->k", [(2, 3)], r"output subscript k does not appear"),
        ("ab->aa", [(2, 3)], r"output subscript a appears more than once"),
        ("i1", [(2, 3)], r"invalid subscript '1' at index 1"),
        ("i.j", [(2, 3)], r"not part of any ellipsis"),
        ("......", [(2, 3)], r"an ellipsis was already found"),
        ("...i,...i", [(2, 3), (4, 3)], r'dims covered by "..." in operand 1 \[4\] do not'),
    ],
)
def test_einsum_errors(equation: str, shapes: list[tuple[int, ...]], message: str) -> None:
    assert torch_shape(equation, shapes) is None
    with pytest.raises(ShapeMismatch, match=message):
        einsum_shape(equation, shapes)


def test_einsum_symbolic() -> None:
    assert einsum_shape("bij,bjk->bik", [(B, I, J), (B, J, K)]) == (B, I, K)
    # Implicit output: b appears twice, so it is summed like j.
    assert einsum_shape("bij,bjk", [(B, I, J), (B, J, K)]) == (I, K)
    assert einsum_shape("ij,j->i", [(I, 3), (1,)]) == (I,)
    with pytest.raises(UnprovenShape, match=r"subscript j has size K in operand 1 but size J"):
        einsum_shape("ij,jk->ik", [(I, J), (K, 4)])
    with pytest.raises(ShapeMismatch, match=r"subscript j has size J \+ 1 in operand 1"):
        einsum_shape("ij,jk->ik", [(I, J), (J + 1, 4)])
