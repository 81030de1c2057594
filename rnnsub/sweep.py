"""Many models side by side: every combination of seeds, learning rates, hidden sizes and cells.

Models that share a shape (hidden size) and a cell train in lockstep in one Trainer, so model k
follows exactly the arithmetic and random stream it would follow alone.
"""

from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import numpy as np

from .config import SETTINGS, Config
from .errors import ConfigError
from .evaluate import Checker, Interrupted
from .rnn import Weights
from .train import Control, Progress, Trainer

MAX_MODELS = 256


@dataclass
class SweepModel:
    seed: int
    lr: float
    hidden: int
    cell: str
    accuracy: float = 0.0  # exact accuracy, measured once at the end of the model's group
    accuracy_at: int | None = None  # the iteration whose weights `accuracy` judged; None until measured
    solved_at: int | None = None  # first evaluation at which every pair was right
    diverged_at: int | None = None  # the iteration whose update went non-finite (its weights stay as before it)


@dataclass
class SweepReport:
    """What Sweep.run yields. Everything in it is a snapshot taken in the worker: another thread may keep it
    and read it while the sweep trains on."""

    status: str  # the group's Progress status; "finished" once the last group is done
    group: list[int]  # the models (indices into Sweep.models) that this report is about
    progress: Progress  # the group's Progress: progress.errors[:, j] belongs to model group[j]
    models: list[SweepModel] = field(default_factory=list)  # a copy of every model's state at the time of the report
    group_index: int = 0  # which of Sweep.groups is training
    weights: dict[int, tuple[Weights, dict]] = field(default_factory=dict)  # what Sweep.request_weights asked for:
    #   model i -> (Weights with K = 1, meta), the meta naming the iteration those weights are of

    def solved_curve(self) -> tuple[np.ndarray, np.ndarray]:
        return solved_curve(self.models)


@dataclass
class Sweep:
    """A planned sweep. While run() is iterating in a worker thread, other threads talk to it only through the
    Control and request_weights(), and read only what run() yields; once that thread has ended, anything."""

    config: Config
    models: list[SweepModel]
    eval_every: int = 100
    groups: list[tuple[list[int], Trainer]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False, compare=False)
    _requested: set[int] = field(default_factory=set, init=False, repr=False, compare=False)
    _checkers: dict[int, Checker] = field(default_factory=dict, init=False, repr=False, compare=False)  # per group

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
        for g, (idx, trainer) in enumerate(self.groups):
            check = lambda interrupt, g=g: self._check(g, interrupt)  # noqa: E731
            last = g == len(self.groups) - 1
            for p in trainer.run(control, seconds=seconds, eval_every=self.eval_every, evaluator=check):
                for j, i in enumerate(idx):
                    if trainer.diverged_at[j] >= 0:
                        self.models[i].diverged_at = int(trainer.diverged_at[j])
                status = p.status
                if status in ("finished", "diverged"):
                    try:
                        accuracy = trainer.evaluate(lambda: control.stopped).accuracy
                    except Interrupted:  # stopped during the group's last evaluation
                        status = "stopped"
                    else:
                        for j, i in enumerate(idx):
                            self.models[i].accuracy, self.models[i].accuracy_at = float(accuracy[j]), trainer.iteration
                        status = "finished" if last else "running"
                yield self._report(status, idx, g, p)
                if status == "stopped":
                    return

    def _report(self, status: str, idx: list[int], g: int, p: Progress) -> SweepReport:
        """A report of copies, with the weights requested since the last one (the trainers are between iterations)."""
        with self._lock:
            requested, self._requested = sorted(self._requested), set()
        weights = {i: self.model_file(i) for i in requested}
        return SweepReport(status, list(idx), p, [replace(m) for m in self.models], g, weights)

    def request_weights(self, i: int) -> None:
        """Ask for model i's weights from any thread: the next report that run() yields carries them."""
        if not 0 <= i < len(self.models):
            raise IndexError(i)
        with self._lock:
            self._requested.add(i)

    def _check(self, g: int, interrupt=None):
        """Which models of group g not yet solved get every pair right now (exact: see evaluate.Checker)."""
        idx, trainer = self.groups[g]
        todo = [j for j, i in enumerate(idx) if self.models[i].solved_at is None and trainer.diverged_at[j] < 0]
        if todo:
            cfg = trainer.config
            if g not in self._checkers:
                self._checkers[g] = Checker(len(idx), cfg.cell, cfg.bits, cfg.pairs)
            ok = self._checkers[g].all_right(trainer.weights.take(todo), todo, interrupt)
            for j, solved in zip(todo, ok):
                if solved:
                    self.models[idx[j]].solved_at = trainer.iteration
        return self.solved_count()

    def solved_curve(self) -> tuple[np.ndarray, np.ndarray]:
        return solved_curve(self.models)

    def model_file(self, i: int) -> tuple[Weights, dict]:
        """Model i as (Weights with K = 1, meta) for the main view or a file. Not while run() is iterating in
        another thread (ask request_weights() there). A diverged model's weights are those from before the
        update that diverged, and its meta names that iteration."""
        from .modelfile import make_meta

        for idx, trainer in self.groups:
            if i in idx:
                j = idx.index(i)
                m = self.models[i]
                iteration = trainer.iteration if m.diverged_at is None else m.diverged_at - 1
                accuracy = m.accuracy if m.accuracy_at == trainer.iteration else None
                return trainer.weights.take(j), make_meta(trainer.config.replace(seed=m.seed, lr=m.lr), iteration,
                                                          accuracy)
        raise IndexError(i)

    def solved_count(self) -> int:
        return solved_count(self.models)

    @property
    def converged(self) -> int:
        return converged_count(self.models)


