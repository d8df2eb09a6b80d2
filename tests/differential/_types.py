"""Reading mypy's revealed types: `Tensor[CPU, Float32, H, Sum[H, Literal[-1]]]` as data.

A revealed type is parsed into a small tree (`Node`), and a tensor type into a `Static`: its
device and dtype names (None where mypy says Any or something else), and its dims, each a
function of the program's symbol binding (None where the dim is unknown), or None for an unknown
rank. Tuples of tensors (`split`, `topk`) and lists of tensors are read element by element.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final

TENSOR: Final = "torch._tensor.Tensor"
DTYPES: Final = {
    "typedtorch._dtypes.Float16": "float16",
    "typedtorch._dtypes.BFloat16": "bfloat16",
    "typedtorch._dtypes.Float32": "float32",
    "typedtorch._dtypes.Float64": "float64",
    "typedtorch._dtypes.Complex64": "complex64",
    "typedtorch._dtypes.Complex128": "complex128",
    "typedtorch._dtypes.Int8": "int8",
    "typedtorch._dtypes.Int16": "int16",
    "typedtorch._dtypes.Int32": "int32",
    "typedtorch._dtypes.Int64": "int64",
    "typedtorch._dtypes.UInt8": "uint8",
    "typedtorch._dtypes.Bool": "bool",
}
DEVICES: Final = {
    "typedtorch._devices.CPU": "cpu",
    "typedtorch._devices.CUDA": "cuda",
    "typedtorch._devices.MPS": "mps",
    "typedtorch._devices.Meta": "meta",
}

_TOKEN = re.compile(r"\s*(\*|\.\.\.|\[|\]|,|=|\||-?\d+|'[^']*'|\"[^\"]*\"|[A-Za-z_][\w.]*)")


@dataclass(frozen=True)
class Node:
    """`name[args]`; `star` for `*tuple[...]`; a number or a string literal has no args."""

    name: str
    args: tuple[Node, ...] = ()
    star: bool = False

    def __str__(self) -> str:
        inner = f"[{', '.join(map(str, self.args))}]" if self.args else ""
        return ("*" if self.star else "") + self.name + inner


class ParseError(ValueError):
    pass


def parse(text: str) -> Node:
    """The tree of one revealed type; unions become `|[a, b]`."""
    tokens = _TOKEN.findall(text)
    if "".join(tokens) != re.sub(r"\s+", "", text):
        raise ParseError(f"cannot tokenize {text!r}")
    pos = 0

    def peek() -> str | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> str:
        nonlocal pos
        if pos >= len(tokens):
            raise ParseError(f"unexpected end of {text!r}")
        pos += 1
        return tokens[pos - 1]

    def one() -> Node:
        star = False
        if peek() == "*":
            take()
            star = True
        name = take()
        if name in ("[", "]", ",", "="):
            raise ParseError(f"unexpected {name!r} in {text!r}")
        args: list[Node] = []
        if peek() == "[":
            take()
            if peek() == "]":
                take()
            else:
                while True:
                    if pos + 1 < len(tokens) and tokens[pos + 1] == "=":
                        take(), take()  # `fallback=...`: a keyword, not an element
                        one()
                    else:
                        args.append(union())
                    sep = take()
                    if sep == "]":
                        break
                    if sep != ",":
                        raise ParseError(f"unexpected {sep!r} in {text!r}")
        return Node(name, tuple(args), star)

    def union() -> Node:
        first = one()
        if peek() != "|":
            return first
        members = [first]
        while peek() == "|":
            take()
            members.append(one())
        return Node("|", tuple(members))

    node = union()
    if pos != len(tokens):
        raise ParseError(f"trailing tokens in {text!r}")
    return node


# A dim as a function of the symbol binding: None where it is unknown.
DimFn = Callable[[Mapping[str, int]], int | None]


@dataclass(frozen=True)
class Static:
    """A tensor's static type: kind names (None: unknown), dims (None: unknown rank)."""

    device: str | None
    dtype: str | None
    dims: tuple[Node, ...] | None
    text: str

    def literal(self) -> bool:
        """Known device, dtype, rank, and every dim a literal."""
        return (
            self.device is not None
            and self.dtype is not None
            and self.dims is not None
            and all(d.name == "Literal" for d in self.dims)
        )

    def precise(self) -> bool:
        """Known device, dtype, rank, and every dim a literal, a symbol or arithmetic on them."""
        return (
            self.device is not None
            and self.dtype is not None
            and self.dims is not None
            and all(not _mentions_any(d) for d in self.dims)
        )


