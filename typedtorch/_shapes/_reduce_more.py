"""Reductions beyond `_reduce`'s: `nansum`, `nanmean` and `count_nonzero`, their result dtypes.

Their shapes are `reduce_shape`'s (an empty `dim` reduces all dims, as for `sum`);
`count_nonzero` takes no `keepdim`.
"""

from __future__ import annotations

from typing import Final

from ._dtypes import category
from ._errors import DTypeMismatch

NAN_REDUCTIONS: Final = frozenset({"nansum", "nanmean"})


def reduce_more_dtype(
    op: str, dtype: str, explicit: str | None = None, device: str | None = None
) -> str:
    """The result dtype of `x.<op>(...)` for `x` of `dtype`.

    Args:
        op: `nansum`, `nanmean` or `count_nonzero`.
        dtype: the input's dtype (torch's name).
        explicit: the `dtype=` argument, if given.
        device: the input's device type (`cpu`, `cuda`), None when unknown.

    Raises:
        DTypeMismatch: `nanmean` of an integer or bool tensor (or to such a `dtype=`), `nansum` /
            `nanmean` of a complex tensor on CPU (torch has no CPU kernel).
    """
    if op == "count_nonzero":
        return "int64"
    if op == "nanmean":
        for what, name in (("input", dtype), ("dtype", explicit)):
            if name is not None and category(name) < 2:
                raise DTypeMismatch(
                    f'Incompatible dtype for "nanmean": expected a floating point or complex '
                    f"{what}, got {name}"
                    + (" (convert it with .float())" if what == "input" else "")
                )
    result = explicit if explicit is not None else dtype
    # Integer and bool inputs are summed by `sum`, which has complex kernels.
    if device == "cpu" and category(dtype) >= 2 and 3 in (category(dtype), category(result)):
        raise DTypeMismatch(
            f'Incompatible dtype for "{op}": torch has no CPU kernel for complex tensors '
            f"(got {dtype}{'' if explicit is None else f', dtype={explicit}'})"
        )
    if explicit is None and op == "nansum" and category(dtype) < 2:
        return "int64"
    return result
