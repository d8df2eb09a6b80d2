"""Comparing what mypy said about each step with what torch did.

Categories of disagreement (a `Finding`):

- `wrong`: mypy's type names a device, dtype, rank or dim that is not what torch gave, or is not
  a tensor type where torch gave a tensor;
- `false-alarm`: mypy reports an error on a step torch runs (`shape-unproven` on symbolic inputs
  is not one: the symbols may take other values; nor is a `dtype` error torch skipped only
  because the run's sizes made the tensor empty, where the types leave its size open);
- `miss`: torch raises on a step whose inputs mypy knew literally (device, dtype, rank, and
  every dim a literal), and mypy reports nothing there;
- `miss-symbolic`: the same where some input dim is a symbol: torch raised for the symbols'
  runtime values (`x[2]` on `[H]` with H=2), and the checker said nothing (it could have said
  `shape-unproven`, or the error needs no dim at all: a dtype torch has no kernel for);
- `imprecise`: every input was literal, torch ran the step, and mypy's type has an `Any` in it;
- `crash`: a `typedtorch-internal` diagnostic, or mypy's INTERNAL ERROR.

Steps after torch's exception are not compared (the program stops). A step after a reported error
has inputs mypy no longer knows, so it cannot be imprecise or a miss: errors do not cascade here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Final

from ._execute import Outcome, Raised, Value
from ._model import Program
from ._mypy import ProgramReport
from ._types import Revealed, Static, dim_value, read

CATEGORIES: Final = ("wrong", "false-alarm", "miss", "miss-symbolic", "imprecise", "crash")
# Exceptions that depend on the tensors' values, not on their types: no checker can see them.
VALUE_DEPENDENT: Final = re.compile(
    r"ZeroDivisionError$|index out of range in self|index is out of bounds for dimension with size"
    r"|out of bounds for dimension \d+ with size 0$"
    r"|Target -?\d+ is out of bounds"
)
# Ops whose result has a dim that depends on values (`repeat_interleave` with a tensor of repeats
# is as long as their sum): an unknown dim there is the exact answer.
DATA_DEPENDENT_DIMS: Final = frozenset({"torch.repeat_interleave(tensor)"})
DTYPE_WORDS: Final = re.compile(
    r"\b(float16|bfloat16|float32|float64|complex64|complex128|int8|int16|int32|int64|uint8|bool"
    r"|Float|Double|Half|BFloat16|Long|Int|Short|Char|Byte|Bool|ComplexFloat|ComplexDouble)\b"
)
INTERNAL_CODE: Final = "typedtorch-internal"


@dataclass(frozen=True)
class Finding:
    pid: str
    step: int
    category: str
    op: str
    detail: str
    mypy: str
    torch: str

    @property
    def key(self) -> str:
        return f"{self.category} | {self.op} | {self.detail}"


@dataclass
class ProgramResult:
    findings: list[Finding] = field(default_factory=list)
    steps: int = 0
    literal_steps: int = 0
    literal_exact: int = 0
    info: Counter[str] = field(default_factory=Counter)


def mask(text: str, limit: int = 100) -> str:
    """A message with its particulars (numbers, shapes, variable names) masked, for grouping."""
    text = re.sub(r"\b[xs]\d+\b", "v", text)
    text = DTYPE_WORDS.sub("DT", text)
    text = re.sub(r"Literal\[-?\d+\]", "N", text)
    text = re.sub(r"(?<![\w.])-?\d+(\.\d+)?(e-?\d+)?", "N", text)
    for _ in range(3):
        text = re.sub(r"\[[^\[\]]*\]", "[…]", text)
    text = re.sub(r"\(N(, N)*,?\)", "(…)", text)
    text = re.sub(r"\bN(xN)+\b", "NxN", text)
    return text[:limit]


def _kinds(dtypes: list[str]) -> str:
    def kind(d: str) -> str:
        if d == "bool":
            return "bool"
        if d.startswith(("int", "uint")):
            return "int"
        if d.startswith("complex"):
            return "complex"
        return "float"

    return "/".join(sorted({kind(d) for d in dtypes})) or "-"


def _compare_tensor(
    static: Static, value: Value, env: dict[str, int]
) -> tuple[str | None, list[str]]:
    """(what is wrong, or None; what is unknown)."""
    unknown: list[str] = []
    if static.device is None:
        unknown.append("device")
    elif static.device != value.device:
        return f"device mypy={static.device} torch={value.device}", unknown
    if static.dtype is None:
        unknown.append("dtype")
    elif static.dtype != value.dtype:
        return f"dtype mypy={static.dtype} torch={value.dtype}", unknown
    if static.dims is None:
        unknown.append("rank")
        return None, unknown
    if len(static.dims) != len(value.shape):
        return f"rank mypy={len(static.dims)} torch={len(value.shape)}", unknown
    for node, n in zip(static.dims, value.shape, strict=True):
        got = dim_value(node, env)
        if got is None:
            if "dim" not in unknown:
                unknown.append("dim")
        elif got != n:
            return "shape", unknown
    return None, unknown


def _compare_value(
    rev: Revealed, value: Value, env: dict[str, int]
) -> tuple[str | None, list[str]]:
    if value.kind == "tensor":
        if rev.kind == "tensor":
            return _compare_tensor(rev.tensors[0], value, env)
        if rev.kind == "any":
            return None, ["Any"]
        return f"type mypy={mask(rev.text, 40)} torch=Tensor", []
    if value.kind == "tuple":
        if rev.kind == "tuple":
            if len(rev.tensors) != len(value.items):
                return "tuple length", []
            unknown: list[str] = []
            for st, item in zip(rev.tensors, value.items, strict=True):
                w, u = _compare_tensor(st, item, env)
                if w:
                    return w, u
                unknown += [x for x in u if x not in unknown]
            return None, unknown
        if rev.kind == "seq":
            unknown = ["tuple length"]
            for item in value.items:
                w, u = _compare_tensor(rev.tensors[0], item, env)
                if w:
                    return w, u
                unknown += [x for x in u if x not in unknown]
            return None, unknown
        if rev.kind == "any":
            return None, ["Any"]
        return f"type mypy={mask(rev.text, 40)} torch=tuple", []
    return None, []


def _input_state(rev: Revealed | None) -> tuple[bool, bool]:
    """(literal, precise) for an input variable's revealed type."""
    if rev is None or rev.kind not in ("tensor", "tuple", "seq"):
        return False, False
    literal = rev.kind != "seq" and all(t.literal() for t in rev.tensors)
    precise = all(t.precise() for t in rev.tensors)
    return literal, precise


