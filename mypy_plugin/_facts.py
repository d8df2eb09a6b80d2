"""Facts the code states about its sizes, used where shapes are compared.

`assert n_embd % n_head == 0` makes `n_head * (n_embd // n_head)` equal `n_embd` (the multi-head
merge `y.view(B, T, C)` after `view(B, T, nh, C // nh)`); `assert h == w` (or
`if h != w: raise ...`) makes `H` and `W` one. A fact counts where the code has established it:

- earlier in the function being checked (an `assert`, or an `if` whose body only raises);
- anywhere in the `__init__` of the class being checked (sizes are made there, once);
- at the module's top level.

Sizes are read as everywhere else (`_int_args.SizeReader`), with the types mypy stored where the
fact is written; only the module being checked is read.
"""

from __future__ import annotations

from collections.abc import Iterator

from mypy.nodes import (
    AssertStmt,
    ComparisonExpr,
    Context,
    Expression,
    FuncDef,
    IfStmt,
    IntExpr,
    MypyFile,
    OpExpr,
    RaiseStmt,
    Statement,
)
from mypy.plugin import CheckerPluginInterface

from typedtorch._shapes._symbolic import Dim, Facts, Sym, _Unknown, symbols

from ._codec import Codec
from ._int_args import SizeReader, walk_statements

Fact = tuple[str, Dim, Dim]  # ("equal" | "divisible" | "at_least", left, right)


def facts_at(api: CheckerPluginInterface, context: Context, codec: Codec) -> Facts:
    """The facts that hold at `context` (see the module's docstring)."""
    tree = getattr(api, "tree", None)
    if not isinstance(tree, MypyFile):
        return Facts()
    scope = getattr(api, "scope", None)
    function = scope.current_function() if scope is not None else None
    statements: list[Statement] = []
    if function is not None:
        line = context.line
        statements += [s for s in _stated_in(function.body.body) if s.line < line]
        owner = scope.enclosing_class() if scope is not None else None
        init = owner.names.get("__init__") if owner is not None else None
        if init is not None and isinstance(init.node, FuncDef) and init.node is not function:
            statements += _stated_in(init.node.body.body)
    statements += _stated_in(tree.defs, nested=False)
    if not statements:
        return Facts()
    reader = SizeReader(api, codec)
    found: list[Fact] = []
    for condition, holds in _conditions(statements):
        found += _facts_of(reader, condition, holds)
    return _as_facts(found)


# Where facts may be stated, per block: every call asks, and walking a function's statements on
# each call cost a third of a warm run. Keyed on the block list itself (kept alive beside its
# id, so the id is not reused); mypy's daemon replaces a block's list when a file changes.
_STATED: dict[tuple[int, bool], tuple[list[Statement], list[Statement]]] = {}


def _stated_in(block: list[Statement], nested: bool = True) -> list[Statement]:
    """The asserts and ifs of `block` (and of the blocks inside it, when `nested`)."""
    key = (id(block), nested)
    cached = _STATED.get(key)
    if cached is not None and cached[0] is block:
        return cached[1]
    found: list[Statement] = [
        s
        for s in (walk_statements(block) if nested else block)
        if isinstance(s, AssertStmt | IfStmt)
    ]
    if len(_STATED) > 100_000:
        _STATED.clear()
    _STATED[key] = (block, found)
    return found


def _conditions(statements: list[Statement]) -> Iterator[tuple[Expression, bool]]:
    """`(condition, holds)`: an assert's condition holds after it; an `if` whose body only
    raises leaves its condition false."""
    for s in statements:
        if isinstance(s, AssertStmt):
            yield s.expr, True
        elif (
            isinstance(s, IfStmt)
            and len(s.expr) == 1
            and s.else_body is None
            and len(s.body) == 1
            and len(s.body[0].body) == 1
            and isinstance(s.body[0].body[0], RaiseStmt)
        ):
            yield s.expr[0], False


def _facts_of(reader: SizeReader, expr: Expression, holds: bool = True) -> list[Fact]:
    if isinstance(expr, OpExpr) and expr.op == "and" and holds:
        return _facts_of(reader, expr.left) + _facts_of(reader, expr.right)
    if isinstance(expr, OpExpr) and expr.op == "or" and not holds:
        return _facts_of(reader, expr.left, False) + _facts_of(reader, expr.right, False)
    if not isinstance(expr, ComparisonExpr) or len(expr.operators) != 1:
        return []
    operator = expr.operators[0]
    left, right = expr.operands
    if operator in _BOUNDS:
        return _bound_of(reader, left, right, operator if holds else _NEGATED[operator])
    if not ((operator == "==" and holds) or (operator == "!=" and not holds)):
        return []
    if (
        isinstance(left, OpExpr)
        and left.op == "%"
        and isinstance(right, IntExpr)
        and right.value == 0
    ):
        num = reader.dim(left.left, stored=True)
        den = reader.dim(left.right, stored=True)
        return [("divisible", num, den)]
    return [("equal", reader.dim(left, stored=True), reader.dim(right, stored=True))]


_BOUNDS = (">=", ">", "<=", "<")
_NEGATED = {">=": "<", ">": "<=", "<=": ">", "<": ">="}
_MIRRORED = {">=": "<=", ">": "<", "<=": ">=", "<": ">"}


def _bound_of(reader: SizeReader, left: Expression, right: Expression, operator: str) -> list[Fact]:
    """`size >= k` (or `>`, or mirrored `k <= size`) that holds: ("at_least", size, k)."""
    a, b = reader.dim(left, stored=True), reader.dim(right, stored=True)
    if isinstance(a, int) and not isinstance(b, int):
        a, b, operator = b, a, _MIRRORED[operator]
    if not isinstance(b, int) or operator not in (">=", ">"):
        return []
    return [("at_least", a, b + 1 if operator == ">" else b)]


def _as_facts(found: list[Fact]) -> Facts:
    equal: list[tuple[Sym, Dim]] = []
    divisible: list[tuple[Dim, Dim]] = []
    at_least: list[tuple[Sym, int]] = []
    for kind, a, b in found:
        if isinstance(a, _Unknown) or isinstance(b, _Unknown):
            continue
        if kind == "divisible":
            divisible.append((a, b))
            continue
        if kind == "at_least":
            lone = _lone_symbol(a)
            if lone is not None and isinstance(b, int) and b > 0:
                at_least.append((lone, b))
            continue
        pair = _oriented(a, b)
        if pair is not None:
            equal.append(pair)
    return Facts(tuple(equal), tuple(divisible), tuple(at_least))


def _oriented(a: Dim, b: Dim) -> tuple[Sym, Dim] | None:
    """`a == b` as "replace this symbol by that dim": a lone symbol on either side (the later one
    in sort order, when both are), or None."""
    lone_a, lone_b = _lone_symbol(a), _lone_symbol(b)
    if lone_a is not None and lone_b is not None:
        if lone_a < lone_b:
            return lone_b, a
        return lone_a, b
    if lone_a is not None and lone_a not in symbols(b):
        return lone_a, b
    if lone_b is not None and lone_b not in symbols(a):
        return lone_b, a
    return None


def _lone_symbol(d: Dim) -> Sym | None:
    syms = symbols(d)
    if len(syms) != 1 or isinstance(d, int | _Unknown):
        return None
    (only,) = syms
    terms = d.terms
    if len(terms) == 1 and terms[0][1] == 1 and terms[0][0] == (only,):
        return only
    return None
