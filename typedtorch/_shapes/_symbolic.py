"""Symbolic integer dims: one canonical normal form, three-valued equality, readable printing.

A dim is a plain `int`, the `UNKNOWN` singleton, or an `Expr`: a polynomial with integer
coefficients over atoms. Atoms are symbols (the plugin's TypeVars) and irreducible floor
divisions. Expressions are kept fully expanded and sorted, so two equal expressions are equal
objects (and the plugin turns equal objects into equal mypy types); constants fold, and an
expression that folds to a constant becomes a plain `int`.

`%` and ceil-division are rewritten into floor divisions (`a % c == a - c * (a // c)`), so the
normal form needs no other atom.

Rules written against this module use ordinary operators (`(h + 2 * p - k) // s + 1`); with plain
ints they are plain int arithmetic, which is what the runtime checks and property tests run.
"""

from __future__ import annotations

import contextlib
import contextvars
import enum
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass


class _Unknown:
    """A dim nobody knows (mypy's `Any`). Arithmetic with it is unknown."""

    _instance: _Unknown | None = None

    def __new__(cls) -> _Unknown:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNKNOWN"

    def __str__(self) -> str:
        return "?"

    def _absorb(self, other: object) -> _Unknown:
        return self

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _absorb
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = _absorb

    def __neg__(self) -> _Unknown:
        return self


UNKNOWN = _Unknown()


@dataclass(frozen=True, order=True)
class Sym:
    """A named symbolic dim. `key` tells apart two symbols that print alike."""

    name: str
    key: str = ""

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class FloorDivAtom:
    """`num // den` that cannot be simplified; `num` and `den` are in normal form."""

    num: Dim
    den: Dim

    def sort_key(self) -> tuple[str, ...]:
        return ("~", format_dim(self.num), format_dim(self.den))


Atom = Sym | FloorDivAtom
# A monomial is a sorted tuple of atoms (repeated for powers); () is the constant monomial.
Monomial = tuple[Atom, ...]


def _atom_key(atom: Atom) -> tuple[str, ...]:
    if isinstance(atom, Sym):
        return ("", atom.name, atom.key)
    return atom.sort_key()


def _monomial_key(mono: Monomial) -> tuple[int, tuple[tuple[str, ...], ...]]:
    # Higher degree first, then by atom names: the order terms are printed in.
    return (-len(mono), tuple(_atom_key(a) for a in mono))


class Expr:
    """A non-constant polynomial over atoms, in normal form. Build with `sym` and operators."""

    __slots__ = ("_hash", "terms")
    terms: tuple[tuple[Monomial, int], ...]

    def __init__(self, terms: tuple[tuple[Monomial, int], ...]) -> None:
        self.terms = terms
        self._hash = hash(terms)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Expr) and self.terms == other.terms

    def __hash__(self) -> int:
        return self._hash

    def __repr__(self) -> str:
        return f"Expr({format_dim(self)!r})"

    def __str__(self) -> str:
        return format_dim(self)

    def __add__(self, other: Dim) -> Dim:
        return add(self, other)

    __radd__ = __add__

    def __sub__(self, other: Dim) -> Dim:
        return sub(self, other)

    def __rsub__(self, other: Dim) -> Dim:
        return sub(other, self)

    def __mul__(self, other: Dim) -> Dim:
        return mul(self, other)

    __rmul__ = __mul__

    def __neg__(self) -> Dim:
        return mul(self, -1)

    def __floordiv__(self, other: Dim) -> Dim:
        return floordiv(self, other)

    def __rfloordiv__(self, other: Dim) -> Dim:
        return floordiv(other, self)

    def __mod__(self, other: Dim) -> Dim:
        return mod(self, other)

    def __rmod__(self, other: Dim) -> Dim:
        return mod(other, self)


Dim = int | Expr | _Unknown


# ----------------------------------------------------------------------------------------------
# Construction and normalisation


