"""The generator: typed programs built by running them.

A program starts from one input parameter (random rank, dims, dtype; dims literal or symbolic)
and grows step by step. Each step is drawn from an op family (`_ops.py`), which writes the
expression in the program's spelling (torch's names or typedtorch's) and may add operand
parameters whose dims are tied to the ones at hand (the same literal or symbol). The candidate is
run under torch at once: a valid program keeps only candidates torch runs; a program meant to
have one error ends with a candidate torch rejects. So every program is, by construction, valid
or wrong in exactly its last step, for the runtime values of its symbols.

The generator tracks, for every dim of every tensor, the annotation that names it (`L[3]`, `H`)
where it knows one, and a Python expression for its size (`3`, `x0.size(1)`), so that operands
and size arguments can be written in the program's own terms.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import torch

from ._execute import Raised, base_namespace, make_value, param_seed, run_step
from ._model import SYMBOLS, Dim, Param, Program, Step

_ROOT: Final = Path(__file__).resolve().parents[2]


def _exported(pyi: str) -> frozenset[str]:
    text = (_ROOT / pyi).read_text()
    return frozenset(m[1] for m in re.finditer(r"\b(\w+) as (\w+)", text) if m[1] == m[2])


TT_NAMES: Final = _exported("typedtorch/__init__.pyi")
TF_NAMES: Final = _exported("typedtorch/functional/__init__.pyi")
TNN_NAMES: Final = _exported("typedtorch/nn/__init__.pyi")

DTYPES: Final = (
    "float32",
    "float64",
    "float16",
    "bfloat16",
    "int64",
    "int32",
    "int16",
    "int8",
    "uint8",
    "bool",
    "complex64",
)
_DTYPE_WEIGHTS: Final = (34, 10, 5, 5, 14, 6, 3, 3, 4, 12, 2)
FLOATS: Final = ("float32", "float64", "float16", "bfloat16")
INTS: Final = ("int64", "int32", "int16", "int8", "uint8")
MAX_NUMEL: Final = 4096


@dataclass(frozen=True)
class DI:
    """What the generator knows of one dim: the annotation naming it (None: no name known), a
    Python expression for its size, and its runtime value."""

    atom: str | None
    expr: str
    value: int

    @property
    def literal(self) -> bool:
        return self.atom is not None and self.atom.startswith("L[")


def lit_di(n: int) -> DI:
    return DI(f"L[{n}]", str(n), n)


@dataclass
class TV:
    """A tensor the program holds: its variable, runtime value and dims."""

    name: str
    value: Any
    dims: tuple[DI, ...]
    is_tuple: bool = False

    @property
    def rank(self) -> int:
        return len(self.dims)

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(d.value for d in self.dims)

    @property
    def literal(self) -> bool:
        return all(d.literal for d in self.dims)

    @property
    def dtype(self) -> str:
        return str(self.value.dtype).removeprefix("torch.") if not self.is_tuple else ""

    @property
    def numel(self) -> int:
        n = 1
        for d in self.dims:
            n *= d.value
        return n


@dataclass
class Cand:
    """A candidate step: the op's name, the expression, new operand parameters, and the result's
    dims where the op family can say them in terms of its inputs' (None: see `Gen.result_dims`)."""

    op: str
    expr: str
    params: list[tuple[Param, TV]] = field(default_factory=list)
    dims: list[DI] | None = None
    uses: tuple[str, ...] = ()


