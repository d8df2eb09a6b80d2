"""The report as an aligned plain-text table (torchinfo's layout, without running the model)."""

from __future__ import annotations

from collections.abc import Sequence

from .._shapes._symbolic import Sym
from ._static import ModelReport

__all__ = ["format_report"]


def format_report(report: ModelReport, bindings: dict[Sym, int] | None = None) -> str:
    """The report of one model as text: a header, one row per step, the totals.

    Args:
        report: the model's report; with `real` shapes filled in when compared.
        bindings: the symbolic dims' values of the compared run, if any.

    Returns:
        The table, lines joined by newlines (no trailing newline).
    """
    compared = bindings is not None
    header = ["Line", "Step", "Layer", "Static type", "Params"]
    if compared:
        header += ["Real shape", ""]
    table: list[list[str]] = [header]
    for row in report.rows:
        layer = ""
        params = ""
        if row.attr is not None:
            layer = f"{row.attr}: {row.layer_type}"
            count = report.layer_params.get(row.attr)
            params = (
                "?" if count is None else f"{count:,}" if isinstance(count, int) else str(count)
            )
        cells = [str(row.line), row.code, layer, row.type, params]
        if compared:
            cells += [row.real or "", "MISMATCH" if row.mismatch else ("ok" if row.real else "")]
        table.append(cells)

    lines = [f"{report.name} ({report.path.name})"]
    for name, text, _, _ in report.inputs:
        lines.append(f"  input {name}: {text}")
    lines.extend(_align(table))
    total, unknown = report.total_params()
    summary = f"Total params: {total:,}" if isinstance(total, int) else f"Total params: {total}"
    if unknown:
        summary += f" (+ unknown: {', '.join(unknown)})"
    lines.append(summary)
    if compared:
        mismatches = [r for r in report.rows if r.mismatch]
        shown = ", ".join(f"{s}={v}" for s, v in (bindings or {}).items())
        lines.append(
            f"Compared with one run{f' ({shown})' if shown else ''}: "
            + (f"{len(mismatches)} mismatch(es)" if mismatches else "all shapes agree")
        )
        for r in mismatches:
            lines.append(f"  line {r.line}: {r.code}: {r.mismatch}")
    if report.errors:
        lines.append(f"mypy reported {len(report.errors)} message(s) in this file:")
        lines.extend("  " + e for e in report.errors)
    return "\n".join(lines)


def _align(table: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    right = {0, 4}  # numbers
    out = []
    for n, row in enumerate(table):
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return out