def sym(name: str, key: str = "") -> Expr:
    """The dim of one symbol, e.g. a TypeVar `H`."""
    return Expr((((Sym(name, key),), 1),))


def _from_terms(terms: Mapping[Monomial, int]) -> Dim:
    items = tuple(
        sorted(((m, c) for m, c in terms.items() if c != 0), key=lambda mc: _monomial_key(mc[0]))
    )
    if not items:
        return 0
    if len(items) == 1 and items[0][0] == ():
        return items[0][1]
    return Expr(items)


def _terms(d: int | Expr) -> dict[Monomial, int]:
    if isinstance(d, int):
        return {(): d} if d else {}
    return dict(d.terms)


def _check(d: object) -> None:
    if not isinstance(d, (int, Expr, _Unknown)) or isinstance(d, bool):
        raise TypeError(f"not a dim: {d!r}")


def add(a: Dim, b: Dim) -> Dim:
    if isinstance(a, int) and isinstance(b, int):
        return a + b
    _check(a)
    _check(b)
    if isinstance(a, _Unknown) or isinstance(b, _Unknown):
        return UNKNOWN
    terms = _terms(a)
    for m, c in _terms(b).items():
        terms[m] = terms.get(m, 0) + c
    return _from_terms(terms)


def sub(a: Dim, b: Dim) -> Dim:
    return add(a, mul(b, -1))


def mul(a: Dim, b: Dim) -> Dim:
    if isinstance(a, int) and isinstance(b, int):
        return a * b
    _check(a)
    _check(b)
    if isinstance(a, _Unknown) or isinstance(b, _Unknown):
        return UNKNOWN
    terms: dict[Monomial, int] = {}
    for ma, ca in _terms(a).items():
        for mb, cb in _terms(b).items():
            m = tuple(sorted(ma + mb, key=_atom_key))
            terms[m] = terms.get(m, 0) + ca * cb
    return _from_terms(terms)


