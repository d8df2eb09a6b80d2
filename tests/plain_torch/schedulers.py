"""Learning-rate schedulers stepped per epoch and per batch, chained and sequential."""

import torch
import torch.nn as nn
from torch.optim import lr_scheduler

model = nn.Linear(3, 1)


def make_optimizer() -> torch.optim.Optimizer:
    return torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)


opt = make_optimizer()
step = lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
for _ in range(4):
    opt.step()
    step.step()
last_lr = step.get_last_lr()[0]
assert isinstance(last_lr, float) and abs(last_lr - 0.025) < 1e-9

opt = make_optimizer()
cosine = lr_scheduler.CosineAnnealingLR(opt, T_max=10, eta_min=1e-4)
warmup = lr_scheduler.LinearLR(opt, start_factor=0.1, total_iters=3)
seq = lr_scheduler.SequentialLR(opt, schedulers=[warmup, cosine], milestones=[3])
for _ in range(5):
    opt.step()
    seq.step()

opt = make_optimizer()
one_cycle = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.5, total_steps=10)
for _ in range(3):
    opt.step()
    one_cycle.step()

opt = make_optimizer()
plateau = lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=0)
for val_loss in (1.0, 1.0, 1.0):
    plateau.step(val_loss)
assert opt.param_groups[0]["lr"] < 0.1

opt = make_optimizer()
lam = lr_scheduler.LambdaLR(opt, lr_lambda=lambda epoch: 0.95**epoch)
multi = lr_scheduler.MultiStepLR(opt, milestones=[1, 2], gamma=0.1)
exp = lr_scheduler.ExponentialLR(opt, gamma=0.9)
chain = lr_scheduler.ChainedScheduler([lam, exp])
opt.step()
chain.step()
multi.step()
state = chain.state_dict()
assert isinstance(state, dict)
assert lam.last_epoch >= 1
