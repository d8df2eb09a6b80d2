"""A small CNN classifier: conv, batch norm, pooling, dropout, label-smoothed cross entropy."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class ConvNet(nn.Module):
    def __init__(self, num_classes: int = 10) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(1, 8, kernel_size=3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(8, momentum=0.1, eps=1e-5)
        self.conv2 = nn.Conv2d(8, 16, kernel_size=3, stride=2, padding=1)
        self.pool = nn.MaxPool2d(kernel_size=2, stride=2)
        self.gap = nn.AdaptiveAvgPool2d((1, 1))
        self.dropout = nn.Dropout(p=0.25)
        self.fc = nn.Linear(16, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = F.relu(self.bn1(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = torch.flatten(self.gap(x), 1)
        return self.fc(self.dropout(x))


model = ConvNet()
criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
images = torch.randn(4, 1, 16, 16)
labels = torch.randint(0, 10, (4,))
logits = model(images)
loss = criterion(logits, labels)
optimizer.zero_grad()
loss.backward()
optimizer.step()
accuracy = (logits.argmax(dim=1) == labels).float().mean().item()
assert 0.0 <= accuracy <= 1.0
model.eval()
with torch.no_grad():
    probs = F.softmax(model(images), dim=1)
assert torch.allclose(probs.sum(dim=1), torch.ones(4))