def floordiv(a: Dim, b: Dim) -> Dim:
    """Floor division in normal form: `(2*H + W + 3) // 2` is `H + 1 + (W + 1) // 2`."""
    if isinstance(a, int) and isinstance(b, int):
        return a // b
    _check(a)
    _check(b)
    if isinstance(a, _Unknown) or isinstance(b, _Unknown):
        return UNKNOWN
    if b == 0:
        raise ZeroDivisionError("symbolic floor division by zero")
    if isinstance(b, int):
        if b < 0:
            return floordiv(mul(a, -1), -b)
        if b == 1:
            return a
        # a = b*q + r with every coefficient of r in [0, b): then a // b == q + r // b exactly.
        quotient: dict[Monomial, int] = {}
        remainder: dict[Monomial, int] = {}
        for m, c in _terms(a).items():
            q, r = divmod(c, b)
            if q:
                quotient[m] = q
            if r:
                remainder[m] = r
        rest = _from_terms(remainder)
        if isinstance(rest, int):
            return add(_from_terms(quotient), rest // b)
        nested = _single_floordiv(rest)
        if nested is not None and isinstance(nested.den, int) and nested.den > 0:
            # (x // k) // b == x // (k * b) for integers x and positive k, b.
            return add(_from_terms(quotient), floordiv(nested.num, nested.den * b))
        return add(_from_terms(quotient), _atom_expr(FloorDivAtom(rest, b)))
    exact = _divide_exactly(a, b)
    if exact is not None:
        return exact
    return _atom_expr(FloorDivAtom(a, b))


def _divide_exactly(a: Dim, b: Expr) -> Dim | None:
    """`a / b` when `b` is one monomial (with a positive coefficient) that divides every term
    of `a`, coefficients included: `48 * B * T // (12 * B * T)` is 4."""
    if len(b.terms) != 1 or b.terms[0][1] <= 0:
        return None
    divisor, scale = list(b.terms[0][0]), b.terms[0][1]
    out: dict[Monomial, int] = {}
    for m, c in _terms(a if not isinstance(a, _Unknown) else 0).items():
        rest = list(m)
        for atom in divisor:
            if atom not in rest:
                return None
            rest.remove(atom)
        if c % scale:
            return None
        out[tuple(rest)] = c // scale
    return _from_terms(out)


def _single_floordiv(d: Dim) -> FloorDivAtom | None:
    """`d` when it is exactly one floor division `x // k` (coefficient 1, nothing added)."""
    if isinstance(d, Expr) and len(d.terms) == 1:
        monomial, coefficient = d.terms[0]
        if coefficient == 1 and len(monomial) == 1 and isinstance(monomial[0], FloorDivAtom):
            return monomial[0]
    return None


def _atom_expr(atom: Atom) -> Expr:
    return Expr((((atom,), 1),))


def mod(a: Dim, b: Dim) -> Dim:
    """Python's `%` (the sign of the divisor), as `a - b * (a // b)`."""
    if isinstance(a, int) and isinstance(b, int):
        return a % b
    return sub(a, mul(b, floordiv(a, b)))


def ceildiv(a: Dim, b: Dim) -> Dim:
    """Ceiling division, the form torch's ceil-mode formulas use.

    For a positive constant divisor it is written `(a + b - 1) // b`, the same normal form a
    user's `(H + 1) // 2` has; otherwise `-(-a // b)`.
    """
    if isinstance(b, int) and b > 0:
        return floordiv(add(a, b - 1), b)
    return mul(floordiv(mul(a, -1), b), -1)


def max_dim(a: Dim, b: Dim) -> Dim:
    """`max(a, b)` where it can be decided, else unknown."""
    if isinstance(a, int) and isinstance(b, int):
        return max(a, b)
    diff = sub(a, b)
    if isinstance(diff, int):
        return a if diff >= 0 else b
    return UNKNOWN


def product(dims: Iterable[Dim]) -> Dim:
    out: Dim = 1
    for d in dims:
        out = mul(out, d)
    return out


# ----------------------------------------------------------------------------------------------
# Three-valued comparison


class Truth(enum.Enum):
    """The answer of a comparison between dims: yes, no, or cannot tell."""

    TRUE = "true"
    FALSE = "false"
    UNKNOWN = "unknown"

    def __bool__(self) -> bool:
        raise TypeError("a Truth is three-valued; compare it with Truth.TRUE / Truth.FALSE")


# -- facts: what the code asserts about its sizes ------------------------------------------------


@dataclass(frozen=True)
class Facts:
    """What the code states about sizes (`assert n_embd % n_head == 0`, `assert h == w`):
    `equal` maps a symbol to the dim it equals; `divisible` holds `(num, den)` pairs with
    `num % den == 0`. Comparisons made while they are assumed (`assuming`) use them."""

    equal: tuple[tuple[Sym, Dim], ...] = ()
    divisible: tuple[tuple[Dim, Dim], ...] = ()
    # `(S, k)`: the symbol is at least k (`assert T >= 2`, `if x.size(1) < 2: raise`).
    at_least: tuple[tuple[Sym, int], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.equal or self.divisible or self.at_least)


_NO_FACTS: Facts = Facts()  # frozen: one shared default is safe
_FACTS: contextvars.ContextVar[Facts] = contextvars.ContextVar(
    "typedtorch_facts", default=_NO_FACTS
)


@contextlib.contextmanager
def assuming(facts: Facts) -> Iterator[None]:
    """Compare and simplify dims under `facts` within the block."""
    token = _FACTS.set(facts)
    try:
        yield
    finally:
        _FACTS.reset(token)


_WIDTHS: contextvars.ContextVar[bool] = contextvars.ContextVar("typedtorch_widths", default=False)


@contextlib.contextmanager
def symbols_are_widths() -> Iterator[None]:
    """Within the block, every symbol stands for a size of at least 1: what a layer's width
    is (`ConvTranspose2d(nz, ngf * 8)` with `ngf` 0 builds nothing), not what a tensor dim is
    (a batch may be empty). Then `4 * C` and `8 * C` differ for sure."""
    token = _WIDTHS.set(True)
    try:
        yield
    finally:
        _WIDTHS.reset(token)


def apply_facts(d: Dim) -> Dim:
    """`d` simplified by the facts assumed now: equal symbols replaced, and `k * (n // k)` made
    `n` where `n % k == 0` is stated."""
    facts = _FACTS.get()
    if not facts or not isinstance(d, Expr):
        return d
    if facts.equal:
        d = substitute(d, dict(facts.equal))
    for num, den in facts.divisible:
        d = _cancel(d, num, den)
    return d


def _cancel(d: Dim, num: Dim, den: Dim) -> Dim:
    """`d` with every term holding `den * (num // den)` (den a monomial) given `num` for it."""
    if not isinstance(d, Expr):
        return d
    if isinstance(den, int):
        den_atoms: list[Atom] = []
        den_coef = den
    elif isinstance(den, Expr) and len(den.terms) == 1:
        den_atoms, den_coef = list(den.terms[0][0]), den.terms[0][1]
    else:
        return d
    if den_coef <= 0:
        return d
    total: Dim = 0
    for mono, coef in d.terms:
        atoms = list(mono)
        target = next(
            (a for a in atoms if isinstance(a, FloorDivAtom) and a.num == num and a.den == den),
            None,
        )
        rest = list(atoms)
        if target is not None:
            rest.remove(target)
        if (
            target is None
            or coef % den_coef
            or any(rest.count(a) < den_atoms.count(a) for a in den_atoms)
        ):
            term: Dim = coef
            for atom in atoms:
                term = mul(term, _atom_expr(atom))
            total = add(total, term)
            continue
        for a in den_atoms:
            rest.remove(a)
        term = mul(coef // den_coef, num)
        for atom in rest:
            term = mul(term, _atom_expr(atom))
        total = add(total, term)
    return total


def dims_equal(a: Dim, b: Dim) -> Truth:
    """Whether two dims are equal: TRUE, FALSE, or UNKNOWN when symbols may or may not agree.

    An unknown dim (`Any`) is compatible with everything, so it compares TRUE: the checker
    reports nothing it cannot justify. The facts assumed now (`assuming`) count.
    """
    if isinstance(a, int) and isinstance(b, int):
        return Truth.TRUE if a == b else Truth.FALSE
    if isinstance(a, _Unknown) or isinstance(b, _Unknown):
        return Truth.TRUE
    diff = apply_facts(sub(a, b))
    if isinstance(diff, int):
        return Truth.TRUE if diff == 0 else Truth.FALSE
    if isinstance(diff, Expr) and _WIDTHS.get() and _never_zero(diff):
        return Truth.FALSE
    return Truth.UNKNOWN


def _never_zero(d: Expr) -> bool:
    """Whether `d` differs from 0 whenever each symbol is at least 1 (`symbols_are_widths`):
    `4 * C` vs `8 * C`, `H * W` vs `H * W + W`. Only sums of products of plain symbols whose
    coefficients share one sign; a floor division (`H // 2`, which may be 0) keeps it unknown."""
    if any(not isinstance(atom, Sym) for mono, _ in d.terms for atom in mono):
        return False
    coefficients = [coef for _, coef in d.terms]
    return all(c > 0 for c in coefficients) or all(c < 0 for c in coefficients)


def never_negative(d: Dim) -> bool:
    """Whether `d >= 0` for every value of its symbols (each a size, so >= 0): a polynomial whose
    coefficients, constant included, are all >= 0, over symbols and floor divisions of such
    polynomials by positive ones. `N + 1 - 1` is, `H - 3` is not (H may be 1)."""
    if isinstance(d, int):
        return d >= 0
    if isinstance(d, _Unknown):
        return False
    d = apply_facts(d)
    # A symbol known to be at least k is k plus a size: `T - 1` is never negative once T >= 1.
    bounds = {symbol: add(sym(symbol.name, symbol.key), k) for symbol, k in _FACTS.get().at_least}
    if bounds and isinstance(d, Expr):
        d = substitute(d, bounds)
    if not isinstance(d, Expr):
        return isinstance(d, int) and d >= 0
    return all(
        coef >= 0 and all(_atom_never_negative(atom) for atom in mono) for mono, coef in d.terms
    )


def _atom_never_negative(atom: Atom) -> bool:
    if isinstance(atom, Sym):
        return True
    return never_negative(atom.num) and never_negative(atom.den)


def is_known(d: Dim) -> bool:
    """Whether `d` is a concrete or symbolic value (not `UNKNOWN`, nothing unknown inside)."""
    return not isinstance(d, _Unknown)


def compare_int(a: Dim, op: str, value: int) -> Truth:
    """Three-valued `a <op> value` for op in `< <= > >= == !=`; symbols are only known >= 0."""
    if isinstance(a, _Unknown):
        return Truth.UNKNOWN
    if isinstance(a, int):
        result = {
            "<": a < value,
            "<=": a <= value,
            ">": a > value,
            ">=": a >= value,
            "==": a == value,
            "!=": a != value,
        }[op]
        return Truth.TRUE if result else Truth.FALSE
    return Truth.UNKNOWN


# ----------------------------------------------------------------------------------------------
# Readable printing


def format_dim(d: Dim) -> str:
    """A dim as a user would write it: `(H - 1) // 2 + 1`, `2 * H * W`, `?` for unknown."""
    if isinstance(d, int):
        return str(d)
    if isinstance(d, _Unknown):
        return "?"
    out = ""
    for i, (mono, coef) in enumerate(d.terms):
        text = _format_monomial(mono, abs(coef))
        if i == 0:
            out = text if coef > 0 else f"-{text}"
        else:
            out += f" + {text}" if coef > 0 else f" - {text}"
    return out


def _format_monomial(mono: Monomial, coef: int) -> str:
    if not mono:
        return str(coef)
    factors = [_format_atom(a, alone=len(mono) == 1 and coef == 1) for a in mono]
    if coef != 1:
        factors.insert(0, str(coef))
    return " * ".join(factors)


def _format_atom(atom: Atom, alone: bool) -> str:
    if isinstance(atom, Sym):
        return atom.name
    num = format_dim(atom.num)
    den = format_dim(atom.den)
    if isinstance(atom.num, Expr) and len(atom.num.terms) > 1:
        num = f"({num})"
    if isinstance(atom.den, Expr) and (
        len(atom.den.terms) > 1 or atom.den.terms[0][1] != 1 or len(atom.den.terms[0][0]) > 1
    ):
        den = f"({den})"
    text = f"{num} // {den}"
    return text if alone else f"({text})"


def format_shape(shape: Iterable[Dim]) -> str:
    """A shape as `[B, 3, (H - 1) // 2 + 1]`."""
    return "[" + ", ".join(format_dim(d) for d in shape) + "]"


def symbols(d: Dim) -> set[Sym]:
    """Every symbol that occurs in `d`, inside floor divisions too."""
    found: set[Sym] = set()
    if isinstance(d, Expr):
        for mono, _ in d.terms:
            for atom in mono:
                if isinstance(atom, Sym):
                    found.add(atom)
                else:
                    found |= symbols(atom.num) | symbols(atom.den)
    return found


def substitute(d: Dim, values: Mapping[Sym, Dim]) -> Dim:
    """`d` with symbols replaced (by ints or other dims), renormalised."""
    if not isinstance(d, Expr):
        return d
    total: Dim = 0
    for mono, coef in d.terms:
        term: Dim = coef
        for atom in mono:
            if isinstance(atom, Sym):
                value = values.get(atom)
                term = mul(term, value if value is not None else _atom_expr(atom))
            else:
                term = mul(
                    term, floordiv(substitute(atom.num, values), substitute(atom.den, values))
                )
        total = add(total, term)
    return total
