"""Op families: each writes one candidate step for the tensor at hand, in the program's spelling.

A family returns a `Cand` (or None where it does not apply to the tensor). When the generator
wants an error (`g.want_bad`), families often put one in (`g.bad()`): a dim off by one, a dim out
of range, a dtype torch has no kernel for, a size that does not divide; torch decides whether it
is one. Result dims are given where the family can say them in its inputs' terms (same shape,
a dim removed or moved), so that symbolic programs keep their symbols for later operands.
"""

from __future__ import annotations

from typing import Final

from ._gen import DI, FLOATS, INTS, SYMBOLS, TV, Cand, Family, Gen, lit_di
from ._model import Dim

SCALARS_INT: Final = ("2", "3", "-1", "0", "1")
SCALARS_FLOAT: Final = ("0.5", "2.0", "-1.5", "1e-3")


def _dim(g: Gen, rank: int, *, extra: int = 0) -> int:
    """A dim index for a tensor of `rank` (plus `extra` positions, e.g. for unsqueeze); out of
    range when an error is wanted."""
    n = rank + extra
    if n == 0:
        return g.pick([0, -1]) if g.bad(0.5) else 0
    if g.bad(0.3):
        return g.pick([n, -n - 1, n + 1])
    return g.rng.randint(-n, n - 1)


def _scalar(g: Gen) -> str:
    r = g.rng.random()
    if r < 0.45:
        return g.pick(SCALARS_INT)
    if r < 0.9:
        return g.pick(SCALARS_FLOAT)
    return "True"


def _perturb(g: Gen, d: DI) -> DI | Dim:
    """A dim that differs from `d` at runtime (another literal, or another symbol)."""
    if g.symbolic and d.atom in SYMBOLS and g.chance(0.5):
        others = [s for s in SYMBOLS if s != d.atom and g.binding[s] != d.value]
        if others:
            s = g.pick(others)
            return Dim(s, g.binding[s])
    n = d.value + g.pick([1, 2]) if d.value != 2 else 3
    return lit_di(n)


def _operand(
    g: Gen, v: TV, *, broadcast: bool = True, dtype: str | None = None, init: str = "randn"
) -> TV:
    """A parameter shaped like `v` (or broadcastable to it), perturbed when an error is wanted."""
    dims: list[DI | Dim | int] = []
    for d in v.dims:
        if d.atom is None:
            dims.append(1 if broadcast else d)
        elif broadcast and g.chance(0.2):
            dims.append(1)
        else:
            dims.append(d)
    if broadcast and dims and g.chance(0.2):
        dims = dims[g.rng.randint(1, len(dims)) :]
    if g.bad() and dims:
        i = g.rng.randrange(len(dims))
        base = v.dims[len(v.dims) - len(dims) + i]
        dims[i] = _perturb(g, base)
    if dtype is None:
        dtype = v.dtype if g.chance(0.7) else g.dtype()
    return g.new_param(dims, dtype, init=init)


def _same(v: TV) -> list[DI]:
    return list(v.dims)


# -- elementwise ---------------------------------------------------------------------------------

UNARY_MT: Final = (
    "relu abs neg floor ceil round trunc exp log sqrt rsqrt sin cos tanh sigmoid square "
    "reciprocal sign logical_not bitwise_not erf log1p expm1 exp2 log2 frac isnan isfinite "
    "signbit sgn positive"
).split()
UNARY_F: Final = (
    "relu sigmoid tanh gelu silu elu leaky_relu softplus hardtanh relu6 logsigmoid mish selu "
    "celu hardswish hardsigmoid softsign tanhshrink"
).split()
METHOD_ONLY: Final = "clone detach contiguous".split()
ACTIVATION_MODULES: Final = (
    "ReLU() Sigmoid() Tanh() GELU() ELU() LeakyReLU(0.1) SiLU() Identity() Dropout(0.5) "
    "Softplus() Hardtanh() ReLU6() Mish() SELU()"
).split()


def unary(g: Gen, v: TV) -> Cand:
    r = g.rng.random()
    if r < 0.4:
        name = g.pick(UNARY_MT)
        if g.chance(0.5):
            return Cand(f"T.{name}", f"{v.name}.{name}()", dims=_same(v))
        return Cand(f"torch.{name}", f"{g.fn(name)}({v.name})", dims=_same(v))
    if r < 0.65:
        name = g.pick(UNARY_F)
        return Cand(f"F.{name}", f"{g.F(name)}({v.name})", dims=_same(v))
    if r < 0.75:
        layer = g.pick(ACTIVATION_MODULES)
        return Cand(
            f"nn.{layer.split('(')[0]}",
            f"{g.nn(layer.split('(')[0])}({layer.split('(', 1)[1]}({v.name})",
            dims=_same(v),
        )
    if r < 0.85:
        op = g.pick(["-", "~", "+"])
        return Cand(f"op:unary{op}", f"{op}{v.name}", dims=_same(v))
    if r < 0.92:
        form = g.pick(
            [
                f"{v.name}.clamp(min=0)",
                f"{v.name}.clamp(-1, 1)",
                f"{g.fn('clamp')}({v.name}, max=1.0)",
                f"{v.name}.clamp_min(0)",
                f"{v.name}.clamp(min=0.5)",
            ]
        )
        return Cand("T.clamp", form, dims=_same(v))
    name = g.pick(METHOD_ONLY)
    return Cand(f"T.{name}", f"{v.name}.{name}()", dims=_same(v))


def cast(g: Gen, v: TV) -> Cand:
    dtype = g.pick(FLOATS + INTS + ("bool", "complex64"))
    r = g.rng.random()
    if r < 0.25:
        method = {
            "float32": "float",
            "float64": "double",
            "float16": "half",
            "bfloat16": "bfloat16",
            "int64": "long",
            "int32": "int",
            "int16": "short",
            "int8": "char",
            "uint8": "byte",
            "bool": "bool",
        }.get(dtype, "float")
        return Cand(f"T.{method}", f"{v.name}.{method}()", dims=_same(v))
    forms = [
        (f"{v.name}.to({g.dt(dtype)})", "T.to(dtype)"),
        (f"{v.name}.to(dtype={g.dt(dtype)})", "T.to(dtype=)"),
        (f"{v.name}.to({g.pick(['torch', 'tt'])}.{dtype})", "T.to(dtype)"),
        (f'{v.name}.to("cpu")', "T.to(str)"),
        (f'{v.name}.to(torch.device("cpu"))', "T.to(device)"),
        (f'{v.name}.to("cpu", {g.dt(dtype)})', "T.to(str, dtype)"),
        (f"{v.name}.cpu()", "T.cpu"),
        (f"{v.name}.type({g.dt(dtype)})", "T.type(dtype)"),
        (f"{v.name}.to({g.dt(dtype)}, copy=True)", "T.to(dtype, copy)"),
    ]
    expr, op = g.pick(forms)
    return Cand(op, expr, dims=_same(v))


BINARY_OPS: Final = ("+", "-", "*", "/", "//", "%", "**", "&", "|", "^")
BINARY_METHODS: Final = (
    "add sub mul div maximum minimum pow remainder fmod atan2 logical_and logical_or "
    "bitwise_and hypot copysign fmax fmin xlogy"
).split()


