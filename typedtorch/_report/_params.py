"""Parameter counts without running the model's code: rebuild each layer from its constructor
call in `__init__` on the meta device (no memory, no initialisation) and count its parameters.

The call is read from mypy's tree (`describe`); only torch's and typedtorch's own layers are
built, never a user's class. Its arguments are literals, or what mypy knows of them:
- a value of literal type (`Final` constants) is that value;
- an int of a symbolic type (`vocab_size: V`) is a symbol: the count is a polynomial in it
  (`64*V`), fitted from builds at several sizes;
- any other int, float or bool (`dropout: float`, `num_heads: int`) is tried at several values:
  when the count does not change (`Dropout(p)`, `MultiheadAttention(64, heads, dropout=p)`), it
  is that count; when it does and the argument is an int named in the code
  (`Linear(10, width)`), the count is a polynomial in that name (`11*width`); otherwise it is
  unknown (None), never guessed.

Torch's common layers are not built: their counts are formulas of their arguments
(`_formulas.py`, checked against torch by the tests), computed here. The others are built in a
separate process (`_params_worker.py`), started before mypy when the file constructs a layer
without a formula: importing torch there overlaps mypy's run, so the report costs about one
mypy run, and this process never imports torch.
"""

from __future__ import annotations

import itertools
import json
import operator
import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any, Final

from mypy.nodes import (
    CallExpr,
    Expression,
    FloatExpr,
    GeneratorExpr,
    IntExpr,
    ListComprehension,
    ListExpr,
    MemberExpr,
    NameExpr,
    OpExpr,
    StrExpr,
    TupleExpr,
    UnaryExpr,
)
from mypy.types import Instance, LiteralType, Type, TypeVarType, get_proper_type

from ._formulas import NOT_LAYERS
from ._formulas import count as formula_count

__all__ = ["CACHE_FILE", "Count", "Known", "ParamBuilder", "Polynomial", "UserLayer", "describe"]

# Layers come only from these packages: building a user's class would run the user's code.
_TRUSTED: Final = ("torch.", "typedtorch.")
_CONSTANTS: Final[dict[str, object]] = {
    "builtins.True": True,
    "builtins.False": False,
    "builtins.None": None,
}
_OPERATORS: Final[dict[str, Callable[[Any, Any], Any]]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "//": operator.floordiv,
    "/": operator.truediv,
    "%": operator.mod,
    "**": operator.pow,
}
# Placement only: every layer is rebuilt on the meta device, whatever the code asks for.
_PLACEMENT: Final = frozenset({"device", "dtype"})
# Values an argument of unknown value is tried at (the count must not depend on it).
_PROBES: Final[dict[str, tuple[object, ...]]] = {
    "int": (2, 4, 8),
    "float": (0.0, 0.5),
    "bool": (False, True),
}
# Sizes a symbolic dim is built at: multiples of 8, so that `embed_dim % num_heads == 0` holds.
# Four fit a polynomial of degree 3 in each symbol; the fifth checks the fit.
_GRID: Final = (8, 16, 24, 32)
_CHECK: Final = 40
_MAX_SYMBOLS: Final = 2
# The cache keeps the most recent counts, at most this many.
_CACHE_ENTRIES: Final = 20_000
CACHE_FILE: Final = "typedtorch-report-params-torch-{torch}.json"


class _NotLiteral(Exception):
    pass


# -- the call, as data --------------------------------------------------------------------------


@dataclass(frozen=True)
class Symbol:
    """An int argument of a symbolic type (a TypeVar): the count is a polynomial in it."""

    name: str


@dataclass(frozen=True)
class Unknown:
    """An argument mypy knows only the type of (`int`, `float`, `bool`); `name`: the variable
    or attribute it reads, if it is one (`width`, `self.width`)."""

    key: int
    kind: str
    name: str | None = None