class Gen:
    """The state of one program being generated."""

    def __init__(self, seed: int, pid: str, spelling: str, symbolic: bool) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.pid = pid
        self.spelling = spelling
        self.symbolic = symbolic
        self.binding = {s: self.rng.choice([1, 1, 2, 2, 3, 3, 4, 5]) for s in SYMBOLS}
        if self.rng.random() < 0.05:  # an empty symbol now and then: a corner, not the norm
            self.binding[self.rng.choice(SYMBOLS)] = 0
        self.params: list[Param] = []
        self.tensors: list[TV] = []
        self.steps: list[Step] = []
        self.ns: dict[str, Any] = base_namespace()
        self.want_bad = False
        self._pending: list[tuple[Param, TV]] = []

    # -- spelling ------------------------------------------------------------------------------

    def fn(self, name: str) -> str:
        """A function of `torch`: `tt.name` in typedtorch's spelling where typedtorch has it."""
        if self.spelling == "typedtorch" and name in TT_NAMES:
            return f"tt.{name}"
        return f"torch.{name}"

    def F(self, name: str) -> str:  # noqa: N802 - mirrors `F.` in the generated code
        if self.spelling == "typedtorch" and name in TF_NAMES:
            return f"TF.{name}"
        return f"F.{name}"

    def nn(self, name: str) -> str:
        if self.spelling == "typedtorch" and name in TNN_NAMES:
            return f"tnn.{name}"
        return f"nn.{name}"

    def dt(self, dtype: str) -> str:
        return f"tt.{dtype}" if self.spelling == "typedtorch" else f"torch.{dtype}"

    # -- randomness ----------------------------------------------------------------------------

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def bad(self, p: float = 0.6) -> bool:
        """Whether to put an error in this candidate (often when an error is wanted)."""
        return self.rng.random() < (p if self.want_bad else 0.02)

    def pick(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))

    def dtype(self) -> str:
        return self.rng.choices(DTYPES, weights=_DTYPE_WEIGHTS)[0]

    def size_value(self) -> int:
        if self.rng.random() < 0.03:
            return 0
        return self.rng.choice([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6])

    # -- parameters ----------------------------------------------------------------------------

    def _dim_for(self, value: int | None = None) -> Dim:
        """A new parameter dim: a literal, or in a symbolic program often a symbol."""
        if self.symbolic and value is None and self.chance(0.5):
            s = self.pick(SYMBOLS[:4])
            v = self.binding[s]
            r = self.rng.random()
            if r < 0.08:
                return Dim(f"tt.Add[{s}, L[1]]", v + 1)
            if r < 0.14:
                return Dim(f"tt.Mul[L[2], {s}]", 2 * v)
            return Dim(s, v)
        n = self.size_value() if value is None else value
        return Dim(f"L[{n}]", n)

    def new_param(
        self,
        dims: list[DI | int | Dim] | None = None,
        dtype: str | None = None,
        init: str = "randn",
        device: str = "cpu",
        rank: int | None = None,
    ) -> TV:
        """A new operand parameter (kept only if the candidate that asked for it is kept)."""
        index = len(self.params) + len(self._pending)
        name = f"x{index}"
        if dims is None:
            r = rank if rank is not None else self.rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 4])
            dims = [self._dim_for() for _ in range(r)]
        pdims: list[Dim] = []
        for d in dims:
            if isinstance(d, Dim):
                pdims.append(d)
            elif isinstance(d, int):
                pdims.append(Dim(f"L[{d}]", d))
            elif d.atom is not None:
                pdims.append(Dim(d.atom, d.value))
            else:
                pdims.append(Dim(f"L[{d.value}]", d.value))
        param = Param(name, dtype or self.dtype(), tuple(pdims), device, init)
        value = make_value(param, torch.Generator().manual_seed(param_seed(self.seed, name)))
        tdims = tuple(
            DI(d.text, str(d.value) if d.literal else f"{name}.size({i})", d.value)
            for i, d in enumerate(pdims)
        )
        tv = TV(name, value, tdims)
        self._pending.append((param, tv))
        return tv

    def take_pending(self) -> list[tuple[Param, TV]]:
        out, self._pending = self._pending, []
        return out

    # -- dims ------------------------------------------------------------------------------------

    def next_var(self) -> str:
        return f"s{len(self.steps) + 1}"

    def result_dims(self, cand: Cand, inputs: list[TV], value: Any, var: str) -> tuple[DI, ...]:
        """The result's dims: the family's where it gave them, literals when every input was
        literal (and so the result is), else sizes read off the result (`s3.size(1)`)."""
        shape = tuple(value.shape)
        if cand.dims is not None and len(cand.dims) == len(shape):
            if all(d.value == n for d, n in zip(cand.dims, shape, strict=True)):
                return tuple(cand.dims)
        if all(t.literal for t in inputs) and not _mentions_symbol_expr(cand.expr):
            return tuple(lit_di(n) for n in shape)
        return tuple(DI(None, f"{var}.size({i})", n) for i, n in enumerate(shape))

    def size_expr(self, dims: list[DI]) -> tuple[str, int]:
        """A Python expression for the product of `dims` (a number when all are literal)."""
        value = 1
        for d in dims:
            value *= d.value
        if all(d.literal for d in dims):
            return str(value), value
        lits = 1
        parts = []
        for d in dims:
            if d.literal:
                lits *= d.value
            else:
                parts.append(d.expr)
        if lits != 1 or not parts:
            parts.append(str(lits))
        return " * ".join(parts), value


