"""Pure functional optimizers: `import typedtorch.optim as topt`.

Each optimizer has `init(params) -> state` and `step(lr, grads, params, state) -> (params,
state)`; params and grads are dicts (or tuples) of tensors and come back with the same types.
`run_step(model, optimizer, loss, lr, state)` applies one step to a model in place. `torch.optim`
works on typed models unchanged.
"""

from ._optimizers import GD as GD
from ._optimizers import GDM as GDM
from ._optimizers import Adam as Adam
from ._optimizers import AdamState as AdamState
from ._optimizers import GDMState as GDMState
from ._optimizers import GDState as GDState
from ._optimizers import Optimizer as Optimizer
from ._optimizers import run_step as run_step
