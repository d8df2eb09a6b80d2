# Gradual placeholder: every name is `Any` (typed signatures are generated from torch later).
from typing import Any

def __getattr__(name: str) -> Any: ...
