"""Every shape rule of typedtorch, written once, in pure Python (no torch, no mypy).

The mypy plugin calls these with symbolic dims; runtime checks and property tests call them with
plain ints. Each rule returns the output shape or raises a `RuleError` whose message is what the
user reads.
"""

from ._broadcast import broadcast_shapes as broadcast_shapes
from ._common import Shape as Shape
from ._common import normalize_dim as normalize_dim
from ._common import require_equal as require_equal
from ._errors import DeviceMismatch as DeviceMismatch
from ._errors import DTypeMismatch as DTypeMismatch
from ._errors import RuleError as RuleError
from ._errors import ShapeMismatch as ShapeMismatch
from ._errors import UnprovenShape as UnprovenShape
from ._matmul import bmm_shape as bmm_shape
from ._matmul import dot_shape as dot_shape
from ._matmul import matmul_shape as matmul_shape
from ._matmul import mm_shape as mm_shape
from ._matmul import mv_shape as mv_shape
from ._symbolic import UNKNOWN as UNKNOWN
from ._symbolic import Dim as Dim
from ._symbolic import Expr as Expr
from ._symbolic import Truth as Truth
from ._symbolic import dims_equal as dims_equal
from ._symbolic import format_dim as format_dim
from ._symbolic import format_shape as format_shape
from ._symbolic import sym as sym
