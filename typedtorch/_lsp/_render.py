"""Readable rendering of the types mypy prints for typedtorch tensors.

mypy prints the plugin's canonical dims verbatim (`typedtorch._dims.Sum[H@f, Literal[2]]`); this
module turns them back into the arithmetic a user writes (`H + 2`). It is pure string work: parse
mypy's type string into a small tree, render the tree, and give back the input unchanged for any
syntax it does not recognise (callables, overloads, ...), so that a hover is never wrong, only
sometimes verbose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["render_type"]

_TENSOR: Final = "torch._tensor.Tensor"
_SUM: Final = "typedtorch._dims.Sum"
_PRODUCT: Final = "typedtorch._dims.Product"
_QUOTIENT: Final = "typedtorch._dims.Quotient"
_DEFERRED: Final = "typedtorch._dims.Deferred"
_DIM_FORMS: Final = frozenset({_SUM, _PRODUCT, _QUOTIENT, _DEFERRED})
_LITERAL: Final = frozenset({"Literal", "typing.Literal", "typing_extensions.Literal"})

# Precedence of a rendered dim: a sum binds loosest, then `*` and `//` (same level, left
# associative), then atoms (names, numbers, parenthesised forms).
_SUM_PREC: Final = 1
_MUL_PREC: Final = 2
_ATOM_PREC: Final = 3

_TOKEN: Final = re.compile(
    r"""\s*(?:
        (?P<ellipsis>\.\.\.)
      | (?P<number>-?\d+)
      | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      | (?P<name>[A-Za-z_][\w.]*(?:@[\w.]+|`-?\d+)*)
      | (?P<punct>[\[\],|*])
    )""",
    re.VERBOSE,
)


class _Unrecognised(Exception):
    """The type string uses syntax the renderer does not know; render it verbatim."""


@dataclass(frozen=True)
class _Node:
    """One parsed type: `kind` is name, number, string, ellipsis, list, union or unpack."""

    kind: str
    text: str = ""
    args: tuple[_Node, ...] | None = None


def render_type(type_str: str) -> str:
    """Render a type string printed by mypy (`dmypy inspect -vv`) in readable form.

    `torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B@f,
    typedtorch._dims.Sum[H@f, Literal[2]]]` becomes `Tensor[CPU, Float32, B, H + 2]`: module
    paths and TypeVar scopes are dropped, tensor dims lose their `Literal[...]`, and the
    canonical dim forms print as arithmetic (`Sum` as `+`, `Product` as `*`, `Quotient` as
    `//`, `Deferred[X]` as `X`).

    Args:
        type_str: The type exactly as mypy printed it.

    Returns:
        The readable type, or `type_str` itself (stripped) if any part of it is not recognised.
    """
    try:
        tokens = _tokenize(type_str)
        node, pos = _parse_union(tokens, 0)
        if pos != len(tokens):
            raise _Unrecognised(type_str)
        return _render(node)
    except (_Unrecognised, RecursionError):
        return type_str.strip()


def _tokenize(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            raise _Unrecognised(text)
        kind = match.lastgroup
        assert kind is not None
        tokens.append((kind, match.group(kind)))
        pos = match.end()
    return tokens


def _parse_union(tokens: list[tuple[str, str]], pos: int) -> tuple[_Node, int]:
    items = []
    node, pos = _parse_item(tokens, pos)
    items.append(node)
    while pos < len(tokens) and tokens[pos] == ("punct", "|"):
        node, pos = _parse_item(tokens, pos + 1)
        items.append(node)
    if len(items) == 1:
        return items[0], pos
    return _Node("union", args=tuple(items)), pos


def _parse_item(tokens: list[tuple[str, str]], pos: int) -> tuple[_Node, int]:
    if pos >= len(tokens):
        raise _Unrecognised("unexpected end")
    kind, text = tokens[pos]
    if kind == "punct" and text == "*":
        inner, pos = _parse_item(tokens, pos + 1)
        return _Node("unpack", args=(inner,)), pos
    if kind == "punct" and text == "[":
        # A bare bracketed list: the parameter list of `Callable[[...], R]`.
        args, pos = _parse_args(tokens, pos + 1)
        return _Node("list", args=args), pos
    if kind in ("number", "string", "ellipsis"):
        return _Node(kind, text), pos + 1
    if kind != "name":
        raise _Unrecognised(text)
    pos += 1
    if pos < len(tokens) and tokens[pos] == ("punct", "["):
        args, pos = _parse_args(tokens, pos + 1)
        return _Node("name", text, args), pos
    return _Node("name", text), pos


def _parse_args(tokens: list[tuple[str, str]], pos: int) -> tuple[tuple[_Node, ...], int]:
    """Parse `a, b, c]` (the opening bracket already consumed)."""
    args: list[_Node] = []
    if pos < len(tokens) and tokens[pos] == ("punct", "]"):
        return (), pos + 1
    while True:
        node, pos = _parse_union(tokens, pos)
        args.append(node)
        if pos >= len(tokens):
            raise _Unrecognised("unclosed bracket")
        if tokens[pos] == ("punct", "]"):
            return tuple(args), pos + 1
        if tokens[pos] != ("punct", ","):
            raise _Unrecognised(tokens[pos][1])
        pos += 1


def _short_name(name: str) -> str:
    """`typedtorch._devices.CPU` -> `CPU`, `B@f` / ``B`-1`` -> `B`, `torch._tensor.Tensor` ->
    `torch.Tensor` (kept qualified: it must not read as typedtorch's `Tensor`)."""
    name = re.split(r"[@`]", name, maxsplit=1)[0]
    if name == "torch._tensor.Tensor":
        return "torch.Tensor"
    return name.rsplit(".", 1)[-1]


def _render(node: _Node) -> str:
    if node.kind in ("number", "string", "ellipsis"):
        return node.text
    if node.kind == "union":
        assert node.args is not None
        return " | ".join(_render(arg) for arg in node.args)
    if node.kind == "unpack":
        assert node.args is not None
        return "*" + _render(node.args[0])
    if node.kind == "list":
        assert node.args is not None
        return "[" + ", ".join(_render(arg) for arg in node.args) + "]"
    if node.text in _DIM_FORMS:
        return _render_dim(node)[0]
    if node.args is None:
        return _short_name(node.text)
    if node.text == _TENSOR and len(node.args) >= 2:
        device, dtype, *dims = node.args
        parts = [_render(device), _render(dtype)]
        parts.extend(_render_dim(dim)[0] for dim in dims)
        return "Tensor[" + ", ".join(parts) + "]"
    return _short_name(node.text) + "[" + ", ".join(_render(arg) for arg in node.args) + "]"


def _literal_int(node: _Node) -> int | None:
    if node.kind == "name" and node.text in _LITERAL and node.args and len(node.args) == 1:
        inner = node.args[0]
        if inner.kind == "number":
            return int(inner.text)
    return None


def _render_dim(node: _Node) -> tuple[str, int]:
    """Render one dim as arithmetic; returns the text and its precedence."""
    value = _literal_int(node)
    if value is not None:
        return str(value), _ATOM_PREC if value >= 0 else _SUM_PREC
    if node.kind != "name" or node.args is None or node.text not in _DIM_FORMS:
        return _render(node), _ATOM_PREC
    if node.text == _DEFERRED:
        if len(node.args) != 1:
            raise _Unrecognised(node.text)
        return _render_dim(node.args[0])
    if node.text == _SUM:
        if not node.args:
            raise _Unrecognised(node.text)
        text = ""
        for i, term in enumerate(node.args):
            term_text, _ = _render_dim(term)
            # Only a negative constant or coefficient may turn `+ -x` into `- x`: a floor
            # division of a negated numerator, `-H // 2`, is not `-(H // 2)`.
            negated = term.text == _PRODUCT or _literal_int(term) is not None
            if i == 0:
                text = term_text
            elif negated and term_text.startswith("-"):
                text += " - " + term_text[1:]
            else:
                text += " + " + term_text
        return text, _SUM_PREC
    if node.text == _PRODUCT:
        if not node.args:
            raise _Unrecognised(node.text)
        factors = list(node.args)
        sign = ""
        coefficient = _literal_int(factors[0])
        if coefficient is not None and len(factors) > 1 and coefficient in (1, -1):
            # `Product[Literal[-1], H]` is `-H`: no `1 *` in front.
            sign = "-" if coefficient == -1 else ""
            factors = factors[1:]
        rendered = []
        for i, factor in enumerate(factors):
            factor_text, prec = _render_dim(factor)
            # `2 * (H // 3)` and `-(H // 3)`: a floor division after the first factor or a sign
            # needs its parentheses, since `2 * H // 3` means `(2 * H) // 3`.
            if prec < _MUL_PREC or ((i > 0 or sign) and prec == _MUL_PREC):
                factor_text = f"({factor_text})"
            rendered.append(factor_text)
        return sign + " * ".join(rendered), _MUL_PREC
    # Quotient[N, M] is N // M.
    if len(node.args) != 2:
        raise _Unrecognised(node.text)
    numerator, num_prec = _render_dim(node.args[0])
    denominator, den_prec = _render_dim(node.args[1])
    if num_prec < _MUL_PREC:
        numerator = f"({numerator})"
    if den_prec <= _MUL_PREC:
        denominator = f"({denominator})"
    return f"{numerator} // {denominator}", _MUL_PREC
