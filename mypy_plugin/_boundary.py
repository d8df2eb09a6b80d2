"""Boundaries: a tensor meets a declared `Tensor[...]`.

Where a value is passed to a user function or model whose parameter declares a tensor type, or
an op's result is returned, assigned or passed where a tensor type is declared, mypy alone says
`arg-type`, `return-value`, `assignment` or "Cannot infer value of type parameter", naming no dim.
Here a definite mismatch is one error with the `shape` / `dtype` / `device` code that names the
dim (the rule is `typedtorch._shapes._boundary.fit_shape`), and the boundary is relaxed so that
mypy reports nothing more about it.

- `check_call`: the arguments of a call against the callee's declared parameters, binding the
  callee's dim variables across arguments (`B` fixed by `logits`, checked against `labels`).
- `check_result`: an op's computed result against the type the surrounding code declares for it
  (the type context: a declared return type, an annotated variable, a parameter).
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence

from mypy.expandtype import expand_type
from mypy.messages import callable_name
from mypy.nodes import Context, Expression
from mypy.plugin import CheckerPluginInterface
from mypy.typeops import get_all_type_vars
from mypy.types import (
    AnyType,
    CallableType,
    Instance,
    LiteralType,
    NoneType,
    TupleType,
    Type,
    TypeOfAny,
    TypeVarId,
    TypeVarType,
    UnionType,
    UnpackType,
    get_proper_type,
)

from typedtorch._shapes import DeviceMismatch, DTypeMismatch, RuleError
from typedtorch._shapes._boundary import Binder, Binding, Declared, ExpectedDim, Free, fit_shape
from typedtorch._shapes._symbolic import Facts, _Unknown, assuming, format_dim

from ._codec import TENSOR, Codec, TensorType
from ._errors import after_error, report_rule_error
from ._int_args import SizeReader
from ._kinds import device_name, dtype_name


def declared_tensor(typ: Type) -> Instance | None:
    """`typ` when it is a declared typed tensor (not a union, not `Any`)."""
    p = get_proper_type(typ)
    if isinstance(p, Instance) and p.type.fullname == TENSOR and len(p.args) >= 2:
        return p
    return None


def plain_parameter(typ: Type, depth: int = 0) -> bool:
    """Whether an op's declared parameter type holds no type variable and no typed tensor
    (`int`, `Sequence[int]`, `str | None`, `torch.dtype`, a bare `torch.Tensor`): mypy may check
    an argument against it as declared, since no shape, dtype or device of the call decides it.
    An op hook's signature keeps such parameters (`x.view(2.5)` is mypy's `call-overload`) and
    relaxes the others to `Any`: the hook checks those itself, with its own error."""
    if depth > 12:
        return False
    p = get_proper_type(typ)
    if isinstance(p, Instance):
        if p.type.has_base(TENSOR):
            return (
                all(isinstance(get_proper_type(a), AnyType) for a in p.args)
                or all(_any_tuple(a) for a in p.args[2:])
                and all(isinstance(get_proper_type(a), AnyType) for a in p.args[:2])
            )
        return all(plain_parameter(a, depth + 1) for a in p.args)
    if isinstance(p, UnionType):
        return all(plain_parameter(i, depth + 1) for i in p.items)
    if isinstance(p, TupleType):
        return all(plain_parameter(i, depth + 1) for i in p.items)
    return isinstance(p, (AnyType, NoneType, LiteralType))


def _any_tuple(typ: Type) -> bool:
    """`*tuple[Any, ...]` or `Any` (an unknown shape)."""
    p = get_proper_type(typ)
    if isinstance(p, UnpackType):
        inner = get_proper_type(p.type)
        return isinstance(inner, Instance) and all(
            isinstance(get_proper_type(a), AnyType) for a in inner.args
        )
    return isinstance(p, AnyType)


def check_call(
    api: CheckerPluginInterface,
    codec: Codec,
    signature: CallableType,
    args: Sequence[Sequence[Expression]],
) -> set[int]:
    """Report each argument that cannot fit its declared tensor parameter; the indices of those
    parameters (the caller relaxes them to `Any`, so mypy adds nothing)."""
    return check_arguments(api, codec, signature, args)[0]


def check_arguments(
    api: CheckerPluginInterface,
    codec: Codec,
    signature: CallableType,
    args: Sequence[Sequence[Expression]],
) -> tuple[set[int], set[int]]:
    """`check_call`'s parameters that cannot fit, and those given a union of tensors (a loop
    variable over `x.split(64)`'s pieces of different sizes): each member fits (or is reported),
    but mypy cannot infer the parameter's dim variables from a union; see `union_relaxed`."""
    bad: set[int] = set()
    unions: set[int] = set()
    bindings: dict[str, Binding] = {}
    callee = callable_name(signature) or "function"
    for index, (formal, exprs) in enumerate(zip(signature.arg_types, args, strict=False)):
        expected = declared_tensor(formal)
        if expected is None:
            continue
        name = signature.arg_names[index] if index < len(signature.arg_names) else None
        subject = f'Argument "{name}" to {callee}' if name else f"Argument {index + 1} to {callee}"
        for expr in exprs:
            actual_type = api.get_expression_type(expr)
            if after_error(actual_type):
                continue
            members = _union_tensors(codec, actual_type)
            if members is not None:
                unions.add(index)
                try:
                    for member in members:  # each with the bindings so far, bound on its own
                        fit(codec, member, expected, dict(bindings), subject, bind=True)
                except RuleError as err:
                    report_rule_error(api, err, expr)
                    bad.add(index)
                continue
            actual = codec.tensor(actual_type)
            if actual is None:
                continue
            try:
                fit(codec, actual, expected, bindings, subject, bind=True)
            except RuleError as err:
                report_rule_error(api, err, expr)
                bad.add(index)
    return bad, unions - bad


