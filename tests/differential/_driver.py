"""A differential run: generate, run under torch, check with mypy in batches, compare, shrink."""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ._allowlist import allowed
from ._compare import CATEGORIES, Finding, compare
from ._execute import execute
from ._gen import generate
from ._model import Program, source
from ._mypy import check
from ._ops import FAMILIES, tuple_index
from ._shrink import shrink


@dataclass
class ClassReport:
    key: str
    category: str
    count: int  # findings of this class
    programs: int  # programs with at least one
    spellings: dict[str, int]
    reproducer: str  # source of the shrunk program
    mypy: str
    torch: str
    allowed: str | None  # the allowlist's reason, if the class is known


@dataclass
class Summary:
    programs: int = 0
    steps: int = 0
    literal_steps: int = 0
    literal_exact: int = 0
    spellings: dict[str, int] = field(default_factory=dict)
    intents: dict[str, int] = field(default_factory=dict)
    programs_by_category: dict[str, int] = field(default_factory=dict)
    steps_by_category: dict[str, int] = field(default_factory=dict)
    info: dict[str, int] = field(default_factory=dict)
    ops: dict[str, int] = field(default_factory=dict)
    classes: list[ClassReport] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def percent(self, category: str) -> float:
        return 100.0 * self.programs_by_category.get(category, 0) / max(self.programs, 1)

    def exact_percent(self) -> float:
        return 100.0 * self.literal_exact / max(self.literal_steps, 1)

    def unallowed(self) -> list[ClassReport]:
        return [c for c in self.classes if c.allowed is None]

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1)

    def text(self, limit: int | None = None) -> str:
        lines = [
            f"programs {self.programs} ({', '.join(f'{k} {v}' for k, v in sorted(self.spellings.items()))}; "
            f"{', '.join(f'{k} {v}' for k, v in sorted(self.intents.items()))}), steps {self.steps}",
            "programs with a disagreement, by category: "
            + ", ".join(
                f"{c} {self.programs_by_category.get(c, 0)} ({self.percent(c):.2f}%)"
                for c in CATEGORIES
            ),
            "steps by category: "
            + ", ".join(f"{c} {self.steps_by_category.get(c, 0)}" for c in CATEGORIES),
            f"exact static type on literal-input steps: {self.literal_exact}/{self.literal_steps} "
            f"({self.exact_percent():.2f}%)",
            "other outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(self.info.items())),
            f"time: {', '.join(f'{k} {v:.0f}s' for k, v in self.seconds.items())}",
            "",
        ]
        for c in self.classes[:limit]:
            tag = "known" if c.allowed else "NEW"
            lines.append(f"[{tag}] {c.count} steps / {c.programs} programs  {c.key}")
            lines.append("    mypy:  " + c.mypy[:300])
            lines.append("    torch: " + c.torch[:300])
            lines.extend("    | " + ln for ln in c.reproducer.rstrip().splitlines())
            if c.allowed:
                lines.append("    known: " + c.allowed)
        return "\n".join(lines)


def markdown(summary: Summary, *, programs_total: int | None = None) -> str:
    """The known disagreements grouped by reason (one allowlist entry each), most frequent first:
    counts, the ops involved, and the smallest shrunk reproducer of the group."""
    groups: dict[str, list[ClassReport]] = defaultdict(list)
    for c in summary.classes:
        groups[c.allowed or "NOT IN THE ALLOWLIST"].append(c)
    out: list[str] = []
    ordered = sorted(groups.items(), key=lambda kv: -sum(c.count for c in kv[1]))
    for reason, classes in ordered:
        steps = sum(c.count for c in classes)
        cats = Counter()
        ops: Counter[str] = Counter()
        for c in classes:
            cats[c.category] += c.count
            ops[c.key.split(" | ")[1]] += c.count
        best = min(classes, key=lambda c: (c.reproducer.count("\n"), len(c.reproducer)))
        out.append(f"### {', '.join(f'{k} {v}' for k, v in cats.most_common())} steps: {reason}\n")
        out.append(
            "Ops: "
            + ", ".join(f"`{o}` {n}" for o, n in ops.most_common(12))
            + (f", and {len(ops) - 12} more" if len(ops) > 12 else "")
            + f" ({len(classes)} classes, {steps} steps).\n"
        )
        out.append(f"Example (`{best.key}`):\n")
        out.append("```python\n" + best.reproducer.rstrip() + "\n```\n")
        said, did = (t[:300].replace("`", "'") for t in (best.mypy, best.torch))
        out.append(f"mypy: `{said}`  \ntorch: `{did}`\n")
    return "\n".join(out)