def binary(g: Gen, v: TV) -> Cand:
    r = g.rng.random()
    if r < 0.3:
        op = g.pick(BINARY_OPS)
        s = _scalar(g)
        if g.chance(0.5):
            return Cand(f"op:{op} scalar", f"{v.name} {op} {s}", dims=_same(v))
        return Cand(f"op:scalar {op}", f"{s} {op} {v.name}", dims=_same(v))
    o = _operand(g, v) if g.chance(0.85) else g.new_param([], g.dtype())
    if r < 0.6:
        op = g.pick(BINARY_OPS)
        a, b = (v.name, o.name) if g.chance(0.7) else (o.name, v.name)
        return Cand(f"op:{op}", f"{a} {op} {b}")
    if r < 0.8:
        name = g.pick(BINARY_METHODS)
        if g.chance(0.5):
            return Cand(f"T.{name}", f"{v.name}.{name}({o.name})")
        return Cand(f"torch.{name}", f"{g.fn(name)}({v.name}, {o.name})")
    if r < 0.9:
        form = g.pick(
            [
                (f"{g.fn('where')}({v.name} > 0, {v.name}, {o.name})", "torch.where"),
                (f"{g.fn('where')}({o.name} > 0, {v.name}, 0.0)", "torch.where scalar"),
                (f"{v.name}.masked_fill({o.name} > 0, 0)", "T.masked_fill"),
                (f"{v.name}.lerp({o.name}, 0.5)", "T.lerp"),
                (f"{v.name}.add({o.name}, alpha=2)", "T.add(alpha)"),
                (f"{v.name}.div({o.name}, rounding_mode='floor')", "T.div(floor)"),
            ]
        )
        return Cand(form[1], form[0])
    # in-place-free forms with a 0-d tensor or a bool operand
    b = g.new_param([], g.pick(["bool", "float64", "int64", "float32"]))
    op = g.pick(BINARY_OPS)
    return Cand(f"op:{op} 0-d", f"{v.name} {op} {b.name}", dims=_same(v))


COMPARE_OPS: Final = ("<", "<=", ">", ">=", "==", "!=")


def compare(g: Gen, v: TV) -> Cand:
    op = g.pick(COMPARE_OPS)
    r = g.rng.random()
    if r < 0.4:
        s = _scalar(g)
        if g.chance(0.5):
            return Cand(f"op:{op} scalar", f"{v.name} {op} {s}", dims=_same(v))
        return Cand(f"op:scalar {op}", f"{s} {op} {v.name}", dims=_same(v))
    o = _operand(g, v)
    if r < 0.8:
        return Cand(f"op:{op}", f"{v.name} {op} {o.name}")
    name = g.pick(["eq", "ne", "lt", "le", "gt", "ge"])
    if g.chance(0.5):
        return Cand(f"T.{name}", f"{v.name}.{name}({o.name})")
    return Cand(f"torch.{name}", f"{g.fn(name)}({v.name}, {o.name})")


# -- matmul ----------------------------------------------------------------------------------------


def _inner(g: Gen, d: DI) -> DI | Dim:
    return _perturb(g, d) if g.bad() else d


def matmul(g: Gen, v: TV) -> Cand | None:
    if v.rank == 0:
        return None
    dtype = v.dtype if g.chance(0.85) else g.dtype()
    last = v.dims[-1]
    if last.atom is None:
        last = lit_di(last.value)
    r = g.rng.random()
    m = g._dim_for()
    if v.rank == 1:
        if r < 0.4:
            o = g.new_param([_inner(g, last)], dtype)
            form = g.pick(
                [
                    f"{v.name} @ {o.name}",
                    f"{g.fn('dot')}({v.name}, {o.name})",
                    f"{v.name}.dot({o.name})",
                    f"{g.fn('matmul')}({v.name}, {o.name})",
                ]
            )
            return Cand("matmul 1-D", form, dims=[])
        if r < 0.7:
            o = g.new_param([m, _inner(g, last)], dtype)
            return Cand(
                "torch.mv",
                g.pick(
                    [
                        f"{g.fn('mv')}({o.name}, {v.name})",
                        f"{o.name} @ {v.name}",
                        f"{o.name}.mv({v.name})",
                    ]
                ),
            )
        o = g.new_param([_inner(g, last), m], dtype)
        return Cand("matmul 1-D @ 2-D", f"{v.name} @ {o.name}")
    if r < 0.45:
        o = g.new_param([_inner(g, last), m], dtype)
        op = (
            g.pick(["@", "matmul", "T.matmul", "mm", "T.mm"])
            if v.rank == 2
            else g.pick(["@", "matmul", "T.matmul"])
        )
        expr = {
            "@": f"{v.name} @ {o.name}",
            "matmul": f"{g.fn('matmul')}({v.name}, {o.name})",
            "T.matmul": f"{v.name}.matmul({o.name})",
            "mm": f"{g.fn('mm')}({v.name}, {o.name})",
            "T.mm": f"{v.name}.mm({o.name})",
        }[op]
        return Cand(f"matmul:{op}", expr)
    if r < 0.65 and v.rank == 3:
        b = v.dims[0] if v.dims[0].atom is not None else lit_di(v.dims[0].value)
        o = g.new_param([b, _inner(g, last), m], dtype)
        return Cand(
            "torch.bmm", g.pick([f"{g.fn('bmm')}({v.name}, {o.name})", f"{v.name}.bmm({o.name})"])
        )
    if r < 0.8:
        other = f"{v.name}.transpose(-1, -2)" if not g.bad() else v.name
        return Cand("matmul self", f"{v.name} @ {other}")
    return einsum(g, v)


def einsum(g: Gen, v: TV) -> Cand | None:
    letters = "abcdef"[: v.rank]
    fn = g.fn("einsum")
    r = g.rng.random()
    if r < 0.4 or v.rank == 0:
        keep = "".join(c for c in letters if g.chance(0.5))
        out = "".join(g.rng.sample(keep, len(keep)))
        return Cand("torch.einsum 1", f'{fn}("{letters}->{out}", {v.name})')
    # contract the last dim with a new operand
    last = v.dims[-1] if v.dims[-1].atom is not None else lit_di(v.dims[-1].value)
    o = g.new_param([_inner(g, last), g._dim_for()], v.dtype if g.chance(0.8) else g.dtype())
    out = letters[:-1] + "z"
    return Cand("torch.einsum 2", f'{fn}("{letters},{letters[-1]}z->{out}", {v.name}, {o.name})')


# -- reductions --------------------------------------------------------------------------------------

REDUCTIONS: Final = (
    "sum mean prod amax amin argmax argmin std var logsumexp all any nansum count_nonzero "
    "norm max min median nanmean"
).split()
_TUPLE_DIMS_OK: Final = {
    "sum",
    "mean",
    "amax",
    "amin",
    "std",
    "var",
    "logsumexp",
    "nansum",
    "count_nonzero",
    "all",
    "any",
    "nanmean",
}


