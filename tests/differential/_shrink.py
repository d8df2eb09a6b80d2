"""Shrinking a disagreement to a minimal program that shows the same one.

A disagreement is identified by its key (category, op, detail). Steps after it are dropped at
once (mypy checks each statement on its own; later ones cannot change it). Then, in rounds, every
disagreement being shrunk proposes simpler variants of its current program:

1. the step alone, its inputs made parameters typed by what torch gave (all literal);
2. the step alone, its inputs typed by what mypy revealed for them (keeping symbols);
3. only the steps the failing one depends on;
4. each parameter as float32 and on the CPU; each symbolic dim as its literal value;
5. each literal dim made smaller (0, 1, 2).

All variants of all disagreements are checked together: one torch run each, one mypy run for the
round. A disagreement moves to its first variant (in the order above) whose last step shows the
same key; it stops when no variant does, or after `rounds`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from ._compare import Finding, ProgramResult, compare
from ._execute import Outcome, Value, execute
from ._model import DTYPE_ANNOTATION, Dim, Param, Program
from ._mypy import ProgramReport, check
from ._types import Node, parse


def _annotation(node: Node) -> str | None:
    """The annotation text for a revealed dim, or None where it has no user spelling."""
    name = node.name
    if name == "Literal" and node.args:
        n = int(node.args[0].name)
        return f"L[{n}]" if n >= 0 else None
    if re.fullmatch(r"[A-Z]", name):
        return name
    parts = [_annotation(a) for a in node.args]
    if any(p is None for p in parts) or not parts:
        return None
    if name.endswith("._dims.Product"):
        out = parts[0]
        for p in parts[1:]:
            out = f"tt.Mul[{out}, {p}]"
        return out
    if name.endswith("._dims.Sum"):
        out = parts[0]
        for a, p in zip(node.args[1:], parts[1:], strict=True):
            if a.name == "Literal" and int(a.args[0].name) < 0:
                out = f"tt.Sub[{out}, L[{-int(a.args[0].name)}]]"
            else:
                out = f"tt.Add[{out}, {p}]"
        return out
    if name.endswith("._dims.Quotient") and len(parts) == 2:
        return f"tt.FloorDiv[{parts[0]}, {parts[1]}]"
    return None


def _input_param(
    name: str, value: Value, init_for_int: str, revealed: str | None, symbolic: bool
) -> Param | None:
    if value.kind != "tensor" or value.dtype not in DTYPE_ANNOTATION:
        return None
    dims = tuple(Dim(f"L[{n}]", n) for n in value.shape)
    if symbolic and revealed is not None:
        try:
            node = parse(revealed)
        except ValueError:
            return None
        texts = [_annotation(a) for a in node.args[2:]]
        if len(texts) != len(value.shape) or any(t is None for t in texts):
            return None
        dims = tuple(Dim(t or "", n) for t, n in zip(texts, value.shape, strict=True))
        if all(d.literal for d in dims):
            return None  # the same as the literal variant
    init = "randn"
    if value.dtype.startswith(("int", "uint")):
        init = init_for_int
    device = value.device if value.device in ("cpu", "meta") else "cpu"
    return Param(name, value.dtype, dims, device, init)


def variants(
    program: Program,
    outcomes: list[Outcome],
    report: ProgramReport | None,
    tag: str,
) -> list[Program]:
    """Simpler programs that may show the same disagreement at their last step."""
    k = len(program.steps) - 1
    step = program.steps[k]
    out: list[Program] = []
    param_names = {p.name for p in program.params}
    by_var = {s.var: (i, s) for i, s in enumerate(program.steps)}
    if k > 0:
        for symbolic in (False, True):
            params: list[Param] = []
            ok = True
            for u in step.uses:
                if u in param_names:
                    params.append(next(p for p in program.params if p.name == u))
                    continue
                i, _ = by_var[u]
                o = outcomes[i] if i < len(outcomes) else None
                rev = report.steps[i].reveal if report and i in report.steps else None
                if not isinstance(o, Value):
                    ok = False
                    break
                p = _input_param(u, o, "index:2", rev, symbolic)
                if p is None:
                    ok = False
                    break
                params.append(p)
            if ok:
                out.append(replace(program, params=tuple(params), steps=(step,)))
        # only the steps the last one depends on
        needed = {k}
        frontier = [k]
        while frontier:
            i = frontier.pop()
            for u in program.steps[i].uses:
                if u in by_var and by_var[u][0] not in needed:
                    needed.add(by_var[u][0])
                    frontier.append(by_var[u][0])
        if len(needed) < len(program.steps):
            steps = tuple(s for i, s in enumerate(program.steps) if i in needed)
            out.append(_prune_params(replace(program, steps=steps)))
    for j, p in enumerate(program.params):
        if p.dtype != "float32" and not p.init.startswith("index"):
            out.append(_with_param(program, j, replace(p, dtype="float32")))
        if p.device != "cpu":
            out.append(_with_param(program, j, replace(p, device="cpu")))
        if any(not d.literal for d in p.dims):
            dims = tuple(Dim(f"L[{d.value}]", d.value) for d in p.dims)
            out.append(_with_param(program, j, replace(p, dims=dims)))
    for j, p in enumerate(program.params):
        for di, d in enumerate(p.dims):
            if not d.literal:
                continue
            # not 0: an empty tensor often makes torch skip its checks, a different story
            for n in (1, 2):
                if n < d.value:
                    dims = p.dims[:di] + (Dim(f"L[{n}]", n),) + p.dims[di + 1 :]
                    out.append(_with_param(program, j, replace(p, dims=dims)))
    return [
        replace(v, pid=f"{tag}_{i}", origin=program.origin or program.pid)
        for i, v in enumerate(out)
    ]


def _with_param(program: Program, j: int, p: Param) -> Program:
    params = list(program.params)
    params[j] = p
    return replace(program, params=tuple(params))


def _prune_params(program: Program) -> Program:
    used = {u for s in program.steps for u in s.uses}
    return replace(program, params=tuple(p for p in program.params if p.name in used))


def truncate(program: Program, step: int) -> Program:
    return _prune_params(replace(program, steps=program.steps[: step + 1]))


def reproduces(result: ProgramResult, program: Program, key: str) -> bool:
    last = len(program.steps) - 1
    return any(f.key == key and f.step in (last, -1) for f in result.findings)


def shrink(
    jobs: list[tuple[Program, Finding]],
    workdir: Path,
    rounds: int = 6,
) -> list[tuple[Program, Finding]]:
    """Each (program, finding) shrunk as far as the variants go; the finding is the shrunk
    program's own (same key)."""
    current: list[tuple[Program, Finding, list[Outcome], ProgramReport | None]] = []
    for prog, finding in jobs:
        p = truncate(prog, finding.step) if finding.step >= 0 else prog
        current.append((p, finding, execute(p), None))
    # the first round also learns the truncated programs' reports
    reports = check([c[0] for c in current], workdir, "shrink_init")
    current = [(p, f, o, reports.get(p.pid)) for p, f, o, _ in current]
    for r in range(rounds):
        proposals: list[tuple[int, Program, list[Outcome]]] = []
        for j, (p, f, o, rep) in enumerate(current):
            if f.category == "crash" and f.step < 0:
                continue
            for v in variants(p, o, rep, f"r{r}j{j}"):
                proposals.append((j, v, execute(v)))
        if not proposals:
            break
        reports = check([v for _, v, _ in proposals], workdir, f"shrink_r{r}")
        moved: set[int] = set()
        for j, v, outcomes in proposals:
            if j in moved:
                continue
            rep = reports[v.pid]
            res = compare(v, outcomes, rep)
            key = current[j][1].key
            if reproduces(res, v, key) and v.size() < current[j][0].size():
                f = next(x for x in res.findings if x.key == key)
                current[j] = (v, f, outcomes, rep)
                moved.add(j)
        if not moved:
            break
    return [(p, f) for p, f, _, _ in current]
