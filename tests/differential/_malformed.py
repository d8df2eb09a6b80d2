"""Malformed programs: bad input to the checker must never crash it.

Three kinds, each a function with one bad piece and a few ordinary ops after it:

- `annotation`: garbage inside `Tensor[...]` (`str`, `float`, `None`, `L[-5]`, `L["a"]`,
  `L[True]`, unbound or non-int TypeVars, dim operators with the wrong arity or a zero divisor),
  and (as `valid annotation`, where any error at the line is a false alarm) well-formed ones;
- `layer`: layers built with invalid literal arguments (`Linear(-1, 3)`, `Conv2d(3, 8, 0)`,
  `stride=0`, `groups=0`, `MaxPool2d(0)`, `Embedding(-1, 3)`, `Dropout(2.0)`), then called;
- `argument`: ops given arguments of the wrong type (`x.view(2.5)`, `x[1.5]`, `x.to("bogus")`).

All go to mypy in one run (more if mypy crashes: the crashing program is set aside and the rest
checked again). Counted: `typedtorch-internal` diagnostics, mypy INTERNAL ERRORs (and whether the
plugin is in the traceback), and for each kind how often the bad line gets a diagnostic at all.
For layers and arguments torch is run too: a bad line torch rejects and mypy accepts is "silent".
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from ._execute import Raised as _Raised
from ._execute import base_namespace, run_step
from ._model import HEADER
from ._mypy import _INTERNAL, _LINE, _PLUGIN_FRAME, _run_mypy

BAD_DIMS: Final = (
    "str",
    "float",
    "None",
    "L[-5]",
    "L[-1]",
    'L["a"]',
    "L[True]",
    "L[False]",
    "bool",
    "object",
    "T",  # a TypeVar with no bound
    "S",  # a TypeVar bound to str
    "Dv",  # a TypeVar bound to a device kind
    "tt.Add[H]",
    "tt.Add[H, str]",
    "tt.FloorDiv[H, L[0]]",
    "tt.Mod[H, L[0]]",
    "tt.CeilDiv[H, L[0]]",
    "typedtorch._dims.Quotient[H, L[0]]",
    "typedtorch._dims.Sum[H, str]",
    "typedtorch._dims.Product[L[-2], H]",
    "Tensor",
    "list[int]",
    "tuple[int, int]",
    "int",
    "tt.Sub[L[2], L[5]]",
    "tt.Mul[H, L[-1]]",
)
# Well-formed dims, mixed in to count false alarms on valid annotations.
GOOD_DIMS: Final = (
    "*Ts",
    "*tuple[Any, ...]",
    "L[0], H",
    "tt.Add[H, L[1]]",
    "tt.Add[H, L[-1]]",
    "tt.Sub[H, L[1]], L[3]",
    "tt.Mul[L[2], H]",
    "tt.FloorDiv[H, L[2]]",
    "tt.Dim[H]",
    "Any, L[3]",
)
BAD_HEADS: Final = (
    "Tensor[Float32, CPU, {d}]",
    "Tensor[CPU, int, {d}]",
    "Tensor[str, Float32, {d}]",
    "Tensor[CPU, L[3], {d}]",
    "Tensor[CPU]",
    "Tensor[None, None, {d}]",
)
OPS_ON_X: Final = (
    "x.view(-1)",
    "x + 1",
    "x * x",
    "x.sum(0)",
    "x.transpose(0, -1)",
    "{fn}.cat([x, x], 0)",
    "x[0]",
    "x.reshape(3, -1)",
    "{F}.relu(x)",
    "{nn}.Linear(3, 4)(x)",
    "x @ x.transpose(0, -1)",
    "x.unsqueeze(0).expand(2, -1, -1)",
    "{F}.softmax(x, dim=-1)",
    "x.mean(dim=-1, keepdim=True)",
    "x.flatten()",
    "x.shape",
    "x.size(0)",
    "{fn}.stack([x, x])",
    "x.to({fn}.float64)",
    "x.permute(1, 0)",
)
BAD_LAYERS: Final = (
    ("Linear(-1, 3)", 2),
    ("Linear(3, -2)", 2),
    ("Linear(0, 3)", 2),
    ("Bilinear(3, 3, -1)", 2),
    ("Conv1d(3, 8, 0)", 3),
    ("Conv2d(3, 8, 0)", 4),
    ("Conv2d(3, 8, 3, stride=0)", 4),
    ("Conv2d(3, 8, 3, stride=-1)", 4),
    ("Conv2d(3, 8, 3, padding=-1)", 4),
    ("Conv2d(3, 8, 3, dilation=0)", 4),
    ("Conv2d(3, 8, 3, groups=0)", 4),
    ("Conv2d(3, 8, 3, groups=2)", 4),
    ("Conv2d(4, 6, 3, groups=4)", 4),
    ("Conv2d(-3, 8, 3)", 4),
    ("Conv2d(3, -8, 3)", 4),
    ("Conv2d(3, 8, (3, 0))", 4),
    ('Conv2d(3, 8, 3, padding="same", stride=2)', 4),
    ("Conv3d(3, 8, 3, stride=0)", 5),
    ("ConvTranspose2d(3, 8, 3, stride=0)", 4),
    ("ConvTranspose2d(3, 8, 3, output_padding=2)", 4),
    ("ConvTranspose2d(3, 8, 3, groups=0)", 4),
    ("MaxPool2d(0)", 4),
    ("MaxPool2d(2, stride=0)", 4),
    ("MaxPool2d(2, padding=2)", 4),
    ("MaxPool2d(-1)", 4),
    ("MaxPool1d(2, dilation=0)", 3),
    ("AvgPool2d(0)", 4),
    ("AvgPool2d(3, padding=2)", 4),
    ("AvgPool1d(2, stride=0)", 3),
    ("AdaptiveAvgPool2d(-1)", 4),
    ("AdaptiveMaxPool1d(-2)", 3),
    ("Embedding(-1, 3)", -1),
    ("Embedding(3, -1)", -1),
    ("Embedding(0, 3)", -1),
    ("Dropout(2.0)", 2),
    ("Dropout(-0.1)", 2),
    ("Dropout2d(1.5)", 4),
    ("BatchNorm1d(-1)", 2),
    ("BatchNorm2d(0)", 4),
    ("LayerNorm(-3)", 2),
    ("LayerNorm((3, -1))", 2),
    ("GroupNorm(0, 4)", 4),
    ("GroupNorm(3, 4)", 4),
    ("GroupNorm(-1, 4)", 4),
    ("Flatten(3, 1)", 4),
    ("Unflatten(1, (2, 2))", 2),
    ("Unflatten(1, (-1, -1))", 2),
    ("LSTM(-1, 4)", 3),
    ("GRU(3, 0)", 3),
    ("RNN(3, 4, num_layers=0)", 3),
    ("MultiheadAttention(5, 2)", 3),
    ("MultiheadAttention(4, 0)", 3),
    ("Softmax(dim=5)", 2),
    ("LeakyReLU(-1.0)", 2),
    ("Upsample(scale_factor=0)", 4),
    ("Upsample(scale_factor=-2.0)", 4),
    ("PReLU(0)", 2),
)
BAD_ARGUMENTS: Final = (
    "x.view(2.5)",
    'x.view("a")',
    "x.view(None)",
    "x.view(2.0, 3)",
    "x.reshape([2.5])",
    "x[1.5]",
    'x["a"]',
    "x[None, 1.5]",
    "x[0:1.5]",
    'x.to("bogus")',
    'x.to("cuda:x")',
    "x.to(3.5)",
    "x.sum(dim=1.5)",
    'x.sum(dim="a")',
    "x.permute(0.5, 1)",
    'x.transpose("a", 1)',
    "x.unsqueeze(None)",
    "x.unsqueeze(1.5)",
    "x.expand(2.5, 3)",
    "x.flatten(0.5)",
    "x.split(1.5)",
    "x.chunk(2.5)",
    "x.narrow(0, 0.5, 1)",
    "x.repeat(1.5, 1)",
    "x.topk(1.5)",
    "{fn}.zeros(2.5)",
    '{fn}.zeros("a")',
    "{fn}.zeros((2, None))",
    "{fn}.ones(2, 3.0)",
    "{fn}.randn(-1.5)",
    "{fn}.arange(None)",
    "{fn}.eye(2.5)",
    "{fn}.full((2, 3), None)",
    "{nn}.Linear(3.5, 2)(x)",
    '{nn}.Linear("a", 2)(x)',
    "{nn}.Linear(None, 2)(x)",
    "{nn}.Conv2d(3, 8, 2.5)",
    "{nn}.MaxPool2d(1.5)",
    "{nn}.Embedding(3.0, 2)",
    '{F}.softmax(x, dim="a")',
    "{F}.softmax(x, dim=1.5)",
    "{F}.linear(x, 3)",
    "{F}.pad(x, (1.5, 1))",
    "{F}.interpolate(x, scale_factor=None, size=None)",
    "{fn}.cat(x)",
    "{fn}.cat([x, 3])",
    "{fn}.cat([x, x], dim=1.5)",
    "{fn}.stack(x)",
    'x @ "a"',
    'x + "a"',
    "x @ 2",
    "x.matmul(None)",
    "x.masked_fill(x, 0)",
    "x.index_select(0, [0])",
    "x.gather(0, 1)",
    '{fn}.einsum("ab,bc->ac", x)',
    "{fn}.einsum(3, x)",
)


@dataclass
class MalformedSummary:
    programs: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    internal: Counter[str] = field(default_factory=Counter)  # typedtorch-internal, by bad piece
    internal_programs: set[str] = field(default_factory=set)
    crashes: list[str] = field(default_factory=list)  # mypy INTERNAL ERRORs
    crashes_in_plugin: int = 0
    diagnosed: Counter[str] = field(default_factory=Counter)  # bad line got a diagnostic
    codes: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    torch_raises: Counter[str] = field(default_factory=Counter)
    silent: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    undiagnosed: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def text(self) -> str:
        lines = [
            f"malformed programs {self.programs} ({', '.join(f'{k} {v}' for k, v in sorted(self.by_kind.items()))})",
            f"typedtorch-internal diagnostics: {sum(self.internal.values())} in "
            f"{len(self.internal_programs)} programs",
            f"mypy INTERNAL ERRORs: {len(self.crashes)} ({self.crashes_in_plugin} with the plugin in the traceback)",
        ]
        for kind in sorted(self.by_kind):
            n = self.by_kind[kind]
            d = self.diagnosed[kind]
            codes = ", ".join(f"{c or 'no code'} {k}" for c, k in self.codes[kind].most_common())
            lines.append(
                f"  {kind}: bad line diagnosed in {d}/{n} ({100 * d / max(n, 1):.1f}%): {codes}"
            )
            if kind == "valid annotation":
                # A diagnostic at the annotation is a false alarm (the ops after it may be wrong).
                for item, c in self.undiagnosed[kind].most_common():
                    lines.append(f"      false alarm x{c}: {item}")
            elif kind != "annotation":
                raised = self.torch_raises[kind]
                silent = sum(self.silent[kind].values())
                lines.append(f"    torch raises on {raised}; mypy silent on {silent} of those")
                for item, c in self.silent[kind].most_common():
                    lines.append(f"      silent x{c}: {item}")
            else:
                for item, c in self.undiagnosed[kind].most_common():
                    lines.append(f"      undiagnosed x{c}: {item}")
        for x, c in self.internal.most_common():
            lines.append(f"  internal x{c}: {x}")
        for x in self.crashes[:20]:
            lines.append(f"  crash: {x}")
        return "\n".join(lines)


@dataclass
class _Prog:
    name: str
    kind: str
    item: str  # the bad piece
    lines: list[str]  # the function's body lines (after the def)
    signature: str
    bad_line: int  # index in `lines` of the bad line; -1: the signature
    x_shape: tuple[int, ...]
    runtime: list[str]  # expressions torch runs (the bad one last)


_EXTRA_HEADER: Final = """\
import typedtorch
from typing_extensions import TypeVarTuple
from typedtorch import Device
T = TypeVar("T")
S = TypeVar("S", bound=str)
Dv = TypeVar("Dv", bound=Device)
Ts = TypeVarTuple("Ts")
"""


def _spell(text: str, spelling: str) -> str:
    if spelling == "torch":
        return text.format(fn="torch", F="F", nn="nn")
    return text.format(fn="tt", F="TF", nn="tnn")


def _make(rng: random.Random, i: int) -> _Prog:
    kind = rng.choice(["annotation", "annotation", "layer", "argument"])
    spelling = rng.choice(["torch", "typedtorch"])
    name = f"m_{i}"
    ops = [_spell(o, spelling) for o in rng.sample(OPS_ON_X, rng.randint(1, 4))]
    if kind == "annotation":
        bad = rng.choice(BAD_DIMS)
        r = rng.random()
        if r < 0.1:
            ann = rng.choice(BAD_HEADS).format(d=rng.choice(["L[3]", bad]))
            item = ann
        elif r < 0.16:
            # A well-formed annotation among them: it must get no error (a false alarm).
            ann = f"Tensor[CPU, Float32, {rng.choice(GOOD_DIMS)}]"
            sig = f"def {name}(x: {ann}) -> None:"
            body = ["    reveal_type(x)"]
            for j, o in enumerate(ops):
                body += [f"    y{j} = {o}", f"    reveal_type(y{j})"]
            return _Prog(name, "valid annotation", ann, body, sig, -1, (), [])
        else:
            dims = ["L[3]", "H"][: rng.randint(0, 2)]
            dims.insert(rng.randint(0, len(dims)), bad)
            ann = f"Tensor[CPU, Float32, {', '.join(dims)}]"
            item = bad
        sig = f"def {name}(x: {ann}) -> None:"
        body = ["    reveal_type(x)"]
        for j, o in enumerate(ops):
            body += [f"    y{j} = {o}", f"    reveal_type(y{j})"]
        return _Prog(name, kind, item, body, sig, -1, (), [])
    x_rank = 2
    if kind == "layer":
        layer, rank = rng.choice(BAD_LAYERS)
        prefix = "nn" if spelling == "torch" else "tnn"
        x_rank = rank if rank > 0 else 2
        dims = [3] * x_rank
        x_ann = (
            "Tensor[CPU, Int64, L[2], L[3]]"
            if rank < 0
            else f"Tensor[CPU, Float32, {', '.join(f'L[{d}]' for d in dims)}]"
        )
        x_shape = (2, 3) if rank < 0 else tuple(dims)
        sig = f"def {name}(x: {x_ann}) -> None:"
        body = [
            f"    layer = {prefix}.{layer}",
            "    reveal_type(layer)",
            "    y = layer(x)",
            "    reveal_type(y)",
        ]
        return _Prog(
            name, kind, layer, body, sig, 0, x_shape, [f"{prefix}.{layer}", "__layer__(x)"]
        )
    arg = _spell(rng.choice(BAD_ARGUMENTS), spelling)
    sig = f"def {name}(x: Tensor[CPU, Float32, L[3], L[4]]) -> None:"
    body = [f"    y = {arg}", "    reveal_type(y)"]
    return _Prog(name, kind, arg, body, sig, 0, (3, 4), [arg])


def _torch_raises(p: _Prog) -> bool:
    import torch

    ns = base_namespace()
    ns["x"] = (
        torch.randn(p.x_shape)
        if p.item.find("Embedding") < 0
        else torch.zeros(p.x_shape, dtype=torch.int64)
    )
    for expr in p.runtime:
        if expr == "__layer__(x)":
            expr = "__layer__(x)"
        value, outcome = run_step(ns, expr)
        if isinstance(outcome, _Raised):
            return True
        ns["__layer__"] = value
    return False


def run_malformed(
    n: int, seed: int, workdir: Path, progress: Callable[[str], None] = lambda s: None
) -> MalformedSummary:
    rng = random.Random(seed * 31 + 7)
    progs = [_make(rng, i) for i in range(n)]
    summary = MalformedSummary(programs=n)
    for p in progs:
        summary.by_kind[p.kind] += 1
    workdir.mkdir(parents=True, exist_ok=True)
    pending = list(progs)
    attempt = 0
    where: dict[tuple[str, int], tuple[_Prog, int]] = {}
    while pending:
        files = []
        where.clear()
        for start in range(0, len(pending), 100):
            path = workdir / f"malformed_{attempt}_{start // 100}.py"
            text = HEADER + _EXTRA_HEADER
            lineno = text.count("\n")
            chunks = [text]
            for p in pending[start : start + 100]:
                chunks.append("\n\n")
                lineno += 3
                where[(str(path), lineno)] = (p, -1)
                chunks.append(p.signature + "\n")
                for j, line in enumerate(p.lines):
                    lineno += 1
                    where[(str(path), lineno)] = (p, j)
                    chunks.append(line + "\n")
            path.write_text("".join(chunks))
            files.append(path)
        proc = _run_mypy(files, workdir / "mypy_cache")
        output = proc.stdout + proc.stderr
        crashed = None
        for raw in output.splitlines():
            m = _INTERNAL.match(raw)
            if m:
                crashed = where.get((m["path"], int(m["line"])))
                break
        if crashed is not None:
            p = crashed[0]
            in_plugin = bool(_PLUGIN_FRAME.search(output))
            summary.crashes.append(f"{p.kind}: {p.item}: {output.strip().splitlines()[-1][:200]}")
            summary.crashes_in_plugin += in_plugin
            pending = [q for q in pending if q is not p]
            attempt += 1
            progress(f"malformed: mypy crashed on {p.item!r}; checking the rest again")
            continue
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"mypy exited with {proc.returncode}:\n{output[-3000:]}")
        diagnosed: set[str] = set()
        for raw in proc.stdout.splitlines():
            m = _LINE.match(raw)
            if not m or m["sev"] != "error":
                continue
            hit = where.get((m["path"], int(m["line"])))
            if hit is None:
                continue
            p, j = hit
            code = m["code"] or ""
            if code == "typedtorch-internal":
                exc = re.search(r"\((\w+Error)", m["msg"])
                summary.internal[f"{p.kind}: {p.item} ({exc[1] if exc else m['msg'][:80]})"] += 1
                summary.internal_programs.add(p.name)
            if j == p.bad_line or (p.kind == "layer" and j in (0, 2)):
                if p.name not in diagnosed:
                    summary.codes[p.kind][code] += 1
                diagnosed.add(p.name)
        for p in pending:
            ok = p.name in diagnosed
            summary.diagnosed[p.kind] += ok
            if p.kind == "valid annotation":
                if ok:
                    summary.undiagnosed[p.kind][p.item] += 1
                continue
            if p.kind == "annotation":
                if not ok:
                    summary.undiagnosed[p.kind][p.item] += 1
                continue
            if _torch_raises(p):
                summary.torch_raises[p.kind] += 1
                if not ok:
                    summary.silent[p.kind][
                        re.sub(
                            r"\b(tt|tnn|TF)\.",
                            lambda m: {"tt": "torch.", "tnn": "nn.", "TF": "F."}[m[1]],
                            p.item,
                        )
                    ] += 1
        break
    progress(f"malformed: {n} programs checked")
    return summary