def reduce(g: Gen, v: TV) -> Cand:
    name = g.pick(REDUCTIONS)
    method = g.chance(0.6)
    call = f"{v.name}.{name}(" if method else f"{g.fn(name)}({v.name}, "
    opname = f"{'T' if method else 'torch'}.{name}"
    r = g.rng.random()
    if r < 0.2 and name not in ("logsumexp",):
        expr = f"{v.name}.{name}()" if method else f"{g.fn(name)}({v.name})"
        return Cand(opname + "()", expr, dims=[])
    keepdim = g.chance(0.35) and name != "count_nonzero"
    if name in _TUPLE_DIMS_OK and v.rank >= 2 and r < 0.4:
        ds = sorted(g.rng.sample(range(v.rank), 2))
        if g.bad(0.3):
            ds[1] = v.rank
        dim_s = f"({ds[0]}, {ds[1]})"
        removed = set(ds)
    else:
        d = _dim(g, v.rank)
        dim_s = str(d)
        removed = {d % v.rank} if v.rank and -v.rank <= d < v.rank else set()
    kw = g.pick(["dim=", ""])
    if name == "norm" and not kw:
        kw = "dim="
    kd = ", keepdim=True" if keepdim else (", keepdim=False" if g.chance(0.2) else "")
    expr = f"{call}{kw}{dim_s}{kd})"
    dims = [(lit_di(1) if keepdim else None) if i in removed else d for i, d in enumerate(v.dims)]
    out = [d for d in dims if d is not None]
    if name in ("max", "min", "median") or (name == "sum" and g.chance(0.1)):
        if name == "sum":
            expr = f"{call}{kw}{dim_s}{kd}, dtype={g.dt(g.pick(FLOATS + ('int64',)))})"
        return Cand(opname + "(dim)", expr, dims=out if name == "sum" else None)
    return Cand(opname + "(dim)", expr, dims=out)


# -- reshape -----------------------------------------------------------------------------------------


def _groups(g: Gen, v: TV) -> list[list[DI]]:
    dims = list(v.dims)
    groups: list[list[DI]] = []
    for d in dims:
        if groups and g.chance(0.4):
            groups[-1].append(d)
        else:
            groups.append([d])
    return groups