def _mentions_symbol_expr(expr: str) -> bool:
    return ".size(" in expr or ".shape[" in expr


# An op family: the candidate for the current tensor, or None where it does not apply.
Family = Callable[[Gen, TV], Cand | None]


def generate(
    seed: int,
    pid: str,
    families: list[tuple[Family, float]],
    tuple_index: Family,
    spelling: str | None = None,
) -> Program:
    """One program; see the module docstring."""
    rng = random.Random(seed ^ 0x5EED)
    spelling = spelling or rng.choice(["torch", "typedtorch"])
    symbolic = rng.random() < 0.4
    g = Gen(seed, pid, spelling, symbolic)
    # All on the CPU: the only other device here is "meta", whose kernels skip the device and
    # dtype checks that real devices make (meta @ cpu runs), so it is no oracle for them.
    first = g.new_param(rank=rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4]))
    g.params.extend(p for p, _ in g.take_pending())
    g.tensors.append(first)
    g.ns[first.name] = first.value
    want_error = rng.random() < 0.5
    n_steps = rng.choice([1, 1, 2, 2, 2, 3, 3, 4, 5])
    weights = [w for _, w in families]
    current = first
    for k in range(n_steps):
        need_raise = want_error and k == n_steps - 1
        g.want_bad = need_raise
        accepted = False
        for _ in range(60 if need_raise else 30):
            if current.is_tuple:
                family = tuple_index
            else:
                family = rng.choices([f for f, _ in families], weights=weights)[0]
                if len(g.tensors) > 1 and rng.random() < 0.15:
                    current = rng.choice([t for t in g.tensors if not t.is_tuple] or [current])
            cand = family(g, current)
            if cand is None:
                g.take_pending()
                continue
            pending = g.take_pending()
            ns = dict(g.ns)
            for _, tv in pending:
                ns[tv.name] = tv.value
            value, outcome = run_step(ns, cand.expr)
            raised = isinstance(outcome, Raised)
            if raised != need_raise:
                continue
            if not raised and not _acceptable(value):
                continue
            var = g.next_var()
            uses = tuple(
                sorted(
                    {t.name for t in g.tensors if re.search(rf"\b{t.name}\b", cand.expr)}
                    | {tv.name for _, tv in pending}
                )
            )
            g.params.extend(p for p, _ in pending)
            g.tensors.extend(tv for _, tv in pending)
            for _, tv in pending:
                g.ns[tv.name] = tv.value
            g.steps.append(Step(var, cand.expr, cand.op, uses))
            accepted = True
            if raised:
                break
            g.ns[var] = value
            inputs = [t for t in g.tensors if t.name in uses]
            if isinstance(value, torch.Tensor):
                current = TV(var, value, g.result_dims(cand, inputs, value, var))
            else:
                current = TV(var, value, (), is_tuple=True)
            g.tensors.append(current)
            break
        if not accepted or (accepted and need_raise):
            break
    intent = "error" if g.steps and want_error and _last_raises(g) else "valid"
    return Program(
        pid=pid,
        spelling=spelling,
        binding=tuple(sorted(g.binding.items())),
        params=tuple(g.params),
        steps=tuple(g.steps),
        seed=seed,
        intent=intent,
    )


def _last_raises(g: Gen) -> bool:
    return bool(g.steps) and g.steps[-1].var not in g.ns


def _acceptable(value: Any) -> bool:
    """Results the next steps can work with: tensors (or tuples of them) of modest size."""
    if isinstance(value, torch.Tensor):
        return value.numel() <= MAX_NUMEL and value.dim() <= 6
    if (
        isinstance(value, (tuple, list))
        and value
        and all(isinstance(v, torch.Tensor) for v in value)
    ):
        return len(value) <= 8 and all(v.numel() <= MAX_NUMEL for v in value)
    return False
