"""The differential tester (tests/differential/): mypy with the plugin against torch, end to end.

`test_differential_run` generates a seeded sample of typed programs (both spellings, literal and
symbolic dims, every common dtype, valid ones and ones with one error), checks them with mypy in
one run per batch, runs them under torch, and fails on any disagreement whose class is not in
the documented allowlist (tests/differential/_allowlist.py), printing a shrunk reproducer for
each. The known classes it met are printed with their reasons (`pytest -s` shows them).

TYPEDTORCH_DIFFERENTIAL=N runs N programs instead of the CI sample (e.g. 20000; a few minutes);
TYPEDTORCH_DIFFERENTIAL_SEED picks another sample. `python -m tests.differential --help` runs
the same from the command line, with the malformed-input run too.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest
from differential import run
from differential._compare import compare, mask
from differential._execute import Raised, Value, execute
from differential._model import Dim, Param, Program, Step, source
from differential._mypy import Diagnostic, ProgramReport, StepReport
from differential._shrink import variants
from differential._types import dim_value, parse, read

CI_PROGRAMS = 3000
PROGRAMS = int(os.environ.get("TYPEDTORCH_DIFFERENTIAL") or CI_PROGRAMS)
SEED = int(os.environ.get("TYPEDTORCH_DIFFERENTIAL_SEED", "20261203"))

T = "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.{}, {}]"


def test_differential_run(tmp_path: Path) -> None:
    summary = run(PROGRAMS, SEED, tmp_path, batch=1000, shrink_known=False)
    print(summary.text())
    # The run itself worked: both spellings and both intents, errors both sides found.
    assert summary.programs == PROGRAMS
    assert min(summary.spellings.get("torch", 0), summary.spellings.get("typedtorch", 0)) > 0
    assert min(summary.intents.get("valid", 0), summary.intents.get("error", 0)) > 0
    assert summary.info.get("agree-error", 0) > 0
    assert summary.literal_exact > 0
    known = [c for c in summary.classes if c.allowed is not None]
    if known:
        top = "; ".join(f"{c.key} ({c.count})" for c in known[:8])
        warnings.warn(
            f"{len(known)} known disagreement classes, {sum(c.count for c in known)} steps "
            f"(tests/differential/_allowlist.py); the most frequent: {top}",
            stacklevel=1,
        )
    new = summary.unallowed()
    report = "\n\n".join(
        f"{c.key} ({c.count} steps)\n  mypy:  {c.mypy}\n  torch: {c.torch}\n{c.reproducer}"
        for c in new
    )
    assert not new, f"{len(new)} disagreement classes not in the allowlist:\n\n{report}"


# -- the tester's own parts ------------------------------------------------------------------------


def _program(*steps: Step, dtype: str = "float32") -> Program:
    x = Param("x0", dtype, (Dim("L[2]", 2), Dim("H", 3)))
    return Program("t", "torch", (("H", 3),), (x,), steps, seed=1)


def _report(reveal: str | None, *errors: Diagnostic) -> ProgramReport:
    rep = ProgramReport(params={"x0": T.format("Float32", "Literal[2], H")})
    rep.steps[0] = StepReport(reveal, list(errors))
    return rep


def test_revealed_types_are_read_and_evaluated() -> None:
    text = T.format(
        "Int64", "typedtorch._dims.Sum[typedtorch._dims.Product[Literal[2], H], Literal[-1]], Any"
    )
    rev = read(text)
    assert rev.kind == "tensor"
    (static,) = rev.tensors
    assert (static.device, static.dtype) == ("cpu", "int64")
    assert static.dims is not None
    assert dim_value(static.dims[0], {"H": 3}) == 5
    assert dim_value(static.dims[1], {"H": 3}) is None
    assert not static.precise()
    seq = read("builtins.tuple[torch._tensor.Tensor[Any, Any, *tuple[Any, ...]], ...]")
    assert seq.kind == "seq" and seq.tensors[0].dims is None
    assert parse("tuple[A, B, fallback=torch.return_types.topk]").args[1].name == "B"


def test_comparator_finds_each_category() -> None:
    step = Step("s1", "x0.exp()", "T.exp", ("x0",))
    ok = Value("tensor", (2, 3), "float32", "cpu")
    prog = _program(step)
    # the right type: no finding
    assert not compare(prog, [ok], _report(T.format("Float32", "Literal[2], H"))).findings
    # a wrong dtype, a wrong dim (H is 3 at runtime), an Any where the input was not literal
    for reveal, category in (
        (T.format("Float64", "Literal[2], H"), "wrong"),
        (T.format("Float32", "Literal[2], Literal[4]"), "wrong"),
        ("bool", "wrong"),
    ):
        (f,) = compare(prog, [ok], _report(reveal)).findings
        assert f.category == category, reveal
    assert not compare(prog, [ok], _report(T.format("Float32", "Literal[2], Any"))).findings
    # an error on a step torch ran: a false alarm
    err = Diagnostic('Incompatible shapes for "exp"', "shape")
    (f,) = compare(prog, [ok], _report(None, err)).findings
    assert f.category == "false-alarm"
    # torch raised, mypy said nothing: a miss on symbolic inputs
    raised = Raised("RuntimeError", "bad")
    (f,) = compare(prog, [raised], _report(T.format("Float32", "Literal[2], H"))).findings
    assert f.category == "miss-symbolic"
    # ... and agreement when mypy reported it
    assert not compare(prog, [raised], _report(None, err)).findings
    # a plugin crash is a crash whatever torch did
    internal = Diagnostic("typedtorch plugin failed", "typedtorch-internal")
    cats = {f.category for f in compare(prog, [ok], _report(None, internal)).findings}
    assert "crash" in cats


def test_imprecise_needs_literal_inputs() -> None:
    x = Param("x0", "int64", (Dim("L[2]", 2),))
    prog = Program("t", "torch", (), (x,), (Step("s1", "x0.exp()", "T.exp", ("x0",)),), seed=1)
    rep = ProgramReport(params={"x0": T.format("Int64", "Literal[2]")})
    rep.steps[0] = StepReport("torch._tensor.Tensor[typedtorch._devices.CPU, Any, Literal[2]]")
    (f,) = compare(prog, [Value("tensor", (2,), "float32", "cpu")], rep).findings
    assert f.category == "imprecise" and "dtype" in f.detail


def test_programs_run_and_shrink_candidates_isolate_the_step() -> None:
    steps = (
        Step("s1", "x0.relu()", "T.relu", ("x0",)),
        Step("s2", "s1.view(-1)", "T.view", ("s1",)),
    )
    prog = _program(*steps)
    outcomes = execute(prog)
    assert [o.shape for o in outcomes if isinstance(o, Value)] == [(2, 3), (6,)]
    first = variants(prog, outcomes, None, "v")[0]
    assert [s.expr for s in first.steps] == ["s1.view(-1)"]
    assert [p.annotation() for p in first.params] == ["Tensor[CPU, Float32, L[2], L[3]]"]
    assert "def p_v_0(s1: Tensor[CPU, Float32, L[2], L[3]]) -> None:" in source(first)


@pytest.mark.parametrize(
    ("message", "grouped"),
    [
        (
            "index 5 is out of bounds for dimension 0 with size 3",
            "index N is out of bounds for dimension N with size N",
        ),
        (
            'Incompatible shapes for "cat": [4, 3] and [5, 3]',
            'Incompatible shapes for "cat": […] and […]',
        ),
        ("tensor 0 is float32 and tensor 1 is int64", "tensor N is DT and tensor N is DT"),
    ],
)
def test_messages_are_grouped_without_particulars(message: str, grouped: str) -> None:
    assert mask(message) == grouped