def make_programs(n: int, seed: int, start: int = 0) -> list[Program]:
    return [
        generate(seed * 1_000_003 + i, f"{seed}_{i}", FAMILIES, tuple_index)
        for i in range(start, start + n)
    ]


def run(
    n: int,
    seed: int,
    workdir: Path,
    *,
    batch: int = 1000,
    shrink_per_class: int = 3,
    shrink_known: bool = True,
    progress: Callable[[str], None] = lambda s: None,
) -> Summary:
    """Generates `n` programs from `seed` and compares mypy with torch on all of them."""
    summary = Summary()
    t_gen = t_torch = t_mypy = 0.0
    by_class: dict[str, list[tuple[Program, Finding]]] = defaultdict(list)
    class_programs: dict[str, set[str]] = defaultdict(set)
    spell_by_class: dict[str, Counter[str]] = defaultdict(Counter)
    spellings: Counter[str] = Counter()
    intents: Counter[str] = Counter()
    info: Counter[str] = Counter()
    ops: Counter[str] = Counter()
    prog_cat: Counter[str] = Counter()
    step_cat: Counter[str] = Counter()
    for start in range(0, n, batch):
        t0 = time.perf_counter()
        programs = make_programs(min(batch, n - start), seed, start)
        t1 = time.perf_counter()
        outcomes = {p.pid: execute(p) for p in programs}
        t2 = time.perf_counter()
        reports = check(programs, workdir, f"b{start}")
        t3 = time.perf_counter()
        t_gen, t_torch, t_mypy = t_gen + t1 - t0, t_torch + t2 - t1, t_mypy + t3 - t2
        for p in programs:
            res = compare(p, outcomes[p.pid], reports[p.pid])
            summary.programs += 1
            summary.steps += res.steps
            summary.literal_steps += res.literal_steps
            summary.literal_exact += res.literal_exact
            spellings[p.spelling] += 1
            intents[p.intent] += 1
            info.update(res.info)
            ops.update(s.op for s in p.steps)
            for cat in {f.category for f in res.findings}:
                prog_cat[cat] += 1
            for f in res.findings:
                step_cat[f.category] += 1
                by_class[f.key].append((p, f))
                class_programs[f.key].add(p.pid)
                spell_by_class[f.key][p.spelling] += 1
        progress(
            f"{summary.programs}/{n} programs; gen {t_gen:.0f}s torch {t_torch:.0f}s mypy "
            f"{t_mypy:.0f}s; classes {len(by_class)}"
        )
    summary.spellings = dict(spellings)
    summary.intents = dict(intents)
    summary.info = dict(info)
    summary.ops = dict(ops.most_common())
    summary.programs_by_category = dict(prog_cat)
    summary.steps_by_category = dict(step_cat)
    # shrink a few of each class: the smallest programs first
    t4 = time.perf_counter()
    jobs: list[tuple[Program, Finding]] = []
    owners: list[str] = []
    for key, items in by_class.items():
        if not shrink_known and allowed(items[0][1]) is not None:
            continue
        items = sorted(items, key=lambda pf: pf[0].size())[:shrink_per_class]
        for prog, f in items:
            jobs.append((prog, f))
            owners.append(key)
    shrunk = shrink(jobs, workdir / "shrink") if jobs else []
    best: dict[str, tuple[Program, Finding]] = {}
    for key, (prog, f) in zip(owners, shrunk, strict=True):
        if key not in best or prog.size() < best[key][0].size():
            best[key] = (prog, f)
    t5 = time.perf_counter()
    summary.seconds = {
        "generate": t_gen,
        "torch": t_torch,
        "mypy": t_mypy,
        "shrink": t5 - t4,
    }
    for key, items in sorted(by_class.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        prog, f = best.get(key, min(items, key=lambda pf: pf[0].size()))
        summary.classes.append(
            ClassReport(
                key=key,
                category=f.category,
                count=len(items),
                programs=len(class_programs[key]),
                spellings=dict(spell_by_class[key]),
                reproducer=source(prog),
                mypy=f.mypy,
                torch=f.torch,
                allowed=allowed(f),
            )
        )
    return summary