def _mentions_any(node: Node) -> bool:
    return node.name in ("Any", "builtins.int", "int") or any(_mentions_any(a) for a in node.args)


def dim_value(node: Node, binding: Mapping[str, int]) -> int | None:
    """The value of a revealed dim under `binding`; None where it is unknown."""
    name = node.name
    if name == "Literal":
        return int(node.args[0].name) if node.args and _is_int(node.args[0].name) else None
    if _is_int(name):
        return int(name)
    if name.endswith("._dims.Sum"):
        vals = [dim_value(a, binding) for a in node.args]
        return None if any(v is None for v in vals) else sum(v for v in vals if v is not None)
    if name.endswith("._dims.Product"):
        vals = [dim_value(a, binding) for a in node.args]
        return None if any(v is None for v in vals) else math.prod(v for v in vals if v is not None)
    if name.endswith("._dims.Quotient") and len(node.args) == 2:
        a, b = (dim_value(x, binding) for x in node.args)
        return None if a is None or b is None or b == 0 else a // b
    if name.endswith("._dims.Deferred") and len(node.args) == 1:
        return dim_value(node.args[0], binding)
    if name in binding:
        return binding[name]
    return None


def _is_int(s: str) -> bool:
    return re.fullmatch(r"-?\d+", s) is not None


def tensor_of(node: Node) -> Static | None:
    """The static tensor type of `node`; None if `node` is not a tensor type."""
    if node.name != TENSOR:
        return None
    args = node.args
    if len(args) < 2:
        return Static(None, None, None, str(node))
    device = DEVICES.get(args[0].name)
    dtype = DTYPES.get(args[1].name)
    rest = args[2:]
    dims: tuple[Node, ...] | None = tuple(rest)
    if any(a.star for a in rest):
        dims = None
    return Static(device, dtype, dims, str(node))


@dataclass(frozen=True)
class Revealed:
    """One revealed type: a tensor, a fixed tuple or a homogeneous sequence of them, or other."""

    kind: str  # "tensor" | "tuple" | "seq" | "any" | "other"
    tensors: tuple[Static, ...]
    text: str


def read(text: str) -> Revealed:
    try:
        node = parse(text)
    except ParseError:
        return Revealed("other", (), text)
    if node.name == "Any":
        return Revealed("any", (), text)
    t = tensor_of(node)
    if t is not None:
        return Revealed("tensor", (t,), text)
    if node.name in ("tuple", "builtins.tuple"):
        if len(node.args) == 2 and node.args[1].name == "...":
            inner = tensor_of(node.args[0])
            return Revealed("seq", (inner,), text) if inner else Revealed("other", (), text)
        items = [tensor_of(a) for a in node.args]
        if items and all(i is not None for i in items):
            return Revealed("tuple", tuple(i for i in items if i is not None), text)
        if node.args and all(a.name == "Any" for a in node.args):
            return Revealed(
                "tuple", tuple(Static(None, None, None, "Any") for _ in node.args), text
            )
        return Revealed("other", (), text)
    if node.name in ("builtins.list", "list", "typing.Sequence", "typing.Sequence"):
        inner = tensor_of(node.args[0]) if node.args else None
        return Revealed("seq", (inner,), text) if inner else Revealed("other", (), text)
    return Revealed("other", (), text)
