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
from .curves import BlockHistory
from .errors import ConfigError
from .evaluate import Checker, Interrupted
from .rnn import Weights
from .train import Control, Progress, Trainer

MAX_MODELS = 256

# Stuck: the one definition (status() applies it; STATUS_HELP says it in words). A model not yet at 100% is stuck
# once it has trained STUCK_MIN iterations and its mean error over the last quarter of its iterations fell by less
# than STUCK_FALL (relative) from the quarter before; otherwise it is still learning. Means over a quarter of the
# run average out the noise of single samples (a stuck model's quarters differ by ~1-3% at 10,000 iterations,
# batch 1; learning ones fall 10% or more), and a long run needs a long flat stretch. Cheap: BlockHistory keeps
# 64-128 block sums per model, so the quarters are whole blocks (within 1/64 of the run of a quarter).
# It is judged on the curve so far: models sit on a flat plateau at the start before they learn (at lr 0.9 until
# ~2,000 iterations, at lr 0.5 until ~4,000), which no curve tells from a plateau for good. STUCK_MIN = 3000 keeps
# the default rate's plateau from being called stuck; a slower rate's is, until the model escapes it.
STUCK_MIN = 3000  # iterations before a model can be called stuck (the last half of them is the stretch judged)
STUCK_FALL = 0.05  # the smallest relative fall of the mean error, quarter on quarter, that counts as learning
HISTORY_BLOCKS = 64

# the status of a model (status()), in the order summaries list them, each with its definition
STATUS_HELP = {
    "solved": "got every pair right at a check (and still does at the end, once its training has ended)",
    "lost": "got every pair right at a check, but no longer does at the end of its training",
    "learning": f"not at 100% yet, and its error is still falling (or it has trained fewer than {STUCK_MIN:,} "
                "iterations)",
    "stuck": f"not at 100%, and its error has stopped falling: after {STUCK_MIN:,} iterations or more, its mean error "
             f"over the last quarter of them is less than {100 * STUCK_FALL:g}% below that over the quarter before "
             "(it may still escape a plateau later)",
    "diverged": "its error became infinite or not a number; it stopped training there",
    "waiting": "not started yet: its group trains later",
}
STATUSES = tuple(STATUS_HELP)


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
    iterations: int = 0  # iterations trained so far
    errors: tuple[float, float] | None = None  # mean error over the quarter before the last and over the last
    #   quarter of its iterations (see trend); None before STUCK_MIN iterations

    @property
    def status(self) -> str:
        return status(self)


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
    _histories: dict[int, BlockHistory] = field(default_factory=dict, init=False, repr=False, compare=False)  # per group

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
                self._follow(g, p)
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

    def _follow(self, g: int, p: Progress) -> None:
        """Group g's models after a Progress: iterations, divergence, the error trend that says "stuck"."""
        idx, trainer = self.groups[g]
        history = self._histories.setdefault(g, BlockHistory(len(idx), HISTORY_BLOCKS))
        history.append(p.errors)
        errors = trend(history)
        for j, i in enumerate(idx):
            m = self.models[i]
            m.iterations = trainer.iteration
            if trainer.diverged_at[j] >= 0:
                m.diverged_at = int(trainer.diverged_at[j])
            m.errors = None if errors is None else (float(errors[0][j]), float(errors[1][j]))

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


def trend(history: BlockHistory) -> tuple[np.ndarray, np.ndarray] | None:
    """(before, last): each model's mean error over the quarter of its iterations before the last quarter, and
    over the last quarter, in whole blocks of the history; None before STUCK_MIN iterations."""
    full = len(history.sums)
    q = full // 4
    if history.n < STUCK_MIN or q < 1:
        return None
    return history.means(full - 2 * q, full - q), history.means(full - q, full)


def status(m: SweepModel) -> str:
    """The model's status: one of STATUSES, as defined in STATUS_HELP (the only place that decides it)."""
    if m.diverged_at is not None:
        return "diverged"
    right_at_end = m.accuracy_at is not None and m.accuracy == 1.0
    if m.solved_at is not None or right_at_end:
        return "lost" if m.accuracy_at is not None and not right_at_end else "solved"
    if m.iterations == 0:
        return "waiting"
    if m.errors is not None and m.iterations >= STUCK_MIN:
        before, last = m.errors
        if np.isfinite(before) and np.isfinite(last) and last > (1 - STUCK_FALL) * before:
            return "stuck"
    return "learning"


SUMMARISED = ("cell", "hidden", "lr", "seed")  # the swept settings, in the order summaries come


@dataclass
class Summary:
    """The models of a sweep that have one value of one swept setting (setting "" for all the models)."""

    setting: str
    value: object
    models: int
    reached: int  # got every pair right at some check
    right_at_end: int  # get every pair right at the end (converged_count)
    median_at: float | None  # median iteration at which those that reached 100% first did; None if none did
    statuses: dict[str, int]  # every status word -> how many models have it (they add up to `models`)

    def __getattr__(self, name):  # summary.stuck, summary.diverged, ...: the count of that status
        if name in STATUSES:
            return self.statuses[name]
        raise AttributeError(name)


def swept(models: list[SweepModel]) -> list[str]:
    """The settings summarised per value: every setting with more than one value, except the seed, which is
    summarised only when it is the only one swept; [] when nothing but the seed varies (one summary of all)."""
    varied = [name for name in SUMMARISED if len({getattr(m, name) for m in models}) > 1]
    return [name for name in varied if name != "seed"]


def summarise(models: list[SweepModel], settings: list[str] | None = None) -> list[Summary]:
    """A Summary per value of each swept setting (values in the order the sweep first has them), or one of all
    the models when only seeds vary (a line per seed would repeat the table)."""
    settings = swept(models) if settings is None else settings
    groups = [(name, value, [m for m in models if getattr(m, name) == value])
              for name in settings for value in dict.fromkeys(getattr(m, name) for m in models)]
    if not settings:
        groups = [("", None, list(models))]
    summaries = []
    for name, value, some in groups:
        at = [m.solved_at for m in some if m.solved_at is not None]
        counts = dict.fromkeys(STATUSES, 0)
        for m in some:
            counts[status(m)] += 1
        summaries.append(Summary(name, value, len(some), solved_count(some), converged_count(some),
                                 float(np.median(at)) if at else None, counts))
    return summaries


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