@dataclass(frozen=True)
class Call:
    """A layer constructor call: torch's fullname, positional and keyword arguments."""

    target: str
    args: tuple[Any, ...]
    kwargs: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Known:
    """A layer whose count the report computed itself: a class of the analysed file, built from
    layers of known counts (`UserLayer`), called with the sizes its count depends on."""

    count: int


@dataclass(frozen=True)
class UserLayer:
    """A module class of the analysed file whose parameters are exactly those of the layers its
    `__init__` builds: `total`, a count in the symbols of its `__init__`'s parameters.

    `parameters`: the `__init__` parameters after `self`, in order, as `(name, symbol of its
    type (a TypeVar's name) or None, default value expression or None, positional)`.
    """

    total: Count
    parameters: tuple[tuple[str, str | None, Expression | None, bool], ...]


@dataclass(frozen=True)
class Repeat:
    """A list of `times` copies of one layer call (`[Block() for _ in range(n)]`)."""

    item: Any
    times: Any  # an int, or a Symbol / Unknown standing for one


@dataclass
class _Leaves:
    symbols: dict[str, Symbol] = field(default_factory=dict)
    unknowns: list[Unknown] = field(default_factory=list)
    user: Mapping[str, UserLayer] = field(default_factory=dict)


def describe(
    call: CallExpr,
    types: Mapping[Expression, Type],
    user: Mapping[str, UserLayer] | None = None,
) -> tuple[Call | Known, _Leaves] | None:
    """The constructor call `call` as data, or None when it cannot be built (a user's class
    not in `user`, a string or object argument of unknown value, `*args`).

    `user`: the classes of the analysed file whose counts are known, by fullname.
    """
    leaves = _Leaves(user=user or {})
    try:
        spec = _describe(call, types, leaves)
    except (_NotLiteral, ArithmeticError, TypeError, KeyError):
        return None
    if not isinstance(spec, Call | Known) or len(leaves.symbols) > _MAX_SYMBOLS:
        return None
    return spec, leaves


def _describe(expr: Expression, types: Mapping[Expression, Type], leaves: _Leaves) -> Any:
    if isinstance(expr, IntExpr | FloatExpr | StrExpr):
        return expr.value
    if isinstance(expr, NameExpr) and expr.fullname in _CONSTANTS:
        return _CONSTANTS[expr.fullname]
    if isinstance(expr, CallExpr):
        return _describe_call(expr, types, leaves)
    if isinstance(expr, TupleExpr):
        return tuple(_describe(item, types, leaves) for item in expr.items)
    if isinstance(expr, ListExpr):
        return [_describe(item, types, leaves) for item in expr.items]
    if isinstance(expr, ListComprehension):
        return _repeat(expr.generator, types, leaves)
    literal = _literal_value(types.get(expr))
    if literal is not None:
        return literal
    if isinstance(expr, UnaryExpr) and expr.op == "-":
        value = _describe(expr.expr, types, leaves)
        if isinstance(value, int | float):
            return -value
        raise _NotLiteral(expr)
    if isinstance(expr, OpExpr) and expr.op in _OPERATORS:
        left = _describe(expr.left, types, leaves)
        right = _describe(expr.right, types, leaves)
        if isinstance(left, int | float) and isinstance(right, int | float):
            return _OPERATORS[expr.op](left, right)
        raise _NotLiteral(expr)
    return _leaf(expr, types, leaves)


def _describe_call(
    call: CallExpr, types: Mapping[Expression, Type], leaves: _Leaves
) -> Call | Known:
    callee = call.callee
    if isinstance(callee, NameExpr | MemberExpr) and callee.fullname in leaves.user:
        return _known(leaves.user[callee.fullname], call, types)
    if not isinstance(callee, NameExpr | MemberExpr) or not callee.fullname.startswith(_TRUSTED):
        raise _NotLiteral(call)
    args: list[Any] = []
    kwargs: list[tuple[str, Any]] = []
    for arg, kind, name in zip(call.args, call.arg_kinds, call.arg_names, strict=True):
        if name in _PLACEMENT:
            continue
        if kind.is_star():
            raise _NotLiteral(call)
        value = _describe(arg, types, leaves)
        if name is None:
            args.append(value)
        else:
            kwargs.append((name, value))
    return Call(callee.fullname, tuple(args), tuple(kwargs))


