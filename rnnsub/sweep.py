"""Many models side by side: every combination of seeds, learning rates, hidden sizes and cells.

Models that share a shape (hidden size) and a cell train in lockstep in one Trainer, so model k
follows exactly the arithmetic and random stream it would follow alone.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from .config import SETTINGS, Config
from .errors import ConfigError
from .evaluate import all_right
from .train import Control, Progress, Trainer

MAX_MODELS = 256


@dataclass
class SweepModel:
    seed: int
    lr: float
    hidden: int
    cell: str
    accuracy: float = 0.0
    solved_at: int | None = None  # first evaluation at which every pair was right
    diverged_at: int | None = None


@dataclass
class SweepReport:
    status: str  # the group's Progress status; "finished" once the last group is done
    group: list[int]  # the models (indices into Sweep.models) that this report is about
    progress: Progress


@dataclass
class Sweep:
    config: Config
    models: list[SweepModel]
    eval_every: int = 100
    groups: list[tuple[list[int], Trainer]] = field(default_factory=list)

    @classmethod
    def plan(cls, config: Config, seeds, lrs, hiddens=None, cells=None, eval_every=100) -> Sweep:
        """Every combination of cells x hiddens x lrs x seeds, each value checked against its setting's declaration
        (ConfigError otherwise); the other settings come from `config`."""
        hiddens = [SETTINGS["hidden"].check(h) for h in hiddens or [config.hidden]]
        cells = [SETTINGS["cell"].check(c) for c in cells or [config.cell]]
        lrs = [SETTINGS["lr"].check(lr) for lr in lrs]
        seeds = [SETTINGS["seed"].check(s) for s in seeds]
        combos = list(itertools.product(cells, hiddens, lrs, seeds))
        if not 1 <= len(combos) <= MAX_MODELS:
            raise ConfigError(f"a sweep trains 1 to {MAX_MODELS} models, this one asks for {len(combos)}", "sweep_size",
                              count=len(combos), most=MAX_MODELS)
        models = [SweepModel(seed, lr, hidden, cell) for cell, hidden, lr, seed in combos]
        sweep = cls(config, models, eval_every)
        for (cell, hidden), idx in itertools.groupby(range(len(models)), key=lambda i: (models[i].cell, models[i].hidden)):
            idx = list(idx)
            cfg = config.replace(cell=cell, hidden=hidden)
            trainer = Trainer(cfg, seeds=[models[i].seed for i in idx], lrs=[models[i].lr for i in idx])
            sweep.groups.append((idx, trainer))
        return sweep

    def run(self, control: Control | None = None, seconds: float | None = 0.25) -> Iterator[SweepReport]:
        """Train every group to the end (groups one after another). Every `eval_every` iterations, checks
        which models not yet solved now get every pair right. At the end of a group each of its models'
        exact accuracy is measured once. Yields a SweepReport every `seconds` and after each check."""
        control = control or Control()
        for idx, trainer in self.groups:
            check = lambda interrupt, idx=idx, trainer=trainer: self._check(idx, trainer, interrupt)  # noqa: E731
            for p in trainer.run(control, seconds=seconds, eval_every=self.eval_every, evaluator=check):
                for j, i in enumerate(idx):
                    if trainer.diverged_at[j] >= 0:
                        self.models[i].diverged_at = int(trainer.diverged_at[j])
                if p.status in ("finished", "diverged"):
                    accuracy = trainer.evaluate(lambda: control.stopped).accuracy
                    for j, i in enumerate(idx):
                        self.models[i].accuracy = float(accuracy[j])
                last = idx is self.groups[-1][0]
                status = "running" if p.status in ("finished", "diverged") and not last else p.status
                yield SweepReport("finished" if p.status == "diverged" and last else status, idx, p)
                if p.status == "stopped":
                    return

    def _check(self, idx, trainer, interrupt=None):
        todo = [j for j, i in enumerate(idx) if self.models[i].solved_at is None and trainer.diverged_at[j] < 0]
        if todo:
            cfg = trainer.config
            ok = all_right(trainer.weights.take(todo), cfg.cell, cfg.bits, cfg.pairs, interrupt)
            for j, solved in zip(todo, ok):
                if solved:
                    self.models[idx[j]].solved_at = trainer.iteration
        return self.solved_count()

    def solved_curve(self) -> tuple[np.ndarray, np.ndarray]:
        """(iteration, fraction of all models that had reached 100% by then): one step per solved model."""
        at = np.sort([m.solved_at for m in self.models if m.solved_at is not None]).astype(np.int64)
        return at, np.arange(1, at.size + 1) / len(self.models)

    def model_file(self, i: int):
        """Model i as (Weights with K = 1, meta) for the main view or a file."""
        from .modelfile import make_meta

        for idx, trainer in self.groups:
            if i in idx:
                j = idx.index(i)
                m = self.models[i]
                return trainer.weights.take(j), make_meta(trainer.config.replace(seed=m.seed, lr=m.lr), trainer.iteration,
                                                          m.accuracy)
        raise IndexError(i)

    def solved_count(self) -> int:
        return sum(m.solved_at is not None for m in self.models)

    @property
    def converged(self) -> int:
        return sum(m.accuracy == 1.0 and m.diverged_at is None for m in self.models)


def parse_seeds(text: str) -> list[int]:
    """'0-31', '3', '1,4,9' or a mix like '0-3,7' -> a list of seeds."""
    seeds = []
    for part in str(text).split(","):
        part = part.strip()
        m = re.fullmatch(r"(\d+)(?:\s*-\s*(\d+))?", part)
        if not m:
            raise ConfigError(f"seeds {text!r}: {part!r} is not a seed or a range like 0-31", "seeds_syntax",
                              text=text, part=part)
        lo, hi = int(m[1]), int(m[2]) if m[2] is not None else int(m[1])
        if hi < lo:
            raise ConfigError(f"seeds {text!r}: the range {lo}-{hi} is empty (write the smaller seed first)", "seeds_empty_range",
                              text=text, low=lo, high=hi)
        if hi - lo >= MAX_MODELS:
            raise ConfigError(f"seeds {text!r}: at most {MAX_MODELS} seeds", "sweep_size", count=hi - lo + 1, most=MAX_MODELS)
        seeds.extend(range(lo, hi + 1))
    if not seeds:
        raise ConfigError("seeds: give at least one seed, such as 0-31", "seeds_none")
    return seeds


def parse_list(text: str, kind, name: str) -> list:
    items = [s.strip() for s in str(text).split(",") if s.strip()]
    if not items:
        raise ConfigError(f"{name}: give at least one value", "list_empty", name=name)
    try:
        return [kind(s) for s in items]
    except ValueError:
        raise ConfigError(f"{name} {text!r}: every value must be a {'number' if kind is float else 'whole number'}",
                          "list_not_number", name=name, text=text, whole=kind is int) from None
