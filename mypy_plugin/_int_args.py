"""Size values: an int (or a tuple of ints) in the code, read as the dims it stands for.

To mypy, sizes are plain `int`s: `x.size(0)`, `x.shape` and their arithmetic are typed `int`
and `tuple[int, ...]` (a variable holding one can be reassigned any int, as torch code does).
What they stand for is read here from the code, in the shared symbolic algebra:

- literals (`-1` included), and `+ - * // %` over sizes (`c * h * w`);
- `x.size(i)`, `x.shape[i]`, `x.shape`, `x.size()`, slices and concatenations of those
  (`x.shape[:-1] + (-1, 2)`), `len(x)`, `x.dim()`, `x.ndim`, `x.numel()`, `int(n)`;
- a variable bound once (`n = c * h * w`, `b, c, h, w = x.shape`, a module constant
  `BATCH = 64`), read at its definition, with the types mypy gave that statement;
- `self.attr` bound once in its class's `__init__`, in the module being checked;
- anything else: what its type says (a `TypeVar` bound to int is that dim, a `Literal[3]` is 3),
  or unknown.

Only the module being checked is read, so what is computed never depends on what else this run
checked (a module from mypy's cache has no syntax tree).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

from mypy.nodes import (
    AssignmentStmt,
    CallExpr,
    ClassDef,
    Decorator,
    Expression,
    ExpressionStmt,
    FloatExpr,
    FuncDef,
    IndexExpr,
    IntExpr,
    ListExpr,
    MemberExpr,
    MypyFile,
    NameExpr,
    OpExpr,
    PassStmt,
    SliceExpr,
    StarExpr,
    Statement,
    StrExpr,
    TupleExpr,
    TypeInfo,
    UnaryExpr,
    Var,
)
from mypy.plugin import CheckerPluginInterface
from mypy.types import Instance, TupleType, Type, UnpackType, get_proper_type

from typedtorch._shapes._common import normalize_dim
from typedtorch._shapes._symbolic import UNKNOWN, Dim, _Unknown, add, floordiv, mod, mul, sub

from ._codec import Codec

_OPERATORS: Final[dict[str, Callable[[Dim, Dim], Dim]]] = {
    "+": add,
    "-": sub,
    "*": mul,
    "//": floordiv,
    "%": mod,
}
_MAX_DEPTH: Final = 32


def int_arg_dim(
    api: CheckerPluginInterface, codec: Codec, typ: Type, expr: Expression | None
) -> Dim:
    """The dim of an int argument of type `typ` written as `expr` (None: not known)."""
    if expr is not None:
        return SizeReader(api, codec).dim(expr)
    return codec.dim_or_unknown(typ)


def seq_arg_dims(
    api: CheckerPluginInterface, codec: Codec, typ: Type, expr: Expression | None
) -> list[Dim] | None:
    """The dims of a sequence argument (`view((b, -1))`, `x.shape[:-1] + (-1, 2)`), or None."""
    if expr is not None:
        dims = SizeReader(api, codec).dims(expr)
        if dims is not None:
            return dims
    p = get_proper_type(typ)
    if isinstance(p, TupleType) and not any(isinstance(i, UnpackType) for i in p.items):
        return [codec.dim_or_unknown(i) for i in p.items]
    return None


class SizeReader:
    """Reads size values off expressions (see the module's docstring)."""

    def __init__(self, api: CheckerPluginInterface, codec: Codec) -> None:
        self.api = api
        self.codec = codec

    # -- types -----------------------------------------------------------------------------------

    def _type(self, expr: Expression, stored: bool) -> Type | None:
        """The type of `expr`: as mypy stored it where it was checked (`stored`: reading a
        definition elsewhere), or as it is here."""
        if stored:
            lookup = getattr(self.api, "lookup_type_or_none", None)
            return lookup(expr) if lookup is not None else None
        return self.api.get_expression_type(expr)

    def _tensor_dims(self, expr: Expression, stored: bool) -> tuple[Dim, ...] | None:
        typ = self._type(expr, stored)
        tensor = self.codec.tensor(typ) if typ is not None else None
        return tensor.shape if tensor is not None else None

    # -- ints --------------------------------------------------------------------------------

    def dim(self, expr: Expression, depth: int = 0, stored: bool = False) -> Dim:
        if depth > _MAX_DEPTH:
            return UNKNOWN
        if isinstance(expr, IntExpr):
            return expr.value
        if isinstance(expr, UnaryExpr) and expr.op in ("-", "+"):
            inner = self.dim(expr.expr, depth + 1, stored)
            if isinstance(inner, _Unknown):
                return UNKNOWN
            return mul(inner, -1) if expr.op == "-" else inner
        if isinstance(expr, OpExpr) and expr.op in _OPERATORS:
            left = self.dim(expr.left, depth + 1, stored)
            right = self.dim(expr.right, depth + 1, stored)
            if isinstance(left, _Unknown) or isinstance(right, _Unknown):
                return UNKNOWN
            if expr.op in ("//", "%") and right == 0:
                return UNKNOWN  # Python raises; not a size
            return _OPERATORS[expr.op](left, right)
        found = self._size_call(expr, depth, stored)
        if found is not None:
            return found
        if isinstance(expr, IndexExpr) and isinstance(expr.index, IntExpr | UnaryExpr):
            seq = self.dims(expr.base, depth + 1, stored)
            index = self.dim(expr.index, depth + 1, stored)
            if seq is not None and isinstance(index, int) and -len(seq) <= index < len(seq):
                return seq[index]
        typ = self._type(expr, stored)
        declared = self.codec.dim_or_unknown(typ) if typ is not None else UNKNOWN
        if not isinstance(declared, _Unknown):
            return declared
        definition = self._definition(expr, stored)
        if definition is not None:
            value, position, _ = definition
            if position is None:
                # A definition was checked where it is written: read it with the types stored there.
                return self.dim(value, depth + 1, True)
            seq = self.dims(value, depth + 1, True)
            if seq is not None and position < len(seq):
                return seq[position]
        return UNKNOWN

    def _size_call(self, expr: Expression, depth: int, stored: bool) -> Dim | None:
        """`x.size(i)`, `x.dim()`, `x.ndim`, `x.numel()`, `len(x)`, `int(n)`; None otherwise."""
        if isinstance(expr, MemberExpr) and expr.name == "ndim":
            shape = self._tensor_dims(expr.expr, stored)
            return len(shape) if shape is not None else None
        if not isinstance(expr, CallExpr):
            return None
        callee = expr.callee
        if isinstance(callee, NameExpr) and callee.fullname in ("builtins.len", "builtins.int"):
            if len(expr.args) != 1:
                return None
            if callee.fullname == "builtins.int":
                return self.dim(expr.args[0], depth + 1, stored)
            seq = self.dims(expr.args[0], depth + 1, stored)
            if seq is not None:
                return len(seq)
            shape = self._tensor_dims(expr.args[0], stored)
            return shape[0] if shape else None
        if not isinstance(callee, MemberExpr):
            return None
        if callee.name in ("dim", "ndimension") and not expr.args:
            shape = self._tensor_dims(callee.expr, stored)
            return len(shape) if shape is not None else None
        if callee.name in ("numel", "nelement") and not expr.args:
            shape = self._tensor_dims(callee.expr, stored)
            if shape is None:
                return None
            total: Dim = 1
            for d in shape:
                total = UNKNOWN if isinstance(d, _Unknown) else mul(total, d)
            return total
        if callee.name == "size" and len(expr.args) == 1:
            shape = self._tensor_dims(callee.expr, stored)
            index = self.dim(expr.args[0], depth + 1, stored)
            if shape is None or not isinstance(index, int):
                return None
            try:
                return shape[normalize_dim(index, len(shape), "size")]
            except Exception:  # noqa: BLE001  (an out-of-range dim is reported by the size hook)
                return None
        return None

    # -- sequences of ints -------------------------------------------------------------------

    def dims(self, expr: Expression, depth: int = 0, stored: bool = False) -> list[Dim] | None:
        """The sizes a sequence expression holds, or None when it is not one that is known."""
        if depth > _MAX_DEPTH:
            return None
        if isinstance(expr, TupleExpr | ListExpr):
            out: list[Dim] = []
            for item in expr.items:
                if isinstance(item, StarExpr):
                    inner = self.dims(item.expr, depth + 1, stored)
                    if inner is None:
                        return None
                    out += inner
                else:
                    out.append(self.dim(item, depth + 1, stored))
            return out
        if isinstance(expr, MemberExpr) and expr.name == "shape":
            shape = self._tensor_dims(expr.expr, stored)
            return list(shape) if shape is not None else None
        if (
            isinstance(expr, CallExpr)
            and isinstance(expr.callee, MemberExpr)
            and expr.callee.name == "size"
            and not expr.args
        ):
            shape = self._tensor_dims(expr.callee.expr, stored)
            return list(shape) if shape is not None else None
        if isinstance(expr, OpExpr) and expr.op == "+":
            left = self.dims(expr.left, depth + 1, stored)
            right = self.dims(expr.right, depth + 1, stored)
            return left + right if left is not None and right is not None else None
        if isinstance(expr, IndexExpr) and isinstance(expr.index, SliceExpr):
            seq = self.dims(expr.base, depth + 1, stored)
            bounds = [
                self.dim(b, depth + 1, stored) if b is not None else None
                for b in (expr.index.begin_index, expr.index.end_index, expr.index.stride)
            ]
            if seq is None or not all(b is None or isinstance(b, int) for b in bounds):
                return None
            begin, end, step = (b if isinstance(b, int) else None for b in bounds)
            return seq[begin:end:step] if step != 0 else None
        definition = self._definition(expr, stored)
        if definition is not None:
            value, index, _ = definition
            if index is None:
                return self.dims(value, depth + 1, True)
        return None

    # -- definitions -------------------------------------------------------------------------

    def _definition(
        self, expr: Expression, stored: bool
    ) -> tuple[Expression, int | None, bool] | None:
        """Where a name (or `self.attr`) got its value, if it got it once: the value expression,
        the name's position when the statement unpacks a sequence, and whether it is read from a
        class's `__init__`."""
        if isinstance(expr, NameExpr) and isinstance(expr.node, Var):
            var = expr.node
            scope = _scope_of(self.api, var)
            if scope is None:
                return None
            bindings = [b for s in scope for b in _bindings(s, var)]
            if len(bindings) != 1 or bindings[0] is None:
                return None
            value, index = bindings[0]
            return value, index, False
        if (
            isinstance(expr, MemberExpr)
            and isinstance(expr.expr, NameExpr)
            and expr.expr.name == "self"
        ):
            owner = get_proper_type(self._type(expr.expr, stored))
            if not isinstance(owner, Instance):
                return None
            found = _init_binding(self.api, owner.type, expr.name, expr)
            if found is None:
                return None
            return found[0], found[1], True
        if (
            isinstance(expr, MemberExpr)
            and isinstance(expr.expr, NameExpr)
            and isinstance(expr.expr.node, TypeInfo)
        ):
            constant = _class_constant(self.api, expr.expr.node, expr.name)
            return (constant, None, True) if constant is not None else None
        return None


# -- finding the statements that bind a name ----------------------------------------------------


def _current_module(api: CheckerPluginInterface) -> MypyFile | None:
    tree = getattr(api, "tree", None)
    return tree if isinstance(tree, MypyFile) else None


def _scope_of(api: CheckerPluginInterface, var: Var) -> list[Statement] | None:
    """The statements of the scope `var` lives in, when it is one of the module being checked:
    the current function's body for a local, the module's top level for a global."""
    module = _current_module(api)
    if module is None:
        return None
    scope = getattr(api, "scope", None)
    function = scope.current_function() if scope is not None else None
    if function is not None:
        body: list[Statement] = function.body.body
        if _binds_anywhere(body, var):
            return body
    if var.fullname == f"{module.fullname}.{var.name}":
        return module.defs
    return None


def _binds_anywhere(statements: list[Statement], var: Var) -> bool:
    return any(_bindings(s, var) for s in statements)


def _bindings(s: Statement, var: Var) -> list[tuple[Expression, int | None] | None]:
    """How statement `s` (and the blocks nested in it) binds `var`: `(value, None)` for
    `var = value`, `(value, i)` for unpacking, None for a binding that is not an assignment
    (`+=`, a loop variable, `with ... as`, an import)."""
    found: list[tuple[Expression, int | None] | None] = []
    for stmt in walk_statements([s]):
        if isinstance(stmt, AssignmentStmt):
            for target in stmt.lvalues:
                found += _targets(target, var, stmt.rvalue)
        else:
            for node in _bound_names(stmt):
                if node is var:
                    found.append(None)
    return found


def _targets(
    target: Expression, var: Var, value: Expression
) -> list[tuple[Expression, int | None] | None]:
    if isinstance(target, NameExpr) and target.node is var:
        return [(value, None)]
    if isinstance(target, TupleExpr | ListExpr):
        out: list[tuple[Expression, int | None] | None] = []
        for i, item in enumerate(target.items):
            if isinstance(item, NameExpr) and item.node is var:
                out.append((value, i))
            elif isinstance(item, StarExpr | TupleExpr | ListExpr) and _mentions(item, var):
                out.append(None)  # nested or starred unpacking: not read
        return out
    return []


def _mentions(expr: Expression, var: Var) -> bool:
    if isinstance(expr, NameExpr):
        return expr.node is var
    if isinstance(expr, StarExpr):
        return _mentions(expr.expr, var)
    if isinstance(expr, TupleExpr | ListExpr):
        return any(_mentions(i, var) for i in expr.items)
    return False


def _bound_names(stmt: Statement) -> Iterator[object]:
    """The nodes a non-assignment statement binds (augmented assignment, for, with, ...)."""
    for attr in ("lvalue", "index"):
        target = getattr(stmt, attr, None)
        if isinstance(target, Expression):
            yield from _names_in(target)
    for target in getattr(stmt, "target", None) or []:
        if isinstance(target, Expression):
            yield from _names_in(target)


def _names_in(expr: Expression) -> Iterator[object]:
    if isinstance(expr, NameExpr):
        yield expr.node
    elif isinstance(expr, TupleExpr | ListExpr):
        for item in expr.items:
            yield from _names_in(item)
    elif isinstance(expr, StarExpr):
        yield from _names_in(expr.expr)


def walk_statements(statements: list[Statement]) -> Iterator[Statement]:
    """Every statement, in nested blocks too, but not inside nested functions or classes."""
    for s in statements:
        yield s
        if isinstance(s, FuncDef):
            continue
        for attr in ("body", "else_body", "finally_body"):
            block = getattr(s, attr, None)
            blocks = block if isinstance(block, list) else [block]
            for b in blocks:
                inner = getattr(b, "body", None)
                if isinstance(inner, list):
                    yield from walk_statements(inner)


def _init_binding(
    api: CheckerPluginInterface, info: TypeInfo, name: str, use: Expression
) -> tuple[Expression, int | None] | None:
    """The value `self.<name>` holds where it is read (`use`), from the `__init__` of `info` (or
    of a base class defined in the module being checked): its one binding there when no other
    method binds it; when one does (torchvision's `self.inplanes`, updated by `_make_layer`),
    only inside `__init__`, the binding last made before the read with no call of a method of
    the class between them."""
    module = _current_module(api)
    if module is None:
        return None
    local_classes = [cls for cls in info.mro if cls.module_name == module.fullname]
    for cls in local_classes:
        init = cls.names.get("__init__")
        node = init.node if init is not None else None
        if not isinstance(node, FuncDef):
            continue
        found = [
            stmt
            for stmt in walk_statements(node.body.body)
            if isinstance(stmt, AssignmentStmt) and _binds_self(stmt, name)
        ]
        if not found:
            continue
        rebound = any(
            _binds_self(stmt, name)
            for other in local_classes
            for method in _methods(other)
            if method is not node
            for stmt in walk_statements(method.body.body)
        )
        if len(found) == 1 and not rebound:
            return found[0].rvalue, None
        return _binding_before(api, info, node, name, use)
    return None


def _class_constant(api: CheckerPluginInterface, info: TypeInfo, name: str) -> Expression | None:
    """`Bottleneck.expansion`: the value of a class attribute assigned once in the body of a
    class of the module being checked, and bound nowhere else in it (`self.expansion = ...`,
    `Bottleneck.expansion = ...`). Read through the class's own name only: `block.expansion`
    with `block: type[Bottleneck]` may be a subclass that sets another value."""
    module = _current_module(api)
    if module is None or info.module_name != module.fullname:
        return None
    found = [
        stmt
        for stmt in info.defn.defs.body
        if isinstance(stmt, AssignmentStmt)
        and any(isinstance(t, NameExpr) and t.name == name for t in stmt.lvalues)
    ]
    if len(found) != 1 or not isinstance(found[0], AssignmentStmt):
        return None
    for method in _methods(info):
        if any(_binds_self(stmt, name) for stmt in walk_statements(method.body.body)):
            return None
    for stmt in _every_statement(module.defs):
        if isinstance(stmt, AssignmentStmt) and any(
            isinstance(t, MemberExpr)
            and t.name == name
            and isinstance(t.expr, NameExpr)
            and t.expr.node is info
            for t in stmt.lvalues
        ):
            return None
    return found[0].rvalue


def _every_statement(statements: list[Statement]) -> Iterator[Statement]:
    """Every statement, in functions, methods and classes too."""
    for s in walk_statements(statements):
        yield s
        if isinstance(s, Decorator):
            s = s.func
        if isinstance(s, FuncDef):
            yield from _every_statement(s.body.body)
        elif isinstance(s, ClassDef):
            yield from _every_statement(s.defs.body)


def _binds_self(stmt: Statement, name: str) -> bool:
    if not isinstance(stmt, AssignmentStmt):
        return False
    return any(
        isinstance(target, MemberExpr)
        and target.name == name
        and isinstance(target.expr, NameExpr)
        and target.expr.name == "self"
        for target in stmt.lvalues
    )


def _methods(info: TypeInfo) -> Iterator[FuncDef]:
    for symbol in info.names.values():
        node = symbol.node
        if isinstance(node, Decorator):
            node = node.func
        if isinstance(node, FuncDef):
            yield node


def _binding_before(
    api: CheckerPluginInterface, info: TypeInfo, init: FuncDef, name: str, use: Expression
) -> tuple[Expression, int | None] | None:
    """Inside `init` (the function being checked), the value of the last top-level
    `self.<name> = value` before the statement of `use`; None where a method call of the class
    comes between (it may rebind it) or a binding is nested in a block."""
    scope = getattr(api, "scope", None)
    if scope is None or scope.current_function() is not init:
        return None
    body = init.body.body
    if any(_binds_self(s, name) for top in body for s in walk_statements([top]) if s is not top):
        return None
    value: Expression | None = None
    for stmt in body:
        if stmt.line >= use.line:
            break
        if _binds_self(stmt, name):
            assert isinstance(stmt, AssignmentStmt)
            value = stmt.rvalue
        elif _calls_a_method(stmt, info):
            value = None
    return (value, None) if value is not None else None


def _calls_a_method(stmt: Statement, info: TypeInfo) -> bool:
    """Whether `stmt` may call `self.<method>(...)` for a method of the class (a statement that
    is not a plain assignment or expression, or an expression not read here, counts as one)."""
    if isinstance(stmt, AssignmentStmt):
        return _may_call_method(stmt.rvalue, info)
    if isinstance(stmt, ExpressionStmt):
        return _may_call_method(stmt.expr, info)
    return not isinstance(stmt, PassStmt)


def _may_call_method(expr: Expression, info: TypeInfo) -> bool:
    if isinstance(expr, CallExpr):
        callee = expr.callee
        if (
            isinstance(callee, MemberExpr)
            and isinstance(callee.expr, NameExpr)
            and callee.expr.name == "self"
        ):
            symbol = info.get(callee.name)
            if symbol is not None and isinstance(symbol.node, FuncDef | Decorator):
                return True
        return any(_may_call_method(e, info) for e in [callee, *expr.args])
    if isinstance(expr, OpExpr):
        return _may_call_method(expr.left, info) or _may_call_method(expr.right, info)
    if isinstance(expr, UnaryExpr | StarExpr):
        return _may_call_method(expr.expr, info)
    if isinstance(expr, MemberExpr):
        return _may_call_method(expr.expr, info)
    if isinstance(expr, IndexExpr):
        return _may_call_method(expr.base, info) or _may_call_method(expr.index, info)
    if isinstance(expr, TupleExpr | ListExpr):
        return any(_may_call_method(e, info) for e in expr.items)
    return not isinstance(expr, NameExpr | IntExpr | StrExpr | FloatExpr | SliceExpr)