def view(g: Gen, v: TV) -> Cand:
    groups = _groups(g, v)
    parts: list[str] = []
    values: list[int] = []
    for grp in groups:
        e, n = g.size_expr(grp)
        parts.append(e)
        values.append(n)
    if g.chance(0.3) and v.literal and v.numel > 1:
        # a fresh factorization of the element count
        n = v.numel
        f = [k for k in range(2, n + 1) if n % k == 0]
        a = g.pick(f) if f else 1
        parts, values = [str(a), str(n // a)], [a, n // a]
    if parts and g.chance(0.3):
        i = g.rng.randrange(len(parts))
        parts[i] = "-1"
    if g.bad():
        if parts:
            i = g.rng.randrange(len(parts))
            parts[i] = (
                f"({parts[i]}) * 2" if parts[i] != "-1" else "-1, 2" if g.chance(0.5) else "-2"
            )
            if parts[i] in ("(0) * 2", "(1) * 2"):
                parts[i] = "3"
        else:
            parts = ["2"]
    if g.chance(0.1):
        parts.insert(g.rng.randint(0, len(parts)), "1")
    name = g.pick(["view", "reshape", "view", "reshape"])
    args = ", ".join(parts)
    if g.chance(0.2):
        args = f"({args},)" if len(parts) == 1 else f"({args})"
    if name == "reshape" and g.chance(0.3):
        return Cand(
            "torch.reshape",
            f"{g.fn('reshape')}({v.name}, ({', '.join(parts)}{',' if len(parts) == 1 else ''}))",
        )
    return Cand(f"T.{name}", f"{v.name}.{name}({args})")


def flatten(g: Gen, v: TV) -> Cand:
    r = g.rng.random()
    if r < 0.3:
        return Cand("T.flatten()", g.pick([f"{v.name}.flatten()", f"{g.fn('flatten')}({v.name})"]))
    if r < 0.45:
        s = _dim(g, v.rank)
        return Cand(
            "nn.Flatten",
            f"{g.nn('Flatten')}({s})({v.name})"
            if g.chance(0.5)
            else f"{g.nn('Flatten')}()({v.name})",
        )
    s = _dim(g, v.rank)
    e = _dim(g, v.rank)
    if g.chance(0.5):
        return Cand("T.flatten(s, e)", f"{v.name}.flatten({s}, {e})")
    return Cand("torch.flatten(s, e)", f"{g.fn('flatten')}({v.name}, start_dim={s}, end_dim={e})")


def permute(g: Gen, v: TV) -> Cand:
    perm = list(range(v.rank))
    g.rng.shuffle(perm)
    neg = [p - v.rank if g.chance(0.3) else p for p in perm]
    if g.bad():
        if neg and g.chance(0.5):
            neg[0] = neg[-1] if len(neg) > 1 else 5
        else:
            neg = neg + [0] if g.chance(0.5) else neg[:-1]
    dims = [v.dims[p] for p in perm] if len(neg) == v.rank else None
    args = ", ".join(map(str, neg))
    form = g.rng.random()
    if form < 0.4:
        return Cand("T.permute", f"{v.name}.permute({args})", dims=dims)
    if form < 0.7:
        return Cand(
            "T.permute", f"{v.name}.permute(({args}{',' if len(neg) == 1 else ''}))", dims=dims
        )
    return Cand(
        "torch.permute",
        f"{g.fn('permute')}({v.name}, ({args}{',' if len(neg) == 1 else ''}))",
        dims=dims,
    )


def transpose(g: Gen, v: TV) -> Cand:
    r = g.rng.random()
    if r < 0.2:
        return Cand("T.t", g.pick([f"{v.name}.t()", f"torch.t({v.name})"]))
    if r < 0.3:
        return Cand("T.mT", f"{v.name}.mT")
    a, b = _dim(g, v.rank), _dim(g, v.rank)
    dims = None
    if v.rank and -v.rank <= a < v.rank and -v.rank <= b < v.rank:
        dims = list(v.dims)
        dims[a], dims[b] = dims[b], dims[a]
    form = g.pick(
        [
            f"{v.name}.transpose({a}, {b})",
            f"{g.fn('transpose')}({v.name}, {a}, {b})",
            f"{v.name}.swapaxes({a}, {b})",
            f"{v.name}.movedim({a}, {b})",
        ]
    )
    if "movedim" in form:
        dims = None
    return Cand(
        "T.transpose"
        if "swap" not in form and "movedim" not in form
        else "T." + form.split(".")[1].split("(")[0],
        form,
        dims=dims,
    )


def squeeze(g: Gen, v: TV) -> Cand:
    r = g.rng.random()
    if r < 0.3:
        dims = (
            [d for d in v.dims if d.value != 1 or not d.literal]
            if all(d.literal or d.value != 1 for d in v.dims)
            else None
        )
        return Cand(
            "T.squeeze()",
            g.pick([f"{v.name}.squeeze()", f"{g.fn('squeeze')}({v.name})"]),
            dims=dims,
        )
    if r < 0.75:
        d = _dim(g, v.rank)
        form = g.pick(
            [
                f"{v.name}.squeeze({d})",
                f"{g.fn('squeeze')}({v.name}, {d})",
                f"{v.name}.squeeze(dim={d})",
            ]
        )
        return Cand("T.squeeze(d)", form)
    d = _dim(g, v.rank, extra=1)
    dims = None
    if -v.rank - 1 <= d <= v.rank:
        dims = list(v.dims)
        dims.insert(d % (v.rank + 1), lit_di(1))
    form = g.pick(
        [
            f"{v.name}.unsqueeze({d})",
            f"{g.fn('unsqueeze')}({v.name}, {d})",
            f"{v.name}.unsqueeze(dim={d})",
        ]
    )
    return Cand("T.unsqueeze", form, dims=dims)


def expand(g: Gen, v: TV) -> Cand:
    r = g.rng.random()
    if r < 0.2:
        o = _operand(g, v, broadcast=False)
        name = g.pick(["expand_as", "view_as", "reshape_as", "type_as"])
        return Cand(f"T.{name}", f"{v.name}.{name}({o.name})")
    if r < 0.35:
        # the reverse: broadcast a smaller operand to `v`
        o = _operand(g, v)
        return Cand("T.expand_as", f"{o.name}.expand_as({v.name})")
    sizes: list[str] = []
    if g.chance(0.3):
        sizes.append(str(g.pick([1, 2, 3])))
    for d in v.dims:
        if d.value == 1 and g.chance(0.6):
            sizes.append(str(g.pick([2, 3, 4])))
        else:
            sizes.append(g.pick(["-1", d.expr]))
    if g.bad() and sizes:
        i = g.rng.randrange(len(sizes))
        sizes[i] = "5" if sizes[i] != "5" else "6"
    args = ", ".join(sizes)
    if g.chance(0.5) and sizes:
        return Cand("T.expand", f"{v.name}.expand({args})")
    if g.chance(0.5):
        return Cand("T.expand", f"{v.name}.expand(({args}{',' if len(sizes) == 1 else ''}))")
    return Cand(
        "torch.broadcast_to",
        f"{g.fn('broadcast_to')}({v.name}, ({args}{',' if len(sizes) == 1 else ''}))",
    )


def unflatten_repeat(g: Gen, v: TV) -> Cand | None:
    if v.rank == 0:
        return None
    r = g.rng.random()
    if r < 0.4:
        d = g.rng.randrange(v.rank)
        n = v.dims[d].value
        fs = [k for k in range(1, n + 1) if n and n % k == 0] or [1]
        a = g.pick(fs)
        sizes = g.pick([f"({a}, -1)", f"(-1, {a})", f"({a}, {n // a if n else 0})"])
        if g.bad():
            sizes = f"({a + 1}, {max(n // (a + 1), 1)})" if g.chance(0.5) else "(-1, -1)"
        if g.chance(0.7):
            return Cand("T.unflatten", f"{v.name}.unflatten({d}, {sizes})")
        return Cand("nn.Unflatten", f"{g.nn('Unflatten')}({d}, {sizes})({v.name})")
    if r < 0.75:
        reps = [str(g.pick([1, 2, 3])) for _ in range(v.rank + (1 if g.chance(0.3) else 0))]
        if g.bad():
            reps = reps[:-1] if len(reps) > 1 else reps + ["-1"]
        return Cand("T.repeat", f"{v.name}.repeat({', '.join(reps)})")
    return Cand("T.movedim", f"{v.name}.movedim({_dim(g, v.rank)}, {_dim(g, v.rank)})")


# -- joins ---------------------------------------------------------------------------------------------


def join(g: Gen, v: TV) -> Cand:
    r = g.rng.random()
    if r < 0.35:
        d = _dim(g, v.rank)
        dims: list[DI | Dim | int] = list(v.dims)
        if v.rank and -v.rank <= d < v.rank:
            dims[d] = g._dim_for() if g.chance(0.6) else v.dims[d]
        if g.bad() and len(dims) > 1:
            i = g.rng.randrange(len(dims))
            if v.rank and i != d % v.rank:
                dims[i] = _perturb(g, v.dims[i])
        if g.bad(0.2):
            dims = dims[1:]
        o = g.new_param(dims, v.dtype if g.chance(0.7) else g.dtype())
        name = g.pick(["cat", "cat", "concat"])
        items = g.pick(
            [f"[{v.name}, {o.name}]", f"({v.name}, {o.name})", f"[{v.name}, {o.name}, {v.name}]"]
        )
        if g.chance(0.5):
            return Cand(f"torch.{name}", f"{g.fn(name)}({items}, dim={d})")
        return Cand(f"torch.{name}", f"{g.fn(name)}({items}, {d})")
    if r < 0.55:
        o = _operand(g, v, broadcast=False)
        d = _dim(g, v.rank, extra=1)
        return Cand(
            "torch.stack",
            f"{g.fn('stack')}([{v.name}, {o.name}], {d})"
            if g.chance(0.5)
            else f"{g.fn('stack')}(({v.name}, {o.name}), dim={d})",
        )
    if v.rank == 0:
        return Cand("torch.stack", f"{g.fn('stack')}([{v.name}, {v.name}])")
    d = _dim(g, v.rank)
    size = v.dims[d].value if -v.rank <= d < v.rank else 3
    if r < 0.75:
        if g.chance(0.5):
            k = g.pick([1, 2, 3])
            form = g.pick([f"{v.name}.split({k}, {d})", f"{g.fn('split')}({v.name}, {k}, dim={d})"])
            return Cand("torch.split(int)", form)
        a = g.rng.randint(0, size)
        sizes = [a, size - a]
        if g.bad():
            sizes[1] += 1
        form = g.pick([f"{v.name}.split({sizes}, {d})", f"{g.fn('split')}({v.name}, {sizes}, {d})"])
        return Cand("torch.split(list)", form)
    if r < 0.9:
        k = g.pick([1, 2, 3, 4]) if not g.bad(0.3) else 0
        return Cand(
            "torch.chunk",
            g.pick([f"{v.name}.chunk({k}, {d})", f"{g.fn('chunk')}({v.name}, {k}, dim={d})"]),
        )
    return Cand(
        "torch.unbind", g.pick([f"{v.name}.unbind({d})", f"{g.fn('unbind')}({v.name}, {d})"])
    )


def tuple_index(g: Gen, v: TV) -> Cand:
    n = len(v.value)
    i = g.rng.randrange(n)
    if g.bad(0.5):
        i = n
    if g.chance(0.15) and hasattr(v.value, "values"):
        attr = g.pick(["values", "indices"])
        return Cand("tuple." + attr, f"{v.name}.{attr}")
    return Cand("tuple[i]", f"{v.name}[{g.pick([i, i - n]) if i < n else i}]")


# -- indexing -------------------------------------------------------------------------------------------


def index(g: Gen, v: TV) -> Cand:
    r = g.rng.random()
    size0 = v.dims[0].value if v.rank else 0
    if v.rank == 0 or r < 0.1:
        return Cand(
            "x[None]", g.pick([f"{v.name}[None]", f"{v.name}[..., None]", f"{v.name}[None, ...]"])
        )
    if r < 0.3:
        i = g.rng.randint(-size0, size0 - 1) if size0 else 0
        if g.bad():
            i = g.pick([size0, -size0 - 1])
        form = g.pick([f"{v.name}[{i}]", f"{v.name}[{i}, ...]"]) if v.rank > 0 else f"{v.name}[{i}]"
        return Cand("x[int]", form, dims=list(v.dims[1:]))
    if r < 0.55:
        a = g.pick(["", "1", "2", "-1", "-2", "0", "3", "-5", "8"])
        b = g.pick(["", "2", "-1", "-2", "3", "-8", "1"])
        step = g.pick(["", "", "", ":2", ":3"])
        lead = g.pick(["", "", ":, ", "..., "]) if v.rank > 1 else ""
        s = f"{a}:{b}{step}"
        if g.bad(0.3):
            s = f"::{g.pick([0, -1])}"
        return Cand(
            f"x[{'slice' if not lead else lead.strip(', ') + ', slice'}]", f"{v.name}[{lead}{s}]"
        )
    if r < 0.65 and v.rank >= 2:
        size1 = v.dims[1].value
        i = g.rng.randint(-size1, size1 - 1) if size1 else 0
        if g.bad():
            i = size1
        return Cand(
            "x[:, int]",
            g.pick(
                [
                    f"{v.name}[:, {i}]",
                    f"{v.name}[..., {i}]" if v.rank == 2 else f"{v.name}[:, {i}, :]",
                ]
            ),
        )
    if r < 0.8:
        hi = size0
        idx = g.new_param(
            g.pick([[g._dim_for()], [g._dim_for(), g._dim_for()]]), "int64", init=f"index:{hi}"
        )
        if size0 == 0 and idx.numel:
            return Cand("x[idx]", f"{v.name}[{idx.name}]")
        form = g.pick(
            [
                (f"{v.name}[{idx.name}]", "x[idx]"),
                (f"{v.name}.index_select(0, {idx.name})", "T.index_select"),
                (f"{g.fn('index_select')}({v.name}, 0, {idx.name})", "torch.index_select"),
            ]
        )
        return Cand(form[1], form[0])
    if r < 0.9:
        d = _dim(g, v.rank)
        size = v.dims[d].value if -v.rank <= d < v.rank else 1
        start = g.rng.randint(0, size)
        length = g.rng.randint(0, size - start)
        if g.bad():
            length = size - start + 1
        return Cand("T.narrow", f"{v.name}.narrow({d}, {start}, {length})")
    # gather along a dim with an index no larger than the input elsewhere
    d = _dim(g, v.rank)
    size = v.dims[d].value if -v.rank <= d < v.rank else 1
    dims: list[DI | int] = [
        dd if (g.chance(0.6) and dd.atom) else min(dd.value, 1) for dd in v.dims
    ]
    if g.bad():
        dims = dims[:-1] + [v.dims[-1].value + 1] if dims else [2]
    idx = g.new_param(dims, "int64", init=f"index:{size}")
    return Cand(
        "torch.gather",
        g.pick(
            [
                f"{v.name}.gather({d}, {idx.name})",
                f"{g.fn('gather')}({v.name}, {d}, {idx.name})",
                f"{g.fn('take_along_dim')}({v.name}, {idx.name}, {d})",
            ]
        ),
    )


# -- factories -------------------------------------------------------------------------------------------


def factory(g: Gen, v: TV) -> Cand:
    sizes = (
        [d.expr for d in v.dims[:3]]
        if g.chance(0.5)
        else [str(g.size_value()) for _ in range(g.rng.randint(0, 3))]
    )
    if g.bad(0.3) and sizes:
        sizes[0] = "-1"
    dtype = g.pick(FLOATS + INTS + ("bool",)) if g.chance(0.5) else None
    kw = f", dtype={g.dt(dtype)}" if dtype else ""
    name = g.pick(["zeros", "ones", "randn", "rand", "empty", "full", "randint"])
    if name == "full":
        tup = f"({', '.join(sizes)}{',' if len(sizes) == 1 else ''})"
        return Cand("torch.full", f"{g.fn('full')}({tup}, {g.pick(['1.5', '2', 'True'])}{kw})")
    if name == "randint":
        tup = f"({', '.join(sizes)}{',' if len(sizes) == 1 else ''})"
        return Cand("torch.randint", f"{g.fn('randint')}(0, 5, {tup}{kw})")
    r = g.rng.random()
    if r < 0.5:
        args = ", ".join(sizes)
        return Cand(f"torch.{name}", f"{g.fn(name)}({args or '()'}{kw})")
    if r < 0.65:
        tup = f"({', '.join(sizes)}{',' if len(sizes) == 1 else ''})"
        return Cand(f"torch.{name}", f"{g.fn(name)}({tup}{kw})")
    if r < 0.8:
        like = g.pick(
            ["zeros_like", "ones_like", "randn_like", "rand_like", "empty_like", "full_like"]
        )
        extra = ", 2" if like == "full_like" else ""
        return Cand(f"torch.{like}", f"{g.fn(like)}({v.name}{extra}{kw})", dims=_same(v))
    if r < 0.9:
        n = g.pick(["5", "0", "3"] + [d.expr for d in v.dims[:1]])
        form = g.pick(
            [
                (f"{g.fn('arange')}({n}{kw})", "torch.arange"),
                (f"{g.fn('arange')}(1, {n}, 2)", "torch.arange(a, b, s)"),
                (f"{g.fn('eye')}({n}{kw})", "torch.eye"),
                (f"{g.fn('eye')}({n}, 2)", "torch.eye(n, m)"),
                (f"{g.fn('linspace')}(0, 1, {n}{kw})", "torch.linspace"),
            ]
        )
        return Cand(form[1], form[0])
    form = g.pick(
        [
            (f"{g.fn('tensor')}([[1, 2], [3, 4]]{kw})", "torch.tensor"),
            (f"{g.fn('tensor')}([1.0, 2.0, 3.0]{kw})", "torch.tensor"),
            (f"{g.fn('tensor')}(1.5{kw})", "torch.tensor"),
            (f"{g.fn('tensor')}([True, False])", "torch.tensor"),
            (
                f"{v.name}.new_zeros(({', '.join(sizes)}{',' if len(sizes) == 1 else ''}))",
                "T.new_zeros",
            ),
            (f"{v.name}.new_ones({', '.join(sizes) or '()'})", "T.new_ones"),
        ]
    )
    return Cand(form[1], form[0])


# -- layers ---------------------------------------------------------------------------------------------


def _chan(v: TV, spatial: int) -> tuple[int, bool] | None:
    """The channel dim index of `v` for a layer of `spatial` dims, and whether it is batched."""
    if v.rank == spatial + 2:
        return 1, True
    if v.rank == spatial + 1:
        return 0, False
    return None


def _float_kw(g: Gen) -> str:
    return f", dtype={g.dt('float64')}" if g.chance(0.08) else ""


def linear(g: Gen, v: TV) -> Cand | None:
    if v.rank == 0:
        return None
    n_in = v.dims[-1].value
    if g.bad():
        n_in += g.pick([1, 2])
    out = g.pick([1, 2, 3, 4, 5])
    in_s = v.dims[-1].expr if not g.want_bad and g.chance(0.4) else str(n_in)
    if g.chance(0.6):
        bias = g.pick(["", ", bias=False", ", bias=True"])
        dims = list(v.dims[:-1]) + [lit_di(out)]
        return Cand(
            "nn.Linear", f"{g.nn('Linear')}({in_s}, {out}{bias}{_float_kw(g)})({v.name})", dims=dims
        )
    w = g.new_param(
        [lit_di(out), v.dims[-1] if v.dims[-1].atom and not g.want_bad else lit_di(n_in)],
        v.dtype if g.chance(0.8) else g.dtype(),
    )
    if g.chance(0.5):
        b = g.new_param([lit_di(out)], w.dtype)
        return Cand("F.linear", f"{g.F('linear')}({v.name}, {w.name}, {b.name})")
    return Cand("F.linear", f"{g.F('linear')}({v.name}, {w.name})")


def conv(g: Gen, v: TV) -> Cand | None:
    spatial = g.pick([1, 2, 2, 3])
    c = _chan(v, spatial)
    if c is None:
        return None
    ci, _batched = c
    cin = v.dims[ci].value
    if cin == 0:
        return None
    sizes = [d.value for d in v.dims[ci + 1 :]]
    transpose = g.chance(0.2)
    k = g.pick([1, 2, 3]) if min(sizes, default=1) > 0 else 1
    stride = g.pick([1, 1, 2])
    padding = g.pick([0, 0, 1])
    dilation = g.pick([1, 1, 2])
    groups = g.pick([g2 for g2 in (1, 1, 2, 3) if cin % g2 == 0])
    out = groups * g.pick([1, 2, 3])
    if g.bad():
        which = g.pick(["cin", "k", "groups", "out"])
        if which == "cin":
            cin += 1
        elif which == "k":
            k = max(sizes, default=1) + 2 * padding + 2
        elif which == "groups":
            groups = cin + 1 if cin > 1 else 2
        else:
            out = groups * 2 + 1 if groups > 1 else out
    name = f"Conv{'Transpose' if transpose else ''}{spatial}d"
    kw = []
    if stride != 1:
        kw.append(f"stride={stride}")
    if padding:
        kw.append(f"padding={padding}" if g.chance(0.7) else f"padding={padding}")
    if dilation != 1:
        kw.append(f"dilation={dilation}")
    if groups != 1:
        kw.append(f"groups={groups}")
    if not transpose and g.chance(0.1):
        kw.append('padding="same"' if stride == 1 else 'padding="valid"')
        kw = [x for x in kw if not x.startswith("padding=") or '"' in x]
    kws = "".join(", " + x for x in kw)
    if g.chance(0.65):
        return Cand(f"nn.{name}", f"{g.nn(name)}({cin}, {out}, {k}{kws}{_float_kw(g)})({v.name})")
    fname = f"conv{'_transpose' if transpose else ''}{spatial}d"
    wshape = (
        [out, cin // groups if cin % groups == 0 else 1]
        if not transpose
        else [cin, out // groups if out % groups == 0 else 1]
    )
    w = g.new_param([*wshape, *([k] * spatial)], v.dtype if g.chance(0.85) else g.dtype())
    return Cand(f"F.{fname}", f"{g.F(fname)}({v.name}, {w.name}{kws})")


def pool(g: Gen, v: TV) -> Cand | None:
    spatial = g.pick([1, 2, 2, 3])
    c = _chan(v, spatial)
    if c is None:
        return None
    sizes = [d.value for d in v.dims[c[0] + 1 :]]
    kind = g.pick(["Max", "Avg", "AdaptiveAvg", "AdaptiveMax"])
    if kind.startswith("Adaptive"):
        out = g.pick([1, 2, 3, "(2, 1)" if spatial == 2 else 2, "None" if spatial == 2 else 1])
        if g.bad():
            out = g.pick([0, -1, "(1, 2, 3)"])
        name = f"{kind}Pool{spatial}d"
        fname = f"adaptive_{kind[8:].lower()}_pool{spatial}d"
        if g.chance(0.6):
            return Cand(f"nn.{name}", f"{g.nn(name)}({out})({v.name})")
        return Cand(f"F.{fname}", f"{g.F(fname)}({v.name}, {out})")
    k = g.pick([1, 2, 2, 3])
    stride = g.pick(["", "", ", stride=1", ", 2"])
    padding = g.pick(["", "", ", padding=1"])
    if padding and k < 2:
        k = 2
    extra = g.pick(["", "", ", ceil_mode=True"])
    if g.bad():
        which = g.pick(["k", "pad", "stride"])
        if which == "k":
            k = max(sizes, default=1) + 2
        elif which == "pad":
            padding = f", padding={k}"
        else:
            stride = ", stride=0"
    name = f"{kind}Pool{spatial}d"
    fname = f"{kind.lower()}_pool{spatial}d"
    if g.chance(0.6):
        return Cand(f"nn.{name}", f"{g.nn(name)}({k}{stride}{padding}{extra})({v.name})")
    return Cand(f"F.{fname}", f"{g.F(fname)}({v.name}, {k}{stride}{padding}{extra})")


def norm(g: Gen, v: TV) -> Cand | None:
    r = g.rng.random()
    if r < 0.35 and v.rank >= 2:
        spatial = v.rank - 2 if v.rank > 2 else 1
        if v.rank == 2:
            spatial = 1
        if spatial > 3:
            return None
        c = v.dims[1].value
        if g.bad():
            c += 1
        name = f"BatchNorm{spatial}d"
        if g.chance(0.7):
            mode = g.pick(["", "", ".eval()"])
            return Cand(f"nn.{name}{mode}", f"{g.nn(name)}({c}){mode}({v.name})", dims=_same(v))
        rm = g.new_param([lit_di(c)], "float32")
        rv = g.new_param([lit_di(c)], "float32", init="positive")
        training = g.pick(["", ", training=True", ", training=False"])
        return Cand(
            "F.batch_norm",
            f"{g.F('batch_norm')}({v.name}, {rm.name}, {rv.name}{training})",
            dims=_same(v),
        )
    if r < 0.65 and v.rank >= 1:
        k = g.rng.randint(1, min(v.rank, 2))
        shape = [d.value for d in v.dims[-k:]]
        if g.bad():
            shape[-1] += 1
        tup = f"({', '.join(map(str, shape))}{',' if len(shape) == 1 else ''})"
        if g.chance(0.2) and k == 1:
            tup = str(shape[0])
        if g.chance(0.6):
            return Cand(
                "nn.LayerNorm", f"{g.nn('LayerNorm')}({tup}{_float_kw(g)})({v.name})", dims=_same(v)
            )
        if g.chance(0.3) and not g.want_bad:
            tup = f"{v.name}.shape[-{k}:]"
        return Cand("F.layer_norm", f"{g.F('layer_norm')}({v.name}, {tup})", dims=_same(v))
    if v.rank >= 2:
        c = v.dims[1].value
        groups = g.pick([k for k in (1, 2, 3, 4) if c and c % k == 0] or [1])
        if g.bad():
            groups = g.pick([c + 1, 0]) if c else 2
        if g.chance(0.6):
            return Cand(
                "nn.GroupNorm", f"{g.nn('GroupNorm')}({groups}, {c})({v.name})", dims=_same(v)
            )
        return Cand("F.group_norm", f"{g.F('group_norm')}({v.name}, {groups})", dims=_same(v))
    return None


def dropout_misc(g: Gen, v: TV) -> Cand | None:
    r = g.rng.random()
    if r < 0.3:
        p = g.pick(["0.5", "0.0", "0.2"]) if not g.bad() else g.pick(["1.5", "-0.1"])
        name = g.pick(["Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout"])
        if g.chance(0.5):
            return Cand(f"nn.{name}", f"{g.nn(name)}({p})({v.name})", dims=_same(v))
        fname = {
            "Dropout": "dropout",
            "Dropout1d": "dropout1d",
            "Dropout2d": "dropout2d",
            "Dropout3d": "dropout3d",
            "AlphaDropout": "alpha_dropout",
        }[name]
        return Cand(
            f"F.{fname}",
            f"{g.F(fname)}({v.name}, {p}, training={g.pick(['True', 'False'])})",
            dims=_same(v),
        )
    if r < 0.55:
        # embedding of an integer tensor (v itself when it is one, else a fresh index)
        num = g.pick([3, 5, 8])
        dim = g.pick([2, 4])
        if v.dtype in ("int64", "int32") and g.chance(0.5):
            idx = v
            vals = v.value
            if vals.numel() and (vals.min() < 0 or vals.max() >= num):
                idx_s = f"{v.name}.clamp(0, {num - 1})"
            else:
                idx_s = v.name
        else:
            hi = num
            idx = g.new_param(
                [g._dim_for(), g._dim_for()][: g.pick([1, 2])], "int64", init=f"index:{hi}"
            )
            idx_s = idx.name
        if g.chance(0.6):
            return Cand("nn.Embedding", f"{g.nn('Embedding')}({num}, {dim})({idx_s})")
        w = g.new_param([lit_di(num), lit_di(dim)], "float32")
        return Cand("F.embedding", f"{g.F('embedding')}({idx_s}, {w.name})")
    if r < 0.7:
        n = g.pick([3, 4, 5])
        idx = g.new_param([g._dim_for()], g.pick(["int64", "int64", "int32"]), init=f"index:{n}")
        return Cand(
            "F.one_hot",
            f"{g.F('one_hot')}({idx.name}, {n})"
            if g.chance(0.7)
            else f"{g.F('one_hot')}({idx.name}, num_classes={n})",
        )
    if r < 0.85:
        if v.rank < 3:
            return None
        spatial = min(v.rank - 2, 3)
        mode = g.pick(
            ["nearest", "nearest"]
            + (["linear"] if spatial == 1 else ["bilinear"] if spatial == 2 else ["trilinear"])
        )
        arg = g.pick(
            [
                "scale_factor=2",
                "scale_factor=2.0",
                "scale_factor=0.5",
                "scale_factor=1.5",
                f"size={3 if spatial == 1 else (3,) * spatial}",
            ]
        )
        if g.bad():
            mode = g.pick(["bilinear", "linear", "trilinear"])
        return Cand(
            f"F.interpolate({arg.split('=')[0]})",
            f'{g.F("interpolate")}({v.name}, {arg}, mode="{mode}")',
        )
    if v.rank == 0:
        return None
    pads = g.pick(["(1, 1)", "(0, 2)", "(1, 0, 2, 1)", "(-1, 1)"]) if not g.bad() else "(1, 2, 3)"
    mode = g.pick(
        ["", "", ', mode="constant", value=0.5', ', mode="reflect"', ', mode="replicate"']
    )
    return Cand("F.pad", f"{g.F('pad')}({v.name}, {pads}{mode})")


def loss(g: Gen, v: TV) -> Cand | None:
    r = g.rng.random()
    reduction = g.pick(["", "", ', reduction="none"', ', reduction="sum"', ', reduction="mean"'])
    if r < 0.4:
        name = g.pick(
            [
                "mse_loss",
                "l1_loss",
                "smooth_l1_loss",
                "huber_loss",
                "binary_cross_entropy_with_logits",
                "kl_div",
                "soft_margin_loss",
            ]
        )
        o = _operand(g, v, broadcast=g.chance(0.2), init="prob" if "binary" in name else "randn")
        if g.chance(0.3):
            mod = {
                "mse_loss": "MSELoss",
                "l1_loss": "L1Loss",
                "binary_cross_entropy_with_logits": "BCEWithLogitsLoss",
            }.get(name)
            if mod:
                return Cand(
                    f"nn.{mod}", f"{g.nn(mod)}({reduction.lstrip(', ')})({v.name}, {o.name})"
                )
        return Cand(f"F.{name}", f"{g.F(name)}({v.name}, {o.name}{reduction})")
    if r < 0.5:
        p = _operand(g, v, broadcast=False, init="prob", dtype=v.dtype if g.chance(0.8) else None)
        x = g.new_param([d for d in p.dims], p.dtype, init="prob") if g.chance(0.5) else None
        inp = x.name if x is not None else f"{v.name}.sigmoid()"
        return Cand(
            "F.binary_cross_entropy", f"{g.F('binary_cross_entropy')}({inp}, {p.name}{reduction})"
        )
    # classification: v is [N, C] or [C] or [N, C, d]
    if v.rank not in (1, 2, 3):
        return None
    cdim = 0 if v.rank == 1 else 1
    c = v.dims[cdim].value
    tdims = [d for i, d in enumerate(v.dims) if i != cdim]
    if g.bad():
        if tdims and g.chance(0.5):
            tdims[0] = _perturb(g, tdims[0])
        else:
            tdims = tdims + [lit_di(1)]
    probs = g.chance(0.2)
    if probs:
        t = g.new_param(list(v.dims), v.dtype if g.chance(0.8) else "int64", init="prob")
    else:
        t = g.new_param(
            tdims, "int64" if g.chance(0.9) else g.pick(["float32", "int32"]), init=f"index:{c}"
        )
    name = g.pick(["cross_entropy", "cross_entropy", "nll_loss"])
    inp = v.name if name == "cross_entropy" else f"{g.F('log_softmax')}({v.name}, {cdim})"
    if g.chance(0.3):
        mod = {"cross_entropy": "CrossEntropyLoss", "nll_loss": "NLLLoss"}[name]
        return Cand(f"nn.{mod}", f"{g.nn(mod)}({reduction.lstrip(', ')})({inp}, {t.name})")
    smoothing = ", label_smoothing=0.1" if name == "cross_entropy" and g.chance(0.1) else ""
    return Cand(f"F.{name}", f"{g.F(name)}({inp}, {t.name}{reduction}{smoothing})")


def softmax(g: Gen, v: TV) -> Cand:
    d = _dim(g, v.rank)
    name = g.pick(["softmax", "log_softmax"])
    r = g.rng.random()
    dt = f", dtype={g.dt(g.pick(['float64', 'float32']))}" if g.chance(0.15) else ""
    if r < 0.3:
        return Cand(f"T.{name}", f"{v.name}.{name}({d}{dt})", dims=_same(v))
    if r < 0.5:
        return Cand(f"torch.{name}", f"{g.fn(name)}({v.name}, {d}{dt})", dims=_same(v))
    if r < 0.85:
        return Cand(
            f"F.{name}",
            f"{g.F(name)}({v.name}, dim={d}{dt})"
            if g.chance(0.7)
            else f"{g.F(name)}({v.name}, {d})",
            dims=_same(v),
        )
    mod = "Softmax" if name == "softmax" else "LogSoftmax"
    return Cand(f"nn.{mod}", f"{g.nn(mod)}(dim={d})({v.name})", dims=_same(v))


# -- the newer rules -------------------------------------------------------------------------------------


def sorting(g: Gen, v: TV) -> Cand:
    d = _dim(g, v.rank)
    size = v.dims[d].value if v.rank and -v.rank <= d < v.rank else 1
    r = g.rng.random()
    if r < 0.3:
        k = g.rng.randint(0, size) if not g.bad() else size + 1
        form = g.pick(
            [
                f"{v.name}.topk({k}, {d})",
                f"{g.fn('topk')}({v.name}, {k}, dim={d})",
                f"{v.name}.topk({k}, dim={d}, largest=False)",
            ]
        )
        return Cand("torch.topk", form)
    if r < 0.5:
        form = g.pick(
            [
                f"{v.name}.sort({d})",
                f"{g.fn('sort')}({v.name}, dim={d}, descending=True)",
                f"{v.name}.sort()",
            ]
        )
        return Cand("torch.sort", form)
    if r < 0.6:
        return Cand(
            "torch.argsort",
            g.pick([f"{v.name}.argsort({d})", f"{g.fn('argsort')}({v.name}, dim={d})"]),
        )
    if r < 0.7:
        k = g.rng.randint(1, max(size, 1)) if not g.bad() else size + 1
        return Cand(
            "torch.kthvalue",
            g.pick([f"{v.name}.kthvalue({k}, {d})", f"{g.fn('kthvalue')}({v.name}, {k}, {d})"]),
        )
    if r < 0.85:
        name = g.pick(["cumsum", "cumprod", "cummax", "cummin", "logcumsumexp"])
        return Cand(
            f"torch.{name}", g.pick([f"{v.name}.{name}({d})", f"{g.fn(name)}({v.name}, dim={d})"])
        )
    return Cand(
        "torch.mode",
        g.pick(
            [f"{v.name}.mode({d})", f"{v.name}.median({d})", f"{g.fn('nanmedian')}({v.name}, {d})"]
        ),
    )


def layout(g: Gen, v: TV) -> Cand | None:
    r = g.rng.random()
    if r < 0.2:
        name = g.pick(["tril", "triu"])
        k = g.pick(["", ", 1", ", -1", ", diagonal=2"])
        return Cand(
            f"torch.{name}",
            g.pick([f"{v.name}.{name}({k.lstrip(', ')})", f"{g.fn(name)}({v.name}{k})"]),
            dims=_same(v),
        )
    if r < 0.35:
        name = g.pick(["diag", "diagonal", "diag_embed", "trace", "diagflat"])
        off = g.pick(["", ", 1", ", -1"])
        if name == "trace":
            off = ""
        return Cand(
            f"torch.{name}",
            g.pick([f"{v.name}.{name}({off.lstrip(', ')})", f"{g.fn(name)}({v.name}{off})"]),
        )
    if r < 0.5:
        reps = g.pick(["2", "3", "0"])
        if g.chance(0.3) and v.rank:
            d = _dim(g, v.rank)
            size = v.dims[d].value if -v.rank <= d < v.rank else 1
            rt = g.new_param([lit_di(size if not g.bad() else size + 1)], "int64", init="index:3")
            return Cand(
                "torch.repeat_interleave(tensor)", f"{v.name}.repeat_interleave({rt.name}, dim={d})"
            )
        d = g.pick(["", f", dim={_dim(g, v.rank)}"]) if v.rank else ""
        return Cand(
            "torch.repeat_interleave",
            g.pick(
                [
                    f"{v.name}.repeat_interleave({reps}{d})",
                    f"{g.fn('repeat_interleave')}({v.name}, {reps}{d})",
                ]
            ),
        )
    if r < 0.65:
        d = _dim(g, v.rank)
        form = g.pick(
            [
                (f"{g.fn('flip')}({v.name}, ({d},))", "torch.flip"),
                (f"{v.name}.flip({d})", "torch.flip"),
                (f"{g.fn('roll')}({v.name}, 1, {d})", "torch.roll"),
                (f"{v.name}.roll(2)", "torch.roll"),
                (f"{g.fn('rot90')}({v.name}, 1, (0, 1))", "torch.rot90"),
                (f"{g.fn('fliplr')}({v.name})", "torch.fliplr"),
                (f"{g.fn('tile')}({v.name}, (2,))", "torch.tile"),
                (f"{v.name}.tile((2, 1))", "torch.tile"),
            ]
        )
        return Cand(form[1], form[0])
    if r < 0.8:
        o = g.new_param([g._dim_for()], v.dtype if g.chance(0.8) else g.dtype())
        if v.rank != 1:
            return Cand("torch.kron", f"{g.fn('kron')}({v.name}, {o.name})")
        return Cand(
            "torch.outer",
            g.pick(
                [
                    f"{g.fn('outer')}({v.name}, {o.name})",
                    f"{v.name}.outer({o.name})",
                    f"{g.fn('ger')}({v.name}, {o.name})",
                ]
            ),
        )
    if r < 0.9 and v.rank >= 1:
        d = _dim(g, v.rank)
        size = v.dims[d].value if -v.rank <= d < v.rank else 1
        k = g.pick([1, 2, 3])
        return Cand(
            "T.unfold", f"{v.name}.unfold({d}, {k if not g.bad() else size + 1}, {g.pick([1, 2])})"
        )
    d = _dim(g, v.rank)
    size = v.dims[d].value if v.rank and -v.rank <= d < v.rank else 1
    idx_dims: list[DI | int] = [dd if dd.atom else dd.value for dd in v.dims]
    if v.rank and -v.rank <= d < v.rank:
        idx_dims[d] = min(size, 2)
    idx = g.new_param(idx_dims, "int64", init=f"index:{size}")
    src = g.new_param(idx_dims, v.dtype if not g.bad() else g.pick(["float64", "int32"]))
    name = g.pick(["scatter", "scatter_add", "scatter_reduce"])
    extra = ', "sum"' if name == "scatter_reduce" else ""
    return Cand(
        f"torch.{name}",
        g.pick(
            [
                f"{v.name}.{name}({d}, {idx.name}, {src.name}{extra})",
                f"{g.fn(name)}({v.name}, {d}, {idx.name}, {src.name}{extra})",
            ]
        ),
    )


FAMILIES: Final[list[tuple[Family, float]]] = [
    (unary, 10),
    (cast, 5),
    (binary, 12),
    (compare, 5),
    (matmul, 7),
    (reduce, 8),
    (view, 6),
    (flatten, 3),
    (permute, 3),
    (transpose, 3),
    (squeeze, 4),
    (expand, 3),
    (unflatten_repeat, 2),
    (join, 6),
    (index, 7),
    (factory, 4),
    (linear, 4),
    (conv, 4),
    (pool, 4),
    (norm, 3),
    (dropout_misc, 3),
    (loss, 4),
    (softmax, 4),
    (sorting, 3),
    (layout, 4),
]