def _union_tensors(codec: Codec, typ: Type) -> list[TensorType] | None:
    """The members of a union of typed tensors (None for anything else)."""
    p = get_proper_type(typ)
    if not isinstance(p, UnionType):
        return None
    members = [codec.tensor(item) for item in p.items]
    if not members or any(m is None for m in members):
        return None
    return [m for m in members if m is not None]


def union_relaxed(signature: CallableType, unions: set[int]) -> CallableType:
    """`signature` taking anything at the parameters given a union of tensors, with the type
    variables found only there made `Any` in the rest of it (the result): mypy cannot infer a
    variable from a union's members, and each member fits."""
    anything = AnyType(TypeOfAny.special_form)
    elsewhere = {
        tv.id
        for i, t in enumerate(signature.arg_types)
        if i not in unions
        for tv in get_all_type_vars(t)
    }
    only_there = {
        tv.id: anything
        for i in unions
        for tv in get_all_type_vars(signature.arg_types[i])
        if tv.id not in elsewhere
    }
    relaxed_args = [anything if i in unions else t for i, t in enumerate(signature.arg_types)]
    return signature.copy_modified(
        arg_types=relaxed_args,
        ret_type=expand_type(signature.ret_type, only_there),
        variables=[v for v in signature.variables if v.id not in only_there],
    )


def relaxed(signature: CallableType, bad: set[int]) -> CallableType:
    """`signature` with the parameters at `bad` taking anything."""
    anything = AnyType(TypeOfAny.special_form)
    return signature.copy_modified(
        arg_types=[anything if i in bad else t for i, t in enumerate(signature.arg_types)]
    )


def check_result(
    api: CheckerPluginInterface,
    codec: Codec,
    result: Type,
    declared: Type | None,
    op: str,
    context: Context,
    *,
    rigid: bool = False,
) -> str:
    """Check an op's `result` against the tensor type the code declares for it here: "reported"
    when it cannot fit (reported at `context`); "fitted" when it fits only by the facts the code
    states (the caller takes the declared type as the result, which mypy then accepts); "ok".

    The declared type's variables are compared as symbols when they are the enclosing
    function's own (`rigid`: a declared return type, an annotated variable); otherwise (a
    callee's parameter) they are not compared: only fixed dims and concrete kinds are."""
    expected = declared_tensor(declared) if declared is not None else None
    actual = codec.tensor(result)
    if expected is None or actual is None:
        return "ok"
    try:
        fit(codec, actual, expected, {}, f'Result of "{op}"', bind=False, rigid=rigid)
    except RuleError as err:
        report_rule_error(api, err, context)
        return "reported"
    if rigid:
        with assuming(Facts()):
            try:
                fit(codec, actual, expected, {}, "result", bind=False, rigid=rigid)
            except RuleError:
                return "fitted"
    return "ok"