def solved_curve(models: list[SweepModel]) -> tuple[np.ndarray, np.ndarray]:
    """(iteration, fraction of all models that had reached 100% by then): one step per solved model."""
    at = np.sort([m.solved_at for m in models if m.solved_at is not None]).astype(np.int64)
    return at, np.arange(1, at.size + 1) / max(len(models), 1)


def solved_count(models: list[SweepModel]) -> int:
    """Models that got every pair right at some check."""
    return sum(m.solved_at is not None for m in models)


def converged_count(models: list[SweepModel]) -> int:
    """Models that get every pair right at the end (measured) and never diverged."""
    return sum(m.accuracy == 1.0 and m.accuracy_at is not None and m.diverged_at is None for m in models)


def parse_seeds(text: str) -> list[int]:
    """'0-31', '3', '1,4,9', '1 4 9' or a mix like '0-3, 7' -> a list of seeds (a range is written without spaces)."""
    seeds = []
    text = unicodedata.normalize("NFKC", str(text)).strip()
    if not text:
        raise ConfigError("seeds: give at least one seed, such as 0-31", "seeds_none")
    for part in re.split(r"\s*[;,]\s*|\s+", text):  # the list rule of parse_list (seeds have no decimal mark)
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


LIST_RULE = "values are separated by spaces or ';', and by ',' where ',' is not the decimal mark"


def parse_list(text: str, kind, name: str, decimal_comma: bool = False) -> list:
    """'0.1, 0.5 0.9' or '0.1;0.5' -> [0.1, 0.5, 0.9] (`kind` int, float or str).

    One rule wherever a person types a list (see LIST_RULE): values are separated by spaces or ';', and also by
    ',' unless `decimal_comma` (a locale that writes 1,5 for 1.5), where ',' is the decimal mark. '.' is always a
    decimal mark. An empty item ('0.5,,2', a trailing ',') is refused, never dropped. Full-width digits count.
    """
    text = unicodedata.normalize("NFKC", str(text)).strip()
    items = re.split(r"\s*;\s*|\s+" if decimal_comma else r"\s*[;,]\s*|\s+", text) if text else []
    if not items:
        raise ConfigError(f"{name}: give at least one value", "list_empty", name=name)
    if "" in items:
        raise ConfigError(f"{name} {text!r}: a value is missing between two separators (or at the end)",
                          "list_empty_item", name=name, text=text)
    if kind is str:
        return items
    values = []
    for item in items:
        try:
            values.append(int(item, 10) if kind is int else float(item.replace(",", ".") if decimal_comma else item))
        except ValueError:
            what = "a whole number" if kind is int else "a number"
            separators = "spaces or ';'" if decimal_comma else "spaces, ';' or ','"
            raise ConfigError(f"{name}: {item!r} is not {what} (values are separated by {separators})",
                              "list_not_number", name=name, text=text, item=item, whole=kind is int) from None
    return values