def compare(program: Program, outcomes: list[Outcome], report: ProgramReport) -> ProgramResult:
    res = ProgramResult()
    pid = program.pid
    if report.internal_error is not None:
        res.findings.append(
            Finding(
                pid,
                -1,
                "crash",
                "mypy",
                "INTERNAL ERROR" + (" (plugin in traceback)" if report.internal_in_plugin else ""),
                report.internal_error,
                "",
            )
        )
        return res
    revealed: dict[str, Revealed | None] = {}
    runtime_dtypes: dict[str, str] = {}
    runtime_empty: dict[str, bool] = {}
    for p in program.params:
        text = report.params.get(p.name)
        revealed[p.name] = read(text) if text is not None else None
        runtime_dtypes[p.name] = p.dtype
        runtime_empty[p.name] = 0 in p.shape
    for diag in report.signature_errors:
        cat = "crash" if diag.code == INTERNAL_CODE else "false-alarm"
        res.findings.append(
            Finding(
                pid, -1, cat, "annotation", f"[{diag.code}] {mask(diag.message)}", diag.message, ""
            )
        )
    env = program.env
    tainted: set[str] = set()
    for i, step in enumerate(program.steps):
        if i >= len(outcomes):
            break
        outcome = outcomes[i]
        sr = report.steps.get(i)
        errors = sr.errors if sr else []
        for e in errors:
            if e.code == INTERNAL_CODE:
                res.findings.append(
                    Finding(pid, i, "crash", step.op, mask(e.message, 80), e.message, str(outcome))
                )
        errors = [e for e in errors if e.code != INTERNAL_CODE]
        if tainted & set(step.uses):
            # an input's static type was already wrong: what follows from it is not news
            res.steps += 1
            if isinstance(outcome, Raised):
                break
            tainted.add(step.var)
            res.info["after-wrong"] += 1
            continue
        states = [_input_state(revealed.get(u)) for u in step.uses]
        inputs_literal = all(s[0] for s in states)
        inputs_precise = all(s[1] for s in states)
        kinds = _kinds([runtime_dtypes[u] for u in step.uses if u in runtime_dtypes])
        # torch runs no kernel on an empty tensor, so skips the dtype checks kernels make
        out_empty = isinstance(outcome, Value) and _empty(outcome)
        empty = ", empty" if out_empty or any(runtime_empty.get(u) for u in step.uses) else ""
        if not inputs_literal and 0 in env.values():
            empty += ", a symbol is 0"
        said = "; ".join(f"{e.message} [{e.code}]" for e in errors)
        res.steps += 1
        if isinstance(outcome, Raised):
            torch_said = f"{outcome.type}: {outcome.message}"
            if errors:
                res.info["agree-error"] += 1
            elif VALUE_DEPENDENT.search(outcome.message) and not re.search(r"[/%] 0\b", step.expr):
                res.info["value-dependent"] += 1
            elif inputs_precise:
                said_type = read(sr.reveal) if sr and sr.reveal is not None else None
                unchecked = said_type is None or not _typed(said_type)
                res.findings.append(
                    Finding(
                        pid,
                        i,
                        "miss" if inputs_literal else "miss-symbolic",
                        step.op,
                        ("no rule: " if unchecked else "")
                        + f"{outcome.type}: {mask(outcome.message, 70)} ({kinds}{empty})",
                        (sr.reveal if sr else None) or "",
                        torch_said,
                    )
                )
            else:
                res.info["miss-unknown-input"] += 1
            break
        runtime_dtypes[step.var] = outcome.dtype if outcome.kind == "tensor" else ""
        runtime_empty[step.var] = out_empty
        rev = read(sr.reveal) if sr and sr.reveal is not None else None
        revealed[step.var] = rev
        if inputs_literal:
            res.literal_steps += 1
        if errors:
            revealed[step.var] = None
            if outcome.warning:
                res.info["agree-warning"] += 1  # torch ran it, but warned: an error is fair
                continue
            if all(e.code == "shape-unproven" for e in errors) and not inputs_literal:
                res.info["unproven"] += 1
                continue
            if empty and not inputs_literal and all(e.code == "dtype" for e in errors):
                # A dtype torch has no kernel for, on a tensor whose size the types do not fix:
                # torch skipped the check only because this run's size is 0, and raises for
                # every other size the symbols may take. The error is the type's, and fair.
                res.info["dtype-for-other-sizes"] += 1
                continue
            first = errors[0]
            res.findings.append(
                Finding(
                    pid,
                    i,
                    "false-alarm",
                    step.op,
                    f"[{first.code}] {mask(first.message, 80)} ({kinds}{empty})",
                    said,
                    _describe(outcome),
                )
            )
            continue
        if rev is None:
            res.info["no-reveal"] += 1
            continue
        wrong, unknown = _compare_value(rev, outcome, env)
        if wrong is not None:
            tainted.add(step.var)
            res.findings.append(
                Finding(
                    pid, i, "wrong", step.op, f"{wrong} ({kinds})", rev.text, _describe(outcome)
                )
            )
            continue
        if step.op in DATA_DEPENDENT_DIMS and unknown == ["dim"]:
            unknown = []
        if inputs_literal:
            if unknown:
                what = "/".join(unknown)
                if {"device", "dtype", "rank"} <= set(unknown) or unknown == ["Any"]:
                    what = "no rule: all Any"  # whatever the inputs' dtypes
                else:
                    what = f"{what} ({kinds})"
                res.findings.append(
                    Finding(
                        pid,
                        i,
                        "imprecise",
                        step.op,
                        what,
                        rev.text,
                        _describe(outcome),
                    )
                )
            else:
                res.literal_exact += 1
        res.info["ok"] += 1
    return res


def _typed(rev: Revealed) -> bool:
    """Whether mypy typed the result at all (some device, dtype or rank known)."""
    return any(
        t.device is not None or t.dtype is not None or t.dims is not None for t in rev.tensors
    )


def _empty(value: Value) -> bool:
    if value.kind == "tensor":
        return 0 in value.shape
    return any(_empty(v) for v in value.items)


def _describe(value: Outcome) -> str:
    if isinstance(value, Raised):
        return f"{value.type}: {value.message}"
    if value.kind == "tensor":
        return f"{value.device} {value.dtype} {list(value.shape)}"
    if value.kind == "tuple":
        return "(" + ", ".join(_describe(v) for v in value.items) + ")"
    return value.pytype