def _repeat(generator: GeneratorExpr, types: Mapping[Expression, Type], leaves: _Leaves) -> Repeat:
    """`[Block(d) for _ in range(n)]`: n copies of one call (the element must not read the
    loop variable, and nothing filters)."""
    (sequence,) = generator.sequences
    (index,) = generator.indices
    if (
        any(generator.condlists)
        or not isinstance(index, NameExpr)
        or not isinstance(sequence, CallExpr)
        or not isinstance(sequence.callee, NameExpr)
        or sequence.callee.fullname != "builtins.range"
        or len(sequence.args) != 1
        or index.name in _names(generator.left_expr)
    ):
        raise _NotLiteral(generator)
    times = _describe(sequence.args[0], types, leaves)
    if isinstance(times, bool) or not isinstance(times, int | Symbol | Unknown):
        raise _NotLiteral(generator)
    return Repeat(_describe(generator.left_expr, types, leaves), times)


def _names(expr: Expression) -> set[str]:
    """The plain names `expr` reads (not inside a nested comprehension or lambda)."""
    if isinstance(expr, NameExpr):
        return {expr.name}
    if isinstance(expr, CallExpr):
        children = [expr.callee, *expr.args]
    elif isinstance(expr, MemberExpr | UnaryExpr):
        children = [expr.expr]
    elif isinstance(expr, OpExpr):
        children = [expr.left, expr.right]
    elif isinstance(expr, TupleExpr | ListExpr):
        children = list(expr.items)
    elif isinstance(expr, IntExpr | FloatExpr | StrExpr):
        children = []
    else:
        raise _NotLiteral(expr)
    return set().union(*(_names(child) for child in children))


def _known(layer: UserLayer, call: CallExpr, types: Mapping[Expression, Type]) -> Known:
    """A user layer's count for this call: its total at the sizes the call passes (literal ints,
    each bound to the parameter whose name or TypeVar the total names)."""
    needed = {symbol for monomial, _ in _terms(layer.total) for symbol, _ in monomial}
    if not needed:
        return Known(_evaluate(layer.total, {}))
    given: dict[str, Expression] = {}
    positional = [name for name, _, _, is_positional in layer.parameters if is_positional]
    for index, (arg, kind, name) in enumerate(
        zip(call.args, call.arg_kinds, call.arg_names, strict=True)
    ):
        if kind.is_star():
            raise _NotLiteral(call)
        if name is None:
            if index >= len(positional):
                raise _NotLiteral(call)
            name = positional[index]
        given[name] = arg
    sizes: dict[str, int] = {}
    for name, symbol, default, _ in layer.parameters:
        for key in {name, symbol} & needed:
            expr = given.get(name, default)
            value = None if expr is None else _describe(expr, types, _Leaves())
            if type(value) is not int:
                raise _NotLiteral(call)
            sizes[str(key)] = value
    return Known(_evaluate(layer.total, sizes))


def _literal_value(typ: Type | None) -> object | None:
    proper = get_proper_type(typ) if typ is not None else None
    if isinstance(proper, Instance) and proper.last_known_value is not None:
        proper = proper.last_known_value
    if isinstance(proper, LiteralType) and isinstance(proper.value, int | float | bool):
        return proper.value
    return None


def _leaf(expr: Expression, types: Mapping[Expression, Type], leaves: _Leaves) -> Any:
    proper = get_proper_type(types.get(expr)) if types.get(expr) is not None else None
    if isinstance(proper, TypeVarType):
        bound = get_proper_type(proper.upper_bound)
        if isinstance(bound, Instance) and bound.type.fullname == "builtins.int":
            return leaves.symbols.setdefault(proper.name, Symbol(proper.name))
    if isinstance(proper, Instance):
        kind = proper.type.fullname.removeprefix("builtins.")
        if kind in _PROBES:
            name = expr.name if isinstance(expr, NameExpr | MemberExpr) else None
            unknown = Unknown(len(leaves.unknowns), kind, name)
            leaves.unknowns.append(unknown)
            return unknown
    raise _NotLiteral(expr)


