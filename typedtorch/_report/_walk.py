"""Walking mypy's AST in evaluation order.

mypy ships compiled: its `TraverserVisitor` cannot be subclassed from interpreted code
("interpreted classes cannot inherit from compiled traits"), so the report walks the few node
kinds a `forward` body holds itself. Unknown nodes are skipped, never an error.
"""

from __future__ import annotations

from collections.abc import Iterator

from mypy.nodes import (
    AssertStmt,
    AssignmentExpr,
    AssignmentStmt,
    Block,
    CallExpr,
    CastExpr,
    ComparisonExpr,
    ConditionalExpr,
    DictExpr,
    Expression,
    ExpressionStmt,
    ForStmt,
    IfStmt,
    IndexExpr,
    ListExpr,
    MemberExpr,
    Node,
    OperatorAssignmentStmt,
    OpExpr,
    ReturnStmt,
    SetExpr,
    SliceExpr,
    StarExpr,
    Statement,
    TupleExpr,
    UnaryExpr,
    WhileStmt,
    WithStmt,
)

__all__ = ["calls", "statement_expressions", "statements"]


def statements(block: Block) -> Iterator[Statement]:
    """Every statement of `block`, nested blocks included, in source order (nested function and
    class definitions are not entered: their bodies do not run where they are written)."""
    for stmt in block.body:
        yield stmt
        if isinstance(stmt, IfStmt):
            for body in stmt.body:
                yield from statements(body)
            if stmt.else_body is not None:
                yield from statements(stmt.else_body)
        elif isinstance(stmt, ForStmt | WhileStmt):
            yield from statements(stmt.body)
            if stmt.else_body is not None:
                yield from statements(stmt.else_body)
        elif isinstance(stmt, WithStmt):
            yield from statements(stmt.body)


def statement_expressions(stmt: Statement) -> list[Expression]:
    """The expressions a statement itself evaluates (not those of its nested blocks)."""
    if isinstance(stmt, AssignmentStmt | OperatorAssignmentStmt):
        return [stmt.rvalue]
    if isinstance(stmt, ReturnStmt | ExpressionStmt):
        return [stmt.expr] if stmt.expr is not None else []
    if isinstance(stmt, IfStmt):
        return list(stmt.expr)
    if isinstance(stmt, WhileStmt | ForStmt):
        return [stmt.expr]
    if isinstance(stmt, WithStmt):
        return list(stmt.expr)
    if isinstance(stmt, AssertStmt):
        return [stmt.expr]
    return []


def calls(expr: Node) -> Iterator[CallExpr]:
    """Every call inside `expr` (itself included), inner calls before the calls that use them."""
    if isinstance(expr, CallExpr):
        yield from calls(expr.callee)
        for arg in expr.args:
            yield from calls(arg)
        yield expr
        return
    for child in _children(expr):
        yield from calls(child)


def _children(expr: Node) -> list[Expression]:
    if isinstance(expr, MemberExpr | UnaryExpr | StarExpr | CastExpr):
        return [expr.expr]
    if isinstance(expr, OpExpr):
        return [expr.left, expr.right]
    if isinstance(expr, ComparisonExpr):
        return list(expr.operands)
    if isinstance(expr, IndexExpr):
        return [expr.base, expr.index]
    if isinstance(expr, TupleExpr | ListExpr | SetExpr):
        return list(expr.items)
    if isinstance(expr, DictExpr):
        return [e for pair in expr.items for e in pair if e is not None]
    if isinstance(expr, ConditionalExpr):
        return [expr.cond, expr.if_expr, expr.else_expr]
    if isinstance(expr, SliceExpr):
        return [e for e in (expr.begin_index, expr.end_index, expr.stride) if e is not None]
    if isinstance(expr, AssignmentExpr):
        return [expr.value]
    return []