def fit(
    codec: Codec,
    actual: TensorType,
    expected: Instance,
    bindings: MutableMapping[str, Binding],
    subject: str,
    *,
    bind: bool,
    rigid: bool = False,
) -> None:
    """Raise the rule's error when `actual` cannot be a value of the declared `expected`."""
    device, dtype, *raw = expected.args
    _fit_device(actual.device, device, subject)
    _fit_dtype(actual.dtype, dtype, subject)
    declared = _declared_shape(codec, raw, bind, rigid)
    if declared is not None and actual.shape is not None:
        fit_shape(actual.shape, declared, bindings, subject)


def _fit_device(actual: Type, expected: Type, subject: str) -> None:
    got, want = device_name(actual), device_name(expected)
    if got is not None and want is not None and got != want:
        raise DeviceMismatch(f'{subject} is on {got}, expected {want} (move it with .to("{want}"))')


def _fit_dtype(actual: Type, expected: Type, subject: str) -> None:
    got, want = dtype_name(actual), dtype_name(expected)
    if got is not None and want is not None and got != want:
        raise DTypeMismatch(
            f"{subject} has dtype {got}, expected {want} (convert it with .to(torch.{want}))"
        )
    p, q = get_proper_type(actual), get_proper_type(expected)
    if (
        got is not None
        and want is None
        and isinstance(p, Instance)
        and isinstance(q, Instance)
        and q.type.fullname.startswith("typedtorch._dtypes.")
        and not p.type.has_base(q.type.fullname)
    ):
        # A category (`Floating`, `Integer`) the concrete dtype is not in.
        raise DTypeMismatch(f"{subject} has dtype {got}, expected a {q.type.name} dtype")


def _declared_shape(
    codec: Codec, raw: Sequence[Type], bind: bool, rigid: bool = False
) -> Declared | None:
    """The declared dims: fixed ones, binders (the callee's dim variables, when `bind`), unknown
    ones; one unpacked run splits prefix from suffix. None when it cannot be read."""
    prefix: list[ExpectedDim] = []
    suffix: list[ExpectedDim] = []
    variadic = False
    for item in raw:
        if isinstance(item, UnpackType):
            if variadic:
                return None
            variadic = True
            continue
        p = get_proper_type(item)
        dim: ExpectedDim
        if rigid:
            dim = codec.size(item)  # the enclosing function's own symbols: compared as such
        elif isinstance(p, TypeVarType):
            dim = Binder(p.name, f"{p.fullname}#{p.id.raw_id}") if bind else Free(p.name)
        else:
            size = codec.size(item)
            # Only fixed sizes are compared: symbols here may be the caller's, still to be
            # solved, and arithmetic over them proves nothing.
            dim = size if isinstance(size, int) else Free(format_dim(size))
        (suffix if variadic else prefix).append(dim)
    return Declared(tuple(prefix), variadic, tuple(suffix))


def bind_sizes(
    api: CheckerPluginInterface,
    codec: Codec,
    signature: CallableType,
    args: Sequence[Sequence[Expression]],
) -> CallableType:
    """Bind the callee's dim variables that are given as sizes: `init_state(x.size(0))` with a
    parameter `batch: B` binds `B` to what `x.size(0)` stands for (sizes are plain `int`s to mypy,
    which would infer `B` as `int`). The parameter then takes any int: it was read here."""
    own = {v.id for v in signature.variables}
    env: dict[TypeVarId, Type] = {}
    read: set[int] = set()
    for index, (formal, exprs) in enumerate(zip(signature.arg_types, args, strict=False)):
        p = get_proper_type(formal)
        if not isinstance(p, TypeVarType) or p.id not in own or len(exprs) != 1:
            continue
        bound = get_proper_type(p.upper_bound)
        if not (isinstance(bound, Instance) and bound.type.fullname == "builtins.int"):
            continue
        dim = SizeReader(api, codec).dim(exprs[0])
        if isinstance(dim, _Unknown) or (p.id in env and env[p.id] != codec.dim_type(dim)):
            continue
        env[p.id] = codec.dim_type(dim)
        read.add(index)
    if not env:
        return signature
    anything = AnyType(TypeOfAny.special_form)
    bound_signature = expand_type(signature, env)
    return bound_signature.copy_modified(
        arg_types=[anything if i in read else t for i, t in enumerate(bound_signature.arg_types)],
        variables=[v for v in signature.variables if v.id not in env],
    )
