"""Loss modules: torch's, with their input/target shape contracts typed (see `_loss.pyi`)."""

from __future__ import annotations

from typing import Any, Generic

import torch
from typing_extensions import TypeVar

from ._module import Module

R = TypeVar("R", default=Any)


class CrossEntropyLoss(torch.nn.CrossEntropyLoss, Module[Any, Any], Generic[R]):
    """`torch.nn.CrossEntropyLoss` typed as `CrossEntropyLoss[reduction]`."""


class NLLLoss(torch.nn.NLLLoss, Module[Any, Any], Generic[R]):
    """`torch.nn.NLLLoss` typed as `NLLLoss[reduction]`."""


class MSELoss(torch.nn.MSELoss, Module[Any, Any], Generic[R]):
    """`torch.nn.MSELoss` typed as `MSELoss[reduction]`."""


class L1Loss(torch.nn.L1Loss, Module[Any, Any], Generic[R]):
    """`torch.nn.L1Loss` typed as `L1Loss[reduction]`."""


class BCELoss(torch.nn.BCELoss, Module[Any, Any], Generic[R]):
    """`torch.nn.BCELoss` typed as `BCELoss[reduction]`."""


class BCEWithLogitsLoss(torch.nn.BCEWithLogitsLoss, Module[Any, Any], Generic[R]):
    """`torch.nn.BCEWithLogitsLoss` typed as `BCEWithLogitsLoss[reduction]`."""