# -- counts --------------------------------------------------------------------------------------

# A monomial: (symbol, power) pairs, sorted; () is the constant term.
Monomial = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Polynomial:
    """A parameter count that depends on symbolic dims: `64*V + 64`."""

    terms: tuple[tuple[Monomial, int], ...]

    @staticmethod
    def of(terms: Mapping[Monomial, int]) -> Count:
        kept = tuple(sorted((m, c) for m, c in terms.items() if c))
        if all(not m for m, _ in kept):
            return kept[0][1] if kept else 0
        return Polynomial(kept)

    def __add__(self, other: Count) -> Count:
        terms = dict(self.terms)
        for monomial, coefficient in _terms(other):
            terms[monomial] = terms.get(monomial, 0) + coefficient
        return Polynomial.of(terms)

    __radd__ = __add__

    def __str__(self) -> str:
        ordered = sorted(self.terms, key=lambda t: (-sum(p for _, p in t[0]), t[0]))
        text = ""
        for monomial, coefficient in ordered:
            factors = [s if p == 1 else f"{s}**{p}" for s, p in monomial]
            magnitude = abs(coefficient)
            if not factors:
                term = f"{magnitude:,}"
            elif magnitude == 1:
                term = "*".join(factors)
            else:
                term = "*".join([f"{magnitude:,}", *factors])
            if not text:
                text = term if coefficient > 0 else f"-{term}"
            else:
                text += f" + {term}" if coefficient > 0 else f" - {term}"
        return text


Count = int | Polynomial


def _terms(count: Count) -> tuple[tuple[Monomial, int], ...]:
    return count.terms if isinstance(count, Polynomial) else (((), count),)


def _fit(symbols: Sequence[str], counts: Mapping[tuple[int, ...], int]) -> Count | None:
    """The polynomial through `counts` (sizes -> count on the grid), or None if it is not one
    of degree <= 3 per symbol with integer coefficients."""
    if not symbols:
        return counts.get(())
    n = len(_GRID)
    # Solve the Vandermonde system along each axis in turn (tensor-product interpolation).
    table: dict[tuple[int, ...], Fraction] = {
        idx: Fraction(counts[tuple(_GRID[i] for i in idx)])
        for idx in itertools.product(range(n), repeat=len(symbols))
    }
    inverse = _vandermonde_inverse(_GRID)
    for axis in range(len(symbols)):
        solved: dict[tuple[int, ...], Fraction] = {}
        for idx in table:
            solved[idx] = sum(
                (
                    inverse[idx[axis]][j] * table[idx[:axis] + (j,) + idx[axis + 1 :]]
                    for j in range(n)
                ),
                Fraction(0),
            )
        table = solved
    terms: dict[Monomial, int] = {}
    for powers, coefficient in table.items():
        if coefficient.denominator != 1:
            return None
        monomial = tuple((s, p) for s, p in zip(symbols, powers, strict=True) if p)
        terms[monomial] = int(coefficient)
    fitted = Polynomial.of(terms)
    check = counts.get(tuple(_CHECK for _ in symbols))
    if check is None or _evaluate(fitted, dict.fromkeys(symbols, _CHECK)) != check:
        return None
    return fitted


