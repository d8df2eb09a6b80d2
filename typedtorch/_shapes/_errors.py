"""The errors shape rules raise. The plugin turns them into diagnostics, the runtime into exceptions.

`code` is the diagnostic family: `shape` (definitely wrong), `shape-unproven` (symbolic dims that
may or may not agree; a separate code so users can relax it alone), `dtype`, `device`.
"""

from __future__ import annotations

from typing import Literal

ErrorCode = Literal["shape", "shape-unproven", "dtype", "device"]


class RuleError(ValueError):
    """A call that a shape/dtype/device rule rejects. `str(err)` is the user-facing message."""

    code: ErrorCode = "shape"

    def __init__(self, message: str, *, code: ErrorCode | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class ShapeMismatch(RuleError):
    code: ErrorCode = "shape"


class UnprovenShape(RuleError):
    code: ErrorCode = "shape-unproven"


class DTypeMismatch(RuleError):
    code: ErrorCode = "dtype"


class DeviceMismatch(RuleError):
    code: ErrorCode = "device"