def _vandermonde_inverse(points: Sequence[int]) -> list[list[Fraction]]:
    n = len(points)
    rows = [
        [Fraction(p) ** k for k in range(n)] + [Fraction(int(i == r)) for i in range(n)]
        for r, p in enumerate(points)
    ]
    for col in range(n):
        pivot = next(r for r in range(col, n) if rows[r][col] != 0)
        rows[col], rows[pivot] = rows[pivot], rows[col]
        factor = rows[col][col]
        rows[col] = [v / factor for v in rows[col]]
        for r in range(n):
            if r != col and rows[r][col] != 0:
                f = rows[r][col]
                rows[r] = [a - f * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [row[n:] for row in rows]


def _evaluate(count: Count, sizes: Mapping[str, int]) -> int:
    total = 0
    for monomial, coefficient in _terms(count):
        value = coefficient
        for symbol, power in monomial:
            value *= sizes[symbol] ** power
        total += value
    return total


# -- the builds --------------------------------------------------------------------------------


def _encode(value: Any, sizes: Mapping[str, int], probes: Mapping[int, object]) -> Any:
    """A concrete call tree as JSON for the worker (an unknown promoted to a symbol has no
    probe: its size is its name's)."""
    if isinstance(value, Symbol):
        return sizes[value.name]
    if isinstance(value, Unknown):
        return probes[value.key] if value.key in probes else sizes[str(value.name)]
    if isinstance(value, Known):
        return {"known": value.count}
    if isinstance(value, Repeat):
        times = _encode(value.times, sizes, probes)
        return [_encode(value.item, sizes, probes)] * times
    if isinstance(value, Call):
        return {
            "call": value.target,
            "args": [_encode(a, sizes, probes) for a in value.args],
            "kwargs": {k: _encode(v, sizes, probes) for k, v in value.kwargs},
        }
    if isinstance(value, tuple):
        return {"tuple": [_encode(v, sizes, probes) for v in value]}
    if isinstance(value, list):
        return [_encode(v, sizes, probes) for v in value]
    return value


def _probe_sets(unknowns: Sequence[Unknown]) -> list[dict[int, object]]:
    """The first value of every unknown, then each unknown varied alone."""
    base: dict[int, object] = {u.key: _PROBES[u.kind][0] for u in unknowns}
    sets = [base]
    for u in unknowns:
        for value in _PROBES[u.kind][1:]:
            sets.append({**base, u.key: value})
    return sets


class ParamBuilder:
    """The worker process that builds layers, and a cache of what it built.

    Counts of layers without a formula are cached on disk (`cache`, in mypy's cache folder) by
    call: a report whose layers were all counted before starts no worker and imports no torch.
    When the file may need torch and there is no cache file, the worker starts at once, so that
    its torch import overlaps mypy's run (`start`); otherwise only on a miss.
    """

    def __init__(self, cache: Path | None = None) -> None:
        self._process: subprocess.Popen[str] | None = None
        self._failed = False
        self._cache_path = cache
        self._cache: dict[str, int | None] = {}
        self._dirty = False
        if cache is not None:
            try:
                loaded = json.loads(cache.read_text())
                if isinstance(loaded, dict):
                    self._cache = loaded
            except (OSError, ValueError):
                pass

    def start(self, needed: bool = True) -> None:
        """Start the worker now when the file may construct a layer without a formula
        (`needed`) and the cache is unlikely to answer everything."""
        if needed and not self._cache:
            self._spawn()

    def _spawn(self) -> None:
        if self._process is not None or self._failed:
            return
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "typedtorch._report._params_worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
        except OSError:
            self._failed = True

    def count(
        self, calls: Mapping[str, tuple[Call | Known, _Leaves] | None]
    ) -> dict[str, Count | None]:
        """The parameter count of each described call (None: not known statically)."""
        counts: dict[str, Count | None] = dict.fromkeys(calls)
        described = {name: d for name, d in calls.items() if d is not None}
        varying = self._count(described, {}, counts)
        # A count that depends on a named int argument is a polynomial in that name.
        promoted: dict[str, tuple[Call | Known, _Leaves]] = {}
        names: dict[str, dict[int, str]] = {}
        for name in varying:
            call, leaves = described[name]
            ints = {u.key: u.name for u in leaves.unknowns if u.kind == "int" and u.name}
            symbols = {*leaves.symbols, *ints.values()}
            if ints and len(symbols) <= _MAX_SYMBOLS:
                promoted[name] = (call, leaves)
                names[name] = {k: str(v) for k, v in ints.items()}
        if promoted:
            self._count(promoted, names, counts)
        return counts

    def _count(
        self,
        calls: Mapping[str, tuple[Call | Known, _Leaves]],
        promoted: Mapping[str, Mapping[int, str]],
        counts: dict[str, Count | None],
    ) -> list[str]:
        """Fill `counts` for `calls`; returns the calls whose count varied with an unknown."""
        plans: dict[str, tuple[list[str], list[tuple[tuple[int, ...], int]]]] = {}
        trees: list[Any] = []
        for name, (call, leaves) in calls.items():
            as_symbols = promoted.get(name, {})
            symbols = list(dict.fromkeys([*leaves.symbols, *as_symbols.values()]))
            unknowns = [u for u in leaves.unknowns if u.key not in as_symbols]
            points = list(itertools.product(_GRID, repeat=len(symbols)))
            points.append(tuple(_CHECK for _ in symbols))
            plan = []
            for point in dict.fromkeys(points):
                sizes = dict(zip(symbols, point, strict=True))
                for probes in _probe_sets(unknowns):
                    plan.append((point, len(trees)))
                    trees.append(_encode(call, sizes, probes))
            plans[name] = (symbols, plan)
        results = self._build(trees)
        varying = []
        for name, (symbols, plan) in plans.items():
            by_point: dict[tuple[int, ...], set[int | None]] = {}
            for point, index in plan:
                by_point.setdefault(point, set()).add(results[index])
            if any(None in found for found in by_point.values()):
                continue  # torch rejected a build: unknown
            if any(len(found) != 1 for found in by_point.values()):
                varying.append(name)  # the count depends on an unknown argument
                continue
            exact = {point: next(iter(found)) for point, found in by_point.items()}
            counts[name] = _fit(symbols, exact)  # type: ignore[arg-type]
        return varying

    def _build(self, trees: list[Any]) -> list[int | None]:
        keys = [json.dumps(tree, sort_keys=True) for tree in trees]
        known: dict[str, int | None] = {}
        missing: list[str] = []
        for key, tree in zip(keys, trees, strict=True):
            if key in known or key in self._cache:
                continue
            formula = None if tree.get("call") in NOT_LAYERS else formula_count(tree)
            if formula is not None or tree.get("call") in NOT_LAYERS:
                known[key] = formula
            else:
                missing.append(key)
                known[key] = None
        if missing:
            answers = self._ask([json.loads(k) for k in missing])
            if answers is not None:
                self._cache.update(zip(missing, answers, strict=True))
                self._dirty = True
        return [self._cache[k] if k in self._cache else known[k] for k in keys]

    def _ask(self, trees: list[Any]) -> list[int | None] | None:
        self._spawn()
        process = self._process
        if process is None or process.stdin is None or process.stdout is None:
            return None
        try:
            process.stdin.write(json.dumps(trees) + "\n")
            process.stdin.flush()
            answer = json.loads(process.stdout.readline() or "null")
        except (OSError, ValueError):
            answer = None
        if not isinstance(answer, list) or len(answer) != len(trees):
            self.close()
            self._failed = True
            return None
        return [a if isinstance(a, int) else None for a in answer]

    def save(self) -> None:
        """Write the cache (atomically; a cache that cannot be written is skipped)."""
        path = self._cache_path
        if path is None or not self._dirty:
            return
        entries = dict(list(self._cache.items())[-_CACHE_ENTRIES:])
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps(entries))
            os.replace(temporary, path)
        except OSError:
            pass
        self._dirty = False

    def close(self) -> None:
        """Stop the worker. It holds no state worth a clean exit (its answers are in), and
        torch's interpreter teardown costs a third of a second or more: it is killed."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()
        process.kill()
        process.wait()
